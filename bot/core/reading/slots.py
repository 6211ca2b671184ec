"""Slot finders: every fact of a draft except its what and benefit, as spans.

They read every sentence, ceremonial or not: a fact inside a ceremonial sentence is still a fact.
Dates are labelled by what they are to citizens: a deadline they must meet ("paling lambat 5 Juli
2025"), the government's target (left to figures.find_targets), or a when. The date a statement
was made ("ujarnya, Senin (2/2/2026)") and a dateline are neither.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator

from bot.core.fact_scan import Located, scan_facts
from bot.core.lexicon_data import WEEKDAY
from bot.core.reading.appeal_steps import appeal_steps, directive_lists
from bot.core.reading.contacts import find_contacts
from bot.core.reading.cost import find_cost
from bot.core.reading.datelines import closes_a_heading, dates_a_dateline, dates_a_statement
from bot.core.reading.dates import MONTH_NAMES, display_when, draft_years
from bot.core.reading.faq import answered_facts
from bot.core.reading.figures import find_counts, find_targets, headline_end
from bot.core.reading.hours_in_words import timed_hours
from bot.core.reading.how_steps import find_how
from bot.core.reading.key_facts import when_runs
from bot.core.reading.people import find_people, find_signatures
from bot.core.reading.places import find_places
from bot.core.reading.requirements import find_requirements
from bot.core.reading.sheet import Fact, Slot
from bot.core.reading.spans import span_fact
from bot.core.reading.who import find_variants, find_who

_RUN_PREFIX = re.compile(r"(?:\b(?:mulai|sejak|setiap|tiap|terhitung\s+sejak)\s+(?:hari\s+|tanggal\s+)?)$", re.I)
_DAYPART = re.compile(r"^\s+(?:pagi|siang|sore|malam)(?:\s+hari)?\b")
_DEADLINE = re.compile(r"\b(?:paling\s+lambat|selambat-lambatnya|batas\s+(?:akhir|waktu)(?:\s+\w+){0,3}|"
                       r"jatuh\s+tempo(?:\s+pada)?|"
                       r"ditutup(?:\s+pada)?|"
                       r"sebelum|hingga\s+batas)\s+(?:(?:akhir|awal|pertengahan)\s+)?(?:hari\s+|tanggal\s+)?$", re.I)
_DEADLINE_HEADER = re.compile(r"\b(?:paling\s+lambat|batas\s+(?:akhir|waktu)(?:[ \t]+\w+){0,3}|"
                              r"(?:pendaftaran|penerimaan|pengumpulan)\s+(?:berkas\s+)?ditutup)[ \t]*:[ \t]*\n?[ \t]*$",
                              re.I)
_CLOSED_ALREADY = re.compile(r"\b(?:sudah|telah)\s+ditutup\s+(?:sejak\s+)?(?:tanggal\s+)?$", re.I)
#: A deadline denied ("Tidak ada batas waktu 1 Januari 2027"): the denial is the fact, kept with the date.
_NO_DEADLINE = re.compile(r"\b(?:tidak|tak|tanpa|bukan)\s+(?:ada\s+)?$", re.I)
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
_DELIVERED = re.compile(r"\b(?:dijadwalkan|ditargetkan|diperkirakan|tiba|rampung|tuntas|disalurkan|terpasang|dibangun|"
                        r"pulih|dipulihkan|mengalir|menyala|normal|"
                        # a report up the line ("hasil pemadanan dilaporkan kepada Gubernur paling lambat ...")
                        r"dilaporkan\s+(?:kepada|ke)\s+(?:Gubernur|Bupati|Wali\s+Kota|Menteri|Presiden|pimpinan))\b[^.;]*$",
                        re.I)  # "air normal paling lambat ..."
#: The office's own people a line or a heading may be addressed to (case aside).
_OFFICE_PEOPLE = (r"(?:Kapalo[ \t]+Jorong|Wali[ \t]+Jorong|"
                  r"Kepala[ \t]+(?:Jorong|Dusun|Desa|Lingkungan|Sekolah|Puskesmas|OPD)|Ketua[ \t]+R[TW]|RT/RW|"
                  r"Kadus|Kades|Lurah|Camat|Kepling|operator|petugas|admin|OPD|"
                  r"perangkat[ \t]+desa)\b")
#: A line addressed to the office's own people ("Untuk Bapak Kapalo Jorong: ...", "Kepada para Kepala Dusun agar
#: menyerahkan ...", "Untuk admin kecamatan: mohon rekap ..."): what follows is their task.
_ADDRESSED = (r"\b(?:untuk|kepada)\s+(?:Bapak/Ibu\s+|Bapak\s+|Ibu\s+|Bpk\.?\s+|para\s+|seluruh\s+)?" + _OFFICE_PEOPLE +
              r"[^:.\n;]{0,60}?(?::|,?\s*\b(?:mohon|diminta|harap|agar|tolong)\b|"
              # "untuk kepala puskesmas, rekap hasil penimbangan ditunggu paling lambat 27 Februari"
              r",[^.;:\n]{0,60}?\b(?:ditunggu|wajib|harus)\b)")
#: A task the draft asks of its own people ("Mohon Ketua RT menyelesaikan pembagian kupon paling lambat Kamis"): their
#: deadline, no citizen's.
_OFFICE_TASK = re.compile(r"\b(?:mohon|diminta|dimohon|diharapkan|menginstruksikan)\s+(?:kepada\s+)?"
                          r"(?P<who>(?:para\s+|seluruh\s+|Bapak/Ibu\s+)?(?:Ketua\s+(?:RT|RW)|RT/RW|Kepala\s+(?:Desa|Dusun|Sekolah|OPD|Puskesmas)|"
                          r"Lurah|Camat|kades|petugas|panitia|operator|pendamping|OPD|perangkat\s+desa)\b[^.;]*$)"
                          # the office itself the sentence's subject ("Selanjutnya kepala desa dan lurah menyampaikan
                          # usulan ... paling lambat 30 Juni 2027")
                          r"|(?:(?<=[.!?\n])|(?<=[.!?\n]\s))\s*(?:(?:selanjutnya|kemudian|lalu|setelah\s+itu),?\s+)?"
                          r"(?P<office>(?:para\s+|seluruh\s+)?(?:kepala\s+(?:desa|dusun|sekolah|OPD|puskesmas)|lurah|camat|"
                          r"kades|perangkat\s+desa|operator\s+\w+|panitia(?:\s+(?:desa|kecamatan|\w+))?)"
                          r"(?:\s+(?:dan|serta)\s+(?:lurah|camat|kades|kepala\s+\w+))?)"
                          r"\s+(?:(?:wajib|harus|agar|diminta|akan)\s+)?me[a-z]+\b[^.;]*$"
                          # a line addressed to the office's people ("Untuk Bapak Kapalo Jorong: rekap nama ... tolong
                          # diserahkan ... paling lambat Senin")
                          r"|" + _ADDRESSED + r"(?:[^.;]|\.(?=\d))*$"
                          # an institution asked by name alone ("Sekolah diminta mengunggah data ... paling lambat")
                          r"|(?:(?<=[.!?\n])|(?<=[.!?\n]\s))\s*(?:setiap\s+|seluruh\s+|para\s+)?(?:sekolah|satuan\s+pendidikan|"
                          r"puskesmas|OPD|instansi|perangkat\s+daerah)\s+(?:wajib|harus|diminta|diwajibkan)\s+me[a-z]+\b[^.;]*$",
                          re.I)
#: A target the sentence states ("Target kami, minimal 60 persen alumni bekerja paling lambat enam bulan setelah
#: lulus"): its "paling lambat" is the government's, no deadline citizens must meet.
_TARGETED = re.compile(r"\b(?:target|ditargetkan|menargetkan|targetkan|targetnya)\b", re.I)
#: What a target is for, said between "targetkan" and its date ("Kami targetkan | seluruh sambungan sudah menyala |
#: sebelum akhir Oktober 2027"): a target shown without it says nothing of what is due.
_AIMED = re.compile(r"\b(?:menargetkan|targetkan)\s+((?:\w+\s+){1,10}?\w+)\s+$", re.I)


def office_task(text: str, start: int, end: int) -> bool:
    """Whether the sentence part `text[start:end]` asks a task of the office's own people ("kepala desa dan lurah
    menyampaikan usulan ..."), no step for citizens, or stands under a heading addressed to them."""
    return _OFFICE_TASK.search(text, start, end) is not None or under_office_heading(text, start)


