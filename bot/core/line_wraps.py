"""Hard-wrapped paste made whole: a sentence broken over lines (copied from a PDF, an e-mail or a narrow
chat window) is one line again, so its date, place or price is read as one fact.

"... dibuka pada Senin,\\n14 Desember 2026 pukul 08.00" read as two lines lost the date: the reader treats
a line break as the end of a clause. A break is joined only where the line before it is long (a wrap,
not a short list line or a heading), does not end a sentence, and the line after it continues the
sentence: it opens in lower case, or the line before ends on a comma or a word that cannot end a
sentence ("pada", "di", "dan", "yang"). List items, table rows and headings keep their breaks.
"""

from __future__ import annotations

import re

#: A wrapped line is at least this long: list lines and headings are short.
MIN_WRAPPED = 40
#: A line that ends a sentence, a heading with a colon, or a label.
_ENDS = re.compile(r"[.!?:;…)\]\"”’']$")
#: A line that opens a list item, a quote, a hashtag or a label of its own.
_OPENS_ITEM = re.compile(r"^(?:[-–—•*▪►✓✔➢>#@]|\(?\d{1,2}[.)]\s|\(?[a-zA-Z][.)]\s|\d{1,2}\s*[-–]\s)")
#: Words a sentence cannot end on: a break after them is inside the sentence.
_OPEN_END = re.compile(
    r"(?:,|\b(?:pada|di|ke|dari|dan|atau|serta|yang|untuk|bagi|dengan|oleh|dalam|para|tanggal|pukul|jam|"
    r"hingga|sampai|mulai|sejak|melalui|kepada|terhadap|antara|tentang|sebagai|agar|supaya|karena|bahwa|"
    r"setiap|tiap|sebanyak|sebesar|seharga|senilai|yakni|yaitu|adalah|ialah|berupa|bertempat|"
    r"sekitar|sekira|kurang|lebih|selama|Rp\.?))$"
)
#: A signature block's marks ("ttd", "an. Bupati"): the name under them is a line of its own.
_SIGNATURE = re.compile(r"^(?:ttd|t\.t\.d|an\.|a\.n\.|u\.b\.|plt\.|plh\.)(?:\W|$)", re.IGNORECASE)


def _joins(before: str, after: str) -> bool:
    if len(before) < MIN_WRAPPED or not after or _ENDS.search(before):
        return False
    if "|" in before or "|" in after or "\t" in before or "\t" in after or _OPENS_ITEM.match(after):
        return False
    if not after[0].isalnum() or _SIGNATURE.match(after):  # an emoji, a symbol, a signature's mark
        return False
    return after[0].islower() or bool(_OPEN_END.search(before))


def unwrap_lines(text: str) -> str:
    """`text` with each hard wrap inside a sentence replaced by one space (the same length: a span of
    the unwrapped text is a span of the pasted text). Blank lines, list items, rows and headings stay."""
    lines = text.split("\n")
    out = [lines[0]]
    for line in lines[1:]:
        if _joins(out[-1].rstrip(), line.lstrip()):
            out[-1] = f"{out[-1]} {line}"
        else:
            out.append(line)
    return "\n".join(out)
