"""How finders: the ways citizens take part, register or report, as spans of the draft.

A way in is an act ("mendaftar melalui laman X", "datang langsung ke ..."), a channel ("lewat aplikasi X"), a link
alone on its line, a label's way ("Caranya: ..."), or a detour. It is never what an official is tasked with, what a
wrongdoer does, a plight, a warning, or a cheer to sign up that names no channel.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from bot.core import lexicon
from bot.core.reading.official_acts import APPARATUS, TASKING
from bot.core.reading.sheet import Fact, Slot
from bot.core.reading.spans import LIST_MARK, cut_at, cut_matches, span_fact

_HOW = re.compile(
    r"(?<!perlu\s)(?<!harus\s)(?<!jangan\s)(?<!tidak\s)(?<!dilarang\s)(?<!mampu\s)(?<!ingin\s)(?<!telanjur\s)(?<!petugas\s)"
    # a situation, no step ("saat hendak mendaftar BPJS"); a list, no act ("dicoret dari daftar")
    r"(?<!\bhendak\s)(?<!\bdari\s)(?<!\bdalam\s)(?<!\bdi\s)(?<!\bluar\s)(?<!\bmasuk\s)(?<!\bsempat\s)"
    # a moment, no step ("berusia 18 sampai 35 tahun pada saat mendaftar")
    r"(?<!\bsaat\s)(?<!\bketika\s)(?<!\bsewaktu\s)"
    # a place named by who registered there ("di puskesmas tempat anak mendaftar"): no step
    r"(?<!\btempat\s)" + "".join(rf"(?<!\btempat\s{who}\s)" for who in (
        "anak", "peserta", "warga", "pasien", "pemohon", "pendaftar", "mereka", "ia", "dia", "anda", "Anda")) +
    # a negation in everyday or regional words ("sing ora daftar ora iso dilayani", "nu teu daftar"): no how
    r"(?<!\bberhak\s)(?<!\bbelum\s)(?<!\bora\s)(?<!\bndak\s)(?<!\bgak\s)(?<!\bga\s)(?<!\btak\s)(?<!\bteu\s)(?<!\bulah\s)(?<!\bindak\s)"
    r"\b(?:(?:melakukan\s+)?pendaftaran\s+(?:dibuka\s+)?(?=melalui|lewat|via|di\s)|"
    r"mendaftar(?:kan)?|daftarnya(?=\s+(?:lewat|melalui|via|di|ke)\s)|daftar(?!\s+(?:nama|penerima|peserta|harga|hadir|tunggu|isian|calon|ditetapkan|tahun|ini|itu|tersebut|akhir|"
    r"sementara|tetap|resmi|pemilih|hitam|kontak|usulan|isi|pustaka|periksa|pertanyaan|riwayat|antrean|"
    # what is listed ("daftar kios resmi ditempel di balai desa", "daftar lokasi"): a list, no act
    r"kios|lokasi|titik|alamat|jadwal|sekolah|desa|barang|obat|lowongan|perusahaan|kendaraan|KPM|warga|"
    # the list the draft shows ("daftar di atas", "daftar berikut"): no act
    r"di\s+atas|di\s+bawah|berikut)\b)(?!\s+(?:\w+\s+)?(?:susah|repot|sulit|ribet|ruwet|tersendat)\b)|(?:mengambil|ambil)(?!\s+bagian\b)|mengunduh|unduh|"
    # the steps on a website or an app: open its page, pick a menu, make an account ("membuka laman X, kemudian
    # memilih menu Y"; "kunjungi situs resmi X"; "buat akun dengan NIK")
    r"(?:membuka|buka|mengunjungi|kunjungi|mengakses|akses)\s+(?:laman|situs|website|portal|tautan|link)\b|"
    # a bare address ("Buka spmb.contohkota.go.id, buat akun ...")
    r"(?:membuka|buka|mengunjungi|kunjungi|mengakses|akses)\s+(?=(?:https?://)?[\w-]+(?:\.[\w-]+)*\.(?:go\.id|id|com|org|net)\b)|"
    r"(?:memilih|pilih)\s+menu\b|(?:membuat|buat)\s+akun\b|"
    r"mengakses|mengisi|menyampaikan\s+(?:usulan|pengaduan|laporan|permohonan)|"
    r"datang\s+langsung|mendatangi|melapor(?:kan)?\s+ke|mengajukan|mengirim|"
    r"(?:segera\s+)?mengungsi(?:\s+(?:sementara|segera|dulu))?\s+ke|memantau|(?<!pos\s)(?<!titik\s)(?<!alat\s)(?<!menara\s)pantau|memeriksa\s+sendiri|menguras|melintasi|mengecek|cek\s+(?:status|data|nama|kepesertaan|NIK)|cek\s+(?:hanya\s+)?(?:di|lewat|melalui)|membawa\s+hewan|"
    r"segera\s+ke|(?:segera\s+)?(?:menghubungi|hubungi|laporkan)\s+(?=\S+\s+\S+[^.\n]*(?:\d{3}|\bnol\s+delapan\b))|disampaikan\s+(?:ke|kepada)(?![^.;\n]{0,80}?\bbahwa\b|\s+(?:seluruh|segenap|para|yth|masyarakat|warga)\b)|"
    r"WA\s+ke|(?:segera\s+)?laporkan\s+(?:ke|kepada)(?!\s+(?:kami|kita)\b)|melapor(?:kan)?\s+kepada|"
    # where papers go ("Berkas dikumpulkan kepada panitia ajudikasi di kantor desa masing-masing")
    r"(?:berkas|dokumen|formulir|permohonan)\s+(?:dikumpulkan|diserahkan)\s+(?:ke|kepada|di)|"
    r"(?:menyerahkan|mengumpulkan|menyampaikan)\s+(?:berkas|dokumen|formulir|permohonan)(?:\s+\w+)?\s+(?:ke|kepada))\b"
    # a title's full stop goes on ("hubungi Sekdes Bpk. Rahmadi (0852-...)")
    r"(?:[^.;:\n]|[.:](?=[\w/])|(?:(?<=\bBpk)|(?<=\bBp)|(?<=\bSdr)|(?<=\bSdri)|(?<=\bIbu))\.\s(?=[A-Z]))*", re.I)
#: A detour citizens are told to take ("dapat melalui Jalan A lalu Jalan B", "diarahkan melalui jalur X",
#: "menuju pusat kota lewat Jalan C"): how to get through, up to the clause's end.
_DETOUR = re.compile(r"\b(?:silakan|dapat|bisa|diminta|disarankan|dialihkan|diarahkan|menuju\s+[\w ]{3,25}?)\s+"
                     r"(?:untuk\s+)?((?:melalui|lewat|melewati)\s+(?:jalur|jalan|Jl\.|ruas)\s"
                     # a title in a street's name is no end ("Jalan Ir. H. Juanda")
                     r"(?:(?=[^,\"”])" + lexicon.IN_CLAUSE + r")+)", re.I)
_SAME_CHANNEL = re.compile(r"\b(?:aplikasi|laman|situs|tautan|link|formulir|kanal)\s+"
                           r"(?:yang\s+sama|tersebut|itu|ini)\b", re.I)
#: Calling to ask is a contact, not a way to take part.
_ASKING = re.compile(r"\b(?:informasi|bertanya|pertanyaan|ditanyakan|narahubung)\b[^.]*$", re.I)
_VIA = re.compile(r"\b(?:(?:secara\s+)?daring\s+)?(?:melalui|lewat|via|di)\s+(?:fitur\s+[^.,;]+?\s+(?:di|pada)\s+)?"
                  r"(?:aplikasi|laman|situs|tautan|link|formulir|kanal(?:\s+aduan)?)\s+(?:[^.;,\n]|[.:](?=[\w/]))+",
                  re.I)
#: The channel of an act ("Pendaftaran dibuka ... melalui puskesmas masing-masing atau WhatsApp panitia").
_VIA_ACT = re.compile(r"\b(?:pendaftaran|pembayaran|pengajuan(?:nya)?|pelaporan|penukaran)\b[^.;\n]{0,140}?"
                      r"\b((?:melalui|lewat|via)\s+(?:[^.;\n]|\.(?=[\w/]))+|"
                      # where a payment is made ("Pembayaran dapat dilakukan di Bank X, kantor pos, ..."); a
                      # registration desk with its hour is a step of the event, read as one
                      r"(?:(?<=\bpembayaran\sdapat\sdilakukan\s)|(?<=\bpembayaran\sbisa\sdilakukan\s)|"
                      r"(?<=\bpembayaran\sdilakukan\s))di\s+(?:[^.;\n]|\.(?=[\w/]))+)", re.I)
_HOW_END = re.compile(r"[”\"]|\s+(?:dengan\s+(?:membawa|melampirkan)|paling\s+lambat|selambat|sebelum\s+\d|sejak|mulai|"
                      r"(?:sampai|hingga)\s+(?=(?:\w+,?\s+)?\d)|"
                      r"bila|jika|apabila|supaya|agar|untuk\s+(?:memblokir|menghindari|mengurangi)|"
                      r"pada\s+(?:pukul|tanggal|\d|(?:hari\s+)?(?:Senin|Selasa|Rabu|Kamis|Jumat|Jum'at|Sabtu|Minggu)\b)|"
                      r"dan\s+ditutup|"
                      # a phone line after the way in is the contact ("aplikasi X atau WhatsApp Pengaduan 0852-...")
                      r"atau\s+(?:WhatsApp|WA|telepon|SMS|nomor|hotline|call\s+center)(?=[^.;\n]{0,30}\d{3}))\b"
                      # a new clause after a comma (a capital, or a word that opens a clause), not the next item
                      # of a list ("pendamping PKH, kepala desa, atau langsung datang ke ...")
                      r"|,\s+(?:lalu\s+)?(?-i:(?=[A-Z]))|,\s+(?=(?:kemudian|lalu|selanjutnya|setelah\s+itu|yang|tapi|tetapi|namun|kata|ujar|jelas|sehingga|"
                      r"untuk|karena|sedangkan|yakni|yaitu|plus|siaga|sebanyak|nanti|setiap|dengan\s+syarat|dan\s+saat|dan\s+tidak|"
                      r"dan\s+kini|petugas)\b)",
                      re.I)


#: A negation right before an act ("TIDAK ADA daftar ulang berbayar", "bukan lewat petugas"): the act
#: is what citizens must not expect or do, never a way to take part.
_NEGATED = re.compile(r"\b(?:tidak|tak|bukan|jangan|tanpa|belum|dilarang)(?:\s+(?:ada|perlu|usah|boleh|pernah))?\s+$",
                      re.I)


def _negated(text: str, start: int) -> bool:
    return _NEGATED.search(text[max(0, start - 30) : start]) is not None


#: "Peserta yang ... tidak dapat mendaftar kembali": an act negated through a modal.
_NEGATED_MODAL = re.compile(r"\b(?:tidak|tak|belum)\s+(?:dapat|bisa|boleh|perlu|usah)\s+$", re.I)
#: "Pelaku usaha yang ingin mendaftar harus ...": an act inside the subject's relative clause, not its how; the
#: predicate after it may say the how ("yang kesulitan mengisi data dapat | menghubungi ...").
_PREDICATE = re.compile(r"\s(?:dapat|bisa|cukup|silakan|diminta|dipersilakan)\s+", re.I)
#: An act reported of a counted subject ("sebanyak 214 pemuda ... mendaftar", "212 jiwa mengungsi ke ...") is what
#: happened, and an act after "untuk" is a purpose ("... berjalan 3 km untuk mengambil air"): no way to take part.
_REPORTED = re.compile(r"\bsebanyak\s+\S+\s+(?:[A-Za-z]+\s+){0,3}$|\b\d[\d.]*\s+(?:jiwa|orang|warga|KK)\s+$|"
                       r"\buntuk\s+$", re.I)
_ASKED_TO = re.compile(r"\b(?:meminta|mengimbau|mengajak|menyarankan|diminta|diimbau|diajak|diharapkan|disarankan|"
                       r"dipersilakan|silakan|mempersilakan)\b", re.I)
#: What a wrongdoer does ("pelaku menguras m-banking korban", "oknum itu meminta transfer"): a modus the draft
#: warns about, never a way for citizens to take part. The wrongdoer is the subject of the act (no comma between);
#: "jika ada oknum ..., segera laporkan" is the citizen's act, and "pelaku usaha" is a trader.
_WRONGDOER = re.compile(r"\b(?:pelaku(?!\s+(?:usaha|UMKM|UMK|UKM|wisata|seni|ekonomi|industri|budaya|pariwisata))|"
                        r"penipu|oknum|komplotan|sindikat|tersangka|penjahat|peretas|hacker|scammer|"
                        r"aplikasi\s+(?:itu|tersebut|palsu|berbahaya))\b[^,;:]*$", re.I)
_IF = re.compile(r"\b(?:jika|bila|apabila|kalau|seandainya|bilamana)\b", re.I)
#: What a thing is able to do ("modus ... yang dapat menguras rekening korban", "alat yang bisa mendeteksi ..."): a
#: description of the noun before it, never a step citizens take.
_DESCRIBED = re.compile(r"\byang\s+(?:dapat|bisa|akan|mampu|bakal|berpotensi)\s+$", re.I)
#: A plight told before the act ("Tidak sedikit yang kesulitan saat hendak mendaftar BPJS, ..."): a situation, no step.
_PLIGHT = re.compile(r"\b(?:kesulitan|kesusahan|terkendala|sulit|repot)\s+(?:saat|ketika|waktu)\s+"
                     r"(?:hendak|akan|mau|ingin)\s+"
                     r"(?:(?!\b(?:dapat|bisa|silakan|cukup|diminta|dipersilakan)\b)[^.;:!?\n]){0,80}$", re.I)
#: Officials asked to act ("Wali Kota meminta para lurah aktif ...", "Camat diinstruksikan untuk ..."): what follows is
#: their task, no way for citizens to take part.
_OFFICIALS_ASKED = re.compile(
    rf"(?:{TASKING}|(?:^|[.,;]\s*|\b(?:seluruh|semua|para|setiap)\s+)){APPARATUS}\b"
    r"(?:\s+(?:diminta|diinstruksikan|ditugaskan|diperintahkan|wajib|harus))?[^.;:!?]{0,40}$", re.I)
#: The office telling what it did itself ("Pada Selasa pagi, saya bersama Kapolsek ... | mendatangi SD ...", "Petugas
#: gabungan | mendatangi rumah warga"): a report of its checks, no way for citizens to take part.
_OFFICE_DID = re.compile(r"^\W*(?:(?:pada|sejak|selama|hari|tadi|kemarin|sebelumnya)\b[^,.;]{0,60},\s*)?"
                         r"(?:saya|kami|tim\s+(?:kami|gabungan)|petugas(?:\s+gabungan)?)\b(?!\s+(?:di|ke)\b)"
                         # "Kami minta warga menguras ...": an ask, not a report of what was done
                         r"(?![^.;:!?]*\b(?:minta|mohon|ajak|imbau|harap|silakan)\b)"
                         # "Petugas datang ..., jadi peternak cukup mendaftarkan ...": the citizens' own act follows
                         r"(?![^.;:!?]*\b(?:jadi|sehingga|maka|cukup|dapat|bisa|boleh|warga|masyarakat)\b)"
                         r"[^.;:!?]{0,160}$", re.I)
_IN_SUBJECT = re.compile(r"\byang\s+(?:ingin|akan|hendak|mau|belum|sudah|telah|kesulitan|berminat)\s+$", re.I)


#: A bare imperative right before a channel ("lapor lewat aplikasi X", "daftar via tautan Y"): part of the how,
#: or the post says "Lewat aplikasi X" and loses what to do there.
_VERB_BEFORE = re.compile(r"\b(?:(?:segera|langsung|cukup|silakan)\s+)?(?:lapor|daftar|cek|ajukan|adukan|bayar|"
                          r"kirim|unggah|isi)\s+$|"
                          # in the passive, what can be done there ("bisa dicek di situs resmi Korlantas")
                          r"\b(?:bisa|dapat|cukup)\s+di(?:cek|akses|unduh|lihat|pantau|laporkan|ajukan|beli|bayar|"
                          r"isi|daftarkan)\s+$", re.I)


def _sentence_before(text: str, start: int) -> str:
    """The words of `start`'s sentence before it ("Pertanyaan seputar pendaftaran dapat disampaikan ")."""
    return re.split(r"[.!?\n](?=\s)|\n", text[max(0, start - 200) : start])[-1]