#: A section's heading addressed to the office's own people ("6. Catatan untuk camat dan lurah/kades"): the lines
#: under it are their tasks.
_OFFICE_HEADING = re.compile(r"(?:^|\n)[ \t]*(?:\d{1,2}[.)][ \t]*)?[^\n.]{0,30}\b(?:untuk|kepada|bagi)[ \t]+"
                             r"(?:para[ \t]+|seluruh[ \t]+|Bapak/Ibu[ \t]+)?" + _OFFICE_PEOPLE
                             + r"[^\n.]{0,40}[ \t]*:?[ \t]*\n[ \t]*$", re.I)


def under_office_heading(text: str, start: int) -> bool:
    """Whether the line holding `start` comes right under a heading addressed to the office's people."""
    line = text.rfind("\n", 0, start) + 1
    return _OFFICE_HEADING.search(text, max(0, line - 120), line) is not None


#: "..., Senin (3/2/2025), menjelaskan bahwa ...": the day a statement was made.
_SAID_AFTER = re.compile(r"\)?\s*,\s*(?:menyampaikan|mengatakan|menjelaskan|menegaskan|memaparkan|mengungkapkan|"
                         r"menuturkan|memastikan|menyebutkan|mengimbau|meminta|disaksikan|ditandai|dihadiri|"
                         r"didampingi|disambut|tercatat)\b", re.I)
