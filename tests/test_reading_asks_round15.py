"""Round 15c: an appeal's lead is the act asked of citizens, not its frame ("Bupati mengimbau masyarakat agar
..."), and the post says it whole ("Masyarakat diimbau tidak membakar lahan"), never a negated act torn from
its frame. Sentences are our own, not the data's."""

from __future__ import annotations

import pytest

from bot.core.models import RewriteRequest
from bot.core.reading import read_draft
from bot.offline.engine import OfflineEngine

_ENGINE = OfflineEngine()

#: (draft, the lead's opening words, the post's first line)
CASES = [
    ("Bupati Ogan Ilir, Panca Wijaya, mengimbau masyarakat agar tidak membakar lahan untuk membuka kebun selama "
     "musim kemarau. Pelanggar dapat dikenai sanksi pidana. Laporkan titik api ke 112.",
     "tidak membakar lahan", "Masyarakat diimbau tidak membakar lahan"),
    ("Menjelang arus mudik Lebaran, Kepala Dinas Perhubungan Kabupaten Bima mengimbau agar penumpang tidak membeli "
     "tiket dari calo di sekitar pelabuhan. Tiket resmi dijual di loket pelabuhan. Informasi hubungi 0812-3456-7890.",
     "penumpang tidak membeli tiket", "Penumpang diimbau tidak membeli tiket dari calo"),
    ("Dinas Kesehatan Kota Kendari meminta para orang tua untuk segera membawa anak usia 9 bulan sampai 5 tahun ke "
     "posyandu terdekat guna mendapatkan imunisasi campak. Imunisasi diberikan gratis.",
     "segera membawa anak", "Para orang tua diminta segera membawa anak"),
    ("Wali Kota Pontianak mengajak seluruh warga untuk memilah sampah organik dan anorganik dari rumah mulai bulan "
     "depan. Sampah yang sudah dipilah diangkut petugas setiap Selasa dan Jumat.",
     "memilah sampah organik", "Seluruh warga diajak memilah sampah organik"),
    ("Wali Kota Jayapura, Frans Pekey, mengimbau seluruh masyarakat agar melakukan gerakan 3M Plus setiap pekan "
     "menyusul meningkatnya kasus DBD. Dinas Kesehatan mencatat 212 kasus sejak Januari.",
     "melakukan gerakan 3M Plus", "Seluruh masyarakat diimbau melakukan gerakan 3M Plus"),
]


@pytest.mark.parametrize(("draft", "lead", "first"), CASES, ids=[c[1] for c in CASES])
def test_appeal_leads_with_the_ask_said_whole(draft: str, lead: str, first: str) -> None:
    sheet = read_draft(draft)
    assert sheet.kind.value == "appeal"
    assert sheet.lead is not None and sheet.lead.text.startswith(lead)
    post = _ENGINE.rewrite(RewriteRequest(draft=draft, platforms=["instagram"])).posts[0].text
    assert post.split("\n")[0].startswith(first)


def test_passive_ask_keeps_its_subject_and_an_appeal_to_officials_stays_ceremony() -> None:
    draft = ("Jalan Trans Sulawesi di Desa Toboli tertimbun longsor. Pengendara juga diimbau agar menghindari ruas "
             "itu karena longsor susulan masih mungkin terjadi. Kendaraan dialihkan melalui jalur Kebun Kopi.")
    post = _ENGINE.rewrite(RewriteRequest(draft=draft, platforms=["instagram"])).posts[0].text
    assert "Menghindari ruas" not in post.split("\n")[0]
    officials = read_draft("Sekda mengimbau seluruh OPD agar segera menyelesaikan laporan keuangan tahun 2025. "
                           "Rapat dihadiri para kepala dinas.")
    assert all(c.ceremonial for c in officials.clauses if "laporan keuangan" in c.text)
