"""What citizens must bring or meet: documents after "membawa" / "syarat", lists under a
"Persyaratan:" header, conditions after "syaratnya", and an anaphora ("dokumen tersebut") resolved to
the documents the sentence before names."""

from __future__ import annotations

import re
from collections.abc import Iterator

from bot.core.reading.preparation import find_preparations
from bot.core.reading.sheet import Fact, Slot
from bot.core.reading.spans import LIST_MARK, cut_at, cut_matches, span_fact

_REQ = re.compile(
    # (what they take home is no requirement: "pulangnya sudah membawa buku nikah", "membawa pulang sertifikat")
    r"(?<!pulangnya\ssudah\s)(?<!pulang\ssudah\s)(?<!pulangnya\s)(?<!pulang\s)"
    r"(?<!perlu\s)(?<!lagi\s)(?<!tidak\s)(?<!tidak\sperlu\s)\b(?!perlu\s+membawa)(?!membawa\s+pulang\b)(?:cukup\s+|wajib\s+|harus\s+|perlu\s+)?(?:membawa|bawa|menunjukkan|tunjukkan|melampirkan|"
    r"lampirkan|menyiapkan|siapkan|menyebutkan|disertakan|sertakan|menyertakan|tambahkan)\s+[^.;:!?\n]+"
    r"|\b(?:syarat(?:nya)?|persyaratan(?:nya)?|dokumen\s+yang\s+(?:perlu\s+|harus\s+)?dibawa)\s+(?:adalah\s+|yaitu\s+|"
    r"cukup\s+|berupa\s+)*[^.;:\n]+"
    # "Berkas yang dibutuhkan yaitu ...", "dokumen yang harus disiapkan berupa ..."
    r"|\b(?:berkas|dokumen|kelengkapan)\s+yang\s+(?:\w+\s+)?(?:dibutuhkan|diperlukan|disiapkan|dilampirkan|diunggah|"
    r"diserahkan|dikumpulkan)\s+"
    r"(?:adalah|yaitu|yakni|berupa|meliputi)\s+(?!\d{1,2}\)\s)[^.;:\n]+", re.I)
_DOCUMENT = re.compile(r"\b(?:KTP|KK|NIK|KIA|STNK|BPKB|kartu|fotokopi|surat|buku|akta|ijazah|pas\s+foto|dokumen|"
                       r"sertifikat|nama\s+dan\s+alamat|SPPT|NOP|NPWP|paspor|KIS)\b"
                       r"|[\w/\-]+(?:\s+[\w/\-]+)?\s+sendiri\b", re.I)
#: What to bring named by pointing back ("dokumen tersebut", "berkas di atas", "kedua dokumen itu").
_ANAPHORA = re.compile(r"^(?:\w+\s+){0,3}?(?:dokumen|berkas|persyaratan|syarat|surat|kartu|nomor)(?:-\w+)?\s+"
                       r"(?:tersebut|itu|di\s+atas)\b", re.I)
_REQ_END = re.compile(r"[”\"]|,?\s+dan\s+(?=(?:untuk|bagi|khusus)\b)|"
                      r"\s+(?:untuk|agar|supaya|sebelum|ketika|saat|kepada\s+petugas\s+pendaftaran|"
                      r"melalui|lewat|via|"
                      r"paling\s+lambat|di|kepada|ke|"
                      r"sedangkan|dan\s+(?:mendaftar|mengisi))\b|,\s+(?!dan\b)(?!(?:serta\s+)?(?:fotokopi|KTP|KK|kartu|"
                      r"ijazah|pas\s+foto|surat|buku|akta|NIK|dokumen|sertifikat|bukti|foto|formulir|rekening|NPWP|"
                      r"SPPT|transkrip|rapor|KTM|SKCK|piagam)\b)", re.I)
