"""The wording of offline reply suggestions, per comment kind and tone (Indonesian).

Templates only: what fills them (an answer from the draft, the complaint's subject, the draft's
own channel) is found in `bot.offline.reply`, `bot.offline.answer` and `bot.offline.complaint`.
No template carries a number, date or name of its own except the national complaint channel,
which is shown only as far as the retrieved guidelines confirm it.
"""

from __future__ import annotations

from bot.core.models import Tone

COMPLAINT_CHANNEL = "SP4N-LAPOR! (lapor.go.id, SMS 1708)"
COMPLAINT_CHANNEL_SHORT = "SP4N-LAPOR!"
COMPLAINT_CHANNEL_GENERIC = "kanal pengaduan resmi instansi"

OFFLINE_REPLY_WARNING = (
    "Mesin offline (tanpa model bahasa): saran balasan disusun dari templat; sesuaikan sebelum dikirim."
)
NO_ANSWER_WARNING = (
    "Jawaban tidak ditemukan di konteks atau pedoman; tambahkan konteks (misalnya isi pengumuman) "
    "agar saran bisa langsung menjawab."
)

T = dict[Tone, list[str]]

ANSWER: T = {
    "formal": ["Terima kasih atas pertanyaannya. Sesuai informasi resmi: “{a}”",
               "Terima kasih telah bertanya. Informasinya sebagai berikut: “{a}” Jika masih ada yang belum jelas, "
               "silakan bertanya kembali."],
    "friendly": ["Terima kasih sudah bertanya! Sesuai informasi yang ada: “{a}”",
                 "Halo, Kak! Infonya begini: “{a}” Kalau masih ada yang kurang jelas, tanya lagi di sini ya."],
    "casual": ["Makasih udah nanya! Infonya: “{a}”",
               "Halo! Jadi gini: “{a}” Kalau masih bingung, tanya lagi aja ya."],
}
CHECKING: T = {
    "formal": ["Terima kasih atas pertanyaan Bapak/Ibu. Kami cek terlebih dahulu ke unit terkait dan akan segera "
               "menyampaikan jawabannya di sini.",
               "Terima kasih telah bertanya. Informasi tersebut sedang kami pastikan ke unit terkait; jawabannya "
               "akan kami sampaikan di kolom ini."],
    "friendly": ["Terima kasih sudah bertanya. Kami cek dulu ke unit terkait dan segera kabari di sini ya.",
                 "Halo, terima kasih atas pertanyaannya! Supaya jawabannya tepat, kami pastikan dulu ke unit "
                 "terkait, nanti kami kabari di kolom ini."],
    "casual": ["Makasih udah nanya! Kami cek dulu ke unit terkait ya, nanti dikabari di sini.",
               "Siap, pertanyaannya kami catat! Kami pastikan dulu ke unit terkait biar infonya nggak keliru."],
}
SERIOUS: dict[Tone, str] = {
    "formal": "Terima kasih atas laporannya. Hal ini segera kami teruskan kepada pihak berwenang. Dalam keadaan "
              "darurat, mohon segera menghubungi layanan darurat setempat.",
    "friendly": "Terima kasih sudah melapor; ini segera kami teruskan ke pihak berwenang. Kalau keadaannya darurat, "
                "segera hubungi layanan darurat setempat ya.",
    "casual": "Makasih udah lapor, ini langsung kami teruskan ke pihak berwenang. Kalau darurat, segera hubungi "
              "layanan darurat setempat ya!",
}
HOAX: T = {
    "formal": ["Terima kasih telah mengonfirmasi sebelum menyebarkan. Informasi ini sedang kami periksa ke sumber "
               "resmi; mohon menunggu klarifikasi melalui akun ini.",
               "Terima kasih atas perhatiannya. Sebelum ada pernyataan resmi, mohon informasi tersebut tidak "
               "disebarluaskan. Klarifikasi akan kami sampaikan melalui kanal resmi kami."],
    "friendly": ["Terima kasih sudah bertanya sebelum ikut membagikan. Kabar ini sedang kami cek ke sumber resmi; "
                 "mohon tunggu klarifikasi di akun ini ya.",
                 "Terima kasih atas perhatiannya. Sampai ada pernyataan resmi, mohon jangan disebarkan dulu ya. "
                 "Informasi yang benar akan kami sampaikan di kanal resmi kami."],
    "casual": ["Makasih udah cek dulu sebelum share! Kabar ini lagi kami pastikan ke sumber resmi, tunggu "
               "klarifikasinya di akun ini ya.",
               "Tahan dulu ya, jangan disebar sebelum ada info resmi. Nanti kami kabari di akun ini."],
}
#: A rumour passed on as a warning (no question asked): thanked for the care, checked, asked not to be spread.
HOAX_PASSED_ON: dict[Tone, str] = {
    "formal": "Terima kasih atas kepeduliannya. Informasi ini sedang kami periksa ke sumber resmi; sebelum ada "
              "pernyataan resmi, mohon informasi tersebut tidak disebarluaskan.",
    "friendly": "Terima kasih sudah peduli. Kabar ini sedang kami cek ke sumber resmi; sampai ada pernyataan resmi, "
                "mohon jangan disebarkan dulu ya.",
    "casual": "Makasih udah peduli! Kabar ini lagi kami pastikan ke sumber resmi; sampai ada info resmi, jangan "
              "disebar dulu ya.",
}
PRAISE: T = {
    "formal": ["Terima kasih atas apresiasi Bapak/Ibu. Mohon bantu bagikan informasi ini kepada keluarga dan kerabat.",
               "Terima kasih atas dukungannya. Masukan Bapak/Ibu selalu kami tunggu."],
    "friendly": ["Terima kasih banyak atas dukungannya! 🙏 Yuk, bagikan info ini ke keluarga dan teman.",
                 "Terima kasih, senang bisa membantu! Kalau ada masukan, tulis saja di sini ya."],
    "casual": ["Makasih banyak! 🙌 Yuk, bagikan juga ke teman-teman!",
               "Siap, makasih dukungannya! Ada masukan? Tulis aja di sini."],
}
CALM: dict[Tone, str] = {
    "formal": "Mohon maaf atas ketidaknyamanannya. Kami ingin membantu; silakan sampaikan detail keluhan melalui "
              "pesan langsung (DM).",
    "friendly": "Mohon maaf atas ketidaknyamanannya. Kami ingin membantu, silakan kirim detail keluhannya lewat "
                "pesan langsung (DM) ya.",
    "casual": "Maaf ya atas ketidaknyamanannya. Kami mau bantu, kirim detail keluhannya lewat DM ya.",
}
POLITICAL: T = {
    "formal": ["Terima kasih atas tanggapannya. Sebagai akun pemerintah, kami bersikap netral dan hanya "
               "menyampaikan informasi layanan publik.",
               "Terima kasih. Untuk informasi kepemiluan, silakan merujuk ke kanal resmi penyelenggara pemilu."],
    "friendly": ["Terima kasih atas tanggapannya. Sebagai akun pemerintah, kami netral dan fokus pada informasi "
                 "layanan publik ya.",
                 "Terima kasih sudah berkomentar. Untuk info kepemiluan, silakan cek kanal resmi penyelenggara "
                 "pemilu."],
    "casual": ["Makasih tanggapannya! Akun ini akun pemerintah, jadi kami netral dan fokus ke info layanan publik ya.",
               "Makasih! Soal info pemilu, cek langsung kanal resmi penyelenggara pemilu ya."],
}
PERSONAL: T = {
    "formal": ["Demi keamanan, mohon tidak menuliskan nomor identitas, nomor telepon, e-mail, atau alamat rumah di "
               "kolom komentar. Silakan sampaikan melalui pesan langsung (DM) agar dapat kami bantu.",
               "Terima kasih telah menghubungi kami. Agar data pribadi tetap aman, kami lanjutkan melalui pesan "
               "langsung (DM); komentar ini sebaiknya dihapus."],
    "friendly": ["Demi keamanan, mohon jangan menulis nomor identitas, nomor telepon, e-mail, atau alamat rumah di "
                 "kolom komentar ya. Silakan kirim lewat pesan langsung (DM), nanti kami bantu.",
                 "Terima kasih sudah menghubungi kami. Agar data pribadi tetap aman, kita lanjutkan lewat pesan "
                 "langsung (DM) ya; komentar ini sebaiknya dihapus."],
    "casual": ["Biar aman, jangan tulis nomor identitas, nomor telepon, e-mail, atau alamat di komentar ya. "
               "Kirim lewat "
               "DM aja, nanti kami bantu.",
               "Makasih udah menghubungi! Biar data pribadinya aman, lanjut lewat DM ya, komentarnya dihapus aja."],
}
OTHER: T = {
    "formal": ["Terima kasih atas komentarnya. Jika ada pertanyaan atau masukan, silakan sampaikan di sini.",
               "Terima kasih telah menyimak informasi dari kami."],
    "friendly": ["Terima kasih atas komentarnya! Kalau ada pertanyaan atau masukan, tulis saja di sini ya.",
                 "Terima kasih sudah mampir dan menyimak info dari kami. 🙏"],
    "casual": ["Makasih komentarnya! Ada pertanyaan atau masukan? Tulis aja di sini.",
               "Makasih udah mampir! 🙌"],
}
RECOMMENDATION: dict[str, str] = {
    "abuse": "Sembunyikan komentar ini dan jangan dibalas dengan emosi. Bila berulang atau berisi ancaman, simpan "
             "tangkapan layar, laporkan ke platform, dan beri tahu pimpinan.",
    "spam": "Sembunyikan atau hapus komentar ini dan laporkan sebagai spam; jangan klik tautannya.",
    "personal_data": "Sembunyikan komentar ini segera agar data pribadi tidak tersebar, lalu hubungi pemiliknya "
                     "lewat pesan langsung. Jangan mengulang data tersebut di balasan.",
    "hoax": "Eskalasi ke tim verifikasi dan pimpinan. Bila terbukti keliru, terbitkan klarifikasi berlabel [HOAKS] "
            "atau [DISINFORMASI]; bila hanya perlu pelurusan, pakai [KLARIFIKASI], dan tautkan sumber resmi.",
    "political": "Jangan menanggapi dukungan atau serangan politik dan jangan memberi tanda suka; konsultasikan "
                 "dengan pimpinan humas bila perlu ditanggapi.",
    "complaint": "Teruskan ke unit teknis terkait dan pantau sampai ada jawaban; jangan menjanjikan waktu perbaikan "
                 "sebelum ada konfirmasi.",
}
#: A complaint reply that names what the citizen named ("{subject}": their own words).
COMPLAINT_SORRY: dict[Tone, str] = {
    "formal": "Mohon maaf atas ketidaknyamanan terkait {subject}.",
    "friendly": "Kak, mohon maaf atas ketidaknyamanannya soal {subject}.",
    "casual": "Duh, maaf banget ya soal {subject}.",
}
COMPLAINT_SORRY_PLAIN: dict[Tone, str] = {
    "formal": "Mohon maaf atas ketidaknyamanan yang Bapak/Ibu alami.",
    "friendly": "Mohon maaf atas ketidaknyamanannya, Kak.",
    "casual": "Duh, maaf banget ya atas ketidaknyamanannya.",
}
#: The draft's own channel ("{way}": the draft's clause that names it).
COMPLAINT_DRAFT_CHANNEL: dict[Tone, str] = {
    "formal": "Sesuai informasi resmi, {way}.",
    "friendly": "Sesuai info resminya, {way}.",
    "casual": "Sesuai info resminya, {way}.",
}
COMPLAINT_DETAIL: dict[Tone, str] = {
    "formal": "Mohon kirimkan detail lokasi dan foto melalui pesan langsung (DM) agar dapat kami teruskan ke unit "
              "terkait.",
    "friendly": "Boleh kirim detail lokasi dan fotonya lewat pesan langsung (DM)? Kami teruskan ke unit terkait.",
    "casual": "Boleh kirim detail lokasi sama fotonya lewat DM? Nanti kami teruskan ke unit terkait.",
}
#: The citizen says they already reported: the earlier report's number, not a new report.
#: A complaint about a process (a registration, an application, a queue, a payment), not a place: a
#: photo of a place helps nobody, the case's details do.
COMPLAINT_CASE: dict[Tone, str] = {
    "formal": "Mohon kirimkan rinciannya (kapan, di mana, dan nomor pendaftaran atau bukti bila ada) melalui "
              "pesan langsung (DM) agar dapat kami teruskan ke unit terkait.",
    "friendly": "Boleh kirim rinciannya (kapan, di mana, dan nomor pendaftaran atau bukti bila ada) lewat pesan "
                "langsung (DM)? Kami teruskan ke unit terkait.",
    "casual": "Boleh kirim rinciannya (kapan, di mana, nomor pendaftaran atau bukti kalau ada) lewat DM? Nanti "
              "kami teruskan ke unit terkait.",
}
COMPLAINT_TICKET: dict[Tone, str] = {
    "formal": "Karena Bapak/Ibu sudah pernah melapor, mohon kirimkan nomor laporan atau tiket sebelumnya melalui "
              "pesan langsung (DM) agar dapat kami telusuri ke unit terkait.",
    "friendly": "Karena sudah pernah lapor, boleh kirim nomor laporan atau tiket sebelumnya lewat pesan langsung "
                "(DM)? Kami telusuri ke unit terkait.",
    "casual": "Karena udah pernah lapor, kirim nomor laporan atau tiket sebelumnya lewat DM ya, biar kami telusuri "
              "ke unit terkait.",
}
COMPLAINT_NATIONAL: dict[Tone, str] = {
    "formal": "Agar tercatat dan dapat dipantau tindak lanjutnya, laporan juga dapat disampaikan melalui {channel}.",
    "friendly": "Agar tercatat dan bisa dipantau, laporan juga bisa dikirim melalui {channel}.",
    "casual": "Biar tercatat dan bisa dipantau, laporannya bisa juga dikirim lewat {channel}.",
}
#: A hoax corrected with the draft's facts ("{fact}": the answer lines) and who says so ("{source}").
HOAX_FACT: dict[Tone, str] = {
    "formal": "Terima kasih telah mengonfirmasi sebelum menyebarkan. {fact}",
    "friendly": "Terima kasih sudah cek dulu sebelum ikut membagikan. {fact}",
    "casual": "Makasih udah cek dulu sebelum share! {fact}",
}
HOAX_SOURCE: dict[Tone, str] = {
    "formal": "Sumber resmi: {source}.",
    "friendly": "Sumber resminya: {source}.",
    "casual": "Sumber resminya: {source}.",
}
HOAX_SHARE: dict[Tone, str] = {
    "formal": "Mohon bantu meluruskan bila menemukan kabar serupa.",
    "friendly": "Yuk, bantu luruskan kalau ada yang membagikan kabar keliru.",
    "casual": "Bantu luruskan ya kalau ada yang nyebarin kabar keliru.",
}
#: A hoax that touches health or safety: said in the reply as well as escalated.
HOAX_ESCALATED: dict[Tone, str] = {
    "formal": "Kabar ini juga kami teruskan ke unit terkait untuk ditindaklanjuti.",
    "friendly": "Kabar ini juga kami teruskan ke unit terkait untuk ditindaklanjuti.",
    "casual": "Kabar ini juga kami teruskan ke unit terkait ya.",
}
#: The draft's own channel said as a channel ("{way}": "ke call center X di 0811-...", with its preposition).
COMPLAINT_CHANNEL_TO: dict[Tone, str] = {
    "formal": "Sesuai informasi resmi, keluhan ini dapat disampaikan {way}.",
    "friendly": "Sesuai info resminya, keluhan ini bisa disampaikan {way}.",
    "casual": "Sesuai info resminya, keluhannya bisa disampaikan {way}.",
}
#: The draft's channel for levies, cuts and favours, offered to a comment that reports one.
COMPLAINT_LEVY_CHANNEL: dict[Tone, str] = {
    "formal": "Hal seperti ini dapat dilaporkan {way}.",
    "friendly": "Hal seperti ini bisa dilaporkan {way} ya.",
    "casual": "Hal kayak gini bisa dilaporkan {way} ya.",
}
#: A claim about an official's conduct: neither confirmed nor denied, passed on, with the draft's channel.
HOAX_OFFICIAL: dict[Tone, str] = {
    "formal": "Terima kasih atas informasinya. Kabar tentang pejabat tersebut belum dapat kami pastikan dan sudah "
              "kami teruskan kepada pimpinan untuk diverifikasi; mohon tidak disebarluaskan sebelum ada keterangan "
              "resmi.",
    "friendly": "Terima kasih infonya, Kak. Kabar tentang pejabat tersebut belum bisa kami pastikan dan sudah kami "
                "teruskan ke pimpinan untuk diverifikasi; mohon jangan disebarkan dulu sebelum ada keterangan resmi "
                "ya.",
    "casual": "Makasih infonya! Kabar soal pejabat itu belum bisa kami pastikan, udah kami teruskan ke pimpinan buat "
              "dicek; jangan disebar dulu ya sebelum ada info resmi.",
}
HOAX_EVIDENCE: dict[Tone, str] = {
    "formal": "Bila Bapak/Ibu memiliki bukti, silakan laporkan {way}.",
    "friendly": "Kalau Kakak punya buktinya, silakan laporkan {way}.",
    "casual": "Kalau ada buktinya, laporkan aja {way}.",
}
#: A levy, a cut of aid or an official's favours reported: passed on, said in the reply (no emergency number).
COMPLAINT_LEVY_PASSED: dict[Tone, str] = {
    "formal": "Laporan ini segera kami teruskan kepada pihak berwenang untuk ditindaklanjuti.",
    "friendly": "Laporan ini segera kami teruskan ke pihak berwenang untuk ditindaklanjuti.",
    "casual": "Laporan ini langsung kami teruskan ke pihak berwenang ya.",
}
#: They reported before and say the report's number is lost: when and where they reported, not the number.
COMPLAINT_TICKET_LOST: dict[Tone, str] = {
    "formal": "Bila nomor laporan sebelumnya tidak ada, mohon kirimkan kapan dan melalui kanal apa Bapak/Ibu melapor "
              "melalui pesan langsung (DM) agar dapat kami telusuri ke unit terkait.",
    "friendly": "Kalau nomor laporannya tidak ada, boleh kirim kapan dan lewat kanal apa Kakak melapor lewat pesan "
                "langsung (DM)? Kami telusuri ke unit terkait.",
    "casual": "Kalau nomor laporannya nggak ada, kirim aja kapan dan lewat mana lapornya lewat DM ya, biar kami "
              "telusuri ke unit terkait.",
}
