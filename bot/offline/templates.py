"""Wording the offline engine adds around the draft's facts: calls to action, greetings,
labels and visual suggestions. Nothing here carries a fact (tests/test_facts.py checks it).
"""

from __future__ import annotations

from bot.core.models import PlatformName, Tone

#: One call to action per post, matching the facts (bot/offline/post_plan.py picks the action):
#: come to it, register, apply for relief, use a standing service, take the detour round a closure,
#: get ready for an outage (and tell the neighbours), keep a timetable, report, stay alert (and pass it
#: on), pass on a correction and not the rumour (knowledge/12), or pass it on. Never two share requests.
CTA: dict[str, dict[Tone, str]] = {
    "register": {
        "formal": "Silakan mendaftar sesuai cara di atas.",
        "friendly": "Yuk, daftar sekarang sesuai cara di atas!",
        "casual": "Gas daftar sekarang, caranya ada di atas ya!",
    },
    "attend": {
        "formal": "Mohon catat waktu dan tempatnya, lalu silakan datang.",
        "friendly": "Catat waktu dan tempatnya, lalu datang, ya!",
        "casual": "Catat waktunya dan langsung datang ya!",
    },
    "apply": {
        "formal": "Silakan mengajukan permohonan sesuai cara di atas.",
        "friendly": "Yuk, ajukan sesuai cara di atas!",
        "casual": "Langsung ajukan, caranya ada di atas ya!",
    },
    "use": {
        "formal": "Silakan manfaatkan layanan ini.",
        "friendly": "Yuk, manfaatkan layanan ini!",
        "casual": "Langsung manfaatkan layanannya ya!",
    },
    "detour": {
        "formal": "Mohon atur perjalanan dan gunakan jalur alternatif.",
        "friendly": "Atur perjalananmu dan pakai jalur alternatif, ya!",
        "casual": "Atur perjalanan dan lewat jalur lain dulu ya!",
    },
    "prepare": {
        "formal": "Mohon simpan informasi ini dan bersiap sebelum waktunya; kabarkan kepada tetangga yang terdampak.",
        "friendly": "Simpan info ini dan bersiap sebelum waktunya, ya! Kabari juga tetangga yang terdampak.",
        "casual": "Simpan infonya dan siap-siap ya, kabari tetangga juga!",
    },
    "schedule": {
        "formal": "Mohon simpan jadwal ini dan rencanakan perjalanan Anda.",
        "friendly": "Simpan jadwal ini dan rencanakan perjalananmu, ya!",
        "casual": "Simpan jadwalnya, atur perjalananmu ya!",
    },
    "act": {
        "formal": "Mohon jalankan imbauan di atas dan ajak keluarga serta tetangga.",
        "friendly": "Yuk, jalankan imbauan di atas dan ajak keluarga serta tetangga!",
        "casual": "Yuk, jalankan imbauannya, ajak tetangga juga!",
    },
    "online": {
        "formal": "Silakan mengurusnya secara daring sesuai cara di atas.",
        "friendly": "Yuk, urus secara online sesuai cara di atas!",
        "casual": "Langsung urus online, caranya ada di atas ya!",
    },
    "report": {
        "formal": "Silakan melapor melalui saluran di atas.",
        "friendly": "Yuk, laporkan lewat saluran di atas!",
        "casual": "Langsung lapor lewat saluran di atas ya!",
    },
    "alert": {
        "formal": "Mohon tetap waspada dan teruskan informasi ini kepada keluarga serta tetangga.",
        "friendly": "Tetap waspada, ya! Bagikan info ini ke keluarga dan tetangga.",
        "casual": "Tetap waspada ya, bagikan ke keluarga dan tetangga!",
    },
    "correct": {
        "formal": "Mohon tidak meneruskan pesan yang keliru; bagikan informasi yang benar ini kepada keluarga.",
        "friendly": "Jangan teruskan pesan yang keliru, ya. Bagikan info yang benar ini ke keluarga!",
        "casual": "Stop sebar pesan yang keliru, bagikan info yang benar ini ya!",
    },
    "share": {
        "formal": "Mohon bagikan informasi ini kepada keluarga dan tetangga.",
        "friendly": "Bagikan ke keluarga dan tetangga, yuk, biar makin banyak yang tahu!",
        "casual": "Bagikan ke keluarga dan tetangga ya, biar semua tahu!",
    },
}
CTA_SHORT: dict[str, dict[Tone, str]] = {
    "register": {
        "formal": "Silakan mendaftar.", "friendly": "Yuk, daftar sekarang!", "casual": "Gas daftar sekarang!",
    },
    "attend": {"formal": "Silakan datang.", "friendly": "Yuk, datang!", "casual": "Langsung datang ya!"},
    "apply": {"formal": "Silakan mengajukan.", "friendly": "Yuk, ajukan!", "casual": "Langsung ajukan ya!"},
    "use": {"formal": "Silakan dimanfaatkan.", "friendly": "Yuk, manfaatkan!", "casual": "Yuk, langsung dimanfaatkan!"},
    "detour": {"formal": "Mohon gunakan jalur alternatif.",
               "friendly": "Pakai jalur alternatif, ya!",
               "casual": "Lewat jalur lain dulu ya!"},
    "prepare": {"formal": "Mohon simpan informasi ini.", "friendly": "Simpan info ini, ya!",
                "casual": "Simpan infonya ya!"},
    "schedule": {"formal": "Mohon simpan jadwalnya.", "friendly": "Simpan jadwalnya, ya!",
                 "casual": "Simpan jadwalnya ya!"},
    "act": {"formal": "Mohon jalankan imbauan ini.", "friendly": "Yuk, jalankan imbauannya!",
            "casual": "Yuk, jalankan ya!"},
    "online": {"formal": "Silakan urus secara daring.", "friendly": "Yuk, urus online!",
               "casual": "Langsung urus online ya!"},
    "report": {"formal": "Silakan melapor.", "friendly": "Yuk, laporkan!", "casual": "Langsung lapor ya!"},
    "alert": {"formal": "Mohon tetap waspada.", "friendly": "Tetap waspada, ya!", "casual": "Tetap waspada ya!"},
    "correct": {"formal": "Mohon bagikan yang benar.", "friendly": "Bagikan yang benar, yuk!",
                "casual": "Sebar yang benar ya!"},
    "share": {"formal": "Mohon bantu bagikan.", "friendly": "Bagikan ke keluarga, yuk!", "casual": "Bagikan ya!"},
}
#: Actions whose call already asks citizens to pass the post on.
SHARING = frozenset({"alert", "correct", "prepare", "share"})
ASK: dict[Tone, str] = {
    "formal": "Jika ada pertanyaan, silakan tulis di kolom komentar.",
    "friendly": "Ada pertanyaan? Tulis di kolom komentar.",
    "casual": "Ada yang mau ditanyain? Tulis di komentar ya!",
}
#: WhatsApp: passing the message on, added only when the call to action does not already ask it.
WA_ASK: dict[Tone, str] = {
    "formal": "Teruskan informasi ini kepada yang membutuhkan.",
    "friendly": "Teruskan info ini ke yang membutuhkan, ya.",
    "casual": "Teruskan ke yang butuh ya!",
}
GREETING: dict[Tone, str] = {
    "formal": "Salam sejahtera, Bapak/Ibu.", "friendly": "Halo, Warga! 👋", "casual": "Hai, Sobat! 👋",
}
GREETING_FROM: dict[Tone, str] = {
    "formal": " Berikut informasi dari {name}.",
    "friendly": " Ada info dari {name}.",
    "casual": " Ada info dari {name} nih.",
}
VISUAL: dict[PlatformName, str] = {
    "instagram": "Carousel: slide pertama memuat kalimat utama dengan huruf besar, slide berikutnya infografis "
    "({labels}); pakai foto warga atau layanannya, bukan foto pejabat di podium.",
    "facebook": "Infografis satu gambar ({labels}) ditambah foto suasana layanan; sematkan jawaban atas "
    "pertanyaan yang sering muncul di komentar.",
    "x": "Satu gambar infografis ringkas ({labels}) dengan teks alternatif, agar isi utama tetap muat.",
    "tiktok": "Video pendek vertikal: detik pertama langsung menunjukkan manfaatnya, lalu teks di "
    "layar satu per adegan ({labels}); tutup dengan ajakan.",
    "whatsapp": "Poster vertikal ({labels}); bila perlu masukan warga, pakai fitur jajak pendapat (polling).",
}
