"""A post says each fact under one label (issue 11, round 18f). Two mechanisms put the same facts on two lines:
a list of places under an asking line ("diminta mengungsi ke titik aman berikut:") was read as acts, each item
both a how and a where, and shown as an "Imbauan" list, again under "Caranya" and again under "Tempat
mengungsi"; and an appeal's list of asks kept its items under "Caranya" too whenever one how of that line lay
outside the list. Each draft here is written for the test."""

from __future__ import annotations

import re

import pytest

from bot.core.models import RewriteRequest
from bot.core.reading import Slot, read_draft
from bot.offline.engine import OfflineEngine
from bot.offline.post_asks import LABEL, find_asks
from bot.offline.post_plan import plan_post

SHELTERS = [
    # numbered, after "titik aman berikut:"
    ("PERINGATAN DINI BPBD KABUPATEN CONTOH\n\nBanjir melanda Desa Sukamaju, Kamis (3/12/2026) sore. Warga di "
     "bantaran Sungai Cibeet diminta segera mengungsi ke titik aman berikut:\n1. Balai Desa Sukamaju\n"
     "2. SDN 3 Mekarsari\n3. Masjid Al-Huda Cikarang\n\nLaporkan warga terjebak ke Pusdalops 0264-311112.",
     ["Balai Desa Sukamaju", "SDN 3 Mekarsari", "Masjid Al-Huda Cikarang"]),
    # dashes, after "Posko yang sudah dibuka:", one of them a name the gazetteer does not know as a venue
    ("INFO DARURAT BPBD KOTA CONTOH\nAir sungai meluap sejak Senin (7/12/2026) dini hari. Warga di tepi sungai "
     "diminta mengungsi ke posko terdekat. Posko yang sudah dibuka:\n- Gedung Serbaguna Tanjung\n"
     "- SMP Negeri 4 Contoh\n- Meunasah Gampong Baro\n- Kantor Camat Tanjung\nButuh evakuasi? Hubungi 112.",
     ["Gedung Serbaguna Tanjung", "SMP Negeri 4 Contoh", "Kantor Camat Tanjung"]),
    # bullets, after "dibuka di:"
    ("UPDATE BANJIR KECAMATAN HILIR\nWarga yang rumahnya tergenang lebih dari 40 cm diminta mengungsi. "
     "Pengungsian dibuka di:\n• Aula Kantor Lurah Hilir\n• GOR Bumi Hilir\n• Gereja Imanuel Hilir\n"
     "Hubungi posko 0812-3000-4455 bila butuh jemputan.",
     ["Aula Kantor Lurah Hilir", "GOR Bumi Hilir", "Gereja Imanuel Hilir"]),
]

ASKS = (
    "IMBAUAN CAMAT PESISIR\n\nMenghadapi gelombang pasang, Camat Pesisir meminta seluruh warga untuk segera "
    "menyiapkan diri. Camat Pesisir mengimbau seluruh warga untuk:\n"
    "a. menambatkan perahu jauh dari bibir pantai;\n"
    "b. tidak berenang di pantai selama peringatan berlaku;\n"
    "c. memindahkan dokumen penting ke tempat yang lebih tinggi.\n\n"
    "Keadaan darurat hubungi Posko Siaga Kecamatan Pesisir 0411-555-112 (24 jam)."
)


def _labelled(post: str) -> list[tuple[str, list[str]]]:
    """Each labelled line of a post with its items (values split at "; ", or its rows)."""
    lines: list[tuple[str, list[str]]] = []
    for raw in post.split("\n"):
        if raw.startswith("▪️") and lines:
            lines[-1][1].append(raw[2:].strip())
        elif m := re.match(r"^\S+ ([^:\n]{2,30}): ?(.*)$", raw):
            lines.append((m.group(1), [x for x in m.group(2).split("; ") if x]))
    return lines


def _repeats(post: str) -> list[str]:
    """Items of one labelled line that another line also says."""
    lines = _labelled(post)
    out = []
    for i, (label, items) in enumerate(lines):
        for other, others in lines[i + 1 :]:
            out += [f"{label}/{other}: {a}" for a in items for b in others
                    if len(a) >= 8 and len(b) >= 8 and (a.lower() in b.lower() or b.lower() in a.lower())]
    return out


def _post(draft: str, platform: str = "instagram") -> str:
    result = OfflineEngine().rewrite(RewriteRequest(draft=draft, platforms=[platform]))
    return result.posts[0].whole_text


@pytest.mark.parametrize(("draft", "places"), SHELTERS, ids=["numbered", "dashes", "bullets"])
def test_a_list_of_places_under_an_asking_line_is_where_not_how(draft: str, places: list[str]) -> None:
    sheet = read_draft(draft)
    how = [f.text for f in sheet.of(Slot.HOW)]
    where = [f.text for f in sheet.of(Slot.WHERE)]
    for place in places:
        assert place in where
        assert place not in how
    assert find_asks(sheet) is None  # where to go is no list of asks


@pytest.mark.parametrize(("draft", "places"), SHELTERS, ids=["numbered", "dashes", "bullets"])
def test_each_shelter_is_said_once(draft: str, places: list[str]) -> None:
    post = _post(draft)
    assert _repeats(post) == []
    for place in places:
        assert post.count(place) == 1, post
    assert f"{LABEL}:" not in post


def test_a_list_of_acts_stays_a_list_of_asks_said_once() -> None:
    sheet = read_draft(ASKS)
    assert {"menambatkan perahu jauh dari bibir pantai", "memindahkan dokumen penting ke tempat yang lebih tinggi"} <= {
        f.text for f in sheet.of(Slot.HOW)}
    post = _post(ASKS)
    assert f"{LABEL}:" in post
    assert _repeats(post) == []
    assert post.lower().count("menambatkan perahu") == 1
    assert "0411-555-112" in post  # the how outside the list stays


@pytest.mark.parametrize("platform", ["facebook", "whatsapp", "tiktok"])
def test_asks_said_once_on_other_platforms(platform: str) -> None:
    assert _post(ASKS, platform).lower().count("tidak berenang di pantai") == 1


def test_a_step_pointing_at_its_list_is_not_the_lead_again() -> None:
    post = _post(SHELTERS[0][0])
    assert "titik aman berikut" not in post.lower()


def test_an_emergency_is_no_call_to_register() -> None:
    draft = SHELTERS[2][0] + "\nWarga cukup mendaftar ke petugas posko saat tiba."
    assert plan_post(read_draft(draft)).action != "register"

