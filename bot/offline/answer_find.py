"""Where a draft answers a slot: the sentence that carries that kind of fact.

A sentence scores by its cue for the slot (a date for "when", "gratis" or a price for "cost", a
place for "where", a channel for "how"), by the question's own words it shares, and by the fact
sheet: a sentence holding a fact the reader (`bot.core.reading`) put in that slot is preferred.
Ceremony and quoted speech frames score lower; an unrelated sentence never scores at all.
"""

from __future__ import annotations

import re
from collections import Counter

from bot.core import lexicon
from bot.core.fact_scan import scan_facts
from bot.core.reading import FactSheet, Slot
from bot.core.reading.key_facts import FREE, place
from bot.core.reading.who import names_group
from bot.offline.ages import has_age_rule
from bot.offline.answer_case import case_bonus, same_case
from bot.offline.answer_cues import (
    AFTER_DATE,
    COVERED,
    DAYS_BEFORE,
    DEADLINE_CUE,
    DOCUMENT,
    DURATION,
    DURATION_ASKED,
    EXCLUDES,
    GET,
    GET_ASKED,
    HOURS,
    LASTS,
    LATE_ASKED,
    LATE_RESULT,
    MONTH_NAME,
    PERIOD_END,
    READY_ASKED,
    REPORTING,
    REQ_LIST,
    SAID,
    SAME_DAY,
    SIGN_UP,
    SPEECH_FRAME,
    UNTIL,
    WEEKDAY,
    WHERE_CUE,
    WITHIN,
    cue,
)
from bot.offline.answer_pairs import (
    AGAIN,
    AGAIN_ASKED,
    DETAIL,
    DETAIL_ASKED,
    DOMICILE,
    DOMICILE_ASKED,
    FROM_PHONE,
    IN_PERSON,
    LEVEL,
    NAMED_WAY,
    NO_PHONE,
    NO_PHONE_SAID,
    OFFLINE_WAY,
    ONLINE_WAY,
    PAY_ASKED,
    PROXY,
    PROXY_ASKED,
    PURPOSE,
    PURPOSE_ASKED,
    QUOTED,
    STEP_STEMS,
)
from bot.offline.asked import OWN_HOURS, clauses, normalise, spoken
from bot.offline.asked_words import PROVIDED

#: Words that name the slot, not the topic: they do not count as shared words.
_SLOT_WORDS = frozenset({
    "kapan", "jam", "berapa", "tanggal", "hari", "buka", "tutup", "bayar", "biaya", "gratis", "harga", "umur",
    "usia", "ikut", "boleh", "bisa", "dimana", "kemana", "mana", "lokasi", "alamat", "cara", "gimana",
    "link", "bawa", "syarat", "nomor", "hubungi", "telepon", "apa", "apakah", "min", "admin", "kak", "kakak",
    "pak", "bu", "bang", "mau", "tanya", "dong", "ya", "yaa", "nih", "sih", "tidak", "gak", "ga", "gk", "nggak",
    "ngga", "ndak", "nda", "kah", "tolong", "info", "mohon", "saya", "sy", "kami", "ada", "yang", "yg", "di", "ke",
    "dari", "untuk", "itu", "ini", "dan", "atau", "sudah", "udh", "belum", "blm", "kok", "aja", "saja", "juga",
    "jg", "sampai", "perlu", "harus", "kalo", "kalau", "klo", "trs", "terus", "lagi", "dulu", "dlu", "pakai",
    "benar", "berarti", "target", "selesai", "katanya", "kabarnya", "maksudnya", "dapat", "dapet",
    "sekarang", "masih", "sama", "aku", "deh", "kan", "kaka", "nya", "lah", "jadi", "gitu",
})

