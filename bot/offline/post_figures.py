"""An achievement's figures, each with what it counts.

A "Capaian" line of bare figures ("96 persen; 640 rumah; 98,2 persen") says nothing a citizen can read.
Each figure keeps the draft's own words for what it counts: the noun phrase right after it ("98,7 persen
penduduk Banyuwangi", "640 rumah kini sudah berlantai semen", "96 persen dari rencana tahun ini"), or else
the subject and verb right before it ("tingkat kehadiran balita mencapai 98,2 persen", "penimbangan
dilakukan di 412 posyandu"). A change the draft gives as "dari A menjadi B" is one value ("turun dari 5.912
balita menjadi 4.087 balita"), not two counts side by side. A percentage or a bare number whose sentence
names nothing it counts is left out; a count with its unit ("640 rumah") stays as it is. The words are
the draft's, never another number or date.
"""

from __future__ import annotations

import re

from bot.core.fact_scan import scan_facts
from bot.core.reading import Fact, FactSheet
from bot.offline.post_times import happening

#: Most words of the phrase after a figure; a longer run has no clear end and is not taken.
MAX_AFTER = 8
#: Most words taken before a figure when its clause is long: the subject's last words and the verb.
MAX_BEFORE = 4
#: Words that end the phrase after a figure: a new clause or a list's next item starts there.
_STOP = frozenset({"yang", "dengan", "sehingga", "karena", "agar", "untuk", "sedangkan", "namun", "serta", "atau",
                   "tetapi", "sementara", "hingga", "sampai", "menjadi", "pada", "tertinggi", "terendah", "dan",
                   "merupakan", "adalah", "ialah", "dibanding", "dibandingkan"})
#: Words a phrase may not end on: it goes on past them ("... tersebar di", "... dibanding").
_DANGLING = frozenset({"di", "ke", "dari", "per", "sepanjang", "dibanding", "dibandingkan", "terhadap", "sebesar",
                       "berukuran", "tersebar", "total", "sebanyak", "sekitar", "mencapai", "bawah", "atas"})
#: Words that join a clause to the one before, not part of its subject ("Mengingat prevalensi ...").
_JOINING = frozenset({"dan", "untuk", "bahwa", "yang", "serta", "sedangkan", "lalu", "kemudian", "sementara", "adapun",
                      "namun", "sehingga", "agar", "mengingat", "karena", "sebab", "sebanyak", "sekitar", "atau"})
#: Words in a subject that start a clause of their own: the subject is what follows the last of them.
_BREAK = frozenset({"yang", "di", "dengan", "dan", "ke", "dari", "oleh", "pada", "atau", "serta"})
#: Where the phrase after a figure ends at the latest.
_END = re.compile(r"[,.;:\n()\"“”!?]")
#: A unit that says nothing of what is counted ("96 persen", "7,3 poin", "1.250").
_BARE_UNIT = re.compile(r"^\s*(?:sekitar\s+|sebanyak\s+)?[\d.,]+\s*(?:persen|%|poin|kali)?\s*$", re.I)
#: "dari A menjadi B": one change, its verb before "dari" when there is one ("turun", "naik").
_FROM = re.compile(r"(?:\b(?:turun|naik|meningkat|menurun|berkurang|bertambah|melonjak|merosot)\s+)?\bdari\s+$", re.I)
_TO = re.compile(r"^\s+(?:menjadi|ke|jadi)\s+$", re.I)
#: A verb that ends a subject before a figure ("mencapai", "mencatat").
_VERB = re.compile(r"^(?:ber|di|ter|me|men|mem|meng)\w{3,}$|^(?:capai|naik|turun|tumbuh)$", re.I)
#: Adverbs that are no subject ("telah mencapai").
_ADVERB = frozenset({"telah", "sudah", "kini", "juga", "masih", "baru", "pun", "bahkan"})


def _clause_start(sheet: FactSheet, fact: Fact) -> int:
    clause = sheet.clause_at(fact.start)
    return clause.start if clause is not None else fact.start


def _after(sheet: FactSheet, fact: Fact) -> str:
    """The noun phrase right after the figure, up to a clause's end; "" when there is none or no clear end
    (a phrase that runs on into another number, "dari total 782,5 kilometer", is cut and not taken)."""
    tail = sheet.draft[fact.end : fact.end + 200]
    end = _END.search(tail)
    words = (tail[: end.start()] if end else tail).split()
    kept: list[str] = []
    for word in words:
        if any(ch.isdigit() for ch in word):
            return ""
        if word.lower() in _STOP:
            break
        kept.append(word)
    if len(kept) > MAX_AFTER or (len(kept) == len(words) and end is None):
        return ""
    while kept and kept[-1].lower() in _DANGLING | {"itu"}:
        kept.pop()
    return " ".join(kept) if _no_number(" ".join(kept)) else ""


