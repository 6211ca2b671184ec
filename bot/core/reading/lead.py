"""The lead of a draft: the clause that gives citizens the most.

A humas editor opens a post with what citizens get (a free service, a lower price, works that end
a nuisance, what to do in an emergency, the truth behind a hoax), never with a study visit, an
official's quote or an attendance list. Each clause that is not ceremony is weighed by what it
offers, asks or settles for citizens; a contact line or a registration step is a fact for later
lines, not a lead. When no clause weighs enough, the draft gives citizens nothing.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from bot.core.reading.key_facts import FREE
from bot.core.reading.lead_order import ASKING_KINDS, asks_listed, disruption_first
from bot.core.reading.lead_roles import role_weight
from bot.core.reading.lead_shape import announces_list, bare_cost, counts_unnamed
from bot.core.reading.rumour import answers_rumour, rumour_and_truth, rumour_spans, rumour_words, says_otherwise
from bot.core.reading.sheet import Clause, DraftKind

_I = re.I
#: Relief: a fine, an arrear or a fee that citizens no longer pay. Said in an official's own words, it is still
#: the news (its clause is not weighed down as speech).
RELIEF = re.compile(r"\b(?:peng|meng|di)?hapus(?:an|kan)?\b[^,;]{0,30}\b(?:denda|tunggakan|sanksi|biaya|tagihan)|"
                   # a body that waives it ("Pemkab ... membebaskan seluruh denda PBB-P2", "menggratiskan retribusi")
                   r"\b(?:membebaskan|menggratiskan|meniadakan)\s+(?:\w+\s+){0,2}?(?:denda|tunggakan|sanksi|biaya|tagihan|"
                   r"retribusi|iuran|tarif|bunga)\b|"
                   # ... or pays it for citizens ("menanggung seluruh biaya pengadaan patok ... bagi peserta PTSL")
                   r"\b(?:menanggung|membiayai|membayarkan)\s+(?:\w+\s+){0,2}?(?:biaya|iuran|premi|ongkos)\b|"
                   r"\b(?:keringanan|pembebasan|potongan|diskon|pengurangan)\s+(?:\w+\s+){0,2}(?:denda|tunggakan|sanksi|"
                   r"biaya|pajak|pokok|iuran|tarif|retribusi|\d)|"
                   # said the other way round ("Denda tahun lalu dihapus")
                   r"\b(?:denda|tunggakan|sanksi|tagihan)(?:nya)?\s+[^,;.]{0,60}?\b(?:dihapus(?:kan)?|dibebaskan|ditiadakan)\b|"
                   # ... or by who waives it, in speech ("denda ... tahun berapa pun kami hapus seratus persen")
                   r"\b(?:denda|tunggakan|sanksi|tagihan)(?:nya)?\s+[^,;.]{0,60}?\b(?:kami|kita|pemda|pemkab|pemkot|pemko)\s+"
                   r"(?:\w+\s+)?(?:hapus(?:kan)?|bebaskan|gratiskan|tiadakan|putihkan)\b",
                   _I)
#: (pattern, weight, kinds it weighs more in): what a clause gives citizens or asks of them.
_GIVES: tuple[tuple[re.Pattern[str], float, frozenset[DraftKind]], ...] = (
    # A price or a fare citizens pay ("tarif angkutan kota ditetapkan Rp5.000 ...").
    (re.compile(r"\b(?:dijual|seharga|harga(?:nya)?|tarif(?:nya)?|ongkos(?:nya)?|hanya|(?:pelanggan|penumpang|konsumen)"
                r"\b[^,;]{0,30}\b(?:membayar|dikenakan))\b[^,;]{0,40}Rp\s?\d|"
                # goods sold at a price said in words ("cukup ditebus seharga delapan puluh lima ribu rupiah")
                r"\b(?:ditebus|dijual)\b[^,;]{0,60}?\b(?:ribu|juta)\s+rupiah\b", _I), 3.0,
     frozenset()),
    (re.compile(r"\b(?:layanan|pelayanan|pemberian|pemeriksaan|vaksinasi|imunisasi|khitanan|pengobatan|perekaman|pencetakan|"
                r"pembebasan|penghapusan|dihapuskan|diskon|subsidi|beasiswa|bibit|air\s+bersih|dapur\s+umum|bantuan|"
                r"makanan\s+tambahan|lapak|bus|tiket|sembako|beras|paket|pengangkutan\s+sampah|"
                r"karnaval|festival|pesta\s+rakyat|bazar|pameran|jalan\s+sehat|pelatihan|operasi|pasar\s+murah|"
                r"pangan\s+murah|nikah\s+massal|donor\s+darah|mudik|lomba|sayembara|kompetisi|bursa\s+kerja|job\s+fair|"
                r"lowongan)\b", _I),
     1.2, frozenset()),
    # A fee the government sets, changed ("tarif retribusi pelayanan pasar disesuaikan", "memberlakukan tarif air
    # minum yang baru"): what every payer feels. A market price that moves ("harga cabai naik") is news, no offer.
    (re.compile(r"\b(?:tarif|iuran|retribusi|biaya|ongkos)\s+baru\b|\b(?:tarif|iuran|retribusi|biaya|ongkos)\b"
                r"[^,;.]{0,90}?\b(?:disesuaikan|dinaikkan|diturunkan|berubah|diubah|yang\s+baru|naik|turun)\b", _I),
     2.0, frozenset({DraftKind.SERVICE})),
    # A prize citizens can win ("total hadiah Rp150 juta", "hadiah uang tunai").
    (re.compile(r"\bhadiah\b[^,;.]{0,30}?Rp\s?\d|\bhadiah\s+(?:uang|tunai|total|senilai|jutaan)\b", _I), 2.0,
     frozenset()),
    (re.compile(r"Rp\s?\d[\d.,]*+\s*(?:per|/)\s*\w+", _I), 1.0, frozenset()),
    # An invitation to the public: citizens may come, speak or give their view.
    # (in either voice: "seluruh masyarakat diundang hadir ...")
    (re.compile(r"\bmengundang\s+(?:seluruh\s+)?(?:masyarakat|warga|publik)\b|"
                r"\b(?:masyarakat|warga|publik|umum)\s+(?:\w+\s+){0,2}?diundang\b|"
                # said to the reader ("Yuk datang ke Job Fair ...", "Ayo ramaikan ...")
                r"\b(?:yuk|ayo|ayuk|mari)\s+(?:\w+\s+)?(?:datang|hadir|ikut|ikuti|daftar|mendaftar|kunjungi|ramaikan|"
                r"meriahkan|manfaatkan)\b|"
                # citizens invited to take part ("Pemko mengajak warga mengikuti kirab ...", "Warga Diajak Ikut ...")
                r"\b(?:mengajak|diajak)\s+(?:seluruh\s+|para\s+|semua\s+)?(?:masyarakat|warga|publik)?\s*(?:untuk\s+)?"
                r"(?:ikut|mengikuti|hadir|menghadiri|datang|meramaikan|memeriahkan|berpartisipasi)\b", _I), 3.0,
     # an award that ends with an invitation to celebrate it: the invitation is what citizens get (round 11c)
     frozenset({DraftKind.ACHIEVEMENT})),
    (re.compile(r"\b(?:terbuka|dibuka)\s+untuk\s+umum\b", _I), 2.0, frozenset()),
    (RELIEF, 3.0, frozenset()),
    # A price or a fee cut ("biaya pemasangan ... dipotong 50 persen").
    (re.compile(r"\b(?:dipotong|didiskon|dikurangi|diturunkan|dipangkas)\b[^,;]{0,40}?(?:\d+\s*(?:persen|%)|Rp\s?\d)",
                _I), 3.0, frozenset()),
    # A result that moved, from one figure to another ("prevalensi stunting turun dari 27,4 persen ... menjadi 17,9").
    (re.compile(r"\b(?:turun|naik|menurun|meningkat|berkurang|bertambah|ditekan)\s+(?:\w+\s+){0,2}?dari\s+[\d.,]+"
                r"[^,;]{0,40}?\bmenjadi\s+[\d.,]+", _I), 2.5, frozenset({DraftKind.ACHIEVEMENT})),
    (re.compile(r"\b(?:bagi|untuk|kepada|khusus)\s+(?:seluruh\s+|para\s+)?(?:warga|masyarakat|anak|balita|bayi|ibu\s+hamil|"
                r"lansia|siswa|siswi|pelajar|petani|nelayan|keluarga|penyandang|pedagang|UMKM|pemudik|peserta|pengungsi|korban|pasien|"
                r"pelanggan|pemilik|wajib\s+pajak)\b", _I), 1.5, frozenset()),
    (re.compile(r"\b(?:warga|masyarakat|peserta|pemilik|orang\s+tua|petani|nelayan|pelanggan|pemohon|pedagang|pengunjung|"
                r"pelajar|mahasiswa|siswa|pasien|keluarga|pengendara|wajib\s+pajak|pelaku\s+usaha|penyandang\s+disabilitas|"
                r"lansia|ibu\s+hamil|pemudik|penumpang|pekerja|peternak|pembudidaya|pendaftar)"
                r"\b[^,;]{0,30}\b(?:(?:kini|sekarang)\s+)?(?:dapat|bisa|cukup|tidak\s+perlu(?:\s+lagi)?)\b"
                # a reassurance ("tidak perlu panik") gives nothing
                r"(?!\s+(?:panik|khawatir|cemas|resah|takut|ragu))", _I), 2.0, frozenset()),
    (re.compile(r"\b(?:cukup\s+(?:dengan\s+)?(?:menunjukkan|membawa|menyebutkan)|tidak\s+perlu\s+lagi|langsung\s+di|"
                r"dari\s+rumah|(?:kini|sekarang)\s+(?:semua\s+)?(?:dapat|bisa)|mengurus|tanpa\s+antre)\b", _I), 1.5,
     frozenset()),
    # What citizens are asked to do or not to do: in an emergency, that is the news ("nelayan ... diminta
    # tidak melaut").
    (re.compile(r"\b(?:meminta\s+(?:warga|masyarakat)|mengimbau|diimbau|imbauan|agar\s+(?:warga|masyarakat)|"
                r"meningkatkan\s+kewaspadaan|untuk\s+tidak|tidak\s+(?:membuka|membakar)|segera\s+(?:pindah|mengungsi)|"
                r"diminta\s+(?:untuk\s+)?(?:tidak|segera|menjauhi|mengungsi|waspada|menunda|menghindari))\b",
     _I), 2.0, frozenset({DraftKind.APPEAL, DraftKind.EMERGENCY})),
    # A service brought to where citizens live ("petugas turun ke kampung-kampung", "layanan keliling", "jemput
    # bola"): no trip to town. A programme's name in capitals ("Layanan Alat Bantu Keliling") is no such clause.
    (re.compile(r"\b(?:(?:turun|datang|hadir|masuk)\s+(?:langsung\s+)?ke\s+(?:kampung|desa|dusun|gampong|nagari|"
                r"kelurahan|rumah|sekolah|pulau|pelosok)|(?:\w+\s+){1,4}(?-i:keliling)|jemput\s+bola|door\s+to\s+door|"
                r"dari\s+pintu\s+ke\s+pintu)\b", _I),
     2.0, frozenset()),
    # Where a service is done ("Pembayaran PBB 2026 bisa di kantor desa").
    (re.compile(r"\b(?:bisa|dapat)\s+(?:dilakukan\s+|dibayar(?:kan)?\s+|diurus\s+|dilayani\s+)?(?:di|lewat|melalui)\s+"
                r"(?:kantor|balai|puskesmas|loket|mal|MPP|bank|aplikasi|laman)\b", _I), 2.0, frozenset()),
    (re.compile(r"\b(?:(?:siaga|tanggap|awas)\s+darurat|peringatan\s+dini|status\s+(?:siaga|awas))\b", _I), 2.5,
     frozenset({DraftKind.EMERGENCY})),
    # Help citizens can go to now: a shelter, a public kitchen, a health post that serves them.
    (re.compile(r"\b(?:dapur\s+umum|posko|pos\s+(?:layanan\s+)?kesehatan|tempat\s+pengungsian)\b[^,;]{0,60}?"
                r"\b(?:melayani|menyediakan)\b", _I), 2.5, frozenset({DraftKind.EMERGENCY})),
    # A hazard forecast: what is coming, when and where ("hujan lebat ... berpotensi terjadi mulai pukul 15.00").
    (re.compile(r"\b(?:hujan\s+(?:sangat\s+)?(?:lebat|deras|ekstrem)|angin\s+kencang|gelombang\s+tinggi|banjir(?:\s+rob)?|"
                r"(?:tanah\s+)?longsor|cuaca\s+ekstrem|puting\s+beliung|air\s+pasang)\b(?:[^,;]|,(?=\d)){0,60}?\b(?:berpotensi|"
                r"diperkirakan|diprakirakan|diprediksi|akan\s+terjadi|mengancam)\b", _I), 2.5,
     frozenset({DraftKind.EMERGENCY})),
    (re.compile(r"\b(?:tidak\s+pernah|tidak\s+ada(?!\s+korban)|tetap\s+(?:dapat|bisa)\s+(?:dilalui|dilintasi|digunakan|dipakai|diakses|melintas)|tetap\s+(?:aman|berjalan|jalan|buka|dibuka|berlaku|beroperasi|dilayani|"
                r"normal|berlangsung)|dipastikan\s+aman|bukan\s+"
                r"(?:yang|dari)|(?:hanya|cukup)\s+(?:bisa|dapat|melalui|lewat|di))\b", _I), 2.0,
     frozenset({DraftKind.CLARIFICATION})),
    # A rule that changes what citizens do: a closure, a ban, an obligation, a right.
    (re.compile(r"\b(?:ditutup|dilarang|tidak\s+boleh|wajib\s+(?!pajak|membawa|melampirkan|menunjukkan)\w+|"
                r"penutupan\s+(?:dan\s+pengalihan|jalan|ruas|total|sementara)|"
                r"tidak\s+(?:wajib|diwajibkan|perlu))\b", _I), 1.5,
     frozenset({DraftKind.APPEAL, DraftKind.CLARIFICATION})),
    (re.compile(r"(?<![\d.,])\d[\d.,]*+\s*(?:kilometer|km|unit|rumah|jembatan|titik)\b[^,;]{0,80}\b(?:selesai|diperbaiki|"
                r"dibangun|tuntas|rampung)|\b(?:selesai\s+diperbaiki|(?:sudah|kini|telah)\s+(?:bisa|dapat)\s+dilalui|tidak\s+lagi|"
                r"dinyatakan\s+bebas)\b", _I), 2.0,
     frozenset({DraftKind.ACHIEVEMENT})),
    # A service restored after works or a breakdown ("aliran air ... kembali normal mulai Jumat", "ruas jalan ...
    # kembali dibuka untuk semua kendaraan"): the nuisance ends, what citizens get. A report that an area is
    # calm again after a disaster ("situasi kembali kondusif") names no service and is not matched.
    (re.compile(r"\b(?:aliran|pasokan|layanan|pelayanan|listrik|air|jalan|ruas|jembatan|lalu\s+lintas|jaringan|"
                r"operasional)\b[^.;]{0,120}?\bkembali\s+(?:normal|mengalir|menyala|beroperasi|berfungsi|"
                r"(?:dapat|bisa)\s+(?:dilalui|digunakan|dilintasi)|dibuka\s+untuk)\b", _I), 3.0, frozenset()),
    # What citizens receive: the object of a receiving verb ("... akan memperoleh bantuan Rp6 juta"), not an
    # office receiving a visit or praise.
    (re.compile(r"(?<!sulit\s)(?<!tidak\s)(?<!belum\s)(?<!gagal\s)\b(?:mendapat(?:kan)?|memperoleh|menerima|menikmati|berhak\s+(?:atas|menempati|mengikuti))\s+(?!(?:kunjungan|audiensi|penghargaan|"
                r"apresiasi|laporan|masukan|aspirasi|rombongan|tamu|arahan|sambutan|piagam|trofi|predikat)\b)", _I),
     2.0, frozenset()),
    # Keeping out of harm's way: in an emergency, what saves lives comes before the help on offer.
    # Asked of them, not reported ("34 KK mengungsi" is a figure).
    (re.compile(r"\b(?:diminta|diimbau|diharapkan|agar|harus|wajib|segera|untuk)\s+(?:\w+\s+){0,2}?(?:mengungsi|"
                r"menyelamatkan\s+diri|meninggalkan\s+(?:rumah|lokasi|kawasan|permukiman)|"
                r"(?:tidak|belum|jangan)\s+kembali\s+ke\s+rumah)\b", _I), 2.0,
     frozenset({DraftKind.EMERGENCY, DraftKind.APPEAL})),
    (re.compile(r"\b(?:kembali\s+)?dibuka\b", _I), 1.5, frozenset({DraftKind.SERVICE})),
    # The way road users take now ("kendaraan dari Padang ... dialihkan melalui jalur Sitinjau Lauik"): after a
    # disaster cut the road, the news; beside a planned closure, second to the closure itself.
    (re.compile(r"\b(?:dialihkan|diarahkan)\s+(?:\w+\s+){0,2}?(?:melalui|ke|lewat)\b", _I), 2.0,
     frozenset({DraftKind.EMERGENCY})),
    # Handed out, in the passive ("selimut dan perlengkapan bayi dibagikan setiap hari di tiga posko").
    (re.compile(r"\b(?:dibagikan|disalurkan|disediakan|dibagi\s+gratis)\b", _I), 2.0, frozenset()),
    # A service moved: where citizens go now ("pelayanan ... dipindahkan sementara ke Gedung Serbaguna").
    (re.compile(r"\b(?:di)?pindah(?:kan)?\s+(?:sementara\s+)?ke\b|\bberpindah\s+(?:sementara\s+)?ke\b|"
                r"\bberalih\s+(?:sementara\s+)?ke\b", _I), 2.0, frozenset({DraftKind.SERVICE})),
    # A service's hours opened or widened ("seluruh puskesmas kini buka pada hari Sabtu", "kini melayani cuci
    # darah hingga malam hari").
    (re.compile(r"\b(?:kini|sekarang|mulai)\s+(?:buka|dibuka|beroperasi|melayani)\b|\bbuka\s+(?:pada\s+)?(?:hari|setiap|"
                r"sampai|hingga|24\s+jam|malam)\b|\b(?:melayani|buka|dibuka|beroperasi|pelayanan|layanan)\b[^,;.]{0,60}"
                r"\b(?:malam\s+hari|akhir\s+pekan|hari\s+libur)\b", _I), 2.0,
     frozenset({DraftKind.SERVICE})),
    (re.compile(r"\b(?:kembali\s+)?(?:menggelar|menyelenggarakan|menyalurkan|membagikan|meluncurkan|membuka)\b", _I),
     0.8, frozenset({DraftKind.EVENT, DraftKind.SERVICE})),
)
_FREE_WEIGHT = 3.0
#: An appeal's frame right before a clause ("Bupati mengimbau masyarakat agar | tidak membakar lahan"): the
#: clause is what citizens are asked to do, however plainly it is worded.
ASK_FRAME = (r"\b(?:mengimbau|menghimbau|meminta|minta|mengajak|mengingatkan|berpesan|diimbau|dihimbau|diminta|diajak|"
             r"diingatkan|diharapkan)\b[^,.;:\n]{0,60}?\b(?:agar|untuk|supaya)\s+")
_ASKED = re.compile(ASK_FRAME + r"$", _I)
ASKED_WEIGHT = 2.0
_ASKED_FACTOR = {DraftKind.APPEAL: 1.5, DraftKind.EMERGENCY: 1.5}
#: Free in other words: a cost the state bears in full ("Premi ... ditanggung penuh oleh pemerintah daerah").
_FREE_VERB = re.compile(r"\b(?:di)?gratiskan\b|\bcuma-cuma\b", _I)
#: An organiser's act right before the clause ("Pemkot akan menggelar | khitanan massal gratis").
_ORGANISED = re.compile(r"\b(?:menggelar|menyelenggarakan|menggulirkan|meluncurkan|menyalurkan|mencanangkan|"
                        r"melaksanakan|meresmikan|membuka|memberlakukan|menetapkan|menyiapkan|menyediakan|"
                        r"menjalankan|menghadirkan|mengadakan|memberikan|melakukan)"
                        r"(?:\s+(?:program|kegiatan))?\s*$", _I)
ORGANISED_WEIGHT = 2.0
_ORGANISED_FACTOR = {DraftKind.EVENT: 1.5, DraftKind.SERVICE: 1.5}
#: Aid handed over in an emergency ("BPBD menyalurkan 600 paket sembako ..., Rabu") reports the response; the
#: help citizens can go to now (a public kitchen that serves them) leads.
_HANDED = re.compile(r"\b(?:menyalurkan|membagikan|menyerahkan|memberikan)\s*$", _I)
HANDED_FACTOR = 0.5
#: A launch is a ceremony: its place and day are the ceremony's, not where citizens get what it launches
#: ("meluncurkan Layanan X di halaman Panti ..., Kamis"), so it counts half.
_LAUNCHED = re.compile(r"\b(?:meluncurkan|meresmikan|mencanangkan)(?:\s+(?:program|kegiatan))?\s*$", _I)
#: A clause that points back ("layanan ini gratis") restates; the lead names the thing itself.
_ANAPHORA = re.compile(r"^(?:(?:\w+\s+){0,3}"
                       # a time said from today points to nothing before ("Operasi katarak tahun ini ...")
                       r"(?<!tahun\s)(?<!bulan\s)(?<!pekan\s)(?<!minggu\s)(?<!kali\s)(?:ini|itu|tersebut)|"
                       # each of the places named before ("Di setiap lokasi, beras dijual ...")
                       r"(?:di\s+)?(?:setiap|tiap|masing-masing)\s+(?:lokasi|titik|tempat|posko|pos)\b|(?:semua|seluruh)\s+\w+(?:\s+\w+)?\s+(?:gratis|"
                       r"tidak|tanpa|juga|tetap|dapat|bisa)"
                       # a bare head as the subject names nothing ("Kegiatan terbuka untuk umum ...")
                       r"|(?:kegiatan|acara|rangkaian\s+kegiatan)\s+(?:terbuka|gratis|tidak|tanpa|juga|tetap))\b", _I)
ANAPHORA_PENALTY = 2.0
#: A clause that adds to what was named before ("Selain pameran produk, sejumlah stan juga membuka pelayanan"):
#: a part of the whole (one stall of a fair), not the whole.
_ADDED = re.compile(r"^(?:selain|di\s+samping)\b(?!\s+itu\b)|\b(?:juga|pula)\b", _I)
ADDED_PENALTY = 1.0
#: A phrase of means that opens a sentence ("Melalui program Bantuan Premi ... 2027, KKP menetapkan ..."): it
#: names the programme the main clause after its comma acts in, and gives citizens nothing by itself.
_MEANS = re.compile(r"^(?:melalui|lewat|dalam\s+rangka|sebagai\s+bagian\s+dari)\b", _I)
#: An office's ongoing effort ("KKP terus memperkuat perlindungan bagi nelayan kecil"): a policy's preamble, not
#: what citizens get now.
_EFFORT = re.compile(r"\b(?:terus|senantiasa|berkomitmen(?:\s+untuk)?|berupaya)\s+(?:memperkuat|meningkatkan|mendorong|"
                     r"mengoptimalkan|memperluas|menghadirkan|memastikan)\b", _I)
EFFORT_PENALTY = 1.0
#: A clause whose head is an officials' meeting about the offer ("rapat persiapan kegiatan khitanan massal ...",
#: "sosialisasi sidang isbat nikah"): it reports the meeting; the clause that states the offer leads.
_MEETING_HEAD = re.compile(r"^\W*(?:rapat|rakor|sosialisasi|audiensi|pertemuan|persiapan|koordinasi)\b", _I)
MEETING_HEAD_PENALTY = 3.0
#: The offer named only by pointing back, anywhere in the clause ("tidak ada biaya apa pun untuk mendapatkan
#: bantuan ini"): the clause restates what an earlier one named.
_POINTS_BACK = re.compile(r"\b(?:bantuan|layanan|pelayanan|program|kegiatan|acara|fasilitas|lomba|festival|"
                          r"pelatihan|beasiswa)\s+(?:ini|itu|tersebut)\b", _I)
#: A place that points back ("Denda dihapus kalau bayar di sini"): the clause needs the one before it.
_DEICTIC = re.compile(r"\b(?:di|ke)\s+(?:sini|situ)\b", _I)
#: A connective that opens a clause ("Untuk itu, masyarakat diminta ..."): it points back, its clause does not.
CONNECTIVE = re.compile(r"^(?:untuk|oleh\s+karena|karena|dengan\s+demikian|selain|di\s+samping|meski(?:pun)?\s+begitu)"
                         r"\s+itu\s*,?\s*", _I)
#: A contact line, a registration step or a report channel: a fact for later lines, not the lead.
_LATER = re.compile(
    r"\b(?:hubungi|menghubungi|nomor\s+(?:telepon\s+|telp\.?\s+|hp\s+|whatsapp\s+|wa\s+)?[\d(+]+|"
    r"(?:whatsapp|WA)\s*:?\s*\+?\d+|call\s+center|hotline|care\s+center|informasi\s+lebih\s+lanjut|"
    r"ditanyakan|bertanya|menanyakan|melapor|laporan|mendaftar|melampirkan|dipantau|diperbarui|pengaduan|aduan|unduh|"
    r"mengunduh)\b", _I)
#: A clause that only sets the scene (a place, a day) or tags an attribution; an opening phrase joined to its
#: clause by a comma ("Di setiap lokasi, tersedia ...") sets the scene of content.
_SETTING = re.compile(r"^(?:bertempat|berlokasi|pada|di|mulai|pukul|sejak|hingga|sampai)\b", _I)
#: The source or the occasion of a notice ("Berdasarkan peringatan dini BMKG ...", "Sehubungan dengan
#: pelaksanaan ..."): it frames what follows and never leads.
FRAME_OPENERS = r"berdasarkan|merujuk|mengacu|sehubungan\s+dengan|menindaklanjuti|menanggapi"
_SOURCE = re.compile(rf"^(?:{FRAME_OPENERS})\b|"
                     # why the notice was given ("Imbauan ini disampaikan seiring diperpanjangnya status siaga")
                     r"^(?:\w+\s+){1,3}(?:ini|itu|tersebut)\s+(?:juga\s+)?(?:di)?(?:sampaikan|keluarkan|terbitkan|"
                     r"umumkan|berikan)\s+(?:seiring|menyusul|karena|mengingat|sehubungan|setelah|menjelang)\b", _I)
LATER_PENALTY = 2.5
#: A condition citizens meet (papers to bring, a levy to pay) is a fact for later lines, not what they get,
#: unless the clause says it got simpler or cheaper ("kini cukup menunjukkan KTP", "tidak perlu lagi ...").
_PAPERS = (r"(?:KTP|KK|SIM|kartu|fotokopi|surat|STNK|BPKB|berkas|dokumen|buku|akta|ijazah|pas\s+foto|rapor|NIK|"
           r"bukti|formulir|materai|meterai)")
_CONDITION = re.compile(
    r"\b(?:membawa|menunjukkan|melampirkan|menyiapkan|mengunggah|menyertakan|menyerahkan)\s+(?:\w+\s+){0,3}?"
    + _PAPERS + r"|\b(?:dikenakan|dipungut|membayar|dibayar(?:kan)?)\s+(?:\w+\s+){0,3}?(?:iuran|retribusi|"
    r"biaya\s+(?:persiapan|administrasi|perawatan|pemeliharaan|materai|meterai))|"
    r"\b(?:iuran|retribusi|biaya\s+(?:persiapan|administrasi|perawatan|pemeliharaan))\b[^,;]{0,40}Rp\s?\d", _I)
_EASIER = re.compile(r"\b(?:tidak\s+perlu|tidak\s+lagi|tak\s+lagi|tanpa|kini|sekarang|gratis|dibebaskan|dihapus\w*|"
                     # a relief on the condition that the current dues are paid is still a relief
                     r"bebas|menghapus\w*|membebaskan|menggratiskan|meniadakan|pemutihan|keringanan)\b", _I)
CONDITION_PENALTY = 3.0
#: A figure recorded ("Data panel harga dinas mencatat beras ... Rp14.500"): background to a notice, a result
#: only in an achievement.
_RECORDED = re.compile(r"\b(?:mencatat|tercatat|dicatat|data\s+(?:\w+\s+){0,3}?(?:menunjukkan|mencatat))\b", _I)
RECORDED_PENALTY = 2.0
#: A clause that states a rumour and denies it ("... wajib membeli seragam ... tidak benar") repeats the hoax;
#: the lead of a clarification is the correct fact.
_DENIED = re.compile(r"\b(?:tidak\s+benar|hoaks|hoax|bohong|palsu|disinformasi)\b(?:\s+\w+){0,2}\s*$", _I)
DENIED_PENALTY = 3.0
QUOTE_PENALTY = 1.0
#: A plan, not yet an offer ("Tahun depan, BKD berencana membuka layanan jemput bola ..., namun jadwalnya masih
#: disusun"): citizens cannot use it. (Not "direncanakan digelar Sabtu": a scheduled event is news.)
_PLANNED = re.compile(r"\b(?:(?<!keluarga\s)berencana|merencanakan|rencananya|mewacanakan|diwacanakan|wacana)\b|"
                      r"\bmasih\s+(?:disusun|dibahas|dikaji|digodok|dirumuskan)\b", _I)
#: What a clarification states right after it denies the rumour is its lead's place.
TRUTH_BONUS = 1.5
#: A clause that takes up the rumour's own words and says it is otherwise (rumour.answers_rumour), wherever it stands.
ANSWER_BONUS = 1.0
#: The lowest weight of a lead: below it the draft gives citizens nothing.
LEAD_FLOOR = 2.5
MIN_WORDS, MAX_WORDS = 3, 30
#: A headline line ("PERINGATAN DINI BPBD ...", "Kemnaker Buka Pelatihan ... Gratis") announces the
#: lead; the lead itself is in the body. A headline leads only when the body gives nothing more.
HEADER_CHARS = 200
MAX_HEADER_LINES = 5


BARE_COST_PENALTY = 1.5
#: What is offered counted, not named (lead_shape.counts_unnamed): the items named after it lead.
COUNTED_PENALTY = 3.0


def clause_benefit(clause: str, kind: DraftKind | None = None) -> float:
    """What a clause gives citizens or asks of them (0 = nothing), before its place in the draft."""
    score = _FREE_WEIGHT if FREE.search(clause) or _FREE_VERB.search(clause) else 0.0
    if score and bare_cost(clause):
        score -= BARE_COST_PENALTY
    for pattern, weight, kinds in _GIVES:
        hits = len(pattern.findall(clause))
        if hits:
            score += weight * min(hits, 2) * (1.5 if kind in kinds else 1.0)
    if _LATER.search(clause):
        score -= LATER_PENALTY
    if _CONDITION.search(clause) and not _EASIER.search(clause):
        score -= CONDITION_PENALTY
    if kind != DraftKind.ACHIEVEMENT and _RECORDED.search(clause):
        score -= RECORDED_PENALTY
    if _DENIED.search(clause):
        if kind == DraftKind.CLARIFICATION:  # the rumour restated, however much it promises
            return 0.0
        score -= DENIED_PENALTY
    if _ANAPHORA.match(CONNECTIVE.sub("", clause)) or _DEICTIC.search(clause) or _POINTS_BACK.search(clause):
        score -= ANAPHORA_PENALTY
    if _ADDED.search(clause):
        score -= ADDED_PENALTY
    if _MEETING_HEAD.match(clause):
        score -= MEETING_HEAD_PENALTY
    if counts_unnamed(clause):
        score -= COUNTED_PENALTY
    if _SETTING.match(clause) and "," not in clause:
        score -= 2.0
    if _SOURCE.match(clause):
        return 0.0
    n = len(clause.split())
    if n < MIN_WORDS:
        score -= 2.0
    elif n > MAX_WORDS:
        score -= 1.0
    if n >= MIN_WORDS:  # what the clause does for the draft's kind, whatever its words
        score = role_weight(clause, kind, score)
    return max(score, 0.0)


def _in_quote(draft: str, clause: Clause, sentence_start: int) -> bool:
    before = draft[sentence_start : clause.start]
    return (before.count('"') + before.count("“") + before.count("”")) % 2 == 1 or before.count("“") > before.count("”")


def _position_bonus(sentence: int, first_body: int) -> float:
    at = sentence - first_body
    return 1.5 if at <= 0 else 1.0 if at <= 2 else 0.5 if at <= 5 else 0.0


def header_lines(draft: str, sentences: Sequence[tuple[int, int]]) -> int:
    """How many sentences open the draft as headline lines: short lines of their own, no full stop."""
    count = 0
    for start, end in sentences[:MAX_HEADER_LINES]:
        line = draft[start:end].rstrip()
        after = draft[end : end + 2]
        if end - start > HEADER_CHARS or line[-1:] in ".!?…" or (after.strip(" \t") and "\n" not in after):
            break
        count += 1
    return count


def weigh(draft: str, clauses: Sequence[Clause], sentences: Sequence[tuple[int, int]], kind: DraftKind,
          title: str = "") -> list[Clause]:
    """The clauses with their benefit set (ceremony weighs nothing)."""
    headers = header_lines(draft, sentences)
    first_body = max(headers, 1 if title else 0)
    rumour, truth = rumour_and_truth(draft, sentences) if kind == DraftKind.CLARIFICATION else (set(), set())
    told = rumour_spans(draft, sentences) if kind == DraftKind.CLARIFICATION else []
    claimed = rumour_words(draft, sentences) if kind == DraftKind.CLARIFICATION else frozenset()
    out = []
    for c in clauses:
        if (c.ceremonial or c.sentence in rumour or any(s <= c.start and c.end <= e + 1 for s, e in told)
                or announces_list(draft, c, sentences[c.sentence][0])):
            out.append(replace(c, benefit=0.0))
            continue
        score = clause_benefit(c.text, kind)
        if _MEANS.match(c.text) and c.start <= sentences[c.sentence][0] + 1 and draft[c.end : c.end + 1] == ",":
            score = 0.0
        elif _EFFORT.search(c.text):
            score -= EFFORT_PENALTY
        before = max(sentences[c.sentence][0], c.start - 80)
        framed_by = draft[sentences[c.sentence][0] : c.start]
        if _ADDED.search(framed_by[-80:]) and not _ADDED.search(c.text) and framed_by.rstrip()[-1:] != ".":
            score -= ADDED_PENALTY  # "Di area festival juga tersedia gerai ..., antara lain | perekaman KTP-el ..."
        if _ASKED.search(draft, before, c.start) and not _in_quote(draft, c, sentences[c.sentence][0]):
            score += ASKED_WEIGHT * _ASKED_FACTOR.get(kind, 1.0)
        if score > 0 and _ORGANISED.search(draft, before, c.start) and not _MEETING_HEAD.match(c.text):
            handed = kind == DraftKind.EMERGENCY and _HANDED.search(draft, before, c.start)
            score += ORGANISED_WEIGHT * (HANDED_FACTOR if handed else _ORGANISED_FACTOR.get(kind, 1.0)) * (
                0.5 if _LAUNCHED.search(draft, before, c.start) else 1.0)
        if answers_rumour(c.text, claimed) or (c.sentence in truth and says_otherwise(c.text)):  # the true fact
            score = max(score + ANSWER_BONUS, LEAD_FLOOR)
        if score > 0:
            score += _position_bonus(c.sentence, first_body) + (TRUTH_BONUS if c.sentence in truth else 0.0)
            if _in_quote(draft, c, sentences[c.sentence][0]) and not RELIEF.search(c.text):
                score -= QUOTE_PENALTY
            if _PLANNED.search(draft, before, c.end):  # a plan leads nothing
                score = 0.0
            if c.sentence < headers:
                score = min(score, LEAD_FLOOR)
        out.append(replace(c, benefit=round(max(score, 0.0), 2)))
    out = disruption_first(out) if kind != DraftKind.CLARIFICATION else out
    return asks_listed(draft, out, LEAD_FLOOR) if kind in ASKING_KINDS else out


def choose_lead(clauses: Sequence[Clause]) -> Clause | None:
    """The clause that gives citizens the most, the earliest of equals; None below the floor."""
    best = max((c for c in clauses if not c.ceremonial), key=lambda c: (c.benefit, -c.start), default=None)
    return best if best is not None and best.benefit >= LEAD_FLOOR else None
