"""Round 37 of issue 11: what the officer's read of sealed batch 36 showed (a comfort read as a step and as the
context line, a hyphenated village read as a regency's hashtag, a schedule's neighbourhoods, a patient's ward
and a signature's area listed as places to come, a report's period shown as when to come).

Texts are our own, written in the shapes the batch showed.
"""

from __future__ import annotations

import frontmatter

from benchmarks import quality_metrics as qm
from bot.core.reading import Slot
from tests.support.reading_checks import instagram_post as _post
from tests.support.reading_checks import marked_line, slot_texts

CAPTION = (
    "💉 IMUNISASI KEJAR DATANG LAGI! 💉\n\n"
    "Halo ayah bunda! Si kecil imunisasinya belum lengkap? Tenang, ini kesempatannya dilengkapi. Puskesmas Contoh "
    "bareng kader buka imunisasi kejar keliling desa.\n\n"
    "🗓️ JADWAL (jam 08.00–12.00 WITA)\n"
    "📍 Senin, 2 Agustus 2027 → Posyandu Mawar, Desa Bone-Bone\n"
    "📍 Selasa, 3 Agustus 2027 → Posyandu Melati, Desa Tirowali\n\n"
    "📒 Wajib bawa buku KIA. Semuanya GRATIS.\n\n"
    'Kepala Puskesmas titip pesan: "Jangan takut kalau sesudah disuntik anaknya agak hangat badannya, itu reaksi '
    'biasa dan hilang dalam satu-dua hari."\n\n'
    "Info: WA 0852-0000-1111\n\n"
    "#PuskesmasContoh #LuwuUtaraSehat\n"
)
FOGGING = (
    "Assalamualaikum warga RW 05 🙏\n\n"
    "Minggu ini ada 2 warga RT 004 positif demam berdarah dan masih dirawat di RSUD Contoh. Karena itu Puskesmas "
    "bakal ngadain fogging gratis di seluruh RW 05, Sabtu, 18 September 2027.\n\n"
    "Jam per RT:\n"
    "• RT 001 & RT 002 : 06.00 – 06.45\n"
    "• RT 003 & RT 004 : 06.45 – 07.30\n"
    "• RT 005 : 07.30 – 08.15\n\n"
    "Tolong buka pintu dan jendela ya. Kumpul dulu di Pos Ronda RT 003 sebelum mulai.\n\n"
    "Wassalamualaikum.\n\n"
    "Ketua RW 05 Kelurahan Contoh\n"
    "H. Mahmud\n"
)
FERTILIZER = (
    "CONTOH – Penyaluran pupuk bersubsidi di Kabupaten Contoh hingga akhir Agustus 2027 berjalan sesuai rencana. "
    "Realisasi Urea mencapai 27.000 ton atau 66 persen dari alokasi.\n\n"
    "Penebusan pupuk untuk musim tanam berikutnya dibuka di kios resmi setiap Senin sampai Sabtu pukul 08.00–16.00 "
    "WIB mulai Senin, 4 Oktober 2027. Petani wajib membawa KTP-el asli.\n"
)
PHISHING = (
    "TANYA JAWAB: PESAN WHATSAPP \"BANSOS TUNAI 2027\"\n\n"
    "Sejak Senin, beredar pesan berantai di grup WhatsApp yang mengatasnamakan Dinas Sosial Kabupaten Contoh. "
    "Isinya: \"Selamat, NIK Anda terpilih menerima bansos Rp600.000. Segera daftar sebelum kuota habis\", disertai "
    "tautan berakhiran .xyz. Berikut penjelasan Dinas Sosial.\n\n"
    "Apakah pendaftaran lewat tautan itu resmi?\n"
    "Tidak. Tautan tersebut bukan milik Pemerintah Kabupaten Contoh. Dinas Sosial tidak pernah membuka pendaftaran "
    "bantuan sosial melalui tautan yang dikirim lewat WhatsApp.\n\n"
    "Apa bahayanya?\n"
    "Pelaku memakai kode OTP untuk mengambil alih akun WhatsApp, lalu menipu kerabat di daftar kontak korban. "
    "Jangan pernah memberikan kode OTP kepada siapa pun.\n\n"
    "Bagaimana cara mengecek penerima bansos?\n"
    "Cek melalui laman cekbansos.kemensos.go.id atau tanyakan ke kantor desa.\n"
)
AMNESTY = (
    "📢 PEMUTIHAN PAJAK KENDARAAN 2027 SUDAH DIMULAI!\n\n"
    "Horas! Program pemutihan dari Pemprov sudah dimulai, 1 Juni sampai 31 Agustus 2027:\n"
    "✅ BEBAS BBNKB II, alias balik nama kendaraan bekas GRATIS\n"
    "✅ Bebas denda PKB\n\n"
    "Datang ke Kantor Samsat Contoh, Senin–Jumat pukul 08.00–15.00 WIB. Bawa KTP asli dan STNK asli.\n"
)


