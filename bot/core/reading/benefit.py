"""Whether a draft gives citizens something: one judgement of the fact sheet, for the lead and the warnings.

The lead weighs clauses by their wording (lead.py); a draft may give citizens a great deal in words it does not
know ("Yuk datang ke Job Fair ...", a list of services under a poster's headline) or bury it under a ceremony
("Sekda membuka sosialisasi rangkaian HUT Kota ... Salah satu agenda adalah Job Fair ..."). The facts say it
plainly: a cost or "gratis", who may come, what to bring, a quota, a number to call are written only for citizens.
A draft that has one of them outside its ceremony (a meeting's sentences are ceremony: meeting.py) gives
citizens something, whatever its opening says; a draft whose only content is officials meeting, visiting or
coordinating has none of them. When the facts say so and no clause weighed enough to lead, the lead is the
clause that tells the offer best (`fallback_lead`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from bot.core.reading.sheet import Clause, Fact, Slot

#: Facts written only for citizens: what it costs them, who may take part, what to bring, how many places,
#: whom to call.
OFFER_SLOTS = frozenset({Slot.COST, Slot.WHO, Slot.REQUIREMENTS, Slot.QUOTA, Slot.CONTACT})
#: A contact for the press, not for citizens ("Narahubung media: ...", "Kontak wartawan").
_PRESS_CONTACT = re.compile(r"\b(?:narahubung\s+media|kontak\s+(?:media|pers|wartawan)|wartawan|awak\s+media|"
                            r"media\s+(?:center|relations)|untuk\s+(?:media|pers|rekan\s+media))\b", re.I)
#: Clauses that never lead: a question put to the reader ("Lagi cari kerja?"), a contact line, a step to register,
#: a list's label ("Bawa:").
_NO_LEAD = re.compile(r"\?\s*$|^\W*(?:info(?:rmasi)?|hubungi|narahubung|kontak|bawa|syarat|catatan|daftar)\b|"
                      # an address to the readers ("Bapak Ibu yang kami hormati", "Dunsanak ... nan ambo hormati")
                      r"\b(?:hormati|cintai|banggakan|muliakan|kasihi|sayangi)\W*$", re.I)
MIN_WORDS = 4
#: A draft that no clause's wording could lead still tells its news first, as news does: the earliest content
#: clause that weighs at least this share of the heaviest leads (a detail further down weighs more in words
#: only: "Peserta yang sudah terdaftar akan menerima kode QR").
EARLY_SHARE = 0.5
#: A clause with fewer words than this besides its days, places and names sets the scene and states nothing
#: ("Rabu (3/6/2026) pagi", "Bupati Sumedang, H. Dedi Mulyana").
MIN_STATED = 3
SHOUT_LETTERS, SHOUTED = 8, 0.8
#: A frame that opens a sentence ("Dalam rangka pemeliharaan jaringan, | akan ada pemadaman ..."): what follows
#: it is the content, its first word in lower case.
_FRAMED = re.compile(r"^\W*(?:dalam\s+rangka|sehubungan\s+dengan|berdasarkan|menindaklanjuti|merujuk|mengacu|"
                     r"menjelang|memperingati|menyambut)\b", re.I)
#: A statement has a verb: an affixed one or a common bare one, in lower case. An official named without one is
#: the subject of a ceremony cut off from its act, however long ("Wali Kota Tirtamulya Bapak Drs. H. Mulyadi
#: Prawiro, M.Si."); a headline without a verb ("Papua Barat Youth Digital Camp 2025") may still lead.
_OFFICIAL = re.compile(r"\b(?:Bupati|Wakil|Wali\s*[Kk]ota|Gubernur|Camat|Lurah|Kepala|Sekda|Menteri|Ketua|Direktur|"
                       r"Kapolres|Kapolda|Dandim|Danrem|Bapak|Ibu|Pj\.|Plt\.)\b")
_VERB = re.compile(r"\b(?:(?:me|ber|di|ter|per)[a-z]{4,}|(?:me|ber|ter)[a-z]{3}|ada|akan|buka|tutup|dapat|bisa|boleh|"
                   r"mulai|kini|telah|sudah|masih|naik|turun|gratis|wajib|harus|perlu|jangan|ikut|datang|daftar|"
                   r"bayar|pindah|libur|padam|hadir|tiba|pulang|lahir|jadi|punya|tetap|segera|siap)\b")
#: An organiser's launching verb right before the clause ("Dinas Perikanan ... membuka | pendaftaran kartu
#: nelayan ..."): the clause is what is launched, the content of its sentence.
_LAUNCHED = re.compile(r"^\W*[A-Z][^,.;:!?\n]{0,100}?\b(?:(?:kembali|akan|resmi)\s+)*(?:membuka|menggelar|"
                       r"menyelenggarakan|mengadakan|meluncurkan|menyalurkan|menyediakan|membagikan|memberlakukan)"
                       r"(?:\s+secara\s+(?:resmi|simbolis))?\s*$")
#: A clause that opens on its time or place ("pukul 07.00 WIB di Masjid ...") is its sentence's setting.
SETTING_WORDS = 12
_SETTING_WORD = re.compile(r"(?:pukul|jam|di|bertempat|berlokasi|mulai|sejak|hingga|sampai|pada)\b")
#: How far back from a contact its line may name the press.
PRESS_WINDOW = 80


def _line_before(text: str, start: int) -> str:
    return text[max(text.rfind("\n", 0, start) + 1, start - PRESS_WINDOW) : start]


def _in(fact: Fact, clauses: Sequence[Clause]) -> bool:
    return any(c.start <= fact.start < c.end for c in clauses)


#: A price reported of the market ("harga cabai rawit ... naik menjadi Rp65.000"): no cost of an offer.
_IN_STATEMENT = r"(?:[^.;\n]|(?<=\d)\.(?=\d))"  # a number's dots ("Rp65.000") end no statement
_MARKET_PRICE = re.compile(rf"\bharga\b{_IN_STATEMENT}{{0,80}}\b(?:naik|turun|melonjak|anjlok|menjadi|mencapai|berada|"
                           rf"tercatat|bertahan|stabil)\b{_IN_STATEMENT}{{0,40}}$", re.I)


def market_price(text: str, fact: Fact) -> bool:
    """Whether `fact` is a cost the draft reports of the market, as a meeting's price monitoring does."""
    return fact.slot == Slot.COST and bool(_MARKET_PRICE.search(text, max(0, fact.start - 160), fact.start))


