"""The approval flow as Telegram messages and buttons (HTML escaped; texts of the workflow in `bot.workflow.texts`).

Callback data, as everywhere: `<action>:<key>:<arg>`.
    aj:<entry key>:<item>       "📝 Ajukan persetujuan" under a result (item: "" ask, a number, or "all")
    as:<request id>:<a|v|r>     an approver's "✅ Setujui", "✏️ Minta revisi", "❌ Tolak"
    at:<request id>:            the officer's "↩️ Tarik ajuan"
A message asking an officer for a corrected text carries `Ajuan #<id>`: a reply to it is the
resubmission, so no state is needed to know which request it revises (restarts and other
processes included).
"""

from __future__ import annotations

import re
from datetime import tzinfo

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from bot.telegram_app.render import esc
from bot.workflow import texts
from bot.workflow.desk import Reminder, Waiting
from bot.workflow.models import ApprovalRequest, State

SUBMIT, DECIDE, WITHDRAW = "aj", "as", "at"
SUBMIT_PATTERN = rf"^{SUBMIT}:"
DECIDE_PATTERN = rf"^{DECIDE}:"
WITHDRAW_PATTERN = rf"^{WITHDRAW}:"
APPROVE, REVISE, REJECT = "a", "v", "r"
DECISIONS = {APPROVE: "approve", REVISE: "revise", REJECT: "reject"}
ALL = "all"
SUBMIT_LABEL = "📝 Ajukan persetujuan"
#: Marks a message about one request; a reply to a revision notice is read back through it.
REQUEST_MARK = re.compile(r"Ajuan #([A-Za-z0-9_-]{4,24})")
KIND_NAMES = {"post": "Unggahan", "reply": "Saran balasan", "card": "Infografis", "quiz": "Kuis",
              "script": "Naskah video"}

CHOOSE = "Ajukan yang mana? Setiap pilihan menjadi ajuan tersendiri."
NOTE_PROMPT = (
    "✏️ Tulis catatan revisi untuk Ajuan #{id}: pesan Anda BERIKUTNYA di chat ini menjadi catatannya "
    "dan dikirim ke {staff}."
)
#: In a revision notice: a reply to a bot message carrying it (and `Ajuan #<id>`) is a resubmission.
REVISION_HINT = "Balas (reply) pesan ini dengan teks yang sudah diperbaiki"
#: What the approver who decided sees in the button's answer (at most 200 characters there).
DONE = {State.APPROVED: "✅ Disetujui. Staf sudah diberi tahu.", State.REJECTED: "❌ Ditolak. Staf sudah diberi tahu.",
        State.REVISION_REQUESTED: "✏️ Catatan revisi dikirim ke staf."}
#: Telegram's limit for the text of a button's answer.
ANSWER_LIMIT = 200
NOBODY = (
    "⚠️ Belum ada penyetuju yang bisa dihubungi untuk ajuan ini. Penyetuju perlu membuka chat dengan bot "
    "(/start) sekali; admin mengatur penyetuju dengan /peran."
)


def tag(request: ApprovalRequest) -> str:
    return f"Ajuan #{request.id}"


def what(request: ApprovalRequest, label: str = "") -> str:
    name = KIND_NAMES.get(request.kind, request.kind)
    return f"{name} {label}".strip()


def submit_row(key: str) -> list[InlineKeyboardButton]:
    return [InlineKeyboardButton(SUBMIT_LABEL, callback_data=f"{SUBMIT}:{key}:")]


def with_submit(keyboard: InlineKeyboardMarkup | None, key: str) -> InlineKeyboardMarkup:
    """The result's own buttons with "📝 Ajukan persetujuan" as the last row."""
    rows = [list(row) for row in keyboard.inline_keyboard] if keyboard else []
    return InlineKeyboardMarkup([*rows, submit_row(key)])


def choose_keyboard(key: str, labels: list[str]) -> InlineKeyboardMarkup:
    buttons = [InlineKeyboardButton(f"📝 {label}", callback_data=f"{SUBMIT}:{key}:{i}")
               for i, label in enumerate(labels)]
    rows = [buttons[i : i + 3] for i in range(0, len(buttons), 3)]
    every = InlineKeyboardButton("📝 Semua (terpisah)", callback_data=f"{SUBMIT}:{key}:{ALL}")
    return InlineKeyboardMarkup([*rows, [every]])


