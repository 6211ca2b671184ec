"""Bad input straight into the core service: the whole corpus, bad knowledge files.

Every input ends in a result or a `BadInput` with a clear Indonesian message; nothing else may
escape, no answer may be unencodable, and bad files never change what is stored.
"""

from __future__ import annotations

import json
import threading
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given
from hypothesis import settings as hsettings
from hypothesis import strategies as st

from bot.app import build_service
from bot.cli_render import render_audit, render_hits, render_reply, render_rewrite
from bot.core.inputs import clean_input
from bot.errors import BadInput, KnowledgeMissing
from bot.retrieval.embeddings import HashEmbeddings
from bot.settings import Settings
from bot.telegram_app import render
from tests.support.bad_input_corpus import (
    HUGE,
    error_problem,
    file_corpus,
    output_problem,
    sample,
    text_corpus,
    yaml_bomb,
)
from tests.support.knowledge import SAMPLE_DOCS

MAX_UPLOAD = 4096
CORPUS = text_corpus()


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory):
    root = tmp_path_factory.mktemp("bad-core")
    knowledge = root / "knowledge"
    knowledge.mkdir()
    for name, text in SAMPLE_DOCS.items():
        (knowledge / name).write_text(text, encoding="utf-8")
    settings = Settings(
        _env_file=None, data_dir=root / "data", knowledge_dir=knowledge, embeddings="hash", max_upload_bytes=MAX_UPLOAD
    )
    svc = build_service(settings, embedder=HashEmbeddings())
    svc.ingest()
    return svc


def stored(service) -> list[str]:
    return sorted(rec.id for rec in service.knowledge.store.records(with_text=False))


def _rendered(op: str, result) -> tuple[list[str], list[str]]:
    """The result as the CLI and as the Telegram bot would show it."""
    if op == "rewrite":
        return [render_rewrite(result)], render.rewrite_messages(result)
    if op == "reply":
        return [render_reply(result)], render.reply_messages(result)
    if op == "audit":
        return [render_audit(result)], render.audit_messages(result)
    return [render_hits(result)], []


def _check_result(op: str, result) -> str | None:
    if op == "rewrite" and not (result.posts and all(p.text.strip() and p.char_count <= p.limit for p in result.posts)):
        return "rewrite without usable posts"
    if op == "reply" and not (result.suggestions or result.recommendation):
        return "reply with neither a suggestion nor a recommendation (spam gets only the latter)"
    if op == "audit" and not 0 <= result.score <= 100:
        return f"audit score {result.score}"
    dumped = [h.model_dump() for h in result] if op == "search" else result.model_dump()
    if problem := output_problem(json.dumps(dumped, ensure_ascii=False) + " "):
        return problem
    cli, telegram = _rendered(op, result)
    for text in cli + telegram:
        if problem := output_problem(text):
            return problem
    if any(render.utf16_len(text) > 4096 for text in telegram):
        return "Telegram message over 4096 characters"
    return None


def run_op(service, op: str, text: str):
    if op == "rewrite":
        return service.rewrite(text, platforms="instagram,x")
    if op == "reply":
        return service.reply(text)
    if op == "audit":
        return service.audit(text, "x")
    return service.search(text)


OPS = ("reply", "rewrite", "audit", "search")


def test_text_corpus_through_the_core(service, capsys: pytest.CaptureFixture[str]) -> None:
    before = stored(service)
    failures: list[str] = []
    outcomes = {"result": 0, "bad_input": 0}
    calls = 0
    started = time.perf_counter()
    for case in CORPUS:
        ops = OPS if case.category == "huge" else (OPS[case.index % 4], OPS[(case.index + 1) % 4])
        for op in ops:
            calls += 1
            try:
                result = run_op(service, op, case.text)
            except BadInput as err:
                outcomes["bad_input"] += 1
                if problem := error_problem(str(err)):
                    failures.append(f"{case.label()} {op}: {problem}")
                continue
            except Exception as err:  # noqa: BLE001 - the point of the test
                failures.append(f"{case.label()} {op}: CRASH {type(err).__name__}: {err}"[:300])
                continue
            outcomes["result"] += 1
            if problem := _check_result(op, result):
                failures.append(f"{case.label()} {op}: {problem}")
    assert stored(service) == before
    with capsys.disabled():
        print(f"\n[bad input] core: {len(CORPUS)} inputs, {calls} service calls "
              f"({outcomes['result']} answered, {outcomes['bad_input']} refused) "
              f"in {time.perf_counter() - started:.1f}s")
    assert not failures, f"{len(failures)} failures:\n" + "\n".join(failures[:40])


