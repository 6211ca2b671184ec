"""Counted things of a draft: figures of an achievement, quotas and the government's targets.

A figure is a number with its unit ("1.250 rumah", "98 persen", "dua ribu tiga ratus unit", "turun
dari 14,6 persen menjadi 11,9 persen"), in digits or in words. The same number is a quota when the
draft limits or sets aside places with it ("maksimal lima kilogram beras", "bagi dua ratus anak",
"dibatasi 120 nomor antrean") and part of a target after "target", "menargetkan", "ditargetkan"
("di bawah 14 persen pada tahun 2027"). Ages, durations, prices, dates and times are none of these.
"""

from __future__ import annotations

import re

from bot.core.reading.sheet import Slot

_WORD_NUM = (r"(?!(?:satu|se)\s+(?![a-z]*(?:puluh|ratus|ribu|belas|juta|miliar)))"
             r"(?:(?:se|satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|sebelas|seratus|seribu|"
             r"sejuta|belas|puluh|ratus|ribu|juta|miliar|koma|nol)\b\s?)+")
_DIGITS = r"(?<![\w.,/:\-])(?:\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?)(?![\d/:]|[.,]\d)(?:\s?(?:ribu|juta|miliar))?"
_NUM = rf"(?:{_DIGITS}|\b{_WORD_NUM})"
_UNIT = (
    r"(?:persen|%|poin|kilometer|km|hektare|hektar|ha|ton|kilogram|kg|liter|unit(?:\s+[a-z]+)?|rumah\s+sakit|"
    r"rumah\s+tangga|rumah|"
    r"jiwa|warga|pasien|kantong(?:\s+darah)?|klinik(?:\s+pratama)?|MCK|"
    r"orang|kasus|titik(?:\s+panas)?|dosis(?:\s+vaksin)?|personel|perahu(?:\s+karet)?|batang|laporan|posyandu|"
    r"desa(?:/kelurahan)?|kelurahan|kepala\s+keluarga|KK|jembatan|knot|vial(?:\s+vaksin)?|balita|ibu\s+hamil|"
    r"kelompok(?:\s+(?:seni|tani))?|stan|peserta|anak|penerima|ruas(?:\s+jalan)?|sekolah|paket|alat\s+\w+|kader(?:\s+\w+)?|"
    r"armada(?:\s+bus)?|bus|kursi|sambungan(?:\s+rumah)?|nomor\s+antrean|petak|PKL|pedagang|petani|nelayan|keluarga|lansia|siswa|pelajar|"
    r"mahasiswa|UMKM|pelaku\s+usaha|ekor|buah|lembar|sertifikat|sertipikat|bidang|nilai\s+indeks|tenaga\s+\w+|"
    r"judul(?:\s+buku)?|eksemplar|anggota|penyandang\s+disabilitas|kuintal|kwintal|pasangan)\b"
    # a rate is one unit ("5,3 ton per hektare", "Rp6.500 per kilogram")
    r"(?:\s+per\s+(?:hektare|hektar|ha|kilogram|kg|liter)\b)?"
)
#: The goods a measure counts belong to it ("8 ton beras", "3.000 liter minyak goreng", "1,5 ton gula pasir").
_GOODS = (r"(?:(?:(?<=ton)|(?<=kg)|(?<=liter))\s+(?:beras|gabah(?:\s+kering\s+\w+)?|jagung|kedelai|gula(?:\s+pasir)?|"
          r"minyak(?:\s+goreng)?|telur|daging|bawang(?:\s+(?:merah|putih))?|cabai|pupuk|ikan|sampah|solar|bibit|benih|"
          r"tepung|garam|kopi|kakao|rumput\s+laut)\b)?")
