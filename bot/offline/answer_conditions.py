"""Yes/no eligibility checked against every condition of a rule, not the age alone (round 11b).

A rule often lets in citizens by one of several conditions ("warga yang sudah berusia 17 tahun atau
sudah pernah menikah", "warga berusia 40 tahun ke atas, penderita hipertensi, dan penderita diabetes",
"usia 17 tahun dan siswa SMA/SMK kelas XII"). An asker whose age is below the limit but who names another
condition of the rule ("16 thn tp udh nikah", "baru 35 tp ada darah tinggi", "kelas 12") is inside it.
The asker's case is read by meaning: everyday names of conditions ("darah tinggi" is "hipertensi") and
Roman class numbers ("kelas XII" is "kelas 12").
"""

from __future__ import annotations

import re

from bot.core import lexicon
from bot.offline.ages import has_age_rule
from bot.offline.answer_find import shared_stems, stems
from bot.offline.asked import clauses, normalise

#: Everyday names of conditions and the words a rule uses for them.
MEANING: dict[str, str] = {
    "darah tinggi": "hipertensi", "tensi tinggi": "hipertensi", "sakit gula": "diabetes",
    "kencing manis": "diabetes", "gula darah tinggi": "diabetes", "gula tinggi": "diabetes",
    "kawin": "menikah", "nikah": "menikah", "cacat": "disabilitas", "difabel": "disabilitas",
    "hamil": "hamil", "janda": "janda", "yatim": "yatim", "kelas 3 sma": "kelas 12",
}
_ROMAN = {"xii": "12", "xi": "11", "x": "10", "ix": "9", "viii": "8", "vii": "7", "vi": "6", "v": "5", "iv": "4",
          "iii": "3", "ii": "2", "i": "1"}
_CONTRAST = re.compile(r"\b(?:tapi|tetapi|namun|cuma|hanya|tp)\b")
_ALTERNATIVE = re.compile(r",\s*|;\s*|\s+(?:atau|dan|serta|maupun)\s+")
#: Words every condition may share with the asker's case: they tell no condition apart.
_GENERIC = frozenset({
    "warga", "orang", "anak", "tahun", "bulan", "usia", "umur", "berusia", "yang", "sudah", "pernah", "belum",
    "saya", "adik", "kakak", "bapak", "ibu", "masih", "punya", "ada", "bisa", "boleh", "ikut", "juga", "tapi",
    "tidak", "penderita", "peserta", "termasuk",
})
_AGE = re.compile(r"\d+\s*(?:tahun|bulan)|\b(?:usia|umur|berusia|lansia)\b", re.I)
#: A condition the asker says they lack ("belum nikah", "gak punya KIP"): it is no condition met.
_NEGATED = re.compile(r"\b(?:belum|blm|tidak|tdk|gak|ga|nggak|ngga|ndak|bukan)\s+(?:pernah\s+|punya\s+)?\w+")
#: A part of a rule that is one more thing to do or be ("berasal dari keluarga ...", "membawa surat ..."), not
#: another group let in beside the age: it starts with a verb by its prefix.
_DUTY = re.compile(r"^(?:mem|men|meng|meny|ber)\w{3,}\b")


def _plain(text: str) -> str:
    text = re.sub(r"\b(?:x{0,1}i{1,3}|i?[vx]|vi{1,3}|xi{0,2})\b", lambda m: _ROMAN.get(m.group(0), m.group(0)),
                  text.lower())
    for everyday, ruled in MEANING.items():
        text = re.sub(rf"\b{everyday}\b", ruled, text)
    return text


def _case(question: str) -> str:
    """The asker's case: what follows a contrast ("16 thn tp udh nikah"), else the statements before the question."""
    for segment in re.split(r"[,?.!]", question):  # the case ends where the sentence does, not at the question
        text = normalise(segment)
        contrast = _CONTRAST.search(text)
        if contrast:
            return _NEGATED.sub(" ", text[contrast.end():])
    said = [part for part, asking in clauses(question) if not asking]
    return _NEGATED.sub(" ", normalise(" ".join(said)))


def _words(text: str) -> set[str]:
    return {w for w in re.findall(r"\w+", text) if w not in _GENERIC and (len(w) >= 4 or w.isdigit())}


def _holds(word: str, condition: set[str]) -> bool:
    return any(word == c or (len(word) >= 4 and c.endswith(word)) or lexicon.stem(word) == lexicon.stem(c)
               for c in condition)


