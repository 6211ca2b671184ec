"""`humasbot chat`: an interactive terminal session over the same core flows."""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import Any

import click

from bot.cli_render import render_audit, render_hits, render_reply, render_rewrite
from bot.core.platforms import parse_platforms
from bot.errors import HumasError

MENU = """
Pilih:
  1. Tulis ulang draf
  2. Saran balasan komentar
  3. Audit caption
  4. Cari pedoman
  0. Keluar"""


def read_block(prompt: str) -> str | None:
    """Read lines until an empty line; None at end of input."""
    click.echo(f"{prompt} (akhiri dengan baris kosong):")
    lines: list[str] = []
    while True:
        line = sys.stdin.readline()
        if line == "":
            return "\n".join(lines) if lines else None
        if not line.strip():
            if lines:
                return "\n".join(lines)
            continue
        lines.append(line.rstrip("\n"))


def _ask(prompt: str, default: str) -> str | None:
    click.echo(f"{prompt} [{default}]: ", nl=False)
    line = sys.stdin.readline()
    if line == "":
        return None
    return line.strip() or default


def _rewrite(service: Any) -> bool:
    draft = read_block("Tempel draf")
    if draft is None:
        return False
    platform = _ask("Platform (instagram, facebook, x, tiktok, whatsapp, all; boleh beberapa: instagram,x)", "all")
    if platform is None:
        return False
    try:
        parse_platforms(platform)
    except ValueError as err:
        click.echo(f"Platform '{err}' tidak dikenal; memakai semua platform.")
        platform = "all"
    click.echo(render_rewrite(service.rewrite(draft, platforms=platform)))
    return True


def _reply(service: Any) -> bool:
    comment = read_block("Tempel komentar warga")
    if comment is None:
        return False
    click.echo(render_reply(service.reply(comment)))
    return True


def _audit(service: Any) -> bool:
    draft = read_block("Tempel caption")
    if draft is None:
        return False
    click.echo(render_audit(service.audit(draft, "instagram")))
    return True


def _search(service: Any) -> bool:
    query = read_block("Apa yang dicari")
    if query is None:
        return False
    click.echo(render_hits(service.search(query)))
    return True


ACTIONS: dict[str, Callable[[Any], bool]] = {"1": _rewrite, "2": _reply, "3": _audit, "4": _search}


def run_chat(service: Any) -> None:
    """Loop over the menu until the user picks 0 or input ends."""
    engine = service.engine_name
    note = " (tanpa model bahasa: hasil disusun ulang dari draf)" if engine == "offline" else ""
    click.echo(f"HumasBot mode chat. Mesin: {engine}{note}.")
    while True:
        click.echo(MENU)
        click.echo("> ", nl=False)
        choice = sys.stdin.readline()
        if choice == "" or choice.strip() in ("0", "q", "keluar", "exit"):
            click.echo("Sampai jumpa.")
            return
        action = ACTIONS.get(choice.strip())
        if action is None:
            click.echo("Pilihan tidak dikenal. Ketik 1, 2, 3, 4, atau 0.")
            continue
        try:
            if not action(service):
                click.echo("Sampai jumpa.")
                return
        except HumasError as err:
            click.echo(f"Galat: {err}")
