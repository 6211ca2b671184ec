"""Build the Telegram `Application`: a thin layer of handlers over the core `HumasService`.

Updates are handled concurrently (`concurrent_updates`); the core's blocking calls run in the
runtime's thread pool, and `ChatJobs` keeps one request per chat. Handlers get a typed
`HumasContext` (runtime.py). The Bot API is reached through `default_request()` (aiohttp) and
`default_rate_limiter()` (flood control and retries of calls lost to the network), unless the
caller gives its own (a benchmark without flood control, for one).
With `HUMASBOT_REDIS_URL`, chat state, the per-chat lock and update ids are shared through Redis
by every process behind one webhook URL (`shared_state`).

    app = build_application(settings, service)
    connect(app)                 # getMe: a refused token or an unreachable server is a ConfigError
    serve(app)                   # or serve(app, webhook={...}); see `humasbot run`
"""

from __future__ import annotations

import asyncio
import gc
import logging
from typing import TYPE_CHECKING, Any

from telegram import BotCommand, LinkPreviewOptions, Update
from telegram.error import InvalidToken, NetworkError, TelegramError, TimedOut
from telegram.ext import (
    ApplicationBuilder,
    BaseRateLimiter,
    CallbackQueryHandler,
    CommandHandler,
    Defaults,
    MessageHandler,
    TypeHandler,
    filters,
)
from telegram.request import BaseRequest

from bot.errors import BadInput, ConfigError
from bot.logsafe import mask_url
from bot.settings import Settings
from bot.telegram_app import (
    access,
    handlers_admin,
    handlers_approval,
    handlers_basic,
    handlers_budget,
    handlers_inputs,
    handlers_logo,
    handlers_media,
    handlers_work,
    keyboards,
    shared_state,
    state,
)
from bot.telegram_app.incoming import (
    ADDRESSED,
    CAPTION_COMMAND,
    DRAFT,
    GROUPS,
    PRIVATE,
    UNSUPPORTED,
)
from bot.telegram_app.network import RetryingRateLimiter
from bot.telegram_app.runtime import CONTEXT_TYPES, HumasApplication, Runtime
from bot.telegram_app.transport import AiohttpRequest

if TYPE_CHECKING:
    from bot.core.services import HumasService
    from bot.workflow.desk import ApprovalDesk

log = logging.getLogger(__name__)

COMMANDS = [
    BotCommand("start", "Mulai dan petunjuk singkat"),
    BotCommand("tulis", "Tulis ulang draf jadi unggahan media sosial"),
    BotCommand("balas", "Saran balasan untuk komentar warga"),
    BotCommand("audit", "Periksa caption sebelum diunggah"),
    BotCommand("profil", "Lihat atau atur profil instansi"),
    BotCommand("sumber", "Daftar dokumen pedoman"),
    BotCommand("batal", "Batalkan permintaan yang sedang berjalan"),
    BotCommand("tambah", "(Admin) Tambah dokumen pedoman"),
    BotCommand("logo", "(Admin) Atur logo instansi untuk infografis"),
    BotCommand("stats", "(Admin) Statistik pemakaian"),
    BotCommand("anggaran", "(Admin) Batas pemakaian model"),
    BotCommand("antrian", "Ajuan yang menunggu persetujuan"),
    BotCommand("peran", "(Admin) Atur penyetuju"),
    BotCommand("arsip", "(Admin) Unduh arsip persetujuan (CSV)"),
]
#: Connections to the Bot API (`AiohttpRequest`, see transport.py): enough for Telegram's ~30
#: messages/s; a call waits up to TELEGRAM_POOL_WAIT_S for a free one.
TELEGRAM_CONNECTIONS = 32
TELEGRAM_POOL_WAIT_S = 10.0
#: After every other handler group (shared_state.FLUSH_GROUP is 100).
ANNOUNCE_GROUP = 200
NO_TOKEN = "TELEGRAM_BOT_TOKEN belum diatur. Isi token dari @BotFather di berkas .env atau variabel lingkungan."
TOKEN_REFUSED = (
    "Server Bot API ({url}) menolak TELEGRAM_BOT_TOKEN: token salah atau sudah dicabut, atau "
    "TELEGRAM_API_BASE_URL bukan server Bot API. Salin ulang token dari @BotFather, lalu jalankan lagi."
)
API_UNREACHABLE = (
    "Server Bot API di TELEGRAM_API_BASE_URL ({url}) tidak dapat dihubungi ({reason}). "
    "Periksa alamat dan jaringan, lalu jalankan lagi."
)
WEBHOOK_UNAVAILABLE = "Server webhook tidak bisa dibuka di {listen}:{port} ({reason}). Pilih alamat atau port lain."


