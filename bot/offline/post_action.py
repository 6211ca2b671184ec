"""The one call to action a planned post asks for, chosen from what the facts ask citizens to do.

Come to it, register, apply for relief, use a service that runs from now on, take the detour round a
closed road, get ready for an outage, keep a timetable, report, stay alert, or pass it on
(bot/offline/templates.py words each). An outage of water or power is nothing to attend or to fear: citizens
store water and charge phones before it; a timetable of boats or buses is kept to plan a trip. A relief or aid
the lead offers after a disaster ("pembebasan retribusi" after a market fire, "bantuan stimulan" for
flooded homes) is never a warning; a school bus is used, not attended once; a closure asks for the
detour.
"""

from __future__ import annotations

import re

from bot.core.reading import DraftKind, FactSheet, Slot
from bot.core.reading.how_steps import NO_SIGN_UP

_REGISTER = re.compile(r"\b(?:daftar|mendaftar|pendaftaran|registrasi|mengisi)\b", re.I)
#: "daftar" as a noun, a list one is on ("namanya ada di daftar", "daftar nama penerima"): no sign-up.
_LIST_NOUN = re.compile(r"\b(?:(?:di|dalam|pada|ke|dari|sesuai)\s+daftar|daftar\s+(?:nama|penerima|harga|tunggu|"
                        r"hadir|isi|lengkap|lokasi|tempat|per\s+\w+)|daftar\s+(?:\w+\s+){0,3}terlampir)\b", re.I)
_REPORT = re.compile(r"\b(?:lapor|melapor|laporkan|pengaduan|aduan|adukan)\b", re.I)
#: An appeal about a danger (stay alert), as opposed to one asking citizens to give or take part.
_HAZARD = re.compile(r"\b(?:(?:ke)?waspada\w*|hujan (?:lebat|deras|tinggi)|curah hujan|siaga|hati-hati|bahaya|"
                     r"berbahaya|rawan|ancaman|peringatan|banjir|longsor|kebakaran|karhutla|gelombang|"
                     r"cuaca (?:ekstrem|buruk)|angin kencang|puting beliung|pohon tumbang|ombak|"
                     r"penyakit|wabah|penipuan|modus|awas)\b", re.I)
#: Relief or aid the lead offers ("bantuan stimulan ... akibat banjir", "pembebasan retribusi"): no warning.
_AID = re.compile(r"\b(?:bantuan|keringanan|pembebasan|dibebaskan|santunan|stimulan|subsidi|insentif|ganti rugi|"
                  r"kompensasi|penghapusan|dihapuskan)\b", re.I)
#: Applying for it: a request, not a registration for an event.
_APPLY = re.compile(r"\b(?:ajukan|mengajukan|pengajuan|diajukan|permohonan)\b", re.I)
#: A road closed or traffic diverted: citizens take another way, they do not come.
_CLOSURE = re.compile(r"\b(?:penutupan|ditutup|pengalihan|dialihkan|rekayasa)\s+(?:\w+\s+){0,2}?"
                      r"(?:jalan|arus|lalu lintas|lalin|jembatan|ruas)\b|"
                      # the road named first ("Jembatan Sail di Jalan Hangtuah ditutup total")
                      r"\b(?:jalan|jembatan|ruas|flyover|underpass|terowongan)\s+[A-Z][^.;:\n]{0,50}?\b(?:ditutup|"
                      r"tidak\s+dapat\s+dilalui)\b", re.I)
#: A supply citizens rely on stopped or rationed for a while ("aliran air akan terhenti", "pemadaman listrik",
#: "pengaliran ... bergilir per zona", "gangguan pengaliran air"): they get ready for it, they do not come.
_OUTAGE = re.compile(
    r"\b(?:pemadaman|gangguan|penghentian)\s+(?:sementara\s+)?(?:listrik|air|aliran|pengaliran|pasokan|distribusi)|"
    r"\b(?:aliran|pengaliran|pasokan|distribusi|suplai)\s+(?:air|listrik)\b[^.;:\n]{0,80}?(?<!tidak\s)(?<!tak\s)"
    r"\b(?:akan\s+)?(?:terhenti|berhenti|mati|padam|dihentikan|terganggu|dilakukan\s+bergilir|bergilir)\b|"
    r"\b(?:air|listrik)\s+(?:akan\s+)?(?:padam|mati|tidak\s+mengalir)\b|"
    r"\b(?:giliran|bergilir)\s+(?:air|listrik|pengaliran)\b", re.I)