#: A list of what to bring under its header ("Yang perlu dibawa:", "Syarat pendaftaran:"), or after it
#: on the same line ("Syarat donor: berusia 17–60 tahun, ...").
_REQ_HEADER = re.compile(r"^[^\n]*\b(?:(?:perlu|harus|wajib)\s+(?:dibawa|disiapkan|membawa|menyiapkan|melampirkan)|"
                         r"yang\s+dibawa|"
                         r"syarat|persyaratan|berkas|kelengkapan|melengkapi|persiapan|"
                         r"dokumen\s+yang)\b(?:[^\n]{0,30}|[^\n]{0,100}\b(?:berisi|meliputi|sebagai\s+berikut|"
                         r"antara\s+lain|yaitu|yakni))[ \t]*:[ \t]*\n"
                         # a section's heading of its own ("A. PERSYARATAN", "B. BERKAS (dalam map biru)")
                         r"|^[ \t]*(?:[A-Z0-9]{1,2}[.)][ \t]*)?(?:syarat|persyaratan|berkas|kelengkapan|dokumen)"
                         r"(?:[ \t]+(?!yang\b)\w+){0,2}[ \t]*(?:\([^\n)]{0,80}\))?[ \t]*:?[ \t]*\n"
                         # a heading that tells what to bring ("📋 Bawa saat daftar ulang:", "Jangan lupa siapkan:")
                         r"|^[^\w\n]{0,4}[ \t]*(?:jangan\s+lupa\s+)?(?:bawa|membawa|siapkan|menyiapkan)\b"
                         r"[^\n:]{0,40}:[ \t]*\n",
                         re.I | re.M)
#: The one plain line under a header, to its first full stop.
_PLAIN_LINE = re.compile(r"[ \t]*(\w[^\n]*?)(?=\.(?:\s|$)|\n|$)")
_REQ_ITEM = re.compile(r"^[ \t]*(?:" + LIST_MARK + r")[ \t]*([^\n]{3,})", re.M)
#: The longest item read whole; a longer line is cut at its last clause break before this.
_ITEM_MAX = 240
#: An inline numbered list after what announces requirements ("memenuhi syarat antara lain 1) ...; 2) ...",
#: "berkas yang disiapkan yakni 1) ..., 2) ..., serta 3) ..."): each item up to the next number or the
#: sentence's end.
_NUMBERED_CUE = re.compile(r"\b(?:syarat|persyaratan|berkas|dokumen|kelengkapan|membawa|melampirkan|menyiapkan)\b"
                           r"[^.\n]{0,60}?\s(?=1\)\s)", re.I)
_NUMBER_MARK = re.compile(r"[;,]?\s*(?:(?:dan|serta)\s+)?(?<![\w(])\d{1,2}\)\s+")
_SENTENCE_END = re.compile(r"\.(?=\s|$)")
#: An age condition among the items says who may take part.
_AGE_ITEM = re.compile(r"(?:ber)?(?:usia|umur)\b", re.I)
#: Items of a "Syarat dan ketentuan:" list that are no paper to bring: the way to apply ("Pengajuan melalui
#: aplikasi ..."), the quota ("kuota terbatas untuk 3.000 pelanggan pertama"), those left out ("Tidak berlaku
#: bagi ..."): their own finders read them.
_NOT_A_REQUIREMENT = re.compile(r"^(?:pengajuan|pendaftaran|pembayaran)\b[^\n]{0,30}\b(?:melalui|lewat|via|di)\b"
                                r"|\b(?:kuota|terbatas\s+(?:untuk|bagi)|(?:tidak|tak)\s+berlaku\s+(?:untuk|bagi))\b"
                                r"|\b(?:tidak|tak)\s+(?:perlu|usah|wajib|harus)\b",  # "BPKB tidak perlu dibawa"
                                re.I)
_REQ_INLINE = re.compile(r"\b(?:syarat|persyaratan)(?:nya)?(?:\s+\w+)?\s*:[ \t]*([^.;\n]{3,160})", re.I)


def _named_before(text: str, begin: int, start: int) -> tuple[int, int] | None:
    """The documents an anaphora ("dokumen tersebut") points back to: in the sentence before it, from the
    first document named to that sentence's end ("KTP, KK, dan surat keterangan domisili")."""
    stop = max(text.rfind(".", begin, start - 1), text.rfind("\n", begin, start - 1))
    prev = max(text.rfind(".", begin, max(begin, stop - 1)), text.rfind("\n", begin, max(begin, stop - 1)), begin)
    doc = _DOCUMENT.search(text, prev, stop) if stop > begin else None
    if not doc:
        return None
    return doc.start(), cut_at(text, doc.start(), stop, _REQ_END)


#: Where a list of conditions after "syaratnya" ends, and what separates its items.
_CONDITIONS_END = re.compile(r"[.;\n\"”]")
_CONDITION_SEP = re.compile(r",(?!\d)\s*(?:dan\s+|serta\s+)?"
                            r"|\s+(?:dan|serta)\s+(?=(?:belum|sudah|tidak|punya|memiliki|ber|ter|me)\w*)")


