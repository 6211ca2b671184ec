"""Post defects an officer found in round 9 (issue 11), each fixed by its class and tested on drafts
written for the test where the fix must fire and where it must not: a report channel under "Caranya"
with its "lapor" cut away, a clarification that never names the claim it corrects, and a sentence
whose day counts from the sentence before shown alone."""

from __future__ import annotations

from dataclasses import replace

from bot.core import lexicon
from bot.core.models import RewriteRequest
from bot.core.reading import Slot, read_draft
from bot.offline.engine import OfflineEngine
from bot.offline.post_claim import FACT_PREFIX
from bot.offline.post_lead import with_head
from bot.offline.post_plan import plan_post
from bot.offline.post_report import REPORT_MARK
from bot.offline.post_x import render_x

PARKING = (
    "Mulai Senin (2/2/2026), retribusi parkir di tepi jalan umum Kota Contoh dibayar nontunai lewat "
    "aplikasi Parkir Contoh. Warga cukup memindai kode QR di rompi juru parkir.\n\n"
    "Ada juru parkir yang masih menarik uang tunai? Jangan dibayar. Segera lapor lewat aplikasi Parkir "
    "Contoh atau WhatsApp 0812-3456-7788."
)
WATER = (
    "Perumda Air Minum Kabupaten Contoh membuka pasang baru sambungan air bersih dengan biaya Rp500.000 "
    "yang dapat dicicil enam kali. Daftar lewat laman airminumcontoh.id paling lambat 30 Januari 2026.\n\n"
    "Bila ada petugas yang meminta biaya tambahan di luar ketentuan, laporkan ke call center 0274-555-123."
)
FLOOD = (
    "BPBD Kabupaten Contoh meminta warga di bantaran Sungai Contoh waspada karena hujan deras masih turun "
    "hingga Minggu (8/2/2026). Jika air sungai naik cepat, segera laporkan ke posko BPBD di nomor "
    "0811-2222-333 dan mengungsi ke Balai Desa Hilir."
)
RUMOUR = (
    "Cek Fakta: \"Mulai Maret Semua Warga Wajib Ganti Meteran Air Bayar Rp300 Ribu\"\n\n"
    "Pesan berantai itu beredar di grup WhatsApp sejak pekan lalu. Perumda Air Minum Kota Contoh "
    "menegaskan bahwa meteran pelanggan tidak perlu diganti. Penggantian meteran hanya dilakukan bila "
    "meteran rusak, dan biayanya ditanggung Perumda.\n\n"
    "Warga dapat mengecek informasi resmi lewat aplikasi Air Contoh."
)
RUMOUR_HOAX = RUMOUR.replace("Pesan berantai itu beredar", "Pesan berantai yang disebut hoaks itu beredar")
RUMOUR_SAID = (
    "Dinas Sosial Kota Contoh memastikan pesan berantai \"Bantuan Tunai Rp2 Juta Cair Lewat Tautan Ini\" "
    "tidak benar. Bantuan sosial hanya dicek lewat laman resmi cekbansos.kemensos.go.id."
)
HOLIDAY = (
    "Layanan perpanjangan SIM di Gerai Mal Contoh tetap buka selama libur sekolah, Senin sampai Sabtu "
    "pukul 09.00 sampai 15.00 WIB. Pada hari Minggu gerai tidak melayani pemohon. Berkas yang tertinggal "
    "bisa diambil keesokan harinya di loket informasi.\n\nPemohon membawa KTP dan SIM lama."
)


STORM = (
    "BMKG memperkirakan angin kencang dan hujan lebat melanda pesisir Kabupaten Contoh pada Jumat (6/2/2026) "
    "sampai Minggu (8/2/2026). Warga pesisir diminta tidak berada di pantai dan menjauhi pohon besar selama "
    "cuaca buruk, serta menyimpan perahu di tempat yang aman dari terjangan ombak pasang.\n\n"
    "Warga yang melihat pohon tumbang atau kabel listrik putus segera menghubungi Posko BPBD di nomor "
    "0361-777-888."
)
CLINIC = (
    "Klinik Hukum Keliling Kota Contoh melayani konsultasi hukum gratis bagi warga kurang mampu setiap Rabu "
    "pukul 09.00 sampai 14.00 WIB di Aula Kecamatan Barat.\n\n"
    "Bisa datang langsung, tapi supaya tidak lama menunggu sebaiknya daftar dulu melalui WhatsApp "
    "0813-1111-2222."
)


