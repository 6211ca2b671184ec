"""The `humasbot` command line: the same core services the Telegram bot uses.

Every command but `chat` takes `--json` and then prints exactly one JSON object.
Bad input, bad settings and usage errors exit with status 2 and one Indonesian line ("Galat: ..."
on stderr; with --json also `{"error": ...}` on stdout).
"""

from __future__ import annotations

import logging
import stat
import sys
from pathlib import Path
from typing import Any, Literal
from urllib.parse import urlparse

import click

from bot import logsafe
from bot.cli_archive import arsip
from bot.cli_cards import card
from bot.cli_input import emit, fail, read_source, user_errors
from bot.cli_ocr import ocr
from bot.cli_quiz import quiz, script
from bot.cli_render import render_audit, render_hits, render_reply, render_rewrite
from bot.cli_transcribe import transcribe
from bot.cli_usage import HumasGroup
from bot.core.models import PLATFORMS, TONES, Tone
from bot.core.platforms import require_platforms
from bot.errors import BadInput, MissingFiles
from bot.resources import shipped_dir
from bot.settings import Settings, load_settings

TONE_CHOICE = click.Choice(list(TONES), case_sensitive=False)
PLATFORM_HELP = (
    f"{', '.join(PLATFORMS)} atau all. Ulangi untuk beberapa platform (-p instagram -p x) "
    "atau pisahkan dengan koma (-p instagram,x)."
)


class Ctx:
    """Lazily built settings and service, shared by the commands of one invocation."""

    def __init__(self) -> None:
        self._settings: Settings | None = None
        self._service: Any = None

    @property
    def settings(self) -> Settings:
        if self._settings is None:
            self._settings = load_settings()
        return self._settings

    @property
    def service(self) -> Any:
        if self._service is None:
            from bot.app import build_service

            self._service = build_service(self.settings)
        return self._service

    def ready_service(self) -> Any:
        """The service, with the shipped knowledge ingested on a first run."""
        service = self.service
        report = service.ensure_knowledge()
        if report is not None:
            click.echo(f"Basis pengetahuan disiapkan: {report.summary_id()}", err=True)
        return service


def read_example(name: str) -> str:
    """A file of the shipped examples (the demo's draft and comments)."""
    path = shipped_dir("examples") / name
    try:
        return path.read_text(encoding="utf-8")
    except OSError as err:
        raise MissingFiles(f"Contoh bawaan '{path}' tidak ditemukan. Pasang ulang HumasBot.") from err


@click.group(cls=HumasGroup)
@click.option("-v", "--verbose", is_flag=True, help="Tampilkan log rinci.")
@click.version_option(package_name="humasbot")
@click.pass_context
def main(ctx: click.Context, verbose: bool) -> None:
    """HumasBot: ubah draf rilis jadi unggahan yang ramah warga, dan balas komentar dengan tepat."""
    logging.basicConfig(
        level=logging.DEBUG if verbose else logging.WARNING,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )
    logsafe.install()  # secrets are added as the settings are loaded (`load_settings`)
    ctx.obj = Ctx()


pass_ctx = click.make_pass_decorator(Ctx)


@main.command()
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@click.option("--prune", is_flag=True, help="Hapus potongan dari berkas yang sudah tidak ada.")
@click.option("--json", "as_json", is_flag=True, help="Cetak satu objek JSON.")
@pass_ctx
@user_errors
def ingest(obj: Ctx, paths: tuple[Path, ...], prune: bool, as_json: bool) -> None:
    """Muat knowledge/ dan berkas/folder tambahan (.md, .txt, .pdf, .docx) ke basis pengetahuan."""
    for path in paths:
        if not path.exists():
            raise BadInput(f"'{path}' tidak ditemukan.")
        mode = path.stat().st_mode
        if not (stat.S_ISREG(mode) or stat.S_ISDIR(mode)):
            raise BadInput(f"'{path}' bukan berkas biasa atau folder (perangkat, FIFO atau soket).")
    report = obj.service.ingest(list(paths), prune=prune)
    payload = {
        "files": report.files,
        "added": report.added,
        "updated": report.updated,
        "unchanged": report.unchanged,
        "removed": report.removed,
        "skipped": report.skipped,
        "errors": report.errors,
        "chunks": obj.service.knowledge.count(),
    }
    emit(as_json, payload, report.summary_id())


@main.command()
@click.argument("query")
@click.option("-k", "k", type=click.IntRange(1, 50), default=None, help="Jumlah hasil.")
@click.option("--json", "as_json", is_flag=True, help="Cetak satu objek JSON.")
@pass_ctx
@user_errors
def search(obj: Ctx, query: str, k: int | None, as_json: bool) -> None:
    """Cari pedoman di basis pengetahuan."""
    hits = obj.ready_service().search(query, k)
    payload = {"hits": [{"title": h.title, "path": h.path, "text": h.text, "score": h.score} for h in hits]}
    emit(as_json, payload, render_hits(hits))


