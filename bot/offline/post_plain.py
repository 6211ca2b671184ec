"""A post's first line said plainly: without decoration, shouting or an opening connective, and naming whom it
is for (else where) when it says too little alone.

A bare headline ("🐶 VAKSINASI RABIES GRATIS 🐶", "Vaksinasi gratis.") is written in normal case without the
decoration; an acronym keeps its capitals, a name the capital the draft gives it elsewhere. Nothing is added that
the sheet does not hold, nor a value the fact check does not find in the draft.
"""

from __future__ import annotations

import re
import unicodedata

from bot.core import lexicon
from bot.core.fact_check import check_facts
from bot.core.lexicon_data import KNOWN_ACRONYMS
from bot.core.name_forms import roman_value
from bot.core.reading import DraftKind, FactSheet, Slot
from bot.core.reading.key_check import key_facts
from bot.core.reading.lead import CONNECTIVE
from bot.offline.post_another import for_another
from bot.offline.post_text import clean_span, unpointed, words_of
from bot.offline.spoken_lead import written

#: A lead of this many words or fewer says too little alone.
THIN_WORDS = 4
#: A lead this share of whose letters are capitals is shouted.
SHOUTED = 0.8
#: Three shouted words in a row or more (an acronym alone is no shout).
#: One shouted word inside a sentence ("... di wilayah berikut TERHENTI"): said in normal case unless an acronym,
#: part of a hyphenated name ("SI-ANTRE") or the name right after "bernama".
_SHOUTED_WORD = re.compile(r"(?<![\w-])(?<!bernama\s)(?<!bertajuk\s)[A-Z]{4,}(?![\w-])")
_SHOUTED_RUN = re.compile(r"\b[A-Z]{3,}(?:,?\s+(?:[A-Z]{2,}|\d+))*(?:,?\s+[A-Z]{2,}){2,}\b")
def _pictograph(ch: str) -> bool:
    """An emoji or a pictograph; an arrow ("Terminal Batu Layang ⇄ Bundaran Digulis") joins a route's ends."""
    return unicodedata.category(ch) == "So" and not ("\u2190" <= ch <= "\u21ff" or "\u27f0" <= ch <= "\u27ff")


def _undecorated(text: str) -> str:
    """`text` without emoji and pictographs ("🐶", "💉", "✨"); "&", "+", arrows and other signs stay."""
    kept = [" " if _pictograph(ch) or ch in "\ufe0f\u200d" else ch for ch in text]
    return " ".join("".join(kept).split())


def _shouted(text: str) -> bool:
    letters = [ch for ch in text if ch.isalpha()]
    return len(letters) >= 8 and sum(ch.isupper() for ch in letters) / len(letters) >= SHOUTED


#: Words that head a place's or an office's name ("Distrik Merauke", "Desa Mas"): a name only with the name after.
_NAME_HEADS = frozenset({"distrik", "desa", "kecamatan", "kelurahan", "kabupaten", "kota", "provinsi", "kampung",
                         "dinas", "badan", "balai", "pasar", "puskesmas", "kantor", "nagari", "gampong", "dusun"})


def _normal_case(text: str, acronyms: set[str], draft: str) -> str:
    """Shouted words in normal case: an acronym stays, a name keeps the capital the draft gives it
    elsewhere ("VAKSINASI DI DESA MAS" -> "vaksinasi di Desa Mas" when the draft writes "Desa Mas")."""
    out = []
    words = text.split()
    for i, word in enumerate(words):
        bare = word.strip(".,!?:;()")
        after = words[i + 1].strip(".,!?:;()") if i + 1 < len(words) else ""
        named = bool(after) and re.search(rf"\b{re.escape(bare.capitalize())}\s+(?i:{re.escape(after)})\b",
                                          draft) is not None
        if bare in acronyms:
            out.append(word)
        elif "-" in bare and bare.split("-")[0] in acronyms:  # "KTP-EL" is "KTP-el", "PBB-P2" stays
            parts = bare.split("-")
            out.append(word.replace(bare, "-".join(p if p in acronyms or any(ch.isdigit() for ch in p) else p.lower()
                                                   for p in parts)))
        elif bare and re.search(rf"(?<=[\w,;)] ){re.escape(bare.capitalize())}\b", draft) and (
                named or bare.lower() not in _NAME_HEADS):  # mid-sentence: a name ("KELILING DISTRIK": no name after)
            out.append(word.replace(bare, bare.capitalize()))
        elif bare.isalpha() and (roman_value(bare.lower()) or not lexicon.is_ordinary_word(bare.lower())):
            out.append(word)  # "BBNKB II": no word to lower-case, an acronym the draft never spells out
        else:
            out.append(word.lower())
    return " ".join(out)


def _first_sentence(text: str) -> str:
    """`text` up to a pictograph that ends a caption's sentence ("... tetap jalan kok 🚛💨 Tapi ada ..."):
    without its full stop, the next sentence would run on after the emoji is dropped."""
    for i, ch in enumerate(text):
        if not _pictograph(ch) or len(text[:i].split()) < 4:
            continue
        j = i
        while j < len(text) and (_pictograph(text[j]) or text[j] in " \ufe0f\u200d"):
            j += 1
        if text[j : j + 1].isupper():
            return text[:i]
    return text


