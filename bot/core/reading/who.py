"""Who may take part or benefit: a group of people named with what sets it apart.

A group is a noun phrase headed by people ("warga", "anak", "pelaku usaha", "pasangan", "rumah tangga")
and restricted by what qualifies them: an age ("usia 9-59 bulan", "di atas 60 tahun"), a school
grade ("siswa SD kelas 1"), a residence or an ID ("ber-KTP Kaltara"), what they own or do ("pemilik
rumah ...", "pelaku usaha mikro ..."), or a relative clause ("yang belum terdaftar"). An unqualified
"masyarakat" is everybody, so no group.

The phrase counts as who when the clause around it gives it something or addresses it:
  - it follows a word that frames a beneficiary or an audience ("bagi", "khusus untuk", "sasaran",
    "menyasar", "ditujukan bagi", "mengimbau", "terutama" after another group);
  - it is the subject of what citizens may do or receive ("... bisa ikut", "... berhak mendapat",
    "... kini cukup menunjukkan KTP", "... diimbau");
  - it answers a "Siapa yang bisa ikut?" header.
The phrase ends where the clause's predicate begins (a modal, "cukup", "mendapat", "agar" ...), at a
clause comma, or where a relative clause turns to the event ("yang digelar di ...").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

#: People a draft may address, as the head of a group.
_HEAD = (r"(?:(?:seluruh|para|semua)\s+)?(?:warga|masyarakat|penduduk|anak(?:-anak)?|balita|bayi|lansia|ibu|remaja|"
         r"anggota\s+(?:kelompok|koperasi|poktan|gapoktan)|siswa|siswi|pelajar|mahasiswa|petani|nelayan|pelaku|UMKM|penyandang|keluarga|rumah\s+tangga|pasangan|"
         r"pemudik|peserta|pemilik|pemegang|wajib\s+pajak|penerima|kelompok|PKL|pedagang|pelanggan|pasien|"
         r"orang\s+tua|pengendara|calon|pencari\s+kerja|angkatan\s+kerja|pemuda|perempuan|panitia|pengguna|"
         r"penghuni|pekerja|buruh|karyawan|guru|korban|jemaah|difabel|penghafal|seluruh\s+jenis|pengungsi|"
         r"orang\s+dewasa|juru\s+\w+|pengelola|komunitas|pengemudi|sopir|penderita|pengidap|penyintas|"
         r"ketua\s+R[TW]|pengurus\s+R[TW]|tokoh\s+(?:masyarakat|agama|adat|pemuda|perempuan))\b")
#: Heads that name a group by what its members own or do: their object sets them apart.
_RELATIONAL = re.compile(r"(?:pemilik|pemegang|pelaku|penerima|pedagang|pengguna|penghafal|pencari|penyandang|"
                         r"panitia|penghuni|wajib\s+pajak|seluruh\s+jenis)(?:\s+(?!(?:tidak|belum|akan|harus|bisa|dapat|"
                         r"juga|sudah|yang)\b|me)\w+){2}", re.I)
_QUALIFIED = re.compile(
    rf"{_HEAD}[\w\-]*\s+(?:[\w\-()]+\s+){{0,4}}?(?:yang|usia|berusia|ber-|berpelat|dengan|dari|asal|terdampak|gizi|"
    r"hamil|laki-laki|perempuan|kelas|di\s+(?:wilayah|sepanjang|atas|bawah|lahan)|\d|SD|SMP|SMA|SMK|"
    r"beragama|berpenghasilan|kurang\s+mampu|dewasa|aktif|semester|jenjang|lulusan|tingkat)", re.I)
#: Several kinds of people named together ("lansia, ibu hamil, dan balita") are a group of their own.
_HEADS = re.compile(rf"{_HEAD}[\w\-]*(?:\s+[\w\-]+){{0,2}}?(?:\s*,\s*(?:dan\s+|serta\s+)?|\s+(?:dan|serta)\s+){_HEAD}",
                    re.I)
#: Residents of a named place are a group only where the draft says the service is for them.
_RESIDENTS = re.compile(r"(?:seluruh\s+)?(?:warga|masyarakat|penduduk)\s+(?-i:[A-Z])", re.I)
_FOR_THEM = re.compile(r"(?:diperuntukkan|khusus|sasaran|terbuka|berlaku|bagi|prioritas|diberikan|menyasar|"
                       r"ditujukan)\b", re.I)
#: Words that frame the phrase after them as a beneficiary or an audience.
_FRAME = re.compile(
    rf"\b(?:diperuntukkan\s+bagi|khusus\s+(?:untuk|bagi)|ditujukan\s+(?:untuk|bagi|kepada)|menyasar|"
    rf"sasaran(?:nya)?(?:\s+(?:kami|kita|utama|kegiatan|program|layanan)(?:\s+ini)?)?(?:\s*:|\s+(?:adalah|yaitu|ialah))?|"
    rf"adalah|terbuka\s+(?:untuk|bagi)|kepada|mengajak|diberikan\s+kepada|diutamakan(?:\s+(?:untuk|bagi))?|"
    rf"prioritas\s+(?:diberikan\s+)?(?:kepada|bagi|untuk)|memprioritaskan|berlaku\s+(?:untuk|bagi)|bagi|untuk|"
    rf"meminta|mengimbau|diimbau|harus|tergolong|terutama|khususnya|termasuk|melayani)\s+(?={_HEAD})",
    re.I)
#: A clause's end; never the dot inside a number ("daya 450 VA sampai 2.200 VA").
#: A full stop ends the clause, never one of a title before a name ("RSUD Prof. Dr. H. Hasan ...").
_CLAUSE_END = re.compile(r"[;:\n?]|\.(?!\d)(?<!\bProf\.)(?<!\bDr\.)(?<!\bdr\.)(?<!\bDrs\.)(?<!\bIr\.)(?<!\bH\.)"
                         r"(?<!\bHj\.)(?<!\bKH\.)")
#: A group as the subject of what it may, must or need not do.
_SUBJECT = re.compile(  # in a lookahead: a subject may start inside an earlier one ("X, juga Y, bisa ikut")
    rf"(?=(?:^|(?<=[.!?])\s+|(?<=,)\s+(?:juga\s+)?)[^\w\s]{{0,3}}\s*({_HEAD}[^.;:\n]{{3,120}}?)\s*,?\s+(?:diimbau|diminta|"
    r"tetap\s+(?:mendapat|bisa)|tidak\s+perlu(?:\s+lagi)?|jangan|dianjurkan|(?:kini\s+)?cukup|berhak|"
    r"diprioritaskan|didahulukan|diutamakan|"
    r"(?:bisa|dapat|boleh)\s+(?:ikut|mengikuti|mendapat|memperoleh|menerima|mendaftar|datang|mengajukan|"
    r"menukar|memanfaatkan|berobat|memperoleh|memeriksakan|menikmati|diwakilkan|diwakili))\b)", re.I | re.M)
#: Road users a closure notice sends another way ("Kendaraan dari arah Ponorogo menuju Nganjuk dialihkan ...").
_ROAD_USERS = re.compile(r"(?:^|(?<=[.!?])\s+)[^\w\s]{0,3}[ \t]*((?:kendaraan|angkutan|truk|bus)\s+"
                         r"(?:dari|menuju|jurusan|dengan|roda|pribadi|umum|barang)[^.;:\n]{3,80}?)\s+(?:dialihkan|diarahkan)\b",
                         re.I | re.M)
#: A "who" header ("Siapa yang bisa ikut?", "Siapa yang bebas PBB?"), answered on its line or in the bullets under it.
_ASKED = re.compile(r"\bsiapa\s+(?:saja\s+)?yang\s+[^?\n]{2,40}\?", re.I)
_ANSWER = re.compile(rf"[ \t]*\n?[ \t]*[^\w\s]{{0,3}}[ \t]*({_HEAD}[^.;:\n]*)", re.I)
#: Whoever sees, wants or meets something is told what to do (a how or a contact), not a group served.
_WHEN_THEY = re.compile(r"\byang\s+(?:ingin|melihat|menemukan|mengalami|mengetahui|membutuhkan|digigit|berminat|"
                        r"dipaksa|kesulitan|memenuhi|merasa|terlanjur|telanjur|dimintai|"
                        # whoever a scam reaches ("warga yang menerima tawaran berbayar")
                        r"menerima\s+(?:tawaran|pesan|telepon|panggilan|tautan|SMS|kiriman))\b"
                        # a group that drops out ("peserta yang telah terdaftar namun batal berangkat")
                        r"|\b(?:namun|tetapi)\s+(?:batal|berhalangan|tidak\s+jadi)\b", re.I)
#: "... yang masih terikat perkawinan lain tidak dapat mengikuti": those left out.
_LEFT_OUT = re.compile(r"\b(?:tidak|belum|bukan)\s*$", re.I)
_END = re.compile(
    # a bracket ends a group, but not an acronym's nor a number's words ("berusia 70 (tujuh puluh) tahun")
    r"[”\"]|(?<!\d)\s+\((?!(?-i:[A-Z][A-Z0-9]{1,5})\))|(?<=\d)\s+\((?![a-z ]{3,30}\))|"
    # an amount after "dan" starts the next item of a list of amounts ("untuk siswa SD dan Rp750.000 ...")
    r"\s+(?:dan|serta|atau)\s+(?=Rp\.?\s?\d)|"
    rf",\s+(?!(?:dan\s+|serta\s+)?(?:{_HEAD}|fasilitas\s+umum|(?-i:[A-Z][A-Z0-9]{{1,5}})\b|ber(?:kartu|domisili|usia|umur|-?KTP|"
    rf"status|penghasilan)\b)|(?:dan|serta)\s+yang\s)|"
    # a venue after the group is where it is served, no part of it ("warga X | di RSUD ...", "warga terdampak | di
    # kantor kelurahan masing-masing"); an area after it is ("warga di Kecamatan X")
    r"(?<!yang)\s+(?:di\s+(?=(?:RSUD|RSU|RS|Puskesmas|Klinik|Rumah\s+Sakit|Poli|kantor|balai|posko|aula|gedung|masjid|"
    r"lapangan|halaman)\b)|dan\s+ingin|untuk|agar|supaya|bahwa|sebaiknya|sedangkan|di\s+setiap|yang\s+merupakan|meningkatkan|"
    # "akan" after "atau"/"dan" goes on with the group's own condition ("yang sudah berusia 17 tahun atau akan genap
    # 17 tahun sampai 31 Desember")
    r"lebih|rutin|segera|menyusul|juga|bisa|dapat|boleh|berhak|kini|(?<!atau\s)(?<!dan\s)akan|wajib|cukup|mendapat|"
    r"memperoleh|"
    r"menerima|diminta|diimbau|dianjurkan|tetap|langsung|jangan|tidak\s+perlu|mengikuti|"
    # "sebagai" ends a group ("lansia | sebagai sasaran"), not a condition it completes ("terdaftar sebagai peserta X")
    r"(?<!terdaftar\s)(?<!tercatat\s)(?<!bekerja\s)(?<!berprofesi\s)sebagai|"
    # the occasion a group is named in is no part of it ("anak-anak ... | dalam rangkaian Hari Jadi", "masyarakat |
    # menjelang Hari Raya")
    r"dalam\s+rangka(?:ian)?|menjelang|jelang|"
    # the predicate of the act given them ("penyaluran kepada kelompok | berlangsung 16 sampai 27 Maret")
    r"berlangsung|digelar|dilaksanakan|diselenggarakan|dibuka|dimulai|"
    # the hours of the offer are no part of its group ("masyarakat umum | hingga pukul 12.00 WIB")
    r"(?:hingga|sampai)\s+pukul|pukul\s+\d|"
    # the day an offer starts is no part of its group ("wajib pajak yang melunasi pokoknya | mulai Senin, 7 Desember")
    r"mulai\s+(?:hari\s+)?(?:Senin|Selasa|Rabu|Kamis|Jumat|Jum'at|Sabtu|Minggu|besok|tanggal|\d{1,2}\s+[A-Z])|"
    r"tidak\s+(?=(?:me|ber|di|ter)[a-z]{3,})|"  # "warga tidak melintasi ...": the predicate of an appeal
    r"yang\s+(?:akan\s+)?(?:digelar|diselenggarakan|dilaksanakan|diadakan|berlangsung|dibuka|dimulai))\b", re.I)


def _span(text: str, start: int, end: int) -> tuple[int, int]:
    cut = _END.search(text, start + 3, end)
    end = cut.start() if cut else end
    depth = 0
    for i in range(start, end):  # an aside the phrase sits in ends it: "(... bagi orang tua yang bekerja)"
        depth += {"(": 1, ")": -1}.get(text[i], 0)
        if depth < 0:
            end = i
            break
    while end > start and text[end - 1] in " ,;.:”\"":
        end -= 1
    return start, end


#: A phrase cut before its verb ("Kelompok yang belum | mendapat ..."): no group said.
_CUT_SHORT = re.compile(r"\byang\s+(?:belum|sudah|telah|tidak|akan)$", re.I)


def _is_group(text: str, start: int, end: int, frame: str) -> bool:
    phrase = text[start:end]
    if len(phrase.split()) < 3 or _WHEN_THEY.search(phrase) or _CUT_SHORT.search(phrase):
        return False
    residents = _RESIDENTS.match(phrase) and _FOR_THEM.search(frame)
    return bool(_QUALIFIED.match(phrase) or _RELATIONAL.match(phrase) or _HEADS.match(phrase) or residents)


#: An ask's frame, and where its ask begins after the people asked.
_ASKING = re.compile(r"(?:meminta|mengimbau|diimbau|mengajak)\b", re.I)
_ASKED_TO = re.compile(r"\s+(?:tidak|tak|jangan|untuk|agar|supaya|segera|selalu)\b", re.I)
#: The act asked, right after a group with no relative clause ("meminta warga | datang dengan tertib"); after "yang"
#: a verb is the group's own ("warga yang pernah dihubungi").
_ASKED_ACT = re.compile(r"[^,;]*?\s+(?=(?:(?:me|ber|di)[a-z]{3,}|datang|hadir|ikut|tetap|waspada)\b)", re.I)


#: Papers handed "kepada" someone go to who handles them ("Berkas dikumpulkan kepada panitia ..."), not to a
#: group served.
_HANDED = re.compile(r"\b(?:dikumpulkan|diserahkan|disampaikan|dikirim(?:kan)?|diajukan|dilaporkan|laporkan|"
                     r"melapor)\s*$", re.I)


#: An age rule ("berusia paling rendah 17 tahun 6 bulan dan paling tinggi 22 tahun pada saat ...", "usia paling
#: tinggi 15 tahun per 1 Juli 2026", "Usia 15 tahun ke atas"): who may take part, said by a bound.
_BOUND = r"(?:paling\s+(?:rendah|tinggi|sedikit|lama)|minimal|maksimal|minimum|maksimum|di\s+(?:atas|bawah)|antara)"
#: An age's number, its words in brackets after it ("65 (enam puluh lima) tahun").
_AGE_NUMBER = (r"(?:\d{1,2}(?:,\d)?(?:\s+\([a-z ]{3,30}\))?|"
               # in words, as a speaker says it ("sembilan bulan", "lima sampai empat belas tahun")
               r"(?:se(?:puluh|belas)|(?:satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan)"
               r"(?:\s+(?:belas|puluh(?:\s+(?:satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan))?))?))")
_AGE_VALUE = (rf"{_AGE_NUMBER}(?:\s*(?:[–-]|sampai(?:\s+dengan)?|hingga|s\.d\.?)\s*{_AGE_NUMBER})?\s+(?:tahun|bulan)"
              r"(?:\s+\d{1,2}\s+bulan)?"
              r"(?:\s*(?:sampai(?:\s+dengan)?|hingga|s\.d\.?|[–-])\s*\d{1,2}\s+(?:tahun|bulan))?"
              r"(?:\s+(?:ke\s+atas|ke\s+bawah|atau\s+lebih))?")
_AGE_RULE = re.compile(
    rf"(?<![\w-])(?:{_BOUND}\s+)?(?:ber)?(?:usia|umur)\s+(?:{_BOUND}\s+)?{_AGE_VALUE}"
    rf"(?:\s+dan\s+{_BOUND}\s+{_AGE_VALUE})?"
    r"(?:\s+(?:per|pada)\s+(?:saat\s+\w+(?:\s+\w+)?|tanggal\s+\d{1,2}\s+\w+\s+\d{4}|\d{1,2}\s+\w+\s+\d{4}))?"
    # the schooling the same rule asks ("Usia 18–35 tahun, minimal lulusan SMA/SMK sederajat")
    r"(?:\s*,?\s*(?:dan\s+)?(?:minimal|paling\s+rendah|pendidikan\s+minimal)\s+(?:lulusan|berijazah|tamat)\s+"
    r"[\w/-]+(?:\s+(?:sederajat|atau\s+[\w/-]+))?)?",
    re.I)
#: An age that describes one person or a count ("seorang warga berusia 70 tahun", "... berusia 6 tahun sebanyak"),
#: no rule for who may come.
_AGE_OF_ONE = re.compile(r"\b(?:seorang|korban|pelaku|tersangka|almarhum|almarhumah|sebanyak|tercatat)\b[^.,;]{0,30}$",
                         re.I)


#: An age the draft leaves out ("Anak di bawah usia 2 tahun tidak mendapat kursi sendiri").
_LEFT_OUT_AFTER = re.compile(r"\s+(?:tidak|tak|bukan|belum|dilarang)\b", re.I)


#: Those an offer leaves out ("Tidak berlaku bagi pelanggan golongan bisnis, industri, dan ...", "Bantuan ini
#: tidak diberikan kepada kelompok yang sudah menerima ..."): who may not take part, said as a rule of its own.
_EXCLUDED = re.compile(r"\b(?:tidak|tak|bukan)\s+(?:berlaku|diberikan|diperuntukkan|ditujukan)\s+"
                       r"(?:untuk|bagi|kepada)\s+(?=(?:para\s+|seluruh\s+)?[a-z])", re.I)
#: Who alone may take it ("yg berhak ambil hny warga yg namanya ada di daftar ..."): the group after "hanya".
_ONLY = re.compile(r"\b(?:yang|yg)\s+berhak\s+(?:\w+\s+)?(?:hanya|hny|cuma|cuman)\s+(?=[a-z])", re.I)
_EXCLUDED_END = re.compile(r"[;:\n?!\"”]|\.(?!\d)|,\s+(?:agar|supaya|sehingga|karena|sebab|mengingat|namun|tetapi|"
                           r"sedangkan|sementara)\b")


#: A rule said of those left out, as a sentence of its own: a subject restricted by a relative clause, then a
#: negated "may" ("Nelayan yang sudah menerima bantuan ... tidak dapat mengajukan kembali", "Hewan yang sedang
#: sakit ... belum dapat divaksin"): the whole rule, subject and predicate, is who may not take part.
_LEFT_OUT_RULE = re.compile(rf"(?:^|(?<=[.!?]\s))[^\w\s]{{0,3}}[ \t]*((?:{_HEAD}|hewan|ternak)[\w\-]*"
                            r"(?:\s+[\w\-]+){0,3}?\s+yang\s+[^.;:\n]{3,160}?\s+(?:tidak|belum|tak)\s+(?:dapat|bisa|boleh|berhak|"
                            r"diperkenankan|diizinkan)\s+(?![^.;:\n]*\b(?:dapat|bisa|boleh)\s)"
                            r"(?:(?!\s+(?:dan|serta|lalu)\s+(?:di|me|ber)\w)[^.;:\n,]){3,60})",
                            re.I | re.M)


def _excluded(text: str, begin: int) -> Iterator[tuple[int, int]]:
    for m in _LEFT_OUT_RULE.finditer(text, begin):
        yield m.start(1), m.end(1)
    for m in [*_EXCLUDED.finditer(text, begin), *_ONLY.finditer(text, begin)]:
        stop = _EXCLUDED_END.search(text, m.end())
        end = stop.start() if stop else len(text)
        if len(text[m.end() : end].split()) >= 2:
            yield (m.start() if m.re is _EXCLUDED else m.end()), end


#: Two groups each qualified on its own ("anak usia 3 bulan hingga 17 tahun ..., serta orang dewasa yang belum
#: pernah dioperasi", "anak-anak usia sekolah maupun warga dewasa") are two groups.
_SECOND = re.compile(rf"(?:,\s+serta|\s+maupun)\s+(?={_HEAD})", re.I)


def _split(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    cut = _SECOND.search(text, start, end)
    first = text[start : cut.start()] if cut else ""
    if cut and len(text[cut.end() : end].split()) >= 2 and (_QUALIFIED.match(first) or _RELATIONAL.match(first)):
        yield start, cut.start()
        yield cut.end(), end
    else:
        yield start, end


def find_who(text: str, begin: int) -> Iterator[tuple[int, int]]:
    """Spans of the groups that may take part or benefit, from `begin` (after the headline), those an
    offer leaves out, and the age rules said apart from a group. A sub-group a procedure treats apart
    (`_variant`) is no audience when the draft names its audience too."""
    found = _audience(text, begin)
    groups = [part for s, e, _ in found for part in _split(text, s, e)] + list(_excluded(text, begin))
    yield from groups
    for m in _AGE_RULE.finditer(text, begin):
        if any(s < m.end() and m.start() < e for s, e in groups):
            continue
        if _AGE_OF_ONE.search(text, max(0, m.start() - 40), m.start()) or _LEFT_OUT_AFTER.match(text, m.end()):
            continue
        if not re.search(r"\d", m.group(0)) and (not _PERSON_BEFORE.search(text, max(0, m.start() - 30), m.start())
                                                 or _RANGE_GOES_ON.match(text, m.end())):
            continue  # an age in words is a rule only of people named with it ("anak umur sembilan bulan"), not
            # of a cow ("Sapi minimal berumur dua tahun") nor of the regency ("Usia enam puluh tujuh tahun ...")
        yield m.start(), m.end()


#: A range read only in part ("umur sembilan bulan | sampai belum genap lima tahun"): half a rule misleads.
_RANGE_GOES_ON = re.compile(r"\s*(?:sampai|hingga|s\.d\.?|[–-])", re.I)
#: The people an age in words is said of, right before it.
_PERSON_BEFORE = re.compile(rf"{_HEAD}[\w\-]*(?:\s+[\w\-]+){{0,2}}\s+$", re.I)


#: A sub-group's own way through the procedure ("Warga yang belum memiliki telepon pintar tetap bisa didaftarkan
#: oleh petugas", "Pasien yang belum memiliki kartu BPJS tidak perlu khawatir", "Kelompok yang belum mengusulkan
#: dapat mengajukan usulan melalui penyuluh"): how some of those who come are handled, not who may come.
_VARIANT_PREDICATE = re.compile(r"\s*,?\s+(?:tetap|tidak\s+perlu|dianjurkan|(?:bisa|dapat|boleh)\s+(?:mengajukan|"
                                r"mendaftar|diwakilkan|diwakili|bergabung))\b", re.I)
#: A group told apart by what it lacks or has not done yet ("yang belum memiliki ...", "yang tidak membawa ...").
_LACKING = re.compile(r"\byang\s+(?:belum|tidak|tak)\b", re.I)
#: Access itself: a predicate that says the group may come or get it.
_ACCESS = re.compile(r"\s*,?\s+(?:berhak|(?:kini\s+)?cukup|diprioritaskan|didahulukan|diutamakan|tetap\s+mendapat|"
                     r"(?:kini\s+)?(?:bisa|dapat|boleh)\s+(?:ikut|mengikuti|mendapat|memperoleh|menerima|memanfaatkan|"
                     r"menikmati|berobat|memeriksakan|menukar))\b", re.I)
#: A sub-group's sentence that says a way through the procedure (by proxy, registered or helped by staff, served
#: later or at home): a "how"; one that only reassures or advises ("tidak perlu khawatir", "dianjurkan bergabung")
#: is not.
_A_WAY = re.compile(r"\b(?:diwakil\w*|didaftarkan|mendaftar\w*|pendaftaran\w*|mengajukan|dilayani|diantar|mengantar|"
                    r"dikunjungi|susulan)\b", re.I)
_SAID_END = re.compile(r"[;:\n?\"”]|\.(?!\d)")
#: A group named as the topic a sentence opens with ("Bagi lansia dan penyandang disabilitas, pembelian boleh
#: diwakilkan ..."): what follows says how that sub-group is served.
_TOPIC = re.compile(r"(?:^|[.!?\n])[^\w\n]{0,3}[ \t]*$")
#: ... when the sentence after the topic says how it is served apart: by proxy, helped, still served, exempted.
_SERVED_APART = re.compile(r"[^.!?\n]*\b(?:(?:boleh|dapat|bisa)\s+diwakil\w*|dibantu|tetap\s+(?:dilayani|bisa|dapat)|"
                           r"tidak\s+perlu)\b", re.I)


def _variant(text: str, start: int, end: int, subject_end: int) -> bool:
    """The group at `start:end`, the subject of the predicate at `subject_end`, is a sub-group of a procedure."""
    if _ACCESS.match(text, subject_end):
        return False
    return bool(_VARIANT_PREDICATE.match(text, subject_end) or _LACKING.search(text, start, end))


def _audience(text: str, begin: int) -> list[tuple[int, int, bool]]:
    """The groups from `begin`, without the sub-groups a procedure treats apart when a main group is named."""
    found = list(_groups(text, begin))
    return [g for g in found if g[2]] if any(main for *_, main in found) else found


_QUOTE_OPEN = frozenset("\"“'‘ \t")


_OPENS_WITH_GROUP = re.compile(rf"(?:(?:bagi|untuk)\s+)?{_HEAD}", re.I)


def names_group(text: str) -> bool:
    """`text` opens with a group of people ("Penerima yang sakit ...", "Bagi lansia ..."): a sub-group's way."""
    return _OPENS_WITH_GROUP.match(text) is not None