#: What a ceremony's day is followed by ("..., ditandai dengan pengguntingan pita").
_CEREMONY_AFTER = re.compile(r"\)?\s*,\s*(?:disaksikan|ditandai|dihadiri|didampingi|disambut)\b", re.I)
#: An opening of the occasion itself ("membuka secara resmi kegiatan bakti sosial ... pada Sabtu (20/3) pukul 07.30"):
#: its day and hour are when the occasion starts, whatever ceremony follows.
_OPENED = re.compile(r"\b(?:membuka|dibuka|dimulai|memulai|melepas|dilepas)\b", re.I)
_TIMED = re.compile(r"\b(?:pukul|jam|pkl)\b", re.I)
#: The date a report or a figure stands at ("Update Jumat, 14 Maret 2025", "99,2 persen per 1 Juli 2025").
#: A day the figures after it are counted up to ("Hingga 1 Januari 2027, jumlah peserta JKN ... tercatat ..."): no when.
_COUNTED_AFTER = re.compile(r"\s*,\s*(?:jumlah|total|sebanyak|capaian|cakupan|realisasi|data)\b[^.;\n]{0,80}?"
                            r"\b(?:tercatat|mencapai|sebanyak|sebesar|terdata)\b", re.I)
_AS_OF = re.compile(r"\b(?:update|pembaruan|diperbarui|data|per)\s*:?\s+$", re.I)  # "Update: Jumat, 4 Desember"
_WARNING = re.compile(r"\b(?:siaga|status|peringatan|waspada|tanggap\s+darurat)\b", re.I)
_SPEECH = re.compile(r"\b(?:ujar(?:nya)?|kata(?:nya)?|tegas(?:nya)?|jelas(?:nya)?|tutur(?:nya)?|ungkap(?:nya)?|"
                     r"terang(?:nya)?|pungkas(?:nya)?|tutup|disampaikan|menyampaikan|mengatakan|menjelaskan|"
                     r"menegaskan|mengemuka|"
                     r"memaparkan|mengungkapkan|menuturkan|memastikan|"
                     r"saat\s+(?:kegiatan|acara|ditemui|mendampingi))\b", re.I)
_RELATIVE = re.compile(r"\b(?:(?:dalam\s+)?(?:sepekan|seminggu|sebulan|\w+\s+(?:hari|pekan|minggu|bulan))\s+ke\s+depan|"
                       r"mulai\s+(?:pekan|minggu|bulan|tahun)\s+depan)\b", re.I)
