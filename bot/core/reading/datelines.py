"""Datelines: where and when a release was written, which is no fact of the news.

A dateline opens a release ("SINTANG – ", "Jakarta, 4 Desember 2026 –", "KOTA SUKABUMI (ANTARA) -") or
stands alone ("Mataram, 9 Maret 2026"). Its place may name the region (a place hashtag); its date is
not when anything happens, and neither is part of a post line. Every reader asks this module.
"""

from __future__ import annotations

import re

from bot.core.reading.dates import MONTH_NAMES

#: The days of the week as a dateline or a range may name them.
WEEKDAY = r"(?:Senin|Selasa|Rabu|Kamis|Jumat|Jum'at|Sabtu|Minggu|Ahad)"
_MONTH = "(?:" + "|".join(MONTH_NAMES) + ")"

#: A dateline at the start of a span, with what follows it: a place in capitals ("NGIMBANG – ",
#: "KOTA SUKABUMI (ANTARA) -"), a place in title case before a long dash ("Muara Bungo — "), or a dated
#: one ("Jakarta, 4 Desember 2026 –", "Muara Bungo, Jumat (4/12/2026) -"); never an aside ("Warga – terutama lansia –")
#: nor a range of days or months.
LEADING = re.compile(rf"^(?!(?i:{WEEKDAY}|{_MONTH})\s*[–—-])"  # "Senin – Jumat", "Januari – Maret": a range
                     r"(?:[A-Z][A-Z .,/'’]{2,40}(?:\s*\([\w/ .,-]{3,30}\))?\s*[–—-]"
                     r"|[A-Z][\w.,/]*(?:\s+[A-Z][\w.,/]*){0,2}\s+[–—](?=\s+[A-Z\"“])"  # a sentence follows
                     rf"|(?!{WEEKDAY}\b)[A-Z][\w.]*(?:\s+[A-Z][\w.]*){{0,3}}\s*,\s*"
                     r"(?:[A-Z][a-z]+\s*,?\s*)?"
                     r"\(?\d{1,2}(?:\s+[A-Z][a-z]+\s+\d{4}|/\d{1,2}(?:/\d{2,4})?)\)?\s*[–—-])\s+")

#: The place of a dateline in capitals opening a draft ("SINTANG – ", "KOTA BARU, "), its words in group 1.
_CAPITAL_PLACE = re.compile(r"\s*((?:[A-Z]{3,}\.?)(?:\s+[A-Z]{2,}){0,2})\s*(?:[–—-]|,)\s")

#: A dateline standing alone as a sentence ("Mataram, 9 Maret 2026").
_ALONE = re.compile(rf"(?!{WEEKDAY}\b)[A-Z][A-Za-z]+(?: [A-Z][A-Za-z]+)?,\s+\d{{1,2}}\s+{_MONTH}\s+\d{{4}}\.?",
                    re.I)

#: What comes right before a dateline's date: a place at the start of a line ("Mataram, ", "Bitung ("),
#: or a release's number ("No. 58/11/82/Th. XXIV, ").
_BEFORE_DATE = re.compile(r"(?:^|\n)[A-Z][\w ]{1,30}(?:,\s*|\s*\()$"
                          r"|(?:^|\n)[ \t]*(?i:no|nomor)\.?[ \t]*:?[ \t]*[\w./\- ]{1,40},[ \t]*$")


def strip_leading(text: str) -> str:
    """`text` without the dateline it opens with (unchanged when it has none)."""
    return LEADING.sub("", text)


def capital_place(text: str) -> list[str]:
    """The words of the place in capitals a draft's dateline names ("SINTANG – " gives ["SINTANG"]), or none."""
    m = _CAPITAL_PLACE.match(text)
    return m.group(1).split() if m else []


def is_alone(sentence: str) -> bool:
    """Whether `sentence` is only a dateline ("Mataram, 9 Maret 2026")."""
    return bool(_ALONE.fullmatch(sentence.strip()))