#: Sheet slots whose facts support an answer to each asked slot.
SHEET_SLOTS: dict[str, tuple[Slot, ...]] = {
    "when": (Slot.WHEN,), "deadline": (Slot.DEADLINE,), "target": (Slot.TARGET,), "where": (Slot.WHERE,),
    "cost": (Slot.COST,), "who": (Slot.WHO,), "quota": (Slot.QUOTA,), "requirements": (Slot.REQUIREMENTS,),
    "how": (Slot.HOW, Slot.CONTACT), "contact": (Slot.CONTACT,), "figures": (Slot.FIGURES,),
    "what": (Slot.BENEFIT, Slot.WHAT), "claim": (),
}


#: Everyday words of a comment and the words a press draft uses for the same thing.
_DRAFT_WORDS: dict[str, tuple[str, ...]] = {
    "link": ("tautan", "laman"), "hp": ("ponsel", "telepon"), "android": ("ponsel",), "antar": ("kirim",),
    "diantar": ("kirim",), "tua": ("lansia",), "jemput": ("antarjemput",), "jaga": ("aman",),
    "web": ("laman", "situs"), "website": ("laman", "situs"), "duit": ("uang",), "ortu": ("orang",),
    "posko": ("pengungsian",), "antri": ("antrean",), "antrian": ("antrean",),
    "mati": ("gangguan", "padam"), "rame": ("ramai",), "lapor": ("pengaduan", "aduan"),
    "melapor": ("pengaduan", "aduan"), "merah": ("libur",), "kk": ("kartu", "keluarga"),
    "berdua": ("kelompok", "perorangan"), "bertiga": ("kelompok", "perorangan"), "tim": ("kelompok",),
    "grup": ("kelompok",), "stroke": ("sakit",), "lumpuh": ("disabilitas",), "disabilitas": ("disabilitas",),
    "kuliah": ("pendidikan", "mahasiswa"), "muslim": ("islam",),
    "fotokopi": ("asli", "salinan"), "asli": ("fotokopi",), "pengacara": ("advokat",), "kip": ("beasiswa",),
    "dihapus": ("bebas", "pembebasan", "hapus"), "diputihkan": ("bebas", "pembebasan", "pemutihan"),
    # round 11b: meaning, not shared words
    "dokter": ("poli",), "baju": ("seragam",), "walk": ("langsung", "janji"), "sarapan": ("puasa", "berpuasa"),
    "makan": ("puasa", "berpuasa"), "nyebar": ("rahasia",), "bocor": ("rahasia",), "privasi": ("rahasia",),
    "aman": ("rahasia", "aman"), "diwakilkan": ("kuasa", "anggota"), "bekas": ("pemilik", "berganti"),
    "second": ("pemilik", "berganti"),
    # everyday names of the same service or symptom ("sunat" of a draft's "khitanan", "panas" of "demam")
    "sunat": ("khitan", "khitanan"), "sunatan": ("khitan", "khitanan"), "khitan": ("sunat",),
    "panas": ("demam",), "demam": ("panas",), "suntik": ("imunisasi", "vaksin"), "vaksin": ("imunisasi",),
    "imunisasi": ("vaksin",), "gaji": ("upah", "honor"), "upah": ("gaji",),
    "ngadu": ("usulan", "pengaduan"), "modal": ("pakai", "syarat"),
}


def _word_stems(word: str) -> set[str]:
    """The stem of `word`, and of its root when the stemmer misses a common form: "setinggi" (se- + root),
    "mengecek" (menge- + a one-syllable root)."""
    out = {lexicon.stem(word)}
    if word.startswith("se") and len(word) > 6:
        out.add(lexicon.stem(word[2:]))
    if word.startswith(("menge", "penge")) and len(word) <= 9:
        out.add(word[5:])
    out |= spoken_nasal_roots(word)
    return out


#: The spoken nasal prefix and the first letter of the root it replaces ("nunggu" is "tunggu", "nyetop" is
#: "setop", "mikir" is "pikir", "ngontrak" is "kontrak"): the written "men-", "meny-", "mem-" verb without its "me".
_NASAL = (("ny", "s"), ("ny", "c"), ("n", "t"), ("m", "p"), ("ng", "k"))


