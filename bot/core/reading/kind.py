"""The kind of a draft: event, service, achievement, appeal, clarification, emergency or meeting.

An editor reads the kind from the headline and the first paragraph, and checks it against the rest:
every kind has its vocabulary, each word weighs more in the opening than further down, and the
kind with the most weight wins. A meeting or a visit is only a meeting when nothing in the draft
gives citizens something (a rapat evaluasi that reports stunting figures is an achievement).
"""

from __future__ import annotations

import re
from functools import lru_cache

from bot.core import lexicon
from bot.core.fact_scan import scan_facts
from bot.core.reading.background import background_spans
from bot.core.reading.official_acts import STAFF_ASKED
from bot.core.reading.rumour import answers_a_claim
from bot.core.reading.sheet import DraftKind


def _vocab(alternatives: str) -> re.Pattern[str]:
    """A word list ("a|b|c d") as a case-insensitive pattern; spaces match any white space."""
    return re.compile(r"\b(?:" + alternatives.replace(" ", r"\s+") + r")\b", re.I)


#: Coming to something ("yuk merapat", "ayo datang"): an invitation to an event, not an appeal.
_COME = r"(?:\w+ )?(?:merapat|mampir|datang|hadir|ikut|ramaikan|kunjungi|gabung)"
_HAZARD = r"(?:banjir|longsor|gempa|kebakaran|karhutla|erupsi|gelombang tinggi|cuaca ekstrem|puting beliung|bencana)"
#: Preparing for or preventing a hazard ("kesiapsiagaan kebakaran hutan dan lahan", "mencegah banjir").
_PREVENTION = (r"(?:pencegahan|kesiapsiagaan|antisipasi|mencegah|mengantisipasi|siaga menghadapi) (?:\w+ ){0,2}"
               + _HAZARD)

