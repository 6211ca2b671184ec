"""Voice notes to text: the real `openai` client against the fake server's /v1/audio/transcriptions,
limits refused before any request, errors in Indonesian, usage and cost logged, spending caps."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from bot.budget_sqlite import SqliteBudgetStore
from bot.core.budget import BudgetGuard
from bot.errors import BadInput, EngineUnavailable, FeatureUnavailable
from bot.llm.transcribe import Transcriber, clean_text, is_audio_type
from bot.settings import Settings
from bot.usage import UsageLog
from tests.support.fake_openai import FAKE_KEY, FakeOpenAI, make_llm_settings
from tests.support.fake_telegram import free_port

VOICE_KEY = "sk-voice-SECRET456"
OGG = b"OggS\x00\x02" + bytes(range(256)) * 8  # what a voice note starts with; the fake reads only its size


@pytest.fixture
def voice_server() -> Iterator[FakeOpenAI]:
    """The transcription server, apart from the chat model's (`fake_openai`)."""
    with FakeOpenAI() as fake:
        yield fake


def voice_settings(chat: FakeOpenAI, voice: FakeOpenAI | None, tmp_path: Path, **values: Any) -> Settings:
    base: dict[str, Any] = {"transcribe_model": "whisper-1", "llm_max_retries": 0, "transcribe_timeout": 5.0}
    if voice is not None:
        base.update(transcribe_base_url=voice.url + "/v1", transcribe_api_key=VOICE_KEY)
    return make_llm_settings(chat, tmp_path, **{**base, **values})


def send(transcriber: Transcriber, data: bytes = OGG, **kwargs: Any) -> Any:
    args: dict[str, Any] = {"filename": "voice.ogg", "mime": "audio/ogg", "seconds": 30, "user_id": "7", **kwargs}
    return transcriber.transcribe(data, **args)


def auth(fake: FakeOpenAI) -> str:
    return {k.lower(): v for k, v in fake.headers[0].items()}["authorization"]


# --- the request ----------------------------------------------------------------------------
def test_transcript_model_language_and_file_go_to_its_own_server(
    fake_openai: FakeOpenAI, voice_server: FakeOpenAI, tmp_path: Path
) -> None:
    voice_server.add_transcript("  Besok   ada vaksinasi\u00a0gratis di Puskesmas.\n\n\n\nBawa KTP.  ")
    transcriber = Transcriber(voice_settings(fake_openai, voice_server, tmp_path, transcribe_language="id"))
    assert transcriber.configured

    transcript = send(transcriber, seconds=30)

    assert transcript.text == "Besok ada vaksinasi gratis di Puskesmas.\n\nBawa KTP."
    assert transcript.seconds == 30
    assert transcript.usage.model == "whisper-1" and transcript.usage.calls == 1
    assert transcript.cost == pytest.approx(0.5 * 0.006)
    [sent] = voice_server.transcriptions
    assert sent["model"] == "whisper-1" and sent["language"] == "id" and sent["response_format"] == "json"
    assert (sent["filename"], sent["content_type"], sent["size"]) == ("voice.ogg", "audio/ogg", len(OGG))
    assert auth(voice_server) == f"Bearer {VOICE_KEY}"
    assert voice_server.paths == ["/v1/audio/transcriptions"]
    assert fake_openai.requests == []  # the chat model's server saw nothing


def test_without_its_own_url_and_key_the_chat_server_transcribes(fake_openai: FakeOpenAI, tmp_path: Path) -> None:
    fake_openai.add_transcript("Halo warga.")
    transcriber = Transcriber(voice_settings(fake_openai, None, tmp_path, transcribe_language="en"))
    assert send(transcriber).text == "Halo warga."
    assert fake_openai.transcriptions[0]["language"] == "en"
    assert auth(fake_openai) == f"Bearer {FAKE_KEY}"
    assert fake_openai.chat_requests == []


def test_no_language_setting_lets_the_server_detect_it(fake_openai: FakeOpenAI, tmp_path: Path) -> None:
    fake_openai.add_transcript("Selamat pagi.")
    send(Transcriber(voice_settings(fake_openai, None, tmp_path, transcribe_language="")))
    assert "language" not in fake_openai.transcriptions[0]


