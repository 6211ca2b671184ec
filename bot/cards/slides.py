"""Where everything goes on a slide: the band with the logo and the institution's name, the content
(cover, facts, closing, or one card with all of it), the footer with the account and the page dots.

Each layout places measured text boxes (`bot/cards/layout.py`) and icon boxes one under another in
the content area, and returns None when its content does not fit at the smallest readable sizes,
so that `arrange` can move facts to another slide. Page numbers are drawn as dots, not digits: a
card shows no number the draft does not have.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from bot.cards.layout import Box, Style, TextBox, block_height, fit
from bot.cards.plan import CardContent, Item
from bot.core.reading import Slot
from bot.errors import BadInput

SIZES: dict[str, tuple[int, int]] = {"feed": (1080, 1350), "square": (1080, 1080), "story": (1080, 1920)}
MARGIN = 72
#: At most 10 slides: a cover, up to 8 of facts, a closing slide.
MAX_FACT_SLIDES = 8
#: Facts per slide before more are packed in to stay within MAX_FACT_SLIDES.
PER_SLIDE = {"feed": 3, "square": 2, "story": 4}
#: A draft with at most this many facts gets one card with everything, when it fits.
SINGLE_MAX_ITEMS = 3
ROW_GAP = 48
DOT = 16

NAME = Style("name", 40, 26, bold=True, colour="on_primary")
HANDLE = Style("handle", 34, 26, colour="text")
HOOK = Style("hook", 92, 40, bold=True, colour="heading")
LEAD = Style("lead", 48, 40, colour="text")
LABEL = Style("label", 40, 40, bold=True, colour="heading")
VALUE = Style("value", 56, 40, colour="text")
CTA = Style("cta", 80, 44, bold=True, colour="text")
FOLLOW = Style("follow", 56, 40, bold=True, colour="heading")
TAGS = Style("tags", 44, 40, colour="heading")


@dataclass(frozen=True)
class Frame:
    name: str
    width: int
    height: int
    band_bottom: int
    header: Box
    content: Box
    footer: Box


def frame(size: str) -> Frame:
    """The regions of a canvas; a story keeps its text out of the top and bottom strips the apps
    cover with their own buttons."""
    width, height = SIZES[size]
    safe_top, safe_bottom = (200, 240) if size == "story" else (0, 0)
    band = safe_top + (150 if height > width else 130)
    header = Box(MARGIN, safe_top + 24, width - MARGIN, band - 24)
    footer = Box(MARGIN, height - safe_bottom - 110, width - MARGIN, height - safe_bottom - 48)
    content = Box(MARGIN, band + 56, width - MARGIN, footer.top - 48)
    return Frame(size, width, height, band, header, content, footer)


@dataclass(frozen=True)
class Icon:
    slot: Slot
    box: Box


@dataclass(frozen=True)
class SlideLayout:
    kind: str
    texts: tuple[TextBox, ...] = ()
    icons: tuple[Icon, ...] = ()
    items: tuple[Item, ...] = ()
    logo: Box | None = None
    dots: tuple[Box, ...] = ()
    current: int = -1
    notes: tuple[str, ...] = field(default=())

    def boxes(self) -> list[Box]:
        """Every box drawn on the slide: text, icons, the logo and the page dots."""
        dots = [] if not self.dots else [Box(self.dots[0].left, self.dots[0].top, self.dots[-1].right,
                                             self.dots[-1].bottom)]
        return [t.box for t in self.texts] + [i.box for i in self.icons] + ([self.logo] if self.logo else []) + dots


def _centred(frame: Frame, texts: list[TextBox], icons: list[Icon],
             used_bottom: int) -> tuple[list[TextBox], list[Icon]]:
    """The content moved down to sit in the middle of the content area."""
    dy = max(0, (frame.content.bottom - used_bottom) // 2)
    moved = [Icon(i.slot, Box(i.box.left, i.box.top + dy, i.box.right, i.box.bottom + dy)) for i in icons]
    return [t.moved(dy) for t in texts], moved


def _rows(frame: Frame, items: tuple[Item, ...], top: int, bottom: int, size: int,
          icon: int) -> tuple[list[TextBox], list[Icon], int] | None:
    """The facts one under another, each an icon beside its label and value, values at `size`."""
    texts: list[TextBox] = []
    icons: list[Icon] = []
    x = frame.content.left + icon + 32
    width = frame.content.right - x
    y = top
    for item in items:
        label = fit(LABEL, item.label, x, y, width, bottom - y)
        if label is None:
            return None
        value_top = y + block_height(len(label.lines), label.size, True) + 8
        value = fit(replace(VALUE, max_size=size, min_size=size), item.value, x, value_top, width, bottom - value_top)
        if value is None:
            return None
        row_bottom = max(value.box.bottom, y + icon)
        if row_bottom > bottom:
            return None
        texts += [label, value]
        icons.append(Icon(item.slot, Box(frame.content.left, y, frame.content.left + icon, y + icon)))
        y = row_bottom + ROW_GAP
    return texts, icons, y - ROW_GAP


def facts(frame: Frame, items: tuple[Item, ...]) -> SlideLayout | None:
    """A slide of facts at the largest common value size that fits, or None."""
    for size in range(VALUE.max_size, VALUE.min_size - 1, -4):
        placed = _rows(frame, items, frame.content.top, frame.content.bottom, size, 112)
        if placed is not None:
            texts, icons = _centred(frame, *placed[:2], placed[2])
            return SlideLayout("facts", tuple(texts), tuple(icons), items)
    return None


def _stack(frame: Frame, parts: list[tuple[Style, str]], top: int, gap: int = 40) -> tuple[list[TextBox], int] | None:
    """Texts one under another from `top`, each at its largest size that leaves the rest room at
    their smallest sizes; None when the first does not fit."""
    out: list[TextBox] = []
    y = top
    area = frame.content
    for index, (style, text) in enumerate(parts):
        if not text:
            continue
        rest = sum(block_height(1, s.min_size, s.bold) + gap for s, t in parts[index + 1 :] if t)
        box = fit(style, text, area.left, y, area.width, area.bottom - y - rest) or fit(
            style, text, area.left, y, area.width, area.bottom - y)
        if box is None:
            if not out:
                return None
            continue
        out.append(box)
        y = box.box.bottom + gap
    return out, y - gap


def cover(frame: Frame, content: CardContent) -> SlideLayout | None:
    placed = _stack(frame, [(HOOK, content.hook), (LEAD, content.lead)], frame.content.top + 36)
    if placed is None:
        return None
    texts, bottom = placed
    shown = {t.text for t in texts}
    lost = bool(content.lead) and " ".join(content.lead.split()) not in shown
    notes = ("Kalimat utama tidak muat di sampul.",) if lost else ()
    moved, _ = _centred(frame, texts, [], bottom)
    return SlideLayout("cover", tuple(moved), notes=notes)


def closing(frame: Frame, content: CardContent) -> SlideLayout | None:
    parts = [(CTA, content.cta), (FOLLOW, f"Ikuti {content.handle}" if content.handle else ""),
             (TAGS, " ".join(content.hashtags))]
    placed = _stack(frame, parts, frame.content.top)
    if placed is None:
        return None
    texts, bottom = placed
    moved, _ = _centred(frame, texts, [], bottom)
    return SlideLayout("closing", tuple(moved))


def single(frame: Frame, content: CardContent) -> SlideLayout | None:
    """One card with everything: the hook, the facts and the call to action."""
    area = frame.content
    for hook_size in range(72, HOOK.min_size - 1, -4):
        hook = fit(replace(HOOK, max_size=hook_size, min_size=hook_size), content.hook, area.left, area.top,
                   area.width, area.height)
        if hook is None:
            continue
        cta_height = block_height(1, 44, True)
        for size in range(48, VALUE.min_size - 1, -4):
            rows = _rows(frame, content.items, hook.box.bottom + 44, area.bottom - cta_height - 44, size, 88)
            if rows is None:
                continue
            texts, icons, bottom = rows
            cta = fit(replace(CTA, max_size=48), content.cta, area.left, bottom + 44, area.width,
                      area.bottom - bottom - 44)
            if cta is None:
                continue
            moved, icons = _centred(frame, [hook, *texts, cta], icons, cta.box.bottom)
            return SlideLayout("single", tuple(moved), tuple(icons), content.items)
    return None


def chrome(frame: Frame, slide: SlideLayout, institution: str, handle: str, has_logo: bool,
           index: int, count: int) -> SlideLayout:
    """The band (logo, institution name) and the footer (account, page dots) around a slide."""
    head = frame.header
    logo = Box(head.left, head.top, head.left + head.height, head.bottom) if has_logo else None
    texts = list(slide.texts)
    notes = list(slide.notes)
    if institution:
        x = logo.right + 28 if logo else head.left
        name = fit(NAME, institution, x, head.top, head.right - x, head.height)
        if name is not None:
            texts.insert(0, name.moved((head.height - name.box.height) // 2 - (name.box.top - head.top)))
        else:
            notes.append("Nama instansi terlalu panjang untuk pita kartu.")
    dots: tuple[Box, ...] = ()
    foot = frame.footer
    if count > 1:
        y = foot.top + (foot.height - DOT) // 2
        start = foot.right - count * DOT - (count - 1) * 14
        dots = tuple(Box(start + i * (DOT + 14), y, start + i * (DOT + 14) + DOT, y + DOT) for i in range(count))
    if handle and slide.kind != "closing":
        right = (dots[0].left - 32) if dots else foot.right
        tag = fit(HANDLE, handle, foot.left, foot.top, right - foot.left, foot.height)
        if tag is not None:
            texts.append(tag.moved((foot.height - tag.box.height) // 2 - (tag.box.top - foot.top)))
    return replace(slide, texts=tuple(texts), logo=logo, dots=dots, current=index, notes=tuple(notes))


def arrange(frame: Frame, content: CardContent) -> tuple[list[SlideLayout], list[str]]:
    """The slides (without band and footer) and notes on what did not fit: one card when the facts
    are few and fit, else a cover, slides of facts (as many per slide as fit, within the size's
    usual count, more when needed to stay within ten slides) and a closing slide."""
    notes: list[str] = []
    if len(content.items) <= SINGLE_MAX_ITEMS and (one := single(frame, content)) is not None:
        return [one], notes
    first = cover(frame, content)
    if first is None:  # a hook is a headline or a sentence of words: this is a draft of one endless word
        raise BadInput("Kalimat utama draf tidak bisa ditata di kartu (kata terlalu panjang tanpa spasi).")
    groups: list[SlideLayout] = []
    for cap in range(PER_SLIDE[frame.name], 7):
        groups, left_out = _paginate(frame, content.items, cap)
        if len(groups) <= MAX_FACT_SLIDES:
            break
    for slide in groups[MAX_FACT_SLIDES:]:
        left_out += list(slide.items)
    notes += [f"Fakta '{item.label}' tidak muat di kartu; sampaikan di keterangan unggahan." for item in left_out]
    last = closing(frame, content)
    return [first, *groups[:MAX_FACT_SLIDES], *([last] if last else [])], notes + list(first.notes)


def _paginate(frame: Frame, items: tuple[Item, ...], cap: int) -> tuple[list[SlideLayout], list[Item]]:
    slides: list[SlideLayout] = []
    left_out: list[Item] = []
    i = 0
    while i < len(items):
        for n in range(min(cap, len(items) - i), 0, -1):
            if (slide := facts(frame, items[i : i + n])) is not None:
                slides.append(slide)
                i += n
                break
        else:
            left_out.append(items[i])
            i += 1
    return slides, left_out
