"""The labelled fact lines of a post plan (bot/offline/post_plan.py), one per slot the fact sheet has.

A government target goes under "Target", never under "Kapan"; a deadline under "Batas waktu"; a whole list of
places stays whole. Every value is a span of the draft (`Fact.value`: the EYD date or the spelled-out acronym
where the sheet gives one), checked against the draft as written.
"""

from __future__ import annotations

import re
from dataclasses import replace

from bot.core.fact_scan import scan_facts
from bot.core.reading import DraftKind, Fact, FactSheet, Slot
from bot.core.reading.act_time import reference_date
from bot.core.reading.cost import paid_by_others
from bot.core.reading.key_check import channel, kept, key_facts
from bot.core.reading.key_facts import FREE
from bot.core.reading.slots import CALLED_OFF_NOTE, office_task
from bot.core.reading.time_roles import BANNED, CLOSED, HOURS, OLD, RULE
from bot.core.wording import capital, channel_of, lower_first, plain_fact
from bot.offline.fact_line import LINE_ORDER, FactLine
from bot.offline.post_another import offer_label
from bot.offline.post_claim import rumoured
from bot.offline.post_costs import cost_values
from bot.offline.post_events import event_name, split_events
from bot.offline.post_exclusions import ended_spans, excluded_spans, refuses
from bot.offline.post_figures import achievement_figures
from bot.offline.post_labels import (
    EXCEPTED,
    call_price,
    capacity,
    excepting,
    hazard,
    line_label,
    more_benefits,
    negated,
    paid,
    people_only,
    per_person_cap,
    step_subjects,
    still_paid,
    whole_list,
    with_each,
    with_limit,
    with_measured,
    with_people,
    with_per,
    with_phone,
    with_recurrence,
    with_short_number,
    with_thing,
    with_until,
)
from bot.offline.post_launch import without_launch
from bot.offline.post_lead import framed
from bot.offline.post_places import (
    MORE_PLACES,
    distinct_places,
    first_places,
    place_groups,
    whole_names,
    with_address,
)
from bot.offline.post_prices import price_values
from bot.offline.post_report import REPORT_MARK, report_label, report_value, report_verb
from bot.offline.post_schedule import date_keys, schedule, schedule_rows, short_schedules
from bot.offline.post_text import clean_span, cut_off, one_line, undangled
from bot.offline.post_times import (
    ESTIMATE_LABEL,
    channel_hours,
    estimates,
    joined_ranges,
    merged_contacts,
    said_figures,
    said_times,
    step_times,
    with_channel_hours,
)
from bot.offline.post_values import display, line_values
from bot.offline.post_when import (
    BANNED_LABEL,
    CLOSED_LABEL,
    MARKS,
    RULE_LABEL,
    STEP_MARK,
    hours_label,
    old_label,
    place_days,
    side_values,
    split_when,
    step_places,
    with_day,
)

#: Free for a group only ("Penyandang disabilitas tetap gratis"), said beside the free of everyone.
_FREE_GROUP_VALUE = re.compile(r"^[A-Z][\w&/ ]{3,50}?\s+(?:tetap\s+|juga\s+)?gratis\b", re.I)
#: Weekdays alone beside a dated range of weekdays ("Selasa sampai Sabtu, 13 ..."): a detail of that range.
_BARE_DAYS = re.compile(r"^(?:(?:Senin|Selasa|Rabu|Kamis|Jum'?at|Sabtu|Minggu)(?:\s*(?:,|dan|serta|sampai|hingga|–|-)"
                        r"\s*)?)+$", re.I)
_DATED_RANGE = re.compile(r"\b(?:Senin|Selasa|Rabu|Kamis|Jum'?at|Sabtu|Minggu)\s*(?:sampai|hingga|–|-)\s*\w+,?\s+\d")