#: (pattern, weight) per kind; weights are multiplied by where the word stands.
_VOCABULARY: dict[DraftKind, tuple[tuple[re.Pattern[str], float], ...]] = {
    DraftKind.CLARIFICATION: (
        (_vocab("hoaks|hoax|disinformasi|misinformasi|klarifikasi|meluruskan|penipuan"), 3.0),
        (_vocab("tidak benar|tidak pernah|pesan berantai|beredar|viral|palsu|mengatasnamakan"), 1.5),
        # a claim answered without the word "hoaks" ("Menanggapi pesan yang ramai dibagikan ..., kabar itu keliru")
        (_vocab(r"keliru|tidak sesuai (?:dengan )?fakta|"
                r"menanggapi (?:\w+ ){0,3}(?:pesan|kabar|informasi|unggahan|video|isu)|"
                r"(?:ramai|banyak) (?:dibagikan|diperbincangkan)|memastikan kebenaran"), 2.0),
    ),
    DraftKind.EMERGENCY: (
        (_vocab("(?:siaga|tanggap|awas) darurat|peringatan dini|status (?:siaga|awas|waspada)|merendam|terendam|"
                "terdampak|mengungsi|pengungsi(?:an)?|korban jiwa|evakuasi|posko|"
                # a state of emergency declared or a hazard's alert level raised ("Level III (Siaga)")
                r"informasi darurat|keadaan darurat|darurat bencana|level (?:III|IV)|"
                r"(?:naik|dinaikkan|meningkat) (?:\w+ ){0,6}?(?:siaga|awas)"), 2.0),
        (_vocab("banjir|longsor|gempa|(?<!pemadam\\s)kebakaran|erupsi|gelombang tinggi|cuaca ekstrem|puting beliung|"
                "tsunami|bencana"), 1.0),
    ),
    DraftKind.APPEAL: (
        (_vocab("imbau|mengimbau|diimbau|imbauan|menghimbau|dihimbau|himbauan|"
                "mengingatkan|ingatkan|meminta (?:warga|masyarakat|para)|larangan|"
                "dilarang|"
                "surat edaran|mengajak (?:warga|masyarakat|seluruh)|ajakan|(?:mari|ayo)(?! " + _COME + ")|"
                # a request in the passive ("masyarakat diminta tidak membuka lahan ...")
                # (not to bring papers or to come: "warga diminta membawa KTP" is what an event asks)
                "(?:warga|masyarakat|pengendara|pengguna jalan|nelayan|petani|pedagang|orang tua) diminta"
                "(?! (?:membawa|menyiapkan|melampirkan|menunjukkan|mendaftar|datang|hadir|mengisi))|"
                # asked not to do something, whoever is asked ("peternak diminta tidak memberikan sisa makanan")
                "diminta (?:untuk )?(?:tidak|tak|jangan|menghindari|menunda)|"
                # a road closure: a rule road users follow
                "pengalihan arus|penutupan (?:dan pengalihan|arus|jalan|ruas|total|sementara)|ditutup total|"
                "rekayasa (?:arus )?lalu lintas|rekayasa lalin|jalur alternatif|dialihkan (?:melalui|ke|lewat)|"
                # everyone acting at their own place, no venue to attend ("membersihkan saluran di depan rumah
                # dan lingkungan masing-masing"): a call to act, however it is worded as an invitation
                r"(?:rumah|lingkungan|pekarangan|halaman|wilayah) (?:\w+ ){0,2}masing-masing"), 2.0),
        # A fraud's method described so citizens can spot it ("AWAS MODUS BARU", "waspadai modus penipuan"): a
        # warning of what to do, not a false claim answered (that is a clarification, "hoaks", "tidak benar").
        (_vocab(r"modus(?: \w+){0,2}|awas(?! darurat)(?=[ !:])|waspadai"), 2.0),
        # a promotion's "jangan cuma main HP", "jangan sampai ketinggalan" asks nothing
        (_vocab("waspada|kewaspadaan|berhati-hati|jangan(?! lupa| cuma| hanya| ketinggalan| lewatkan| lewatin)|"
                "hindari|segera pindah|"
                r"menertibkan|penertiban|"
                r"gerakan \w+ rumah|pemberantasan sarang"), 1.0),
        # Preparing for or preventing a hazard: what citizens are asked to do, not an emergency under way.
        (_vocab(_PREVENTION), 2.0),
        # Cases of a disease counted up: an outbreak, which calls for vigilance, not an achievement.
        (re.compile(r"\b\d[\d.]*\s+kasus\b|\b(?:lonjakan|kenaikan|peningkatan)\s+kasus\b|\bKLB\b|"
                    r"\bkejadian\s+luar\s+biasa\b", re.I), 1.0),
    ),
    DraftKind.ACHIEVEMENT: (
        (_vocab("capaian|prestasi|penghargaan|meraih|menorehkan|prevalensi|kemantapan|tuntas|rampung|"
                "selesai (?:dibangun|diperbaiki|diaspal)|diaspal|"
                # a result against a target ("Rp4,82 miliar, atau 103,4 persen dari target semester")
                r"(?:persen|%) dari target|melampaui target"), 2.0),
        # A movement counts as a result when a figure follows it within a few words ("naik 18 persen", "turun
        # menjadi 12 kasus"); "menunggu ombak turun dulu" is no result.
        (re.compile(r"\b(?:berhasil|tercatat|trofi|juara|predikat)\b|\d\s*(?:persen|%|poin)|"
                    r"\b(?:turun|naik|menurun|meningkat|penurunan|peningkatan)\b(?=(?:\s+[a-z]+){0,3}\s+\d)", re.I),
         0.7),
    ),
    DraftKind.MEETING: (
        (_vocab("rakor|audiensi|kunjungan kerja|kunker|studi (?:tiru|banding)|menerima kunjungan|rapat koordinasi|"
                "silaturah(?:mi|im)|kunjungi|mengunjungi|rombongan|timba ilmu|upacara|apel|peringatan hari|"
                r"(?<!ruang\s)rapat (?:evaluasi|paripurna|kerja)|musrenbang|musyawarah perencanaan|"
                # an agreement signed or officials sworn in: a ceremony among officials
                "nota kesepahaman|MoU|perjanjian kerja sama|perjanjian kerjasama|penandatanganan|pelantikan|"
                "melantik|dilantik|mengambil sumpah|pengambilan sumpah|serah terima jabatan|sertijab"), 2.0),
        (_vocab(r"(?<!ruang\s)rapat(?! dengar pendapat umum)|pertemuan|koordinasi|sinergi|memimpin|diskusi|FGD"), 0.8),
    ),
    DraftKind.EVENT: (
        (_vocab("khitanan|pasar murah|job fair|bursa kerja|car free day|"
                # a casual invitation to come ("yuk merapat", "mampir yuk")
                "(?:yuk|ayo|mari) " + _COME + "|(?:merapat|mampir|datang|ramaikan) yuk|"
                "pangan murah|operasi pasar|karnaval|festival|fest|pesta rakyat|lomba|jalan sehat|"
                "bazar|donor darah|nikah massal|i(?:t)?sbat nikah|"
                # a fair citizens walk through ("Sintang Expo", "pameran pembangunan"), whatever its stands offer
                "pameran|expo|pekan raya|"
                # the public invited to a hearing: citizens take part
                "mengundang (?:seluruh )?(?:masyarakat|warga)|terbuka untuk umum|dengar pendapat umum|"
                "konsultasi publik|uji publik"),
         2.0),
        (_vocab("menggelar|digelar|gelar|diselenggarakan|menyelenggarakan|dilaksanakan|acara"), 0.8),
    ),
    DraftKind.SERVICE: (
        (_vocab("layanan|pelayanan|melayani|jemput bola|mal pelayanan|aplikasi|fitur|pemutihan|pembebasan|"
                "gangguan (?:\\w+ )?(?:pengaliran|layanan|distribusi|air|listrik)|tidak perlu lagi|vaksinasi|"
                "pemeriksaan|(?:peng|meng)?hapus(?:an)? denda|fogging|pengasapan|keringanan|diskon|pelanggan|"
                # an office opening its doors to citizens ("membuka kembali kepesertaan asuransi ...")
                "membuka (?:kembali )?(?:kepesertaan|pelayanan|layanan)"), 1.5),
        # Relief of a levy, whatever caused it (a fire, a flood): what citizens get is a service.
        (_vocab(r"(?:pembebasan|keringanan|penghapusan|pengurangan|potongan) (?:\w+ ){0,2}(?:retribusi|pajak|denda|"
                "sewa|tunggakan|iuran)|"
                # said as the body's act ("Pemkab ... membebaskan retribusi pelayanan pasar", "Bebaskan Retribusi")
                r"(?:mem)?bebaskan (?:\w+ ){0,2}(?:retribusi|pajak|denda|sewa|tunggakan|iuran|biaya)|"
                r"(?:meng)?gratiskan (?:\w+ ){0,2}(?:retribusi|pajak|sewa|iuran|biaya)|"
                r"menghapus(?:kan)? (?:\w+ ){0,2}(?:denda|tunggakan|sanksi)"), 1.5),
        # Aid to registered or listed recipients, and a programme with a registration window (FORMAT.md's
        # labelling policy): a service, even when it is handed out on one day.
        (_vocab(r"bantuan (?:langsung tunai|pangan|sosial|stimulan|biaya|premi|beras|tunai|pendidikan)|BLT|"
                r"penerima (?:manfaat|bantuan)|daftar penerima|KPM|kelompok tani|terdaftar (?:di|dalam|sebagai)|"
                r"mudik gratis|beasiswa|"
                r"pelatihan|skrining|penyesuaian tarif|tarif baru|pembayaran (?:PBB|pajak|retribusi)|"
                # a levy no longer charged, said the other way round ("Denda tahun lalu dihapus", "Tak Lagi Pungut")
                r"(?:denda|tunggakan|retribusi|sewa|iuran) (?:\w+ ){0,3}"
                r"(?:dihapus(?:kan)?|dibebaskan|digratiskan|ditiadakan)|tanpa (?:sewa|retribusi|denda)|"
                r"(?:tidak|tak) lagi (?:\w+ )?(?:pungut|memungut|dipungut|dikenakan)"), 1.5),
        (_vocab("program|kini|mulai berlaku|berlaku|pendaftaran|daring|online|beroperasi|dibuka|menyalurkan|"
                "penyaluran|membagikan|pembagian"), 0.6),
    ),
}
#: Words of a kind used for something else, blanked before that kind is weighed: a hazard being prevented or
#: that occasioned a notice ("Sehubungan dengan banjir ..., BPBD menyalurkan bantuan"; "pascabanjir") is no
#: emergency under way; a subsidy's or a discount's percent is no result; "jangan lupa bawa KTP" asks nothing.
_NOT_OF: dict[DraftKind, re.Pattern[str]] = {
    # Officials asked to act ("Wali Kota meminta para pejabat baru segera bekerja"): an instruction to the staff, no
    # appeal to citizens.
    DraftKind.APPEAL: re.compile(STAFF_ASKED + r"[^.\n]*", re.I),
    # A hazard counted over a period or named as a cause ("214 kejadian kebakaran", "Biang Kebakaran") is
    # background to an appeal, not a disaster under way.
    DraftKind.EMERGENCY: _vocab(_PREVENTION + r"|sehubungan dengan [^,.\n]{0,80}|pasca\w+|"
                                # a disaster that is over ("yang terdampak banjir bulan lalu"): a relief's occasion
                                r"(?:terdampak |dilanda |diterjang )?" + _HAZARD
                                + r"(?: \w+){0,4}? (?:lalu|kemarin|silam)|"
                                r"\d[\d.]* (?:kejadian|peristiwa) (?:\w+ )?" + _HAZARD + "|"
                                r"(?:biang|penyebab|pemicu) (?:\w+ )?" + _HAZARD),
    # ... and a result still to reach ("seluruh pekerjaan ... harus tuntas sebelum kas daerah ditutup", "ditargetkan
    # rampung") is a plan or an order, no result.
    DraftKind.ACHIEVEMENT: re.compile(r"\b(?:disubsidi|subsidi|diskon|potongan|keringanan|pengurangan|pembebasan)\b"
                                      r"[^.\n]{0,30}?\d+(?:,\d+)?\s*(?:persen|%)|"
                                      r"\b(?:harus|wajib|agar|supaya|ditargetkan|target(?:nya)?|diharapkan|segera)\s+"
                                      r"(?:\w+\s+)?(?:tuntas|rampung|selesai|tercapai|mencapai)\b|"
                                      # a goal the notice serves ("Dalam rangka percepatan penurunan stunting untuk
                                      # menurunkan prevalensi ... menjadi 14 persen pada akhir 2027, Dinkes membuka
                                      # ..."): its purpose, no result
                                      r"\b(?:dalam\s+rangka|guna|demi)\s+[^.,\n]{0,40}?\b(?:menurunkan|menekan|"
                                      r"mengurangi|meningkatkan|menaikkan|mencapai|percepatan|penurunan|peningkatan)\b"
                                      r"[^.,\n]{0,160}", re.I),
}
#: Holding something on a day, and a service that runs over a period (which no single day sums up).
_HELD = _vocab("digelar|menggelar|diselenggarakan|menyelenggarakan|dilaksanakan|melaksanakan|mengadakan|diadakan")
_RUNS = _vocab(r"setiap (?:hari|pekan|minggu|bulan|senin|selasa|rabu|kamis|jumat|sabtu|minggu)|mulai (?:hari ini|"
               r"pekan|bulan)|hingga kuota|selama (?:\w+ ){1,2}(?:hari|pekan|minggu|bulan)|keliling|jemput bola|tahap")
