"""Links and model notes through the real service, the LLM engine and the fake OpenAI server (issue 10).

Finding 10: the fact lock catches every link a reader can follow, not only `https://` ones.
Finding 13: what the model writes beside the posts and replies (a reply's reason and recommendation,
audit suggestions, a post's call to action and visual idea) is capped and loses the links and
@accounts that no source gives, whatever its length: a page-long recommendation stays one message.
"""

from __future__ import annotations

import json

import pytest

from bot.app import build_service
from bot.cli_render import render_audit, render_reply
from bot.core.compose import AUDIT_SUGGESTION_CHARS, REASON_CHARS, RECOMMENDATION_CHARS, VISUAL_CHARS
from bot.core.fact_check import ACCOUNT_REMOVED, LINK_REMOVED
from bot.core.final_checks import W_FACTS_REWRITE, W_LINKS
from bot.core.services import HumasService
from bot.retrieval.embeddings import HashEmbeddings
from bot.settings import Settings
from bot.telegram_app import render
from tests.support.fake_openai import FakeOpenAI
from tests.support.llm_answers import DRAFT, GOOD_TEXT, PROFILE, reply_answer, rewrite_answer

FOREIGN = ["t.me/promo_palsu", "linktr.ee/hadiah", "daftar.xyz/form", "tg://resolve?domain=humas_palsu",
           "whatsapp://send?phone=6281299998888", "intent://x/#Intent;scheme=http;end", "www.undian-berhadiah.com",
           "BIT.LY/KTPGRATIS", "@admin_bantuan"]
COMMENT = "Min, link pendaftarannya apa? Saya lihat di t.me/infosukamaju katanya ada."


def service(settings: Settings) -> HumasService:
    return build_service(settings, embedder=HashEmbeddings())


def clickable(text: str) -> list[str]:
    """The foreign links still in `text`, in any case."""
    low = text.lower()
    return [link for link in FOREIGN if link.lower() in low]


# --- finding 10: the fact lock ------------------------------------------------------------------


@pytest.mark.parametrize("link", FOREIGN)
def test_fact_lock_catches_a_link_in_any_form(fake_openai: FakeOpenAI, llm_settings: Settings, link: str) -> None:
    invented = f"{GOOD_TEXT} Daftar lewat {link} ya."
    for _ in range(2):  # the answer and the one regeneration the fact lock asks for
        fake_openai.add_json(rewrite_answer(["instagram"], text=invented))
    result = service(llm_settings).rewrite(DRAFT, platforms="instagram", profile=PROFILE)
    assert len(fake_openai.chat_requests) == 2, "the engine's fact lock did not ask again"
    regenerate = fake_openai.chat_requests[1]["messages"][-1]["content"]
    assert link.lower().lstrip("@")[:12] in regenerate.lower()  # named (personal data in it redacted)
    check = result.fact_check
    assert check is not None and not check.ok
    assert any(link.lower() in item.lower() for item in check.invented), check.invented
    assert any(w.startswith(W_FACTS_REWRITE) for w in result.warnings)


def test_fact_lock_passes_a_link_the_draft_gives(fake_openai: FakeOpenAI, llm_settings: Settings) -> None:
    draft = DRAFT + " Info lanjut di t.me/dukcapilsukamaju dan tg://resolve?domain=dukcapilsukamaju."
    text = f"{GOOD_TEXT} Info: T.me/dukcapilsukamaju atau tg://resolve?domain=dukcapilsukamaju"
    fake_openai.add_json(rewrite_answer(["instagram"], text=text))
    result = service(llm_settings).rewrite(draft, platforms="instagram", profile=PROFILE)
    assert len(fake_openai.chat_requests) == 1
    assert result.fact_check is not None and result.fact_check.ok, result.fact_check


# --- finding 13: model notes --------------------------------------------------------------------