#: An approximation belongs to the figure ("sekitar 68 persen"); the verb before it does not ("mencapai").
_LEAD = r"(?:(?:lebih\s+dari|sekitar|sedikitnya|setidaknya|hampir|kurang\s+lebih)\s+)?"
_COUNT = re.compile(
    rf"{_LEAD}{_NUM}\s?(?:lebih\s+)?{_UNIT}{_GOODS}(?:\s+lebih)?(?:\s+(?:di\s+antaranya\s+)?meninggal\s+dunia)?"
    r"(?!\s+(?:barat|timur|utara|selatan|tenggara|barat\s+daya|barat\s+laut|timur\s+laut)\b)", re.I)
_INDEX = re.compile(rf"\bnilai\s+indeks\s+{_DIGITS}", re.I)
_CHANGE = re.compile(
    rf"(?:(?:turun|naik|meningkat|menurun)\s+)?dari\s+{_NUM}\s?(?:persen|%)(?:\s+pada\s+(?:tahun\s+)?(?:akhir\s+)?\d{{4}})?"
    rf"\s+menjadi\s+{_NUM}\s?(?:persen|%)(?:\s+pada\s+(?:tahun\s+)?\d{{4}})?", re.I)
_RANGE = re.compile(rf"{_DIGITS}\s*(?:hingga|sampai|–|-)\s*{_DIGITS}\s*(?:meter|sentimeter|cm|persen|knot)\b", re.I)
_BIG_MONEY = re.compile(r"(?<=anggaran\s)Rp\s?\d[\d.,]*+\s?(?:miliar|triliun)"
                        r"|(?:total\s+anggaran|senilai|dana|tercatat|terealisasi|(?:dengan\s+)?nilai)\s+"
                        r"(Rp\s?\d[\d.,]*+\s?(?:juta|miliar|triliun))", re.I)
_QUOTA_BEFORE = re.compile(r"\b(?:maksimal|dibatasi|kuota(?:\s*:)?|paling\s+banyak|terbatas|bagi|hanya\s+untuk|"
                           r"sebanyak|disiapkan|menyiapkan|disediakan|menyediakan|total|menyasar)[,:]?\s+(?:hanya\s+)?$",
                           re.I)
_QUOTA_UNIT = re.compile(r"(?:anak|pasien|peserta|kursi|armada|bus|nomor\s+antrean|petak|paket|batang|"
                         r"kelompok\s+tani|kuota|pasangan|"
                         r"kilogram|liter)\b", re.I)
#: What each one gets, said before the amount ("Setiap Keluarga Penerima Manfaat (KPM) mendapat 10 kg beras
#: dan 2 liter minyak goreng"): an allotment, a quota, as after it ("10 kg per KPM").
_EACH_GETS = re.compile(r"\b(?:setiap|tiap|masing-masing)\s+[^.;:\n]{0,60}?\b(?:mendapat(?:kan)?|menerima|memperoleh)"
                        r"\s+(?:[^.;:\n]{0,40}?\s(?:dan|serta)\s+)?$", re.I)
#: A stock runs out ("Stok vaksin 1.500 dosis, siapa cepat dia dapat"): what is left for citizens, a quota.
_STOCK = re.compile(r"\bstok(?:\s+[a-z]+)?\s+$", re.I)
#: The government's own means ("Sebanyak 12 unit bus akan melayani ...") are a figure; they are a quota only
#: where they are provided for citizens ("disiapkan dua ratus empat puluh armada bus" for a free trip home).
_MEANS = re.compile(r"\b(?:armada|bus|unit)\b", re.I)
_PROVIDED = re.compile(r"\b(?:disiapkan|menyiapkan|disediakan|menyediakan)\s+(?:hanya\s+)?$", re.I)
#: A limit on what one may take, whatever the unit ("maksimal 4 jerigen per KK", "maksimal beli 2 paket").
_CAP = re.compile(rf"\b(?:maksimal|paling\s+banyak|dibatasi)\s+(?:(?:beli|membeli|mengambil|ambil)\s+)?{_NUM}\s?"
                  rf"(?!{_UNIT}|(?:tahun|bulan|hari|jam|menit|pekan|orang)\b)[a-z]+"
                  r"(?:\s+(?:per|setiap|tiap)\s+\w+)?", re.I)
