"""Where to report, on its own line: a draft's how often mixes taking part ("cek status di kantor
desa") with reporting a problem ("segera laporkan ke call center PLN 123"). Under one "Caranya" the
report step reads as a step of taking part, and with its "lapor" cut by the plain wording ("Lewat
aplikasi X") nobody knows what the channel is for. The report line says it ("📣 Lapor"), with the
situation the draft names for it ("Sampah numpuk lebih dari 2 hari? ... lapor ...", "Jika ada yang
meminta uang ..., segera laporkan ...", "Warga yang melihat ... segera menghubungi ...") when the draft
says one: "Lapor bila sampah numpuk lebih dari 2 hari". A call, or where to go, is set apart only for
its situation ("Hubungi bila melihat perahu dalam bahaya", "Bila ada demam tinggi 2 hari lebih").
Every word of the label's situation is the draft's.
"""

from __future__ import annotations

import re

from bot.core import lexicon
from bot.core.reading import Fact, FactSheet
from bot.core.wording import lower_first

REPORT_LABEL = "Lapor"
#: A complaint channel beside a service ("Pengaduan dapat disampaikan ke ..."): where to complain, not the ask.
COMPLAINT_LABEL = "Pengaduan"
CALL_LABEL = "Hubungi"
#: Where to go in a situation ("Ada demam tinggi 2 hari lebih? Segera ke puskesmas terdekat"): "Bila ...".
GO_LABEL = "Bila"
REPORT_MARK = "📣"
#: A how that is a report: it opens with the verb (after "segera", "langsung" ...).
_REPORT_HEAD = re.compile(r"^(?:(?:segera|langsung|silakan|cukup)\s+)?(?:lapor|laporkan|melapor(?:kan)?|adukan|"
                          r"mengadu(?:kan)?|sampaikan\s+(?:pengaduan|laporan|aduan))\b\s*", re.I)
_CALL_HEAD = re.compile(r"^(?:(?:segera|langsung|silakan)\s+)?(?:hubungi|menghubungi)\b\s*", re.I)
_GO_HEAD = re.compile(r"^(?:segera|langsung)\s+(?:ke|datang\s+ke|periksa\w*\s+(?:diri\s+)?ke|bawa\s+\w+\s+ke)\b", re.I)
#: The situation a report is for, in the report's own sentence: "Jika ada yang meminta uang ..., ...".
_IF = re.compile(r"(?:^|[.!?\n]\s*)(?:jika|bila|apabila|kalau|kalo|jikalau)\s+([^,.;!?\n]{3,80}?)\s*,[^.!?\n]*$", re.I)
#: The situation asked just before the report ("Sampah numpuk lebih dari 2 hari? Jangan dibakar ya! Langsung
#: lapor ..."): a yes-no question of the same paragraph; never a FAQ's heading ("Bagaimana ...?").
_ASKED = re.compile(r"(?:^|[.!?\n])\s*([^.!?\n]{6,70})\?[^\n?]{0,60}$")
#: The situation as the people it befalls: "Warga yang melihat perahu dalam bahaya (diminta) segera ...".
_WHO_IF = re.compile(r"\b(?:warga|masyarakat|nelayan|pengendara|orang\s+tua|pengguna|penumpang|pelanggan|pemudik|"
                     r"wisatawan|siapa\s+pun|pasien|peserta)\s+yang\s+([^,.;!?\n]{3,80}?)\s*,?\s*"
                     r"(?:(?<!\w)(?:agar|diminta|dapat|bisa|(?:diper)?silakan|harap|diharapkan|supaya)\s+)?$", re.I)
#: The situation inside a question a FAQ asks ("Ke mana melapor jika melihat hal yang mencurigakan?").
_INNER_IF = re.compile(r"\b(?:jika|bila|apabila|kalau)\s+([^?]{3,80})$", re.I)
_QUESTION_WORD = re.compile(r"^\W*(?:apakah|apa|bagaimana|kapan|di\s*mana|dimana|ke\s*mana|siapa|berapa|mengapa|kenapa|"
                            r"bisakah|bolehkah|adakah)\b", re.I)
