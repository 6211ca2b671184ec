"""Guidelines that admins upload: checked, kept one folder per chat, indexed before they are kept.

An upload is downloaded to a hidden temporary folder inside the uploads folder (the same file
system as its target), indexed from there under its final path, and moved into place only once
the store took it; a failure or a cancel removes the temporary file and undoes what was written.
"""

from __future__ import annotations

import logging
import os
import re
import secrets
import shutil
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from bot.core.ports import Retriever
from bot.datatypes import IngestReport
from bot.errors import BadInput, Busy, HumasError, NotSaved
from bot.retrieval.loaders import SUPPORTED_SUFFIXES, Limits, load_file
from bot.settings import Settings

log = logging.getLogger(__name__)

#: Where an upload is read and indexed before it is moved into its folder (hidden: never ingested).
INCOMING_PREFIX = ".incoming-"


@dataclass
class UploadResult:
    """What became of an uploaded guideline: `added` (a new document), `replaced` (the chat's
    document of the same name, after an admin's confirmation), or `unchanged` (the same content)."""

    name: str
    status: Literal["added", "replaced", "unchanged"]
    report: IngestReport


class Uploads:
    """The uploads folder (`settings.uploads_dir`) and its documents in the knowledge base."""

    def __init__(self, settings: Settings, knowledge: Retriever) -> None:
        self.settings = settings
        self.knowledge = knowledge

    def has_files(self) -> bool:
        """Whether the uploads folder holds a guideline (hidden temporary downloads aside)."""
        root = self.settings.uploads_dir
        return root.is_dir() and any(
            path.suffix.lower() in SUPPORTED_SUFFIXES and not path.relative_to(root).as_posix().startswith(".")
            for path in root.rglob("*")
            if path.is_file()
        )

    def check(self, name: str, size: int | None = None, *, downloaded: Path | None = None) -> None:
        """Refuse a guideline upload that the knowledge base could not take, before it is stored.

        `BadInput` naming `name`: a type that cannot be read, more than `max_upload_bytes` (the
        declared `size`, or the `downloaded` file's), or a `downloaded` file that is empty, broken
        or without text. Cheap without `downloaded` (call it before fetching the file); blocking with it.
        """
        limit = self.settings.max_upload_bytes
        if Path(name).suffix.lower() not in SUPPORTED_SUFFIXES:
            raise BadInput(f"Berkas '{name}' tidak didukung. Kirim berkas PDF, DOCX, MD atau TXT.")
        if downloaded is not None:
            size = downloaded.stat().st_size
        if size and size > limit:
            raise BadInput(
                f"Berkas '{name}' terlalu besar ({size / 1_000_000:.1f} MB; batas {limit / 1_000_000:.1f} MB)."
            )
        if downloaded is not None:
            load_file(name, max_bytes=limit, data=downloaded.read_bytes(), limits=Limits.of(self.settings))

    @staticmethod
    def safe_name(raw: str | None) -> str:
        """A file name safe to store (no folders, no hidden or control characters), kept readable:
        it is what officers see of a document without a title."""
        name = re.sub(r"[^\w.\- ]+", "_", Path(raw or "").name).strip(" .") or "dokumen"
        if name.lower() == "readme.md":  # skipped by every ingest of a folder
            name = f"pedoman-{name}"
        return name[-120:]

    def path(self, owner: int, name: str) -> Path:
        """Where `owner`'s (a chat's) upload named `name` is kept: one folder per chat, so that two
        offices' `pedoman.md` are two documents, and the file keeps its name (the title of a
        document without one)."""
        return self.settings.uploads_dir / str(int(owner)) / name

    def exists(self, owner: int, name: str) -> bool:
        """Whether adding `name` for `owner` would replace a document (and needs a confirmation)."""
        return self.path(owner, name).is_file()

    def incoming_path(self, name: str) -> Path:
        """A new temporary path for a download of `name`, inside the uploads folder (the same file
        system as its target, so the move into place is atomic); hidden from every ingest."""
        folder = self.settings.uploads_dir / f"{INCOMING_PREFIX}{secrets.token_hex(6)}"
        try:
            folder.mkdir(parents=True)
        except OSError as err:
            raise NotSaved(
                f"Berkas {name} tidak tersimpan: folder unggahan '{folder.parent}' tidak bisa ditulis "
                f"({err.strerror or type(err).__name__}). Basis pengetahuan tidak berubah."
            ) from err
        return folder / name

    def discard_incoming(self, incoming: Path) -> None:
        """Remove a temporary download (and its folder)."""
        if incoming.parent.name.startswith(INCOMING_PREFIX):
            shutil.rmtree(incoming.parent, ignore_errors=True)

    def add(
        self, incoming: Path, owner: int, *, replace: bool = False, cancel: threading.Event | None = None
    ) -> UploadResult:
        """Add the guideline downloaded to `incoming` (from `incoming_path`) as `owner`'s document.

        The file is indexed from its temporary path under its final one, and moved into place only
        once the store took it; on any failure, or when `cancel` is set (`Cancelled`), the temporary
        file is removed and what was written is undone. An existing document of the same name is
        replaced only with `replace` (`BadInput` otherwise). Blocking."""
        name = incoming.name
        target = self.path(owner, name)
        try:
            self.check(name, downloaded=incoming)
            existed = target.is_file()
            if existed and not replace:
                raise BadInput(f"Dokumen '{name}' sudah ada. Kirim lagi dengan /tambah untuk menggantinya.")
            try:
                report = self.knowledge.ingest(
                    [incoming], include_default=False, stored_as={incoming: target}, cancel=cancel
                )
                target.parent.mkdir(parents=True, exist_ok=True)
                os.replace(incoming, target)
            except (BadInput, Busy):  # refused before anything was written
                raise
            except BaseException as err:
                self._restore(target)
                if isinstance(err, OSError):
                    raise NotSaved(
                        f"Berkas {name} tidak tersimpan: {err.strerror or type(err).__name__}. "
                        "Basis pengetahuan tidak berubah."
                    ) from err
                raise
        finally:
            self.discard_incoming(incoming)
        status: Literal["added", "replaced", "unchanged"] = (
            "unchanged" if report.unchanged else "replaced" if existed else "added"
        )
        return UploadResult(name=name, status=status, report=report)

    def _restore(self, target: Path) -> None:
        """After a failed or cancelled upload: the store holds `target` as the file on disk says
        (its previous version re-indexed, which embeds nothing that is there), or not at all."""
        try:
            if target.is_file():
                self.knowledge.ingest([target], include_default=False)
            else:
                self.knowledge.forget([target])
        except HumasError as err:  # the next ingest converges (--prune removes what has no file)
            log.warning("could not undo the upload of %s: %s", target, err)
