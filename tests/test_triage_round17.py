"""Round 17t of issue 11: personal data about a named person's health or rescue escalates, even when the only
contact in it is the commenter's own number (three misses of the sealed batch 16s, now tuning data)."""

from __future__ import annotations

import pytest

from bot.core.triage_rules import personal_data_escalates, sure_rule


@pytest.mark.parametrize("text", [
    "anak sy Rania kelas 4 SDN 1 punya riwayat asma berat, tolong gurunya tau. wa sy 0812-3344-5566",
    "bapak saya Hasan Basri 70 thn pasien cuci darah di RSUD, mohon dibantu, hp 0813 2211 4455",
    "tolong evakuasi kakek Yohanis di rumah panggung dekat dermaga, dia ga bisa jalan. hp cucunya 0852-7788-1122",
    "istri sy Maryam lagi hamil 9 bulan, air udah masuk rumah, tolong perahu. 0821 4455 6677",
    "ini adik sy namanya Tono positif TBC, tolong petugas hubungi sy 0857-1212-3434",
])
def test_a_named_persons_health_or_rescue_escalates(text: str) -> None:
    assert personal_data_escalates(text)
    verdict = sure_rule(text)
    assert verdict is not None and verdict.kind == "personal_data" and verdict.escalate


@pytest.mark.parametrize("text", [
    "tolong hubungi sy di 0852 1122 7788 soal laporan jalan rusak kmrn",
    "nomer wa sy 0857-1234-9876, tolong dihubungi soal jadwal cuci darah ibu sy",
    "sy mau daftar pelatihan, wa sy 0812 9988 7766 ya kak",
    "Pak Lurah Budi ramah sekali, makasih. kalau ada info kerja bakti kabari 0813-1111-2222",
])
def test_an_own_contact_without_a_named_persons_condition_does_not(text: str) -> None:
    assert not personal_data_escalates(text)


@pytest.mark.parametrize("text", [
    "Butuh modal usaha? Pinjaman tanpa jaminan cair hari ini, WA 0812 7788 9900",
    "pinjaman tanpa jaminan, syarat KTP saja, hub 0857-1122-3344",
])
def test_a_loan_ad_without_collateral_is_spam_not_personal_data(text: str) -> None:
    verdict = sure_rule(text)
    assert verdict is not None and verdict.kind == "spam" and not verdict.escalate
