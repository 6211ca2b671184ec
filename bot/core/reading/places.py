"""The "where" of a draft: venues and whole place lists, as spans.

A place is a noun phrase after "di", "bertempat di", "ke", "yaitu", a list colon or a bullet, that
names a venue ("Gedung Olahraga Siranindi, Jalan Moh. Hatta"), an administrative area below the
region ("Kecamatan Babat"), a list of them ("Kelurahan Kesambi, Pekiringan, Kalijaga dan
Harjamukti", kept whole) or a kind of facility in an area ("posyandu di Kelurahan Kesambi",
"18 puskesmas di Kota Yogyakarta"). A bare region ("Kota Kendari", "Samarinda", "Sulawesi Tengah")
is not a "where": every draft is somewhere. A courtyard ("halaman Kantor ...") is where ceremonies
stand, not where citizens go.
"""

from __future__ import annotations

import re

from bot.core.reading.figures import headline_end
from bot.core.reading.tables import place_cells

#: A weekday that starts a date ("Jumat (6/6)"), not one inside a name ("Puskesmas Balai Selasa").
_DAY = (r"(?:Senin|Selasa|Rabu|Kamis|Jum['’]?at|Sabtu|Minggu)"
        r"(?=[ \t]*[(,–\-]?[ \t]*\d|[ \t]*[–\-][ \t]*[A-Z]|[ \t]+(?:pagi|siang|sore|malam)\b)")
#: A weekday alone: never the first word of a place in a list ("..., Kamis dan Jumat di Taman X").
_WEEKDAY = r"(?:Senin|Selasa|Rabu|Kamis|Jum['’]?at|Sabtu|Minggu)"
_VENUE_HEAD = (
    r"Pendopo|Pendapa|Lapangan|Alun-[Aa]lun|RSUD|RS|Rumah[ \t]+Sakit|Puskesmas|Pustu|Posyandu|Polindes|Klinik|Balai|"
    r"Aula|Gedung|Kantor|GOR|Gelanggang|Stadion|Hotel|Ruang|Masjid|Musala|Gereja|Pura|Vihara|Klenteng|Terminal|"
    r"Stasiun|Bandara|Pelabuhan|Dermaga|Pasar|Mal|Taman|Posko|SDN?|SMPN?|SMAN?|SMKN?|MIN?|MTsN?|MAN?|Sekolah|"
    r"Kampus|Universitas|Perpustakaan|Museum|Graha|Plaza|Wisma|Sanggar|Jalan|Jl\.|Jln\.|Lorong|Gang|Samsat|"
    r"Gerai|Loket|Mall|Convention|Lantai|Ballroom|Rumah|Dinas|Sentra|Pusat|Pantai|Bendungan|Waduk|Embung|UDD|UPTD?|"
    r"Mapolres|Mapolsek|Mapolda|Polres|Polsek|Kodim|Koramil|Makodim|Poli|Pos|KUA|PKBM|Puskeswan|TPS3R|Kompleks|Komplek|"
    r"Perkantoran|"
    # a named kind of site ("Tempat Pendaratan Ikan (TPI) Pusong", "Tempat Pelelangan Ikan Lampulo")
    r"Tempat(?=[ \t]+[A-Z][a-z])|"
    # waters, where a warning to fishers and sailors applies ("di Laut Flores bagian selatan dan Selat Palue")
    r"Laut|Selat|Teluk|Perairan|Samudra|Samudera"
)
#: A list item's mark at a line's start: "-", "•", an emoji, "1.".
_BULLET = r"^[ \t]*(?:[^\w\s(\"“'‘]{1,3}|\d{1,2}[.)]|[a-z][.)])[ \t]*"
#: What separates a list item's label from its place: a dash or an arrow ("Sabtu 2 Agustus ➡️ Dusun X").
_LABEL_SEP = r"[ \t](?:[–—-]|➡️?|→|=>|->)[ \t]+"
_LOW_AREA = r"Kecamatan|Kelurahan|Desa|Nagari|Kampung|Dusun|Distrik|Gampong|Kapanewon|Kalurahan|Padukuhan|Kec\.|Kel\."
_AREA_HEAD = (r"Kecamatan|Kelurahan|Desa|Nagari|Kampung|Dusun|Distrik|Gampong|Kapanewon|Kalurahan|Padukuhan|"
              r"Kec\.|Kel\.|Kabupaten|Kota|Kab\.")
#: After a head: a word boundary, or none after an abbreviation's full stop ("Kel. Tondo").
_HEAD_END = r"(?:\b|(?<=\.))"
_LOW_FACILITY = (r"posyandu|puskesmas|kantor[ \t]+(?:desa|kelurahan|kecamatan|camat|lurah|wali[ \t]+nagari)|"
                 r"balai[ \t]+desa|sekolah|masjid|gerai|loket|titik[ \t]+pengungsian|"
                 r"posko|desa/kelurahan|kelurahan|kecamatan|desa|"
                 r"rumah[ \t]+sakit|klinik")
