"""The shared fact check: equivalent forms match, honest restructures pass, additions are caught."""

from __future__ import annotations

import pytest

from bot.core.fact_check import Fact, check_facts, extract_facts


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
    from bot.offline import reply as offline_reply
    from bot.offline import templates as offline

    texts: list[str] = []
    for table in (offline.CTA, offline.CTA_SHORT):
        texts += [t for tones in table.values() for t in tones.values()]
    texts += list(offline.ASK.values()) + list(offline.WA_ASK.values()) + list(offline.GREETING.values())
    for table in (offline_reply.CHECKING, offline_reply.COMPLAINT, offline_reply.HOAX, offline_reply.PRAISE,
                  offline_reply.POLITICAL, offline_reply.PERSONAL, offline_reply.OTHER):
        texts += [t.format(channel=offline_reply.COMPLAINT_CHANNEL_GENERIC) for ts in table.values() for t in ts]
    texts += list(offline_reply.SERIOUS.values()) + list(offline_reply.CALM.values())
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
