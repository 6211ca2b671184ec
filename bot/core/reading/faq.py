"""A draft written as questions and answers (a "Tanya jawab" release, an FAQ, a caption that asks "Who can
join?"): the question says which slot its answer fills, whatever words the answer uses. "T: Apa yang harus
dibawa?" followed by "J: Cukup tiga hal: A; B; dan C." gives three requirements; "Siapa yang bisa ...?"
gives who may take part; "Bagaimana caranya?" the how."""

from __future__ import annotations

import re
from collections.abc import Iterator

from bot.core.reading.sheet import Slot

#: A question ending its line, then its answer on the next line (or after a blank line); "T:", "Tanya:",
#: "Q:" before the question and "J:", "Jawab:", "A:" before the answer are markers, not content.
_PAIR = re.compile(r"^[ \t]*(?:(?:T|Q|Tanya|Pertanyaan)[ \t]*[:.][ \t]*)?([^\n?]{6,160}\?)[ \t]*\n(?:[ \t]*\n)?"
                   r"[ \t]*(?:(?:J|A|Jawab|Jawaban)[ \t]*[:.][ \t]*)?([^\n]{8,})", re.M)
#: A question asked and answered on one line: "Who can join? Anak muda umur 17–25 tahun, ...".
_INLINE = re.compile(r"(?:^|(?<=[.!]\s))((?:who\s+can\s+(?:join|apply)|siapa\s+(?:saja\s+)?yang\s+(?:bisa|boleh)"
                     r"\s+(?:ikut|daftar|mendaftar))\?)[ \t]+([^\n?]{8,})", re.I | re.M)
_INTENTS: tuple[tuple[Slot, re.Pattern[str]], ...] = (
    (Slot.HOW, re.compile(r"\b(?:bagaimana\s+(?:cara|caranya|prosedur|alur|mekanisme)|bagaimana\s+(?:mendaftar|"
                          r"melapor|mengurus|mengajukan)|cara(?:nya)?\s+(?:daftar|mendaftar|bayar|membayar|lapor|"
                          r"melapor|mengurus|mengambil|mengajukan|mengaktifkan)|how\s+to\s+(?:apply|join|register)|"
                          # where to apply is the channel ("Di mana mengajukannya?", "Daftarnya ke mana?")
                          r"(?:di\s*mana|ke\s*mana|lewat\s+mana|melalui\s+apa)\s+(?:\w+\s+)?(?:mendaftar|daftar|"
                          r"mengajukan|mengurus|melapor)\w*|(?:mendaftar|daftar|mengajukan|mengurus|melapor)\w*\s+"
                          r"(?:\w+\s+)?(?:di\s*mana|ke\s*mana))\b",
                          re.I)),
    (Slot.REQUIREMENTS, re.compile(r"\b(?:(?:apa|apa\s+saja)\s+(?:yang\s+)?(?:harus|perlu|wajib)\s+(?:di)?"
                                   r"(?:bawa|siapkan|persiapkan|lampirkan)|syarat(?:nya)?\s+apa|apa\s+(?:saja\s+)?"
                                   r"(?:syarat|persyaratan)(?:nya)?|(?:dokumen|berkas)\s+apa)\b", re.I)),
    (Slot.COST, re.compile(r"\b(?:berapa\s+(?:biaya|tarif|retribusi|harga|iuran|ongkos)\w*|"
                           r"(?:biaya|tarif|retribusi|harga|iuran)\w*\s+berapa|bayar\s+berapa|berapa\s+bayar\w*)\b",
                           re.I)),
    (Slot.WHO, re.compile(r"\b(?:siapa\s+(?:saja\s+)?(?:yang\s+)?(?:bisa|boleh|dapat|berhak|wajib)|untuk\s+siapa|"
                          r"who\s+can\s+(?:join|apply))\b", re.I)),
)
#: A short framing before the answer's content ("Cukup tiga hal: ...", "Ada dua cara: ...").
_FRAMING = re.compile(r"[^:\n]{0,30}:\s+")
#: Bullets and emoji before an answer's first word.
_MARKS = re.compile(r"[^\w\n(\"“]+")
_SENTENCE_END = re.compile(r"[.!](?=\s|$)")
#: Where an answer's item stops: its reason or purpose ("..., karena kode verifikasi dikirim ke sana").
_ITEM_END = re.compile(r",?\s+(?:karena|agar|supaya|sehingga|sebab)\b|,\s+(?:so|jadi)\b", re.I)
_AND = re.compile(r"(?:dan|serta|atau)\s+", re.I)


def _intent(question: str) -> Slot | None:
    return next((slot for slot, pattern in _INTENTS if pattern.search(question)), None)


def _items(text: str, start: int, end: int, slot: Slot) -> Iterator[tuple[Slot, int, int]]:
    """The answer between start and end, as one span, or its items when they are set apart by semicolons."""
    if slot != Slot.REQUIREMENTS or ";" not in text[start:end]:
        yield slot, start, end
        return
    pos = start
    for part in [*text[start:end].split(";")]:
        a = pos + len(part) - len(part.lstrip())
        lead = _AND.match(text, a)
        a = lead.end() if lead else a
        b = pos + len(part.rstrip())
        if b - a >= 3:
            yield slot, a, b
        pos += len(part) + 1


#: A bulleted line under a question: one item of its answer.
_BULLET = re.compile(r"[ \t]*(?:[^\w\s(\"“]{1,3}|\d{1,2}[.)])[ \t]*([^\n]{3,160})\n?")


def _bullets(text: str, start: int) -> Iterator[tuple[int, int]]:
    pos = text.rfind("\n", 0, start) + 1
    while item := _BULLET.match(text, pos):
        yield item.start(1), item.start(1) + len(item.group(1).rstrip())
        pos = item.end()


def answered_facts(text: str, begin: int) -> Iterator[tuple[Slot, int, int]]:
    """(slot, start, end) of each answer whose question asks how, what to bring or who may take part."""
    pairs = [(m.group(1), m.start(2), m.end(2)) for m in _PAIR.finditer(text, begin)]
    pairs += [(m.group(1), m.start(2), m.end(2)) for m in _INLINE.finditer(text, begin)]
    for question, start, line_end in pairs:
        slot = _intent(question)
        if slot is None or text[start:line_end].rstrip().endswith("?"):
            continue
        listed = list(_bullets(text, start))
        if len(listed) >= 2:
            yield from ((slot, a, b) for a, b in listed)
            continue
        for skip in (_MARKS, _FRAMING):
            lead = skip.match(text, start, line_end)
            start = lead.end() if lead else start
        stop = _SENTENCE_END.search(text, start, line_end)
        end = stop.start() if stop else line_end
        cut = _ITEM_END.search(text, start, end)
        end = cut.start() if cut else end
        if len(text[start:end].split()) >= 2:
            yield from _items(text, start, end, slot)
