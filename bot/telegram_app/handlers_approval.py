"""The approval flow in Telegram: submit a result, decide, note a revision, resubmit, withdraw, remind.

Thin handlers over `ApprovalDesk` (bot/workflow): the desk owns the rules, the atomic steps and
the Indonesian errors; these send its results to the right chats. Approvers get each request in
their own private chat; the officer is told the decision in the chat the result came from.

"✏️ Minta revisi" asks the approver for a note: their NEXT text message in that private chat is
the note (kept in that chat's chat_data, so a restart in between keeps it). The officer resubmits
by replying to the revision notice with the corrected text; the notice carries `Ajuan #<id>`.
Reminders: a JobQueue job every `REMIND_EVERY_S` sends approvers what waited longer than
HUMASBOT_APPROVAL_REMIND_HOURS, once each (`desk.claim_reminders`: one process reminds, whatever runs).
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable

from telegram import Message, Update, User
from telegram.constants import ParseMode
from telegram.error import TelegramError
from telegram.ext import CallbackQueryHandler, MessageHandler, filters

from bot.telegram_app import handlers_roles, handlers_work, keyboards, state
from bot.telegram_app import render_approval as view
from bot.telegram_app.approval_results import items_of, result_key
from bot.telegram_app.incoming import PRIVATE, chat_of, content, message_of, query_of, user_of
from bot.telegram_app.messaging import send_html
from bot.telegram_app.runtime import HumasApplication, HumasContext
from bot.workflow.models import ApprovalError, ApprovalRequest, Person, StaleRequest

log = logging.getLogger(__name__)

#: How often the reminder job looks for requests waiting too long.
REMIND_EVERY_S = 300.0
REMIND_JOB = "approval-reminders"
#: chat_data key of an approver's chat: the request whose revision note the next message is.
AWAITING_NOTE = "approval_note"
EXPIRED = "Tombol ini sudah kedaluwarsa: hasilnya tidak tersimpan lagi. Buat hasilnya lagi, lalu ajukan."
UNKNOWN = "Tombol ini tidak dikenal. Buka /antrian untuk melihat ajuan yang menunggu."


def person(user: User) -> Person:
    return Person(id=user.id, name=user.full_name)


def _where(update: Update) -> str:
    chat = chat_of(update)
    return "chat pribadi" if chat.type == chat.PRIVATE else f"grup {chat.title or chat.id}"


async def send_to_approvers(context: HumasContext, request: ApprovalRequest, label: str = "", where: str = "") -> int:
    """Send `request` with the decision buttons to each approver of its chat; how many were reached."""
    desk = context.desk
    approvers = await context.run_blocking(desk.approvers_for, request.chat_id)
    text = view.for_approver(request, desk.tz, label, where)
    reached = 0
    for approver in approvers:
        if approver == request.staff.id:
            continue
        try:
            await send_html(context.bot, approver, text, reply_markup=view.decision_keyboard(request))
            reached += 1
        except TelegramError as err:  # never opened a chat with the bot, or blocked it
            log.warning("approver %s not reached for request %s: %s", approver, request.id, err)
    return reached


async def submit(update: Update, context: HumasContext) -> None:
    """ "📝 Ajukan persetujuan" under a result: one item is submitted at once; of several the officer
    picks one or all (each its own request)."""
    query = query_of(update)
    _, key, arg = keyboards.parse(query.data or "")
    entry = state.recall(context.chat_state, key)
    items = items_of(entry) if entry else []
    if not items:  # also empty data: PTB gives it to the first handler with a pattern
        await query.answer(EXPIRED)
        await send_html(context.bot, chat_of(update).id, view.esc(EXPIRED))
        return
    await query.answer()
    chat_id = chat_of(update).id
    if arg == "" and len(items) > 1:
        await send_html(context.bot, chat_id, view.esc(view.CHOOSE),
                        reply_markup=view.choose_keyboard(key, [i.label for i in items]))
        return
    if arg in ("", view.ALL):
        chosen: list[int] = list(range(len(items)))
    else:
        chosen = [int(arg)] if arg.isdigit() and int(arg) < len(items) else []
    desk = context.desk
    staff = person(user_of(update))
    for index in chosen:
        item = items[index]
        verdict = await context.run_blocking(desk.verify, chat_id, result_key(key, index), item.text)
        if verdict.approved and verdict.request is not None:
            await send_html(context.bot, chat_id, view.for_staff(verdict.request, verdict.mark or ""))
            continue
        request = await context.run_blocking(
            desk.submit, item.text, item.kind, chat_id, staff, result_key(key, index), item.context)
        reached = await send_to_approvers(context, request, item.label, _where(update))
        await send_html(context.bot, chat_id, view.submitted(request, reached, item.label),
                        reply_markup=view.withdraw_keyboard(request))


async def decide(update: Update, context: HumasContext) -> None:
    """An approver's button: approve or reject at once; "Minta revisi" waits for the note."""
    query = query_of(update)
    _, request_id, code = keyboards.parse(query.data or "")
    decision = view.DECISIONS.get(code)
    if decision is None:
        await query.answer(UNKNOWN, show_alert=True)
        return
    context.chat_state.pop(AWAITING_NOTE, None)
    message_id = query.message.message_id if query.message else None

    async def tell(text: str) -> None:
        await query.answer(view.short(text), show_alert=True)

    if decision != "revise":
        await _decide(update, context, request_id, decision, "", message_id, tell)
        return
    request = await context.run_blocking(context.desk.get, request_id)
    if request is None or not request.waiting:
        await _decide(update, context, request_id, decision, "", message_id, tell)  # the desk says why
        return
    context.chat_state[AWAITING_NOTE] = {"id": request_id, "message_id": message_id}
    await query.answer()
    prompt = view.NOTE_PROMPT.format(id=request_id, staff=request.staff.label)
    await send_html(context.bot, chat_of(update).id, view.esc(prompt))


