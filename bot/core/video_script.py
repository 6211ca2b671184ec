"""A 15-30 second script for TikTok, Reels and Shorts from a draft's fact sheet.

A 3-second hook, 3 to 5 scenes and a closing call to action. Each scene shows one fact of the draft on
screen (short enough to read on a phone) and says what to film: citizens being served, the place, the
officer explaining, as the trainings ask (people over podiums), never the ceremony. A draft that gives
citizens nothing still gets an honest script of what it does say, with the questions to ask the office.
"""

from __future__ import annotations

import re

from pydantic import BaseModel, Field

from bot.core.quiz import option_text, scheduled, sound
from bot.core.quiz_fit import fit, squeeze
from bot.core.quiz_options import is_free
from bot.core.reading.extract import read_draft
from bot.core.reading.sheet import LABELS, Clause, DraftKind, Fact, FactSheet, Slot
from bot.core.wording import action_and_channel, lower_first, plain_fact, standalone

#: Characters of on-screen text: two lines of about 28 characters in a large font on a phone.
ON_SCREEN_MAX = 56
VOICE_OVER_MAX = 160
HOOK_SECONDS = 3
CTA_SECONDS = 4
MIN_SECONDS, MAX_SECONDS = 15, 30
MIN_SCENES, MAX_SCENES = 3, 5
MAX_SCENE_SECONDS = 5
#: A fact shortened to fewer words than this says nothing on screen ("Caranya: Melaporkan…").
MIN_WORDS = 2

#: The facts a scene can show, the most useful first (when, where, cost and how before who and the
#: requirements), and what to film for each.
SCENE_SLOTS: dict[Slot, str] = {
    Slot.WHAT: "Warga sedang dilayani atau ikut kegiatannya, dari dekat",
    Slot.WHEN: "Warga yang datang dan antre di lokasi; sisipkan papan jadwal bila ada",
    Slot.WHERE: "Tampak depan lokasi dengan papan namanya, lalu warga yang masuk",
    Slot.COST: "Warga sedang dilayani petugas di meja layanan, dari dekat",
    Slot.HOW: "Petugas menunjukkan caranya kepada warga, langkah demi langkah",
    Slot.WHO: "Warga yang disasar sedang dilayani atau ikut kegiatan",
    Slot.REQUIREMENTS: "Tangan warga menyiapkan dokumen yang disebut, dari dekat",
    Slot.DEADLINE: "Petugas mengingatkan batas waktunya sambil menunjuk pengumuman",
    Slot.CONTACT: "Petugas di meja layanan menjawab telepon atau pesan warga",
    Slot.FIGURES: "Hasilnya di lapangan: yang dibangun, dilayani, atau diterima warga",
}
_ONLINE = re.compile(r"aplikasi|daring|online|situs|laman|tautan|link|www\.|https?://", re.IGNORECASE)
FILM_ONLINE = "Layar ponsel saat warga mendaftar, lalu petugas yang membantu"
FILM_HOOK = "Wajah warga yang dilayani atau suasana lokasi sejak detik pertama; tanpa pejabat di podium"
FILM_BENEFIT = "Warga merasakan manfaatnya: dilayani, menerima, atau memakai hasilnya"
FILM_NO_BENEFIT = "Rekam setelah OPD menjawab: warga yang merasakan hasilnya, bukan rapat atau seremoninya"
FILM_CTA = "Petugas atau warga menghadap kamera dan mengajak penonton"

HOOKS: dict[DraftKind, str] = {
    DraftKind.EVENT: "Ada kegiatan untuk warga, simak!",
    DraftKind.SERVICE: "Info layanan untuk warga, simak!",
    DraftKind.ACHIEVEMENT: "Kabar untuk warga, simak!",
    DraftKind.APPEAL: "Warga, perhatikan ini!",
    DraftKind.EMERGENCY: "Penting! Info untuk warga",
    DraftKind.CLARIFICATION: "Cek faktanya dulu, yuk!",
    DraftKind.MEETING: "Kabar dari pemerintah daerah",
}
#: Scenes that state nothing, for a draft with too few facts to fill three.
FILLERS = ("Tonton sampai habis, ya!", "Bagikan ke yang membutuhkan", "Ada pertanyaan? Tulis di komentar")
CTA_TEXT = "Simpan dan bagikan ke keluarga!"
CTA_NO_BENEFIT = "Ada pertanyaan? Tulis di komentar"
NO_BENEFIT_NOTE = ("Rilis ini belum menyebut manfaat langsung bagi warga. Naskah ini hanya memuat yang "
                   "disebut rilis; tanyakan dulu ke OPD pengirim sebelum merekam.")