_SAID_CONDITIONS = re.compile(r"(?:syaratnya|(?:syarat|persyaratan)(?:nya)?\s+(?:adalah|yaitu|berupa))\s+", re.I)


def _conditions(text: str, start: int) -> Iterator[Fact]:
    stop = _CONDITIONS_END.search(text, start)
    end = stop.start() if stop else len(text)
    if ":" in text[start:end]:
        return
    if not _CONDITION_SEP.search(text, start, end):  # one condition ("Syaratnya IPK paling rendah 3,00 untuk ...")
        if len(text[start:end].split()) >= 3:
            yield span_fact(Slot.REQUIREMENTS, text, start, end)
        return
    pos = start
    for sep in [*_CONDITION_SEP.finditer(text, start, end), None]:
        item_end = sep.start() if sep else end
        if len(text[pos:item_end].split()) >= 2:
            yield span_fact(Slot.REQUIREMENTS, text, pos, item_end)
        if sep:
            pos = sep.end()


def _numbered(text: str, begin: int) -> Iterator[Fact]:
    for cue in _NUMBERED_CUE.finditer(text, begin):
        stop = _SENTENCE_END.search(text, cue.end())
        end = stop.start() if stop else len(text)
        marks = list(_NUMBER_MARK.finditer(text, cue.end(), end))
        for mark, after in zip(marks, [*marks[1:], None], strict=True):
            item_end = after.start() if after else end
            slot = Slot.WHO if _AGE_ITEM.match(text, mark.end()) else Slot.REQUIREMENTS
            yield span_fact(slot, text, mark.end(), item_end)


#: A list announced by what it is ("Adapun berkas yang perlu disiapkan, antara lain A, B, serta C.", "Berkas yang
#: dilampirkan untuk setiap anggota: A, B, serta C."): the whole list, to the sentence's end or the clause that
#: gives its reason or its use.
_LIST_CUE = re.compile(r"\b(?:(?:berkas|dokumen|kelengkapan)(?:\s+\w+)?\s+yang\s+(?:\w+\s+)?(?:dibutuhkan|diperlukan|"
                       r"disiapkan|dipersiapkan|dilampirkan|dibawa)|yang\s+(?:perlu|harus|wajib)\s+(?:dibawa|"
                       r"disiapkan|dipersiapkan|dilampirkan))\b[^.;:\n]{0,40}?(?:,?\s+(?:antara\s+lain|di\s?antaranya|"
                       r"yaitu|yakni|meliputi|berupa|adalah)|:)[ \t]+(?=\S)(?!\d{1,2}\)\s)", re.I)
_LIST_END = re.compile(r"\.(?=\s|$)|\n|,?\s+(?:karena|agar|supaya|sehingga|untuk\s+(?:di|me)\w+|yang\s+nantinya|"
                       r"lalu|kemudian)\b", re.I)


def _listed(text: str, begin: int) -> Iterator[Fact]:
    for cue in _LIST_CUE.finditer(text, begin):
        stop = _LIST_END.search(text, cue.end())
        end = stop.start() if stop else len(text)
        if len(text[cue.end() : end].split()) >= 2:
            yield span_fact(Slot.REQUIREMENTS, text, cue.end(), end)


#: An office, its team or its staff as the subject of "membawa" ("pihaknya membawa seribu lima ratus keping blangko",
#: "Disdukcapil akan membuka pelayanan ..., dengan membawa perangkat rekam"): what they bring, no requirement.
_OFFICE_BRINGS = re.compile(
    # right before the verb ("pihaknya membawa", "tim juga membawa")
    r"\b(?i:pihaknya|petugas(?:nya)?|tim(?:nya)?|kami|panitia)\s+(?:(?:akan|juga|turut|pun|selalu|sudah|telah)\s+)?$|"
    # the sentence's subject, its act, then ", dengan membawa ..." ("Disdukcapil akan membuka pelayanan ..., dengan")
    r"(?:^|[.!?]\s+)(?:[\w/()–—-]+\s+){0,3}?(?:Dinas|Disdukcapil|Dukcapil|Dinkes|Puskesmas|BPBD|Satlantas|Polres|Samsat|"
    r"PLN|PDAM|Perumda|Bapenda|Kantah|BPN|Tim|Petugas)\b[^.;!?\n\"“”]{0,200}?,\s+dengan\s+$", re.M)


