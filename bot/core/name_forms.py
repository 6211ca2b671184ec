"""Names a draft gives without writing them: "Bupati Gowa" gives "Kabupaten Gowa" and "Pemkab
Gowa"; "Dinas Kesehatan" gives "Dinkes"; a regency in the draft gives its province's names. The
fact check (fact_check.py) accepts these as the draft's own facts.
"""

from __future__ import annotations

import re
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
    "ds": (("desa",),),
    # Yogyakarta's own heads below a regency ("Kal. Sendangadi", "Kap. Mlati")
    "kal": (("kalurahan",),),
    "kap": (("kapanewon",),),
    "prov": (("provinsi",),),
    "dinkes": (("dinas", "kesehatan"),),
    "kadinkes": (("kepala", "dinas", "kesehatan"),),
    "kadis": (("kepala", "dinas"),),
    "kaban": (("kepala", "badan"),),
    "kabag": (("kepala", "bagian"),),
    "kesra": (("kesejahteraan", "rakyat"),),
    "disdukcapil": (("dinas", "kependudukan"), ("dinas", "dukcapil")),
    "dispendukcapil": (("dinas", "kependudukan"), ("dinas", "dukcapil")),
    "dukcapil": (("kependudukan", "pencatatan"),),
    "capil": (("pencatatan", "sipil"),),
    "dafduk": (("pendaftaran", "penduduk"),),
    "sekda": (("sekretaris", "daerah"),),
    "km": (("kilometer",),),
    "ditjen": (("direktorat", "jenderal"),),
    "dirjen": (("direktur", "jenderal"), ("direktorat", "jenderal")),
    "sekjen": (("sekretariat", "jenderal"), ("sekretaris", "jenderal")),
    "itjen": (("inspektorat", "jenderal"),),
    "wabup": (("wakil", "bupati"),),
    "wawali": (("wakil", "wali", "kota"), ("wakil", "walikota")),
    "wagub": (("wakil", "gubernur"),),
    "wa": (("whatsapp",),),
    "ig": (("instagram",),),
    "fb": (("facebook",),),
    "yt": (("youtube",),),
    "setda": (("sekretariat", "daerah"),),
    "kalak": (("kepala", "pelaksana"),),
    "rs": (("rumah", "sakit"),),
    "rsud": (("rumah", "sakit"),),
    "igd": (("gawat", "darurat"),),
    "ugd": (("gawat", "darurat"),),
    "kk": (("kartu", "keluarga"), ("kepala", "keluarga")),
    # A PDAM is by law now a "Perumda" named for water ("Perumda Tirta Manuntung", "Perumda PTAM ...").
    "pdam": (("air", "minum"), ("perumda", "tirta"), ("perumda", "ptam"), ("perumda", "air")),
    "ktp-el": (("ktp", "elektronik"), ("ktp", "el")),
    "e-ktp": (("ktp", "elektronik"), ("ktp-el",)),
    "hp": (("telepon",), ("ponsel",), ("handphone",)),
    "bmkg": (("meteorologi",), ("infobmkg",)),
    "jl": (("jalan",),),
    "jln": (("jalan",),),
    "pkm": (("puskesmas",),),
    "distanak": (("dinas", "pertanian", "peternakan"), ("dinas", "peternakan")),
    "disnak": (("dinas", "peternakan"),),
    "blk": (("balai", "latihan", "kerja"), ("balai", "pelatihan", "kerja")),
    "angkot": (("angkutan",),),
    "karhutla": (("kebakaran", "hutan"),),
    "damkar": (("pemadam", "kebakaran"),),
    "cs": (("layanan", "pelanggan"), ("customer", "service")),
    "kp": (("kampung",),),
    "gp": (("gampong",),),  # Aceh's village, as its offices shorten it ("Masjid Jamik Gp. Lam Ara")
    "tj": (("tanjung",),),  # a cape or a port in a place's name ("Tj. Balai Karimun", "Tj. Priok")
    # the library and archives office by its usual contractions ("Dinas Perpustakaan dan Kearsipan")
    "dispusip": (("dinas", "perpustakaan"),),
    "dispersip": (("dinas", "perpustakaan"),),
    "dispusipda": (("dinas", "perpustakaan"),),
    "mou": (("nota", "kesepahaman"), ("memorandum",)),
    # offices named by the usual contraction, not by each word ("Dinas Perumahan dan Kawasan Permukiman")
    "disperkim": (("dinas", "perumahan"), ("dinas", "permukiman")),
    "perkim": (("perumahan",), ("permukiman",)),
    "hrd": (("personalia",), ("sumber", "daya", "manusia")),
    # a vaccine by its usual letters ("imunisasi MR": campak-rubela, measles-rubella)
    "mr": (("campak", "rubela"), ("campak-rubela",), ("measles", "rubella"), ("measles-rubella",)),
}
#: Words a short form may skip ("Menteri PKP": Perumahan dan Kawasan Permukiman).
_SKIPPABLE = frozenset({"dan", "serta", "&", "di", "ke", "dari", "untuk", "yang", "se"})
#: Kinds of office whose head is "Kepala <kind>", written "Ka" + the kind: "Kabag" (Kepala Bagian),
#: "Kaban" (Kepala Badan), "Kadis", "Kabid", "Kasi" (Kepala Seksi), "Kades", "Kadus".
_OFFICE_KINDS = ("badan", "dinas", "bagian", "bidang", "seksi", "subbagian", "desa", "dusun", "kantor", "balai",
                 "biro", "satuan", "unit", "cabang", "suku")
