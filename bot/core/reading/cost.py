"""The cost of a draft: "free" in any of its wordings (the fullest one, and a payer beside it), waivers, and
the prices citizens pay, each with what it is for; never money they receive, the state's own money or a
rumour's price."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace

from bot.core.reading.figures import BOUGHT
from bot.core.reading.key_facts import FREE
from bot.core.reading.sheet import Fact, Slot
from bot.core.reading.spans import span_fact

_COST_MORE = re.compile(r"(?:\s+(?:sepeser\s+pun|apa\s+pun)(?=[\s,.;]|$))?"
                        # how long it is free ("GRATIS selama masa uji coba sampai 28 Februari 2027")
                        r"(?:\s+selama\s+(?:masa\s+)?(?:uji\s+coba|promosi|peluncuran|sosialisasi|bulan\s+\w+)"
                        r"(?:\s+(?:sampai|hingga|s\.d\.?)\s+(?:tanggal\s+)?\d{1,2}\s+[A-Z][a-z]+(?:\s+\d{4})?)?)?")
#: Whom "free" is for, when the draft says it is free for some only ("GRATIS bagi pemegang KIS / peserta JKN PBI",
#: then "umum Rp25.000"): the condition is part of the cost, or "free" reads as free for all.
_FREE_FOR = re.compile(r"\s+(?:bagi|khusus(?:\s+(?:untuk|bagi))?)\s+[^,.;:!\n]{3,60}?(?=\s*(?:[,.;:!\n]|$))", re.I)
#: "Free" said without the word: a payer that bears the cost ("ditanggung negara"), nothing to pay in
#: everyday words ("nggak pakai bayar sama sekali"), no levy ("tidak ada pungutan dalam bentuk apa pun").
#: The group a "gratis" is for, said before it in its clause ("bayi di bawah 2 tahun gratis", "Lansia dan
#: penyandang disabilitas gratis"): free for them only.
_FREE_GROUP = re.compile(
    r"(?<![\w-])(?i:bayi|balita|anak(?:-anak)?|lansia|manula|pelajar|siswa|mahasiswa|santri|penyandang\s+disabilitas|"
    r"difabel|veteran|pemegang\s+\w+|warga\s+ber-?KTP\s+\w+|penumpang\s+(?:anak|lansia|bayi))"
    # its age, when said ("di bawah 2 tahun", "usia 6-12 tahun"), and a second group ("lansia dan difabel")
    r"(?:[ \t]+(?i:di[ \t]+bawah|usia|berusia|umur|kurang[ \t]+dari|maksimal|hingga)[ \t]+[\d–\-]+"
    r"(?:[ \t]*[–\-][ \t]*\d+)?"
    r"(?:[ \t]+(?i:tahun|bulan|thn))?)?"
    r"(?:[ \t]+(?i:dan|serta|atau)[ \t]+(?i:bayi|balita|anak(?:-anak)?|lansia|pelajar|siswa|"
    r"penyandang[ \t]+disabilitas|difabel|veteran))?"
    r"[ \t]+(?:(?i:tetap|juga|cukup)[ \t]+)?$")
_FREE_SAID = re.compile(
    r"\b(?:(?:sepenuhnya\s+)?ditanggung\s+(?:sepenuhnya\s+)?(?:oleh\s+)?(?:negara|"
    r"(?-i:[Pp]emerintah(?:\s+(?:[Dd]aerah|Kabupaten|Kota|Provinsi|Desa)(?:\s+[A-Z][\w\-]*){0,2})?)|panitia|"
    r"Pem(?:kab|kot|prov)(?:\s+[A-Z]\w+)?|APBD|APBN|BPJS(?:\s+Kesehatan)?|dana\s+desa)"
    r"|(?:(?:tidak|tak|nggak|gak|ga|enggak|seng|sonde|ndak|nda|tra|ora)\s+(?:perlu\s+|pakai\s+|usah\s+)"
    # a local negation says it without "perlu" ("ora mbayar blas", "seng bayar"), and "tanpa" with the outlay
    r"|(?:seng|sonde|ndak|nda|tra|ora)\s+|tanpa\s+(?=mengeluarkan\b))"
    r"(?:bayar|mbayar|membayar|mengeluarkan\s+(?:uang|biaya))"
    r"(?:\s+(?:sama\s+sekali|sepeser\s+pun|apa-apa|apa\s+pun|blas))?"
    r"|(?:tidak|tak|tdk|gak|nggak|ndak)\s+ada\s+(?:pungutan|biaya)(?:\s+(?:dalam\s+bentuk\s+)?apa\s+pun|\s+lain(?:nya)?\b)?"
    r"|(?:tidak|tanpa)\s+(?:dipungut|dikenakan)\s+(?:ongkos|iuran|tarif|retribusi|biaya)"
    r"(?:\s+(?:sepeser\s+pun|(?:dalam\s+bentuk\s+)?apa\s+pun))?"
    r"|tidak\s+(?:pernah\s+|lagi\s+)?memungut\s+(?:biaya|iuran|uang|pungutan)(?:\s+(?!dalam\b|apa\b)[a-z]+)?"
    r"(?:\s+(?:dalam\s+bentuk\s+)?apa\s+pun)?"
    r"|tidak\s+dibebankan\s+kepada\s+\w+|(?:secara\s+)?cuma-cuma|tanpa\s+tiket(?:\s+masuk)?)"
    r"(?![\w-])", re.I)
#: What joins two sayings of "free" into one ("GRATIS, tidak ada pungutan ...").
_FREE_JOIN = re.compile(r",?\s*$")
#: "gratis dan tidak memungut biaya apa pun": one saying in two halves, not a second one.
_FREE_AND = re.compile(r",?\s+(?:dan|serta)\s+")
#: "Gratis" as a word of a program's name ("Program Mudik Gratis Natal ..."), not a statement of cost.
_NAME_WORD_BEFORE = re.compile(r"\b[A-Z][a-z]+\s$")
_NAME_WORD_AFTER = re.compile(r"\s+[A-Z][a-z]")


def _named_free(text: str, start: int, end: int) -> bool:
    return (text[start:end] == "Gratis" and _NAME_WORD_BEFORE.search(text, max(0, start - 25), start) is not None
            and _NAME_WORD_AFTER.match(text, end) is not None)
#: A free phone line ("Call Center 110 (gratis)", "hotline gratis 24 jam"): a way to call, no cost of the service.
_FREE_LINE = re.compile(r"\b(?:call\s+center|hotline|telepon|nomor\s+darurat|layanan\s+darurat|\d{3})\W{0,3}$", re.I)
#: Relief for those a disruption hits ("tangki air bersih gratis bagi pelanggan terdampak"): what they receive,
#: no price of what the draft announces.
_FOR_AFFECTED = re.compile(r"\s+(?:bagi|untuk|kepada)\s+(?:[\w\-]+\s+){0,3}?(?:terdampak|pengungsi|korban)\b", re.I)


#: Free for the state's budget ("kerusakan akan diperbaiki tanpa biaya tambahan dari APBD" during a contractor's
#: upkeep): no cost of citizens.
_STATE_BUDGET = re.compile(r"\s+(?:tambahan\s+)?(?:dari|bagi|untuk)\s+(?:APBD|APBN|anggaran|kas\s+daerah|pemerintah|"
                           r"pemda|negara)\b", re.I)


def _not_the_price(text: str, start: int, end: int) -> bool:
    return (_FREE_LINE.search(text, max(0, start - 25), start) is not None
            or _FOR_AFFECTED.match(text, end) is not None or _STATE_BUDGET.match(text, end) is not None)


#: A free thing other than the service itself, after "tanpa biaya": "sewa selama enam bulan".
_COST_OTHER = re.compile(r"\s+sewa\s+selama\s+[\w ]{3,30}?(?=[\s,.;]|$)")
#: The unit a price is for, with its count ("per liter", "/orang", "per 5 kg").
_UNIT = (r"(?:\s*(?:per|/)\s*(?:[\d.,]+\s*)?[A-Za-z]\w*"
         r"(?:(?:\s+per\s+|\s*/\s*)[A-Za-z]\w*)?"  # a second unit too ("per orang per bulan")
         # what the unit holds ("per kemasan lima kilogram", "per sak isi 50 kg")
         r"(?:\s+(?:isi\s+)?(?:\d[\d.,]*|satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh)\s*"
         r"(?:kg|kilogram|gram|gr|liter|ltr|ml|butir|buah|ikat|lembar)\b)?)")
_PRICE = re.compile(r"\b(?:biaya|tarif|retribusi|iuran|tiket|dikenakan|membayar|bayar|dibayar\w*|dijual|seharga|"
                    # the amount far after its word only when "sebesar" names it ("Biaya persiapan PTSL sesuai SKB
                    # Tiga Menteri dan Peraturan Bupati ... sebesar Rp250.000")
                    r"harga|(?:cuma|hanya)(?=\s+Rp))\b(?:[^.;]{0,60}?|[^.;]{60,120}?\s(?:sebesar|senilai)\s+)"
                    r"(Rp\s?[\d.,]+"
                    rf"(?:\s?(?:ribu|juta))?{_UNIT}?)", re.I)
#: An amount of rupiah in words, with the unit it is for ("empat belas ribu lima ratus rupiah per kilogram").
_NUMBER_WORD = r"(?:se|satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|sebelas|seratus|belas|puluh|ratus)"
_SPELLED = (rf"(?:{_NUMBER_WORD}\s+){{1,6}}(?:ribu|juta)(?:\s+(?:{_NUMBER_WORD}\s+){{1,3}}(?:ratus|ribu))?\s+rupiah"
            r"(?:\s+per\s+(?:kilogram|kg|liter|paket|sak|karung|tabung|butir|ikat|orang|KK|bungkus|kemasan))?")
#: A price said in words ("cukup ditebus seharga delapan puluh lima ribu rupiah"), after a word of paying.
_SPELLED_PRICE = re.compile(
    r"\b(?:biaya|tarif|retribusi|iuran|tiket|dikenakan|membayar|bayar|dibayar\w*|dijual|jual|seharga|harga|ditebus|"
    r"menebus|sebesar)(?:nya)?\b[^.;\d]{0,40}?\b(" + _SPELLED + ")\\b", re.I)
#: What is sold, right before "dijual" at a clause's start ("Beras medium dijual Rp10.500 ..."): the name of a
#: price list's first item, whose later items name theirs ("..., minyak goreng Rp14.000 per liter").
_SOLD_ITEM = re.compile(r"(?:^|[.;:,\n]\s*)((?:[A-Za-z][\w\-]*\s+){0,2}[A-Za-z][\w\-]*)(?<!\byang)\s+(?=dijual\b)")
#: What is sold, a sentence's whole subject before "dijual seharga" ("Cabai merah langsung dari petani Sekincau dijual
#: seharga | dua puluh lima ribu rupiah"): the item a price said in words is for.
_SOLD_WHOLE = re.compile(r"(?:^|(?<=[.!?;:\n])[ \t]*)((?-i:[A-Z])[^.!?;:,\n\"“]{2,60}?)\s+dijual\s+"
                         r"(?:dengan\s+)?(?:harga\s+|seharga\s+)?$", re.M)
#: What a price is for, after it ("Rp80.000 untuk SIM A"), up to the next price or the clause's end.
_PRICE_FOR = re.compile(r"\s+(?:untuk|bagi)\s+[\w\-]+(?:\s+(?!dan\b|serta\b|atau\b|sedangkan\b|dibayar)[\w\-]+){0,3}"
                        r"(?=\s*(?:[,.;]|\s(?:dan|serta|sedangkan|atau)\s+Rp|$))")
#: The next price of the same list ("Rp80.000 untuk SIM A dan Rp75.000 untuk SIM C").
_PRICE_NEXT = re.compile(r"\s*(?:,|;|\s(?:dan|serta|sedangkan|atau))\s+(?:(?:dan|serta|atau)\s+)?"
                         r"((?:[a-z][\w\-]*\s+){0,3}(?:[A-Z][\w\-]*\s+){0,3}"
                         r"Rp\s?[\d.,]+"
                         rf"(?:\s?(?:ribu|juta))?{_UNIT}?)")
#: The item a listed price is for, right before it after the word that opens the list ("yakni | Urea | Rp90.000").
_FIRST_ITEM = re.compile(r"(?:\b(?:yakni|yaitu|antara\s+lain|masing-masing)|:)\s+((?:[A-Za-z][\w\-]*\s+){1,3})$", re.I)
#: A price list under its header ("Harga spesial:" then "beras medium 5 kg Rp58.000" a line).
_PRICE_HEADER = re.compile(r"^[^\n]*\b(?:harga|biaya|tarif)(?:nya)?\b[^\n]{0,60}:[ \t]*\n", re.I | re.M)
#: A price list's header that says from when it holds ("Mulai 1 Maret 2027 tarifnya:").
_DATED_HEADER = re.compile(r"[^\w\n]*((?:mulai|sejak|per)\s+(?:tanggal\s+)?\d{1,2}\s+[A-Za-z]+(?:\s+\d{4})?)\b[^\n]*:",
                           re.I)
_PRICE_ITEM = re.compile(r"^(?:[^\w\s(]{1,3}|\d{1,2}[.)])?[ \t]*([^\n]{2,60}?(?:Rp\s?[\d.,]+"
                         rf"{_UNIT}?|{_SPELLED}\b))[^\n]*", re.M | re.I)
#: An item and its price said alone, with no price word: a headline or a sentence of a caption ("Beras SPHP
#: Rp58.000 per 5 kg! Minyak goreng Rp15.500 per liter!"), each at a line's or a sentence's start.
_ITEM_PRICE = re.compile(r"(?:^|(?<=[.!?;][ \t]))[ \t]*(?:[^\w\s(]{1,3}[ \t]*)?"
                         r"(?P<price>[A-Za-z][\w\-]*(?:[ \t]+[\w\-]+){0,3}?[ \t]*:?[ \t]*Rp[ \t]?\d[\d.,]*"
                         rf"(?:[ \t]?(?:ribu|juta))?{_UNIT}?)(?![\d.,]\d)(?=[ \t]*(?:[!.,;]|$))", re.M)
#: Words that make the words before a price a clause, not an item's name ("Warga cukup membayar Rp...",
#: "sopir mengusulkan tarif Rp...", "Premi sebesar Rp..."): the price finders above read those.
_NOT_AN_ITEM = re.compile(r"\b(?:(?-i:me\w+|di\w{3,}|yang)|cukup|sebesar|senilai|tarif|biaya|harga|iuran|tiket|"
                          r"retribusi|bayar|seharga)\b", re.I)
_FREE_ITEM = re.compile(r"^(?:[^\w\s(]{1,3}|\d{1,2}[.)])?[ \t]*(?i:gratis|free|bebas\s+biaya)\b[^\n]*", re.M)
#: A fee waived ("membebaskan biaya parkir ...", "membebaskan pencari kerja dari biaya apa pun", "membebaskan warga
#: dari retribusi ...").
_WAIVER = re.compile(r"\bmembebaskan\s+(?:(?:[\w-]+\s+){1,4}?dari\s+)?"
                     r"(?P<fee>biaya|pungutan|retribusi|tarif|iuran)\b[^,.;]*",
                     re.I)
#: What a relief leaves citizens to pay, said as a sentence of its own ("Pokok pajak tetap harus dibayar", "Pokok
#: pajak tetap dibayar, hanya dendanya yang dihapus"): a cost, or a post of "denda dihapus" reads as all waived.
_STILL_PAID = re.compile(r"(?:^|(?<=[.!?:;])[ \t]+|(?<=^\d[.)])[ \t]*|(?<=^[a-z][.)])[ \t]*)"
                         r"(?P<cost>[A-Z][^.!?;\n]{2,80}?\btetap[ \t]+(?:harus[ \t]+|wajib[ \t]+)?dibayar(?:kan)?\b"
                         r"[^.!?;,\n]{0,60}(?:,[ \t]+(?:hanya|yang)[^.!?;\n]{3,60})?)"
                         # "..., demikian pula biaya penerbitan STNK ...": more that is still paid
                         r"(?=[ \t]*(?:[.!;\n]|,[ \t]+(?:demikian\s+(?:pula|juga)|begitu\s+(?:pula|juga)|"
                         r"termasuk)\b)|$)",
                         re.M)


#: What citizens still pay under a relief or a free offer ("cukup membayar pokok pajaknya saja", "kelompok tani hanya
#: menanggung bahan bakar dan upah operator", "cukup membeli kupon seharga sepuluh ribu rupiah"): a cost, whatever
#: its words; never the way to pay ("cukup bayar lewat aplikasi X").
_ONLY_PAID = re.compile(r"\b(?:(?:cukup|hanya)\s+(?:membayar|bayar|melunasi|menanggung|membeli)\s+"
                        # ... in the passive ("yang dibayar cukup pokok PKB tahun berjalan ...")
                        r"|yang\s+(?:harus\s+|perlu\s+|wajib\s+)?dibayar(?:kan)?\s+(?:cukup|hanya)\s+)"
                        r"(?!(?:dengan|lewat|melalui|via|di|ke|secara|pakai|menggunakan)\b)[^.;:!?\n,\"”]{3,80}", re.I)
#: ... unless a government body is who pays ("Pemkab hanya menanggung iuran kelas III"): no cost of citizens.
_GOVERNMENT_SUBJECT = re.compile(r"\b(?:pemerintah|pemkab|pemkot|pemprov|pemda|negara|dinas|APBD|APBN)\b[^.;]*$", re.I)
#: Prices a sheet keeps (a price list beyond that belongs in the draft, not in a post's cost line).
MAX_PRICES = 4
#: ... except a price list under its own header ("Adapun barang dan harga yang disiapkan:"), kept whole up to this.
MAX_LISTED = 8


#: A cost said in words that citizens still pay ("Pokok pajak tetap dibayar penuh", "Tarif anak 50 persen dari tarif
#: dewasa": a share of a price is paid too).
STILL_PAID = re.compile(r"\btetap[ \t]+(?:harus[ \t]+|wajib[ \t]+)?dibayar|"
                        # what a relief leaves to pay ("Warga cukup bayar pokoknya saja", "hanya melunasi pokok pajak")
                        r"\b(?:cukup|hanya)[ \t]+(?:membayar|bayar|melunasi)[ \t]+(?:pokok|tagihan|iuran|pajak)|"
                        r"\b(?:tarif|harga|biaya)\b[^.;\n]{0,40}?\d[\d,]*\s?(?:persen|%)\s+dari\s+(?:tarif|harga|biaya)\b",
                        re.I)


def find_cost(text: str, begin: int) -> Iterator[Fact]:
    """Cost facts from `begin`: the fullest "free", a second one in other words, waivers, then prices."""
    # the fullest "free" of the service, and what else is free ("tanpa biaya sewa ...")
    best: tuple[int, int] | None = None
    waived: list[tuple[int, int]] = []
    said = [m.span() for m in _FREE_SAID.finditer(text, begin)
            if not _REST.search(text, max(begin, m.start() - 45), m.start())]  # "sisanya ditanggung": not free
    for m in FREE.finditer(text, begin):
        if _named_free(text, m.start(), m.end()) or _not_the_price(text, m.start(), m.end()):
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
    # A free service beside a price ("cek kesehatan gratis ... paket sembako Rp50.000"): both are costs; and when
    # "free" is for some only while others pay ("GRATIS bagi pemegang KIS", "umum Rp25.000"), it keeps whom for.
    paid = [(p, _payer(text, p)) for p in _prices(text, begin)]
    prices = [replace(p, display=f"{p.value}, {m.group(0)}") if m else p for p, m in paid]
    payers = [m.span() for _, m in paid if m]
    condition = _FREE_FOR.match(text, best[1]) if best and prices else None
    best = (best[0], condition.end()) if best and condition else best
    # free for the group named before it ("bayi di bawah 2 tahun gratis", "lansia dan difabel gratis"): others pay
    group = _FREE_GROUP.search(text, max(begin, best[0] - 60), best[0]) if best else None
    best = (group.start(), best[1]) if best and group else best
    # free for a group apart from the fullest free ("GRATIS selama uji coba ...", then "Penyandang disabilitas tetap
    # gratis" under the fares after it): a cost of its own
    for m in FREE.finditer(text, begin):
        grouped = _FREE_GROUP.search(text, max(begin, m.start() - 60), m.start())
        if grouped and best and not best[0] <= m.start() < best[1] and not _not_the_price(text, m.start(), m.end()):
            waived.append((grouped.start(), m.end()))
    for span in sorted([s for s in (best, second) if s] + waived):
        if not any(a <= span[0] < b or span[0] <= a < span[1] for a, b in payers):  # said with its price
            yield span_fact(Slot.COST, text, *span)
    if not (best or waived) and waiver:
        fee = waiver.start("fee")
        if text[waiver.start() : fee].rstrip().endswith("dari"):  # "membebaskan pencari kerja dari biaya apa pun"
            yield span_fact(Slot.COST, text, fee, waiver.end(), display=f"bebas {text[fee : waiver.end()].strip()}")
        else:
            yield span_fact(Slot.COST, text, waiver.start(), waiver.end())
    for m in _STILL_PAID.finditer(text, begin):
        yield span_fact(Slot.COST, text, *m.span("cost"))
    for m in _ONLY_PAID.finditer(text, begin):
        if not _GOVERNMENT_SUBJECT.search(text, max(begin, m.start() - 50), m.start()):
            yield span_fact(Slot.COST, text, *m.span())
    yield from prices
    for m in _SPELLED_PRICE.finditer(text, begin):
        if _paid_by_citizens(text, m.start(1)):
            item = _SOLD_WHOLE.search(text, max(begin, m.start(1) - 90), m.start(1))
            shown = f"{item.group(1)} {m.group(1)}" if item else ""  # "Cabai merah ... dua puluh lima ribu rupiah"
            yield span_fact(Slot.COST, text, *m.span(1), shown)


#: Who pays a price in citizens' stead ("iuran ... dibayarkan oleh Pemerintah Kabupaten Natuna", "biaya vaksin
#: Rp150.000 ditanggung Pemkot"): a government body or a fund, in the price's own sentence.
_PAYER = re.compile(
    r"\b(?:ditanggung|dibayar(?:kan)?|dibiayai|dilunasi)\s+(?:sepenuhnya\s+)?(?:oleh\s+)?"
    r"(?:negara|(?-i:[Pp]emerintah(?:\s+(?:[Dd]aerah|[Pp]usat|Kabupaten|Kota|Provinsi|Desa)(?:\s+[A-Z][\w\-]*){0,2})?)|"
    r"Pem(?:kab|kot|prov|da|des)(?:\s+[A-Z][\w\-]*){0,2}|APBD(?:\s+[A-Z][\w\-]*){0,2}|APBN|dana\s+desa|"
    r"BPJS(?:\s+Kesehatan)?)", re.I)

def payer_of(fact: Fact) -> str:
    """Who pays a price for citizens, as the sheet says it with the price ("" when citizens pay)."""
    payer = _PAYER.search(fact.display) if fact.slot == Slot.COST else None
    return payer.group(0) if payer else ""


def paid_by_others(fact: Fact) -> bool:
    return bool(payer_of(fact))


#: Citizens pay the price and someone else the rest ("Warga cukup membayar Rp10.000, sisanya ditanggung Pemkab").
_SHARE_PAID = re.compile(r"\b(?:cukup|hanya|tetap)\s+(?:membayar|bayar|dikenakan)\b", re.I)
_REST = re.compile(r"\b(?:sisa\w*|selebihnya|selisih\w*|kekurangan\w*|subsidi\w*|sebagian)\b[^.;]{0,40}$", re.I)


def _payer(text: str, price: Fact) -> re.Match[str] | None:
    """The payer of a price in its sentence; a price someone else pays is said with its payer, since alone
    ("Biaya: Rp16.800 per orang") it reads as what citizens pay."""
    start = max(text.rfind(". ", 0, price.start), text.rfind("\n", 0, price.start)) + 1
    stops = [i for i in (text.find(". ", price.end), text.find("\n", price.end)) if i >= 0]
    payer = _PAYER.search(text[: min(stops) if stops else len(text)], start)
    if payer is None or _SHARE_PAID.search(text, start, price.start) or _REST.search(text, start, payer.start()):
        return None
    return payer


#: A price given to compare ("Rp85.000/paket (harga pasar ± Rp160.000)"): what it would cost elsewhere, not here.
_COMPARED = re.compile(r"\bharga\s+(?:di\s+)?(?:pasar(?:an)?|normal(?:nya)?|biasa(?:nya)?|toko)\b[^.;]{0,20}$"
                       r"|\bdi\s+pasaran\b[^.;]{0,20}$", re.I)


def _prices(text: str, begin: int) -> Iterator[Fact]:
    """The prices citizens pay, each with its item or purpose, a list's first ones."""
    prices: list[tuple[int, int]] = []
    named: dict[tuple[int, int], tuple[int, str]] = {}  # a list's first price -> its item said before "dijual"
    bought = [m.span(1) for m in BOUGHT.finditer(text, begin)]
    for p in _PRICE.finditer(text, begin):
        if (any(s <= p.start(1) < e for s, e in bought) or not _paid_by_citizens(text, p.start(1))
                or _COMPARED.search(text, p.start(), p.start(1))):
            continue
        spans = _price_list(text, p.start(1), p.end(1))
        first = _FIRST_ITEM.search(text, max(begin, p.start(1) - 40), p.start(1)) if len(spans) > 1 else None
        if first:  # "..., yakni Urea Rp90.000 per sak, NPK Phonska Rp92.000 ...": the first item named like the rest
            spans[0] = (first.start(1), spans[0][1])
        item = _SOLD_ITEM.search(text, max(begin, p.start() - 40), p.start() + 6) if len(spans) > 1 else None
        if item and p.group(0).lower().startswith("dijual"):
            named[spans[0]] = (item.start(1), f"{item.group(1)} {text[spans[0][0]:spans[0][1]]}")
        prices += spans
    # a price headline counts too: it is what the caption sells, said first ("Beras SPHP Rp58.000 per 5 kg!")
    listed = 0
    for header in _PRICE_HEADER.finditer(text, begin):
        pos = header.end()
        dated = _DATED_HEADER.match(text, header.start())
        while line := _PRICE_ITEM.match(text, pos) or _FREE_ITEM.match(text, pos):
            if line.re is _PRICE_ITEM:  # a free line among the prices ("✅ GRATIS bagi ...") is read above
                prices.append((line.start(1), line.end(1)))
                if dated and listed == 0:  # "Mulai 1 Maret 2027 tarifnya:" then "Umum Rp4.000": from that day
                    named[line.start(1), line.end(1)] = (header.start(), f"{dated.group(1)}: {line.group(1)}")
                listed += 1
            pos = line.end() + 1
    for m in _ITEM_PRICE.finditer(text):
        rp = text.index("Rp", m.start("price"))
        start, end = m.span("price")
        if (_NOT_AN_ITEM.search(text, start, rp) or any(s <= rp < e for s, e in bought)
                or not _paid_by_citizens(text, rp) or any(s < end and start < e and not (start <= s and e <= end)
                                                          for s, e in prices)):
            continue
        prices.append((start, end))
    kept = [(a, b) for a, b in sorted(prices) if not any(s <= a and b <= e and (s, e) != (a, b) for s, e in prices)]
    said: dict[str, tuple[int, int]] = {}  # a headline's price said again in the body is one price
    for a, b in kept:
        said.setdefault(text[a:b].lower(), (a, b))
    kept = list(said.values())
    for start, end in kept[: max(MAX_PRICES, min(listed, MAX_LISTED))]:
        if (start, end) in named:  # "Beras medium dijual Rp10.500 ..." shown as "Beras medium Rp10.500 ..."
            yield span_fact(Slot.COST, text, named[start, end][0], end, named[start, end][1])
        else:
            yield span_fact(Slot.COST, text, start, end)