#: What a result's period dates: a result reached ("... telah menyambungkan", "tercatat 1.146 pedagang").
_RESULT_AFTER = re.compile(r"[^.;:!?\n]{0,60}?\b(?:telah|sudah|berhasil|tercatat|terealisasi|mencapai)\s+"
                           r"(?!dibuka\b|dimulai\b)[a-z]"
                           # a figure reached, in the same clause ("... baru mencapai 58 persen")
                           r"|[^.;:!?\n,]{0,60}?\b(?:tercatat|terealisasi|mencapai)\s+\d"
                           # how it went so far ("... hingga akhir Agustus 2027 berjalan sesuai rencana")
                           r"|\s+berjalan\s+(?:sesuai|lancar|baik|normal|aman|optimal)\b", re.I)
#: A date said alone ("23 Desember", "Rabu, 23 Desember 2026"): no opening, closing or hour of its own.
_BARE_DATE = re.compile(r"\W*(?:tanggal\s+)?(?:(?:Senin|Selasa|Rabu|Kamis|Jum'?at|Sabtu|Minggu),?\s+)?"
                        r"\d{1,2}\s+[A-Za-z]+(?:\s+\d{4})?\W*")
#: ... or inside the time itself ("sampai Oktober 2026" of "Realisasi retribusi sampai Oktober 2026 baru mencapai ...").
_COUNTED_IN = re.compile(r"(?:hingga|sampai(?:\s+dengan)?|per|sepanjang|selama)\s+(?:akhir\s+|pertengahan\s+|awal\s+)?"
                         r"(?:Januari|Februari|Maret|April|Mei|Juni|Juli|Agustus|September|Oktober|November|Desember|"
                         r"triwulan|semester|tahun)\b", re.I)
_COUNTED_TO = re.compile(r"\b(?:hingga|sampai(?:\s+dengan)?|per|sepanjang|selama)\s+"
                         r"(?:akhir\s+|pertengahan\s+|awal\s+)?$", re.I)
#: A step an office takes, in the passive with its agent ("direkap oleh kecamatan", "diverifikasi oleh tim Dinas
#: Sosial"): no way for citizens to take part.
_OFFICE_STEP = re.compile(r"^(?:lalu\s+|kemudian\s+|selanjutnya\s+)?di[a-z]{3,}\s+(?:\w+\s+)?oleh\s+(?:pihak\s+|tim\s+|"
                          r"petugas\s+)?(?:kecamatan|kelurahan|desa|dinas|tim|petugas|panitia|pemerintah|pemkab|"
                          r"pemkot|pemprov|kantor|badan|BPN|PLN|PDAM|Dinsos|Disdukcapil|verifikator)\b", re.I)

#: A report channel that is only the speaker ("laporkan ke saya" in a camat's speech): no channel a post can give.
_SPEAKER_ONLY = re.compile(r"^\W*(?:ke|kepada|pada)?\s*(?:saya|kami|aku|beta)\W*$", re.I)

