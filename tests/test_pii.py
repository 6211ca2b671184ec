"""Personal data never leaves the machine and is never repeated in suggested replies."""

from __future__ import annotations

import json
import logging

import pytest

from bot.llm.engine import LLMEngine
from bot.llm.redact import find_pii, redact, restore, strip_pii
from bot.settings import Settings
from tests.support.fake_openai import FakeOpenAI, make_llm_settings
from tests.support.llm_answers import GOOD_TEXT, reply_answer, reply_request, rewrite_answer, rewrite_request

NIK = "3201012305900001"
PHONE = "0812-3456-7890"
EMAIL = "budi.santoso@gmail.com"
ADDRESS = "Jl. Melati No. 12 RT 03/RW 05"


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (f"NIK saya {NIK} mohon dicek", "NIK"),
        ("NIK: 3201 0123 0590 0001", "NIK"),
        ("hubungi 081234567890", "TELEPON"),
        (f"WA {PHONE} ya", "TELEPON"),
        ("telp +62 812 3456 7890", "TELEPON"),
        ("nomor 6281234567890", "TELEPON"),
        ("kantor (021) 345 6789", "TELEPON"),
        (f"email {EMAIL}", "EMAIL"),
        (f"rumah di {ADDRESS}, Kel. Sukamaju", "ALAMAT"),
        ("alamat jalan kenanga gg. mawar no 5 rt 2 rw 7", "ALAMAT"),
        ("Jalan Sudirman 12, dekat pasar", "ALAMAT"),
    ],
)
def test_redact_finds_personal_data(text: str, kind: str) -> None:
    red = redact(text)
    assert f"[{kind}]" in red.text and red.counts[kind] == 1
    assert not any(ch.isdigit() for ch in red.text.split(f"[{kind}]")[0][-3:])


@pytest.mark.parametrize(
    "text",
    [
        "Perbaikan Jalan Sudirman mulai 3 Maret 2025 pukul 08.00-12.00 WIB.",
        "Anggaran Rp 1.250.000.000 untuk 16 kecamatan dan 12.500 warga.",
        "Lapor lewat SMS 1708 atau lapor.go.id, paling lambat 01-12-2025.",
        "Jalan ini 2 kali diperbaiki tahun 2024-2025.",
        "Kode pos 40123, RT 03 sudah menerima bantuan.",
    ],
)
def test_redact_leaves_public_facts_alone(text: str) -> None:
    assert redact(text).text == text and not find_pii(text)


def test_numbered_redaction_restores_contacts_but_never_nik() -> None:
    text = f"Hubungi {PHONE} atau {EMAIL}; kantor di {ADDRESS}. Contoh NIK {NIK}. Sekali lagi: {PHONE}."
    red = redact(text, numbered=True)
    assert red.text.count("[TELEPON_1]") == 2 and "[EMAIL_1]" in red.text and "[ALAMAT_1]" in red.text
    assert "[NIK]" in red.text and NIK not in red.text
    back = restore(red.text, red.mapping)
    assert PHONE in back and EMAIL in back and ADDRESS in back and NIK not in back


def test_strip_pii_keeps_allow_listed_public_contacts() -> None:
    text, n = strip_pii(
        f"Hubungi {PHONE} atau pengaduan@sukamaju.go.id, atau [TELEPON_1]", allow=["pengaduan@sukamaju.go.id"]
    )
    assert n == 1 and PHONE not in text and "pengaduan@sukamaju.go.id" in text
    assert "[TELEPON_1]" not in text


def _comment() -> str:
    return f"Pak, KTP saya belum jadi. NIK {NIK}, WA {PHONE}, email {EMAIL}, rumah di {ADDRESS}. Tolong dibantu!"


def test_no_personal_data_in_requests_and_replies(
    fake_openai: FakeOpenAI, llm_settings: Settings, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    # a careless model repeats the citizen's phone number and NIK
    fake_openai.add_json(
        reply_answer([f"Halo! Kami hubungi ke {PHONE} ya.", f"NIK {NIK} sudah kami catat."], kind="personal_data")
    )
    result = LLMEngine.from_settings(llm_settings).reply(reply_request(_comment(), context="", hint="personal_data"))
    sent = json.dumps(fake_openai.requests, ensure_ascii=False)
    for value in (NIK, PHONE, "081234567890", EMAIL, "Melati No. 12"):
        assert value not in sent
    assert "[NIK]" in sent and "[TELEPON]" in sent and "[EMAIL]" in sent and "[ALAMAT]" in sent
    out = json.dumps(result.model_dump(), ensure_ascii=False)
    for value in (NIK, PHONE, EMAIL):
        assert value not in out
    assert any("data pribadi" in w for w in result.warnings)
    for value in (NIK, PHONE, EMAIL):
        assert value not in caplog.text


def test_rewrite_sends_placeholders_and_restores_public_contacts(
    fake_openai: FakeOpenAI, llm_settings: Settings
) -> None:
    hotline = "0811-2222-3333"
    draft = rewrite_request(["instagram"]).draft + f" Informasi: {hotline} atau dukcapil@sukamaju.go.id."
    fake_openai.add_json(rewrite_answer(["instagram"], text=GOOD_TEXT + " Info: [TELEPON_1], [EMAIL_1]."))
    request = rewrite_request(["instagram"], draft=draft)
    result = LLMEngine.from_settings(llm_settings).rewrite(request)
    sent = json.dumps(fake_openai.requests, ensure_ascii=False)
    assert hotline not in sent and "dukcapil@sukamaju.go.id" not in sent and "[TELEPON_1]" in sent
    assert f"Info: {hotline}, dukcapil@sukamaju.go.id." in result.posts[0].text
    from bot.core.final_checks import rewrite_fact_check

    assert rewrite_fact_check(request, result.posts, request.guidelines).ok  # restored contacts are the draft's


def test_redaction_can_be_switched_off(fake_openai: FakeOpenAI, tmp_path) -> None:
    settings = make_llm_settings(fake_openai, tmp_path, pii_redaction=False)
    fake_openai.add_json(reply_answer())
    LLMEngine.from_settings(settings).reply(reply_request(f"WA saya {PHONE}"))
    assert PHONE in json.dumps(fake_openai.requests)
