"""Round 29 of issue 11, comments: a person not found though the comment tells the story between the person and
"belum ketemu", and a fire or a flood said to be under way, escalate; a flood that recurs, a card or a name gone
missing do not (texts of our own)."""

from __future__ import annotations

from bot.core.triage_rules import must_escalate


def test_a_person_not_found_escalates_however_long_the_story_between() -> None:
    for text in ("Nenek kami (75 th, agak pikun) keluar rumah habis subuh pakai daster biru, sampai sore belum ketemu",
                 "Adik sy (7 thn) dari jam 4 sore tadi blm pulang dari rumah temennya, lapornya kemana min?"):
        for kind in ("question", "complaint", "other"):
            assert must_escalate(text, kind) is not None, (kind, text)
    for text in ("Anak saya bikin KTP tapi kartunya hilang di kantor, gimana ngurusnya?",
                 "nama anak saya hilang dari daftar penerima PIP, kok bisa?"):
        assert must_escalate(text, "question") is None, text


def test_a_danger_under_way_escalates_and_a_recurring_one_does_not() -> None:
    for text in ("Ada kebakaran di gudang belakang pasar SEKARANG, asap hitam banget, damkar belum datang!!",
                 "air sungai naik terus, banjir udah sepinggang di RT 03 saat ini, lansia blm dievakuasi"):
        assert must_escalate(text, "complaint") is not None, text
        assert must_escalate(text, "question") is not None, text
    assert must_escalate("tiap hujan banjir terus di jalan ini, tolong drainasenya diperbaiki", "complaint") is None
    assert must_escalate("kebakaran hutan tahun lalu parah, semoga tahun ini tidak lagi", "other") is None
