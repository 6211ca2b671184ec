"""The service holds every engine's posts to the draft's key facts after its own limits."""

from __future__ import annotations

from pathlib import Path

from bot.core.final_checks import W_KEY_FACTS_PREFIX
from bot.core.models import Post, ReplyRequest, ReplyResult, RewriteRequest, RewriteResult
from bot.core.services import HumasService
from bot.offline.engine import OfflineEngine
from bot.settings import Settings
from tests.test_llm_service import FixedGuidelines

DRAFT = ("Pasar murah digelar di Lapangan Kecamatan Godean pada Sabtu (14/6/2025) pukul 07.30 WIB. "
         "Beras dijual Rp11.000 per kilogram, cukup menunjukkan KTP.")


class OneAnswer:
    """An engine that answers one fixed X post (whatever the draft)."""

    can_suggest_audit = False

    def __init__(self, text: str) -> None:
        self.text = text

    def rewrite(self, request: RewriteRequest) -> RewriteResult:
        post = Post(platform="x", text=self.text, char_count=len(self.text), limit=280)
        return RewriteResult(engine="satu", posts=[post])

    def reply(self, request: ReplyRequest) -> ReplyResult:
        raise NotImplementedError

    def suggest_audit(self, *args: object, **kwargs: object) -> object:
        raise NotImplementedError


def service(engine: object, tmp_path: Path) -> HumasService:
    settings = Settings(data_dir=tmp_path, openai_api_key=None)
    return HumasService(settings, FixedGuidelines([]), engine, OfflineEngine())  # type: ignore[arg-type]


def test_a_post_cut_to_fit_that_loses_the_when_is_flagged(tmp_path: Path) -> None:
    long = "Pasar murah di Lapangan Kecamatan Godean! Beras Rp11.000 per kilogram. " + "Stok cukup untuk warga. " * 9
    result = service(OneAnswer(long + "\nSabtu, 14 Juni 2025 pukul 07.30 WIB"), tmp_path).rewrite(DRAFT, "x")
    assert "14 Juni" not in result.posts[0].text
    assert any(w.startswith(W_KEY_FACTS_PREFIX) and "Kapan" in w for w in result.warnings), result.warnings


def test_a_post_with_its_key_facts_is_not_flagged(tmp_path: Path) -> None:
    text = "Pasar murah Sabtu, 14 Juni 2025 jam 07.30 di Lapangan Kecamatan Godean. Beras Rp11.000 per kilogram."
    result = service(OneAnswer(text), tmp_path).rewrite(DRAFT, "x")
    assert not any(w.startswith(W_KEY_FACTS_PREFIX) for w in result.warnings), result.warnings
