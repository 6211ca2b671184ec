"""HumasBot as an operator installs it: built into a wheel, installed without the checkout around it.

knowledge/, prompts/ and examples/ are top-level in the repository and installed inside the
package as bot.resources.* (pyproject.toml). These tests build the sdist and, from it, the wheel
(offline, without build isolation), install the wheel into a fresh virtual environment and run the
installed `humasbot` from an unrelated folder.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import sysconfig
import tarfile
import tomllib
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

import bot.resources
from bot.resources import shipped_dir
from bot.settings import DEFAULT_KNOWLEDGE_DIR, DEFAULT_PROMPTS_DIR

ROOT = Path(__file__).resolve().parent.parent
#: The shipped folders: installed package -> folder in the repository.
SHIPPED = {
    "bot.resources.knowledge": "knowledge",
    "bot.resources.prompts": "prompts",
    "bot.resources.examples": "examples",
}
#: What the checkout holds that a build must not copy (caches, environments, outputs).
CHECKOUT_JUNK = shutil.ignore_patterns(
    ".git", ".venv", "*.egg-info", "build", "dist", "__pycache__", ".*_cache", ".hypothesis", ".humasbot-data", ".env"
)


def shipped_files(folder: str) -> list[str]:
    """Repository-relative names of the files a shipped folder holds (its package marker included)."""
    base = ROOT / folder
    files = (p for p in base.rglob("*") if p.is_file() and "__pycache__" not in p.parts)
    return sorted(p.relative_to(ROOT).as_posix() for p in files)


def knowledge_titles() -> set[str]:
    titles = set()
    for path in (ROOT / "knowledge").glob("*.md"):
        match = re.search(r"^title:\s*(.+)$", path.read_text(encoding="utf-8"), re.MULTILINE)
        assert match, f"{path.name} has no title in its front matter"
        titles.add(match.group(1).strip().strip("\"'"))
    return titles


# --- layout (fast) -----------------------------------------------------------------------


def test_pyproject_lists_every_package_and_maps_the_shipped_folders() -> None:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]
    on_disk = {".".join(p.parent.relative_to(ROOT).parts) for p in (ROOT / "bot").rglob("__init__.py")}
    listed = set(config["packages"])
    assert not on_disk - listed, f"add {sorted(on_disk - listed)} to [tool.setuptools] packages in pyproject.toml"
    assert listed == on_disk | set(SHIPPED)
    assert config["package-dir"] == SHIPPED
    for folder in SHIPPED.values():
        assert (ROOT / folder / "__init__.py").is_file(), f"{folder}/ needs __init__.py to be importable when editable"


def test_settings_find_the_shipped_folders_of_the_checkout() -> None:
    """The editable install (scripts/test.sh, CI) maps bot.resources.* back onto the checkout."""
    assert DEFAULT_KNOWLEDGE_DIR.samefile(ROOT / "knowledge")
    assert DEFAULT_PROMPTS_DIR.samefile(ROOT / "prompts")
    assert shipped_dir("examples").samefile(ROOT / "examples")


def test_a_missing_resource_package_gives_the_path_where_it_belongs(monkeypatch: pytest.MonkeyPatch) -> None:
    def missing(package: str) -> Path:
        raise ModuleNotFoundError(package)

    monkeypatch.setattr(bot.resources, "files", missing)
    assert shipped_dir("knowledge") == Path(bot.resources.__file__).parent / "knowledge"


# --- a real build and a real install ----------------------------------------------------------


@dataclass
class Installed:
    venv: Path
    site: Path
    wheel: Path
    sdist: Path
    elsewhere: Path
    env: dict[str, str]

    def run(self, *args: str, data: str = "data", stdin: str | None = None) -> subprocess.CompletedProcess[str]:
        """Run the installed `humasbot` in an unrelated folder, with its own data folder."""
        env = {**self.env, "HUMASBOT_DATA_DIR": str(self.elsewhere / data)}
        return subprocess.run(
            [str(self.venv / "bin" / "humasbot"), *args], cwd=self.elsewhere, env=env,
            input=stdin, capture_output=True, text=True, timeout=300,
        )

    def python(self, code: str) -> str:
        out = subprocess.run(
            [str(self.venv / "bin" / "python"), "-c", code], cwd=self.elsewhere, env=self.env,
            capture_output=True, text=True, timeout=120,
        )
        assert out.returncode == 0, out.stderr
        return out.stdout.strip()


def _clean_env() -> dict[str, str]:
    """The environment without anything that would point the installed bot back at the checkout."""
    dropped = ("PYTHONPATH", "PYTHONHOME", "PYTHONSTARTUP", "VIRTUAL_ENV")
    env = {
        k: v for k, v in os.environ.items()
        if k not in dropped and not k.startswith(("HUMASBOT_", "OPENAI_", "TELEGRAM_"))
    }
    env.update(HUMASBOT_EMBEDDINGS="hash", ORT_DISABLE_TELEMETRY="1", PYTHONNOUSERSITE="1")
    return env


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Installed]:
    tmp = tmp_path_factory.mktemp("wheel-install")
    src = tmp / "src"
    shutil.copytree(ROOT, src, ignore=CHECKOUT_JUNK)
    dist = tmp / "dist"
    # The sdist first, then the wheel from the unpacked sdist: the wheel proves the sdist complete.
    build = subprocess.run(
        [sys.executable, "-m", "build", "--no-isolation", "--outdir", str(dist), str(src)],
        capture_output=True, text=True, timeout=600,
    )
    assert build.returncode == 0, build.stdout[-3000:] + build.stderr[-3000:]
    (wheel,) = dist.glob("*.whl")
    (sdist,) = dist.glob("*.tar.gz")

    venv = tmp / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True, timeout=120)
    pip = subprocess.run(
        [sys.executable, "-m", "pip", "--python", str(venv / "bin" / "python"), "install",
         "--no-deps", "--no-index", "--quiet", "--disable-pip-version-check", str(wheel)],
        capture_output=True, text=True, timeout=300,
    )
    assert pip.returncode == 0, pip.stdout + pip.stderr
    site = Path(subprocess.check_output(
        [str(venv / "bin" / "python"), "-c", "import sysconfig; print(sysconfig.get_path('purelib'))"], text=True
    ).strip())
    # The dependencies come from the test environment's site-packages. Its own .pth files (among
    # them the editable finder of the checkout) are not run for a folder added this way.
    deps = dict.fromkeys([sysconfig.get_path("purelib"), sysconfig.get_path("platlib")])
    (site / "test_dependencies.pth").write_text("\n".join(deps) + "\n", encoding="utf-8")

    elsewhere = tmp / "elsewhere"
    elsewhere.mkdir()
    yield Installed(venv=venv, site=site, wheel=wheel, sdist=sdist, elsewhere=elsewhere, env=_clean_env())


@pytest.mark.slow
def test_wheel_holds_the_package_and_the_shipped_folders_and_nothing_else(installed: Installed) -> None:
    names = set(zipfile.ZipFile(installed.wheel).namelist())
    modules = {p.relative_to(ROOT).as_posix() for p in (ROOT / "bot").rglob("*.py") if "__pycache__" not in p.parts}
    assert not modules - names, f"modules missing from the wheel: {sorted(modules - names)}"
    for package, folder in SHIPPED.items():
        expected = {f"{package.replace('.', '/')}/{name[len(folder) + 1:]}" for name in shipped_files(folder)}
        assert expected and not expected - names, f"{folder}/ missing from the wheel: {sorted(expected - names)}"
    version = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]
    assert {n.split("/")[0] for n in names} == {"bot", f"humasbot-{version}.dist-info"}
    assert not [n for n in names if "__pycache__" in n or n.endswith(".pyc")]


@pytest.mark.slow
def test_sdist_is_the_whole_source_without_junk(installed: Installed) -> None:
    with tarfile.open(installed.sdist) as sdist:
        names = {name.split("/", 1)[1] for name in sdist.getnames() if "/" in name}
    for folder in SHIPPED.values():
        missing = set(shipped_files(folder)) - names
        assert not missing, f"missing from the sdist: {sorted(missing)}"
    assert {"pyproject.toml", "MANIFEST.in", "bot/cli.py", "tests/conftest.py", "docs/deployment.md"} <= names
    junk = [n for n in names if n.split("/")[0] in {".venv", ".git", ".mypy_cache"} or "__pycache__" in n]
    assert not junk, junk


@pytest.mark.slow
def test_installed_bot_is_the_wheels_not_the_checkouts(installed: Installed) -> None:
    out = installed.python(
        "import bot, bot.cli; from bot.settings import DEFAULT_KNOWLEDGE_DIR, DEFAULT_PROMPTS_DIR\n"
        "from bot.llm.prompts import PromptLoader; from bot.cli import read_example\n"
        "loader = PromptLoader(); loader.get('rewrite')\n"
        "print(bot.__file__, DEFAULT_KNOWLEDGE_DIR, DEFAULT_PROMPTS_DIR, loader.path('rewrite'), sep='\\n')\n"
        "print(len(read_example('comments.txt').splitlines()))"
    )
    *paths, comments = out.splitlines()
    for path in paths:
        assert Path(path).is_relative_to(installed.site), f"{path} is not inside the new environment"
    assert Path(paths[1]) == installed.site / "bot" / "resources" / "knowledge"
    assert int(comments) > 0


@pytest.mark.slow
def test_installed_ingest_and_rewrite_cite_the_shipped_guidelines(installed: Installed) -> None:
    ingest = installed.run("ingest", "--json")
    assert ingest.returncode == 0, ingest.stderr
    report = json.loads(ingest.stdout)
    assert report["files"] == len(list((ROOT / "knowledge").glob("*.md")))
    assert report["added"] > 0 and report["chunks"] == report["added"] and not report["skipped"]

    draft = installed.elsewhere / "draf.txt"
    shutil.copy(ROOT / "examples" / "draft_rapat_vaksinasi.txt", draft)
    rewrite = installed.run("rewrite", draft.name, "-p", "instagram,x", "--json")
    assert rewrite.returncode == 0, rewrite.stderr
    payload = json.loads(rewrite.stdout)
    assert [p["platform"] for p in payload["posts"]] == ["instagram", "x"]
    titles = knowledge_titles()
    assert payload["sources"] and all(s["path"].startswith("knowledge/") for s in payload["sources"])
    assert {s["title"] for s in payload["sources"]} <= titles

    human = installed.run("rewrite", draft.name, "-p", "whatsapp")
    assert human.returncode == 0, human.stderr
    assert "tidak ada pedoman yang cocok" not in human.stdout
    assert any(title in human.stdout for title in titles)


@pytest.mark.slow
def test_an_install_without_its_guidelines_says_so(installed: Installed) -> None:
    doctor = json.loads(installed.run("doctor", "--json", data="doctor").stdout)
    folder = next(c for c in doctor["checks"] if c["name"] == "Folder pengetahuan")
    assert folder["ok"] and folder["detail"].startswith(str(installed.site / "bot" / "resources" / "knowledge"))

    shipped = installed.site / "bot" / "resources" / "knowledge"
    aside = shipped.with_name("knowledge-aside")
    shipped.rename(aside)  # a broken install: the package and its guidelines are gone
    try:
        for args, stdin in ((("ingest", "--json"), None), (("rewrite", "-", "--json"), "Draf rilis vaksinasi.")):
            result = installed.run(*args, data="broken", stdin=stdin)
            assert result.returncode == 2, result.stdout + result.stderr
            message = json.loads(result.stdout)["error"]
            assert "Pedoman bawaan" in message and str(shipped) in message
            assert "Traceback" not in result.stderr
    finally:
        aside.rename(shipped)