def spoken_nasal_roots(word: str) -> set[str]:
    """The roots a spoken verb with a bare nasal prefix may have ("nunggu": tunggu, "nyicil": cicil, "mikir":
    pikir); none for an ordinary word ("nikah", "minta") or when no root word follows from it."""
    if len(word) < 5 or lexicon.is_ordinary_word(word) or word in lexicon.root_words():
        return set()
    roots = {first + word[len(prefix):] for prefix, first in _NASAL
             if word.startswith(prefix) and word[len(prefix)] in "aeiou"}
    return {root for root in roots if root in lexicon.root_words()}


def spoken_suffix_root(word: str) -> str | None:
    """The root of a verb with the spoken "-in" suffix the stemmer does not know ("didaftarin", "siapin",
    "mengaktifin": the "-kan"/"-i" of written Indonesian), or None for any other word ("ingin", "vaksin")."""
    if len(word) < 6 or not word.endswith("in") or lexicon.stem(word) != word or lexicon.is_ordinary_word(word):
        return None
    roots = (lexicon.stem(written) for written in (word[:-2] + "kan", word[:-2] + "i", word[:-2]))
    return next((root for root in roots if root in lexicon.root_words()), None)


def stems(text: str) -> set[str]:
    out: set[str] = set()
    for w in normalise(text).split():
        if w in _SLOT_WORDS:
            continue
        if len(w) > 2:
            out |= _word_stems(w)
        out |= {lexicon.stem(x) for x in _DRAFT_WORDS.get(w, ())}
    return out


def shared_stems(wanted: set[str], text: str) -> set[str]:
    """The asked stems `text` holds: the same stem, or a long stem inside a compound ("jemput" in "antarjemput")."""
    held: set[str] = set()
    for w in lexicon.words(text):
        held |= _word_stems(w.lower()) | _word_stems(spoken(w.lower()))  # "durung duwe" is "belum punya"
    return {w for w in wanted if w in held or (len(w) >= 5 and any(w in h for h in held if len(h) > len(w)))}


