"""Facts a post keeps (issue 11, round 19f): a warning's status level has its own line, beside the danger,
on every platform; a cap per person is a limit and a stock per place is a quota. Each draft here is written
for the test."""

from __future__ import annotations

import pytest

from bot.core.reading import DraftKind, read_draft
from bot.offline.post_plan import plan_post
from bot.offline.post_status import STATUS_MARK, status_level

_ERUPTION = ("INFO DARURAT BPBD KABUPATEN CONTOH\n\nTelah terjadi erupsi Gunung Contoh pada Senin (7/12/2026) pukul "
             "06.10 WIB. {status}\n\nWarga dilarang beraktivitas dalam radius 4 kilometer dari kawah. Warga Desa "
             "Contoh diminta segera mengungsi ke Balai Desa Suka Maju. Hubungi Pusdalops BPBD 0812-3456-7890.")


@pytest.mark.parametrize(("status", "level"), [
    ("PVMBG menaikkan status Gunung Contoh dari Level II (Waspada) menjadi Level III (Siaga).", "Level III (Siaga)"),
    ("Badan Geologi menaikkan status gunung dari Siaga (Level III) menjadi Awas (Level IV).", "Awas (Level IV)"),
    ("Status Gunung Contoh tetap Level II (Waspada).", "Level II (Waspada)"),
    ("Bupati menetapkan status tanggap darurat bencana erupsi selama 14 hari.", "tanggap darurat bencana erupsi"),
], ids=["raised-level-first", "raised-name-first", "kept", "regional-emergency"])
def test_a_warning_level_is_the_one_in_force(status: str, level: str) -> None:
    sheet = read_draft(_ERUPTION.format(status=status))
    assert sheet.kind in (DraftKind.EMERGENCY, DraftKind.APPEAL)
    found = status_level(sheet)
    assert found is not None and found.text == level


def test_the_status_line_leads_the_lines_on_every_platform() -> None:
    from bot.core.final_checks import finish_rewrite
    from bot.core.models import RewriteRequest
    from bot.offline.engine import OfflineEngine

    draft = _ERUPTION.format(status="PVMBG menaikkan status Gunung Contoh dari Level II (Waspada) menjadi "
                                    "Level III (Siaga) sejak pukul 09.00 WIB.")
    plan = plan_post(read_draft(draft))
    assert plan.lines[0].mark == STATUS_MARK and plan.lines[0].value == "Level III (Siaga)"
    assert "Gunung Contoh" in plan.lines[0].label
    platforms = ["instagram", "facebook", "x", "tiktok", "whatsapp"]
    request = RewriteRequest(draft=draft, platforms=platforms)  # type: ignore[arg-type]
    result = finish_rewrite(request, OfflineEngine().rewrite(request))
    for post in result.posts:
        assert "Level III (Siaga)" in post.whole_text, post.platform
        assert "Level II (Waspada)" not in post.whole_text.replace("Level III", ""), post.platform


@pytest.mark.parametrize("draft", [
    "Pasar murah digelar Sabtu (5/12/2026) di Lapangan Contoh. Harga beras Rp50.000 per kemasan. Status Siaga "
    "tidak berlaku untuk acara ini.",
    "Rapat koordinasi membahas kesiapsiagaan menghadapi musim hujan, Senin (7/12/2026), di Aula Kantor Bupati.",
], ids=["event", "meeting"])
def test_no_status_line_outside_a_warning(draft: str) -> None:
    sheet = read_draft(draft)
    assert sheet.kind not in (DraftKind.EMERGENCY, DraftKind.APPEAL)
    assert status_level(sheet) is None
    assert not any(line.mark == STATUS_MARK for line in plan_post(sheet).lines)


def _quota_lines(draft: str) -> dict[str, str]:
    from bot.core.reading import Slot

    return {line.label: line.value for line in plan_post(read_draft(draft)).lines if line.slot == Slot.QUOTA}


