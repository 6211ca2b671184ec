"""Spending caps as written in the settings and in `/anggaran`: tokens, or an estimated cost in USD.

One syntax for both places:

    200000, 200.000, 200_000, 200rb, 200k, 1,5jt, "200000 token"   -> tokens
    5usd, 2.5 usd, 2,5usd, $5                                          -> estimated cost, USD
    "" (unset), tanpa, none                                             -> no cap

The cost is the usage log's estimate from `HUMASBOT_PRICE_*_PER_1M` (USD per 1M tokens). Amounts
are counted as integers: tokens, and cost in nano-USD (1e-9 USD), so counters can be incremented
atomically (SQLite, Redis INCRBY) without rounding drift. This module imports nothing of the
project: the settings validate with it, the core counts with it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

Unit = Literal["token", "usd"]
#: nano-USD per USD: cost counters are integers in this unit.
NANO = 1_000_000_000
#: Words that mean "no cap" (in the environment and in `/anggaran harian tanpa`).
NO_CAP_WORDS = frozenset({"", "tanpa", "none", "off", "tidak"})
MAX_TOKENS = 10**12
MAX_USD = 10**6

_TOKENS = re.compile(
    r"(?P<num>\d{1,3}(?:[._]\d{3})+|\d+(?:[.,]\d+)?)\s*(?P<mult>k|rb|ribu|jt|juta)?\s*(?:tokens?)?", re.IGNORECASE
)
_USD = re.compile(r"(?:\$\s*(?P<a>\d+(?:[.,]\d+)?)|(?P<b>\d+(?:[.,]\d+)?)\s*(?:usd|\$))", re.IGNORECASE)
_MULTIPLIERS = {"k": 1_000, "rb": 1_000, "ribu": 1_000, "jt": 1_000_000, "juta": 1_000_000}
BAD_CAP = (
    "'{text}' bukan batas yang dikenal; tulis jumlah token (mis. 200000 atau 200rb) atau perkiraan biaya "
    "dalam USD (mis. 5usd), atau 'tanpa' untuk tanpa batas"
)


@dataclass(frozen=True)
class Cap:
    """A cap: `amount` tokens (whole) or `amount` USD of estimated cost."""

    amount: float
    unit: Unit

    @property
    def limit(self) -> int:
        """The cap in counter units: tokens, or nano-USD."""
        return int(self.amount) if self.unit == "token" else round(self.amount * NANO)

    @property
    def spec(self) -> str:
        """How it is stored (and parsed back): "200000" or "2.5usd"."""
        return str(int(self.amount)) if self.unit == "token" else f"{self.amount:g}usd"

    def text(self) -> str:
        """For people, Indonesian style: "200.000 token", "2,5 USD"."""
        if self.unit == "token":
            return f"{tokens_text(int(self.amount))} token"
        return f"{self.amount:g}".replace(".", ",") + " USD"


def tokens_text(n: int) -> str:
    return f"{n:,}".replace(",", ".")


def usd_text(nano_usd: int) -> str:
    """nano-USD as USD with four decimals, Indonesian separators: "1.234,5678 USD"."""
    text = f"{nano_usd / NANO:,.4f}".replace(",", "_").replace(".", ",").replace("_", ".")
    return f"{text} USD"


def parse_cap(text: str | None) -> Cap | None:
    """The cap written in `text`; None for no cap. `ValueError` (an Indonesian message) otherwise."""
    raw = (text or "").strip()
    if raw.lower() in NO_CAP_WORDS:
        return None
    if match := _USD.fullmatch(raw):
        amount = float((match["a"] or match["b"]).replace(",", "."))
        if not 0 < amount <= MAX_USD:
            raise ValueError(BAD_CAP.format(text=raw[:30]))
        return Cap(amount, "usd")
    if match := _TOKENS.fullmatch(raw):
        number, mult = match["num"], match["mult"]
        if re.fullmatch(r"\d{1,3}(?:[._]\d{3})+", number):  # thousands separators
            value = float(re.sub(r"[._]", "", number))
        elif mult is not None:  # 1,5jt: a decimal comma before a multiplier
            value = float(number.replace(",", "."))
        elif number.isdigit():
            value = float(number)
        else:  # "2.5" without a unit: neither tokens (not whole) nor clearly USD
            raise ValueError(BAD_CAP.format(text=raw[:30]))
        tokens = round(value * _MULTIPLIERS.get((mult or "").lower(), 1))
        if not 0 < tokens <= MAX_TOKENS:
            raise ValueError(BAD_CAP.format(text=raw[:30]))
        return Cap(tokens, "token")
    raise ValueError(BAD_CAP.format(text=raw[:30]))
