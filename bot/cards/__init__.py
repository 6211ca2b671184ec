"""Infographic cards from a draft's fact sheet: PNG slides with alt text (issue 12)."""

from bot.cards.cards import CardSet, Slide, make_cards
from bot.cards.logo import load_logo
from bot.cards.palette import Palette, contrast, ensure_contrast

__all__ = ["CardSet", "Palette", "Slide", "contrast", "ensure_contrast", "load_logo", "make_cards"]