def offers_citizens(text: str, facts: Sequence[Fact], clauses: Sequence[Clause]) -> bool:
    """Whether the sheet holds a fact written only for citizens outside the draft's ceremony."""
    ceremony = [c for c in clauses if c.ceremonial]
    return any(f.slot in OFFER_SLOTS and not _in(f, ceremony) and not market_price(text, f)
               and not (f.slot == Slot.CONTACT and _for_the_press(text, f.start))
               for f in facts)


#: A press release ("SIARAN PERS", "Demikian siaran pers ini ..."), whose "Narahubung:" is for the newsrooms.
_PRESS_RELEASE = re.compile(r"\bsiaran\s+pers\b", re.I)
_CONTACT_HEADER = re.compile(r"(?:^|\n)[ \t]*narahubung\b[^\n]{0,80}:?[ \t]*(?:\n[^\n]*)?$", re.I)


def _for_the_press(text: str, start: int) -> bool:
    """A contact given for journalists: said so on its line, or under a press release's "Narahubung"."""
    if _PRESS_CONTACT.search(_line_before(text, start)):
        return True
    return bool(_PRESS_RELEASE.search(text)) and bool(_CONTACT_HEADER.search(text, max(0, start - 200), start))


def fallback_lead(text: str, clauses: Sequence[Clause], facts: Sequence[Fact], headers: int = 0,
                  told: frozenset[int] = frozenset()) -> Clause | None:
    """The lead of a draft that gives citizens something no clause weighed enough to lead with. News tells its
    news first, so it is the earliest clause that states something: outside the headline lines (`headers`), a
    quotation and the ceremony's sentences; a statement of its own (a capital, or a frame before it: "Dalam
    rangka ..., | akan ada pemadaman ..."); not a question, a list label, a contact or a deadline, nor a setting
    alone (a day, a place, a name). The clause that weighs most when no clause is such a statement; None when
    there is no clause. A clarification's sentences that retell the rumour (`told`) lead nothing: the scam's own
    words ("Segera daftar sebelum kuota habis") would be posted as the office's."""
    later = [f for f in facts if f.slot in (Slot.CONTACT, Slot.DEADLINE)]
    clauses = [c for c in clauses if c.sentence not in told]
    setting = [f for f in facts if f.slot in (Slot.WHEN, Slot.WHERE, Slot.ATTRIBUTION)]
    ceremony = {c.sentence for c in clauses if c.ceremonial}
    plain = [c for c in clauses if not c.ceremonial and c.sentence >= headers and len(c.text.split()) >= MIN_WORDS
             and not _NO_LEAD.search(c.text) and not _in_clause(later, c) and not _quoted(text, c.start)]
    stated = [c for c in plain if _left(c, setting) >= MIN_STATED and not _shouted(c.text)
              and (_opens(c.text) or _FRAMED.match(_before(text, c)) or _LAUNCHED.search(_before(text, c)))
              and (_VERB.search(c.text) or not _OFFICIAL.search(c.text))
              and (c.sentence not in ceremony or _FRAMED.match(_before(text, c)))]
    if stated:
        return _with_setting(text, stated[0], clauses)
    return max(plain, key=lambda c: (c.benefit, -c.start), default=None)