def _unit_bonus(slot: str, question: str, sentence: str) -> float:
    """Prefer the fact the question names: a calendar date for "tanggal", an hour for "jam", percent for "persen"."""
    asked = normalise(question)
    located = scan_facts(sentence)
    kinds = [loc.fact.kind for loc in located]
    bonus = 0.0
    if slot in ("when", "deadline"):
        if re.search(r"\b(?:tanggal(?! merah)|sampai kapan|kapan)\b", asked) and "date" in kinds:
            bonus += 0.5
        if re.search(r"\btanggal\b(?! merah)", asked) and "date" not in kinds and not (
                slot == "deadline" and LATE_ASKED.search(asked)):
            bonus -= 1.0
        if re.search(r"\bhari apa\b", asked):  # a day: the date or weekday, not the hours alone
            bonus += 1.0 if "date" in kinds or re.search(WEEKDAY, sentence, re.I) else -0.5
        days_range = rf"\b(?:{WEEKDAY})\s+(?:hingga|sampai(?: dengan)?|s/d|s\.d\.?|-|–)\s+(?:{WEEKDAY})\b|" \
            r"\b\d{1,2}[.:]\d{2}\s*(?:hingga|sampai(?: dengan)?|s/d|-|–)\s*(?:pukul\s+)?\d{1,2}[.:]\d{2}"  # hours
        if re.search(r"\bsampai kapan\b", asked) and UNTIL.search(re.sub(days_range, " ", sentence, flags=re.I)):
            bonus += 1.0  # "until when": the end of the period, not its start or a reminder
        if QUOTED.search(sentence):
            bonus -= 0.5  # a quote repeats or comments; the report states the date
        if slot == "deadline" and LATE_ASKED.search(asked):
            bonus += 1.5 if LATE_RESULT.search(sentence) else 0.0  # "kalau sudah lewat?": what happens then
        if re.search(rf"\b(?:{WEEKDAY}|buka|tutup)\b", asked) and not re.search(r"\b(?:tanggal|kapan)\b", asked):
            bonus += 1.0 if HOURS.search(sentence) else 0.5 if re.search(WEEKDAY, sentence, re.I) else -0.5
        if re.search(r"\bhari apa\b", asked) and _WEEKLY.search(sentence):
            bonus += 1.0  # "buka hari apa?": the days of every week, not the day it began
        if re.search(r"\bsampai kapan\b", asked) and PERIOD_END.search(sentence):
            bonus += 1.0  # "until when": a period ending on a date, not the weekdays of the opening hours
        if DURATION_ASKED.search(asked) and WITHIN.search(sentence):
            bonus += 2.5  # "brp lama?": the time a step takes ("paling lama 5 hari kerja"), not a period
        if re.search(r"\bsampai kapan\b", asked) and AFTER_DATE.search(sentence):
            bonus -= 0.5  # what happens after the date, not the period itself
        said = SAID.search(sentence)
        timed = [loc.start for loc in located if loc.fact.kind in ("date", "time")]
        if said and timed and min(timed) > said.start():
            bonus -= 1.5  # only the dateline of a quote ("..., ujarnya di Samarinda, Rabu (3/12)")
        if re.search(r"\b(?:jam|pukul)\b", asked) and "time" in kinds and not DURATION_ASKED.search(asked):
            bonus += 1.5
        if slot == "when" and re.search(OWN_HOURS, asked) and HOURS.search(sentence):
            bonus += 1.0  # "sy kerja sampe jam 5": the opening hours
        if re.search(r"\bberapa hari sebelum", asked) and DAYS_BEFORE.search(sentence):
            bonus += 1.5
        timed = [loc.start for loc in located if loc.fact.kind in ("date", "time")]
        timed += [m.start() for m in DAYS_BEFORE.finditer(sentence)]
        due = DEADLINE_CUE.search(sentence)
        if slot == "when" and due and timed and due.start() < min(timed) and SIGN_UP.search(sentence) \
                and not re.search(r"\b(?:sampai kapan|daftar|mendaftar)\b", asked):
            bonus -= 1.0  # a date to register by says when to sign up, not when the thing takes place
    if slot == "who" and has_age_rule(sentence):  # an age said or asked: the age rule first; else other rules
        bonus += 1.5 if re.search(r"\b(?:umur|usia)\b|\d+ tahun\b", asked) else -1.0
    if slot == "requirements" and DOCUMENT.search(sentence):
        bonus += 0.5  # "harus bawa apa?": the identity document before the shopping bag
    if slot == "who" and LEVEL.search(asked) and LEVEL.search(sentence):
        bonus += 1.5  # "S2 bisa ikut?", "lulusan D3?": the rule that names school levels
    if slot == "who" and DOMICILE_ASKED.search(asked) and DOMICILE.search(sentence):
        bonus += 1.5  # "ktp palu tapi kuliah di makassar": the rule on residence
    if slot == "figures":
        for unit in ("persen", "ruas", "meter", "km", "unit", "rumah", "orang"):
            if unit in asked.split():
                bonus += 2.0 if re.search(rf"\b{unit}\b", sentence, re.I) else -2.0
        bonus += 0.3 * min(kinds.count("percent") + kinds.count("number"), 3)
    if slot == "how" and re.search(r"\b(?:lapor|melapor|laporkan|adu|mengadu)\b", asked):
        bonus += 1.5 if REPORTING.search(sentence) else 0.0  # a channel to report, not to sign up
    if slot == "how" and NAMED_WAY.search(sentence):
        bonus += 0.5  # a channel with its name, link or number says how; "lewat aplikasi" alone does not
    if slot == "how" and NO_PHONE.search(asked):  # a way without a phone: the counter, not the app
        bonus += 1.5 if OFFLINE_WAY.search(sentence) else -1.0 if ONLINE_WAY.search(sentence) else 0.0
        bonus += 1.5 if NO_PHONE_SAID.search(sentence) else 0.0  # the draft speaks of that very case
    elif slot == "how" and FROM_PHONE.search(asked):  # "bisa online?": yes by the app, or no, face to face
        bonus += 1.5 if ONLINE_WAY.search(sentence) or IN_PERSON.search(sentence) else 0.0
        bonus += 1.0 if shared_stems(stems(question) - STEP_STEMS, sentence) else 0.0  # the step asked of
    if slot in ("how", "requirements", "who") and PROXY_ASKED.search(asked) and PROXY.search(sentence):
        bonus += 2.0  # "boleh diwakilkan?": the rule on who may act for the citizen
    if slot in ("who", "requirements") and AGAIN_ASKED.search(asked) and AGAIN.search(sentence):
        bonus += 1.5  # "udh pernah dapet, bisa lagi?": the rule on those who already took part
    if slot == "where" and DETAIL_ASKED.search(asked) and DETAIL.search(sentence):
        bonus += 1.5  # "lantai brp?", "dkt apa?": the floor, the building, the landmark
    if slot == "cost" and PAY_ASKED.search(asked) and (FREE.search(sentence) or COVERED.search(sentence)):
        bonus += 1.5  # "bayar gak?": that it is free, before a warning about who asks for money
    if slot == "what" and PURPOSE_ASKED.search(asked) and PURPOSE.search(sentence):
        bonus += 1.5
    if slot == "what" and GET_ASKED.search(asked) and GET.search(sentence):
        bonus += 1.5
    provided = PROVIDED.search(asked) if slot == "what" else None
    if provided and shared_stems(stems(provided.group(1)), sentence):
        bonus += 1.5  # "di posko ada makanan gak?": the sentence naming the thing asked, not the place
    if slot == "what" and re.search(r"\bberapa\b", asked) and "money" in kinds:
        bonus += 1.5  # "dapet brp?": the amount given
    numbers = set(re.findall(r"\b\d+\b", asked)) if slot != "who" else set()
    bonus += 0.75 * len(numbers & set(re.findall(r"\b\d+\b", sentence)))  # "buka 24 jam": the sentence with 24
    if slot == "where" and re.search(r"\balamat\b", asked) and re.search(r"\b(?:Jl\.|Jalan)\s", sentence):
        bonus += 1.5  # an address: the street
    if slot == "where" and re.search(r"\bmana (?:saja|aja)\b", asked):
        bonus += 0.4 * min(len(re.findall(r",\s|\s(?:dan|serta)\s", sentence)), 4)  # "which ones": a list
    if slot == "how" and re.search(r"\b(?:dimana|di mana|kemana|ke mana)\b", asked) and (
            place([sentence]) or WHERE_CUE.search(sentence)):
        bonus += 1.0
    return bonus