#: An abbreviated title or initial, or several run together ("H.M.", "A.Md."): the name goes on.
_ABBR = r"(?:[A-Z]|Dr|dr|Drs|Ir|H|Hj|Moh|Muh|Jl|Jln|St|Prof|KH)\.(?:[A-Z][a-z]?\.)*"
#: Shouted words of a caption ("posko GRATIS") are not names.
_SHOUT = r"(?:GRATIS|BUKA|TUTUP|SEGERA|PENTING|LANGSUNG|SEKARANG)\b"
#: A capitalised word, or two joined by a dash ("Soekarno–Hatta", "Makale–Rantepao": one road's name).
_CAP = rf"(?!{_SHOUT})(?:{_ABBR}|No\.[ \t]?\d+\w*|[A-Z][\w'’/\-]*(?:–[A-Z][\w'’/\-]*)*|\d+[A-Za-z]?|\([A-Z][A-Za-z]+\))"
#: A lowercase word that may follow a venue's head as its name ("Samsat induk", "puskesmas terdekat"), or a
#: direction inside a water's name ("Laut Sawu bagian selatan", "Samudra Hindia selatan Pulau Sumba").
_LOW_NAME = (r"(?:induk|keliling|pembantu|bagian[ \t]+(?:utara|selatan|barat|timur|tengah)"
             r"|(?:utara|selatan|barat|timur)(?=[ \t]+[A-Z]))\b")
_NAME = rf"(?:{_CAP}|{_LOW_NAME})(?:[ \t]+(?!{_DAY}\b)(?:{_CAP}|{_LOW_NAME}))*"
#: Lowercase words that may open or sit inside a place phrase ("ruang kerja Bupati", "eks gedung").
_LOW_LEAD = (r"(?:(?:ruang|kerja|rapat|eks|bekas|gedung|kawasan|lantai[ \t]+\d+|trotoar|seluruh|semua|kantor|"
             r"posko|induk|aula|balai|lapangan|halaman|sejumlah|\d+|lokasi|Halaman|Pelataran|Kawasan|alun-alun|pasar|"
             r"perairan(?:[ \t]+(?:utara|selatan|barat|timur))?)[ \t]+)*")
#: An official's title after a comma starts a name, not another place ("..., Camat Sukamaju Ibu Ratna").
_TITLE = (r"(?:Camat|Lurah|Bupati|Wakil|Wali|Walikota|Gubernur|Kepala|Ketua|Sekretaris|Sekda|Kapolres|Kapolsek|"
          r"Dandim|Danramil|Direktur|Menteri|Ibu|Bapak|Bpk|Pak|Bu|Kades|Plt|Pj)\b")
#: A contact channel after a place ("Info: Kantor Distrik X, WA 0822-..."): no second place.
_CHANNEL = r"(?:WA|WhatsApp|Whatsapp|Telp|Tel|Telepon|HP|SMS|Hotline|Email|E-mail|Fax|Faks)\b"
#: A bare name in a list of places is no person of a story, who has an age ("Casmadi (45), seorang petambak").
_NOT_A_PERSON = r"\b(?![ \t]*\(\d{1,3}(?:[ \t]+tahun)?\))"
#: Where a person of a story works or lives ("Tarsih (38), pedagang bawang merah di Pasar Bulakamba"): no venue.
_PERSON_AT = re.compile(r"(?:\(\d{1,3}(?:[ \t]+tahun)?\)[, \t]+|"
                        # or of their kin ("Ayahnya buruh tani di Kecamatan Jumantono")
                        r"\b(?i:ayah|ibu|bapak|suami|istri|orang[ \t]+tua|kakak|adik)nya[ \t]+(?:adalah[ \t]+)?)"
                        r"(?:seorang[ \t]+|salah[ \t]+satu[ \t]+)?"
                        r"[a-z][a-z \t-]{2,40}[ \t]+(?:di|asal|dari)[ \t]+$"
                        # a patient's ward ("masih dirawat di RSUD X"), the home of residents counted ("2 warga RT
                        # 004 positif DBD"), an official's area ("Ketua RW 07 Kelurahan X")
                        r"|\b(?i:dirawat|menjalani[ \t]+perawatan)[ \t]+di[ \t]+$"
                        r"|\b\d+[ \t]+(?:orang[ \t]+)?warga[ \t]+$"
                        r"|\b(?:Ketua|Kepala|Lurah|Camat|Kades)[ \t]+$")
#: A body, not a place, opening a capitalised name after a place ("..., Perumda Air Minum Kota Padang").
_BODY = r"(?:Perumda|Perusahaan|PT|CV|PDAM|Bank|Badan|Kementerian|Pemerintah|Pemkab|Pemkot|Pemprov|Dinas)\b"
_ITEM = (rf"(?:{_LOW_LEAD}(?:{_VENUE_HEAD}|{_AREA_HEAD}){_HEAD_END}[ \t]*{_NAME}"
         rf"|perairan[ \t]+(?:utara|selatan|barat|timur)[ \t]+{_NAME}"
         # a market, a square or a field named after its place, written in lower case ("pasar Tanggul")
         rf"|(?:pasar|alun-alun|lapangan|terminal)[ \t]+(?=[A-Z]){_NAME}"
         # a name with its acronym in brackets ("Perikanan Terpadu (SKPT) Selat Lampa")
         rf"|(?!{_WEEKDAY}\b)(?!{_TITLE})(?!{_CHANNEL})(?!{_BODY})[A-Z][\w'’\-]+"
         rf"(?:[ \t]+(?:\([A-Z]{{2,}}\)|(?!{_DAY}\b)[A-Z][\w'’\-]+))*{_NOT_A_PERSON})")
_TAIL = (rf"(?:,[ \t]+(?!{_TITLE})(?:(?:{_VENUE_HEAD}|{_AREA_HEAD}){_HEAD_END}[ \t]*{_NAME}"
         rf"|(?!{_DAY}\b)[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)?(?=[ \t]*[,.;]|[ \t]+(?:pada|mulai)\b|[ \t]*$)))")
