"""A ministry's press release and an office's letter read as a humas editor reads them (issue 11, round 13): a
letter's number is no hotline ("Nomor: 112/HMS/..." had become "Info: 112", the emergency number), and a
dateline with its date ("JAKARTA (14/4/2026) – ") is no part of a post's sentence. Sentences written for the
tests. A meeting that gives citizens nothing asks them nothing: its deadline, target and app are the
agencies'."""

from __future__ import annotations

from bot.core.reading import read_draft
from bot.core.reading.key_check import key_facts
from bot.core.reading.sheet import Slot
from bot.offline.post_text import clean_span

RELEASE = """SIARAN PERS
Nomor: 112/HM/DKP/V/2026

BANDA ACEH (5/5/2026) – Dinas Kelautan dan Perikanan Aceh membuka pendaftaran bantuan mesin perahu bagi nelayan
kecil hingga 30 Mei 2026. Pendaftaran lewat panglima laot masing-masing. Informasi: WA 0852-6011-7788.
"""


def test_a_letter_number_is_no_hotline() -> None:
    contacts = [f.text for f in read_draft(RELEASE).of(Slot.CONTACT)]
    assert "112" not in contacts
    assert any("0852-6011-7788" in c for c in contacts)


def test_the_emergency_number_alone_is_still_a_contact() -> None:
    contacts = [f.text for f in read_draft("Bila melihat api, segera hubungi 112 atau datangi pos damkar.")
                .of(Slot.CONTACT)]
    assert "112" in contacts


def test_a_dateline_with_its_date_is_cut_from_a_sentence() -> None:
    assert clean_span("BANDA ACEH (5/5/2026) – Dinas Kelautan dan Perikanan Aceh membuka pendaftaran.") == (
        "Dinas Kelautan dan Perikanan Aceh membuka pendaftaran.")


MEETING = """LEWOLEBA – Pemerintah Kabupaten Lembata menggelar rapat koordinasi pengendalian inflasi di Aula \
Kantor Bupati, Kamis (9/10/2025). Rapat dipimpin Sekretaris Daerah. Seluruh perangkat daerah diminta \
mengunggah laporan realisasi lewat aplikasi SIPD paling lambat Jumat, 17 Oktober 2025, dengan target serapan 70 persen.
"""


def test_a_meeting_that_gives_citizens_nothing_asks_them_nothing() -> None:
    sheet = read_draft(MEETING)
    assert not sheet.citizen_benefit
    assert sheet.of(Slot.DEADLINE) or sheet.of(Slot.TARGET)  # read (the office's own), not the citizens' to act on
    assert not sheet.of(Slot.HOW)  # "perangkat daerah diminta mengunggah ...": the officials' task, no citizens' how
    for slot in (Slot.HOW, Slot.DEADLINE, Slot.TARGET):
        assert key_facts(sheet, slot) == [], slot


def test_a_dateline_with_an_apostrophe_is_cut() -> None:
    assert clean_span("BA'A – Pemkab Rote Ndao membuka layanan.") == "Pemkab Rote Ndao membuka layanan."
