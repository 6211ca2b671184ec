"""What the language model must answer: pydantic schemas and their JSON Schema for the API.

Parsing is deliberately lenient (code fences, prose around the JSON, a bare list of posts, an
unknown comment kind) because self-hosted servers do not always honour `response_format`;
anything that still does not fit raises `OutputInvalid` with a short reason that goes into the
repair prompt.
"""

from __future__ import annotations

import itertools
import json
import re
from functools import cache
from typing import Any

from langchain_core.utils.json_schema import dereference_refs
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from bot.core.compose import (
    AUDIT_SUGGESTION_CHARS,
    CTA_CHARS,
    REASON_CHARS,
    RECOMMENDATION_CHARS,
    REPLY_CHARS,
    VISUAL_CHARS,
    clip,
)
from bot.core.models import COMMENT_KINDS, PLATFORMS, CommentKind, PlatformName


class OutputInvalid(ValueError):
    """The model's answer does not fit the schema; the message says why (for the repair prompt)."""


class PostOut(BaseModel):
    """One social media post for one platform."""

    model_config = ConfigDict(json_schema_extra={"description": "Satu unggahan untuk satu platform."})

    platform: PlatformName = Field(description="Nama platform: instagram, facebook, x, tiktok, atau whatsapp.")
    text: str = Field(description="Isi unggahan siap tempel, termasuk ajakan bertindak, tanpa tagar.")
    hashtags: list[str] = Field(default_factory=list, description="Tagar, masing-masing diawali #.")
    call_to_action: str = Field("", description="Kalimat ajakan bertindak yang ada di dalam teks.")
    visual: str = Field("", description="Saran visual singkat: infografis, foto, atau video.")
    thread: list[str] = Field(
        default_factory=list,
        description="Khusus X: balasan utas berisi fakta penting yang tidak muat di unggahan pertama, "
        "masing-masing dalam batas karakter X; kosongkan bila semua sudah muat dan untuk platform lain.",
    )


class RewriteOut(BaseModel):
    """Posts for the requested platforms."""

    model_config = ConfigDict(json_schema_extra={"description": "Unggahan untuk platform yang diminta."})

    posts: list[PostOut] = Field(description="Satu unggahan untuk setiap platform yang diminta.")
    guideline_ids: list[str] = Field(default_factory=list, description="Id panduan yang dipakai.")


class ReplyOut(BaseModel):
    """Suggested replies to one citizen comment."""

    model_config = ConfigDict(json_schema_extra={"description": "Saran balasan untuk satu komentar warga."})

    kind: CommentKind = Field(description="Jenis komentar.")
    escalate: bool = Field(description="true bila perlu diteruskan ke atasan atau instansi teknis.")
    reason: str = Field(description="Alasan singkat penggolongan dan eskalasi.")
    suggestions: list[str] = Field(description="Dua sampai tiga pilihan balasan siap kirim.")
    recommendation: str = Field("", description="Langkah yang disarankan untuk petugas humas.")


class AuditOut(BaseModel):
    """Improvement suggestions on top of the rule-based audit."""

    model_config = ConfigDict(json_schema_extra={"description": "Saran perbaikan caption."})

    suggestions: list[str] = Field(description="Dua sampai lima saran perbaikan yang konkret.")


def json_schema(model: type[BaseModel]) -> dict[str, Any]:
    """A self-contained JSON Schema (no $ref) with a tool-safe title, for any OpenAI-compatible server."""
    schema = dereference_refs(model.model_json_schema())
    schema.pop("$defs", None)
    schema["title"] = model.__name__
    return schema


def _skeleton(node: dict[str, Any]) -> Any:
    if node.get("type") == "object":
        return {name: _skeleton(sub) for name, sub in node.get("properties", {}).items()}
    if node.get("type") == "array":
        items = node.get("items", {})
        if items.get("type") == "string" and "description" not in items:
            items = {**items, "description": node.get("description", "teks")}
        return [_skeleton(items)]
    if "enum" in node:
        return "|".join(str(v) for v in node["enum"])
    if node.get("type") == "boolean":
        return "true/false (boolean): " + node.get("description", "")
    return node.get("description", node.get("type", "..."))


@cache
def schema_hint(model: type[BaseModel]) -> str:
    """A compact skeleton of the schema for prompts (json_mode needs it): each value says what goes there.

    Cached: the schemas are fixed classes, and building one costs ~2 ms of CPU on every request."""
    schema = json_schema(model)
    required = ", ".join(schema.get("required", []))
    return json.dumps(_skeleton(schema), ensure_ascii=False, indent=1) + f"\nKunci wajib: {required}."


#: Where `extract_json` tries a JSON value at most (each "{" or "[" is one try).
_MAX_STARTS = 200
_FENCE = re.compile(r"^\s*```(?:json|JSON)?\s*|\s*```\s*$")


def extract_json(text: str) -> Any:
    """The first JSON object (or array) in `text`, tolerating code fences and prose around it."""
    text = _FENCE.sub("", text.strip())
    try:
        return json.loads(text)
    except ValueError:
        pass
    decoder = json.JSONDecoder()
    starts = (i for i, ch in enumerate(text) if ch in "{[")
    for i in itertools.islice(starts, _MAX_STARTS):  # bounded: no copy of the text per try
        try:
            value, _ = decoder.raw_decode(text, i)
            return value
        except (ValueError, RecursionError):
            continue
    raise OutputInvalid("jawaban bukan JSON yang sah")