def decision_keyboard(request: ApprovalRequest) -> InlineKeyboardMarkup:
    def button(label: str, code: str) -> InlineKeyboardButton:
        return InlineKeyboardButton(label, callback_data=f"{DECIDE}:{request.id}:{code}")

    return InlineKeyboardMarkup([[button("✅ Setujui", APPROVE), button("✏️ Minta revisi", REVISE),
                                  button("❌ Tolak", REJECT)]])


def withdraw_keyboard(request: ApprovalRequest) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup([[InlineKeyboardButton("↩️ Tarik ajuan", callback_data=f"{WITHDRAW}:{request.id}:")]])


def for_approver(request: ApprovalRequest, tz: tzinfo, label: str = "", where: str = "") -> str:
    """What an approver gets: who asks, for what, the frozen text, and the previous note on a resubmission."""
    head = f"📝 <b>{esc(tag(request))}</b> · {esc(what(request, label))}"
    lines = [head, f"Dari: {esc(request.staff.label)}" + (f" · {esc(where)}" if where else ""),
             f"Diajukan: {esc(texts.when(request.created_at, tz))}"]
    if request.revision > 1:
        previous = next((s.note for s in reversed(request.history) if s.state == State.REVISION_REQUESTED), "")
        lines.append(f"Revisi ke-{request.revision}" + (f" (catatan sebelumnya: {esc(previous)})" if previous else ""))
    if request.context:
        lines.append(f"Komentar warga: <i>{esc(request.context)}</i>")
    lines.append(f"<pre>{esc(request.text)}</pre>")
    lines.append("Putuskan dengan tombol di bawah. ✏️ Minta revisi: pesan Anda berikutnya menjadi catatannya.")
    return "\n".join(lines)


def submitted(request: ApprovalRequest, reached: int, label: str = "") -> str:
    line = f"📝 {esc(what(request, label))} diajukan untuk persetujuan ({esc(tag(request))})"
    return line + (f", dikirim ke {reached} penyetuju." if reached else ".\n" + esc(NOBODY))


def decided_line(request: ApprovalRequest, tz: tzinfo) -> str:
    """Appended to an approver's message once the request is decided (by anyone) or withdrawn."""
    if request.state == State.WITHDRAWN or request.decided_by is None:
        return esc(texts.stale(request, tz))
    return esc(texts.decision_notice(request, tz))


def short(text: str) -> str:
    """A text cut to fit a button's answer."""
    return text if len(text) <= ANSWER_LIMIT else text[: ANSWER_LIMIT - 1] + "…"


def for_staff(request: ApprovalRequest, notice: str) -> str:
    """What the officer is told of a decision: the notice (with the note), and what to do next."""
    lines = [f"<b>{esc(tag(request))}</b> · {esc(what(request))}", esc(notice)]
    if request.state == State.APPROVED:
        lines += ["Teks yang disetujui (ketuk untuk menyalin; perubahan apa pun perlu persetujuan baru):",
                  f"<pre>{esc(request.text)}</pre>"]
    elif request.state == State.REVISION_REQUESTED:
        lines += [f"<pre>{esc(request.text)}</pre>",
                  f"↩️ {REVISION_HINT} untuk mengajukannya ulang."]
    return "\n".join(lines)


def reminder(item: Reminder, tz: tzinfo) -> str:
    lines = [f"⏰ <b>{len(item.requests)} ajuan menunggu persetujuan Anda</b>"]
    for request in item.requests:
        since = request.waiting_since or request.created_at
        lines.append(f"• {esc(tag(request))} · {esc(what(request))} dari {esc(request.staff.label)}, "
                     f"sejak {esc(texts.when(since, tz))}")
    lines.append("Lihat semuanya dengan /antrian.")
    return "\n".join(lines)


def queue_lines(waiting: list[Waiting]) -> list[str]:
    """`/antrian`: the oldest first, with its age and the start of its text."""
    out = []
    for n, item in enumerate(waiting, 1):
        r = item.request
        preview = " ".join(r.text.split())
        preview = preview[:80] + ("…" if len(preview) > 80 else "")
        out.append(f"{n}. {tag(r)} · {what(r)} dari {r.staff.label} · menunggu {texts.age(item.age)}\n   {preview}")
    return out
