"""What a quiz may ask about a fact of the draft, and the wrong options it may offer beside it.

Wrong options are plainly options: generic alternatives of the same type as the fact, with no number,
date, name or acronym (nothing a citizen could take for a fact of the draft), each with a short form
for the Instagram sticker. An alternative is dropped when the draft says anything like it (its
`marks`), so that a "wrong" option can never be true of the draft.
"""

from __future__ import annotations

import hashlib
import random
import re
from dataclasses import dataclass

from bot.core.reading.sheet import DraftKind, Slot


def seeded(draft: str) -> random.Random:
    """A random generator fixed by the draft: the same draft always gives the same quiz and poll."""
    return random.Random(int.from_bytes(hashlib.sha256(draft.encode("utf-8")).digest()[:8], "big"))


@dataclass(frozen=True)
class Alternative:
    text: str
    #: At most 22 characters (the sticker's option limit).
    short: str
    #: Words whose presence in the draft makes this alternative possibly true (a regex).
    marks: str

    def possible_in(self, draft: str) -> bool:
        return re.search(self.marks, draft, re.IGNORECASE) is not None


_FREE = re.compile(
    r"gratis|cuma-cuma|percuma|tidak dipungut|tanpa (?:di)?pungut|tanpa (?:di(?:kenakan)?)?\s?biaya|"
    r"bebas biaya|membebaskan biaya|tidak dikenakan biaya|dibebaskan dari biaya|ditanggung",
    re.IGNORECASE,
)


def is_free(text: str) -> bool:
    return _FREE.search(text) is not None


_PAID_ALTERNATIVES = (
    Alternative("Bayar biaya pendaftaran lebih dulu", "Bayar pendaftaran", r"biaya pendaftaran|uang pendaftaran"),
    Alternative("Bayar sesuai tarif umum", "Bayar tarif umum", r"tarif"),
    Alternative("Bayar uang jaminan di lokasi", "Bayar uang jaminan", r"jaminan"),
    Alternative("Bayar seikhlasnya kepada petugas", "Bayar seikhlasnya", r"seikhlasnya|sukarela"),
)
_FREE_ALTERNATIVES = (
    Alternative("Gratis untuk semua warga", "Gratis", r"gratis|cuma-cuma|tidak dipungut|tanpa biaya|bebas biaya"),
    Alternative("Bayar seikhlasnya kepada petugas", "Bayar seikhlasnya", r"seikhlasnya|sukarela"),
    Alternative("Ditanggung penuh oleh panitia", "Ditanggung panitia", r"ditanggung|subsidi"),
)

ALTERNATIVES: dict[Slot, tuple[Alternative, ...]] = {
    Slot.WHO: (
        Alternative("Hanya pegawai pemerintah", "Pegawai pemerintah", r"pegawai|aparatur|\bASN\b|PNS"),
        Alternative("Hanya pelaku usaha besar", "Hanya pengusaha besar", r"usaha|pengusaha"),
        Alternative("Hanya warga dari luar daerah", "Warga luar daerah", r"luar daerah|pendatang"),
        Alternative("Hanya anggota organisasi tertentu", "Anggota organisasi", r"anggota|organisasi"),
    ),
    Slot.REQUIREMENTS: (
        Alternative("Tidak perlu membawa apa pun", "Tidak perlu apa pun", r"tidak perlu|tanpa syarat|tidak ada syarat"),
        Alternative("Surat rekomendasi dari pejabat", "Surat rekomendasi", r"rekomendasi"),
        Alternative("Bukti lunas pajak kendaraan", "Bukti lunas pajak", r"pajak"),
        Alternative("Ijazah pendidikan terakhir", "Ijazah terakhir", r"ijazah"),
    ),
    Slot.HOW: (
        Alternative("Lewat perantara dengan membayar imbalan", "Lewat perantara", r"perantara|calo|imbalan"),
        Alternative("Cukup menunggu undangan di rumah", "Menunggu undangan", r"menunggu|undangan"),
        Alternative("Mengirim data pribadi ke nomor tak resmi", "Kirim data ke nomor",
                    r"data pribadi|tidak resmi|tak resmi"),
        Alternative("Mendaftar lewat akun pribadi petugas", "Akun pribadi petugas", r"akun pribadi|pesan pribadi"),
    ),
    Slot.WHERE: (
        Alternative("Hanya secara daring, tanpa lokasi", "Hanya daring", r"daring|online|aplikasi|situs|laman"),
        Alternative("Di kantor pusat ibu kota provinsi", "Ibu kota provinsi", r"ibu kota|provinsi"),
        Alternative("Dari rumah ke rumah secara bergiliran", "Dari rumah ke rumah",
                    r"rumah ke rumah|door to door|jemput bola|keliling"),
    ),
    Slot.WHEN: (
        Alternative("Setiap akhir pekan sepanjang tahun", "Tiap akhir pekan", r"akhir pekan|sepanjang tahun"),
        Alternative("Belum ada jadwal yang ditetapkan", "Belum ada jadwal", r"belum (?:ada|di)"),
        Alternative("Hanya saat hari libur nasional", "Saat libur nasional", r"libur"),
        Alternative("Menunggu pengumuman berikutnya", "Menunggu pengumuman", r"pengumuman|menyusul"),
    ),
    Slot.DEADLINE: (
        Alternative("Tidak ada batas waktu", "Tanpa batas waktu", r"tidak ada batas|tanpa batas|kapan saja"),
        Alternative("Sepanjang tahun, kapan saja", "Kapan saja", r"sepanjang tahun|kapan saja"),
        Alternative("Setelah kegiatan selesai", "Setelah kegiatan", r"setelah kegiatan|sesudah kegiatan"),
    ),
}