def fact_lines(sheet: FactSheet, lead: str = "") -> tuple[FactLine, ...]:
    """One labelled line per slot the sheet has, in `LINE_ORDER`, each with every value of its slot;
    where a slot also has facts outside the ceremony, the ones inside it (the meeting's own day and
    room) are left out. Facts only the ceremony carries ("dibuka ... di lapangan X pada Sabtu") stay. A
    figure the post's `lead` says already is not repeated."""
    lines: list[FactLine] = []
    later: list[FactLine] = []  # estimates, said after the other lines (a reopening day is no day to come)
    subjects = step_subjects(sheet)  # "Kendaraan roda dua ... dialihkan melalui ...": one how line, no who
    ceremonial = [c for c in sheet.clauses if c.ceremonial]
    stops = schedule(sheet)
    side: list[FactLine] = []  # the days with no service and the old office (bot/offline/post_when.py)
    ended = ended_spans(sheet)  # "Samsat Corner ... berhenti beroperasi mulai 31 Desember" (post_exclusions.py)
    for slot in LINE_ORDER:
        warning = sheet.kind in (DraftKind.APPEAL, DraftKind.EMERGENCY)
        if slot == Slot.FIGURES and sheet.kind != DraftKind.ACHIEVEMENT and not warning:
            continue  # "3 ton" of stock or "9.800 warga belum rekam" is no achievement to show off
        facts = [f for f in key_facts(sheet, slot) if not rumoured(sheet, f.start)]
        if slot in (Slot.WHEN, Slot.DEADLINE, Slot.WHERE):  # an old service's last day: the ended line says it
            facts = [f for f in facts if not any(start <= f.start < end for start, end in ended)]
        if slot in (Slot.WHEN, Slot.DEADLINE):  # "KK yang diterbitkan paling lambat 1 Juli 2025": no day to act;
            facts = [f for f in facts if not reference_date(sheet, f) and not channel_hours(sheet, f)]  # "(WA, Senin)"
        if slot == Slot.FIGURES and warning:  # a warning shows how bad it is: "gelombang 2,5 hingga 4 meter"
            facts = [f for f in facts if hazard(sheet, f)]
        if slot == Slot.BENEFIT:  # an amount citizens get that the lead does not say ("uang saku Rp50.000 ...")
            said = "\n".join([lead, *(line.value for line in lines)])
            listed = [f for f in facts if f.role == "listed" and f.text.lower() not in said.lower()]  # "... 100 buah"
            facts = sorted({*more_benefits(facts, said), *listed}, key=lambda f: f.start)
            quotas = [q.text.lower() for q in key_facts(sheet, Slot.QUOTA)]  # "kuota seribu ... sambungan": the quota
            facts = [f for f in facts if not (_QUOTA_WORD.match(f.text) and any(q in f.text.lower() for q in quotas))]
        if slot == Slot.QUOTA and sheet.kind != DraftKind.ACHIEVEMENT:  # "240 peserta": places on offer
            facts = facts + [f for f in key_facts(sheet, Slot.FIGURES) if capacity(sheet, f)]
        if slot != Slot.COST:  # "tidak melalui perantara" is no way to take part
            facts = [f for f in facts if not negated(sheet, f)]
        else:  # "112 (24 jam, gratis)": a free call, no free service
            facts = [f for f in facts if not call_price(sheet, f)]
        # A channel to use stays even when the ceremony carries it ("... mengecek di laman X").
        plain = [f for f in facts if not any(c.start <= f.start < c.end for c in ceremonial)
                 or (slot == Slot.HOW and channel(f))]
        facts = without_launch(sheet, slot, plain or facts)  # a launch's day and room are the ceremony's
        if slot == Slot.WHERE:  # the old office and a place closed are said by their own lines (post_when), and
            held = step_places(sheet)  # a step's venue by the step's line ("Seleksi: tes ... di kampus X")
            stepped = {held[f] for line in lines if line.mark == STEP_MARK for f in line.facts if f in held}
            facts = [f for f in facts if f not in stops.values() and f.role not in (CLOSED, OLD) and f not in stepped]
        if slot == Slot.DEADLINE:  # the old office's last day is no deadline for citizens
            facts = [f for f in facts if f.role not in (CLOSED, OLD)]
        values = line_values(facts, sheet.draft)
        if slot not in (Slot.WHEN, Slot.COST):  # "Desa Semuntai" of "Desa Semuntai, Desa Lape ... ": the list
            values = [(whole_names(sheet.draft, f, v), f) for v, f in values]
        if slot == Slot.WHERE:
            days = place_days(sheet)
            values = [(with_day(sheet, f, with_address(sheet.draft, f, v), days), f) for v, f in values]
        if slot == Slot.WHEN:  # the period a result is counted to ("hingga akhir November 2026 program tersebut telah
            # menyambungkan listrik ke 3.412 rumah") is no time to come
            values = [(v, f) for v, f in values if not (_RESULT_AFTER.match(sheet.draft, f.end) and (_COUNTED_TO.search(
                sheet.draft, max(0, f.start - 25), f.start) or _COUNTED_IN.match(f.text)))] or values
        if slot == Slot.WHEN:  # a day a deadline names ("sampai tanggal 23 Desember" of "paling lambat Rabu, 23
            # Desember 2026") is said by the deadline's line, with what it is the last day of
            dues = [d for d in key_facts(sheet, Slot.DEADLINE) if d.role not in (CLOSED, OLD)]
            values = [(v, f) for v, f in values if not (_BARE_DATE.fullmatch(f.text) and any(
                kept(f, d.text) and not (d.start < f.end and f.start < d.end) for d in dues))] or values
        if slot == Slot.WHEN and any(_DATED_RANGE.search(v) for v, _ in values):
            values = [(v, f) for v, f in values if not _BARE_DAYS.match(v)]  # "Kamis dan Jumat" of a dated range
        if slot == Slot.WHEN:  # a counter's opening time goes with its step ("datang ke loket mulai pukul 07.00")
            stepped = set(step_times(sheet, key_facts(sheet, Slot.HOW)).values())
            values = [(v, f) for v, f in values if f not in stepped] or values
            estimated = estimates(sheet, values) if len(values) > 1 else []
            values = [(v, f) for v, f in values if f not in {e for _, e in estimated}]
            values = said_times(sheet, joined_ranges(sheet, [(with_recurrence(sheet, f, with_until(sheet, f, v)), f)
                                                             for v, f in values]))
            if estimated:  # a warning's forecast ("Air diperkirakan sampai ... pukul 21.00–24.00") comes first
                forecast = [_line(sheet, Slot.TARGET, ESTIMATE_LABEL, estimated, [])]
                if sheet.kind == DraftKind.EMERGENCY:
                    lines += forecast
                else:
                    later += forecast
        if slot == Slot.TARGET:  # a target an estimate line already gives; the office's own task is none of citizens'
            values = [(v, f) for v, f in values if not kept(f, "\n".join(line.value for line in later))
                      and not office_task(sheet.draft, _sentence_start(sheet.draft, f.start), f.end)]
        if slot == Slot.HOW:  # "Disampaikan ... hal-hal berikut" announces steps; "ambil ... sonde bayar" is a cost
            fees = [c.text.lower() for c in key_facts(sheet, Slot.COST)]
            values = [(v, f) for v, f in values
                      if not framed(v) and (channel(f) or not any(fee in v.lower() for fee in fees))]
            values = [(clean_span(sheet.draft[subjects[f].start : f.end]) if f in subjects else v, f)
                      for v, f in values]
            timed = step_times(sheet, [f for _, f in values])
            values = [(clean_span(sheet.draft[f.start : timed[f].end]) if f in timed else v, f) for v, f in values]
        if slot == Slot.FIGURES:
            measured = [(with_measured(sheet, f, v), f) for v, f in values]
            values = (achievement_figures(sheet, measured, lead) if sheet.kind == DraftKind.ACHIEVEMENT
                      else said_figures(sheet, measured, lead))
        if slot == Slot.WHEN and stops:
            places = {id(day): display(place) for day, place in stops.items()}
            shown = {f for _, f in values}
            for day in [d for d in stops if d not in shown]:  # "mulai hari Senin, 9 November" shown for its stop
                same = next((f for _, f in values if f not in stops and date_keys(f) == date_keys(day) != set()),
                            None)
                if same is not None:
                    places[id(same)] = places[id(day)]
            values = [(f"{v} di {places[id(f)]}" if id(f) in places else v, f) for v, f in values]
            values += [(display(place), place) for place in stops.values()]
        if slot == Slot.COST and any(FREE.search(v) for v, _ in values):
            # free, and what citizens still pay ("cukup membayar Rp250.000 untuk patok"): both, or it misleads
            frees = [(v, f) for v, f in values if FREE.search(v)]  # "gratis selama uji coba", "lansia tetap gratis"
            values = [frees[0], *(
                (v, f) if paid_by_others(f) else (paid(sheet, f, with_limit(sheet, f, v)), f)
                for v, f in values if paid_by_others(f) or still_paid(sheet, f)),
                *((v, f) for v, f in frees[1:] if _FREE_GROUP_VALUE.match(v))]
        elif slot == Slot.COST:  # a price list whole, each item with its name
            values = price_values(sheet, values)
        if slot == Slot.COST:  # each value says what it is the price of
            values = cost_values(sheet, values)
        if slot == Slot.DEADLINE:  # "Batas waktu: sampai 31 Juli" under "Kapan: 1 Mei sampai 31 Juli": said once
            said = "\n".join(line.value for line in lines if line.slot == Slot.WHEN)
            values = [(v, f) for v, f in values if not (scan_facts(f.text) and kept(f, said))]
        if slot == Slot.CONTACT:  # a number the how line already gives is not said twice; "... atau 113" stays
            said = "\n".join(line.value for line in lines)
            values = [(with_short_number(sheet, f, v), f) for v, f in values if not kept(f, said)]
            times = sheet.of(Slot.WHEN)  # "WhatsApp 0811-... setiap hari kerja pukul 08.00–15.00": its hours
            values = merged_contacts([(with_channel_hours(sheet, f, v, times, facts), f) for v, f in values])
        if slot == Slot.QUOTA and line_label(sheet, slot, facts) == "Batas":
            values = [(with_per(sheet, f, with_limit(sheet, f, v)), f) for v, f in values]  # "... per KTP"
        elif slot == Slot.QUOTA:
            values = [(with_per(sheet, f, with_thing(sheet, f, v)), f) for v, f in values]
            values = [(v if per_person_cap(sheet, f) else with_each(sheet, f, v), f) for v, f in values]
            caps = [(with_limit(sheet, f, v), f) for v, f in values if line_label(sheet, slot, [f]) == "Batas"]
            if caps:  # a stock and a cap per person are two things: "Kuota: 12 ton beras", "Batas: maksimal 2 ..."
                capped = [f for _, f in caps]
                lines.append(_line(sheet, slot, "", [(v, f) for v, f in values if f not in capped], facts))
                lines.append(_line(sheet, slot, "Batas", caps, [f for _, f in caps]))
                continue
        if slot == Slot.HOW:  # an act the lead already says is no step ("dapat mengajukan X"); a channel always is
            values = [(with_phone(sheet, f, v), f) for v, f in values
                      if channel(f) or _POINTER.sub("", f.text.lower()).strip(" .:") not in lead.lower()]
            values = [(v, f) for v, f in values if not _OFFICE_STEP.match(f.text) and not office_task(
                sheet.draft, _sentence_start(sheet.draft, f.start), f.end)] or values
        if slot == Slot.REQUIREMENTS:
            values = [(whole_list(sheet, f, v), f) for v, f in values]
        if slot in (Slot.REQUIREMENTS, Slot.WHO):  # "bawa kartu pun tetap kami layani": a remark of a quote
            values = [(v, f) for v, f in values if not _FIRST_PERSON.search(v)] or values
        if slot == Slot.WHO:  # "Penerima yang sakit ... dapat diwakili oleh ...": who may send someone, no audience
            refused = excluded_spans(sheet)  # "Warga yang ... tidak dapat dilayani": the "Tidak dilayani" line's
            values = [(with_people(sheet, f, people_only(v)), f) for v, f in values if f not in subjects.values()
                      and not _STAND_IN.match(sheet.draft, f.end)
                      and not any(start <= f.start < end for start, end in refused)]
        if slot == Slot.HOW:  # "daftar KPM tidak dapat dilayani di lokasi" refuses; it is no way to take part
            values = [(v, f) for v, f in values if not refuses(f.text)]
        values = [(one_line(v), f) for v, f in values]  # a value never runs into the list's next item
        values = [(undangled(v), f) for v, f in values if not cut_off(v)] or values  # never "... beras tanpa"
        values = [(v, f) for v, f in values if not v.rstrip().endswith("?")] or values  # a reporter's question
        reports = [(report_value(v), f) for v, f in values if slot == Slot.HOW and report_verb(sheet, f)]
        if reports:
            values = [(v, f) for v, f in values if not report_verb(sheet, f)]
            reports = [(v, f) for v, f in reports if not _SPEAKER_ONLY.match(v)]  # "ke saya" of a speech: to whom?
        if reports:
            report = _line(sheet, slot, report_label(sheet, [f for _, f in reports]), reports, facts)
            lines += [_line(sheet, slot, "", values, facts)] if values else []
            number = channel_of(report.value) if sheet.kind == DraftKind.EMERGENCY else ""  # X: who is in danger
            lines.append(replace(report, mark=REPORT_MARK, brief=number))
            continue
        apart: list[FactLine] = []
        excepted = [(v, f) for v, f in values if slot == Slot.WHO and excepting(sheet, f)]
        if excepted and len(excepted) < len(values):  # whom it is for, then whom it leaves out, each on its line
            values = [(v, f) for v, f in values if (v, f) not in excepted]
            apart.append(_line(sheet, slot, EXCEPTED, excepted, facts))
        if slot == Slot.WHEN and not stops:
            values, hours, steps = split_when(sheet, values)
            values, events = split_events(sheet, values, lead)  # "📅 Pengobatan gratis: ..." beside the festival's
            label = hours_label(sheet, hours)
            if hours and not values and not steps:  # hours alone say what they are of ("Layanan pengaduan")
                named = event_name(sheet, hours[0][1])
                label = named if named and not _EVERY.match(named) else label
            apart = [replace(_line(sheet, slot, label, hours, facts), mark=MARKS[HOURS])] if hours else []
            apart += [_line(sheet, slot, name, group, facts) for name, group in events]
            apart += [replace(_line(sheet, slot, name, group, facts), mark=STEP_MARK) for name, group in steps]
            olds, closed = side_values(sheet, OLD), side_values(sheet, CLOSED)
            side = [replace(_line(sheet, slot, label, group, facts), mark=MARKS[role]) for role, label, group in (
                (CLOSED, *called_off(closed)), (OLD, old_label(olds), olds),
                (BANNED, BANNED_LABEL, side_values(sheet, BANNED)), (RULE, RULE_LABEL, side_values(sheet, RULE)))
                if group]
        if slot == Slot.WHERE and stops:  # a schedule pairs its places; a place a step names is not said again
            said = " ".join(display(f) for f in key_facts(sheet, Slot.HOW)).lower()
            values = [(v, f) for v, f in values if v.lower() not in said]
        if not values:
            lines += apart
            continue
        if slot == Slot.WHERE and not stops:
            said = " ".join(display(f) for f in key_facts(sheet, Slot.HOW))
            lines += [_line(sheet, slot, label, group, facts) for label, group in place_groups(sheet, values, said)]
            continue
        joiner = ", " if slot == Slot.WHERE else "; "
        text = _shape(slot, joiner.join(v for v, _ in values))
        label = line_label(sheet, slot, facts)
        if slot == Slot.WHO:  # whom a second offer is for ("juga dibuka perekaman KTP ... untuk anak ...")
            label = offer_label(sheet, label, [f for _, f in values], lead)
        shown_values = [v for v, f in values if not (slot == Slot.WHEN and f in stops.values())]
        shorter = _shorter(slot, shown_values)
        if slot == Slot.CONTACT:  # where room is short, the numbers without the person named with them
            bare = [v[m.start():] if (m := _NUMBER.search(v)) else v for v in shown_values]
            shorter = (*shorter, *(_shape(slot, "; ".join(bare[:n])) for n in range(len(bare), 0, -1)))
        rows: tuple[str, ...] = ()
        if slot == Slot.WHEN and stops:
            label, text, shorter = "Jadwal", capital("; ".join(shown_values)), short_schedules(values, stops)
            rows = schedule_rows(values, stops)
        if slot == Slot.WHERE and len(shown_values) == 1:
            shorter = first_places(text)
        lines.append(FactLine(slot, label, text, tuple(f for _, f in values), "", shorter, rows=rows))
        lines += apart
    return tuple(_after_places(lines, side) + later)


