"""Reply suggestions without a language model: classify, then fill polite templates.

A question is answered slot by slot from the context draft (`bot.offline.answer`: what it
asks, the draft's sentence that says it, honestly "not said" otherwise); without context, only
with a sentence found literally in a guideline (quoted); otherwise the reply says the answer is
being checked. Personal
data from the comment is never repeated. The complaint channel is named only as far
as the retrieved guidelines confirm it.
"""

from __future__ import annotations

import re

from bot.core import lexicon
from bot.core.classify import classify_comment, escalation, find_signals
from bot.core.fact_check import check_facts, scan_facts
from bot.core.models import CommentKind, ReplyRequest, ReplyResult, Tone, unique_sources
from bot.offline.answer import answer_question

#: The official complaint channel (SP4N-LAPOR!); mentioned only when the guidelines confirm it.
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
COMPLAINT: T = {
    "formal": ["Mohon maaf atas ketidaknyamanan yang Bapak/Ibu alami. Mohon kirimkan detail lokasi dan foto "
               "melalui pesan langsung (DM) agar dapat kami teruskan ke unit terkait.",
               "Terima kasih atas laporannya. Agar tercatat dan dapat dipantau tindak lanjutnya, silakan sampaikan "
               "juga melalui {channel}."],
    "friendly": ["Mohon maaf atas ketidaknyamanannya, Kak. Boleh kirim detail lokasi dan fotonya lewat pesan "
                 "langsung (DM)? Keluhan ini akan kami teruskan ke unit terkait.",
                 "Terima kasih sudah menyampaikan, ini masukan penting bagi kami. Agar tercatat dan bisa dipantau, "
                 "laporan juga bisa dikirim melalui {channel}."],
    "casual": ["Duh, maaf banget ya atas ketidaknyamanannya. Boleh kirim detail lokasi sama fotonya lewat DM? "
               "Nanti kami teruskan ke unit terkait.",
               "Makasih udah lapor! Biar tercatat dan bisa dipantau, laporannya bisa juga dikirim lewat {channel}."],
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
HOAX_ANSWER: dict[Tone, str] = {
    "formal": "Terima kasih telah mengonfirmasi. Informasi resminya: “{a}” Mohon tidak menyebarkan kabar yang "
              "belum jelas sumbernya.",
    "friendly": "Terima kasih sudah cek dulu! Informasi resminya: “{a}” Yuk, bantu luruskan kalau ada yang "
                "membagikan kabar keliru.",
    "casual": "Makasih udah cek! Info resminya: “{a}” Bantu luruskan ya kalau ada yang nyebarin kabar keliru.",
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

_QUESTION_NOISE = frozenset({
    "apa", "apakah", "kapan", "bagaimana", "gimana", "gmn", "mana", "dimana", "berapa", "siapa", "bisakah",
    "kenapa", "mengapa", "min", "admin", "kak", "pak", "bu", "mau", "tanya", "dong", "ya", "nih", "sih", "gak",
    "ga", "nggak", "tidak", "kah", "tolong", "info", "mohon", "izin", "ijin", "saya", "kami", "bisa", "boleh",
    "ada", "yang", "di", "ke", "dari", "untuk", "itu", "ini", "dan", "atau", "sudah", "belum", "kok", "the",
})
_PLACE_HINT = re.compile(r"\b(?:di|ke)\s+(?:[A-Z]|kantor|kelurahan|kecamatan|balai|gedung|taman|puskesmas|aplikasi|"
                         r"laman|situs|alamat)", re.I)


def _stems(text: str) -> set[str]:
    return {lexicon.stem(w.lower()) for w in lexicon.words(text) if w.lower() not in _QUESTION_NOISE and len(w) > 2}


def _fits_question(question: str, sentence: str) -> bool:
    q = question.lower()
    kinds = {loc.fact.kind for loc in scan_facts(sentence)}
    if re.search(r"\b(?:kapan|kpn|jam berapa|tanggal berapa|sampai kapan)\b", q):
        return bool(kinds & {"date", "time"})
    if re.search(r"\b(?:berapa|brp|biaya|harga|tarif)\b", q):
        return bool(kinds & {"number", "money", "percent"}) or "gratis" in sentence.lower()
    if re.search(r"\b(?:di ?mana|dmn|ke ?mana|lokasi|alamat)\b", q):
        return bool(_PLACE_HINT.search(sentence))
    return True


def find_answer(question: str, context: str | None, guidelines: list[str]) -> str | None:
    """A sentence from the context (or, strictly, a guideline) that answers `question`, else None."""
    wanted = _stems(question)
    if not wanted:
        return None
    best: tuple[float, str] | None = None
    for source_rank, text in enumerate([context or "", *guidelines]):
        need = 1 if source_rank == 0 else 2
        for raw in lexicon.split_sentences(lexicon.clean_markup(text)):
            sentence = re.sub(r"^[#>\-*•\s]+", "", raw).strip()
            if not sentence or len(sentence) > 400:
                continue
            overlap = len(wanted & _stems(sentence))
            if overlap < need or (source_rank and overlap / len(wanted) < 0.5):
                continue
            if not _fits_question(question, sentence):
                continue
            score = overlap + (1.5 if source_rank == 0 else 0)
            if best is None or score > best[0]:
                best = (score, sentence)
    return best[1] if best else None


def complaint_channel(guideline_texts: list[str]) -> str:
    """The official channel, as far as the guidelines confirm it."""
    if guideline_texts and check_facts(COMPLAINT_CHANNEL, guideline_texts).ok:
        return COMPLAINT_CHANNEL
    if any("sp4n-lapor" in text.lower() for text in guideline_texts):
        return COMPLAINT_CHANNEL_SHORT
    return COMPLAINT_CHANNEL_GENERIC


def _suggestions(kind: CommentKind, request: ReplyRequest, found: dict[str, list[str]],
                 guidelines: list[str]) -> tuple[list[str], list[str]]:
    tone = request.tone
    warnings: list[str] = []
    if kind == "question":
        answered = answer_question(request.comment, request.context, tone) if request.context else None
        if answered is not None:
            return answered
        answer = find_answer(request.comment, request.context, guidelines)
        if answer:
            return [t.format(a=answer) for t in ANSWER[tone]], warnings
        return list(CHECKING[tone]), [NO_ANSWER_WARNING]
    if kind == "complaint":
        channel = complaint_channel(guidelines)
        replies = [t.format(channel=channel) for t in COMPLAINT[tone]]
        if found.get("complaint_serious"):
            replies.insert(0, SERIOUS[tone])
        return replies[:3], warnings
    if kind == "hoax":
        answer = find_answer(request.comment, request.context, []) if request.context else None
        replies = list(HOAX[tone])
        if answer:
            replies.insert(0, HOAX_ANSWER[tone].format(a=answer))
        return replies[:3], warnings
    if kind == "abuse":
        has_complaint = bool(found.get("complaint") or found.get("complaint_serious"))
        return ([CALM[tone]] if has_complaint else []), warnings
    if kind == "spam":
        return [], warnings
    table = {"praise": PRAISE, "political": POLITICAL, "personal_data": PERSONAL}.get(kind, OTHER)
    return list(table[tone]), warnings


def build_reply(request: ReplyRequest, engine: str = "offline") -> ReplyResult:
    """Reply suggestions for one comment (the service holds them to the shared fact check)."""
    classified = classify_comment(request.comment)
    kind: CommentKind = request.hint_kind or classified.kind
    found = find_signals(request.comment)
    if request.hint_kind and request.hint_escalate is not None:
        escalate, reason = request.hint_escalate, request.hint_reason or escalation(kind, found)[1]
    elif kind == classified.kind:
        escalate, reason = classified.escalate, classified.reason
    else:
        escalate, reason = escalation(kind, found)
    guidelines = [hit.text for hit in request.guidelines]
    suggestions, warnings = _suggestions(kind, request, found, guidelines)
    recommendation = RECOMMENDATION.get(kind)
    if kind == "complaint" and found.get("complaint_serious"):
        recommendation = "Eskalasi segera ke pimpinan dan unit terkait. " + RECOMMENDATION["complaint"]
    return ReplyResult(
        engine=engine,
        kind=kind,
        escalate=escalate,
        reason=reason,
        suggestions=suggestions,
        recommendation=recommendation,
        sources=unique_sources(request.guidelines),
        warnings=[OFFLINE_REPLY_WARNING, *warnings],
    )
