"""Issue 11, "Posts built from it": the offline posts are built from the fact sheet.

Structural checks over every draft of the quality data set (key facts kept by construction, nothing
invented, every post within its limit) and behaviour on small drafts written for these tests only:
labels, place lists, the call to action, hashtags, the lead and the platform shapes.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from benchmarks import quality_metrics as qm
from bot.core.fact_check import check_facts
from bot.core.final_checks import finish_rewrite, post_key_slots
from bot.core.models import PLATFORMS, Profile, RewriteRequest, RewriteResult
from bot.core.platforms import SPECS, post_length
from bot.core.reading import DraftKind, Slot, missing_key_facts, read_draft
from bot.core.reading.key_check import actionable
from bot.offline.engine import OfflineEngine
from bot.offline.post_plan import plan_post
from bot.offline.post_text import clean_span, first_clause, sentence
from bot.offline.post_x import fits_first_post, x_key_slots, x_leads

QUALITY_DRAFTS = sorted((Path(__file__).parent / "data" / "quality" / "drafts").glob("*.md"))

TARGET = (
    "Perbaikan Jalan Ahmad Yani Dimulai\n\nDinas Pekerjaan Umum Kota Contoh mulai memperbaiki Jalan "
    "Ahmad Yani sepanjang 2 kilometer. Pekerjaan ditargetkan rampung pada 30 November 2025. Warga dapat "
    "melaporkan kerusakan jalan lain melalui call center 112 atau aplikasi Lapor Contoh."
)

DEADLINE = (
    "Pemerintah Kabupaten Lamongan membuka pendaftaran beasiswa kuliah gratis untuk 200 mahasiswa. "
    "Pendaftaran melalui laman beasiswa.lamongankab.go.id paling lambat 30 Juni 2025. Seleksi berkas "
    "dilaksanakan di Gedung Pemkab Lamongan pada 7 Juli 2025."
)

PLACES = (
    "Dinas Kesehatan Kabupaten Gowa membuka layanan imunisasi gratis bagi balita di Puskesmas Bajeng, "
    "Puskesmas Pallangga dan Puskesmas Somba Opu setiap Senin pukul 08.00 WITA. Orang tua cukup membawa "
    "buku KIA. \"Kami ingin semua balita terlindungi,\" ujarnya."
)

MEETING = (
    "Wali Kota Terima Audiensi Paguyuban Pedagang\n\nWali Kota Madiun menerima audiensi pengurus "
    "Paguyuban Pedagang Pasar Besar di ruang kerjanya, Rabu (4/3/2026). Pertemuan berlangsung hangat "
    "dalam suasana kekeluargaan. \"Kami berterima kasih atas kunjungan ini dan siap bersinergi,\" ujar "
    "Wali Kota. Turut hadir Sekretaris Daerah dan Kepala Dinas Perdagangan."
)

CLARIFICATION = (
    "Polres Contoh Pastikan Kabar Penculikan Anak Hoaks\n\nKabar penculikan anak di Desa Sukamaju yang "
    "beredar di grup WhatsApp sejak Minggu (2/2/2025) tidak benar alias hoaks. Tim Satreskrim sudah "
    "menelusuri kabar tersebut dengan mendatangi sekolah dan warga serta memeriksa rekaman CCTV di sekitar "
    "sekolah. Warga yang melihat orang "
    "mencurigakan diminta menghubungi Call Center Polres Contoh di 0812-3456-7890."
)

ALERT = (
    "Warga di bantaran Sungai Karang Mumus diimbau waspada banjir kiriman pada 10 sampai 12 Januari "
    "2026. Dalam keadaan darurat, hubungi BPBD Kota Samarinda di 0812-1111-2222."
)


def rewrite(draft: str, profile: Profile | None = None) -> RewriteResult:
    return OfflineEngine().rewrite(RewriteRequest(draft=draft, platforms=list(PLATFORMS),
                                                  profile=profile or Profile()))


def post(result: RewriteResult, platform: str) -> str:
    return next(p.text for p in result.posts if p.platform == platform)


def line_of(text: str, label: str) -> str:
    return next((line for line in text.split("\n") if f"{label}:" in line), "")


# --- every draft of the quality data set ---------------------------------------------------------

@pytest.mark.parametrize("path", QUALITY_DRAFTS, ids=[p.stem for p in QUALITY_DRAFTS])
def test_posts_keep_the_key_facts_by_construction(path: Path) -> None:
    """Every post but X keeps every key slot (when, where, cost, how) the sheet has. X keeps the first
    two key slots the sheet has whenever the lead's first clause and their two lines fit in 280
    characters; otherwise as many as fit. Nothing is invented; every post fits its limit."""
    body = qm.read_draft(path).body
    sheet = read_draft(body)
    plan = plan_post(sheet)
    result = rewrite(body)
    for p in result.posts:
        assert post_length(p.platform, p.text) <= SPECS[p.platform].limit
        assert check_facts(p.text, [body]).ok, (p.platform, check_facts(p.text, [body]).invented)
        if p.platform != "x":
            assert missing_key_facts(sheet, p.text) == [], p.platform
            continue
        slots = x_key_slots(plan)
        shortest = min([first_clause(lead) for lead in x_leads(plan) if lead], key=len)  # a lead X may open with
        if fits_first_post(plan, shortest, plan.key_lines()[: len(slots)]):  # as X shows them (a report's label)
            assert missing_key_facts(sheet, p.text, slots) == []


# --- labels, lists, wording ----------------------------------------------------------------------

def test_a_government_target_is_labelled_target_never_when() -> None:
    sheet = read_draft(TARGET)
    assert sheet.has(Slot.TARGET)
    text = post(rewrite(TARGET), "instagram")
    assert "30 November 2025" in line_of(text, "Target")
    assert "30 November 2025" not in line_of(text, "Kapan")
    assert "🎯" in text


def test_a_deadline_is_labelled_as_such() -> None:
    text = post(rewrite(DEADLINE), "instagram")
    assert "30 Juni 2025" in line_of(text, "Batas waktu")
    assert "30 Juni 2025" not in line_of(text, "Kapan")


def test_a_list_of_places_is_shown_whole() -> None:
    for platform in ("instagram", "facebook", "tiktok", "whatsapp"):
        text = post(rewrite(PLACES), platform)
        for place in ("Puskesmas Bajeng", "Puskesmas Pallangga", "Puskesmas Somba Opu"):
            assert place in text, (platform, place)


def test_quotes_and_speech_tags_do_not_survive() -> None:
    assert clean_span('Warga cukup menunjukkan KTP Lamongan," terangnya') == "Warga cukup menunjukkan KTP Lamongan"
    assert clean_span("Rabu (4/6/2025") == "Rabu 4/6/2025"
    assert sentence("Ia menjelaskan bahwa pendaftaran dibuka untuk umum") == "Pendaftaran dibuka untuk umum."
    assert clean_span("masukkan kata sandi") == "masukkan kata sandi"
    for p in rewrite(PLACES).posts:
        assert not re.search(r"[\"“”]|ujarnya", p.text), p.platform


# --- call to action ------------------------------------------------------------------------------

@pytest.mark.parametrize(("draft", "word"), [(DEADLINE, "daftar"), (PLACES, "datang"), (ALERT, "waspada")])
def test_the_call_to_action_matches_the_facts(draft: str, word: str) -> None:
    for p in rewrite(draft).posts:
        assert word in p.call_to_action.lower(), p.platform
        assert p.call_to_action in p.text


@pytest.mark.parametrize("draft", [TARGET, DEADLINE, PLACES, MEETING, ALERT])
def test_never_two_share_requests(draft: str) -> None:
    for p in rewrite(draft).posts:
        assert len(re.findall(r"\b(?:bagikan|teruskan|terusin|sebarkan)\b", p.text, re.I)) <= 1, p.platform


# --- hashtags ------------------------------------------------------------------------------------

def test_hashtags_are_the_profiles_a_topic_and_a_place() -> None:
    result = rewrite(PLACES, Profile(name="Dinkes Gowa", hashtags=["#GowaSehat"]))
    tags = next(p for p in result.posts if p.platform == "instagram").hashtags
    assert tags[0] == "#GowaSehat"
    assert "#Gowa" in tags
    assert "#Imunisasi" in tags
    assert len(tags) == 3


def test_no_hashtag_cut_from_a_fragment() -> None:
    tags = {t for p in rewrite(TARGET).posts for t in p.hashtags}
    assert not {"#Center", "#Call", "#CallCenter"} & tags
    assert "#KotaContoh" not in tags


# --- the lead and the warnings -------------------------------------------------------------------

def test_the_post_leads_with_what_citizens_get() -> None:
    sheet = read_draft(PLACES)
    assert sheet.lead is not None
    text = post(rewrite(PLACES), "instagram")
    first = next(line for line in text.split("\n") if line.strip() and not line.startswith(("📢", "👉")))
    assert first == sentence(sheet.lead.text)


def test_no_benefit_warning_fires_only_when_the_sheet_finds_none() -> None:
    meeting = rewrite(MEETING)
    assert any("manfaat bagi warga" in w for w in meeting.warnings)
    questions = next(w for w in meeting.warnings if w.startswith("Tanyakan ke dinas pengirim"))
    for question in read_draft(MEETING).office_questions:
        assert question in questions
    assert post(meeting, "instagram").strip()
    for draft in (PLACES, DEADLINE, ALERT):
        assert not any("manfaat bagi warga" in w for w in rewrite(draft).warnings)


def test_titles_warning_is_true() -> None:
    with_titles = ("Kepala Dinas Kesehatan, Dr. H. Ahmad Yani, M.Kes., membuka layanan imunisasi gratis di "
                   "Puskesmas Bajeng pada Senin, 9 Juni 2025 pukul 08.00 WITA.")
    result = rewrite(with_titles)
    assert any(w.startswith("Gelar dan sapaan") for w in result.warnings)
    assert not any("M.Kes" in p.text for p in result.posts)
    assert not any(w.startswith("Gelar dan sapaan") for w in rewrite(PLACES).warnings)


def test_missing_date_warning_is_true() -> None:
    undated = ("Perpustakaan Kota Contoh di Jalan Kartini kini membuka layanan pembuatan kartu anggota gratis. "
               "Warga cukup menunjukkan KTP.")
    assert any(w.startswith("Tidak menemukan tanggal") for w in rewrite(undated).warnings)
    assert not any(w.startswith("Tidak menemukan tanggal") for w in rewrite(PLACES).warnings)


def test_a_missing_key_fact_is_warned_once_by_the_final_checks() -> None:
    """The offline engine writes no key-fact warning of its own: the service's final checks name a
    post that lacks a key fact it is held to, once, and X only for the two key facts it must keep."""
    for draft in (TARGET, DEADLINE, PLACES, ALERT, MEETING, CLARIFICATION):
        request = RewriteRequest(draft=draft, platforms=list(PLATFORMS))
        result = finish_rewrite(request, OfflineEngine().rewrite(request))
        sheet = read_draft(draft)
        lacks = missing_key_facts(sheet, post(result, "x"), post_key_slots("x", sheet))
        warnings = [w for w in result.warnings if "tidak memuat" in w]
        assert len(warnings) <= 1, warnings
        assert bool(warnings) == bool(lacks), (warnings, lacks)


def test_a_clarification_shows_the_correction_not_the_hoax() -> None:
    """A clarification's key facts are the correction and the official channel: the hoax's own place
    and day, and the police's own steps, are not shown as things to do, nor is a call to register."""
    sheet = read_draft(CLARIFICATION)
    assert sheet.kind == DraftKind.CLARIFICATION
    hoax_place = next(f for f in sheet.of(Slot.WHERE) if "Sukamaju" in f.text)
    assert not actionable(sheet, hoax_place)
    police_step = next(f for f in sheet.of(Slot.HOW) if "CCTV" in f.text)
    assert not actionable(sheet, police_step)
    posts = {p.platform: p.text for p in rewrite(CLARIFICATION).posts}
    for platform, text in posts.items():
        assert "0812-3456-7890" in text, platform
        assert "CCTV" not in text and "📍" not in text and "📅" not in text, (platform, text)
        assert "daftar" not in text.lower(), platform


