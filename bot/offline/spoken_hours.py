"""Hours said in words, written in digits for a post ("jam delapan pagi sampai jam dua siang, waktu Indonesia
timur" -> "pukul 08.00–14.00 WIT"): a radio script or a voice note reads its times out; a caption writes them.
The times are the scanner's own reading of the words (`bot/core/fact_scan.py`), so no hour changes."""

from __future__ import annotations

import re
from itertools import groupby

from bot.core.fact_scan import scan_cached

#: A time zone said in words.
_ZONES = {"barat": "WIB", "tengah": "WITA", "timur": "WIT"}
_ZONE_WORDS = re.compile(r",?\s*waktu\s+indonesia\s+(?:bagian\s+)?(barat|tengah|timur)\b", re.I)
#: "jamnya mulai" / "jamnya" before the hours: "pukul" says it.
HOURS_WORD = re.compile(r"\bjamnya\s+(?:mulai\s+)?(?=pukul\s+\d)", re.I)


#: An hour said in words may follow these ("jam delapan", "pukul tujuh", "setengah delapan").
_SAID = re.compile(r"\b(?:jam|pukul|setengah)\s+[^\W\d]", re.I)


def _clock(key: str) -> str:
    return key[len("time:"):].replace(":", ".")


def hours_in_digits(text: str) -> str:
    """`text` with each time said in words written "pukul HH.MM" (a range "pukul HH.MM–HH.MM"), its zone said in
    words as WIB, WITA or WIT."""
    if not _SAID.search(text):  # most spans say no hour in words: no scan
        return text
    times = [loc for loc in scan_cached(text) if loc.fact.kind == "time"]
    spans = [(span, [loc.fact.key for loc in group]) for span, group in
             groupby(times, key=lambda loc: (loc.start, loc.end))]
    out = text
    for (start, end), keys in reversed(spans):
        said = text[start:end]
        if re.search(r"\d", said) or len(keys) > 2:
            continue
        out = out[:start] + "pukul " + "–".join(_clock(k) for k in keys) + out[end:]
    out = _ZONE_WORDS.sub(lambda m: " " + _ZONES[m.group(1).lower()], out) if out != text else out
    return out
