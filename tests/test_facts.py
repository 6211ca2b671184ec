"""The shared fact check: equivalent forms match, honest restructures pass, additions are caught."""

from __future__ import annotations

import pytest

from bot.core.fact_check import check_facts, strip_foreign_links
from bot.core.fact_scan import Fact, extract_facts


def keys(text: str) -> set[str]:
    return {f.key for f in extract_facts(text)}


# --- canonical keys -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("Biaya Rp 50.000 per orang", "money:50000"),
        ("Biaya Rp50.000", "money:50000"),
        ("biaya 50 ribu rupiah", "money:50000"),
        ("biaya Rp50 ribu", "money:50000"),
        ("biaya 50.000 rupiah", "money:50000"),
        ("harga Rp 58.000,00", "money:58000"),
        ("anggaran Rp 1,5 juta", "money:1500000"),
        ("diskon 20%", "percent:20"),
        ("diskon 20 persen", "percent:20"),
        ("naik 2,5 persen", "percent:2.5"),
        ("mulai 08.00", "time:08:00"),
        ("mulai 08:00", "time:08:00"),
        ("mulai pukul 8.00", "time:08:00"),
        ("mulai pukul 8", "time:08:00"),
        ("15 Mei 2025", "date:2025-05-15"),
        ("tanggal 15/5/2025", "date:2025-05-15"),
        ("tanggal 15-05-2025", "date:2025-05-15"),
        ("tanggal 2025-05-15", "date:2025-05-15"),
        ("Sabtu (17/5)", "date:--05-17"),
        ("mulai 17 Mei", "date:--05-17"),
        ("sejak Juni 2025", "date:2025-06"),
        ("sebanyak 1.500 peserta", "number:1500"),
        ("jarak 2,5 km", "number:2.5"),
        ("RT 05", "number:5"),
        ("hubungi 0812-3456-7890", "number:081234567890"),
        ("hubungi +62 812 3456 7890", "number:081234567890"),
        ("hubungi 0265-123-456", "number:0265123456"),
        ("telepon (022) 7234-567", "number:0227234567"),
        ("pada hari Senin", "date:day-senin"),
        ("setiap Jum'at", "date:day-jumat"),
        ("minggu depan hari Minggu", "date:day-minggu"),
        ("kunjungi lapor.go.id", "name:url:lapor.go.id"),
        ("surel humas@contoh.go.id", "name:url:humas@contoh.go.id"),
    ],
)
def test_canonical_key(text: str, key: str) -> None:
    assert key in keys(text)


def test_equivalent_forms_share_a_key() -> None:
    assert keys("Rp 50.000") == keys("Rp50.000") == keys("50 ribu rupiah")
    assert keys("20%") == keys("20 persen")
    assert keys("08.00") == keys("08:00") == keys("pukul 8.00")
    assert keys("15 Mei 2025") == keys("15/5/2025") == keys("15-05-2025")


def test_date_range_yields_both_days() -> None:
    assert {"date:2025-06-01", "date:2025-06-03"} <= keys("tanggal 1-3 Juni 2025")
    assert {"date:2026-06-08", "date:2026-06-12"} <= keys("dibuka tanggal 8 sampai 12 Juni 2026")


def test_lowercase_minggu_is_a_week_not_a_day() -> None:
    assert not any(k.startswith("date:day") for k in keys("selama dua minggu"))


def test_numbers_inside_dates_times_money_are_not_counted_twice() -> None:
    facts = extract_facts("Sabtu, 17 Mei 2025 pukul 08.00 dengan biaya Rp 50.000")
    assert [f.kind for f in facts] == ["date", "date", "time", "money"]


def test_fact_is_a_small_value_object() -> None:
    (fact,) = [f for f in extract_facts("Biaya Rp75.000.") if f.kind == "money"]
    assert fact == Fact("money", "Rp75.000", "money:75000")


# --- names ------------------------------------------------------------------------------------


def test_names_acronyms_and_places() -> None:
    found = keys("Warga Kota Bandung bisa berobat di RSUD Kota Bandung. Layanan PBB dibuka lagi.")
    assert {"name:kota bandung", "name:rsud kota bandung", "name:pbb"} <= found


def test_sentence_initial_ordinary_words_are_not_names() -> None:
    found = keys("Pelatihan dibuka untuk umum. Kegiatan ini gratis. Warga cukup datang.")
    assert not any(k.startswith("name:") for k in found)


def test_mid_sentence_capitalised_words_are_names() -> None:
    assert "name:muhammad farhan" in keys("Pelatihan dibuka oleh Muhammad Farhan di aula.")
    assert "name:bandung" in keys("Festival kuliner digelar di Bandung pekan ini.")