#: A cap's thing and the caps listed after it ("paling banyak dua kemasan | beras, dua liter minyak goreng, dua
#: kilogram gula dan satu rak telur"): one limit, said whole.
_CAP_NOT_THING = r"(?!(?:dan|serta|per|setiap|tiap|untuk|bagi|yang|di|ke|dari|pada|supaya|agar|biar|sehingga|karena)\b)"
_CAP_THING = re.compile(rf"[ \t]+{_CAP_NOT_THING}[a-z]+(?:[ \t]+{_CAP_NOT_THING}[a-z]+)?")
_CAP_NEXT = re.compile(rf"(?:,[ \t]*(?:dan[ \t]+|serta[ \t]+)?|[ \t]+(?:dan|serta)[ \t]+)"
                       rf"(?:{_NUM}|\bsatu\b)[ \t]?[a-z]+", re.I)


def _cap_end(text: str, end: int) -> int:
    """Where a cap ends: after its thing and each further cap of its list."""
    thing = _CAP_THING.match(text, end)
    if thing is None:
        return end
    stop = thing.end()
    while (nxt := _CAP_NEXT.match(text, stop)) and (more := _CAP_THING.match(text, nxt.end())):
        stop = more.end()
    return stop


_LIMIT = re.compile(r"\b(?:(?:maksimal|dibatasi|paling\s+banyak|terbatas)\s+(?:(?:untuk|bagi|hingga)\s+)?"
                    r"|kuota(?:\s+(?!\d)[\w\-]+){0,3}?\s*:?\s+)"
                    r"(?:(?:beli|membeli|mengambil|ambil)\s+)?$", re.I)
#: A count set aside by the sentence's verb after it ("10.000 unit pompa ... dialokasikan untuk ...").
_ALLOTTED = re.compile(r"[^.;:\n]{0,40}?\b(?:dialokasikan|disediakan\s+bagi|dijatahkan)\b", re.I)
#: First come, first served ("terbatas untuk 3.000 pelanggan pertama", "hanya bagi 50 pendaftar pertama"): a quota
#: of whoever comes, whatever they are called.
_FIRST_COME = re.compile(rf"\b(?:(?:terbatas|dibatasi|hanya)\s+(?:untuk|bagi|kepada)\s+)?{_NUM}\s?"
                         r"(?!(?:bulan|tahun|hari|minggu|pekan|jam|menit|kali|tahap|gelombang|periode|masa|sesi)\b)[a-z]+"
                         r"(?:\s+[a-z]+)?\s+(?:pertama|tercepat)\b(?!\s+(?:kali|kalinya)\b)", re.I)
#: A count said as what is available ("Kuota tahun ini seratus pasangan", "kuotanya sebanyak 800 mahasiswa", "Tahun
#: ini tersedia 480 kursi", "Jatah untuk kecamatan kita 450 sambungan rumah", "Cuma ada 40 peserta", "Totalnya 240
#: peserta"): a quota, whatever is counted, with its share ("16 orang per kelas").
_AVAILABLE = re.compile(
    rf"\b(?:kuota(?:nya)?(?:\s+(?:tahun|bulan|pekan|gelombang)\s+ini)?(?:\s+(?:sebanyak|hanya|yaitu|adalah))?|"
    rf"jatah(?:nya)?(?:\s+untuk\s+[\w ]{{1,30}}?)?|(?<!tidak\s)tersedia(?:\s+(?:hanya|sebanyak))?|"
    rf"(?:hanya|cuma|cuman)\s+ada|totalnya)\s*:?\s+"
    rf"(?P<count>{_NUM}\s?(?:{_UNIT}|[a-z]+"
    rf"(?:[ \t]+(?!(?:dan|untuk|bagi|yang|di|per|pada|dengan|sama|so|agar)\b)[a-z]+)?)"
    r"(?:\s+(?:per|setiap|tiap)\s+(?:hari|malam|kelas|lokasi|desa|kelurahan|kecamatan|sesi|angkatan))?)"
    # a count the draft then lists ("tersedia enam kejuruan, yaitu ...") names kinds, no places to fill
    r"\b(?!\s*,?\s*(?:yaitu|yakni|antara\s+lain|meliputi|di\s?antaranya)\b)", re.I)
