"""Small drafts and posts for the fact-sheet and key-fact tests of the LLM engine.

`MARKET` has a when, a where, a cost and a requirement inside ordinary regency-news wording;
`MARKET_POST` is what a capable model writes from it: derived names ("Pemkab Lamongan" for
"Bupati Lamongan", "Dinkes Lamongan"), an amount in words ("Rp 50 ribu"), a time of day ("jam 8 pagi").
"""

from __future__ import annotations

from typing import Any

from bot.core.models import RewriteRequest
from tests.support.llm_answers import PROFILE

MARKET = (
    "Bupati Lamongan membuka pasar murah di Alun-alun Lamongan pada Sabtu (14/6/2025) pukul 08.00 WIB. "
    "Dinas Kesehatan Kabupaten Lamongan juga membuka cek kesehatan gratis di lokasi yang sama. "
    "Paket sembako dijual Rp50.000 per paket, satu paket per KK. Warga cukup datang membawa KTP. "
    "Informasi hubungi 0812-3456-7890."
)
HOOK = (
    "Pasar murah Pemkab Lamongan! Paket sembako cuma Rp 50 ribu, satu paket per KK, "
    "plus cek kesehatan gratis dari Dinkes Lamongan."
)
WHEN_LINE = "Kapan: Sabtu, 14 Juni 2025, jam 8 pagi"
WHERE_LINE = "Di mana: Alun-alun Lamongan"
TAIL = "Jangan lupa bawa KTP, ya. Info: 0812-3456-7890"
MARKET_POST = "\n".join([HOOK, WHEN_LINE, WHERE_LINE, TAIL])
#: The same post without its time: the key-fact check must name "Kapan".
NO_TIME_POST = "\n".join([HOOK, WHERE_LINE, TAIL])
#: Two facts on X (the first two key facts the draft has: when and where).
MARKET_X = "Pasar murah Pemkab Lamongan, Sabtu 14 Juni 2025 jam 8 pagi di Alun-alun Lamongan. Bawa KTP!"

#: A meeting: nothing for citizens.
MEETING = (
    "Sekretaris Daerah Kabupaten Lamongan memimpin rapat koordinasi evaluasi kinerja organisasi perangkat daerah "
    "di Ruang Rapat Sekda pada Senin (16/6/2025). Rapat dihadiri para kepala dinas dan camat se-Kabupaten Lamongan."
)


def answer(posts: dict[str, str]) -> dict[str, Any]:
    """A valid rewrite answer with `posts` (platform -> text)."""
    return {
        "posts": [
            {
                "platform": platform,
                "text": text,
                "hashtags": ["#PasarMurah"],
                "call_to_action": "Datang dan ajak tetangga.",
                "visual": "Foto suasana pasar murah",
            }
            for platform, text in posts.items()
        ],
        "guideline_ids": [],
    }


def request(draft: str = MARKET, platforms: tuple[str, ...] = ("instagram",)) -> RewriteRequest:
    return RewriteRequest(
        draft=draft,
        platforms=list(platforms),  # type: ignore[arg-type]
        tone="friendly",
        profile=PROFILE,
        guidelines=[],
        user_id="42",
    )
