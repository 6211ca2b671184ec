"""The role a clause plays for the kind of its draft, and what that role is worth as a lead.

Each kind of news has what it must say first. An emergency tells citizens the danger and what to do: the
rule that keeps people out of harm's way ("Warga dilarang beraktivitas dalam radius 3 kilometer ...") comes
before the help handed out (free masks, meals). An appeal or a circular tells citizens what they are asked to
do: the rule itself ("... hanya boleh diterbangkan dengan cara ditambatkan", "sampah WAJIB dipilah") and the
action with its schedule ("Gerakan PSN serentak dilaksanakan setiap hari Jumat pukul 07.00"), before a side
service or a vague wish. A service names the offer; what it spares citizens ("kini tidak perlu lagi bolak-balik
ke kota") follows it. The word weights of lead.py say how much a clause gives; the role sets the least a clause
that plays it weighs in a draft of that kind, or how much its words count. (A number to call for rescue was
tried as an emergency's lead role too: the blind batches lead with the danger or the help and call it a later
fact, so it has no role here.)
"""

from __future__ import annotations

import re
from enum import Enum

from bot.core.reading.sheet import DraftKind

_I = re.I


class Role(Enum):
    """What a clause does for citizens, read from its structure."""

    RULE = "rule"  # what citizens may not or must do
    ASK = "ask"  # in an emergency, what people where the danger is are asked to do
    SCHEDULED_ASK = "scheduled_ask"  # an action citizens take, with its day or hour
    SPARED = "spared"  # what citizens no longer have to do: the offer's effect, not the offer
    INVITED = "invited"  # an achievement's invitation to citizens: the celebration they may join
    OTHER = "other"


#: A rule on what citizens do: a ban, a sole permitted way, an obligation (not a tax's "wajib pajak").
_RULE = re.compile(r"\b(?:dilarang|tidak\s+(?:boleh|diperbolehkan|diizinkan)|hanya\s+boleh|"
                   r"wajib\s+(?!pajak\b|membawa\b|melampirkan\b|menunjukkan\b)\w+)\b", _I)
#: In an emergency, a rule on people where the danger is ("Warga dilarang beraktivitas dalam radius 3 km"); a
#: rule on vehicles ("truk dan bus dilarang melintas") goes with the detour, which an update leads with.
_PEOPLE_RULE = re.compile(r"\b(?:warga|masyarakat|penduduk|pengunjung|wisatawan|pendaki|nelayan|petani|siapa\s+pun)\b"
                          r"(?:,?\s+\S+){0,8}?\s+(?:dilarang|tidak\s+(?:boleh|diperbolehkan|diizinkan))\b", _I)
#: In an emergency, what people where the danger is are asked to do ("Warga dari dua kampung tersebut diminta tetap
#: berada di lokasi pengungsian"): the safety instruction, whatever the verb of the ask.
_PEOPLE_ASK = re.compile(r"^\W*(?:para\s+|seluruh\s+)?(?:warga|masyarakat|penduduk|pengungsi|pengunjung|wisatawan|"
                         r"pendaki|nelayan|petani)\b(?:\s+\S+){0,8}?\s+(?:diminta|diimbau|dihimbau|diharapkan|"
                         r"diinstruksikan)\s+(?:untuk\s+|agar\s+)?"
                         # a call or a report to make, a thing to bring: facts for later lines
                         r"(?!(?:segera\s+)?(?:(?:me)?lapor|laporkan|(?:meng)?hubungi|membawa|mendaftar|"
                         r"menyiapkan))\w+", _I)
#: A speaker's exhortation ("Hari ini kita tidak boleh hanya menjadi penonton") binds no one.
_RHETORIC = re.compile(r"\b(?:kita|kami|saya)\b|\btidak\s+boleh\s+(?:hanya|lagi\s+ada)\b", _I)
#: An action done at a time: a holding or doing verb and a day, an hour or a recurrence.
_ACTION = re.compile(r"\b(?:dilaksanakan|dilakukan|diadakan|digelar|melaksanakan|melakukan|mengikuti|ikut)\b", _I)
_SCHEDULE = re.compile(r"\b(?:setiap\s+(?:hari|pekan|minggu|bulan|pagi|sore|senin|selasa|rabu|kamis|jumat|sabtu)|"
                       r"pukul\s+\d|(?:hari\s+)?(?:senin|selasa|rabu|kamis|jumat|sabtu|minggu),?\s+\d{1,2}\s+\w+)", _I)
#: Done by officials, not asked of citizens ("Fogging hanya dilakukan oleh Dinas Kesehatan").
_BY_OFFICIALS = re.compile(r"\b(?:oleh|petugas)\s+(?:\w+\s+){0,2}?(?:dinas|petugas|tim|BPBD|puskesmas|pemerintah|"
                           r"pemkab|pemkot|pemprov|polisi|aparat)\b", _I)


