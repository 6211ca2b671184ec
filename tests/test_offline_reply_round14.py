"""Replies read as an officer would on round 14d's comments (docs/quality.md, round 14d), asserted on a draft and
comments written for this test (none is an item of a comment set): a rumour the draft labels ("❌ HOAKS: ...") is
never pasted as the fact; a sentence that speaks of a rumour, even to deny it, is no channel, and a date is no number
to call; an amount with its unit is not leetspeak ("10kg"); spam under a draft is not turned into a question; "gratis"
in a programme's name asks no cost; "katanya" names no thing asked of."""

from __future__ import annotations

from bot.core.classify import normalize_comment
from bot.core.models import ReplyRequest
from bot.core.reading import read_draft
from bot.offline.asked import question_parts
from bot.offline.complaint import complaint_subject, draft_channel
from bot.offline.engine import OfflineEngine
from bot.offline.reply_channel import from_rumour, mentions_rumour, retells_rumour
from bot.offline.unnamed import unmentioned

DRAFT = """❌ HOAKS: "Mulai bulan depan, kartu pelajar lama tidak berlaku dan siswa wajib membeli kartu pintar \
Rp75.000."

✅ FAKTA: Kartu pelajar lama tetap berlaku sampai siswa lulus. Penggantian ke kartu pintar tidak dipungut biaya.

Menanggapi pesan yang ramai dibagikan di grup orang tua sejak Sabtu (14/3/2026), Dinas Pendidikan Kota Tarakan \
menyampaikan bahwa kabar tersebut keliru.

Orang tua yang menemukan pungutan dapat melapor melalui WhatsApp Pengaduan Disdik 0811-5432-1098 dengan \
menyertakan nama sekolah.
"""


def first(comment: str, kind: str, escalate: bool = False) -> tuple[str, str]:
    request = ReplyRequest(comment=comment, context=DRAFT, guidelines=[], hint_kind=kind,  # type: ignore[arg-type]
                           hint_escalate=escalate)
    result = OfflineEngine().reply(request)
    return result.kind, (result.suggestions[0] if result.suggestions else "")


def test_a_rumour_the_draft_labels_is_never_pasted_as_the_fact() -> None:
    assert retells_rumour('❌ HOAKS: "Kartu lama tidak berlaku dan wajib membeli kartu baru."')
    assert retells_rumour("MITOS: air hujan pertama bikin rambut rontok")
    assert not retells_rumour("✅ FAKTA: Kartu pelajar lama tetap berlaku sampai siswa lulus.")
    assert from_rumour("Faktanya: Kartu pelajar lama tidak berlaku dan siswa wajib membeli kartu pintar Rp75.000.",
                       DRAFT)
    kind, reply = first("info dari grup: kartu pelajar lama ga berlaku, wajib beli kartu pintar 75rb. sebarin!", "hoax")
    assert kind == "hoax"
    assert "wajib membeli kartu pintar" not in reply, reply


def test_a_sentence_about_a_rumour_is_no_channel_and_a_date_no_number() -> None:
    assert mentions_rumour("Menanggapi pesan yang ramai dibagikan di grup orang tua, Dinas menyampaikan bahwa kabar "
                           "tersebut keliru.")
    channel = draft_channel(read_draft(DRAFT), "anak sy disuruh bayar kartu pintar 75rb sama wali kelas")
    assert "0811-5432-1098" in channel and "Menanggapi" not in channel
    kind, reply = first("kartu pelajar anak sy rusak, ngurus gantinya lama bgt di sekolah", "complaint")
    assert "Menanggapi pesan" not in reply and "ramai dibagikan" not in reply, reply


def test_an_amount_with_its_unit_is_no_leetspeak() -> None:
    assert "10kg" in normalize_comment("beras 10kg cuma nyampe 6kg")
    assert normalize_comment("b4ngs4t") == "bangsat"
    assert complaint_subject("Minyak goreng 2lt yg dibagi cuma 1lt, sisanya kemana") == "minyak goreng"


def test_spam_under_a_draft_stays_spam() -> None:
    kind, reply = first("jual akun game murah meriah cuma 20rb, cek profil ya kak 😘", "spam")
    assert kind == "spam" and reply == ""


def test_free_in_a_programmes_name_asks_no_cost() -> None:
    assert question_parts("bus sekolah gratis itu lewat desa kami jam berapa?")[0][1] == ["when"]
    assert "cost" in question_parts("kartu pintar gratis itu bener?")[0][1]
    assert "cost" in question_parts("ini gratis ga min?")[0][1]


def test_hearsay_names_no_thing_asked_of() -> None:
    assert "kata" not in unmentioned("cost", "wali kelas minta 50rb, katanya gratis dari pemerintah?",
                                     "Penggantian kartu tidak dipungut biaya.", DRAFT)
