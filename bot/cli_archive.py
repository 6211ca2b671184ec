"""`humasbot arsip`: the approval archive (submissions, decisions, notes, approved texts) for an auditor.

Read from the state file, or from Redis when HUMASBOT_REDIS_URL is set (the same store the bot
writes). CSV is UTF-8 with a BOM so that a spreadsheet shows Indonesian characters intact.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import click

from bot.cli_input import emit, fail, user_errors
from bot.errors import BadInput
from bot.state_file import Recovered


@click.command(name="arsip")
@click.option("--since", default=None, metavar="TANGGAL", help="Mulai tanggal ini (2026-12-01 atau 01/12/2026).")
@click.option("--until", default=None, metavar="TANGGAL", help="Sampai tanggal ini (termasuk).")
@click.option("--csv", "as_csv", is_flag=True, help="CSV (UTF-8 dengan BOM) untuk spreadsheet.")
@click.option("--json", "as_json", is_flag=True, help="Cetak satu objek JSON.")
@click.option("--output", "-o", type=click.Path(path_type=Path, dir_okay=False), default=None,
              help="Tulis ke berkas ini, bukan ke layar.")
@click.pass_obj
@user_errors
def arsip(obj: Any, since: str | None, until: str | None, as_csv: bool, as_json: bool, output: Path | None) -> None:
    """Arsip persetujuan: setiap ajuan, keputusan, catatan, dan teks yang disetujui."""
    from bot.app import build_workflow_store
    from bot.workflow import export

    if as_csv and as_json:
        fail("Pilih salah satu: --csv atau --json.", as_json)
    tz = obj.settings.tz
    low, high = export.day_bounds(export.parse_day(since, "--since") if since else None,
                                  export.parse_day(until, "--until") if until else None, tz)
    store = build_workflow_store(obj.settings)
    events = store.events(low, high)
    recovered: list[Recovered] = getattr(store, "recovered", [])  # broken state files moved aside
    for found in recovered:
        click.echo(found.notice(), err=True)
    if as_csv:
        data = export.to_csv(events, tz)
        if output is None:
            sys.stdout.flush()
            sys.stdout.buffer.write(data)
            sys.stdout.buffer.flush()
        else:
            _write(output, data)
            click.echo(f"{len(events)} peristiwa ditulis ke {output}.", err=True)
        return
    if output is not None:
        text = export.dumps(export.to_json(events, tz)) if as_json else export.to_text(events, tz)
        _write(output, (text + "\n").encode("utf-8"))
        click.echo(f"{len(events)} peristiwa ditulis ke {output}.", err=True)
        return
    emit(as_json, export.to_json(events, tz), export.to_text(events, tz))


def _write(path: Path, data: bytes) -> None:
    try:
        path.write_bytes(data)
    except OSError as err:
        raise BadInput(f"Berkas '{path}' tidak dapat ditulis: {err.strerror or err}.") from err
