"""Times said in words ("jam delapan pagi", "setengah delapan", "jam tujuh lewat tiga puluh"): the patterns the
fact scan (`bot/core/fact_scan.py`) reads them with, and the hours they name.
"""

from __future__ import annotations

import re

from bot.core.number_words import MINUTE_WORDS

_I = re.IGNORECASE
#: The part of the day said after an hour ("3 sore", "jam delapan pagi").
DAYPART = r"(?:\s+(pagi|siang|sore|petang|malam|subuh|dini\s+hari)\b)"
#: "jam setengah 8 pagi" (7.30), "setengah 1 siang" (12.30): half an hour before the hour named.
#: The hour may be a word ("setengah delapan pagi").
HOUR_WORDS = {"satu": 1, "dua": 2, "tiga": 3, "empat": 4, "lima": 5, "enam": 6, "tujuh": 7, "delapan": 8,
              "sembilan": 9, "sepuluh": 10, "sebelas": 11, "dua belas": 12}
_HOUR_WORD = "|".join(sorted(HOUR_WORDS, key=len, reverse=True))
TIME_HALF = re.compile(rf"\b(?:(pukul|pkl\.?|jam)\s+)?setengah\s+(\d{{1,2}}|{_HOUR_WORD})(?![\w.,:]){DAYPART}?", _I)
#: "jam delapan pagi", "pukul tiga sore": an hour in words, with the part of the day that makes it one.
TIME_SPELLED = re.compile(rf"\b(?:pukul|jam)\s+({_HOUR_WORD})(?!\w){DAYPART}", _I)
#: "jam satu sampai jam enam sore": two hours in words, the part of the day said once, after the second.
TIME_SPELLED_RANGE = re.compile(rf"\b(?:pukul|jam)\s+({_HOUR_WORD})\s+(?:sampai(?:\s+dengan)?|hingga|s\.\s?d\.?|[-–])"
                                rf"\s+(?:(?:pukul|jam)\s+)?({_HOUR_WORD})(?!\w){DAYPART}", _I)

#: "jam tujuh lewat tiga puluh", "pukul sembilan lima belas": an hour and its minutes in words, a time even
#: without the part of the day; minutes under ten only after "lewat" ("jam tujuh lima orang" is no time). The fact
#: check's copy of a source in digits (`fact_spelled`) reads "jam 7 lewat 30" ("jam 8 30 orang" is no time).
_MINUTE_WORD = "|".join(sorted(MINUTE_WORDS, key=len, reverse=True))
TIME_SPELLED_MINUTES = re.compile(
    rf"\b(?:pukul|jam)\s+(\d{{1,2}}|{_HOUR_WORD})\s+(lewat\s+|lebih\s+)?(\d{{1,2}}|{_MINUTE_WORD})(?:\s+menit)?(?!\w)(?![.,:]\d)"
    rf"{DAYPART}?", _I)


def spelled_hour(span: str) -> bool:
    """Whether `span` is an hour in words alone ("jam delapan pagi"): a story's time as often as a schedule's."""
    return TIME_SPELLED.fullmatch(span) is not None