def find_variants(text: str, begin: int) -> Iterator[tuple[int, int]]:
    """The sentences that say how a sub-group is served apart ("Penerima yang sakit atau tidak bisa berjalan dapat
    diwakili satu anggota keluarga ... dengan membawa surat kuasa ..."), from the sentence's start to its clause's
    end: a way to take part (a "how"), when the draft names its audience."""
    found = list(_groups(text, begin))
    if not any(main for *_, main in found):
        return
    for start, end, main in found:
        if main:
            continue
        back = max((text.rfind(c, begin, start) for c in ".!?\n"), default=-1)
        first = start
        if back >= 0:
            first = back + 1
            while first < start and text[first] in _QUOTE_OPEN:
                first += 1
        stop = _SAID_END.search(text, end)
        last = stop.start() if stop else len(text)
        if not _A_WAY.search(text, end, last):
            continue
        if text[first:start].strip() and not text[first:start].strip().lower().startswith(("bagi", "untuk")):
            first = start  # a clause before the group in its sentence is another's
        yield first, last


#: A judgement after "Bagi <group>," ("..., angka itu berat sekali", "..., biaya ini terlalu mahal"): whom a burden or
#: a remark concerns, no audience of an offer.
_JUDGED = re.compile(r",\s+(?:angka|biaya|harga|hal|kondisi|jumlah|beban)\s+(?:itu|ini|tersebut|sebesar\s+itu)\s+"
                     r"(?:\w+\s+){0,2}?(?:berat|mahal|sulit|tinggi|besar|memberatkan|tidak\s+mudah|susah)\b", re.I)

