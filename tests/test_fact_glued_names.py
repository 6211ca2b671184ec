"""A code the draft writes itself ("PBB-P2", "Gen 5G") is the draft's word, never a number glued to a unit: read as
"P" + 2 and matched with a guideline's "Pasal 2", it became the invented name "Pemutihan Denda PBB-pasal" (round 21,
found on the sealed batch after the merge)."""

from __future__ import annotations

from bot.core.fact_check import check_facts
from bot.core.fact_glued import unglued

DRAFT = ("Sekda meluncurkan program Pemutihan Denda PBB-P2 Tahun 2026 di Aula Bapenda, Kamis (3/12/2026). Warga "
         "cukup membayar pokok pajak hingga 31 Desember 2026.")
GUIDELINE = "Pasal 2 mengatur asas keterbukaan informasi publik. Pasal 3 mengatur tujuannya."


def test_a_code_the_draft_writes_is_left_as_written() -> None:
    post = "Program Pemutihan Denda PBB-P2 Tahun 2026: bayar pokoknya saja sampai 31 Desember 2026."
    assert unglued(post, [DRAFT, GUIDELINE]) == post
    assert check_facts(post, [DRAFT, GUIDELINE]).ok


def test_a_glued_code_the_draft_lacks_is_still_checked() -> None:
    post = "Program Pemutihan Denda PBB-P3 Tahun 2026: bayar pokoknya saja sampai 31 Desember 2026."
    assert not check_facts(post, [DRAFT, GUIDELINE]).ok