#: Money citizens receive ("memperoleh bantuan biaya pendidikan sebesar Rp6 juta"), the state's own money
#: ("potensi pendapatan retribusi berkurang sekitar Rp780 juta") and a rumour's price ("informasi yang menyebut
#: siswa wajib membeli seragam seharga Rp850.000 ... tidak benar") are no cost of theirs.
_RECEIVED = re.compile(r"\b(?:bantuan|beasiswa|santunan|subsidi|insentif|hibah|hadiah|memperoleh|mendapat(?:kan)?|"
                       r"menerima|uang\s+(?:saku|transport\w*|makan|pembinaan)|honor\w*|upah|gaji)\b", re.I)
_PAID = re.compile(r"\b(?:membayar|bayar|dibayar\w*|dikenakan|tarif|seharga|dijual|harga|retribusi|iuran|tiket)\b",
                   re.I)
_STATE_MONEY = re.compile(r"\b(?:pendapatan|anggaran|kerugian|APBD|APBN|realisasi|potensi|omzet|omset|PAD)\b"
                          r"[^.;]{0,80}$", re.I)
#: A worked example ("Sebagai contoh, warga dengan tunggakan pokok Rp250.000 ... cukup membayar Rp250.000"): its
#: amounts are one case's, no price of the offer.
_EXAMPLE = re.compile(r"(?:sebagai\s+contoh|contohnya|misalnya|misal|ilustrasinya|simulasinya|umpamanya)\b", re.I)
#: The market's price an offer is compared with ("jauh di bawah harga pasaran yang saat ini mencapai Rp140.000"): what
#: citizens would pay elsewhere, no price of the offer.
_MARKET = re.compile(r"\b(?:harga\s+(?:pasar(?:an)?|normal(?:nya)?|di\s+(?:pasar|pasaran|warung|toko))|di\s+pasaran)\b"
                     r"(?:\s+(?!(?:dan|serta|sedangkan|tetapi|namun)\b)[\w.,-]+){0,6}\s*$", re.I)
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
    # the state's money is read back to the sentence's start ("pendapatan dari tarif layanan jasa lingkungan
    # sepanjang tahun 2026 mencapai Rp38,6 miliar": the "tarif" in it is no price of citizens)
    owned = text[max(sentence_start, start - 100) : start]
    return not (_STATE_MONEY.search(owned) or _RUMOUR.search(sentence) or _EXAMPLE.match(sentence.lstrip())
                or _MARKET.search(before))


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