#: A note in brackets after a place that says which part of it ("(lantai 2)", "(ruang kelas 1-3)", "(belakang masjid)").
_NOTE = (r"(?:[ \t]*\((?i:lantai|ruang|gedung|aula|belakang|samping|depan|dekat|sebelah|blok|kecamatan|kec\.|distrik|"
         r"kelurahan|desa|kabupaten|kab\.|kota)\b[^(),\n]{0,30}\))")
_PLACE_NOTE = re.compile(_NOTE)
#: The area each place of a list serves ("Puskesmas Ansus untuk Distrik Yapen Barat, Puskesmas Dawai untuk ..."): the
#: list goes on after it.
_SERVES = (rf"(?:[ \t]+untuk[ \t]+(?:warga[ \t]+)?(?:{_AREA_HEAD}){_HEAD_END}[ \t]*{_NAME}"
           rf"(?:[ \t]+dan[ \t]+{_NAME})?)")
_PLACE = re.compile(
    # "Ketiganya adalah Puskesmas X, ...": the places a count named before ("di tiga puskesmas")
    # "di wilayah kerja Puskesmas X": the office's area, named by the office
    rf"(?:\b(?:(?:[Dd]i|[Kk]e)(?:[ \t]+wilayah(?:[ \t]+kerja)?)?|bertempat[ \t]+di|berlokasi[ \t]+di|"
    rf"tempatnya|lokasinya|menuju|"
    rf"yaitu|yakni|"
    rf"[Kk]e(?:dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh)nya[ \t]+(?:adalah|ialah)|"
    rf"antara[ \t]+lain|meliputi|masing-masing)[ \t]+|{_BULLET}(?:[^\n]{{0,40}}?{_LABEL_SEP})?"
    rf"|:(?:[ \t]+|[ \t]*\n[ \t]*)"
    # a schedule's line without a bullet: its day, a dash, its place ("Senin, 9 Februari 2026 — Balai Kampung X")
    rf"|^[ \t]*{_WEEKDAY}\b[^\n]{{0,40}}?{_LABEL_SEP})"
    rf"(?P<place>(?:{_LOW_LEAD}(?:{_LOW_FACILITY})[ \t]+di[ \t]+)?"
    rf"(?:{_LOW_LEAD}(?:{_VENUE_HEAD}|{_AREA_HEAD}){_HEAD_END}[ \t]*{_NAME}"
    rf"|\d+[ \t]+(?:{_LOW_FACILITY})(?:[ \t]+di[ \t]+{_NAME})?)"
    # "X dan di Y" names two places, each with its own "di"
    rf"{_NOTE}?(?:{_TAIL}{_NOTE}?)*(?:{_SERVES}(?=,?[ \t]+(?:serta[ \t]+)?{_ITEM}{_SERVES}))?"
    rf"(?:(?:,[ \t]+|,?[ \t]+(?:dan|serta|atau|&)[ \t]+(?!di\b))(?:sebagian[ \t]+)?{_ITEM}{_NOTE}?"
    rf"(?:{_TAIL}{_NOTE}?)?{_SERVES}?)*)",
    re.M,
)
_LOW_PLACE = re.compile(
    rf"\b(?:di|ke)[ \t]+(?P<place>(?:seluruh[ \t]+|\d+[ \t]+)?(?:{_LOW_FACILITY})[ \t]+(?:di[ \t]+)?"
    rf"(?:{_NAME}|masing-masing|setempat))"
    rf"|(?P<count>(?<![\d.,])\d+[ \t]+(?:{_LOW_FACILITY})[ \t]+di[ \t]+(?=[A-Z]){_NAME})"

)
#: The place an event is held at, named after its verb with any head ("dilaksanakan ... pukul 08.00 WIB di Gudang
#: Bulog Contoh", "digelar di Rumah Potong Hewan ..."): the verb says it is a venue, whatever its first word.
_STAGED = re.compile(
    rf"\b(?:bertempat|berlokasi|dilaksanakan|digelar|diadakan|diselenggarakan|berlangsung|dipusatkan)\b"
    rf"(?:[^.;:\n]|(?<=\d)[.:](?=\d)){{0,80}}?\bdi[ \t]+(?P<place>(?!{_TITLE}\b|{_DAY}\b|Indonesia\b)[A-Z][\w'’\-]*"
    rf"(?:[ \t]+(?!{_DAY}\b){_CAP}){{0,5}})")
#: Lower-case words that lead a venue's name in running text ("pelataran Pantai Seruni", "area parkir Taman Deo",
#: "lantai dasar Bitung Mega Mall", "tepian Sungai X").
_LOCATIVE = (r"(?:(?:pelataran|area|parkir|lantai|dasar|atas|satu|dua|tiga|halaman|kawasan|komplek|kompleks|atrium|"
             r"lobi|lobby|selasar|tepian|bantaran|pinggir|depan|samping|belakang|sekitar|ujung|ruas|eks|lahan)"
             r"[ \t]+){0,3}")