def dates_a_dateline(text: str, start: int) -> bool:
    """Whether the date at `start` of `text` is a dateline's date: a place or a release's number some 30 characters
    before it ("Mataram, 9 Maret 2026"; also a venue's name before a ceremony's day, "di Ruang Rapat X, Rabu (2/12)"),
    never a range of weekdays ("di Pustu Negeri Lama, Senin sampai Sabtu jam delapan ..."): that is opening days."""
    if _WEEKDAY_RANGE.match(text, start):
        return False
    return bool(_BEFORE_DATE.search(text[max(0, start - 32) : start]))


#: A range of weekdays ("Senin sampai Sabtu", "Senin–Jumat").
_WEEKDAY_RANGE = re.compile(rf"{WEEKDAY}\s*(?:[–—-]|s\.\s?d\.?|sampai(?:\s+dengan)?|hingga)\s*{WEEKDAY}\b", re.I)


#: What stands before a date that closes a heading line, matched from the line's start: a name, a dash, perhaps the
#: day ("GIDI Jemaat Filadelfia Oksibil – Minggu, "); a sentence that ends on a date is no heading.
_HEADING_BEFORE = re.compile(rf"[^\W\d][^\n]{{2,60}}?\s[–—-]\s*(?:{WEEKDAY},?\s*)?$")


def closes_a_heading(text: str, start: int, end: int) -> bool:
    """Whether the date at `start:end` closes one of the draft's first three lines after a name and a dash
    ("PENGUMUMAN JEMAAT" / "GIDI Jemaat X – Minggu, 13 Juni 2027"): the day the piece was issued or read out, when
    the draft's other dates all come after it (its caller checks that)."""
    line_start = text.rfind("\n", 0, start) + 1
    if text.count("\n", 0, line_start) >= 3:
        return False
    line_end = text.find("\n", end)
    rest = text[end : len(text) if line_end < 0 else line_end]
    return not rest.strip(" .)") and bool(_HEADING_BEFORE.match(text, line_start, start))


#: A heading that names a statement of the office itself ("KLARIFIKASI DINAS ...", "SIARAN PERS", "Hak Jawab"): the
#: date on its own line under it is the day the statement was issued.
_STATEMENT_HEADING = re.compile(r"[^\w\n]*(?:klarifikasi|siaran\s+pers|rilis(?:\s+pers)?|press\s+release|hak\s+jawab|"
                                r"penjelasan\s+resmi|tanggapan\s+resmi|pernyataan\s+(?:resmi|sikap)|"
                                # the day a talk was aired ("TRANSKRIP DIALOG INTERAKTIF ..." / "Kamis, 27 Agustus
                                # 2026, pukul 09.05–09.40 WIT")
                                r"transkrip|dialog\s+interaktif|talk\s*show)\b", re.I)


#: What may close the issue date's line: nothing, or the hours of the airing.
_AIRED = re.compile(r"[ .)]*(?:,?\s*(?:pukul|jam)\s+\d{1,2}[.:]\d\d(?:\s*[–—-]\s*\d{1,2}[.:]\d\d)?"
                    r"(?:\s+\w{3,4})?)?[ .]*",
                    re.I)


def dates_a_statement(text: str, start: int, end: int) -> bool:
    """Whether the date at `start:end` stands alone on its line ("Senin, 8 Februari 2027") right under a heading
    that names the office's statement ("KLARIFIKASI DINAS KOMINFO ..."): the day it was issued, no when."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line = text[line_start : len(text) if line_end < 0 else line_end]
    rest = line[end - line_start :]
    if not re.fullmatch(rf"[\s(]*(?:{WEEKDAY},?\s*)?\(?", text[line_start:start], re.I) or not _AIRED.fullmatch(rest):
        return False
    above = text[:line_start].strip().split("\n")
    return 0 < len(above) <= 2 and any(_STATEMENT_HEADING.match(head) for head in above)
