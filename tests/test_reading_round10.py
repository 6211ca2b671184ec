"""Reading classes fixed in round 10a of issue 11, found on the unseen drafts ext15-*: places after an
abbreviated head ("Kel. Tondo") and in a day-by-day schedule, "X dan di Y" as two places, requirements
under a "berkas:" header and in an inline numbered list, age rules said apart from a group, a noun-phrase
headline as the what, "free" said with a local negation, the goods a measure counts, counts inside a cap,
and a target stated as a state reached by a date. Each class is asserted where it must fire and where it
must not."""

from __future__ import annotations

from benchmarks import quality_metrics as qm
from benchmarks.quality import SCORED_SLOTS, predicted_slots
from bot.core.inputs import clean_input
from bot.core.reading import Slot, read_draft


def texts(draft: str, slot: Slot) -> list[str]:
    return [f.text for f in read_draft(draft).of(slot)]


# places

def test_a_day_by_day_schedule_gives_each_days_places_after_abbreviated_heads() -> None:
    draft = ("Petugas bersiaga di kantor kelurahan dengan jadwal sebagai berikut:\n\n"
             "Senin (8/12): Kel. Talise dan Kel. Tondo;\nSelasa (9/12): Kel. Poboya dan Kel. Lasoani.\n")
    where = texts(draft, Slot.WHERE)
    assert "Kel. Talise dan Kel. Tondo" in where and "Kel. Poboya dan Kel. Lasoani" in where
    assert texts("Fogging digelar di Kec. Oebobo dan Kel. Oesapa pada Sabtu.", Slot.WHERE) == [
        "Kec. Oebobo dan Kel. Oesapa"]
    assert texts("Pendaftaran di Jl. Ahmad Yani No. 4 mulai Senin.", Slot.WHERE) == ["Jl. Ahmad Yani No. 4"]


def test_a_second_di_names_a_second_place_and_new_heads_are_venues() -> None:
    draft = "Pasar murah digelar di halaman Kantor Camat Banjar dan di Lapangan Murjani pada Senin (15/12)."
    assert texts(draft, Slot.WHERE) == ["halaman Kantor Camat Banjar", "Lapangan Murjani"]
    listed = "Bimbingan digelar di aula KUA Lubuk Basung, KUA Tilatang Kamang dan KUA Ampek Angkek."
    assert texts(listed, Slot.WHERE) == ["aula KUA Lubuk Basung, KUA Tilatang Kamang dan KUA Ampek Angkek"]
    one_list = "Air bersih dikirim ke Dusun Bun Lande dan Dusun Tebuk."
    assert texts(one_list, Slot.WHERE) == ["Dusun Bun Lande dan Dusun Tebuk"]


# requirements and who

def test_requirements_in_an_inline_numbered_list_each_item_and_an_age_item_is_who() -> None:
    draft = ("Calon peserta harus memenuhi syarat antara lain 1) warga negara Indonesia; 2) berusia paling rendah "
             "18 tahun dan paling tinggi 23 tahun pada saat pendaftaran; 3) berijazah minimal SMA; serta "
             "4) belum pernah menikah.")
    assert texts(draft, Slot.REQUIREMENTS) == ["warga negara Indonesia", "berijazah minimal SMA",
                                               "belum pernah menikah"]
    assert texts(draft, Slot.WHO) == [
        "berusia paling rendah 18 tahun dan paling tinggi 23 tahun pada saat pendaftaran"]
    commas = ("Adapun berkas yang disiapkan yakni 1) fotokopi KTP, 2) surat keterangan aktif kuliah, dan "
              "3) transkrip nilai.")
    assert texts(commas, Slot.REQUIREMENTS) == ["fotokopi KTP", "surat keterangan aktif kuliah", "transkrip nilai"]
    not_listed = "Tahap 1) dibuka pada Januari dan tahap 2) pada Maret."
    assert texts(not_listed, Slot.REQUIREMENTS) == []


def test_requirements_under_a_berkas_header_with_dash_items() -> None:
    draft = ("Kantor Kemenag menyampaikan ketentuan nikah.\n"
             "Pendaftaran paling lambat 10 hari kerja sebelum akad, dengan melengkapi berkas:\n"
             "- surat pengantar dari wali nagari;\n- fotokopi KTP dan KK;\n- pas foto 2x3 sebanyak 5 lembar.\n")
    assert texts(draft, Slot.REQUIREMENTS) == ["surat pengantar dari wali nagari", "fotokopi KTP dan KK",
                                               "pas foto 2x3 sebanyak 5 lembar"]
    assert texts(draft, Slot.FIGURES) == []


