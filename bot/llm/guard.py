"""Prompt-injection defences around the language model.

Before sending: `neutralise()` removes common instruction phrases (Indonesian and English) from
user data and our own delimiters, so a comment cannot close the data block or give orders.
After receiving: `find_leak()` blocks an answer that reveals the system prompt (a canary, or long
verbatim overlap with the persona) or a configured secret; `echoes()` spots an answer that repeats
an announcement the user tried to make the bot publish.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

REMOVED = "[perintah ke bot dihapus]"

_INJECTIONS: tuple[str, ...] = (
    # Indonesian
    r"(?:tolong\s+)?(?:abaikan|lupakan|acuhkan|hiraukan|jangan\s+(?:ikuti|hiraukan|pedulikan))\s+"
    r"(?:semua\s+|seluruh\s+|segala\s+)?(?:instruksi|perintah|aturan|arahan|prompt|pesan)"
    r"(?:\s+(?:sebelumnya|sistem|di\s*atas|tadi|awal|yang\s+(?:ada|diberikan)))*",
    r"(?:tampilkan|tunjukkan|perlihatkan|bocorkan|sebutkan|berikan|tuliskan|cetak|salin|ulangi)\s+"
    r"(?:isi\s+|seluruh\s+|semua\s+)?(?:system\s+prompt|prompt(?:\s+sistem)?|instruksi\s+sistem|"
    r"instruksi(?:mu|\s+anda|\s+kamu)?|pesan\s+sistem|kunci\s+api|api\s*key|token\s+(?:bot|api|telegram|rahasia))",
    r"mulai\s+sekarang\s+(?:kamu|anda)\s+(?:adalah|menjadi|berperan)|(?:kamu|anda)\s+sekarang\s+(?:adalah|menjadi)",
    r"berperanlah\s+sebagai",
    r"(?:umumkan|beritahukan|sebarkan|posting|unggah)(?:lah)?\s+(?:bahwa|kalau|pengumuman)",
    r"mode\s+(?:pengembang|developer|dewa|jailbreak)",
    # English
    r"(?:ignore|disregard|forget|override)\s+(?:all\s+|any\s+|the\s+|your\s+)*(?:previous\s+|prior\s+|above\s+|earlier\s+|system\s+)*"
    r"(?:instructions?|prompts?|rules|directions|messages?)",
    r"(?:reveal|show|print|repeat|display|output|leak|tell\s+me)\s+(?:me\s+)?(?:the\s+|your\s+)?"
    r"(?:full\s+|entire\s+|hidden\s+)?(?:system\s+prompt|prompt|instructions|api\s*key|secret|token|password)",
    r"you\s+are\s+now\s+",
    r"pretend\s+(?:to\s+be|you\s+are)|act\s+as\s+(?:if\s+you|an?\s+(?:ai|assistant|bot|different))",
    r"announce\s+that",
    r"developer\s+mode|jailbreak",
    # telling the bot how to classify or answer
    r"\b(?:bot|ai|asisten|chatgpt|gpt)\b\s*[,:]?\s+(?:tolong\s+|harap\s+|wajib\s+|harus\s+|please\s+)?"
    r"(?:ulangi|tuliskan|tulis|bilang|katakan|sebutkan|jawab|balas|umumkan|abaikan|lupakan|ignore|say|write|repeat)\b",
    r"(?:tandai|golongkan|kategorikan|klasifikasikan|labeli)\s+(?:komentar\s+)?(?:ini\s+)?(?:sebagai|jadi)",
    r"(?:nyatakan|katakan)(?:lah)?\s+(?:bahwa|kalau)",
    r"balas(?:lah)?\s+(?:hanya\s+|cuma\s+|saja\s+)?dengan\s*:",
    r"(?:tell|inform)\s+(?:everyone|everybody|the\s+public|all\s+citizens)\s+that",
    # role markers, fake role tags, our output schema, and our own delimiters
    r"^\s*(?:system|assistant|sistem)\s*:",
    r"<\|[a-z_]+\|>",
    r"</?\s*(?:system|sistem|assistant|user|instructions?|prompt)\s*>",
    r"\"(?:kind|escalate|suggestions|recommendation|posts|guideline_ids)\"\s*:",
)
_INJECTION = re.compile("|".join(f"(?:{p})" for p in _INJECTIONS), re.IGNORECASE | re.MULTILINE)
_DELIMITER = re.compile(r"<<<|>>>")
_PAYLOAD = (
    r"(?:\s+(?:pengumuman|kabar|info(?:rmasi)?|berita|announcement|news))?"
    r"(?:\s+(?:bahwa|kalau|that)\s+|\s*:\s*)(?P<payload>[^.!?\n]{6,200})"
)
#: "umumkan bahwa X": always an attempt to make the bot announce X.
_ANNOUNCE = re.compile(
    r"(?:umumkan(?:lah)?|beritahukan|sebar(?:luas)?kan|posting(?:kan)?|unggah(?:lah)?|announce|declare"
    r"|(?:tell|inform)\s+(?:everyone|everybody|the\s+public|all\s+citizens))" + _PAYLOAD,
    re.IGNORECASE,
)
#: "katakan bahwa X", "balas dengan: X": only in a comment that gives the bot orders (a citizen may
#: well ask "bisa konfirmasi bahwa posyandu buka besok?").
_TOLD = re.compile(
    r"(?:nyatakan|katakan|bilang(?:kan|lah)?|konfirmasi(?:kan)?|tulis(?:kan|lah)?"
    r"|balas(?:lah)?\s+(?:hanya\s+|cuma\s+|saja\s+)?dengan"
    r"|confirm(?:\s+publicly)?|state|say|post|write|reply\s+(?:only\s+)?with)" + _PAYLOAD,
    re.IGNORECASE,
)
#: Quoted text in a comment that gives orders ("balas dengan 'X'"): what the bot was told to say.
_QUOTED = re.compile(r"[\"'\u201c\u2018]([^\"'\u201c\u201d\u2018\u2019\n]{12,300})[\"'\u201d\u2019]")
#: String values of a JSON object mimicking our output schema.
_JSON_STRING = re.compile(r'"((?:[^"\\\n]|\\.){12,300})"')
_CLAUSE = re.compile(r"[.!?:;,]+\s*|\s+(?:dan|serta|lalu|kemudian|tetapi|and|then|but)\s+", re.IGNORECASE)
_SCHEMA_KEY = re.compile(r'"(?:kind|escalate|suggestions|recommendation|posts|text)"\s*:')
_WORD = re.compile(r"\w+", re.UNICODE)


@dataclass
class Neutralised:
    text: str
    phrases: list[str] = field(default_factory=list)
    #: What the user tried to make the bot announce ("sekolah libur besok").
    payloads: list[str] = field(default_factory=list)

    @property
    def found(self) -> bool:
        return bool(self.phrases)


def _payloads(text: str, ordered: bool) -> list[str]:
    """What the text tells the bot to announce: "umumkan bahwa X", "balas dengan: 'X'"; when it
    gives orders (`ordered`), also its quoted sentences and the strings of a mimicked JSON answer."""
    found = [m.group("payload") for m in _ANNOUNCE.finditer(text)]
    if ordered:
        found += [m.group("payload") for m in _TOLD.finditer(text)]
        found += [m.group(1) for m in _QUOTED.finditer(text)]
    if _SCHEMA_KEY.search(text):
        found += [m.group(1) for m in _JSON_STRING.finditer(text)]
    payloads: list[str] = []
    for item in found:
        item = item.strip(" \t\"'\u201c\u201d\u2018\u2019")
        # "PENGUMUMAN RESMI: sekolah libur besok." -> also each clause with three words or more
        parts = [p.strip(" \t\"'") for p in _CLAUSE.split(item)]
        for candidate in [item, *(p for p in parts if len([w for w in _words(p) if len(w) > 2]) >= 3)]:
            if candidate and candidate not in payloads:
                payloads.append(candidate)
    return payloads


def neutralise(text: str) -> Neutralised:
    """Strip our delimiters and replace instruction phrases by a marker."""
    phrases = [m.group(0).strip() for m in _INJECTION.finditer(text)]
    payloads = _payloads(text, ordered=bool(phrases))
    cleaned = _INJECTION.sub(REMOVED, text)
    had_delimiters = bool(_DELIMITER.search(cleaned))
    cleaned = _DELIMITER.sub("", cleaned)
    if had_delimiters:
        phrases.append("<<< >>>")
    return Neutralised(cleaned, phrases, payloads)


def _words(text: str) -> list[str]:
    return [w.lower() for w in _WORD.findall(text)]


def _shingles(words: list[str], n: int) -> set[tuple[str, ...]]:
    return {tuple(words[i : i + n]) for i in range(len(words) - n + 1)}


class LeakGuard:
    """Checks model output for the system prompt or secrets. Built once per engine."""

    def __init__(self, protected_texts: Iterable[str], secrets: Iterable[str], canary: str, n: int = 8) -> None:
        self.n = n
        self.canary = canary
        self.secrets = [s for s in secrets if s and len(s) >= 6]
        self._shingles: set[tuple[str, ...]] = set()
        for text in protected_texts:
            self._shingles |= _shingles(_words(text), n)

    def find_leak(self, output: str) -> str | None:
        """A short Indonesian reason when `output` leaks something, else None."""
        if self.canary and self.canary.lower() in output.lower():
            return "keluaran model memuat instruksi sistem"
        for secret in self.secrets:
            if secret in output:
                return "keluaran model memuat kunci rahasia"
        hits = len(_shingles(_words(output), self.n) & self._shingles)
        if hits >= 2:
            return "keluaran model memuat instruksi sistem"
        return None


#: Phrases that deny or question a claim. A lone "tidak" is not one: "PENGUMUMAN: sekolah libur
#: besok, tidak perlu datang" still announces the claim.
_DENIAL = re.compile(
    r"\b(?:hoaks|hoax|keliru|disinformasi|misinformasi|klarifikasi|(?:tidak|belum|bukan)\s+(?:benar|tepat|resmi|valid)"
    r"|(?:tidak|belum|bukan)\s+(?:ada\s+)?(?:informasi|info|pengumuman|keputusan|kabar)(?:\s+resmi)?"
    r"|(?:belum|tidak)\s+(?:dapat|bisa)\s+(?:kami\s+)?(?:pastikan|dipastikan|konfirmasi|dikonfirmasi)"
    r"|belum\s+(?:terverifikasi|dikonfirmasi|dipastikan)|tidak\s+terverifikasi|bukan\s+dari\s+(?:kami|akun\s+resmi)"
    r"|not\s+(?:true|official|confirmed|verified)|no\s+official|false|fake|misinformation|unverified)\b",
    re.IGNORECASE,
)


def echoes(output: str, payloads: Iterable[str], threshold: float = 0.7) -> bool:
    """True when `output` repeats most words of an announcement the user tried to inject,
    without denying it (a reply saying the claim is not official is fine)."""
    out_words = set(_words(output))
    if _DENIAL.search(output):
        return False
    for payload in payloads:
        words = [w for w in _words(payload) if len(w) > 2]
        if len(words) >= 2 and sum(w in out_words for w in words) / len(words) >= threshold:
            return True
    return False
