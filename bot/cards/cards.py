"""`make_cards`: a press draft to ready-to-post PNG cards, with alt text, pure and synchronous.

The Telegram edge runs it in a thread (it takes tens of milliseconds a slide); the CLI calls it
directly. Every text drawn comes from the draft's fact sheet or the profile (see `plan.py`).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from bot.cards.alt_text import alt_text
from bot.cards.layout import TextBox
from bot.cards.palette import Palette, palette_for
from bot.cards.plan import CardContent, card_content
from bot.cards.render import draw, png_bytes
from bot.cards.slides import SIZES, Frame, SlideLayout, arrange, chrome, frame
from bot.core.inputs import clean_input
from bot.core.models import Profile
from bot.core.reading import read_draft
from bot.errors import BadInput

#: The longest draft read, as `HUMASBOT_MAX_INPUT_CHARS`' default; the edges pass their setting.
MAX_DRAFT_CHARS = 8000


@dataclass(frozen=True)
class Slide:
    png: bytes
    alt_text: str
    layout: SlideLayout

    @property
    def texts(self) -> tuple[TextBox, ...]:
        return self.layout.texts

    @property
    def lines(self) -> list[str]:
        """Every line of text drawn on the slide, top to bottom as placed."""
        return [line for text in self.layout.texts for line in text.lines]


@dataclass(frozen=True)
class CardPlan:
    """The slides laid out and measured, before any pixel is drawn."""

    frame: Frame
    palette: Palette
    content: CardContent
    layouts: list[SlideLayout]
    notes: list[str]


@dataclass(frozen=True)
class CardSet:
    size: str
    width: int
    height: int
    slides: list[Slide]
    palette: Palette
    content: CardContent
    #: What the officer should know (Indonesian): colours corrected, a fact that did not fit.
    notes: list[str] = field(default_factory=list)

    def drawn_text(self) -> str:
        """All text drawn on the cards, one block a line (a block's lines joined as the text they
        wrap: a word broken after its hyphen is one word again)."""
        return "\n".join(text.text for slide in self.slides for text in slide.texts)


def _check_size(size: str) -> Frame:
    if size not in SIZES:
        raise BadInput(f"Ukuran kartu '{size}' tidak dikenal. Pilih: {', '.join(SIZES)}.")
    return frame(size)


def plan_cards(draft: str, profile: Profile | None = None, size: str = "feed", has_logo: bool = False,
               *, max_chars: int = MAX_DRAFT_CHARS) -> CardPlan:
    """The draft's slides laid out at `size`: one card for a short draft, else a carousel of at
    most ten slides, each with its band and footer; notes on colours corrected and facts left off."""
    area = _check_size(size)
    profile = profile or Profile()
    text = clean_input(draft, max_chars=max_chars, what="Draf")
    palette, notes = palette_for(profile)
    content = card_content(read_draft(text), profile)
    layouts, arrange_notes = arrange(area, content)
    placed = [chrome(area, layout, content.institution, content.handle, has_logo, index, len(layouts))
              for index, layout in enumerate(layouts)]
    notes += arrange_notes
    notes += [n for n in dict.fromkeys(n for layout in placed for n in layout.notes) if n not in notes]
    return CardPlan(area, palette, content, placed, notes)


def make_cards(draft: str, profile: Profile | None = None, size: str = "feed", logo: bytes | None = None,
               *, max_chars: int = MAX_DRAFT_CHARS) -> CardSet:
    """The draft's cards as PNG at `size` (feed 1080x1350, square 1080x1080, story 1080x1920), each
    with its alt text. `logo` is what `load_logo` returned."""
    plan = plan_cards(draft, profile, size, logo is not None, max_chars=max_chars)
    count = len(plan.layouts)
    slides = [Slide(png_bytes(draw(plan.frame, layout, plan.palette, logo)),
                    alt_text(layout, plan.content, index, count), layout)
              for index, layout in enumerate(plan.layouts)]
    return CardSet(plan.frame.name, plan.frame.width, plan.frame.height, slides, plan.palette, plan.content,
                   plan.notes)
