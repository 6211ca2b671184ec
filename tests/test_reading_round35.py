"""Round 35 of issue 11: what sealed batch 35 showed (speech transcripts, installations and agreements, listed
services, needs lists, route names, registrations in reports, notices' formulas).

Texts are our own, written in the shapes the sealed batch showed.
"""

from __future__ import annotations

from bot.core.reading import DraftKind, Slot, read_draft
from bot.core.reading.offer_list import listed_offers
from bot.core.reading.sheet import Fact
from bot.offline.post_tags import place_tag
from tests.support.reading_checks import instagram_post as _post
from tests.support.reading_checks import marked_line, slot_texts

SPEECH = (
    "SAMBUTAN LURAH CONTOH\n"
    "pada Rapat Koordinasi Ketua RT se-Kelurahan Contoh\n\n"
    "Assalamu'alaikum warahmatullahi wabarakatuh.\n\n"
    "Yang saya hormati para ketua RT dan ibu-ibu kader. Saya lihat hari ini ruangannya penuh, alhamdulillah.\n\n"
    "Bapak-Ibu, kelurahan bersama Puskesmas Contoh akan mengadakan pemeriksaan mata, gratis, di Aula Kantor Lurah "
    "Contoh, pada hari Sabtu, tanggal 12 Juni 2027, mulai jam delapan pagi. Tolong diteruskan ke warga.\n"
)
INSTALLATION = (
    "CONTOH – Wali Kota Contoh, Hendra Wijaya, melantik dan mengambil sumpah 21 pejabat pengawas di lingkungan "
    "Pemerintah Kota Contoh, Senin (7/6/2027), di Pendopo Balai Kota. Turut hadir Wakil Wali Kota dan Sekda.\n\n"
    "Wali Kota meminta para pejabat baru segera bekerja. Ia mengingatkan agar tidak ada praktik jual beli jabatan "
    "dalam bentuk apa pun.\n"
)
AGREEMENT = (
    "Pemkab Contoh dan Universitas Contoh Teken Nota Kesepahaman Riset Pertanian\n\n"
    "CONTOH – Bupati Contoh bersama Rektor Universitas Contoh melakukan penandatanganan nota kesepahaman (MoU) di "
    "Ruang Rapat Bupati, Selasa (8/6/2027). Kerja sama ini memuat kajian banjir dan pelatihan aparatur. "
    "Hadir Sekretaris Daerah dan para kepala OPD.\n"
)
THREAD = (
    "1/3 🚌 Bus Kota Rute B2 Terminal Utara – Pasar Baru mulai beroperasi Senin (5/7/2027). Simak ya 👇\n\n"
    "2/3 Jam operasi setiap hari pukul 06.00–20.00 WIB.\n\n"
    "3/3 Lansia 60 tahun ke atas tetap GRATIS, cukup tunjukkan KTP. Selain itu tarif Rp3.000.\n"
)
SERVICES = (
    "📢 INFO DESA CONTOH\n\n"
    "Layanan keliling Disdukcapil datang ke balai desa, Rabu, 14 Juli 2027, pukul 08.00–13.00. Semua gratis.\n\n"
    "Yang bisa dilayani:\n"
    "✅ akta kelahiran baru\n"
    "✅ KIA untuk anak di bawah 17 tahun\n"
    "✅ perubahan KK. Bawa KK lama.\n\n"
    "Info: 0812-1111-2222\n"
)
VOLCANO = (
    "INFORMASI DARURAT BENCANA\n"
    "BPBD Kabupaten Contoh\n\n"
    "Status Gunung Contoh dinaikkan menjadi Level III (Siaga) sejak Senin (4/10/2027) pukul 18.00 WIB. Warga di "
    "radius 5 kilometer diminta segera mengungsi. Pembagian posko menurut desa asal:\n"
    "• Desa Atas → Balai Desa Tengah\n"
    "• Desa Lereng → SD Negeri 2 Bawah\n\n"
    "Masker dibagikan gratis di Puskesmas Tengah setiap hari pukul 08.00–11.00 WIB.\n\n"
    "KEBUTUHAN MENDESAK DI POSKO\n"
    "1. selimut – 800 lembar\n"
    "2. terpal – 200 lembar\n\n"
    "Bantuan dari masyarakat dan perusahaan diterima di Posko Induk BPBD, Jalan Merdeka No. 1.\n"
    "Hotline: 0800-1234-567\n"
)
REPORT = (
    "CONTOH – Baznas Kabupaten Contoh mencatat penghimpunan zakat semester I sebesar Rp2,1 miliar, atau 104 persen "
    "dari target. Beasiswa tahap I diterima 200 mahasiswa.\n\n"
    "PENDAFTARAN TAHAP II\n"
    "Pendaftaran beasiswa tahap II dibuka mulai Senin, 2 Agustus 2027 sampai Jumat, 20 Agustus 2027 melalui laman "
    "baznas.contoh.go.id.\n\n"
    "Syarat pendaftar:\n"
    "1. ber-KTP Kabupaten Contoh;\n"
    "2. tidak sedang menerima beasiswa lain.\n"
)
NOTICE = (
    "PENGUMUMAN\nNomor: 421/77/2027\n\n"
    "Berdasarkan Peraturan Wali Kota, dengan ini diumumkan bahwa pendaftaran murid baru SMP negeri dibuka secara "
    "daring untuk lima SMP negeri di Kota Contoh. Pendaftaran tidak dipungut biaya.\n"
)
DETOUR = ("Untuk kelancaran lomba lari, Jalan Merdeka ditutup total pukul 05.00–10.00 WIB. Kendaraan dari arah "
          "Bandung dialihkan melalui Jalan Ir. H. Juanda.\n")


