"""Ads and bait in comments: online gambling and loans, sales links, a bare link, a phishing testimony.

Spam to hide, whatever else the comment says; a comment that asks about such a thing or passes it on as
hearsay (`ASKS_OR_HEARSAY`) is not the ad itself. The patterns also serve as features of the classifier.
"""

from __future__ import annotations

import re

_I = re.IGNORECASE

#: A sentence that asks about campaign words or passes them on as hearsay ("bisa nyoblos pake suket?",
#: "kabarnya kotak suara udh diisi ... yg nyoblos tinggal formalitas"): the campaign rule is not sure of it.
ASKS_OR_HEARSAY = re.compile(
    r"\b(?:katanya|kabarnya|konon|denger2|dengar2|denger-denger|dengar-dengar|kata\s+orang\w*|gitu\s+kata|"
    r"beneran|bener\s*(?:kah|ga|gak|nggak|ngga|nih)|benarkah|apa\s+bener|masa\s+sih|"
    r"(?:kabar|info|pesan)\s+(?:dari|dr)|beredar|pesan\s+berantai)\b",
    _I,
)

#: Online gambling and online loans: spam whatever else the comment says.
GAMBLING_LOANS = re.compile(
    r"\b(?:slot\s*gacor|gacor\d*|maxwin|togel|judol|judi\s*online|situs\s+(?:slot|judi)|scatter|rtp\s+live|"
    r"slot\s*\d{2,3}|\d+\s*d\s+(?:login|daftar)|"
    # a deposit or a withdrawal with its amount: gambling's cash-out talk ("depo 10rb", "wd 3jt")
    r"(?:depo|wd)\s*\d+(?:[.,]\d+)?\s*(?:rb|ribu|k|jt|juta)|"
    r"pinjol|pinjaman\s+online|(?:pinjem|minjem|minjam)\s+(?:online|onlen)|dana\s+cepat|cair\s+cepat|pinjaman\s+tanpa\s+(?:agunan|jaminan)|kredit\s+cepat|"
    # a loan app praised ("pinjaman di aplikasi X ... bunganya kecil")
    r"pinjaman\s+(?:di|lewat|dari|pakai)\s+aplikasi|aplikasi\s+pinjaman)\b",
    _I,
)
#: The bare names of online loans and gambling: an ad only beside an ad's cue. "dijual ke pinjol", "ketahuan main
#: judol" report or claim something about them (round 12e).
_NAMED_ONLY = re.compile(r"(?:pinjol|pinjaman\s+online|(?:pinjem|minjem|minjam)\s+(?:online|onlen)|judol|judi\s*online|"
                         r"togel)", _I)
_AD_CUE = re.compile(r"\b(?:cair|tanpa\s+(?:bi|jaminan|agunan)|bunga|limit|referal|kode|acc|wa|hub\w*|dm|link|bio|"
                     r"story|login|bandar|diskon|terpercaya|deposit|langsung|syarat|promo|aplikasi|playstore|play\s+store|"
                     r"appstore)\b|"
                     r"(?:\+?62|0)8\d", _I)


def gambling_or_loan_ad(low: str) -> bool:
    """Online gambling or loans advertised: a word only ads use ("gacor", "depo 10rb", "cair cepat"), or a bare
    name ("pinjol", "judol") beside an ad's cue."""
    found = [m.group(0) for m in GAMBLING_LOANS.finditer(low)]
    if any(not _NAMED_ONLY.fullmatch(word) for word in found):
        return True
    return bool(found) and _AD_CUE.search(low) is not None and not ASKS_OR_HEARSAY.search(low)


#: A domain after "@" is an e-mail address, no link ("kabari ke email sy rina@gmail.com" is personal data).
LINK = re.compile(r"https?://|www\.|\bbit\.ly\b|\bs\.id/|(?<![@.\w-])[\w-]+\.(?:com|xyz|site|online|shop|club|vip|me|"
                  r"link)\b", _I)
SALES = re.compile(
    r"\b(?:promo|diskon|order|jual|dijual|reseller|dropship|open\s+po|cuan|investasi|trading|giveaway|"
    r"endorse|follow\s*back|cek\s+bio|klik\s+link|link\s+di\s+bio|daftar\s+sekarang|bonus|deposit|modal|"
    r"penghasilan|gaji|loker|lowongan|wa\s*:?\s*0?8\d|hub(?:ungi)?\s*:?\s*0?8\d)\b",
    _I,
)
#: An ad for a service beside its contact number ("jasa pembuatan SIM tanpa tes ... hub wa 0812 ..."): the number
#: is the seller's, no one's personal data; the classifier weighs it (round 15f: SALES's "wa 08.." never matched a
#: whole number, so every such ad with a number was sure personal data).
SERVICE_AD = re.compile(r"\b(?:jasa(?!\s+raharja)|joki|tanpa\s+(?:tes|test|ujian|antri|antre|ribet)|kilat|fee|"
                        r"dijamin\s+(?:lulus|lolos|jadi|beres|tembus|diterima|aman)|murah|melayani|sedia|"
                        r"terima\s+(?:pesanan|order|jasa)|ready\s+stok|24\s*jam)\b", _I)