#: Prefixes a short form may skip inside a word: "Hubdat" (perHUBungan DArat), "Kesra" (KESejahteraan RAkyat).
_AFFIXES = ("peng", "pem", "pen", "per", "pe", "ke", "ber", "ter")
#: Usual clipped forms of words that are not their first letters: "Dis" in Dishub, Disnak, Diskominfo;
#: "Na" in Naker (tenaga kerja) and Nakes (tenaga kesehatan).
_CLIPPED = {"dinas": ("dis",), "kepala": ("ka",), "tenaga": ("na",)}
#: Everyday words a post may open a sentence with, which no dictionary lists ("Nggak perlu antre").
#: Words of address and thanks a post writes capitalised mid-sentence ("Bawa buku KIA ya, Bunda!", "Suksma!",
#: "Matur nuwun, Lur"): to the reader, never a name of the draft's.
CASUAL = frozenset({"nggak", "enggak", "gak", "ga", "gk", "udah", "kuy", "guys", "gaes", "sob", "lho", "dong", "males",
                    "bunda", "ayah", "bapak", "ibu", "pak", "bu", "kak", "kakak", "sobat", "semeton", "dulur",
                    "sedulur", "lur", "min", "mimin", "bestie", "suksma", "nuwun", "nuhun", "thanks",
                    # regional address and chat words ("Tretan", Madurese; "Mo bawa ...", Manado "mau")
                    "tretan", "sanak", "mo", "torang", "katong", "basudara"})
REGION_HEADS = frozenset({"kabupaten", "kota", "provinsi"})
#: Heads of the places below a regency, whose names a post may join to a draft's own name
#: ("Posyandu Lansia Jetis" from "Posyandu Lansia ... di Balai Padukuhan Jetis").
LOCAL_PLACE_HEADS = frozenset({"desa", "kelurahan", "kel", "kecamatan", "kec", "padukuhan", "dusun", "dukuh",
                               "kampung", "nagari", "gampong", "negeri", "lingkungan", "jorong"})
#: Honorifics and the signature mark written between an office and its holder's name ("Kepala Dinas ...,
#: ttd, Dra. Hj. Euis Rahmawati"), which a post leaves out.
TITLES = frozenset({"h", "hj", "dr", "drs", "dra", "drg", "ir", "prof", "kh", "ttd"})


