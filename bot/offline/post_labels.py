"""What a fact line is labelled, read from the facts and the words the draft puts before them: a fee or a
market's prices, a number of places or a cap per person, whom an offer is for or whom a warning is
addressed to (bot/offline/post_plan.py builds the lines).
"""

from __future__ import annotations

import re

from bot.core.fact_scan import scan_facts
from bot.core.number_words import read_number
from bot.core.reading import DraftKind, Fact, FactSheet, Slot
from bot.core.reading.cost import STILL_PAID
from bot.core.reading.key_check import kept
from bot.core.reading.key_facts import FREE
from bot.core.reading.sheet import LABELS
from bot.core.wording import lower_first
from bot.offline.post_action import offers_aid
from bot.offline.post_text import clean_span

ADDRESSED = "Ditujukan kepada"
CONDITION = "Kondisi"
#: A fee to take part, as opposed to the price of goods.
_FEE = re.compile(r"\b(?:gratis|biaya\w*|tarif|retribusi|iuran|(?:mem|di)?bayar\w*|\w*pungut\w*|dikenakan|"
                  r"cuma-cuma|percuma|ongkos|free|(?:di)?tanggung\w*|(?:di)?jamin|(?:di)?biayai)\b", re.I)
#: Per person or household ("per orang", "setiap KK", "masing-masing pembeli"), not per place or per day
#: ("setiap titik disediakan 800 paket" is a stock, no cap).
_PER_PERSON = (r"\b(?:per|tiap|setiap|masing-masing)\s+(?:KK|orang|warga|keluarga|kepala\s+keluarga|pembeli|"
               r"rumah(?:\s+tangga)?|penerima|peserta|pemohon|pengunjung|pelanggan|NIK|KTP|kendaraan|pasien|jiwa)\b")
#: A cap per person or household, not a number of places: "maksimal 4 jerigen per KK".
_LIMIT = re.compile(rf"\b(?:maksimal|maks\.?|paling banyak|sebanyak-banyaknya)\b|{_PER_PERSON}", re.I)
#: A cap's per-person said right after its count ("dibatasi dua kemasan | beras per orang").
_PER_PERSON_AFTER = re.compile(rf"(?:\s+[a-z]+){{0,2}}\s+{_PER_PERSON}", re.I)
#: People named as whom something is for ("Bagi warga yang ...", "khusus lansia"), not as addressees; a rule
#: "berlaku bagi" them is addressed to them.
_FOR = re.compile(r"(?<!berlaku\s)\b(?:bagi|untuk|khusus)\s+$", re.I)
#: ... unless the sentence asks them something ("Bagi panitia kurban, DP3 meminta agar ..."): then addressed.
_ASKS = re.compile(r"\b(?:meminta|diminta|mengimbau|diimbau|dilarang|wajib|harus|agar|supaya)\b", re.I)
#: How far before a fact its clause may hold the words that say what it is.
LEAD_IN = 30
#: ... and the word that makes an amount a fee, which may open a longer subject ("biaya pemasangan
#: sambungan rumah baru hanya Rp850.000").
FEE_LEAD_IN = 60
#: A note in brackets right after a phone line ("0852-9911-4400 (24 jam, gratis"): the call is free, no fee.
_CALL_NOTE = re.compile(r"(?:\d[\d\s-]{1,}\d|\b(?:hotline|call\s*cent(?:er|re)|WhatsApp|WA|SMS))\s*\([^()\n]{0,30}$",
                        re.I)


def call_price(sheet: FactSheet, fact: Fact) -> bool:
    """The fact says what a call costs ("112 (24 jam, gratis)"), not what taking part costs."""
    return bool(_CALL_NOTE.search(sheet.draft, max(0, fact.start - 60), fact.start))


#: The label of the items an offer list names ("Yang bisa dilayani:", "Layanan:").
LISTED = "Layanan"


