"""Numbers written in Indonesian words: "dua ribu tiga ratus" is 2300, "sembilan puluh delapan
koma dua" is 98.2, "dua setengah" 2.5, "satu setengah juta" 1 500 000, "tiga perempat" 0.75. The fact
check reads them so that a post may write them in digits."""

from __future__ import annotations

import re
from collections.abc import Sequence
from decimal import Decimal

_UNITS = {"nol": 0, "satu": 1, "se": 1, "dua": 2, "tiga": 3, "empat": 4, "lima": 5, "enam": 6, "tujuh": 7,
          "delapan": 8, "sembilan": 9, "sepuluh": 10, "sebelas": 11, "seratus": 100}
#: The ten digit words, as a number read out digit by digit uses them ("nol delapan dua tiga ...").
DIGITS = {word: value for word, value in _UNITS.items() if value < 10 and word != "se"}
#: "Sehari", "sepekan": one of a unit of time, the "1" of "H-1" or "1 minggu".
_ONE_OF = frozenset({"sejam", "sehari", "sepekan", "seminggu", "sebulan", "setahun"})
_SCALES = {"ribu": 10**3, "seribu": 10**3, "juta": 10**6, "sejuta": 10**6, "miliar": 10**9, "milyar": 10**9,
           "triliun": 10**12}


def read_number(words: Sequence[str], i: int) -> tuple[Decimal, int]:
    """The number written in words from `words[i]` and where it ends (`i` when there is none)."""
    total, current, unit, start = Decimal(0), Decimal(0), Decimal(0), i
    if i < len(words) and (words[i] in _ONE_OF or words[i] == "pertama"):
        return Decimal(1), i + 1
    while i < len(words):
        w = _cardinal(words[i]) if i == start else words[i]
        if w in _UNITS and not (w == "se" or (unit and w not in ("seratus",) and current % 10)):
            unit = Decimal(_UNITS[w])
            current += unit
        elif w == "belas" and unit and unit < 10:
            current += 10
            unit = Decimal(0)
        elif w == "puluh" and unit and unit < 10:
            current += unit * 9
            unit = Decimal(0)
        elif w == "ratus" and unit and unit < 10:
            current += unit * 99
            unit = Decimal(0)
        elif w == "setengah" and (i == start or (current and not current % 1)):
            current += Decimal("0.5")  # "dua setengah" 2.5, "setengah juta" 500 000
            unit = Decimal(0)
        elif w == "seperempat" and i == start:
            current += Decimal("0.25")
        elif w == "perempat" and unit and unit < 4:
            current += unit / 4 - unit  # "tiga perempat" 0.75
            unit = Decimal(0)
        elif w in _SCALES and (current or w.startswith("se")):
            total += (current or 1) * _SCALES[w]
            current = unit = Decimal(0)
        elif w == "koma" and i + 1 < len(words) and words[i + 1] in _UNITS and (current or total):
            digits = ""
            i += 1
            while i < len(words) and words[i] in _UNITS and _UNITS[words[i]] < 10 and words[i] != "se":
                digits += str(_UNITS[words[i]])
                i += 1
            fraction = current + Decimal(f"0.{digits}")
            if i < len(words) and words[i] in _SCALES and not words[i].startswith("se"):
                return total + fraction * _SCALES[words[i]], i + 1  # "empat belas koma dua miliar"
            return total + fraction, i
        else:
            break
        i += 1
    if i == start:
        return Decimal(0), start
    return total + current, i


def _cardinal(word: str) -> str:
    """The number word of an ordinal: "kedua" is "dua", "kesepuluh" "sepuluh" ("tahap kedua", "tahap 2")."""
    rest = word[2:]
    return rest if word.startswith("ke") and rest in _UNITS and rest not in ("se", "nol") else word


def _spelled(n: int) -> str:
    """The words of a day of the month, 1 to 31 ("dua puluh sembilan")."""
    units = ("", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan")
    if n < 10:
        return units[n]
    if n < 20:
        return {10: "sepuluh", 11: "sebelas"}.get(n, f"{units[n - 10]} belas")
    return f"{units[n // 10]} puluh" + (f" {units[n % 10]}" if n % 10 else "")


#: The days of a month as a date read out in words names them ("dua belas" April).
DAY_WORDS = {_spelled(n): n for n in range(1, 32)}
#: The minutes of a time read out ("jam tujuh lewat tiga puluh"), a quarter hour included.
MINUTE_WORDS = {**{_spelled(n): n for n in range(1, 60)}, "seperempat": 15}


#: Digits as a phone number is read out: the standard words, "kosong" for zero, and the regional words a radio
#: script or a village announcement uses (Sundanese "hiji, tilu, opat", Javanese "siji, loro, telu, papat").
_PHONE_DIGITS = {**DIGITS, "kosong": 0, "hiji": 1, "tilu": 3, "opat": 4, "genep": 6, "dalapan": 8, "salapan": 9,
                 "siji": 1, "loro": 2, "telu": 3, "papat": 4, "limo": 5, "enem": 6, "pitu": 7, "wolu": 8, "songo": 9}
_DIGIT_WORD = rf"(?:{'|'.join(sorted(_PHONE_DIGITS, key=len, reverse=True))})"
#: A phone number read out digit by digit, in groups ("nol delapan satu dua, tiga tujuh empat satu, ...").
_READ_OUT = re.compile(rf"\b{_DIGIT_WORD}(?:(?:,?\s+){_DIGIT_WORD}){{6,}}\b", re.I)


def read_out_in_digits(text: str) -> str:
    """`text` with each number read out digit by digit (seven digits or more) written in digits, its spoken groups
    joined by hyphens ("nol delapan satu dua, tiga tujuh empat satu" gives "0812-3741"); other text as it is."""

    def digits(m: re.Match[str]) -> str:
        groups = [g.split() for g in m.group(0).lower().split(",")]
        return "-".join("".join(str(_PHONE_DIGITS[w]) for w in g) for g in groups if g)

    return _READ_OUT.sub(digits, text)
