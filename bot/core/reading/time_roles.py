"""What a when, deadline or place fact is, when a draft has several: the offer's period or day, the daily
hours, the days it is closed, or the old place a service moves from.

A notice of a counter moving names the new office's first day, its hours, the old office's last day and
the days nobody serves; a relief programme names its period, its office hours and a weekly mobile stop.
Shown in one "Kapan" line they read as one schedule ("Mulai 4 Januari; Senin–Jumat 08.00–15.00; sampai
30 Desember; 31 Desember dan 1 Januari"), and an old address beside the new one reads as a second place
to go. The reading types each such fact by the words of its own statement (the sentence part between
full stops and semicolons); the posts and the LLM's fact sheet lay each kind out under its own label.
"""

from __future__ import annotations

import re
from dataclasses import replace

from bot.core.fact_scan import scan_facts
from bot.core.reading.sheet import Fact, Slot

#: The daily hours or the recurring days of a service ("Senin–Jumat pukul 08.00–15.00", "setiap Sabtu").
HOURS = "hours"
#: Days or a place with no service ("Sabtu dan hari libur tutup", "tidak ada layanan tatap muka").
CLOSED = "closed"
#: The place a service moves from, and its last day there ("Kantor lama di Jl. X hanya melayani sampai ...").
OLD = "old"
#: Hours something is forbidden in ("Membuang sampah ... pada pukul 19.00–05.00 WIB DILARANG"): no hours to come.
BANNED = "banned"
#: A time that holds for one group only, said as a rule ("Warga yang belum mendapat kupon boleh membeli setelah
#: pukul 11.00"): no time of the offer for everyone.
RULE = "rule"

#: A step before or after the offer, said with its own time ("Pendaftaran dilakukan ... mulai pukul 06.30",
#: "Hasil seleksi diumumkan 12 Juni"): each a role of its own, by the word that names the step.
STEPS: dict[str, re.Pattern[str]] = {
    "registration": re.compile(r"\b(?:pendaftaran|mendaftar|registrasi)\b", re.I),
    "selection": re.compile(r"(?<!hasil\s)(?<!lolos\s)(?<!lulus\s)(?<!melewati\s)"
                            r"\b(?:seleksi|tes|ujian|wawancara|verifikasi)\b(?!\s+(?:diumumkan|hasil))", re.I),
    "announcement": re.compile(r"\b(?:pengumuman|diumumkan)\b", re.I),
    "queue": re.compile(r"\b(?:nomor\s+antrean|kupon|undian|nomor\s+lapak|(?:mengambil|ambil)\s+nomor)\b", re.I),
}
#: Who has or lacks a coupon, before the word ("Warga yang belum mendapat kupon boleh membeli setelah pukul 11.00"):
#: a rule on who may buy, no time of the coupon's own.
_HOLDER = re.compile(r"\b(?:belum|tidak|tanpa|sudah|telah)\s+(?:\w+\s+)?$", re.I)
#: A group by what it has or lacks, then what it may do, right before the time ("yang belum mendapat kupon boleh
#: membeli setelah ", "yang tidak membawa KTP dapat dilayani mulai ").
_GROUP_RULE = re.compile(r"\byang\s+(?:belum|tidak|tanpa|sudah|telah)\b[^.;\n]{0,60}?\b(?:boleh|dapat|bisa|"
                         r"diperbolehkan|dipersilakan|baru)\b[^.;\n\d]{0,40}?\b(?:setelah|sebelum|mulai|sesudah)\s+$",
                         re.I)
#: Most characters between a step's word and its time.
STEP_REACH = 90
#: Between a step's word and a time: another act begins ("..., dan siswa mulai masuk asrama pada ..."), or the
#: offer itself is said ("pendaftaran peserta khitanan yang akan digelar Sabtu ..."): the time is not the step's.
_STEP_BREAK = re.compile(r"[,;]\s*(?:dan|lalu|kemudian|sedangkan|serta)\b|\b(?:yang\s+akan|digelar|dilaksanakan|"
                         r"diselenggarakan|berlangsung|berakhir)\b", re.I)
#: No service: closed ("tutup", not a closing hour "tutup pukul 16.00"), no service, service called off.
_CLOSED = re.compile(r"\btutup\b(?!\s+(?:pukul|jam|\d|lebih|sementara\s+(?:pukul|jam)))|"
                     r"\btidak\s+(?:ada\s+(?:pe)?layanan|melayani|dilayani|buka|beroperasi)\b|"
                     r"\b(?:ditiadakan|diliburkan|libur\s+(?:pe)?layanan)\b", re.I)