ONE_DAY_WEIGHT = 3.0
#: A claim told and taken back anywhere in the draft: the structure of a clarification.
CLAIM_ANSWERED_WEIGHT = 6.0
#: How much a word counts by where it stands: the headline and the first paragraph decide.
OPENING_WEIGHT = 3.0
BODY_WEIGHT = 0.5
OPENING_CHARS = 450
#: The lead's paragraph, further down: between the opening and the rest.
FOCUS_WEIGHT = 1.0
#: Ties go to the more specific kind.
_ORDER = (DraftKind.CLARIFICATION, DraftKind.EMERGENCY, DraftKind.APPEAL, DraftKind.ACHIEVEMENT,
          DraftKind.MEETING, DraftKind.EVENT, DraftKind.SERVICE)


def _blank(pattern: re.Pattern[str], text: str) -> str:
    """`text` with the matches of `pattern` blanked out, its length kept."""
    return pattern.sub(lambda m: " " * len(m.group(0)), text)


def _opening_cut(body: str) -> int:
    cut = body.find("\n\n", OPENING_CHARS // 2)
    return cut if 0 < cut <= OPENING_CHARS * 2 else OPENING_CHARS


def opening_end(text: str, title: str = "") -> int:
    """Where the opening (title and first paragraph) of `text` ends."""
    skip = len(title) if title and text.startswith(title) else 0
    return skip + _opening_cut(text[skip:])


def kind_scores(text: str, title: str = "", focus: str = "") -> dict[DraftKind, float]:
    """The weight of each kind's vocabulary in `text` (title and opening count most). `focus` is a paragraph
    further down read like the opening: the one that carries what citizens get, in a draft that opens with a
    quote or a background paragraph. (A fresh dict: callers adjust it.)"""
    return dict(_kind_scores(text, title, focus))


@lru_cache(maxsize=32)
def _kind_scores(text: str, title: str, focus: str) -> dict[DraftKind, float]:
    """`kind_scores`, memoised (the reading model scores the draft again after the rules: read-only)."""
    body = text[len(title) :] if title and text.startswith(title) else text
    background = background_spans(body)
    # background paragraphs weigh as the body wherever they stand; the opening is the first news after them
    news = _without(body, background)
    cut = _opening_cut(news)
    context = " \n\n ".join(body[s:e] for s, e in background)
    scores: dict[DraftKind, float] = {}
    for kind, patterns in _VOCABULARY.items():
        mask = _NOT_OF.get(kind)
        own_title, own_news, own_context, own_focus = (
            (_blank(mask, title), _blank(mask, news), _blank(mask, context), _blank(mask, focus)) if mask
            else (title, news, context, focus))
        opening, rest = own_news[:cut], own_news[cut:] + "\n\n" + own_context
        total = 0.0
        for pattern, weight in patterns:
            first = len(pattern.findall(own_title)) + len(pattern.findall(opening))
            total += weight * (OPENING_WEIGHT * first + BODY_WEIGHT * min(len(pattern.findall(rest)), 4)
                               + FOCUS_WEIGHT * min(len(pattern.findall(own_focus)), 2))
        scores[kind] = total
    scores[DraftKind.EVENT] += ONE_DAY_WEIGHT * one_day_occasion(text)
    scores[DraftKind.CLARIFICATION] += CLAIM_ANSWERED_WEIGHT * answers_a_claim(lexicon.split_sentences(text))
    return scores


def _without(text: str, spans: list[tuple[int, int]]) -> str:
    """`text` with the spans cut out."""
    out, cursor = [], 0
    for start, end in spans:
        out.append(text[cursor:start])
        cursor = end
    return "".join(out) + text[cursor:]


@lru_cache(maxsize=32)
def one_day_occasion(text: str) -> bool:
    """The draft holds something on one day: a holding verb and a single calendar day named (a free clinic
    "digelar ... Sabtu, 27 Juni 2026 ... di Lapangan Mini"). Citizens attend it: an event, not a service,
    however much service vocabulary it uses (FORMAT.md's labelling policy)."""
    if not _HELD.search(text):
        return False
    days = {key for loc in scan_facts(text) if (key := loc.fact.key).startswith("date:") and key[5:9].isdigit()}
    return len(days) == 1 and not _RUNS.search(text)


def draft_kind(text: str, title: str = "", gives_citizens: bool = True, meeting: bool = True,
               focus: str = "") -> DraftKind:
    """The kind of the draft. A meeting weighs half when the draft gives citizens something, and not
    at all when `meeting` is False (a visit that also announces a free service is about the service)."""
    scores = kind_scores(text, title, focus)
    if gives_citizens:
        scores[DraftKind.MEETING] *= 0.5 if meeting else 0.0
    best = max(_ORDER, key=lambda k: (scores[k], -_ORDER.index(k)))
    if scores[best] <= 0:
        return DraftKind.EVENT if gives_citizens else DraftKind.MEETING
    return best