_NAMED = (rf"(?!{_TITLE}|{_WEEKDAY}\b|Indonesia\b|WIB\b|WITA\b|WIT\b)[A-Z][\w'’\-]*"
          rf"(?:[ \t]+(?!{_WEEKDAY}\b)(?:{_CAP})){{0,5}}"
          # the town after the venue, where the sentence ends there ("Turap Sungai Jantan, Siak Sri Indrapura.")
          rf"(?:,[ \t]+(?!{_TITLE}|{_WEEKDAY}\b)[A-Z][\w'’\-]*(?:[ \t]+[A-Z][\w'’\-]*){{0,3}}(?=[ \t]*(?:[.;\n]|$)))?")
#: A venue named beside the time of what is held there: right after a date or an hour ("pada 26 sampai 30 Desember
#: 2026 di Turap Sungai Jantan", "pukul 06.00 WIB dari Taman Kota Manggar"), or right before one ("di pelataran
#: Pantai Seruni, Senin–Sabtu, 15–20 Februari 2027"): the day says something is held, the phrase says where,
#: whatever its first word.
_TIMED = re.compile(
    rf"(?:(?:\b\d{{4}}|\d[.:]\d\d(?:[ \t]+(?:WIB|WITA|WIT))?)\)?,?[ \t]+(?:di|dari)[ \t]+"
    rf"|\b(?:menggelar|membuka|melayani|dibuka|buka|digelar|berlangsung|diadakan|dilaksanakan)\b[ \t]+"
    rf"(?:[\w\-]+[ \t]+){{0,5}}?di[ \t]+(?=(?:[a-z]+[ \t]+){{0,3}}[A-Z][^\n]{{0,80}}?(?:,[ \t]+|[ \t]+pada[ \t]+)"
    rf"(?:{_WEEKDAY}\b|\d{{1,2}}[ \t]+[A-Z]|\(\d|pukul\b)))"
    rf"(?P<place>{_LOCATIVE}{_NAMED})")
#: Every office of a kind, with its reach ("di seluruh kantor Samsat di sepuluh kabupaten/kota", "di semua
#: puskesmas di 21 kecamatan"): a place list said whole, no name needed.
_ALL_PLACES = re.compile(
    rf"\b(?:di|ke)[ \t]+(?P<place>(?:seluruh|semua)[ \t]+(?:kantor[ \t]+)?(?i:{_VENUE_HEAD})"
    rf"(?:[ \t]+(?:induk|pembantu))?"
    # two kinds together ("semua puskesmas dan posyandu di Mimika")
    rf"(?:[ \t]+(?:dan|serta)[ \t]+(?i:{_VENUE_HEAD}))?"
    rf"(?:[ \t]+di[ \t]+(?:(?:\d+|[a-z]+)[ \t]+(?:kabupaten/kota|kabupaten|kota|kecamatan|kelurahan|desa|distrik)"
    # the region by its name ("di seluruh puskesmas di Kabupaten Mimika", "... di Mimika")
    rf"|(?:(?:Kabupaten|Kota|Kecamatan|Distrik)[ \t]+)?(?!{_WEEKDAY}\b)[A-Z][\w'’\-]+(?:[ \t]+[A-Z][\w'’\-]+)?)"
    # alone only where the sentence ends: "seluruh puskesmas, klinik pratama ..." opens a longer list
    rf"|(?=[ \t]*(?:[.;\n]|$))))")
#: An office of the village or the kelurahan, written in lower case as a chat writes it ("di halaman kantor
#: kelurahan paruga"): its name is the lower-case word after it (a bare "kantor desa" names no place).
_OFFICE_PLACE = re.compile(
    r"\bdi[ \t]+(?P<place>(?:halaman[ \t]+|aula[ \t]+)?(?:kantor[ \t]+(?:desa|kelurahan|lurah|kecamatan|camat|"
    r"wali[ \t]+nagari)|balai[ \t]+(?:desa|kelurahan|warga)|gereja|masjid|musala)\b"
    r"(?![ \t]+(?:setempat|masing-masing)\b)"
    r"(?:[ \t]+(?!(?:pada|mulai|jam|pukul|dan|serta|atau|untuk|yang|setiap|tiap|sejak|hingga|sampai|dengan|bagi|"
    r"oleh|ini|itu|tersebut|kami|kita|besok|bsk|tgl|hari|ya|sekarang|nanti|"
    # a verb or an adverb of the sentence, no name ("setelah pelayanan di kantor camat selesai")
    r"selesai|dapat|bisa|akan|sudah|telah|juga|masih|saja|lagi|terdekat|tutup|buka|dibuka|ditutup|libur|"
    r"(?:di|me|mem|men|meng|ber|ter)[a-z]{4,})\b)[a-z]{3,}\b(?![ \t]*-)"
    # or a name in capitals, as a chat writes it after a lower-case office ("di halaman kantor lurah Oesapa")
    r"|[ \t]+(?!(?:Senin|Selasa|Rabu|Kamis|Jum'?at|Sabtu|Minggu)\b)(?-i:[A-Z])[\w.]*(?:[ \t]+(?-i:[A-Z])\w*){0,2}))")
#: Where a trip starts ("Pemberangkatan dijadwalkan ... dari Lapangan Benteng Medan"): citizens go there.
_DEPARTURE = re.compile(rf"\b(?i:berangkat|pemberangkatan|keberangkatan|diberangkatkan|dilepas)\b"
                        rf"(?:[^.\n]|(?<=\d)\.(?=\d)){{0,80}}?\bdari[ \t]+(?P<place>(?:{_VENUE_HEAD})\b[ \t]*{_NAME})")