#: A label that names the how, then the way itself ("Caranya gampang: serahkan berkas ke petugas ...", "Cara daftar:
#: isi formulir di ...").
_HOW_LABEL = re.compile(r"\b(?i:caranya|cara\s+(?:daftar|mendaftar|ikut|lapor|melapor|mengajukan|mengurus|bayar|"
                        r"membayar|pembayaran))"
                        r"(?:\s+(?i:gampang|mudah|cukup|simpel))?\s*:[ \t]*([^.;:!?\n]{5,160}?)"
                        r"(?=\s*(?:,\s+(?:nanti|lalu|kemudian|paling\s+lambat|selambat-lambatnya|sebelum|mulai)\b"
                        r"|[.;:!?\n]|$))")


#: The next step of a way in, after the step before it ("membuka laman X, kemudian memilih menu Y, lalu ..."), to
#: its clause's end; a step is its own how.
_NEXT_STEP = re.compile(r",\s+(?:kemudian|lalu|selanjutnya|setelah\s+itu)\s+((?:[^.;:\n]|[.:](?=[\w/]))+)", re.I)


#: A way in cut at its header's colon, its object on the lines below ("DAFTAR LANGSUNG DI:"): no way by itself.
_DANGLING = re.compile(r"\b(?i:di|ke|melalui|lewat|via|pada)$")
#: A link alone on its line, after a label or none ("ATAU DARING:" then "beasiswa.x.go.id", "Info: www.x.go.id"):
#: where citizens go to register or to read more.
_LINK_LINE = re.compile(r"^[^\w\n]{0,3}[ \t]*(?:[A-Za-z][\w ]{0,30}:[ \t]*)?"
                        r"(?P<link>(?:https?://)?(?:www\.)?[a-z0-9\-]+(?:\.[a-z0-9\-]+)*\.(?:go\.id|id|com|org|net|"
                        r"info|ly|co)(?:/[^\s]*)?)[ \t]*$", re.M | re.I)