#: The place or the times a service leaves ("kantor lama", "sebelumnya", "pindah dari").
_OLD = re.compile(r"\b(?:kantor|lokasi|tempat|gedung|loket|alamat|jadwal|jam)\s+lama\b|"
                  # not "beforehand", a step first ("Sebelumnya, calon pasien wajib mengikuti skrining ...")
                  r"\bsebelumnya\b(?![^.;\n]{0,40}?\b(?:wajib|harus|perlu|diminta|terlebih\s+dahulu)\b)|"
                  r"\bpindah\s+dari\b|\bsemula\s+di\b|"
                  r"\btertanggal\s*$", re.I)  # the date of an earlier letter or release a text refers to
#: Words after an old marker that speak of the new again ("..., kini ...").
_NEW = re.compile(r"\b(?:kini|sekarang|mulai|pindah\s+ke|menjadi)\b", re.I)
#: What was planned ("yang semula dijadwalkan ...", "rencananya digelar ...") and, after the fact in the same
#: statement, what became of it ("... dibatalkan", "... tidak berlaku lagi"): a day or place called off.
_PLANNED = re.compile(r"\b(?:semula|awalnya|rencananya|sedianya)\b", re.I)
_CALLED_OFF = re.compile(r"\b(?:dibatalkan|batal|tidak\s+jadi|tidak\s+berlaku\s+lagi|ditunda|diundur|dipindahkan|"
                         r"digeser|tidak\s+lagi\s+(?:digunakan|dipakai|berlaku))\b", re.I)
#: A slip corrected on air right after it ("di Desa Akelamo... eh, maaf, ralat, ralat. Hari Kamis itu di Desa
#: Todowongi"): the place said first is the wrong one.
SAID_WRONG = re.compile(r"[ \t.…,]*(?:eh|e+h|ups)?[ \t.,]*(?:maaf|mohon\s+maaf)?[ \t.,]*(?:ralat|salah)\b", re.I)
#: A correction's wrong text ("Tertulis: ..." up to "Seharusnya: ..."), as a ralat quotes it.
_WRITTEN = re.compile(r"\b(?:tertulis|tercantum)\s*:|\b(?:semula|sebelumnya)\s+(?:tertulis|tercantum|disebutkan)\b",
                      re.I)
_CORRECTED = re.compile(r"\b(?:seharusnya|semestinya|yang\s+benar|diralat\s+menjadi|dibaca)\b", re.I)
#: Most characters a ralat's wrong text runs from its "Tertulis:".
WRITTEN_REACH = 400
#: The words that name a schedule or its venue, before a day or place called off without a plan word.
_SCHEDULED = re.compile(r"\b(?:jadwal|kegiatan|acara|lokasi|tempat)\b", re.I)
#: A recurrence ("setiap Sabtu", "tiap hari", "hari kerja") or a span of weekdays ("Senin–Jumat").
_WEEKDAY = r"(?:Senin|Selasa|Rabu|Kamis|Jum'?at|Sabtu|Minggu|Ahad)"
_RECURRING = re.compile(rf"\b(?:setiap|tiap|saban)\b|\bhari\s+kerja\b|\b{_WEEKDAY}\s*(?:[–—-]|sampai|hingga|s\.?d\.?)"
                        rf"\s*{_WEEKDAY}\b|\bjam\s+(?:layanan|pelayanan|buka|operasional)\b|"
                        r"\b(?:tutup|buka)\s+(?:pukul\s+|jam\s+)?\d", re.I)  # "khusus Minggu tutup 21.00 WIB"
#: A span of clock times ("08.00–15.00", "pukul 8 sampai 12").
_TIME_SPAN = re.compile(r"\d[.:]\d\d\s*(?:[–—-]|s\.?d\.?|s/d|sampai|hingga)\s*(?:pukul\s+|jam\s+)?\d", re.I)
#: What ends the statement a fact stands in.
_BAN = re.compile(r"\b(?:dilarang|larangan|tidak\s+(?:boleh|diperbolehkan|diizinkan))\b", re.I)
#: A road closed to traffic while an event runs ("Jalan Basuki Rahmat ditutup untuk kendaraan mulai pukul 13.00 WIB
#: tiap hari selama acara"): the hours of a ban beside the event, never the event's time.
_CLOSED_ROAD = re.compile(r"\b(?:ditutup|tertutup|penutupan)\s+(?:\w+\s+){0,2}?(?:untuk|bagi)\s+(?:semua\s+)?"
                          r"(?:kendaraan|lalu\s+lintas|lalin|pengendara)\b", re.I)