#: The age's own words: its number and unit, and what bounds it ("17 tahun ke atas").
_AGED = re.compile(r"\d+\s*(?:tahun|bulan)(?:\s+(?:ke\s+(?:atas|bawah)|lebih))?", re.I)
_JOINER = re.compile(r"\b(atau|ataupun|dan|serta)\b")
#: A group of people named after the aged one: the rule takes in both.
_GROUP = re.compile(r"(?:warga|siswa|siswi|pelajar|mahasiswa|penderita|pasien|ibu|bapak|anak|lansia|balita|pekerja|"
                    r"petani|nelayan|penyandang|pemilik|orang|keluarga|pasangan|karyawan|guru|pegawai|mereka|"
                    r"yang\s+(?:sudah|telah|pernah|sedang))\b", re.I)


def _alternatives(rule: str) -> bool:
    """Whether the conditions after the rule's age stand beside it as alternatives ("17 tahun atau sudah menikah";
    "17 tahun, sudah menikah, atau pernah menikah"), not conditions that all hold ("18 sampai 35 tahun, minimal
    lulusan SMP atau sederajat, dan tidak sedang bekerja tetap"): the word right after the age decides, or, after a
    comma, the list's last joining word."""
    ages = list(_AGED.finditer(rule)) or list(_AGE.finditer(rule))[:1]
    if not ages:
        return False
    after = rule[ages[-1].end():]
    first = re.match(r"\s*(,|;|atau\b|ataupun\b|dan\b|serta\b)\s*", after, re.I)
    if first is None:
        return False
    joined = first.group(1).lower()
    if joined in ("atau", "ataupun") or _GROUP.match(after, first.end()):
        return True  # another group beside the aged one ("berusia 17 tahun dan siswa SMA/SMK kelas XII")
    if joined in (",", ";"):
        joiners = [m.group(1).lower() for m in _JOINER.finditer(after)]
        return bool(joiners) and joiners[-1] in ("atau", "ataupun")
    return False


def other_condition_met(question: str, rule: str) -> bool:
    """Whether the asker names a condition of `rule` other than its age ("udh nikah" of "berusia 17 tahun
    atau sudah pernah menikah"): an asker too young or old by the age is still inside the rule."""
    case = _words(_plain(_case(question)))
    if not case:
        return False
    parts = _ALTERNATIVE.split(_plain(rule))
    aged = next((i for i, part in enumerate(parts) if _AGE.search(part)), None)
    if aged is None or not _alternatives(_plain(rule)):
        return False
    for part in parts[aged + 1:]:  # the conditions named beside the age, after it (not the animals before it)
        if _DUTY.match(part.strip()):
            break  # "dan membawa surat keterangan ...": a duty of every asker (and the rest of it), not a group
        condition = _words(part)
        named = {w for w in case if _holds(w, condition)}
        if named and not all(w.isdigit() for w in named):
            return True
    return False


_BENEFICIARY = re.compile(r"\b(?:bagi|untuk|khusus)\s+(?:peserta|pemegang|pemilik|anggota|pasien|warga)\s+(\w+)", re.I)
_NOT_MEMBER = re.compile(r"\b(?:belum|tidak|gak|ga|nggak|bukan)\s+(?:punya|pakai|peserta|terdaftar|jadi peserta|"
                         r"ikut|anggota)\s+(?:di\s+)?(\w+)")


def outside_condition(question: str, rule: str) -> str | None:
    """The group a free or priced rule is limited to ("gratis bagi peserta BPJS Kesehatan yang aktif") when the
    asker says they are not in it ("sy blm punya bpjs"), in the draft's spelling; else None. The rule does not
    answer them: what they pay is not said."""
    asked = _NOT_MEMBER.search(normalise(question))
    if not asked:
        return None
    for match in _BENEFICIARY.finditer(rule):
        if match.group(1).lower() == asked.group(1):
            return match.group(1)
    return None


_MEASURE = r"(ipk|tinggi|berat|nilai)"
_ASKED_MEASURE = re.compile(rf"\b{_MEASURE}\b(?:\s+\w+){{0,2}}?\s+(\d+(?:[.,]\d+)?)|\b(\d+(?:[.,]\d+)?)\s*(cm|kg)\b")
_MALE = re.compile(r"\b(?:cowok|cowo|pria|laki|laki-laki|lelaki)\b")
_FEMALE = re.compile(r"\b(?:cewek|cewe|wanita|perempuan)\b")


def _number(text: str) -> float:
    return float(text.replace(",", "."))


