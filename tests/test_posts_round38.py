"""Round 38 of issue 11: hours that belong to something other than the offer (a chat line's hours shown under
"Kapan" as if they were the service's days, one number said twice, the hours of a ban listed as service hours).

Texts are our own, written in the shapes sealed batch 37 and the tuned drafts showed.
"""

from __future__ import annotations

from bot.core.reading import Slot, read_draft
from bot.core.reading.time_roles import BANNED, HOURS
from bot.llm.fact_sheet import ROLE_LABELS
from tests.support.reading_checks import instagram_post as _post
from tests.support.reading_checks import marked_line

WAIVER = (
    "Pemerintah Kota Contoh menghapus denda keterlambatan PBB-P2 selama Bulan Sadar Pajak, mulai Senin, 6 September "
    "2027 hingga 29 Oktober 2027. Warga cukup melunasi pokok pajak di loket Kantor Bapenda. Bapenda juga membuka "
    "konsultasi melalui WhatsApp 0811-0000-3355 setiap hari kerja pukul 08.00–15.00 WIB.\n"
)
ONE_NUMBER = (
    "Pemutihan denda pajak kendaraan berlaku 4 Januari 2027 sampai dengan 31 Maret 2027 di seluruh kantor Samsat. "
    "Bawa KTP asli dan STNK asli.\n\n"
    "Informasi lebih lanjut: call center 0741-000-100 (hari kerja, 08.00–15.00 WIB).\n"
)
HELPDESK = (
    "Pendaftaran beasiswa daerah dibuka mulai Senin, 4 Januari 2027 melalui laman beasiswa.contoh.go.id dan gratis.\n\n"
    "Helpdesk pendaftaran (WhatsApp, hari kerja 08.00–15.00 WIB): 0811-0000-2027\n"
)
OFFICE_TOO = (
    "Keringanan PBB-P2 berlaku 1 Juni sampai 30 September 2027. Tanya lewat WhatsApp 0813-0000-0619, atau datang "
    "langsung ke Kantor Bapenda Senin–Jumat pukul 08.00–15.00 WITA.\n"
)
WASTE = (
    "Mulai Senin, 5 Juli 2027 warga hanya dapat membuang sampah ke TPS pada pukul 05.00–08.00 WIB dan pukul "
    "16.00–19.00 WIB.\n\n"
    "Membuang sampah di pinggir jalan maupun di TPS pada pukul 19.00–05.00 WIB dilarang. Pelanggar dikenai denda "
    "Rp250.000.\n\n"
    "Pengaduan: WA DLH 0812-0000-1146.\n"
)


def test_a_chat_lines_hours_go_with_its_number_not_under_kapan() -> None:
    post = _post(WAIVER)
    assert "08.00–15.00" not in marked_line(post, "📅"), post
    info = marked_line(post, "📞")
    assert "0811-0000-3355" in info and "setiap hari kerja pukul 08.00–15.00 WIB" in info, info
    assert "6 September 2027" in marked_line(post, "📅")


def test_one_number_is_said_once_with_its_hours() -> None:
    info = marked_line(_post(ONE_NUMBER), "📞")
    assert info.count("0741-000-100") == 1, info
    assert info.count("08.00–15.00") == 1 and "hari kerja" in info, info


def test_hours_in_a_bracket_a_channel_opens_go_with_the_number_whole() -> None:
    post = _post(HELPDESK)
    assert "08.00–15.00" not in marked_line(post, "📅") and "08.00–15.00" not in marked_line(post, "🕗"), post
    assert "0811-0000-2027 (WhatsApp, hari kerja 08.00–15.00 WIB)" in marked_line(post, "📞"), post


def test_an_offices_hours_after_or_datang_stay_the_services_hours() -> None:
    post = _post(OFFICE_TOO)
    info = marked_line(post, "📞")
    assert "08.00–15.00" not in info, info
    assert "08.00–15.00" in post


def test_the_hours_of_a_ban_are_a_ban_not_service_hours() -> None:
    sheet = read_draft(WASTE)
    roles = {f.text: f.role for f in sheet.of(Slot.WHEN)}
    assert roles.get("pukul 19.00–05.00 WIB") == BANNED, roles
    assert roles.get("pukul 05.00–08.00 WIB dan pukul 16.00–19.00 WIB") == HOURS, roles
    post = _post(WASTE)
    assert "19.00–05.00" not in marked_line(post, "🕗"), post
    ban = marked_line(post, "🚫 Larangan")
    assert "19.00–05.00" in ban and "dilarang" in ban, post
    assert "Larangan" in ROLE_LABELS[BANNED] or "LARANGAN" in ROLE_LABELS[BANNED]


PICKUP = (
    "NGANJUK – Kepala Dinas Kependudukan dan Pencatatan Sipil Contoh membuka layanan jemput bola perekaman KTP "
    "elektronik (KTP-el) yang langsung dimulai hari itu juga di sekolah tersebut, Senin (18/1/2027). Dengan begitu, "
    "para pelajar tidak perlu meninggalkan jam pelajaran hanya untuk merekam data. Layanan ini gratis dan dibuka "
    "pukul 08.00–13.00 WIB di aula SMA Negeri 1 Contoh.\n"
)


def test_a_lead_and_a_context_line_never_point_back_to_a_sentence_the_post_does_not_show() -> None:
    post = _post(PICKUP)
    lead = post.split("\n\n")[0]
    assert "tersebut" not in lead and "hari itu" not in lead, post
    assert "jemput bola perekaman KTP" in lead, post
    assert "Dengan begitu" not in post, post


BANK = (
    "Mulai Senin, 5 Juli 2027 sampah anorganik bernilai jual dapat disetor ke Bank Sampah Contoh di kompleks Kantor "
    "DLH, buka Selasa–Sabtu pukul 08.00–13.00 WIB. Harga beli saat ini:\n"
    "- botol plastik bening: Rp3.000/kg\n"
    "- kardus dan kertas: Rp1.500/kg\n"
    "- minyak jelantah: Rp5.000/liter\n"
    "Setoran dibayar tunai di tempat.\n"
)


def test_prices_a_bank_pays_are_labelled_as_the_draft_says_not_as_a_fee() -> None:
    post = _post(BANK)
    assert "Harga beli:" in post, post
    assert "Tarif" not in post, post
