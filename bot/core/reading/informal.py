"""Everyday verbs in their standard form, for weighing a clause ("Puskesmas bakal ngadain fogging" is "Puskesmas akan
mengadakan fogging"; Manado "dorang mo bekeng cek kesehatan" is "mereka akan membuat cek kesehatan").

Officers paste broadcasts written the way a neighbourhood talks (Betawi, Jakarta slang, Manado Malay). The lead's
weights know the standard verbs of an offer; these drafts say the same offer with the everyday verb and read as
giving nothing. Only the weighing sees the standard form: the post keeps the draft's own words.
"""

from __future__ import annotations

import re

_FORMS = {
    "ngadain": "mengadakan", "ngadakan": "mengadakan", "adain": "mengadakan",
    "diadain": "diadakan", "bikin": "membuat", "bekeng": "membuat", "bikinin": "membuatkan", "bakal": "akan",
    "bagiin": "membagikan", "ngebagiin": "membagikan", "dibagiin": "dibagikan", "nyediain": "menyediakan",
    "disediain": "disediakan", "ngasih": "memberi", "dikasih": "diberi", "ngelayanin": "melayani",
    "ngelayani": "melayani", "dilayanin": "dilayani", "ngebuka": "membuka", "bukain": "membuka", "gelar": "menggelar",
    "ngajak": "mengajak", "ngajakin": "mengajak", "ngundang": "mengundang",
}
_FORM = re.compile(rf"\b(?:{'|'.join(sorted(_FORMS, key=len, reverse=True))})\b", re.I)
#: "Buka" said for "membuka" after its subject ("Puskesmas bareng kader buka imunisasi kejar"); not an hour ("buka
#: setiap hari"), an order to open something ("buka laman X", "buka pintu") or the opening word of a sentence.
_OPENS = re.compile(r"(?<=\w\s)buka\b(?!\s+(?:pada|setiap|tiap|sampai|hingga|pukul|jam|mulai|lagi|kembali|dari|hari|"
                    r"pagi|siang|sore|malam|tutup|laman|situs|aplikasi|link|tautan|pintu|jendela|keran|rumah|\d))",
                    re.I)


def standard(text: str) -> str:
    """`text` with everyday verbs in their standard form (see the module's docstring)."""
    return _OPENS.sub("membuka", _FORM.sub(lambda m: _FORMS[m.group(0).lower()], text))
