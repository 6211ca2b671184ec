"""The fact lock and the key-fact check of the LLM rewrite, through the real openai client against the
local fake server: a model's normal wording passes without regeneration, a planted invention is
regenerated, a post that leaves out the when gets ONE regeneration naming "Kapan" and then a warning."""

from __future__ import annotations

import pytest

from bot.core.final_checks import W_KEY_FACTS, key_fact_gaps, key_facts_warnings, post_key_slots
from bot.core.models import Post, RewriteResult
from bot.core.reading import DraftKind, Fact, FactSheet, Slot, read_draft
from bot.llm.engine import W_FACTS_KEPT, W_PII_DRAFT, LLMEngine
from bot.settings import Settings
from tests.support.fact_drafts import (
    HOOK,
    MARKET,
    MARKET_POST,
    MARKET_X,
    NO_TIME_POST,
    TAIL,
    WHERE_LINE,
    answer,
    request,
)
from tests.support.fake_openai import FakeOpenAI


def _engine(settings: Settings) -> LLMEngine:
    return LLMEngine.from_settings(settings)


def _checks(result: RewriteResult) -> list[str]:
    """The warnings of the checks (the draft's phone number also brings the redaction notice)."""
    return [w for w in result.warnings if w != W_PII_DRAFT.format(what="1 nomor telepon")]


def _regeneration_turn(fake: FakeOpenAI) -> str:
    return str(fake.chat_requests[1]["messages"][-1]["content"])


def test_normal_wording_passes_without_regeneration(fake_openai: FakeOpenAI, llm_settings: Settings) -> None:
    # "Pemkab Lamongan" for "Bupati Lamongan", "Dinkes Lamongan", "Rp 50 ribu", "jam 8 pagi"
    fake_openai.add_json(answer({"instagram": MARKET_POST, "x": MARKET_X}))
    result = _engine(llm_settings).rewrite(request(platforms=("instagram", "x")))
    assert len(fake_openai.chat_requests) == 1
    assert result.usage and result.usage.calls == 1
    assert _checks(result) == []
    assert result.posts[0].text.startswith(HOOK)


def test_planted_invention_is_regenerated(fake_openai: FakeOpenAI, llm_settings: Settings) -> None:
    fake_openai.add_json(answer({"instagram": MARKET_POST + "\nKuota 300 paket per hari."}))
    fake_openai.add_json(answer({"instagram": MARKET_POST}))
    result = _engine(llm_settings).rewrite(request())
    turn = _regeneration_turn(fake_openai)
    assert "300" in turn and "TIDAK ada" in turn
    assert "belum ada di unggahan: (tidak ada)" in turn  # nothing missing to name
    assert "300" not in result.posts[0].text and _checks(result) == []
    assert result.usage and result.usage.calls == 2


def test_missing_time_gets_one_regeneration_then_a_warning(fake_openai: FakeOpenAI, llm_settings: Settings) -> None:
    fake_openai.add_json(answer({"instagram": NO_TIME_POST}))
    fake_openai.add_json(answer({"instagram": NO_TIME_POST}))
    fake_openai.add_json(answer({"instagram": MARKET_POST}))  # never asked for: one regeneration only
    result = _engine(llm_settings).rewrite(request())
    assert len(fake_openai.chat_requests) == 2
    assert result.usage and result.usage.calls == 2
    turn = _regeneration_turn(fake_openai)
    assert "Kapan: " in turn and "08.00" in turn and "(belum ada di: instagram)" in turn
    assert "Fakta yang TIDAK ada di draf, profil, maupun panduan: (tidak ada)" in turn
    (warning,) = _checks(result)
    assert warning == W_KEY_FACTS.format(gaps="Kapan (Instagram)")


def test_missing_time_restored_by_the_regeneration_leaves_no_warning(
    fake_openai: FakeOpenAI, llm_settings: Settings
) -> None:
    fake_openai.add_json(answer({"instagram": NO_TIME_POST}))
    fake_openai.add_json(answer({"instagram": MARKET_POST}))
    result = _engine(llm_settings).rewrite(request())
    assert "jam 8 pagi" in result.posts[0].text and _checks(result) == []
    assert result.usage and result.usage.calls == 2


def test_invention_and_missing_fact_share_the_one_regeneration(
    fake_openai: FakeOpenAI, llm_settings: Settings
) -> None:
    bad = NO_TIME_POST + "\nKuota 300 paket per hari."
    fake_openai.add_json(answer({"instagram": bad}))
    fake_openai.add_json(answer({"instagram": bad}))
    result = _engine(llm_settings).rewrite(request())
    assert len(fake_openai.chat_requests) == 2
    turn = _regeneration_turn(fake_openai)
    assert "300" in turn and "Kapan: " in turn
    # the invention is the service's verdict; the missing time is this engine's warning
    assert _checks(result) == [W_KEY_FACTS.format(gaps="Kapan (Instagram)")]