@pytest.mark.parametrize(("draft", "cap", "stock"), [
    ("Operasi pasar murah digelar Rabu (9/12/2026) di Lapangan Contoh pukul 08.00 WIB. Setiap titik disediakan "
     "enam ratus paket beras. Pembelian dibatasi dua kemasan beras per orang dengan menunjukkan KTP.",
     "dua kemasan beras per orang", "Setiap titik disediakan enam ratus paket"),
    ("Pasar murah minyak goreng digelar Kamis (10/12/2026) di Halaman Kantor Camat Contoh. Tiap lokasi tersedia "
     "1.200 liter minyak goreng. Warga maksimal membeli 2 liter per KTP.",
     "maksimal membeli 2 liter per KTP", "Tiap lokasi tersedia 1.200 liter"),
], ids=["stock-per-place-words", "stock-per-place-digits"])
def test_a_cap_per_person_is_a_limit_and_a_stock_per_place_a_quota(draft: str, cap: str, stock: str) -> None:
    lines = _quota_lines(draft)
    assert cap.lower() in lines.get("Batas", "").lower()
    assert stock.lower() in lines.get("Kuota", "").lower()


@pytest.mark.parametrize(("draft", "count"), [
    ("Pemeriksaan mata gratis digelar Sabtu (12/12/2026) di RSUD Contoh dengan kapasitas dua ratus peserta. "
     "Daftar di loket pendaftaran.", "dua ratus peserta"),
    ("Pemasangan sambungan listrik gratis dibuka mulai Senin (14/12/2026) di Kantor Desa Contoh. Program ini "
     "menyediakan lima ratus sambungan. Daftar melalui kepala desa.", "lima ratus sambungan"),
], ids=["capacity-in-words", "provides-in-words"])
def test_a_count_on_offer_is_a_quota_line(draft: str, count: str) -> None:
    assert any(count in value.lower() for value in _quota_lines(draft).values())


@pytest.mark.parametrize(("text", "link"), [
    ("Daftar lewat laman karir.contohkota.go.id sebelum Jumat.", "karir.contohkota.go.id"),
    ("Ambil nomor di antrian.rsudcontoh.id atau datang langsung.", "antrian.rsudcontoh.id"),
    ("Formulir ada di https://contoh.go.id/jadual-layanan hari ini.", "https://contoh.go.id/jadual-layanan"),
], ids=["domain-start", "subdomain", "path"])
def test_spelling_never_touches_a_link(text: str, link: str) -> None:
    from bot.core import lexicon

    assert link in lexicon.fix_spelling(text)
    assert lexicon.fix_spelling("Info karir dan antrian.") == "Info karier dan antrean."


@pytest.mark.parametrize(("draft", "number"), [
    ("Layanan evakuasi hewan liar Damkar Kota Contoh buka 24 jam dan gratis. Cukup telepon 0711-123456 atau 113.",
     "0711-123456 atau 113"),
    ("Ambulans gratis untuk warga Kota Contoh, 24 jam. Hubungi call center 0812-3456-7890 / 112.",
     "0812-3456-7890 / 112"),
], ids=["atau", "slash"])
def test_a_short_number_beside_a_phone_stays_with_it(draft: str, number: str) -> None:
    assert any(number in line.value for line in plan_post(read_draft(draft)).lines)


def _lines(draft: str) -> dict[str, str]:
    return {line.label: line.value for line in plan_post(read_draft(draft)).lines}


@pytest.mark.parametrize(("draft", "excluded"), [
    ("Samsat Keliling hadir Senin (14/12/2026) di Alun-alun Kecamatan Contoh pukul 08.00–12.00 WIB untuk pembayaran "
     "pajak tahunan. Balik nama dan mutasi kendaraan tidak dilayani di Samsat Keliling. Bawa KTP dan STNK asli.",
     "Balik nama dan mutasi kendaraan di Samsat Keliling"),
    ("Pendaftaran pelatihan menjahit gratis dibuka 1 sampai 20 Desember 2026 lewat aplikasi SiapKerja Contoh. "
     "Pendaftaran tidak dapat dilayani langsung di kantor dinas, ya. Kuota 60 peserta.",
     "Pendaftaran langsung di kantor dinas"),
], ids=["service-at-counter", "registration-channel"])
def test_what_an_offer_does_not_serve_has_its_own_line(draft: str, excluded: str) -> None:
    assert _lines(draft).get("Tidak dilayani") == excluded


