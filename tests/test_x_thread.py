"""X threads (utas): the facts the first X post has no room for follow in numbered replies.

Offline, the replies carry every fact line the first post left out or shortened; each reply fits X's
limit; a long list is cut between its items, never inside a word. The fact check reads the replies
too (an invention there is caught; a counter "2/3" is no date). A model's thread is parsed leniently,
held to the limit, and shown by the edges.
"""

from __future__ import annotations

import re

from bot.cli_render import render_rewrite
from bot.core.fact_scan import scan_facts
from bot.core.final_checks import finish_rewrite
from bot.core.models import Post, Profile, RewriteRequest, RewriteResult
from bot.core.platforms import SPECS, post_length
from bot.core.reading import Slot, read_draft
from bot.core.reading.key_check import kept
from bot.llm.posts import build_posts, posts_text
from bot.llm.schemas import parse_rewrite
from bot.offline.engine import OfflineEngine
from bot.offline.post_plan import FactLine, plan_post
from bot.offline.post_thread import THREAD_MARK, thread_replies
from bot.telegram_app import render

#: A draft with more facts than one X post holds: a schedule over four places, a rule, what to bring,
#: a contact. Written for this test.
MARKET = (
    "Operasi Pasar Murah Keliling di Empat Kecamatan\n\n"
    "Dinas Perdagangan Kabupaten Contoh menggelar operasi pasar murah keliling. Beras medium dijual "
    "Rp10.500 per kilogram dan minyak goreng Rp14.000 per liter. Jadwalnya Senin (8/6/2026) di "
    "Lapangan Kecamatan Sukamaju, Selasa (9/6/2026) di Balai Desa Cibening, Rabu (10/6/2026) di "
    "Pasar Kecamatan Karangsari, dan Kamis (11/6/2026) di Halaman Kantor Camat Tegalwaru, mulai pukul "
    "07.00 WIB hingga stok habis. Setiap warga boleh membeli paling banyak lima kilogram beras. Warga "
    "cukup membawa KTP Kabupaten Contoh. Informasi lebih lanjut dapat ditanyakan ke layanan "
    "pengaduan Dinas Perdagangan di 0812-7777-1234."
)

SHORT = "Layanan KTP keliling hadir di Balai Desa Cibening pada Sabtu (13/6/2026) pukul 08.00 WIB, gratis."


def x_post(draft: str) -> Post:
    request = RewriteRequest(draft=draft, platforms=["x"], profile=Profile())
    result = finish_rewrite(request, OfflineEngine().rewrite(request))
    assert result.fact_check is not None and result.fact_check.ok, result.fact_check
    return result.posts[0]


def test_a_draft_too_full_for_one_post_goes_on_in_numbered_replies() -> None:
    post = x_post(MARKET)
    assert post.thread, post.text
    total = len(post.parts)
    for number, reply in enumerate(post.thread, 2):
        assert reply.startswith(f"{number}/{total}\n"), reply
    for part in post.parts:
        assert post_length("x", part) <= SPECS["x"].limit, part
    assert THREAD_MARK in post.text.split("\n")[0]


def test_the_thread_keeps_every_fact_the_instagram_lines_show() -> None:
    post = x_post(MARKET)
    plan = plan_post(read_draft(MARKET))
    assert {line.slot for line in plan.lines} >= {Slot.WHEN, Slot.REQUIREMENTS, Slot.CONTACT}
    for line in plan.lines:
        for fact in line.facts:
            assert kept(fact, post.whole_text), (line.label, fact.text)
    for fact in ("Sukamaju", "Cibening", "Karangsari", "Tegalwaru", "07.00 WIB", "lima kilogram", "0812-7777-1234"):
        assert fact in post.whole_text, fact


def test_a_post_that_holds_every_fact_has_no_thread() -> None:
    post = x_post(SHORT)
    assert post.thread == []
    assert THREAD_MARK not in post.text


def test_a_long_list_is_cut_between_its_items_and_goes_on_labelled() -> None:
    places = ", ".join(f"Posyandu Melati {n} Kelurahan Sukamaju Kecamatan Karangsari" for n in range(1, 13))
    line = FactLine(slot=Slot.WHERE, label="Di mana", value=places)
    replies = thread_replies([line])
    assert len(replies) >= 3
    body = " ".join(re.sub(r"^\d+/\d+\n", "", r) for r in replies)
    for n in range(1, 13):
        assert f"Posyandu Melati {n} Kelurahan" in body
    assert all(post_length("x", r) <= SPECS["x"].limit for r in replies)
    assert "(lanjutan)" in replies[1]
    words = set(places.replace(",", " ").split())
    for reply in replies:
        for word in re.sub(r"^\d+/\d+\n|📍 Di mana( \(lanjutan\))?:", " ", reply).replace(",", " ").split():
            assert word in words, word  # no word was cut in two