WAVES = (
    "PERINGATAN DINI GELOMBANG TINGGI\n\n"
    "Stasiun Maritim Contoh menyampaikan bahwa gelombang setinggi 3 hingga 5 meter berpotensi terjadi di "
    "perairan selatan Kabupaten Contoh, Selat Contoh dan Teluk Contoh pada Kamis (5/2/2026) sampai Minggu "
    "(8/2/2026).\n\nNelayan perahu kecil diminta tidak melaut selama masa peringatan dan menambatkan perahu "
    "di tempat yang aman.\n\nWarga yang melihat kapal dalam bahaya segera menghubungi Pos SAR Contoh di "
    "nomor 0380-123-456."
)


def _plan(text: str):  # type: ignore[no-untyped-def]
    return plan_post(read_draft(text))


def _instagram(text: str) -> str:
    request = RewriteRequest(draft=text, platforms=["instagram"])
    return OfflineEngine().rewrite(request).posts[0].text


def test_a_report_channel_stands_on_its_own_line_with_the_situation_it_is_for() -> None:
    plan = _plan(PARKING)
    report = [line for line in plan.lines if line.mark == REPORT_MARK]
    assert len(report) == 1
    assert report[0].label == "Lapor bila ada juru parkir yang masih menarik uang tunai"
    assert "Parkir Contoh" in report[0].value and "0812-3456-7788" in report[0].value
    assert not report[0].value.lower().startswith(("lapor", "segera"))  # the label says it
    # the report verb is read with its channel, so nothing says "Lewat aplikasi ..." without what for
    how = [f.text for f in read_draft(PARKING).of(Slot.HOW)]
    assert any(text.lower().startswith("segera lapor lewat aplikasi") for text in how)
    post = _instagram(PARKING)
    assert "📣 Lapor bila ada juru parkir yang masih menarik uang tunai:" in post


def test_a_report_in_the_same_sentence_as_its_condition_and_a_take_part_how_stay_apart() -> None:
    plan = _plan(WATER)
    how = [line for line in plan.lines if line.slot == Slot.HOW]
    assert [line.mark for line in how] == ["", REPORT_MARK]
    assert "airminumcontoh.id" in how[0].value and "0274-555-123" not in how[0].value
    assert how[1].label == "Lapor bila ada petugas yang meminta biaya tambahan di luar ketentuan"
    assert plan.action == "register"  # the fallback report is no call to action


def test_a_conditional_report_is_no_call_to_report_for_a_service_but_stays_one_in_a_warning() -> None:
    assert _plan(PARKING).action != "report"
    assert _plan(FLOOD).action == "report"


def test_x_keeps_the_report_label() -> None:
    request = RewriteRequest(draft=PARKING, platforms=["x"])
    post = OfflineEngine().rewrite(request).posts[0].text
    assert "📣 Lapor bila" in post


def test_a_clarification_names_the_claim_it_corrects_then_the_fact() -> None:
    plan = _plan(RUMOUR)
    assert plan.hook == "Cek fakta: \"Mulai Maret Semua Warga Wajib Ganti Meteran Air Bayar Rp300 Ribu\""
    assert plan.lead.startswith(FACT_PREFIX) and "meteran" in plan.lead
    assert _plan(RUMOUR_HOAX).hook.startswith("[HOAKS] \"Mulai Maret")


def test_a_clarification_that_gives_its_verdict_already_keeps_it_before_the_fact() -> None:
    # round 20l: the reading leads with the true fact ("Bantuan sosial hanya dicek lewat laman resmi ..."), which
    # answers the rumour, not with the verdict sentence; the post names the claim, keeps the draft's own verdict
    # and then states the fact (knowledge/12: label and true fact first), never inventing a verdict
    plan = _plan(RUMOUR_SAID)
    assert plan.hook.startswith("Cek fakta") and "Bantuan Tunai Rp2 Juta" in plan.hook
    assert "tidak benar" in plan.lead and FACT_PREFIX + "bantuan sosial hanya dicek lewat laman resmi" in plan.lead


def test_a_service_post_is_never_framed_as_a_claim() -> None:
    plan = _plan(PARKING)
    assert not plan.lead.startswith(FACT_PREFIX) and not plan.hook.startswith("Cek fakta")


def test_a_sentence_whose_day_counts_from_the_one_before_is_no_context() -> None:
    plan = _plan(HOLIDAY)
    assert not any("keesokan harinya" in text for text in plan.context)
    assert any("tidak melayani" in text for text in plan.context)  # the sentence it counts from may stand


