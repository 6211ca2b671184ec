"""Indonesia's 38 provinces: official name, the usual short forms and the capital.

Written by hand for HumasBot from general knowledge (public facts: the provinces as of the 2022
expansion in Papua, their capitals and the abbreviations regional media use); no third-party data
set. The fact check reads it so that "Jabar", "Jawa Barat" and "Provinsi Jawa Barat" are one place,
and a post may name the province of a capital the draft names ("Sumsel" beside "Palembang").
Regencies and cities are not listed yet (see docs/quality.md); their short forms built from the
draft's own words ("Lotim" from "Lombok Timur") are read by the fact check's abbreviation rule.
"""

from __future__ import annotations

import re
from functools import cache
from typing import NamedTuple


class Province(NamedTuple):
    name: str
    short: tuple[str, ...]
    capital: str


PROVINCES: tuple[Province, ...] = (
    Province("Aceh", ("NAD", "Nanggroe Aceh Darussalam"), "Banda Aceh"),
    Province("Sumatera Utara", ("Sumut", "Sumatra Utara"), "Medan"),
    Province("Sumatera Barat", ("Sumbar", "Sumatra Barat"), "Padang"),
    Province("Riau", (), "Pekanbaru"),
    Province("Kepulauan Riau", ("Kepri",), "Tanjungpinang"),
    Province("Jambi", (), "Jambi"),
    Province("Sumatera Selatan", ("Sumsel", "Sumatra Selatan"), "Palembang"),
    Province("Kepulauan Bangka Belitung", ("Babel", "Bangka Belitung"), "Pangkalpinang"),
    Province("Bengkulu", (), "Bengkulu"),
    Province("Lampung", (), "Bandar Lampung"),
    Province("Daerah Khusus Jakarta", ("DKJ", "DKI Jakarta", "DKI", "Jakarta"), "Jakarta"),
    Province("Banten", (), "Serang"),
    Province("Jawa Barat", ("Jabar",), "Bandung"),
    Province("Jawa Tengah", ("Jateng",), "Semarang"),
    Province("Daerah Istimewa Yogyakarta", ("DIY", "Yogyakarta", "Jogja"), "Yogyakarta"),
    Province("Jawa Timur", ("Jatim",), "Surabaya"),
    Province("Bali", (), "Denpasar"),
    Province("Nusa Tenggara Barat", ("NTB",), "Mataram"),
    Province("Nusa Tenggara Timur", ("NTT",), "Kupang"),
    Province("Kalimantan Barat", ("Kalbar",), "Pontianak"),
    Province("Kalimantan Tengah", ("Kalteng",), "Palangka Raya"),
    Province("Kalimantan Selatan", ("Kalsel",), "Banjarbaru"),
    Province("Kalimantan Timur", ("Kaltim",), "Samarinda"),
    Province("Kalimantan Utara", ("Kaltara",), "Tanjung Selor"),
    Province("Sulawesi Utara", ("Sulut",), "Manado"),
    Province("Gorontalo", (), "Gorontalo"),
    Province("Sulawesi Tengah", ("Sulteng",), "Palu"),
    Province("Sulawesi Barat", ("Sulbar",), "Mamuju"),
    Province("Sulawesi Selatan", ("Sulsel",), "Makassar"),
    Province("Sulawesi Tenggara", ("Sultra",), "Kendari"),
    Province("Maluku", (), "Ambon"),
    Province("Maluku Utara", ("Malut",), "Sofifi"),
    Province("Papua", (), "Jayapura"),
    Province("Papua Barat", ("Pabar",), "Manokwari"),
    Province("Papua Barat Daya", ("PBD",), "Sorong"),
    Province("Papua Selatan", (), "Merauke"),
    Province("Papua Tengah", (), "Nabire"),
    Province("Papua Pegunungan", (), "Wamena"),
)


#: The provinces on Central (WITA) and Eastern (WIT) Indonesian time; the others keep Western time (WIB).
_WITA = frozenset({"Bali", "Nusa Tenggara Barat", "Nusa Tenggara Timur", "Kalimantan Selatan", "Kalimantan Timur",
                   "Kalimantan Utara", "Sulawesi Utara", "Gorontalo", "Sulawesi Tengah", "Sulawesi Barat",
                   "Sulawesi Selatan", "Sulawesi Tenggara"})
_WIT = frozenset({"Maluku", "Maluku Utara", "Papua", "Papua Barat", "Papua Barat Daya", "Papua Selatan",
                  "Papua Tengah", "Papua Pegunungan"})


@cache
def time_zone(name: str) -> str | None:
    """The time zone ("wib", "wita", "wit") of the province a lower-case province name names, else None."""
    for p in PROVINCES:
        if name in (n.lower() for n in (p.name, *p.short)):
            return "wita" if p.name in _WITA else "wit" if p.name in _WIT else "wib"
    return None


@cache
def province_aliases() -> dict[str, tuple[str, ...]]:
    """Every lower-case name of a province (official, short forms, capital) -> all the names of it
    a post may use (official name and short forms; never the capital, which is a city)."""
    out: dict[str, tuple[str, ...]] = {}
    for p in PROVINCES:
        names = tuple(dict.fromkeys(n.lower() for n in (p.name, *p.short)))
        for key in (*names, p.capital.lower()):
            out[key] = tuple(dict.fromkeys([*out.get(key, ()), *names]))
    return out


@cache
def region_provinces() -> dict[tuple[str, ...], tuple[str, ...]]:
    """Every regency's and city's name as lower-case words ("lamongan", "bandar lampung") -> the names
    of its province (official and short). A name shared by regions of two provinces is left out."""
    from bot.core.gazetteer_regions import REGIONS

    by_name: dict[tuple[str, ...], set[str]] = {}
    for region, province in REGIONS.items():
        bare = re.sub(r"^(?:Kabupaten|Kota)\s+(?:Adm\.\s+)?", "", region).lower()
        # "Ogan Komering Ulu Timur (Oku Timur)": the name and, in brackets, its other name
        for name in re.split(r"\s*[()]\s*", bare):
            if name:
                by_name.setdefault(tuple(name.split()), set()).add(province)
    official = {p.name: p for p in PROVINCES}
    out: dict[tuple[str, ...], tuple[str, ...]] = {}
    for name, provinces in by_name.items():
        if len(provinces) == 1:
            p = official[next(iter(provinces))]
            out[name] = tuple(dict.fromkeys(n.lower() for n in (p.name, *p.short)))
    return out


@cache
def squashed_region_names() -> frozenset[str]:
    """The regency and city names, spaces dropped ("Pangkal Pinang" is "pangkalpinang")."""
    return frozenset("".join(name) for name in region_provinces())


@cache
def place_names() -> dict[tuple[str, ...], tuple[str, ...]]:
    """Province names, short forms and capitals, and regency and city names (lower-case words) ->
    the names of the province they are in or are."""
    out: dict[tuple[str, ...], tuple[str, ...]] = dict(region_provinces())
    for key, names in province_aliases().items():
        words = tuple(key.split())
        out[words] = tuple(dict.fromkeys([*out.get(words, ()), *names]))
    return out