def test_a_comfort_is_no_step_and_no_context_line() -> None:
    post = _post(CAPTION)
    assert "Jangan takut" not in "\n".join(slot_texts(CAPTION, Slot.HOW))
    assert "Caranya" not in post or "Jangan takut" not in marked_line(post, "📝")
    assert "Tenang, ini" not in post


def test_a_hyphenated_village_is_no_regency_and_the_drafts_own_region_tag_is_used() -> None:
    tags = _post(CAPTION).strip().splitlines()[-1]
    assert "#Bone" not in tags.split()
    assert "#LuwuUtara" in tags.split(), tags


def test_a_schedules_neighbourhoods_a_patients_ward_and_a_signatures_area_are_no_places_to_come() -> None:
    places = slot_texts(FOGGING, Slot.WHERE)
    assert not any("RSUD" in p for p in places), places
    assert not any(p.startswith("RW 05 Kelurahan") for p in places), places
    where = marked_line(_post(FOGGING), "📍")
    for shown_by_rows in ("RT 001", "RT 002", "RT 005", "RT 004"):
        assert shown_by_rows not in where, where
    assert "Pos Ronda RT 003" in where


def test_the_period_a_report_runs_to_is_no_time_to_come() -> None:
    when = marked_line(_post(FERTILIZER), "📅")
    assert "Agustus" not in when, when
    assert "4 Oktober 2027" in when
    report = next((qm.DATA / "drafts_extra").glob("ext80-04-*.md"))  # batch 36's fertilizer report, tuned on
    when = marked_line(_post(frontmatter.load(report).content), "📅 Kapan")
    assert when and "Agustus" not in when, when


def test_a_phishing_clarification_never_posts_the_scams_words_and_leads_with_the_denial() -> None:
    post = _post(PHISHING)
    body = post.split("\n\n", 1)[1]  # the headline may name the claim it checks
    assert "Segera daftar" not in body and "sebelum kuota habis" not in body, post
    fact = post.split("\n\n")[1]
    assert fact.startswith("Faktanya:") and ("tidak pernah membuka" in fact or "bukan milik" in fact), post
    how = marked_line(post, "📝")
    assert "kontak" not in how and "OTP" in how, how


def test_an_alias_stays_with_what_it_names_and_an_acronym_keeps_its_capitals() -> None:
    lead = _post(AMNESTY).split("\n\n")[0]
    assert "BBNKB II" in lead and "alias balik nama" in lead, lead


def test_a_notices_announcing_frame_is_no_way_to_take_part() -> None:
    notice = ("Dalam rangka menjaga kebersihan kota, disampaikan kepada seluruh warga Kecamatan Contoh bahwa terhitung "
              "mulai Senin, 5 Juli 2027 TPS hanya dibuka pukul 05.00–08.00 WIB. Keluhan dapat disampaikan ke WhatsApp "
              "DLH 0812-0000-2222.")
    how = slot_texts(notice, Slot.HOW)
    assert not any("seluruh warga" in h for h in how), how
