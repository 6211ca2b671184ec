"""Which of a draft's channels a reply offers, said as a channel, and the draft's lines a reply must not repeat.

A draft often names more than one channel: one for complaints or questions, and one for levies and officials
asking for money (an inspectorate, a levy hotline). `levy_report` tells a comment that reports such a levy
(or a cut of aid, or an official's favours); `for_levies` tells a channel sentence written for them. A levy is
sent to its channel, and nothing else is: a road's wait or a website down is not the inspectorate's business.

`channel_phrase` says the channel itself ("ke call center PDAM di 0811-...", "melalui aplikasi X atau WhatsApp
Y 0813-...") from the draft's sentence, without the sentence's conditions ("Bila air tetap keruh, ...") or the
clause before it, which an excerpt cut at a comma would leave hanging ("Pacitan dapat dilaporkan ...").

`retells_rumour` tells a sentence that repeats a rumour or a forwarded message ("Beredar pesan berantai ... yang
menyebutkan bahwa ...", a "[HOAKS]" headline): a reply never pastes it, unless the same sentence denies it.
"""

from __future__ import annotations

import re

from bot.core.triage_rules import AID_BY_ALLEGIANCE, LEVY_WORDS, OFFICIAL, OFFICIAL_ASKS_MONEY, PUNGLI

#: Aid cut by whoever hands it out, or given to their own people: a levy's kin, for the same channel.
_CUT_OR_FAVOUR = re.compile(
    r"\b(?:motong|memotong|dipotong|potongan|disunat|nyunat|sunat)\b|"
    r"\b(?:keluarga|kerabat|saudara|anak|adik|kakak|ipar|mantu|menantu|istri|suami|orang|titipan|kroni)\w*\s+"
    r"(?:\w+\s+){0,2}?(?:pak\s+|bu\s+)?(?:kades|kadus|lurah|rt|rw|camat|kadis\w*|pejabat|bupati|wali\s*kota|"
    r"kepala\s+\w+|petugas|panitia)\b|\b(?:pilih\s+kasih|nepotisme|titip(?:an)?\s+nama|orang\s+dalam)\b|"
    # a price made compulsory: "seragam 900rb, katanya wajib", "wajib beli buku 300 ribu"
    r"\b(?:wajib|harus\s+beli|diwajibkan)\b[^.?!]{0,40}?\d+\s*(?:rb|ribu|k|jt|juta)\b|"
    r"\b\d+\s*(?:rb|ribu|k|jt|juta)\b[^.?!]{0,40}?\b(?:wajib|diwajibkan)\b",
    re.I,
)
#: A channel sentence written for levies, cuts and officials asking for money.
_FOR_LEVIES = re.compile(
    r"\b(?:pungut\w*|pungli|(?:meminta|minta|permintaan|menarik)\s+uang|uang\s+di\s+luar|pemotongan|potongan|"
    r"suap|gratifikasi|inspektorat|saber\s+pungli|integritas|oknum)\b",
    re.I,
)
#: A line the draft labels as the rumour it answers ("❌ HOAKS: \"KTP-el ... wajib diganti\"", "MITOS: ..."): the
#: rumour's own words follow the label (round 14d).
_RUMOUR_LABEL = r"^\W*(?:hoaks|hoax|mitos|klaim|isu|disinformasi|misinformasi|salah|keliru)\s*:"
#: A sentence that retells a rumour or a forwarded message rather than stating a fact.
_RUMOUR = re.compile(
    r"\b(?:beredar|berantai|viral|menyebut(?:kan)?\s+bahwa|yang\s+menyebut(?:kan)?|mengaku|dicatut|"
    r"informasi\s+yang\s+(?:beredar|tersebar)|kabar\s+yang\s+(?:beredar|tersebar)|"
    # the rumour's content told in the sentence after it: "Isinya, ...", "Pesan itu juga menyebut ..."
    r"pesan\s+(?:itu|tersebut|ini)\s+(?:juga\s+)?(?:menyebut|mengatakan|mengklaim|berisi)\w*|isi\s+pesan|"
    # a message passed around, however the draft says it: "pesan yang ramai dibagikan di grup WhatsApp"
    r"(?:pesan|kabar|informasi|info|unggahan|video)\s+yang\s+(?:ramai\s+|banyak\s+)?(?:dibagikan|disebarkan|"
    r"tersebar|beredar))\b|^\W*isinya\b|\[\s*hoaks\s*\]|" + _RUMOUR_LABEL,
    re.I | re.M,
)
_LABEL = re.compile(r"\[\s*hoaks\s*\]|" + _RUMOUR_LABEL, re.I | re.M)
#: The denial that may stand beside a retold rumour in one sentence ("..., dipastikan tidak benar").
_DENIAL = re.compile(r"\b(?:tidak\s+benar|hoaks|keliru|palsu|bohong|dipastikan\s+tidak)\b", re.I)
#: A verb that sends a report, then the channel it is sent to.
_SEND = re.compile(r"\b(?:lapor\w*|melapor\w*|dilaporkan|adukan|mengadu\w*|sampaikan|disampaikan|menyampaikan|"
                   r"kirim\w*|dikirim|hubungi|menghubungi|ditanyakan|menanyakan)\b", re.I)