#: A neighbourhood by its numbers, with the estate or lane before it and its kelurahan after ("RT 01 sampai RT 05
#: RW 07 Kelurahan Tamangapa", "Kompleks BTN Antang Blok C RW 11 Kelurahan Antang", "RT 03/RW 02, termasuk Lorong
#: X", "RW 01–05"): a place wherever it stands, with or without "di" (a round "menyisir RT 03 ...").
_RT = r"(?:RT|RW)[ \t]*\.?[ \t]*\d{1,3}\b"
_NEIGHBOURHOOD = re.compile(
    rf"(?P<place>(?:(?:Kompleks|Komplek|Perumahan|Perum|Lorong|Gang|Dusun|Jalan|Jl\.|Balai|Pos|Posyandu|Posko)"
    rf"(?:[ \t]+(?:[A-Z][\w'’\-]*|\d+))*?[ \t]+)?{_RT}"
    rf"(?:(?:[ \t]*[/,–\-][ \t]*|[ \t]+(?:dan|sampai|hingga|s\.d\.?)[ \t]+|[ \t]+)(?:{_RT}|\d{{1,3}}\b))*"
    rf"(?:,?[ \t]+(?:{_LOW_AREA}|Jalan|Jl\.){_HEAD_END}[ \t]*{_NAME})?"
    rf"(?:,[ \t]+termasuk[ \t]+(?:{_VENUE_HEAD}){_HEAD_END}[ \t]*{_NAME})?)")
#: A list that a header announces as places ("Wilayah terdampak:", "Jadwal & lokasi:", "... disiagakan di:"):
#: each item is a place, named or not ("Perumnas 3 Waena").
_LIST_HEADER = re.compile(r"^[^\n]*\b(?:lokasi|tempat|wilayah|daerah|titik|posko|di|kecamatan|kelurahan|desa|ke)[ \t]*"
                          r"(?:(?:terdampak|(?:sebagai[ \t]+)?berikut(?:[ \t]+ini)?)[ \t]*)?:[ \t]*\n", re.I | re.M)
#: An item's qualifier in brackets is part of the place ("Kelurahan Siranindi (sebagian, sisi barat Jalan Gajah Mada)").
_LIST_ITEM = re.compile(rf"{_BULLET}(?:[^\n]{{0,40}}?{_LABEL_SEP})?"
                        rf"(?P<place>(?:(?:halaman|pelataran|lapangan|area|kawasan|depan)[ \t]+)?"
                        rf"[A-Z][^\n(:]{{2,80}}(?:\([^\n()]{{2,60}}\))?)", re.M)
#: A day of a schedule's row ("Kamis, 9 September 2027: halaman Kantor ..."): the row's day, no place.
_A_DAY = re.compile(r"^(?:Senin|Selasa|Rabu|Kamis|Jum'?at|Sabtu|Minggu|Ahad)\b[\s,]*(?:\d|$)|"
                    r"^\d{1,2}\s+(?:Januari|Februari|Maret|April|Mei|Juni|Juli|Agustus|September|Oktober|November|"
                    r"Desember)\b")
#: A line labelled as the place ("3. Tempat: Atrium WTC Batanghari, Jalan Sultan Thaha."): the rest of the line is
#: the place whatever its first word, a venue's head the finders know ("Gedung") or not ("Atrium", "Rooftop").
_LABELLED = re.compile(r"^[ \t]*(?:[^\w\s]{1,3}[ \t]*|\d{1,2}[.)][ \t]*)?(?i:tempat|lokasi)(?:[ \t]+(?i:kegiatan|acara|"
                       r"pelayanan|layanan|pelaksanaan))?[ \t]*:[ \t]*(?P<place>[A-Z][^\n]{2,160})$", re.M)
MAX_LABELLED_WORDS = 14
#: A plain line under such a header, no bullet (a poster's "DAFTAR LANGSUNG DI:" then "KANTOR DINAS ..."): the whole
#: line is the place; a line that opens a new header ("ATAU DARING:") or reads as a sentence ends the list.
_PLAIN_ITEM = re.compile(r"[ \t]*(?P<place>[A-Z][^\n(:.!?]{2,80}(?:(?:\.(?=\S)|(?<=\bNo)\.)[^\n(:.!?]*)*"
                         r"(?:\([^\n()]{2,60}\))?)[ \t]*$", re.M)
#: ... or labelled by a place word and its use, the place running to the sentence's end ("Tempat pengungsian:
#: Madrasah X dan Balai Desa Y. Dapur umum ...", "Lokasi penukaran: Gedung Z.").
_LABELLED_USE = re.compile(r"^[ \t]*(?:[^\w\s]{1,3}[ \t]*|\d{1,2}[.)][ \t]*)?(?i:tempat|lokasi|titik)[ \t]+[a-z]{4,}"
                           r"[ \t]*:[ \t]*(?P<place>[A-Z](?:[^\n.]|\.(?=\S))*?)(?=\.(?:[ \t]|$)|$)", re.M)
_INLINE_LIST = re.compile(
    rf"\b(?i:lokasi|wilayah|daerah|kecamatan|kelurahan|desa)[ \t]+(?i:terdampak)[ \t]*:[ \t]*"
    rf"(?P<place>{_ITEM}(?:(?:,[ \t]+|,?[ \t]+(?:dan|serta|&)[ \t]+){_ITEM})*)")
