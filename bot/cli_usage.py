"""How the command line tells of errors: one Indonesian line, and `{"error": ...}` under --json.

click's own usage errors (unknown command or option, missing or bad value, extra argument) are
English and ignore --json; `HumasGroup` turns each into the same shape as the domain errors the
commands report (`show_error`), exit status 2.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import IO, Any

import click

from bot import logsafe


def show_error(message: str, as_json: bool) -> None:
    """The one way errors are shown: `{"error": ...}` on stdout under --json, "Galat: ..." on stderr."""
    message = logsafe.redact(message)
    if as_json:
        click.echo(json.dumps({"error": message}, ensure_ascii=False))
    click.echo(f"Galat: {message}", err=True)


class UsageFailure(click.UsageError):
    """A usage error already told in Indonesian; shown like every other error (see `show_error`)."""

    def __init__(self, message: str, as_json: bool) -> None:
        super().__init__(message)
        self.as_json = as_json

    def show(self, file: IO[Any] | None = None) -> None:
        show_error(self.message, self.as_json)


class HumasGroup(click.Group):
    """click's group whose usage errors (unknown command or option, missing or bad value, extra
    argument) are one Indonesian line, and `{"error": ...}` on stdout when --json was asked for."""

    def make_context(
        self, info_name: str | None, args: list[str], parent: click.Context | None = None, **extra: Any
    ) -> click.Context:
        as_json = wants_json(args)
        try:
            ctx = super().make_context(info_name, args, parent, **extra)
        except click.exceptions.NoArgsIsHelpError:
            raise
        except click.UsageError as err:
            raise UsageFailure(usage_message(err, info_name or "humasbot"), as_json) from None
        ctx.meta["humasbot.json"] = as_json
        return ctx

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except (UsageFailure, click.exceptions.NoArgsIsHelpError):
            raise
        except click.UsageError as err:
            raise UsageFailure(usage_message(err, ctx.command_path), bool(ctx.meta.get("humasbot.json"))) from None


def wants_json(args: Sequence[str]) -> bool:
    """--json among the options (not after "--", where a text may say anything)."""
    head = list(args)
    if "--" in head:
        head = head[: head.index("--")]
    return any(a == "--json" or a.startswith("--json=") for a in head)


def usage_message(err: click.UsageError, program: str) -> str:
    """click's usage error in Indonesian, with where to read more (`program`'s help when click does
    not say which command failed)."""
    ctx = err.ctx
    more = f" Lihat '{ctx.command_path if ctx is not None else program} --help'."
    if isinstance(err, click.exceptions.NoSuchCommand):
        text = f"Perintah '{err.command_name}' tidak dikenal" + _did_you_mean(err.possibilities)
    elif isinstance(err, click.NoSuchOption):
        text = f"Opsi {err.option_name} tidak dikenal" + _did_you_mean(err.possibilities)
    elif isinstance(err, click.MissingParameter):
        command = f" untuk perintah '{ctx.command_path}'" if ctx is not None else ""
        text = f"{_param_name(err)} wajib diisi{command}; nilainya tidak boleh kosong"
    elif isinstance(err, click.BadParameter):
        text = f"Nilai {_param_name(err)} tidak sah: {_expected(err.param)}"
    elif isinstance(err, click.BadOptionUsage):
        if "does not take a value" in err.message:
            text = f"Opsi {err.option_name} tidak menerima nilai (tulis {err.option_name} saja)"
        else:
            text = f"Opsi {err.option_name} tidak diberi nilai"
    elif "unexpected extra argument" in err.message:
        extra = err.message.partition("(")[2].removesuffix(")")
        text = f"Argumen berlebih: {extra}. Teks yang berisi spasi perlu diapit tanda kutip"
    else:
        text = "Perintah tidak bisa dipahami"
    return text + "." + more


def _did_you_mean(possibilities: Sequence[str] | None) -> str:
    return f"; mungkin maksud Anda: {', '.join(possibilities)}" if possibilities else ""


def _param_name(err: click.BadParameter) -> str:
    param = err.param
    if isinstance(param, click.Option):
        return "opsi " + "/".join(param.opts)
    if param is not None:
        return f"argumen {param.human_readable_name}"
    hint = err.param_hint
    return str(hint if isinstance(hint, str) else "/".join(hint or ["parameter"]))


def _expected(param: click.Parameter | None) -> str:
    kind = param.type if param is not None else None
    if isinstance(kind, click.Choice):
        return "pilih salah satu: " + ", ".join(str(c) for c in kind.choices)
    if isinstance(kind, click.IntRange) and kind.min is not None and kind.max is not None:
        return f"harus bilangan bulat {kind.min} sampai {kind.max}"
    if isinstance(kind, click.IntRange) and kind.min is not None:
        return f"harus bilangan bulat, minimal {kind.min}"
    if isinstance(kind, click.types.IntParamType):
        return "harus bilangan bulat"
    if isinstance(kind, click.types.FloatParamType):
        return "harus angka"
    return "periksa penulisannya"
