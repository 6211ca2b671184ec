"""Who said or did it: an official's title and name ("Kepala Dinas Kesehatan Kota Kendari,
dr. Wa Ode Nurhasanah"), for attribution only: a post may credit them, never lead with them.

A title alone ("Gubernur", "Sekda") is not kept: without a name it credits nobody; a name needs two
words or an academic or religious prefix, so that a list of guests ("Ketua DPRD, Dandim 0210/TU,
Kapolres Taput") does not read as a title and a name.
"""

from __future__ import annotations

import re

from bot.core.reading.figures import headline_end

_TITLE = (r"(?:Plt\.?\s+|Pj\.?\s+|Penjabat\s+|Wakil\s+)?(?:Kepala|Bupati|Wali\s?[Kk]ota|Gubernur|Sekretaris|Asisten|"
          r"Camat|Lurah|Menteri|Direktur|Ketua|Kapolres|Kapolda|Kapolsek|Dandim|Danrem|Kabid|Kadis|Kasat|Kalak|"
          r"Koordinator|Manajer|Juru\s+Bicara|Sekda|Wabup|Wagub|Kabag|Kasubbag|Komandan|Rektor|Dekan|Inspektur|"
          r"Deputi|Staf\s+Ahli|Pimpinan|Pelaksana\s+Tugas|Direktur\s+Utama|General\s+Manager|Kasi|Kasubbag|Kapolsek|Danramil)")
#: A police or military rank before a name ("Kasi Humas AKP Sutrisno Manurung", "Letkol Inf Dimas ...").
_RANK = (r"(?:(?:AKBP|AKP|Iptu|Ipda|Aiptu|Aipda|Bripka|Brigpol|Kompol|"
         r"Kombes(?:\s+Pol\.?)?|Brigjen(?:\s+(?:Pol|TNI)\.?)?|"
         r"Irjen(?:\s+Pol\.?)?|Letkol|Kolonel|Mayor|Kapten|Lettu|Letda|Serka|Sertu|Peltu|Pelda)"
         r"(?:\s+(?:Inf|Kav|Arm|Czi|Cpl|Laut|Pnb|Mar)\b)?\s+)")
_TITLE_WORD = (r"(?:[A-Z][\w\-./]*|dan|selaku|se-\w+|\([A-Z][\w\-]*\)|Prov\.|Kab\.|Setda|kabupaten|provinsi|kota|"
               r"bidang|bagian)")
#: An office named by a list ("Dinas Tanaman Pangan, Hortikultura dan Peternakan"): a comma inside the title.
_LISTED_WORD = r",\s+[A-Z][\w\-]*(?=\s+(?:dan|serta)\s+[A-Z])"
_PREFIX = r"(?:(?:dr|drg|drh|Dr|Drs|Dra|Ir|H|Hj|Prof|KH|K\.H|Ns|apt)\.\s*)"
#: A shortened given name ("Andi Muh. Syahrir", "Moh. Rizal", "Ismail Hi. Djafar") is tried before a whole word,
#: or the name stops at it.
_NAME_WORD = (r"(?:(?:Muh|Moh|Mhd|Moch|Much|Mochd|Abd|Ach|Ahm|Md|Sy|St|Hi|Dt)\.(?=\s+[A-Z])|"
              r"[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?|[A-Z][a-z]{0,3}\.(?=\s+[A-Z]))")
_DEGREE = r"(?:,\s*(?:[A-Z][a-z]{0,3}\.){1,3}(?:[A-Z][a-z]{1,4}\.?)?(?=[\s,.]))"
_PERSON = re.compile(
    rf"\b(?P<title>{_TITLE}(?:\s+{_TITLE_WORD}|{_LISTED_WORD}){{0,14}}?)(?:,\s+{_RANK}?|\s+{_RANK})"
    rf"(?P<name>{_PREFIX}*{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,4}}{_DEGREE}*)(?=\s*[,.]|\s+(?!(?:dan|serta)\s)[a-z(]|\s*$)"
)
_NOT_NAME = re.compile(rf"^{_TITLE}\b|^(?:Forkopimda|Forkopimcam|Bapak|Ibu|Hari|Tim|Dinas|Badan|Kantor|Kota|"
                       r"Kabupaten|Provinsi|Pemerintah|Pemprov|Pemkab|Pemkot|Pemko|Jalan|Jl|Gedung|Perkuat)\b")


#: A letter's signature block: the title on its line (often in capitals), "ttd." perhaps, the name below
#: ("BUPATI TANAH LAUT,\n\nttd.\n\nH. M. SAIFUL ANWAR", "Sekretaris DPRD Kota Bekasi,\nttd.\nDrs. Hendra ...").
_SIGNATURE = re.compile(
    rf"^[ \t]*(?P<title>(?i:{_TITLE})(?:[ \t]+[\w.\-()/]+){{0,8}}?"
    r"(?:,?[ \t]*\n[ \t]*(?i:kabupaten|kota|provinsi)[ \t]+[^\n,]{2,40})?),?[ \t]*\n(?:[ \t]*\n)*"
    r"(?:[ \t]*\(?(?i:ttd|dto)\.?\)?[ \t]*\n(?:[ \t]*\n)*)?"
    rf"[ \t]*(?P<name>{_PREFIX}*(?:[A-Z][\w'’\-]*\.?)(?:[ \t]+(?:{_PREFIX}|[A-Z][\w'’\-]*\.?)){{1,5}}"
    rf"(?:,[ \t]*[A-Z][\w.]{{1,8}})*)[ \t]*$", re.M)


def find_signatures(text: str) -> list[tuple[int, int, str]]:
    """(start, end, display) of signature blocks; the display joins the title and the name on one line."""
    out = []
    for m in _SIGNATURE.finditer(text, max(headline_end(text), len(text) // 2)):  # a letterhead is no signature
        title, name = " ".join(m.group("title").split()), m.group("name").strip()
        if _NOT_NAME.match(name) or re.match(r"(?i:provinsi|kabupaten|kota|pemerintah|dinas|badan)\b", name):
            continue
        out.append((m.start("title"), m.end("name"), f"{title}, {name}"))
    return out


def find_people(text: str) -> list[tuple[int, int]]:
    """Spans "title, name" of the officials the draft names, each person once, in draft order."""
    out: list[tuple[int, int]] = []
    seen: set[str] = set()
    for m in _PERSON.finditer(text, headline_end(text)):
        name = m.group("name")
        words = [w for w in re.findall(r"[A-Za-z'’\-]+", re.sub(_PREFIX, "", name)) if len(w) > 1 or w.isupper()]
        has_prefix = bool(re.match(_PREFIX, name))
        if _NOT_NAME.match(name) or (len(words) < 2 and not has_prefix) or name.isupper():
            continue
        key = " ".join(words[:2]).lower()
        if key in seen:
            continue
        seen.add(key)
        out.append((m.start(), m.end()))
    return out