# --- not configured, limits: refused before any request ---------------------------------------
def test_not_configured_says_how_to_enable_it(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    for name in ("OPENAI_API_KEY", "OPENAI_BASE_URL", "HUMASBOT_TRANSCRIBE_MODEL", "HUMASBOT_TRANSCRIBE_BASE_URL",
                 "HUMASBOT_TRANSCRIBE_API_KEY"):
        monkeypatch.delenv(name, raising=False)
    for settings in (Settings(_env_file=None, data_dir=tmp_path),  # type: ignore[call-arg]
                     Settings(_env_file=None, data_dir=tmp_path, transcribe_model="whisper-1")):  # type: ignore[call-arg]
        transcriber = Transcriber(settings)
        assert not transcriber.configured
        with pytest.raises(FeatureUnavailable) as err:
            transcriber.check(seconds=5, size=1000, mime="audio/ogg")
        message = str(err.value)
        for needed in ("HUMASBOT_TRANSCRIBE_MODEL", "whisper-1", "OPENAI_API_KEY", "HUMASBOT_TRANSCRIBE_BASE_URL"):
            assert needed in message
        with pytest.raises(FeatureUnavailable):
            send(transcriber)


@pytest.mark.parametrize(
    ("kwargs", "words"),
    [
        ({"seconds": 601}, ["terlalu panjang", "10 menit"]),
        ({"seconds": 3600}, ["60 menit", "10 menit"]),
        ({"size": 25_000_000}, ["terlalu besar", "25 MB", "20 MB"]),
        ({"mime": "image/png"}, ["bukan audio", "image/png", "ogg"]),
        ({"mime": "application/pdf"}, ["bukan audio", "application/pdf"]),
    ],
)
def test_limits_and_wrong_types_are_refused_before_any_request(
    fake_openai: FakeOpenAI, voice_server: FakeOpenAI, tmp_path: Path, kwargs: dict[str, Any], words: list[str]
) -> None:
    transcriber = Transcriber(voice_settings(fake_openai, voice_server, tmp_path))
    check = {"seconds": 30, "size": 1000, "mime": "audio/ogg", **kwargs}
    with pytest.raises(BadInput) as err:
        transcriber.check(**check)
    for word in words:
        assert word in str(err.value)
    data = b"x" * check.pop("size")
    with pytest.raises(BadInput):
        transcriber.transcribe(data, filename="a.bin", mime=check["mime"], seconds=check["seconds"], user_id="7")
    assert voice_server.transcriptions == [] and fake_openai.requests == []


def test_an_over_big_file_is_refused_by_its_bytes_even_when_the_size_was_not_known(
    fake_openai: FakeOpenAI, voice_server: FakeOpenAI, tmp_path: Path
) -> None:
    transcriber = Transcriber(voice_settings(fake_openai, voice_server, tmp_path, transcribe_max_bytes=1000))
    transcriber.check(seconds=None, size=None, mime=None)  # nothing known yet: nothing to refuse
    with pytest.raises(BadInput, match="terlalu besar"):
        send(transcriber, data=b"x" * 1001, mime=None)
    with pytest.raises(BadInput, match="kosong"):
        send(transcriber, data=b"")
    assert voice_server.transcriptions == []


def test_audio_types() -> None:
    for mime in ("audio/ogg", "audio/mpeg", "audio/x-m4a", "audio/wav; codecs=1", "video/mp4", "application/ogg"):
        assert is_audio_type(mime)
    for mime in ("image/jpeg", "text/plain", "application/octet-stream", ""):
        assert not is_audio_type(mime)
    assert clean_text(" a \t b \r\n\r\n\r\n\r\n c ") == "a b\n\nc"


# --- what goes wrong on the server ---------------------------------------------------------------
@pytest.mark.parametrize(
    ("status", "error", "words"),
    [
        (404, EngineUnavailable, ["HTTP 404", "whisper-1", "HUMASBOT_TRANSCRIBE_MODEL"]),
        (401, EngineUnavailable, ["kunci API ditolak", "HUMASBOT_TRANSCRIBE_API_KEY"]),
        (500, EngineUnavailable, ["HTTP 500"]),
        (429, EngineUnavailable, ["HTTP 429"]),
        (413, BadInput, ["terlalu besar", "HTTP 413"]),
        (400, BadInput, ["menolak berkas audio", "HTTP 400"]),
    ],
)
def test_server_errors_become_clear_indonesian_reasons(
    fake_openai: FakeOpenAI, voice_server: FakeOpenAI, tmp_path: Path, caplog: pytest.LogCaptureFixture,
    status: int, error: type[Exception], words: list[str],
) -> None:
    voice_server.add_transcript_error(status)
    transcriber = Transcriber(voice_settings(fake_openai, voice_server, tmp_path))
    with caplog.at_level(logging.WARNING), pytest.raises(error) as err:
        send(transcriber)
    for word in words:
        assert word in str(err.value)
    assert len(voice_server.transcriptions) == 1
    assert VOICE_KEY not in str(err.value) and VOICE_KEY not in caplog.text


def test_a_slow_server_times_out(fake_openai: FakeOpenAI, voice_server: FakeOpenAI, tmp_path: Path) -> None:
    voice_server.add_transcript("terlambat", delay=3)
    transcriber = Transcriber(voice_settings(fake_openai, voice_server, tmp_path, transcribe_timeout=0.5))
    with pytest.raises(EngineUnavailable, match=r"tidak menjawab dalam 0\.5 detik"):
        send(transcriber)


def test_an_unreachable_server_is_named_masked(fake_openai: FakeOpenAI, tmp_path: Path) -> None:
    port = free_port()  # nobody listens there
    url = f"http://user:pw-SECRET789@127.0.0.1:{port}/v1"
    transcriber = Transcriber(voice_settings(fake_openai, None, tmp_path, transcribe_base_url=url))
    with pytest.raises(EngineUnavailable) as err:
        send(transcriber)
    assert "tidak dapat dihubungi" in str(err.value) and "HUMASBOT_TRANSCRIBE_BASE_URL" in str(err.value)
    assert f"127.0.0.1:{port}" in str(err.value) and "pw-SECRET789" not in str(err.value)


# --- usage, cost and the spending caps -------------------------------------------------------------
def test_usage_row_with_the_cost_of_its_minutes(fake_openai: FakeOpenAI, voice_server: FakeOpenAI,
                                                 tmp_path: Path) -> None:
    settings = voice_settings(fake_openai, voice_server, tmp_path, price_transcribe_per_minute=0.006)
    usage_log = UsageLog(tmp_path / "usage.sqlite3")
    transcriber = Transcriber(settings, usage_log=usage_log)
    voice_server.add_transcript("Satu.")
    voice_server.add_transcript("Dua.", seconds=45.0)  # whisper-1 reports the seconds
    voice_server.add_transcript("Tiga.", tokens=(1000, 20))  # gpt-4o-transcribe reports tokens

    assert send(transcriber, seconds=90).cost == pytest.approx(0.009)
    second = send(transcriber, seconds=None, user_id="8")
    assert (second.seconds, second.cost) == (45.0, pytest.approx(0.0045))
    third = send(transcriber, seconds=None)
    assert third.seconds is None and (third.usage.prompt_tokens, third.usage.completion_tokens) == (1000, 20)
    prices = settings.price_prompt_per_1m, settings.price_completion_per_1m
    assert third.cost == pytest.approx((1000 * prices[0] + 20 * prices[1]) / 1e6)

    [day] = usage_log.totals("day")
    assert day.requests == 3 and day.prompt_tokens == 1000 and day.completion_tokens == 20
    assert day.cost == pytest.approx(0.009 + 0.0045 + third.cost)
    assert {t.key: t.requests for t in usage_log.totals("user")} == {"7": 2, "8": 1}


def test_a_note_without_speech_is_refused_but_its_cost_counted(
    fake_openai: FakeOpenAI, voice_server: FakeOpenAI, tmp_path: Path
) -> None:
    usage_log = UsageLog(tmp_path / "usage.sqlite3")
    voice_server.add_transcript("  \n ")
    with pytest.raises(BadInput, match="Tidak ada ucapan"):
        send(Transcriber(voice_settings(fake_openai, voice_server, tmp_path), usage_log=usage_log), seconds=60)
    assert usage_log.totals("day")[0].cost == pytest.approx(0.006)


@pytest.mark.parametrize(("cap", "words"), [("0.01usd", ["harian", "0,01 USD"]), ("50000", ["50.000 token"])])
def test_over_a_cap_no_request_is_made(fake_openai: FakeOpenAI, voice_server: FakeOpenAI, tmp_path: Path,
                                       cap: str, words: list[str]) -> None:
    # A minute costs USD 0.006; against a token cap it weighs what 0.006 USD buys at the prompt
    # price (0.15 per 1M): 40,000 tokens. The second minute would pass either cap.
    settings = voice_settings(fake_openai, voice_server, tmp_path, budget_user_daily=cap, price_prompt_per_1m=0.15)
    guard = BudgetGuard(settings, SqliteBudgetStore(tmp_path / "budget.sqlite3"))
    transcriber = Transcriber(settings, budget=guard)
    voice_server.add_transcript("Satu.")
    voice_server.add_transcript("Dua.")

    send(transcriber, seconds=60)
    assert guard.report().users["7"].tokens == 40_000 and guard.report().users["7"].nano_usd == 6_000_000
    with pytest.raises(EngineUnavailable) as err:
        send(transcriber, seconds=60)
    for word in words:
        assert word in str(err.value)
    assert len(voice_server.transcriptions) == 1
    send(transcriber, seconds=10, user_id="8")  # another officer still has a day's budget
    assert len(voice_server.transcriptions) == 2


def test_a_failed_call_releases_its_reservation(fake_openai: FakeOpenAI, voice_server: FakeOpenAI,
                                                tmp_path: Path) -> None:
    settings = voice_settings(fake_openai, voice_server, tmp_path, budget_user_daily="1usd")
    guard = BudgetGuard(settings, SqliteBudgetStore(tmp_path / "budget.sqlite3"))
    voice_server.add_transcript_error(500)
    with pytest.raises(EngineUnavailable):
        send(Transcriber(settings, budget=guard), seconds=120)
    spent = guard.report().users.get("7")
    assert spent is None or (spent.tokens, spent.nano_usd) == (0, 0)


# --- humasbot doctor ---------------------------------------------------------------------------------
def test_doctor_says_how_to_enable_it_or_which_server_and_model(
    fake_openai: FakeOpenAI, voice_server: FakeOpenAI, tmp_path: Path
) -> None:
    from bot.doctor import check_transcription

    off = check_transcription(make_llm_settings(fake_openai, tmp_path))
    assert off["ok"] and not off["required"] and "HUMASBOT_TRANSCRIBE_MODEL" in off["detail"]

    served = check_transcription(voice_settings(fake_openai, voice_server, tmp_path,
                                                transcribe_model=voice_server.model))
    assert served["ok"] and "terhubung" in served["detail"] and voice_server.model in served["detail"]
    missing = check_transcription(voice_settings(fake_openai, voice_server, tmp_path))
    assert not missing["ok"] and "whisper-1 TIDAK ada" in missing["detail"] and not missing["required"]
    assert voice_server.transcriptions == []  # the doctor lists models, it transcribes nothing

    port = free_port()
    down = check_transcription(voice_settings(fake_openai, None, tmp_path,
                                              transcribe_base_url=f"http://u:pw-SECRET789@127.0.0.1:{port}/v1"))
    assert not down["ok"] and "tidak dapat dihubungi" in down["detail"] and "pw-SECRET789" not in down["detail"]


# --- humasbot transcribe -------------------------------------------------------------------------------
def cli(*args: str) -> Any:
    from click.testing import CliRunner

    import bot.cli

    return CliRunner().invoke(bot.cli.main, list(args))


def test_cli_transcribes_a_file_and_stats_count_its_cost(
    voice_server: FakeOpenAI, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import json

    for name, value in {"HUMASBOT_TRANSCRIBE_MODEL": "whisper-1", "HUMASBOT_TRANSCRIBE_API_KEY": VOICE_KEY,
                        "HUMASBOT_TRANSCRIBE_BASE_URL": voice_server.url + "/v1", "HUMASBOT_LLM_MAX_RETRIES": "0",
                        "HUMASBOT_EMBEDDINGS": "hash"}.items():
        monkeypatch.setenv(name, value)
    audio = tmp_path / "rekaman.mp3"
    audio.write_bytes(b"ID3" + bytes(500))
    voice_server.add_transcript("Rapat koordinasi  besok pagi.", seconds=120.0)
    voice_server.add_transcript("Kedua.")

    result = cli("transcribe", str(audio), "--json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["text"] == "Rapat koordinasi besok pagi." and data["seconds"] == 120.0
    assert data["cost_usd"] == pytest.approx(0.012) and data["model"] == "whisper-1"
    assert voice_server.transcriptions[0]["filename"] == "rekaman.mp3"
    assert voice_server.transcriptions[0]["content_type"] == "audio/mpeg"

    plain = cli("transcribe", str(audio))
    assert plain.exit_code == 0 and plain.stdout.startswith("Kedua.") and "whisper-1" in plain.stdout

    stats = json.loads(cli("stats", "--json").stdout)
    assert stats["rows"][0]["requests"] == 2 and stats["rows"][0]["cost"] == pytest.approx(0.012)
    assert stats["budget"]["office"]["usd"] == pytest.approx(0.012)


def test_cli_refuses_without_a_server_and_what_is_not_audio(
    voice_server: FakeOpenAI, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name in ("OPENAI_API_KEY", "OPENAI_BASE_URL", "HUMASBOT_TRANSCRIBE_MODEL"):
        monkeypatch.delenv(name, raising=False)
    note = tmp_path / "catatan.txt"
    note.write_text("bukan audio", encoding="utf-8")
    off = cli("transcribe", str(note), "--json")
    assert off.exit_code == 2 and "HUMASBOT_TRANSCRIBE_MODEL" in off.stdout

    monkeypatch.setenv("HUMASBOT_TRANSCRIBE_MODEL", "whisper-1")
    monkeypatch.setenv("HUMASBOT_TRANSCRIBE_BASE_URL", voice_server.url + "/v1")
    monkeypatch.setenv("HUMASBOT_TRANSCRIBE_MAX_BYTES", "100")
    for path, words in ((note, "bukan audio"), (tmp_path / "hilang.ogg", "tidak ditemukan"),
                        (tmp_path / "besar.ogg", "terlalu besar"), (tmp_path / "tanpa", "bukan audio")):
        if path.name in ("besar.ogg", "tanpa"):
            path.write_bytes(bytes(101))
        result = cli("transcribe", str(path))
        assert result.exit_code == 2 and words in result.stderr, result.output
    assert voice_server.transcriptions == []
