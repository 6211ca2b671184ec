"""Slot finders: every fact of a draft except its what and benefit, as spans.

They read every sentence, ceremonial or not: a fact inside a ceremonial sentence is still a fact.
Dates are labelled by what they are to citizens: a deadline they must meet ("paling lambat 5 Juli
2025"), the government's target (left to figures.find_targets), or a when. The date a statement
was made ("ujarnya, Senin (2/2/2026)") and a dateline are neither.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from bot.core.fact_scan import Located, scan_facts
from bot.core.reading.dates import display_when, draft_years
from bot.core.reading.figures import BOUGHT, find_counts, find_targets, headline_end
from bot.core.reading.key_facts import FREE, when_runs
from bot.core.reading.people import find_people, find_signatures
from bot.core.reading.places import find_places
from bot.core.reading.requirements import find_requirements
from bot.core.reading.sheet import Fact, Slot
from bot.core.reading.spans import cut_at, cut_matches, span_fact
from bot.core.reading.who import find_who

_RUN_PREFIX = re.compile(r"(?:\b(?:mulai|sejak|setiap|tiap|terhitung\s+sejak)\s+(?:hari\s+|tanggal\s+)?)$", re.I)
_DAYPART = re.compile(r"^\s+(?:pagi|siang|sore|malam)(?:\s+hari)?\b")
_DEADLINE = re.compile(r"\b(?:paling\s+lambat|selambat-lambatnya|batas\s+(?:akhir|waktu)(?:\s+\w+){0,3}|"
                       r"jatuh\s+tempo(?:\s+pada)?|"
                       r"ditutup(?:\s+pada)?|"
                       r"sebelum|hingga\s+batas)\s+(?:hari\s+|tanggal\s+)?$", re.I)
#: The last day of an offer citizens can use ("berlaku mulai 2 Juni sampai 31 Agustus 2025") is both its
#: when and their deadline.
_LAST_DAY = re.compile(r"\b(?:sampai(?:\s+dengan)?|hingga|s\.\s?d\.?|s/d)\s+(?=(?:\w+,?\s+)?\d{1,2}(?:\s+[A-Z]|/))",
                       re.I)
_OFFER = re.compile(r"\b(?:berlaku|dibuka|pendaftaran|pembayaran|pengajuan|program|diperpanjang|pemutihan|"
                    r"bayar|membayar|dilunasi|melunasi|hadir|melayani|"
                    r"penghapusan|keringanan|susulan)\b", re.I)
#: Clock hours after a date: the hours a service keeps, never part of a deadline.
_HOURS = re.compile(r"(?<=\d)\)?,?\s*((?:pukul|jam)\s+\d{1,2}[.:]\d{2}\s*(?:[–\-]|s\.?\s?d\.?|sampai|hingga))", re.I)
#: A "paling lambat" the government must meet: what it delivers arrives or is done by then.
_DELIVERED = re.compile(r"\b(?:dijadwalkan|ditargetkan|tiba|rampung|tuntas|disalurkan|terpasang|dibangun)\b[^.;]*$",
                        re.I)
#: "..., Senin (3/2/2025), menjelaskan bahwa ...": the day a statement was made.
_SAID_AFTER = re.compile(r"\)?\s*,\s*(?:menyampaikan|mengatakan|menjelaskan|menegaskan|memaparkan|mengungkapkan|"
                         r"menuturkan|memastikan|menyebutkan|mengimbau|meminta|disaksikan|ditandai|dihadiri|"
                         r"didampingi|disambut|tercatat)\b", re.I)
#: The date a report or a figure stands at ("Update Jumat, 14 Maret 2025", "99,2 persen per 1 Juli 2025").
_AS_OF = re.compile(r"\b(?:update|pembaruan|diperbarui|data|per)\s+$", re.I)
_WARNING = re.compile(r"\b(?:siaga|status|peringatan|waspada|tanggap\s+darurat)\b", re.I)
_SPEECH = re.compile(r"\b(?:ujar(?:nya)?|kata(?:nya)?|tegas(?:nya)?|jelas(?:nya)?|tutur(?:nya)?|ungkap(?:nya)?|"
                     r"terang(?:nya)?|pungkas(?:nya)?|tutup|disampaikan|menyampaikan|mengatakan|menjelaskan|"
                     r"menegaskan|mengemuka|"
                     r"memaparkan|mengungkapkan|menuturkan|memastikan|"
                     r"saat\s+(?:kegiatan|acara|ditemui|mendampingi))\b", re.I)
_DATELINE = re.compile(r"(?:^|\n)[A-Z][\w ]{1,30}(?:,\s*|\s*\()$")
_RELATIVE = re.compile(r"\b(?:(?:dalam\s+)?(?:sepekan|seminggu|sebulan|\w+\s+(?:hari|pekan|minggu|bulan))\s+ke\s+depan|"
                       r"mulai\s+(?:pekan|minggu|bulan|tahun)\s+depan)\b", re.I)
#: A deadline counted from an event, not a date ("paling lambat dua minggu setelah diterima", "selambat-lambatnya
#: 3 x 24 jam sejak kejadian").
_COUNTED_DEADLINE = re.compile(
    r"\b(?:paling\s+lambat|selambat-lambatnya)\s+(?:\d+(?:\s*x\s*\d+)?|(?:satu|dua|tiga|empat|lima|enam|tujuh|"
    r"delapan|sembilan|sepuluh|sebelas|se|\w+\s+belas|\w+\s+puluh)\b)\s*(?:hari|minggu|pekan|bulan|jam)\s+"
    r"(?:kerja\s+)?(?:setelah|sesudah)(?:\s+(?!(?:melalui|lewat|via|di|ke|kepada|dengan|untuk|dan|atau|agar|"
    r"supaya)\b)[a-z]+\b){1,3}", re.I)
_COST_MORE = re.compile(r"(?:\s+(?:sepeser\s+pun|apa\s+pun)(?=[\s,.;]|$))?")
#: "Free" said without the word: a payer that bears the cost ("ditanggung negara"), nothing to pay in
#: everyday words ("nggak pakai bayar sama sekali"), no levy ("tidak ada pungutan dalam bentuk apa pun").
_FREE_SAID = re.compile(
    r"\b(?:(?:sepenuhnya\s+)?ditanggung\s+(?:sepenuhnya\s+)?(?:oleh\s+)?(?:negara|pemerintah(?:\s+daerah)?|panitia|"
    r"Pem(?:kab|kot|prov)(?:\s+[A-Z]\w+)?|APBD|APBN|BPJS(?:\s+Kesehatan)?|dana\s+desa)"
    r"|(?:tidak|tak|nggak|gak|ga|enggak)\s+(?:perlu\s+|pakai\s+|usah\s+)(?:bayar|membayar|mengeluarkan\s+(?:uang|biaya))"
    r"(?:\s+(?:sama\s+sekali|sepeser\s+pun))?"
    r"|(?:tidak|tak)\s+ada\s+(?:pungutan|biaya)(?:\s+(?:dalam\s+bentuk\s+)?apa\s+pun)?"
    r"|(?:tidak|tanpa)\s+(?:dipungut|dikenakan)\s+(?:ongkos|iuran|tarif|retribusi|biaya)"
    r"(?:\s+(?:sepeser\s+pun|(?:dalam\s+bentuk\s+)?apa\s+pun))?"
    r"|tidak\s+(?:pernah\s+|lagi\s+)?memungut\s+(?:biaya|iuran|uang|pungutan)(?:\s+(?!dalam\b|apa\b)[a-z]+)?"
    r"(?:\s+(?:dalam\s+bentuk\s+)?apa\s+pun)?"
    r"|tidak\s+dibebankan\s+kepada\s+\w+|(?:secara\s+)?cuma-cuma|tanpa\s+tiket(?:\s+masuk)?)"
    r"(?![\w-])", re.I)
#: What joins two sayings of "free" into one ("GRATIS, tidak ada pungutan ...").
_FREE_JOIN = re.compile(r",\s*$")
#: "gratis dan tidak memungut biaya apa pun": one saying in two halves, not a second one.
_FREE_AND = re.compile(r",?\s+(?:dan|serta)\s+")
#: "Gratis" as a word of a program's name ("Program Mudik Gratis Natal ..."), not a statement of cost.
_NAME_WORD_BEFORE = re.compile(r"\b[A-Z][a-z]+\s$")
_NAME_WORD_AFTER = re.compile(r"\s+[A-Z][a-z]")


def _named_free(text: str, start: int, end: int) -> bool:
    return (text[start:end] == "Gratis" and _NAME_WORD_BEFORE.search(text, max(0, start - 25), start) is not None
            and _NAME_WORD_AFTER.match(text, end) is not None)
#: A free thing other than the service itself, after "tanpa biaya": "sewa selama enam bulan".
_COST_OTHER = re.compile(r"\s+sewa\s+selama\s+[\w ]{3,30}?(?=[\s,.;]|$)")
_PRICE = re.compile(r"\b(?:biaya|tarif|retribusi|iuran|tiket|dikenakan|membayar|bayar|dibayar\w*|dijual|seharga|"
                    r"harga)\b[^.;]{0,60}?(Rp\s?[\d.,]+"
                    r"(?:\s?(?:ribu|juta))?(?:\s*(?:per|/)\s*\w+)?)", re.I)
#: What is sold, right before "dijual" at a clause's start ("Beras medium dijual Rp10.500 ..."): the name of a
#: price list's first item, whose later items name theirs ("..., minyak goreng Rp14.000 per liter").
_SOLD_ITEM = re.compile(r"(?:^|[.;:,\n]\s*)((?:[A-Za-z][\w\-]*\s+){0,2}[A-Za-z][\w\-]*)(?<!\byang)\s+(?=dijual\b)")
#: What a price is for, after it ("Rp80.000 untuk SIM A"), up to the next price or the clause's end.
_PRICE_FOR = re.compile(r"\s+(?:untuk|bagi)\s+[\w\-]+(?:\s+(?!dan\b|serta\b|atau\b|sedangkan\b|dibayar)[\w\-]+){0,3}"
                        r"(?=\s*(?:[,.;]|\s(?:dan|serta|sedangkan|atau)\s+Rp|$))")
#: The next price of the same list ("Rp80.000 untuk SIM A dan Rp75.000 untuk SIM C").
_PRICE_NEXT = re.compile(r"\s*(?:,|;|\s(?:dan|serta|sedangkan|atau))\s+((?:[a-z][\w\-]*\s+){0,3}Rp\s?[\d.,]+"
                         r"(?:\s?(?:ribu|juta))?(?:\s*(?:per|/)\s*\w+)?)")
#: A price list under its header ("Harga spesial:" then "beras medium 5 kg Rp58.000" a line).
_PRICE_HEADER = re.compile(r"^[^\n]*\b(?:harga|biaya|tarif)\b[^\n]{0,30}:[ \t]*\n", re.I | re.M)
_PRICE_ITEM = re.compile(r"^(?:[^\w\s(]{1,3}|\d{1,2}[.)])?[ \t]*([^\n]{2,60}?Rp\s?[\d.,]+"
                         r"(?:\s*(?:per|/)\s*\w+)?)[^\n]*", re.M)
_WAIVER = re.compile(r"\bmembebaskan\s+biaya\s+[^,.;]+", re.I)
_HOW = re.compile(
    r"(?<!perlu\s)(?<!harus\s)(?<!jangan\s)(?<!tidak\s)(?<!dilarang\s)(?<!mampu\s)(?<!ingin\s)(?<!telanjur\s)(?<!petugas\s)"
    # a negation in everyday or regional words ("sing ora daftar ora iso dilayani", "nu teu daftar"): no how
    r"(?<!\bbelum\s)(?<!\bora\s)(?<!\bndak\s)(?<!\bgak\s)(?<!\bga\s)(?<!\btak\s)(?<!\bteu\s)(?<!\bulah\s)(?<!\bindak\s)"
    r"\b(?:(?:melakukan\s+)?pendaftaran\s+(?:dibuka\s+)?(?=melalui|lewat|via|di\s)|"
    r"mendaftar(?:kan)?|daftar(?!\s+(?:nama|penerima|peserta|harga|hadir|tunggu|isian)\b)|mengambil|ambil|mengunduh|unduh|"
    r"mengakses|mengisi|menyampaikan\s+(?:usulan|pengaduan|laporan|permohonan)|"
    r"datang\s+langsung|mendatangi|melapor(?:kan)?\s+ke|mengajukan|mengirim|"
    r"(?:segera\s+)?mengungsi\s+ke|memantau|pantau|memeriksa\s+sendiri|menguras|melintasi|mengecek|cek\s+(?:status|data|nama|kepesertaan|NIK)|cek\s+(?:hanya\s+)?(?:di|lewat|melalui)|membawa\s+hewan|"
    r"segera\s+ke|(?:segera\s+)?(?:menghubungi|hubungi|laporkan)\s+(?=\S+\s+\S+[^.\n]*\d{3})|disampaikan\s+(?:ke|kepada)|"
    r"WA\s+ke|(?:segera\s+)?laporkan\s+(?:ke|kepada)(?!\s+(?:kami|kita)\b)|melapor(?:kan)?\s+kepada|"
    # where papers go ("Berkas dikumpulkan kepada panitia ajudikasi di kantor desa masing-masing")
    r"(?:berkas|dokumen|formulir|permohonan)\s+(?:dikumpulkan|diserahkan)\s+(?:ke|kepada|di))\b"
    r"(?:[^.;:\n]|[.:](?=[\w/]))*", re.I)
#: A detour citizens are told to take ("dapat melalui Jalan A lalu Jalan B", "diarahkan melalui jalur X",
#: "menuju pusat kota lewat Jalan C"): how to get through, up to the clause's end.
_DETOUR = re.compile(r"\b(?:silakan|dapat|bisa|diminta|disarankan|dialihkan|diarahkan|menuju\s+[\w ]{3,25}?)\s+"
                     r"(?:untuk\s+)?((?:melalui|lewat|melewati)\s+(?:jalur|jalan|Jl\.|ruas)\s[^.;,\n\"”]+)", re.I)
_SAME_CHANNEL = re.compile(r"\b(?:aplikasi|laman|situs|tautan|link|formulir|kanal)\s+"
                           r"(?:yang\s+sama|tersebut|itu|ini)\b", re.I)
#: Calling to ask is a contact, not a way to take part.
_ASKING = re.compile(r"\b(?:informasi|bertanya|pertanyaan|ditanyakan|narahubung)\b[^.]*$", re.I)
_VIA = re.compile(r"\b(?:(?:secara\s+)?daring\s+)?(?:melalui|lewat|via|di)\s+(?:fitur\s+[^.,;]+?\s+(?:di|pada)\s+)?"
                  r"(?:aplikasi|laman|situs|tautan|link|formulir|kanal(?:\s+aduan)?)\s+(?:[^.;,\n]|[.:](?=[\w/]))+",
                  re.I)
#: The channel of an act ("Pendaftaran dibuka ... melalui puskesmas masing-masing atau WhatsApp panitia").
_VIA_ACT = re.compile(r"\b(?:pendaftaran|pembayaran|pengajuan(?:nya)?|pelaporan|penukaran)\b[^.;\n]{0,80}?"
                      r"\b((?:melalui|lewat|via)\s+[^.;\n]+)", re.I)
_HOW_END = re.compile(r"[”\"]|\s+(?:dengan\s+(?:membawa|melampirkan)|paling\s+lambat|selambat|sebelum\s+\d|sejak|mulai|"
                      r"(?:sampai|hingga)\s+(?=(?:\w+,?\s+)?\d)|"
                      r"bila|jika|apabila|supaya|agar|untuk\s+(?:memblokir|menghindari|mengurangi)|pada\s+(?:pukul|tanggal|\d)|"
                      # a phone line after the way in is the contact ("aplikasi X atau WhatsApp Pengaduan 0852-...")
                      r"atau\s+(?:WhatsApp|WA|telepon|SMS|nomor|hotline|call\s+center)(?=[^.;\n]{0,30}\d{3}))\b"
                      r"|,\s+(?:lalu\s+)?(?=[A-Z])",
                      re.I)
#: A short line: a call centre's number, or 112 and 1500-xxx alone; never a count of people or things
#: ("112 jiwa mengungsi", "112 KK").
_SHORT_LINE = re.compile(r"\b(?:layanan\s+darurat|care\s+center|command\s+center|call\s+center|hotline|nomor\s+darurat)"
                         r"(?:\s+(?-i:[A-Z])\w+){0,3}\s+\d{3,}|(?<![\d-])(?:112|1500-?\d{3})(?![\d-])"
                         r"(?!\s*(?:jiwa|orang|KK|kepala|warga|unit|rumah|kasus|ekor|titik|desa|persen|%)(?!\w))", re.I)
#: An account or address to write to: "@samsat.aceh", "kontak@kemkes.go.id".
_ACCOUNT = re.compile(r"(?<![\w@.])[\w.\-]+@[\w\-]+(?:\.[\w\-]+)+(?<!\.)|(?<![\w@])@[A-Za-z][\w.]{2,29}(?<!\.)")


def _after_speech(before: str) -> bool:
    """The date closes a speech attribution ("..., ujar Kepala Dinas X, Budi, Senin (5/6)."): the date
    the words were said, not of what they announce. A speech verb that opens indirect speech with a
    comma ("X menjelaskan, ketiga mobil ... Kalisat, pukul 08.00") introduces what is announced, and
    the sentence keeps its hours."""
    head = before.rstrip()
    said = list(_SPEECH.finditer(head))
    if not head.endswith(",") or not said:
        return False
    rest = head[said[-1].end() :].strip()
    return rest == "," or not rest.startswith(",")


#: A service off on that day ("Khusus 25 Desember dan 1 Januari, pengangkutan libur"), in the date's own
#: clause: a when line must say so, or it reads as a day of service. A holiday's name is no closure, nor
#: is "ditutup" (registration "ditutup selambat-lambatnya ...", an event "ditutup dengan ...").
_OFF = re.compile(r"\b(?:libur(?!\s+(?:[A-Z]|sekolah|nasional|panjang|akhir|semester|lebaran|natal))|ditiadakan|"
                  r"tidak\s+(?:ada\s+)?(?:beroperasi|melayani|pelayanan|buka|dibuka))\b")


def _is_off(text: str, start: int, end: int) -> bool:
    before = re.split(r"[,.;:\n]", text[max(0, start - 40) : start])[-1]
    after = re.split(r"[.;\n]", text[end : end + 50])[0]
    return bool(_OFF.search(before) or _OFF.search(after)) and "tetap" not in before + after


def _when(text: str, sentences: list[tuple[int, int]], skip: list[tuple[int, int]],
          locs: list[Located]) -> Iterator[Fact]:
    years = draft_years(text)
    for start, end in sentences:
        sentence = text[start:end]
        mine = [loc._replace(start=loc.start - start, end=loc.end - start) for loc in locs
                if start <= loc.start and loc.end <= end]
        for s, e in when_runs(sentence, mine):
            keys = [loc.fact.key for loc in mine if s <= loc.start and loc.end <= e]
            dated = [k for k in keys if not k.startswith("date:day-") and not k.startswith("name:")]
            prefix = _RUN_PREFIX.search(sentence[max(0, s - 25) : s])
            a, b = start + s, start + e
            if any(x <= a < y for x, y in skip):
                continue
            if not dated and len(keys) < 2 and not prefix:
                continue
            if dated and all(re.fullmatch(r"date:\d{4}-\d\d", k) for k in dated) and not prefix and not re.search(
                    r"\b(?:hingga|sampai|akhir|awal)\s+$", sentence[max(0, s - 15) : s], re.I):
                continue
            if _after_speech(sentence[:s]) and not sentence[e:].strip(" .)"):
                continue
            if _SAID_AFTER.match(text, b) or _AS_OF.search(text, max(0, a - 12), a):
                continue
            if _DATELINE.search(text[max(0, a - 32) : a]):
                continue
            if prefix:
                a -= len(prefix.group(0))
            daypart = _DAYPART.match(text, b)
            b = daypart.end() if daypart else b
            b += 1 if text[b : b + 1] == ")" and text[a:b].count("(") > text[a:b].count(")") else 0
            deadline = _DEADLINE.search(text[max(start, a - 45) : a])
            if deadline:
                a -= len(deadline.group(0))
            slot = Slot.DEADLINE if deadline else Slot.WHEN
            if deadline and _DELIVERED.search(text, max(start, a - 60), a):
                slot = Slot.TARGET
            last = _LAST_DAY.search(text, max(start, a - 16), b)
            last_day = slot == Slot.WHEN and last and _OFFER.search(sentence) and not _WARNING.search(sentence)
            hours = _HOURS.search(text, a, b) if deadline or last_day else None
            if hours:  # "sampai Jumat, 27 Juni 2025, pukul 08.00–14.00": the last day, then the service's hours
                yield span_fact(Slot.WHEN, text, hours.start(1), b, display_when(text[hours.start(1) : b], years))
                b = hours.start()
            shown = display_when(text[a:b], years)
            if slot == Slot.WHEN and _is_off(text, a, b):
                shown = f"{shown or text[a:b]} (libur)"
            yield span_fact(slot, text, a, b, shown)
            if last and last_day:
                yield span_fact(Slot.DEADLINE, text, last.start(), b, display_when(text[last.start() : b], years))
        for m in _RELATIVE.finditer(text, start, end):
            yield span_fact(Slot.WHEN, text, m.start(), m.end())
        for m in _COUNTED_DEADLINE.finditer(text, start, end):
            yield span_fact(Slot.DEADLINE, text, m.start(), m.end())


#: Prices a sheet keeps (a price list beyond that belongs in the draft, not in a post's cost line).
MAX_PRICES = 4


def _cost(text: str, begin: int) -> Iterator[Fact]:
    # the fullest "free" of the service, and what else is free ("tanpa biaya sewa ...")
    best: tuple[int, int] | None = None
    waived: list[tuple[int, int]] = []
    said = [m.span() for m in _FREE_SAID.finditer(text, begin)]
    for m in FREE.finditer(text, begin):
        if _named_free(text, m.start(), m.end()):
            continue
        if other := _COST_OTHER.match(text, m.end()):
            waived.append((m.start(), other.end()))
            continue
        more = _COST_MORE.match(text, m.end())
        end = more.end() if more else m.end()
        joined = [e for s, e in said if _FREE_JOIN.fullmatch(text, end, s)]
        end = joined[0] if joined else end
        if best is None or end - m.start() > best[1] - best[0]:
            best = (m.start(), end)
    # "free" in other words, apart from the fullest one ("gratis ... seluruh biaya ditanggung panitia"): said too
    elsewhere = [s for s in said if best is None or not (best[0] <= s[0] < best[1] or s[0] <= best[0] < s[1]
                                                         or _FREE_AND.fullmatch(text, best[1], s[0]))]
    first = elsewhere[0] if elsewhere else None
    best, second = (best, first) if best else (first, None)
    waiver = _WAIVER.search(text, begin)
    for span in sorted([s for s in (best, second) if s] + waived):
        yield span_fact(Slot.COST, text, *span)
    if not (best or waived) and waiver:
        yield span_fact(Slot.COST, text, waiver.start(), waiver.end())
    # A free service beside a price ("cek kesehatan gratis ... paket sembako Rp50.000"): both are costs.
    prices: list[tuple[int, int]] = []
    named: dict[tuple[int, int], tuple[int, str]] = {}  # a list's first price -> its item said before "dijual"
    bought = [m.span(1) for m in BOUGHT.finditer(text, begin)]
    for p in _PRICE.finditer(text, begin):
        if any(s <= p.start(1) < e for s, e in bought) or not _paid_by_citizens(text, p.start(1)):
            continue
        spans = _price_list(text, p.start(1), p.end(1))
        item = _SOLD_ITEM.search(text, max(begin, p.start() - 40), p.start() + 6) if len(spans) > 1 else None
        if item and p.group(0).lower().startswith("dijual"):
            named[spans[0]] = (item.start(1), f"{item.group(1)} {text[spans[0][0]:spans[0][1]]}")
        prices += spans
    for header in _PRICE_HEADER.finditer(text, begin):
        pos = header.end()
        while item := _PRICE_ITEM.match(text, pos):
            prices.append((item.start(1), item.end(1)))
            pos = item.end() + 1
    kept = [(a, b) for a, b in sorted(prices) if not any(s <= a and b <= e and (s, e) != (a, b) for s, e in prices)]
    for start, end in kept[:MAX_PRICES]:
        if (start, end) in named:  # "Beras medium dijual Rp10.500 ..." shown as "Beras medium Rp10.500 ..."
            yield span_fact(Slot.COST, text, named[start, end][0], end, named[start, end][1])
        else:
            yield span_fact(Slot.COST, text, start, end)


#: Money citizens receive ("memperoleh bantuan biaya pendidikan sebesar Rp6 juta"), the state's own money
#: ("potensi pendapatan retribusi berkurang sekitar Rp780 juta") and a rumour's price ("informasi yang menyebut
#: siswa wajib membeli seragam seharga Rp850.000 ... tidak benar") are no cost of theirs.
_RECEIVED = re.compile(r"\b(?:bantuan|beasiswa|santunan|subsidi|insentif|hibah|hadiah|memperoleh|mendapat(?:kan)?|"
                       r"menerima)\b", re.I)
_PAID = re.compile(r"\b(?:membayar|bayar|dibayar\w*|dikenakan|tarif|seharga|dijual|harga|retribusi|iuran|tiket)\b",
                   re.I)
_STATE_MONEY = re.compile(r"\b(?:pendapatan|anggaran|kerugian|APBD|APBN|realisasi|potensi)\b[^.;]{0,40}$", re.I)
_RUMOUR = re.compile(r"\b(?:tidak\s+benar|hoaks|hoax|menawarkan|mengaku|beredar|pesan\s+berantai|"
                     r"informasi\s+yang\s+menyebut)\b", re.I)


def _paid_by_citizens(text: str, start: int) -> bool:
    before = text[max(0, start - 60) : start]
    received = [m.end() for m in _RECEIVED.finditer(before)]
    paid = [m.end() for m in _PAID.finditer(before)]
    if received and (not paid or received[-1] > paid[-1]):
        return False
    sentence_start = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start)) + 1
    stop = [i for i in (text.find(". ", start), text.find("\n", start)) if i >= 0]
    sentence = text[sentence_start : min(stop) if stop else len(text)]
    return not _STATE_MONEY.search(before) and not _RUMOUR.search(sentence)


def _price_list(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """A price with what it is for, and the prices listed right after it, each with its item: every
    price of a list, never only the first ("Rp80.000 untuk SIM A", "Rp75.000 untuk SIM C"; "Rp11.000 per
    kilogram", "minyak goreng Rp14.000 per liter")."""
    out: list[tuple[int, int]] = []
    while True:
        purpose = _PRICE_FOR.match(text, end)
        out.append((start, purpose.end() if purpose else end))
        nxt = _PRICE_NEXT.match(text, out[-1][1])
        if not nxt:
            return out
        start, end = nxt.start(1), nxt.end(1)


#: A negation right before an act ("TIDAK ADA daftar ulang berbayar", "bukan lewat petugas"): the act
#: is what citizens must not expect or do, never a way to take part.
_NEGATED = re.compile(r"\b(?:tidak|tak|bukan|jangan|tanpa|belum|dilarang)(?:\s+(?:ada|perlu|usah|boleh|pernah))?\s+$",
                      re.I)


def _negated(text: str, start: int) -> bool:
    return _NEGATED.search(text[max(0, start - 30) : start]) is not None


#: A question-and-answer draft: "Bagaimana cara bayarnya?" answered on the next line.
_HOW_ASKED = re.compile(r"^[^\n]*\b(?:bagaimana\s+(?:cara|caranya)|cara(?:nya)?\s+(?:daftar|mendaftar|bayar|membayar|"
                        r"lapor|melapor|mengurus|mengambil|mengajukan))\b[^\n]*\?[ \t]*\n[ \t]*([^\n.?!]{8,160})",
                        re.I | re.M)


def _how(text: str, begin: int) -> Iterator[Fact]:
    for m in _HOW_ASKED.finditer(text, begin):
        yield span_fact(Slot.HOW, text, m.start(1), m.end(1))
    acts = [(m.start(1), cut_at(text, m.start(1), m.end(1), _HOW_END)) for m in _VIA_ACT.finditer(text, begin)]
    for start, end in acts:
        if len(text[start:end].split()) >= 2:
            yield span_fact(Slot.HOW, text, start, end)
    for m in _DETOUR.finditer(text, begin):
        yield span_fact(Slot.HOW, text, m.start(1), cut_at(text, m.start(1), m.end(1), _HOW_END))
    for pattern in (_HOW, _VIA):
        for start, end in cut_matches(pattern, _HOW_END, text, begin):
            if _ASKING.search(text[max(0, start - 50) : start]) or _negated(text, start):
                continue
            if _SAME_CHANNEL.search(text, start, end):  # "melalui laman yang sama": named before already
                continue
            if len(text[start:end].split()) >= 2:
                yield span_fact(Slot.HOW, text, start, end)


def _contact(text: str, begin: int, locs: list[Located]) -> Iterator[Fact]:
    for loc in locs:
        key = loc.fact.key or ""
        if loc.start >= begin and key.startswith("number:0") and len(key) > 14:
            yield span_fact(Slot.CONTACT, text, loc.start, loc.end)
    for pattern in (_SHORT_LINE, _ACCOUNT):
        for m in pattern.finditer(text, begin):
            yield span_fact(Slot.CONTACT, text, m.start(), m.end())


def _no_overlap(facts: list[Fact]) -> list[Fact]:
    """Within one slot, a span inside another is dropped, and the same wording is kept once."""
    out: list[Fact] = []
    for fact in sorted(facts, key=lambda f: (f.slot, f.start, -f.end)):
        same = [f for f in out if f.slot == fact.slot]
        if any(f.start <= fact.start and fact.end <= f.end for f in same):
            continue
        if any(f.text.lower() == fact.text.lower() for f in same):
            continue
        out.append(fact)
    return out


def find_facts(text: str, sentences: list[tuple[int, int]]) -> list[Fact]:
    """Every slot fact of the draft (what and benefit aside), in draft order, without duplicates."""
    begin = headline_end(text)
    body = [(s, e) for s, e in sentences if e > begin]
    targets = find_targets(text)
    locs = scan_facts(text)
    found: list[Fact] = list(_when(text, body, targets, locs))
    found += [span_fact(Slot.TARGET, text, s, e) for s, e in targets]
    found += [span_fact(Slot.WHERE, text, s, e) for s, e in find_places(text)]
    found += [span_fact(slot, text, s, e) for slot, s, e in find_counts(text)]
    found += [span_fact(Slot.ATTRIBUTION, text, s, e) for s, e in find_people(text)]
    people = [f for f in found if f.slot == Slot.ATTRIBUTION]
    found += [span_fact(Slot.ATTRIBUTION, text, s, e, shown) for s, e, shown in find_signatures(text)
              if not any(f.text.split(",")[-1].strip() in shown for f in people)]
    found += [span_fact(Slot.WHO, text, s, e) for s, e in find_who(text, begin)]
    for finder in (_cost, _how, find_requirements):
        found += finder(text, begin)
    found += _contact(text, begin, locs)
    # A count inside what to bring ("pas foto ... sebanyak dua lembar") is part of the requirement, no figure.
    asked = [(f.start, f.end) for f in found if f.slot == Slot.REQUIREMENTS]
    found = [f for f in found if f.slot != Slot.FIGURES or not any(s <= f.start < e for s, e in asked)]
    return sorted(_no_overlap([f for f in found if f.end > f.start]), key=lambda f: (f.start, f.slot))