#: A deadline counted from an event citizens meet, not a date ("paling lambat dua minggu setelah diterima",
#: "selambat-lambatnya 3 x 24 jam setelah kejadian"); "maksimal 3 hari sebelum acara" is the organiser's rule.
_COUNTED_DEADLINE = re.compile(
    r"\b(?:paling\s+lambat|selambat-lambatnya)\s+(?:\d+(?:\s*x\s*\d+)?|(?:satu|dua|tiga|empat|lima|enam|tujuh|"
    r"delapan|sembilan|sepuluh|sebelas|se|\w+\s+belas|\w+\s+puluh)\b)\s*(?:hari|minggu|pekan|bulan|jam)\s+"
    r"(?:kerja\s+)?(?:setelah|sesudah)(?:\s+(?!(?:melalui|lewat|via|di|ke|kepada|dengan|untuk|dan|atau|agar|"
    r"supaya)\b)[a-z]+\b){1,3}", re.I)
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
_OFF = re.compile(r"\b(?:libur(?!\s+(?:[A-Z]|sekolah|nasional|panjang|akhir|semester|lebaran|natal))|"
                  r"(?i:ditiadakan|DITUTUP\s+SEMENTARA)|"
                  r"tidak\s+(?:ada\s+)?(?:beroperasi|melayani|pelayanan|layanan|buka|dibuka)|"
                  # a field team that stays in ("Rabu 15/9 dan Jumat 17/9 tim tidak turun lapangan")
                  r"tidak\s+turun(?:\s+ke)?\s+lapangan)\b")


#: A preparation the citizen does before the service (fasting, not eating): its time is no time of the service.
_PREPARE = re.compile(r"\b(?:ber)?puasa\b|\b(?:tidak|jangan|tak)\s+(?:boleh\s+)?(?:makan|minum)\b", re.I)


#: A sentence addressed to the office's own people ("Kepada para camat dan kepala desa pesisir, mohon laporan ...",
#: "Untuk Bapak Kapalo Jorong: rekap ..."): its times are their task's.
_ADDRESSED_TASK = re.compile(r"\W*" + _ADDRESSED, re.I)
#: Departures or a service called off, not a day of rest.
_CALLED_OFF = re.compile(r"\b(?:ditiadakan|dibatalkan|batal)\b", re.I)
#: The note a called-off day's value ends with ("Selasa dan Rabu, 15–16 Desember (ditiadakan)"); the post's
#: "Ditiadakan" line reads it back (`bot.offline.post_lines.called_off`).
CALLED_OFF_NOTE = "ditiadakan"


def _is_off(text: str, start: int, end: int) -> bool:
    before = re.split(r"[,.;:\n]", text[max(0, start - 40) : start])[-1]
    after = re.split(r"[.;\n]", text[end : end + 50])[0]
    return bool(_OFF.search(before) or _OFF.search(after)) and "tetap" not in before + after


#: A notice's basis before its first comma ("Berdasarkan hasil Musyawarah Desa Khusus tanggal 26 Februari 2027 dan
#: ..., bersama ini ..."): the day of a decision made, no day to act.
_BASIS = re.compile(r"\W*(?:berdasarkan|merujuk|mengacu\s+(?:pada|kepada)|memperhatikan)\b"
                    # "... yang menaikkan status ... terhitung Jumat": from when it holds, a when all the same
                    r"(?![^,;:\n]*\b(?:terhitung|mulai|berlaku|sejak)\b)[^,;:\n]*$", re.I)
#: A line that shows an example of what to write ("Contoh: DAFTAR#NIK#Nama#07-09-2027"): its date is no when.
_EXAMPLE_LINE = re.compile(r"[ \t]*(?:contoh(?:nya)?|misal(?:nya)?|format(?:nya)?)\b", re.I)
_FULL_DATE = re.compile(r"date:\d{4}-\d\d-\d\d")
_DAY_OF_YEAR = re.compile(r"date:(?:\d{4})?--?(\d\d-\d\d)")