def test_a_clarification_asks_to_pass_on_the_correction_not_the_rumour() -> None:
    assert _plan(RUMOUR).action == "correct"
    assert "Jangan teruskan pesan yang keliru" in _instagram(RUMOUR)
    assert _plan(PARKING).action != "correct"


def test_a_call_kept_for_a_situation_is_set_apart_and_a_warning_stays_a_warning() -> None:
    plan = _plan(STORM)
    call = [line for line in plan.lines if line.mark == REPORT_MARK]
    assert call and call[0].label == "Hubungi bila melihat pohon tumbang atau kabel listrik putus"
    assert call[0].value.startswith("Posko BPBD")
    assert plan.action == "alert"  # a call for help is no call to report


def test_a_call_without_a_situation_stays_a_step_of_the_how() -> None:
    text = "Pendaftaran vaksin di Puskesmas Contoh dibuka Senin (2/2/2026). Hubungi 0812-9999-0000 untuk daftar."
    assert not any(line.mark for line in _plan(text).lines)


def test_a_context_sentence_whose_only_facts_the_how_line_gives_is_not_repeated() -> None:
    plan = _plan(CLINIC)
    how = [line for line in plan.lines if line.slot == Slot.HOW]
    assert how and "0813-1111-2222" in how[0].value
    assert not any("0813-1111-2222" in text for text in plan.context)


def test_x_threads_what_a_warning_asks_when_the_first_post_has_no_room() -> None:
    plan = _plan(WAVES)
    hazard = ("Gelombang setinggi 3 hingga 5 meter berpotensi terjadi di perairan selatan Kabupaten Contoh, "
              "Selat Contoh dan Teluk Contoh.")
    ask = "Nelayan perahu kecil diminta tidak melaut selama masa peringatan dan menambatkan perahu di tempat yang aman."
    text, _, thread = render_x(replace(plan, lead=hazard, context=(ask,)), "Tetap waspada, ya!", [])
    assert ask not in text and ask in "\n".join(thread)  # it has no number, yet it is what they must do
    assert "Ditujukan kepada" not in "\n".join([text, *thread])  # the ask names them already


VILLAGE = (
    "Sugeng enjing Bapak Ibu warga Desa Contoh 🙏\n\n"
    "Posyandu Remaja bulan ini dilaksanakan Kamis Wage, 12 Maret 2026, jam 15.30 sampai 17.00 di Balai "
    "Dusun Krajan. Ada cek hemoglobin gratis untuk remaja putri usia 12–18 tahun.\n\n"
    "Mohon bawa kartu pelajar. Matur nuwun."
)
GRANT = (
    "Pemkot Contoh Buka Bantuan Pendidikan bagi 500 Mahasiswa\n\n"
    "Pemerintah Kota Contoh membuka bantuan pendidikan Rp2 juta per orang bagi mahasiswa asal Kota Contoh. "
    "Pendaftaran dibuka 2 hingga 27 Februari 2026 lewat laman bantuan.contohkota.go.id.\n\n"
    "Berkas yang diunggah yakni 1) kartu mahasiswa, 2) fotokopi KTP, serta 3) transkrip nilai terakhir.\n\n"
    "Ia meminta mahasiswa tidak menunggu hari terakhir karena laman kerap padat. Pertanyaan seputar "
    "pendaftaran bantuan dapat disampaikan lewat WhatsApp 0812-7000-1111 pada jam kerja."
)
MOSQUITO = (
    "Dinas Kesehatan Kota Contoh menggelar fogging gratis di Kelurahan Timur pada Sabtu (7/3/2026) mulai "
    "pukul 06.00 WIB. Saat fogging, buka pintu dan jendela serta tutup makanan.\n\n"
    "Ada demam tinggi lebih dari dua hari? Segera ke puskesmas terdekat."
)


def test_a_greeting_is_no_headline_and_citizens_addressed_keep_bapak() -> None:
    sheet = read_draft(VILLAGE)
    assert sheet.title == ""
    plan = plan_post(sheet)
    assert "Sugeng enjing" not in plan.hook and "Sugeng enjing" not in plan.lead
    assert lexicon.strip_honorifics("Bapak Ibu warga Desa Contoh") == "Bapak Ibu warga Desa Contoh"
    assert lexicon.strip_honorifics("Bapak Budi Santoso") == "Budi Santoso"