#: The days of every week a service runs: "setiap Selasa dan Kamis", "Senin sampai Jumat", "Senin–Sabtu".
_WEEKLY = re.compile(rf"\b(?:setiap|tiap)\s+(?:hari\s+)?{WEEKDAY}\b|"
                     rf"\b{WEEKDAY}\s*(?:sampai(?: dengan)?|hingga|s/d|s\.d\.?|-|–)\s*{WEEKDAY}\b", re.I)


def sheet_spans(sheet: FactSheet, slot: str) -> list[tuple[int, int]]:
    """Offsets in `sheet.draft` of the facts the reader put in the slots that answer `slot`."""
    wanted = SHEET_SLOTS.get(slot, ())
    spans = [(f.start, f.end) for f in sheet.facts if f.slot in wanted]
    if slot == "what" and sheet.lead is not None:
        spans.append((sheet.lead.start, sheet.lead.end))
    return spans


#: A stem the question shares with at most this many sentences of the draft names what the draft says
#: only there ("blok A", "tenda", "QRIS", "bus"): the sentence that says it is about the thing asked.
RARE_IN = 2
#: How many words before a duration may name what lasts that long.
_LASTS_REACH = 4
#: A sentence without a cue of the slot competes when it shares this many rare stems with the asked words, from
#: this score.
NAMED_STEMS = 2
NAMED_SCORE = 0.5
#: Slots a sentence without a cue may answer when it names the thing asked (a place, a way, a rule, who).
_NAMED_THING_SLOTS = frozenset({"where", "how", "requirements", "who"})
#: Days and months name when, not the thing asked ("minggu" of "berminggu-minggu").
_CALENDAR = re.compile(rf"{WEEKDAY}|{MONTH_NAME}", re.I)