#: What is put off or refused for a group (", operasi akan ditunda sampai ...", ", layanan tidak dapat diberikan"):
#: those the offer waits for or leaves out, not whom it is for.
_DEFERRED = re.compile(r",\s+(?:(?!yang\b)[\w-]+\s+){0,4}?(?:akan\s+|harus\s+|wajib\s+|terpaksa\s+)?"
                       r"(?:ditunda|ditangguhkan|dibatalkan|digagalkan|tidak\s+(?:dapat|bisa|boleh|dilayani|diperkenankan)|"
                       r"belum\s+(?:dapat|bisa|boleh))\b", re.I)


#: A lane, a queue or a seat set apart for a group ("jalur khusus bagi lansia dan ibu hamil", "loket prioritas untuk
#: penyandang disabilitas"): how the venue serves them first, no audience of the offer.
_SET_APART = re.compile(r"\b(?:jalur|lajur|antrean|antrian|loket|pintu|tenda|kursi|tempat\s+duduk|ruang\s+tunggu|area)"
                        r"\s+(?:khusus|prioritas|tersendiri)\s+(?:bagi|untuk|kepada)\s+$", re.I)


#: A negated rule right after a group (", tidak termasuk dalam skema ini", " tidak berhak"): the group is left out.
_NOT_IN_AFTER = re.compile(r"\s*,?\s*(?:tidak|tak|bukan|belum)\s+(?:termasuk|berhak|diperkenankan|dapat\s+"
                           r"(?:ikut|mendaftar|menerima|dilayani))\b", re.I)


