"""Words for the OCR benchmark's images: citizens' comments, commenters' names and release pages.

A small grammar, not a list of sentences: each comment is built from a register (complaint,
question, hoax, praise, sarcasm), slots filled at random and a slang pass ("gimana" -> "gmn"), so
that a seed gives hundreds of different comments, short and long.
"""

from __future__ import annotations

import random

PLACES = ["Jl. Merdeka", "pasar Cibubur", "depan SDN 3", "kelurahan Sukajadi", "perempatan Tugu",
          "terminal Kampung Rambutan", "puskesmas Tanjung", "RSUD kota", "alun-alun", "jembatan Kali Deres",
          "gang Mawar", "desa Sumbersari", "stasiun Bogor", "halte Senen", "kecamatan Cilandak"]
PROBLEMS = ["jalannya rusak parah", "lampu jalannya mati", "sampahnya numpuk", "banjir lagi",
            "air PDAM nggak ngalir", "antrean BPJS panjang banget", "macet total", "got mampet",
            "pohon tumbang belum diangkat", "pungli parkir masih ada", "jadwal bus nggak jelas",
            "pelayanan KTP lambat", "lubang di jalan makin besar", "bau limbah pabrik"]
SINCE = ["dari minggu lalu", "udah 3 bulan", "sejak lebaran", "tiap hujan", "dari kemarin sore",
         "udah setahun lebih", "tiap pagi", "sampai sekarang"]
DEMANDS = ["tolong segera diperbaiki", "mohon ditindaklanjuti", "kapan mau diberesin",
           "jangan cuma janji", "tolong dicek ke lapangan", "warga udah capek lapor",
           "mohon perhatiannya bapak ibu", "pemkot harus turun tangan"]
GREETS = ["Min", "Admin", "Pak", "Bu", "Halo min", "Permisi min", "Kak admin", "Assalamualaikum min", ""]
QUESTIONS = ["daftar vaksin booster di mana ya", "syarat bikin KTP baru apa aja",
             "program sembako murah buka sampai kapan", "pendaftaran sekolah gratis lewat mana",
             "bus sekolah lewat jalur mana aja", "posko banjir yang terdekat di mana",
             "kalau KK hilang ngurusnya gimana", "beasiswa tahun ini dibuka kapan",
             "bayar pajak motor bisa online nggak", "pasar murah minggu ini jam berapa",
             "lowongan petugas kebersihan masih ada", "izin usaha mikro bisa diurus di kecamatan"]
QUESTION_TAILS = ["", "makasih", "mohon infonya", "soalnya bingung", "ditunggu jawabannya",
                  "udah tanya RT tapi belum tahu", "link di bio nggak bisa dibuka"]
HOAX = ["Katanya bantuan tunai dihentikan bulan depan", "Denger-denger air PDAM tercemar bakteri",
        "Ada kabar jembatan mau ditutup setahun", "Beredar pesan pendaftaran pakai bayar 50 ribu",
        "Info dari grup WA katanya sekolah libur sebulan", "Katanya KTP lama nggak berlaku lagi",
        "Kabarnya pasar mau digusur tanpa ganti rugi", "Ada yang bilang vaksinnya bikin sakit"]
HOAX_TAILS = ["bener nggak sih", "mohon klarifikasi", "warga pada panik", "ini hoaks apa bukan",
              "tolong dijelasin", "sudah viral di grup"]
PRAISE = ["Mantap pelayanannya", "Terima kasih sudah gerak cepat", "Keren programnya",
          "Salut buat petugas di lapangan", "Akhirnya jalannya mulus", "Puas banget sama layanan online",
          "Semoga programnya lanjut terus", "Respon adminnya cepat"]
PRAISE_TAILS = ["", "sukses terus", "lanjutkan", "bangga jadi warga sini", "semoga makin baik",
                "contoh buat daerah lain"]
SARCASM = ["Wah hebat, lapor sebulan baru dibalas", "Programnya bagus di poster doang",
           "Katanya kota pintar tapi lampu merah mati", "Pencitraan terus ya",
           "Bagus sih, kalau beneran jalan"]
SLANG = {"gimana": "gmn", "admin": "min", "sudah": "udh", "banget": "bgt", "tidak": "gak",
         "yang": "yg", "sama": "sm", "terima kasih": "makasih", "belum": "blm", "dengan": "dgn",
         "udah": "udh", "nggak": "ga", "kapan": "kpn", "tolong": "tlg", "bisa": "bs"}
EMOJI = ["\u2665", "\u263a", "\u2605", "\u2714", "\u2639", "\u263a\u263a", "\u2665\u2665"]

FIRST = ["Budi", "Siti", "Rina", "Agus", "Dewi", "Andi", "Putri", "Joko", "Wahyu", "Nurul", "Fajar",
         "Intan", "Rizky", "Ayu", "Hendra", "Maya", "Dimas", "Lestari", "Yusuf", "Citra", "Bayu", "Ratna"]