def test_market_prices_are_prices_and_a_cap_says_so() -> None:
    draft = ("Pemkot Contoh menggelar pasar murah di Lapangan Merdeka, Sabtu (14/6/2025) pukul 07.00 WIB. "
             "Beras medium dijual Rp11.000 per kilogram. "
             "Tiap warga maksimal beli 2 paket ya, biar semua kebagian.")
    text = post(rewrite(draft), "instagram")
    assert "Harga:" in text and "Biaya:" not in text
    assert "Maksimal beli 2 paket" in line_of(text, "Batas"), text
    assert "Kuota:" not in text and " ya" not in line_of(text, "Batas")


def test_ceremony_warning_counts_the_ceremonial_clauses() -> None:
    ceremonial = sum(c.ceremonial for c in read_draft(MEETING).clauses)
    assert ceremonial
    assert any(w.startswith(f"{ceremonial} klausa seremonial") for w in rewrite(MEETING).warnings)
    assert not any("klausa seremonial" in w for w in rewrite(ALERT).warnings)


# --- each platform its own shape -----------------------------------------------------------------

def test_each_platform_has_its_own_shape() -> None:
    result = rewrite(PLACES)
    texts = {p.platform: p.text for p in result.posts}
    assert len(set(texts.values())) == len(PLATFORMS)
    assert "Teks di layar:" in texts["tiktok"]
    assert re.search(r": \*[^*]+\*", texts["whatsapp"])
    assert "📅 Kapan:" in texts["instagram"] and "📅 Kapan:" not in texts["x"]
    assert post_length("x", texts["x"]) <= 280
    assert len(texts["facebook"]) > len(texts["whatsapp"])