#: One stop of a touring schedule, after the day of the stop before and right before its own day ("ke Kecamatan Menes
#: pada Selasa (8/12), Kecamatan Saketi pada Rabu (9/12), ..."): a place, though no "di" or "ke" opens it.
_TOUR_STOP = re.compile(rf"(?<=[\d)])(?:,|,?[ \t]+dan)[ \t]+"
                        rf"(?P<place>(?:{_AREA_HEAD}|{_VENUE_HEAD}){_HEAD_END}[ \t]*{_NAME})"
                        rf"(?=[ \t]+pada[ \t]+(?:{_WEEKDAY}\b|\d|tanggal\b))")
#: A row of a schedule written as a sentence, its place first and its day right after ("...: Puskesmas Kedungwaru
#: hari Senin dan Selasa, 11 dan 12 Januari 2027; Puskesmas Ngunut Rabu dan Kamis, ...; dan terakhir Puskesmas
#: Sendang Rabu, 20 Januari 2027"): each row's place, though no "di" opens it.
_ROW_STOP = re.compile(rf"(?:(?<=[.;:])|(?<=[.;:][\"“”]))[ \t]+(?:dan[ \t]+(?:terakhir[ \t]+)?)?"
                       rf"(?P<place>(?:{_AREA_HEAD}|{_VENUE_HEAD}){_HEAD_END}[ \t]*{_NAME})"
                       rf"(?=[ \t]+(?:hari[ \t]+)?{_WEEKDAY}\b)")
#: What is opened at a courtyard that citizens come to: a sale, a fair, a service (then the courtyard is the venue).
OPENED_FOR_CITIZENS = re.compile(r"\b(?:pasar\s+murah|pangan\s+murah|operasi\s+pasar|bazar|pasar\s+tani|"
                                  r"sembako\s+murah|"
                                  r"pelayanan|layanan|pengobatan|pemeriksaan|vaksinasi|imunisasi|khitanan|donor\s+darah|"
                                  r"job\s+fair|bursa\s+kerja|festival|pameran|expo)\b", re.I)
#: A team or a fleet sent off from the courtyard ("melepas ... tim pelayanan keliling"): it serves elsewhere.
SENT_OFF = re.compile(r"\b(?:melepas|dilepas|pelepasan|keliling|pemberangkatan|diberangkatkan)\b", re.I)
#: A courtyard is where a ceremony stands ("membuka ... di halaman Kantor Bupati"), unless citizens go there.
_CEREMONY_BEFORE = re.compile(r"\b(?:(?:dibuka|diresmikan|dilepas|diluncurkan)[ \t]+(?:secara[ \t]+resmi[ \t]+)?oleh|"
                              r"membuka[ \t]+(?:secara[ \t]+resmi|acara|kegiatan)|meresmikan|upacara|apel|launching|"
                              r"peluncuran|mencanangkan|menyerahkan|melepas|secara[ \t]+resmi)\b"
                              r"(?:[^.\n]|(?<=[A-Z])\.|(?<=[A-Z][a-z])\.|(?<=[A-Z][a-z]{2})\.){0,160}$", re.I)
#: The room a meeting or a report was held in ("dipaparkan ... dalam rapat evaluasi akhir tahun di Aula Kantor
#: Bupati", "Forum Konsultasi Publik ... di Aula Setda"): in a draft about what citizens get or an achievement,
#: where officials sat, not where citizens go (`in_meeting_room`); a meeting report's own venue stays.
_MEETING_BEFORE = re.compile(r"\b(?:rapat|forum|dipaparkan|memaparkan|paparan|konsultasi[ \t]+publik|"
                             r"rakor|audiensi|musrenbang)\b(?:[^.\n]|(?<=[A-Z])\.|(?<=\d)\.(?=\d)){0,120}$", re.I)
#: A channel to call or report to is a "how" or a "contact"; an office of one's own area to register at
#: ("kantor kelurahan masing-masing") is a "how".
_CHANNEL_BEFORE = re.compile(
    r"\b(?:narahubung|hubungi|menghubungi|lapor|melapor|laporkan|melaporkan|informasi)\b[^.]{0,25}$", re.I)
_REGISTER_BEFORE = re.compile(r"\b(?:mendaftar|daftar|cek|mengecek|mengajukan|diajukan|dikumpulkan|diserahkan|"
                              r"berkas)\b[^.]{0,50}$",
                              re.I)
#: A region's bare name ("Samarinda", "Sulawesi Tengah"), never a venue's ("Taman Merdeka", "Pasar Baru").
_REGION_ONLY = re.compile(rf"^(?:Kota|Kabupaten|Kab\.|Provinsi)\s+{_NAME}"
                          # with its province ("Kabupaten Natuna, Kepulauan Riau"), not a second region
                          rf"(?:,\s+(?!(?:Kota|Kabupaten|Kab\.|{_LOW_AREA})\b){_NAME})?$"
                          rf"|^(?!(?:{_VENUE_HEAD}|{_LOW_AREA})\b)[A-Z][\w\-]+(?:\s+[A-Z][\w\-]+)?$")
_NOT_PLACE = re.compile(r"^(?:Kantor\s+Cabang|Dinas|Rumah\s+(?:ke|dari)|Jalan\s+(?:keluar|tengah))\b", re.I)
#: Words a cut leaves at a place's end ("..., dan", "... di Kota"); "Kota" of an official's title stays
#: ("halaman Kantor Wali Kota").
_TRAILING = re.compile(r"(?:(?<!\bWali)[\s,]+(?:dan|serta|atau|di|se|yang|Kota|Kabupaten|Jl|Jln|No|Kec|Kel|Kab)\.?)+$"
                       r"|[\s,.;]+$")


