"""The short-video script (issue 12): a 3-second hook, 3-5 scenes of the draft's facts, a call to action,
15-30 seconds in all; on-screen text readable on a phone; every text passes the shared fact check."""

from __future__ import annotations

import json

import pytest

from benchmarks import quality_metrics as qm
from bot.core.fact_check import check_facts
from bot.core.reading import read_draft
from bot.core.reading.sheet import LABELS, Slot
from bot.core.video_script import NO_BENEFIT_SCENES, ON_SCREEN_MAX, make_script


def _tune_drafts() -> list[qm.Draft]:
    tune = json.loads(qm.SPLIT_FILE.read_text(encoding="utf-8"))["drafts"]["tune"]
    return [qm.read_draft(qm.DATA / "drafts" / f"{i}.md") for i in sorted(tune)] + qm.load_drafts(qm.EXTRA_DRAFTS)


DRAFTS = _tune_drafts()


@pytest.mark.parametrize("draft", DRAFTS, ids=[d.id for d in DRAFTS])
def test_script_shape_and_facts(draft: qm.Draft) -> None:
    script = make_script(draft.body)
    assert script.hook.seconds == 3
    assert 3 <= len(script.scenes) <= 5
    assert 15 <= script.total_seconds <= 30
    assert script.total_seconds == 3 + sum(s.seconds for s in script.scenes) + script.call_to_action.seconds
    for scene in (script.hook, *script.scenes, script.call_to_action):
        assert 1 <= len(scene.on_screen) <= ON_SCREEN_MAX and scene.film
        assert "podium" not in scene.film or "tanpa pejabat di podium" in scene.film
    for text in script.texts():
        verdict = check_facts(text, [draft.body])
        assert verdict.ok, (text, verdict.invented)


def test_an_event_script_shows_when_and_where_and_films_people() -> None:
    draft = ("Pemerintah Kota Contoh membuka layanan perekaman KTP elektronik keliling di Balai Desa Sukamaju "
             "pada Sabtu (14/6/2025) pukul 08.00 WIB. Layanan ini gratis. Warga cukup membawa fotokopi Kartu "
             "Keluarga.")
    script = make_script(draft)
    shown = [s.on_screen for s in script.scenes]
    assert any(t.startswith(f"{LABELS[Slot.WHEN]}: Sabtu, 14 Juni 2025") for t in shown), shown
    assert any(t.startswith(f"{LABELS[Slot.WHERE]}: Balai Desa Sukamaju") for t in shown), shown
    assert all("warga" in s.film.lower() or "petugas" in s.film.lower() for s in script.scenes)
    assert script.citizen_benefit and not script.office_questions


def test_a_draft_without_a_citizen_benefit_gets_an_honest_script_and_the_office_questions() -> None:
    draft = ("Bupati Contoh menerima audiensi pengurus organisasi kepemudaan di ruang kerjanya, Senin (3/3/2025). "
             "Dalam pertemuan itu kedua pihak bertukar pikiran dan berfoto bersama.")
    assert not read_draft(draft).citizen_benefit
    script = make_script(draft)
    assert not script.citizen_benefit and script.note and script.office_questions
    assert [s.on_screen for s in script.scenes][-len(NO_BENEFIT_SCENES):] == list(NO_BENEFIT_SCENES)
    assert 15 <= script.total_seconds <= 30


def test_a_meeting_that_announces_a_citizen_event_opens_as_an_event() -> None:
    draft = (
        "Wakil Wali Kota memimpin rapat koordinasi lintas OPD di Ruang Rapat Balai Kota, Senin (2/3/2026). "
        "Rapat membahas persiapan pasar murah yang akan digelar pada Sabtu (7/3/2026) pukul 07.00 WIB di "
        "Lapangan Kecamatan Timur. Warga dapat membeli beras, minyak goreng dan gula dengan harga di bawah "
        "harga pasar, cukup membawa KTP."
    )
    script = make_script(draft)
    assert script.citizen_benefit
    assert script.hook.on_screen != "Kabar dari pemerintah daerah"
    assert any(s.on_screen.startswith("Kapan:") for s in script.scenes)
