"""Naming platforms: one name, repeats, comma or space lists, "all"; unknown names are refused."""

from __future__ import annotations

import pytest

from bot.core.models import PLATFORMS
from bot.core.platforms import parse_platforms, require_platforms
from bot.errors import BadInput


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("x", ["x"]),
        ("instagram,x", ["instagram", "x"]),
        ("Instagram, X", ["instagram", "x"]),
        ("instagram x", ["instagram", "x"]),
        ("instagram,", ["instagram"]),
        (["instagram", "x"], ["instagram", "x"]),
        (("tiktok,wa", "twitter"), ["tiktok", "whatsapp", "x"]),
        (["x", "x,instagram", "X"], ["x", "instagram"]),
        (["instagram", "all"], list(PLATFORMS)),
        ("semua", list(PLATFORMS)),
        ("", list(PLATFORMS)),
        ([], list(PLATFORMS)),
        (None, list(PLATFORMS)),
    ],
)
def test_parse_platforms(value: str | list[str] | tuple[str, ...] | None, expected: list[str]) -> None:
    assert parse_platforms(value) == expected


@pytest.mark.parametrize("value", ["myspace", "instagram,myspace", ["x", "myspace,all"], ("all", "myspace")])
def test_unknown_platform_is_named_even_beside_all(value: str | list[str] | tuple[str, ...]) -> None:
    with pytest.raises(ValueError, match="^myspace$"):
        parse_platforms(value)
    with pytest.raises(BadInput, match="Platform 'myspace' tidak dikenal. Pilih: instagram, facebook"):
        require_platforms(value)


def test_service_rewrite_takes_a_repeated_option_with_comma_lists(settings, sample_knowledge) -> None:
    from bot.app import build_service

    service = build_service(settings)
    service.ingest()
    draft = "Layanan perpanjangan SIM keliling gratis dibuka di Taman Merdeka pada Sabtu, 17 Mei 2025."
    result = service.rewrite(draft, platforms=("instagram,x", "tiktok"))
    assert [p.platform for p in result.posts] == ["instagram", "x", "tiktok"]