#: A list of allotments under its header ("Alokasi bantuan per provinsi:" then "Jawa Timur: 1.250 unit").
_ALLOT_HEADER = re.compile(r"^[^\n]*\b(?:alokasi|kuota|jatah)\b[^\n]{0,60}:[ \t]*\n", re.I | re.M)
_ALLOT_ITEM = re.compile(r"^(?:[^\w\s(]{1,3}|\d{1,2}[.)]|[a-z][.)])?[ \t]*([^\n:,;]{2,50}?:?\s*[^\n,;:]*?\d[^\n,;]*)",
                         re.M)
#: Ages, durations, thresholds of a rule ("minimal 45 kilogram", "di bawah 50 persen"), discounts and fines
#: are no achievement.
_NOT_FIGURE_BEFORE = re.compile(r"\b(?:usia|umur|berusia|berumur|ke-|HUT|selama|per|setiap|tiap|pukul|nomor|minimal|"
                                r"di\s+bawah|di\s+atas|diskon|potongan|denda)\s+$"
                                r"|\b(?:keringanan|diskon|potongan|pengurangan)\b[^.,;]{0,40}\b(?:sebesar|hingga|sampai)\s+$",
                                re.I)
#: A count of places that announces their list ("di tiga titik, yakni Kantor Camat ...") says where, not how
#: much; "merendam 1.247 rumah di tujuh desa" stays a figure.
_AT_PLACES = re.compile(r"\bdi\s+$", re.I)
_PLACE_UNIT = re.compile(r"\b(?:titik|desa(?:/kelurahan)?|kelurahan|kecamatan|posyandu|puskesmas|sekolah|lokasi)$",
                         re.I)
_LIST_FOLLOWS = re.compile(r"\s*(?::|,?\s+(?:yakni|yaitu|meliputi|antara\s+lain|masing-masing)\b)", re.I)
#: A price the government pays citizens ("harga pembelian Rp6.500 per kilogram" for their harvest): a
#: figure of what they get, never a cost of theirs.
BOUGHT = re.compile(r"\b(?:harga\s+pembelian|dibeli\s+(?:oleh\s+)?(?:pemerintah|negara|Bulog|dengan\s+harga))\b"
                    r"[^.;\n]{0,40}?"
                    r"(Rp\s?[\d.,]*\d(?:\s?(?:ribu|juta))?(?:\s*(?:per|/)\s*\w+)?)", re.I)
#: What each one gets ("beras 20 kilogram per keluarga penerima manfaat (KPM)"): an allotment, a quota.
_PER_HEAD = re.compile(r"\s+(?:per|setiap|tiap|untuk\s+(?:setiap|tiap|masing-masing))\s+"
                       r"(?:keluarga|KK|KPM|orang|penerima|peserta|warga|rumah\s+tangga|petani|nelayan|siswa|anak|pelanggan|pedagang|pendaftar)\b"
                       r"(?:\s+penerima\s+manfaat)?(?:\s+\((?-i:[A-Z]{2,6})\))?", re.I)
