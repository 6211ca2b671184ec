"""Files shipped with HumasBot: the guideline documents, the prompts and the demo's examples.

In the repository they stay the top-level folders `knowledge/`, `prompts/` and `examples/`.
pyproject.toml maps them onto the packages `bot.resources.knowledge`, `.prompts` and `.examples`, so
that a wheel (and `pip install <checkout>`) carries them inside `bot/resources/`, and an editable
install finds them in the checkout. Code reads them through `shipped_dir`, never relative to a
source file: an installed `bot` has no checkout around it.
"""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path
from typing import Literal

ShippedFolder = Literal["knowledge", "prompts", "examples", "triage", "reading"]


def shipped_dir(name: ShippedFolder) -> Path:
    """The folder holding the shipped `name` files, wherever this installation put it.

    When the package is missing (a broken or partial install) the path where it belongs is returned,
    so that whoever reads it reports that folder as missing instead of failing on an import."""
    try:
        root = files(f"{__name__}.{name}")
    except ModuleNotFoundError:
        return Path(__file__).with_name(name)
    # A package installed on a file system is a real folder; anything else (a zip) is not supported.
    return root if isinstance(root, Path) else Path(__file__).with_name(name)
