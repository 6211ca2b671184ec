"""Plain wording of a draft's facts, shared by posts, short-video scripts, quizzes and cards.

A fact copied from a draft keeps the draft's register: "Melakukan pendaftaran melalui tautan X",
"Tidak dipungut biaya", "Lewat aplikasi Mobile JKN! Tanpa antre". Citizens read steps as plain
imperatives ("Daftar lewat tautan X"), a free service as "Gratis", and a fact line as a calm
statement (no exclamation inside it). A clause cut from the middle of a sentence ("sehingga warga
kini dapat ...") must read as a sentence of its own. Only the form changes: every object, link,
number, date and name of the fact stays, and nothing is added.
"""

from __future__ import annotations

import re

from bot.core import lexicon
from bot.core.fact_scan import scan_facts
from bot.core.reading.key_facts import FREE
from bot.core.reading.sheet import Slot


def capital(value: str) -> str:
    """`value` with a capital first letter, unless it opens with a link, an address or a handle."""
    first = value.split(" ", 1)[0]
    return value if re.search(r"[./@:]\w", first) else value[:1].upper() + value[1:]


#: Stiff infinitives that open a how or requirements item, and the plain imperative a post uses.
PLAIN_VERBS: dict[str, str] = {
    "melakukan pendaftaran": "daftar", "melakukan pelaporan": "lapor", "mendaftarkan": "daftarkan",
    "mendaftar": "daftar", "mengambil": "ambil", "menghubungi": "hubungi", "melaporkan": "laporkan",
    "melapor": "lapor", "mendatangi": "datangi", "mengisi": "isi", "mengunduh": "unduh", "membawa": "bawa",
    "memeriksa": "periksa", "mengirim": "kirim", "mengirimkan": "kirimkan", "memantau": "pantau",
    "mengajukan": "ajukan", "menyampaikan": "sampaikan", "menunjukkan": "tunjukkan", "menguras": "kuras",
    "melampirkan": "lampirkan", "menyiapkan": "siapkan", "mengecek": "cek", "mengunjungi": "kunjungi",
    "menunggu": "tunggu", "menelepon": "telepon", "memindai": "pindai", "mengakses": "akses",
}
_PLAIN_ALT = "|".join(sorted(PLAIN_VERBS, key=len, reverse=True))
_PLAIN_HEAD = re.compile(rf"^((?:segera|cukup|wajib|harus|dapat|bisa|lebih dulu)\s+)?({_PLAIN_ALT})\b", re.I)
_VIA = re.compile(r"\bmelalui\b", re.I)
#: An exclamation inside a fact ("Mobile JKN! Tanpa antre") and the word after it.
_EXCLAIM = re.compile(r"\s*!+(?:\s+(\S+))?")


def calm(value: str) -> str:
    """A fact line without exclamation marks: "Lewat aplikasi Mobile JKN! Tanpa antre" ->
    "Lewat aplikasi Mobile JKN, tanpa antre" (the next word lower-cased only when it is an ordinary
    word, never a name)."""
    def repl(m: re.Match[str]) -> str:
        word = m.group(1)
        if word is None:
            return ""
        if re.fullmatch(r"[A-Z][a-z]+\W*", word) and lexicon.is_ordinary_word(word.rstrip(".,;:")):
            word = word.lower()
        return f", {word}"

    return _EXCLAIM.sub(repl, value).strip(" ,")


def plain_steps(value: str) -> str:
    """A how or requirements line in plain words: each "; " item opening with a stiff infinitive
    ("Melakukan pendaftaran melalui tautan X") as an imperative ("Daftar lewat tautan X"), "melalui"
    as "lewat", no exclamation inside. Only the verb's form changes; every object, link and number stays."""
    items: list[str] = []
    for item in calm(value).split("; "):
        m = _PLAIN_HEAD.match(item)
        if m:
            item = (m.group(1) or "") + PLAIN_VERBS[m.group(2).lower()] + item[m.end() :]
        items.append(capital(_VIA.sub("lewat", item)) if not items else _VIA.sub("lewat", item))
    return "; ".join(items)


def plain_cost(value: str, free: re.Pattern[str] = FREE) -> str:
    """A cost line that is only a phrase for free ("Tidak dipungut biaya") says it plainly: "Gratis".
    A longer line ("tanpa biaya pendaftaran") keeps its wording: what is free is part of the fact."""
    m = free.fullmatch(value.strip(" .!").lower())
    return "Gratis" if m else value