#: A warning ("Jangan membuka tautan itu") or what the office never asks ("tidak pernah meminta warga mengisi NIK
#: melalui tautan ..."): no way in.
_FORBIDDEN = re.compile(r"(?i:jangan|dilarang)\b")
_NOT_ASKED = re.compile(r"\b(?:tidak|tak|bukan|belum)\s+(?:pernah\s+)?(?:meminta|menyuruh|mewajibkan|memungut|"
                        r"menarik)\b[^.;\n]{0,40}$", re.I)
#: No sign-up needed ("Tidak perlu mendaftar", "tanpa perlu daftar dulu"): how to take part is to come.
NO_SIGN_UP = re.compile(r"\b(?:(?:tidak|tak)\s+(?:perlu|usah|harus)|tanpa\s+perlu)\s+(?:mendaftar|daftar)"
                        r"(?:\s+(?:dulu|terlebih\s+dahulu|lebih\s+dulu))?\b(?!\s+ulang)", re.I)


#: A cheer to sign up that names no channel ("Yuk daftar, jangan sampai kehabisan kuota! Tag kawan ..."): the call to
#: action the post writes itself, no step.
_CHEER = re.compile(r"(?:daftar|mendaftar)(?:kan\s+diri)?(?:\s+(?:sekarang|segera|ya|yuk))?\s*(?:[,!]|$)", re.I)
_CHEERED = re.compile(r"\b(?:ayo|ayok|yuk|mari|buruan|segera)\s+$", re.I)


