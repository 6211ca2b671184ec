"""Where a clause stands in a draft's layout: the headline lines that open it, a heading set off in a chat
broadcast, a list's item line, a schedule's row, the line that names a letter's subject. The lead's weighing
(`bot/core/reading/lead.py`) reads them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.core.reading.sheet import Clause

_I = re.I
#: A list of requirements above the clause, in its paragraph ("Syarat pendaftar:" then "6. tidak sedang menerima
#: beasiswa lain"): a condition to meet, never the lead.
ITEM_LINE = re.compile(r"\s*(?:[-–•*▪✅☑👉➡▶🔹🔸]|\d{1,2}[.)]|[a-z][.)])\s")
#: A row of a schedule ("A. pukul 08.00–16.00 WITA", "• Senin, 4 Oktober: ..."): when, for the schedule's line.
SCHEDULE_ROW = re.compile(r"\s*(?:[-–•*▪✅☑]|\d{1,2}[.)]|[A-Za-z][.)])\s+(?:pukul|jam|\d{1,2}[.:]\d{2}(?!\d)|"
                           r"(?:senin|selasa|rabu|kamis|jumat|jum'at|sabtu|minggu)\b)", _I)

#: A headline line ("PERINGATAN DINI BPBD ...", "Kemnaker Buka Pelatihan ... Gratis") announces the
#: lead; the lead itself is in the body. A headline leads only when the body gives nothing more.
HEADER_CHARS = 200
MAX_HEADER_LINES = 5


#: A line of its own set off as a heading (emoji on both sides, or shouted) in a chat broadcast: what it headlines.
EMPHASIS_BONUS = 1.0
_HEADING_CHARS = 90


def headlined(line: str) -> bool:
    letters = [ch for ch in line if ch.isalpha()]
    if not letters or len(line) > _HEADING_CHARS or line.rstrip(" *_")[-1:] in ".!?:":
        return False
    bare = line.strip(" *_")
    if _CONTINUED.match(bare.lstrip(_SYMBOLS)):  # the second line of a title ("DAN MINTA WARGA ... MENGUNGSI")
        return False
    framed = len(bare) > 2 and not bare[0].isalnum() and bare[0] == bare[-1]  # "🩺 ... 🩺"
    return framed or sum(ch.isupper() for ch in letters) >= 0.6 * len(letters)


#: The line that names a letter's or a notice's subject ("Nomor: 412/..." / "tentang" / "Perubahan Jadwal ...").
SUBJECT_LINE = re.compile(r"(?:^|\n)[ \t]*(?i:tentang|perihal|hal)[ \t]*:?[ \t]*\n[ \t]*$")
_CONTINUED = re.compile(r"(?:dan|serta|atau|yang|namun|tetapi|untuk)\b", re.I)
_SYMBOLS = " *_📢🔴🟢✅⚠️❗"


def line_of(draft: str, clause: Clause) -> str:
    start = draft.rfind("\n", 0, clause.start) + 1
    end = draft.find("\n", clause.end)
    return draft[start : len(draft) if end < 0 else end].strip()


def in_schedule_row(draft: str, clause: Clause) -> bool:
    """Whether the clause is a schedule's row, or the line under one that goes on with it, unmarked and with no
    sentence's end ("A. pukul 08.00–16.00" then "Kelurahan Raha I: Jl. Sutomo, ...")."""
    line = line_of(draft, clause)
    if SCHEDULE_ROW.match(line):
        return True
    start = draft.rfind("\n", 0, clause.start) + 1
    above = draft.rfind("\n", 0, max(0, start - 1)) + 1
    return (start > 0 and bool(SCHEDULE_ROW.match(draft[above:start])) and not ITEM_LINE.match(line)
            and not line.endswith((".", "!", "?")))


def header_lines(draft: str, sentences: Sequence[tuple[int, int]]) -> int:
    """How many sentences open the draft as headline lines: short lines of their own, no full stop."""
    count = 0
    for start, end in sentences[:MAX_HEADER_LINES]:
        line = draft[start:end].rstrip()
        after = draft[end : end + 2]
        if end - start > HEADER_CHARS or line[-1:] in ".!?…" or (after.strip(" \t") and "\n" not in after):
            break
        count += 1
    return count


#: A FAQ's question about a special case ("7. Saya tidak punya HP Android ... Bagaimana?", "8. Kalau sakit mendadak
#: atau darurat?"): its answer is the exception, not the service the FAQ is about.
_SPECIAL_CASE = re.compile(r"^\W*(?:\d{1,2}[.)]\s*)?(?:(?:lalu|terus|dan)\s+)?(?:kalau|kalo|jika|bila|apabila|"
                           r"bagaimana\s+(?:jika|kalau|bila|dengan)|saya\s+(?:tidak|belum)|bagi\s+yang\s+(?:tidak|belum)|"
                           r"yang\s+(?:tidak|belum))\b[^\n]*\?\s*$", _I)


def answers_special_case(draft: str, clause: Clause) -> bool:
    """Whether the clause's line answers a FAQ's question about a special case, on the line above it."""
    start = draft.rfind("\n", 0, clause.start) + 1
    above = draft[: max(0, start - 1)].rstrip("\n \t")
    question = above[above.rfind("\n") + 1 :]
    return bool(_SPECIAL_CASE.match(question))
