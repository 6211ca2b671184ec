"""The lead of a draft: the clause that gives citizens the most.

A humas editor opens a post with what citizens get (a free service, a lower price, works that end
a nuisance, what to do in an emergency, the truth behind a hoax), never with a study visit, an
official's quote or an attendance list. Each clause that is not ceremony is weighed by what it
offers, asks or settles for citizens; a contact line or a registration step is a fact for later
lines, not a lead. When no clause weighs enough, the draft gives citizens nothing.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from bot.core.reading.informal import standard
from bot.core.reading.key_facts import FREE
from bot.core.reading.lead_gives import GIVES, RELIEF, STILL_SO
from bot.core.reading.lead_lines import (
    EMPHASIS_BONUS,
    ITEM_LINE,
    SUBJECT_LINE,
    answers_special_case,
    header_lines,
    headlined,
    in_schedule_row,
    line_of,
)
from bot.core.reading.lead_order import ASKING_KINDS, asks_listed, disruption_first, safety_first
from bot.core.reading.lead_roles import role_weight
from bot.core.reading.lead_shape import (
    SELLERS_PENALTY,
    announces_list,
    bare_cost,
    counts_unnamed,
    for_sellers,
    parts_after_whole,
)
from bot.core.reading.official_acts import STAFF_ASKED
from bot.core.reading.rumour import (
    answers_rumour,
    fee_rumour,
    rumour_and_truth,
    rumour_spans,
    rumour_words,
    says_otherwise,
    states_no_case,
)
from bot.core.reading.sheet import Clause, DraftKind

_I = re.I
_FREE_WEIGHT = 3.0
#: Who stays free beside a fare ("lansia ... dan penyandang disabilitas tetap gratis"): an exception to the price,
#: second to the offer itself (in a clarification, "tetap gratis" is the truth and keeps its weight).
_STILL_FREE = re.compile(r"\btetap\s+(?:gratis|bebas\s+(?:biaya|tarif|ongkos))\b", re.I)
STILL_FREE_PENALTY = 1.0
#: What a service keeps doing through a holiday or a disruption ("tetap jalan selama libur Natal"): news even
#: outside a clarification.
_THROUGH = re.compile(r"\b(?:selama|saat|ketika|meski(?:pun)?|walau(?:pun)?|di\s+tengah|libur|cuti\s+bersama|"
                      r"lebaran)\b", re.I)
#: A label that says the line's offer is free ("🔴 Gratis: tes malaria dan obatnya di semua puskesmas").
_FREE_LABEL = re.compile(r"\b(?:gratis|free|tanpa\s+biaya|bebas\s+biaya|cuma-cuma)\W{0,3}:[\s*_]*$", _I)
_REQUIRED_HEAD = re.compile(r"(?m)^\W*(?:syarat|persyaratan|ketentuan\s+peserta|berkas|dokumen)\b[^\n]{0,40}:\s*$"
                            # a tariff's rows ("Mulai 1 Maret 2027 tarifnya:" then "👉 Penyandang disabilitas tetap
                            # gratis"): a price each, for the cost line, never the lead
                            r"|^[^\n]{0,40}\b(?:tarif|harga|biaya)(?:nya)?\b[^\n:]{0,30}:\s*$", _I)
#: Free said right after the offer, set off by commas ("akan mengadakan sidang itsbat nikah terpadu, gratis, di
#: Aula ..."), as speech does: the offer's clause is free.
_FREE_AFTER = re.compile(r"\s*,\s*(?:gratis|tanpa\s+biaya|cuma-cuma|tidak\s+dipungut\s+biaya)\s*,", _I)
#: An appeal's frame right before a clause ("Bupati mengimbau masyarakat agar | tidak membakar lahan"): the
#: clause is what citizens are asked to do, however plainly it is worded. After "bahwa" a statement follows, no ask
#: ("mengingatkan bahwa penebusan pupuk untuk Musim Tanam I dibuka ...").
ASK_FRAME = (r"\b(?:mengimbau|menghimbau|meminta|minta|mengajak|mengingatkan|berpesan|diimbau|dihimbau|diminta|diajak|"
             r"diingatkan|diharapkan)\b(?:(?!\bbahwa\b)[^,.;:\n]){0,60}?\b(?:agar|untuk|supaya)\s+")
_ASKED = re.compile(ASK_FRAME + r"$", _I)
ASKED_WEIGHT = 2.0
_ASKED_FACTOR = {DraftKind.APPEAL: 1.5, DraftKind.EMERGENCY: 1.5}
#: Officials asked, just before ("Bupati meminta para pejabat baru segera menyesuaikan diri ... Ia mengingatkan agar
#: ..."): an instruction to the staff, not an ask of citizens.
_STAFF_ASKED = re.compile(STAFF_ASKED, _I)
_PUBLIC = re.compile(r"\b(?:warga|masyarakat|publik|orang\s+tua|peserta|pengendara|penumpang|pelanggan|petani|"
                     r"nelayan|pedagang)\b", _I)
#: Free in other words: a cost the state bears in full ("Premi ... ditanggung penuh oleh pemerintah daerah").
_BORNE = re.compile(r"\b(?:iuran|biaya)\w*\s+(?:\w+\s+)?ditanggung\s+(?:penuh\s+)?(?:oleh\s+)?"
                    r"(?:pemerintah|pemda|negara|APBD|Pemkab|Pemkot|Pemprov)\b", _I)
_FREE_VERB = re.compile(r"\b(?:di)?gratiskan\b|\bcuma-cuma\b|" + _BORNE.pattern, _I)
#: An organiser's act right before the clause ("Pemkot akan menggelar | khitanan massal gratis").
_ORGANISED = re.compile(r"\b(?:menggelar|menyelenggarakan|menggulirkan|meluncurkan|menyalurkan|mencanangkan|"
                        r"melaksanakan|meresmikan|membuka|memberlakukan|menetapkan|menyiapkan|menyediakan|"
                        r"menjalankan|menghadirkan|mengadakan|memberikan|melakukan)"
                        r"(?:\s+(?:program|kegiatan))?\s*$", _I)
ORGANISED_WEIGHT = 2.0
_ORGANISED_FACTOR = {DraftKind.EVENT: 1.5, DraftKind.SERVICE: 1.5}
#: Aid handed over in an emergency ("BPBD menyalurkan 600 paket sembako ..., Rabu") reports the response; the
#: help citizens can go to now (a public kitchen that serves them) leads.
_HANDED = re.compile(r"\b(?:menyalurkan|membagikan|menyerahkan|memberikan)\s*$", _I)
HANDED_FACTOR = 0.5
#: A launch is a ceremony: its place and day are the ceremony's, not where citizens get what it launches
#: ("meluncurkan Layanan X di halaman Panti ..., Kamis"), so it counts half.
_LAUNCHED = re.compile(r"\b(?:meluncurkan|meresmikan|mencanangkan)(?:\s+(?:program|kegiatan))?\s*$", _I)
#: A clause that points back ("layanan ini gratis") restates; the lead names the thing itself.
_ANAPHORA = re.compile(r"^(?:(?:\w+\s+){0,3}"
                       # a time said from today points to nothing before ("Operasi katarak tahun ini ...")
                       r"(?<!tahun\s)(?<!bulan\s)(?<!pekan\s)(?<!minggu\s)(?<!kali\s)(?:ini|itu|tersebut)|"
                       # each of the places named before ("Di setiap lokasi, beras dijual ...")
                       r"(?:di\s+)?(?:setiap|tiap|masing-masing)\s+(?:lokasi|titik|tempat|posko|pos)\b|(?:semua|seluruh)\s+\w+(?:\s+\w+)?\s+(?:gratis|"
                       r"tidak|tanpa|juga|tetap|dapat|bisa)"
                       # a bare head as the subject names nothing ("Kegiatan terbuka untuk umum ...")
                       r"|(?:kegiatan|acara|rangkaian\s+kegiatan)\s+(?:terbuka|gratis|tidak|tanpa|juga|tetap))\b", _I)
ANAPHORA_PENALTY = 2.0
#: A clause that adds to what was named before ("Selain pameran produk, sejumlah stan juga membuka pelayanan"):
#: a part of the whole (one stall of a fair), not the whole.
_ADDED = re.compile(r"^(?:selain|di\s+samping)\b(?!\s+itu\b)|\b(?:juga|pula)\b", _I)
ADDED_PENALTY = 1.0
#: Opened by what it adds to ("Selain khitanan, panitia juga membuka layanan pengobatan gratis ..."): when the
#: headline, the opening sentence or any sentence before names that thing, it is the news and this clause a side
#: offer (half weight); otherwise it is background ("Selain bantuan logistik, Pemkab ... membuka layanan darurat ...").
_BESIDES = re.compile(r"^(?:selain|di\s+samping)\s+(?!itu\b)(\w{4,})", _I)
BESIDES_FACTOR = 0.5
#: A phrase of means that opens a sentence ("Melalui program Bantuan Premi ... 2027, KKP menetapkan ..."): it
#: names the programme the main clause after its comma acts in, and gives citizens nothing by itself.
#: An alternative joined to what came before ("atau mengurus langsung di kantor ..."): a second way, no lead.
_ALTERNATIVE = re.compile(r"^(?:atau|ataupun|maupun)\b", _I)
ALTERNATIVE_PENALTY = 2.0
_MEANS = re.compile(r"^(?:melalui|lewat|dalam\s+rangka|sebagai\s+bagian\s+dari)\b", _I)
#: An office's ongoing effort ("KKP terus memperkuat perlindungan bagi nelayan kecil"): a policy's preamble, not
#: what citizens get now.
_EFFORT = re.compile(r"\b(?:terus|senantiasa|berkomitmen(?:\s+untuk)?|berupaya)\s+(?:memperkuat|meningkatkan|mendorong|"
                     r"mengoptimalkan|memperluas|menghadirkan|memastikan)\b", _I)
EFFORT_PENALTY = 1.0
#: A programme's history ("Layanan keliling ini merupakan tahun ketiga program jemput bola ..."): background.
_HISTORY = re.compile(r"\bmerupakan\s+(?:tahun|kali|edisi|penyelenggaraan|pelaksanaan|angkatan)\s+(?:ke-?\w+|pertama|"
                      r"kedua|ketiga|keempat|kelima)\b|"
                      # why it exists ("Para tetua kampung sering mengeluhkan bahwa anak-anak ...")
                      r"\b(?:sering|kerap|selama\s+ini)\s+(?:mengeluhkan|mengeluh|dikeluhkan)\b", _I)
#: A clause whose head is an officials' meeting about the offer ("rapat persiapan kegiatan khitanan massal ...",
#: "sosialisasi sidang isbat nikah"): it reports the meeting; the clause that states the offer leads.
_MEETING_HEAD = re.compile(r"^\W*(?:rapat|rakor|sosialisasi|audiensi|pertemuan|persiapan|koordinasi)\b", _I)
MEETING_HEAD_PENALTY = 3.0
#: The offer named only by pointing back, anywhere in the clause ("tidak ada biaya apa pun untuk mendapatkan
#: bantuan ini"): the clause restates what an earlier one named.
_POINTS_BACK = re.compile(r"\b(?:bantuan|layanan|pelayanan|program|kegiatan|acara|fasilitas|lomba|festival|"
                          r"pelatihan|beasiswa)\s+(?:ini|itu|tersebut)\b", _I)
#: A place that points back ("Denda dihapus kalau bayar di sini"): the clause needs the one before it.
_DEICTIC = re.compile(r"\b(?:di|ke)\s+(?:sini|situ)\b", _I)
#: A connective that opens a clause ("Untuk itu, masyarakat diminta ..."): it points back, its clause does not.
CONNECTIVE = re.compile(r"^(?:(?:untuk|oleh\s+karena|karena|dengan\s+demikian|selain|di\s+samping|"
                         r"meski(?:pun)?\s+begitu)\s+itu\s*,?\s*|"
                         r"(?:makanya|makanye|makane)\s*,?\s+|(?:jadi|nah)\s*,\s*)", _I)
#: A contact line, a registration step or a report channel: a fact for later lines, not the lead.
_LATER = re.compile(
    r"\b(?:hubungi|menghubungi|nomor\s+(?:telepon\s+|telp\.?\s+|hp\s+|whatsapp\s+|wa\s+)?[\d(+]+|"
    r"(?:whatsapp|WA)\s*:?\s*\+?\d+|call\s+center|hotline|care\s+center|informasi\s+lebih\s+lanjut|"
    r"ditanyakan|bertanya|menanyakan|melapor|laporan|mendaftar|melampirkan|dipantau|diperbarui|pengaduan|aduan|unduh|"
    r"mengunduh)\b", _I)
#: A clause that only sets the scene (a place, a day) or tags an attribution; an opening phrase joined to its
#: clause by a comma ("Di setiap lokasi, tersedia ...") sets the scene of content.
_SETTING = re.compile(r"^(?:bertempat|berlokasi|pada|di|mulai|pukul|sejak|hingga|sampai)\b", _I)
#: A step of the procedure as the clause's subject ("nomor antrean dibagikan 30 menit sebelum layanan buka"): how to
#: be served, for the how line, never what is offered.
_PROCEDURE = re.compile(r"^\W*(?:nomor\s+antre\w*|kupon\s+antre\w*|tiket\s+antre\w*|antrean|formulir|berkas)\b", _I)
PROCEDURE_PENALTY = 3.0
#: A ban that stays as it was ("Kendaraan di atas 8 ton tetap DILARANG melintas"): a rule kept, not the news.
_STILL_BANNED = re.compile(r"\b(?:tetap|masih)\s+(?:dilarang|tidak\s+(?:boleh|diperbolehkan|diizinkan))\b", _I)
STILL_BANNED_PENALTY = 2.0
#: The source or the occasion of a notice ("Berdasarkan peringatan dini BMKG ...", "Sehubungan dengan
#: pelaksanaan ..."): it frames what follows and never leads.
FRAME_OPENERS = r"berdasarkan|merujuk|mengacu|sehubungan\s+dengan|menindaklanjuti|menanggapi"
_SOURCE = re.compile(rf"^(?:{FRAME_OPENERS})\b|"
                     # why the notice was given ("Imbauan ini disampaikan seiring diperpanjangnya status siaga")
                     r"^(?:\w+\s+){1,3}(?:ini|itu|tersebut)\s+(?:juga\s+)?(?:di)?(?:sampaikan|keluarkan|terbitkan|"
                     r"umumkan|berikan)\s+(?:seiring|menyusul|karena|mengingat|sehubungan|setelah|menjelang)\b", _I)
LATER_PENALTY = 2.5
#: A condition citizens meet (papers to bring, a levy to pay) is a fact for later lines, not what they get,
#: unless the clause says it got simpler or cheaper ("kini cukup menunjukkan KTP", "tidak perlu lagi ...").
_PAPERS = (r"(?:KTP|KK|SIM|kartu|fotokopi|surat|STNK|BPKB|berkas|dokumen|buku|akta|ijazah|pas\s+foto|rapor|NIK|"
           r"bukti|formulir|materai|meterai)")
_CONDITION = re.compile(
    r"\b(?:membawa|menunjukkan|melampirkan|menyiapkan|mengunggah|menyertakan|menyerahkan)\s+(?:\w+\s+){0,3}?"
    + _PAPERS + r"|\b(?:dikenakan|dipungut|membayar|dibayar(?:kan)?)\s+(?:\w+\s+){0,3}?(?:iuran|retribusi|"
    r"biaya\s+(?:persiapan|administrasi|perawatan|pemeliharaan|materai|meterai))|"
    r"\b(?:iuran|retribusi|biaya\s+(?:persiapan|administrasi|perawatan|pemeliharaan))\b[^,;]{0,40}Rp\s?\d", _I)
_EASIER = re.compile(r"\b(?:tidak\s+perlu|tidak\s+lagi|tak\s+lagi|tanpa|kini|sekarang|gratis|dibebaskan|dihapus\w*|"
                     # a relief on the condition that the current dues are paid is still a relief
                     r"bebas|menghapus\w*|membebaskan|menggratiskan|meniadakan|pemutihan|keringanan)\b", _I)
CONDITION_PENALTY = 3.0
#: A figure recorded ("Data panel harga dinas mencatat beras ... Rp14.500"): background to a notice, a result
#: only in an achievement.
_RECORDED = re.compile(r"\b(?:mencatat|tercatat|dicatat|data\s+(?:\w+\s+){0,3}?(?:menunjukkan|mencatat))\b", _I)
RECORDED_PENALTY = 2.0
#: What a group already received at an occasion that is over ("120 pasangan ... resmi menerima buku nikah setelah
#: mengikuti sidang"): a report of the past, not what an event or a service offers readers now.
_RECEIVED = re.compile(r"\b(?:resmi|telah|sudah)\s+(?:menerima|mendapat(?:kan)?|memperoleh|mengantongi)\b", _I)
RECEIVED_PENALTY = 2.0
#: A clause that states a rumour and denies it ("... wajib membeli seragam ... tidak benar") repeats the hoax;
#: the lead of a clarification is the correct fact.
_DENIED = re.compile(r"\b(?:tidak\s+benar|hoaks|hoax|bohong|palsu|disinformasi)\b(?:\s+\w+){0,2}\s*$", _I)
DENIED_PENALTY = 3.0
#: What the office says it never did ("Dinas tidak pernah membuka pendaftaran lewat link apa pun"): in a
#: clarification, the denial in other words; the true fact it then states leads.
#: A rule of what citizens must not do with what they get ("Lampu tidak boleh dijual"): the lead of an appeal, never
#: an offer's (its verb would weigh as a sale).
_FORBIDS = re.compile(r"\b(?:tidak|tak)\s+(?:boleh|diperbolehkan|diperkenankan|diizinkan)\s+(?:di|me|ber)\w+|"
                      r"\bdilarang\s+(?:di|me|ber)\w+", _I)
FORBIDS_PENALTY = 4.0
#: (A fee never charged, "tidak pernah memungut biaya", is the truth itself.)
_NEVER_DID = re.compile(r"\btidak\s+pernah\s+(?!(?:memungut|menarik|mengenakan|menagih)\b)me\w+", _I)
QUOTE_PENALTY = 1.0
#: A FAQ's answer to a special case (lead_lines.answers_special_case).
SPECIAL_CASE_PENALTY = 2.0
#: A plan, not yet an offer ("Tahun depan, BKD berencana membuka layanan jemput bola ..., namun jadwalnya masih
#: disusun"): citizens cannot use it. (Not "direncanakan digelar Sabtu": a scheduled event is news.)
_PLANNED = re.compile(r"\b(?:(?<!keluarga\s)berencana|merencanakan|rencananya|mewacanakan|diwacanakan|wacana)\b|"
                      r"\bmasih\s+(?:disusun|dibahas|dikaji|digodok|dirumuskan)\b", _I)
#: What a clarification states right after it denies the rumour is its lead's place.
TRUTH_BONUS = 1.5
#: A clause that takes up the rumour's own words and says it is otherwise (rumour.answers_rumour), wherever it stands.
ANSWER_BONUS = 1.0
#: A denial that states there is no case ("tidak ada satu pun laporan anak hilang"): the fact a clarification is
#: about, before what goes on as before ("sekolah tetap berjalan").
NO_CASE_BONUS = 2.0
#: A rumour of a fee ("wajib membayar Rp35.000 per anak"): "gratis" answers it, whatever its other words.
FEE_BONUS = 1.0
#: The lowest weight of a lead: below it the draft gives citizens nothing.
LEAD_FLOOR = 2.5
MIN_WORDS, MAX_WORDS = 3, 30


BARE_COST_PENALTY = 1.5
#: What is offered counted, not named (lead_shape.counts_unnamed): the items named after it lead.
COUNTED_PENALTY = 3.0


def clause_benefit(clause: str, kind: DraftKind | None = None) -> float:
    """What a clause gives citizens or asks of them (0 = nothing), before its place in the draft."""
    clause = standard(clause)
    score = _FREE_WEIGHT if FREE.search(clause) or _FREE_VERB.search(clause) else 0.0
    if score and bare_cost(clause):
        score -= BARE_COST_PENALTY
    if score and kind != DraftKind.CLARIFICATION and _STILL_FREE.search(clause):
        score -= STILL_FREE_PENALTY
    for pattern, weight, kinds in GIVES:
        if pattern is STILL_SO and kind != DraftKind.CLARIFICATION and not _THROUGH.search(clause):
            continue  # "Loket manual tetap dibuka": beside a new service, the old way kept is no news
        hits = len(pattern.findall(clause))
        if hits:
            score += weight * min(hits, 2) * (1.5 if kind in kinds else 1.0)
    if _LATER.search(clause):
        score -= LATER_PENALTY
    if _CONDITION.search(clause) and not _EASIER.search(clause) and not _BORNE.search(clause):
        score -= CONDITION_PENALTY
    if kind != DraftKind.ACHIEVEMENT and _RECORDED.search(clause):
        score -= RECORDED_PENALTY
    if kind in (DraftKind.EVENT, DraftKind.SERVICE) and _RECEIVED.search(clause):
        score -= RECEIVED_PENALTY
    if kind == DraftKind.CLARIFICATION and _NEVER_DID.search(clause):
        return 0.0
    if kind in (DraftKind.EVENT, DraftKind.SERVICE) and _FORBIDS.search(clause):
        score -= FORBIDS_PENALTY
    if _DENIED.search(clause):
        if kind == DraftKind.CLARIFICATION:  # the rumour restated, however much it promises
            return 0.0
        score -= DENIED_PENALTY
    if _ANAPHORA.match(CONNECTIVE.sub("", clause)) or _DEICTIC.search(clause) or _POINTS_BACK.search(clause):
        score -= ANAPHORA_PENALTY
    if _ADDED.search(clause):
        score -= ADDED_PENALTY
    if _ALTERNATIVE.match(clause):
        score -= ALTERNATIVE_PENALTY
    if _MEETING_HEAD.match(clause):
        score -= MEETING_HEAD_PENALTY
    if counts_unnamed(clause):
        score -= COUNTED_PENALTY
    if _SETTING.match(clause) and "," not in clause:
        score -= 2.0
    if _PROCEDURE.match(clause):
        score -= PROCEDURE_PENALTY
    if _SOURCE.match(clause):
        return 0.0
    n = len(clause.split())
    if n < MIN_WORDS:
        score -= 2.0
    elif n > MAX_WORDS:
        score -= 1.0
    if n >= MIN_WORDS:  # what the clause does for the draft's kind, whatever its words
        score = role_weight(clause, kind, score)
    if _STILL_BANNED.search(clause):
        score -= STILL_BANNED_PENALTY
    return max(score, 0.0)


def _in_quote(draft: str, clause: Clause, sentence_start: int) -> bool:
    before = draft[sentence_start : clause.start]
    return (before.count('"') + before.count("“") + before.count("”")) % 2 == 1 or before.count("“") > before.count("”")


def _position_bonus(sentence: int, first_body: int) -> float:
    at = sentence - first_body
    return 1.5 if at <= 0 else 1.0 if at <= 2 else 0.5 if at <= 5 else 0.0


def weigh(draft: str, clauses: Sequence[Clause], sentences: Sequence[tuple[int, int]], kind: DraftKind,
          title: str = "") -> list[Clause]:
    """The clauses with their benefit set (ceremony weighs nothing)."""
    headers = header_lines(draft, sentences)
    first_body = max(headers, 1 if title else 0)
    # a rumour told then denied leads no draft, whatever its kind (a road notice may open by retelling one)
    rumour, truth = rumour_and_truth(draft, sentences)
    if kind != DraftKind.CLARIFICATION:
        truth = set()
    told = rumour_spans(draft, sentences) if kind == DraftKind.CLARIFICATION else []
    claimed = rumour_words(draft, sentences) if kind == DraftKind.CLARIFICATION else frozenset()
    opening = (title + " " + draft[sentences[0][0] : sentences[0][1]] if sentences else title).lower()
    retold = [sentences[i] for i in rumour] + told
    free_answer = (next((c for c in clauses if c.start >= max((e for _, e in retold), default=0)
                         and FREE.search(c.text) and not _DENIED.search(c.text)), None)
                   if fee_rumour(draft, retold, claimed) else None)
    out = []
    for c in clauses:
        if (c.ceremonial or c.sentence in rumour or any(s <= c.start and c.end <= e + 1 for s, e in told)
                or ITEM_LINE.match(line_of(draft, c)) and _REQUIRED_HEAD.search(
                    draft, max(0, draft.rfind("\n\n", 0, c.start), c.start - 600), c.start)
                or announces_list(draft, c, sentences[c.sentence][0]) or line_of(draft, c).count("|") >= 2
                or in_schedule_row(draft, c)):
            out.append(replace(c, benefit=0.0))
            continue
        if draft[sentences[c.sentence][0] : sentences[c.sentence][1]].rstrip().endswith("?"):
            out.append(replace(c, benefit=0.0))  # a question (a FAQ's "Kapan pendaftaran dibuka?"): its answer leads
            continue
        score = clause_benefit(c.text, kind)
        if (_FREE_LABEL.search(draft, max(0, c.start - 30), c.start)
                or _FREE_AFTER.match(draft, c.end)) and not FREE.search(c.text):
            score += _FREE_WEIGHT
        if _MEANS.match(c.text) and c.start <= sentences[c.sentence][0] + 1 and draft[c.end : c.end + 1] == ",":
            score = 0.0
        elif _EFFORT.search(c.text) or _HISTORY.search(c.text):
            score -= EFFORT_PENALTY
        before = max(sentences[c.sentence][0], c.start - 80)
        framed_by = draft[sentences[c.sentence][0] : c.start]
        if _ADDED.search(framed_by[-80:]) and not _ADDED.search(c.text) and framed_by.rstrip()[-1:] != ".":
            score -= ADDED_PENALTY  # "Di area festival juga tersedia gerai ..., antara lain | perekaman KTP-el ..."
        staff = (_STAFF_ASKED.search(draft, max(0, sentences[c.sentence][0] - 250), c.start) is not None
                 and not _PUBLIC.search(draft, before, c.start))
        if _ASKED.search(draft, before, c.start) and not _in_quote(draft, c, sentences[c.sentence][0]) and not staff:
            score += ASKED_WEIGHT * _ASKED_FACTOR.get(kind, 1.0)
        if score > 0 and _ORGANISED.search(draft, before, c.start) and not _MEETING_HEAD.match(c.text):
            handed = kind == DraftKind.EMERGENCY and _HANDED.search(draft, before, c.start)
            score += ORGANISED_WEIGHT * (HANDED_FACTOR if handed else _ORGANISED_FACTOR.get(kind, 1.0)) * (
                0.5 if _LAUNCHED.search(draft, before, c.start) else 1.0)
        if (besides := _BESIDES.match(c.text)) and re.search(rf"\b{re.escape(besides.group(1).lower())}",
                                                             opening + " " + draft[: c.start].lower()):
            score *= BESIDES_FACTOR
        no_case = c.sentence in truth and states_no_case(c.text)
        fee_answered = c is free_answer  # "Imunisasi di sekolah itu gratis" after "wajib membayar Rp35.000"
        if (answers_rumour(c.text, claimed) or (c.sentence in truth and says_otherwise(c.text)) or no_case
                or fee_answered):
            score = (max(score + ANSWER_BONUS, LEAD_FLOOR) + (NO_CASE_BONUS if no_case else 0.0)  # the true fact
                     + (FEE_BONUS if fee_answered else 0.0))  # citizens asked to pay: the first truth to tell
        subject = c.sentence > 0 and SUBJECT_LINE.search(draft, max(0, c.start - 12), c.start) is not None
        if subject:  # a notice's subject, under "tentang": what it is about, whatever words it uses
            score = max(score, LEAD_FLOOR)
        if score > 0:
            score += _position_bonus(c.sentence, first_body) + (TRUTH_BONUS if c.sentence in truth else 0.0)
            heading = c.sentence > 0 and headlined(line_of(draft, c))
            if heading:  # a broadcast's heading under its masthead: "🩺 *CEK KESEHATAN GRATIS untuk LANSIA* 🩺"
                score += EMPHASIS_BONUS
            # "warga naik gratis," kata Wali Kota: an offer in an official's words (not a name in quotes: '"Cek
            # Kesehatan Gratis", atau WA admin ...')
            offered = FREE.search(c.text) and kind != DraftKind.CLARIFICATION and not re.search(r"[\"“”]", c.text)
            if _in_quote(draft, c, sentences[c.sentence][0]) and not (RELIEF.search(c.text) or offered):
                score -= QUOTE_PENALTY
            if answers_special_case(draft, c):  # "Kalau sakit mendadak atau darurat?" then "IGD buka 24 jam ..."
                score -= SPECIAL_CASE_PENALTY
            if kind in (DraftKind.EVENT, DraftKind.SERVICE) and _CONTINGENCY.search(framed_by):
                score -= SPECIAL_CASE_PENALTY  # "Kalau hujan deras, | layanan pindah ke teras": a fallback, no news
            if _PLANNED.search(draft, before, c.end):  # a plan leads nothing
                score = 0.0
            if for_sellers(draft[sentences[c.sentence][0] : sentences[c.sentence][1]], opening):
                score -= SELLERS_PENALTY
            if c.sentence < headers and not (heading or subject):
                score = min(score, LEAD_FLOOR)
        out.append(replace(c, benefit=round(max(score, 0.0), 2)))
    rows = {c.sentence for c in clauses if in_schedule_row(draft, c)}  # "E. pukul 22.00 ... (aliran ... mati)"
    said = tuple(draft[start:end] for start, end in sentences)
    out = disruption_first(out, kind, frozenset(rumour) | rows, said) if kind != DraftKind.CLARIFICATION else out
    out = safety_first(out, kind)
    out = parts_after_whole(out)
    return asks_listed(draft, out, LEAD_FLOOR) if kind in ASKING_KINDS else out


#: A fallback for bad weather or a mishap before the clause ("Kalau hujan deras, layanan pindah ke teras"): what
#: happens if, no offer.
_CONTINGENCY = re.compile(r"^\W*(?:kalau|jika|bila|apabila|seandainya|jikalau)\s+(?:\w+\s+){0,3}?(?:hujan|cuaca|"
                          r"banjir|mati\s+listrik|listrik\s+padam|gangguan|berhalangan|penuh|kehabisan|habis)\b[^,]{0,40},\s*$",
                          re.I)
#: A clause that says where and when the thing is had ("diambil gratis di Puskesmas Passo ..., Senin sampai Sabtu jam
#: delapan"): of equals, the one a citizen can act on.
_AT_PLACE = re.compile(r"\b(?:di|ke)\s+(?-i:[A-Z])", re.I)
_AT_TIME = re.compile(r"\b(?:senin|selasa|rabu|kamis|jumat|sabtu|minggu|pukul|jam)\b|\b\d{1,2}[.:]\d{2}\b", re.I)


def _actionable(clause: Clause) -> bool:
    return bool(_AT_PLACE.search(clause.text) and _AT_TIME.search(clause.text))


def choose_lead(clauses: Sequence[Clause]) -> Clause | None:
    """The clause that gives citizens the most; of equals, one that says where and when, then the earliest; None
    below the floor."""
    best = max((c for c in clauses if not c.ceremonial), key=lambda c: (c.benefit, _actionable(c), -c.start),
               default=None)
    return best if best is not None and best.benefit >= LEAD_FLOOR else None
