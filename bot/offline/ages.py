"""Ages a draft allows ("anak usia 9 sampai 59 bulan", "60 tahun ke atas", "usia tujuh belas tahun"),
read as numbers (words through `bot.core.number_words`), so an asked age is checked as a number."""

from __future__ import annotations

import re

from bot.core import number_words

#: Ages a draft writes in words ("empat puluh lima"); their values are read by bot.core.number_words.
_DIGIT_WORD = r"(?:satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|sebelas|seratus)"
_NUM = rf"(\d+|{_DIGIT_WORD}(?:\s+(?:belas|puluh|{_DIGIT_WORD}))*)"
_UNIT = r"(tahun|bulan)"
#: The same number in words, in brackets, between a number and its unit ("25 (dua puluh lima) tahun").
_GAP = r"\s*(?:\([^()]{1,40}\)\s*)?"
#: One word may name the age group between "usia" and its numbers ("anak usia sekolah 7 sampai 17 tahun").
_RANGE = re.compile(rf"\b(?:usia|umur|berusia|berumur)\s+(?:[a-z]+\s+)?{_NUM}{_GAP}(?:{_UNIT}\s*)?"
                    rf"(?:sampai(?: dengan)?|hingga|s\.?d\.?|-|–)\s*(?:(?:di bawah|kurang dari)\s+)?"
                    rf"{_NUM}{_GAP}{_UNIT}", re.I)
#: "berusia paling rendah 17 tahun 6 bulan dan paling tinggi 22 tahun": a range said by its two limits.
_LOW_HIGH = re.compile(rf"\b(?:usia|umur|berusia|berumur)\s+(?:paling rendah|minimal|paling sedikit)\s+"
                       rf"{_NUM}{_GAP}{_UNIT}"
                       rf"(?:\s+{_NUM}\s*bulan)?\s+(?:dan|sampai|hingga)\s+(?:paling tinggi|maksimal)\s+"
                       rf"{_NUM}{_GAP}{_UNIT}",
                       re.I)
#: An age group named without "usia" before its limit ("bayi di bawah 2 tahun", "anak di atas 5 tahun").
_GROUP = r"(?:bayi|balita|anak|lansia|warga|penduduk|peserta|penumpang|pasien)"
_MIN_AGE = re.compile(rf"\b(?:usia|umur|berusia|berumur)\s+"
                      rf"(?:minimal|paling sedikit|paling rendah|di atas|sekurang-kurangnya)\s+"
                      rf"{_NUM}{_GAP}{_UNIT}|\b{_NUM}{_GAP}{_UNIT}\s+(?:ke atas|atau lebih)\b|"
                      rf"\b(?:sudah|telah) (?:berusia|berumur)\s+{_NUM}{_GAP}{_UNIT}|"
                      # the limit before the verb, as "maksimal berusia" is read below ("minimal berusia 18 tahun")
                      rf"\b(?:minimal|minimum|paling rendah|paling sedikit|sekurang-kurangnya)\s+(?:berusia|berumur)\s+"
                      rf"{_NUM}{_GAP}{_UNIT}|"
                      rf"\b(?:lansia|warga|penduduk)\s+(?:di atas|minimal)\s+{_NUM}{_GAP}{_UNIT}|"
                      rf"\b{_GROUP}\s+(?:di atas|lebih dari)\s+{_NUM}{_GAP}{_UNIT}", re.I)
_MAX_AGE = re.compile(rf"\b(?:usia|umur|berusia|berumur)\s+(?:maksimal|paling tinggi|di bawah|paling banyak)\s+"
                      rf"{_NUM}{_GAP}{_UNIT}|\b(?:maksimal|paling tinggi|paling banyak)\s+(?:berusia|berumur)\s+"
                      rf"{_NUM}{_GAP}{_UNIT}|\bbelum (?:berusia|berumur)\s+{_NUM}{_GAP}{_UNIT}|"
                      rf"\b{_GROUP}\s+(?:di bawah|kurang dari)\s+{_NUM}{_GAP}{_UNIT}", re.I)

#: A group not yet of an age, left out ("Anak yang belum genap tujuh belas tahun ... belum bisa rekam KTP-el"): an
#: age rule only with the words that leave it out; "... belum genap 17 tahun ... tetap direkam" keeps it in.
_NOT_YET = re.compile(rf"\bbelum\s+genap\s+(?:berusia\s+|berumur\s+)?{_NUM}{_GAP}{_UNIT}", re.I)

#: An age a person reaches soon, allowed early ("akan genap 17 tahun sampai 31 Desember", "usia 16 tahun yang akan
#: berulang tahun ke-17"): the year before that age is inside the rule (round 17q).
_TURNING = re.compile(rf"\b(?:akan|segera)\s+(?:genap\s+)?(?:berusia|berumur|genap)\s+{_NUM}\s*(tahun)|"
                      rf"\b(?:akan|segera)\s+berulang tahun (?:yang )?ke-?\s*{_NUM}()", re.I)