#: A who said in the negative ("TIDAK berlaku bagi ...", "Tidak dapat mendaftar: ..."): whom the offer excludes.
_NOT_FOR = re.compile(r"^\W*(?:tidak|tak|bukan)\s+(?:berlaku|diperuntukkan|untuk|bagi)\b", re.I)
_NOT_FOR_END = re.compile(r"\b(?:tidak|tak)\s+(?:dapat|bisa|boleh|diperkenankan)\s+(?:mendaftar|ikut|mengikuti|"
                          r"dilayani|menerima\w*)\W*$", re.I)
_LEFT_OUT_AFTER = re.compile(r"\s*,?\s*(?:tidak|tak|belum)\s+(?:boleh\s+|dapat\s+|bisa\s+)?"
                             r"(?:di(?!mana\b)[a-z]{3,}|ikut|mendaftar|mengikuti)\b", re.I)
EXCEPTED = "Pengecualian"


def excepting(sheet: FactSheet, fact: Fact) -> bool:
    """A who that names whom the offer leaves out, in its words or right after them ("Anak yang sedang demam ... |
    tidak disuntik dulu")."""
    return bool(_NOT_FOR.match(fact.text) or _NOT_FOR_END.search(fact.text)
                or _LEFT_OUT_AFTER.match(sheet.draft, fact.end))


def line_label(sheet: FactSheet, slot: Slot, facts: list[Fact]) -> str:
    """The slot's label, or what the facts are: amounts that are no fee to take part (no "biaya",
    "tarif", "gratis" ...) are a market's prices ("Harga"); a per-person cap is a limit ("Batas"); the
    people an appeal or a warning speaks to are whom it is addressed to, not whom it is for (unless it
    offers relief: "bantuan ... bagi warga yang rumahnya rusak" is for them, or the draft names them as
    whom something is for: "Bagi warga yang SIM-nya hampir habis, Satlantas membuka SIM keliling ...")."""
    if slot == Slot.FIGURES and sheet.kind in (DraftKind.APPEAL, DraftKind.EMERGENCY):
        return CONDITION  # how bad the danger is, no achievement
    if slot == Slot.COST and not any(_FEE.search(_lead_in(sheet, f, FEE_LEAD_IN) + f.text) for f in facts):
        return "Harga"
    if slot == Slot.QUOTA and facts and all(per_person_cap(sheet, f) for f in facts):
        return "Batas"
    offered = offers_aid(sheet) or any(_FOR.search(sheet.draft, max(0, f.start - 12), f.start) and not _ASKS.search(
        re.split(r"[.!?\n]", sheet.draft[f.end :], maxsplit=1)[0]) for f in facts)
    if slot == Slot.WHO and sheet.kind in (DraftKind.APPEAL, DraftKind.EMERGENCY) and not offered:
        return ADDRESSED  # a ban or a warning is addressed to them, it is no offer "for" them
    if slot == Slot.WHO and facts and all(excepting(sheet, f) for f in facts):
        return EXCEPTED  # "TIDAK berlaku bagi pelanggan yang sambungannya disegel": whom it is not for
    if slot == Slot.BENEFIT and facts and all(f.role == "listed" for f in facts):
        return LISTED  # the services a list names, one by one
    return LABELS[slot]


def per_person_cap(sheet: FactSheet, fact: Fact) -> bool:
    """The count is a cap per person: a cap word or a per-person before it, or a per-person right after it
    ("Pembelian dibatasi dua kemasan beras per orang")."""
    return bool(_LIMIT.search(_lead_in(sheet, fact) + fact.text) or _PER_PERSON_AFTER.match(sheet.draft, fact.end))


#: A stock counted by a place or a day ("Setiap titik disediakan ", "tiap hari tersedia "): said with it.
_EACH = re.compile(r"\b(?:setiap|tiap|masing-masing)\s+[a-z]+\b", re.I)