def lower_first(text: str) -> str:
    """`text` with its first word in lower case when it is an ordinary word (after a label's colon),
    never a name or an acronym."""
    first = text.split(" ", 1)[0]
    if re.fullmatch(r"[A-Z][a-z]+", first) and lexicon.is_ordinary_word(first):
        return first.lower() + text[len(first) :]
    return text


def plain_fact(slot: Slot, value: str) -> str:
    """A fact's value as citizens read it: capitalised, steps as imperatives, "Gratis", no "!" inside."""
    text = capital(value.strip())
    if slot in (Slot.HOW, Slot.REQUIREMENTS):
        return plain_steps(text)
    if slot == Slot.COST:
        return plain_cost(calm(text))
    return calm(text) if slot not in (Slot.WHAT, Slot.BENEFIT) else text


#: Words that tie a clause to the sentence it was cut from: a lead or a scene cannot open with them.
_LINK_WORDS = re.compile(
    r"^(?:sehingga|maka(?:nya)?|oleh karena itu|oleh sebab itu|karena itu|dengan demikian|dan|serta|namun|"
    r"tetapi|tapi|sedangkan|sementara itu|lalu|kemudian|bahkan|adapun)\s*,?\s+", re.I)
#: A subject-less relative clause ("yang digelar di ...") is no sentence.
_RELATIVE = re.compile(r"^(?:yang|di mana|dimana)\s+", re.I)


def standalone(text: str) -> str:
    """A clause cut from a sentence, as a sentence of its own: without the linking word that tied it
    to what came before ("Sehingga warga kini dapat berobat ..." -> "Warga kini dapat berobat ...");
    "" when it is a bare relative clause ("yang digelar ...") that has no subject."""
    stripped = text.strip()
    previous = None
    while previous != stripped:
        previous = stripped
        stripped = _LINK_WORDS.sub("", stripped, count=1)
    if _RELATIVE.match(stripped):
        return ""
    return lexicon.capitalize_first(stripped) if stripped != text.strip() else text.strip()


#: A plain imperative that opens a how and reads as a label before its channel ("Daftar: <link>",
#: "Hubungi: 112"; not "Ambil: SiDuta").
_ACTION_VERBS = ("daftar", "daftarkan", "lapor", "laporkan", "hubungi", "unduh", "kunjungi", "cek", "akses",
                 "ajukan", "telepon")
_ACTION_HEAD = re.compile(rf"^(?:segera\s+|cukup\s+)?({'|'.join(_ACTION_VERBS)})\b", re.I)
_CHANNEL_WORD = re.compile(r"\b(?:aplikasi|laman|situs|website|tautan|link|whatsapp|hotline|call center)\s+"
                           r"((?:[A-Z][\w.\-]*|[a-z]+\.[\w./\-]+)(?:\s+[A-Z][\w.\-]*){0,2})")
_DOMAIN = re.compile(r"(?:https?://)?(?:www\.)?[\w\-]+(?:\.[\w\-]+)+(?:/[\w\-./?=&%#]*)?")


def channel_of(value: str) -> str:
    """The channel a how names, as written in it: a link, a phone or short number, or a named app or
    line ("aplikasi Mobile JKN" -> "Mobile JKN"); "" when it names none."""
    for loc in scan_facts(value):
        if loc.fact.key.startswith("name:url:"):
            return value[loc.start : loc.end].rstrip(".,;")
    link = _DOMAIN.search(value)
    if link and re.search(r"[a-z]{2,}$", link.group(0).split("/")[0].rstrip(".")):
        return link.group(0).rstrip(".,;")
    for loc in scan_facts(value):
        if re.fullmatch(r"number:(?:0\d{7,}|1\d{2,3})", loc.fact.key):
            return value[loc.start : loc.end]
    m = _CHANNEL_WORD.search(value)
    return m.group(1).rstrip(".,;") if m else ""


def action_and_channel(value: str) -> tuple[str, str]:
    """A plain how's opening imperative and the channel it names ("Daftar lewat tautan X" ->
    ("Daftar", "X")); ("", "") when the how does not open with one or names no channel."""
    plain = plain_steps(capital(value.strip()))
    m = _ACTION_HEAD.match(plain)
    where = channel_of(plain)
    if not m or not where:
        return "", ""
    return capital(m.group(1).lower()), where
