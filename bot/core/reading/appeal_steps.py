"""What an appeal asks citizens to do, said as a list after the asking words ("mengimbau seluruh warga untuk:",
"Bupati meminta masyarakat agar:", "meminta warga:"): each item is a how, one act a line."""

from __future__ import annotations

import re
from collections.abc import Iterator

#: The line that opens the list: an asking word, then a colon at the line's end.
_ASKING_HEADER = re.compile(r"^[^\n]*\b(?:mengimbau|imbau|diimbau|meminta|diminta|mengajak|diajak|menganjurkan|"
                            r"dianjurkan|menyarankan|disarankan|mengharapkan|diharapkan)\b[^\n]*:[ \t]*\n(?:[ \t]*\n)*",
                            re.I | re.M)
#: One item: its marker ("a.", "1.", "2)", "-", "•", an emoji), then the act.
_ITEM = re.compile(r"[ \t]*(?:[a-z][.)]|\d{1,2}[.)]|[-•*–]|[^\w\s]{1,2})[ \t]+([^\n]+)\n?")
#: A reason after a comma is why, not what to do ("..., karena fogging hanya dilakukan petugas").
_REASON = re.compile(r",\s+(?:karena|sebab|sehingga|mengingat)\b")
_TRIM = " \t;.,"


def appeal_steps(text: str, begin: int) -> Iterator[tuple[int, int]]:
    """(start, end) of each act of an asked-for list; a list right under the headline counts (the headline may be
    the asking line itself)."""
    for header in _ASKING_HEADER.finditer(text, text.rfind("\n", 0, begin) + 1):
        pos = header.end()
        while item := _ITEM.match(text, pos):
            start, end = item.span(1)
            reason = _REASON.search(text, start, end)
            end = reason.start() if reason else end
            while end > start and text[end - 1] in _TRIM:
                end -= 1
            if len(text[start:end].split()) >= 2:
                yield start, end
            pos = item.end()