def test_a_regeneration_that_adds_the_time_but_invents_is_refused(
    fake_openai: FakeOpenAI, llm_settings: Settings
) -> None:
    fake_openai.add_json(answer({"instagram": NO_TIME_POST}))
    fake_openai.add_json(answer({"instagram": MARKET_POST + "\nHadiah 300 doorprize."}))
    result = _engine(llm_settings).rewrite(request())
    assert "300" not in result.posts[0].text
    assert _checks(result) == [W_KEY_FACTS.format(gaps="Kapan (Instagram)")]


def test_failed_regeneration_still_warns_about_the_missing_fact(
    fake_openai: FakeOpenAI, llm_settings: Settings
) -> None:
    fake_openai.add_json(answer({"instagram": NO_TIME_POST}))
    fake_openai.add_text("bukan json")
    fake_openai.add_text("masih bukan json")
    result = _engine(llm_settings).rewrite(request())
    assert result.posts[0].text.startswith(HOOK)
    assert _checks(result) == [W_KEY_FACTS.format(gaps="Kapan (Instagram)")]  # no invention to report
    assert not any(w.startswith(W_FACTS_KEPT[:20]) for w in result.warnings)
    assert result.usage and result.usage.calls == 3  # answer, regeneration, its one repair


def test_each_platform_is_held_to_its_own_key_facts(fake_openai: FakeOpenAI, llm_settings: Settings) -> None:
    x_without_place = "Pasar murah Pemkab Lamongan, Sabtu 14 Juni 2025 jam 8 pagi. Paket Rp 50 ribu."
    fake_openai.add_json(answer({"instagram": MARKET_POST, "x": x_without_place}))
    fake_openai.add_json(answer({"instagram": MARKET_POST, "x": x_without_place}))
    result = _engine(llm_settings).rewrite(request(platforms=("instagram", "x")))
    assert "Di mana: Alun-alun Lamongan (belum ada di: x)" in _regeneration_turn(fake_openai)
    assert _checks(result) == [W_KEY_FACTS.format(gaps="Di mana (X)")]


def test_calls_stay_bounded_with_shortening(fake_openai: FakeOpenAI, llm_settings: Settings) -> None:
    long_x = "\n".join([HOOK, WHERE_LINE, TAIL, "Ayo belanja hemat bersama keluarga. " * 8])
    for _ in range(3):
        fake_openai.add_json(answer({"x": long_x}))
    result = _engine(llm_settings).rewrite(request(platforms=("x",)))
    # the first answer, one regeneration (the time), one shortening: never more
    assert len(fake_openai.chat_requests) == 3
    assert result.usage and result.usage.calls == 3
    assert W_KEY_FACTS.format(gaps="Kapan (X)") in result.warnings


# --- the shared check in bot/core/final_checks.py -------------------------------------------------


def _post(platform: str, text: str) -> Post:
    return Post(platform=platform, text=text, char_count=len(text), limit=2200)  # type: ignore[arg-type]


def test_x_keeps_the_first_two_key_facts_the_draft_has() -> None:
    sheet = read_draft(MARKET)
    assert post_key_slots("x", sheet) == (Slot.WHEN, Slot.WHERE)
    assert post_key_slots("instagram", sheet)[:3] == (Slot.WHEN, Slot.WHERE, Slot.COST)
    place_only = FactSheet(draft="di Balai Desa", kind=DraftKind.EVENT, facts=(Fact(Slot.WHERE, "Balai Desa", 3, 13),))
    assert post_key_slots("x", place_only) == (Slot.WHERE,)
    assert key_fact_gaps(read_draft(MARKET), [_post("x", MARKET_X)]) == []


def test_gaps_name_each_fact_once_with_its_platforms() -> None:
    sheet = read_draft(MARKET)
    gaps = key_fact_gaps(sheet, [_post("instagram", NO_TIME_POST), _post("facebook", NO_TIME_POST)])
    assert [(g.label, g.platforms) for g in gaps] == [("Kapan", ("instagram", "facebook"))]
    assert key_facts_warnings(gaps) == [W_KEY_FACTS.format(gaps="Kapan (Instagram, Facebook)")]
    assert key_facts_warnings([]) == []


@pytest.mark.parametrize("post", [MARKET_POST, MARKET_POST.replace("jam 8 pagi", "pukul 08.00 WIB")])
def test_a_complete_post_has_no_gaps(post: str) -> None:
    assert key_fact_gaps(read_draft(MARKET), [_post("instagram", post)]) == []