#: A heading over the steps, each on its own line ("Cara daftar ✍️", "LANGKAH PENGAJUAN:") then "1️⃣ Isi formulir di
#: ...", "2. Unggah ...": every step is a way in, and the heading's own "daftar" is none.
_STEPS_HEADER = re.compile(r"^[^\w\n]{0,4}[ \t]*[*_]*(?:cara|langkah(?:-langkah)?|tahapan|alur)\s+(?:untuk\s+)?"
                           r"(?:daftar|mendaftar|pendaftaran|ikut|mengikuti|lapor|melapor|pelaporan|pengaduan|"
                           r"pengajuan|mengajukan|mengurus|klaim|mengklaim|pemesanan|memesan)\b[^\n:]{0,30}:?[^\w\n]*\n",
                           re.I | re.M)
_STEP_ITEM = re.compile(r"^[ \t]*(?:" + LIST_MARK + r")[ \t]*([^\n]{3,160})$", re.M)


def _listed_steps(text: str, begin: int) -> Iterator[Fact]:
    for header in _STEPS_HEADER.finditer(text, begin):
        pos = header.end()
        while item := _STEP_ITEM.match(text, pos):
            yield span_fact(Slot.HOW, text, item.start(1), item.end(1))
            pos = item.end() + 1


def find_how(text: str, begin: int) -> Iterator[Fact]:
    """Every way citizens take part, register or report, after the headline at `begin`."""
    for m in _LINK_LINE.finditer(text, begin):
        yield span_fact(Slot.HOW, text, m.start("link"), m.end("link"))
    headers = [m.span() for m in _STEPS_HEADER.finditer(text, begin)]
    yield from _listed_steps(text, begin)
    for m in NO_SIGN_UP.finditer(text, begin):
        yield span_fact(Slot.HOW, text, m.start(), m.end())
    acts = [f for f in _how_acts(text, begin) if not (any(a <= f.start < b for a, b in headers)
                                                       or _DANGLING.search(f.text) or _FORBIDDEN.match(f.text)
                                                       or _NOT_ASKED.search(text, max(begin, f.start - 60), f.start)
                                                       or (_CHEER.match(f.text)
                                                           and _CHEERED.search(text, max(0, f.start - 10), f.start)))]
    for fact in acts:
        if any(o.end - o.start > fact.end - fact.start and o.start < fact.end and fact.start < o.end for o in acts):
            continue  # the same way in read twice: "melalui laman X" inside "Pendaftaran ... melalui laman X, ..."
        yield fact
        end = fact.end
        while step := _NEXT_STEP.match(text, end):
            end = cut_at(text, step.start(1), step.end(1), _HOW_END)
            if len(text[step.start(1):end].split()) >= 2:
                yield span_fact(Slot.HOW, text, step.start(1), end)