LAST = ["Santoso", "Rahmawati", "Hidayat", "Pratama", "Wijaya", "Lubis", "Siregar", "Saputra",
        "Nugroho", "Kusuma", "Harahap", "Setiawan", "Permata", "Gunawan", "Hasibuan", "Utami"]


def _slang(text: str, rng: random.Random, rate: float) -> str:
    for full, short in SLANG.items():
        if full in text and rng.random() < rate:
            text = text.replace(full, short, 1)
    return text


def _sentence(rng: random.Random) -> str:
    register = rng.choice(["complaint", "complaint", "question", "question", "hoax", "praise", "sarcasm"])
    if register == "complaint":
        parts = [rng.choice(GREETS), rng.choice(PLACES), rng.choice(PROBLEMS), rng.choice(SINCE)]
        text = " ".join(p for p in parts if p) + ", " + rng.choice(DEMANDS)
    elif register == "question":
        text = " ".join(p for p in (rng.choice(GREETS), "mau tanya", rng.choice(QUESTIONS)) if p) + "?"
        tail = rng.choice(QUESTION_TAILS)
        text += f" {tail[0].upper()}{tail[1:]}" if tail else ""
    elif register == "hoax":
        text = f"{rng.choice(HOAX)}, {rng.choice(HOAX_TAILS)}?"
    elif register == "praise":
        tail = rng.choice(PRAISE_TAILS)
        text = rng.choice(PRAISE) + (f", {tail}" if tail else "")
    else:
        text = rng.choice(SARCASM)
    return text[0].upper() + text[1:]


def comment_text(rng: random.Random) -> str:
    """One citizen's comment: one to four sentences, slang at a random rate."""
    count = rng.choices([1, 2, 3, 4], weights=[4, 4, 2, 1])[0]
    sentences = []
    for _ in range(count):
        sentence = _sentence(rng)
        if sentence[-1] not in ".?!":
            sentence += rng.choice([".", "!", "", ".."]) if rng.random() < 0.7 else ""
        sentences.append(sentence)
    return _slang(" ".join(sentences).replace("  ", " "), rng, rng.choice([0.0, 0.3, 0.7]))


def commenter(rng: random.Random) -> str:
    """A display name or a handle as platforms show them."""
    first, last = rng.choice(FIRST), rng.choice(LAST)
    style = rng.randrange(4)
    if style == 0:
        return f"{first} {last}"
    if style == 1:
        return f"{first.lower()}_{last.lower()}{rng.randrange(10, 99)}"
    if style == 2:
        return f"{first.lower()}.{last[0].lower()}"
    return f"{first} {last[0]}."


AGENCIES = ["DINAS KESEHATAN", "DINAS PERHUBUNGAN", "DINAS PENDIDIKAN", "DINAS SOSIAL",
            "BADAN PENANGGULANGAN BENCANA DAERAH", "DINAS LINGKUNGAN HIDUP"]
CITIES = ["KOTA BOGOR", "KABUPATEN SLEMAN", "KOTA MEDAN", "KABUPATEN BANYUWANGI", "KOTA MAKASSAR"]
ACTIVITIES = ["vaksinasi gratis", "pasar murah", "pemeriksaan kesehatan gratis", "pelatihan kerja",
              "pendaftaran beasiswa", "layanan KTP keliling", "kerja bakti massal", "donor darah"]
MONTHS = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September"]


def release_page(rng: random.Random) -> list[str]:
    """A press release as paragraphs of lines (letterhead, title, body), for photos of printed text."""
    city, agency, act = rng.choice(CITIES), rng.choice(AGENCIES), rng.choice(ACTIVITIES)
    day, month, year = rng.randrange(1, 28), rng.choice(MONTHS), rng.choice([2025, 2026])
    place = rng.choice(PLACES)
    number = f"{rng.randrange(100, 999)}/{rng.randrange(10, 99)}/HUMAS/{year}"
    body = [
        f"{agency.title()} {city.title()} menggelar {act} pada tanggal {day} {month} {year} "
        f"mulai pukul {rng.randrange(7, 10)}.00 WIB di {place}. Kegiatan ini terbuka bagi seluruh warga "
        "dengan membawa KTP dan Kartu Keluarga asli.",
        f"Kepala {agency.title()} menyampaikan bahwa kuota peserta dibatasi {rng.randrange(100, 900)} orang "
        "per hari sehingga warga diminta datang sesuai jadwal kelurahan masing-masing.",
        f"Informasi lebih lanjut dapat diperoleh melalui layanan pengaduan 112 atau kantor kelurahan "
        f"setempat pada hari kerja pukul 08.00 sampai {rng.randrange(14, 16)}.00 WIB.",
    ]
    rng.shuffle(body[1:])
    return [f"PEMERINTAH {city}", agency, "", "SIARAN PERS", f"Nomor: {number}",
            f"Perihal: {act.title()} untuk Warga", "", *body]