def _no_number(text: str) -> bool:
    """No number, date or time in `text` (a name may stand there: "penduduk Tanjab Timur")."""
    return all(loc.fact.kind == "name" for loc in scan_facts(text))


def _words_ok(words: list[str]) -> bool:
    text = " ".join(words)
    return bool(words) and all(re.match(r"^[\w–/-]+$", w) for w in words) and _no_number(text)


def _before(sheet: FactSheet, fact: Fact) -> str:
    """The subject and verb right before the figure in its clause: the whole of a short clause ("Tahun ini
    satelit mencatat"), else its last words after any word that opens a clause of its own when a verb ends
    them ("tingkat kehadiran balita mencapai" of "... di 412 posyandu dengan tingkat kehadiran balita
    mencapai"); "" when neither reads whole."""
    words = re.split(r"[,;:()\"“”]", sheet.draft[_clause_start(sheet, fact) : fact.start])[-1].split()
    while words and words[0].lower() in _JOINING:
        words = words[1:]
    if not words or not _VERB.match(words[-1]):
        return ""
    cut = max((i for i, w in enumerate(words) if w.lower() in _BREAK), default=-1)
    subject = [w for w in words[cut + 1 :] if w.lower() not in _ADVERB]
    if len(words) > MAX_BEFORE + 1:
        if len(subject) < 2 or _VERB.match(subject[0]) or len(subject) > MAX_BEFORE:
            return ""
        words = words[cut + 1 :]
    if not _words_ok(words):
        return ""
    text = " ".join(words)
    before = sheet.draft[: sheet.draft.rfind(text, 0, fact.start)].rstrip() if text in sheet.draft else ""
    named = words[0][:1].isupper() and before[-1:].isalnum()  # a name mid-sentence ("di | Tanah Datar tercatat")
    return text if named or words[0].isupper() and len(words[0]) > 1 else text[:1].lower() + text[1:]


def _short_clause(sheet: FactSheet, fact: Fact) -> bool:
    """Whether the figure's clause before it is short enough for `happening` to take whole (a longer one it cuts
    to its first words and a verb: "penimbangan dilakukan mencapai", which the draft never says)."""
    words = re.split(r"[,;:()\"“”]", sheet.draft[_clause_start(sheet, fact) : fact.start])[-1].split()
    return len(words) <= MAX_BEFORE + 2


def _joined_off(label: str) -> str:
    """`label` without the words that join its clause to the one before ("Mengingat prevalensi tercatat")."""
    words = label.split()
    while words and words[0].lower() in _JOINING:
        words = words[1:]
    return " ".join(words)


def _change(sheet: FactSheet, first: Fact, second: Fact) -> str:
    """"turun dari A menjadi B" when the draft joins the two figures so, else ""."""
    if second.start <= first.end or not _TO.match(sheet.draft[first.end : second.start]):
        return ""
    lead_in = _FROM.search(sheet.draft[max(0, first.start - 40) : first.start])
    if lead_in is None:
        return ""
    return f"{lead_in.group(0)}{sheet.draft[first.start : second.end]}"


def achievement_figures(sheet: FactSheet, values: list[tuple[str, Fact]], lead: str) -> list[tuple[str, Fact]]:
    """Each figure of an achievement with what it counts (see the module's docstring), but those the `lead`
    says already; bare ones with nothing to say what they count are left out."""
    values = [(v, f) for v, f in values if v.lower() not in lead.lower()] or values
    out: list[tuple[str, Fact]] = []
    skip: set[int] = set()
    for i, (value, fact) in enumerate(values):
        if i in skip:
            continue
        if i + 1 < len(values) and (change := _change(sheet, fact, values[i + 1][1])):
            out.append((change, fact))
            skip.add(i + 1)
            continue
        if value.strip() != fact.text.strip() and not _BARE_UNIT.match(value):
            out.append((value, fact))  # already said with its words ("banjir setinggi ...")
            continue
        core = re.sub(r"^(?:sebanyak|sekitar)\s+", "", value.strip(), flags=re.I)
        if after := _after(sheet, fact):
            out.append((f"{value} {after}", fact))
        elif before := _before(sheet, fact):
            out.append((f"{before} {core}", fact))
        elif _short_clause(sheet, fact) and (label := _joined_off(happening(sheet, fact, figure=True))):
            out.append((f"{label} {core}", fact))
        elif not _BARE_UNIT.match(value):
            out.append((value, fact))
    return out
