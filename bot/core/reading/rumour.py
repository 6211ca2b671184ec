"""Where a clarification restates the rumour and where it states the truth.

A clarification often opens by telling the rumour in full ("Sejak akhir pekan lalu, sebuah pesan berantai
beredar ... Isinya, seluruh pemilik KTP wajib mencetak ulang ..."), then denies it, then says what is true.
The rumour's sentences promise or demand things like any notice, so read by vocabulary they would lead;
read by structure they are reported speech that the denial below takes back. The sentence right after
the denial (or the denial's own tail) is where the truth stands.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.core.reading.sheet import Fact, Slot

_I = re.I
#: Reported speech of a rumour: a message that circulates and what it says.
_REPORTED = re.compile(
    r"\b(?:beredar|pesan\s+berantai|viral|isinya|isi\s+pesan|disebutkan|menyebut(?:kan)?|narasi(?:nya)?|unggahan|"
    r"diklaim|mengklaim|seolah(?:-olah)?|kabar\s+(?:yang|bahwa|soal)|informasi\s+yang\s+(?:beredar|menyebut))\b", _I)
#: No case behind the claim ("tidak ada satu pun laporan anak hilang", "belum ditemukan kasus"): a denial that
#: states the fact itself, so it may lead.
_NO_CASE = re.compile(r"\b(?:tidak|belum)\s+(?:ada|pernah\s+ada|ditemukan|menerima)\s+(?:satu\s+pun\s+)?"
                      r"(?:laporan|kasus|korban|bukti|temuan)\b", _I)
#: The denial that takes the rumour back.
_DENIAL = re.compile(r"\b(?:tidak\s+benar|hoaks|hoax|bohong|palsu|keliru|disinformasi|tidak\s+sesuai\s+(?:dengan\s+)?"
                     r"fakta|bukan\s+(?:milik|dari|berasal\s+dari)\s+(?:pemerintah|pemkab|pemkot|pemprov|dinas|"
                     r"kementerian|kami))\b|" + _NO_CASE.pattern, _I)
#: A warning against spreading hoaxes ("menyebarkan berita bohong ... dapat dikenai sanksi pidana"): it names a
#: lie but denies nothing.
_WARNING = re.compile(r"\b(?:sanksi|pidana|dipidana|UU\s+ITE|ancaman\s+hukuman|dijerat)\b", _I)
#: A heading over the facts that answer the rumour ("Faktanya:", "Yang benar:"): a denial by structure.
_TRUTH_HEAD = re.compile(r"^\W*(?:faktanya|fakta(?:\s+sebenarnya)?|yang\s+benar|penjelasan)\W*$", _I)
#: A sentence that sets the record straight inside the rumour's paragraph ("Faktanya, ...").
_TRUTH = re.compile(r"\b(?:faktanya|sebenarnya|yang\s+benar|padahal|justru)\b", _I)


def _paragraph_break(draft: str, end: int, start: int) -> bool:
    return "\n\n" in draft[end:start] or "\n \n" in draft[end:start]


def rumour_and_truth(draft: str, sentences: Sequence[tuple[int, int]]) -> tuple[set[int], set[int]]:
    """The sentences that tell the rumour before its first denial, and those that state the truth (the
    denial's sentence and the one after it). Both empty when the draft denies nothing."""
    texts = [draft[s:e] for s, e in sentences]
    # the first denial from where the rumour is first told: a headline's verdict ("Isu Biaya Rp1,5 Juta Tidak
    # Benar") comes before the body retells the rumour, and the body's own denial follows it
    told = next((i for i, t in enumerate(texts) if _REPORTED.search(t)), None)
    denial = next((i for i, t in enumerate(texts) if (_DENIAL.search(t) and not _WARNING.search(t)
                                                       or _TRUTH_HEAD.match(t)) and (told is None or i >= told)), None)
    if told == denial == 0:
        # a headline that names the rumour and calls it a hoax in one line ("PESAN BERANTAI ... ADALAH HOAKS")
        # does not end the body's retelling: that opens at the body's first sentence telling it unjudged
        body_told = next((i for i, t in enumerate(texts) if i and _REPORTED.search(t) and not _DENIAL.search(t)), None)
        body_denial = next((i for i, t in enumerate(texts) if body_told and i > body_told and _DENIAL.search(t)), None)
        if body_told is not None and body_denial is not None and not any(map(_DENIAL.search, texts[1:body_told])):
            denial = body_denial
    if denial is None:
        return set(), set()
    rumour: set[int] = set()
    for i in range(denial):
        # the message quoted under the line that announces it ("... beredar pesan berantai berbunyi:" then the
        # quote as its own paragraph) goes on telling it
        follows = i - 1 in rumour and (not _paragraph_break(draft, sentences[i - 1][1], sentences[i][0])
                                       or draft[sentences[i - 1][0] : sentences[i][0]].rstrip().endswith(":"))
        if (_REPORTED.search(texts[i]) or follows) and not _TRUTH.search(texts[i]):
            rumour.add(i)
    # the message told again after its denial ("Pesan yang mengaku ... itu menyebut ... dan meminta warga ...")
    rumour |= {i for i in range(denial + 1, len(texts))
               if MESSAGE_SAYS.match(texts[i]) and not _DENIAL.search(texts[i])}
    after = denial + 1
    while after < len(texts) - 1 and (after in rumour or after <= denial + 2
                                      and len(re.findall(r"[^\W\d_]{2,}", texts[after])) < 2):
        after += 1  # "Faktanya:" then "1." then the first fact: the item's mark is no sentence of truth
    truth = {i for i in (denial, after) if i < len(texts) and i not in rumour} if rumour else set()
    return rumour, truth


def _told_before_denial(sentence: str) -> tuple[int, int] | None:
    """The span of a sentence that retells the rumour before denying it in the same breath ("Menanggapi pesan
    berantai yang menyebutkan bahwa X, Dinas ... menegaskan informasi tersebut tidak benar"): from the
    reported-speech cue to the denial."""
    denial = _DENIAL.search(sentence)
    told = _REPORTED.search(sentence, 0, denial.start()) if denial else None
    return (told.end(), denial.start()) if told and denial else None


def rumour_spans(draft: str, sentences: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """Character spans of the draft that retell a rumour inside the sentence that denies it: no clause there
    may lead, however much it promises."""
    out = []
    for start, end in sentences:
        span = _told_before_denial(draft[start:end])
        if span is not None:
            out.append((start + span[0], start + span[1]))
    return out


#: A claim said to circulate ("beredar pesan berantai", "video ... ramai dibagikan", "viral"), and its denial in
#: words that only answer a claim ("palsu" also names a fake link in a fraud warning, an appeal).
_CIRCULATES = re.compile(r"\b(?:beredar|pesan\s+berantai|viral|(?:ramai|banyak)\s+(?:dibagikan|beredar|"
                         r"diperbincangkan)|unggahan|narasi)\b", _I)
_ANSWERS = re.compile(r"\b(?:tidak\s+benar|hoaks|hoax|bohong|keliru|disinformasi|tidak\s+sesuai\s+(?:dengan\s+)?"
                      r"fakta|meluruskan|diluruskan)\b", _I)


def answers_a_claim(sentences: Sequence[str]) -> bool:
    """The draft tells a claim that circulates and then takes it back, wherever in the draft: a clarification's
    structure, even when it opens with the service the claim was about ("Dukcapil tetap melayani ... Belakangan
    beredar pesan ... Kepala Dinas memastikan kabar itu tidak benar")."""
    told = next((i for i, s in enumerate(sentences) if _CIRCULATES.search(s)), None)
    return told is not None and any(_ANSWERS.search(s) for s in sentences[told:])


#: A sentence that goes on telling the message it points back at ("Pesan tersebut meminta orang tua ...",
#: "Dalam unggahan itu disebutkan ...").
_MESSAGE_AGAIN = re.compile(r"^\W*(?:(?:dalam|di)\s+)?(?:pesan|unggahan|postingan|kabar|isu|video|narasi|selebaran|"
                            r"tautan|link|informasi)(?:\s+berantai)?\s+(?:tersebut|itu|ini)\b", _I)
#: The message told again after its denial, by what it says ("Pesan yang mengatasnamakan "petugas BMKG" itu menyebut
#: ... dan meminta warga segera mengungsi"): the rumour's demands, never steps for citizens.
MESSAGE_SAYS = re.compile(r"^\W*(?:pesan|unggahan|postingan|video|narasi|selebaran|rekaman|voice\s+note)"
                           r"(?:\s+(?:berantai|suara))?(?:\s+yang\s+[^.;]{0,80}?)?\s+(?:tersebut|itu)\s+"
                           r"(?:juga\s+)?(?:menyebut\w*|meminta|mengajak|menyuruh|berisi|mengklaim|mengimbau)\b", _I)


#: What a retold rumour may still give: what the draft is about, who said it, and the office's counts of it.
_KEPT_IN_RUMOUR = frozenset({Slot.WHAT, Slot.ATTRIBUTION, Slot.FIGURES})


def telling(draft: str, sentences: Sequence[tuple[int, int]]) -> set[int]:
    """The sentences that tell the rumour: those that report it themselves, go on telling it ("Pesan tersebut
    meminta ..."), or stand in the message quoted whole; the office's own account after it is none."""
    rumour, _ = rumour_and_truth(draft, sentences)
    first = min(rumour, default=0)
    texts = [draft[slice(*span)] for span in sentences]
    return {i for i in rumour if _REPORTED.search(texts[i]) or _MESSAGE_AGAIN.match(texts[i])
            or MESSAGE_SAYS.match(texts[i]) or _in_quote(draft, sentences[first][0], sentences[i][0])}


def rumour_aside(draft: str, sentences: Sequence[tuple[int, int]], facts: Sequence[Fact]) -> list[Fact]:
    """The facts without those the retold rumour states ("... yang menyebutkan blanko habis", "membayar
    Rp150.000 kepada ..."): a clarification's hours, costs and steps are the true ones stated after the denial."""
    spans = [sentences[i] for i in telling(draft, sentences)] + rumour_spans(draft, sentences)
    return [f for f in facts if f.slot in _KEPT_IN_RUMOUR or not any(s <= f.start < e for s, e in spans)]


def _in_quote(draft: str, begin: int, start: int) -> bool:
    """Whether a quotation opened between `begin` and `start` is still open at `start`, or one opens there: the
    lines of a message quoted whole after "BEREDAR PESAN BERANTAI:" are the rumour's, cue or none."""
    before = draft[begin:start]
    return (before.count('"') % 2 == 1 or before.count("“") > before.count("”")
            or draft[start : start + 1] in ('"', "“"))


#: A word that says the rumour's thing is otherwise: not so, still so, only so.
_COUNTER = re.compile(r"\b(?:tidak|tak|bukan|tetap|hanya|masih)\b", _I)
#: Words too common to tie a clause to the rumour.
_COMMON = frozenset({"bahwa", "warga", "masyarakat", "seluruh", "semua", "dengan", "untuk", "kepada", "tersebut",
                     "dalam", "akan", "tidak", "sudah", "telah", "yang", "pesan", "berantai", "beredar", "informasi",
                     "kabar", "menyebutkan", "disebutkan", "isinya", "mulai", "bagi", "adalah", "pemerintah", "kota",
                     "kabupaten", "dinas", "karena", "hingga", "sampai",
                     # what a claim costs or demands, not what it is about: a denial of a fee says them again
                     "biaya", "membayar", "dibayar", "administrasi", "dipungut", "pungutan", "wajib", "gratis"})
#: How many of the rumour's words a clause repeats to answer it.
ANSWER_WORDS = 2


def rumour_words(draft: str, sentences: Sequence[tuple[int, int]]) -> frozenset[str]:
    """The content words of the rumour as the draft retells it (its sentences before the denial and the span a
    denying sentence retells)."""
    rumour, _ = rumour_and_truth(draft, sentences)
    spans = [sentences[i] for i in rumour] + rumour_spans(draft, sentences)
    words = {w for s, e in spans for w in re.findall(r"[a-z]{5,}", draft[s:e].lower())}
    return frozenset(words - _COMMON)


def answers_rumour(clause: str, words: frozenset[str]) -> bool:
    """A clause that takes up the rumour's own words and says it is otherwise ("KTP elektronik tetap berlaku
    ... dan tidak akan diblokir" after "seluruh KTP ... akan diblokir"): the true fact, a clarification's lead."""
    if not words or not _COUNTER.search(clause) or _DENIAL.search(clause):  # a verdict retells the rumour
        return False
    return len(set(re.findall(r"[a-z]{5,}", clause.lower())) & words) >= ANSWER_WORDS


#: The thing goes on as before: what a truth says in its own words against a rumour of an end.
_STILL = re.compile(r"\b(?:tetap|masih)\b", _I)
#: Fewest words a clause needs to state the truth on its own.
_TRUTH_WORDS = 5


def says_otherwise(clause: str) -> bool:
    """A clause right after the denial that says the thing is otherwise in its own words ("Kepesertaan JKN warga
    ... tetap berlanjut pada 2027" after "itu tidak benar"): the truth, though it repeats none of the rumour's
    words ("dihentikan")."""
    return (len(clause.split()) >= _TRUTH_WORDS and _STILL.search(clause) is not None
            and not _DENIAL.search(clause) and not _MESSAGE_AGAIN.match(clause))


def states_no_case(clause: str) -> bool:
    """A denial that states the fact itself ("sampai hari ini tidak ada satu pun laporan anak hilang ..."): no
    verdict on words, the truth a clarification leads with."""
    return len(clause.split()) >= _TRUTH_WORDS and _NO_CASE.search(clause) is not None


#: A rumour of a fee: a price, a word of paying, and no claim that a free scheme ends (that one is answered by
#: "tetap berlanjut", not by "gratis").
_PRICE = re.compile(r"\bRp\.?\s?\d|\b\d+\s?(?:ribu|rb)\b", _I)
_PAYING = frozenset({"membayar", "bayar", "dibayar", "biaya", "pungutan", "dipungut", "tarif", "iuran", "ditarik"})
_ENDED_CLAIM = re.compile(r"\b(?:dihentikan|dihapus|berakhir|tidak\s+(?:lagi|akan\s+lagi))\b", _I)


def fee_rumour(draft: str, retold: Sequence[tuple[int, int]], words: frozenset[str]) -> bool:
    """Whether the rumour (its `retold` spans, its content `words`) says citizens must pay ("wajib membayar
    Rp35.000 per anak untuk biaya vaksin"): the first "gratis" the draft says after it is the truth to lead with."""
    return (bool(words & _PAYING) and any(_PRICE.search(draft, s, e) for s, e in retold)
            and not any(_ENDED_CLAIM.search(draft, s, e) for s, e in retold))
