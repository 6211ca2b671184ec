"""Counts in the fact check (`bot/core/fact_check.py`): numbers written in words, in a source ("dua
ribu tiga ratus") and in a post ("enam desa"), and the lengths of a source's lists, which a post may
give as a count of what the list names ("4 titik pengungsian")."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from bot.core import lexicon, name_forms, number_words
from bot.core.fact_scan import HASHTAG, Fact, Located, canon, scan_cached
from bot.core.spelled_dates import DATE_WORDS, PAIRED_DAY, has_spelled_dates
from bot.core.spelled_times import TIME_HALF

#: A Roman numeral in capitals after an ordinary word ("semester VII", "Tahap II"); not a code's part
#: ("/XI/2025") nor a heading ("IV. PERSYARATAN"), which no word comes before on its line.
_ROMAN_AFTER_WORD = re.compile(r"(?<=[a-z][ \t])([IVX]{1,6})\b(?![/.\w-])")

#: A line that is an item of a list: numbered ("1.", "2)") or opened by a bullet or an emoji.
_LIST_ITEM = re.compile(r"^[ \t]*(?:\d{1,2}[.)]|[^\w\s\"'(\[])\S*[ \t]+\S")


def list_counts(source: str) -> tuple[tuple[int, frozenset[str]], ...]:
    """The number of items of each run of two or more list lines in `source` (blank lines between
    items do not end a list), and the stems of the line before it."""
    counts: list[tuple[int, frozenset[str]]] = []
    run = 0
    header = ""
    for line in [*lexicon.clean_markup(source).splitlines(), "."]:
        if _LIST_ITEM.match(line):
            run += 1
        elif line.strip():
            if run >= 2:
                counts.append((run, _stems(header)))
            run, header = 0, line
    return tuple(counts)


def _stems(text: str) -> frozenset[str]:
    return frozenset(lexicon.stem(w.lower()) for w in lexicon.NAME_TOKEN.findall(text))


_RANGE_WORDS = re.compile(r"(?:satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh)-"
                          r"(?:dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|sebelas)")


def number_word_facts(words: Sequence[str]) -> tuple[Fact, ...]:
    """Numbers the source writes in words ("dua ribu tiga ratus" 2300, "sembilan puluh delapan koma
    dua persen" 98.2 %), as facts the output may write in digits."""
    out: list[Fact] = []
    # A number word said twice ("dua-dua hari", Kupang and Ambon for "both days") is that number.
    words = [w.split("-")[0] if re.fullmatch(r"([^\W\d_]+)-\1", w) else w for w in words]
    # Two number words joined as a range ("satu-dua hari", "dua-tiga kali") are both numbers ("1–2 hari").
    words = [part for w in words for part in (w.split("-") if _RANGE_WORDS.fullmatch(w) else [w])]
    for i, end in _digit_runs(words):  # a phone number read out digit by digit ("nol delapan dua tiga, ...")
        digits = "".join(str(number_words.DIGITS[w]) for w in words[i:end])
        out.append(Fact("number", " ".join(words[i:end]), f"number:{digits}"))
    for i, end, key in _word_numbers(words):
        out.append(Fact("number", " ".join(words[i:end]), f"number:{key}"))
        if end < len(words) and words[end] == "persen":
            out.append(Fact("percent", " ".join(words[i : end + 1]), f"percent:{key}"))
    return tuple(out)


#: Digit words in a row that make a phone or account number rather than a count.
MIN_DIGIT_RUN = 7


def _digit_runs(words: Sequence[str]) -> Iterator[tuple[int, int]]:
    i = 0
    while i < len(words):
        end = i
        while end < len(words) and words[end].strip(",") in number_words.DIGITS:
            end += 1
        if end - i >= MIN_DIGIT_RUN:
            yield i, end
        i = max(end, i + 1)


def _word_numbers(words: Sequence[str]) -> Iterator[tuple[int, int, str]]:
    """Each number written in words: where it starts and ends among `words`, and its canonical value."""
    i = 0
    while i < len(words):
        value, end = number_words.read_number(words, i)
        if end == i:
            i += 1
            continue
        yield i, end, canon(value)
        i = end


#: Nouns that make the number before them a count of things or of times ("dua ribu kali", "2.000
#: peserta"), which no amount of money is: a post's "Rp 2 ribu" finds no support in them.
COUNT_NOUNS = frozenset({"kali", "orang", "warga", "peserta", "pengunjung", "paket", "unit", "ekor", "dosis", "kk",
                         "kpm", "siswa", "anak", "jiwa", "rumah", "keluarga", "lembar", "porsi", "kupon", "bibit",
                         "batang", "pohon", "titik", "lokasi", "desa", "kelurahan", "kecamatan", "sekolah", "pelajar",
                         "mahasiswa", "pasien", "balita", "lansia", "pelaku", "penerima", "pendaftar", "pelamar",
                         "kendaraan", "motor", "mobil", "perahu", "kapal", "hektare", "hektar", "ha", "km", "meter",
                         "kg", "kilogram", "ton", "liter", "sak", "karung", "butir", "buah", "bidang", "tim"})
_NEXT_WORD = re.compile(r"[ \t]*([^\W\d_]+)")


def counted_only(clean: str, located: Sequence[Located], words: Sequence[str]) -> frozenset[str]:
    """The number keys of a source written only as counts, each time right before a `COUNT_NOUNS` word
    ("dibagikan lebih dari dua ribu kali"): a number that is no amount anywhere supports no money."""
    counted: set[str] = set()
    other: set[str] = set()
    for loc in located:
        if loc.fact.kind == "number":
            after = _NEXT_WORD.match(clean, loc.end)
            (counted if after and after.group(1).lower() in COUNT_NOUNS else other).add(loc.fact.key)
    for _, end, key in _word_numbers(words):
        (counted if end < len(words) and words[end] in COUNT_NOUNS else other).add(f"number:{key}")
    return frozenset(counted - other)


def _title(token: str) -> bool:
    return token[:1].isupper() and token[1:].islower()


def outside_names(text: str, found: Sequence[re.Match[str]]) -> tuple[str, ...]:
    """The lower-case words of `found` (word matches in `text`), a number word that ends a place's name
    ("Kel. Kelapa Lima", "Simpang Empat,") blanked: a name, not a count a post may write in digits. The
    number word is title case after a title-case word that is no number word, nothing but spaces
    between, and no title-case word follows it ("Untuk Lima Desa" in a heading stays a count)."""
    words = [m.group(0).lower() for m in found]
    out = list(words)
    for i in range(1, len(found)):
        token, before = found[i].group(0), found[i - 1].group(0)
        if not (_title(token) and _title(before) and number_words.read_number(words, i)[1] > i
                and number_words.read_number(words, i - 1)[1] == i - 1
                and not text[found[i - 1].end() : found[i].start()].strip(" \t")):
            continue
        after = found[i + 1] if i + 1 < len(found) else None
        if after is None or not (_title(after.group(0)) and not text[found[i].end() : after.start()].strip(" \t")):
            out[i] = "·"
    return tuple(out)


def roman_number_facts(source: str) -> tuple[Fact, ...]:
    """Numbers the source writes as Roman numerals after a word ("semester III sampai VII"), as facts
    the output may write in digits ("semester 3–7")."""
    out: list[Fact] = []
    for m in _ROMAN_AFTER_WORD.finditer(source):
        value = name_forms.roman_value(m.group(1).lower())
        if value is not None:
            out.append(Fact("number", m.group(1), f"number:{value}"))
    return tuple(out)


def output_number_words(output: str) -> tuple[Fact, ...]:
    """Counts the output writes in words ("enam desa", "dua ratus anak"), checked like digits. Not
    "satu"/"se-" (one is an article: "salah satu", "satu pintu") nor an ordinal ("kedua" is also
    "both": "kedua orang tua")."""
    plain = TIME_HALF.sub(" ", HASHTAG.sub(" ", lexicon.clean_markup(output)))  # "setengah delapan" is a time
    for loc in reversed([loc for loc in scan_cached(plain) if loc.fact.kind == "time"]):
        if not any(ch.isdigit() for ch in plain[loc.start : loc.end]):  # "pukul tujuh pagi" is a time, checked as one
            plain = plain[: loc.start] + " " * (loc.end - loc.start) + plain[loc.end :]
    if has_spelled_dates(plain):  # "dua belas April" is a date, checked as one
        plain = DATE_WORDS.sub(" ", PAIRED_DAY.sub(" ", plain))  # the pair's first day first: its partner ends it
    words = outside_names(plain, list(lexicon.NAME_TOKEN.finditer(plain)))
    return tuple(fact for fact in number_word_facts(words)
                 if fact.kind == "number" and not fact.raw.startswith(("ke", "se", "satu"))
                 and float(fact.key.split(":", 1)[1]) >= 2)


#: Nouns that count the entries of a schedule, whatever else its opening line names: "5 titik" for five
#: dated stops under "Jadwal perekaman sebagai berikut:", "4 lokasi", "3 sesi", "2 rute". Only under a
#: line naming a schedule ("jadwal"): "4 titik" alone under "Lokasi pengungsian:" says not what of.
ENTRY_NOUNS = frozenset({"titik", "lokasi", "tempat", "sesi", "rute", "pos"})


def counts_a_list(fact: Fact, output: str, lists: Sequence[tuple[int, frozenset[str]]]) -> bool:
    """`fact` is the number of items of a source's list, written as a count before a noun that the
    list's opening line names ("4 imbauan" under "Imbauan bagi masyarakat:") or, under a schedule's
    line, that names its entries (`ENTRY_NOUNS`), or in a clause that names the list by two words of that
    line ("Empat sekolah kebagian jadwal tahap pertama" under "Jadwal perekaman tahap pertama:"); never a
    number inside a name ("SMPN 4") nor any count that merely equals a list's length ("maks 5 jerigen").
    A count may open a sentence ("Empat lokasi ...")."""
    value = fact.key.split(":", 1)[1]
    if fact.kind != "number" or not value.isdigit():
        return False
    headers = [stems for count, stems in lists if count == int(value)]
    if not headers:
        return False
    raw = re.escape(fact.raw)
    nouns = re.findall(rf"(?<![\w.,])(?i:{raw})\s+([a-z]\w*)(?:\s+([a-z]\w*))?", output)
    if any("jadwal" in stems for stems in headers) and any(first in ENTRY_NOUNS for first, _ in nouns):
        return True
    if any(lexicon.stem(word) in stems for stems in headers for pair in nouns for word in pair if word):
        return True
    clauses = re.findall(rf"(?<![\w.,])(?i:{raw})\s+[a-z][^\n.!?;:]*", output)
    return any(len(_stems(clause) & stems - _LOOSE_STEMS) >= 2 for stems in headers for clause in clauses)


#: Words of a list's opening line too common to tie a count to that list ("pukul 08.00 WIB").
_LOOSE_STEMS = frozenset(lexicon.stem(w) for w in ("pukul", "jam", "wib", "wita", "wit", "dan", "di", "yang", "untuk",
                                                     "berikut", "sebagai", "ini", "itu", "pada", "dengan"))


#: A count that opens a list of the post's own: "Siapkan 4 berkas: surat lahir, KTP, KK, buku nikah."
_OWN_LIST = r"(?<![\w.,]){raw}(?:[ \t]+[^\W\d_][\w-]*){{1,2}}[ \t]*:[ \t]*([^\n.!?;]+)"


def counts_own_list(fact: Fact, output: str) -> bool:
    """`fact` counts the items the output lists right after it ("4 berkas: a, b, c, d"): the number is
    the post's own count of what it writes out, each item checked as itself. A count that differs from
    the items written ("5 berkas: a, b, c, d") is no such count."""
    value = fact.key.split(":", 1)[1]
    if fact.kind != "number" or not value.isdigit():
        return False
    for items in re.findall(_OWN_LIST.format(raw=re.escape(fact.raw)), output):
        pieces = [p for p in items.split(",") if p.strip()]
        sizes = {len(pieces)}
        if re.search(r"\s(?:dan|serta|atau)\s", pieces[-1]):
            sizes.add(len(pieces) + 1)
        if len(pieces) >= 2 and int(value) in sizes:
            return True
    return False