def _after_places(lines: list[FactLine], side: list[FactLine]) -> list[FactLine]:
    """`lines` with the closed and old-place lines right after the when and where lines: said after
    where to go, never before it."""
    at = max((i + 1 for i, line in enumerate(lines) if line.slot in (Slot.WHEN, Slot.WHERE)), default=0)
    return [*lines[:at], *side, *lines[at:]]


def _line(sheet: FactSheet, slot: Slot, label: str, values: list[tuple[str, Fact]], facts: list[Fact]) -> FactLine:
    """A line of `values` under `label` ("Di mana" becomes the slot's own label where it has one)."""
    joiner = ", " if slot == Slot.WHERE else "; "
    if slot == Slot.WHERE:  # "Balai Desa Waleh, Desa Waleh": the village once
        values = [(distinct_places(v), f) for v, f in values]
    text = _shape(slot, distinct_places(joiner.join(v for v, _ in values)) if slot == Slot.WHERE
                  else joiner.join(v for v, _ in values))
    shorter = _shorter(slot, [v for v, _ in values])
    if slot == Slot.WHERE and len(values) == 1:
        shorter = first_places(text)
    return FactLine(slot, label or line_label(sheet, slot, facts), text, tuple(f for _, f in values), "", shorter)


def _shorter(slot: Slot, values: list[str]) -> tuple[str, ...]:
    """A line's short forms, its first values, longest first; a list of places cut short says there are
    more ("Masjid Raya, dan lokasi lain"): the first place alone reads as the only one."""
    joiner = ", " if slot == Slot.WHERE else "; "
    more = f", {MORE_PLACES}" if slot == Slot.WHERE else ""
    return tuple(_shape(slot, joiner.join(values[:n]) + more) for n in range(len(values) - 1, 0, -1))


