"""What a reply to a report of danger says first: what to do to stay safe, and whom to call.

A citizen who reports a live cable in a puddle, sea water in the house, a cracking slope or children sick after a
school meal is not inconvenienced: "mohon maaf atas ketidaknyamanannya" reads as if the office had not understood.
The reply leads with the safety step that fits the danger (keep away from the cable, move the elderly to higher
ground, take whoever has symptoms to the puskesmas and keep the leftover food), then the emergency channel, then
that the report is passed on (round 17t). No number is named that no source gives: the emergency service is said
as a service, the draft's own channel comes from the draft. What counts as a danger is `bot.core.dangers`, the
lexicon the complaint's subject reads too (round 18t); here only what to do about each.
"""

from __future__ import annotations

import re

from bot.core.classify import normalize_comment
from bot.core.dangers import FOOD_SICKNESS, danger_of
from bot.core.models import Tone

#: What the citizen can do now about each danger of `bot.core.dangers` (by its name), in words that fit every tone.
_ADVICE: dict[str, str] = {
    "disease": "yang sakit, terutama anak, lansia, dan yang demam tinggi, kejang, atau sesak, segera bawa ke "
               "puskesmas atau rumah sakit terdekat.",
    "electric": "jauhi kabel dan tiang itu, jangan disentuh atau dipindahkan sendiri, dan minta warga lain ikut "
                "menjauh.",
    "gas": "jauhi sumber bau, jangan menyalakan api, rokok, atau sakelar listrik di dekatnya, dan buka pintu serta "
           "jendela bila aman.",
    "fire": "jauhi api dan asap, dan segera hubungi pemadam kebakaran.",
    "smoke": "kurangi kegiatan di luar rumah dan pakai masker; bayi, lansia, dan yang sesak segera periksakan ke "
             "puskesmas.",
    "flood": "pindahkan lansia, anak, dan orang sakit ke tempat yang lebih tinggi atau ke posko, dan jauhi arus air "
             "serta tanggul.",
    "ground": "jauhi lereng dan bangunan yang retak, terutama saat hujan, dan mengungsilah lebih dulu bila retakan "
              "bertambah.",
    "collapse": "jauhi bangunan, pohon, atau tiang yang rawan roboh itu dan beri tanda agar orang lain tidak "
                "mendekat.",
}
_FOOD_ADVICE = ("yang bergejala segera bawa ke puskesmas atau rumah sakit terdekat, dan simpan sisa makanan serta "
                "kemasannya untuk diperiksa petugas.")

_OPEN: dict[Tone, str] = {
    "formal": "Terima kasih atas laporannya. Mohon utamakan keselamatan: {advice}",
    "friendly": "Terima kasih sudah melapor, Kak. Utamakan keselamatan dulu: {advice}",
    "casual": "Makasih udah lapor! Yang penting aman dulu: {advice}",
}
_CALL: dict[Tone, str] = {
    "formal": "Bila ada yang terluka atau dalam bahaya, segera hubungi layanan darurat setempat atau petugas "
              "terdekat.",
    "friendly": "Kalau ada yang terluka atau dalam bahaya, segera hubungi layanan darurat setempat atau petugas "
                "terdekat ya.",
    "casual": "Kalau ada yang luka atau dalam bahaya, langsung hubungi layanan darurat setempat atau petugas "
              "terdekat ya.",
}
#: What the officer asks for: where exactly, so the unit finds it (a photo only when it is safe to take).
DANGER_DETAIL: dict[Tone, str] = {
    "formal": "Laporan ini segera kami teruskan ke unit terkait; mohon kirimkan lokasi persisnya melalui pesan "
              "langsung (DM), dengan foto bila aman diambil.",
    "friendly": "Laporan ini segera kami teruskan ke unit terkait; boleh kirim lokasi persisnya lewat pesan "
                "langsung (DM), dengan foto kalau aman diambil?",
    "casual": "Laporannya langsung kami teruskan ke unit terkait; kirim lokasi persisnya lewat DM ya, plus foto "
              "kalau aman diambil.",
}


def danger_advice(comment: str) -> str:
    """What to do now about the danger the comment reports, or "" when it names none we know."""
    danger = danger_of(normalize_comment(comment))
    return _FOOD_ADVICE if danger == FOOD_SICKNESS else _ADVICE.get(danger, "")


def danger_opening(comment: str, tone: Tone) -> str:
    """The opening of a reply to a report of danger (safety step, emergency service), or "" when the comment names
    no danger we know."""
    advice = danger_advice(comment)
    if not advice:
        return ""
    return f"{_OPEN[tone].format(advice=advice)} {_CALL[tone]}"


#: The greeting or thanks an answer opens with: the danger's opening thanks already.
_GREETING = re.compile(r"^\s*(?:halo|hai|terima\s+kasih|makasih)\b[^.!?]*[.!?]\s*", re.IGNORECASE)


def safety_first(comment: str, tone: Tone, answers: list[str]) -> list[str]:
    """Answers to a question that reports a danger ("kabel putus masih nyala, lapor kemana?", "air udah masuk rumah,
    posko masih nerima?"), each led by the safety step and the emergency service, the first closed by the ask for
    the exact place (round 18t: such questions got the answer alone); unchanged when the comment names no danger."""
    opening = danger_opening(comment, tone)
    if not opening:
        return answers
    out = []
    for n, answer in enumerate(answers):
        rest = _GREETING.sub("", answer, count=1).strip() or answer
        out.append(" ".join([opening, rest, DANGER_DETAIL[tone]] if n == 0 else [opening, rest]))
    return out