def test_titles_and_degrees_are_not_names() -> None:
    found = keys("Bupati Contoh, Bapak H. Budi Santoso, S.E., M.Si., membuka pasar murah.")
    assert "name:budi santoso" in found
    assert not {"name:h", "name:s", "name:e", "name:m", "name:si"} & found


def test_templates_of_the_offline_engine_carry_no_facts() -> None:
    from bot.offline import reply_templates as offline_reply
    from bot.offline import templates as offline

    texts: list[str] = []
    for table in (offline.CTA, offline.CTA_SHORT):
        texts += [t for tones in table.values() for t in tones.values()]
    texts += list(offline.ASK.values()) + list(offline.WA_ASK.values()) + list(offline.GREETING.values())
    for table in (offline_reply.CHECKING, offline_reply.HOAX, offline_reply.PRAISE,
                  offline_reply.POLITICAL, offline_reply.PERSONAL, offline_reply.OTHER):
        texts += [t for ts in table.values() for t in ts]
    for one in (offline_reply.SERIOUS, offline_reply.CALM, offline_reply.COMPLAINT_SORRY_PLAIN,
                offline_reply.COMPLAINT_DETAIL, offline_reply.COMPLAINT_TICKET, offline_reply.HOAX_SHARE,
                offline_reply.HOAX_ESCALATED):
        texts += list(one.values())
    texts += [t.format(channel=offline_reply.COMPLAINT_CHANNEL_GENERIC)
              for t in offline_reply.COMPLAINT_NATIONAL.values()]
    labels = "📅 Kapan: x\n📍 Di mana: x\n💰 Biaya: x\n📝 Cara ikut: x\n🧾 Syarat: x\n📞 Info: x\n📌 Apa: x"
    for text in [*texts, labels]:
        assert check_facts(text, []).ok, text


# --- check_facts in both directions -----------------------------------------------------------

DRAFT = (
    "Wali Kota Contoh, Bapak H. Budi Santoso, S.E., M.Si., menghadiri rapat koordinasi bertempat di "
    "Ruang Rapat Balai Kota, Senin (12/5/2025). Dalam rapat tersebut diputuskan bahwa layanan perpanjangan "
    "SIM keliling gratis dibuka di Taman Merdeka pada Sabtu, 17 Mei 2025 pukul 08.00-12.00 WIB. "
    "Warga cukup membawa KTP asli dan SIM lama. Biaya cetak ulang Rp 50.000. Info: 0812-3456-7890."
)

HONEST = (
    "Perpanjangan SIM keliling gratis di Taman Merdeka! 🚗\n\n"
    "📅 Kapan: Sabtu, 17/5/2025, 08:00–12:00 WIB\n"
    "📍 Di mana: Taman Merdeka\n"
    "💰 Cetak ulang: 50 ribu rupiah\n"
    "🧾 Syarat: bawa KTP asli dan SIM lama\n"
    "📞 Info: 081234567890\n\n"
    "Wali Kota Contoh Budi Santoso mengajak warga datang. Yuk, catat tanggalnya!\n"
    "#KotaContoh #SIMKeliling #LayananPublik2025"
)


def test_honest_restructure_passes() -> None:
    result = check_facts(HONEST, [DRAFT])
    assert result.ok, result.invented
    assert result.invented == []


@pytest.mark.parametrize(
    ("addition", "invented"),
    [
        ("Biaya Rp75.000.", "Rp75.000"),
        ("Kuota 300 orang.", "300"),
        ("Dibuka lagi 18 Mei 2025.", "18 Mei 2025"),
        ("Mulai pukul 07.00.", "pukul 07.00"),
        ("Diskon 20 persen.", "20 persen"),
        ("Acara juga digelar di Bandung.", "Bandung"),
        ("Didukung Dinas Perhubungan.", "Dinas Perhubungan"),
        ("Hubungi 0813-1111-2222.", "0813-1111-2222"),
        ("Daftar di daftar.contoh.go.id.", "daftar.contoh.go.id"),
        ("Kembali dibuka hari Minggu.", "Minggu"),
        ("Info lanjut di Kantor Kecamatan Cibeunying.", "Kantor Kecamatan Cibeunying"),
    ],
)
def test_added_fact_is_caught(addition: str, invented: str) -> None:
    result = check_facts(HONEST + "\n" + addition, [DRAFT])
    assert not result.ok
    assert invented in result.invented


def test_invented_list_is_deduplicated_and_readable() -> None:
    result = check_facts("Biaya Rp75.000. Sekali lagi: Rp 75.000! Di Cimahi.", [DRAFT])
    assert result.invented == ["Rp75.000", "Cimahi"]


def test_hashtags_are_ignored() -> None:
    assert check_facts("Yuk datang! #Bandung2025 #PBB #Festival17Mei", ["yuk datang"]).ok


