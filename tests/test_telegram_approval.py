"""End to end through the fake Bot API: the approval flow (submit, revise with a note, resubmit,
approve, reject, withdraw), the reminder job, two approvers at once, stale buttons, a restart in
the middle, the required mark. Two processes deciding at once through Redis are tested at the
store level (tests/test_approval_concurrency.py)."""

from __future__ import annotations

import asyncio
from datetime import timedelta

import pytest

from bot.telegram_app.handlers_approval import REMIND_JOB
from bot.telegram_app.render import html_to_plain
from bot.workflow.desk import utc_now
from tests.support.fake_telegram import (
    ADMIN,
    USER,
    BotHarness,
    bot_message,
    callback_query,
    make_service,
    make_settings,
    text_message,
)

APPROVER, APPROVER2 = 3001, 3002
#: Generous: the machine running the suite may be busy (a wait ends as soon as the call is seen).
WAIT = 20.0
DRAFT = (
    "Dinas Kesehatan Kota Sukamaju melaksanakan vaksinasi gratis pada Sabtu, 12 Juli 2025 pukul "
    "08.00-12.00 WIB di Puskesmas Sukamaju. Warga diminta membawa KTP."
)


def buttons(call):
    return [b for row in (call.get("reply_markup") or {}).get("inline_keyboard", []) for b in row]


def data_of(call, label):
    return next(b["callback_data"] for b in buttons(call) if b["text"] == label)


def has_button(label):
    return lambda c: any(b["text"] == label for b in buttons(c))


@pytest.fixture
def settings(fake_tg, tmp_path, sample_knowledge):
    return make_settings(fake_tg, tmp_path / "data", sample_knowledge, approver_ids=[APPROVER, APPROVER2])


@pytest.fixture
async def harness(fake_tg, settings, spy_engine):
    harness = await BotHarness(fake_tg, settings, make_service(settings, spy_engine)).start()
    yield harness
    await harness.stop()


async def result_of(bot, fake, chat_id=USER):
    mark = bot.send(text_message(chat_id, USER, DRAFT))
    ask = await fake.wait_for("sendMessage", lambda c: c.chat_id == chat_id and "Mau diapakan" in c.text,
                              after=mark, timeout=WAIT)
    mark = bot.send(callback_query(chat_id, USER, data_of(ask, "Instagram")))
    return await fake.wait_for("editMessageText", has_button("📝 Ajukan persetujuan"), after=mark, timeout=WAIT)


async def submitted(bot, fake, chat_id=USER):
    """Submit the Instagram post; returns the approvers' copies {approver: call}."""
    result = await result_of(bot, fake, chat_id)
    mark = bot.send(callback_query(chat_id, USER, data_of(result, "📝 Ajukan persetujuan")))
    await fake.wait_for("sendMessage", lambda c: c.chat_id == chat_id and "diajukan untuk persetujuan" in c.text,
                        after=mark, timeout=WAIT)
    copies = {}
    for approver in (APPROVER, APPROVER2):
        copies[approver] = await fake.wait_for("sendMessage", lambda c, a=approver: c.chat_id == a,
                                               after=mark, timeout=WAIT)
    return copies


async def press(bot, fake, chat_id, user_id, data):
    mark = bot.send(callback_query(chat_id, user_id, data))
    answer = await fake.wait_for("answerCallbackQuery", after=mark, timeout=WAIT)
    return mark, answer