_DURING = re.compile(r"\bselama\s+(?:acara|kegiatan|festival|fest|event|perayaan|karnaval|pawai|lomba|"
                     r"(?:acara|kegiatan)\s+berlangsung|berlangsungnya)\b", re.I)
_STOP = re.compile(r"[.;!?\n]")
#: Words whose dot is no full stop ("Jl. Dr. Wahidin", "No. 44").
_ABBREVIATION = re.compile(r"\b(?:Jl|Jln|No|Dr|dr|Kab|Kec|Prof|Ir|St|Km|Lt|Kel|Ds|H|Hj)$")


def statement(draft: str, fact: Fact) -> tuple[int, int]:
    """The part of the sentence the fact stands in, between full stops, semicolons and line ends
    (not the dot of "Jl." or "No." or of a time "08.00")."""
    start = 0
    for m in _STOP.finditer(draft, 0, fact.start):
        if not _inside_number(draft, m.start()):
            start = m.end()
    end = len(draft)
    for m in _STOP.finditer(draft, fact.end):
        if not _inside_number(draft, m.start()):
            end = m.start()
            break
    return start, end


def _inside_number(draft: str, at: int) -> bool:
    """A dot that is no full stop: inside a number or a time ("08.00"), a web address ("kerja.id/daftar"), after
    an abbreviation ("Jl.")."""
    if draft[at] != ".":
        return False
    return (at > 0 and draft[at - 1].isalnum() and draft[at + 1 : at + 2].isalnum()
            or bool(_ABBREVIATION.search(draft, max(0, at - 5), at)))


def _dated(fact: Fact) -> bool:
    """A day of the calendar in the fact (not a weekday alone)."""
    return any(loc.fact.kind == "date" and not loc.fact.key.startswith("date:day-") for loc in scan_facts(fact.text))


def _timed(fact: Fact) -> bool:
    return any(loc.fact.kind == "time" for loc in scan_facts(fact.text))


def role_of(draft: str, fact: Fact) -> str:
    """The fact's role ("" for the offer's own period, day or place) read in its statement."""
    if fact.slot not in (Slot.WHEN, Slot.DEADLINE, Slot.WHERE):
        return ""
    start, end = statement(draft, fact)
    before, said = draft[start : fact.start], draft[start:end]
    old = list(_OLD.finditer(before))
    if (old and not _NEW.search(before, old[-1].end()) or _in_old_bracket(draft, fact)
            or _called_off(draft, fact, start, end) or _written_wrong(draft, fact)
            or SAID_WRONG.match(draft, fact.end)):
        return OLD
    if _CLOSED.search(_OLD_NOTE.sub(" ", said)):  # "Sabtu: 07.30–12.00 (sebelumnya tutup)": open now
        return CLOSED
    if fact.slot == Slot.WHEN and _GROUP_RULE.search(before):
        return RULE
    step = _step(draft, fact, start)
    if step:
        return step
    if fact.slot == Slot.WHEN and _CLOSED_ROAD.search(said) and _DURING.search(said):
        return BANNED
    if fact.slot == Slot.WHEN and not _dated(fact) and (
            _timed(fact) and (_TIME_SPAN.search(fact.text) or _RECURRING.search(before[-30:] + fact.text))
            or _RECURRING.match(fact.text)):
        return BANNED if _BAN.search(said) else HOURS
    return ""


def _step_word(draft: str, fact: Fact, start: int) -> tuple[int, str]:
    """Where the word of the step a when fact is the time of opens, and the step; (-1, "") for none."""
    if fact.slot != Slot.WHEN:
        return -1, ""
    at = max(start, fact.start - STEP_REACH)
    before = draft[at : fact.start]
    # read in the draft itself, so that a word just before the window still counts ("lolos | verifikasi berkas")
    found = sorted((m.start() - at, m.end() - at, name) for name, pattern in STEPS.items()
                   for m in pattern.finditer(draft, at, fact.start)
                   if not _STEP_BREAK.search(before, m.end() - at) and not (name == "queue" and _HOLDER.search(
                       draft, max(0, m.start() - 30), m.start())))
    if not found:
        return -1, ""
    opens, end, name = found[0]  # the first step word of the statement part names the step
    between = before[end:]
    if between.count("(") > between.count(")"):
        return -1, ""  # "Helpdesk pendaftaran (WhatsApp, hari kerja 08.00–15.00)": the hours of a channel
    return at + opens, name