def _with_setting(text: str, lead: Clause, clauses: Sequence[Clause]) -> Clause:
    """The lead with the rest of its sentence when that rest is only its setting ("..., pukul 07.00 WIB di Masjid
    Al-Falah"): a statement keeps its time and place, or a post says its day twice and drops the place."""
    end = lead.end
    for c in clauses:
        if c.start < end or c.sentence != lead.sentence:
            continue
        if (c.ceremonial or not _SETTING_WORD.match(c.text) or len(c.text.split()) > SETTING_WORDS
                or text[end:c.start].strip(" ,") != ""):
            break
        end = c.end
    return lead if end == lead.end else replace(lead, text=text[lead.start : end], end=end)


def _in_clause(facts: Sequence[Fact], clause: Clause) -> bool:
    return any(clause.start <= f.start < clause.end for f in facts)


def _left(clause: Clause, facts: Sequence[Fact]) -> int:
    """How many words of `clause` are left once the spans of `facts` are taken out."""
    text = clause.text
    for f in sorted(facts, key=lambda f: -f.start):
        start, end = max(f.start, clause.start) - clause.start, min(f.end, clause.end) - clause.start
        if start < end:
            text = text[:start] + " " + text[end:]
    return len(re.findall(r"[^\W\d_]{2,}", text))


def _shouted(clause: str) -> bool:
    """A headline in capitals ("🚒 DAMKAR BUKAN CUMA PADAMKAN API!"): it announces, the body states."""
    letters = [ch for ch in clause if ch.isalpha()]
    return len(letters) >= SHOUT_LETTERS and sum(ch.isupper() for ch in letters) >= SHOUTED * len(letters)


def _opens(clause: str) -> bool:
    """Whether the clause opens a statement of its own: its first letter a capital."""
    first = next((ch for ch in clause if ch.isalpha()), "")
    return first.isupper()


def _before(text: str, clause: Clause) -> str:
    """The words of its sentence before `clause` (a frame the clauses leave out among them)."""
    start = max(text.rfind(mark, 0, clause.start) for mark in ".!?\n") + 1
    return text[start : clause.start]


def _quoted(text: str, offset: int) -> bool:
    before = text[text.rfind("\n", 0, offset) + 1 : offset]
    if "“" in before or "”" in before:
        return before.rfind("“") > before.rfind("”")
    return before.count('"') % 2 == 1
