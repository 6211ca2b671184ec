"""Replies that use the context draft beyond questions (issue 11): complaints that name what the
citizen named and offer the draft's own channel, hoaxes corrected with the draft's facts, and
questions the triage filed under another kind. Drafts and comments are written for these tests.
"""

from __future__ import annotations

from bot.core.final_checks import reply_fact_check
from bot.core.models import CommentKind, Hit, ReplyRequest, ReplyResult
from bot.core.reading import read_draft
from bot.offline.complaint import already_reported, complaint_subject, draft_channel, official_source
from bot.offline.engine import OfflineEngine

JALAN = (
    "Dinas Pekerjaan Umum Kabupaten Sungai Jernih menuntaskan perbaikan 40 ruas jalan kabupaten tahun ini. "
    "Kepala Dinas Pekerjaan Umum, Rahmat Hidayat, mengatakan sisa pekerjaan ditargetkan rampung akhir tahun. "
    "Warga yang menemukan jalan rusak dapat melapor lewat WhatsApp Lapor Jalan di nomor 0812-7000-3311 "
    "dengan mengirim foto dan titik lokasi."
)
VAKSIN = (
    "KOTA TANJUNG HARAPAN – Dinas Kesehatan Kota Tanjung Harapan memastikan kabar vaksin campak kedaluwarsa "
    "di posyandu yang beredar di grup WhatsApp tidak benar. Seluruh vaksin yang dipakai masih berlaku hingga "
    "Desember 2027 dan disimpan sesuai standar. Imunisasi tetap berjalan setiap Selasa pukul 08.00 WIB di "
    "posyandu masing-masing."
)
PASAR = (
    "Pemerintah Kecamatan Sukamaju menggelar pasar murah di halaman Kantor Camat Sukamaju pada Sabtu, "
    "12 September 2026, pukul 07.00 WIB. Setiap warga dibatasi membeli dua kilogram gula. "
    "Warga cukup membawa KTP."
)
GUIDE = Hit(id="g", title="Pengaduan", path="knowledge/11-pengaduan.md",
            text="Keluhan diarahkan ke SP4N-LAPOR! (lapor.go.id, SMS 1708).")


def reply(comment: str, context: str | None, kind: CommentKind, escalate: bool = False,
          guidelines: list[Hit] | None = None, tone: str = "friendly") -> ReplyResult:
    request = ReplyRequest(comment=comment, context=context, tone=tone,  # type: ignore[arg-type]
                           guidelines=guidelines or [], hint_kind=kind, hint_escalate=escalate)
    result = OfflineEngine().reply(request)
    check = reply_fact_check(request, result.suggestions, request.guidelines)
    assert check.ok, check.invented
    return result


def test_complaint_subject_is_the_citizens_own_thing_without_digits() -> None:
    assert complaint_subject("jln kabupaten di desa kami bolong2 parah min") == "jalan kabupaten di desa Kakak"
    assert complaint_subject("lampu jalan depan rumah no 12 mati sebulan") == "lampu jalan depan rumah"
    assert complaint_subject("jalan di desa kami rusak", "Bapak/Ibu") == "jalan di desa Bapak/Ibu"
    assert complaint_subject("rumah kami udh sepinggang air, ngungsi kemana") == ""
    assert complaint_subject("pelayanan puskesmas lama bgt") == "pelayanan puskesmas"


def test_already_reported_is_heard_in_slang() -> None:
    assert already_reported("udh lapor dari bulan lalu tp blm ada yg dtg")
    assert already_reported("sy sudah 3 kali melapor")
    assert not already_reported("jalan rusak, lapor kemana ya")


def test_complaint_names_the_road_and_offers_the_drafts_channel_first() -> None:
    result = reply("jln kabupaten di desa kami bolong2 parah, kapan diperbaiki?", JALAN, "complaint",
                   guidelines=[GUIDE])
    first = result.suggestions[0]
    assert "jalan kabupaten di desa Kakak" in first
    assert "0812-7000-3311" in first  # the draft's own channel, in the first suggestion
    assert "SP4N-LAPOR!" not in first and any("SP4N-LAPOR!" in s for s in result.suggestions[1:])
    assert "akhir tahun" not in " ".join(result.suggestions)  # never a promised date


def test_complaint_of_someone_who_already_reported_asks_for_the_report_number() -> None:
    result = reply("udah lapor dari bulan lalu soal jalan rusak, gak ada yg dateng", JALAN, "complaint")
    assert "nomor laporan" in result.suggestions[0]
    assert "detail lokasi" not in result.suggestions[0] and "Caranya" not in result.suggestions[0]


def test_complaint_without_context_keeps_the_templates() -> None:
    result = reply("pelayanan puskesmas lama bgt", None, "complaint")
    assert "pelayanan puskesmas" in result.suggestions[0] and "DM" in result.suggestions[0]


def test_draft_channel_and_official_source() -> None:
    sheet = read_draft(JALAN)
    assert "0812-7000-3311" in draft_channel(sheet, "jalan rusak")
    assert draft_channel(read_draft(PASAR), "gula habis") == ""
    assert official_source(read_draft(VAKSIN)).startswith("Dinas Kesehatan Kota Tanjung Harapan")


def test_hoax_is_corrected_with_the_drafts_facts_and_source_and_escalation_is_said() -> None:
    result = reply("katanya vaksin campak di posyandu udh kedaluwarsa, bener gak??", VAKSIN, "hoax", escalate=True)
    first = result.suggestions[0]
    assert "tidak benar" in first and first.count("Dinas Kesehatan Kota Tanjung Harapan") == 1
    assert "teruskan ke unit terkait" in first
    assert not first.count("“")
    calm = reply("katanya vaksin campak di posyandu udh kedaluwarsa, bener gak??", VAKSIN, "hoax").suggestions[0]
    assert "teruskan" not in calm


def test_hoax_the_draft_does_not_address_gets_the_checking_reply() -> None:
    result = reply("katanya jembatan mau ditutup, bener gak?", PASAR, "hoax")
    assert "cek" in result.suggestions[0].lower() or "resmi" in result.suggestions[0].lower()
    assert "gula" not in " ".join(result.suggestions)  # never an unrelated sentence


def test_question_filed_as_other_is_answered() -> None:
    result = reply("jam brp mulainya kak", PASAR, "other")
    assert result.kind == "question" and not result.escalate
    assert "pukul 07.00 WIB" in result.suggestions[0]


def test_question_filed_as_abuse_without_an_insult_is_answered_but_an_insult_is_not() -> None:
    asked = reply("belinya dibatasi gak kak", PASAR, "abuse")
    assert asked.kind == "question" and "dua kilogram gula" in asked.suggestions[0]
    insult = reply("dasar goblok, dibatasi gak?", PASAR, "abuse")
    assert insult.kind == "abuse"


def test_other_without_a_question_stays_other() -> None:
    result = reply("hadir kak, salam dari sukamaju", PASAR, "other")
    assert result.kind == "other"


def test_praise_with_a_question_is_answered_first() -> None:
    result = reply("mantap min! bawa apa aja ya?", PASAR, "praise")
    assert result.kind == "praise"
    assert "KTP" in result.suggestions[0] and len(result.suggestions) <= 3
