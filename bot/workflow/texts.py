"""What the workflow tells people, in Indonesian: decisions, marks under results, ages and times."""

from __future__ import annotations

from datetime import datetime, timedelta, tzinfo

from bot.core.reading.dates import MONTH_NAMES
from bot.workflow.models import ApprovalRequest, State

#: The mark a result carries while approval is required and not (or no longer) given.
NOT_APPROVED = "⚠️ BELUM DISETUJUI: jangan diunggah sebelum disetujui."
CHANGED = "⚠️ Teks berubah sesudah disetujui: ajukan persetujuan baru sebelum diunggah."

STATE_NAMES = {
    State.PENDING: "menunggu persetujuan",
    State.RESUBMITTED: "diajukan ulang, menunggu persetujuan",
    State.REVISION_REQUESTED: "diminta revisi",
    State.APPROVED: "disetujui",
    State.REJECTED: "ditolak",
    State.WITHDRAWN: "ditarik",
}

EVENT_NAMES = {
    "submitted": "diajukan",
    "resubmitted": "diajukan ulang",
    "approved": "disetujui",
    "revision_requested": "diminta revisi",
    "rejected": "ditolak",
    "withdrawn": "ditarik",
    "reminded": "pengingat dikirim",
    "role_granted": "peran diberikan",
    "role_revoked": "peran dicabut",
    "setting_changed": "pengaturan diubah",
    "chat_forgotten": "data obrolan dihapus",
}


def when(at: datetime, tz: tzinfo) -> str:
    """"1 Desember 2026 pukul 19.05" in the office's time zone."""
    local = at.astimezone(tz)
    return f"{local.day} {MONTH_NAMES[local.month - 1]} {local.year} pukul {local:%H.%M}"


def age(delta: timedelta) -> str:
    """How long something has waited: "5 menit", "2 jam 10 menit", "3 hari 4 jam"."""
    minutes = max(0, int(delta.total_seconds() // 60))
    days, rest = divmod(minutes, 24 * 60)
    hours, mins = divmod(rest, 60)
    if days:
        return f"{days} hari {hours} jam" if hours else f"{days} hari"
    if hours:
        return f"{hours} jam {mins} menit" if mins else f"{hours} jam"
    return f"{mins} menit"


def approved_mark(request: ApprovalRequest, tz: tzinfo) -> str:
    """"DISETUJUI oleh <nama>, <waktu>": shown with an approved text."""
    assert request.decided_by is not None and request.decided_at is not None
    return f"✅ DISETUJUI oleh {request.decided_by.label}, {when(request.decided_at, tz)}"


def stale(request: ApprovalRequest, tz: tzinfo) -> str:
    """Why a step on this request can no longer be taken (a second approver, an old button)."""
    if request.state == State.WITHDRAWN:
        at = request.decided_at or request.created_at
        return f"Ajuan ini sudah ditarik oleh {request.staff.label} pada {when(at, tz)}."
    if request.decided_by is not None and request.decided_at is not None:
        return (f"Ajuan ini sudah diputuskan ({STATE_NAMES[request.state]}) oleh {request.decided_by.label} "
                f"pada {when(request.decided_at, tz)}.")
    return f"Ajuan ini sedang {STATE_NAMES[request.state]}; tidak bisa diputuskan sekarang."


def decision_notice(request: ApprovalRequest, tz: tzinfo) -> str:
    """What the officer is told when the request is decided (with the approver's note)."""
    assert request.decided_by is not None and request.decided_at is not None
    head = {
        State.APPROVED: approved_mark(request, tz),
        State.REVISION_REQUESTED: f"✏️ Diminta revisi oleh {request.decided_by.label}, {when(request.decided_at, tz)}",
        State.REJECTED: f"❌ Ditolak oleh {request.decided_by.label}, {when(request.decided_at, tz)}",
    }.get(request.state, STATE_NAMES[request.state])
    note = f"\nCatatan: {request.note}" if request.note else ""
    return head + note
