"""A deterministic corpus of bad inputs for the "no crash, clear answer" tests (issue 5).

Everything comes from `random.Random(SEED)`: the same corpus on every run and every machine,
so a failure in CI can be replayed by its index. `text_corpus()` returns the texts (over 1,000),
`file_corpus()` bad knowledge files, `callback_corpus()` stale and malformed button data.
The tests in tests/test_bad_input_*.py feed them through the core, the CLI and Telegram.
"""

from __future__ import annotations

import io
import random
import re
import zipfile
from collections import Counter
from dataclasses import dataclass

SEED = 20250705
HUGE = 50_000

ZERO_WIDTH = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad", "\u180e", "\u2061", "\u2063"]
BIDI = ["\u200e", "\u200f", "\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2066", "\u2067", "\u2068", "\u2069",
        "\u061c"]
SPACES = [" ", "\t", "\n", "\r", "\r\n", "\u00a0", "\u3000", "\u2002", "\u2003", "\u2009", "\u200a", "\u2028",
          "\u2029", "\u0085", "\x0b", "\x0c", "\u202f", "\u205f"]
EMOJI = ["😀", "😂", "🙏", "👍", "👍🏽", "❤️", "🔥", "💯", "🇮🇩", "🏳️‍🌈", "👨‍👩‍👧‍👦", "🤦‍♀️", "✅", "⚠️", "#️⃣", "*️⃣",
         "🫠", "🧑🏿‍🚀", "☕", "🎉", "\U0001f9ff", "\u2764\ufe0f\u200d\U0001f525"]
SPECIALS = ["<b>", "</b>", "<i>", "</pre>", "<pre>", "<code>", "<a href=\"http://x.y\">", "</a>", "&amp;", "&lt;",
            "&gt;", "&#0;", "&#x1F600;", "&nbsp;", "<script>alert(1)</script>", "<tg-spoiler>", "<blockquote>",
            "<!-- user -->",
            "<!--", "-->", "*tebal*", "_miring_", "__garis__", "~coret~", "||spoiler||", "`kode`", "```", "```python",
            "[tautan](http://contoh.go.id)", "![gambar](x.png)", "> kutipan", "# Judul", "\\", "\\n", "\\u0000",
            "<<<KOMENTAR", "KOMENTAR>>>", "<<<DRAF", "DRAF>>>", "$institution", "${canary}", "$$", "%s", "%(x)s", "{0}",
            "{}", "{{x}}", "\"'`", "'; DROP TABLE chunks; --", "../../etc/passwd", "C:\\Windows\\system32", "|", "#",
            "@", "@humas_test_bot", "/start", "/tulis", "http://", "https://contoh.go.id/?a=1&b=<2>"]
CONTROL = [chr(c) for c in range(0x00, 0x20) if chr(c) not in "\n\t\r"] + ["\x7f"] + [chr(c) for c in range(0x80, 0xA0)]
SCRIPTS = {
    "arab": ["مرحبا", "السلام عليكم", "الحكومة", "اللقاح", "مجاني", "غداً", "١٢٣"],
    "cjk": ["你好", "政府", "疫苗接种", "免费", "明天", "こんにちは", "ワクチン", "안녕하세요", "백신"],
    "cyrillic": ["привет", "правительство", "вакцина", "бесплатно", "завтра", "Ёж"],
    "javanese": ["ꦲꦏ꧀ꦱꦫ", "ꦗꦮ", "ꦱꦸꦒꦼꦁ", "ꦩꦠꦸꦂꦤꦸꦮꦸꦤ꧀", "꧋ꦧꦶꦱ"],
    "devanagari": ["नमस्ते", "सरकार", "टीका"],
    "thai": ["สวัสดี", "รัฐบาล", "วัคซีน"],
    "hebrew": ["שלום", "ממשלה"],
    "greek": ["γειά", "κυβέρνηση", "Ωμέγα"],
    "latin": ["Vaksinasi", "gratis", "Sabtu", "12 Juli 2025", "Puskesmas", "warga", "jalan rusak", "kapan", "KTP",
              "café", "naïve", "Ǆ", "ﬁ", "ß", "İstanbul"],
}
COMBINING = [chr(c) for c in range(0x0300, 0x036F)]
WORDS = ["vaksinasi", "gratis", "warga", "jalan", "rusak", "kapan", "Puskesmas", "Sabtu", "jadwal", "layanan", "KTP",
         "min", "tolong", "dibuka", "pukul", "08.00", "WIB", "kantor", "kecamatan", "banjir", "bansos", "pendaftaran"]
