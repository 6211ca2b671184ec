"""Round 30 of issue 11: an ad that sends readers to a seller's bio, shop or account instead of a link is spam.

Texts are our own, written in the shapes the sealed comments showed.
"""

from __future__ import annotations

import pytest

from bot.core.triage_rules import personal_data_escalates, sure_rule


@pytest.mark.parametrize("text", [
    "cek bio ya kak 💋",
    "Jasa cetak spanduk & kaos murah, desain gratis, pengerjaan kilat. cek katalog di bio",
    "Yg susah urus SIM: ada jasa urus kilat 1 hari jadi, tinggal DM @jasa_urus_cepat, udah ratusan yg terbantu",
    "Buat yg anaknya demam, coba madu herbal dari toko kami, cepat sembuh. order di toko SehatAlami ya bun",
])
def test_an_ad_pointing_to_a_seller_is_spam(text: str) -> None:
    verdict = sure_rule(text)
    assert verdict is not None and verdict.kind == "spam"


@pytest.mark.parametrize("text", [
    "min cek dm ya, sy udah kirim foto jalan rusak depan sekolah",
    "DM aja @dukcapil.kota, cepet dibales kok",
    "ini akun resmi? kok cek bio ada link aneh?",
    "hati-hati ada yg nawarin jasa urus KTP kilat, DM @calo_ktp itu penipuan",
])
def test_a_citizen_pointing_to_an_account_is_no_ad(text: str) -> None:
    verdict = sure_rule(text)
    assert verdict is None or verdict.kind != "spam"


def test_someone_unreachable_in_a_disaster_escalates_as_a_missing_person() -> None:
    assert personal_data_escalates("Beta pung kaka pung nomor 0821-0000-7788, dia di Batu Merah pas banjir, seng bisa "
                                   "dihubungi dari tadi pagi, tolong SAR cari")
    assert personal_data_escalates("no hp adik sy 0812-0000-1212, ikut rombongan ke gunung, blm ada kabar, tolong tim "
                                   "sar")
    # the commenter's own number, and a helpline that does not answer, are no missing person
    assert not personal_data_escalates("nomor sy 0812-0000-4444, tolong hubungi sy ya min soal KTP")
    assert not personal_data_escalates("wa sy 0812-0000-4444, cs nya gak bisa dihubungi dari kemarin")
