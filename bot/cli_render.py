"""Plain-text rendering of core results for the terminal (the CLI and `humasbot chat`)."""

from __future__ import annotations

from bot.core.models import KIND_LABELS, AuditResult, Hit, ReplyResult, RewriteResult
from bot.core.platforms import SPECS

SEVERITY_LABELS = {"high": "TINGGI", "medium": "SEDANG", "low": "RENDAH"}


def _sources_line(sources: list) -> str:
    if not sources:
        return "Sumber: (tidak ada pedoman yang cocok)"
    return "Sumber: " + "; ".join(f"{s.title} ({s.path})" for s in sources)


def render_rewrite(result: RewriteResult) -> str:
    lines: list[str] = [f"Mesin: {result.engine}", ""]
    for post in result.posts:
        spec = SPECS[post.platform]
        lines.append(f"=== {spec.label} ({post.char_count}/{post.limit} karakter) ===")
        lines.append(post.text)
        for reply in post.thread:
            lines.extend(["--- balasan utas ---", reply])
        if post.visual:
            lines.append(f"[Saran visual] {post.visual}")
        lines.append("")
    lines.append(_sources_line(result.sources))
    check = result.fact_check
    if check is not None:  # the service's one verdict; the same as its warning, if any
        basis = "draf dan profil" + (f" serta {len(check.grounding)} potongan pedoman" if check.grounding else "")
        if check.ok:
            lines.append(f"Cek fakta: semua angka, tanggal dan nama ada di {basis}.")
        else:
            lines.append(f"Cek fakta: TIDAK LOLOS - {', '.join(check.invented)} (tidak ada di {basis})")
    lines.extend(f"Peringatan: {w}" for w in result.warnings)
    return "\n".join(lines)


def render_reply(result: ReplyResult) -> str:
    lines = [f"Mesin: {result.engine}", f"Jenis komentar: {KIND_LABELS.get(result.kind, result.kind)}"]
    if result.escalate:
        lines.append(f"PERLU ESKALASI: {result.reason}")
    elif result.reason:
        lines.append(f"Catatan: {result.reason}")
    if result.recommendation:
        lines.append(f"Rekomendasi: {result.recommendation}")
    lines.append("")
    for number, suggestion in enumerate(result.suggestions, 1):
        lines.append(f"Saran {number}:")
        lines.append(suggestion)
        lines.append("")
    lines.append(_sources_line(result.sources))
    lines.extend(f"Peringatan: {w}" for w in result.warnings)
    return "\n".join(lines)


def render_audit(result: AuditResult) -> str:
    lines = [f"Skor: {result.score}/100 ({SPECS[result.platform].label})"]
    if not result.findings:
        lines.append("Tidak ada temuan. Caption sudah berpusat pada warga.")
    for finding in result.findings:
        label = SEVERITY_LABELS.get(finding.severity, finding.severity)
        lines.append(f"- [{label}] {finding.rule}: {finding.message}")
        lines.append(f"  Pedoman: {finding.source}")
    if result.suggestions:
        lines.append(f"Saran perbaikan ({result.engine}):")
        lines.extend(f"- {s}" for s in result.suggestions)
    lines.extend(f"Peringatan: {w}" for w in result.warnings)
    return "\n".join(lines)


def render_hits(hits: list[Hit]) -> str:
    if not hits:
        return "Tidak ada hasil. Jalankan `humasbot ingest` dulu bila basis pengetahuan masih kosong."
    blocks = []
    for rank, hit in enumerate(hits, 1):
        snippet = " ".join(hit.text.split())
        if len(snippet) > 240:
            snippet = snippet[:239] + "…"
        blocks.append(f"{rank}. {hit.title} ({hit.path}) skor={hit.score:.4f}\n   {snippet}")
    return "\n".join(blocks)