#: The words of a hashtag written in camel case ("#DLHTangsel" -> "dlh", "tangsel").
_TAG_WORD = re.compile(r"[A-Z]+(?=[A-Z][a-z])|[A-Z]?[a-z]+|[A-Z]+|\d+")


def hashtag_names(clean: str) -> tuple[tuple[str, ...], ...]:
    """The names a source's own hashtags spell in camel case ("#DLHTangsel" gives "DLH Tangsel"): a
    post may write them apart. A tag of one word gives nothing new."""
    out = []
    for tag in re.findall(r"(?<![\w#])#(\w{4,})", clean):
        parts = tuple(w.lower() for w in _TAG_WORD.findall(tag))
        if len(parts) >= 2:
            out.append(parts)
    return tuple(out)


def moves_office(tokens: Sequence[str], words: tuple[str, ...], capped: Sequence[bool]) -> bool:
    """`tokens` (an output's name) take an office the source always writes with its own place and give
    it another place the source names elsewhere: "PLN ULP Kolaka" where the source writes only "PLN ULP
    Lasusua" (and "Kolaka Utara"), every word of it the source's. `capped[i]` says the source writes
    word i capitalised right after the word before it (no comma between). The place may be shortened
    ("Jateng", "Setda"), a region word or the place itself may be left out ("Wali Kota Stevanus ..."
    for "Wali Kota Bitung Stevanus ..."), and an office the source also writes without a place after
    it ("Posyandu Lansia bulan ini") is free. The holder's name after the office's own long name ("Ketua DPW
    Markus Lokobal" for "Ketua DPW Ikatan Sarjana Pegunungan Tengah, Markus Lokobal") is no other place."""
    vocabulary = set(words)
    for cut in range(2, len(tokens)):
        head, place = tuple(tokens[:cut]), tokens[cut]
        if place not in vocabulary:
            continue  # not a recombination of the source's words: the other checks decide
        starts = [i for i in range(len(words) - cut) if tuple(words[i : i + cut]) == head]
        own = [i + cut for i in starts if capped[i + cut] and words[i + cut] not in REGION_HEADS | TITLES]
        if not own or len(own) < len(starts):
            continue
        if any(place in words[j : max(j + 3, _run_end(j, capped) + 1)]
               or any(abbreviates(place, words[j : j + k]) for k in (1, 2, 3))
               or any(tuple(words[j : j + len(r)]) == r for r in short_form_readings(place, words))
               for j in own) or _holder_beside(tuple(tokens[cut:]), starts, words):
            continue
        return True
    return False


def _holder_beside(holder: tuple[str, ...], starts: Sequence[int], words: tuple[str, ...]) -> bool:
    """`holder` (two words or more after an office) is the person the source names right before that
    office ("Nurhayati Mokoagow – Kabag Kesra Setda Bolsel" gives "Kabag Kesra Nurhayati Mokoagow"), not a
    place: no regency or city of the gazetteer, and never written after a region's head."""
    size = len(holder)
    if size < 2 or "".join(holder) in gazetteer.squashed_region_names():
        return False
    found = [k for k in range(len(words) - size + 1) if tuple(words[k : k + size]) == holder]
    if any(k and words[k - 1] in REGION_HEADS for k in found):
        return False
    return any(0 <= start - (k + size) <= 1 for k in found for start in starts)


def _run_end(start: int, capped: Sequence[bool]) -> int:
    """Where the capitalised run of words from `start` ends: the office's own name ("Ketua DPW Ikatan
    Sarjana Pegunungan Tengah, Markus Lokobal"), after which its holder may follow."""
    end = start + 1
    while end < len(capped) and capped[end]:
        end += 1
    return end


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
    return tuple(dict.fromkeys(out)) + _zone_of(clean, out)