def _issue_date(text: str, locs: list[Located]) -> tuple[int, int] | None:
    """The span of the day a piece was issued, said once on a heading line before every other date of it
    ("GIDI Jemaat X – Minggu, 13 Juni 2027" over a schedule from 21 Juni): no when of what it announces."""
    statement = [loc for loc in locs
                 if _FULL_DATE.fullmatch(loc.fact.key) and dates_a_statement(text, loc.start, loc.end)]
    if len(statement) == 1:
        return statement[0].start, statement[0].end
    heading = [loc for loc in locs if _FULL_DATE.fullmatch(loc.fact.key) and closes_a_heading(text, loc.start, loc.end)]
    if len(heading) != 1:
        return None
    first = heading[0]
    year = first.fact.key[5:9]
    others = [year + "-" + m.group(1) if len(loc.fact.key) < 15 else loc.fact.key[5:] for loc in locs
              if loc is not first and (m := _DAY_OF_YEAR.fullmatch(loc.fact.key))]
    if not others or any(day <= first.fact.key[5:] for day in others):
        return None
    return first.start, first.end


#: A day pointed back at ("pada Kamis pagi itu pukul 08.30", "Sabtu tersebut"): the date said earlier with that day.
_DAY_BACK = re.compile(r"\b(Senin|Selasa|Rabu|Kamis|Jumat|Jum'at|Sabtu|Minggu)(?:\s+(?:pagi|siang|sore|malam))?\s+"
                       r"(?:itu|tersebut)\s+$", re.I)


def _day_pointed_back(text: str, a: int, locs: list[Located]) -> tuple[int, str] | None:
    """Where a time's day, pointed back at, begins, and the time shown with that day's date ("Kamis pagi itu | pukul
    08.30" after "..., Kamis (22/7/2027)" is "Kamis, 22 Juli 2027, pukul 08.30"); None when no earlier date has it."""
    back = _DAY_BACK.search(text, max(0, a - 30), a)
    if not back:
        return None
    weekday = WEEKDAY[back.group(1).lower().replace("'", "")]
    for loc in reversed([loc for loc in locs if loc.end <= back.start() and _FULL_DATE.fullmatch(loc.fact.key)]):
        day = dt.date.fromisoformat(loc.fact.key[5:])
        if day.weekday() == weekday:
            return back.start(), f"{back.group(1).capitalize()}, {day.day} {MONTH_NAMES[day.month - 1]} {day.year}"
    return None