async def test_submit_revise_resubmit_approve(harness, fake_tg):
    copies = await submitted(harness, fake_tg)
    first = copies[APPROVER]
    assert "Unggahan Instagram" in first.text and "vaksinasi" in first.text.lower()
    assert [b["text"] for b in buttons(first)] == ["✅ Setujui", "✏️ Minta revisi", "❌ Tolak"]

    mark, _ = await press(harness, fake_tg, APPROVER, APPROVER, data_of(first, "✏️ Minta revisi"))
    prompt = await fake_tg.wait_for("sendMessage", lambda c: c.chat_id == APPROVER, after=mark, timeout=WAIT)
    assert "BERIKUTNYA" in prompt.text
    mark = harness.send(text_message(APPROVER, APPROVER, "Tambahkan jam layanan dan nomor pengaduan."))
    notice = await fake_tg.wait_for("sendMessage", lambda c: c.chat_id == USER and "revisi" in c.text,
                                    after=mark, timeout=WAIT)
    assert "Catatan: Tambahkan jam layanan dan nomor pengaduan." in notice.text
    # the note was no draft: nothing asked "Mau diapakan" in the approver's chat
    assert not [c for c in fake_tg.calls[mark:] if c.method == "sendMessage" and "Mau diapakan" in c.get("text", "")]

    corrected = "Vaksinasi gratis Sabtu 12 Juli 2025, 08.00-12.00 WIB, Puskesmas Sukamaju. Bawa KTP."
    mark = harness.send(text_message(USER, USER, corrected,
                                     reply_to=bot_message(USER, html_to_plain(notice.text), notice.get("message_id"))))
    again = await fake_tg.wait_for("sendMessage", lambda c: c.chat_id == APPROVER and "Revisi ke-2" in c.text,
                                   after=mark, timeout=WAIT)
    assert corrected in html_to_plain(again.text)
    assert "Tambahkan jam layanan" in again.text  # the previous note, with the new version

    mark, answer = await press(harness, fake_tg, APPROVER, APPROVER, data_of(again, "✅ Setujui"))
    assert "Disetujui" in answer.get("text", "")
    told = await fake_tg.wait_for("sendMessage", lambda c: c.chat_id == USER and "DISETUJUI oleh" in c.text,
                                  after=mark, timeout=WAIT)
    assert corrected in html_to_plain(told.text)

    # the other approver's old copy (of revision 1) answers who decided
    _, late = await press(harness, fake_tg, APPROVER2, APPROVER2, data_of(copies[APPROVER2], "✅ Setujui"))
    assert "sudah diputuskan" in late["text"] and "Petugas" in late["text"]


async def test_reject_tells_the_officer(harness, fake_tg):
    copies = await submitted(harness, fake_tg)
    mark, answer = await press(harness, fake_tg, APPROVER2, APPROVER2, data_of(copies[APPROVER2], "❌ Tolak"))
    assert "Ditolak" in answer["text"]
    told = await fake_tg.wait_for("sendMessage", lambda c: c.chat_id == USER and "Ditolak oleh" in c.text,
                                  after=mark, timeout=WAIT)
    assert "DISETUJUI" not in told.text


async def test_two_approvers_at_once_give_one_decision(harness, fake_tg):
    copies = await submitted(harness, fake_tg)
    mark = len(fake_tg.calls)
    fake_tg.push(callback_query(APPROVER, APPROVER, data_of(copies[APPROVER], "✅ Setujui")))
    fake_tg.push(callback_query(APPROVER2, APPROVER2, data_of(copies[APPROVER2], "❌ Tolak")))
    await fake_tg.wait_until(lambda: len(fake_tg.calls_of("answerCallbackQuery")) >= 2 and any(
        c.method == "sendMessage" and c.chat_id == USER for c in fake_tg.calls[mark:]), timeout=WAIT)
    await asyncio.sleep(0.3)
    answers = [c["text"] for c in fake_tg.calls[mark:] if c.method == "answerCallbackQuery"]
    assert len(answers) == 2
    assert sum("sudah diputuskan" in a for a in answers) == 1
    notices = [c for c in fake_tg.calls[mark:] if c.method == "sendMessage" and c.chat_id == USER]
    assert len(notices) == 1


async def test_withdrawn_request_buttons_answer_clearly(harness, fake_tg):
    result = await result_of(harness, fake_tg)
    mark = harness.send(callback_query(USER, USER, data_of(result, "📝 Ajukan persetujuan")))
    confirmation = await fake_tg.wait_for("sendMessage", has_button("↩️ Tarik ajuan"), after=mark, timeout=WAIT)
    copy = await fake_tg.wait_for("sendMessage", lambda c: c.chat_id == APPROVER, after=mark, timeout=WAIT)
    _, answer = await press(harness, fake_tg, USER, USER, data_of(confirmation, "↩️ Tarik ajuan"))
    assert "ditarik" in answer["text"]
    _, stale = await press(harness, fake_tg, APPROVER, APPROVER, data_of(copy, "✅ Setujui"))
    assert "sudah ditarik" in stale["text"]
    _, unknown = await press(harness, fake_tg, APPROVER, APPROVER, "as:tidakada:a")
    assert "tidak ditemukan" in unknown["text"]


async def test_reminder_job_reminds_once_and_queue_lists(harness, fake_tg):
    await submitted(harness, fake_tg)
    app = harness.app
    desk = app.bot_data.runtime.desk
    job = app.job_queue.get_jobs_by_name(REMIND_JOB)[0]
    mark = len(fake_tg.calls)
    await job.run(app)
    assert not [c for c in fake_tg.calls[mark:] if c.method == "sendMessage"]  # not due yet
    later = utc_now() + timedelta(hours=3)
    desk.now = lambda: later
    await job.run(app)
    reminders = [c for c in fake_tg.calls[mark:] if c.method == "sendMessage"]
    assert sorted(c.chat_id for c in reminders) == [APPROVER, APPROVER2]
    assert all("menunggu persetujuan Anda" in c.text for c in reminders)
    mark = len(fake_tg.calls)
    await job.run(app)
    assert not [c for c in fake_tg.calls[mark:] if c.method == "sendMessage"]  # once each

    mark = harness.send(text_message(APPROVER, APPROVER, "/antrian"))
    queue = await fake_tg.wait_for("sendMessage", lambda c: c.chat_id == APPROVER, after=mark, timeout=WAIT)
    assert "1 ajuan menunggu" in queue.text and "menunggu 3 jam" in queue.text