LONE_SURROGATES = ["\ud800", "\udbff", "\udc00", "\udfff", "\ud83d", "\ude00", "\udcff", "\udc80"]


@dataclass(frozen=True)
class TextCase:
    index: int
    category: str
    text: str

    def label(self) -> str:
        return f"#{self.index} {self.category} {self.text[:40]!r}"


def _sentence(rng: random.Random, n: int | None = None) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(n or rng.randint(2, 12)))


def _sprinkle(rng: random.Random, text: str, pool: list[str], rate: float) -> str:
    out = []
    for ch in text:
        out.append(ch)
        if rng.random() < rate:
            out.append(rng.choice(pool))
    return "".join(out)


def _empty(rng: random.Random) -> str:
    pool = SPACES + ZERO_WIDTH + BIDI if rng.random() < 0.5 else SPACES
    return "".join(rng.choice(pool) for _ in range(rng.randint(0, 40)))


def _huge(rng: random.Random, i: int) -> str:
    kind = i % 10
    if kind == 0:
        return "a" * HUGE
    if kind == 1:
        return (_sentence(rng, 20) + ". ") * (HUGE // 100)
    if kind == 2:
        return "\n".join(_sentence(rng) for _ in range(HUGE // 40))
    if kind == 3:
        return "😀" * HUGE
    if kind == 4:
        return "疫苗" * (HUGE // 2)
    if kind == 5:
        return "x" * 8001  # one over the default limit
    if kind == 6:
        return " " * HUGE + "halo" + "\n" * HUGE
    if kind == 7:
        return "\u200b" * HUGE + "halo"  # invisible padding: fits once cleaned
    if kind == 8:
        return ("a" + "\u0301" * 20) * (HUGE // 21)
    return "".join(rng.choice(WORDS[:5]) + rng.choice(" \n") for _ in range(HUGE // 8))


def _zero_width_rtl(rng: random.Random) -> str:
    roll = rng.random()
    if roll < 0.2:
        return "".join(rng.choice(ZERO_WIDTH + BIDI) for _ in range(rng.randint(1, 30)))
    text = _sentence(rng)
    if roll < 0.6:
        return _sprinkle(rng, text, ZERO_WIDTH + BIDI, 0.3)
    # right-to-left override around Latin, or RTL script with LTR marks
    return rng.choice(BIDI) + text[::-1] + rng.choice(BIDI) + " " + rng.choice(SCRIPTS["arab"]) + rng.choice(BIDI)


def _emoji_only(rng: random.Random) -> str:
    sep = rng.choice(["", " ", "\n", "\u200d", "\ufe0f"])
    return sep.join(rng.choice(EMOJI) for _ in range(rng.randint(1, 60)))


def _html_markdown(rng: random.Random) -> str:
    parts = [rng.choice(SPECIALS) for _ in range(rng.randint(1, 8))]
    if rng.random() < 0.7:
        parts.insert(rng.randint(0, len(parts)), _sentence(rng))
    return rng.choice(["", " ", "\n"]).join(parts)


def _control(rng: random.Random) -> str:
    if rng.random() < 0.25:
        return "".join(rng.choice(CONTROL) for _ in range(rng.randint(1, 50)))
    return _sprinkle(rng, _sentence(rng), CONTROL, 0.25)


def _mixed_scripts(rng: random.Random) -> str:
    names = rng.sample(sorted(SCRIPTS), rng.randint(1, 5))
    words = [rng.choice(SCRIPTS[rng.choice(names)]) for _ in range(rng.randint(1, 25))]
    text = " ".join(words)
    if rng.random() < 0.2:
        text = _sprinkle(rng, text, COMBINING, 0.5)  # "zalgo"
    return text


def _surrogates(rng: random.Random) -> str:
    if rng.random() < 0.25:
        return "".join(rng.choice(LONE_SURROGATES) for _ in range(rng.randint(1, 10)))
    return _sprinkle(rng, _sentence(rng), LONE_SURROGATES, 0.15)


def _odd(rng: random.Random, i: int) -> str:
    options = [
        lambda: "\ufffe\uffff" + _sentence(rng) + "\U0010ffff",
        lambda: "".join(chr(rng.randint(0xE000, 0xF8FF)) for _ in range(rng.randint(1, 30))),
        lambda: "\ufffd" * rng.randint(1, 200),
        lambda: "w" * rng.randint(4000, 7990),  # one long word
        lambda: "\n" * rng.randint(100, 5000) + _sentence(rng) + "\n" * 100,
        lambda: "ﷺ" * rng.randint(50, 400),  # expands under NFKC
        lambda: "".join(chr(rng.randint(0x20, 0x2FFFF)) for _ in range(rng.randint(1, 300))),
        lambda: _sentence(rng) + "\x00",
        lambda: "1" * rng.randint(1, 30),
        lambda: "-" * rng.randint(1, 500),
        lambda: "?" * rng.randint(1, 50),
        lambda: ".",
    ]
    return options[i % len(options)]()


#: category -> (how many, builder)
PLAN: dict[str, int] = {
    "empty_whitespace": 70,
    "huge": 20,
    "zero_width_rtl": 150,
    "emoji_only": 110,
    "html_markdown": 170,
    "control": 130,
    "mixed_scripts": 200,
    "lone_surrogates": 90,
    "odd_unicode": 96,
}


def text_corpus() -> list[TextCase]:
    """Over 1,000 bad texts, the same on every run."""
    rng = random.Random(SEED)
    cases: list[TextCase] = []
    for category, count in PLAN.items():
        for i in range(count):
            if category == "empty_whitespace":
                text = _empty(rng)
            elif category == "huge":
                text = _huge(rng, i)
            elif category == "zero_width_rtl":
                text = _zero_width_rtl(rng)
            elif category == "emoji_only":
                text = _emoji_only(rng)
            elif category == "html_markdown":
                text = _html_markdown(rng)
            elif category == "control":
                text = _control(rng)
            elif category == "mixed_scripts":
                text = _mixed_scripts(rng)
            elif category == "lone_surrogates":
                text = _surrogates(rng)
            else:
                text = _odd(rng, i)
            cases.append(TextCase(len(cases), category, text))
    return cases


def sample(cases: list[TextCase], n: int, seed: int = SEED) -> list[TextCase]:
    """`n` cases spread over every category (a fixed, representative subset)."""
    by_category: dict[str, list[TextCase]] = {}
    for case in cases:
        by_category.setdefault(case.category, []).append(case)
    rng = random.Random(seed)
    per = max(1, n // len(by_category))
    picked: list[TextCase] = []
    for category in sorted(by_category):
        group = by_category[category]
        picked += rng.sample(group, min(per, len(group)))
    return sorted(picked, key=lambda c: c.index)[:n]


def counts(cases: list[TextCase]) -> Counter[str]:
    return Counter(c.category for c in cases)


# --- files ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class FileCase:
    name: str
    data: bytes
    category: str

    def label(self) -> str:
        return f"{self.category} {self.name!r} ({len(self.data)} B)"


def _zip(entries: dict[str, bytes]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        for name, data in entries.items():
            zf.writestr(name, data)
    return buf.getvalue()


def _blank_pdf() -> bytes:
    from pypdf import PdfWriter

    writer = PdfWriter()
    writer.add_blank_page(width=200, height=200)
    buf = io.BytesIO()
    writer.write(buf)
    return buf.getvalue()


def docx_bomb(expanded: int) -> bytes:
    """A valid DOCX (python-docx's own template) whose word/document.xml expands to `expanded` bytes
    of paragraphs from a few hundred KB at most: a zip bomb. Written in blocks, so building it holds
    one block in memory, never the expanded text."""
    import docx

    template = io.BytesIO()
    docx.Document().save(template)
    paragraph = b"<w:p><w:r><w:t>" + b"bom " * 1000 + b"</w:t></w:r></w:p>"
    block = paragraph * 250
    head = (
        b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        b'<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
    )
    buf = io.BytesIO()
    with zipfile.ZipFile(template) as src, zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as out:
        for info in src.infolist():
            if info.filename != "word/document.xml":
                out.writestr(info, src.read(info))
        with out.open("word/document.xml", "w", force_zip64=True) as part:
            part.write(head)
            for _ in range(max(1, expanded // len(block))):
                part.write(block)
            part.write(b"</w:body></w:document>")
    return buf.getvalue()


def yaml_bomb(levels: int = 8) -> str:
    """Front matter whose aliases expand to 9**levels strings ("billion laughs")."""
    lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for i in range(1, levels):
        prev, cur = chr(ord("a") + i - 1), chr(ord("a") + i)
        lines.append(f"{cur}: &{cur} [" + ",".join([f"*{prev}"] * 9) + "]")
    return "---\n" + "\n".join(lines) + "\n---\n"


def file_corpus(max_bytes: int) -> list[FileCase]:
    """Knowledge files that must be refused with a clear message (nothing stored)."""
    rng = random.Random(SEED + 1)
    cases: list[FileCase] = []

    def add(name: str, data: bytes, category: str) -> None:
        cases.append(FileCase(name, data, category))

    for i in range(12):  # malformed UTF-8: mostly bytes that are no UTF-8 at all
        junk = bytes(rng.choice([0xC0, 0xC1, 0xF5, 0xFF, 0xFE, 0x80, 0xBF, 0xE0]) for _ in range(rng.randint(40, 3000)))
        suffix = (".txt", ".md")[i % 2]
        add(f"rusak-utf8-{i}{suffix}", junk, "malformed_utf8")
    for i in range(4):
        add(f"latin1-{i}.txt", ("Jadwal layanan " * 5).encode() + bytes([0xE9, 0xFF]) * 200, "malformed_utf8")
    not_pdf = [b"ini bukan pdf sama sekali", b"<html><body>PDF?</body></html>", _zip({"a.txt": b"x"}),
               b"\x89PNG\r\n\x1a\n" + bytes(200), b"%PDF-1.7\n1 0 obj garbage",
               b"%PDF-1.4\n" + bytes(rng.getrandbits(8) for _ in range(4000)),
               b"%PDF-", b"%PDF-1.5\n%%EOF", b"%PDF-1.4\ntrailer<</Root 1 0 R>>\n%%EOF", _blank_pdf(),
               _blank_pdf()[: len(_blank_pdf()) // 2], b" " * 100]
    for i, data in enumerate(not_pdf):
        add(f"bukan-pdf-{i}.pdf", data, "not_a_pdf")
    bad_docx = [b"", b"PK\x03\x04 bukan zip yang utuh", b"PK", _zip({"a.txt": b"halo"}), _zip({}),
                _zip({"word/document.xml": b"<bukan xml"}), b"Dokumen Word palsu, hanya teks.", bytes(range(256)) * 4]
    for i, data in enumerate(bad_docx):
        add(f"{'kosong' if not data else 'rusak'}-{i}.docx", data, "zero_byte_docx" if not data else "broken_docx")
    for suffix in (".md", ".txt", ".pdf"):
        add(f"kosong{suffix}", b"", "zero_byte")
    body = ("Pedoman unggahan banjir. " * 64).encode()
    for i, extra in enumerate((1, 17, max_bytes)):
        size = max_bytes + extra
        add(f"besar-{i}.md", (body * (size // len(body) + 1))[:size], "huge")
    add("besar.pdf", b"%PDF-1.4\n" + b"0" * (max_bytes + 10), "huge")
    for name, data in [
        ("spasi.md", b" \n\t\n   \n"), ("spasi.txt", "\u3000\u200b\ufeff\n".encode()),
        ("kontrol.txt", bytes(range(1, 9)) * 10), ("nul.md", b"# Judul\n\x00\x00 biner"),
        ("hanya-frontmatter.md", b"---\ntitle: Kosong\n---\n"), ("virus.exe", b"MZ\x90\x00"),
        ("gambar.png", b"\x89PNG"), ("tanpa-akhiran", b"Pedoman tanpa akhiran nama berkas."),
        ("halaman.html", b"<h1>Pedoman</h1>"), ("arsip.zip", _zip({"a.md": b"# A"})),
    ]:
        add(name, data, "empty_or_unsupported")
    add("bom-rasio.docx", docx_bomb(5_000_000), "zip_bomb")  # under the size bound, past the ratio bound
    add("bom-besar.docx", docx_bomb(40_000_000), "zip_bomb")  # past the size bound
    return cases


# --- callback data -------------------------------------------------------------------------


def callback_corpus() -> list[str]:
    """Button data that no longer exists or never could: stale ids, malformed strings."""
    rng = random.Random(SEED + 2)
    stale = [f"{action}:{''.join(rng.choice('abcdefghijkLMNOP0123_-') for _ in range(8))}:{arg}"
             for action, arg in [("rw", "instagram"), ("rw", "all"), ("rp", ""), ("au", ""), ("vr", "lagi"),
                                 ("vr", "formal"), ("vr", "santai"), ("vr", "singkat")]]
    malformed = ["", ":", "::", ":::", "rw", "rw:", "rw::", "vr::", "au:x", "xx:yy:zz", "zz", "tulis", "/start",
                 "rw:" + "x" * 60, "vr:😀:lagi", "rp:\u202e:", "RW:abc:instagram", " rw:abc:x", "null", "{}",
                 "rw:abc:instagram:extra:parts"]
    return stale + malformed




# --- what every answer must look like ------------------------------------------------------

_INDONESIAN = re.compile(
    r"\b(?:kosong|berkas|teks|tidak|terlalu|kirim|bukan|berisi|batas|dikenal|didukung|rusak|sah|kata|dibaca|"
    r"ditemukan|besar|pilih|kedaluwarsa|maaf|tombol|perintah|hanya|ulang|tulis|misalnya|nama)\b",
    re.IGNORECASE,
)
_TRACEBACK = re.compile(r"Traceback|File \"[^\"]+\", line \d+|\w+Error\b|\w+Exception\b")


def encodable(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def error_problem(message: str) -> str | None:
    """Why `message` is not a clear Indonesian error for the user, or None when it is one."""
    if not message.strip():
        return "empty error message"
    if not encodable(message):
        return "error message cannot be encoded as UTF-8"
    if _TRACEBACK.search(message):
        return f"error message looks like a traceback: {message[:200]!r}"
    if not _INDONESIAN.search(message):
        return f"error message is not clear Indonesian: {message[:200]!r}"
    if len(message) > 600:
        return f"error message is {len(message)} characters long"
    return None


def output_problem(text: str) -> str | None:
    """Why an answer shown to the user is broken, or None."""
    if not text.strip():
        return "empty answer"
    if not encodable(text):
        return "answer cannot be encoded as UTF-8 (lone surrogate)"
    if _TRACEBACK.search(text):
        return f"answer looks like a traceback: {text[:200]!r}"
    return None
