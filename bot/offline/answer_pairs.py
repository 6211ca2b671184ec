"""What a question asks and what a draft says for it, as pairs of patterns: a way without a phone, online or
in person, someone acting for the citizen, taking part again, where exactly, "do I pay?", school levels and
residence. `bot.offline.answer_find` scores a sentence up when it says what the question asks."""

from __future__ import annotations

import re

from bot.offline.asked import normalise

NO_PHONE_SAID = re.compile(r"\b(?:tidak|belum) (?:memiliki|punya|mempunyai|bisa menggunakan) (?:telepon pintar|ponsel|"
                            r"HP|smartphone|gawai|aplikasi)|\btanpa (?:aplikasi|ponsel|HP|gawai)\b", re.I)
PURPOSE_ASKED = re.compile(r"\b(?:manfaat|guna|tujuan|untung|pengaruh|ngaruh)\w*")
PURPOSE = re.compile(r"\b(?:bertujuan|tujuan\w*|manfaat\w*|agar|supaya|sehingga|diharapkan)\b", re.I)
QUOTED = re.compile(r"[\"“”]")
NO_PHONE = re.compile(r"\b(?:gak|ga|nggak|tidak|enggak|ngga|belum) (?:punya|bisa pakai|bisa|ada|pandai|paham|ngerti|"
                       r"mengerti) (?:hp|ponsel|smartphone|"
                       r"android|aplikasi|internet|kuota)\b")
FROM_PHONE = re.compile(r"\b(?:dari|lewat|pakai|via|di) (?:hp|ponsel|rumah|aplikasi|online)\b|\bonline\b")
NAMED_WAY = re.compile(r"\b(?:aplikasi|laman|situs|fitur|kanal)\s+(?:[A-Z][\w-]*|[\w-]+\.[\w.-]+)|\b\d{4}-\d{3,4}")
OFFLINE_WAY = re.compile(r"\b(?:manual|langsung|datang|loket|tanpa (?:aplikasi|ponsel|hp)|mendatangi|tatap muka|"
                          r"hadir)\b", re.I)
#: Stems of the steps every sentence about a service shares: they name no step of its own.
STEP_STEMS = frozenset({"daftar", "antri", "antre", "antrean", "antrian", "online", "daring", "nomor", "ambil",
                         "bayar"})
#: A step that must be done in person ("wawancara tatap muka", "wajib hadir sendiri").
IN_PERSON = re.compile(r"\b(?:tatap muka|wajib hadir|hadir sendiri|hadir langsung|datang langsung|"
                        r"tidak (?:bisa|dapat) (?:secara )?(?:daring|online))\b", re.I)
#: Someone else acting for the citizen, asked ("boleh diwakilkan?", "atas nama bapak") and in a rule.
PROXY_ASKED = re.compile(r"\b(?:diwakil\w*|wakilkan|wakili|atas nama|orang lain|diambilkan|diambilin|dititip\w*|"
                          r"surat kuasa)\b")
PROXY = re.compile(r"\b(?:diwakil\w*|surat kuasa|kuasa|atas nama|pemilik|hadir sendiri|wajib hadir|"
                    r"anggota keluarga)\b", re.I)
#: Taking part again, asked ("udh pernah dapet", "ikut lagi") and in a rule ("yang sudah pernah ... tidak").
AGAIN_ASKED = re.compile(r"\b(?:sudah|pernah) (?:pernah )?(?:ikut|dapat|dapet|terima|menerima)\b|\blagi\b|"
                          r"\b(?:ulang|kedua kali)\b")
AGAIN = re.compile(r"\b(?:sudah pernah|pernah (?:mengikuti|menerima|mendapat\w*)|tidak lagi|kembali|ganda|"
                    r"sedang menerima)\b", re.I)
#: Where exactly, asked ("lantai brp", "dkt apa") and said ("lantai 2", "di samping Masjid ...").
DETAIL_ASKED = re.compile(r"\b(?:lantai|gedung|ruang\w*|loket|pintu|blok|dekat|samping|seberang|sebelah|depan|"
                           r"belakang|patokan\w*)\b")
DETAIL = re.compile(r"\b(?:lantai|gedung|ruang|loket|pintu|blok|dekat|samping|seberang|sebelah|depan|belakang)\b",
                     re.I)
#: "Do I pay?" asked yes or no: the sentence that says it is free answers first.
PAY_ASKED = re.compile(r"\b(?:bayar|biaya|gratis|dipungut)\s+(?:gak|ga|nggak|tidak|enggak|kah)\b|"
                        r"\b(?:benar|apa|apakah) gratis\b")
ONLINE_WAY = re.compile(r"\b(?:aplikasi|daring|online|laman|situs|unduh|mengunduh|tautan)\b", re.I)

#: How a reply names an online way the draft never offers.
ONLINE = "cara daring (online)"
ONLINE_ASKED = re.compile(r"\b(?:online|daring|lewat (?:hp|ponsel|aplikasi|web|website|internet))\b")


def online_way_missing(question: str, draft: str) -> bool:
    """Whether `question` asks for an online way ("bisa daftar online?") and the draft offers none."""
    asked = normalise(question)
    if re.search(r"\b(?:gak|ga|nggak|tidak|enggak|tanpa)\s+(?:\w+\s+)?(?:online|daring)\b", asked):
        return False  # "kalau ga daftar online gimana?" asks the other way
    return bool(ONLINE_ASKED.search(asked)) and not ONLINE_WAY.search(draft)


#: School levels and degrees, asked and in a rule of who may take part.
LEVEL = re.compile(r"\b(?:S[123]|D[1-4]|SD|SMP|SMA|SMK|MA|MI|MTs|PAUD|TK|sarjana|diploma|magister|madrasah|sederajat|"
                    r"paket [ABC])\b", re.I)
#: Residence, asked ("ktp palu", "domisili", "warga luar") and as a rule ("ber-KTP", "berdomisili").
DOMICILE_ASKED = re.compile(r"\b(?:domisili|tinggal di|warga luar|orang luar|luar kota|luar daerah|luar provinsi)\b|"
                             r"\bktp (?:(?:saya|aku|ku|kami|gue)\s+)?"
                             r"(?!(?:nya|asli|fotokopi|el|elektronik|dan|atau|kk|suami|istri|bisa|"
                             r"boleh|harus|wajib|hilang|rusak|lama|baru|ibu|bapak|ortu|sudah|belum|masih|tapi|juga|"
                             r"cukup|yang|mati|ganda|sendiri|orang|dulu)\b)[a-z]{3,}")
DOMICILE = re.compile(r"\bber-?KTP\b|\bberdomisili\b|\bdomisili\b|\bpenduduk\b|\bluar (?:kota|daerah)\b|"
                       r"\b(?-i:KTP (?:Kota |Kabupaten |Provinsi |Kecamatan )?[A-Z][a-z]\w*)", re.I)
