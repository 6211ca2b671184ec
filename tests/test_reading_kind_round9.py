"""Draft kind and lead on drafts nobody wrote the rules beside (issue 11, round 9c), one test per class
fixed: a meeting whose outcome is a request to citizens is an appeal, and one without an outcome stays a
meeting; a casual invitation is an event; a movement is a result only with its figure and a subsidy's
percent is none; a hazard being prevented or that occasioned a notice is no emergency under way; a
connective is no anaphora; a service's widened hours lead; a clarification never leads with the rumour;
a reassurance gives nothing; "&" closes an enumeration; a post drops a lead's connective and opens a
relative lead with its head."""

from __future__ import annotations

from pathlib import Path

from benchmarks import quality_metrics as qm
from bot.core.reading import DraftKind, read_draft
from bot.core.reading.kind import draft_kind, kind_scores
from bot.core.reading.lead import clause_benefit

EXTRA = Path(__file__).resolve().parent / "data" / "quality" / "drafts_extra"


def draft(stem: str) -> qm.Draft:
    return qm.read_draft(next(EXTRA.glob(f"{stem}-*.md")))


def lead_overlap(d: qm.Draft) -> float:
    sheet = read_draft(d.body)
    assert sheet.lead is not None and d.lead is not None
    return qm.token_overlap(sheet.lead.text, d.lead)


def test_a_meeting_whose_outcome_is_a_request_to_citizens_is_an_appeal() -> None:
    d = draft("ext12-04")
    sheet = read_draft(d.body)
    assert sheet.kind == DraftKind.APPEAL and sheet.citizen_benefit
    assert lead_overlap(d) >= qm.OVERLAP


def test_a_meeting_without_an_outcome_stays_a_meeting_without_a_lead() -> None:
    sheet = read_draft(draft("ext12-08").body)
    assert sheet.kind == DraftKind.MEETING and sheet.lead is None and not sheet.citizen_benefit


def test_a_casual_invitation_is_an_event_and_a_reminder_to_bring_is_no_appeal() -> None:
    assert read_draft(draft("ext12-10").body).kind == DraftKind.EVENT
    caption = ("Halo warga! Sabtu ini ada senam pagi bareng di alun-alun, yuk merapat! "
               "Jangan lupa bawa botol minum sendiri ya.")
    scores = kind_scores(caption)
    assert scores[DraftKind.EVENT] > scores[DraftKind.APPEAL]
    appeal = "Warga diimbau waspada. Jangan membuang sampah ke sungai selama musim hujan."
    assert draft_kind(appeal) == DraftKind.APPEAL


def test_a_movement_is_a_result_only_with_its_figure() -> None:
    assert read_draft(draft("ext12-09").body).kind == DraftKind.SERVICE
    no_figure = kind_scores("Warga menunggu ombak turun dulu sebelum menyeberang ke Labuha.")
    with_figure = kind_scores("Angka stunting di kabupaten ini turun menjadi 14 persen tahun ini.")
    assert no_figure[DraftKind.ACHIEVEMENT] == 0
    assert with_figure[DraftKind.ACHIEVEMENT] > 0


def test_a_subsidy_percent_is_no_result() -> None:
    subsidy = ("Dinas Pertanian membuka kembali kepesertaan asuransi padi. Premi disubsidi pemerintah sebesar "
               "80 persen, sehingga petani cukup membayar Rp36.000 per hektare.")
    assert draft_kind(subsidy) == DraftKind.SERVICE
    assert kind_scores(subsidy)[DraftKind.ACHIEVEMENT] == 0


def test_a_hazard_prevented_or_that_occasioned_a_notice_is_no_emergency() -> None:
    prevention = ("Pemkab menggelar rapat kesiapsiagaan kebakaran hutan dan lahan. Masyarakat diminta tidak "
                  "membuka lahan dengan cara membakar.")
    assert kind_scores(prevention)[DraftKind.EMERGENCY] == 0
    occasion = ("Sehubungan dengan banjir yang melanda Kota Bima, pemerintah membuka pengajuan bantuan perbaikan "
                "rumah di kantor kelurahan.")
    assert kind_scores(occasion)[DraftKind.EMERGENCY] == 0
    assert read_draft(draft("ext12-06").body).kind == DraftKind.EMERGENCY


def test_a_connective_is_no_anaphora() -> None:
    request = "masyarakat diminta tidak membuka lahan dengan cara membakar"
    assert clause_benefit("Untuk itu, " + request) == clause_benefit(request)
    assert clause_benefit("Kegiatan ini juga terbuka untuk umum") < clause_benefit("Pameran terbuka untuk umum")


def test_widened_hours_of_a_service_lead() -> None:
    d = draft("ext12-01")
    sheet = read_draft(d.body)
    assert sheet.lead is not None and "malam hari" in sheet.lead.text
    assert clause_benefit("Unit hemodialisa kini melayani cuci darah hingga malam hari") > clause_benefit(
        "Unit hemodialisa melayani cuci darah")


def test_a_clarification_never_leads_with_the_rumour() -> None:
    rumour = "siswa baru wajib membeli paket seragam seharga Rp850.000 di sekolah tidak benar"
    assert clause_benefit(rumour, DraftKind.CLARIFICATION) == 0
    assert clause_benefit(rumour, DraftKind.SERVICE) > 0


def test_a_reassurance_gives_nothing() -> None:
    assert clause_benefit("Orang tua tidak perlu panik") < clause_benefit("Orang tua tidak perlu lagi antre")


def test_an_ampersand_closes_an_enumeration() -> None:
    sheet = read_draft(draft("ext12-10").body)
    assert sheet.lead is not None and "cek gula darah, kolesterol & tensi GRATIS" in sheet.lead.text


def instagram_first_line(body: str) -> str:
    from benchmarks.quality import first_sentence
    from bot.core.models import RewriteRequest
    from bot.offline.engine import OfflineEngine

    post = OfflineEngine().rewrite(RewriteRequest(draft=body, platforms=["instagram"])).posts[0].text
    return first_sentence(post)


def test_a_post_opens_without_the_lead_s_connective() -> None:
    first = instagram_first_line(draft("ext12-04").body)
    assert first.startswith("Masyarakat diminta tidak membuka lahan")


def test_a_relative_lead_opens_the_post_with_its_head() -> None:
    body = ("Pemkab Bone Bolango menyelesaikan perbaikan jalan kabupaten tahun ini. Ruas yang selesai antara lain "
            "Tulabolo–Pinogu dan Tapa–Talulobutu, yang kini dapat dilalui kendaraan roda empat sepanjang tahun.")
    sheet = read_draft(body)
    assert sheet.lead is not None and sheet.lead.text.startswith("kini dapat dilalui")
    first = instagram_first_line(body)
    assert first.startswith("Ruas yang selesai antara lain Tulabolo–Pinogu dan Tapa–Talulobutu, yang kini dapat")