def _errors(err: ValidationError) -> str:
    parts = []
    for e in err.errors()[:5]:
        loc = ".".join(str(x) for x in e["loc"])
        parts.append(f"{loc}: {e['msg']}")
    return "; ".join(parts)


def _tags(value: Any) -> list[str]:
    if isinstance(value, str):
        value = value.replace(",", " ").split()
    if not isinstance(value, list):
        return []
    out: list[str] = []
    for tag in value:
        tag = "#" + re.sub(r"\s+", " ", str(tag)).strip().lstrip("#")  # spaces: compose.normalize_hashtag
        if len(tag) > 1 and tag not in out:
            out.append(tag)
    return out


def _replies(value: Any) -> list[str]:
    """Thread replies as a list of texts, whatever shape the model gave (one text, a list, nothing)."""
    items = value if isinstance(value, list) else [value] if isinstance(value, str) else []
    return [text for item in items if isinstance(item, str | int | float) and (text := str(item).strip())]


def parse_rewrite(data: Any, platforms: list[PlatformName]) -> RewriteOut:
    """Validate a rewrite answer; every requested platform must be present, extras are dropped."""
    if isinstance(data, list):
        data = {"posts": data}
    if not isinstance(data, dict):
        raise OutputInvalid("jawaban harus objek JSON dengan kunci 'posts'")
    posts = data.get("posts")
    if isinstance(posts, dict):  # {"instagram": {...}, "x": {...}}
        posts = [
            {"platform": k, **v} if isinstance(v, dict) else {"platform": k, "text": str(v)}
            for k, v in posts.items()
        ]
    if not isinstance(posts, list):
        raise OutputInvalid("kunci 'posts' harus berupa daftar unggahan")
    cleaned = []
    for post in posts:
        if isinstance(post, dict):
            post = dict(post)
            name = str(post.get("platform", "")).strip().lower()
            post["platform"] = {"twitter": "x", "wa": "whatsapp", "saluran whatsapp": "whatsapp"}.get(name, name)
            post["hashtags"] = _tags(post.get("hashtags", []))
            for key, limit in (("call_to_action", CTA_CHARS), ("visual", VISUAL_CHARS)):
                post[key] = _note(post.get(key), limit)
            post["thread"] = _replies(post.get("thread")) if post["platform"] == "x" else []
            if post["platform"] not in PLATFORMS:
                continue
        cleaned.append(post)
    try:
        out = RewriteOut.model_validate(
            {**data, "posts": cleaned, "guideline_ids": [str(x) for x in data.get("guideline_ids") or []]}
        )
    except ValidationError as err:
        raise OutputInvalid(_errors(err)) from err
    by_platform = {p.platform: p for p in out.posts if p.text.strip()}
    missing = [name for name in platforms if name not in by_platform]
    if missing:
        raise OutputInvalid("unggahan untuk platform berikut tidak ada atau kosong: " + ", ".join(missing))
    out.posts = [by_platform[name] for name in platforms]
    return out


def parse_reply(data: Any, hint: CommentKind | None) -> ReplyOut:
    """Validate a reply answer; an unknown kind becomes the classifier's hint (or "other")."""
    if not isinstance(data, dict):
        raise OutputInvalid("jawaban harus objek JSON dengan kunci kind, escalate, reason, suggestions")
    data = dict(data)
    kind = str(data.get("kind", "")).strip().lower()
    data["kind"] = kind if kind in COMMENT_KINDS else (hint or "other")
    if isinstance(data.get("suggestions"), str):
        data["suggestions"] = [data["suggestions"]]
    data["recommendation"] = _note(data.get("recommendation"), RECOMMENDATION_CHARS)
    if isinstance(data.get("reason"), str):
        data["reason"] = _note(data["reason"], REASON_CHARS)
    if isinstance(data.get("escalate"), str):
        data["escalate"] = data["escalate"].strip().lower() in ("true", "ya", "yes", "1")
    try:
        out = ReplyOut.model_validate(data)
    except ValidationError as err:
        raise OutputInvalid(_errors(err)) from err
    out.suggestions = [clip(s, REPLY_CHARS) for s in out.suggestions if s and s.strip()][:3]
    if not out.suggestions:
        raise OutputInvalid("suggestions kosong: beri dua sampai tiga balasan")
    return out


def parse_audit(data: Any) -> AuditOut:
    if isinstance(data, list):
        data = {"suggestions": data}
    try:
        out = AuditOut.model_validate(data)
    except ValidationError as err:
        raise OutputInvalid(_errors(err)) from err
    out.suggestions = [clip(s, AUDIT_SUGGESTION_CHARS) for s in out.suggestions if s.strip()][:5]
    return out


def _note(value: Any, limit: int) -> Any:
    """A free-text field capped where it is parsed: a model that writes pages costs no more than a
    few sentences downstream. None is "", anything but text is left to the schema to refuse."""
    if value is None:
        return ""
    return clip(value, limit) if isinstance(value, str) else value