def test_age_rules_said_apart_from_a_group_are_who_but_not_a_persons_age() -> None:
    draft = ("Untuk jenjang SD, calon murid diprioritaskan yang berusia 7 tahun per 1 Juli 2026. Untuk jenjang SMP, "
             "usia paling tinggi 15 tahun per 1 Juli 2026. Peserta CFD: Usia 15 tahun ke atas.")
    assert texts(draft, Slot.WHO) == ["berusia 7 tahun per 1 Juli 2026", "usia paling tinggi 15 tahun per 1 Juli 2026",
                                      "Usia 15 tahun ke atas"]
    person = "Korban, seorang nelayan berusia 52 tahun, ditemukan selamat."
    assert texts(person, Slot.WHO) == []
    left_out = "Anak di bawah usia 2 tahun tidak mendapat kursi sendiri."
    assert texts(left_out, Slot.WHO) == []


# what, cost, figures, target

def test_a_noun_phrase_headline_is_the_what_when_the_body_introduces_none() -> None:
    draft = ("Gerakan Pangan Murah Jelang Natal\n\nHarga bahan pokok di akhir tahun cenderung naik. Kegiatan "
             "berlangsung Senin (15/12) di Lapangan Murjani.")
    assert texts(draft, Slot.WHAT) == ["Gerakan Pangan Murah Jelang Natal"]
    schedule = "JADWAL PELAYANAN PUSKESMAS KELILING\n\nSetiap Senin petugas hadir di Desa Sukamaju."
    assert texts(schedule, Slot.WHAT) == ["PELAYANAN PUSKESMAS KELILING"]
    for headline in ("PENGUMUMAN", "Polres Gowa Imbau Warga Waspada", "UPDATE BANJIR LUWU UTARA"):
        assert texts(f"{headline}\n\nHujan turun sejak pagi dan warga diminta waspada.", Slot.WHAT) == []
    # round 11a: a headline whose verb opens or holds a thing names it ("Gelar | Operasi Keselamatan")
    opened = "Polres Gowa Gelar Operasi Keselamatan di Sungguminasa\n\nHujan turun sejak pagi, warga diminta waspada."
    assert texts(opened, Slot.WHAT) == ["Operasi Keselamatan"]


def test_free_said_with_a_local_negation_or_without_spending() -> None:
    assert texts("Petugas datang kasih fogging, seng usah bayar apa-apa.", Slot.COST) == ["seng usah bayar apa-apa"]
    assert texts("Bibit dibagikan ke warga, ora mbayar blas.", Slot.COST) == ["ora mbayar blas"]
    assert texts("Warga bisa cek kesehatan tanpa mengeluarkan uang sepeser pun.", Slot.COST) == [
        "tanpa mengeluarkan uang sepeser pun"]
    assert texts("Wajib pajak yang tidak membayar hingga Oktober dikenai denda.", Slot.COST) == []


def test_a_measure_keeps_its_goods_and_a_count_inside_a_cap_is_no_figure() -> None:
    draft = ("Disiapkan 8 ton beras dan 1,5 ton gula pasir. Setiap pembeli dibatasi maksimal 2 kemasan beras. "
             "Produksi naik menjadi 5,3 ton per hektare.")
    figures = texts(draft, Slot.FIGURES)
    assert "5,3 ton per hektare" in figures
    assert any(f.startswith("8 ton beras") for f in figures) and "2 kemasan" not in " ".join(figures)
    assert texts("Bulog menyalurkan 3.000 liter minyak goreng ke pasar.", Slot.FIGURES) == ["3.000 liter minyak goreng"]
    assert texts("Produksi mencapai 412.600 ton gabah kering giling.", Slot.FIGURES) == [
        "412.600 ton gabah kering giling"]


def test_a_target_stated_as_a_state_reached_by_a_date() -> None:
    draft = "Ia menargetkan seluruh wajib KTP di kecamatan itu sudah merekam sebelum akhir Desember 2025."
    assert texts(draft, Slot.TARGET) == ["seluruh wajib KTP di kecamatan itu sudah merekam sebelum akhir Desember 2025"]
    assert texts("Ia menargetkan pelayanan lebih ramah kepada warga.", Slot.TARGET) == []


# the unseen batch as a whole

def test_the_ext15_batch_reads_at_least_as_well_as_after_round_10a() -> None:
    counts = qm.Counts()
    for draft in qm.load_drafts(qm.EXTRA_DRAFTS):
        if draft.prefix != "ext15":
            continue
        predicted = predicted_slots(clean_input(draft.body, max_chars=100_000, what="Draf"))
        for slot in SCORED_SLOTS:
            counts.add(qm.slot_counts(predicted.get(slot, []), draft.facts.get(slot, [])))
    precision, recall = counts.tp_pred / counts.n_pred, counts.tp_gold / counts.n_gold
    assert 2 * precision * recall / (precision + recall) >= 0.65  # unseen 0.55
