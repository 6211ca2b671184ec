"""Warnings beside the offline posts: each one true of this draft and these posts.

Every warning is computed from the fact sheet and the posts actually written, never from a guess
about the draft: "no benefit for citizens" only when the sheet found none (with the questions for
the originating office), never over an emergency or a warning that says where to go or whom to call;
"titles dropped" only when the draft had titles and no post kept them.
A post that leaves out a key fact is named once, by the service's final checks
(`final_checks.key_facts_warnings`), for every engine alike.
"""

from __future__ import annotations

from bot.core import lexicon
from bot.core.models import Post
from bot.core.platforms import SPECS
from bot.core.reading import DraftKind, FactSheet, Slot
from bot.core.reading.masthead import in_masthead
from bot.offline.post_plan import PostPlan

OFFLINE_WARNING = "Mesin offline (tanpa model bahasa): hasil disusun ulang dari draf, bukan ditulis ulang bebas."
NO_BENEFIT_WARNING = ("Draf melaporkan rapat, kunjungan atau seremoni dan belum menyebut manfaat bagi warga; "
                      "unggahan ini hanya menyampaikan apa yang ada di draf.")
NO_BENEFIT_ACHIEVEMENT = ("Draf melaporkan capaian dan belum menyebut manfaat bagi warga; "
                          "unggahan ini hanya menyampaikan apa yang ada di draf.")
OFFICE_PREFIX = "Tanyakan ke dinas pengirim: "
NO_DATE_WARNING = "Tidak menemukan tanggal atau jam di draf; tambahkan kapan kegiatan atau layanan berlaku."
NO_PLACE_WARNING = "Tidak menemukan lokasi di draf; tambahkan di mana kegiatan berlangsung."
TITLES_WARNING = "Gelar dan sapaan kehormatan dihapus; jabatan dan nama tetap."
LONG_LEAD_WARNING = "Kalimat pembuka lebih dari 125 karakter; warga hanya melihat awalnya sebelum “selengkapnya”."
_TIMED_KINDS = (DraftKind.EVENT, DraftKind.SERVICE)


def _ceremony(sheet: FactSheet) -> list[str]:
    ceremonial = [c for c in sheet.clauses if c.ceremonial and not in_masthead(sheet.draft, c.start)]
    if not ceremonial:
        return []
    inside = any(c.start <= f.start < c.end for c in ceremonial for f in sheet.facts
                 if f.slot not in (Slot.WHAT, Slot.BENEFIT, Slot.ATTRIBUTION))
    text = f"{len(ceremonial)} klausa seremonial (siapa hadir, siapa membuka) tidak dimasukkan"
    return [text + ("; tanggal, tempat, dan fakta lain di dalamnya tetap dipakai." if inside else ".")]


def _spelling(draft: str, posts: list[Post]) -> list[str]:
    text = "\n".join(p.text for p in posts)
    fixes = [(a, b) for a, b in lexicon.find_spelling(draft) if a not in text and b in text]
    if not fixes:
        return []
    return ["Ejaan dibakukan: " + "; ".join(f"“{a}” → {b}" for a, b in fixes[:6]) + "."]


def _titles(draft: str, posts: list[Post]) -> list[str]:
    found = lexicon.find_honorifics(draft)
    text = "\n".join(p.text for p in posts)
    return [TITLES_WARNING] if found and not lexicon.find_honorifics(text) else []


def _safety_notice(sheet: FactSheet) -> bool:
    """An emergency update or a warning that tells citizens where to go or whom to call: what it gives them is
    their safety, and it reports no meeting, visit or ceremony."""
    return sheet.kind in (DraftKind.EMERGENCY, DraftKind.APPEAL) and any(
        sheet.has(slot) for slot in (Slot.WHERE, Slot.CONTACT, Slot.HOW))


def rewrite_warnings(plan: PostPlan, posts: list[Post], platforms: list[str]) -> list[str]:
    """The warnings that hold for this draft and these posts."""
    sheet = plan.sheet
    warnings = [OFFLINE_WARNING]
    if not sheet.citizen_benefit and not _safety_notice(sheet):
        warnings.append(NO_BENEFIT_ACHIEVEMENT if sheet.kind == DraftKind.ACHIEVEMENT else NO_BENEFIT_WARNING)
        if sheet.office_questions:
            warnings.append(OFFICE_PREFIX + " ".join(sheet.office_questions))
    if sheet.kind in _TIMED_KINDS and sheet.citizen_benefit and not (
            sheet.has(Slot.WHEN) or sheet.has(Slot.DEADLINE)):
        warnings.append(NO_DATE_WARNING)
    if sheet.kind == DraftKind.EVENT and sheet.citizen_benefit and not sheet.has(Slot.WHERE):
        warnings.append(NO_PLACE_WARNING)
    warnings += _ceremony(sheet)
    warnings += _titles(sheet.draft, posts)
    warnings += _spelling(sheet.draft, posts)
    for post in posts:
        if post.call_to_action not in post.text:
            warnings.append(f"Ajakan pada unggahan {SPECS[post.platform].label} terpotong karena batas karakter.")
    if "instagram" in platforms and not plan.hook and len(plan.lead) > SPECS["instagram"].visible:
        warnings.append(LONG_LEAD_WARNING)
    return list(dict.fromkeys(warnings))
