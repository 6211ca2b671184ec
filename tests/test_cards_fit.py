"""Text always fits: 300 generated drafts with extreme lengths, laid out at every size.

Each draft is read into a fact sheet by the real reader, then laid out; every text box's measured
bounds must lie inside the canvas (with a margin), no two boxes (text, icons, logo, page dots) may
overlap, every drawn block must hold its planned text with no character lost, and every fact of the
plan is on a slide or named in a note. A sample is drawn, and each block's ink is checked to lie
inside its measured box. Every number and date drawn passes the shared fact check against the draft.
"""

from __future__ import annotations

import random

import pytest
from PIL import Image, ImageChops, ImageDraw

from bot.cards.cards import CardPlan, plan_cards
from bot.cards.fonts import font
from bot.cards.layout import TextBox
from bot.cards.slides import SIZES
from bot.core.fact_check import check_facts
from bot.core.models import Profile

SHEETS = 300
EDGE = 16  # no ink closer than this to the canvas' edge
MONTHS = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober",
          "November", "Desember"]
DAYS = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]
LONG_WORDS = ["ketidakbertanggungjawabannya", "mempertanggungjawabkan", "memperkenalkannya",
              "Sukamakmurjayasentosaabadi", "pemberdayaanmasyarakatdesa", "Kalimantanutarabaratdaya"]
ODD = ["Café Ñusantara", "Jl. H.O.S. Cokroaminoto", "Gedung “Serba Guna”", "Balai Désa Wonosari 🎉",
       "Aula Ki Hajar Dewantara ✨", "Lapangan Merah–Putih", "Ruang Rapat 3/4 Utama"]
SYLLABLES = ["ka", "ma", "ra", "su", "jaya", "sen", "to", "sa", "ba", "ngun", "ti", "mur", "wi", "do", "ngo"]


def _name(rng: random.Random, words: int) -> str:
    out = []
    for _ in range(words):
        syl = rng.choice([2, 3, 4, 6, 9, 14])
        out.append("".join(rng.choice(SYLLABLES) for _ in range(syl)).capitalize())
    return " ".join(out)


def _place(rng: random.Random) -> str:
    kind = rng.random()
    if kind < 0.25:
        return rng.choice(ODD)
    if kind < 0.5:
        return f"Gedung {_name(rng, rng.randint(1, 3))}-{_name(rng, 1)} Kelurahan {_name(rng, rng.randint(1, 4))}"
    return f"Balai Desa {_name(rng, rng.randint(1, 6))}, Kecamatan {_name(rng, rng.randint(1, 3))}"


def make_draft(rng: random.Random) -> str:
    """A press draft with a random subset of facts, some of extreme length."""
    event = f"Pelayanan {rng.choice(['Vaksinasi', 'Pasar Murah', 'Rekam KTP-el', 'Cek Kesehatan'])} " + (
        _name(rng, rng.randint(0, 3)) if rng.random() < 0.5 else rng.choice(LONG_WORDS))
    parts = []
    if rng.random() < 0.4:
        parts.append(f"{event} Digelar di {_name(rng, 1)}\n")
    day = rng.randint(1, 28)
    month = rng.randrange(12)
    parts.append(f"Pemerintah Kota {_name(rng, 1)} menggelar {event.strip()} pada {DAYS[rng.randrange(7)]}, "
                 f"{day} {MONTHS[month]} 2026 pukul {rng.randint(7, 10):02d}.00 WIB di {_place(rng)}.")
    if rng.random() < 0.7:
        parts.append(rng.choice(["Kegiatan ini gratis.", f"Biaya pendaftaran Rp{rng.randint(1, 99)}.000 per orang."]))
    if rng.random() < 0.6:
        tail = " ".join(rng.choice(LONG_WORDS) for _ in range(rng.randint(0, 4)))
        parts.append(f"Layanan terbuka untuk warga berusia {rng.randint(12, 60)} tahun ke atas "
                     f"dari {rng.randint(1, 30)} kelurahan {tail}.")
    if rng.random() < 0.5:
        parts.append(f"Kuota {rng.randint(10, 5000):,} orang per hari.".replace(",", "."))
    if rng.random() < 0.6:
        url = f"{''.join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 12)))}.{_name(rng, 1).lower()}.go.id"
        parts.append(f"Warga dapat mendaftar melalui {url} dengan membawa KTP, Kartu Keluarga"
                     f"{', ' + rng.choice(LONG_WORDS) if rng.random() < 0.5 else ''} dan surat pengantar RT/RW.")
    if rng.random() < 0.5:
        parts.append(f"Informasi lebih lanjut hubungi call center di nomor 0{rng.randint(21, 999)}-"
                     f"{rng.randint(100, 999)}-{rng.randint(1000, 9999)}.")
    if rng.random() < 0.2:
        parts = parts[:1]  # a tiny draft
    return " ".join(parts)


