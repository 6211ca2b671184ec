"""The asker's case read as what they mean (round 11b): a sentence of the draft that speaks of the same case
answers the question, whatever words either uses.

- Problem cases ("SPPT sy ilang", "nenek stroke gabisa jalan", "gajadi berangkat", "blm punya kartu",
  "nama sy gak ada di daftar", "dipotong 50rb") are grouped by meaning; a sentence of the draft about a case of
  the same group ("Bagi yang kehilangan SPPT", "Bagi yang belum memiliki", "apabila ada oknum ...") may answer
  how even with no channel in it, and a levy told gets the draft's reporting line. (A bonus for such sentences
  in the ranking of every slot was tried and dropped: it cost a held-out question.)
- A name the question quotes ("perumnas 3 waena"), a day of the month ("tgl 25"), the end of a break asked
  ("air nyala lagi kapan"), a school level ("SMP") pick the sentence that has them.
- A quote of a citizen's past ("selama ini kami beli ... Rp3.000") does not answer what it costs now.
"""

from __future__ import annotations

import re

from bot.offline.asked import normalise

#: Cases of a citizen's problem, each as the comment says it and as a draft says it.
_NOT = r"(?:tidak|gak|ga|nggak|ndak|belum|blm)"
_CASES: tuple[tuple[re.Pattern[str], re.Pattern[str]], ...] = tuple(
    (re.compile(asked), re.compile(said, re.I)) for asked, said in (
        (r"\b(?:hilang|kehilangan|rusak|kebanjiran|terbakar)\b", r"\b(?:hilang|kehilangan|rusak)\b"),
        (rf"\b{_NOT} (?:punya|memiliki|ada)\b", r"\b(?:belum|tidak) (?:memiliki|punya|mempunyai)\b"),
        (rf"\b{_NOT} (?:bisa|kuat|mampu) (?:jalan|bangun|datang|keluar|hadir|antri|angkat)|"
         r"\b(?:sakit|stroke|lumpuh|berhalangan|disabilitas)\b",
         r"\b(?:tidak (?:bisa|dapat|mampu) (?:keluar|datang|hadir)|berhalangan|sakit|penyandang disabilitas)\b"),
        (rf"\b(?:{_NOT} jadi|batal|membatalkan|cancel)\b", r"\b(?:batal|membatalkan|pembatalan)\b"),
        (rf"\b{_NOT} (?:ada (?:di|dalam) daftar|masuk daftar|terdata|terdaftar)\b|\bnama \w+ {_NOT} ada\b",
         r"\bbelum (?:terdata|terdaftar)\b|\btidak (?:terdata|terdaftar)\b"),
        (r"\b(?:kerja|sibuk|berhalangan)\b.*\b(?:hari lain|selasa|rabu|kamis|senin|jumat|sabtu|minggu)\b",
         r"\b(?:berhalangan|hari lain)\b"),
        (r"\b(?:dipotong|potongan|dimintai|dimintain|ditagih|pungli|disuruh bayar)\b|"
         r"\bminta \d+\s*(?:rb|ribu|jt|juta)\b",
         r"\b(?:oknum|meminta potongan|meminta (?:uang|imbalan)|pungutan (?:liar|di luar ketentuan)|pungli)\b"),
        (r"\bbaru (?:pindah|bikin|buat|ganti|terbit)\b", r"\b(?:paling singkat|diterbitkan paling)\b"),
    ))
#: Units a citizen checks against a rule ("tinggi sy 160 cm", "ipk 2,85", "berat 45 kg").
_UNIT_ASKED = re.compile(r"\b\d+(?:[.,]\d+)?\s*(cm|kg)\b|\b(ipk)\b")
#: The end of a break asked ("air nyala lagi kapan", "kapan normal lagi").
_END_ASKED = re.compile(r"\b(?:nyala|normal|hidup|mengalir|jalan|dibuka|buka) (?:lagi|kembali)\b|"
                        r"\bkembali (?:normal|nyala|mengalir|dibuka)\b")
_UNTIL = re.compile(r"(?:s/d|s\.d\.|sampai|hingga)\s+\w+", re.I)
_DAY_ASKED = re.compile(r"\btanggal (\d{1,2})\b")
#: "udh lewat tgl 30, masih bisa?": what follows the date is asked, not the date.
_LATE = re.compile(r"\b(?:sudah lewat|kelewat|lewat tanggal|telat|terlambat|setelah|sesudah)\b")
_LEVELS = ("sd", "smp", "sma", "smk")
_QUOTE = re.compile(r"[\"“”]")
_PAST = re.compile(r"\b(?:selama ini|dulu|sebelumnya|tahun lalu)\b", re.I)