def test_a_javanese_market_day_stays_with_its_date() -> None:
    when = [f.text for f in read_draft(VILLAGE).of(Slot.WHEN)]
    assert any(text.startswith("Kamis Wage, 12 Maret 2026") for text in when)


def test_a_channel_for_questions_is_no_way_to_take_part() -> None:
    how = " ".join(f.text for f in read_draft(GRANT).of(Slot.HOW))
    assert "bantuan.contohkota.go.id" in how and "0812-7000-1111" not in how


def test_a_numbered_list_written_inline_is_no_context_line() -> None:
    assert not any("kartu mahasiswa" in text for text in _plan(GRANT).context)


def test_a_request_said_by_ia_is_shown_as_the_request() -> None:
    context = _plan(GRANT).context
    assert "Mahasiswa diminta tidak menunggu hari terakhir karena laman kerap padat." in context
    assert not any(text.startswith("Ia ") for text in context)


def test_where_to_go_in_a_situation_is_its_own_line() -> None:
    plan = _plan(MOSQUITO)
    lines = [line for line in plan.lines if line.mark == REPORT_MARK]
    assert lines and lines[0].label == "Bila ada demam tinggi lebih dari dua hari"
    assert lines[0].value == "Segera ke puskesmas terdekat"
    assert plan.action != "report"


POLICE = (
    "Polres Contoh menggelar Operasi Keselamatan pada 2 hingga 15 Maret 2026. Pengendara diimbau membawa SIM "
    "dan STNK serta memakai helm.\n\n"
    "Bagi warga yang masa berlaku SIM-nya hampir habis, Satlantas membuka SIM keliling di halaman Pasar Baru "
    "setiap Senin sampai Jumat pukul 09.00–13.00 WIB selama masa operasi."
)


def test_people_named_in_the_sentence_of_the_offer_are_whom_it_is_for() -> None:
    plan = _plan(POLICE)
    who = [line for line in plan.lines if line.slot == Slot.WHO]
    assert who and who[0].label == "Untuk siapa"
    warned = [line for line in _plan(WAVES).lines if line.slot == Slot.WHO]
    assert not warned or warned[0].label != "Untuk siapa"  # a warning's addressees are not offered anything


def test_a_line_of_several_values_does_not_capitalise_each() -> None:
    who = [line for line in _plan(VILLAGE.replace("remaja putri usia 12–18 tahun.", "remaja putri usia "
                                                  "12–18 tahun. Remaja putra usia 12–18 tahun juga boleh ikut "
                                                  "cek tensi.")).lines if line.slot == Slot.WHO]
    assert who and "; Remaja" not in who[0].value


def test_a_stock_and_a_cap_per_buyer_are_two_lines_and_the_stock_says_of_what() -> None:
    text = ("Pasar murah digelar di Lapangan Merdeka, Sabtu (7/3/2026), dengan stok 8 ton beras dan "
            "3.000 liter minyak goreng. Setiap pembeli maksimal dua kemasan per jenis dengan menunjukkan KTP.")
    lines = {line.label: line.value for line in _plan(text).lines if line.slot == Slot.QUOTA}
    assert lines.get("Batas", "").lower().startswith("maksimal dua kemasan")
    assert "8 ton beras" in lines.get("Kuota", "")


def test_a_bare_noun_phrase_lead_gets_back_who_offers_it() -> None:
    sim = ("Bagi warga yang masa berlaku SIM-nya hampir habis, Satlantas membuka SIM keliling di halaman Pasar Baru "
           "setiap Senin sampai Jumat pukul 09.00–13.00 WIB. Pemohon membawa KTP dan SIM lama.")
    sheet = read_draft(sim)
    clause = next(c for c in sheet.clauses if c.text.startswith("SIM keliling"))
    assert with_head(sheet, clause)[0].startswith("Satlantas membuka SIM keliling di halaman Pasar Baru")
    said = next(c for c in sheet.clauses if c.text.startswith("Bagi warga"))
    assert with_head(sheet, said)[0] == said.text  # a clause with no offer cut before it stays as it is
    text = ("KOTA CONTOH – Pemerintah Kota Contoh kembali membuka bantuan biaya pendidikan tahun 2026. "
            "Pendaftaran dibuka 2 hingga 27 Februari 2026 lewat laman bantuan.contohkota.go.id.")
    lead = _plan(text).lead
    assert lead.startswith(("Pemerintah Kota Contoh kembali membuka", "Pendaftaran dibuka")), lead