def _profile(rng: random.Random) -> Profile:
    names = ["", "Dinas Kominfo", f"Dinas Komunikasi dan Informatika Kabupaten {_name(rng, 3)}"]
    tags = ["#KotaSehat", "#InfoWarga", f"#{rng.choice(LONG_WORDS)}", "#Gratis"]
    return Profile(name=rng.choice(names), handle=rng.choice(["", "pemkot", f"dinas{rng.choice(LONG_WORDS).lower()}"]),
                   hashtags=rng.sample(tags, k=rng.randint(0, 4)))


def _drafts() -> list[tuple[str, Profile]]:
    rng = random.Random(12)
    return [(make_draft(rng), _profile(rng)) for _ in range(SHEETS)]


DRAFTS = _drafts()


def _squash(text: str) -> str:
    return "".join(text.split())


def check_plan(plan: CardPlan, draft: str, profile: Profile) -> None:
    width, height = plan.frame.width, plan.frame.height
    assert 1 <= len(plan.layouts) <= 10
    shown_items = []
    for layout in plan.layouts:
        boxes = layout.boxes()
        for box in boxes:
            assert box.inside(width, height, EDGE), (box, layout.kind)
        for i, a in enumerate(boxes):
            for b in boxes[i + 1 :]:
                assert not a.overlaps(b), (a, b, layout.kind)
        for text in layout.texts:
            assert _squash("".join(text.lines)) == _squash(text.text), text  # nothing cut, nothing added
            long_word = max(len(w) for w in text.text.split()) >= 18
            assert text.size >= (40 if text.role in ("label", "value", "lead") and not long_word else 26), text
        shown_items += list(layout.items)
        drawn = "\n".join(text.text for text in layout.texts)  # the lines of each block, reflowed
        assert check_facts(drawn, [draft, *profile.fact_sources()]).ok, drawn
    for item in plan.content.items:
        assert item in shown_items or any(f"'{item.label}'" in note for note in plan.notes), item
    values = {_squash(t.text) for layout in plan.layouts for t in layout.texts if t.role == "value"}
    assert all(_squash(item.value) in values for item in shown_items)


@pytest.mark.parametrize("chunk", range(6))
def test_every_box_fits_and_nothing_is_cut(chunk: int) -> None:
    for draft, profile in DRAFTS[chunk::6]:
        for size in SIZES:
            check_plan(plan_cards(draft, profile, size, has_logo=bool(profile.name)), draft, profile)


def _ink(text: TextBox, size: tuple[int, int]) -> tuple[int, int, int, int] | None:
    image = Image.new("L", size, 0)
    d = ImageDraw.Draw(image)
    for i, line in enumerate(text.lines):
        d.text((text.x, text.y + i * text.pitch), line, font=font(text.size, text.bold), fill=255)
    return ImageChops.invert(ImageChops.invert(image)).getbbox()


def test_measured_boxes_hold_the_ink() -> None:
    """The boxes are where the pixels are: each block drawn alone leaves no ink outside its box."""
    for n, (draft, profile) in enumerate(DRAFTS[:24]):
        plan = plan_cards(draft, profile, list(SIZES)[n % 3])
        for layout in plan.layouts:
            for text in layout.texts:
                ink = _ink(text, (plan.frame.width, plan.frame.height))
                assert ink is not None
                box = text.box
                assert box.left <= ink[0] and box.top <= ink[1] and ink[2] <= box.right and ink[3] <= box.bottom, (
                    text.text, ink, box)


def test_the_generator_reaches_the_extremes() -> None:
    """The drafts do hold what the test claims: long words, odd characters, tiny and full drafts."""
    plans = [plan_cards(d, p, "feed") for d, p in DRAFTS[:60]]
    assert any(len(p.layouts) == 1 for p in plans)
    assert any(len(p.layouts) >= 4 for p in plans)
    assert any(any(w in d for w in LONG_WORDS) for d, _ in DRAFTS)
    assert any("🎉" in d or "✨" in d for d, _ in DRAFTS)
    assert any(t.size < 56 for p in plans for layout in p.layouts for t in layout.texts if t.role == "value")