def test_a_way_that_is_not_served_is_no_step() -> None:
    draft = ("Pembayaran PBB tanpa denda dibuka mulai Senin (14/12/2026) lewat aplikasi e-PBB Contoh atau di loket "
             "Bapenda. Pembayaran tidak dilayani melalui petugas yang datang ke rumah.")
    lines = _lines(draft)
    assert "petugas yang datang ke rumah" in lines.get("Tidak dilayani", "")
    assert "petugas" not in lines.get("Caranya", "")


def test_an_old_service_that_ends_has_its_own_line_and_no_when() -> None:
    draft = ("Mulai Senin, 4 Januari 2027, Kantor Pos Contoh membuka loket pembayaran pajak di Jalan Merdeka 10 setiap "
             "Senin sampai Jumat pukul 08.00–15.00 WIB. Bersamaan dengan itu, loket lama di Pasar Baru berhenti "
             "beroperasi mulai 31 Desember 2026.")
    lines = _lines(draft)
    assert lines.get("Berhenti beroperasi") == "Loket lama di Pasar Baru, mulai 31 Desember 2026"
    assert "31 Desember" not in lines.get("Kapan", "")


def test_an_appeal_not_to_serve_scammers_is_no_exclusion() -> None:
    draft = ("Pemasangan sambungan air gratis dibuka mulai Senin (14/12/2026) di kantor Perumda Contoh. Warga diminta "
             "tidak melayani oknum yang menawarkan jalur cepat dengan meminta uang.")
    assert "Tidak dilayani" not in _lines(draft)


@pytest.mark.parametrize(("draft", "who"), [
    ("Job fair digelar Rabu (16/12/2026) di GOR Contoh.\n✨ Usia 18–35 tahun, minimal lulusan SMA/SMK sederajat\n"
     "✨ Gratis", "Usia 18–35 tahun, minimal lulusan SMA/SMK sederajat"),
    ("Pelatihan las gratis dibuka 1 Desember 2026 di BLK Contoh. Peserta usia 18-40 tahun dan minimal lulusan SMP.",
     "usia 18-40 tahun dan minimal lulusan SMP"),
    ("Pendaftaran BPJS gratis dibuka 1 Desember 2026 bagi nelayan berusia 18 sampai 60 tahun yang belum terdaftar "
     "sebagai peserta BPJS Ketenagakerjaan. Daftar di kantor desa.",
     "nelayan berusia 18 sampai 60 tahun yang belum terdaftar sebagai peserta BPJS Ketenagakerjaan"),
], ids=["age-range-and-school", "age-range-dan-school", "registered-as"])
def test_eligibility_is_read_whole(draft: str, who: str) -> None:
    from bot.core.reading import Slot

    assert who in [f.text for f in read_draft(draft).of(Slot.WHO)]


@pytest.mark.parametrize("frame", ["Ketentuan balon tambat:", "Yang perlu dilakukan:", "Tips biar aman:",
                                   "Ada beberapa hal yang perlu diperhatikan:"])
def test_a_list_of_rules_or_advice_in_a_warning_is_kept_whole(frame: str) -> None:
    from bot.offline.post_asks import find_asks

    draft = ("Polres Contoh mengimbau warga tidak menerbangkan balon udara secara liar selama Lebaran 2027. Balon "
             f"liar dapat mengganggu penerbangan dan jaringan listrik.\n\n{frame}\n1. tali paling panjang 150 meter;\n"
             "2. tidak boleh membawa petasan, api atau lampu;\n3. hanya di lapangan terbuka.\n\nLaporkan balon "
             "liar ke Polsek terdekat atau layanan darurat 110.")
    sheet = read_draft(draft)
    assert sheet.kind in (DraftKind.APPEAL, DraftKind.EMERGENCY)
    asks = find_asks(sheet)
    assert asks is not None and len(asks.items) == 3
    plan = plan_post(sheet)  # the ask the lead says is not said again in the list (round 21p)
    assert "tidak boleh membawa petasan" in plan.lead.lower() or any(
        "tidak boleh membawa petasan" in line.value.lower() or any(
            "tidak boleh membawa petasan" in row.lower() for row in line.rows) for line in plan.lines)
