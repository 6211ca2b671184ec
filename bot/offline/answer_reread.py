"""The slots of a question read again against the draft: a loose slot word ("ukuran brp", "dari hp aja") gives
way to requirements when the question names an item the draft asks citizens to bring, and a question on the
asker's residence asks who may take part when the draft has a rule on residence.
"""

from __future__ import annotations

import re

from bot.core.reading import FactSheet
from bot.offline.answer_cues import REQ_LIST
from bot.offline.answer_find import find_slot, shared_stems, stems
from bot.offline.answer_pairs import DOMICILE, DOMICILE_ASKED, LEVEL
from bot.offline.answer_text import sentences_of
from bot.offline.asked import asked_age, normalise

#: Slots an everyday word may name by accident ("ukuran brp", "3x4 boleh ga", "dari hp aja"): they give
#: way when the question names an item of the draft's list of what to bring.
_LOOSE_SLOTS = frozenset({"cost", "who", "how"})
_MONEY_ASKED = re.compile(r"\b(?:bayar|biaya|gratis|harga|tarif|ongkos|sewa|pungut)(?:\w*)\b|"
                          r"^(?!.*\b(?:ukuran|nomor|umur|usia|jam|tanggal|lama|hari)\b).*\bberapa$")
#: Stems of the steps of a service ("daftar"), shared by every sentence about it: they name no item.
_PROCESS_STEMS = frozenset({"daftar", "bayar", "pungut", "urus"})
#: A rule sentence on what the citizen must bring or be ("wajib membawa ...", "harus dalam kondisi ...").
_MUST_BRING = re.compile(r"\b(?:wajib|harus|diminta|perlu)\s+(?:\w+\s+)?"
                         r"(?:membawa|melampirkan|menunjukkan|menyiapkan|dalam kondisi)\b",
                         re.I)
_OWN_CASE = re.compile(r"\b(?:tinggal|rumah|domisili)(?: saya| aku| kami)? di\b")


def names_requirement(question: str, sentences: list[tuple[int, str]], sheet: FactSheet) -> bool:
    """Whether `question` names a document or item the draft asks citizens to bring ("pas foto ukuran brp?",
    "foto rumahnya dari hp aja cukup?"): a plain requirements list holds a word of the question."""
    text = normalise(question)
    if _OWN_CASE.search(text) or asked_age(question) is not None or LEVEL.search(text):
        return False  # the asker's own case ("tinggal di ...", an age, "lulusan MI") asks who, not what to bring
    found = find_slot("requirements", question, sentences, sheet)
    if found is None:
        return False
    must = bool(_MUST_BRING.search(found[1])) and not _MONEY_ASKED.search(text)  # "bayar brp": the cost alone
    if not (found[0] < 0 or REQ_LIST.search(found[1]) or must):
        return False  # a list of what to bring ("Berkas yang disiapkan: ...") or a must-bring rule, not any sentence
    return bool({stem for stem in shared_stems(stems(question), found[1]) if len(stem) >= 4} - _PROCESS_STEMS)


def with_requirements(parts: list[tuple[str, str]], sheet: FactSheet) -> list[tuple[str, str]]:
    """`parts` with the loose slots of a question that names a requirement item read as requirements."""
    sentences = sentences_of(sheet.draft)
    out: list[tuple[str, str]] = []
    for text in dict.fromkeys(t for t, _ in parts):
        slots = [slot for t, slot in parts if t == text]
        if not {"requirements", "what"} & set(slots) and set(slots) & _LOOSE_SLOTS \
                and names_requirement(text, sentences, sheet):
            money = bool(_MONEY_ASKED.search(normalise(text)))
            slots = ["requirements", *(s for s in slots if s not in _LOOSE_SLOTS or (s == "cost" and money))]
        out += [(text, slot) for slot in slots]
    return out


def with_residence(parts: list[tuple[str, str]], sheet: FactSheet) -> list[tuple[str, str]]:
    """`parts` with a question on the asker's residence ("ktp palu tp kuliah di makassar, bisa?") asking who
    may take part, when the draft has a rule on residence ("ber-KTP ...", "warga luar kota", "bawa KTP X")."""
    out: list[tuple[str, str]] = []
    for text in dict.fromkeys(t for t, _ in parts):
        slots = [slot for t, slot in parts if t == text]
        asked = normalise(text)
        if DOMICILE_ASKED.search(asked) and DOMICILE.search(sheet.draft) and "who" not in slots and (
                {"who", "requirements"} & set(slots) or re.search(r"\b(?:bisa|boleh|ikut)\b", asked)):
            slots = ["who", *(s for s in slots if s not in ("requirements", "where"))]
        out += [(text, slot) for slot in slots]
    return out