def _zone_of(clean: str, derived: Sequence[tuple[str, ...]]) -> tuple[tuple[str, ...], ...]:
    """The time zone of the provinces a source lies in ("WITA" for a draft of Gianyar, Bali), when the
    source writes no zone itself and all its provinces share one: a post may say the hour's zone."""
    if re.search(r"\bWI(?:B|TA|T)\b", clean, re.IGNORECASE):
        return ()
    zones = {zone for name in derived if name[0] == "provinsi" and (zone := gazetteer.time_zone(" ".join(name[1:])))}
    return ((zones.pop(),),) if len(zones) == 1 else ()


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


@lru_cache(maxsize=4096)
def region_short_forms(token: str) -> tuple[tuple[str, ...], ...]:
    """The gazetteer's regencies and cities of two or more words that `token` is a short form of, as
    regional media build them from the name's own words ("pasbar": Pasaman Barat, "busel": Buton
    Selatan); lower-case words."""
    if len(token) < 4 or not token.isalpha():
        return ()
    return tuple(name for name in gazetteer.region_provinces() if len(name) >= 2 and abbreviates(token, name))


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
            # not its first letter: three letters or more ("gri" of "negeri") or its end ("ro" of "biro"), never
            # two stray ones ("BRI" is no B-lora + p-R-okomp-I-m)
            return subsequence(token[c:], word) and (token[c] == word[0] or len(token) - c >= 3
                                                     or len(token) - c >= 2 and word.endswith(token[c:]))  # "Karo"
        if any(token.startswith(clip, c) and fits(w + 1, c + len(clip)) for clip in _CLIPPED.get(word, ())):
            return True
        for start in _chunk_starts(word, inner=w > 0):
            k = 1
            while start + k <= len(word) and c + k <= len(token) and token[c + k - 1] == word[start + k - 1]:
                if (start == 0 or k >= 3) and fits(w + 1, c + k):
                    return True
                k += 1
        return False

    return n >= 2 and fits(0, 0)


@lru_cache(maxsize=8192)
def _chunk_starts(word: str, inner: bool = False) -> tuple[int, ...]:
    """Where a short form's piece of `word` may start: its first letter, after a prefix, or, for a word
    after the first (`inner`), at a later syllable (a consonant before a vowel), as "Disdikbud" takes
    "dik" of pen-di-DIK-an; a piece that does not start the word has three letters or more."""
    after_prefix = [len(a) for a in _AFFIXES if word.startswith(a) and len(word) >= len(a) + 3]
    syllables = [i for i in range(1, len(word) - 2)
                 if word[i] not in _VOWELS and word[i + 1] in _VOWELS and word[i - 1] != word[i]] if inner else []
    return tuple(dict.fromkeys([0, *after_prefix, *syllables]))


_VOWELS = frozenset("aeiou")


def shouted(token: str) -> bool:
    """An ordinary word written in capitals for emphasis ("GRATIS", "PENTING"), not an acronym."""
    return (len(token) >= 3 and lexicon.is_acronym(token) and token not in lexicon_data.KNOWN_ACRONYMS
            and token.isalpha() and lexicon.is_ordinary_word(token.lower()))


_ROMAN = {"i": 1, "v": 5, "x": 10}


def roman_value(token: str) -> int | None:
    """The value of a Roman numeral from 1 to 39 in lower case ("ii" 2, "xiv" 14), else None."""
    if not token or any(ch not in _ROMAN for ch in token) or len(token) > 6:
        return None
    values = [_ROMAN[ch] for ch in token]
    total = sum(-v if i + 1 < len(values) and v < values[i + 1] else v for i, v in enumerate(values))
    return total if _roman(total) == token else None


def _roman(value: int) -> str:
    tens, units = divmod(value, 10)
    return "x" * tens + ("", "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix")[units]


def subsequence(part: str, word: str) -> bool:
    it = iter(word)
    return all(ch in it for ch in part)