def default_request() -> BaseRequest:
    """The Bot API connection pool of production: aiohttp, `TELEGRAM_CONNECTIONS` connections."""
    return AiohttpRequest(TELEGRAM_CONNECTIONS, pool_timeout=TELEGRAM_POOL_WAIT_S)


def default_rate_limiter() -> BaseRateLimiter[Any]:
    """Telegram's flood limits (a call waits out up to 3 answers 429) and retries of calls lost to the network."""
    return RetryingRateLimiter(max_retries=3)


async def post_init(application: HumasApplication) -> None:
    """Set the command menu (Indonesian descriptions) once the bot is known; warm the retrieval up."""
    await application.bot.set_my_commands(COMMANDS)
    await state.announce_recoveries(application)  # a broken state file moved aside while loading
    rt = application.bot_data.runtime
    await rt.run_blocking(rt.service.warm_up)
    # What is loaded by now (libraries, the embedding model, indexes) lives as long as the process:
    # the cyclic GC need not walk it again. Unfrozen, its full collections paused the whole bot for
    # up to ~140 ms in the middle of answers (docs/benchmarks.md, section 4).
    gc.collect()
    gc.freeze()


async def post_shutdown(application: HumasApplication) -> None:
    """Let go of the worker threads (a model call still running finishes on its own) and of Redis."""
    await application.bot_data.runtime.close()


def build_application(
    settings: Settings,
    service: HumasService,
    *,
    request: BaseRequest | None = None,
    rate_limiter: BaseRateLimiter[Any] | None = None,
    desk: ApprovalDesk | None = None,
) -> HumasApplication:
    """The bot, wired to `service`; state in `settings.state_db` (or Redis), Bot API at `telegram_api_base_url`.

    `request` and `rate_limiter` default to `default_request()` and `default_rate_limiter()`;
    `desk` (the approval flow) to `bot.app.build_approval_desk(settings)`.
    """
    from bot.app import build_approval_desk

    if settings.telegram_bot_token is None or not settings.telegram_bot_token.get_secret_value().strip():
        raise BadInput(NO_TOKEN)
    settings.ensure_data_dir()
    base = settings.telegram_api_base_url.rstrip("/")
    shared = shared_state.open_shared(settings)
    application = (
        ApplicationBuilder()
        .token(settings.telegram_bot_token.get_secret_value().strip())
        .base_url(f"{base}/bot")
        .base_file_url(f"{base}/file/bot")
        .concurrent_updates(True)
        .request(request or default_request())
        .rate_limiter(rate_limiter or default_rate_limiter())
        .persistence(shared_state.make_persistence(settings, shared))
        .context_types(CONTEXT_TYPES)
        .defaults(Defaults(link_preview_options=LinkPreviewOptions(is_disabled=True)))
        .post_init(post_init)
        .post_shutdown(post_shutdown)
        .build()
    )
    application.bot_data.runtime = Runtime(
        settings=settings,
        service=service,
        jobs=shared_state.make_jobs(shared),
        claims=shared_state.make_claims(shared),
        desk=desk or build_approval_desk(settings),
    )
    add_handlers(application)
    shared_state.add_handlers(application, shared)
    return application


def serve(application: HumasApplication, *, webhook: dict[str, Any] | None = None) -> None:
    """Serve until stopped, once `connect` succeeded: long polling, or PTB's webhook server with
    `webhook` as its `run_webhook` arguments. What stops the start is a `ConfigError`."""
    settings = application.bot_data.runtime.settings
    try:
        if webhook is None:
            application.run_polling(allowed_updates=Update.ALL_TYPES)
        else:
            application.run_webhook(allowed_updates=Update.ALL_TYPES, **webhook)
    except TelegramError as err:  # post_init (the command menu) or setWebhook
        raise _start_error(err, settings.telegram_api_base_url) from None
    except OSError as err:  # the webhook server's address
        if webhook is None:
            raise
        reason = err.strerror or "alamat tidak bisa dipakai"
        message = WEBHOOK_UNAVAILABLE.format(listen=webhook["listen"], port=webhook["port"], reason=reason)
        raise ConfigError(message) from None


def connect(application: HumasApplication) -> None:
    """Reach the Bot API once (getMe) on the event loop that `run_polling`/`run_webhook` then use.

    A refused token, an unreachable or malformed server become one `ConfigError` line instead of
    PTB's logged traceback (whose text quotes the token); what was opened is closed again.
    """
    loop = asyncio.new_event_loop()
    asyncio.set_event_loop(loop)
    try:
        loop.run_until_complete(_initialize(application))
    except BaseException:
        loop.run_until_complete(_release(application))
        asyncio.set_event_loop(None)
        loop.close()
        raise


