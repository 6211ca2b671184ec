"""Questions as citizens write them in everyday and regional Indonesian, answered from the draft
(round 2 of issue 11). Drafts and comments are written for these tests, not taken from tests/data/quality.
"""

from __future__ import annotations

import pytest

from bot.core.models import ReplyRequest, ReplyResult
from bot.offline.answer import answer_question
from bot.offline.answer_text import sentences_of
from bot.offline.asked import asks, question_slots
from bot.offline.engine import OfflineEngine

KERINGANAN = (
    "INFO BAPENDA | Keringanan Retribusi Pasar 2026\n\n"
    "Pemerintah Kota Lembah Hijau memberikan keringanan bagi pedagang pasar. Berikut ketentuannya:\n\n"
    "• Penghapusan denda retribusi kios untuk seluruh pasar rakyat milik pemerintah kota\n"
    "• Tunggakan retribusi tahun 2022 ke bawah dibebaskan, pedagang cukup membayar tahun berjalan\n"
    "• Berlaku mulai 5 Januari sampai 31 Maret 2026\n"
    "• Pembayaran juga bisa dilakukan secara daring melalui aplikasi Pasar Hijau Digital\n\n"
    "Yang perlu dibawa:\n"
    "- kartu pedagang\n"
    "- fotokopi KTP\n\n"
    "Setiap pedagang maksimal mengajukan 2 kios. Keringanan ini berlaku hingga 30 hari setelah surat "
    "tagihan diterima. Pedagang yang tidak memiliki ponsel tetap dilayani di loket Kantor Pasar Sentral. "
    "Operasional kantor dibuka setiap hari Senin sampai Jumat pukul 08.00 hingga 14.00 WIB."
)
KATARAK = (
    "Pemerintah Kabupaten Sukamaju menyiapkan operasi katarak gratis bagi 200 warga. "
    "Operasi dilaksanakan di RSUD Sukamaju pada 7–8 Juni 2026. "
    "Seluruh biaya ditanggung panitia, termasuk transportasi antarjemput bagi pasien dari Kecamatan Talang Ulu."
)


def reply(comment: str, context: str, hint: str | None = None) -> ReplyResult:
    request = ReplyRequest(comment=comment, context=context, tone="friendly", guidelines=[],  # type: ignore[arg-type]
                           hint_kind=hint)
    return OfflineEngine().reply(request)


@pytest.mark.parametrize(("comment", "slots"), [
    ("perlu bawa apo?", ["requirements"]),
    ("boleh borong gak nih", ["quota"]),
    ("ambil air boleh brp jerigen?", ["quota"]),
    ("ultah sy udh lewat, msh bisa gk?", ["deadline"]),
    ("pengobatan gratisnya hari apa kak?", ["when"]),
    ("apa manfaatnya buat warga?", ["what"]),
    ("SPPT sy hilang, bayarnya gimana pak", ["how"]),
    ("inflasi brp persen min, kok harga naik terus", ["figures"]),
    ("sy tinggal di talang ulu, ada jg ka?", ["where"]),
])
def test_everyday_and_regional_questions_name_their_slot(comment: str, slots: list[str]) -> None:
    assert question_slots(comment) == slots


def test_a_question_tail_inside_a_longer_comment_asks() -> None:
    assert asks("bisa bayar lewat hp aja gak, malas antri")
    assert asks("boleh borong gak nih")
    assert not asks("mantap, terima kasih pak")


def test_a_list_of_statements_is_answered_item_by_item_and_a_list_of_items_whole() -> None:
    sentences = [text for _, text in sentences_of(KERINGANAN)]
    assert "Berlaku mulai 5 Januari sampai 31 Maret 2026" in sentences
    assert "Yang perlu dibawa: kartu pedagang; fotokopi KTP" in sentences


def test_until_when_gives_the_period_not_the_whole_list() -> None:
    first = reply("sampe kapan keringanannya min", KERINGANAN).suggestions[0]
    assert "31 Maret 2026" in first and "Penghapusan denda" not in first


def test_what_to_bring_comes_from_the_list_of_documents() -> None:
    first = reply("perlu bawa apo?", KERINGANAN).suggestions[0]
    assert "kartu pedagang" in first and "fotokopi KTP" in first


def test_validity_and_quota_are_answered_in_the_draft_words() -> None:
    late = reply("tagihan sy udh lewat, msh bisa gk?", KERINGANAN).suggestions[0]
    assert "30 hari setelah surat tagihan diterima" in late
    assert "maksimal mengajukan 2 kios" in reply("boleh borong kios gak nih", KERINGANAN).suggestions[0]


def test_without_a_phone_the_draft_line_about_that_case() -> None:
    first = reply("bapak sy ga punya hp android, brarti ga bisa bayar to?", KERINGANAN).suggestions[0]
    assert "loket Kantor Pasar Sentral" in first


def test_a_question_naming_no_slot_is_answered_from_the_sentence_about_what_it_names() -> None:
    first = reply("bapak sy di talang ulu, ado jemputan dak?", KATARAK).suggestions[0]
    assert "antarjemput" in first and "Talang Ulu" in first
    silent = answer_question("ada doorprize nya gak?", KATARAK, "friendly")  # the draft never names it
    assert silent is not None and "belum menyebutkan" in silent[0][0] and "Talang Ulu" not in silent[0][0]


def test_a_question_triaged_as_another_kind_is_still_answered() -> None:
    asked = reply("bisa bayar lewat hp aja gak, malas antri", KERINGANAN, hint="abuse")
    assert asked.kind == "question" and "Pasar Hijau Digital" in asked.suggestions[0]
    worried = reply("wa sy 0812 1111 2222, boleh borong kios gak?", KERINGANAN, hint="personal_data")
    assert "2 kios" in worried.suggestions[0]
    assert any("DM" in s for s in worried.suggestions[1:])
