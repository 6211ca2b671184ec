"""The hook: the draft's own headline over a post, when it is one.

A headline is a hook when it is short, a statement and says what citizens get; not a slogan ("AYO
VAKSIN!", a line ending on a colon), not the lead again, and not a line that only announces who speaks
("Info Penting dari Puskesmas Kuta Alam"): on X and over Instagram it is the first thing read.
"""

from __future__ import annotations

import re

from bot.core.reading import FactSheet
from bot.offline.post_context import VERB
from bot.offline.post_text import clean_span, words_of

#: Longest hook: a headline read at a glance.
HOOK_CHARS = 90
_SLOGAN = re.compile(r"[!:]$|^[^a-z]*$")


#: Words that only announce ("Info Penting dari ...", "Pengumuman untuk Warga"): they say no gain.
_ANNOUNCING = frozenset({"info", "informasi", "penting", "pengumuman", "perhatian", "update", "kabar", "berita",
                         "terbaru", "terkini", "simak", "yuk", "ayo", "hai", "halo", "dari", "untuk", "bagi",
                         "kepada", "buat", "seluruh", "warga", "masyarakat", "resmi", "segera", "mohon"})


def _announces_only(title: str) -> bool:
    """A headline that only announces who speaks ("Info Penting dari Puskesmas Kuta Alam"): no predicate, and
    past the announcing words nothing but names. A hook says what citizens get."""
    if VERB.search(title.lower()):
        return False
    words = re.findall(r"[\w-]+", title)
    rest = [w for w in words if w.lower() not in _ANNOUNCING]
    return len(rest) < len(words) and all(w[:1].isupper() or w[:1].isdigit() for w in rest)


#: A news headline's speaker and quote after its statement ("..., Bupati: “Mama-Mama Jangan Lagi Pikul ...”"): the
#: statement is the hook, the speaker's name alone is a fragment.
_SPEAKER_QUOTE = re.compile(r"\s*[,–—-]\s*(?:[A-Z][\w.'’-]*\s*){1,4}:\s*[“\"‘'].*$", re.S)


def headline(sheet: FactSheet, lead: str) -> str:
    """The headline as a hook, when it is one: short, a statement that says a gain, not a slogan, not
    the lead again."""
    title = clean_span(_SPEAKER_QUOTE.sub("", sheet.title))
    if not title or len(title) > HOOK_CHARS or words_of(title) < 3 or _SLOGAN.search(title) \
            or _announces_only(title):
        return ""
    said = lead.lower().strip(" .!")
    # the lead again, or the lead a clause of it ("Rapat ..., Pedagang Ikan ... Pindah ke Sifnana" over that clause)
    return "" if title.lower().rstrip(".") in lead.lower() or (said and said in title.lower()) else title