async def _initialize(application: HumasApplication) -> None:
    try:
        await application.initialize()
    except TelegramError as err:
        raise _start_error(err, application.bot_data.runtime.settings.telegram_api_base_url) from None


async def _release(application: HumasApplication) -> None:
    """Close what a failed start opened: the Bot API connections, the worker threads, Redis."""
    await application.bot.shutdown()
    await post_shutdown(application)


def _start_error(err: TelegramError, base_url: str) -> ConfigError:
    url = mask_url(base_url)
    if isinstance(err, InvalidToken):
        return ConfigError(TOKEN_REFUSED.format(url=url))
    if isinstance(err, TimedOut):
        reason = "waktu tunggu habis"
    elif isinstance(err, NetworkError):
        reason = "koneksi gagal"
    else:
        reason = "jawaban server tidak dikenal"
    return ConfigError(API_UNREACHABLE.format(url=url, reason=reason))


def add_handlers(application: HumasApplication) -> None:
    """Access first (group -1), then one handler per kind of update; one error handler."""
    application.add_handler(TypeHandler(Update, access.gate), group=-1)
    handlers_approval.add_handlers(application)  # first: a reply or note it takes is no draft
    # New messages only: editing an old draft or command does not run it again.
    fresh = filters.UpdateType.MESSAGE

    for names, callback in (
        (("start", "bantuan", "help"), handlers_basic.start),
        ("tulis", handlers_work.tulis),
        ("balas", handlers_work.balas),
        ("audit", handlers_work.audit),
        ("batal", handlers_work.batal),
        ("profil", handlers_basic.profil),
        ("sumber", handlers_basic.sumber),
        ("tambah", handlers_admin.tambah),
        ("stats", handlers_admin.stats),
        ("logo", handlers_logo.logo),
        ("anggaran", handlers_budget.anggaran),
    ):
        application.add_handler(CommandHandler(names, callback, filters=fresh))

    # Private chats: everything; groups: only what mentions the bot or replies to it.
    addressed = fresh & (PRIVATE | (GROUPS & ADDRESSED))
    # An image with the caption /logo, before the documents and drafts it would otherwise be.
    application.add_handler(MessageHandler(fresh & handlers_logo.LOGO_CAPTION, handlers_logo.logo_upload))
    # Every document: the second step of a group's /tambah is neither a mention nor a reply
    # (the handler leaves other group documents alone).
    application.add_handler(MessageHandler(filters.Document.ALL & fresh, handlers_admin.document))
    application.add_handler(MessageHandler(fresh & CAPTION_COMMAND, handlers_work.caption_command))
    application.add_handler(MessageHandler(handlers_inputs.UNCAPTIONED_PHOTO & addressed, handlers_inputs.photo))
    application.add_handler(MessageHandler(handlers_inputs.SOUND & addressed, handlers_inputs.sound))
    application.add_handler(MessageHandler(DRAFT & addressed, handlers_work.draft))
    application.add_handler(MessageHandler(UNSUPPORTED & addressed, handlers_basic.unsupported))
    application.add_handler(MessageHandler(fresh & filters.COMMAND & PRIVATE, handlers_basic.unknown_command))
    application.add_handler(CallbackQueryHandler(handlers_work.draft_action, pattern=keyboards.DRAFT_PATTERN))
    application.add_handler(CallbackQueryHandler(handlers_work.variant, pattern=keyboards.VARIANT_PATTERN))
    application.add_handler(CallbackQueryHandler(handlers_media.media, pattern=keyboards.MEDIA_PATTERN))
    application.add_handler(CallbackQueryHandler(handlers_admin.confirm_replace, pattern=keyboards.UPLOAD_PATTERN))
    application.add_handler(CallbackQueryHandler(handlers_inputs.scan, pattern=keyboards.SCAN_PATTERN))
    application.add_handler(CallbackQueryHandler(handlers_basic.stale_button))  # any other button data
    application.add_error_handler(handlers_basic.on_error)
    # Last of all: a state file found broken while handling the update is told to the admins now.
    application.add_handler(TypeHandler(Update, state.announce_after_update), group=ANNOUNCE_GROUP)
    application.add_handler(TypeHandler(Update, handlers_budget.deliver_alerts), group=handlers_budget.ALERT_GROUP)