def _how_acts(text: str, begin: int) -> Iterator[Fact]:
    for m in _HOW_LABEL.finditer(text, begin):
        yield span_fact(Slot.HOW, text, m.start(1), m.end(1))
    acts = [(m.start(1), cut_at(text, m.start(1), m.end(1), _HOW_END)) for m in _VIA_ACT.finditer(text, begin)
            if not _ASKING.search(_sentence_before(text, m.start(1))) and not _negated(text, m.start(1))]
    for start, end in acts:
        if len(text[start:end].split()) >= 2:
            yield span_fact(Slot.HOW, text, start, end)
    for m in _DETOUR.finditer(text, begin):
        yield span_fact(Slot.HOW, text, m.start(1), cut_at(text, m.start(1), m.end(1), _HOW_END))
    for pattern in (_HOW, _VIA):
        for start, end in cut_matches(pattern, _HOW_END, text, begin):
            if _ASKING.search(_sentence_before(text, start)[-50:]) or _negated(text, start):
                continue
            said = _sentence_before(text, start)[-120:]
            if _WRONGDOER.search(said) and not _IF.search(said):
                continue
            before = text[max(0, start - 30) : start]
            if pattern is _HOW and _DESCRIBED.search(before):
                continue
            if pattern is _HOW and _PLIGHT.search(said):  # "kesulitan saat hendak mendaftar BPJS, ... atau ..."
                continue
            if _OFFICIALS_ASKED.search(said):  # "meminta para lurah aktif | mendatangi warga": their task
                continue
            whole = _sentence_before(text, start)
            if _OFFICE_DID.match(whole) and not _ASKED_TO.search(whole):  # "saya bersama Kapolsek ... mendatangi"
                continue
            if _IN_SUBJECT.search(before):  # the act the subject wants; its predicate says how ("... dapat X")
                turn = _PREDICATE.search(text, start, end)
                if not turn:
                    continue
                start = turn.end()
            reported = _REPORTED.search(text, max(begin, start - 60), start)
            if reported and reported.group(0).lower().startswith("untuk") and _ASKED_TO.search(
                    _sentence_before(text, start)):
                reported = None  # "meminta orang tua ... untuk melapor ke ...": what they are asked to do
            if _NEGATED_MODAL.search(before) or reported:
                continue
            if _SAME_CHANNEL.search(text, start, end):  # "melalui laman yang sama": named before already
                continue
            verb = _VERB_BEFORE.search(text, max(begin, start - 25), start) if pattern is _VIA else None
            start = verb.start() if verb and not _negated(text, verb.start()) else start
            if len(text[start:end].split()) >= 2:
                yield span_fact(Slot.HOW, text, start, end)