def test_page_long_recommendation_is_capped_and_stays_one_message(
    fake_openai: FakeOpenAI, llm_settings: Settings
) -> None:
    links = " ".join(FOREIGN)
    answer = reply_answer() | {
        "reason": f"Warga bertanya soal pendaftaran; arahkan ke {links} dan akun {PROFILE.handle}. " * 40,
        "recommendation": f"Balas cepat lalu sematkan {links} di unggahan, sebut {PROFILE.handle} dan "
                          f"t.me/infosukamaju. " + "Pantau terus kolom komentar sampai ramai. " * 4200,
    }
    assert len(answer["recommendation"]) > 170_000
    fake_openai.add_json(answer)
    result = service(llm_settings).reply(COMMENT, profile=PROFILE)

    assert result.engine == fake_openai.model
    assert result.recommendation is not None and len(result.recommendation) <= RECOMMENDATION_CHARS
    assert len(result.reason) <= REASON_CHARS and result.recommendation.endswith("…")
    for note in (result.reason, result.recommendation):
        assert clickable(note) == [], note
    assert LINK_REMOVED in result.recommendation and ACCOUNT_REMOVED in result.recommendation
    # what a source gives stays: the profile's account, the link the citizen wrote
    assert PROFILE.handle in result.recommendation and "t.me/infosukamaju" in result.recommendation
    assert result.warnings.count(W_LINKS) == 1

    messages = render.reply_messages(result)
    assert len(messages) <= 1 + len(result.suggestions), len(messages)
    assert clickable("\n".join(messages)) == []
    assert clickable(render_reply(result)) == []
    assert clickable(json.dumps(result.model_dump(), ensure_ascii=False)) == []


def test_note_hiding_links_in_markup_and_invisible_characters(fake_openai: FakeOpenAI, llm_settings: Settings) -> None:
    answer = reply_answer() | {
        "reason": 'Arahkan ke <a href="https://evil.example.com/x">laman resmi</a>.',
        "recommendation": "Sematkan t.\u200bme/promo_palsu dan [formulir](daftar.xyz/form).",
    }
    fake_openai.add_json(answer)
    result = service(llm_settings).reply(COMMENT, profile=PROFILE)
    assert "evil.example.com" not in result.reason
    assert result.recommendation is not None
    assert clickable(result.recommendation.replace("\u200b", "")) == []
    assert "\u200b" not in result.recommendation


def test_audit_suggestions_are_capped_and_lose_foreign_links(fake_openai: FakeOpenAI, llm_settings: Settings) -> None:
    caption = "Bertempat di Aula, Kepala Dinas menghadiri rapat koordinasi. Info: lapor.go.id"
    fake_openai.add_json({"suggestions": [
        "Tambahkan tautan bit.ly/ktpgratis dan tag @admin_bantuan.",
        "Arahkan warga ke lapor.go.id untuk aduan.",
        "Buka dengan manfaat bagi warga. " * 2000,
    ]})
    result = service(llm_settings).audit(caption)
    assert result.engine == fake_openai.model and len(result.suggestions) == 3
    first, second, third = result.suggestions
    assert "bit.ly" not in first.lower() and "@admin_bantuan" not in first
    assert LINK_REMOVED in first and ACCOUNT_REMOVED in first
    assert "lapor.go.id" in second  # the caption gives it
    assert len(third) <= AUDIT_SUGGESTION_CHARS and third.endswith("…")
    assert result.warnings == [W_LINKS]
    messages = render.audit_messages(result)
    assert len(messages) == 1 and W_LINKS in messages[0] and "bit.ly" not in messages[0].lower()
    assert W_LINKS in render_audit(result)


def test_post_visual_and_call_to_action_lose_foreign_links(fake_openai: FakeOpenAI, llm_settings: Settings) -> None:
    answer = rewrite_answer(["instagram"])
    answer["posts"][0] |= {
        "visual": "Infografis; unduh templat di linktr.ee/hadiah. " + "Warna cerah dan huruf besar. " * 300,
        "call_to_action": "Daftar di daftar.xyz/form atau DM @admin_bantuan.",
    }
    fake_openai.add_json(answer)
    result = service(llm_settings).rewrite(DRAFT, platforms="instagram", profile=PROFILE)
    (post,) = result.posts
    assert result.engine == fake_openai.model
    assert len(post.visual) <= VISUAL_CHARS and clickable(post.visual) == []
    assert clickable(post.call_to_action) == [] and LINK_REMOVED in post.call_to_action
    assert result.warnings.count(W_LINKS) == 1
    assert clickable("\n".join(render.rewrite_messages(result))) == []