#: A draft that gives citizens nothing: the scenes ask what the office must answer before filming.
NO_BENEFIT_SCENES = (
    "Apa manfaatnya bagi warga?", "Kapan dan di mana warga merasakannya?", "Siapa yang bisa ikut, dan caranya?",
)


class Scene(BaseModel):
    seconds: int = Field(ge=1)
    #: Text shown on screen: short, readable on a phone.
    on_screen: str = Field(min_length=1, max_length=ON_SCREEN_MAX)
    #: What to film.
    film: str
    #: What the narrator says (may be longer than the on-screen text).
    voice_over: str = ""


class VideoScript(BaseModel):
    hook: Scene
    scenes: list[Scene]
    call_to_action: Scene
    total_seconds: int
    citizen_benefit: bool = True
    #: Why the script is thin (Indonesian), when the draft gives citizens nothing.
    note: str = ""
    office_questions: list[str] = Field(default_factory=list)

    def texts(self) -> list[str]:
        """Every text the video shows or says: the fact check runs over each."""
        parts = [self.hook, *self.scenes, self.call_to_action]
        return [t for s in parts for t in (s.on_screen, s.voice_over) if t]


def make_script(draft: str) -> VideoScript:
    """The short-video script of a draft (`humasbot script`, the "Naskah video" button)."""
    return script_of(read_draft(draft))