def rare_shared(wanted: set[str], sentences: list[tuple[int, str]]) -> list[set[str]]:
    """Per sentence, the asked stems it shares that few sentences of the draft hold (see `RARE_IN`)."""
    shared = [{w for w in shared_stems(wanted, sentence) if len(w) >= 3 and not _CALENDAR.fullmatch(w)}
              for _, sentence in sentences]
    counts = Counter(w for held in shared for w in held)
    return [{w for w in held if counts[w] <= RARE_IN} for held in shared]


def _lasts(asking: set[str], sentence: str) -> bool:
    """Whether `sentence` says how long the thing asked lasts: a duration ("berlangsung sekitar 90 hari") with a
    word of the question just before it ("Pekerjaan renovasi direncanakan ..."), not another thing's period
    ("pelatihan ... tempat berjualan tanpa biaya sewa selama enam bulan")."""
    match = LASTS.search(sentence)
    before = " ".join(lexicon.words(sentence[:match.start()])[-_LASTS_REACH:]) if match else ""
    return bool(before and shared_stems(asking, before))


def find_slot(slot: str, question: str, sentences: list[tuple[int, str]], sheet: FactSheet) -> tuple[int, str] | None:
    """The draft's sentence (offset, text) that answers `slot` of `question`, or None when the draft does not say.
    A question line of the draft's own is never the answer; the line after it answers the asker's words it shares.
    When no sentence carries a cue of a place, way, rule or who, the sentence holding a word of the question that
    few sentences of the draft hold answers (`_naming`)."""
    wanted = stems(question)
    asking = stems(" ".join(text for text, asks in clauses(question) if asks)) or wanted
    asked = normalise(question)
    if DURATION_ASKED.search(asked):  # "berapa lama" names the slot, not a topic ("selama" of a period)
        wanted, asking = wanted - {"lama"}, asking - {"lama"}
    spans = [(s, e) for s, e in sheet_spans(sheet, slot) if not SAID.search(sheet.draft[max(0, s - 40):s])]
    if slot == "who":  # "nenek sakit, boleh cucunya yg ambil?": the way the reader says a sub-group is served
        spans += [(f.start, f.end) for f in sheet.facts if f.slot == Slot.HOW and names_group(f.text)]
    best: tuple[float, tuple[int, str]] | None = None
    rare = rare_shared(wanted, sentences) if slot in _NAMED_THING_SLOTS | {"when"} else [set()] * len(sentences)
    for index, (at, sentence) in enumerate(sentences):
        if sentence.rstrip().endswith("?"):
            continue  # a question of the draft's own ("T: Siapa yang bisa?"): its answer follows it
        held = at >= 0 and any(at <= s and e <= at + len(sentence) for s, e in spans)
        score = cue(slot, sentence) or (1.0 if held else 0.0)  # the reader typed a fact of the slot here
        # a sentence that names what the question names, and few others do ("tanah ... kawasan hutan, bisa?": "Tanah
        # yang berada dalam kawasan hutan ... tidak dapat diikutkan"): about the thing asked, whatever its cue
        score = score or (NAMED_SCORE if len(rare[index]) >= NAMED_STEMS else 0.0)
        score = score or (1.0 if slot in ('how', 'requirements') and same_case(question, sentence) else 0.0)
        faq = sentences[index - 1][1] if index and sentences[index - 1][1].rstrip().endswith("?") \
            and len(lexicon.words(sentence)) >= 4 else ""  # "Tidak." alone answers its question, not the asker's
        score = score or (1.0 if faq and shared_stems(wanted, faq) else 0.0)  # it answers the asker's words
        how_long = bool(DURATION_ASKED.search(asked))
        if (slot == "target" or (slot == "when" and how_long)) and _lasts(asking, sentence):
            # "renovasinya berapa lama?", "kelar kapan?": how long that very work lasts, before any dated line
            score = max(score, 1.5) + (1.0 if how_long else 0.0)
        if score <= 0:
            continue
        words = lexicon.words(sentence)
        if len(words) <= 6 and sentence.isupper() and not re.search(r"\d", sentence) and not (
                slot == "cost" and FREE.search(sentence)):
            continue  # a heading ("JAM BUKA LOKET PENDAFTARAN") names a section, it says no fact
        shared = shared_stems(wanted, sentence)
        shared |= shared_stems(wanted, faq)  # the answer of the draft's own question: the words it answers count
        purpose = slot == "what" and bool(PURPOSE_ASKED.search(asked)) and bool(PURPOSE.search(sentence))
        purpose = purpose or (slot == "what" and bool(GET_ASKED.search(asked)) and bool(GET.search(sentence)))
        if slot in ("what", "claim") and not shared and not purpose:
            continue  # a confirmation is answered only by a sentence about the same thing
        if slot == "what" and QUOTED.search(sentence):
            score -= 1.0  # a quote is someone's words; the report says what it is
        named = shared & {lexicon.stem(w.lower()) for w in words[1:] if w[:1].isupper()} \
            if slot in ("where", "how", "contact") or (slot == "when" and (at < 0 or len(sentence) <= 160)) else set()
        if slot == "when" and (DURATION_ASKED.search(asked) or READY_ASKED.search(asked)) and not (
                DURATION.search(sentence) or SAME_DAY.search(sentence)):
            continue  # "berapa lama?" is not answered by the day it starts
        if slot == "when" and READY_ASKED.search(asked) and wanted and not shared:
            continue  # "ktp nya jadi hari itu?": how long that very thing takes, not another step's
        # the asker's case said before the question tells who and what; for a time, place or way it counts less
        said_case = len(shared - asking) if slot not in ("who", "what", "claim") else 0
        length = len(sentence) if at >= 0 else min(len(sentence), 120)  # a joined list: as long as an item
        score += 1.5 * (len(shared) - said_case) + 0.75 * said_case + 1.0 * len(named) - 0.002 * length \
            - 0.01 * index
        if slot == "requirements" and not shared and REQ_LIST.search(sentence):
            score += 1.0  # "bawa apa aja?" naming no item: the general list, not one path's extra papers
        if slot == "who" and shared and EXCLUDES.search(sentence):
            score += 1.0  # the rule that leaves out the asker's case
        if held:
            score += 1.0
        if lexicon.is_ceremonial(sentence) or SPEECH_FRAME.search(sentence):
            score -= 1.0
        if sheet.title and sentence == sheet.title:
            score -= 1.0  # a headline shortens and mixes; the body says each fact whole
        score += _unit_bonus(slot, question, sentence) + case_bonus(slot, question, sentence)
        if best is None or score > best[0]:
            best = (score, (at, sentence))
    if best is None and slot in _NAMED_THING_SLOTS:
        return _naming(asking, sentences, rare_shared(wanted, sentences))
    return best[1] if best else None


def _naming(asking: set[str], sentences: list[tuple[int, str]], rare: list[set[str]]) -> tuple[int, str] | None:
    """When no sentence carries a cue of the slot, the one that names what the question names and few other
    sentences do ("bus pariwisata gimana?": "Truk dan bus diminta menunggu ..."), else None."""
    named = [(len(held & asking), -index) for index, held in enumerate(rare)
             if held & asking and not sentences[index][1].rstrip().endswith("?")]
    return sentences[-max(named)[1]] if named else None
