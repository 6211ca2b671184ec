"""The feedback poll: what citizens think or need, asked in neutral words, never a fact claim.

Its options are opinions and preferences, with no number, date or name, so a poll can never state
something the draft does not say. Each kind of draft has its polls (when people can come to an event,
how they prefer to reach a service, where they hear a warning); the draft's hash picks one.
"""

from __future__ import annotations

from bot.core.quiz_models import FeedbackPoll, Sticker
from bot.core.quiz_options import seeded
from bot.core.reading.sheet import DraftKind, FactSheet

_WISHES = ("Manfaat bagi warga", "Jadwal dan lokasi", "Syarat dan cara ikut", "Anggaran dan hasil")

#: Per kind, the polls to choose from: (question, options). Options keep to the sticker's 22 characters.
POLLS: dict[DraftKind, tuple[tuple[str, tuple[str, ...]], ...]] = {
    DraftKind.EVENT: (
        ("Kapan waktu yang paling pas bagi Anda untuk ikut kegiatan seperti ini?",
         ("Pagi, hari kerja", "Sore, hari kerja", "Akhir pekan", "Malam hari")),
        ("Informasi apa yang paling Anda perlukan sebelum datang?",
         ("Jadwal dan lokasi", "Syarat yang dibawa", "Cara mendaftar", "Biaya")),
    ),
    DraftKind.SERVICE: (
        ("Cara apa yang paling memudahkan Anda mengurus layanan seperti ini?",
         ("Daftar lewat aplikasi", "Datang langsung", "Petugas ke desa", "Lewat WhatsApp")),
        ("Apa kendala terbesar Anda saat mengurus layanan publik?",
         ("Antrean panjang", "Syarat berkas", "Jarak ke kantor", "Info jadwal")),
    ),
    DraftKind.APPEAL: (
        ("Dari mana Anda paling cepat mendapat info imbauan seperti ini?",
         ("Grup WhatsApp warga", "Media sosial pemda", "Pengumuman lingkungan", "Radio atau televisi")),
    ),
    DraftKind.EMERGENCY: (
        ("Dari mana Anda paling cepat mendapat info peringatan seperti ini?",
         ("Grup WhatsApp warga", "Media sosial pemda", "Pengumuman lingkungan", "Radio atau televisi")),
        ("Apa yang paling Anda perlukan saat keadaan darurat?",
         ("Jalur evakuasi", "Nomor darurat", "Lokasi posko", "Kabar terkini")),
    ),
    DraftKind.CLARIFICATION: (
        ("Ke mana biasanya Anda memeriksa kebenaran sebuah kabar?",
         ("Akun resmi pemda", "Portal berita", "Tanya perangkat desa", "Grup percakapan")),
    ),
    DraftKind.ACHIEVEMENT: (
        ("Informasi apa yang paling ingin Anda lihat dari program seperti ini?", _WISHES),
    ),
    DraftKind.MEETING: (
        ("Informasi apa yang ingin Anda ketahui dari kegiatan seperti ini?", _WISHES),
    ),
}


def feedback_poll(sheet: FactSheet) -> FeedbackPoll:
    """A regular poll for the draft's kind; a draft that gives citizens nothing asks what they want to know."""
    kind = sheet.kind if sheet.citizen_benefit else DraftKind.MEETING
    choices = POLLS[kind]
    question, options = choices[seeded(sheet.draft + "\npoll").randrange(len(choices))]
    return FeedbackPoll(question=question, options=list(options))


def poll_sticker(poll: FeedbackPoll) -> Sticker:
    """The Instagram poll sticker of a poll: the same question and options (they fit the sticker)."""
    return Sticker(kind="poll", question=poll.question, options=poll.options[:4])
