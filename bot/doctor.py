"""`humasbot doctor`: checks of settings, the store and model reachability.

Secrets are reported only as set or not set, never printed; URLs are shown masked (`mask_url`),
and every detail passes through `redact` (an error's text may quote a URL).
"""

from __future__ import annotations

import os
import sqlite3
from typing import Any

from bot import state_file
from bot.logsafe import mask_url, redact
from bot.settings import Settings


def _check(name: str, ok: bool, detail: str, required: bool = True) -> dict[str, Any]:
    return {"name": name, "ok": ok, "detail": redact(detail), "required": required}


def check_data_dir(settings: Settings) -> dict[str, Any]:
    try:
        settings.ensure_data_dir()
        probe = settings.data_dir / ".write-test"
        probe.write_text("ok", encoding="utf-8")
        probe.unlink()
        return _check("Folder data", True, str(settings.data_dir))
    except OSError as err:
        detail = f"{settings.data_dir} tidak bisa ditulis ({err.strerror}); atur HUMASBOT_DATA_DIR."
        return _check("Folder data", False, detail)


def check_state_file(settings: Settings) -> dict[str, Any]:
    """The state file (chat profiles, usage) is a sound SQLite database, or not there yet."""
    path = settings.state_db
    try:
        reason = state_file.problem(path)
    except sqlite3.Error as err:
        return _check("Berkas status", False, f"{path} tidak bisa dibaca ({err}).")
    if reason is not None:
        detail = (f"{path} rusak ({reason}); `humasbot run` akan memindahkannya ke {path.name}.corrupt-<waktu> "
                  "dan mulai dengan status kosong.")
        return _check("Berkas status", False, detail)
    return _check("Berkas status", True, str(path) if path.exists() else f"{path} (belum ada; dibuat saat dipakai)")


def check_knowledge_dir(settings: Settings) -> dict[str, Any]:
    folder = settings.knowledge_dir
    if not folder.is_dir():
        return _check("Folder pengetahuan", False, f"{folder} tidak ada; atur HUMASBOT_KNOWLEDGE_DIR.")
    count = sum(1 for p in folder.rglob("*") if p.suffix.lower() in {".md", ".txt", ".pdf", ".docx"})
    return _check("Folder pengetahuan", count > 0, f"{folder} ({count} dokumen)")


def check_store(settings: Settings) -> dict[str, Any]:
    try:
        from bot.app import build_service

        service = build_service(settings)
        count = service.knowledge.count()
    except Exception as err:  # doctor reports, it does not crash
        return _check("Basis pengetahuan", False, f"tidak bisa dibuka: {type(err).__name__}: {err}")
    http = settings.chroma_mode == "http"
    where = f", server {mask_url(settings.chroma_host)}:{settings.chroma_port}" if http else ""
    detail = f"{count} potongan ({settings.chroma_mode}{where}, embedding {settings.embeddings})"
    if count == 0:
        detail += "; jalankan `humasbot ingest`"
    return _check("Basis pengetahuan", count > 0, detail)


def check_model(settings: Settings) -> dict[str, Any]:
    if not settings.llm_configured:
        return _check(
            "Model bahasa",
            True,
            "tidak diatur: memakai mesin offline (atur OPENAI_API_KEY atau OPENAI_BASE_URL untuk model).",
            required=False,
        )
    from openai import OpenAI

    key = settings.openai_api_key.get_secret_value() if settings.openai_api_key else "not-needed"
    client = OpenAI(api_key=key, base_url=settings.openai_base_url, timeout=5.0, max_retries=0)
    where = mask_url(settings.openai_base_url) if settings.openai_base_url else "OpenAI"
    try:
        models = [m.id for m in client.models.list()]
    except Exception as err:  # any failure means "not reachable"; say which
        return _check("Model bahasa", False, f"{where} tidak dapat dihubungi ({type(err).__name__}).", required=False)
    found = settings.openai_model in models if models else True
    detail = f"{where} terhubung; model {settings.openai_model}" + ("" if found else " TIDAK ada di daftar server")
    return _check("Model bahasa", found, detail, required=False)