#: The words that introduced a list the lead was cut from ("... terhenti total di wilayah:", "... di wilayah
#: berikut:" then the areas): a post's sentence cannot end on them, one or several.
_DANGLING = re.compile(r"(?:\s+(?:di\s+(?:wilayah|daerah|kawasan|lokasi)|di|pada|ke|yaitu|yakni|sebagai\s+berikut|"
                       r"berikut(?:\s+ini)?|antara\s+lain|meliputi|di\s+antaranya|dengan\s+(?:jadwal|rincian|lokasi|ketentuan)|"
                       r"sesuai\s+jadwal\s+(?:sebagai\s+)?berikut))+\s*:?\s*$", re.I)


#: An item's place in the draft's sequence, said first ("Pertama, vaksinasi ..."): a post has no sequence of its own.
ORDINAL = re.compile(r"^(?:pertama|kedua|ketiga|keempat|kelima|terakhir|selanjutnya|kemudian|berikutnya|"
                      r"sementara\s+itu|adapun)\s*,\s*", re.I)


def plain_lead(sheet: FactSheet, lead: str) -> str:
    """`lead` without decoration, shouting or an opening connective, and (when thin) naming who may come or
    where."""
    lead = written(lead)  # "begini, Festival X kita laksanakan ..." -> "Festival X digelar ..."
    bare = ORDINAL.sub("", CONNECTIVE.sub("", lead))  # "Untuk itu, ...", "Pertama, ...": nothing to point back to
    if bare != lead and words_of(bare) > THIN_WORDS:
        lead = bare[:1].upper() + bare[1:]
    text = _undecorated(_first_sentence(lead)).strip(" .")
    if not text or text == lead.strip(" ."):
        text = lead.rstrip(".")
    acronyms = set(KNOWN_ACRONYMS) | {a for a, _ in sheet.acronyms}
    shouted = _shouted(text)
    if shouted:
        text = _normal_case(text, acronyms, sheet.draft)
    else:  # a shouted run inside a sentence: "... ngadakke PEMBAGIAN BIBIT KOPI GRATIS!!"
        run = _SHOUTED_RUN.search(text)
        while run and not all(w.strip(".,!?") in acronyms for w in run.group(0).split()):
            text = text[: run.start()] + _normal_case(run.group(0), acronyms, sheet.draft) + text[run.end() :]
            shouted = True
            run = _SHOUTED_RUN.search(text)
        text = _SHOUTED_WORD.sub(lambda m: _normal_case(m.group(0), acronyms, sheet.draft), text)  # "... TERHENTI"
    text = _named(sheet, _DANGLING.sub("", text.rstrip("!.").strip()).rstrip(" ,;:"))  # "disiapkan, yakni"
    cut = unpointed(text)  # "... yang dimulai hari itu juga di sekolah tersebut": which day?
    text = cut if words_of(cut) > THIN_WORDS else text
    if words_of(text) <= THIN_WORDS:
        text = _fuller(sheet, text)
    if not shouted and text == lead.rstrip("."):
        return lead
    return text[:1].upper() + text[1:] + "."


#: A lead whose subject names no service: "Semua layanan dan obat diberikan tanpa biaya", "Kegiatan ini gratis".
_GENERIC_SUBJECT = re.compile(r"^(?:(?:semua|seluruh)\s+)?(?:layanan|pelayanan|kegiatan|program|acara|bantuan)"
                              r"(?:\s+(?:dan|serta)\s+\w+)?(?:\s+(?:ini|tersebut|itu))?\s+(?:di|ter|ber|dapat|bisa|"
                              r"gratis|tanpa|tidak)", re.I)


def _named(sheet: FactSheet, text: str) -> str:
    """A lead whose subject names nothing ("Semua layanan ... tanpa biaya"), opened with what the draft offers
    ("Puskesmas keliling air: semua layanan ..."): shown alone, it does not say which service is free."""
    what = sheet.first(Slot.WHAT)
    if what is None or not _GENERIC_SUBJECT.match(text):
        return text
    name = clean_span(what.value).rstrip(".")
    if not name or name.lower() in text.lower() or not check_facts(name, [sheet.draft]).ok:
        return text
    return f"{name[:1].upper()}{name[1:]}: {text[:1].lower()}{text[1:]}"


#: The longest place a thin lead is completed with.
_PLACE_IN_LEAD = 80


def _fuller(sheet: FactSheet, text: str) -> str:
    """A thin lead with whom it is for, else where it is, from the sheet ("... untuk lansia")."""
    for slot, joiner in ((Slot.WHO, "untuk"), (Slot.WHERE, "di")):
        if slot == Slot.WHO and sheet.kind in (DraftKind.EMERGENCY, DraftKind.APPEAL):
            continue  # a warning's people are whom it addresses, never whom the warning is "for"
        facts = key_facts(sheet, slot)
        if slot == Slot.WHO:  # whom another offer is for is not the lead's ("juga dibuka perekaman KTP untuk ...")
            facts = [f for f in facts if not for_another(sheet, f, text)]
        if facts:
            value = clean_span(facts[0].value)
            if slot == Slot.WHERE and (len(facts) > 1 or len(value) > _PLACE_IN_LEAD):
                break  # one place of several would mislead, a list is too long to lead: the where line names them
            if value and value.lower() not in text.lower() and check_facts(value, [sheet.draft]).ok:
                common = slot == Slot.WHO and value[:1].isupper() and value[1:2].islower() and not re.match(
                    r"\S+\s+[A-Z]", value)
                return f"{text} {joiner} {value[:1].lower() + value[1:] if common else value}"
    return text