#: A timetable of boats, buses or trains: citizens keep it to plan a trip.
_TIMETABLE = re.compile(
    r"\bjadwal\s+(?:\w+\s+){0,2}?(?:penyeberangan|pelayaran|keberangkatan|kapal|kereta|bus|angkutan|perjalanan)\b|"
    r"\b(?:kapal|KMP|KM|bus|kereta|feri|ferry|speedboat)\b[^.;\n]{0,80}?\bberangkat\b|"
    r"\btrip\s+(?:\w+\s+)?(?:kapal|bus|kereta|penyeberangan)\b|\bangkutan\s+(?:laut|sungai|penyeberangan)\b", re.I)
#: How much of the draft's opening is read as its news beside the lead (a notice that says "aliran air akan
#: terhenti" in its first lines, whatever clause the reading picked as lead).
OPENING_CHARS = 400
#: A way to take part that is online: an app, a web page or a link, a form filled in and documents uploaded.
#: Citizens who would come to a venue for it are told to come; these are told to do it online.
_ONLINE = re.compile(r"\b(?:aplikasi|laman|situs|website|web|tautan|link|online|daring|unggah|mengunggah|diunggah|"
                     r"formulir\s+(?:online|daring|elektronik))\b|https?://|\bwww\.|\b[\w-]+\.(?:go\.id|id|com|org)\b",
                     re.I)
#: The draft's own online way when the sheet read no how ("cukup membuka laman ...", "lewat aplikasi ...").
_ONLINE_WAY = re.compile(r"\b(?:membuka|buka|mengakses|akses|mengunduh|unduh|melalui|lewat|via)\s+"
                         r"(?:laman|situs|website|aplikasi|tautan|link)\b[^.\n]*", re.I)
_INFO = re.compile(r"\binfo(?:rmasi)?\b", re.I)
#: Coming needs no sign-up ("Masuk GRATIS, tanpa tiket, tanpa registrasi!"): a registration the draft names is for
#: one part of the programme (a children's contest), not the call to the whole.
_OPEN_ENTRY = re.compile(r"\btanpa\s+(?:registrasi|pendaftaran|daftar)\b", re.I)


def online_way(sheet: FactSheet, first_step: str) -> bool:
    """Whether the way to take part is online: the how's first step, or (no how read) a sentence of the draft
    that says to open a page or an app, not one that only points to more information."""
    if first_step:
        step = first_step.lower()
        fact = next((f for f in sheet.of(Slot.HOW) if f.text.lower() in step or step in f.text.lower()), None)
        return bool(_ONLINE.search(first_step)) and not (fact and _info(sheet.draft, fact.start, fact.end))
    return any(not _info(sheet.draft, m.start(), m.end()) for m in _ONLINE_WAY.finditer(sheet.draft))


def _info(draft: str, start: int, end: int) -> bool:
    """Whether the sentence up to `end` only points to more information ("Info lengkap di laman ...")."""
    opening = max(draft.rfind(".", 0, start), draft.rfind("\n", 0, start)) + 1
    return bool(_INFO.search(draft[opening:end]))


#: A service that runs from now on (a bus line, a clinic's hours), used rather than attended once.
_STANDING = re.compile(r"\b(?:beroperasi|melayani|dilayani setiap|buka setiap|setiap hari)\b", re.I)


def _topic(sheet: FactSheet, lead: str) -> str:
    return " ".join([lead, sheet.title, *(f.text for f in sheet.of(Slot.WHAT))])


def offers_aid(sheet: FactSheet) -> bool:
    """Whether the lead, the title or what the draft offers is relief or aid (see `_AID`)."""
    return bool(_AID.search(_topic(sheet, sheet.lead.text if sheet.lead else "")))


def outage(sheet: FactSheet) -> bool:
    """Whether the draft's news is a supply of water or power stopped or rationed (see `_OUTAGE`), no danger."""
    headline = sheet.title or sheet.draft.strip().split("\n", 1)[0]
    lead = sheet.lead.text if sheet.lead else ""
    opening = sheet.draft[:OPENING_CHARS]
    return bool(_OUTAGE.search(f"{headline} {_topic(sheet, lead)} {opening}")) and not _HAZARD.search(
        f"{headline} {lead} {opening}")


