"""WhatsApp and TikTok posts carry the context sentence Instagram shows (a clarification's verdict, a
rule the fact lines do not hold); an on-screen line keeps the draft's own emoji without a second
marker; an appeal to be watchful asks citizens to stay alert; a clarification leads with the corrected
fact and says the rumour is false."""

from __future__ import annotations

from bot.core.models import Profile, RewriteRequest
from bot.core.reading import DraftKind, read_draft
from bot.offline.engine import OfflineEngine
from bot.offline.post_render import _bullet

#: Written for this test: a relief whose rule (how many years back) sits in a sentence of its own.
RELIEF = (
    "Pemerintah Kota Contoh menghapus denda keterlambatan Pajak Bumi dan Bangunan mulai 1 Juli 2026. "
    "Penghapusan berlaku untuk tunggakan paling lama lima tahun ke belakang, sedangkan pokok pajaknya "
    "tetap dibayar. Pembayaran dapat dilakukan di loket Bapenda Kota Contoh setiap hari kerja pukul "
    "08.00-15.00 WIB."
)


def test_whatsapp_and_tiktok_keep_the_context_sentence_instagram_shows() -> None:
    result = OfflineEngine().rewrite(RewriteRequest(draft=RELIEF, platforms=["instagram", "tiktok", "whatsapp"],
                                                    profile=Profile()))
    posts = {p.platform: p.text for p in result.posts}
    assert "lima tahun ke belakang" in posts["instagram"], posts["instagram"]
    for platform in ("tiktok", "whatsapp"):
        assert "lima tahun ke belakang" in posts[platform], posts[platform]


def test_an_on_screen_line_keeps_the_drafts_own_emoji() -> None:
    assert _bullet("👥 Kuota: 300 pelaku usaha") == "👥 Kuota: 300 pelaku usaha"
    assert _bullet("Kuota 300 pelaku usaha") == "▪️ Kuota 300 pelaku usaha"
    assert _bullet("\"Kuota\" 300") == "▪️ \"Kuota\" 300"


#: Written for this test: an appeal to be watchful that names shelters (places) and a time span.
WATCHFUL = (
    "BPBD Kabupaten Contoh meminta warga di bantaran Sungai Cisadane meningkatkan kewaspadaan menyusul "
    "curah hujan tinggi dalam sepekan ke depan. Bila air naik, warga dapat mengungsi ke Balai Desa "
    "Sukamaju atau SDN 2 Sukamaju."
)


def test_an_appeal_to_be_watchful_asks_to_stay_alert_not_to_come() -> None:
    result = OfflineEngine().rewrite(RewriteRequest(draft=WATCHFUL, platforms=["instagram", "x"], profile=Profile()))
    for post in result.posts:
        assert "waspada" in post.call_to_action.lower(), post.call_to_action
        assert "datang" not in post.call_to_action.lower()


#: Written for this test: the corrected fact first, the verdict on the rumour second, where to ask last.
CLARIFICATION = (
    "Posyandu Tetap Buka Seperti Biasa\n\n"
    "Layanan penimbangan balita di seluruh posyandu Kecamatan Sukamaju tetap buka setiap Selasa pukul "
    "08.00 WIB. Kabar bahwa posyandu ditutup karena wabah yang beredar di grup WhatsApp sejak Jumat "
    "(5/6/2026) dipastikan tidak benar. Warga yang ragu dapat bertanya ke Puskesmas Sukamaju di "
    "0812-5555-1212."
)


def test_a_clarification_leads_with_the_corrected_fact_and_says_the_rumour_is_false() -> None:
    sheet = read_draft(CLARIFICATION)
    assert sheet.kind == DraftKind.CLARIFICATION
    assert sheet.lead is not None and "tetap buka" in sheet.lead.text
    result = OfflineEngine().rewrite(RewriteRequest(draft=CLARIFICATION, platforms=["instagram", "whatsapp"],
                                                    profile=Profile()))
    for post in result.posts:
        assert "tidak benar" in post.text, post.text
        first = next(line for line in post.text.split("\n")[1:] if line.strip() and not line.startswith("*"))
        assert "bertanya" not in first, first