def test_figures_are_shown_as_an_achievement_only_in_an_achievement_report() -> None:
    market = ("Pemkab Contoh menggelar pasar murah di Balai Desa Sukamaju pada Sabtu (14/6/2025) pukul 07.00 WIB. "
              "Beras dijual Rp11.000 per kilogram. Stok yang disiapkan mencapai tiga ton beras dan 1.200 liter minyak.")
    report = ("Capaian Pemkab Contoh sepanjang 2025: angka stunting turun dari 21,4 persen menjadi 15,2 persen, dan "
              "312 rumah tidak layak huni sudah diperbaiki.")
    assert all("Capaian" not in p.text for p in rewrite(market).posts)
    assert read_draft(report).of(Slot.FIGURES)
    assert any("Capaian" in p.text for p in rewrite(report).posts if p.platform == "instagram")


def test_a_travelling_schedule_keeps_each_day_with_its_place() -> None:
    draft = ("Pasar murah Pemkab Contoh keliling kecamatan. Jadwalnya Rabu (4/6/2025) di Kecamatan Sukamaju, "
             "Kamis (5/6) di Kecamatan Sukamakmur, lalu Jumat (6/6) di Kecamatan Sukasari, mulai pukul 07.00 WIB. "
             "Beras dijual Rp11.000 per kilogram.")
    posts = {p.platform: p.text for p in rewrite(draft).posts}
    assert "Kamis, 5 Juni 2025 di Kecamatan Sukamakmur" in posts["instagram"], posts["instagram"]
    assert "📍" not in posts["instagram"], "every place is already beside its day"
    assert "Rabu, 4 Juni 2025 di Kecamatan Sukamaju" in posts["x"]
    sheet = read_draft(draft)
    for platform, text in posts.items():
        assert check_facts(text, [draft]).ok, platform
        if platform != "x":
            assert not missing_key_facts(sheet, text), platform