def alternatives(slot: Slot, fact: str) -> tuple[Alternative, ...]:
    """The wrong options a quiz about `fact` may draw from (before the draft's own words rule some out)."""
    if slot == Slot.COST:
        return _FREE_ALTERNATIVES if not is_free(fact) else _PAID_ALTERNATIVES
    return ALTERNATIVES.get(slot, ())


#: Every wrong option's short form, by its full text (the sticker's options).
SHORT_FORMS: dict[str, str] = {
    a.text: a.short for pool in (_PAID_ALTERNATIVES, _FREE_ALTERNATIVES, *ALTERNATIVES.values()) for a in pool
}

#: The slots a quiz asks about, the most useful to citizens first.
QUIZ_SLOTS: tuple[Slot, ...] = (
    Slot.COST, Slot.REQUIREMENTS, Slot.HOW, Slot.WHO, Slot.DEADLINE, Slot.WHERE, Slot.WHEN,
)
#: Kinds whose "how" and "requirements" are what citizens are asked to do (an appeal, a warning), not
#: how to take part.
NO_HOW_KINDS = frozenset({DraftKind.APPEAL, DraftKind.EMERGENCY, DraftKind.CLARIFICATION})

#: The question per slot; `{s}` is the draft's own name for what it offers.
QUESTIONS: dict[Slot, str] = {
    Slot.COST: "Berapa biaya {s} bagi warga?",
    Slot.REQUIREMENTS: "Apa syarat yang perlu disiapkan untuk {s}?",
    Slot.HOW: "Bagaimana cara warga ikut {s}?",
    Slot.WHO: "Untuk siapa {s}?",
    Slot.DEADLINE: "Apa batas waktu yang disebutkan untuk {s}?",
    Slot.WHERE: "Di mana lokasi {s}?",
    Slot.WHEN: "Kapan jadwal {s}?",
}
#: The question when the draft's name does not fit or gives the answer away (`{s}` from GENERIC_SUBJECT).
GENERIC_QUESTIONS: dict[Slot, str] = {
    **QUESTIONS,
    Slot.COST: "Berapa biaya yang perlu dibayar warga?",
    Slot.REQUIREMENTS: "Apa syarat yang perlu disiapkan warga?",
}
#: "How" differs by kind: how to take part in an event, how to get a service or a programme's benefit.
GENERIC_HOW: dict[DraftKind, str] = {
    DraftKind.SERVICE: "Bagaimana cara warga mendapatkan layanan ini?",
    DraftKind.ACHIEVEMENT: "Bagaimana cara warga mendapatkan manfaat program ini?",
}
GENERIC_HOW_DEFAULT = "Bagaimana cara warga ikut kegiatan ini?"

#: The subject when the draft's own name for it does not fit (or gives the answer away).
GENERIC_SUBJECT: dict[DraftKind, str] = {
    DraftKind.EVENT: "kegiatan ini",
    DraftKind.SERVICE: "layanan ini",
    DraftKind.ACHIEVEMENT: "program ini",
    DraftKind.APPEAL: "imbauan ini",
    DraftKind.CLARIFICATION: "informasi ini",
    DraftKind.EMERGENCY: "informasi ini",
    DraftKind.MEETING: "kegiatan ini",
}
