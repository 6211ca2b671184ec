"""From Tesseract's word table to lines in reading order, and from lines to comments.

A comment on every platform is a name line (perhaps with a relative time), the words, and a row
of the app's buttons or counters below them; comments are separated by the button row or by a
gap taller than a line. Coordinates are in the original image's pixels.
"""

from __future__ import annotations

import re
import statistics
from dataclasses import dataclass
from typing import Any

from bot.ocr.ui_lines import ACTIONS, classify, is_symbol, split_name, tokens

#: Words Tesseract is this unsure of, without a letter or digit, are icons (avatars, hearts).
_ICON_CONF = 75
#: A line none of whose words reaches this is texture (a photographed page's edge, a pattern), not text.
_NOISE_CONF = 40
_PUNCTUATION = set(".,!?;:'\"()-…/&")
_CLOCK_OR_PERCENT = re.compile(r"\b\d{1,2}[.:]\d{2}\b|\d%")
_LETTERHEAD = re.compile(
    r"\b(?:PEMERINTAH|DINAS|BADAN|KEMENTERIAN|SEKRETARIAT|SIARAN\s+PERS|Nomor\s*:|Perihal\s*:|Lampiran\s*:"
    r"|Yth\.|KABUPATEN|KOTA|PROVINSI|KELURAHAN|KECAMATAN|PENGUMUMAN|SURAT\s+EDARAN)"
)


@dataclass(frozen=True)
class Word:
    text: str
    left: float
    top: float
    right: float
    bottom: float
    conf: float


@dataclass(frozen=True)
class Line:
    words: tuple[Word, ...]

    @property
    def text(self) -> str:
        return " ".join(w.text for w in self.words)

    @property
    def top(self) -> float:
        return min(w.top for w in self.words)

    @property
    def bottom(self) -> float:
        return max(w.bottom for w in self.words)

    @property
    def left(self) -> float:
        return min(w.left for w in self.words)

    @property
    def height(self) -> float:
        return statistics.median(w.bottom - w.top for w in self.words)


def lines_from(data: dict[str, list[Any]], scale: float, offset: tuple[int, int]) -> list[Line]:
    """Tesseract's lines (block, paragraph, line), icons dropped, sorted top to bottom."""
    grouped: dict[tuple[int, int, int], list[Word]] = {}
    for i, text in enumerate(data["text"]):
        text = str(text).strip()
        conf = float(data["conf"][i])
        if not text or conf < 0 or (is_symbol(text) and (conf < _ICON_CONF or not set(text) <= _PUNCTUATION)):
            continue
        left, top = data["left"][i] / scale + offset[0], data["top"][i] / scale + offset[1]
        word = Word(text, left, top, left + data["width"][i] / scale, top + data["height"][i] / scale, conf)
        grouped.setdefault((data["block_num"][i], data["par_num"][i], data["line_num"][i]), []).append(word)
    lines = [segment for words in grouped.values() for segment in _segments(_without_badges(words))]
    lines = [ln for ln in lines if not _icon(ln) and max(w.conf for w in ln.words) >= _NOISE_CONF]
    tall = text_height(lines) * 1.6
    lines = [ln for ln in lines if not (len(ln.words) == 1 and len(ln.text) <= 2 and ln.height > tall)]
    lines.sort(key=lambda line: ((line.top + line.bottom) / 2, line.left))
    return lines


def _without_badges(words: list[Word]) -> list[Word]:
    """Without a short token at either end that stands much taller than the words (an avatar)."""
    words = sorted(words, key=lambda w: w.left)
    if len(words) < 2:
        return words
    while len(words) > 1 and len(words[0].text) <= 2:
        height = statistics.median(w.bottom - w.top for w in words[1:])
        if words[0].bottom - words[0].top <= height * 1.4:
            break
        words = words[1:]
    return words


def _segments(words: list[Word]) -> list[Line]:
    """A line cut where words are far apart: a like counter or an avatar beside the words is its own line."""
    words = sorted(words, key=lambda w: w.left)
    height = statistics.median(w.bottom - w.top for w in words)
    out: list[list[Word]] = [[words[0]]]
    for prev, word in zip(words, words[1:], strict=False):
        if word.left - prev.right > height * 1.8:
            out.append([])
        out[-1].append(word)
    return [Line(tuple(seg)) for seg in out]


def _icon(line: Line) -> bool:
    """One short, unsure token standing alone: an avatar, a heart or a badge read as a letter."""
    return len(line.words) == 1 and len(line.words[0].text) <= 2 and line.words[0].conf < _ICON_CONF


def text_height(lines: list[Line]) -> float:
    heights = [line.height for line in lines if len(line.words) >= 3]
    return statistics.median(heights) if heights else (statistics.median(ln.height for ln in lines) if lines else 0)


def drop_frame(lines: list[Line], height: int) -> list[Line]:
    """Without the status bar (clock, battery, signal) at the top of a phone screen."""
    band = [ln for ln in lines if ln.bottom < height * 0.06]
    if any(_CLOCK_OR_PERCENT.search(ln.text) for ln in band):
        return [ln for ln in lines if ln not in band]
    return lines


@dataclass
class Comment:
    name: str | None
    words: list[Line]
    complete: bool = False

    @property
    def text(self) -> str:
        return without_trailing_icon(join_lines(self.words))


#: What an emoji at the end of a comment becomes: "v", "x", "&", "OO", "©".
_TRAILING_ICON = re.compile(r"\s+(?:[^\w\s]{1,2}|[A-Za-z]|([A-Z])\1)$")


def without_trailing_icon(text: str) -> str:
    """Without a one-letter or symbol token at the very end: an emoji read as a stray letter."""
    return _TRAILING_ICON.sub("", text)


