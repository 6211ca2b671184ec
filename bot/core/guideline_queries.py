"""What each task searches the guidelines for, and which guidelines a reply may cite.

The service adds these to the officer's own text when it retrieves (bot/core/services.py)."""

from __future__ import annotations

#: How much of an officer's text is searched (the opening of a draft says what it is about).
QUERY_CHARS = 600
REWRITE_QUERY = "menulis caption media sosial yang berdampak bagi warga, bahasa lugas, ajakan dan tagar"
REPLY_QUERIES: dict[str, str] = {
    "question": "menjawab pertanyaan warga di kolom komentar dengan cepat dan jujur",
    "complaint": "menanggapi keluhan warga dan kanal pengaduan resmi SP4N-LAPOR!",
    "hoax": "klarifikasi hoaks dan disinformasi di media sosial",
    "praise": "membalas pujian dan apresiasi warga",
    "abuse": "menghadapi komentar kasar: sembunyikan, abaikan atau laporkan, jangan berdebat",
    "spam": "komentar spam promosi judi online: sembunyikan atau laporkan",
    "political": "netralitas ASN dan komentar politik di akun pemerintah, eskalasi",
    "personal_data": "data pribadi di komentar: pindahkan ke pesan pribadi",
    "other": "membalas komentar warga dengan responsif bukan reaktif",
}
#: The guidelines that shape a reply to each comment kind, as knowledge front-matter `topic`s: the
#: general rules and the per-kind templates for every kind, plus the kind's own procedure
#: (complaints: SP4N-LAPOR!; hoaxes and spam: clarifying and reporting negative content; abuse,
#: hoaxes, complaints and politics: escalation; politics and personal data: ASN ethics). A reply
#: cites only these: a guideline that merely shares a word with the comment (a career regulation
#: under an insult) is none of them, and none is better than a wrong one. An uploaded guideline
#: whose front matter names one of these topics is cited too.
REPLY_BASE_TOPICS = ("templat-balasan", "membalas-komentar")
#: A lexical query per kind that finds the kind's own section of the reply templates.
REPLY_TEMPLATE_QUERIES: dict[str, str] = {
    "question": "templat balasan komentar berupa pertanyaan",
    "complaint": "templat balasan komentar berupa keluhan layanan",
    "hoax": "templat balasan komentar yang menyebarkan klaim hoaks",
    "praise": "templat balasan komentar berupa pujian",
    "abuse": "templat balasan makian, kata kasar",
    "spam": "templat balasan spam",
    "political": "templat balasan komentar politik",
    "personal_data": "templat balasan komentar yang memuat data pribadi",
    "other": "templat balasan per jenis komentar",
}
REPLY_TOPICS: dict[str, tuple[str, ...]] = {
    "question": (*REPLY_BASE_TOPICS, "pengaduan-lapor-kip"),
    "complaint": (*REPLY_BASE_TOPICS, "pengaduan-lapor-kip", "eskalasi-krisis"),
    "hoax": (*REPLY_BASE_TOPICS, "klarifikasi-hoaks", "eskalasi-krisis"),
    "praise": REPLY_BASE_TOPICS,
    "abuse": (*REPLY_BASE_TOPICS, "eskalasi-krisis"),
    "spam": (*REPLY_BASE_TOPICS, "klarifikasi-hoaks"),
    "political": (*REPLY_BASE_TOPICS, "eskalasi-krisis", "netralitas-etika-asn"),
    "personal_data": (*REPLY_BASE_TOPICS, "netralitas-etika-asn", "eskalasi-krisis"),
    "other": REPLY_BASE_TOPICS,
}
#: The escalation guideline shapes a reply only when the comment is escalated (its list names data leaks,
#: levies, health and safety hoaxes): under a complaint or a rumour handled by the reply alone it is cited
#: for nothing the reply does (round 9d's read of 30 replies' sources).
ESCALATION_TOPIC = "eskalasi-krisis"


def reply_topics(kind: str, escalate: bool | None = None) -> tuple[str, ...]:
    """The guideline topics a reply to a comment of `kind` may cite; with `escalate` known, the escalation
    guideline only for an escalated comment."""
    topics = REPLY_TOPICS.get(kind, REPLY_BASE_TOPICS)
    if escalate is False:
        return tuple(t for t in topics if t != ESCALATION_TOPIC)
    return topics
#: How many candidates per ranking a reply's guidelines are chosen from (before the topic filter).
REPLY_POOL = 16
