"""Reading defects found on drafts nobody here wrote (issue 11, round 8c), one test per class: counts of
people are no phone numbers, a title's "Kota" stays in a place, a fleet is a figure, an anaphoric
requirement is named, a deadline leaves the service's hours to the when, a regional negation is no way
to take part, allotment lists are quotas, and groups named by where they live or by a "Siapa" header."""

from __future__ import annotations

from bot.core.reading import Slot, read_draft


def texts(draft: str, slot: Slot) -> list[str]:
    return [f.text for f in read_draft(draft).of(slot)]


def test_a_count_of_people_is_no_contact_but_the_emergency_line_is() -> None:
    draft = ("Banjir merendam Desa Sungai Rangas sejak pukul 03.00 WITA. Sebanyak 112 jiwa mengungsi ke masjid "
             "desa, dan 112 KK lain bertahan di rumah. Warga yang membutuhkan evakuasi dapat menghubungi Call "
             "Center 112 atau Pusdalops BPBD di 0511-4772-900.")
    contact = texts(draft, Slot.CONTACT)
    assert "Call Center 112" in contact and "0511-4772-900" in contact
    assert not any("jiwa" in c or "KK" in c for c in contact)
    assert any("112 jiwa" in f for f in texts(draft, Slot.FIGURES))


def test_a_call_centre_named_with_its_office_keeps_its_number() -> None:
    draft = "Warga yang membutuhkan bantuan selama penutupan dapat menghubungi Call Center Polres Blitar Kota 110."
    assert texts(draft, Slot.CONTACT) == ["Call Center Polres Blitar Kota 110"]


def test_a_place_keeps_the_kota_of_an_official_title() -> None:
    draft = "Peserta kirab berangkat dari Stadion Gelora dan finis di Halaman Kantor Wali Kota Kediri, Minggu (6/7)."
    assert "Halaman Kantor Wali Kota Kediri" in texts(draft, Slot.WHERE)


def test_a_fleet_is_a_figure_and_buses_provided_for_citizens_a_quota() -> None:
    fleet = "Layanan bus sekolah gratis dimulai Senin (14/7/2025). Sebanyak 8 unit bus akan melayani tiga rute."
    assert texts(fleet, Slot.QUOTA) == []
    assert texts(fleet, Slot.FIGURES) == ["8 unit bus"]
    provided = "Untuk mudik gratis tahun ini disiapkan tiga puluh armada bus bagi warga yang mendaftar."
    assert texts(provided, Slot.QUOTA) == ["tiga puluh armada bus"]


def test_an_anaphoric_requirement_names_the_documents_of_the_sentence_before() -> None:
    draft = ("Pendaftaran beasiswa dibuka di kantor desa mulai Senin, 3 Maret 2025. Pendaftar memerlukan KTP, KK, "
             "dan surat keterangan tidak mampu dari kelurahan. Cukup bawa dokumen tersebut ke kantor desa.")
    assert texts(draft, Slot.REQUIREMENTS) == ["KTP, KK, dan surat keterangan tidak mampu dari kelurahan"]
    named = ("Siapkan KTP dan KK asli saat mendaftar di kantor desa pada Senin, 3 Maret 2025. "
             "Cukup bawa dokumen tersebut, tanpa fotokopi.")
    assert texts(named, Slot.REQUIREMENTS) == ["Siapkan KTP dan KK asli"], "named already: the anaphora adds nothing"


def test_a_deadline_leaves_the_service_hours_to_the_when() -> None:
    draft = ("Pendaftaran kartu nelayan dibuka di kantor dinas sampai Jumat, 19 September 2025, pukul 08.00–14.00 "
             "WIB. Pendaftar membawa KTP.")
    assert texts(draft, Slot.DEADLINE) == ["sampai Jumat, 19 September 2025"]
    assert "pukul 08.00–14.00 WIB" in texts(draft, Slot.WHEN)
    closing = "Berkas diunggah paling lambat Jumat, 5 September 2025 pukul 23.59 WIB melalui laman resmi."
    assert texts(closing, Slot.DEADLINE) == ["paling lambat Jumat, 5 September 2025 pukul 23.59 WIB"]