def _groups(text: str, begin: int) -> Iterator[tuple[int, int, bool]]:
    """(start, end, main): `main` is False for a sub-group a procedure treats apart."""
    for m in _FRAME.finditer(text, begin):
        if m.group(0).lower().startswith("kepada") and _HANDED.search(text, max(0, m.start() - 30), m.start()):
            continue
        if _LEFT_OUT.search(text, max(0, m.start() - 8), m.start()):
            continue  # "TIDAK termasuk penerima tahap ini": who is left out (`_excluded` reads the rules of it)
        if _SET_APART.search(text, max(0, m.start() - 40), m.end()):
            continue  # "jalur khusus bagi lansia": a priority lane, not who may come
        stop = _CLAUSE_END.search(text, m.end())
        end = stop.start() if stop else len(text)
        if _ASKING.match(m.group(0)) and (ask := _ASKED_TO.search(text, m.end(), end)):
            end = ask.start()  # "meminta petani | tidak percaya pada ...": who is asked, not what
        if _ASKING.match(m.group(0)) and (act := _ASKED_ACT.match(text, m.end(), end)) and "yang" not in act.group(0):
            end = act.end()
        start, end = _span(text, m.end(), end)
        if _NOT_IN_AFTER.match(text, end):
            continue  # "..., termasuk mahasiswa perantau, tidak termasuk dalam skema ini": who is left out
        if m.group(0).lower().startswith("bagi") and (_JUDGED.match(text, end) or _DEFERRED.match(text, end)):
            continue  # "Bagi keluarga petani karet ..., angka itu berat sekali": whom a burden weighs on
        if _is_group(text, start, end, m.group(0)):
            topic = (m.group(0).lower().startswith(("bagi", "untuk")) and text[end : end + 1] == ","
                     and _TOPIC.search(text, max(0, m.start() - 5), m.start()) is not None
                     and _SERVED_APART.match(text, end + 1) is not None)
            yield start, end, not topic
    for m in _SUBJECT.finditer(text, begin):
        if _LEFT_OUT.search(m.group(1)):
            continue
        start, end = _span(text, m.start(1), m.end(1))
        if _is_group(text, start, end, ""):
            yield start, end, not _variant(text, start, end, m.end(1))
    for m in _ROAD_USERS.finditer(text, begin):
        yield m.start(1), m.end(1), True
    for header in _ASKED.finditer(text, begin):
        pos = header.end()
        while answer := _ANSWER.match(text, pos):
            start, end = _span(text, answer.start(1), answer.end(1))
            if _is_group(text, start, end, "bagi"):
                yield start, end, True
            pos = answer.end()


#: Everybody, said as the audience of an offer ("bagi seluruh warga", "untuk masyarakat umum", "terbuka untuk
#: umum"): no qualified group, but the audience of the whole draft when its lead says it.
_EVERYBODY = re.compile(r"\b(?:terbuka\s+(?:untuk|bagi)\s+(?:umum|semua\s+kalangan)|(?:seluruh|semua)\s+(?:warga|"
                        r"masyarakat)(?:\s+(?-i:[A-Z])\w+){0,3}|(?:masyarakat|warga)\s+umum)\b", re.I)
_EVERYBODY_FRAME = re.compile(r"\b(?:bagi|untuk|kepada|khusus\s+untuk)\s+$", re.I)


def everybody(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The span in `text[start:end]` (a lead clause) that names everybody as the offer's audience: the scope of
    the lead's audience is the draft's, above the groups of single items named elsewhere ("kacamata baca bagi
    lansia 60 tahun ke atas" beside "pemeriksaan kesehatan gratis bagi seluruh warga")."""
    for m in _EVERYBODY.finditer(text, start, end):
        if m.group(0).lower().startswith("terbuka") or _EVERYBODY_FRAME.search(text, max(0, m.start() - 20), m.start()):
            return m.start(), m.end()
    return None