def script_of(sheet: FactSheet) -> VideoScript:
    scenes = _fact_scenes(sheet)
    if not sheet.citizen_benefit:
        # What the draft does say, then what it leaves open: to be filmed once the office answers.
        scenes = [s for s in scenes if s.on_screen.startswith(LABELS[Slot.WHAT])][:1]
        scenes += [Scene(seconds=1, on_screen=q, film=FILM_NO_BENEFIT) for q in NO_BENEFIT_SCENES]
    elif len(scenes) < MIN_SCENES and sheet.lead is not None:
        lead = standalone(sheet.lead.text)
        benefit = fit(option_text(lead), ON_SCREEN_MAX) if lead else None
        if benefit:
            scenes.insert(0, Scene(seconds=1, on_screen=benefit, film=FILM_BENEFIT, voice_over=_voice(lead)))
    hook_text = _hook_text(sheet)
    if hook_text not in HOOKS.values():  # the hook already names it (and says when it is free)
        said = [f"{LABELS[Slot.WHAT]}:", *([f"{LABELS[Slot.COST]}:"] if is_free(hook_text) else [])]
        scenes = [s for s in scenes if not s.on_screen.startswith(tuple(said))] or scenes
    scenes = scenes[:MAX_SCENES]
    fillers = iter(FILLERS)
    while len(scenes) < MIN_SCENES:
        scenes.append(Scene(seconds=1, on_screen=next(fillers), film=FILM_BENEFIT))
    each = min(MAX_SCENE_SECONDS, (MAX_SECONDS - HOOK_SECONDS - CTA_SECONDS) // len(scenes))
    scenes = [s.model_copy(update={"seconds": each}) for s in scenes]
    hook = Scene(seconds=HOOK_SECONDS, on_screen=hook_text, film=FILM_HOOK, voice_over=hook_text)
    cta = Scene(seconds=CTA_SECONDS, on_screen=CTA_TEXT if sheet.citizen_benefit else CTA_NO_BENEFIT,
                film=FILM_CTA, voice_over=_cta_voice(sheet))
    total = HOOK_SECONDS + sum(s.seconds for s in scenes) + CTA_SECONDS
    return VideoScript(
        hook=hook, scenes=scenes, call_to_action=cta, total_seconds=total, citizen_benefit=sheet.citizen_benefit,
        note="" if sheet.citizen_benefit else NO_BENEFIT_NOTE, office_questions=list(sheet.office_questions),
    )


def _voice(text: str) -> str:
    return fit(option_text(text), VOICE_OVER_MAX) or ""


def _fact_scenes(sheet: FactSheet) -> list[Scene]:
    """One scene per useful fact the draft gives, none from a ceremonial clause (the opening's date and
    hall are not what citizens come to), time and place only for an event or a service."""
    ceremonial = [c for c in sheet.clauses if c.ceremonial]
    scenes = []
    for slot, film in SCENE_SLOTS.items():
        if slot in (Slot.WHEN, Slot.WHERE) and not scheduled(sheet):
            continue
        if slot == Slot.FIGURES and sheet.kind != DraftKind.ACHIEVEMENT:
            continue
        fact = next((f for f in sheet.of(slot) if sound(f, sheet) and not _inside(f, ceremonial)), None)
        scene = _scene(slot, fact, film) if fact is not None else None
        if scene is not None:
            scenes.append(scene)
    return scenes


def _inside(fact: Fact, clauses: list[Clause]) -> bool:
    return any(c.start <= fact.start < c.end for c in clauses)


#: Words a phone screen can do without in a day or a place: the weekday beside its date, "mulai",
#: "pukul", and a street address after the building's name.
_DAY = r"(?:Senin|Selasa|Rabu|Kamis|Jumat|Sabtu|Minggu)"
_WEEKDAYS = re.compile(rf"\b{_DAY}(?:[–-]{_DAY})?,?\s*")
_FILLER = re.compile(r"\b(?:mulai|pukul|hari|tanggal)\s+", re.IGNORECASE)


def _on_screen(slot: Slot, value: str, room: int) -> str | None:
    """The fact as it fits on screen: whole, else in its short form (never a clipped number)."""
    whole = fit(option_text(value), room)
    if whole is not None and len(whole) == len(option_text(value)) or slot not in (Slot.WHEN, Slot.WHERE):
        return whole
    if slot == Slot.WHEN:
        short = _FILLER.sub("", _WEEKDAYS.sub("", value)).strip(" ,")
    else:
        short = value.split(",")[0].strip()
    return fit(option_text(short), room) or whole


def _scene(slot: Slot, fact: Fact, film: str) -> Scene | None:
    """The fact in plain words ("Syarat: Cukup bawa KTP", "Biaya: Gratis"); a how that names a channel
    shows the step and the channel whole ("Daftar: daftarvaksin.example.go.id") rather than a cut
    sentence, and the narrator says the whole step."""
    label = LABELS[slot]
    plain = plain_fact(slot, fact.value)
    verb, where = action_and_channel(fact.value) if slot == Slot.HOW else ("", "")
    value = _on_screen(slot, plain, ON_SCREEN_MAX - len(label) - 2)
    if verb and (value is None or value != option_text(plain)) and len(verb) + len(where) + 2 <= ON_SCREEN_MAX:
        label, value = verb, where
    if value is None or (len(value.split()) < MIN_WORDS and slot != Slot.COST and not verb):
        return None
    if slot == Slot.HOW and _ONLINE.search(fact.value):
        film = FILM_ONLINE
    voice = _voice(f"{LABELS[slot]}: {lower_first(plain) if fact.value[:1].islower() else plain}")
    return Scene(seconds=1, on_screen=f"{label}: {value}", film=film, voice_over=voice)


def _hook_text(sheet: FactSheet) -> str:
    """The draft's own name for what it offers ("… gratis!" when it is free), or the kind's hook."""
    what = sheet.first(Slot.WHAT)
    cost = sheet.first(Slot.COST)
    if sheet.citizen_benefit and what is not None:
        name = option_text(squeeze(what.value))
        free = cost is not None and is_free(cost.value) and not is_free(name)
        text = f"{name} gratis!" if free else f"{name}!"
        if len(text) <= ON_SCREEN_MAX:
            return text
    if not sheet.citizen_benefit:
        return HOOKS[DraftKind.MEETING]
    # a meeting that announces something for citizens opens with that, not with the meeting
    return HOOKS[DraftKind.EVENT if sheet.kind == DraftKind.MEETING else sheet.kind]


def _cta_voice(sheet: FactSheet) -> str:
    contact = next((f for f in sheet.of(Slot.CONTACT) if sound(f, sheet)), None)
    if sheet.citizen_benefit and contact is not None:
        return _voice(f"Info lengkap: {contact.value}. Simpan dan bagikan ke keluarga!")
    return CTA_TEXT if sheet.citizen_benefit else "Tulis pertanyaan Anda di kolom komentar."