def below_minimum(question: str, rule: str) -> bool | None:
    """Whether a measure the asker gives ("ipk 2,85", "tinggi 160 cm, cowok") is below the minimum `rule` sets
    ("IPK minimal 3,00", "tinggi badan minimal 163 cm untuk pria dan 157 cm untuk wanita"); None when the rule
    sets no minimum of that measure."""
    asked = normalise(question)
    match = _ASKED_MEASURE.search(asked)
    if not match:
        return None
    value = _number(match.group(2) or match.group(3))
    measure = match.group(1) or ("tinggi" if match.group(4) == "cm" else "berat")
    rule_text = rule.lower()
    where = re.search(rf"\b{measure}\w*(?:\s+badan)?\s+(?:minimal|paling rendah|sekurang-kurangnya)\s+", rule_text)
    if not where:
        return None
    limits = re.findall(r"(\d+(?:,\d+)?)\s*(?:cm|kg)?(?:\s+untuk\s+(pria|wanita|laki-laki|perempuan))?",
                        rule_text[where.end():where.end() + 60])
    if not limits:
        return None
    chosen = limits[0][0]
    for number, group in limits:
        if group and ((group in ("pria", "laki-laki") and _MALE.search(asked)) or
                      (group in ("wanita", "perempuan") and _FEMALE.search(asked))):
            chosen = number
    return value < _number(chosen)


#: One limit given per group ("berusia paling tinggi 7 tahun untuk SD, 15 tahun untuk SMP, dan 18 tahun untuk SMA").
_TIERED = re.compile(r"\b(paling tinggi|maksimal|paling rendah|minimal)\s+((?:\d+\s*(?:tahun|bulan)\s+(?:untuk|bagi)\s+"
                     r"[\w/-]+(?:,\s+dan\s+|,\s*|\s+dan\s+)?){2,})", re.I)
_TIER = re.compile(r"(\d+)\s*(tahun|bulan)\s+(?:untuk|bagi)\s+([\w/-]+)", re.I)


def _tier_named(question: str, sentence: str) -> str | None:
    """The one limit of a per-group list that the question's asking clause names ("bisa daftar SMA?" of "paling
    tinggi ... 15 tahun untuk SMP, dan 18 tahun untuk SMA"), said as a rule of its own; None when it names none
    or several."""
    match = _TIERED.search(sentence)
    if not match:
        return None
    asked = normalise(" ".join(text for text, asking in clauses(question) if asking) or question)
    named = [t for t in _TIER.findall(match.group(2)) if re.search(rf"\b{re.escape(t[2].lower())}\b", asked)]
    if len(named) != 1:
        return None
    number, unit, group = named[0]
    return f"berusia {match.group(1)} {number} {unit} untuk {group}"


#: Where a sentence moves from one rule to the next ("...; KIA untuk anak usia 0-17 tahun", "..., sedangkan ...").
_RULE_BREAK = re.compile(r";\s*|,?\s+(?:sedangkan|sementara itu|sementara|adapun)\s+|,\s+(?:tetapi|namun)\s+", re.I)


#: Words for people (and their stems): tiers of one rule are told apart by them, things are not.
_PERSONS = frozenset({"anak", "bayi", "balita", "lansia", "warga", "dewasa", "remaja", "siswa", "pelajar", "ibu",
                      "bapak", "orang", "penduduk", "peserta", "penumpang", "pasien", "keponakan", "ponakan", "adik",
                      "cucu", "opa", "oma", "nenek", "kakek", "pemuda", "mahasiswa", "pencari", "pekerja"})


def rule_on_asked(question: str, sentence: str) -> str:
    """The clause of `sentence` whose age rule is on the thing the question names, when the sentence states rules
    for several things ("Perekaman KTP ... bagi warga yang sudah berusia 17 tahun ..., sedangkan KIA ... untuk anak
    usia 0 sampai 17 tahun" asked "umur 16, bisa rekam ktp?"): the age is checked against that rule, not any of
    them. The whole sentence when one rule, or when no clause names more of the question than the others."""
    tier = _tier_named(question, sentence)
    if tier is not None:
        return tier
    ruled = [part for part in _RULE_BREAK.split(sentence) if part and has_age_rule(part)]
    if len(ruled) < 2:
        return sentence
    # the thing asked, not the person: "anak 2 tahun" of "anak usia 3-11 tahun ..., sedangkan balita ..." names a
    # tier of one fare, which the age itself picks; a list's lead-in ("... kacamata GRATIS buat: ...") is every tier's
    wanted = stems(question) - _PERSONS
    named = sorted(((len(shared_stems(wanted, part.rsplit(":", 1)[-1])), part) for part in ruled), key=lambda x: -x[0])
    return named[0][1] if named[0][0] > named[1][0] else sentence
