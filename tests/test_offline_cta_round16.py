"""The call to action of an appeal (issue 11, round 16, read on the measured sealed batch 16s): a ban or rule for a
time and place asks citizens to follow it, not to "note the time and place and come"; an appeal that offers a
service or invites to a work day still asks them to come."""

from __future__ import annotations

from dataclasses import replace

import pytest

from bot.core.reading import DraftKind, Slot, read_draft
from bot.offline.post_action import call_to_action

#: (draft, the post's lead): the lead is what the post opens with, the draft gives the kind, slots and opening.
RULES = (
    ("Polresta Contoh mengimbau warga agar merayakan malam tahun baru dengan tertib. Jangan menyalakan petasan dan "
     "kembang api berukuran besar di permukiman padat pada Kamis, 31 Desember 2026. Hubungi Call Center 110.",
     "Jangan menyalakan petasan dan kembang api berukuran besar di permukiman padat."),
    ("Dinas Perhubungan mengimbau calon penumpang agar waspada terhadap calo. Calon penumpang diminta membeli tiket "
     "kapal hanya di loket resmi Pelabuhan Yos Sudarso setiap hari pukul 08.00–16.00 WIT.",
     "Calon penumpang diminta membeli tiket kapal hanya di loket resmi Pelabuhan Yos Sudarso."),
    ("Menjelang Iduladha, Dinas Pertanian mengimbau pedagang hewan kurban. Pedagang diimbau hanya menjual hewan yang "
     "sehat di Pasar Hewan Contoh mulai 26 Mei sampai 5 Juni 2027. Hewan yang sakit dilarang dijual.",
     "Pedagang diimbau hanya menjual hewan yang sehat."),
)
COME = (
    ("Sehubungan dengan meningkatnya kasus demam berdarah, Lurah Contoh mengajak seluruh warga ikut kerja bakti "
     "massal pada Minggu, 6 Desember 2026, pukul 07.00 WIB di halaman Kantor Lurah Contoh. Warga diminta membawa "
     "cangkul dan karung.", "Warga diminta ikut kerja bakti massal dan membawa cangkul."),
    ("Kasus campak naik. Dinas Kesehatan mengimbau orang tua melengkapi imunisasi anak. Layanan imunisasi "
     "campak-rubela (MR) gratis di seluruh puskesmas Kota Contoh setiap Senin–Sabtu pukul 08.00–13.00 WITA.",
     "Layanan imunisasi campak-rubela (MR) gratis."),
)


def _action(draft: str, lead: str) -> str:
    sheet = replace(read_draft(draft), kind=DraftKind.APPEAL, citizen_benefit=True)
    return call_to_action(sheet, lead, [], {Slot.WHEN, Slot.WHERE}, placed=True)


@pytest.mark.parametrize(("draft", "lead"), RULES)
def test_an_appeal_to_follow_a_rule_asks_to_follow_it(draft: str, lead: str) -> None:
    assert _action(draft, lead) in ("act", "alert")  # a ban on fireworks may also be a danger to stay alert to


@pytest.mark.parametrize(("draft", "lead"), COME)
def test_an_appeal_to_come_still_asks_to_come(draft: str, lead: str) -> None:
    assert _action(draft, lead) in ("attend", "use")