def with_each(sheet: FactSheet, fact: Fact, value: str) -> str:
    """A stock with the place or day it is counted by, from there on ("Setiap titik disediakan delapan ratus
    paket"): "800 paket" alone reads as the whole stock."""
    lead_in = _lead_in(sheet, fact)
    found = list(_EACH.finditer(lead_in))
    if not found or _EACH.search(value):
        return value
    return clean_span(lead_in[found[-1].start() :]) + " " + lower_first(value)


def with_limit(sheet: FactSheet, fact: Fact, value: str) -> str:
    """A cap's value with the word that makes it one, when that word stands just before the fact:
    "maksimal beli 2 paket" for "2 paket" (a span of the draft, never a word more)."""
    if _LIMIT.search(fact.text):
        return value
    lead_in = _lead_in(sheet, fact)
    found = list(_LIMIT.finditer(lead_in))
    if not found:
        return value
    head = lead_in[found[-1].start() :]
    if value.lower().startswith(clean_span(fact.text).lower()):  # what the value says after it stays ("per KTP")
        return clean_span(head + fact.text + value[len(clean_span(fact.text)) :])
    return clean_span(head + fact.text)


def _lead_in(sheet: FactSheet, fact: Fact, reach: int = LEAD_IN) -> str:
    """The words of the fact's clause just before it ("Tiap warga maksimal beli " before "2 paket"); of its
    sentence where the clause is the fact alone (the reading left the words before it out of any clause)."""
    clause = sheet.clause_at(fact.start)
    begin = clause.start if clause is not None else 0
    if begin >= fact.start:
        begin = max(sheet.draft.rfind(mark, 0, fact.start) for mark in ".!?\n") + 1
    start = max(begin, fact.start - reach)
    return sheet.draft[start : fact.start]


#: A measure a count ends on, whose thing follows it in the draft ("12 ton | beras").
_UNIT_END = re.compile(r"\b(?:ton|kg|kilogram|liter|dosis|paket|unit|buah|lembar|karung|botol|kotak|ekor|batang)$",
                       re.I)
_NOT_THING = r"(?!(?:dan|serta|untuk|bagi|yang|di|ke|dari|per|setiap|tiap|atau|dengan)\b)"
_THING = re.compile(rf"\s+({_NOT_THING}[a-z][a-z-]+(?:\s+{_NOT_THING}[a-z][a-z-]+)?)")


def with_thing(sheet: FactSheet, fact: Fact, value: str) -> str:
    """A count that ends on its measure with the thing measured when the draft names it right after ("12
    ton" -> "12 ton beras"): alone, a stock does not say of what."""
    thing = _THING.match(sheet.draft, fact.end) if _UNIT_END.search(fact.text) else None
    return f"{value} {thing.group(1)}" if thing and thing.group(1) not in value else value


#: A phone line the draft gives right after a channel ("aplikasi X atau WhatsApp 0812-..."): the reading keeps
#: it as the contact, the post keeps it with the way in it is an alternative to.
_AND_PHONE = re.compile(r"\s+atau\s+(?:lewat\s+|melalui\s+|via\s+)?"
                        r"(?:WhatsApp|WA|telepon|SMS|nomor|hotline|call\s+center)[^.;,\n]{0,30}?\d[\d\s-]{5,}\d", re.I)


#: The rest of a note in brackets a span ends inside ("0852-9911-4400 (24 jam| , gratis)").
_NOTE_REST = re.compile(r"[^()\n]{0,30}\)")


def with_phone(sheet: FactSheet, fact: Fact, value: str) -> str:
    """`value` of a how with the phone line the draft offers right after it, when there is one, and with
    the whole note in brackets its span ends inside ("... 0852-9911-4400 (24 jam, gratis)")."""
    rest = _NOTE_REST.match(sheet.draft, fact.end)
    if rest and fact.text.count("(") > fact.text.count(")") and value.endswith(")"):
        value = value[:-1] + rest.group(0)
    more = _AND_PHONE.match(sheet.draft, fact.end)
    value = f"{value}{more.group(0)}" if more and more.group(0).strip() not in value else value
    named = _QUOTED_NAME.match(sheet.draft, fact.end)  # "pada menu" + ' "Lapor Jalan"': the menu's name
    return f"{value}{named.group(0)}" if named and _NAMES_NEXT.search(value) else value