async def note_or_draft(update: Update, context: HumasContext) -> None:
    """A private text: the revision note an approver was asked for, else a draft as always."""
    pending = context.chat_state.pop(AWAITING_NOTE, None)
    if not isinstance(pending, dict):
        await handlers_work.draft(update, context)
        return
    message = message_of(update)

    async def tell(text: str) -> None:
        await message.reply_text(text)

    await _decide(update, context, str(pending["id"]), "revise", content(message), pending.get("message_id"), tell)


async def _decide(
    update: Update,
    context: HumasContext,
    request_id: str,
    decision: str,
    note: str,
    message_id: int | None,
    tell: Callable[[str], Awaitable[None]],
) -> None:
    """Take the decision; tell the approver what happened and the officer the decision with its note.

    Of two approvers at once, the desk lets one decide; the other gets who decided and when."""
    desk = context.desk
    approver_chat = chat_of(update).id
    try:
        request = await context.run_blocking(desk.decide, request_id, person(user_of(update)), decision, note)
    except StaleRequest as err:
        await tell(str(err))
        await _close(context, approver_chat, message_id, err.request)
        return
    except ApprovalError as err:
        await tell(str(err))
        return
    await tell(view.DONE[request.state])
    await _close(context, approver_chat, message_id, request)
    try:
        await send_html(context.bot, request.chat_id, view.for_staff(request, desk.notice(request)))
    except TelegramError as err:
        log.warning("officer of request %s not told in chat %s: %s", request.id, request.chat_id, err)


async def _close(context: HumasContext, chat_id: int, message_id: int | None, request: ApprovalRequest) -> None:
    """The approver's copy of a request: its buttons go, what became of it is written under it."""
    if message_id is None:
        return
    body = view.for_approver(request, context.desk.tz).rsplit("\n", 1)[0]
    try:
        await context.bot.edit_message_text(f"{body}\n\n{view.decided_line(request, context.desk.tz)}",
                                            chat_id=chat_id, message_id=message_id, parse_mode=ParseMode.HTML)
    except TelegramError as err:  # too old, deleted, or unchanged
        log.info("could not close the message of request %s: %s", request.id, err)


class _RevisionReply(filters.MessageFilter):
    """A reply to the bot's revision notice (it names the request as `Ajuan #<id>`)."""

    __slots__ = ()

    def filter(self, message: Message) -> bool:
        replied = message.reply_to_message
        if replied is None or replied.from_user is None or not replied.from_user.is_bot:
            return False
        text = content(replied)
        return view.REVISION_HINT in text and view.REQUEST_MARK.search(text) is not None


REVISION_REPLY = _RevisionReply(name="RevisionReply")


async def resubmit(update: Update, context: HumasContext) -> None:
    """The officer's corrected text, as a reply to the revision notice: it waits for approval again."""
    message = message_of(update)
    found = view.REQUEST_MARK.search(content(message.reply_to_message))
    if found is None:  # the filter let only such replies in
        raise LookupError(f"update {update.update_id} replies to no revision notice")
    request = await context.run_blocking(context.desk.resubmit, found[1], person(user_of(update)), content(message))
    reached = await send_to_approvers(context, request, where=_where(update))
    await send_html(context.bot, chat_of(update).id, view.submitted(request, reached),
                    reply_markup=view.withdraw_keyboard(request), reply_to=message.message_id)


async def withdraw(update: Update, context: HumasContext) -> None:
    """The officer's "↩️ Tarik ajuan": the request no longer waits; approvers' buttons answer so."""
    query = query_of(update)
    _, request_id, _ = keyboards.parse(query.data or "")
    try:
        request = await context.run_blocking(context.desk.withdraw, request_id, person(user_of(update)))
    except ApprovalError as err:
        await query.answer(view.short(str(err)), show_alert=True)
        return
    await query.answer("Ajuan ditarik.")
    if isinstance(query.message, Message):
        await send_html(context.bot, query.message.chat_id, view.esc(f"↩️ {view.tag(request)} ditarik."),
                        reply_to=query.message.message_id)


async def remind(context: HumasContext) -> None:
    """The JobQueue job: remind approvers of what waited too long, once per waiting period."""
    desk = context.desk
    for item in await context.run_blocking(desk.claim_reminders):
        try:
            await send_html(context.bot, item.approver_id, view.reminder(item, desk.tz))
        except TelegramError as err:
            log.warning("reminder to approver %s not sent: %s", item.approver_id, err)


def add_handlers(application: HumasApplication) -> None:
    """Before the other handlers of group 0: the resubmission reply and the revision note take a text
    that would otherwise be a draft. Also the commands /antrian, /peran, /arsip and the reminder job."""
    fresh = filters.UpdateType.MESSAGE
    text = fresh & filters.TEXT & ~filters.COMMAND
    application.add_handler(MessageHandler(text & REVISION_REPLY, resubmit))
    application.add_handler(MessageHandler(text & PRIVATE, note_or_draft))
    application.add_handler(CallbackQueryHandler(submit, pattern=view.SUBMIT_PATTERN))
    application.add_handler(CallbackQueryHandler(decide, pattern=view.DECIDE_PATTERN))
    application.add_handler(CallbackQueryHandler(withdraw, pattern=view.WITHDRAW_PATTERN))
    handlers_roles.add_handlers(application)
    if application.job_queue is None:
        log.warning("no JobQueue (install python-telegram-bot[job-queue]): approval reminders are off")
        return
    application.job_queue.run_repeating(remind, interval=REMIND_EVERY_S, first=REMIND_EVERY_S, name=REMIND_JOB)
