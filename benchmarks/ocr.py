"""OCR of comment screenshots and photos of printed releases: accuracy and time.

Run: `python -m benchmarks.ocr [--n 200] [--docs 20] [--show 0] [--split all]`

Images come from `benchmarks/ocr_images.py`. Four splits:
- tune: seed 1, the five tuned layouts;
- held-out round 1 (seen): seed 2, adds YouTube; looked at since round 2, so no longer a test;
- held-out round 2 (seen): seed 3, adds Threads and a forwarded WhatsApp-group message, small text
  (26-28 px at 1080 wide) on a third of the screens and a quoted message above the words in half of
  the chat bubbles; looked at since round 3;
- fresh seed 4: the same mix plus two layouts added in round 3 (a Telegram channel's discussion,
  a Facebook group comment with a "Penulis" badge), never looked at item by item (`--show` refuses it).
CER is the Levenshtein distance between the comment's words read and the truth (emoji removed
from the truth, whitespace collapsed, personal data redacted in both), over the truth's length.
"""

from __future__ import annotations

import argparse
import random
import re
import statistics
import time
from collections import defaultdict

from benchmarks.ocr_images import (
    BUBBLES,
    FRESH_PLATFORMS,
    HELD_OUT_PLATFORMS,
    PLATFORMS,
    ROUND3_PLATFORMS,
    Sample,
    document_photo,
    screenshot,
)
from bot.errors import HumasError
from bot.llm.redact import redact
from bot.ocr import read_image
from bot.settings import Settings

SEEDS = {"tune": 1, "held-out-r1": 2, "held-out-r2": 3, "fresh": 4}
TITLES = {"tune": "tune", "held-out-r1": "held-out r1 (seen)", "held-out-r2": "held-out r2 (seen)",
          "fresh": "fresh seed 4"}


def levenshtein(a: str, b: str) -> int:
    if len(a) < len(b):
        a, b = b, a
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb)))
        previous = current
    return previous[-1]


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def cer(read: str, truth: str) -> float:
    read, truth = _norm(read), _norm(truth)
    return levenshtein(read, truth) / max(1, len(truth))


def _name_ok(read: str | None, truth: str | None) -> bool:
    key = lambda s: re.sub(r"[^a-z0-9]", "", (s or "").lower())  # noqa: E731
    return bool(read) and key(read) == key(truth)


def samples(split: str, n: int, docs: int) -> list[Sample]:
    rng = random.Random(SEEDS[split])
    if split in ("held-out-r2", "fresh"):
        platforms = PLATFORMS + HELD_OUT_PLATFORMS + FRESH_PLATFORMS
        platforms += ROUND3_PLATFORMS if split == "fresh" else ()
        return _fresh(rng, n, platforms) + [document_photo(rng) for _ in range(docs)]
    platforms = PLATFORMS + (HELD_OUT_PLATFORMS if split == "held-out-r1" else ())
    out = [screenshot(rng, platform=platforms[i % len(platforms)]) for i in range(n)]
    return out + [document_photo(rng) for _ in range(docs)]


def _fresh(rng: random.Random, n: int, platforms: tuple[str, ...]) -> list[Sample]:
    out = []
    for i in range(n):
        platform = platforms[i % len(platforms)]
        small = rng.choice([26, 27, 28]) if rng.random() < 1 / 3 else None
        quoted = platform in BUBBLES and rng.random() < 0.5
        out.append(screenshot(rng, platform=platform, text_px=small, quoted=quoted))
    return out


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def run(split: str, n: int, docs: int, show: int, settings: Settings) -> dict[str, float]:
    rows = []
    for sample in samples(split, n, docs):
        started = time.monotonic()
        try:
            result = read_image(sample.data, settings)
            kind, text, name = result.kind, result.text, result.commenter
        except HumasError as err:
            kind, text, name = "error", str(err), None
        seconds = time.monotonic() - started
        truth = redact(sample.comment).text if sample.kind == "comment" else sample.all_text
        error = cer(text, truth) if sample.kind == "comment" else cer(text, sample.all_text)
        rows.append((sample, kind, text, name, error, seconds))
    comments = [r for r in rows if r[0].kind == "comment"]
    documents = [r for r in rows if r[0].kind == "document"]
    errors = [r[4] for r in comments]
    big = [r[5] for r in comments if r[0].size == (1080, 2400)]
    figures = {
        "images": len(rows), "cer_median": statistics.median(errors), "cer_p90": pct(errors, 0.9),
        "cer_mean": statistics.fmean(errors),
        "detection": sum(r[1] == r[0].kind for r in rows) / len(rows),
        "names": sum(_name_ok(r[3], r[0].commenter) for r in comments) / len(comments),
        "doc_cer_median": statistics.median(r[4] for r in documents) if documents else float("nan"),
        "doc_cer_p90": pct([r[4] for r in documents], 0.9) if documents else float("nan"),
        "doc_cer_max": max(r[4] for r in documents) if documents else float("nan"),
        "time_1080x2400_p50": statistics.median(big) if big else float("nan"),
        "time_1080x2400_p95": pct(big, 0.95) if big else float("nan"),
        "time_all_p95": pct([r[5] for r in rows], 0.95),
    }
    groups: dict[str, list[float]] = defaultdict(list)
    for r in comments:
        groups[f"platform {r[0].platform}"].append(r[4])
        groups[f"font {r[0].font}"].append(r[4])
        groups["dark" if r[0].dark else "light"].append(r[4])
        groups[f"screen {r[0].size[0]}x{r[0].size[1]}"].append(r[4])
    for key, values in sorted(groups.items()):
        figures[f"  {key} median/p90 (n)"] = (f"{statistics.median(values):.3f} / {pct(values, 0.9):.3f}"
                                            f" ({len(values)})")
    for sample, kind, text, name, error, _ in sorted(rows, key=lambda r: -r[4])[:show if split != "fresh" else 0]:
        print(f"--- {sample.platform} {sample.font} dark={sample.dark} {sample.size} kind={kind} cer={error:.3f}")
        print(f"  name: {name!r} (truth {sample.commenter!r})\n  read: {text[:400]!r}")
        print(f"  want: {(sample.comment or sample.all_text)[:400]!r}")
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=200, help="screenshots per split")
    parser.add_argument("--docs", type=int, default=20, help="photos of printed releases per split")
    parser.add_argument("--show", type=int, default=0,
                        help="print the N worst items of each split but the fresh held-out one")
    parser.add_argument("--split", choices=[*SEEDS, "all"], default="all")
    args = parser.parse_args()
    settings = Settings()
    splits = list(SEEDS) if args.split == "all" else [args.split]
    results = {split: run(split, args.n, args.docs, args.show, settings) for split in splits}
    print(f"{'figure':44} " + " ".join(f"{TITLES[s]:>19}" for s in splits))
    keys = list(dict.fromkeys(k for s in splits for k in results[s]))
    for key in keys:
        values = [results[s].get(key, "") for s in splits]
        print(f"{key:44} " + " ".join(f"{v:>19.3f}" if isinstance(v, float) else f"{v!s:>19}" for v in values))


if __name__ == "__main__":
    main()