def test_a_delivery_by_the_government_is_a_target_not_a_deadline() -> None:
    draft = ("Pengajuan ditutup 12 September 2025. Verifikasi berlangsung hingga akhir September, dan bantuan "
             "dijadwalkan tiba di desa paling lambat 20 Oktober 2025.")
    assert texts(draft, Slot.TARGET) == ["paling lambat 20 Oktober 2025"]
    assert "paling lambat 20 Oktober 2025" not in texts(draft, Slot.DEADLINE)


def test_a_negated_regional_sentence_is_no_way_to_take_part() -> None:
    draft = ("Pembagian bibit gratis Kamis, 21 Agustus 2025 di Balai Desa Wonosari. Carane: daftar lewat ketua "
             "kelompok tani. Sing ora daftar ora iso dilayani nggih.")
    how = texts(draft, Slot.HOW)
    assert any(h.startswith("daftar lewat ketua kelompok tani") for h in how)
    assert not any("dilayani" in h for h in how)


def test_an_allotment_list_under_its_header_is_a_quota() -> None:
    draft = ("Kementerian membuka pengajuan bantuan traktor bagi kelompok tani mulai 1 Agustus 2025.\n\n"
             "Alokasi bantuan per provinsi:\n1. Aceh: 120 unit\n2. Riau: 95 unit\n3. provinsi lainnya: 785 unit\n\n"
             "Pada 2024 telah disalurkan 900 unit traktor.")
    quota = texts(draft, Slot.QUOTA)
    assert quota == ["Aceh: 120 unit", "Riau: 95 unit", "provinsi lainnya: 785 unit"]
    assert texts(draft, Slot.FIGURES) == ["900 unit traktor"]
    capacity = "Rapat dengar pendapat terbuka untuk umum. Kapasitas ruangan terbatas untuk 150 orang."
    assert texts(capacity, Slot.QUOTA) == ["150 orang"]


def test_groups_named_by_where_they_live_or_under_a_who_header() -> None:
    draft = ("Dapur umum melayani makan tiga kali sehari bagi pengungsi dan warga terdampak, tanpa biaya. Pompa air "
             "disalurkan bagi kelompok tani di lahan sawah tadah hujan.")
    assert texts(draft, Slot.WHO) == ["pengungsi dan warga terdampak", "kelompok tani di lahan sawah tadah hujan"]
    closure = ("Jalan Diponegoro ditutup Minggu, 29 Juni 2025.\n- Kendaraan dari arah Ponorogo menuju Nganjuk "
               "dialihkan lewat Jalan Ring Road Barat.\n- Bus pariwisata diarahkan ke Terminal Purboyo.")
    assert texts(closure, Slot.WHO) == ["Kendaraan dari arah Ponorogo menuju Nganjuk"]
    faq = ("Keringanan PBB 2025 berlaku sampai 30 Juni 2025.\n\nSiapa yang bebas PBB?\nWajib pajak orang pribadi "
           "dengan rumah tinggal yang NJOP-nya di bawah Rp100 juta.")
    assert texts(faq, Slot.WHO) == ["Wajib pajak orang pribadi dengan rumah tinggal yang NJOP-nya di bawah Rp100 juta"]