#: A benefit that is the quota itself ("kuota seribu ... sambungan rumah tangga ..."), which the quota line says.
_QUOTA_WORD = re.compile(r"^\W*(?:kuota|jatah|alokasi)\b", re.I)
#: Where a phone number starts in a contact value ("Pak Yohanis (Kaur) – WA 0852-...").
_NUMBER = re.compile(r"(?:\+62|\b0)\d")
#: Right after a who: the people may send someone in their place ("... dapat diwakili oleh keluarga").
_STAND_IN = re.compile(r"\s*,?\s*(?:dapat|boleh|bisa)\s+(?:di)?(?:wakil|kuasa)\w*", re.I)
#: A value cut from its clause with the word that tied it on ("dengan jam layanan pukul 08.00"): the word goes.
_LINKED = re.compile(r"^(?:dengan|serta|dan|atau)\s+(?=\S)", re.I)
#: A step's pointer to the list after it ("mengungsi ke titik aman berikut"): the step without it may be the lead.
_POINTER = re.compile(r"\s+(?:(?:sebagai\s+)?berikut(?:\s+ini)?|di\s+bawah\s+ini)\W*$", re.I)
#: A value said in the first person ("kartu pun tetap kami layani"): a quote's remark, no fact to list.
_FIRST_PERSON = re.compile(r"\b(?:kami|kita|saya|aku)\b", re.I)