#: A name in quotes right after a span ("... pada menu "Lapor Jalan""), and the word before it that asks for one.
_QUOTED_NAME = re.compile(r"\s*[\"“][^\"“”\n]{1,30}[\"”]")
_NAMES_NEXT = re.compile(r"\b(?:menu|fitur|tombol|aplikasi|laman|kanal|akun|tab|kolom|pilihan)\s*$", re.I)


#: A short service number offered beside a phone number ("0717-421113 atau 113", "... / 112"): the same line.
_SHORT_NUMBER = re.compile(r"\s*(?:atau|/)\s*(?:nomor\s+)?\d{3,5}\b(?![\d.,-]*\d)")


def with_short_number(sheet: FactSheet, fact: Fact, value: str) -> str:
    """A phone number with the short number the draft gives as its alternative right after it
    ("0717-421113 atau 113"): left out, the number citizens remember is lost."""
    more = _SHORT_NUMBER.match(sheet.draft, fact.end)
    return f"{value}{more.group(0)}" if more and more.group(0).strip() not in value else value


def counted(fact: Fact) -> bool:
    """The fact states an amount, a count or a share (not only a name): "Rp50.000 per hari", "15 persen"."""
    return any(found.fact.kind != "name" for found in scan_facts(fact.text))


#: A cap inside a benefit's span ("bagasi maksimal 20 kilogram", "paling banyak 400 batang"): a limit, no gift.
_CAP = re.compile(r"\b(?:maksimal|maks\.|paling\s+banyak|sebanyak-banyaknya)\b", re.I)


def more_benefits(facts: list[Fact], said: str) -> list[Fact]:
    """Benefits worth a line of their own: an amount or a share citizens get ("uang saku Rp50.000 per
    hari", "potongan 15 persen") that the lead and the lines before do not already state."""
    return [f for f in facts if counted(f) and not _CAP.search(f.text) and not kept(f, said)]


#: A count of places on offer, not an achievement: its unit is a seat or a participant ("240 peserta",
#: "60 nomor antrean", "11.240 kursi"), or the words before it say it is the capacity ("kuotanya 800 ...").
_SEAT = r"(?:peserta|kursi|nomor\s+antrean|antrean|slot|formasi|kupon|tiket|porsi|paket)\b"
_SEATS = re.compile(rf"^\D*\d[\d.,]*\s+{_SEAT}", re.I)
#: ... the same with the count in words ("tiga ratus peserta"): the words after the number.
_SEATS_AFTER = re.compile(rf"\s*{_SEAT}", re.I)
#: The words that make a count the capacity: a quota, a cap, what is provided or prepared (either voice:
#: "disediakan" and "menyediakan"), a capacity or an allotment ("kapasitas tiga ratus peserta", "jatah 35 unit").
_CAPACITY = re.compile(r"\b(?:kuota\w*|dibatasi|daya\s+tampung|menampung|disediakan|menyediakan|disiapkan|"
                       r"menyiapkan|tersedia|kapasitas(?:nya)?|jatah(?:nya)?)\b(?:\s+\w+){0,2}\s*$", re.I)
#: A count of the past ("tahun lalu 27 pasien") is a figure of the report, no place on offer.
_PAST = re.compile(r"\b(?:tahun\s+lalu|sebelumnya|sudah|telah|tercatat|sejak)\b", re.I)


def capacity(sheet: FactSheet, fact: Fact) -> bool:
    """A figure of a service or an event that is the number of places on offer (a quota by its meaning)."""
    lead_in = _lead_in(sheet, fact)
    if _PAST.search(lead_in):
        return False
    return bool(_SEATS.match(fact.text) or _CAPACITY.search(lead_in) or _in_words(fact.text))