#: A size sold at a price ("beras 5 kg Rp58.000") is part of a price list.
_PRICED = re.compile(r"\s*(?:seharga\s+)?Rp", re.I)
#: Counts that make one figure ("61 puskesmas, 38 klinik pratama dan 9 rumah sakit").
_JOINED = re.compile(r"(?:\s+untuk\s+[a-z]+|\s+(?:penduduk|warga|peserta|orang))?(?:,\s+|,?\s+(?:dan|atau)\s+)"
                     # a part of its whole, a change from before ("369.530 jiwa dari total 372.810 jiwa", "84,6 persen,
                     # naik dari 79,3 persen")
                     r"|\s+dari\s+(?:total\s+|jumlah\s+)?|,?\s+(?:naik|turun|meningkat|menurun)\s+dari\s+")
_TARGET = re.compile(r"\b(?:target(?:nya)?|menargetkan|ditargetkan|targetkan|dipatok|sasaran\s+kinerja)\b", re.I)
_TARGET_VALUE = re.compile(
    rf"(?:(?:di\s+bawah|di\s+atas|minimal|sebesar|mencapai)\s+)?{_NUM}\s?(?:persen|%)(?:\s+pada\s+(?:akhir\s+)?"
    rf"(?:tahun\s+)?\d{{4}})?|(?:rampung|selesai|tuntas)(?:\s+(?:seluruhnya|semuanya|sepenuhnya|total))?\s+(?:sebelum|pada|paling\s+lambat)\s+(?:akhir\s+)?"
    rf"(?:tahun\s+)?[\w\s]{{0,15}}?\d{{4}}|pada\s+(?:akhir\s+)?(?:tahun\s+)?\d{{4}}"
    rf"|(?<=sebanyak\s){_NUM}\s?{_UNIT}(?:\s+(?-i:ter[a-z]+))?"
    # a price the target brings down or up to ("harga beras ... turun di bawah Rp30 ribu per kilogram")
    rf"|(?:di\s+bawah|di\s+atas|maksimal|paling\s+(?:tinggi|mahal|murah))\s+Rp\s?[\d.,]+(?:\s*(?:ribu|juta|miliar))?"
    rf"(?:\s+per\s+[a-z]+)?", re.I)
_CLAUSE_END = re.compile(r"[.;!?\n]|,\s+(?:sementara|sedangkan|namun|tetapi)\b")
#: Where a target stated in words ends ("menargetkan 2.500 nelayan Natuna terlindungi asuransi."): a
#: sentence's end (never the dot inside "2.500"), a quote's end or a clause comma.
_TARGET_END = re.compile(r"[;!?\n\"”]|\.(?!\d)|,\s|\s+(?:agar|supaya|sehingga|dengan\s+(?:anggaran|dana))\b")
_TARGET_WORDS = 14
#: Only a verb sets a target in words; the noun also names a past one ("melampaui target awal 450 unit").
_TARGET_VERB = re.compile(r"(?:menargetkan|ditargetkan|targetkan)", re.I)


#: A target said as a state reached by a date ("seluruh wajib KTP ... sudah merekam sebelum akhir Desember 2025").
_BY_DATE = re.compile(r"\b(?:sebelum|pada|hingga|paling\s+lambat)\s+(?:akhir\s+|pertengahan\s+|awal\s+)?"
                      r"(?:(?:bulan\s+)?[A-Z][a-z]+\s+|tahun\s+)?\d{4}$")


def _clause_before(text: str, start: int, size: int = 60) -> str:
    before = text[max(0, start - size) : start]
    cut = max((m.end() for m in _CLAUSE_END.finditer(before)), default=0)
    return before[cut:]


#: A count of areas or sites alone ("delapan desa", "enam kelurahan", "empat titik"): the reach of a service,
#: a figure only where the draft reports a result, a disaster or a meeting (`counts_places`).
_PLACES_ONLY = re.compile(rf"(?:{_LEAD}{_NUM}\s?(?:desa(?:/kelurahan)?|kelurahan|kecamatan|titik|lokasi|dusun|"
                          r"padukuhan|"
                          r"kampung|distrik)(?:\s+dan\s+\S+\s+(?:desa|kelurahan|kecamatan))?)", re.I)


