"""The archive as a file an auditor opens: CSV (UTF-8 with BOM, for spreadsheets) or JSON.

A spreadsheet guesses a CSV file's encoding; the byte order mark makes it read UTF-8, so names
and words with Indonesian (and any other) characters stay intact. A cell that begins with
`=`, `+`, `-` or `@` would be run as a formula: it is written with a leading apostrophe (the
usual defence against CSV injection); the JSON export keeps every text exactly.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Sequence
from datetime import date, datetime, time, timedelta, tzinfo

from bot.errors import BadInput
from bot.workflow.models import ArchiveEvent
from bot.workflow.texts import EVENT_NAMES

BOM = "\ufeff"
HEADERS = ("no", "waktu", "peristiwa", "ajuan", "obrolan", "jenis", "pelaku_id", "pelaku", "status", "teks",
           "sha256", "catatan")
_FORMULA = ("=", "+", "-", "@", "\t", "\r")
_DMY = re.compile(r"(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})")


def parse_day(text: str, what: str) -> date:
    """A day as YYYY-MM-DD or DD/MM/YYYY (also with dashes or dots)."""
    value = text.strip()
    try:
        if match := _DMY.fullmatch(value):
            return date(int(match[3]), int(match[2]), int(match[1]))
        return date.fromisoformat(value)
    except ValueError:
        raise BadInput(f"Tanggal {what} '{value[:30]}' tidak sah: tulis 2026-12-01 atau 01/12/2026.") from None


def day_bounds(since: date | None, until: date | None, tz: tzinfo) -> tuple[datetime | None, datetime | None]:
    """From the start of `since` to the end of `until` (both whole days, in the office's time zone)."""
    if since is not None and until is not None and since > until:
        raise BadInput("Tanggal --since tidak boleh sesudah --until.")
    low = datetime.combine(since, time(), tz) if since else None
    high = datetime.combine(until + timedelta(days=1), time(), tz) if until else None
    return low, high


def _cell(value: str) -> str:
    return "'" + value if value.startswith(_FORMULA) else value


def rows(events: Sequence[ArchiveEvent], tz: tzinfo, spreadsheet: bool = True) -> list[list[str]]:
    """One row of `HEADERS` per event; for a spreadsheet, cells that would be formulas are quoted."""
    cell = _cell if spreadsheet else str
    out = []
    for n, e in enumerate(events, start=1):
        local = e.at.astimezone(tz).strftime("%Y-%m-%d %H:%M:%S")
        out.append([str(n), local, EVENT_NAMES.get(e.event, e.event), e.request_id, str(e.chat_id or ""), e.kind,
                    str(e.actor_id or ""), cell(e.actor_name), e.state, cell(e.text), e.text_sha256, cell(e.note)])
    return out


def to_csv(events: Sequence[ArchiveEvent], tz: tzinfo) -> bytes:
    """UTF-8 with a BOM, one header row, CRLF line ends (RFC 4180, what spreadsheets expect)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(HEADERS)
    writer.writerows(rows(events, tz))
    return (BOM + buffer.getvalue()).encode("utf-8")


def to_json(events: Sequence[ArchiveEvent], tz: tzinfo) -> dict[str, object]:
    return {"events": [{**e.model_dump(mode="json", exclude={"seq"}), "local_time": e.at.astimezone(tz).isoformat()}
                       for e in events]}


def to_text(events: Sequence[ArchiveEvent], tz: tzinfo) -> str:
    if not events:
        return "Arsip kosong untuk rentang ini."
    lines = []
    for row in rows(events, tz, spreadsheet=False):
        n, at, event, request, _chat, kind, _id, actor, _state, text, _sha, note = row
        head = f"{n}. {at} · {event}" + (f" · {request} ({kind})" if request else "") + f" · {actor}"
        lines.append(head)
        if text:
            lines.append("   " + text.replace("\n", "\n   "))
        if note:
            lines.append("   Catatan: " + note)
    return "\n".join(lines)


def dumps(payload: dict[str, object]) -> str:
    return json.dumps(payload, ensure_ascii=False, indent=2)