def _in_words(text: str) -> bool:
    """A count in words of seats or participants: "tiga ratus peserta", "seribu kupon"."""
    words = text.split()
    end = read_number([w.lower() for w in words], 0)[1]
    return 0 < end < len(words) and bool(_SEATS_AFTER.match(" ".join(words[end:])))


_PER = re.compile(r"\s+(?:per|setiap|tiap)\s+(?!(?:dan|atau|yang)\b)[a-z]+\b", re.I)


def with_per(sheet: FactSheet, fact: Fact, value: str) -> str:
    """A count with the unit of time or group it is counted by, when the draft gives it right after
    ("60 nomor antrean" -> "60 nomor antrean per malam"), or a cap with its thing and person ("dua kemasan"
    -> "dua kemasan beras per orang"): a quota a night is no quota in all, a cap with no "per orang" none."""
    more = _PER.match(sheet.draft, fact.end) or _PER_PERSON_AFTER.match(sheet.draft, fact.end)
    return f"{value}{more.group(0)}" if more and more.group(0).strip().lower() not in value.lower() else value


#: Words before an amount that make it no payment of citizens: a fine, a value of aid or of a budget, a prize.
_NOT_PAID = re.compile(r"\b(?:denda|sanksi|senilai|anggaran|hadiah|bantuan|santunan|subsidi|nilai|total|"
                       r"ditanggung\s+(?:pemerintah|pemda|negara|APBD))\b", re.I)
#: What citizens pay, said before the amount ("cukup membayar", "hanya dikenakan"): kept with the amount.
_PAY_VERB = re.compile(r"(?:(?:cukup|hanya)\s+)?(?:membayar|bayar|dikenakan|menanggung)\s+$|"
                       r"\b(?:tarif|retribusi|iuran|sewa)(?:\s+[a-z]+)?\s+(?:ditetapkan|sebesar)\s+$", re.I)


#: An amount said in words after a word of paying ("tarifnya lima ribu rupiah"), which the scan of digits does not
#: read as money; never what it would cost elsewhere ("biaya penyambungan yang bisa mencapai dua juta rupiah").
_IN_WORDS = re.compile(r"\b(?:tarif\w*|tiket|bayar|membayar|dikenakan|seharga|harga)\b"
                       r"(?:(?!mencapai|hingga|sampai)[^.;]){0,40}?\b(?:ribu|juta)\s+rupiah\b", re.I)


def still_paid(sheet: FactSheet, fact: Fact) -> bool:
    """An amount of a draft that also says "free" which citizens still pay (the free part is a part:
    "Pengukuran gratis ... cukup membayar Rp250.000 untuk patok"), not a fine or the value of the aid."""
    money = (any(found.fact.kind == "money" for found in scan_facts(fact.text)) or bool(STILL_PAID.search(fact.text))
             or bool(_IN_WORDS.search(f"{_lead_in(sheet, fact)}{fact.text}")))  # "tarifnya | lima ribu rupiah"
    return money and not FREE.search(fact.text) and not _NOT_PAID.search(_lead_in(sheet, fact))


def paid(sheet: FactSheet, fact: Fact, value: str) -> str:
    """The amount with the verb of paying the draft puts before it ("cukup membayar Rp250.000 ...")."""
    verb = _PAY_VERB.search(_lead_in(sheet, fact))
    return f"{verb.group(0)}{value}" if verb else value


#: A negation right before a fact: "tidak melalui perantara", "tidak perlu membawa surat keterangan".
_NEGATED = re.compile(r"\b(?:tidak|tanpa|bukan|jangan|tak)(?:\s+(?:perlu|harus|wajib|usah|lagi|boleh|bisa|dapat))?"
                      r"(?:\s+dilayani)?\s+$", re.I)  # "tidak dilayani | melalui petugas": a way that is no way


def negated(sheet: FactSheet, fact: Fact) -> bool:
    """The draft says the fact is not so ("tidak melalui perantara"): shown alone, it says the opposite."""
    return bool(_NEGATED.search(sheet.draft, max(0, fact.start - 25), fact.start))


