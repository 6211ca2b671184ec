"""What a clause gives citizens or asks of them, by its words: the patterns the lead weighs (`lead.py`).

Each pattern has a weight, and the draft kinds it weighs more in (a warning in an emergency, a result in an
achievement report).
"""

from __future__ import annotations

import re

from bot.core.reading.sheet import DraftKind

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
#: What stays as it was, said against a rumour ("tidak pernah", "tetap berjalan", "hanya melalui"): a clarification's
#: truth; elsewhere only what a service keeps doing through a holiday or a disruption (lead.py).
STILL_SO = re.compile(
    r"\b(?:tidak\s+pernah|tidak\s+ada(?!\s+(?:korban|praktik|praktek|gratifikasi|korupsi|KKN|jual\s+beli\s+jabatan)\b)|"
    r"tetap\s+(?:dapat|bisa)\s+(?:dilalui|dilintasi|digunakan|dipakai|diakses|melintas)|"
    r"tetap\s+(?:aman|berjalan|jalan|buka|dibuka|berlaku|beroperasi|dilayani|normal|berlangsung|berlayar|terbang|"
    r"berangkat|disalurkan|dibayarkan|cair)|dipastikan\s+aman|bukan\s+(?:yang|dari)|"
    r"(?:hanya|cukup)\s+(?:bisa|dapat|melalui|lewat|di))\b", _I)