def test_every_source_counts() -> None:
    assert check_facts("Kuota 50 orang, info di lapor.go.id.", ["kuota 50 orang", "lapor.go.id, SMS 1708"]).ok


def test_date_without_year_matches_same_day_in_source() -> None:
    assert check_facts("Sabtu, 17 Mei", [DRAFT]).ok
    assert not check_facts("Sabtu, 17 Juni", [DRAFT]).ok


def test_year_added_to_yearless_date_needs_the_year_in_source() -> None:
    assert check_facts("17 Mei 2025", ["Buka 17 Mei, tahun 2025."]).ok
    assert not check_facts("17 Mei 2026", ["Buka 17 Mei, tahun 2025."]).ok


def test_weekday_derived_from_a_full_date_is_accepted() -> None:
    assert check_facts("Sabtu ini", ["Dibuka 17 Mei 2025."]).ok
    assert not check_facts("Jumat ini", ["Dibuka 17 Mei 2025."]).ok


def test_amount_may_gain_a_currency_sign() -> None:
    assert check_facts("Biaya Rp50.000", ["biaya 50.000 per orang"]).ok


def test_spelling_fix_and_dropped_titles_still_match_names() -> None:
    source = "Walikota Bandung, H. Muhammad Farhan, S.E., meresmikan taman."
    assert check_facts("Wali Kota Bandung Muhammad Farhan meresmikan taman.", [source]).ok


def test_markup_in_sources_does_not_hide_facts() -> None:
    assert check_facts("Biaya Rp 10.000 di Gedung Sate", ["<b>Biaya&nbsp;Rp&nbsp;10.000</b> di <i>Gedung Sate</i>"]).ok


def test_layout_numbers_are_not_facts() -> None:
    layout = "Caranya:\n1. Daftar di kelurahan\n2) Bawa KTP\n3️⃣ Datang tepat waktu"
    assert check_facts(layout, ["daftar di kelurahan, bawa KTP"]).ok
    assert not check_facts("Caranya: daftar 2 kali", ["daftar"]).ok


def test_empty_output_and_sources() -> None:
    assert check_facts("", []).ok
    assert not check_facts("Kuota 10 orang", []).ok


# --- links: every form a reader can follow ----------------------------------------------------

LINK_SOURCE = "Pendaftaran lewat laman resmi https://layanan.contoh.go.id/daftar dan akun @humaskota."


@pytest.mark.parametrize(
    "link",
    [
        "t.me/humaskota_resmi",
        "t.me/joinchat/AAAAAE",
        "linktr.ee/dukcapil",
        "daftar.xyz/form",
        "daftar.xyz",
        "bit.ly/x",
        "bit.ly",
        "www.evil.com",
        "WWW.EVIL.COM/promo",
        "T.ME/HUMAS",
        "BIT.LY/ABC",
        "Bit.ly/abc",
        "linktr.ee",
        "hadiah.online",
        "contoh.рф/daftar",
        "bücher.de",
        "xn--80ak6aa92e.com",
        "evil.com:8080",
        "promo.co.id/undian",
        "sub.layanan.contoh.go.id",
        "tg://resolve?domain=humas_palsu",
        "tg://join?invite=abc",
        "whatsapp://send?phone=6281234567890",
        "intent://scan/#Intent;scheme=zxing;end",
        "https://t.me/humaskota_resmi",
        "http://layanan.contoh.go.id.evil.com/daftar",
        "https://layanan.contoh.go.id/daftar-palsu",
        "@humaskota_resmi",
        "humas@evil.com",
    ],
)
def test_invented_link_in_any_form_is_caught(link: str) -> None:
    for text in (f"Daftar di {link} sekarang.", f"Daftar: {link}", f"({link})", f"Info lengkap:\n{link}"):
        result = check_facts(text, [LINK_SOURCE])
        assert not result.ok, text
        assert any(link.lower().rstrip("/") in item.lower() or item.lower() in link.lower() for item in result.invented)


def test_link_hidden_in_markup_is_caught() -> None:
    assert not check_facts('Klik <a href="https://evil.com/x">di sini</a>.', [LINK_SOURCE]).ok
    assert not check_facts("Klik [di sini](t.me/evil).", [LINK_SOURCE]).ok
    assert not check_facts("Klik _t.me/evil_ atau *bit.ly/x*.", [LINK_SOURCE]).ok