def test_a_speeches_offer_set_off_by_free_leads_and_its_chat_never_does() -> None:
    sheet = read_draft(SPEECH)
    assert sheet.lead is not None and sheet.lead.text.startswith("pemeriksaan mata")
    assert sheet.citizen_benefit  # the occasion of the speech (a coordination meeting) does not hide the offer
    assert _post(SPEECH).split("\n", 1)[0].lower().startswith("pemeriksaan mata")


def test_an_installation_is_a_meeting_without_lead_even_with_a_warning_to_its_officials() -> None:
    sheet = read_draft(INSTALLATION)
    assert sheet.kind == DraftKind.MEETING
    assert sheet.lead is None and not sheet.citizen_benefit


def test_an_agreement_signed_is_a_meeting_without_lead() -> None:
    sheet = read_draft(AGREEMENT)
    assert sheet.kind == DraftKind.MEETING and sheet.lead is None


def test_a_routes_ends_joined_by_a_dash_are_one_name_and_its_launch_leads() -> None:
    lead = read_draft(THREAD).lead
    assert lead is not None and lead.text.startswith("Bus Kota Rute B2 Terminal Utara – Pasar Baru mulai beroperasi")


def test_a_list_of_services_gives_one_benefit_per_item_and_a_services_line() -> None:
    items = [f.text for f in listed_offers(SERVICES)]
    assert items == ["akta kelahiran baru", "KIA untuk anak di bawah 17 tahun", "perubahan KK"]
    line = marked_line(_post(SERVICES), "🎁")
    assert line.startswith("🎁 Layanan:") and "KIA untuk anak di bawah 17 tahun" in line and "perubahan KK" in line


def test_a_schedule_under_a_service_heading_is_no_list_of_services() -> None:
    draft = "Jadwal pelayanan:\n- Senin, 5 Juli 2027: Balai Desa A\n- Selasa, 6 Juli 2027: Balai Desa B\n"
    assert listed_offers(draft) == []


def test_an_alert_level_raised_is_an_emergency() -> None:
    assert read_draft(VOLCANO).kind == DraftKind.EMERGENCY


def test_a_needs_list_is_no_quota_and_shows_no_quota_line() -> None:
    sheet = read_draft(VOLCANO)
    assert not [f for f in sheet.facts if f.slot in (Slot.QUOTA, Slot.FIGURES) and "lembar" in f.text]
    assert "Kuota" not in _post(VOLCANO)


def test_shelters_by_village_are_a_shelter_line_and_a_donors_drop_off_is_no_shelter() -> None:
    post = _post(VOLCANO)
    assert "📍 Posko pengungsian:" in post and "Imbauan:" not in post
    assert "Desa Atas → Balai Desa Tengah" in post
    shelter = marked_line(post, "📍 Tempat mengungsi")
    assert "Posko Induk" not in shelter and "Puskesmas Tengah" not in shelter
    assert "Puskesmas Tengah" in marked_line(post, "📍 Titik bantuan")


def test_a_report_ending_with_a_registration_leads_with_it_and_a_requirement_never_leads() -> None:
    sheet = read_draft(REPORT)
    assert sheet.lead is not None and sheet.lead.text.startswith("Pendaftaran beasiswa tahap II dibuka")
    assert not any(c.benefit > 0 for c in sheet.clauses if "beasiswa lain" in c.text)


