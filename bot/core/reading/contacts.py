"""Contacts: the numbers, short lines and accounts a draft gives citizens to reach someone, with the person named.

A number given after a person on a contact line ("Info: Pak Yohanis (Kaur Perencanaan) – WA 0852-...",
"Narahubung 24 jam: Rahmat (Pusdalops BPBD) WA 0822-...") is whom to ask: the name goes with the number.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from bot.core.fact_scan import Located

#: A short line: a call centre's number, or 112 and 1500-xxx alone; never a count of people or things
#: ("112 jiwa mengungsi", "112 KK") nor part of a letter's number ("Nomor: 112/HMS/KS/IV/2026") or of an
#: address ("Jl. Jenderal Sudirman No. 112").
_SHORT_LINE = re.compile(r"\b(?:layanan\s+darurat|care\s+center|command\s+center|call\s+center|contact\s+center|"
                         r"hotline|nomor\s+darurat)"
                         # the whole number, never its first group ("call center 1500-155")
                         r"(?:\s+(?-i:[A-Z])\w+){0,3}\s+\d{3,}(?:-\d{2,}){0,3}|(?<![\d/-])(?<!\b(?-i:No)\.\s)(?<!\b(?-i:No)\s)"
                         r"(?:112|1500-?\d{3})(?![\d/-]|[.,]\d)"
                         r"(?!\s*(?:jiwa|orang|KK|kepala|warga|unit|rumah|kasus|ekor|titik|desa|persen|%)(?!\w))", re.I)
#: An account or address to write to: "@samsat.aceh", "kontak@kemkes.go.id".
_ACCOUNT = re.compile(r"(?<![\w@.])[\w.\-]+@[\w\-]+(?:\.[\w\-]+)+(?<!\.)|(?<![\w@])@[A-Za-z][\w.]{2,29}(?<!\.)")
#: The channel a number is given for ("WA", "Telp."): no person's name.
_CHANNEL = r"wa|whatsapp|hp|telp|tel|telepon"
#: A contact line's label and the person named before the number on it, to the number's channel word.
_PERSON_BEFORE = re.compile(
    r"(?:^|\n)[^\w\n]{0,4}[ \t]*(?i:info(?:rmasi)?|narahubung|kontak|contact\s+person|cp|hubungi|pertanyaan)"
    r"(?:[ \t]+[\w ]{1,20}?)?[ \t]*:[ \t]*"
    rf"(?P<person>(?!(?i:{_CHANNEL}|sms|call|hotline)\b)"
    r"(?:(?i:pak|bu|bapak|ibu|sdr|sdri|kak)\.?[ \t]+)?[A-Z][\w'’.]+(?:[ \t]+[A-Z][\w'’.]+){0,3}"
    r"(?:[ \t]*\([^()\n]{2,50}\))?)[ \t]*(?:[–—-]|,)?[ \t]*"
    rf"(?:(?i:{_CHANNEL})\.?[ \t]*:?[ \t]*)?$")


#: A line that names whose number it is before a colon ("Posko BPBD Tambrauw (24 jam): 0812-...").
_OWNERS = (r"Posko|Pusdalops|Puskesmas|RSUD|Dinas|Badan|Kantor|Bagian|Bidang|Sekretariat|Layanan|Pengaduan|"
           r"Call\s+Center|UPT|Polsek|Polres|Kelurahan|Desa|Kecamatan")
_OWNER_LINE = re.compile(
    rf"(?:^|\n)[^\w\n]{{0,4}}[ \t]*(?P<person>(?:{_OWNERS})\b[^:\n]{{2,60}}?)"
    r"[ \t]*:[ \t]*"
    rf"(?:(?i:{_CHANNEL})\.?[ \t]*:?[ \t]*)?$")
#: What a number's own brackets say of it: whom to ask or when ("(Safrizal)", "(24 jam)", "(WhatsApp, hari kerja)").
_OWN_BRACKET = re.compile(r"[ \t]*\([^()\n]{2,45}\)")
#: A national short number on a line that names whose it is ("Polresta Jayapura Kota: 110", "Call Center Siaga
#: Bencana: 112 (gratis, 24 jam)"): police 110, emergency 112, fire 113, rescue 115, ambulance 119, PLN 123.
_OWNED_SHORT = re.compile(
    rf"(?:^|\n)[^\w\n]{{0,4}}[ \t]*(?P<person>(?:{_OWNERS}|Polresta|Polda|Kepolisian|Damkar|Pemadam\s+Kebakaran|"
    r"Basarnas|Ambulans|PLN)\b[^:\n]{0,60}?)[ \t]*:[ \t]*"
    rf"(?:11[02359]|12[3])(?![\d/-]|[.,]\d)(?:{_OWN_BRACKET.pattern})?")


def find_contacts(text: str, begin: int, locs: list[Located]) -> Iterator[tuple[int, int]]:
    """Spans of the contacts from `begin`: phone numbers (with the person a contact line names before them),
    a call centre's short line, an account or e-mail address."""
    for loc in locs:
        key = loc.fact.key or ""
        if loc.start >= begin and key.startswith("number:0") and len(key) > 14:
            line_start = text.rfind("\n", 0, loc.start) + 1
            at = line_start - 1 if line_start else 0  # from the line's own newline: the patterns anchor on it
            named = _PERSON_BEFORE.search(text, at, loc.start) or _OWNER_LINE.search(text, at, loc.start)
            bracket = _OWN_BRACKET.match(text, loc.end)
            end = bracket.end() if bracket else loc.end
            if named is None or "(" in text[loc.start : loc.end]:
                yield loc.start, end  # "Sdri. Nurul (0821-...)": the number alone, its brackets whole
            else:
                yield named.start("person"), end
    owned = [(m.start("person"), m.end()) for m in _OWNED_SHORT.finditer(text, max(0, begin - 1))]
    yield from owned
    for pattern in (_SHORT_LINE, _ACCOUNT):
        for m in pattern.finditer(text, begin):
            if not any(s <= m.start() and m.end() <= e for s, e in owned):
                yield m.start(), m.end()
