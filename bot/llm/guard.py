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
    # role markers and our own delimiters
    r"^\s*(?:system|assistant|sistem)\s*:",
    r"<\|[a-z_]+\|>",
)
_INJECTION = re.compile("|".join(f"(?:{p})" for p in _INJECTIONS), re.IGNORECASE | re.MULTILINE)
_DELIMITER = re.compile(r"<<<|>>>")
_ANNOUNCE = re.compile(
    r"(?:umumkan(?:lah)?|beritahukan|sebarkan|announce)\s+(?:bahwa|kalau|that)\s+(?P<payload>[^.!?\n]{6,200})",
    re.IGNORECASE,
)
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


def neutralise(text: str) -> Neutralised:
    """Strip our delimiters and replace instruction phrases by a marker."""
    payloads = [m.group("payload").strip() for m in _ANNOUNCE.finditer(text)]
    phrases = [m.group(0).strip() for m in _INJECTION.finditer(text)]
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


_NEGATION = frozenset({"tidak", "belum", "bukan", "hoaks", "hoax", "keliru", "salah", "tak", "jangan", "klarifikasi"})


def echoes(output: str, payloads: Iterable[str], threshold: float = 0.7) -> bool:
    """True when `output` repeats most words of an announcement the user tried to inject,
    without denying it (a reply saying the claim is not official is fine)."""
    out_words = set(_words(output))
    if out_words & _NEGATION:
        return False
    for payload in payloads:
        words = [w for w in _words(payload) if len(w) > 2]
        if len(words) >= 2 and sum(w in out_words for w in words) / len(words) >= threshold:
            return True
    return False
