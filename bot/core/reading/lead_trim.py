"""The lead without its setting: what citizens get, not when and where they get it.

A lead clause often runs on past its offer into the day, the hours and the venues ("layanan imunisasi
campak-rubela gratis | di seluruh 47 puskesmas ... setiap hari kerja pukul 08.00 hingga 13.00 WITA"). Those
are facts of their own, which the post gives on its "Kapan" and "Di mana" lines; as the lead they bury the
offer. The lead ends where its first dated time or its first place begins, when enough of the offer stands
before it. A place that is the news itself (a service moved "ke Gedung X") and a time said without a
number ("pada malam hari", "pada hari Sabtu": new hours are the offer) stay.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from bot.core.reading.lead import clause_benefit
from bot.core.reading.sheet import Clause, DraftKind, Fact, Slot

#: The words that introduce a setting, cut with it ("... gratis | di seluruh puskesmas", "... | mulai pukul 12.00").
_INTRO = re.compile(r"(?:,?\s+(?:bertempat|berlokasi|di|pada|mulai|sejak|setiap|tiap|pukul|selama|tanggal))+\s*$", re.I)
#: A setting that is the news itself: a service moved or brought somewhere ("pindah ke", "posko dibuka di"), a
#: venue or hours an offer is held at ("digelar di"), hours stretched ("buka | hingga pukul 20.00").
_NEWS_BEFORE = re.compile(r"\b(?:ke|hadir|tersedia|buka|dibuka|berlokasi|pindah|dipindahkan|digelar|dilaksanakan|"
                          r"diselenggarakan|dipusatkan|berlangsung|diadakan|hingga|sampai)\s*$", re.I)
_STRETCHED = re.compile(r"^(?:hingga|sampai)\b", re.I)
#: A predicate after the setting: the setting stands inside the clause, not after it ("aliran air ke wilayah X |
#: akan mati sementara").
_PREDICATE_AFTER = re.compile(r"\b(?:akan|dapat|bisa|boleh|wajib|harus|tidak|tak|belum|sudah|telah|kembali|"
                              r"(?:di|me[nmy]?|meng)[a-z]{4,})\b", re.I)
#: A setting that is the second item of a list ("di Puskesmas Passo dan | di Pustu Negeri Lama"), and where its
#: first item begins.
_JOINED = re.compile(r"\s+(?:dan|atau|serta|maupun)$", re.I)
_SETTING_AT = re.compile(r",?\s+(?:bertempat\s+)?(?:di|ke|pada)\s+", re.I)
#: The fewest words the offer keeps before its setting, and the least it must still give citizens.
MIN_HEAD_WORDS = 4
MIN_HEAD_BENEFIT = 1.0


def _cut_at(fact: Fact, text: str, lead: Clause, kind: DraftKind) -> int | None:
    """Where the lead ends when it is cut before `fact`, or None when the fact may not be cut."""
    if (fact.slot == Slot.WHEN and not re.search(r"\d", fact.text)) or _STRETCHED.match(fact.text):
        return None
    before = text[lead.start : fact.start]
    intro = _INTRO.search(before)
    head = (before[: intro.start()] if intro else before).rstrip(" ,;:–-")
    if joined := _JOINED.search(head):  # "di Puskesmas Passo dan | di Pustu ...": the list starts at its first item
        earlier = list(_SETTING_AT.finditer(head, 0, joined.start()))
        if not earlier:
            return None
        head = head[: earlier[-1].start()].rstrip(" ,;:–-")
    if (_NEWS_BEFORE.search(head) or len(head.split()) < MIN_HEAD_WORDS
            or _PREDICATE_AFTER.search(text, fact.end, lead.end) or clause_benefit(head, kind) < MIN_HEAD_BENEFIT):
        return None
    return lead.start + len(head)


def without_setting(lead: Clause | None, facts: Sequence[Fact], text: str, kind: DraftKind) -> Clause | None:
    """`lead` ending before its first dated time or place (see the module's docstring)."""
    if lead is None:
        return None
    inside = [f for f in facts if f.slot in (Slot.WHEN, Slot.WHERE) and lead.start < f.start < lead.end]
    if not inside:
        return lead
    # only the first setting may end the lead: a later one belongs to the words the first one kept
    end = _cut_at(min(inside, key=lambda f: f.start), text, lead, kind)
    return lead if end is None else replace(lead, text=text[lead.start : end], end=end)


#: A framing subject before the offer it names ("Puncak kegiatan sosial dalam rangkaian itu adalah | khitanan massal
#: ...", "Salah satu agenda yang paling ditunggu warga adalah | Job Fair 2026"): the frame tells the occasion, the
#: lead is its content.
_FRAME = re.compile(r"^\W*(?:salah\s+satu|puncak|rangkaian|agenda|acara)\b(?:\s+[\w-]+){0,8}?\s+"
                    r"(?:adalah|ialah|yakni|yaitu)\s+", re.I)


#: The words of a praise or thanks that frames an offer, shared with the post's lead (`post_lead._PRAISED_DOER`).
PRAISE_NOUN = r"(?:apresiasi|penghargaan|dukungan|terima\s+kasih)"
PRAISE_VERB = r"(?:mengapresiasi|menyambut\s+baik|mendukung)"
PRAISE_TO = r"(?:atas|terhadap|kepada|untuk)"
PRAISED_STEP = r"(?:langkah|kebijakan|program|upaya|keputusan|inisiatif|terobosan)"
#: Praise or a launch around the offer ("apresiasi atas langkah Pemerintah Kabupaten X yang | membebaskan ...", "...,
#: yang ditandai dengan dimulainya | skrining ... gratis"): the lead is what is praised or started; the post gives
#: the doer back (`bot.offline.post_lead.with_head`).
_PRAISED = re.compile(rf"^\W*(?:(?:sebagai\s+)?(?:bentuk\s+)?{PRAISE_NOUN}\s+{PRAISE_TO}|{PRAISE_VERB})\s+"
                      rf"(?:{PRAISED_STEP}\s+)?"
                      r"(?:(?-i:[A-Z])[\w'&().-]*\s+){1,7}?yang\s+(?=(?:mem|men|meng|meny|me)[a-z]{3,})"
                      r"|^\W*(?:yang\s+)?ditandai\s+(?:dengan\s+)?(?:dimulainya|dibukanya|diluncurkannya|peluncuran|"
                      r"pembukaan|dimulai)\s+", re.I)


#: An announcement around the offer ("(sekaligus) mengumumkan | khitan massal gratis bagi ..."): the lead is what
#: is announced.
_ANNOUNCED = re.compile(r"^\W*(?:(?:sekaligus|juga|turut|pun)\s+)?(?:mengumumkan|menginformasikan|memberitahukan)\s+"
                        r"(?:bahwa\s+)?|"
                        # a notice's formula ("dengan ini diumumkan bahwa ...", "dengan ini kami sampaikan bahwa")
                        r"^\W*(?:dengan|bersama)\s+ini\s+(?:kami\s+)?(?:di)?(?:umumkan|sampaikan|beritahukan|informasikan|"
                        r"mengumumkan|menyampaikan|memberitahukan|menginformasikan)\s+(?:bahwa\s+|kepada\s+[^,]+?\s+bahwa\s+)?",
                        re.I)


def without_frame(lead: Clause | None) -> Clause | None:
    """`lead` from the offer its framing subject names, when enough of it is left (see `_FRAME`, `_PRAISED`,
    `_ANNOUNCED`)."""
    frame = (_FRAME.match(lead.text) or _PRAISED.match(lead.text) or _ANNOUNCED.match(lead.text)
             if lead is not None else None)
    if lead is None or frame is None or len(lead.text[frame.end() :].split()) < MIN_HEAD_WORDS - 1:
        return lead
    return replace(lead, text=lead.text[frame.end() :], start=lead.start + frame.end())