def _shape(slot: Slot, text: str) -> str:
    """A line's values as the line shows them: capitalised, steps in plain words, "Gratis", no "!"; a
    value after the first in lower case where it opens with an ordinary word ("...; warga usia 45–59 tahun")."""
    items = [_LINKED.sub("", item) or item for item in text.split("; ")]
    if slot in (Slot.WHO, Slot.REQUIREMENTS, Slot.HOW):
        items = items[:1] + [lower_first(item) for item in items[1:]]
    if slot == Slot.COST:  # "Gratis; maksimal Rp150.000 per bidang": each item said plainly
        items = [plain_fact(slot, item) if i == 0 else item for i, item in enumerate(items)]
    return plain_fact(slot, "; ".join(items))


def _sentence_start(draft: str, start: int) -> int:
    """Where the sentence holding offset `start` begins."""
    return max(draft.rfind(mark, 0, start) for mark in ".!?\n") + 1


#: A name that counts, not names ("Setiap lokasi"): no label.
_EVERY = re.compile(r"(?:setiap|tiap|semua|seluruh|masing-masing)\b", re.I)
_CALLED_OFF_MARK = f" ({CALLED_OFF_NOTE})"
_CALLED_OFF = re.compile(r"\b(?:ditiadakan|dibatalkan)\b", re.I)


def called_off(values: list[tuple[str, Fact]]) -> tuple[str, list[tuple[str, Fact]]]:
    """The label of the days off and their values: departures all called off ("Selasa dan Rabu, 15–16 Desember
    (ditiadakan)") are "Ditiadakan", said once in the label; a day of rest is "Libur/tutup"."""
    if values and all(v.endswith(_CALLED_OFF_MARK) or _CALLED_OFF.search(v) for v, _ in values):
        return "Ditiadakan", [(v.removesuffix(_CALLED_OFF_MARK), f) for v, f in values]
    return CLOSED_LABEL, values