def test_a_notices_formula_is_trimmed_from_the_registration_it_announces() -> None:
    lead = read_draft(NOTICE).lead
    assert lead is not None and lead.text.startswith("pendaftaran murid baru SMP negeri dibuka")


def test_a_title_in_a_streets_name_does_not_end_the_detour() -> None:
    assert "melalui Jalan Ir. H. Juanda" in slot_texts(DETOUR, Slot.HOW)


def test_a_place_tag_reads_a_joined_name_and_skips_a_common_word_opening_a_sentence() -> None:
    draft = ("BPBD Kota Tanjungbalai mengimbau warga waspada banjir rob. Puncak pasang diperkirakan pukul 18.00 WIB. "
             "Warga diminta menaikkan barang.\n")
    assert place_tag(read_draft(draft)) == "Tanjungbalai"
    plain = "Puncak pasang diperkirakan pukul 18.00 WIB. Warga diminta menaikkan barang berharga ke tempat tinggi.\n"
    assert place_tag(read_draft(plain)) != "Puncak"


def test_listed_offers_keep_their_spans() -> None:
    for fact in listed_offers(SERVICES):
        assert isinstance(fact, Fact) and SERVICES[fact.start : fact.end] == fact.text


SPEECH_FACTS = (
    "SAMBUTAN CAMAT CONTOH\n"
    "(transkrip rekaman, disunting seperlunya)\n\n"
    "Alhamdulillah, pagi ini kita masih diberi kesehatan untuk berkumpul. Ada satu hal yang saya minta betul-betul "
    "diteruskan ke warga. Akibatnya selama ini, daftar sekolah repot, urus bantuan tersendat.\n\n"
    "Kecamatan akan mengadakan sidang isbat nikah, gratis, di Aula Kantor Camat Contoh, pada hari Kamis, tanggal "
    "27 Mei 2027. Pulangnya sudah membawa buku nikah dan Kartu Keluarga baru. Syaratnya fotokopi KTP suami dan "
    "istri. Kalau ada oknum minta uang pendaftaran, laporkan ke saya.\n\n"
    "Hari itu juga dibuka perekaman KTP elektronik untuk anak-anak yang sudah berumur tujuh belas tahun.\n"
)


def test_a_speeches_asides_are_no_facts_and_no_lines() -> None:
    sheet = read_draft(SPEECH_FACTS)
    assert not any("buku nikah" in r for r in slot_texts(SPEECH_FACTS, Slot.REQUIREMENTS))  # taken home, not brought
    assert any("fotokopi KTP suami dan istri" in r for r in slot_texts(SPEECH_FACTS, Slot.REQUIREMENTS))
    hows = slot_texts(SPEECH_FACTS, Slot.HOW)
    assert not any("diteruskan ke warga" in h or "daftar sekolah repot" in h for h in hows)
    assert not any(c.benefit > 0 for c in sheet.clauses if "transkrip" in c.text)
    post = _post(SPEECH_FACTS)
    assert "transkrip" not in post.lower() and "Alhamdulillah" not in post
    assert "Ke saya" not in post and "ke saya" not in post
    first = post.split("\n", 1)[0]
    assert first.lower().startswith("sidang isbat nikah") and "tujuh belas" not in first  # whom another offer is for


ROB = (
    "IMBAUAN BPBD KOTA CONTOH\n\n"
    "BPBD Kota Contoh mengimbau warga pesisir bersiaga menghadapi banjir rob pada 11–15 November 2027.\n\n"
    "YANG PERLU DILAKUKAN:\n"
    "1. Naikkan barang berharga ke tempat yang lebih tinggi.\n"
    "2. Matikan aliran listrik dari meteran bila air masuk rumah.\n\n"
    "YANG TIDAK BOLEH DILAKUKAN:\n"
    "1. Jangan membiarkan anak bermain di genangan.\n"
    "2. Jangan menerobos genangan yang arusnya deras.\n\n"
    "TITIK PENGUNGSIAN:\n"
    "• Kelurahan Pantai → Masjid Raya Contoh\n"
    "• Kelurahan Muara → SD Negeri 3 Contoh\n\n"
    "Pusdalops BPBD: 0623-111-222 (24 jam)\n"
)


def test_an_appeals_lists_each_keep_their_rows_dos_donts_and_shelters() -> None:
    post = _post(ROB)
    assert "📋 Imbauan:" in post and "🚫 Jangan:" in post and "📍 Posko pengungsian:" in post
    assert "Kelurahan Muara → SD Negeri 3 Contoh" in post
    assert post.index("📋 Imbauan:") < post.index("🚫 Jangan:") < post.index("📍 Posko pengungsian:")
    assert "Caranya" not in post