def test_bad_context_with_a_good_comment(service) -> None:
    failures = []
    for case in sample(CORPUS, 90):
        try:
            result = service.reply("Kapan jadwal vaksinasi di Puskesmas?", context=case.text)
        except BadInput as err:
            if problem := error_problem(str(err)):
                failures.append(f"{case.label()}: {problem}")
            elif "Konteks" not in str(err):
                failures.append(f"{case.label()}: the error does not say the context is the problem: {err}")
            continue
        if problem := _check_result("reply", result):
            failures.append(f"{case.label()}: {problem}")
    assert not failures, "\n".join(failures)


def test_limits_are_counted_after_cleaning(service) -> None:
    # 50,000 invisible characters around one word: the word is what counts
    assert service.search("\u200b" * HUGE + "hoaks") is not None
    with pytest.raises(BadInput, match=r"terlalu panjang \(50\.000 karakter; batas 8\.000\)"):
        service.reply("a" * HUGE)
    with pytest.raises(BadInput, match="kosong"):
        service.reply("\u3000\u2028\u00a0\u200b\ufeff\x0b\x1c")  # Unicode spaces and invisible characters only
    assert service.reply("halo\ud800 min, kapan\udcff vaksin?").suggestions  # lone surrogates are dropped


#: Any code point, lone surrogates included (st.text() leaves those out), and the troublemakers more often.
ANY_CHAR = st.one_of(
    st.characters(),
    st.characters(min_codepoint=0xD800, max_codepoint=0xDFFF, categories=["Cs"]),
    st.sampled_from(list("\x00\x07\x85\x9f\u00ad\u200b\u200d\u202e\u2028\u3000\ufeff\ufffe #<&*_`")),
)


@hsettings(derandomize=True, max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(ANY_CHAR, max_size=300).map("".join))
def test_clean_input_is_total(text: str) -> None:
    """Any Python string: a clean, encodable text with words, or BadInput; never anything else."""
    try:
        cleaned = clean_input(text, max_chars=200)
    except BadInput as err:
        assert error_problem(str(err)) is None
        return
    assert cleaned == cleaned.strip() and cleaned.encode("utf-8")
    assert any(ch.isalnum() for ch in cleaned) and len(cleaned) <= 200
    assert clean_input(cleaned, max_chars=200) == cleaned  # idempotent


# --- files ---------------------------------------------------------------------------------


FILES = file_corpus(MAX_UPLOAD)