#: The words that open a list of requirements ("yang wajib dibawa yaitu", "persyaratannya meliputi:").
_LIST_INTRO = re.compile(r"^(?:adapun\s+)?(?:(?:per)?syarat\w*\s+)?(?:yang\s+(?:wajib|harus|perlu)\s+"
                         r"(?:dibawa|disiapkan|dilengkapi|dipenuhi)\s+)?(?:yaitu|yakni|adalah|antara\s+lain|meliputi)"
                         r"\s*:?\s*", re.I)


def whole_list(sheet: FactSheet, fact: Fact, value: str) -> str:
    """A requirement the draft opens as a list ("yang wajib dibawa yaitu KTP asli pemilik, STNK asli,
    serta ...") without the opening words, and with the rest of the list up to the end of its sentence:
    the first item alone drops the rest of what to bring."""
    intro = _LIST_INTRO.match(value)
    if intro is None or not intro.group(0).strip():
        return value
    rest = re.match(r"[^.!?\n]*", sheet.draft[fact.end :])
    tail = rest.group(0) if rest and rest.group(0).startswith((",", " serta", " dan")) else ""
    return clean_span(value[intro.end() :] + tail)


#: A relative clause about the event, not the people, caught at the end of a who ("warga Bone | yang
#: dipusatkan di RSUD ..."): an event is held somewhere, people are not.
_EVENT_CLAUSE = re.compile(r"\s+yang\s+(?:dipusatkan|digelar|diadakan|dilaksanakan|diselenggarakan|berlangsung|"
                           r"bertempat)\b.*$", re.I)


def people_only(value: str) -> str:
    """A who without the event's relative clause the reading caught with it."""
    return _EVENT_CLAUSE.sub("", value) or value


#: The people an age is of, right before it ("Anak | berusia di bawah 10 tahun").
_AGED = re.compile(r"\b(anak(?:-anak)?|balita|bayi|remaja|lansia|warga|peserta|pelajar|siswa|pemohon|perempuan|wanita|"
                   r"pria|ibu|bapak|penduduk)\s+$", re.I)


def with_people(sheet: FactSheet, fact: Fact, value: str) -> str:
    """An age with the people it is of ("Anak berusia di bawah 10 tahun"): "berusia di bawah 10 tahun" alone
    does not say who."""
    if not re.match(r"(?i)(?:berusia|berumur|usia|umur)\b", value):
        return value
    who = _AGED.search(sheet.draft, max(0, fact.start - 20), fact.start)
    return f"{who.group(1)} {value}" if who else value


#: "hingga"/"sampai" right before a day the reading kept without it ("hingga | Selasa (27/1/2026)").
_UNTIL = re.compile(r"\b(?:hingga|sampai(?:\s+dengan)?|s\.d\.?)\s+(?:(?:akhir|awal|pertengahan)\s+)?$", re.I)


def with_until(sheet: FactSheet, fact: Fact, value: str) -> str:
    """A day the draft gives as an end ("hujan masih turun hingga Selasa") keeps its "hingga": alone under
    "Kapan" it reads as the day the thing happens."""
    until = _UNTIL.search(sheet.draft, max(0, fact.start - 16), fact.start)
    if until is None or re.match(r"(?:hingga|sampai|s\.d)", value, re.I):
        return value
    return f"{until.group(0).lower()}{value}"


#: Right after a recurring day, which of its weeks or how often ("setiap Selasa" + " pada minggu kedua dan keempat
#: setiap bulan", "tiap Sabtu" + " di pekan pertama"): without it the day reads as every week.
_WEEKS = r"(?:ke-?\w+|pertama|kedua|ketiga|keempat|kelima|terakhir|ganjil|genap)"
_RECURRENCE = re.compile(rf"\s+(?:pada|di)\s+(?:minggu|pekan)\s+{_WEEKS}(?:\s*(?:,|dan|serta)\s*(?:minggu\s+|pekan\s+)?"
                         rf"{_WEEKS})*(?:\s+(?:setiap|tiap)\s+bulan(?:nya)?)?", re.I)


