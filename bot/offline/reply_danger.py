"""What a reply to a report of danger says first: what to do to stay safe, and whom to call.

A citizen who reports a live cable in a puddle, sea water in the house, a cracking slope or children sick after a
school meal is not inconvenienced: "mohon maaf atas ketidaknyamanannya" reads as if the office had not understood.
The reply leads with the safety step that fits the danger (keep away from the cable, move the elderly to higher
ground, take whoever has symptoms to the puskesmas and keep the leftover food), then the emergency channel, then
that the report is passed on (round 17t). No number is named that no source gives: the emergency service is said
as a service, the draft's own channel comes from the draft.
"""

from __future__ import annotations

import re

from bot.core.classify import normalize_comment
from bot.core.models import Tone

_I = re.IGNORECASE

#: Sickness after eating: a meal, a snack or a drink named beside a symptom.
_FOOD = re.compile(r"\b(?:makan\w*|nasi|lauk|susu|jajan\w*|katering|mbg|menu|minum\w*|kue|snack|sayur)\b", _I)
_SYMPTOM = re.compile(r"\b(?:keracunan|muntah\w*|mual|diare|mencret\w*|sakit\s+perut|pusing|pingsan|lemas|"
                      r"diinfus|dirawat|opname|kejang|gatal\w*|sesak)\b", _I)
#: Each danger with what the citizen can do now, in words that fit every tone.
_DANGERS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"\b(?:campak|dbd|demam\s+berdarah|diare\s+massal|muntaber|kolera|leptospirosis|lepto|difteri|"
                r"rabies|digigit|gigit|wabah|menular|nular|flu\s+burung|kejang|sesak|opname|dirawat|diinfus)\b", _I),
     "yang sakit, terutama anak, lansia, dan yang demam tinggi, kejang, atau sesak, segera bawa ke puskesmas atau "
     "rumah sakit terdekat."),
    (re.compile(r"\b(?:kabel|tiang\s+listrik|tiang\s+pln|listrik\s+(?:bocor|nyetrum)|kesetrum|tersetrum|korsleting|"
                r"korslet|trafo|gardu)\b", _I),
     "jauhi kabel dan tiang itu, jangan disentuh atau dipindahkan sendiri, dan minta warga lain ikut menjauh."),
    (re.compile(r"\b(?:bau\s+gas|gas\s+bocor|bocor\s+gas|elpiji\s+bocor|tabung\s+(?:gas\s+)?bocor|pipa\s+gas)\b", _I),
     "jauhi sumber bau, jangan menyalakan api, rokok, atau sakelar listrik di dekatnya, dan buka pintu serta "
     "jendela bila aman."),
    (re.compile(r"\b(?:kebakaran|terbakar|api\s+(?:besar|membesar|menjalar)|asap\s+kebakaran)\b", _I),
     "jauhi api dan asap, dan segera hubungi pemadam kebakaran."),
    (re.compile(r"\b(?:asap|kabut\s+asap|abu\s+vulkanik)\b", _I),
     "kurangi kegiatan di luar rumah dan pakai masker; bayi, lansia, dan yang sesak segera periksakan ke puskesmas."),
    (re.compile(r"\b(?:banjir|rob|air\s+(?:laut\s+)?pasang|pasang\s+laut|tanggul|meluap|jebol|hanyut|tenggelam|"
                r"kerendem|terendam|banyu\s+naik)\b", _I),
     "pindahkan lansia, anak, dan orang sakit ke tempat yang lebih tinggi atau ke posko, dan jauhi arus air serta "
     "tanggul."),
    (re.compile(r"\b(?:longsor|tebing|lereng|tanah\s+(?:\w+\s+)?(?:retak|bergeser|turun|ambles|amblas)|bergeser|"
                r"ambles|amblas|amblesan|lahar|gempa)\b", _I),
     "jauhi lereng dan bangunan yang retak, terutama saat hujan, dan mengungsilah lebih dulu bila retakan "
     "bertambah."),
    (re.compile(r"\b(?:roboh|rubuh|ambruk|ambrol|runtuh|miring|keropos|melendut|lapuk|putus|tumbang|hampir\s+jatuh|"
                r"mau\s+jatuh|retak\w*)\b", _I),
     "jauhi bangunan, pohon, atau tiang yang rawan roboh itu dan beri tanda agar orang lain tidak mendekat."),
)
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
    text = normalize_comment(comment)
    if _FOOD.search(text) and _SYMPTOM.search(text):
        return _FOOD_ADVICE
    for pattern, advice in _DANGERS:
        if pattern.search(text):
            return advice
    return ""


def danger_opening(comment: str, tone: Tone) -> str:
    """The opening of a reply to a report of danger (safety step, emergency service), or "" when the comment names
    no danger we know."""
    advice = danger_advice(comment)
    if not advice:
        return ""
    return f"{_OPEN[tone].format(advice=advice)} {_CALL[tone]}"