def test_a_signature_block_credits_its_official_and_a_letterhead_does_not() -> None:
    letter = ("BUPATI KAPUAS\nPROVINSI KALIMANTAN TENGAH\n\nSURAT EDARAN\nNOMOR 360/88/BPBD/2025\n\nTENTANG\n"
              "PENCEGAHAN KEBAKARAN LAHAN\n\nDalam rangka pencegahan kebakaran lahan, disampaikan hal-hal sebagai "
              "berikut:\n1. Setiap orang dilarang membakar lahan mulai 1 Agustus sampai dengan 31 Oktober 2025.\n"
              "2. Titik api dilaporkan ke BPBD melalui nomor 0513-21113.\n\nDitetapkan di Kuala Kapuas\n"
              "pada tanggal 28 Juli 2025\n\nBUPATI KAPUAS,\n\nttd.\n\nH. MUHAMMAD WIYATNO")
    sheet = read_draft(letter)
    shown = [f.value for f in sheet.of(Slot.ATTRIBUTION)]
    assert shown == ["BUPATI KAPUAS, H. MUHAMMAD WIYATNO"]
    assert [f.text for f in sheet.of(Slot.WHAT)] == ["PENCEGAHAN KEBAKARAN LAHAN"], "the subject line names the what"
    assert sheet.lead is not None and sheet.lead.text.startswith("Setiap orang dilarang membakar lahan")


def test_a_forecast_leads_an_emergency_not_the_source_it_cites() -> None:
    draft = ("INFO CUACA BPBD KOTA BANJARBARU\n\nBerdasarkan peringatan dini BMKG Stasiun Meteorologi yang dikeluarkan "
             "pukul 13.10 WITA, hujan lebat disertai angin kencang berpotensi terjadi mulai pukul 14.00 WITA di "
             "Kecamatan Landasan Ulin dan Liang Anggang. Warga diimbau menjauhi pohon besar. Laporan kejadian ke "
             "Pusdalops BPBD di 0511-4780-112.")
    sheet = read_draft(draft)
    assert sheet.lead is not None and sheet.lead.text.startswith("hujan lebat disertai angin kencang berpotensi")
    assert not any(f.text.startswith("Berdasarkan") for f in sheet.of(Slot.WHAT))


def test_a_public_hearing_that_invites_citizens_is_an_event_with_a_lead() -> None:
    draft = ("PENGUMUMAN\n\nDPRD Kabupaten Gresik mengundang masyarakat untuk memberikan masukan terhadap Rancangan "
             "Peraturan Daerah tentang Pengelolaan Sampah melalui Rapat Dengar Pendapat Umum yang akan dilaksanakan "
             "pada Rabu, 15 Oktober 2025 pukul 09.00 WIB di Ruang Rapat Paripurna DPRD Kabupaten Gresik. Kegiatan "
             "terbuka untuk umum dan tidak dipungut biaya.")
    sheet = read_draft(draft)
    assert sheet.kind.value == "event"
    assert sheet.lead is not None and "mengundang masyarakat untuk memberikan masukan" in sheet.lead.text


def test_conditions_said_after_syaratnya_are_each_a_requirement() -> None:
    draft = ("Pengajuan bantuan traktor dibuka sampai 12 September 2025. \"Syaratnya kelompok tani sudah terdaftar "
             "di Simluhtan, punya lahan minimal 10 hektare, dan belum menerima bantuan dalam dua tahun terakhir,\" "
             "ujarnya.")
    assert texts(draft, Slot.REQUIREMENTS) == ["kelompok tani sudah terdaftar di Simluhtan",
                                               "punya lahan minimal 10 hektare",
                                               "belum menerima bantuan dalam dua tahun terakhir"]


def test_a_how_question_is_answered_by_the_line_under_it() -> None:
    draft = ("TANYA JAWAB KERINGANAN PBB 2025\n\nBagaimana cara bayarnya?\nLewat bank daerah, kantor pos, atau "
             "aplikasi Kota Pintar. Siapkan NOP yang tercantum di SPPT.\n\nPendaftaran dibuka di seluruh kantor "
             "kelurahan sampai 31 Agustus 2025.")
    how = texts(draft, Slot.HOW)
    assert "Lewat bank daerah, kantor pos, atau aplikasi Kota Pintar" in how
    assert "Pendaftaran dibuka di seluruh kantor kelurahan" in how
