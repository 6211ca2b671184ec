"""Names a draft gives without writing them: "Bupati Gowa" gives "Kabupaten Gowa" and "Pemkab
Gowa"; "Dinas Kesehatan" gives "Dinkes"; a regency in the draft gives its province's names. The
fact check (fact_check.py) accepts these as the draft's own facts.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache, lru_cache

from bot.core import gazetteer, lexicon, lexicon_data

#: Heads whose region gives the region's name: "Bupati Gowa" -> "Kabupaten Gowa" (and so "Pemkab Gowa").
_REGION_OF = {"bupati": "kabupaten", "wakil bupati": "kabupaten", "wali kota": "kota", "walikota": "kota",
              "wakil wali kota": "kota", "gubernur": "provinsi", "wakil gubernur": "provinsi"}
#: Usual short forms -> the words of the draft they stand for (any one reading).
_SHORT_FORMS: dict[str, tuple[tuple[str, ...], ...]] = {
    "pemkab": (("pemerintah", "kabupaten"), ("kabupaten",)),
    "pemkot": (("pemerintah", "kota"), ("kota",)),
    "pemko": (("pemerintah", "kota"), ("kota",)),
    "pemprov": (("pemerintah", "provinsi"), ("provinsi",)),
    "pemda": (("pemerintah", "daerah"), ("kabupaten",), ("kota",), ("provinsi",)),
    "kab": (("kabupaten",),),
    "prov": (("provinsi",),),
    "dinkes": (("dinas", "kesehatan"),),
    "kadinkes": (("kepala", "dinas", "kesehatan"),),
    "kadis": (("kepala", "dinas"),),
    "kaban": (("kepala", "badan"),),
    "disdukcapil": (("dinas", "kependudukan"), ("dinas", "dukcapil")),
    "dukcapil": (("kependudukan", "pencatatan"),),
    "sekda": (("sekretaris", "daerah"),),
    "wabup": (("wakil", "bupati"),),
    "wawali": (("wakil", "wali", "kota"), ("wakil", "walikota")),
    "wagub": (("wakil", "gubernur"),),
    "wa": (("whatsapp",),),
    "rs": (("rumah", "sakit"),),
    "rsud": (("rumah", "sakit"),),
    "igd": (("gawat", "darurat"),),
    "ugd": (("gawat", "darurat"),),
    "kk": (("kartu", "keluarga"), ("kepala", "keluarga")),
    "pdam": (("air", "minum"),),
    "ktp-el": (("ktp", "elektronik"), ("ktp", "el")),
    "e-ktp": (("ktp", "elektronik"), ("ktp-el",)),
    "hp": (("telepon",), ("ponsel",), ("handphone",)),
    "bmkg": (("meteorologi",), ("infobmkg",)),
}
#: Words a short form may skip ("Menteri PKP": Perumahan dan Kawasan Permukiman).
_SKIPPABLE = frozenset({"dan", "serta", "&", "di", "ke", "dari", "untuk", "yang", "se"})
#: Everyday words a post may open a sentence with, which no dictionary lists ("Nggak perlu antre").
CASUAL = frozenset({"nggak", "enggak", "gak", "ga", "gk", "udah", "kuy", "guys", "gaes", "sob", "lho", "dong"})
REGION_HEADS = frozenset({"kabupaten", "kota", "provinsi"})


def derived_names(clean: str, words: Sequence[str]) -> tuple[tuple[str, ...], ...]:
    """Names a source gives without writing them: the region of an official ("Bupati Lamongan" ->
    "pemerintah kabupaten lamongan"), and a province's other names (official, short, from its
    capital: "Palembang" -> "sumatera selatan", "sumsel")."""
    out: list[tuple[str, ...]] = []
    for _, _, tokens in lexicon.name_runs(clean):
        low = [t.lower() for t in tokens]
        for i in range(len(low)):
            for size in (3, 2, 1):
                head = " ".join(low[i : i + size])
                rest = low[i + size :]
                if head in _REGION_OF and rest and rest[0] not in REGION_HEADS:
                    out.append(("pemerintah", _REGION_OF[head], *rest))
                    break
        out += [("provinsi", *name.split()) for name in provinces_named(low)]
    return tuple(dict.fromkeys(out))


def provinces_named(tokens: Sequence[str]) -> list[str]:
    """The names of the provinces that a name run (lower-case words) names or lies in, by the
    gazetteer: "Lamongan" -> "jawa timur", "jatim"; "Palembang" -> "sumatera selatan", "sumsel"."""
    places = gazetteer.place_names()
    out: list[str] = []
    for i in range(len(tokens)):
        for size in (4, 3, 2, 1):
            names = places.get(tuple(tokens[i : i + size]))
            if names and i + size <= len(tokens):
                out += names
                break
    return out


def abbreviates(token: str, phrase: Sequence[str]) -> bool:
    """`token` is a short form built from `phrase`, every word giving the start of itself, in order:
    "dinkes" (DINas KESehatan), "pupr", "lotim" (LOmbok TIMur), "pkp" (Perumahan dan Kawasan
    Permukiman). The last word may give any of its letters in order ("mendagri": MENteri DAlam
    neGeRI). Words like "dan" may give nothing."""
    n = len(phrase)

    @cache
    def fits(w: int, c: int) -> bool:
        if c == len(token):
            return w == n
        if w == n:
            return False
        word = phrase[w]
        if word in _SKIPPABLE and fits(w + 1, c):
            return True
        if w == n - 1:
            return subsequence(token[c:], word) and (token[c] == word[0] or len(token) - c >= 2)
        if token[c] != word[0]:
            return False
        k = 1
        while k <= len(word) and c + k <= len(token) and token[c + k - 1] == word[k - 1]:
            if fits(w + 1, c + k):
                return True
            k += 1
        return False

    return n >= 2 and fits(0, 0)


def shouted(token: str) -> bool:
    """An ordinary word written in capitals for emphasis ("GRATIS", "PENTING"), not an acronym."""
    return (len(token) >= 4 and lexicon.is_acronym(token) and token not in lexicon_data.KNOWN_ACRONYMS
            and token.isalpha() and lexicon.is_ordinary_word(token.lower()))


def subsequence(part: str, word: str) -> bool:
    it = iter(word)
    return all(ch in it for ch in part)


@lru_cache(maxsize=4096)
def short_form_readings(token: str, words: tuple[str, ...]) -> list[tuple[str, ...]]:
    """The phrases of `words` that `token` may stand for (a short form of two to six words)."""
    letters = token.replace("-", "")
    out: list[tuple[str, ...]] = list(_SHORT_FORMS.get(token, ()))
    if not letters.isalpha() or len(letters) < 2 or len(letters) > 12:
        return out
    for i, word in enumerate(words):
        if word[:1] != letters[0] or len(word) < 2:
            continue
        for size in range(2, 7):
            phrase = words[i : i + size]
            if len(phrase) < size:
                break
            if abbreviates(letters, phrase):
                out.append(tuple(phrase))
    return list(dict.fromkeys(out))


