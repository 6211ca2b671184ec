"""Wording the offline engine adds around the draft's facts: calls to action, greetings,
labels and visual suggestions. Nothing here carries a fact (tests/test_facts.py checks it).
"""

from __future__ import annotations

from bot.core.models import PlatformName, Tone

CTA: dict[str, dict[Tone, str]] = {
    "registration": {
        "formal": "Silakan mendaftar sesuai cara di atas.",
        "friendly": "Yuk, daftar sekarang sesuai cara di atas!",
        "casual": "Gas daftar sekarang, caranya ada di atas ya!",
    },
    "event": {
        "formal": "Mohon catat tanggalnya agar tidak terlewat.",
        "friendly": "Catat tanggalnya dan jangan sampai terlewat, ya!",
        "casual": "Catat tanggalnya, jangan sampai kelewatan ya!",
    },
    "alert": {
        "formal": "Mohon tetap waspada dan teruskan informasi ini kepada keluarga serta tetangga.",
        "friendly": "Tetap waspada, ya! Bagikan info ini ke keluarga dan tetangga.",
        "casual": "Tetap waspada ya, bagikan ke keluarga dan tetangga!",
    },
    "closure": {
        "formal": "Mohon atur perjalanan Anda dan teruskan informasi ini kepada keluarga.",
        "friendly": "Yuk, atur perjalanan dan bagikan info ini ke keluarga!",
        "casual": "Atur rute dari sekarang ya, bagikan ke keluarga juga!",
    },
    "info": {
        "formal": "Mohon bagikan informasi ini kepada keluarga dan tetangga.",
        "friendly": "Bagikan ke keluarga dan tetangga, yuk, biar makin banyak yang tahu!",
        "casual": "Bagikan ke keluarga dan tetangga ya, biar semua tahu!",
    },
}
CTA_SHORT: dict[str, dict[Tone, str]] = {
    "registration": {
        "formal": "Silakan mendaftar.", "friendly": "Yuk, daftar sekarang!", "casual": "Gas daftar sekarang!",
    },
    "event": {
        "formal": "Mohon catat tanggalnya.", "friendly": "Catat tanggalnya, yuk!", "casual": "Catat tanggalnya ya!",
    },
    "alert": {"formal": "Mohon tetap waspada.", "friendly": "Tetap waspada, ya!", "casual": "Tetap waspada ya!"},
    "closure": {
        "formal": "Mohon atur perjalanan Anda.", "friendly": "Yuk, atur perjalanan!", "casual": "Atur rute ya!",
    },
    "info": {"formal": "Mohon bantu bagikan.", "friendly": "Bagikan ke keluarga, yuk!", "casual": "Bagikan ya!"},
}
ASK: dict[Tone, str] = {
    "formal": "Jika ada pertanyaan, silakan tulis di kolom komentar.",
    "friendly": "Ada pertanyaan? Tulis di kolom komentar.",
    "casual": "Ada yang mau ditanyain? Tulis di komentar ya!",
}
WA_ASK: dict[Tone, str] = {
    "formal": "Simpan dan teruskan informasi ini kepada yang membutuhkan.",
    "friendly": "Simpan dan teruskan info ini ke yang membutuhkan, ya.",
    "casual": "Simpan dan terusin ke yang butuh ya!",
}
GREETING: dict[Tone, str] = {
    "formal": "Salam sejahtera, Bapak/Ibu.", "friendly": "Halo, Warga! 👋", "casual": "Hai, Sobat! 👋",
}
GREETING_FROM: dict[Tone, str] = {
    "formal": " Berikut informasi dari {name}.",
    "friendly": " Ada info dari {name}.",
    "casual": " Ada info dari {name} nih.",
}
EMOJI: dict[str, str] = {
    "Apa": "📌", "Kapan": "📅", "Di mana": "📍", "Biaya": "💰", "Harga": "🏷️", "Cara ikut": "📝", "Syarat": "🧾",
    "Info": "📞",
}
VISUAL: dict[PlatformName, str] = {
    "instagram": "Carousel: slide pertama memuat kalimat utama dengan huruf besar, slide berikutnya infografis "
    "({labels}); pakai foto warga atau layanannya, bukan foto pejabat di podium.",
    "facebook": "Infografis satu gambar ({labels}) ditambah foto suasana layanan; sematkan jawaban atas "
    "pertanyaan yang sering muncul di komentar.",
    "x": "Satu gambar infografis ringkas ({labels}) dengan teks alternatif, agar isi utama tetap muat.",
    "tiktok": "Video pendek vertikal: detik pertama langsung menunjukkan manfaatnya, lalu teks di layar "
    "({labels}); tutup dengan ajakan.",
    "whatsapp": "Poster vertikal ({labels}); bila perlu masukan warga, pakai fitur jajak pendapat (polling).",
}
PLATFORM_BODY: dict[PlatformName, int] = {"instagram": 2, "facebook": 4, "x": 0, "tiktok": 0, "whatsapp": 1}
