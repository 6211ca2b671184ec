"""What an offer does NOT cover, and an old service that ends, each said on its own line: "🚫 Tidak dilayani: ganti
pelat, mutasi dan balik nama pada Samsat Malam", "🚫 Berhenti beroperasi: Samsat Corner ..., mulai 31 Desember".

A citizen who comes for a service the new counter does not give has made the trip for nothing; the draft says it
in a passive "X tidak (dapat) dilayani (di/pada/melalui Y)", whose subject is the thing or the people left out.
The line keeps the subject and where or how it is not served, both spans of the draft, under a label that says
the negation. An active "warga ... tidak melayani oknum" is an appeal to citizens, never an exclusion. An old
counter that stops ("X berhenti beroperasi mulai 31 Desember") is the same kind of news: its day is no day to
come, so the when line leaves it to this line (`ended_spans`).
"""

from __future__ import annotations

import re
from functools import lru_cache

from bot.core.reading import DraftKind, Fact, FactSheet, Slot
from bot.core.reading.extract import sentence_spans
from bot.core.reading.rumour import rumour_spans, telling
from bot.core.reading.time_roles import statement
from bot.core.wording import capital
from bot.offline.fact_line import FactLine
from bot.offline.post_text import clean_span

EXCLUDED_LABEL = "Tidak dilayani"
ENDED_LABEL = "Berhenti beroperasi"
EXCLUDED_MARK = "🚫"

#: The passive negation: the office does not serve the subject.
_NOT_SERVED = re.compile(r"\b(?:tidak|tak|belum)\s+(?:(?:dapat|bisa|lagi|akan)\s+)?dilayani\b", re.I)
#: An old service that stops for good.
_ENDED = re.compile(r"\b(?:berhenti\s+(?:beroperasi|melayani|dibuka)|"
                    r"tidak\s+lagi\s+(?:beroperasi|melayani|buka|dibuka)|"
                    r"ditutup\s+(?:permanen|secara\s+permanen|untuk\s+selamanya))\b", re.I)
#: An opening adverbial before a sentence's subject ("Bersamaan dengan dibukanya layanan ini, | Samsat Corner ...").
_OPENER = re.compile(r"^(?:bersamaan|seiring|sejak|setelah|dengan|mulai|selain|sementara|sesuai|karena|namun|"
                     r"selama|meski|untuk|adapun|sedangkan)\b[^,]*,\s*", re.I)
#: Where the rest of the clause stops being about the exclusion ("... dan tetap dilayani di kantor", "karena ...").
_REST_END = re.compile(r"\s*(?:[,;:(]|\s(?:dan|tetapi|tapi|namun|karena|sebab|sehingga|sedangkan|melainkan|"
                       r"ya|yah|lho|kok)\b)", re.I)
#: A subject that is only a pronoun or a filler: nothing to say after the label.
_EMPTY = re.compile(r"^(?:ini|itu|tersebut|mereka|kami|ia|dia|yang)?$", re.I)
_OFFERS = (DraftKind.SERVICE, DraftKind.EVENT)


def exclusions(sheet: FactSheet, pattern: re.Pattern[str] = _NOT_SERVED) -> list[tuple[str, int, int]]:
    """Each exclusion of an offer's draft (or each ended service, with `_ENDED`) as ("<subject> <where or how>",
    start, end of its statement), in draft order, each once."""
    if sheet.kind not in _OFFERS:
        return []
    out: list[tuple[str, int, int]] = []
    told = _told(sheet.draft)
    for found in pattern.finditer(sheet.draft):
        if any(s <= found.start() < e for s, e in told):
            continue  # a rumour the draft denies ("beredar pesan ... angkutan desa berhenti beroperasi")
        start, end = _statement(sheet.draft, found.start(), found.end())
        before = sheet.draft[start : found.start()]
        if before.count("(") > before.count(")"):
            continue  # "KTP-el asli (fotokopi tidak dilayani)": a note on what to bring, which its line keeps
        subject = clean_span(_OPENER.sub("", before.strip()))
        rest_text = sheet.draft[found.end() : end]
        stop = _REST_END.search(rest_text)
        rest = clean_span(rest_text[: stop.start()] if stop else rest_text)
        if _EMPTY.match(subject.strip(" ,.")):
            continue
        joiner = ", " if pattern is _ENDED else " "
        value = f"{subject}{joiner}{rest}".strip() if rest else subject
        if value.lower() not in (o.lower() for o, _, _ in out):
            out.append((value, start, end))
    return out


@lru_cache(maxsize=32)
def _told(draft: str) -> tuple[tuple[int, int], ...]:
    """The spans of the sentences (and parts of sentences) that tell a rumour the draft denies: read once per draft,
    as every post of a rewrite asks for its exclusion lines several times."""
    spans = sentence_spans(draft)
    return (*(spans[i] for i in telling(draft, spans)), *rumour_spans(draft, spans))


def refuses(text: str) -> bool:
    """Whether `text` says someone is not served ("... tidak dapat dilayani di lokasi")."""
    return _NOT_SERVED.search(text) is not None


def excluded_spans(sheet: FactSheet) -> list[tuple[int, int]]:
    """The statements of who is not served: the "Tidak dilayani" line says them, never the audience's."""
    return [(start, end) for _, start, end in exclusions(sheet)]


def ended_spans(sheet: FactSheet) -> list[tuple[int, int]]:
    """The statements that tell an old service ends: their days and places belong to the ended line."""
    return [(start, end) for _, start, end in exclusions(sheet, _ENDED)]


def _statement(draft: str, start: int, end: int) -> tuple[int, int]:
    """The statement (between full stops, semicolons and line ends) the negation stands in."""
    return statement(draft, Fact(Slot.WHERE, draft[start:end], start, end))


def exclusion_lines(sheet: FactSheet, said: str) -> list[FactLine]:
    """The "Tidak dilayani" and "Berhenti beroperasi" lines; none for what the lines already say whole."""
    lines = []
    for label, pattern in ((EXCLUDED_LABEL, _NOT_SERVED), (ENDED_LABEL, _ENDED)):
        found = [(v, start, end) for v, start, end in exclusions(sheet, pattern) if v.lower() not in said.lower()]
        if found:  # each statement is the line's fact: X tells a line it showed whole by its facts
            facts = tuple(Fact(Slot.WHERE, sheet.draft[start:end], start, end) for _, start, end in found)
            lines.append(FactLine(Slot.WHERE, label, capital("; ".join(v for v, _, _ in found)), facts,
                                  mark=EXCLUDED_MARK))
    return lines