GIVES: tuple[tuple[re.Pattern[str], float, frozenset[DraftKind]], ...] = (
    # A price or a fare citizens pay ("tarif angkutan kota ditetapkan Rp5.000 ..."); a ceiling on a price (harga
    # eceran tertinggi) is a rule for sellers, no offer.
    (re.compile(r"\b(?:dijual|seharga|harga(?:nya)?(?!\s+eceran\s+tertinggi)|tarif(?:nya)?|ongkos(?:nya)?|hanya|(?:pelanggan|penumpang|konsumen)"
                r"\b[^,;]{0,30}\b(?:membayar|dikenakan))\b[^,;]{0,40}Rp\s?\d|"
                # goods sold at a price said in words ("cukup ditebus seharga delapan puluh lima ribu rupiah")
                r"\b(?:ditebus|dijual)\b[^,;]{0,60}?\b(?:ribu|juta)\s+rupiah\b", _I), 3.0,
     frozenset()),
    (re.compile(r"\b(?:layanan|pelayanan|pemberian|pemeriksaan|skrining|screening|rontgen|cek\s+kesehatan|vaksinasi|imunisasi|"
                r"khitanan|pengobatan|perekaman|pencetakan|pencairan|BLT(?:-DD)?|bansos|"
                r"pembebasan|penghapusan|dihapuskan|diskon|subsidi|beasiswa|bibit|air\s+bersih|dapur\s+umum|bantuan|"
                r"makanan\s+tambahan|lapak|bus|tiket|sembako|beras|paket|pengangkutan\s+sampah|"
                r"karnaval|festival|pesta\s+rakyat|bazar|pameran|jalan\s+sehat|pelatihan|operasi|pasar\s+murah|"
                r"pangan\s+murah|nikah\s+massal|i(?:t)?sbat\s+nikah|donor\s+darah|mudik|lomba|sayembara|kompetisi|bursa\s+kerja|job\s+fair|"
                r"lowongan)\b", _I),
     1.2, frozenset()),
    # A fee the government sets, changed ("tarif retribusi pelayanan pasar disesuaikan", "memberlakukan tarif air
    # minum yang baru"): what every payer feels. A market price that moves ("harga cabai naik") is news, no offer.
    (re.compile(r"\b(?:tarif|iuran|retribusi|biaya|ongkos)\s+baru\b|\b(?:tarif|iuran|retribusi|biaya|ongkos)\b"
                r"[^,;.]{0,90}?\b(?:disesuaikan|dinaikkan|diturunkan|berubah|diubah|yang\s+baru|naik|turun)\b", _I),
     2.0, frozenset({DraftKind.SERVICE})),
    # Goods or a service cheaper than the market ("membeli beras ... dengan harga di bawah harga pasar").
    (re.compile(r"\bharga\s+(?:(?:jauh\s+)?di\s+bawah\s+(?:harga\s+)?pasar(?:an)?|(?:jauh\s+)?lebih\s+murah|"
                r"(?:yang\s+)?terjangkau|bersubsidi)\b|\blebih\s+murah\s+(?:dari|daripada)\s+(?:harga\s+)?pasar", _I),
     3.0, frozenset()),
    # Done on the spot ("semuanya selesai hari itu juga", "KTP-el langsung jadi"): no second trip.
    (re.compile(r"\b(?:selesai|jadi|terbit|dicetak|diterbitkan)\s+(?:\w+\s+){0,2}?(?:(?:pada\s+)?hari\s+itu\s+juga|"
                r"(?:pada\s+)?hari\s+yang\s+sama|saat\s+itu\s+juga|di\s+tempat)\b|\blangsung\s+jadi\b", _I),
     2.0, frozenset()),
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
    # an allotment each household gets ("Setiap kepala keluarga dapat beras sepuluh kilogram", "... dapat beras 10 kg
    # dan minyak goreng 2 liter per kepala keluarga"): "dapat" before a thing counted is "mendapat"
    (re.compile(r"\b(?:dapat|mendapat(?:kan)?|menerima|memperoleh)\s+(?!(?:di|me|ber|ter)[a-z]{3,}\b)"
                r"(?:[a-z]+\s+){1,3}?(?:\d+(?:[.,]\d+)?|(?:satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|"
                r"sepuluh|\w+\s+(?:belas|puluh)))"
                r"\s*(?:kg|kilogram|liter|dus|karung|paket|sak|butir|ekor|lembar|unit)\b", _I), 3.0, frozenset()),
    # a hand-out in plain or spoken words ("Pemerintah bagi lampu tenaga surya", "Pemda kasih beras"): an offer
    (re.compile(r"\b(?:pemerintah|pemda|pemkab|pemkot|dinas|distrik|kami)\s+(?:akan\s+)?(?:bagi|bagikan|kasih|kase|beri|"
                r"berikan)\s+(?!(?:warga|masyarakat|kepada|untuk|bagi|kami|kita|tahu|informasi|arahan|imbauan)\b)[a-z]",
                _I),
     2.5, frozenset()),
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
                r"dari\s+(?:rumah|HP|ponsel|handphone|gawai)|(?:kini|sekarang)\s+(?:semua\s+)?(?:dapat|bisa)|mengurus|"
                r"tanpa\s+antre)\b", _I), 1.5,
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
    # A new way to do it ("pendaftaran pasien rawat jalan ... memakai aplikasi antrean online"): from the phone.
    # Only a change ("memakai", "kini bisa lewat"): "Pembayaran melalui aplikasi resmi" is a how.
    (re.compile(r"\b(?:pendaftaran|antrean|pembayaran|pengurusan|pengajuan|pemesanan)\b[^,;.:]{0,60}?\b"
                r"(?:(?:kini|sekarang|mulai)\s+)?(?:memakai|menggunakan|beralih\s+ke)\s+aplikasi|"
                r"\b(?:kini|sekarang)\s+(?:bisa|dapat)\s+(?:lewat|melalui)\s+aplikasi\b", _I), 2.0,
     frozenset({DraftKind.SERVICE})),
    # Where a service is done ("Pembayaran PBB 2026 bisa di kantor desa").
    (re.compile(r"\b(?:bisa|dapat)\s+(?:dilakukan\s+|dibayar(?:kan)?\s+|diurus\s+|dilayani\s+)?(?:di|lewat|melalui)\s+"
                r"(?:kantor|balai|puskesmas|loket|mal|MPP|bank|aplikasi|laman)\b", _I), 2.0, frozenset()),
    (re.compile(r"\b(?:(?:siaga|tanggap|awas)\s+darurat|peringatan\s+dini|status\s+(?:siaga|awas)|"
                # said aloud: "statusnya kita naikkan ke Siaga Satu"
                r"status(?:nya)?\s+(?:\w+\s+){0,2}?(?:naik|dinaikkan|naikkan|menjadi|ke)\s+(?:ke\s+)?(?:siaga|awas))\b",
                _I), 2.5,
     frozenset({DraftKind.EMERGENCY})),
    # Help citizens can go to now: a shelter, a public kitchen, a health post that serves them.
    (re.compile(r"\b(?:dapur\s+umum|posko|pos\s+(?:layanan\s+)?kesehatan|tempat\s+pengungsian)\b[^,;]{0,60}?"
                r"\b(?:melayani|menyediakan)\b", _I), 2.5, frozenset({DraftKind.EMERGENCY})),
    # A hazard forecast: what is coming, when and where ("hujan lebat ... berpotensi terjadi mulai pukul 15.00").
    (re.compile(r"\b(?:hujan\s+(?:sangat\s+)?(?:lebat|deras|ekstrem)|angin\s+kencang|gelombang\s+tinggi|banjir(?:\s+rob)?|"
                r"(?:tanah\s+)?longsor|cuaca\s+ekstrem|puting\s+beliung|air\s+pasang)\b(?:[^,;]|,(?=\d)){0,60}?\b(?:berpotensi|"
                r"diperkirakan|diprakirakan|diprediksi|akan\s+terjadi|mengancam)\b", _I), 2.5,
     frozenset({DraftKind.EMERGENCY})),
    (STILL_SO, 2.0,
     frozenset({DraftKind.CLARIFICATION})),
    # A rule that changes what citizens do: a closure, a ban, an obligation, a right.
    (re.compile(r"\b(?:ditutup|dilarang|tidak\s+boleh|wajib\s+(?!pajak|membawa|bawa|melampirkan|lampirkan|menunjukkan|tunjukkan)\w+|"
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
    (re.compile(r"\b(?:aliran|pasokan|layanan|pelayanan|listrik|air|jalan|jalur|ruas|jembatan|lalu\s+lintas|jaringan|"
                r"akses|trayek|operasional)\b[^.;]{0,120}?\bkembali\s+(?:normal|mengalir|menyala|beroperasi|berfungsi|"
                r"(?:dapat|bisa)\s+(?:dilalui|digunakan|dilintasi)|dibuka\s+(?:untuk|normal))\b", _I), 3.0,
     frozenset()),
    # What citizens receive: the object of a receiving verb ("... akan memperoleh bantuan Rp6 juta"), not an
    # office receiving a visit or praise.
    # Those left out are told so ("yang sudah menerima PKH tidak dapat menerima BLT"): nothing they get.
    (re.compile(r"(?<!sulit\s)(?<!tidak\s)(?<!belum\s)(?<!gagal\s)(?<!tidak\sdapat\s)(?<!tidak\sbisa\s)"
                r"(?<!tidak\sberhak\s)(?<!yang\ssudah\s)(?<!yang\stelah\s)"
                r"\b(?:mendapat(?:kan)?|memperoleh|menerima|menikmati|berhak\s+(?:atas|menempati|mengikuti))\s+(?!(?:kunjungan|audiensi|penghargaan|"
                r"apresiasi|laporan|masukan|aspirasi|rombongan|tamu|arahan|sambutan|piagam|trofi|predikat)\b)", _I),
     2.0, frozenset()),
    # Keeping out of harm's way: in an emergency, what saves lives comes before the help on offer.
    # Asked of them, not reported ("34 KK mengungsi" is a figure).
    (re.compile(r"\b(?:diminta|diimbau|diharapkan|agar|harus|wajib|segera|untuk)\s+(?:\w+\s+){0,2}?(?:mengungsi|"
                r"menyelamatkan\s+diri|meninggalkan\s+(?:rumah|lokasi|kawasan|permukiman)|"
                r"(?:tidak|belum|jangan)\s+kembali\s+ke\s+rumah)\b", _I), 2.0,
     frozenset({DraftKind.EMERGENCY, DraftKind.APPEAL})),
    # The same ask said aloud, by where to go ("langsung bawa keluarga ke titik pengungsian", "segera naik ke tempat
    # yang lebih tinggi"); "segera mengungsi ke ..." counts once, above.
    (re.compile(r"\b(?:langsung|segera|silakan|harap|mohon|diminta|diimbau|agar|untuk)\s+(?:(?!mengungsi)\w+\s+){0,3}?ke\s+"
                r"(?:(?:titik|tempat|lokasi|posko)\s+(?:pengungsian|evakuasi|aman|kumpul)|tempat\s+(?:yang\s+)?(?:lebih\s+)?"
                r"(?:tinggi|aman))\b", _I), 2.0,
     frozenset({DraftKind.EMERGENCY, DraftKind.APPEAL})),
    (re.compile(r"\b(?:kembali\s+)?dibuka\b", _I), 1.5, frozenset({DraftKind.SERVICE})),
    # A registration opened to citizens ("Pendaftaran SPMB jenjang SMP ... dibuka secara daring"): the offer itself.
    (re.compile(r"\bpendaftaran\b[^,;.:]{0,80}?\b(?:resmi\s+|kembali\s+)?dibuka\b(?!\s+(?:di|pukul|setiap|mulai\s+pukul)\b)|"
                r"\bmembuka\s+pendaftaran\b", _I), 1.5, frozenset({DraftKind.SERVICE, DraftKind.EVENT})),
    # Goods or money citizens may now collect ("penebusan pupuk bersubsidi untuk Musim Tanam I dibuka bertahap",
    # "pencairan tahap II dimulai"): the news of a report that ends with the next round, whatever its kind.
    (re.compile(r"\b(?:penebusan|penukaran|pengambilan|pencairan)\b[^,;.:]{0,80}?\b(?:resmi\s+|kembali\s+)?"
                r"(?:dibuka|dimulai)\b", _I), 2.0, frozenset()),
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
    (re.compile(r"\b(?:kini|sekarang|mulai)\s+(?:buka|dibuka|beroperasi|melayani)\b|(?<!secara\s)\bresmi\s+(?:beroperasi|"
                r"melayani)\b|\bbuka\s+(?:pada\s+)?(?:hari|setiap|"
                r"sampai|hingga|24\s+jam|malam)\b|\b(?:melayani|buka|dibuka|beroperasi|pelayanan|layanan)\b[^,;.]{0,60}"
                r"\b(?:malam\s+hari|akhir\s+pekan|hari\s+libur)\b", _I), 2.0,
     frozenset({DraftKind.SERVICE})),
    # A team or an office that will serve citizens at named places ("secara berturut-turut akan melayani warga di
    # Kantor Camat ..."), however ceremonially it was sent off.
    (re.compile(r"\b(?:akan|siap)\s+melayani\s+(?:warga|masyarakat|penduduk|pemohon)\b", _I), 2.5,
     frozenset({DraftKind.SERVICE, DraftKind.EVENT})),
    # An organiser's invitation to its public ("Pemkot ... mengajak sampean nostalgia jajanan ... di kawasan X"): an
    # occasion to come to, in a caption's own words.
    (re.compile(r"\b(?:mengajak|mengundang)\s+(?:(?:sampean|panjenengan|kalian|Anda|sobat|teman-teman|dulur|sanak)\b|"
                r"(?:seluruh\s+|segenap\s+|para\s+)?(?:masyarakat|warga)\s+(?:untuk\s+)?(?:datang|hadir|meramaikan|"
                r"memeriahkan|berkunjung|menikmati|berbelanja)\b)", _I), 2.0, frozenset({DraftKind.EVENT})),
    # Work done at citizens' homes against a disease ("Puskesmas akan mengadakan fogging di seluruh RW 07").
    (re.compile(r"(?<!tidak\s)(?<!jangan\s)(?<!tidak\smelakukan\s)(?<!jangan\smelakukan\s)"
                r"\b(?:fogging|pengasapan|penyemprotan\s+(?:disinfektan|nyamuk)|abatisasi|pemberantasan\s+sarang\s+"
                r"nyamuk|pembagian\s+(?:bubuk\s+)?(?:abate|larvasida))\b", _I), 2.0,
     frozenset({DraftKind.SERVICE, DraftKind.EVENT, DraftKind.APPEAL})),
    (re.compile(r"\b(?:kembali\s+)?(?:menggelar|menyelenggarakan|mengadakan|menyalurkan|membagikan|meluncurkan|"
                r"membuka)\b", _I),
     0.8, frozenset({DraftKind.EVENT, DraftKind.SERVICE})),
    # A named event said to be held, with its days ("Festival Pesona Manakarra tahun ini kita laksanakan tiga hari,
    # ... Jumat ..."): the event itself, as a speaker announces it.
    (re.compile(r"(?:(?-i:\b(?:Festival|Pekan|Bursa|Pameran|Gebyar|Expo|Karnaval|Jambore|Bazar|Lomba|Job\s+Fair)\s+"
                r"[A-Z])[^.;]{0,60}?\b(?:(?:kita|kami)\s+(?:laksanakan|gelar|adakan|selenggarakan|melaksanakan|menggelar)|"
                r"digelar|diadakan|"
                r"dilaksanakan|diselenggarakan|berlangsung)\b|\b(?:kita|kami)\s+(?:laksanakan|gelar|adakan|"
                r"selenggarakan|melaksanakan|menggelar|mengadakan|menyelenggarakan)\s+(?-i:[A-Z]))[^.]{0,80}?\b(?:senin|selasa|rabu|kamis|jum'?at|sabtu|minggu|tanggal|"
                r"\d{1,2}\s+[A-Z][a-z]+)", _I), 2.0, frozenset({DraftKind.EVENT})),
)