def with_recurrence(sheet: FactSheet, fact: Fact, value: str) -> str:
    """A recurring day with the weeks of the month the draft limits it to (see `_RECURRENCE`)."""
    if not re.match(r"(?:setiap|tiap)\b", fact.text, re.I) or not value.endswith(fact.text.split()[-1]):
        return value
    more = _RECURRENCE.match(sheet.draft, fact.end)
    return value + more.group(0) if more and more.group(0).strip().lower() not in value.lower() else value


#: A warning's measure of the danger: a height, a speed, a count of cases ("gelombang setinggi 2,5 hingga 4
#: meter", "187 kasus DBD"); not a count of people helped or of officers on duty.
_HAZARD_WORD = re.compile(r"\b(?:setinggi|ketinggian|tinggi|kecepatan|gelombang)\b[^.;\n]{0,12}$", re.I)
_CASES = re.compile(r"^\D*\d[\d.,]*\s+kasus$", re.I)
_NOT_CASE = r"(?!(?:di|dan|yang|sejak|selama|pada|sepanjang|dengan|tahun|bulan|pekan|minggu)\b)"
_CASE_OF = re.compile(rf"\s+{_NOT_CASE}([A-Z]{{2,}}\b|[a-z][\w-]+(?:\s+{_NOT_CASE}[a-z][\w-]+)?)")
#: The words that say what a measure measures, right before it ("banjir setinggi ", "ketinggian ").
_MEASURED = re.compile(r"(?:\b(?:banjir|air|gelombang|genangan|angin)\s+)?\b(?:setinggi|ketinggian|tinggi(?:\s+air)?|"
                       r"kecepatan)(?:\s+(?:hingga|mencapai|sampai|antara))?\s+$", re.I)


def hazard(sheet: FactSheet, fact: Fact) -> bool:
    """A figure of an appeal or a warning that measures the danger itself."""
    return bool(_HAZARD_WORD.search(_lead_in(sheet, fact)) or _CASES.match(fact.text))


def with_measured(sheet: FactSheet, fact: Fact, value: str) -> str:
    """A warning's measure with what it measures: "banjir setinggi 30 hingga 60 sentimeter", "162 kasus
    campak", "214 kasus demam berdarah" (the draft's words right before or after it)."""
    if _CASES.match(fact.text):
        named = _CASE_OF.match(sheet.draft, fact.end)
        return f"{value} {named.group(1)}" if named else value
    measured = _MEASURED.search(_lead_in(sheet, fact))
    if measured is None or measured.group(0).strip().lower() in value.lower():
        return value
    return f"{measured.group(0)}{value}"


#: Between a subject and its way ("Kendaraan roda dua ... | dialihkan | melalui jalan ..."): a passive verb,
#: not a request ("Warga ... diminta | melapor ke ...": the report line's label says whom it asks).
_PASSIVE_GAP = re.compile(r"^\s+(?!(?:diminta|diimbau|dihimbau|diharapkan|dipersilakan|diajak)\b)(?:di|ter)[a-z]{3,}"
                          r"(?:\s+(?:ke|lewat))?\s*$")


def step_subjects(sheet: FactSheet) -> dict[Fact, Fact]:
    """Each how fact whose subject the sheet read as who ("Kendaraan roda dua dan mobil pribadi | dialihkan
    | melalui jalan ..."), by the how: apart, "Ditujukan kepada: Kendaraan roda dua ..." and "Caranya: lewat
    jalan ..." never say that the detour is for those vehicles."""
    whos = sheet.of(Slot.WHO)
    out: dict[Fact, Fact] = {}
    for step in sheet.of(Slot.HOW):
        who = next((w for w in whos if w.end <= step.start and _PASSIVE_GAP.match(sheet.draft[w.end : step.start])),
                   None)
        if who is not None:
            out[step] = who
    return out
