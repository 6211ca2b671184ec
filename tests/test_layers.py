"""The layers of `bot/` stay as docs/architecture.md draws them.

Every import statement of every module is read (module level, inside functions and under
`TYPE_CHECKING` alike: a deferred import is still a dependency), so a new arrow up or a cycle
fails here, with the modules named.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest

BOT = Path(__file__).resolve().parent.parent / "bot"


def _module_name(path: Path) -> str:
    parts = path.relative_to(BOT.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _modules() -> dict[str, Path]:
    return {_module_name(p): p for p in sorted(BOT.rglob("*.py"))}


MODULES = _modules()


def _imports(name: str) -> Iterator[str]:
    """Every module `name` imports (absolute names; relative imports resolved)."""
    path = MODULES[name]
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), filename=str(path))):
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*anchor, base] if base else anchor)
            yield base
            # `from bot.core import lexicon` imports the module bot.core.lexicon
            yield from (f"{base}.{alias.name}" for alias in node.names if f"{base}.{alias.name}" in MODULES)


def _project_imports(name: str) -> set[str]:
    found: set[str] = set()
    for target in _imports(name):
        # the longest project module that the name starts with (bot.core.models.Hit -> bot.core.models)
        while target and target not in MODULES:
            target = target.rpartition(".")[0]
        if target and target != name and target != "bot":
            found.add(target)
    return found


GRAPH = {name: _project_imports(name) for name in MODULES}


def _under(name: str, package: str) -> bool:
    return name == package or name.startswith(package + ".")


def test_the_scan_sees_the_project() -> None:
    assert {"bot.core.services", "bot.offline.engine", "bot.retrieval.knowledge_base", "bot.llm.engine"} <= set(MODULES)
    assert "bot.core.models" in GRAPH["bot.core.services"]
    assert "bot.datatypes" in GRAPH["bot.retrieval.knowledge_base"]


@pytest.mark.parametrize("package", ["bot.core", "bot.offline"])
def test_core_and_offline_engine_know_nothing_of_telegram_or_the_model(package: str) -> None:
    offenders = []
    for name in MODULES:
        if not _under(name, package):
            continue
        for target in _imports(name):
            if target.split(".")[0] == "telegram" or _under(target, "bot.llm") or _under(target, "bot.telegram_app"):
                offenders.append(f"{name} -> {target}")
    assert not offenders, offenders


def test_retrieval_imports_nothing_above_it() -> None:
    allowed = ("bot.retrieval", "bot.datatypes", "bot.errors", "bot.settings")
    offenders = [
        f"{name} -> {target}"
        for name, targets in GRAPH.items()
        if _under(name, "bot.retrieval")
        for target in targets
        if not any(_under(target, ok) for ok in allowed)
    ]
    assert not offenders, offenders


@pytest.mark.parametrize("module", ["bot.datatypes", "bot.errors"])
def test_the_lowest_modules_import_nothing_of_the_project(module: str) -> None:
    assert GRAPH[module] == set()


def test_no_import_cycles() -> None:
    cycles: list[list[str]] = []
    state: dict[str, int] = {}  # 1 = on the current path, 2 = done
    path: list[str] = []

    def visit(name: str) -> None:
        state[name] = 1
        path.append(name)
        for target in sorted(GRAPH[name]):
            if state.get(target) == 1:
                cycles.append([*path[path.index(target) :], target])
            elif target not in state:
                visit(target)
        path.pop()
        state[name] = 2

    for name in sorted(GRAPH):
        if name not in state:
            visit(name)
    assert not cycles, "\n".join(" -> ".join(cycle) for cycle in cycles)
