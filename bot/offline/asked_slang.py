"""The spelling table of online comments: slang, abbreviations and spoken forms spelled out, token by token.

`spoken` reads one token: the table of slang (`_SLANG`, with the regional tables of `bot.offline.asked_words`),
a spoken "ng-" verb, a slot word with a regional enclitic, and the Malay final "-o" of Palembang, Jambi,
Minang and Bengkulu speech ("mano", "berapo", "biso", "linknyo"), read as the standard "-a" word when that
word is one the tables already spell out to. The last is a sound law of those dialects, not a word list:
"foto" or "kilo" stay, as "fota" and "kila" are no words of the tables.
"""

from __future__ import annotations

import re

from bot.offline.asked_words import ENCLITIC, ENCLITIC_ROOTS, REGIONAL, SPOKEN_REGIONAL

#: Slang and abbreviations of online comments, normalised before the slot rules run.
_SLANG = {
    "brp": "berapa", "brapa": "berapa", "jm": "jam", "dmn": "dimana", "dmana": "dimana", "dimn": "dimana",
    "gmn": "gimana", "gmana": "gimana", "gmna": "gimana", "kpn": "kapan", "kapn": "kapan", "tgl": "tanggal",
    "sampe": "sampai", "ampe": "sampai", "kmn": "kemana", "kmana": "kemana", "telp": "telepon",
    "telpon": "telepon", "tlp": "telepon", "ditelpon": "ditelepon", "nelpon": "telepon", "nelfon": "telepon",
    "menelpon": "telepon", "menelepon": "telepon", "nelepon": "telepon", "no": "nomor", "nmr": "nomor",
    "byr": "bayar", "gratiss": "gratis", "syaratnya": "syarat", "taun": "tahun", "thn": "tahun", "th": "tahun",
    "bln": "bulan", "umurnya": "umur", "usianya": "usia", "caranya": "cara", "lokasinya": "lokasi",
    "daptar": "daftar", "dftr": "daftar", "daftarnya": "daftar", "alamatnya": "alamat", "ngungsi": "mengungsi",
    "bs": "bisa", "bsa": "bisa", "ikutan": "ikut", "lapornya": "lapor", "nomornya": "nomor", "biayanya": "biaya",
    "bayarnya": "bayar", "jamnya": "jam", "harganya": "harga", "linknya": "link", "hubungin": "hubungi",
    "ngungsinya": "mengungsi", "ngantri": "antri", "ngantre": "antri", "pake": "pakai", "dr": "dari",
    "mengungsinya": "mengungsi", "downloadnya": "download", "bener": "benar",
    "beneran": "benar", "brarti": "berarti", "brrti": "berarti", "brati": "berarti", "hoax": "hoaks",
    "targetnya": "target", "nunggak": "menunggak", "nunggaknya": "menunggak",
    "selesainya": "selesai", "kelar": "selesai", "kelarnya": "selesai",
    # regional and spoken forms (Minang, Bengkulu, Papua, Manado)
    "apo": "apa", "ado": "ada", "dak": "tidak", "tra": "tidak", "trada": "tidak ada", "su": "sudah",
    "so": "sudah", "udh": "sudah", "udah": "sudah", "dah": "sudah", "msh": "masih", "blm": "belum",
    "skrg": "sekarang", "gk": "gak", "ngga": "nggak", "tdk": "tidak", "jg": "juga", "ilang": "hilang",
    "download": "unduh", "didownload": "unduh", "ultah": "ulang tahun", "mo": "mau", "sm": "sama",
    "sy": "saya", "sa": "saya", "aq": "aku", "ak": "aku", "lgsg": "langsung", "lgs": "langsung",
    "dtg": "datang", "hrs": "harus", "sblm": "sebelum", "sblum": "sebelum", "trs": "terus", "trus": "terus",
    "nyusul": "menyusul", "sempet": "sempat", "antriannya": "antrian",
    "krn": "karena", "krna": "karena", "abis": "habis", "dpt": "dapat", "org": "orang", "tetep": "tetap",
    "ngurus": "urus", "ato": "atau", "ntar": "nanti", "ngecek": "cek", "ngeceknya": "cek", "rs": "rumah sakit",
    "bb": "berat badan", "tb": "tinggi badan", "kemaren": "kemarin",
    # Javanese and Surabaya forms
    "opo": "apa", "ora": "tidak", "ra": "tidak", "nduwe": "punya", "duwe": "punya",
    "piye": "gimana", "carane": "cara", "mbayar": "bayar", "bayare": "bayar", "nganti": "sampai",
    "sampek": "sampai", "iso": "bisa", "dino": "hari", "setu": "sabtu", "kerjo": "kerja",
    # Batak and Malay forms
    "cemana": "gimana",
    # more Javanese, Riau Malay, Sundanese and Makassar forms
    "piro": "berapa", "pira": "berapa", "wae": "saja", "syarate": "syarat", "antrine": "antrian",
    "dibatesi": "dibatasi", "neng": "di", "nang": "di", "nek": "kalau", "tekane": "datang", "jame": "jam",
    "ape": "apa", "tak": "tidak", "buke": "buka", "kene": "kena", "je": "saja", "ni": "ini",
    "teu": "tidak", "tiasa": "bisa", "blum": "belum", "blom": "belum", "umurku": "umur aku",
    "usiaku": "usia aku", "umurmu": "umur kamu",
    **SPOKEN_REGIONAL,
    # spellings of everyday words
    "plat": "pelat", "taunan": "tahunan", "tp": "tapi", "lg": "lagi", "dkt": "dekat", "deket": "dekat",
    "nomer": "nomor", "nomere": "nomor", "nomernya": "nomor", "mayar": "bayar", "isih": "masih", "jua": "juga",
    "jugak": "juga", "juo": "juga",
    "onlen": "online", "disalurin": "disalurkan", "diwakili": "diwakilkan", "nyicil": "cicil", "dinaikin": "dinaikkan",
}


#: The standard words the tables spell out to: a Malay "-o" form is read as one of these only.
_STANDARD: frozenset[str] = frozenset(
    word for table in (_SLANG, REGIONAL, SPOKEN_REGIONAL) for value in table.values() for word in value.split())


def malay_o(token: str) -> str | None:
    """The standard word of a Malay final "-o" form ("mano" -> "mana", "daftarnyo" -> "daftarnya"), or None."""
    if len(token) < 3 or not token.endswith("o"):
        return None
    if token.endswith("nyo") and len(token) > 5:
        return token[:-1] + "a"  # the enclitic "-nyo" is "-nya" whatever its root
    standard = token[:-1] + "a"
    return standard if standard in _STANDARD else None


def spoken(token: str) -> str:
    """A token with its slang spelled out, and a slot word's enclitic dropped ("kuotane" -> "kuota")."""
    if token in _SLANG:
        return _SLANG[token]
    if token in REGIONAL:
        return REGIONAL[token]
    if re.fullmatch(r"ng[aeiou]\w{4,}", token):
        return "me" + token  # spoken "ngajukan", "ngambil": the "meng-" verb the draft writes
    if (standard := malay_o(token)) is not None:
        return spoken(standard)
    match = ENCLITIC.match(token)
    return match.group(1) if match and match.group(1) in ENCLITIC_ROOTS else token
