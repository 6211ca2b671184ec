"""Alt text for each slide (Instagram and Facebook have a field for it), from the same facts."""

from __future__ import annotations

from bot.cards.plan import CardContent
from bot.cards.slides import SlideLayout


def _sentence(text: str) -> str:
    text = text.strip()
    return text if not text or text[-1] in ".!?" else text + "."


def alt_text(slide: SlideLayout, content: CardContent, index: int, count: int) -> str:
    """What a screen reader says for the slide: what the card is, then the text it shows."""
    who = f" {content.institution}" if content.institution else ""
    where = f"Infografis{who}" if count == 1 else f"Infografis{who}, halaman {index + 1} dari {count}"
    parts = [f"{where}."]
    shown = {t.role: t.text for t in slide.texts}
    if slide.kind in ("cover", "single"):
        parts += [_sentence(content.hook), _sentence(shown.get("lead", ""))]
    parts += [f"{item.label}: {_sentence(item.value)}" for item in slide.items]
    if slide.kind in ("closing", "single"):
        parts.append(_sentence(content.cta))
        if content.handle:
            parts.append(f"Ikuti {content.handle}.")
        if slide.kind == "closing" and content.hashtags:
            parts.append(" ".join(content.hashtags))
    return " ".join(p for p in parts if p)
