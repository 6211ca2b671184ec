"""Input from the phone as it is, through the real bot and the fake Bot API (issue 14): a screenshot
of a comment (light and dark mode) is read and answered, a voice note is transcribed by a fake
transcription server (or explained when none is configured), a DOCX is a draft, a scanned PDF is
offered to OCR, and oversize or wrong files get a clear message without a download."""

from __future__ import annotations

import io
import random
import re
import shutil
from typing import Any

import pytest

from benchmarks import ocr_images
from benchmarks.ocr_images import Sample
from tests.support.fake_telegram import (
    GROUP,
    USER,
    BotHarness,
    callback_query,
    document_message,
    make_service,
    make_settings,
    message,
)

#: Seconds to wait for an answer: OCR of a phone screenshot takes ~0.5 s on a quiet machine, far more
#: while the machine is loaded; these tests prove behaviour, not speed (benchmarks/ocr.py times it).
WAIT = 30.0
needs_tesseract = pytest.mark.skipif(shutil.which("tesseract") is None, reason="Tesseract is not installed")

COMMENT = "Min jalan di depan pasar Sukamaju rusak parah, kapan diperbaiki? Sudah tiga bulan begini"
DRAFT = (
    "Pemerintah Kota Contoh membuka pendaftaran vaksinasi gratis bagi lansia mulai 3 Maret 2026 "
    "di Puskesmas Melati, pukul 08.00 sampai 12.00 WIB. Warga cukup membawa KTP."
)