def _content(text: str) -> list[str]:
    return [w for w in re.findall(r"\w+", text.lower()) if len(w) >= 3 or w.isdigit()]


def _run(question: list[str], sentence: str) -> int:
    """The longest run of the question's words that the sentence holds in the same order."""
    said = " ".join(_content(sentence))
    best = 0
    for start in range(len(question)):
        for end in range(start + best + 1, len(question) + 1):
            if f" {' '.join(question[start:end])} " not in f" {said} ":
                break
            best = end - start
    return best


#: A unit of a place or a queue named by a short code ("rw 02", "RT 3", "blok C", "loket 4", "zona 2").
_CODE = re.compile(r"\b(rt|rw|blok|loket|zona|lantai|kloter|sesi|gelombang|dusun)\s*0*([0-9]{1,3}|[a-z])\b")


def _names_code(code: tuple[str, str], text: str) -> bool:
    """Whether `text` names the unit `code` ("RW 02" for ("rw", "2"); leading zeros and case do not count)."""
    unit, number = code
    return bool(re.search(rf"\b{unit}\s*0*{re.escape(number)}\b", text, re.I))


def case_bonus(slot: str, question: str, sentence: str) -> float:
    """How much better `sentence` answers `slot` of `question` for the case the asker tells."""
    asked = normalise(question)
    bonus = 0.0
    unit = _UNIT_ASKED.search(asked)
    name = unit.group(1) or unit.group(2) if unit else ""
    if name and slot == "requirements" and re.search(rf"\b{name}\b", sentence, re.I):
        bonus += 2.0  # "tinggi 160 cm, lolos?": the rule with centimetres
    run = _run(_content(asked), sentence)
    if run >= 2 and slot in ("where", "when", "who", "how"):
        bonus += 1.0 * (run - 1)  # "perumnas 3 waena": the line that names that very place
    codes = _CODE.findall(asked)
    if slot in ("where", "when", "who", "how", "cost") and any(_names_code(code, sentence) for code in codes):
        bonus += 2.0  # "rw 02 hari apa?": the line or clause naming "RW 02" among the others
    if slot in ("when", "deadline"):
        day = _DAY_ASKED.search(asked)
        on_day = rf"\b{day.group(1)}\s+[A-Z][a-z]+|\({day.group(1)}/" if day else ""
        if day and not _LATE.search(asked) and re.search(on_day, sentence):
            bonus += 1.5  # "tgl 25": the line about the 25th
        if _END_ASKED.search(asked):
            bonus += 1.5 if _UNTIL.search(sentence) else 0.0
    levels = {lvl for lvl in _LEVELS if re.search(rf"\b{lvl}\b", asked)}
    if levels and slot in ("when", "deadline", "how"):  # a schedule per level; a rule on levels answers any
        named = {lvl for lvl in _LEVELS if re.search(rf"\b{lvl}\b", sentence, re.I)}
        if named and not levels & named:
            bonus -= 1.5  # "daftar SMP": not the line about SD alone
    if slot == "cost" and _QUOTE.search(sentence) and _PAST.search(sentence):
        bonus -= 1.5  # a citizen's past ("selama ini kami beli bibit sendiri") is not today's price
    return bonus


def same_case(question: str, sentence: str) -> bool:
    """Whether `sentence` speaks of the problem case the asker tells ("blm punya kartu" and "Bagi yang belum
    memiliki Kartu KUSUKA"): it answers how, even with no channel in it."""
    asked = normalise(question)
    return any(said_as.search(asked) and written_as.search(sentence) for said_as, written_as in _CASES)


_LEVY_ASKED, _LEVY_SAID = _CASES[6]


def levy_line(question: str, sentences: list[tuple[int, str]]) -> str | None:
    """The draft's sentence on reporting a levy ("Apabila ada oknum yang meminta potongan, segera laporkan ...")
    when the asker tells of being charged ("dipotong 50rb", "dimintain 50rb sm oknum"); else None."""
    if not _LEVY_ASKED.search(normalise(question)):
        return None
    return next((text for _, text in sentences if _LEVY_SAID.search(text) and re.search(r"\blapor", text, re.I)),
                None)