#: An event announced after the meeting word: the place that follows is where the event is held.
_HELD_AFTER = re.compile(r"\b(?:akan|segera)[ \t]+(?:menggelar|membuka|mengadakan|menyelenggarakan|melaksanakan)\b"
                         r"|\b(?:akan|segera)[ \t]+(?:digelar|dibuka|diadakan|diselenggarakan|dilaksanakan)\b", re.I)


def in_meeting_room(text: str, start: int) -> bool:
    """The place at `start` is the room of a meeting or a report the sentence before it names."""
    before = _MEETING_BEFORE.search(text[max(0, start - 140) : start])
    # "... usai rapat menjelaskan bahwa pemerintah akan menggelar festival ... di X": the event's own venue
    return before is not None and not _HELD_AFTER.search(before.group(0))


def _clean(place: str) -> str:
    place = _TRAILING.sub("", place)
    if place.count("(") > place.count(")"):
        place = place[: place.rfind("(")].rstrip(" ,")
    return place


def _mark(item: str) -> tuple[int, str]:
    """A list item's indent and the kind of its mark: a number, a letter or a symbol."""
    body = item.lstrip(" \t")
    first = body[:1]
    kind = "number" if first.isdigit() else "letter" if first.isalpha() else "symbol"
    return len(item) - len(body), kind


def _listed(text: str) -> list[tuple[int, int]]:
    """The items of lists a header announces as places, and of inline lists of affected areas."""
    out: list[tuple[int, int]] = []
    for header in _LIST_HEADER.finditer(text):
        pos, indent = header.end(), None  # indent: the first item's (indent, mark)
        while item := _LIST_ITEM.match(text, pos) or (_PLAIN_ITEM.match(text, pos) if indent in (None, (0, "plain"))
                                                      else None):
            mark = _mark(item.group(0)) if item.re is _LIST_ITEM else (0, "plain")
            if indent is not None and mark != indent:
                break  # the list under the header ended: the next item belongs to an outer list ("a." then "4.")
            indent = mark
            value = _clean(item.group("place").rstrip())
            if len(value.split()) <= 8 and not re.search(r"\d[.:]\d\d|\bpukul\b", value) and not _A_DAY.match(value):
                out.append((item.start("place"), item.start("place") + len(value)))
            line_end = text.find("\n", item.end())
            if line_end < 0:
                break
            pos = line_end + 1
    out += [(m.start("place"), m.start("place") + len(_clean(m.group("place")))) for m in _INLINE_LIST.finditer(text)]
    out += [(m.start("place"), m.start("place") + len(_clean(m.group("place").rstrip(" \t."))))
            for pattern in (_LABELLED, _LABELLED_USE) for m in pattern.finditer(text)
            if len(m.group("place").split()) <= MAX_LABELLED_WORDS]
    return out


def _contained(spans: list[tuple[int, int]], text: str) -> list[tuple[int, int]]:
    """Spans whose wording is not already inside another span's (a place named again in the draft)."""
    keys = [text[s:e].lower() for s, e in spans]
    return [span for span, key in zip(spans, keys, strict=True)
            if not any(key != other and key in other and not _room_of(other, key) for other in keys)]