def test_x_keeps_every_fact_line_that_fits() -> None:
    """X is not held to two facts when more fit: short when, where, cost, requirements and how all stay."""
    draft = ("Pemkab Contoh membuka layanan rekam KTP elektronik keliling. Layanan dibuka Sabtu (14/6/2025) "
             "pukul 08.00 WIB di Balai Desa Sukamaju. Layanan ini gratis. Warga cukup membawa Kartu Keluarga. "
             "Daftar lewat WhatsApp 0812-1111-3333.")
    x = post(rewrite(draft), "x")
    assert post_length("x", x) <= SPECS["x"].limit
    for fact in ("14 Juni 2025", "Balai Desa Sukamaju", "Gratis", "Kartu Keluarga", "0812-1111-3333"):
        assert fact.lower() in x.lower(), (fact, x)


def test_an_office_that_opens_a_channel_gives_citizens_a_step() -> None:
    """A how naming a channel is the citizens' even when an office is the clause's subject; an
    officials' own action without one is not."""
    draft = ("Dinas Sosial Kota Contoh telah membuka pendaftaran bantuan melalui laman bansos.contohkota.go.id "
             "mulai Senin (2/6/2025).")
    sheet = read_draft(draft)
    assert sheet.of(Slot.HOW)
    assert all(actionable(sheet, f) for f in sheet.of(Slot.HOW)), sheet.of(Slot.HOW)


def test_x_keeps_the_label_of_a_number_that_does_not_say_what_it_is() -> None:
    draft = (
        "Dinas Koperasi membuka pelatihan barista gratis bagi pemuda Kota Tepian pada 3 Februari 2026 "
        "di Gedung Pemuda. Kuota 40 orang."
    )
    x = post(rewrite(draft), "x")
    assert "40 orang" in x
    assert "Kuota: 40 orang" in x  # not a bare "🔢 40 orang"