def find_requirements(text: str, begin: int) -> Iterator[Fact]:
    """What to bring, each list once: a list read whole (`_listed`) stands for the pieces other readings cut
    from it ("yang wajib dibawa yaitu KTP asli pemilik" beside the whole "KTP asli pemilik, STNK asli, ...")."""
    whole = list(_listed(text, begin))
    yield from whole
    for fact in [*_pieces(text, begin), *find_preparations(text, begin)]:
        if not any(w.start < fact.end and fact.start < w.end for w in whole):
            yield fact


def _mark_kind(mark: str) -> str:
    """What kind of mark opens a list item: a number, a letter, or a sign ("-", "•")."""
    mark = mark.strip()
    return "number" if mark[:1].isdigit() else "letter" if mark[:1].isalpha() else "sign"


def _item_end(text: str, start: int, end: int) -> int:
    """Where a list item ends: its line's end, or for a line too long to be one item, its last clause break
    within the limit, never in the middle of a phrase ("... bagi anak usia" of "... bagi anak usia 5 tahun")."""
    if end - start <= _ITEM_MAX:
        return end
    cut = max(text.rfind(",", start, start + _ITEM_MAX), text.rfind(";", start, start + _ITEM_MAX))
    return cut if cut > start else start + _ITEM_MAX


#: What may not be done with the thing brought ("tidak dapat berbelanja dengan | membawa KTP milik orang lain",
#: "dilarang | membawa senjata tajam"): a refusal, no requirement.
_REFUSED_WITH = re.compile(r"\b(?:tidak|tak)\s+(?:dapat|bisa|boleh|diperkenankan|diizinkan)\b[^.;:!?\n]{0,60}?"
                           r"\bdengan\s+$|\bdilarang\s+$", re.I)


def _pieces(text: str, begin: int) -> Iterator[Fact]:
    named = False
    for start, end in cut_matches(_REQ, _REQ_END, text, begin):
        lead = re.match(r"(?:syarat(?:nya)?|persyaratan(?:nya)?|dokumen\s+yang\s+(?:perlu\s+|harus\s+)?dibawa)\s+"
                        r"(?:adalah\s+|yaitu\s+|cukup\s+|berupa\s+)*"
                        r"|(?:berkas|dokumen|kelengkapan)\s+yang\s+(?:\w+\s+)?\w+\s+(?:adalah|yaitu|yakni|berupa|meliputi)\s+",
                        text[start:end], re.I)
        start += lead.end() if lead else 0
        if _REFUSED_WITH.search(text, max(begin, start - 100), start):
            continue  # "satu orang tidak dapat berbelanja dengan | membawa KTP milik anggota keluarga lain": refused
        if _OFFICE_BRINGS.search(text, max(begin, start - 220), start):
            continue  # what the office or its team brings along ("Disdukcapil ..., dengan membawa perangkat rekam")
        if _ANAPHORA.search(text[start:end][:60]):  # "cukup bawa dokumen tersebut": name them, or drop it
            before = None if named else _named_before(text, begin, start)
            if before:
                yield span_fact(Slot.REQUIREMENTS, text, *before)
            continue
        if _DOCUMENT.search(text[start:end][:60]):
            named = True
            yield span_fact(Slot.REQUIREMENTS, text, start, end)
        elif lead and _SAID_CONDITIONS.fullmatch(lead.group(0)):
            # "Syaratnya kelompok tani sudah terdaftar ..., punya lahan ..., dan belum ...": each condition
            yield from _conditions(text, start)
    for header in _REQ_HEADER.finditer(text, begin):
        pos = header.end()
        marks = set()
        while item := _REQ_ITEM.match(text, pos):
            marks.add(_mark_kind(text[item.start() : item.start(1)]))
            if len(marks) > 1:
                break  # "6. Pendonor mendapat ..." after "a. ... f.": the list around the header goes on
            if not _NOT_A_REQUIREMENT.search(item.group(1)):
                yield span_fact(Slot.REQUIREMENTS, text, item.start(1), _item_end(text, *item.span(1)))
            pos = item.end() + 1
        plain = _PLAIN_LINE.match(text, header.end()) if pos == header.end() else None
        if plain and _DOCUMENT.search(plain.group(1)[:60]):  # "YANG DIBAWA:\nKTP-el dan KK asli, plus ..."
            yield span_fact(Slot.REQUIREMENTS, text, plain.start(1), plain.end(1))
    yield from _numbered(text, begin)
    for m in _REQ_INLINE.finditer(text, begin):
        yield span_fact(Slot.REQUIREMENTS, text, m.start(1), m.end(1))