async def test_restart_in_the_middle_keeps_the_request(fake_tg, settings, spy_engine):
    service = make_service(settings, spy_engine)
    first = await BotHarness(fake_tg, settings, service).start()
    try:
        copies = await submitted(first, fake_tg)
    finally:
        await first.stop()
    second = await BotHarness(fake_tg, settings, service).start()
    try:
        mark, _ = await press(second, fake_tg, APPROVER, APPROVER, data_of(copies[APPROVER], "✅ Setujui"))
        await fake_tg.wait_for("sendMessage", lambda c: c.chat_id == USER and "DISETUJUI oleh" in c.text,
                               after=mark, timeout=WAIT)
    finally:
        await second.stop()


async def test_required_results_carry_the_mark(fake_tg, tmp_path, sample_knowledge, spy_engine):
    settings = make_settings(fake_tg, tmp_path / "data", sample_knowledge, approver_ids=[APPROVER],
                             approval_required=True)
    harness = await BotHarness(fake_tg, settings, make_service(settings, spy_engine)).start()
    try:
        mark = harness.send(text_message(USER, USER, DRAFT))
        ask = await fake_tg.wait_for("sendMessage", lambda c: "Mau diapakan" in c.text, after=mark, timeout=WAIT)
        mark = harness.send(callback_query(USER, USER, data_of(ask, "Instagram")))
        first = await fake_tg.wait_for("editMessageText", lambda c: "Sedang" not in c.text, after=mark, timeout=WAIT)
        assert "BELUM DISETUJUI" in first.text
    finally:
        await harness.stop()


async def test_peran_and_arsip_for_admins(harness, fake_tg):
    group = -100500
    mark = harness.send(text_message(group, USER, "/peran setuju 4242"))
    refused = await fake_tg.wait_for("sendMessage", lambda c: c.chat_id == group, after=mark, timeout=WAIT)
    assert "hanya admin" in refused.text
    mark = harness.send(text_message(group, ADMIN, "/peran setuju 4242"))
    done = await fake_tg.wait_for("sendMessage", lambda c: c.chat_id == group, after=mark, timeout=WAIT)
    assert "4242" in done.text and "penyetuju di grup ini" in done.text
    assert 4242 in harness.app.bot_data.runtime.desk.approvers_for(group)
    mark = harness.send(text_message(group, ADMIN, "/peran setuju @belumkenal"))
    unknown = await fake_tg.wait_for("sendMessage", lambda c: c.chat_id == group, after=mark, timeout=WAIT)
    assert "belum mengenal @belumkenal" in unknown.text
    mark = harness.send(text_message(group, ADMIN, "/peran hapus 4242"))
    await fake_tg.wait_for("sendMessage", lambda c: c.chat_id == group and "bukan lagi" in c.text,
                           after=mark, timeout=WAIT)

    mark = harness.send(text_message(group, ADMIN, "/arsip"))
    sent = await fake_tg.wait_for("sendDocument", after=mark, timeout=WAIT)
    assert sent.chat_id == ADMIN
    data = fake_tg.uploads(sent)[0]
    assert data.startswith("\ufeff".encode())
    text = data.decode("utf-8-sig")
    assert "peran diberikan" in text and "peran dicabut" in text


async def test_an_approver_granted_with_peran_may_decide_without_being_staff(harness, fake_tg):
    """4343 is in no allow list; once an admin grants the role, the bot answers in their own chat."""
    outsider = 4343
    mark = harness.send(text_message(outsider, outsider, "/antrian"))
    refused = await fake_tg.wait_for("sendMessage", lambda c: c.chat_id == outsider, after=mark, timeout=WAIT)
    assert str(outsider) in refused.text  # the refusal names the id to add
    group = -100600
    mark = harness.send(text_message(group, ADMIN, f"/peran setuju {outsider}"))
    await fake_tg.wait_for("sendMessage", lambda c: c.chat_id == group, after=mark, timeout=WAIT)
    mark = harness.send(text_message(outsider, outsider, "/antrian"))
    answer = await fake_tg.wait_for("sendMessage", lambda c: c.chat_id == outsider, after=mark, timeout=WAIT)
    assert answer.text != refused.text