@main.command()
@click.argument("source", default="-", metavar="[FILE|-]")
@click.option("--platform", "-p", "platforms", multiple=True, default=["all"], show_default=True,
              metavar="PLATFORM", help=PLATFORM_HELP)
@click.option("--tone", type=TONE_CHOICE, default=None, help="Nada: formal, friendly, casual.")
@click.option("--json", "as_json", is_flag=True, help="Cetak satu objek JSON.")
@pass_ctx
@user_errors
def rewrite(obj: Ctx, source: str, platforms: tuple[str, ...], tone: Tone | None, as_json: bool) -> None:
    """Tulis ulang draf menjadi unggahan per platform."""
    names = require_platforms(platforms)  # before a first run's ingest: a typo is told at once
    draft = read_source(source, obj.settings.max_input_chars)
    result = obj.ready_service().rewrite(draft, platforms=names, tone=tone)
    emit(as_json, result.model_dump(), render_rewrite(result))


@main.command()
@click.argument("text", default="-", metavar="[TEXT|-]")
@click.option("--context", "context_file", type=click.Path(path_type=Path), default=None,
              help="Berkas berisi fakta untuk menjawab (mis. pengumuman resmi).")
@click.option("--tone", type=TONE_CHOICE, default=None, help="Nada: formal, friendly, casual.")
@click.option("--json", "as_json", is_flag=True, help="Cetak satu objek JSON.")
@pass_ctx
@user_errors
def reply(obj: Ctx, text: str, context_file: Path | None, tone: Tone | None, as_json: bool) -> None:
    """Saran balasan untuk komentar warga."""
    limit = obj.settings.max_input_chars
    comment = read_source("-", limit) if text == "-" else text
    context = read_source(str(context_file), limit) if context_file else None
    service = obj.ready_service()
    service.triage.ready(notify=lambda message: click.echo(message, err=True))
    result = service.reply(comment, context=context, tone=tone)
    emit(as_json, result.model_dump(), render_reply(result))


@main.command()
@click.argument("source", default="-", metavar="[FILE|-]")
@click.option("--platform", "-p", default="instagram", show_default=True, metavar="PLATFORM",
              help=f"Satu platform: {', '.join(PLATFORMS)}.")
@click.option("--json", "as_json", is_flag=True, help="Cetak satu objek JSON.")
@pass_ctx
@user_errors
def audit(obj: Ctx, source: str, platform: str, as_json: bool) -> None:
    """Periksa caption: seremoni, gelar berderet, dampak, ajakan, panjang, jargon, tagar."""
    draft = read_source(source, obj.settings.max_input_chars)
    result = obj.service.audit(draft, platform)
    emit(as_json, result.model_dump(), render_audit(result))


@main.command()
@click.option("--json", "as_json", is_flag=True, help="Cetak satu objek JSON.")
@pass_ctx
@user_errors
def doctor(obj: Ctx, as_json: bool) -> None:
    """Periksa pengaturan, basis pengetahuan, dan koneksi model."""
    from bot.doctor import run_checks

    checks = run_checks(obj.settings)
    ok = all(c["ok"] for c in checks if c.get("required", True))
    lines = [f"[{'OK' if c['ok'] else '!!'}] {c['name']}: {c['detail']}" for c in checks]
    emit(as_json, {"ok": ok, "checks": checks}, "\n".join(lines))
    sys.exit(0 if ok else 1)


@main.command()
@click.option("--chat/--no-chat", "open_chat", default=None,
              help="Buka mode chat sesudah demo (bawaan: tanya bila di terminal).")
@pass_ctx
@user_errors
def demo(obj: Ctx, open_chat: bool | None) -> None:
    """Demo: siapkan basis pengetahuan, tulis ulang contoh draf, dan sarankan balasan komentar."""
    service = obj.service
    click.echo(f"== 1. Basis pengetahuan ({obj.settings.chroma_dir})")
    click.echo(service.ingest().summary_id())
    draft = read_example("draft_rapat_vaksinasi.txt")
    click.echo("\n== 2. Draf asli\n" + draft.strip())
    click.echo("\n== 3. Audit draf asli\n" + render_audit(service.audit(draft, "instagram")))
    click.echo("\n== 4. Tulis ulang\n" + render_rewrite(service.rewrite(draft, platforms="all")))
    click.echo("\n== 5. Saran balasan komentar")
    service.triage.ready(notify=click.echo)
    comments = read_example("comments.txt").splitlines()
    for comment in (c.strip() for c in comments):
        if comment:
            click.echo(f"\n> {comment}\n" + render_reply(service.reply(comment)))
    if open_chat is None:
        open_chat = sys.stdin.isatty() and click.confirm("\nBuka mode chat sekarang?", default=False)
    if open_chat:
        from bot.chat import run_chat

        run_chat(service)
    else:
        click.echo("\nSelesai. Coba sendiri: `humasbot chat`.")


