"""Names in the fact check (`bot/core/fact_check.py`): whether the sources support a name of a post,
written as they write it or in the forms a capable writer uses (short forms of offices and regions,
an acronym the source spells out, honorifics left out, a name of two supported parts)."""

from __future__ import annotations

import math
import re
from itertools import islice, product

from bot.core import fact_words, gazetteer, lexicon, name_forms
from bot.core.fact_scan import Fact
from bot.core.fact_words import common_reading, compound_head
from bot.core.lexicon_data import COMMON_EXPANSIONS
from bot.core.name_match import link_in, squashed_match, units, within_window

#: An acronym with a letter counted by a digit after it ("p2p", "p3k", "p2kb").
_COUNTED_LETTER = re.compile(r"[a-z]*(?:[a-z][2-4])+[a-z]*")
_LETTER_TIMES = re.compile(r"([a-z])([2-4])")


class NameEvidence:
    """The sources' words and names, indexed for the name checks (filled by `fact_evidence.Evidence`)."""

    def __init__(self) -> None:
        self.values: set[str] = set()
        self.texts: list[str] = []
        self.words: list[tuple[str, ...]] = []
        #: Each source's words and which of them it capitalises (`name_forms.moves_office`).
        self.offices: list[tuple[tuple[str, ...], tuple[bool, ...]]] = []
        #: For each entry of `words`, the words a title-case short form may be read from (None: any).
        self.names: list[frozenset[str] | None] = []
        #: Hyphenated tokens of the output whose tail is an ordinary word, and their heads ("wib-selesai").
        self.compound_heads: dict[str, str] = {}
        #: Tokens of the output written in capitals, which may be Roman numerals.
        self.romans: set[str] = set()
        #: Tokens the output writes in capitals, which may stand alone beside a name.
        self.acronyms: set[str] = set()
        #: Ordinary words the output writes in capitals ("GRATIS"): emphasis, not a name.
        self.shouted: set[str] = set()
        #: The expansions of the acronyms the sources spell out.
        self.defined: dict[str, list[tuple[str, ...]]] = {}

    def supports_name(self, fact: Fact) -> bool:
        """The name `fact` is one the sources give, and it moves no office to another person."""
        body = fact.key.split(":", 1)[1]
        raw = fact.raw.split()
        self.acronyms = {t.lower() for t in raw if lexicon.is_acronym(t)}
        self.shouted = {t.lower() for t in raw if name_forms.shouted(t)}
        self.compound_heads = {t.lower(): head.lower() for t in raw if (head := compound_head(t))}
        self.romans = {t.lower() for t in raw if t.isupper()}
        named = [t for t in body.split(" ") if t not in self.shouted]  # "REKAM KTP-el GRATIS": "GRATIS" is no place
        return self._supports_name(body) and not any(
            name_forms.moves_office(named, words, capped) for words, capped in self.offices)

    def _supports_name(self, body: str) -> bool:
        if body.startswith("url:"):
            return any(link_in(body[4:], text) for text in self.texts)
        tokens = body.split(" ")
        if (len(tokens) >= 2 and len(tokens[-1]) == 1 and not self._follows(tokens[-2], tokens[-1])
                and not self._is_given_numeral(tokens[-1])):
            if tokens[-1] != "n" or not self._follows(tokens[-2], "negeri"):
                return False
            tokens[-1] = "negeri"  # "SMP N 1" for a source's "SMP Negeri 1"
        if any(within_window(units(tokens, set(words)), words) or squashed_match(tokens, words)
               for words in self.words):
            return True
        if len(tokens) >= 1 and tokens[0] not in self.acronyms and fact_words.chat_short_form(tokens[0]):
            tokens = tokens[1:]  # "Utk pelanggan ...", "Telp Pusdalops": a word without its vowels opens the name
        tokens = [self._office_head(self.compound_heads.get(t, t)) for t in tokens
                  if t not in self.shouted and t not in name_forms.CASUAL and not self._is_given_numeral(t)]
        if len(tokens) == 1 and (self._clips_word(tokens[0]) or self._says_expansion(tokens[0])):
            return True
        return not tokens or self._supports_reading(tokens) or self._supports_split(tokens) or self._repeats(tokens)

    def _repeats(self, tokens: list[str]) -> bool:
        """An acronym that counts a repeated letter ("P2P": Pencegahan dan Pengendalian Penyakit, "P3K"), read
        with the letter written out."""
        counted = [t for t in tokens if t in self.acronyms and _COUNTED_LETTER.fullmatch(t)]
        if not counted:
            return False
        spelled = [_LETTER_TIMES.sub(lambda m: m.group(1) * int(m.group(2)), t) if t in counted else t for t in tokens]
        self.acronyms |= {t for t in spelled if t not in tokens}
        return self._supports_reading(spelled) or self._supports_split(spelled)

    def _office_head(self, token: str) -> str:
        """An office's acronym without its "Dis" (Dinas) head, as it is usually said ("Dukcapil" of a source's
        "Disdukcapil", "Dikbud" of "Disdikbud"): read as the source writes it."""
        full = "dis" + token
        return full if len(token) >= 4 and any(full in words for words in self.words) else token

    def _follows(self, word: str, letter: str) -> bool:
        """A letter ending a name ("Gedung B", "SIM C") right after the same word in a source, or after the
        words an acronym stands for ("MT I" from "Musim Tanam I")."""
        size = len(word) if word in self.acronyms and word.isalpha() else 0
        return any(b == letter and (words[j] == word or (
            1 < size <= j + 1 and "".join(w[0] for w in words[j + 1 - size:j + 1]) == word))
            for words in self.words for j, b in enumerate(words[1:]))

    def _is_given_numeral(self, token: str) -> bool:
        """A Roman numeral written in capitals whose number a source gives otherwise ("Jilid II" from
        "jilid kedua", "Asisten III" from "Asisten 3"): checked as that number, the rest of the name as a
        name. A source that writes Roman numerals itself must give this one as written."""
        value = name_forms.roman_value(token) if token in self.romans else None
        return value is not None and str(value) in self.values and not self._writes_romans()

    def _writes_romans(self) -> bool:
        return any(len(w) >= 2 and name_forms.roman_value(w) for words in self.words for w in words)

    def _clips_word(self, token: str) -> bool:
        """A lone capitalised word that is an ordinary word of a source cut short, as a sentence or a
        label line opens ("Maks 2 paket" from "maksimal", "Info" from "informasi")."""
        return len(token) >= 3 and token.isalpha() and any(
            word.startswith(token) and len(word) > len(token) and lexicon.is_ordinary_word(word)
            for words in self.words for word in words)

    def _says_expansion(self, token: str) -> bool:
        """A common-noun acronym ("APD", "BUMN", "BBM") whose meaning a source writes: the first or the
        last two thirds of its expansion, word for word ("... pelindung diri" for "alat pelindung diri",
        "bahan bakar ..." for "bahan bakar minyak")."""
        expansion = COMMON_EXPANSIONS.get(token.upper(), "").split()
        if not expansion:
            return False
        size = math.ceil(2 * len(expansion) / 3)
        parts = {tuple(expansion[:size]), tuple(expansion[-size:])}
        return any(tuple(words[i : i + size]) in parts
                   for words in self.words for i in range(len(words) - size + 1))

    def says_in_context(self, acronym: str, before: str) -> bool:
        """A long common acronym after a noun the source writes before the last half of its meaning:
        "bank BUMN" from "bank milik negara" (the noun stands for "badan usaha"). Without that noun the
        half is no evidence: "warga tidak mampu" gives no "SKTM"."""
        expansion = COMMON_EXPANSIONS.get(acronym.upper(), "").split()
        if len(expansion) < 4 or not before:
            return False
        part = (before, *expansion[len(expansion) // 2 :])
        return any(tuple(words[i : i + len(part)]) == part
                   for words in self.words for i in range(len(words) - len(part) + 1))

    def _supports_reading(self, tokens: list[str]) -> bool:
        """`tokens` with their short forms read as the draft's words ("pemkab lotim" as "pemerintah
        kabupaten lombok timur") all occur close together in one source. A regency's or city's own name
        in title case ("Bone") names that place, never a short form guessed from letters ("Bank
        iNdonEsia"), unless it reads as an office's head ("Karo": Kepala Biro)."""
        for words, names in zip(self.words, self.names, strict=True):
            vocabulary = set(words)
            options: list[list[tuple[str, ...]]] = []
            for token in tokens:
                readings: list[tuple[str, ...]] = [(token,)] if token in vocabulary else []
                readings += self.defined.get(token, []) + common_reading(token)
                guessed = name_forms.short_form_readings(token, words, None if token in self.acronyms else names)
                if token not in self.acronyms and token in gazetteer.squashed_region_names():
                    guessed = [r for r in guessed if r[0] == "kepala"]
                readings += guessed + fact_words.clipped_readings(token, words)
                if not readings:
                    break
                options.append(readings[:6])
            else:
                for combo in islice(product(*options), 64):
                    flat = [w for part in combo for w in part]
                    if within_window(units(flat, vocabulary), words):
                        return True
        return False

    def _supports_split(self, tokens: list[str]) -> bool:
        """A name of two supported parts: an acronym and a name ("WA PANDAWA", "PKL Jalan Raden
        Intan"), or an office and the draft's own region ("Dinkes Polman" where the draft is of
        Kabupaten Polewali Mandar; "Asisten II" + "Setda Mamuju"). The head may itself be such a name
        ("WA Pengaduan" + "BPN" + "Banggai")."""
        for cut in range(1, len(tokens)):
            head, tail = tokens[:cut], tokens[cut:]
            acronym = (cut == 1 and self._is_acronym_token(head[0])) or (
                len(tail) == 1 and (self._is_acronym_token(tail[0]) or self._is_short_form(tail[0])))
            if not (acronym or self._is_region(tail) or self._is_region(tail[-1:]) or self._is_region(tail[-2:])
                    or self._is_written_name(tail)):
                continue
            if (self._supports_tokens(head) or (cut > 1 and self._supports_split(head))) and (
                    self._supports_tokens(tail) or (len(tail) > 1 and self._supports_split(tail))):
                return True
        return False

    def _supports_tokens(self, tokens: list[str]) -> bool:
        return any(within_window(units(tokens, set(words)), words) for words in self.words) or (
            self._supports_reading(tokens))

    def _is_written_name(self, tokens: list[str]) -> bool:
        """`tokens` are a name of two or more words a source writes as such, capitalised: a person after
        an office ("Kadis Dikbud NTB" + "Lalu Hamdani")."""
        return len(tokens) >= 2 and any(
            names is not None and set(tokens) <= names and squashed_match(tokens, words)
            for words, names in zip(self.words, self.names, strict=True))

    def _is_acronym_token(self, token: str) -> bool:
        return token in self.acronyms

    def _is_short_form(self, token: str) -> bool:
        """A short form in title case of an office's name of three words or more that a source writes
        ("Disnakkeswan": DInaS peterNAKan dan KESehatan heWAN): it follows a name as an acronym does
        ("Klinik Hewan Disnakkeswan")."""
        if len(token) < 6 or token in self.acronyms or any(token in words for words in self.words):
            return False
        return any(
            len(reading) >= 3 for words, names in zip(self.words, self.names, strict=True)
            for reading in name_forms.short_form_readings(token, words, names))

    def _is_region(self, tokens: list[str]) -> bool:
        """`tokens` name the region of a source ("kabupaten polewali mandar", or its short form), a village or
        district it names after its head ("padukuhan jetis"), or a regency or city of the gazetteer that a
        source names ("pangkalpinang"), or its short form ("pasbar")."""
        if "".join(tokens) in gazetteer.squashed_region_names() and any(
                within_window(tokens, words) for words in self.words):
            return True
        if len(tokens) == 1 and any(within_window(list(name), words) for name in name_forms.region_short_forms(
                tokens[0]) for words in self.words):
            return True  # "Posko BPBD Pasbar": the short form of a regency the source names ("Pasaman Barat")
        for words in self.words:
            for i, word in enumerate(words[:-1]):
                if word in name_forms.LOCAL_PLACE_HEADS and list(words[i + 1 : i + 1 + len(tokens)]) == tokens:
                    return True
                if word not in name_forms.REGION_HEADS:
                    continue
                region = words[i + 1 : i + 1 + len(tokens) + 2]
                if list(region[: len(tokens)]) == tokens:
                    return True
                spans = (region[:k] for k in range(2, len(region) + 1))
                if len(tokens) == 1 and any(name_forms.abbreviates(tokens[0], span) for span in spans):
                    return True
        return False