def check_transcription(settings: Settings) -> dict[str, Any]:
    """Voice notes: off (how to turn them on), or the model and its server, reached as the chat
    model's is (its model list; a Whisper server without one is reported, not failed)."""
    name = "Transkripsi suara"
    if not settings.transcribe_configured:
        detail = ("tidak diatur: pesan suara tidak ditranskripsi (atur HUMASBOT_TRANSCRIBE_MODEL, mis. whisper-1, "
                  "dengan OPENAI_API_KEY atau HUMASBOT_TRANSCRIBE_BASE_URL).")
        return _check(name, True, detail, required=False)
    from openai import NotFoundError, OpenAI

    model = settings.transcribe_model.strip()
    key = settings.transcribe_key.get_secret_value() if settings.transcribe_key else "not-needed"
    client = OpenAI(api_key=key, base_url=settings.transcribe_url, timeout=5.0, max_retries=0)
    where = mask_url(settings.transcribe_url) if settings.transcribe_url else "OpenAI"
    try:
        models = [m.id for m in client.models.list()]
    except NotFoundError:
        return _check(name, True, f"{where}; model {model} (server tanpa daftar model: tidak diperiksa)",
                      required=False)
    except Exception as err:  # any other failure means "not reachable"; say which
        return _check(name, False, f"{where} tidak dapat dihubungi ({type(err).__name__}).", required=False)
    found = model in models if models else True
    detail = f"{where} terhubung; model {model}" + ("" if found else " TIDAK ada di daftar server")
    return _check(name, found, detail, required=False)


def check_telegram(settings: Settings) -> dict[str, Any]:
    if settings.telegram_bot_token is None:
        return _check("Telegram", True, "TELEGRAM_BOT_TOKEN tidak diatur (hanya CLI).", required=False)
    access = "mode terbuka" if settings.open_mode else (
        f"{len(settings.allowed_user_ids)} pengguna, {len(settings.allowed_chat_ids)} grup, "
        f"{len(settings.admin_ids)} admin"
    )
    detail = f"token diatur; server {mask_url(settings.telegram_api_base_url)}; akses: {access}"
    return _check("Telegram", True, detail, required=False)


def check_card_font() -> dict[str, Any]:
    """The infographics' font: DejaVu Sans from the system, or Pillow's own font as a fallback."""
    from bot.cards.fonts import font_status

    ok, detail = font_status()
    return _check("Huruf infografis", ok, detail, required=False)


def check_ocr(settings: Settings) -> dict[str, Any]:
    """Reading screenshots needs Tesseract and its language data; without them, text still works."""
    from bot.ocr import ocr_status

    status = ocr_status(settings)
    return _check("OCR (Tesseract)", status.available, status.detail, required=False)


def check_redis(settings: Settings) -> dict[str, Any]:
    """Shared state: every bot process needs the Redis server when HUMASBOT_REDIS_URL is set."""
    from bot import redis_client
    from bot.errors import HumasError

    where = mask_url(settings.redis_url or "")
    try:
        redis_client.check(settings.redis_url or "")
    except HumasError as err:
        return _check("Redis", False, f"{where}: {err}")
    return _check("Redis", True, f"{where} terhubung")


def run_checks(settings: Settings) -> list[dict[str, Any]]:
    os.environ.setdefault("ORT_DISABLE_TELEMETRY", "1")
    checks = [
        check_data_dir(settings),
        check_state_file(settings),
        check_knowledge_dir(settings),
        check_store(settings),
        check_model(settings),
        check_transcription(settings),
        check_telegram(settings),
        check_card_font(),
        check_ocr(settings),
    ]
    if settings.redis_url:
        checks.append(check_redis(settings))
    return checks