def _when(text: str, sentences: list[tuple[int, int]], skip: list[tuple[int, int]],
          locs: list[Located]) -> Iterator[Fact]:
    years = draft_years(text)
    issued = _issue_date(text, locs)
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
            said = _SAID_AFTER.match(text, b)
            if ((said and not (_CEREMONY_AFTER.match(said.group(0)) and _OPENED.search(text, start, a)
                               and _TIMED.search(text, a, b))) or _AS_OF.search(text, max(0, a - 12), a)
                    or _COUNTED_AFTER.match(text, b)):
                continue
            if under_office_heading(text, start):
                continue  # "Catatan untuk camat dan lurah/kades" / "Data pengungsi ... paling lambat pukul 15.00"
            if _ADDRESSED_TASK.match(text, start) and not _DEADLINE.search(text[max(start, a - 45) : a]):
                continue  # "Kepada para camat ..., mohon laporan dikirim setiap hari pukul 17.00": their hour
            if dates_a_dateline(text, a) or (issued and a < issued[1] and issued[0] < b):
                continue
            if _BASIS.match(text, start, a):  # "Berdasarkan hasil Musyawarah Desa tanggal 26 Februari": a basis
                continue
            if _EXAMPLE_LINE.match(text, text.rfind("\n", 0, a) + 1):  # "Contoh: DAFTAR#...#07-09-2027"
                continue
            if _PREPARE.search(re.split(r"[,.;:\n]", text[max(start, a - 40) : a])[-1]):
                continue  # "puasa dari jam 10 malam sebelumnya": how to get ready, not when the service runs
            if prefix:
                a -= len(prefix.group(0))
            daypart = _DAYPART.match(text, b)
            b = daypart.end() if daypart else b
            b += 1 if text[b : b + 1] == ")" and text[a:b].count("(") > text[a:b].count(")") else 0
            deadline = _DEADLINE.search(text[max(start, a - 45) : a])
            if deadline and deadline.group(0).lower().startswith("ditutup") and sum(
                    k.startswith("time:") for k in keys) >= 2 and all(
                    k.startswith("time:") or k in ("name:wib", "name:wita", "name:wit") for k in keys):
                deadline = None  # "Jl. X kembali ditutup pukul 19.00–23.00": hours of a closure, no deadline
            if _CLOSED_ALREADY.search(text, max(start, a - 45), a):
                continue  # "pendaftaran stan sudah DITUTUP sejak 28 Agustus": over, no day for citizens
            if deadline:
                a -= len(deadline.group(0))
                denied = _NO_DEADLINE.search(text, max(start, a - 12), a)
                a = denied.start() if denied else a
            else:  # under a header ("BATAS AKHIR BERKAS:" on the line above): the date alone
                deadline = _DEADLINE_HEADER.search(text, max(0, a - 45), a)
            slot = Slot.DEADLINE if deadline else Slot.WHEN
            if deadline and (_DELIVERED.search(text, max(start, a - 60), a) or _TARGETED.search(text, start, a)
                             or _OFFICE_TASK.search(text, start, a)):
                slot = Slot.TARGET
            last = _LAST_DAY.search(text, max(start, a - 16), b)
            last_day = slot == Slot.WHEN and last and _OFFER.search(sentence) and not _WARNING.search(sentence)
            hours = _HOURS.search(text, a, b) if deadline or last_day else None
            if hours:  # "sampai Jumat, 27 Juni 2025, pukul 08.00–14.00": the last day, then the service's hours
                yield span_fact(Slot.WHEN, text, hours.start(1), b, display_when(text[hours.start(1) : b], years))
                b = hours.start()
            shown = display_when(text[a:b], years)
            task = _OFFICE_TASK.search(text, start, a) if slot == Slot.TARGET else None
            who = next((task.start(g) for g in ("who", "office") if task.group(g)), None) if task else None
            if who is not None:  # "Ketua RT menyelesaikan pembagian kupon paling lambat ...": whose deadline
                shown = f"{text[who : a]}{shown or text[a:b]}"
            elif slot == Slot.TARGET and (aim := _AIMED.search(text, start, a)):
                shown = f"{aim.group(1)} {shown or text[a:b]}"  # "seluruh sambungan sudah menyala sebelum ..."
            back = _day_pointed_back(text, a, locs) if not any(k.startswith("date:") for k in keys) else None
            if back:
                a, shown = back[0], f"{back[1]}, {shown or text[a:b]}"
            if slot == Slot.WHEN and _is_off(text, a, b):  # a trip called off is no holiday ("ditiadakan pada ...")
                off = CALLED_OFF_NOTE if _CALLED_OFF.search(text, max(start, a - 40), min(end, b + 50)) else "libur"
                shown = f"{shown or text[a:b]} ({off})"
            yield span_fact(slot, text, a, b, shown)
            if last and last_day:
                yield span_fact(Slot.DEADLINE, text, last.start(), b, display_when(text[last.start() : b], years))
        for m in _RELATIVE.finditer(text, start, end):
            yield span_fact(Slot.WHEN, text, m.start(), m.end())
        for m in _COUNTED_DEADLINE.finditer(text, start, end):
            yield span_fact(Slot.TARGET if _TARGETED.search(text, start, m.start()) else Slot.DEADLINE, text,
                            m.start(), m.end())


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
    timed = timed_hours(text, locs)
    found: list[Fact] = list(_when(text, body, targets, timed))
    found += [span_fact(Slot.TARGET, text, s, e) for s, e in targets]
    places = find_places(text)
    found += [span_fact(Slot.WHERE, text, s, e) for s, e in places]
    found += [span_fact(slot, text, s, e) for slot, s, e in find_counts(text)]
    found += [span_fact(Slot.ATTRIBUTION, text, s, e) for s, e in find_people(text)]
    people = [f for f in found if f.slot == Slot.ATTRIBUTION]
    found += [span_fact(Slot.ATTRIBUTION, text, s, e, shown) for s, e, shown in find_signatures(text)
              if not any(f.text.split(",")[-1].strip() in shown for f in people)]
    found += [span_fact(Slot.WHO, text, s, e) for s, e in find_who(text, begin)]
    found += [span_fact(Slot.HOW, text, s, e) for s, e in find_variants(text, begin)]
    found += [span_fact(slot, text, s, e) for slot, s, e in appeal_steps(text, begin, places)
              if slot == Slot.HOW or (s, e) not in places]
    found += [span_fact(slot, text, s, e) for slot, s, e in answered_facts(text, begin)]
    for finder in (find_cost, find_how, find_requirements):
        found += finder(text, begin)
    found += [span_fact(slot, text, s, e) for slot, s, e in directive_lists(text, begin, [*places, *(
        (f.start, f.end) for f in found if f.slot in (Slot.HOW, Slot.REQUIREMENTS, Slot.WHERE))])]
    found += [span_fact(Slot.CONTACT, text, s, e) for s, e in find_contacts(text, begin, locs)]
    # A count inside what to bring ("pas foto ... sebanyak dua lembar"), a cap ("maksimal 2 kemasan beras dan 2 liter
    # minyak goreng") or a price ("beras 5 kg Rp57.000") is part of that fact, no figure.
    asked = [(f.start, f.end) for f in found if f.slot in (Slot.REQUIREMENTS, Slot.QUOTA, Slot.COST)]
    found = [f for f in found if f.slot != Slot.FIGURES or not any(s <= f.start < e for s, e in asked)]
    # ... and a price a target names ("turun di bawah Rp30 ribu per kilogram") is what the government aims at, no cost
    found = [f for f in found if f.slot != Slot.COST or not any(s < f.end and f.start < e for s, e in targets)]
    # ... and so are the places it names ("menjangkau pulau-pulau di Kecamatan X dan Y pada tahun 2027"): no venue
    found = [f for f in found if f.slot != Slot.WHERE or not any(s <= f.start and f.end <= e for s, e in targets)]
    # ... and the day a free period ends ("GRATIS selama masa uji coba sampai 28 Februari 2027") is the cost's
    costs = [(f.start, f.end) for f in found if f.slot == Slot.COST]
    found = [f for f in found if f.slot != Slot.WHEN
             or not any(s <= f.start and f.end <= e and (s, e) != (f.start, f.end) for s, e in costs)]
    # ... and an act inside a limit ("satu KK cuma boleh | ambil satu sak") is the limit, no way to take part
    limits = [(f.start, f.end) for f in found if f.slot == Slot.QUOTA]
    found = [f for f in found if f.slot != Slot.HOW or not any(s <= f.start and f.end <= e for s, e in limits)]
    # ... and those a paper is asked of ("pas foto ... bagi anak usia 5 tahun ke atas") are not who may take part
    papers = [(f.start, f.end) for f in found if f.slot == Slot.REQUIREMENTS]
    found = [f for f in found if f.slot != Slot.WHO or not any(
        s < f.start and f.end <= e and _FOR_WHOM.search(text, s, f.start) for s, e in papers)]
    found = [_with_negation(text, f) if f.slot in (Slot.HOW, Slot.REQUIREMENTS) else f for f in found
             if f.slot != Slot.HOW or not _INSTEAD.search(text, max(0, f.start - 12), f.start)]
    return sorted(_no_overlap([f for f in found if f.end > f.start]), key=lambda f: (f.start, f.slot))


#: "... bagi | anak usia 5 tahun ke atas": the group a requirement applies to, right before it.
_FOR_WHOM = re.compile(r"\b(?:bagi|untuk|khusus)\s+$", re.I)


#: A negation right before a step, with a first verb it shares ("tidak membeli atau | mengirim babi ...", "jangan |
#: mengirim diam-diam"): the step without it says the opposite.
_SHARED_NEGATION = re.compile(r"\b(?:tidak|tak|jangan|dilarang|tidak\s+boleh|tidak\s+perlu)\s+"
                              r"(?:[a-z]+\s+(?:atau|maupun)\s+)?$", re.I)


#: What a step is preferred to ("... daripada | mengirim diam-diam lewat perahu"): the way not to take.
_INSTEAD = re.compile(r"\b(?:daripada|ketimbang|alih-alih)\s+$", re.I)


def _with_negation(text: str, fact: Fact) -> Fact:
    """`fact` with the negation it stands under ("tidak membeli atau mengirim ..."), never its opposite."""
    if fact.text[:1].isupper() or not (m := _SHARED_NEGATION.search(text, max(0, fact.start - 40), fact.start)):
        return fact
    return span_fact(fact.slot, text, m.start(), fact.end, fact.display)
