"""The first part of a draft that is longer than the input limit, and a notice of what was left out.

A long document (an attached DOCX, a scanned PDF read with OCR) is not refused: its head is taken,
ended where a reader would stop (a paragraph, else a sentence, a line, a word), and the officer is
told how much was left out and where it starts, so that it can be sent on its own.
"""

from __future__ import annotations

import re

from bot.core import lexicon

#: Characters on a printed A4 page of prose, for a rough page count of what was left out.
PAGE_CHARS = 3000
#: Characters after the limit that the sentence splitter sees, so that "Jl." or "5.000" right at
#: the limit is not taken for the end of a sentence.
_LOOKAHEAD = 200
_SENTENCE_END = re.compile(r"[.!?\u2026][\"'\u201d\u2019)\]]*$")
_OPENING_WORDS = 8


def number(value: int) -> str:
    """`value` with the Indonesian thousands separator (20.000)."""
    return f"{value:,}".replace(",", ".")


def cut_draft(text: str, limit: int) -> str:
    """`text` when it has at most `limit` characters; else its head, ended at the last paragraph
    when that keeps three quarters of the room, else at the last sentence (half the room), else at
    whichever of a paragraph, sentence, line or word ends last in the room beyond its first
    quarter. Only a single word longer than the room is cut inside."""
    if len(text) <= limit:
        return text
    paragraph = text.rfind("\n\n", 0, limit + 1)
    if paragraph >= limit * 3 // 4:
        return text[:paragraph].rstrip()
    sentence = _last_sentence_end(text, max(paragraph, 0), limit)
    line = text.rfind("\n", 0, limit + 1)
    word = text.rfind(" ", 0, limit + 1)
    for end in (sentence if sentence >= limit // 2 else -1, max(paragraph, sentence), line, max(line, word)):
        if end >= limit // 4:
            return text[:end].rstrip()
    end = max(line, word)
    return text[:end].rstrip() if end > 0 else text[:limit]


def left_out_notice(full: str, head: str, limit: int) -> str | None:
    """Indonesian: how much of `full` its `head` left out (characters, roughly pages, paragraphs),
    where that part starts, and what to do; None when nothing was left out."""
    if len(head) >= len(full):
        return None
    rest = full[len(head) :].strip()
    paragraphs = len([block for block in rest.split("\n\n") if block.strip()])
    size = f"{number(len(rest))} karakter"
    if len(rest) >= PAGE_CHARS // 2:
        size += f", sekitar {number(max(1, round(len(rest) / PAGE_CHARS)))} halaman"
    words = rest.split()
    opening = " ".join(words[:_OPENING_WORDS]) + ("\u2026" if len(words) > _OPENING_WORDS else "")
    return (
        f"Dokumen ini {number(len(full))} karakter, lebih dari batas draf ({number(limit)} karakter): "
        f"yang dipakai hanya bagian awalnya ({number(len(head))} karakter). Tidak ikut dibaca: {size}, "
        f"{number(paragraphs)} paragraf, mulai dari \u201c{opening}\u201d. "
        "Kirim bagian lain sebagai pesan terpisah bila perlu diolah juga."
    )


def _last_sentence_end(text: str, start: int, limit: int) -> int:
    """Where the last sentence that ends within `text[start:limit]` ends (before the whitespace
    after it), or -1."""
    window = text[start : limit + _LOOKAHEAD]
    best, cursor = -1, 0
    for sentence in lexicon.split_sentences(window):
        at = window.find(sentence, cursor)
        if at < 0:
            continue
        cursor = end = at + len(sentence)
        if start + end > limit:
            break
        if _SENTENCE_END.search(sentence) and start + end < len(text) and text[start + end].isspace():
            best = start + end
    return best
