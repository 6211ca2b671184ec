"""What an officer rejected in real output (issue 11, round 5), each on a draft written for the test:
a "Kapan" line of several unrelated times, one "Di mana" for shelters and flooded districts, a shouted
hashtag, a span cut between a number and its unit, a price list shown by its first price, a context
line whose subject was cut away or that only praises."""

from __future__ import annotations

from bot.core.models import PLATFORMS, Profile, RewriteRequest
from bot.core.reading import Slot, missing_key_facts, read_draft
from bot.core.reading.act_time import citizen_times
from bot.offline.engine import OfflineEngine
from bot.offline.post_places import AFFECTED, SHELTER
from bot.offline.post_plan import plan_post
from bot.offline.post_tags import draft_tags

FLOOD = (
    "BPBD Kabupaten Contoh mencatat 900 rumah di Kecamatan Hilir dan Kecamatan Muara terendam banjir, "
    "Selasa (4/3).\n\n"
    "Banjir mulai terjadi sejak Minggu malam (2/3) setelah hujan deras di hulu.\n\n"
    "Pemkab menyiapkan lokasi pengungsian di GOR Hilir dan Masjid Raya Muara bagi warga yang rumahnya "
    "tergenang. Warga yang butuh evakuasi dapat menghubungi nomor 0812 1111 2222."
)
SPEECH = (
    "Bupati Contoh dalam sambutannya pada rapat paripurna di Gedung DPRD Contoh, Senin (16/6/2025), "
    "mengumumkan pemeriksaan mata gratis bagi lansia. Pemeriksaan digelar di Puskesmas Kota Contoh mulai "
    "Senin, 7 Juli 2025 pukul 08.00 WIB."
)
MARKET = (
    "Pemkot Contoh membuka kios baru di Pasar Sentral bagi pedagang kaki lima. Pedagang menempati kios "
    "tanpa biaya sewa selama tiga bulan, mulai Senin, 4 Agustus 2025. Pendaftaran di kantor Dinas "
    "Perdagangan.\n\n"
    "Selama ini telah banyak berkontribusi bagi perekonomian daerah. Pemkot senantiasa berkomitmen "
    "bersinergi membangun kota."
)
FEES = (
    "Polres Contoh membuka layanan perpanjangan SIM di Alun-alun Contoh pada Sabtu, 9 Agustus 2025 pukul "
    "08.00 WIB. Biaya yang dibayarkan sesuai ketentuan, yakni Rp80.000 untuk SIM A dan Rp75.000 untuk SIM C."
)
CAPTION = "📢 INFO BANJIR!!\nBANJIR di Kota Contoh, warga diminta waspada dan mengungsi ke posko GOR Contoh."


def test_kapan_keeps_the_time_to_act_not_the_report_or_the_start() -> None:
    sheet = read_draft(SPEECH)
    kapan = plan_post(sheet).line(Slot.WHEN)
    assert kapan is not None and "7 Juli 2025" in kapan.value and "16 Juni" not in kapan.value
    flood = read_draft(FLOOD)
    kept = citizen_times(flood, flood.of(Slot.WHEN))
    assert len(kept) <= 1 and not any("sejak" in f.text or "2/3" in f.text for f in kept)


def test_kapan_keeps_a_ceremony_day_at_the_place_citizens_come_to() -> None:
    draft = ("Pasar murah dibuka secara resmi oleh Bupati yang diwakili Sekda di Lapangan Desa Maju pada "
             "Rabu (4/6/2025). Pasar murah berlanjut di Kecamatan Timur pada Kamis (5/6) mulai pukul 07.00 WIB.")
    sheet = read_draft(draft)
    assert any("4/6/2025" in f.text for f in citizen_times(sheet, sheet.of(Slot.WHEN)))


def test_a_speech_hall_is_no_place_to_go() -> None:
    where = [line for line in plan_post(read_draft(SPEECH)).lines if line.slot == Slot.WHERE]
    assert where and all("DPRD" not in line.value for line in where)


def test_shelters_and_flooded_districts_are_labelled_apart() -> None:
    plan = plan_post(read_draft(FLOOD))
    labels = {line.label: line.value for line in plan.lines if line.slot == Slot.WHERE}
    assert "GOR Hilir" in labels[SHELTER] and "Kecamatan Hilir" not in labels[SHELTER]
    assert "Kecamatan Hilir" in labels[AFFECTED]
    first = next(line for line in plan.lines if line.slot == Slot.WHERE)
    assert first.label == SHELTER  # X keeps the first: where to go


def test_hashtags_are_not_shouted_but_acronyms_stay() -> None:
    tags = draft_tags(read_draft(CAPTION))
    assert "#Banjir" in [f"#{t}" for t in tags] or "Banjir" in tags
    assert not any(t.isupper() and len(t) > 4 for t in tags)
    assert "DBD" in draft_tags(read_draft("Kasus DBD naik di Kota Contoh, warga diminta menguras bak mandi."))


def test_a_span_keeps_the_unit_of_its_number() -> None:
    costs = [f.text for f in read_draft(MARKET).of(Slot.COST)]
    assert "tanpa biaya sewa selama tiga bulan" in costs


def test_every_price_of_a_list_is_shown() -> None:
    line = plan_post(read_draft(FEES)).line(Slot.COST)
    assert line is not None and "Rp80.000 untuk SIM A" in line.value and "Rp75.000 untuk SIM C" in line.value


def test_no_subjectless_or_self_praise_context() -> None:
    plan = plan_post(read_draft(MARKET))
    said = " ".join([plan.lead, *plan.context])
    assert "berkontribusi" not in said and "berkomitmen" not in said


def test_posts_still_keep_every_key_fact() -> None:
    for draft in (FLOOD, SPEECH, MARKET, FEES):
        sheet = read_draft(draft)
        result = OfflineEngine().rewrite(RewriteRequest(draft=draft, profile=Profile(), platforms=list(PLATFORMS)))
        instagram = next(p.text for p in result.posts if p.platform == "instagram")
        assert not missing_key_facts(sheet, instagram)


def test_bare_weekdays_of_a_dated_range_are_not_a_time_of_their_own() -> None:
    draft = ("Layanan SIM keliling digelar Senin sampai Jumat, 4 sampai 8 Agustus 2025, pukul 08.00 WIB. Pada Senin "
             "dan Selasa mobil layanan bersiaga di Alun-alun Contoh, Rabu di Taman Kota Contoh.")
    line = plan_post(read_draft(draft)).line(Slot.WHEN)
    assert line is not None and "8 Agustus 2025" in line.value and "; Senin dan Selasa" not in line.value


def test_a_clarification_shows_no_price_of_the_hoax() -> None:
    draft = ("Beredar pesan berantai yang menawarkan kelulusan seleksi PPPK Kota Contoh dengan membayar Rp20 juta. "
             "Pemkot Contoh memastikan pesan itu hoaks. Seleksi tidak dipungut biaya. Pendaftaran hanya melalui "
             "laman resmi sscasn.bkn.go.id.")
    line = plan_post(read_draft(draft)).line(Slot.COST)
    assert line is None or "Rp20 juta" not in line.value