_TO = re.compile(r"\b(?:ke|kepada|lewat|melalui|via|di)\b", re.I)
#: What ends a channel: its conditions and purpose ("dengan menyertakan foto", "agar ...").
_CHANNEL_END = re.compile(r"\s*,\s*dengan\b|\s*(?:,\s*)?\b(?:dengan\s+(?:menyertakan|melampirkan|membawa|mengirim)|"
                          r"agar|supaya|untuk\s+(?:di|me)\w+|sebelum|paling\s+lambat|dan\s+(?:identitas|akan))\b|[.;]",
                          re.I)
#: Where a channel can be reached: a phone number, a link, an app or a named office.
_REACHABLE = re.compile(r"\d{3}|\b\w+\.(?:go\.id|id|com|org)\b|\b(?:aplikasi|laman|situs|posko|kantor|loket|"
                        r"call\s+center|hotline|layanan)\b", re.I)


#: The comment names money.
MONEY = re.compile(r"\b(?:bayar|biaya|setor\w*|tarif|harga|uang|duit|ongkos|rp\.?|\d+\s*(?:rb|ribu|k|jt|juta))\b", re.I)


def levy_report(comment: str) -> bool:
    """The comment reports money asked for, aid cut, or aid handed to an official's own people."""
    low = comment.lower()
    return bool(PUNGLI.search(low) or OFFICIAL_ASKS_MONEY.search(low) or LEVY_WORDS.search(low)
                or _CUT_OR_FAVOUR.search(low) or AID_BY_ALLEGIANCE.search(low))


def about_an_official(comment: str) -> bool:
    """The comment names an official (a village head, a department head, a regent ...)."""
    return bool(OFFICIAL.search(comment) or re.search(r"\bkadus\b|\bpak\s+(?:rt|rw)\b", comment, re.I))


def for_levies(sentence: str) -> bool:
    return bool(_FOR_LEVIES.search(sentence))


def mentions_rumour(sentence: str) -> bool:
    """`sentence` speaks of a rumour, retold or denied: never a channel to send a complaint to."""
    return bool(_RUMOUR.search(sentence))


def retells_rumour(sentence: str) -> bool:
    """`sentence` repeats a rumour or a forwarded message without denying it in the same sentence (a
    "[HOAKS]" label heading the rumour's own words is no denial)."""
    return bool(_RUMOUR.search(sentence)) and not _DENIAL.search(_LABEL.sub(" ", sentence))


def without_rumours(line: str) -> str:
    """`line` without the sentences that retell a rumour."""
    kept = [s for s in re.split(r"(?<=[.!?])\s+", line) if not retells_rumour(s)]
    return " ".join(kept).strip()


def channel_phrase(sentence: str) -> str:
    """The channel `sentence` sends reports to, with its preposition ("ke call center X di 0811-..."), or ""."""
    for send in _SEND.finditer(sentence):
        rest = sentence[send.end():]
        to = _TO.match(rest.lstrip())
        lead = len(rest) - len(rest.lstrip())
        if to is None and send.group(0).lower() not in ("hubungi", "menghubungi"):
            to = _TO.search(rest[:60])
            lead = 0
        start = send.end() + lead + (to.start() if to else 0)
        phrase = sentence[start:]
        end = _CHANNEL_END.search(phrase)
        phrase = phrase[: end.start()] if end else phrase
        phrase = phrase.strip(" ,")
        if to is None:
            phrase = f"ke {phrase}"
        if _REACHABLE.search(phrase) and 2 <= len(phrase.split()) <= 24:
            return phrase
    return ""


#: A label an answer line opens with ("Harganya: ", "Caranya: ") and an opener ("Gratis, Kak. ").
_LINE_HEAD = re.compile(r"^(?:[A-Z][\w ]{0,30}:\s+|(?:Gratis|Kabar itu tidak benar)[^.]*\.\s+)+")


def from_rumour(line: str, draft: str) -> bool:
    """`line` (an answer from the draft) is a piece of a sentence of `draft` that retells a rumour: the
    rumour's own words, whatever label the answer gave them ("Harganya: wajib membeli paket seragam ...")."""
    body = _LINE_HEAD.sub("", line).strip().rstrip(".").lower()
    if len(body.split()) < 3:
        return False
    return any(retells_rumour(s) and body in s.lower() for s in re.split(r"(?<=[.!?])\s+|\n+", draft))