def _step(draft: str, fact: Fact, start: int) -> str:
    return _step_word(draft, fact, start)[1]


#: A step said by its verb ("diumumkan", "mendaftar"): its subject comes first ("Hasil seleksi diumumkan").
_VERB_STEP = re.compile(r"(?:di|me)\w+$", re.I)
#: Most characters of a verb's subject taken back; a subject without a comma is taken whole
#: up to SUBJECT_WHOLE characters ("Mahasiswa yang tidak dapat mengakses internet dapat mendaftar ...").
SUBJECT_REACH = 30
SUBJECT_WHOLE = 70


def step_phrase(draft: str, fact: Fact) -> str:
    """The draft's words from the step's word to the end of its time ("Pengumuman hasil seleksi dijadwalkan
    pada Senin, 15 Maret 2027"); a verb takes its short subject with it ("Hasil seleksi diumumkan 12 Juni")."""
    start, _ = statement(draft, fact)
    opens, name = _step_word(draft, fact, start)
    if opens < 0:
        return fact.text
    word = re.match(r"\w+", draft[opens:])
    if word and _VERB_STEP.match(word.group(0)):
        cut = max(draft.rfind(",", start, opens) + 1, start, opens - SUBJECT_REACH)
        if cut > start and draft.rfind(",", start, opens) < 0 and opens - start <= SUBJECT_WHOLE:
            cut = start  # the whole subject ("Pelamar yang tidak memiliki akses internet dapat mendaftar ...")
        elif cut > start and draft[cut - 1].isalnum() and draft[cut].isalnum():  # never half a word ("apat")
            cut = draft.find(" ", cut, opens) + 1 or opens
        opens = cut + len(draft[cut:opens]) - len(draft[cut:opens].lstrip())
    marks = re.match(r"[^\w(\"“'‘]*", draft[opens : fact.start])  # the line's emoji ("📢 Peserta ...") is no word
    return draft[opens + (marks.end() if marks else 0) : fact.end]


#: A bracket opened by "sebelumnya" ("(sebelumnya pukul 08.30 WIB)"): what was, not what is.
_OLD_BRACKET = re.compile(r"\(\s*(?:sebelumnya|semula|dulu)\b[^()\n]*$", re.I)
_OLD_NOTE = re.compile(r"\(\s*(?:sebelumnya|semula|dulu)\b[^()\n]*\)", re.I)


def _called_off(draft: str, fact: Fact, start: int, end: int) -> bool:
    """A day or place said before the word that calls it off, in the same statement ("Jadwal hari Kamis di
    Sriwulan tidak berlaku lagi"; "yang semula dijadwalkan ... pada Kamis (10/12) dibatalkan"); a day said
    after it ("diundur ke Sabtu") is the new one."""
    called = _CALLED_OFF.search(draft, fact.end, end)
    if called is None:
        return False
    if _PLANNED.search(draft, start, fact.start):
        return True
    # Without a plan word, only a schedule's own words just before the word that calls it off, or the fact
    # as the statement's subject ("Aula Masjid Agung tidak lagi digunakan untuk kegiatan ini").
    return called.start() - fact.end <= 40 and (bool(_SCHEDULED.search(draft, start, fact.start))
                                                 or not draft[start : fact.start].strip(" \t\"“*_-"))


def _written_wrong(draft: str, fact: Fact) -> bool:
    """A day or place in the wrong text a ralat quotes ("Tertulis: '... Sabtu, 19 Desember 2026 ...'
    Seharusnya: ..."): what the earlier release said, not what holds."""
    written = list(_WRITTEN.finditer(draft, max(0, fact.start - WRITTEN_REACH), fact.start))
    return bool(written) and not _CORRECTED.search(draft, written[-1].end(), fact.start)


def _in_old_bracket(draft: str, fact: Fact) -> bool:
    return bool(_OLD_BRACKET.search(draft, max(0, fact.start - 40), fact.start))


def typed(draft: str, facts: list[Fact]) -> list[Fact]:
    """`facts` with the role of every when, deadline and place fact set."""
    return [replace(f, role=role) if (role := role_of(draft, f)) else f for f in facts]
