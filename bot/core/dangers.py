"""What is a danger: the one lexicon of the hazards a citizen reports (round 18t).

Two places used to keep their own words for it: the danger reply (`bot/offline/reply_danger.py`: which safety step
leads the reply) and the complaint's subject (`bot/offline/complaint.py`: which thing at a place the reply repeats).
Both now read them here. Each `Danger` has

* `signs`: the words that say this danger is there (a cable, "kesetrum", "meluap", "retak"); the first danger whose
  signs a comment shows decides the safety step, so the order of `DANGERS` matters (a disease before a cable, a fire
  before smoke, a flood or a slope before a mere crack);
* `things`: what a report of it names as the thing at a place ("tiang listrik", "tanggul", "plafon"), which a
  complaint reply repeats as its subject. A thing is not a sign by itself: "plafon" alone is no danger, "plafon
  retak" is (by "retak").

Sickness after a meal is its own danger (`food_sickness`): a meal and a symptom named together.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_I = re.IGNORECASE


@dataclass(frozen=True)
class Danger:
    """One kind of danger: its name (the key of its safety step), its signs and the things it sits in."""

    name: str
    signs: re.Pattern[str]
    things: tuple[str, ...] = ()


DANGERS: tuple[Danger, ...] = (
    Danger("disease", re.compile(
        r"\b(?:campak|dbd|demam\s+berdarah|diare\s+massal|muntaber|kolera|leptospirosis|lepto|difteri|"
        r"rabies|digigit|gigit|wabah|menular|nular|flu\s+burung|kejang|sesak|opname|dirawat|diinfus)\b", _I),
        ("anjing(?: liar)?",)),
    Danger("electric", re.compile(
        r"\b(?:kabel|tiang\s+listrik|tiang\s+pln|listrik\s+(?:bocor|nyetrum)|kesetrum|tersetrum|korsleting|"
        r"korslet|trafo|gardu)\b", _I),
        ("tiang(?: listrik)?", "kabel(?: listrik)?")),
    Danger("gas", re.compile(
        r"\b(?:bau\s+gas|gas\s+bocor|bocor\s+gas|elpiji\s+bocor|tabung\s+(?:gas\s+)?bocor|pipa\s+gas)\b", _I),
        ("pipa(?: gas)?",)),
    Danger("fire", re.compile(r"\b(?:kebakaran|terbakar|api\s+(?:besar|membesar|menjalar)|asap\s+kebakaran)\b", _I)),
    Danger("smoke", re.compile(r"\b(?:asap|kabut\s+asap|abu\s+vulkanik)\b", _I),
           ("asap", "abu(?: vulkanik)?")),
    Danger("flood", re.compile(
        r"\b(?:banjir|rob|air\s+(?:laut\s+)?pasang|pasang\s+laut|tanggul|meluap|jebol|hanyut|tenggelam|"
        r"kerendem|kerendam|terendam|banyu\s+naik|kemasukan\s+air|"
        # water in the house said plainly (round 18t: "rumah kami mulai kemasukan air", "air udah masuk kamar")
        r"air\s+(?!(?:ga|gak|nggak|ngga|tidak|tdk|belum|blm)\b)(?:\w+\s+)?(?:masuk|naik)(?:\s+masuk)?\s+(?:ke\s+)?"
        r"(?:rumah|kamar|kampung|desa|dusun|pemukiman|permukiman))\b", _I),
        ("tanggul", "sungai", "tambak")),
    Danger("ground", re.compile(
        r"\b(?:longsor|tebing|lereng|tanah\s+(?:\w+\s+)?(?:retak|bergeser|turun|ambles|amblas)|bergeser|"
        r"ambles|amblas|amblesan|lahar|gempa)\b", _I),
        ("tebing", "lahar(?: dingin)?")),
    Danger("collapse", re.compile(
        r"\b(?:roboh|rubuh|ambruk|ambrol|runtuh|miring|keropos|melendut|lapuk|putus|tumbang|hampir\s+jatuh|"
        r"mau\s+jatuh|retak\w*)\b", _I),
        ("plafon", "atap", "dinding")),
)

#: Sickness after eating: a meal, a snack or a drink named beside a symptom.
_FOOD = re.compile(r"\b(?:makan\w*|nasi|lauk|susu|jajan\w*|katering|mbg|menu|minum\w*|kue|snack|sayur)\b", _I)
_SYMPTOM = re.compile(r"\b(?:keracunan|muntah\w*|mual|diare|mencret\w*|sakit\s+perut|pusing|pingsan|lemas|"
                      r"diinfus|dirawat|opname|kejang|gatal\w*|sesak)\b", _I)
FOOD_SICKNESS = "food"


def food_sickness(text: str) -> bool:
    """A meal and a symptom named together: sickness after eating."""
    return bool(_FOOD.search(text) and _SYMPTOM.search(text))


def danger_of(text: str) -> str:
    """The name of the danger a (normalised) comment reports: "food", a `DANGERS` name, or "" for none we know."""
    if food_sickness(text):
        return FOOD_SICKNESS
    return next((d.name for d in DANGERS if d.signs.search(text)), "")


def hazard_things() -> str:
    """Every danger's things as one regex alternation (no group, no word boundaries): a complaint's subjects."""
    return "|".join(thing for danger in DANGERS for thing in danger.things)