#: A lead that asks citizens to do or avoid something ("Jangan menyalakan petasan ...", "Warga diimbau ..."), not one
#: that offers a service ("Layanan imunisasi ... gratis").
_ASKED = re.compile(r"\b(?:jangan|dilarang|larangan|tidak\s+boleh|hindari|diimbau|dihimbau|diminta|diharapkan|wajib|"
                    r"harus|pastikan|mohon)\b", re.I)
#: An appeal that asks citizens to come and take part (a work day, a blood drive), not only to do or avoid something.
_JOIN = re.compile(r"\b(?:ikut|ikuti|mengikuti|hadir|hadiri|menghadiri|datang|datangi|bergabung|berpartisipasi|"
                   r"partisipasi|meramaikan|kerja\s+bakti|gotong\s+royong|donor|jalan\s+sehat|senam)\b", re.I)


def call_to_action(sheet: FactSheet, lead: str, how_lines: list[str], slots: set[Slot], placed: bool) -> str:
    """The one call to action the facts ask for. A clarification is passed on instead of the rumour; a road closure asks
    for the detour; an outage of water or power (no danger in the lead or title) asks citizens to get ready; relief
    the lead offers is applied for when the how or a deadline asks a request
    ("mengajukan permohonan"), and is never a warning; register when the how, the lead or a deadline's
    clause asks it; a timetable of boats or buses is kept; report when a warning or an appeal gives a channel to
    report to; stay alert for a
    warning or an appeal about a danger; come to it when citizens get a service at a time and place
    (a schedule's stops are places: "lapor ke puskesmas bila digigit" beside a vaccination day is no
    reporting post), or use it when it is a service that runs from now on, or do it online when the how's
    first step is an app, a web page or a link; report when the how's
    first step is reporting (a complaint channel); else pass it on (an appeal to give or join, an
    achievement). `how_lines` are the values of the post's how lines, `slots` the slots it shows, and
    `placed` says whether it names where (a place line or a schedule of stops)."""
    deadlines = [c.text for f in sheet.of(Slot.DEADLINE) if (c := sheet.clause_at(f.start)) is not None]
    how = " ".join([*how_lines, lead, *deadlines])
    first_step = how_lines[0].split("; ")[0] if how_lines else ""
    topic = _topic(sheet, lead)
    aid = bool(_AID.search(topic))
    if sheet.kind == DraftKind.CLARIFICATION:
        return "correct"  # pass the correction on, not the rumour; the hoax's "daftar" is no call to register
    headline = sheet.title or sheet.draft.strip().split("\n", 1)[0]  # "⚠️ AWAS MODUS BARU! ..." read as no title
    if _CLOSURE.search(topic):
        return "detour"
    if outage(sheet):
        return "prepare"
    if aid and _APPLY.search(how):
        return "apply"
    if (_REGISTER.search(_LIST_NOUN.sub(" ", NO_SIGN_UP.sub(" ", how))) and sheet.kind != DraftKind.EMERGENCY
            and not (_OPEN_ENTRY.search(sheet.draft) and not _REGISTER.search(lead))):
        return "register"  # in an emergency, "mendaftar ke petugas posko saat tiba" is a step at the shelter
    if (_TIMETABLE.search(f"{headline} {topic} {sheet.draft[:OPENING_CHARS]}") and not _HAZARD.search(headline)
            and not _STANDING.search(topic)):  # a new bus line that "mulai beroperasi" is used, not kept
        return "schedule"
    warning = sheet.kind in (DraftKind.EMERGENCY, DraftKind.APPEAL) and not aid
    if warning and _REPORT.search(how):
        return "report"
    if warning and (sheet.kind == DraftKind.EMERGENCY or _HAZARD.search(lead) or _HAZARD.search(headline)):
        return "alert"
    if (sheet.kind in (DraftKind.SERVICE, DraftKind.EVENT) and sheet.citizen_benefit and not warning
            and not _REPORT.search(first_step) and online_way(sheet, first_step)):
        return "online"  # the way to take part is online: nobody needs to come
    if sheet.kind != DraftKind.ACHIEVEMENT and sheet.citizen_benefit and Slot.WHEN in slots and placed:
        if (sheet.kind == DraftKind.APPEAL and _ASKED.search(lead)
                and not _JOIN.search(f"{lead} {topic} {sheet.draft[:OPENING_CHARS]}")):
            return "act"  # a ban or a rule for a time and place ("jangan menyalakan petasan ... malam tahun baru")
        return "use" if sheet.kind == DraftKind.SERVICE and _STANDING.search(topic) else "attend"
    if _REPORT.search(first_step) and not warning:
        return "report"
    return "share"
