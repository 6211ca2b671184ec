"""Keeping secrets out of everything HumasBot prints: URLs shown masked, log records scrubbed.

Secrets are removed where text is made (`mask_url` wherever a URL is shown, `redact` on the text of
errors that carry a URL); `SecretFilter`, installed on every log handler, is the second line for
text HumasBot does not write itself (PTB's tracebacks, library warnings). It masks the registered
secrets (the bot token, the API key, the webhook secret, URL passwords: `add_secrets`) and, by
their shape, URL passwords, the token in Bot API URLs and Telegram bot tokens anywhere.

URLs are masked with patterns, not a URL parser: the URLs to mask are the malformed ones too
(`http://[::1/bot<token>/getMe` makes `urllib` and `yarl` raise).
This module imports nothing of the project: any layer may use it.
"""

from __future__ import annotations

import logging
import re
import sys
import threading
import traceback
from collections.abc import Iterable
from types import TracebackType

MASK = "***"
#: Shorter registered secrets are not masked in free text (masking "ab" would garble every line).
MIN_SECRET = 4

# scheme://user:password@  or  scheme://userinfo@  (a lone userinfo is often a key itself)
_USERINFO = re.compile(r"(?P<scheme>\b[a-z][a-z0-9+.-]*://)(?P<info>[^\s/?#@]*)@", re.IGNORECASE)
# user:password@ without a (well-formed) scheme in front: "htp:/user:pw@host", "user:pw@host:6379"
_BARE_USERINFO = re.compile(r"(?P<user>[^\s/:@]*):[^\s/:@]+@")
# Bot API URLs carry the token in their path: .../bot<token>/getMe, .../file/bot<token>/<path>
_BOT_PATH = re.compile(r"(?P<head>/(?:file/)?bot)\d+:[^\s/?#]*")
# A Telegram bot token wherever it appears (digits, a colon, 35 characters of base64url)
_TOKEN = re.compile(r"\b\d{5,}:[A-Za-z0-9_-]{30,}")
# Query parameters that carry credentials: ?api_key=..., &token=..., &password=...
_SECRET_QUERY = re.compile(
    r"(?P<head>[?&][^\s=&#]*(?:key|token|secret|passw(?:or)?d|pwd|auth|sig(?:nature)?)[^\s=&#]*=)[^\s&#]*",
    re.IGNORECASE,
)

_SECRETS: set[str] = set()
_LOCK = threading.Lock()


def _mask_userinfo(match: re.Match[str]) -> str:
    user, colon, _password = match["info"].partition(":")
    return f"{match['scheme']}{user}:{MASK}@" if colon else f"{match['scheme']}{MASK}@"


def mask_url(url: str) -> str:
    """`url` as it may be shown: password (or lone userinfo), Bot API token and credential query values masked."""
    url = _USERINFO.sub(_mask_userinfo, url)
    url = _BARE_USERINFO.sub(lambda m: f"{m['user']}:{MASK}@", url)
    url = _BOT_PATH.sub(lambda m: m["head"] + MASK, url)
    return _SECRET_QUERY.sub(lambda m: m["head"] + MASK, url)


def url_password(url: str | None) -> str | None:
    """The password (or lone userinfo) in `url`, to register as a secret; None when there is none."""
    match = _USERINFO.search(url or "")
    if match is None:
        return None
    user, colon, password = match["info"].partition(":")
    return (password if colon else user) or None


def add_secrets(values: Iterable[str | None]) -> None:
    """Register values that must never be printed (empty and None are ignored)."""
    with _LOCK:
        _SECRETS.update(v for v in values if v and len(v) >= MIN_SECRET)


def redact(text: str) -> str:
    """`text` with every registered secret and every secret-shaped part masked."""
    with _LOCK:
        secrets = sorted(_SECRETS, key=len, reverse=True)  # longest first: a secret may contain another
    for secret in secrets:
        if secret in text:
            text = text.replace(secret, MASK)
    text = mask_url(text)
    return _TOKEN.sub(MASK, text)


class SecretFilter(logging.Filter):
    """A handler filter that redacts a record's message, arguments, traceback and stack.

    The message is formatted here (arguments merged) and the traceback rendered to text, so no
    formatter later sees the raw values. Idempotent: a record passes every handler's filter.
    """

    _formatter = logging.Formatter()

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # arguments that do not fit the format: keep both, as text
            message = f"{record.msg!s} {record.args!r}"
        record.msg, record.args = redact(message), None
        if record.exc_info:
            record.exc_text = self._formatter.formatException(record.exc_info)
            record.exc_info = None
        if record.exc_text:
            record.exc_text = redact(record.exc_text)
        if record.stack_info:
            record.stack_info = redact(record.stack_info)
        return True


def install(secrets: Iterable[str | None] = ()) -> None:
    """Put a `SecretFilter` on every handler of the root logger, route warnings through logging,
    and make uncaught exceptions print redacted. Call where logging is configured.

    Hooks that someone else installed (a debugger, a test runner) are left to them.
    """
    add_secrets(secrets)
    for handler in logging.getLogger().handlers:
        if not any(isinstance(f, SecretFilter) for f in handler.filters):
            handler.addFilter(SecretFilter())
    logging.captureWarnings(True)
    if sys.excepthook is sys.__excepthook__:
        sys.excepthook = _excepthook
    if threading.excepthook is threading.__excepthook__:
        threading.excepthook = _thread_excepthook


def _excepthook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
    sys.stderr.write(redact("".join(traceback.format_exception(kind, value, tb))))


def _thread_excepthook(args: threading.ExceptHookArgs) -> None:
    if args.exc_type is SystemExit or args.exc_value is None:
        return
    name = args.thread.name if args.thread else "?"
    text = "".join(traceback.format_exception(args.exc_type, args.exc_value, args.exc_traceback))
    sys.stderr.write(redact(f"Exception in thread {name}:\n{text}"))