def test_bad_files_are_refused_and_nothing_changes(service, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    before = stored(service)
    failures = []
    for case in FILES:
        path = tmp_path / case.name
        path.write_bytes(case.data)
        try:
            report = service.ingest([path])
        except BadInput as err:
            if problem := error_problem(str(err)):
                failures.append(f"{case.label()}: {problem}")
            elif case.name not in str(err):
                failures.append(f"{case.label()}: the message does not name the file: {err}")
        except Exception as err:  # noqa: BLE001
            failures.append(f"{case.label()}: CRASH {type(err).__name__}: {err}"[:300])
        else:
            failures.append(f"{case.label()}: accepted ({report.added} chunks added)")
        if stored(service) != before:
            failures.append(f"{case.label()}: the stored chunks changed")
            before = stored(service)
    # folders holding bad files: reported one by one, the rest still ingested, nothing lost
    folder = tmp_path / "folder"
    folder.mkdir()
    for case in FILES:
        (folder / case.name).write_bytes(case.data)
    (folder / "baik.md").write_text("# Pedoman Baik\n\nTulis jadwal layanan di kalimat pertama.\n", encoding="utf-8")
    report = service.ingest([folder])
    assert report.added >= 1 and len(report.errors) >= len(FILES) - 10, report
    assert set(before) < set(stored(service))
    assert all(error_problem(e) is None for e in report.errors)
    after = stored(service)
    again = service.ingest([folder])
    assert again.added == 0 and stored(service) == after
    with capsys.disabled():
        print(f"\n[bad input] core: {len(FILES)} bad knowledge files, one by one and in a folder")
    assert not failures, "\n".join(failures)


def test_upload_check_refuses_bad_uploads_before_and_after_download(service, tmp_path: Path) -> None:
    """`HumasService.check_upload`, what Telegram's /tambah asks before fetching a file and once it is
    downloaded (under a hidden name): each bad upload refused in Indonesian, naming the upload."""
    before = stored(service)
    good = tmp_path / ".a1b2-pedoman.md"
    good.write_text(SAMPLE_DOCS["layanan.md"], encoding="utf-8")
    service.check_upload("pedoman.md", good.stat().st_size)
    service.check_upload("pedoman.md", None)  # Telegram may not tell the size
    service.check_upload("pedoman.md", downloaded=good)

    for name in ("virus.exe", "gambar.png", "tanpa-akhiran", "arsip.zip", "halaman.html"):
        with pytest.raises(BadInput, match=rf"'{name}' tidak didukung\. Kirim berkas PDF, DOCX, MD atau TXT"):
            service.check_upload(name, 10)
    with pytest.raises(BadInput, match=r"'besar\.md' terlalu besar \([\d.]+ MB; batas [\d.]+ MB\)"):
        service.check_upload("besar.md", MAX_UPLOAD + 1)
    huge = tmp_path / ".c3d4-kecil.md"
    huge.write_bytes(SAMPLE_DOCS["hoaks.md"].encode() * (MAX_UPLOAD // len(SAMPLE_DOCS["hoaks.md"]) + 2))
    with pytest.raises(BadInput, match="'kecil.md' terlalu besar"):
        service.check_upload("kecil.md", 10, downloaded=huge)  # declared small, arrived too big

    failures = []
    for n, case in enumerate(FILES):
        downloaded = tmp_path / f".{n}-{case.name}"
        downloaded.write_bytes(case.data)
        try:
            service.check_upload(case.name, None)
            service.check_upload(case.name, None, downloaded=downloaded)
        except BadInput as err:
            if problem := error_problem(str(err)):
                failures.append(f"{case.label()}: {problem}")
            elif f"'{case.name}'" not in str(err):
                failures.append(f"{case.label()}: the message does not name the upload: {err}")
        else:
            failures.append(f"{case.label()}: accepted")
    assert not failures, "\n".join(failures)
    assert stored(service) == before


def test_missing_paths_and_folders(service, tmp_path: Path) -> None:
    before = stored(service)
    for path in (tmp_path / "tidak-ada.md", tmp_path / "tidak-ada"):
        with pytest.raises(BadInput, match="tidak ditemukan"):
            service.ingest([path])
    (tmp_path / "folder.md").mkdir()  # a folder named like a file, holding nothing to ingest
    with pytest.raises(KnowledgeMissing, match="folder.md"):
        service.ingest([tmp_path / "folder.md"])
    assert stored(service) == before


def test_yaml_bomb_front_matter_does_not_hang(service, tmp_path: Path) -> None:
    path = tmp_path / "bom.md"
    path.write_text(yaml_bomb(8) + "# Pedoman Bom\n\nIsi pedoman tentang jadwal layanan.\n", encoding="utf-8")
    box: dict[str, object] = {}

    def target() -> None:
        try:
            box["report"] = service.ingest([path])
        except BaseException as err:  # noqa: BLE001
            box["error"] = err

    worker = threading.Thread(target=target, daemon=True)
    worker.start()
    worker.join(10)
    assert not worker.is_alive(), "ingesting a YAML alias bomb hangs"
    assert "error" not in box, box.get("error")
    assert service.ingest([path]).added == 0  # once, not twice


def test_partly_broken_utf8_is_kept_once(service, tmp_path: Path) -> None:
    path = tmp_path / "hampir.txt"
    path.write_bytes(b"Jadwal layanan Puskesmas dibuka pukul 08.00 WIB. " * 4 + b"\xff\xfe caf\xe9")
    first = service.ingest([path])
    assert first.added >= 1
    ids = stored(service)
    assert service.ingest([path]).added == 0 and stored(service) == ids