#: A handle whose underscore was read as a space: lowercase words, the last ending in digits.
_HANDLE_SPACED = re.compile(r"^[a-z][a-z.]*(?: [a-z][a-z.]*)* [a-z][a-z.]*\d+$")


def commenter_name(name: str) -> str:
    """A name as the app shows it: "fajar santoso35" is the handle fajar_santoso35."""
    return name.replace(" ", "_") if _HANDLE_SPACED.match(name) and len(name.split()) <= 3 else name


def join_lines(lines: list[Line]) -> str:
    """One paragraph: lines joined by spaces, a word broken by a hyphen at a line end mended."""
    out = ""
    for line in lines:
        text = line.text
        if out.endswith("-") and text[:1].islower() and not out.endswith(" -"):
            out = out[:-1] + text
        else:
            out = f"{out} {text}" if out else text
    return out


def rows(lines: list[Line]) -> list[list[Line]]:
    """Lines side by side on the screen (a name and its time, a reply row cut at its wide gaps)."""
    out: list[list[Line]] = []
    for line in lines:
        middle = (line.top + line.bottom) / 2
        if out and min(ln.top for ln in out[-1]) <= middle <= max(ln.bottom for ln in out[-1]):
            out[-1].append(line)
        else:
            out.append([line])
    return [sorted(row, key=lambda ln: ln.left) for row in out]


def _stray(line: Line) -> bool:
    """A token of one or two characters alone in its place: an icon read as a letter."""
    return len(line.words) == 1 and len(line.text) <= 2


def row_kind(row: list[Line], width: int) -> tuple[str | None, list[Line]]:
    """What a row is ("action" ends a comment, "ui", "counter", None for words) and its words.

    A row is the app's when every piece of it is (a time, "Suka", "Balas", a count, a stray icon);
    counts beside a person's words are like counters and left out of the words. Beside a button
    ("Balas"), a misread label of a word or two ("Lihat terjemahai") is the app's too."""
    kinds = [classify(ln.text) for ln in row]
    button = any(k == "action" and ACTIONS & set(tokens(ln.text)) for ln, k in zip(row, kinds, strict=True))
    if all(k is not None or _stray(ln) or button and len(ln.words) <= 2 for ln, k in zip(row, kinds, strict=True)):
        if "action" not in kinds:
            return "ui", []
        right = min(ln.left for ln in row) > width * 0.7
        if right and not any(_CLOCK_OR_PERCENT.search(ln.text) for ln in row):
            return "counter", []  # likes beside the words; a time stamp there (WhatsApp) ends the message
        return "action", []
    words = [ln for ln, k in zip(row, kinds, strict=True) if k is None and not (_stray(ln) and len(row) > 1)]
    merged = Line(tuple(w for ln in words for w in ln.words)) if len(words) > 1 else words[0]
    return None, [merged]


def comments(lines: list[Line], width: int) -> list[Comment]:
    """The comments on a screen: a name line, the words, closed by a button row or a wide gap."""
    found: list[Comment] = []
    group: list[Line] = []
    gap_limit = text_height(lines) * 1.1

    def close(complete: bool) -> None:
        if group:
            name, timed = split_name(group[0].text)
            words = join_lines(group)
            if len(group) >= 2 and name and len(name) <= 40 and (len(name.split()) <= 4 or timed):
                found.append(Comment(commenter_name(name), list(group[1:]), complete))
            elif len(words.split()) >= 6 or (complete and len(words.split()) >= 2):  # the words, the name unread
                found.append(Comment(None, list(group), complete))
        group.clear()

    previous_bottom: float | None = None
    for row in rows(lines):
        kind, words = row_kind(row, width)
        if kind == "counter":
            continue
        top = min(ln.top for ln in row)
        if previous_bottom is not None and top - previous_bottom > gap_limit and len(group) >= 2:
            close(False)
        previous_bottom = max(ln.bottom for ln in row)
        if kind == "action":
            close(True)
        elif kind is None:
            group.extend(words)
    close(False)
    return found


def looks_like_document(lines: list[Line]) -> bool:
    """Letterhead words, or long lines of running text with no app buttons and no chat names between them."""
    text = "\n".join(ln.text for ln in lines)
    heads = len(set(m.group(0).split()[0].upper() for m in _LETTERHEAD.finditer(text)))
    long_lines = sum(1 for ln in lines if len(ln.words) >= 7)
    actions = sum(1 for ln in lines if classify(ln.text) == "action")
    return heads >= 2 or (long_lines >= 8 and actions == 0 and _named_blocks(lines) < 2)


def _named_blocks(lines: list[Line]) -> int:
    """Blocks (after a gap of more than a line) opened by a short name line: chat messages, not paragraphs."""
    height = text_height(lines)
    count = 0
    for prev, line, after in zip([None, *lines], lines, [*lines[1:], None], strict=False):
        opens = prev is None or line.top - prev.bottom > height * 1.5
        name, _ = split_name(line.text)
        if (opens and after is not None and 1 <= len(name.split()) <= 4 and not name.isupper()
                and (name[-1:].isalnum() or name.endswith(".")) and ":" not in name and len(after.words) >= 3):
            count += 1
    return count


def paragraphs(lines: list[Line]) -> str:
    """Running text: lines of a paragraph joined, paragraphs split at a gap taller than a line."""
    if not lines:
        return ""
    limit = text_height(lines) * 0.9
    blocks: list[list[Line]] = [[lines[0]]]
    for prev, line in zip(lines, lines[1:], strict=False):
        if line.top - prev.bottom > limit:
            blocks.append([])
        blocks[-1].append(line)
    return "\n\n".join(join_lines(block) for block in blocks)