@main.command()
@pass_ctx
@user_errors
def chat(obj: Ctx) -> None:
    """Sesi interaktif di terminal: tulis ulang, saran balasan, audit, cari pedoman."""
    from bot.chat import run_chat

    run_chat(obj.ready_service())


@main.command()
@click.option("--webhook-url", default=None,
              help="URL publik https untuk webhook (bawaan: HUMASBOT_WEBHOOK_URL). Tanpa ini: long polling.")
@click.option("--listen", default=None, help="Alamat server webhook (bawaan: HUMASBOT_WEBHOOK_LISTEN).")
@click.option("--port", type=click.IntRange(1, 65535), default=None,
              help="Port server webhook (bawaan: HUMASBOT_WEBHOOK_PORT).")
@click.option("--secret-token", default=None,
              help="Token rahasia webhook, dicek di setiap permintaan (bawaan: HUMASBOT_WEBHOOK_SECRET).")
@pass_ctx
@user_errors
def run(obj: Ctx, webhook_url: str | None, listen: str | None, port: int | None, secret_token: str | None) -> None:
    """Jalankan bot Telegram (long polling; webhook bila --webhook-url diisi)."""
    settings = obj.settings
    token = settings.telegram_bot_token.get_secret_value().strip() if settings.telegram_bot_token else ""
    if not token:
        fail("TELEGRAM_BOT_TOKEN belum diatur. Buat bot di @BotFather, lalu isi TELEGRAM_BOT_TOKEN di .env "
             "atau variabel lingkungan.")
    url = webhook_url or settings.webhook_url
    if url:
        try:
            import tornado  # noqa: F401 - PTB's webhook server
        except ImportError:
            fail('Mode webhook butuh paket tambahan: pip install "python-telegram-bot[webhooks]".')
    logsafe.add_secrets([secret_token, logsafe.url_password(webhook_url)])
    level = logging.getLevelName(settings.log_level.upper())
    root = logging.getLogger()
    root.setLevel(min(root.level, level if isinstance(level, int) else logging.INFO))
    logging.getLogger("httpx").setLevel(logging.WARNING)  # its INFO lines carry the bot token in the URL

    from bot.telegram_app.application import build_application, connect, serve

    application = build_application(settings, obj.ready_service())
    webhook = None
    if url:
        secret = secret_token or (settings.webhook_secret.get_secret_value() if settings.webhook_secret else None)
        webhook = {
            "listen": listen or settings.webhook_listen,
            "port": port or settings.webhook_port,
            "url_path": urlparse(url).path.lstrip("/"),
            "webhook_url": url,
            "secret_token": secret,
        }
    connect(application)
    click.echo(f"HumasBot berjalan (mesin: {obj.service.engine_name}). Hentikan dengan Ctrl+C.", err=True)
    serve(application, webhook=webhook)


@main.command()
@click.option("--by", "group_by", type=click.Choice(["day", "user"]), default="day", show_default=True,
              help="Kelompokkan per hari atau per pengguna.")
@click.option("--days", type=click.IntRange(1, 3650), default=None, help="Hanya N hari terakhir.")
@click.option("--json", "as_json", is_flag=True, help="Cetak satu objek JSON.")
@pass_ctx
@user_errors
def stats(obj: Ctx, group_by: Literal["day", "user"], days: int | None, as_json: bool) -> None:
    """Pemakaian model: jumlah permintaan, token, perkiraan biaya, latensi, dan batas anggaran."""
    from bot.app import build_budget, build_usage_log
    from bot.usage import format_totals

    usage_log = build_usage_log(obj.settings)
    rows = usage_log.totals(group_by, days=days)
    for found in getattr(usage_log, "recovered", ()):  # a broken state file was moved aside
        click.echo(found.notice(), err=True)
    title = "Pemakaian per " + ("hari" if group_by == "day" else "pengguna")
    if days:
        title += f" ({days} hari terakhir)"
    budget = build_budget(obj.settings).report()
    payload = {"by": group_by, "days": days, "rows": [r.model_dump() for r in rows], "budget": budget.as_dict()}
    emit(as_json, payload, f"{format_totals(rows, title)}\n\n{budget.text()}")


main.add_command(arsip)
main.add_command(card)
main.add_command(ocr)
main.add_command(quiz)
main.add_command(script)
main.add_command(transcribe)
