"""How the offline posts word the draft's facts, read as a humas editor would: a request stays a
request, free is "Gratis", how lines are plain imperatives, and no line repeats what a fact line says.
Small drafts written for these tests only."""

from __future__ import annotations

from bot.core.fact_check import check_facts
from bot.core.models import PLATFORMS, Profile, RewriteRequest
from bot.core.reading import Slot, missing_key_facts, read_draft
from bot.core.wording import plain_steps
from bot.offline.engine import OfflineEngine
from bot.offline.post_plan import plan_post

REQUEST = (
    "Pemerintah Kota Contoh menggelar operasi pasar beras murah di Lapangan Merdeka pada Sabtu, 14 Juni "
    "2025. Beras medium dijual Rp10.000 per kilogram. Wali Kota menyampaikan bahwa pemerintah hadir menjaga "
    "harga. Ia juga berpesan agar warga berbelanja secukupnya dan tidak melakukan aksi borong."
)
FREE_REG = (
    "Dinas Kesehatan Kota Contoh membuka cek kesehatan untuk lansia di Puskesmas Sukajaya pada Senin, "
    "16 Juni 2025 pukul 08.00 WIB. Layanan ini tidak dipungut biaya. Warga dapat melakukan pendaftaran "
    "melalui aplikasi Sehat Contoh dengan membawa KTP."
)


def _rewrite(draft: str) -> dict[str, str]:
    result = OfflineEngine().rewrite(RewriteRequest(draft=draft, profile=Profile(), platforms=list(PLATFORMS)))
    return {p.platform: p.text for p in result.posts}


def test_a_request_cut_from_its_frame_reads_as_a_request() -> None:
    plan = plan_post(read_draft(REQUEST))
    said = " ".join([plan.lead, *plan.context])
    assert "diminta berbelanja secukupnya" in said
    assert "Warga berbelanja secukupnya" not in said


def test_a_plain_statement_is_not_made_a_request() -> None:
    draft = REQUEST.replace("Ia juga berpesan agar warga", "Tercatat warga")
    plan = plan_post(read_draft(draft))
    assert "diminta" not in " ".join([plan.lead, *plan.context])


def test_free_is_said_plainly_and_how_is_an_imperative() -> None:
    plan = plan_post(read_draft(FREE_REG))
    cost, how = plan.line(Slot.COST), plan.line(Slot.HOW)
    assert cost is not None and cost.value == "Gratis"
    assert how is not None and how.value.startswith("Daftar lewat aplikasi Sehat Contoh")
    for text in _rewrite(FREE_REG).values():
        assert check_facts(text, [FREE_REG]).ok


def test_plain_posts_still_keep_every_key_fact() -> None:
    sheet = read_draft(FREE_REG)
    for platform, text in _rewrite(FREE_REG).items():
        if platform != "x":
            assert missing_key_facts(sheet, text) == [], platform


def test_plain_steps_keeps_objects_and_only_changes_the_verb() -> None:
    assert plain_steps("Mengambil nomor antrean melalui aplikasi X; menghubungi 0812-1") == (
        "Ambil nomor antrean lewat aplikasi X; hubungi 0812-1")
    assert plain_steps("Segera mengungsi ke tempat aman") == "Segera mengungsi ke tempat aman"
    assert plain_steps("Cukup menunjukkan KTP") == "Cukup tunjukkan KTP"


def test_context_does_not_repeat_a_fact_line() -> None:
    plan = plan_post(read_draft(FREE_REG))
    assert not any("melakukan pendaftaran" in c for c in plan.context)