def counts_places(figure: str) -> bool:
    """The figure only counts areas or sites."""
    return _PLACES_ONLY.fullmatch(figure) is not None


def headline_end(text: str) -> int:
    """Where the draft's headline ends (0 when its first line is a sentence): a headline repeats the
    body's facts in short."""
    first = text.split("\n", 1)[0]
    return len(first) if "\n" in text and first.rstrip()[-1:] not in ".!?" else 0


def find_targets(text: str) -> list[tuple[int, int]]:
    """The government's targets: the value after a target word in the same clause."""
    out: list[tuple[int, int]] = []
    for m in _TARGET.finditer(text):
        rest = text[m.end() : m.end() + 90]
        stop = _CLAUSE_END.search(rest)
        window = rest[: stop.start()] if stop else rest
        value = _TARGET_VALUE.search(window)
        if value:
            out.append(_target_said_whole(text, m.end(), m.end() + value.start(), m.end() + value.end()))
        elif _TARGET_VERB.fullmatch(m.group(0)) and (stated := _stated_target(text, m.end())):
            out.append(stated)
    return out


#: A rate said alone ("seratus persen", "di bawah tiga persen"): what it measures stands before or after it.
_BARE_RATE = re.compile(rf"(?:(?:di\s+bawah|di\s+atas|minimal|sebesar|mencapai)\s+)?{_NUM}\s?(?:persen|%)", re.I)
#: A price a target names ("di bawah Rp30 ribu per kilogram"): what it prices stands before it.
_TARGET_PRICE = re.compile(r"(?:di\s+bawah|di\s+atas|maksimal|paling\s+\w+)\s+Rp", re.I)
#: Words that make the text between the target word and the rate no name of what it measures.
_NOT_MEASURED = (r"\b(?:di|me|ber)[a-z]+kan\b|\b(?:yang|di|ke|kami|kita|saya|nya|ini|itu|adalah|yaitu|yakni|sebesar|"
                 r"mencapai|minimal|hingga|sampai)\b")
#: What a rate counts, said after it in its clause ("minimal 60 persen | alumni sudah bekerja").
_MEASURED_AFTER = re.compile(r"[ \t]+(?=[a-z])(?!(?:dari|pada|dengan|untuk|yang|dan|atau|per|tahun|di|ke)\b)"
                             r"(?:[^.;,!?\n\"”]+?)(?=[.;,!?\n\"”]|$)")
_BY_YEAR = re.compile(r"[^.;,\n]{0,80}?\b(?:pada|sebelum|hingga)\s+(?:akhir\s+|awal\s+)?"
                      r"(?:(?:triwulan|kuartal|semester)\s+\w+\s+|tahun\s+)?\d{4}")

#: Whose target it is, before a comma ("Target kami, ...", "Target katong, ..."): no name of what it measures.
_SAID_BY = re.compile(r"\s*(?:kami|kita|saya|katong|torang|kitorang|kitong|beta|awak|kito|ambo|kula|aku)\s*[,:]\s*",
                      re.I)
#: A target by a holiday or a named time ("sebelum Natal", "sebelum Lebaran", "akhir bulan ini").
_BY_DAY = re.compile(r"\s+(?:sebelum|menjelang|hingga|sampai)\s+(?:hari\s+raya\s+)?(?:Natal|Lebaran|Idulfitri|"
                     r"Iduladha|Nyepi|Imlek|tahun\s+baru|akhir\s+(?:bulan|tahun)\s+ini|musim\s+\w+)\b", re.I)