#: Words no short form is built from the start of: a conjunction or a particle ("BRI" is no Bahwa RangkaIan).
_NO_START = frozenset({"bahwa", "yang", "dan", "di", "ke", "dari", "untuk", "pada", "dengan", "bagi", "oleh", "atau",
                       "ini", "itu", "akan", "telah", "sudah", "juga", "karena", "agar", "supaya", "serta", "yaitu",
                       "yakni", "adalah", "merupakan", "sebagai", "namun", "tetapi", "jika", "bila", "saat"})


@lru_cache(maxsize=4096)
def short_form_readings(token: str, words: tuple[str, ...],
                        names: frozenset[str] | None = None) -> list[tuple[str, ...]]:
    """The phrases of `words` that `token` may stand for (a short form of two to six words).

    With `names` (the words the source writes capitalised), a phrase guessed from letters must be a
    name or a term: a short form in title case shortens a name ("Lotim", "Kesra") or a term ("Bansos"
    from "bantuan sosial"), never a clause with a verb in it ("Diwek" is no DIWakili sEKretaris,
    "Madani" no MemAstikan anak DAlam kondisI)."""
    letters = token.replace("-", "")
    out: list[tuple[str, ...]] = list(_SHORT_FORMS.get(token, ()))
    if not letters.isalpha() or len(letters) < 2 or len(letters) > 16 or _misspells(letters, words):
        return out
    out += _head_readings(letters, words, names)
    for i, word in enumerate(words):
        if len(word) < 2 or word in _NO_START or (all(word[start] != letters[0] for start in _chunk_starts(word))
                             and not any(clip[0] == letters[0] for clip in _CLIPPED.get(word, ()))):
            continue
        for size in range(2, 7):
            phrase = words[i : i + size]
            if len(phrase) < size:
                break
            if abbreviates(letters, phrase) and (names is None or _named(phrase, names)):
                out.append(tuple(phrase))
    return list(dict.fromkeys(out))


def _named(phrase: Sequence[str], names: frozenset[str]) -> bool:
    return all(word in names or word in _SKIPPABLE for word in phrase) or not any(map(_verb, phrase))


def _verb(word: str) -> bool:
    """A "me-" or "di-" verb ("memastikan", "diwakili"), which no name or term is shortened from."""
    return word.startswith(("me", "di")) and lexicon.is_ordinary_word(word) and lexicon.stem(word) != word




def _head_readings(token: str, words: tuple[str, ...],
                   names: frozenset[str] | None) -> list[tuple[str, ...]]:
    """"Ka" + an office is its head: "kabag" is "kepala bagian", "kaban bpka" is "kepala bpka",
    "kapolres" is "kepala polres", "kadiskominfo" is "kepala dinas komunikasi dan informatika"."""
    rest = token[2:]
    if not token.startswith("ka") or len(rest) < 2:
        return []
    out: list[tuple[str, ...]] = [("kepala", rest)] if rest in words else []
    for kind in _OFFICE_KINDS:
        if kind[0] == rest[0] and subsequence(rest, kind):
            out += [("kepala", kind), ("kepala",)]
    out += [("kepala", *phrase) for phrase in short_form_readings(rest, words, names)]
    return list(dict.fromkeys(out))


def _misspells(token: str, words: Sequence[str]) -> bool:
    """`token` is a name of `words` with one letter changed, added or dropped ("hendra" for "hendri"):
    a changed name, never a short form (which would read "hendra" as HENDri sapuTRA). An ordinary word
    one letter away is no evidence: "Muba" (MUsi BAnyuasin) is no misspelt "muda"."""
    if len(token) < 4 or token in words:
        return False
    return any(len(w) >= 4 and w[0] == token[0] and _one_edit(token, w) and not lexicon.is_ordinary_word(w)
               for w in set(words))


def _one_edit(a: str, b: str) -> bool:
    if abs(len(a) - len(b)) > 1 or a == b:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b, strict=True)) == 1
    short, long = (a, b) if len(a) < len(b) else (b, a)
    return any(long[:i] + long[i + 1 :] == short for i in range(len(long)))