@pytest.mark.parametrize(
    ("note", "kept"),
    [
        ("Sematkan t.me/promo_palsu di unggahan.", "Sematkan (tautan dihapus) di unggahan."),
        ("Tag @admin_bantuan dan @humaskota.", "Tag (akun dihapus) dan @humaskota."),
        ('Lihat <a href="https://evil.com">laman</a>.', 'Lihat <a href="(tautan dihapus)">laman</a>.'),
        ("Lihat _t.me/evil_ dan *www.evil.com*.", "Lihat _(tautan dihapus)_ dan *(tautan dihapus)*."),
        ("Surel humas@evil.com atau tg://resolve?domain=x.", "Surel (tautan dihapus) atau (tautan dihapus)."),
        ("Arahkan ke https://layanan.contoh.go.id/daftar.", "Arahkan ke https://layanan.contoh.go.id/daftar."),
        ("Biaya 1.500, pukul 08.00, selesai.Info menyusul.", "Biaya 1.500, pukul 08.00, selesai.Info menyusul."),
    ],
)
def test_foreign_links_and_accounts_are_replaced_in_notes(note: str, kept: str) -> None:
    text, removed = strip_foreign_links(note, [LINK_SOURCE])
    assert text == kept
    assert removed == kept.count("dihapus)")


@pytest.mark.parametrize(
    "text",
    [
        "Daftar di layanan.contoh.go.id/daftar.",
        "Daftar di https://layanan.contoh.go.id/daftar ya!",
        "Daftar di LAYANAN.CONTOH.GO.ID/daftar",
        "Laman: www.layanan.contoh.go.id/daftar",
        "Laman: layanan.contoh.go.id",
        "Ikuti @humaskota untuk info.",
    ],
)
def test_link_from_the_source_passes_in_any_form(text: str) -> None:
    assert check_facts(text, [LINK_SOURCE]).ok, check_facts(text, [LINK_SOURCE]).invented


@pytest.mark.parametrize(
    "link",
    ["t.me/humaskota", "tg://resolve?domain=humaskota", "linktr.ee/dukcapil", "whatsapp://send?phone=628111"],
)
def test_scheme_less_and_app_links_from_the_source_pass(link: str) -> None:
    assert check_facts(f"Gabung di {link}.", [f"Kanal resmi: {link}"]).ok


def test_a_link_is_not_supported_by_a_longer_one() -> None:
    assert not check_facts("Gabung di t.me/humas.", ["Kanal resmi: https://t.me/humaskota"]).ok
    assert not check_facts("Ikuti @humas.", ["Akun resmi @humaskota."]).ok


def test_an_account_is_not_supported_by_a_mere_word() -> None:
    assert not check_facts("Ikuti @humas untuk info.", ["Humas Kota Sukamaju membuka layanan."]).ok
    assert check_facts("Ikuti @humaskota.", ["Kanal resmi: instagram.com/humaskota"]).ok
    assert check_facts("Ikuti @humaskota.", ["humaskota"]).ok  # a profile handle written without "@"


@pytest.mark.parametrize(
    "text",
    [
        "Biaya 1.500 rupiah dan 2.500.000 peserta.",
        "Bawa KTP, KK, dll. lalu datang.",
        "Surat a.n. Kepala Dinas, u.p. Sekretaris.",
        "Alamat Jl. Merdeka No. 5, Jl.Merdeka No.5 Kab.Bogor Kec.Cibinong.",
        "Mulai 08.00 s.d. 12.00 WIB.",
        "Unduh formulir.pdf di kantor.",
        "Pendaftaran selesai.Warga diminta datang.",
        "Pendaftaran selesai.Info lebih lanjut menyusul.",
        "Acara gratis.Gratis juga parkirnya.",
        "Dibuka Drs. H. Budi, S.Ag., M.Si., M.Sc., S.Th., A.Md., Sp.JP, M.PA dan Dr.Ir. Ani.",
        "Versi 2.0 sudah tersedia, lihat hlm. 3.",
        "Skor 3.5 dari 5, e.g. contoh, i.e. yaitu.",
        "Pukul 08.00.Datang tepat waktu.",
    ],
)
def test_ordinary_indonesian_text_has_no_link(text: str) -> None:
    assert not [f.raw for f in extract_facts(text) if f.key.startswith("name:url:")]


def test_an_account_with_inner_dots_is_one_account() -> None:
    """Instagram handles carry dots ("@dinkes.kotaraya"): the whole handle is the fact, and another
    account that merely shares its first part is not supported by it."""
    sources = ["Dinas Kesehatan Kota Raya", "dinkes.kotaraya"]
    assert check_facts("Ikuti @dinkes.kotaraya untuk info terbaru.", sources).ok
    assert check_facts("Info lengkap di @dinkes.kotaraya.", sources).ok  # the full stop is no part of it
    assert check_facts("Ikuti @dinkes untuk info terbaru.", sources).invented == ["@dinkes"]
    assert check_facts("Ikuti @dinkes.kotabaru untuk info.", sources).invented == ["@dinkes.kotabaru"]