def _target_said_whole(text: str, after: int, start: int, end: int) -> tuple[int, int]:
    """A bare rate said with what it measures and by when ("perekaman KTP-el seratus persen bagi penduduk wajib
    KTP ... pada akhir tahun 2026"): "Target: seratus persen" alone says nothing."""
    if _TARGET_PRICE.match(text, start, end):  # "Target kami, | harga beras ... turun di bawah Rp30 ribu ..."
        gap = text[after:start]
        said = re.match(r"\s*(?:(?:kami|kita|saya|kita\s+semua)\b)?[\s,:]*", gap)
        clause = gap[said.end() if said else 0 :]
        if clause.strip() and not re.search(r"[.;:!?\n\"“”]", clause) and len(clause.split()) <= 12:
            start = start - len(clause)
        year = _BY_YEAR.match(text, end)
        return start, year.end() if year else end
    if not _BARE_RATE.fullmatch(text[start:end]):
        return start, end
    gap = text[after:start]
    said = _SAID_BY.match(gap)  # "Target katong, | angka bebas jentik | sembilan puluh lima persen"
    named = gap[said.end() :] if said else gap
    if 1 <= len(named.split()) <= 6 and not re.search(rf"[,.;:\n]|{_NOT_MEASURED}", named, re.I):
        # "menargetkan | laju inflasi daerah tetap terjaga | di bawah 3 persen"
        start = after + len(gap) - len(named.lstrip())
    year = _BY_YEAR.match(text, end) or _BY_DAY.match(text, end)
    end = year.end() if year else end
    if re.fullmatch(r"\s*(?:kami|kita|saya)?[\s,:]*", gap) and (measured := _MEASURED_AFTER.match(text, end)):
        end = measured.end()  # "Target kami, minimal 60 persen | alumni sudah bekerja ... paling lambat enam bulan"
    return start, end


def _stated_target(text: str, start: int) -> tuple[int, int] | None:
    """A target said as a clause of its own after the target word ("menargetkan perluasan kebun kopi
    rakyat seluas 500 hektare hingga akhir 2027", "targetkan tahun 2026 produksi tembus 450.000 ton"):
    the whole clause, when it counts something and is short."""
    rest = text[start : start + 160]
    stop = _TARGET_END.search(rest)
    clause = rest[: stop.start()] if stop else ""
    lead = len(clause) - len(clause.lstrip(" :"))
    clause = clause.strip(" :")
    if not clause or len(clause.split()) > _TARGET_WORDS or not (_COUNT.search(clause) or _BY_DATE.search(clause)):
        return None
    return start + lead, start + lead + len(clause)


#: A limit per household or person said as a rule ("satu kepala keluarga hanya boleh membeli satu paket", "setiap
#: warga hanya dapat mengambil dua kupon"): a quota, whatever the unit.
_EACH_MAY = re.compile(rf"\b(?:satu|setiap|tiap|masing-masing)\s+(?:kepala\s+keluarga|keluarga|KK|orang|warga|pembeli|"
                       rf"KTP|rumah(?:\s+tangga)?|penerima)\s+(?:(?:hanya|cuma|cuman|hny)\s+)?"
                       rf"(?:(?:boleh|dapat|bisa|diperbolehkan|berhak)\s+"
                       rf"(?:membeli|beli|mengambil|ambil|menebus|tebus|mendapat(?:kan)?|dapat|menerima)"
                       # what each gets, said with the verb of getting alone ("Satu rumah dapat dua sachet")
                       rf"|(?:dapat|mendapat(?:kan)?|memperoleh|menerima|diberi|kebagian)(?=\s+(?:satu|se[a-z]{{4,}}|"
                       # a sum of money each receives is the benefit, no quota ("menerima sembilan ratus ribu rupiah")
                       rf"{_NUM})\s?[a-z]+)(?![^.,;\n]{{0,40}}\b(?:ribu|juta|rupiah|Rp)))\s+"
                       rf"(?:satu\s|se(?=[a-z]{{4,}})|{_NUM}\s?)[a-z]+", re.I)


