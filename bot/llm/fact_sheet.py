"""The fact sheet as the model reads it: the facts a rewrite must keep, by slot, in Indonesian.

The sheet (bot/core/reading) is read from the officer's draft, so it is user data: it travels in
the user turn beside the draft, and every line goes through `scrub` (the engine's redaction under
the draft's own placeholders, then `neutralise`) before it leaves the machine. The rewrite prompt's
system part tells the model what the block is for (prompts/rewrite.md).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from bot.core.final_checks import KeyGap
from bot.core.reading import KEY_SLOTS, DraftKind, FactSheet, Slot
from bot.core.reading.time_roles import BANNED, CLOSED, HOURS, OLD

Scrub = Callable[[str], str]

#: Slot labels as the block shows them, in the order it shows them; a target is a government aim,
#: never a date citizens must meet, and attribution is who said it, never a benefit.
SLOT_LABELS: dict[Slot, str] = {
    Slot.WHEN: "Kapan",
    Slot.WHERE: "Di mana",
    Slot.COST: "Biaya",
    Slot.HOW: "Caranya",
    Slot.REQUIREMENTS: "Syarat",
    Slot.WHO: "Untuk siapa",
    Slot.QUOTA: "Kuota",
    Slot.CONTACT: "Kontak",
    Slot.DEADLINE: "Batas waktu bagi warga",
    Slot.TARGET: "Target (sasaran pemerintah, BUKAN batas waktu bagi warga)",
    Slot.FIGURES: "Capaian",
    Slot.ATTRIBUTION: "Disampaikan oleh (atribusi saja)",
}
#: Labels of the when, deadline and place facts that are no day or place of the offer itself (their role).
ROLE_LABELS: dict[str, str] = {
    HOURS: "Jam layanan / jadwal rutin (tulis di baris sendiri, bukan di baris Kapan)",
    CLOSED: "Hari atau tempat TIDAK ada layanan (libur/tutup; BUKAN jadwal layanan)",
    OLD: "Lokasi atau jadwal LAMA (tulis hanya sebagai \"pindah dari ...\"; BUKAN tempat atau batas waktu layanan)",
    BANNED: "Jam LARANGAN (tulis sebagai larangan; BUKAN jam layanan atau jam datang)",
    "registration": "Jadwal pendaftaran (tahapan, beri label \"Pendaftaran\")",
    "selection": "Jadwal seleksi/tes (tahapan, beri label \"Seleksi\")",
    "announcement": "Jadwal pengumuman (tahapan, beri label \"Pengumuman\")",
    "queue": "Pembagian nomor antrean/kupon (tahapan, beri label sendiri)",
}
KINDS: dict[DraftKind, str] = {
    DraftKind.EVENT: "acara atau kegiatan untuk warga",
    DraftKind.SERVICE: "layanan atau program baru/berubah",
    DraftKind.ACHIEVEMENT: "laporan capaian",
    DraftKind.APPEAL: "imbauan atau peringatan",
    DraftKind.CLARIFICATION: "klarifikasi",
    DraftKind.EMERGENCY: "informasi darurat",
    DraftKind.MEETING: "rapat, kunjungan, atau seremoni",
}
KEY_MARK = " [WAJIB ADA]"
NO_BENEFIT = (
    "Manfaat bagi warga: draf TIDAK menyebut apa yang didapat warga. Tulis unggahan jujur terbaik dari isi "
    "draf (apa yang terjadi dan mengapa penting); jangan mengarang manfaat, layanan, jadwal, atau ajakan "
    "yang tidak ada di draf."
)
NO_FACTS = "(tidak ada fakta berlabel yang terbaca; ambil fakta hanya dari draf)"
NONE = "(tidak ada)"


def _values(values: Sequence[str], scrub: Scrub) -> str:
    seen = dict.fromkeys(scrub(v).strip() for v in values)
    return "; ".join(v for v in seen if v)


def sheet_block(sheet: FactSheet, scrub: Scrub) -> str:
    """The facts that must survive, one labelled line per slot, the lead first (Indonesian)."""
    lines = [f"Jenis draf: {KINDS[sheet.kind]}"]
    if sheet.citizen_benefit and sheet.lead is not None:
        lines.append(f"Pembuka (yang didapat warga): {scrub(sheet.lead.text).strip()}")
    else:
        lines.append(NO_BENEFIT)
    facts = []
    for slot, label in SLOT_LABELS.items():
        value = _values([f.value for f in sheet.of(slot) if not f.role], scrub)
        if value:
            facts.append(f"- {label}{KEY_MARK if slot in KEY_SLOTS else ''}: {value}")
    for role, label in ROLE_LABELS.items():  # each kind of time or place under its own label
        value = _values([f.value for f in sheet.facts if f.role == role], scrub)
        if value:
            key = any(f.slot in KEY_SLOTS for f in sheet.facts if f.role == role)
            facts.append(f"- {label}{KEY_MARK if key else ''}: {value}")
    lines += facts or [NO_FACTS]
    if sheet.acronyms:
        pairs = _values([f"{short} = {long}" for short, long in sheet.acronyms], scrub)
        lines.append(f"Singkatan (tulis kepanjangannya saat pertama disebut): {pairs}")
    return "\n".join(lines)


def missing_text(gaps: Sequence[KeyGap], scrub: Scrub) -> str:
    """The key facts a regeneration must add, named by label with the draft's value and the platforms
    that lack them, e.g. "Kapan: Sabtu, 14 Juni 2025, pukul 07.30 WIB (belum ada di: instagram, x)"."""
    if not gaps:
        return NONE
    return "; ".join(
        f"{SLOT_LABELS[gap.fact.slot]}: {scrub(gap.fact.value).strip()} (belum ada di: {', '.join(gap.platforms)})"
        for gap in gaps
    )