def photo_update(chat_id: int, user_id: int, file_id: str, size: int, *, width: int, height: int,
                 caption: str | None = None) -> dict[str, Any]:
    small = {"file_id": f"{file_id}-s", "file_unique_id": f"{file_id}s", "width": width // 8,
             "height": height // 8, "file_size": max(1, size // 40)}
    big = {"file_id": file_id, "file_unique_id": f"{file_id}b", "width": width, "height": height, "file_size": size}
    extra: dict[str, Any] = {"photo": [small, big]}
    if caption is not None:
        extra["caption"] = caption
    return {"message": message(chat_id, user_id, None, **extra)}


def voice_update(chat_id: int, user_id: int, file_id: str, size: int, duration: int) -> dict[str, Any]:
    voice = {"file_id": file_id, "file_unique_id": f"u{file_id}", "duration": duration,
             "mime_type": "audio/ogg", "file_size": size}
    return {"message": message(chat_id, user_id, None, voice=voice)}


def buttons(fake: Any, chat: int) -> dict[str, str]:
    for sent in reversed(fake.chat_view(chat)):
        if sent.reply_markup:
            return {b["text"]: b["callback_data"] for row in sent.reply_markup["inline_keyboard"] for b in row}
    return {}


def docx_bytes(paragraphs: list[str]) -> bytes:
    import docx

    document = docx.Document()
    for paragraph in paragraphs:
        document.add_paragraph(paragraph)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def screenshot(seed: int, *, dark: bool) -> Sample:
    """One comment on a 1080x2400 phone screenshot (the OCR benchmark's generator)."""
    return ocr_images.screenshot(random.Random(seed), platform="instagram", font="sans", dark=dark,
                                 size=(1080, 2400), comments=1)


def words(text: str) -> set[str]:
    return {w.lower() for w in re.findall(r"[A-Za-z]{4,}", text)}


@needs_tesseract
@pytest.mark.parametrize("dark", [False, True], ids=["light", "dark"])
async def test_screenshot_of_a_comment_is_read_then_answered(bot, fake_tg, spy_engine, dark):
    shot = screenshot(11 + dark, dark=dark)
    fake_tg.add_file("shot", shot.data, "photos/shot.jpg")
    mark = bot.send(photo_update(USER, USER, "shot", len(shot.data), width=1080, height=2400))
    shown = await fake_tg.wait_for("editMessageText", lambda c: "terbaca" in c.text, after=mark, timeout=WAIT)
    assert "komentar" in shown.text
    assert len(words(shot.comment) & words(shown.text)) >= 0.8 * len(words(shot.comment))
    if dark:
        assert "Mode gelap" in shown.text
    await fake_tg.wait_until(lambda: "💬 Saran balasan" in buttons(fake_tg, USER), WAIT)

    mark = bot.send(callback_query(USER, USER, buttons(fake_tg, USER)["💬 Saran balasan"]))
    await fake_tg.wait_for("editMessageText", lambda c: "Jenis komentar" in c.text, after=mark, timeout=WAIT)
    comment = spy_engine.calls[-1].comment
    assert len(words(shot.comment) & words(comment)) >= 0.8 * len(words(shot.comment))
    # the commenter's name and the app's buttons are not part of the comment the engine gets
    assert shot.commenter and shot.commenter not in comment
    assert not {"balas", "reply", "suka", "like"} & {w.lower() for w in comment.split()}


@needs_tesseract
async def test_image_file_without_caption_is_read_and_not_kept(bot, fake_tg, tg_settings):
    shot = screenshot(5, dark=False)
    fake_tg.add_file("img", shot.data, "documents/img.png")
    mark = bot.send(document_message(USER, USER, "img", "Screenshot_2026.png", len(shot.data), mime_type="image/png"))
    shown = await fake_tg.wait_for("editMessageText", lambda c: "terbaca" in c.text, after=mark, timeout=WAIT)
    assert len(words(shot.comment) & words(shown.text)) >= 0.8 * len(words(shot.comment))
    # nothing of the image was written to the data folder
    assert not any(p.suffix.lower() in {".png", ".jpg"} for p in tg_settings.data_dir.rglob("*"))


async def test_not_an_image_and_oversize_images(bot, fake_tg, tg_settings):
    fake_tg.add_file("fake", b"this is not an image at all", "documents/fake.png")
    mark = bot.send(document_message(USER, USER, "fake", "foto.png", 27, mime_type="image/png"))
    await fake_tg.wait_for("editMessageText", lambda c: "bukan gambar" in c.text.lower(), after=mark, timeout=WAIT)

    huge = 25 * 1024 * 1024
    fetched = len(fake_tg.calls_of("getFile"))
    mark = bot.send(photo_update(USER, USER, "huge", huge, width=4000, height=9000))
    await fake_tg.wait_for("editMessageText", lambda c: "20 MB" in c.text, after=mark, timeout=WAIT)
    assert len(fake_tg.calls_of("getFile")) == fetched  # refused before any download


async def test_docx_draft_is_rewritten(bot, fake_tg, spy_engine):
    data = docx_bytes(["SIARAN PERS", DRAFT])
    fake_tg.add_file("dx", data, "documents/dx.docx")
    mime = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
    mark = bot.send(document_message(USER, USER, "dx", "rilis vaksinasi.docx", len(data), mime_type=mime))
    shown = await fake_tg.wait_for("editMessageText", lambda c: "Draf dari" in c.text, after=mark, timeout=WAIT)
    assert "Puskesmas Melati" in shown.text
    await fake_tg.wait_until(lambda: "Instagram" in buttons(fake_tg, USER), WAIT)
    mark = bot.send(callback_query(USER, USER, buttons(fake_tg, USER)["Instagram"]))
    await fake_tg.wait_for("editMessageText", lambda c: "Instagram" in c.text and "Melati" in c.text,
                           after=mark, timeout=WAIT)
    assert "Puskesmas Melati" in spy_engine.calls[-1].draft


async def test_long_docx_is_cut_with_a_notice(bot, fake_tg, tg_settings, spy_engine):
    paragraphs = [f"Paragraf {i}: " + DRAFT for i in range(1, 120)]
    data = docx_bytes(paragraphs)
    fake_tg.add_file("long", data, "documents/long.docx")
    octet = "application/octet-stream"
    mark = bot.send(document_message(USER, USER, "long", "panjang.docx", len(data), mime_type=octet))
    shown = await fake_tg.wait_for("editMessageText", lambda c: "Draf dari" in c.text, after=mark, timeout=WAIT)
    await fake_tg.wait_until(lambda: "Instagram" in buttons(fake_tg, USER), WAIT)
    # one message: a folded preview of the draft, and a notice of what was left out of it
    assert len(shown.text) < 4096 and "Ditampilkan" in shown.text
    assert "Tidak ikut dibaca" in shown.text and "Paragraf 1:" in shown.text
    mark = bot.send(callback_query(USER, USER, buttons(fake_tg, USER)["Instagram"]))
    await fake_tg.wait_for("editMessageText", lambda c: "Instagram" in c.text, after=mark, timeout=WAIT)
    assert len(spy_engine.calls[-1].draft) <= tg_settings.max_input_chars


async def test_bad_documents_get_clear_messages(bot, fake_tg):
    fake_tg.add_file("bad", b"PK\x03\x04 broken zip", "documents/bad.docx")
    mark = bot.send(document_message(USER, USER, "bad", "rusak.docx", 19, mime_type="application/octet-stream"))
    await fake_tg.wait_for("editMessageText", lambda c: "rusak" in c.text, after=mark, timeout=WAIT)

    fetched = len(fake_tg.calls_of("getFile"))
    mark = bot.send(document_message(USER, USER, "exe", "aplikasi.exe", 100, mime_type="application/x-msdownload"))
    refusal = await fake_tg.wait_for("sendMessage", lambda c: "aplikasi.exe" in c.text, after=mark, timeout=WAIT)
    assert "DOCX" in refusal.text and "PDF" in refusal.text
    assert len(fake_tg.calls_of("getFile")) == fetched


@needs_tesseract
async def test_scanned_pdf_is_offered_to_ocr(bot, fake_tg, spy_engine):
    from tests.support.documents import scanned_pdf, text_image

    lines = [DRAFT[i : i + 48] for i in range(0, len(DRAFT), 48)]
    data = scanned_pdf([text_image(lines, size=(1240, 1000))])
    fake_tg.add_file("scan", data, "documents/scan.pdf")
    mark = bot.send(document_message(USER, USER, "scan", "pindaian.pdf", len(data), mime_type="application/pdf"))
    await fake_tg.wait_for("editMessageText", lambda c: "OCR" in c.text, after=mark, timeout=WAIT)
    offer = next(label for label in buttons(fake_tg, USER) if "OCR" in label)
    mark = bot.send(callback_query(USER, USER, buttons(fake_tg, USER)[offer]))
    shown = await fake_tg.wait_for("editMessageText", lambda c: "Draf dari" in c.text, after=mark, timeout=WAIT)
    assert "Melati" in shown.text and "OCR" in shown.text


async def test_group_photo_not_addressed_is_left_alone(bot, fake_tg):
    mark = bot.send(photo_update(GROUP, USER, "grp", 1000, width=100, height=100))
    bot.send(document_message(GROUP, USER, "gdoc", "catatan.txt", 10, mime_type="text/plain"))
    probe = bot.send({"message": message(GROUP, USER, "/start")})
    await fake_tg.wait_for("sendMessage", lambda c: c.chat_id == GROUP and "HumasBot" in c.text, after=probe)
    sent = [c for c in fake_tg.calls[mark:] if c.chat_id == GROUP and c.method in {"sendMessage", "editMessageText"}]
    assert len(sent) == 1 and not fake_tg.calls_of("getFile")


# --- voice notes ------------------------------------------------------------------------------


@pytest.fixture
async def voice_bot(fake_tg, fake_openai, tmp_path, sample_knowledge, spy_engine):
    settings = make_settings(
        fake_tg, tmp_path / "voice-data", sample_knowledge,
        transcribe_model="whisper-1", transcribe_base_url=fake_openai.url, transcribe_api_key="sk-transcribe",
    )
    service = make_service(settings, spy_engine)
    harness = await BotHarness(fake_tg, settings, service).start()
    yield harness, settings, service
    await harness.stop()


async def test_voice_note_is_transcribed_then_buttons(voice_bot, fake_tg, fake_openai, spy_engine):
    harness, settings, service = voice_bot
    fake_openai.add_transcript("Tolong buatkan unggahan tentang vaksinasi gratis lansia di Puskesmas Melati.",
                               seconds=7)
    audio = b"OggS" + b"\x00" * 2000
    fake_tg.add_file("vn", audio, "voice/vn.oga")
    mark = harness.send(voice_update(USER, USER, "vn", len(audio), duration=7))
    shown = await fake_tg.wait_for("editMessageText", lambda c: "Transkrip" in c.text, after=mark, timeout=WAIT)
    assert "Puskesmas Melati" in shown.text
    request = fake_openai.transcriptions[-1]
    assert request["model"] == "whisper-1" and request["language"] == "id"
    await fake_tg.wait_until(lambda: "Semua" in buttons(fake_tg, USER), WAIT)
    rows = service.usage_log.totals(group_by="day")
    assert rows and sum(r.cost for r in rows) > 0


async def test_voice_note_too_long_is_refused_before_download(voice_bot, fake_tg, fake_openai):
    harness, settings, _ = voice_bot
    mark = harness.send(voice_update(USER, USER, "long", 5000, duration=settings.transcribe_max_seconds + 60))
    await fake_tg.wait_for("sendMessage", lambda c: "menit" in c.text, after=mark, timeout=WAIT)
    assert not fake_tg.calls_of("getFile") and not fake_openai.transcriptions


async def test_audio_file_as_document_is_transcribed(voice_bot, fake_tg, fake_openai):
    harness, _, _ = voice_bot
    fake_openai.add_transcript("Besok pagi ada kerja bakti di Kelurahan Sukamaju, mohon warga hadir.")
    audio = b"ID3" + b"\x00" * 3000
    fake_tg.add_file("mp3", audio, "documents/rekaman.mp3")
    mark = harness.send(document_message(USER, USER, "mp3", "rekaman kepala dinas.mp3", len(audio),
                                         mime_type="audio/mpeg"))
    shown = await fake_tg.wait_for("editMessageText", lambda c: "Transkrip" in c.text, after=mark, timeout=WAIT)
    assert "Kelurahan Sukamaju" in shown.text
    assert fake_openai.transcriptions[-1]["filename"] == "rekaman kepala dinas.mp3"


async def test_dead_transcription_server_gets_a_clear_message_and_the_chat_stays_free(voice_bot, fake_tg,
                                                                                       fake_openai):
    harness, _, _ = voice_bot
    fake_openai.add_transcript_error(500).add_transcript_error(500).add_transcript_error(500)
    audio = b"OggS" + b"\x00" * 500
    fake_tg.add_file("vd", audio, "voice/vd.oga")
    mark = harness.send(voice_update(USER, USER, "vd", len(audio), duration=4))
    failed = await fake_tg.wait_for("editMessageText", lambda c: "⚠️" in c.text, after=mark, timeout=20)
    assert "HTTP 500" in failed.text or "server" in failed.text
    mark = harness.send({"message": message(USER, USER, "Kapan posyandu buka?")})
    await fake_tg.wait_for("sendMessage", lambda c: "Mau diapakan" in c.text, after=mark, timeout=WAIT)


@needs_tesseract
async def test_balas_on_a_screenshot_reads_it_then_suggests_replies(bot, fake_tg, spy_engine):
    """/balas as a reply to a screenshot someone posted, and a screenshot sent with the bare /balas caption."""
    shot = screenshot(21, dark=False)
    fake_tg.add_file("posted", shot.data, "photos/posted.jpg")
    posted = photo_update(GROUP, USER, "posted", len(shot.data), width=1080, height=2400)["message"]
    bot.send({"message": posted})  # a member posts it in the office's group: not for the bot
    mark = bot.send({"message": message(GROUP, USER, "/balas", reply_to=posted)})
    await fake_tg.wait_for("editMessageText", lambda c: c.chat_id == GROUP and "terbaca" in c.text,
                           after=mark, timeout=WAIT)
    answer = await fake_tg.wait_for("editMessageText", lambda c: "Jenis komentar" in c.text, after=mark, timeout=WAIT)
    assert answer.chat_id == GROUP
    comment = spy_engine.calls[-1].comment
    assert len(words(shot.comment) & words(comment)) >= 0.8 * len(words(shot.comment))

    other = screenshot(22, dark=True)
    fake_tg.add_file("own", other.data, "photos/own.jpg")
    mark = bot.send(photo_update(USER, USER, "own", len(other.data), width=1080, height=2400, caption="/balas"))
    await fake_tg.wait_for("editMessageText", lambda c: "Jenis komentar" in c.text, after=mark, timeout=30)
    assert len(words(other.comment) & words(spy_engine.calls[-1].comment)) >= 0.8 * len(words(other.comment))


async def test_without_tesseract_images_say_how_to_install_and_text_still_works(bot, fake_tg, monkeypatch):
    import pytesseract

    from bot.ocr.tesseract import INSTALL

    monkeypatch.setattr(pytesseract.pytesseract, "tesseract_cmd", "/nonexistent/tesseract")
    shot = screenshot(8, dark=False)
    fake_tg.add_file("nots", shot.data, "photos/nots.jpg")
    mark = bot.send(photo_update(USER, USER, "nots", len(shot.data), width=1080, height=2400))
    told = await fake_tg.wait_for("editMessageText", lambda c: "⚠️" in c.text, after=mark, timeout=WAIT)
    assert INSTALL in told.text
    mark = bot.send({"message": message(USER, USER, DRAFT)})
    await fake_tg.wait_for("sendMessage", lambda c: "Mau diapakan" in c.text, after=mark, timeout=WAIT)