#: The words of the request that follow the situation ("... meninggi | dapat langsung", "... di lahan | diminta
#: segera"): the label's "bila" clause ends before them.
_ASK_TAIL = re.compile(r"(?:\s+(?:agar|diminta|diimbau|dihimbau|dapat|bisa|(?:diper)?silakan|harap|diharapkan|supaya|"
                       r"segera|langsung|untuk|wajib|harus|juga))+\s*$", re.I)
#: Longest situation a label carries.
MAX_SITUATION_WORDS = 10


#: A report channel said in the passive ("Pengaduan dapat | disampaikan ke call center ..."; "... dapat dilaporkan
#: lewat aplikasi ..."): without its subject, "Caranya: Disampaikan ke ..." reads as a fragment.
_PASSIVE_HEAD = re.compile(r"^(?:(?:dapat|bisa|juga|pun)\s+)*(?:disampaikan|dilaporkan|diadukan|dikirim(?:kan)?)\s+"
                           r"(?=ke\b|kepada\b|lewat\b|melalui\b|via\b)", re.I)
#: ... whose subject, right before it, is a report ("Pengaduan terkait seleksi juga dapat", "Keluhan dapat").
_REPORT_SUBJECT = re.compile(r"\b(?:pengaduan|laporan|keluhan|aduan|pelaporan)\b[^.!?\n,]{0,40}$", re.I)


def report_verb(sheet: FactSheet, fact: Fact) -> str:
    """"Lapor" for a how that reports; "Pengaduan" for a report channel said in the passive ("Laporan dapat
    disampaikan ke Command Center 112"), which a service names beside what it asks; "Hubungi" for a call the
    draft keeps for a situation ("Warga yang melihat perahu dalam bahaya segera menghubungi Pusdalops ...");
    "" for any other how."""
    if _REPORT_HEAD.match(fact.text):
        return REPORT_LABEL
    passive = _PASSIVE_HEAD.match(fact.text)
    if passive and (re.match(r"^\S*(?:dilaporkan|diadukan)", passive.group(0).split()[-1], re.I) or
                    _REPORT_SUBJECT.search(sheet.draft, max(0, fact.start - 60), fact.start)):
        return COMPLAINT_LABEL
    if _CALL_HEAD.match(fact.text) and situation(sheet, fact):
        return CALL_LABEL
    if _GO_HEAD.match(fact.text) and situation(sheet, fact):
        return GO_LABEL
    return ""


def report_value(value: str) -> str:
    """The report's channel without the verb the label says ("segera laporkan ke call center 123" ->
    "ke call center 123"); the value as it is when nothing would be left."""
    rest = _CALL_HEAD.sub("", _REPORT_HEAD.sub("", _PASSIVE_HEAD.sub("", value.strip(), count=1), count=1), count=1)
    return rest if len(rest.split()) >= 2 else value


def situation(sheet: FactSheet, fact: Fact) -> str:
    """What the draft says the report is for, in the draft's words, or ""."""
    paragraph_start = sheet.draft.rfind("\n\n", 0, fact.start) + 1
    before = sheet.draft[max(paragraph_start, fact.start - 160) : fact.start]
    found = _IF.search(before) or _WHO_IF.search(before)
    if found is None:
        asked = _ASKED.search(before)
        inner = _INNER_IF.search(asked.group(1)) if asked else None  # "Ke mana melapor jika melihat ...?"
        if asked is None or _QUESTION_WORD.match(asked.group(1)) and inner is None:
            return ""
        said = (inner or asked).group(1).strip()
    else:
        said = found.group(1).strip()
    said = re.sub(r"^[^\w\"“(]+", "", _ASK_TAIL.sub("", said))  # "📞 Ragu atau ...?": the line's mark is no word
    if len(said.split()) > MAX_SITUATION_WORDS or not re.search(r"[a-z]", said):
        return ""
    return lower_first(lexicon.fix_spelling(said))  # "ada oknum yg minta ...": an official post spells it out


def report_label(sheet: FactSheet, facts: list[Fact]) -> str:
    """"Lapor" (or "Hubungi"), with "bila <situation>" when the first report names its situation;
    "Bila <situation>" for where to go in it."""
    verb = report_verb(sheet, facts[0]) if facts else REPORT_LABEL
    said = next((s for f in facts if (s := situation(sheet, f))), "")
    if verb == GO_LABEL:
        return f"{GO_LABEL} {said}"
    return f"{verb} bila {said}" if said else verb
