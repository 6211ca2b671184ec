"""What an emergency and a clarification are about: the hazard, and the claim taken back.

The what of most drafts is the thing offered (what.py). An emergency offers help, but what it is about
is the hazard ("banjir rob", "gelombang tinggi 2,5 hingga 4 meter", "hujan lebat disertai angin
kencang"); a clarification is about the claim that circulates ("pesan berantai berisi tautan ...") and
says it is false ("tidak benar"). Both are read by their structure, whatever the service mentioned.
"""

from __future__ import annotations

import re

from bot.core.reading.sheet import Fact, Slot

_I = re.I
_HAZARD = re.compile(
    r"\b(?:banjir(?:\s+(?:rob|bandang|lahar(?:\s+dingin)?))?|tanah\s+longsor|longsor|"
    r"gempa(?:\s+bumi)?(?:\s+(?:M|magnitudo\s+)\s?\d+(?:,\d+)?)?|"
    r"gelombang\s+tinggi(?:\s+\d+(?:,\d+)?\s*(?:hingga|sampai|–|-)\s*\d+(?:,\d+)?\s+meter)?|"
    r"hujan\s+(?:sangat\s+)?(?:lebat|deras|ekstrem)(?:\s+(?:yang\s+)?disertai\s+(?:petir\s+(?:dan\s+)?)?"
    r"angin\s+kencang)?|angin\s+kencang|puting\s+beliung|erupsi(?:\s+Gunung\s+(?-i:[A-Z])\w+)?|"
    r"kebakaran\s+hutan\s+dan\s+lahan|cuaca\s+ekstrem|abrasi)\b", _I)
#: A hazard that is past, the cause of something else or only possible ("pascabanjir", "akibat banjir", "jika banjir").
_NOT_NOW = re.compile(r"(?:pasca|sisa\s+|akibat\s+|dampak\s+|korban\s+|pencegahan\s+|antisipasi\s+|"
                      r"(?:apabila|jika|bila|kalau|seandainya)\s+(?:terjadi\s+)?)$", _I)


def names_hazard(fact: Fact) -> bool:
    """A what that already names the hazard ("status siaga darurat bencana banjir")."""
    return bool(_HAZARD.search(fact.text))


def hazard_what(text: str, title: str = "") -> list[Fact]:
    """The hazard an emergency is about: the first one the headline names, else the first in the body."""
    regions = [(0, len(title)), (len(title), len(text))] if title and text.startswith(title) else [(0, len(text))]
    for start, end in regions:
        for m in _HAZARD.finditer(text, start, end):
            if not _NOT_NOW.search(text, max(0, m.start() - 12), m.start()):
                return [Fact(Slot.WHAT, m.group(0), m.start(), m.end())]
    return []


#: What circulates: a message, a video, a piece of news, told after the word that it circulates or is answered.
_CLAIM = re.compile(
    r"\b(?:beredar(?:nya)?|menanggapi|terkait|soal|mengenai)\s+(?:sebuah\s+|adanya\s+)?"
    r"((?:pesan(?:\s+(?:berantai|suara))?|video|informasi|kabar|unggahan|narasi|isu|tangkapan\s+layar|tautan)"
    r"\b(?:[^.;:!?\n]|(?<=\w)\.(?=\w)){3,240}?)"
    r"(?=\s*(?:\.(?!\w)|[;:!?\n]|,\s|\s+(?:yang\s+)?(?:beredar|ramai|viral|di\s+media\s+sosial)\b))", _I)
MIN_CLAIM_WORDS = 3  # "informasi | yang beredar" names no claim
_DENIAL = re.compile(r"\btidak\s+benar(?:\s+alias\s+hoaks)?|\b(?:hoaks|hoax)\b", _I)


def claim_what(text: str) -> list[Fact]:
    """The claim a clarification answers (the first one told as circulating), and the words that deny it."""
    claim = next((m for m in _CLAIM.finditer(text) if len(m.group(1).split()) >= MIN_CLAIM_WORDS), None)
    if claim is None:
        return []
    out = [Fact(Slot.WHAT, claim.group(1), claim.start(1), claim.end(1))]
    if denial := _DENIAL.search(text, claim.end(1)):
        out.append(Fact(Slot.WHAT, denial.group(0), denial.start(), denial.end()))
    return out
