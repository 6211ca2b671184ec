"""Which files an ingest takes: the knowledge folder and the paths given, hidden files and links
leading out of a folder left out, and a clear message when the guidelines themselves are missing."""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path

from bot.datatypes import IngestReport
from bot.errors import BadInput, KnowledgeMissing
from bot.retrieval.chunking import display_path, source_key
from bot.retrieval.loaders import SUPPORTED_SUFFIXES, printable
from bot.settings import DEFAULT_KNOWLEDGE_DIR, Settings

#: Files that make the shipped knowledge folder a package (bot.resources), not guidelines.
_PACKAGE_FILES = frozenset({"__init__.py", "__pycache__"})
SUFFIXES = ", ".join(SUPPORTED_SUFFIXES)


def collect(
    settings: Settings, paths: Iterable[Path], include_default: bool, report: IngestReport, refused: set[str]
) -> dict[str, tuple[Path, bool]]:
    """Files to ingest, keyed by resolved path: `(path, given explicitly)`.

    Raises `KnowledgeMissing` instead of giving files that leave out the guidelines unnoticed:
    for a missing knowledge folder, for one without supported files when nothing else is given,
    and for a given folder without supported files (an ingest of nothing would pass for a success)."""
    found: dict[str, tuple[Path, bool]] = {}

    def walk(folder: Path) -> int:
        """Add the supported files under `folder`; returns how many there are."""
        count = 0
        for path in files_under(settings, folder, report, refused):
            if path.suffix.lower() in SUPPORTED_SUFFIXES and path.name.lower() != "readme.md":
                found.setdefault(str(path.resolve()), (path, False))
                count += 1
            else:
                report.skipped.append(display_path(path, settings))
        return count

    knowledge = Path(settings.knowledge_dir)
    in_knowledge = walk(knowledge) if include_default and knowledge.is_dir() else 0
    for raw in paths:
        path = Path(raw).expanduser()
        if path.is_dir():
            if not walk(path):
                raise KnowledgeMissing(f"Folder '{path}' tidak berisi berkas yang didukung ({SUFFIXES}).")
        elif path.is_file():
            if path.suffix.lower() not in SUPPORTED_SUFFIXES:
                raise BadInput(f"Berkas '{path.name}' tidak didukung. Gunakan berkas {SUFFIXES}.")
            found[str(path.resolve())] = (path, True)
        else:
            raise BadInput(f"Berkas atau folder '{path}' tidak ditemukan.")
    # A missing knowledge folder is a mistake (a typo, a broken install) even beside other files; an
    # empty one may be meant (only the files given are to be known), unless it is all there is.
    if include_default and not in_knowledge and (not knowledge.is_dir() or not found):
        raise KnowledgeMissing(knowledge_problem(knowledge))
    return found

def files_under(settings: Settings, folder: Path, report: IngestReport, refused: set[str]) -> list[Path]:
    """The files under `folder` (hidden and package files left out), sorted.

    A link, to a file or a folder, is followed only when its target is inside `folder`: one
    leading out of it (to a `.env`, a home folder) is named in `report.errors` and left out, so
    the knowledge base never takes in what the folder does not hold; its target's source key is
    added to `refused` (a prune removes what such a link took in before). A folder reached twice
    (a link to a parent) is walked once."""
    root = folder.resolve()
    shown_root = display_path(folder, settings).removesuffix("/.")
    seen: set[Path] = {root}
    files: list[Path] = []

    def hidden(name: str) -> bool:
        return name.startswith((".", "~$")) or name in _PACKAGE_FILES

    def outside(path: Path) -> bool:
        if not path.is_symlink():
            return False
        target = path.resolve()
        if target == root or target.is_relative_to(root):
            return False
        refused.add(source_key(target, settings))
        shown = f"{shown_root}/{printable(path.relative_to(folder).as_posix())}"
        report.errors.append(f"'{shown}' adalah tautan ke luar folder '{shown_root}'; dilewati.")
        return True

    for current, dirs, names in os.walk(folder, followlinks=True):
        here = Path(current)
        kept = []
        for name in sorted(dirs):
            sub = here / name
            if hidden(name) or outside(sub):
                continue
            real = sub.resolve()
            if real not in seen:
                seen.add(real)
                kept.append(name)
        dirs[:] = kept
        for name in names:
            path = here / name
            if not hidden(name) and not outside(path) and path.is_file():
                files.append(path)
    return sorted(files)


def knowledge_problem(folder: Path) -> str:
    """Why the knowledge folder gave no file, and what the operator can do about it."""
    if folder.is_dir():
        return (
            f"Folder pengetahuan '{folder}' tidak berisi pedoman ({SUFFIXES}). "
            "Isi folder itu atau atur HUMASBOT_KNOWLEDGE_DIR."
        )
    what = "bukan folder" if folder.exists() else "tidak ditemukan"
    if folder == DEFAULT_KNOWLEDGE_DIR:
        return (
            f"Pedoman bawaan HumasBot {what}: '{folder}'. "
            "Pasang ulang HumasBot, atau atur HUMASBOT_KNOWLEDGE_DIR ke folder pedoman."
        )
    return f"Folder pengetahuan '{folder}' (HUMASBOT_KNOWLEDGE_DIR) {what}."