def _x_result(text: str, thread: list[str]) -> RewriteResult:
    post = Post(platform="x", text=text, thread=thread)
    return RewriteResult(engine="llm", posts=[post], warnings=[])


def test_an_invention_in_a_reply_is_caught_and_a_counter_is_no_date() -> None:
    request = RewriteRequest(draft=SHORT, platforms=["x"], profile=Profile())
    honest = finish_rewrite(request, _x_result("KTP keliling di Balai Desa Cibening! 1/2 🧵",
                                               ["2/2\nSabtu, 13 Juni 2026, pukul 08.00 WIB. Gratis."]))
    assert honest.fact_check is not None and honest.fact_check.ok, honest.fact_check
    invented = finish_rewrite(request, _x_result("KTP keliling di Balai Desa Cibening! 🧵",
                                                 ["2/2\nSabtu, 20 Juni 2026, pukul 08.00 WIB. Gratis."]))
    assert invented.fact_check is not None and not invented.fact_check.ok
    assert any("20 Juni 2026" in item for item in invented.fact_check.invented)


def test_a_reply_over_the_limit_is_shortened_with_a_warning() -> None:
    request = RewriteRequest(draft=SHORT, platforms=["x"], profile=Profile())
    long_reply = "2/2\n" + " ".join(["Layanan KTP keliling gratis di Balai Desa Cibening."] * 12)
    result = finish_rewrite(request, _x_result("KTP keliling gratis! 🧵", [long_reply, "  "]))
    thread = result.posts[0].thread
    assert len(thread) == 1 and post_length("x", thread[0]) <= SPECS["x"].limit
    assert any("utas" in w for w in result.warnings)


def test_a_models_thread_is_parsed_leniently_and_only_for_x() -> None:
    out = parse_rewrite({"posts": [
        {"platform": "x", "text": "Hook", "thread": "2/2\nSatu balasan"},
        {"platform": "instagram", "text": "Isi", "thread": ["bukan untuk Instagram"]},
    ]}, ["x", "instagram"])
    assert out.posts[0].thread == ["2/2\nSatu balasan"]
    assert out.posts[1].thread == []
    posts = build_posts(parse_rewrite({"posts": [{"platform": "x", "text": "Hook",
                                                   "thread": ["Hubungi [TELEPON_1]", 7]}]}, ["x"]),
                        [], {"[TELEPON_1]": "0812-7777-1234"})
    assert posts[0].thread == ["Hubungi 0812-7777-1234", "7"]
    assert "0812-7777-1234" in posts_text(posts)


def test_the_edges_show_the_replies_in_order() -> None:
    request = RewriteRequest(draft=MARKET, platforms=["x"], profile=Profile())
    result = finish_rewrite(request, OfflineEngine().rewrite(request))
    replies = result.posts[0].thread
    cli = render_rewrite(result)
    telegram = "\n".join(render.rewrite_messages(result))
    for text in (cli, telegram):
        positions = [text.find(reply.split("\n", 1)[0] + "\n") for reply in replies]
        assert all(p >= 0 for p in positions) and positions == sorted(positions), text
    assert "balasan utas" in cli
    assert "Lanjutan utas" in telegram


def test_a_drafts_thread_counters_are_no_dates_but_a_schedule_stays_dated() -> None:
    def dates(text: str) -> list[str]:
        return [f.fact.raw for f in scan_facts(text) if f.fact.kind == "date" and "/" in f.fact.raw]

    thread = "[1/3] Pasar murah keliling.\n\n[2/3] Sabtu (14/6) di Balai Desa Cibening.\n\n[3/3] Gratis."
    assert dates(thread) == ["14/6"]
    bare = "1/3 Pasar murah keliling.\n2/3 Sabtu (14/6) di Balai Desa Cibening.\n3/3 Gratis."
    assert dates(bare) == ["14/6"]
    schedule = "1/6 Balai Desa Cibening\n2/6 Balai Desa Sukamaju"
    assert dates(schedule) == ["1/6", "2/6"]
    sheet = read_draft("[1/2] Vaksinasi rabies gratis di Balai Desa Cibening pada Sabtu (13/6/2026).\n\n"
                       "[2/2] Bawa hewan peliharaan Anda.")
    assert all("1/2" not in fact.text and "2/2" not in fact.text for fact in sheet.of(Slot.WHEN))
