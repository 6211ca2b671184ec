"""Draft kind and lead on drafts nobody tuned on (issue 11, round 11c), one test per class fixed, on the
fresh ext23 drafts and on sentences of the same shape: a condition citizens meet (papers to bring, a
levy) is no lead; an emergency leads with keeping out of harm's way, asked of citizens; a clarification
that opens by telling the rumour leads with the truth after its denial; an invitation in the passive; a
service moved; a detour; a meeting's decision gives what it decided; a recorded figure is background; a
clause about "each place" points back; a hazard counted over a period is background to an appeal; a
list of recipients means aid; the lead's paragraph decides the kind after a quote-first opening."""

from __future__ import annotations

from pathlib import Path

import pytest

from benchmarks import quality_metrics as qm
from bot.core.reading import DraftKind, read_draft
from bot.core.reading.kind import draft_kind
from bot.core.reading.lead import clause_benefit
from bot.core.reading.rumour import rumour_and_truth

EXTRA = Path(__file__).resolve().parent / "data" / "quality" / "drafts_extra"


def draft(stem: str) -> qm.Draft:
    return qm.read_draft(next(EXTRA.glob(f"{stem}-*.md")))


def lead_matches(d: qm.Draft) -> bool:
    sheet = read_draft(d.body)
    return sheet.lead is not None and d.lead is not None and qm.token_overlap(sheet.lead.text, d.lead) >= qm.OVERLAP


@pytest.mark.parametrize("condition, offer", [
    ("Warga yang KTP-nya rusak cukup membawa KTP yang rusak", "KTP elektronik tidak perlu dicetak ulang"),
    ("Warga hanya dikenakan iuran perawatan Rp5.000 per kepala keluarga per bulan",
     "warga tiga dusun dapat mengambil air bersih di 12 hidran umum"),
    ("Warga cukup membawa SIM dan STNK asli", "Warga kini dapat memperpanjang SIM di halaman pasar"),
])
def test_a_condition_citizens_meet_weighs_less_than_what_they_get(condition: str, offer: str) -> None:
    assert clause_benefit(condition) < 1.5 <= clause_benefit(offer)


def test_a_condition_made_easier_still_counts() -> None:
    easier = "peserta JKN kini cukup menunjukkan KTP elektronik"
    assert clause_benefit(easier) > clause_benefit("peserta JKN cukup membawa fotokopi KTP elektronik")


def test_an_emergency_leads_with_what_is_asked_of_citizens_not_with_papers_or_figures() -> None:
    flood = draft("ext23-05")
    assert read_draft(flood.body).kind == DraftKind.EMERGENCY
    assert lead_matches(flood)
    asked = "Warga di bantaran sungai diminta segera mengungsi ke posko terdekat"
    reported = "Sebanyak 34 KK (112 jiwa) mengungsi ke balai desa"
    assert clause_benefit(asked, DraftKind.EMERGENCY) > clause_benefit(reported, DraftKind.EMERGENCY)


def test_a_clarification_that_opens_with_the_rumour_leads_with_the_truth() -> None:
    d = draft("ext23-04")
    sheet = read_draft(d.body)
    assert sheet.kind == DraftKind.CLARIFICATION and lead_matches(d)
    parts = ["Sebuah pesan berantai beredar di grup warga.", " Isinya, semua warga wajib membayar Rp50.000.",
             " Pesan itu juga menyebut batas waktunya akhir bulan.",
             "\n\nKepala Dinas menegaskan kabar itu tidak benar.",
             " Layanan tersebut gratis dan tidak ada batas waktu."]
    text = "".join(parts)
    ends = [sum(len(p) for p in parts[: i + 1]) for i in range(len(parts))]
    spans = [(end - len(p.lstrip()), end) for p, end in zip(parts, ends, strict=True)]
    rumour, truth = rumour_and_truth(text, spans)
    assert rumour == {0, 1, 2} and truth == {3, 4}
    # a fact stated before the denial without telling a rumour is no rumour
    plain = "Biaya sambungan baru Rp850.000. Informasi tarif Rp2 juta tidak benar."
    assert rumour_and_truth(plain, [(0, 31), (32, len(plain))])[0] == set()


def test_an_invitation_in_the_passive_leads_an_achievement_post() -> None:
    d = draft("ext23-06")
    assert read_draft(d.body).kind == DraftKind.ACHIEVEMENT
    assert lead_matches(d)
    assert clause_benefit("seluruh masyarakat diundang hadir pada malam syukuran") >= 3.0


def test_a_service_moved_and_a_detour_lead() -> None:
    assert lead_matches(draft("ext23-10"))
    moved = clause_benefit("pelayanan rawat jalan puskesmas dipindahkan sementara ke gedung serbaguna",
                           DraftKind.SERVICE)
    assert moved >= 4.0
    detour = "kendaraan dari Padang menuju Bukittinggi dialihkan melalui jalur Solok"
    assert clause_benefit(detour, DraftKind.EMERGENCY) > clause_benefit("Pengendara diimbau tidak berhenti")


def test_a_meeting_that_decides_a_service_change_leads_with_the_decision() -> None:
    for stem in ("ext23-01", "ext12-07"):
        d = draft(stem)
        sheet = read_draft(d.body)
        assert sheet.kind == DraftKind.SERVICE and lead_matches(d), stem


def test_a_benefit_in_the_last_paragraph_still_leads() -> None:
    d = draft("ext23-07")
    assert read_draft(d.body).kind == DraftKind.SERVICE and lead_matches(d)


def test_background_and_quotes_give_way_to_the_offer() -> None:
    market = draft("ext23-02")  # a quote, then recorded prices, then the market
    sheet = read_draft(market.body)
    assert sheet.kind == DraftKind.EVENT and lead_matches(market)
    recorded = "Data panel harga dinas mencatat beras medium kini Rp14.500 per kilogram"
    assert clause_benefit(recorded) < clause_benefit("beras medium dijual Rp12.500 per kilogram")
    assert clause_benefit("Di setiap lokasi, beras dijual Rp57.000 per karung") < clause_benefit(
        "Beras dijual Rp57.000 per karung di tiga kelurahan")


def test_a_hazard_counted_over_a_period_is_background_to_an_appeal() -> None:
    d = draft("ext23-08")
    assert read_draft(d.body).kind == DraftKind.APPEAL
    text = ("Korsleting Jadi Biang Kebakaran, Damkar Ingatkan Warga\n\nSepanjang 2025 tercatat 90 kejadian kebakaran "
            "di kota ini. Warga diminta mencabut peralatan listrik saat meninggalkan rumah.")
    assert draft_kind(text, title="Korsleting Jadi Biang Kebakaran, Damkar Ingatkan Warga") == DraftKind.APPEAL


def test_aid_to_a_list_of_recipients_is_a_service_and_a_bare_cost_does_not_lead() -> None:
    d = draft("ext20-06")
    sheet = read_draft(d.body)
    assert sheet.kind == DraftKind.SERVICE and lead_matches(d)
    assert clause_benefit("GRATIS tdk ada pungutan") < clause_benefit("pembagian beras 10 kg GRATIS")


@pytest.mark.parametrize("stem", [f"ext23-{n:02d}" for n in range(1, 11)])
def test_fresh_drafts_keep_their_kind(stem: str) -> None:
    d = draft(stem)
    assert read_draft(d.body).kind.value == d.kind