#: Citizens spared an effort ("Warga ... kini tidak perlu lagi bolak-balik ke Kraksaan", "sehingga warga tidak perlu
#: lagi menempuh perjalanan ke Pontianak"): people are the subject, "need not" the predicate. The clause that
#: names the service ("layanan paspor ... dibuka mulai 16 Juni") is the offer; this one says what it saves them.
_SPARED = re.compile(r"^\W*(?:(?:sehingga|agar|supaya|jadi|kini|sekarang|dengan\s+begitu)\s+)?(?:para\s+|seluruh\s+)?"
                     r"(?:warga|masyarakat|peserta|pasien|pemohon|orang\s+tua|pelanggan|penumpang|pelajar|siswa|petani|"
                     r"nelayan|pedagang|pengendara|wajib\s+pajak|keluarga)\b[^,;]{0,80}?\b(?:tidak|tak|tdk)\s+"
                     r"(?:perlu|usah|harus)\b", _I)


#: An invitation to citizens ("Pemkab mengundang seluruh masyarakat mengikuti Jalan Sehat ...", "warga diajak hadir
#: ..."): what an award or a result gives readers, above the side services of the celebration (a free check-up at
#: its finish line), round 11c's labelling policy.
_JOIN = r"(?:untuk\s+)?(?:hadir|menghadiri|mengikuti|meramaikan|memeriahkan|datang|bergabung)\b"
_INVITED = re.compile(rf"\b(?:mengundang|mengajak)\s+(?:seluruh\s+|segenap\s+|para\s+)?(?:masyarakat|warga)\s+{_JOIN}|"
                      rf"\b(?:masyarakat|warga)\b(?:\s+\S+){{0,4}}?\s+(?:diundang|diajak)\s+{_JOIN}|"
                      # the next round opened to them ("pendaftaran Beasiswa ... tahap II dibuka mulai ...")
                      r"\bpendaftaran\b[^,;.]{0,80}?\b(?:kembali\s+)?dibuka\b|\bmembuka\s+pendaftaran\b|"
                      # those left out may enrol now ("warga yang belum terdaftar ... cukup membawa KTP ... untuk
                      # langsung didaftarkan sebagai peserta JKN")
                      r"\b(?:warga|masyarakat)\b[^.;]{0,80}?\b(?:cukup|dapat|bisa)\s+(?:membawa|datang|mendaftar)\b"
                      r"[^.;]{0,120}?\b(?:didaftarkan|mendaftar|dilayani)\b", _I)


def clause_role(clause: str, kind: DraftKind | None) -> Role:
    """The role `clause` plays in a draft of `kind` (OTHER when the kind gives it no lead role)."""
    if kind == DraftKind.ACHIEVEMENT and _INVITED.search(clause):
        return Role.INVITED
    if kind is not None and kind != DraftKind.CLARIFICATION and _SPARED.search(clause):
        return Role.SPARED
    if _RHETORIC.search(clause):
        return Role.OTHER
    if kind == DraftKind.EMERGENCY and _PEOPLE_RULE.search(clause):
        return Role.RULE
    if kind == DraftKind.EMERGENCY and _PEOPLE_ASK.search(clause):
        return Role.ASK
    if kind == DraftKind.APPEAL and not _BY_OFFICIALS.search(clause):
        if _ACTION.search(clause) and _SCHEDULE.search(clause):
            return Role.SCHEDULED_ASK
        if _RULE.search(clause):
            return Role.RULE
    return Role.OTHER


#: The least a clause weighs for its role: as much as an evacuation order ("diminta segera mengungsi") weighs
#: for its words in an emergency, what an appeal's plainest ask ("diimbau tidak membakar lahan") weighs.
#: An emergency's ask weighs less than a ban: above the help handed out, below the forecast of what is coming
#: ("gelombang tinggi ... berpotensi terjadi"), which a warning leads with (round 20l).
ASK_FLOOR = 4.2
ROLE_FLOOR = {Role.RULE: 5.5, Role.SCHEDULED_ASK: 6.0, Role.ASK: ASK_FLOOR, Role.INVITED: 6.5}


#: What a clause's word weight counts for its role: what citizens are spared follows the offer (in a clarification,
#: that a paper "tidak perlu dicetak ulang" is the correct fact, and keeps its weight).
ROLE_FACTOR = {Role.SPARED: 0.5}


def role_weight(clause: str, kind: DraftKind | None, score: float) -> float:
    """The word weight `score` of `clause` set by the role it plays in a draft of `kind`: raised to the role's
    floor, or scaled by its factor."""
    role = clause_role(clause, kind)
    return max(score * ROLE_FACTOR.get(role, 1.0), ROLE_FLOOR.get(role, 0.0))
