"""Post classes fixed in round 11d (issue 11), read as an officer reads the posts of the ext24 drafts
(written and annotated before any post was read) and of small drafts written for the test:
- a clarification names the claim (quoted, or reported: "Beredar pesan ... yang menyebutkan bahwa ..."),
  then the draft's verdict, then "Faktanya: <the fact>"; the rumour is never the lead, a fact line or a
  context line; an official's quoted words are no claim; X never opens with the claim alone;
- a lead clause that cannot stand alone takes its subject: a consequence ("..., sehingga warga ...")
  the statement it follows from, a clause opening with its passive verb ("..., ditutup total") the
  sentence's content before it;
- two times the draft joins ("jam 8 pagi sampe jam 1 siang") stay one range;
- a day given as an estimate ("diperkirakan dapat dibuka kembali Jumat ...") is said with its words
  under "Perkiraan", never under "Kapan";
- "Ditanggung BPJS" is a fee ("Biaya"), not a price;
- "daftar" as a list one is on ("namanya ada di daftar") asks for no sign-up; a how that only repeats
  the cost is no step;
- a lower-case office or church with a capitalised name ("di halaman kantor lurah Oesapa") is a place.
"""

from __future__ import annotations

from pathlib import Path

from benchmarks import quality_metrics as qm
from bot.core.final_checks import finish_rewrite
from bot.core.models import RewriteRequest
from bot.core.reading import DraftKind, Slot, read_draft
from bot.offline.engine import OfflineEngine
from bot.offline.post_claim import CLAIM_LABELS, FACT_PREFIX, named_claim
from bot.offline.post_plan import plan_post
from bot.offline.post_times import ESTIMATE_LABEL
from bot.offline.post_x import x_leads

EXTRA = Path(__file__).parent / "data" / "quality" / "drafts_extra"
PLATFORMS = ["instagram", "facebook", "x", "tiktok", "whatsapp"]


def body(stem: str) -> str:
    return qm.read_draft(next(EXTRA.glob(f"{stem}*.md"))).body


def posts(draft: str) -> dict[str, str]:
    request = RewriteRequest(draft=draft, platforms=PLATFORMS)
    result = finish_rewrite(request, OfflineEngine().rewrite(request))
    assert result.fact_check is not None and result.fact_check.ok, result.fact_check
    return {p.platform: p.whole_text for p in result.posts}


def first_post(draft: str, platform: str) -> str:
    request = RewriteRequest(draft=draft, platforms=[platform])
    return OfflineEngine().rewrite(request).posts[0].text


def line(text: str, label: str) -> str:
    return next((row for row in text.split("\n") if f"{label}:" in row), "")


# --- clarifications ---------------------------------------------------------------------------------

REPORTED = ("KLARIFIKASI DINAS KESEHATAN\n\nBeredar pesan di grup WhatsApp yang menyebutkan bahwa warga wajib "
            "membayar Rp 200.000 untuk kartu vaksin. Dengan demikian, pesan tersebut tidak benar.\n\n"
            "Vaksinasi di puskesmas tidak dipungut biaya dan dibuka setiap Senin pukul 08.00 WIB. "
            "Warga cukup membawa KTP.")


def test_a_reported_claim_is_named_then_the_verdict_then_the_fact() -> None:
    for draft in (body("ext24-03"), body("ext21-04"), REPORTED):
        plan = plan_post(read_draft(draft))
        assert plan.hook.startswith(CLAIM_LABELS), plan.hook
        assert FACT_PREFIX in plan.lead, plan.lead
        instagram = posts(draft)["instagram"]
        claim_at, fact_at = instagram.find(plan.hook.split(" ", 2)[-1][:30]), instagram.find(FACT_PREFIX)
        assert 0 <= claim_at < fact_at, instagram


def test_a_verdict_said_right_after_the_claim_comes_before_the_fact() -> None:
    """"Informasi tersebut tidak benar." after the true fee read as if the fee were the rumour."""
    plan = plan_post(read_draft(body("ext21-04")))
    verdict_at = plan.lead.find("tidak benar")
    assert 0 <= verdict_at < plan.lead.find(FACT_PREFIX), plan.lead


def test_the_rumour_is_never_the_lead_a_fact_line_or_context() -> None:
    for draft, rumour in ((body("ext24-03"), "850.000"), (REPORTED, "200.000")):
        plan = plan_post(read_draft(draft))
        assert rumour not in plan.lead
        assert all(rumour not in fact_line.value for fact_line in plan.lines), plan.lines
        assert all(rumour not in text for text in plan.context), plan.context
        assert rumour in plan.hook or plan.hook.endswith(" …\"")  # named once, as the claim or its gist


def test_an_officials_quote_is_no_claim() -> None:
    draft = ("Dinas Pendidikan menegaskan sekolah negeri tidak boleh menjual seragam. \"Kami sudah mengirim "
             "surat edaran ke semua kepala sekolah,\" tegasnya. Orang tua bisa melapor ke 0812-3456-7890.")
    sheet = read_draft(draft)
    assert "surat edaran" not in named_claim(sheet)


def test_x_never_opens_with_the_claim_alone() -> None:
    for stem in ("ext24-03", "ext21-04", "ext12-05", "ext10-05"):
        draft = body(stem)
        plan = plan_post(read_draft(draft))
        if not plan.hook.startswith(CLAIM_LABELS):
            continue
        assert plan.hook + "." not in x_leads(plan)
        x = first_post(draft, "x")
        first = x.split("\n")[0]
        assert not first.startswith(CLAIM_LABELS) or FACT_PREFIX in first, x
        assert not first.startswith("Informasi tersebut"), x


# --- leads that stand alone -------------------------------------------------------------------------