def _number(token: str) -> int:
    if token.isdigit():
        return int(token)
    words = token.lower().split()
    value, end = number_words.read_number(words, 0)
    return int(value) if end == len(words) else -1


def _months(value: int, unit: str) -> int:
    return value * 12 if unit.lower().startswith("tahun") else value


#: What follows an age group left out, and what goes before one.
_LEFT_OUT = re.compile(r"\W*(?:(?!yang\b)\w+\s+){0,3}?(?:(?:tidak|tak|belum)\s+(?:mendapat|memperoleh|boleh|dapat|bisa|"
                       r"diperbolehkan|diizinkan|berhak|termasuk|diikutkan)|dilarang)\b", re.I)
_EXCEPT = re.compile(r"\b(?:kecuali|selain)\s+(?:\w+\s+){0,2}$", re.I)


def has_age_rule(sentence: str) -> bool:
    return any(rule.search(sentence) for rule in (_LOW_HIGH, _RANGE, _MIN_AGE, _MAX_AGE, _TURNING)) or any(
        _LEFT_OUT.match(sentence, m.end()) for m in _NOT_YET.finditer(sentence))


def age_allowed(months: int, sentence: str) -> bool | None:
    """Whether an age of `months` is inside an age rule `sentence` states (None when it states none). A sentence
    may state several rules, one per group or tier ("anak usia 2-12 tahun 50 persen; bayi di bawah 2 tahun
    gratis"): an age inside any of them is covered by the sentence."""
    verdicts: list[bool] = []
    taken: list[tuple[int, int]] = []
    for rule in (_LOW_HIGH, _RANGE, _TURNING, _MIN_AGE, _MAX_AGE):
        for match in rule.finditer(sentence):
            if any(match.start() < end and start < match.end() for start, end in taken):
                continue
            taken.append(match.span())
            verdict = _verdict(rule, match, months)
            if verdict is not None:
                # a group left out ("Anak di bawah 12 tahun tidak mendapat kupon"): inside it is outside the rule
                excluded = _LEFT_OUT.match(sentence, match.end()) or _EXCEPT.search(sentence, 0, match.start())
                verdicts.append(not verdict if excluded else verdict)
    for match in _NOT_YET.finditer(sentence):
        if _LEFT_OUT.match(sentence, match.end()) and (limit := _number(match.group(1))) > 0:
            verdicts.append(months >= _months(limit, match.group(2)))  # below the age is left out
    return any(verdicts) if verdicts else None


def _value(match: re.Match[str]) -> tuple[str, str]:
    """The number and unit of a one-sided limit: the first alternative of the rule that matched."""
    groups = match.groups()
    return next((groups[i], groups[i + 1]) for i in range(0, len(groups), 2) if groups[i])


def _verdict(rule: re.Pattern[str], match: re.Match[str], months: int) -> bool | None:
    if rule is _LOW_HIGH:
        low, high = _number(match.group(1)), _number(match.group(4))
        if low < 0 or high < 0:
            return None
        extra = _number(match.group(3)) if match.group(3) else 0
        return _months(low, match.group(2)) + extra <= months <= _months(high, match.group(5)) + 11
    if rule is _RANGE:
        low, high, unit = _number(match.group(1)), _number(match.group(3)), match.group(4)
        if low < 0 or high < 0:
            return None
        if re.search(r"\b(?:di bawah|kurang dari)\s*$", match.string[match.start() : match.start(3)], re.I):
            return _months(low, match.group(2) or unit) <= months < _months(high, unit)  # "sampai di bawah 15 tahun"
        # "usia 18–35 tahun": counted in whole years, so 35 years and 8 months is still 35
        return _months(low, match.group(2) or unit) <= months <= _months(high, unit) + (
            11 if unit.lower().startswith("tahun") else 0)
    if rule is _TURNING:
        turning = _number(match.group(1) or match.group(3))
        return True if turning > 0 and (turning - 1) * 12 <= months < turning * 12 else None  # other ages: other rules
    value, unit = _value(match)
    if _number(value) < 0:
        return None
    limit = _months(_number(value), unit)
    if rule is _MIN_AGE:
        return months > limit if re.search(r"\b(?:di atas|lebih dari)\b", match.group(0), re.I) else months >= limit
    below = re.search(r"\b(?:di bawah|belum|kurang dari)\b", match.group(0), re.I)
    if below:
        return months < limit
    # "paling tinggi 23 tahun": an age is counted in whole years, so 23 years and 3 months is still 23
    return months <= limit + (11 if unit.lower().startswith("tahun") else 0)