#: A gambling site's brand ("jago4d", "koi55", "mantap168") beside a word of winning or cashing out. A word
#: and a lone "2" is a reduplication ("anak2 main", "bagi2"), no brand: 9 of the 29 spam verdicts of the sure
#: rules on all our comment sets were that (round 8a audit).
GAMBLING_BRAND = re.compile(
    r"\b(?!(?:rt|rw|no|km|jl|kk|nik|blok|tps|sdn?|smpn?|sman?|smkn?|covid|pkh|bpjs|kelas|ruang|pos|gg|lt|rs)\d)"
    r"[a-z]{3,}(?!2\b)\d{1,3}d?\b"
    r"(?=.*\b(?:main|maen|wd|withdraw|depo|deposit|jp|jackpot|gacor|maxwin|menang|hoki|login|cuan|sugih|kaya|"
    r"lunas|rezeki|dm|daftar)\b)"
    r"|\b(?:main|maen|wd|depo|login|daftar)\s+(?:\w+\s+){0,3}?(?:di|ke|neng|nang)\s+[a-z]{3,}\d{2,3}d?\b",
    _I,
)

#: A link and its path (to see what a comment says besides its links).
LINK_TOKEN = re.compile(r"(?:https?://|www\.)\S+|\b(?:bit\.ly|s\.id)/\S*|\b[\w-]+(?:\.[\w-]+)*\.(?:com|xyz|site|online|shop|"
                        r"club|vip|me|link)\b\S*", _I)


#: Aid a commenter says they received, beside a link that is no government's ("alhamdulillah sy udh terima bantuan
#: 3,5jt ..., daftarnya lewat bit.ly/..."): a phishing testimony, unless the comment asks about it or warns of it.
#: (A broadcast of the same bait, "BLT cair lagi, daftar lewat link ...", is a claim to correct: the classifier's.)
_AID_BAIT = re.compile(r"\b(?:bansos|bantuan|subsidi|hadiah|blt|pkh|dana\s+(?:hibah|bantuan|desa))\b", _I)
_RECEIVED = re.compile(r"\b(?:alhamdulillah|sy|saya|aku|gue|gw|kami)\b(?:\s+\S+){0,6}?\s+"
                       r"(?:terima|menerima|dapat|dapet|cair|dicairkan|masuk)\b", _I)
_WARNED = re.compile(r"\b(?:hoaks|hoax|penipuan|nipu|modus|waspada|hati[\s-]*hati|jangan\s+(?:klik|diklik|percaya)|"
                     r"resmi\s+(?:gak|ga|nggak|tidak|kah|bukan)|asli\s+(?:gak|ga|nggak|tidak|kah))\b", _I)


def aid_bait_link(low: str) -> bool:
    """A link that is not a government site beside aid on offer, neither asked about nor warned of."""
    return bool(LINK.search(low) and _AID_BAIT.search(low) and _RECEIVED.search(low) and "go.id" not in low
                and not ASKS_OR_HEARSAY.search(low) and not _WARNED.search(low) and "?" not in low)


#: A seller pointing to where to buy ("cek bio ya kak", "cek katalog di bio", "order di toko kami", "DM
#: @jasaberkas_kilat" beside a service on offer): an ad without a link.
_TO_THE_BIO = re.compile(r"\b(?:cek|intip|lihat|liat|klik|katalog|order|pesan)\s+(?:\w+\s+){0,2}?(?:di\s+)?bio\b", _I)
_OUR_SHOP = re.compile(r"\b(?:toko|olshop|store|lapak)\s+(?:kami|kita)\b"
                       r"|\border\s+(?:di|ke|via)\s+(?:toko|olshop|wa|dm)\b", _I)
_DM_HANDLE = re.compile(r"\b(?:dm|chat|hubungi|kontak)\s+@[\w.]{3,}", _I)


def seller_pointer(low: str) -> bool:
    """An ad that sends readers to a seller's bio, shop or account instead of a link."""
    if "?" in low or _WARNED.search(low):
        return False
    return bool(_TO_THE_BIO.search(low) or (_OUR_SHOP.search(low) and (SALES.search(low) or SERVICE_AD.search(low)))
                or (_DM_HANDLE.search(low) and SERVICE_AD.search(low)))


def bare_link(low: str) -> bool:
    """A comment that is a link and at most two words beside it: spam, whatever the link says."""
    if not LINK.search(low):
        return False
    return len(re.findall(r"[a-z]{2,}", LINK_TOKEN.sub(" ", low))) <= 2