def test_a_consequence_lead_takes_the_statement_it_follows_from() -> None:
    # round 19l: what the service spares citizens ("sehingga warga tidak perlu lagi ...") no longer leads the
    # sheet; the post opens with the statement itself, the consequence never alone
    lead = plan_post(read_draft(body("ext24-01"))).lead
    assert lead.startswith("Poliklinik Jantung"), lead
    assert not lead.lower().startswith(("sehingga", "warga")), lead


def test_a_subjectless_passive_lead_takes_its_subject() -> None:
    lead = plan_post(read_draft(body("ext24-05"))).lead
    assert "ruas jalan poros Makale–Rantepao" in lead and "ditutup total" in lead, lead


# --- when: ranges and estimates ---------------------------------------------------------------------

def test_two_joined_times_stay_one_range() -> None:
    for stem, start, end in (("ext24-02", "jam 8 pagi", "jam 1 siang"), ("ext20-06", "jam 8 pagi", "jam 12 siang")):
        kapan = line(posts(body(stem))["instagram"], "Jadwal") or line(posts(body(stem))["instagram"], "Kapan")
        assert f"{start} sampai {end}" in kapan, kapan
        assert f"{start};" not in kapan


def test_a_reopening_estimate_is_no_when() -> None:
    instagram = posts(body("ext24-05"))["instagram"]
    assert "20 Maret" not in line(instagram, "Kapan"), instagram
    estimate = line(instagram, ESTIMATE_LABEL)
    assert "dibuka kembali" in estimate and "20 Maret 2026" in estimate, instagram
    assert "dibuka kembali" in posts(body("ext24-05"))["tiktok"]


def test_an_estimate_keeps_the_words_of_what_is_estimated_only() -> None:
    """An official's "memperkirakan" opens no line, and a bare "perkiraan pukul 18.00" stays a time."""
    plan = plan_post(read_draft(body("ext19-02")))
    estimate = next(fact_line for fact_line in plan.lines if fact_line.label == ESTIMATE_LABEL)
    assert estimate.value.startswith("Jalan dapat dibuka kembali"), estimate.value
    assert all(fact_line.label != ESTIMATE_LABEL for fact_line in plan_post(read_draft(body("ext7-01"))).lines)


# --- labels and calls to action ---------------------------------------------------------------------

def test_covered_by_bpjs_is_a_fee_not_a_price() -> None:
    for stem in ("ext24-01", "ext24-06", "ext20-04"):
        instagram = posts(body(stem))["instagram"]
        assert "Harga:" not in instagram
        assert "Ditanggung BPJS" in line(instagram, "Biaya"), instagram


def test_a_list_one_is_on_asks_no_sign_up() -> None:
    for stem in ("ext24-02", "ext20-06"):
        plan = plan_post(read_draft(body(stem)))
        assert plan.action != "register", plan.action
        assert "daftar sekarang" not in posts(body(stem))["instagram"].lower()


def test_a_how_repeating_the_cost_is_no_step() -> None:
    plan = plan_post(read_draft(body("ext24-02")))
    how = plan.line(Slot.HOW)
    assert how is None or "bayar" not in how.value.lower(), how


def test_a_chat_written_office_and_church_are_places() -> None:
    sheet = read_draft(body("ext24-02"))
    places = [fact.text for fact in sheet.of(Slot.WHERE)]
    assert any("kantor lurah Oesapa" in p for p in places) and any("gereja GMIT Betel" in p for p in places)
    assert sheet.kind != DraftKind.CLARIFICATION


def test_a_counters_opening_time_goes_with_its_step_and_service_hours_stay() -> None:
    """"datang langsung ke loket pendaftaran mulai pukul 07.00 WIB" is when the counter opens, not a time of
    the clinic; a span of hours after a step ("Datang langsung ke lokasi pada pukul 08.00–14.00") stays a when."""
    instagram = posts(body("ext24-01"))["instagram"]
    assert "07.00" not in line(instagram, "Kapan")
    assert "loket pendaftaran mulai pukul 07.00 WIB" in line(instagram, "Caranya")
    assert "08.00–14.00" in line(posts(body("ext-03"))["instagram"], "Kapan")


def test_the_source_is_who_said_it_not_a_ribbons_representative() -> None:
    """"Bupati ... yang diwakili Asisten ..., menggunting pita" names who stood in at a ceremony; the
    director quoted on the schedule is the source. An attendance list ("Hadir ...") names no source."""
    assert plan_post(read_draft(body("ext24-01"))).attribution.startswith("Direktur RSUD Ade M. Djoen Sintang")
    assert "Bagian Perekonomian" not in plan_post(read_draft(body("ext17-01"))).attribution


def test_a_dateline_names_the_place_tag_before_a_city_only_mentioned() -> None:
    instagram = posts(body("ext24-01"))["instagram"]
    assert "#Sintang" in instagram and "#Pontianak" not in instagram


def test_a_detour_keeps_whom_it_is_for_and_a_request_keeps_its_label() -> None:
    """"Kendaraan roda dua dan mobil pribadi dialihkan melalui jalan ..." is one how line, not a who line
    ("Ditujukan kepada: Kendaraan ...") beside "Caranya: lewat jalan ..."; a report asked of someone
    ("Warga yang ... diminta segera laporkan ke ...") keeps its own label instead."""
    plan = plan_post(read_draft(body("ext24-05")))
    how = plan.line(Slot.HOW)
    assert how is not None and how.value.startswith("Kendaraan roda dua dan mobil pribadi dialihkan"), how
    assert plan.line(Slot.WHO) is None
    instagram = posts(body("ext21-01"))["instagram"]
    report = next((row for row in instagram.split("\n") if row.startswith("📣 Lapor bila")), "")
    assert report and "diminta" not in report, instagram