def _addresses(text: str, found: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A venue and the compound it stands in, "X di Y", are one address ("Kantor Dinas Perikanan Bangka Tengah di
    Komplek Perkantoran Terpadu Koba"), and so are neighbourhoods and where they meet ("RW 01–05 di halaman Kantor
    Lurah"): the two places joined."""
    out: list[tuple[int, int]] = []
    for start, end in found:
        if out and text[out[-1][1] : start] == " di " and (
                _VENUE_START.match(text, out[-1][0]) or _RT_START.match(text, out[-1][0])):
            out[-1] = (out[-1][0], max(end, out[-1][1]))
        else:
            out.append((start, end))
    return out


_RT_START = re.compile(_RT)
_VENUE_START = re.compile(rf"(?i:{_LOW_LEAD})(?:{_VENUE_HEAD}|(?i:posko|puskesmas|kantor|balai|aula)){_HEAD_END}")


#: A count of places announced, then the places one by one, each with what it serves ("dibagi di tiga lokasi ...,
#: yaitu Pendopo X untuk wilayah utara dengan kuota 150 anak, GOR Y untuk wilayah selatan ..., serta Aula Z ...").
_ANNOUNCED = re.compile(r"\b(?:di|ke)[ \t]+(?:\w+[ \t]+)?(?:dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|"
                        r"\d{1,2})[ \t]+(?:lokasi|tempat|titik|pos|posko|puskesmas|kecamatan|kelurahan|desa)\b"
                        r"[^.:;\n]{0,60}?(?:yaitu|yakni|antara[ \t]+lain|meliputi)[ \t]+", re.I)
_ANNOUNCED_ITEM = re.compile(r"(?:(?:serta|dan)[ \t]+)?(?P<item>[^,;\n]+?)"
                             r"(?=,[ \t]+|[ \t]+(?:serta|dan)[ \t]+|\.(?:\s|$)|$)")
_ITEM_HEAD = re.compile(rf"(?:{_VENUE_HEAD}|{_AREA_HEAD}){_HEAD_END}[ \t]*{_NAME}")
_SENTENCE_STOP = re.compile(r"\.(?:\s|$)|\n")
_ITEM_SEP = re.compile(r",[ \t]+|[ \t]+")


def _announced(text: str) -> list[tuple[int, int]]:
    """The places of a counted list whose items carry what each serves: each item's place, its qualifier left."""
    out = []
    for m in _ANNOUNCED.finditer(text):
        stop = _SENTENCE_STOP.search(text, m.end())
        pos, end = m.end(), stop.start() if stop else len(text)
        while pos < end and (item := _ANNOUNCED_ITEM.match(text, pos, end)) and item.group("item"):
            head = _ITEM_HEAD.match(text, item.start("item"), item.end("item"))
            if head is None:
                break
            out.append((head.start(), len(_clean(head.group(0))) + head.start()))
            sep = _ITEM_SEP.match(text, item.end())
            pos = sep.end() if sep else end
    return out


#: A caption's place line, marked by a pin ("📍 Sepanjang Jalan Basuki Rahmat, mulai depan Toko Oen sampai ..."),
#: a line of words that names no number to call.
_PIN_LINE = re.compile(r"^[ \t]*📍\ufe0f?[ \t]*(?:(?:lokasi|tempat|di\s?mana)[ \t]*:[ \t]*)?"
                       r"(?P<place>(?:[Ss]epanjang|[Dd]i)[ \t]+[A-Z][^\n\d]{3,120}?)[ \t]*$(?P<count>)", re.M)
#: A phone number right after a name ("Polres Aceh Utara: 110", "Puskesmas X (0812-...)"): a contact line.
_NUMBER_AFTER = re.compile(r"[ \t]*(?::|–|-|\()[ \t]*(?:\+62|0|1\d\d\b)[\d\- ]*\)?[ \t]*(?:$|\n)", re.M)


_TOTAL_ROW = re.compile(r"(?i:jumlah|total|sub\s?total|grand\s+total|rata-rata|keterangan)(?:\s+\w+)?")
_SPREAD = re.compile(r"\b(?:tersebar|terbagi|berada)\s+di\s+$", re.I)


#: A room or a yard of a building ("aula", "ruang rapat", "halaman"): a place inside the one named after it.
_ROOM = re.compile(r"(?:aula|ruang|ruangan|gedung\s+serbaguna|pendopo|halaman|lantai\s+\w+)\s", re.I)


def _room_of(earlier: str, key: str) -> bool:
    """Whether `earlier` names a room of the building `key` names alone ("aula puskesmas x, kecamatan y" and
    "puskesmas x"), not the same room again."""
    room = _ROOM.match(earlier)
    return room is not None and earlier[room.end() :].startswith(key) and not _ROOM.match(key)


def find_places(text: str) -> list[tuple[int, int]]:
    """Spans of the draft's places, longest first where they overlap, in draft order."""
    headline = headline_end(text)
    found = [span for span in _listed(text) + place_cells(text) + _announced(text) if span[0] >= headline]
    for pattern in (_PLACE, _LOW_PLACE, _ALL_PLACES, _OFFICE_PLACE, _DEPARTURE, _NEIGHBOURHOOD, _STAGED, _TIMED,
                    _TOUR_STOP, _ROW_STOP, _PIN_LINE):
        for m in pattern.finditer(text):
            group = "place" if m.group("place") else "count"
            value = _clean(m.group(group))
            start = m.start(group)
            before = text[max(0, start - 40) : start]
            if _CHANNEL_BEFORE.search(before) or _PERSON_AT.search(text, max(0, start - 70), start) or (
                    pattern in (_LOW_PLACE, _OFFICE_PLACE)
                    and _REGISTER_BEFORE.search(text, max(0, start - 60), start)):
                continue
            if start < headline:
                continue
            end = start + len(value)
            if not value or "\n" in value or _REGION_ONLY.match(value) or _NOT_PLACE.match(value):
                continue
            if _NUMBER_AFTER.match(text, end):  # "• Polres Aceh Utara: 110": whom to call, no place to go
                continue
            if _SPREAD.search(text, max(0, start - 20), start) and re.match(r"\d[\d.]*\s+\w+$", value):
                continue  # "sasaran ... tersebar di 39 puskesmas": how widely, no place to go
            if note := _PLACE_NOTE.match(text, end):  # "Gedung SMPN 1 (lantai 2)": which room
                end = note.end()
            opened = _CEREMONY_BEFORE.search(text[max(0, start - 120) : start])
            if value.lower().startswith("halaman") and opened and (not OPENED_FOR_CITIZENS.search(opened.group(0))
                                                                   or SENT_OFF.search(opened.group(0))):
                continue
            if re.fullmatch(r"\d+\s+(?:kecamatan|kelurahan|desa)\S*", value):
                continue
            found.append((start, end))
    # a table's row of totals ("Jumlah | 22 | 2.549 | 9.293") names no place
    found = sorted({f for f in found if not _TOTAL_ROW.fullmatch(text, *f)}, key=lambda s: (s[0], -s[1]))
    found = _addresses(text, found)
    out: list[tuple[int, int]] = []
    seen: set[str] = set()
    for start, end in found:
        key = text[start:end].lower()
        # a place named again inside an earlier one is said once, unless the earlier one was a room of it ("Aula
        # Puskesmas X" of an opening ceremony, then "di Puskesmas X pada Senin"): the building itself is a venue
        if (out and start < out[-1][1]) or key in seen or any(key in s and not _room_of(s, key) for s in seen):
            continue
        seen.add(key)
        out.append((start, end))
    return _contained(out, text)