def find_counts(text: str) -> list[tuple[Slot, int, int]]:
    """Figures and quotas, as (slot, start, end), in draft order, without overlaps. Spans inside a
    target (see `find_targets`) are left to it."""
    taken = find_targets(text) + [(0, headline_end(text))]
    found: list[tuple[Slot, int, int]] = []
    for pattern in (_CHANGE, _RANGE, _INDEX):
        found += [(Slot.FIGURES, m.start(), m.end()) for m in pattern.finditer(text)]
    for m in _BIG_MONEY.finditer(text):
        group = 1 if m.group(1) else 0
        found.append((Slot.FIGURES, m.start(group), m.end(group)))
    found += [(Slot.QUOTA, m.start(), _cap_end(text, m.end())) for m in _CAP.finditer(text)]
    found += [(Slot.QUOTA, m.start(), m.end()) for m in _EACH_MAY.finditer(text)]
    found += [(Slot.QUOTA, m.start(), m.end()) for m in _FIRST_COME.finditer(text)]
    found += [(Slot.QUOTA, m.start("count"), m.end("count")) for m in _AVAILABLE.finditer(text)]
    found += [(Slot.FIGURES, m.start(1), m.end(1)) for m in BOUGHT.finditer(text)]
    for m in _COUNT.finditer(text):
        before = _clause_before(text, m.start())
        if _NOT_FIGURE_BEFORE.search(before) or re.match(r"\s*(?:tahun|bulan|hari|jam|menit|pekan)\b", text[m.end() :]):
            continue
        if _PRICED.match(text, m.end()):
            continue
        if _AT_PLACES.search(before) and _PLACE_UNIT.search(m.group(0)) and _LIST_FOLLOWS.match(text, m.end()):
            continue
        value = m.group(0)
        if per_head := _PER_HEAD.match(text, m.end()):
            found.append((Slot.QUOTA, m.start(), per_head.end()))
        elif _EACH_GETS.search(text, max(0, m.start() - 110), m.start()):
            found.append((Slot.QUOTA, m.start(), m.end()))
        elif (_LIMIT.search(before) or _ALLOTTED.match(text, m.end()) or _STOCK.search(before)
              or (_QUOTA_BEFORE.search(before) and _QUOTA_UNIT.search(value)
                  and (_PROVIDED.search(before) or not _MEANS.search(value)))):
            end = m.end()
            noun = re.match(r"\s+(?!(?:dan|per|untuk|setiap|agar|supaya|yang|dengan|dari|pada|di|ke)\b)"
                            r"(?!(?:di|me|ber|ter)[a-z]{3,})[a-z]+(?:\s+(?!(?:dan|per|yang|dengan)\b)[a-z]+)?",
                            text[end:])
            more = re.match(rf"\s+\w+(?:\s+\w+)?\s+dan\s+{_NUM}\s?{_UNIT}(?:\s+\w+){{0,2}}", text[end:], re.I)
            if _LIMIT.search(before) and more:
                end += more.end()
            elif _LIMIT.search(before) and noun:
                end += len(noun.group(0).split(" dan ")[0])
            found.append((Slot.QUOTA, m.start(), end))
        else:
            found.append((Slot.FIGURES, m.start(), m.end()))
    for header in _ALLOT_HEADER.finditer(text):
        pos = header.end()
        while entry := _ALLOT_ITEM.match(text, pos):
            found.append((Slot.QUOTA, entry.start(1), entry.end(1)))
            pos = text.find("\n", entry.end()) + 1 or len(text)
    found = [f for f in found if not any(s <= f[1] < e for s, e in taken)]
    found.sort(key=lambda f: (f[1], -f[2]))
    out: list[tuple[Slot, int, int]] = []
    for item in found:
        if out and item[1] < out[-1][2]:
            continue
        last = out[-1] if out else None
        if last and last[0] == item[0] == Slot.FIGURES and _JOINED.fullmatch(text, last[2], item[1]):
            out[-1] = (last[0], last[1], item[2])
            continue
        out.append(item)
    return out
