//! The four printed documents of the working group's process, made through the core API the way
//! the group makes them and read back the way a member's PDF reader would (poppler's
//! `pdftotext`, `pdfinfo`, `pdffonts`, and lopdf for what is drawn): a step with its filled-in
//! tools (`stegvis pdf steg`), the invitation to a workshop meeting, the minutes of it, and the
//! annual wheel on one landscape page.

mod common;

use stegvis::annual_wheel::{self, ActivityInput, ActivityKind};
use stegvis::checklists::{self, ChecklistId};
use stegvis::meetings::{
    self, EntryInput, EntryKind, FollowUpInput, FollowUpStatus, Meeting, MeetingInput,
};
use stegvis::people::Role;
use stegvis::tools::{self, ToolRowInput};
use stegvis::{process, settings, units, Store};
use uuid::Uuid;

use common::{flat, info_field, PdfFile};

const MUNICIPALITY: &str = "Lørenskog kommune";
const GROUP: &str = "Arbeidsrettet løp – helse og omsorg 2027";
const LEADER: &str = "Åse Bjørnæs";
const TEACHER: &str = "Øystein Lærum";
const NAV_ADVISER: &str = "Nguyễn Thị Hương";
const PLACE: &str = "Rådhuset, møterom Fjellhamar";
const DECISION: &str = "Helsefagarbeider og renholder går videre til steg 2.";
const NOTE: &str = "Kommunens eiendomsavdeling søker renholdere til høsten.";
const ANCHORING: &str = "Ledergruppen må godkjenne at Nav bruker to dager i uka på kurset.";
const OWNED: &str = "Hente tall fra bedriftsundersøkelsen for Romerike";
const UNOWNED: &str = "Spørre sykehjemmene om behovet for assistenter";
const CARRIED: &str = "Kartlegge lærlingplasser i barnehagene";

struct World {
    store: Store,
    group: Uuid,
    people: [Uuid; 3],
    units: [(Uuid, String); 3],
}

fn row(values: &[(&str, &str)]) -> ToolRowInput {
    ToolRowInput {
        values: values
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect(),
    }
}

/// A store with the municipality set and a working group of three, one from each qualifying
/// unit, the refugee service's member leading.
fn world() -> World {
    let mut store = Store::open_in_memory().unwrap();
    settings::set_municipality(&mut store, MUNICIPALITY).unwrap();
    let all_units = units::list(&mut store).unwrap();
    let unit = |prefix: &str| {
        let u = all_units
            .iter()
            .find(|u| u.name.starts_with(prefix))
            .unwrap_or_else(|| panic!("no unit {prefix}"));
        (u.id, u.name.clone())
    };
    let units = [unit("Flyktning"), unit("Voksen"), unit("Nav")];
    let (group, people) = common::group_of_three(
        &mut store,
        GROUP,
        [
            (LEADER, Role::Programraadgiver),
            (TEACHER, Role::Laerer),
            (NAV_ADVISER, Role::NavVeileder),
        ],
    );
    settings::set_current_user(&mut store, Some(people[0])).unwrap();
    World {
        store,
        group,
        people,
        units,
    }
}

/// Three lines of work in 1.1, two of them judged in 1.2, and two tasks in the roles matrix.
fn fill_step_one(w: &mut World) {
    let lines = [
        (
            0,
            "Helsefagarbeider",
            "stort",
            "Navs bedriftsundersøkelse 2026",
        ),
        (
            1,
            "Renholder",
            "noe",
            "Samtale med kommunens eiendomsavdeling",
        ),
        (
            2,
            "Butikkmedarbeider",
            "usikkert",
            "Markedskontaktene i Nav",
        ),
    ];
    for (unit, line, demand, source) in lines {
        tools::add_row(
            &mut w.store,
            w.group,
            "1.1",
            &row(&[
                ("enhet", &w.units[unit].0.to_string()),
                ("bransje", line),
                ("behov", demand),
                ("kilde", source),
                ("krav", "Norsk på B1-nivå muntlig.\nFagbrev er en fordel."),
            ]),
        )
        .unwrap();
    }
    let table = tools::table(&mut w.store, w.group, "1.1").unwrap();
    for (source, fit) in [(&table.rows[0], "ja"), (&table.rows[1], "kanskje")] {
        tools::add_row(
            &mut w.store,
            w.group,
            "1.2",
            &row(&[
                ("bransje", &source.id.to_string()),
                ("aktuell", fit),
                ("oppgaver", "Stell, matservering og renhold på avdelingen"),
            ]),
        )
        .unwrap();
    }
    for (task, unit, deadline) in [
        ("Samle listene fra enhetene", 0, "01.04.2027"),
        ("Snakke med markedskontaktene", 2, "15.04.2027"),
    ] {
        tools::add_row(
            &mut w.store,
            w.group,
            "1.3",
            &row(&[
                ("oppgave", task),
                ("ansvarlig", &w.units[unit].0.to_string()),
                ("utforer", LEADER),
                ("frist", deadline),
            ]),
        )
        .unwrap();
    }
}

/// A step-1 meeting on Thursday 11 March 2027 with all three invited, the first three agenda
/// items timed (the first ran five minutes over), the teacher's colleague from Nav absent, one
/// entry of each kind, and three follow-ups: owned, unowned, and carried over to step 2.
fn step_one_meeting(w: &mut World) -> Meeting {
    let meeting = meetings::plan(
        &mut w.store,
        w.group,
        &MeetingInput {
            step: 1,
            date: "11.03.2027".into(),
            starts_at: "09:00".into(),
            ends_at: "12:30".into(),
            place: PLACE.into(),
            invitees: w.people.to_vec(),
        },
    )
    .unwrap();
    let items: Vec<Uuid> = meeting.agenda.iter().map(|i| i.id).collect();
    for (item, seconds) in [
        (items[0], 20 * 60),
        (items[1], 44 * 60 + 10),
        (items[2], 15 * 60),
    ] {
        meetings::record_time(&mut w.store, item, seconds).unwrap();
    }
    let nav = meeting
        .people
        .iter()
        .find(|p| p.name == NAV_ADVISER)
        .unwrap()
        .id;
    meetings::set_attendance(&mut w.store, nav, false).unwrap();
    for (kind, text, item) in [
        (EntryKind::Note, NOTE, Some(items[1])),
        (EntryKind::Decision, DECISION, Some(items[3])),
        (EntryKind::Anchoring, ANCHORING, None),
    ] {
        meetings::add_entry(
            &mut w.store,
            meeting.id,
            &EntryInput {
                kind,
                text: text.into(),
                agenda_item_id: item,
            },
        )
        .unwrap();
    }
    for (what, owner, deadline) in [
        (OWNED, Some(w.people[0]), Some("01.04.2027")),
        (UNOWNED, None, None),
        (CARRIED, Some(w.people[1]), Some("15.05.2027")),
    ] {
        meetings::add_follow_up(
            &mut w.store,
            meeting.id,
            &FollowUpInput {
                what: what.into(),
                owner_id: owner,
                deadline: deadline.map(Into::into),
            },
        )
        .unwrap();
    }
    let carried = meetings::get(&mut w.store, meeting.id)
        .unwrap()
        .follow_ups
        .into_iter()
        .find(|f| f.what == CARRIED)
        .unwrap();
    meetings::set_follow_up_status(
        &mut w.store,
        carried.id,
        FollowUpStatus::CarriedOver,
        Some(2),
    )
    .unwrap();
    meetings::get(&mut w.store, meeting.id).unwrap()
}

/// The municipality's fixed dates and nine more activities, fifteen in all, spread over the
/// three units; some share a unit and a month, one runs over new year.
fn fill_wheel(w: &mut World) {
    annual_wheel::add_fixed_dates(&mut w.store, w.group).unwrap();
    let activities: [(&str, ActivityKind, usize, &[u8]); 9] = [
        (
            "Inntak til introduksjonsprogrammet",
            ActivityKind::Intake,
            0,
            &[1, 8],
        ),
        (
            "Plan for norskopplæringen neste skoleår",
            ActivityKind::Planning,
            1,
            &[3, 4],
        ),
        (
            "Pleieassistentkurs med språkstøtte",
            ActivityKind::Course,
            1,
            &[9, 10, 11, 12],
        ),
        ("Bransjekurs renhold", ActivityKind::Course, 1, &[1, 2, 3]),
        (
            "Sommerjobber: kartlegging hos arbeidsgivere",
            ActivityKind::Planning,
            2,
            &[2, 3, 4],
        ),
        (
            "Møte med markedskontaktene i Nav",
            ActivityKind::Other,
            2,
            &[5, 11],
        ),
        (
            "Årlig evaluering av løpene",
            ActivityKind::Planning,
            0,
            &[12, 1],
        ),
        (
            "Bedriftsundersøkelsen publiseres",
            ActivityKind::Other,
            2,
            &[4],
        ),
        (
            "Søknad om tilskudd til kvalifisering",
            ActivityKind::Budget,
            0,
            &[10],
        ),
    ];
    for (name, kind, unit, months) in activities {
        annual_wheel::add_activity(
            &mut w.store,
            w.group,
            &ActivityInput {
                name: name.into(),
                kind: Some(kind),
                responsible_unit_id: Some(w.units[unit].0),
                performing_unit_id: Some(w.units[(unit + 1) % 3].0),
                involved_unit_ids: vec![w.units[(unit + 2) % 3].0],
                months: months.to_vec(),
                note: String::new(),
            },
        )
        .unwrap();
    }
}

/// Where each of `needles` first occurs in `text`, failing if one is missing or out of order.
fn assert_in_order(text: &str, needles: &[&str]) {
    let mut from = 0;
    for needle in needles {
        match text[from..].find(needle) {
            Some(at) => from += at + needle.len(),
            None => panic!("«{needle}» missing or out of order after byte {from} in:\n{text}"),
        }
    }
}

fn step_pdf(w: &mut World, step: u8) -> PdfFile {
    PdfFile::new(process::print_step(&mut w.store, w.group, step).unwrap())
}

#[test]
fn a_step_prints_its_status_documents_tools_and_follow_ups_in_order() {
    let mut w = world();
    fill_step_one(&mut w);
    step_one_meeting(&mut w);
    let pdf = step_pdf(&mut w, 1);
    let text = flat(&pdf.pdftotext("-raw", None));
    assert_in_order(
        &text,
        &[
            "Steg 1: Innhente og vurdere arbeidskraftbehovet",
            GROUP,
            "Under arbeid",
            "11.03.2027 kl. 09:00",
            "Dette mangler før steget er ferdig",
            "2 oppfølgingspunkter er verken utført eller overført",
            "Om steget",
            "Oversikt over arbeidskraftbehovet, med kilder 1.1 ✓ 3 rader",
            "1.1 Kartlegging av arbeidskraftbehovet",
            "Enhet Bransje/yrke Behov Kilde",
            "Flyktningtjenesten Helsefagarbeider Stort behov",
            "Voksenopplæringen Renholder Noe behov",
            "Nav Butikkmedarbeider Usikkert",
            "1.2 Mulighetsrommet i arbeidsmarkedet",
            "Helsefagarbeider Ja",
            "Renholder Kanskje",
            "1.3 Roller og ansvarsfordeling",
            "Oppgave Ansvarlig enhet Hvem gjør det",
            "Samle listene fra enhetene Flyktningtjenesten Åse Bjørnæs 01.04.2027",
            "Oppfølgingspunkter",
            OWNED,
        ],
    );
    assert_in_order(
        &text,
        &[
            "Oppfølgingspunkter",
            "Ingen ansvarlig",
            "Overført til steg 2",
        ],
    );
    assert!(text.contains("Norsk på B1-nivå muntlig. Fagbrev er en fordel."));
    pdf.assert_dejavu_subsets();
    let info = pdf.run("pdfinfo", &[]);
    assert_eq!(info_field(&info, "Title"), format!("Steg 1 – {GROUP}"));
}

#[test]
fn a_tool_nobody_has_filled_in_prints_empty_rows_to_write_in() {
    let mut w = world();
    let pdf = step_pdf(&mut w, 3);
    let text = flat(&pdf.pdftotext("-raw", None));
    assert_in_order(
        &text,
        &[
            "Ikke påbegynt",
            "Forslag til nye tiltak, med vurdering 3.1 Mangler Ikke fylt ut",
            "3.1 Vurdering av nye tiltak",
            "Bransje/yrke Nytt tiltak Type",
            "3.2 Plan for utvikling av nytt tiltak",
            "3.3 Roller og ansvarsfordeling",
            "Ingen oppfølgingspunkter i dette steget.",
        ],
    );
    assert!(
        text.contains("Stegene 1 og 2 er ikke ferdige ennå."),
        "{text}"
    );
    // Every blank row is a ruled box: its bottom line spans the whole table.
    let pdf_doc = lopdf::Document::load_mem(&pdf.bytes).unwrap();
    let full_width_rules: usize = pdf_doc
        .get_pages()
        .into_values()
        .map(|page| {
            let content = pdf_doc.get_and_decode_page_content(page).unwrap();
            horizontal_lines(&content, 170.0)
        })
        .sum();
    // Each page's header and footer rule; the status box (top, under the titles, under the
    // row); the documents table (top, under the titles, three rows); and the three tools, each
    // with top and title rules and four blank rows.
    let expected = 2 * pdf.pages() + 3 + (2 + 3) + 3 * (2 + 4);
    assert_eq!(full_width_rules, expected);
}

/// Horizontal lines at least `min_mm` long in a page's content.
fn horizontal_lines(content: &lopdf::content::Content, min_mm: f32) -> usize {
    let number = |o: &lopdf::Object| o.as_float().unwrap_or(0.0);
    let mut count = 0;
    let mut start: Option<(f32, f32)> = None;
    for op in &content.operations {
        match op.operator.as_str() {
            "m" => start = Some((number(&op.operands[0]), number(&op.operands[1]))),
            "l" => {
                if let Some((x, y)) = start {
                    let (x2, y2) = (number(&op.operands[0]), number(&op.operands[1]));
                    if (y2 - y).abs() < 0.01 && (x2 - x).abs() * 25.4 / 72.0 >= min_mm {
                        count += 1;
                    }
                }
                start = None;
            }
            _ => {}
        }
    }
    count
}

#[test]
fn forty_lines_of_work_break_across_pages_under_a_repeated_header() {
    let mut w = world();
    for i in 0..40 {
        tools::add_row(
            &mut w.store,
            w.group,
            "1.1",
            &row(&[
                ("enhet", &w.units[i % 3].0.to_string()),
                ("bransje", &format!("Yrke {i:02}")),
                ("behov", "stort"),
                ("kilde", "Navs bedriftsundersøkelse"),
                (
                    "ufaglaerte",
                    "Assistentstillinger på kjøkkenet og i renholdet",
                ),
            ]),
        )
        .unwrap();
    }
    let pdf = step_pdf(&mut w, 1);
    let pages = pdf.pages();
    assert!(pages >= 3, "{pages} pages");
    let mut seen = Vec::new();
    for page in 1..=pages {
        let text = flat(&pdf.pdftotext("-raw", Some(page)));
        assert!(text.contains(&format!("Side {page} av {pages}")));
        let rows: Vec<String> = (0..40)
            .map(|i| format!("Yrke {i:02}"))
            .filter(|r| text.contains(r.as_str()))
            .collect();
        if !rows.is_empty() {
            // The column titles stand above the rows on every page the table continues on.
            assert_in_order(&text, &["Enhet Bransje/yrke Behov Kilde", &rows[0]]);
        }
        seen.extend(rows);
    }
    let expected: Vec<String> = (0..40).map(|i| format!("Yrke {i:02}")).collect();
    assert_eq!(seen, expected, "every row once, in order");
}

#[test]
fn a_checklist_tool_ticks_what_is_done_and_shows_the_notes() {
    let mut w = world();
    checklists::set_entry(
        &mut w.store,
        ChecklistId::EmployerPreparation,
        w.group,
        "formal",
        &checklists::EntryInput {
            done: true,
            note: "Avklart på møtet med Bjørkås Dagligvare".into(),
            responsible: LEADER.into(),
        },
    )
    .unwrap();
    checklists::set_entry(
        &mut w.store,
        ChecklistId::EmployerPreparation,
        w.group,
        "fadder",
        &checklists::EntryInput {
            done: false,
            note: "Fadderkurs i april".into(),
            responsible: String::new(),
        },
    )
    .unwrap();
    let pdf = step_pdf(&mut w, 4);
    assert_eq!(pdf.ticks(), 1, "one item done");
    let text = flat(&pdf.pdftotext("-raw", None));
    assert_in_order(
        &text,
        &[
            "4.1 Sjekkliste før avtale om praksis",
            "1 av 6 punkter er avklart.",
            "Avklart Punkt Merknad Ansvarlig",
            "Formålet med praksisen er avklart",
            "Avklart på møtet med Bjørkås Dagligvare",
            LEADER,
            "Fadder er utpekt",
            "Fadderkurs i april",
            "4.2 Forberedelse til møte med arbeidsgiver",
            "4.3 Roller og ansvarsfordeling",
        ],
    );
}

#[test]
fn a_step_marked_done_with_something_missing_says_what_was_missing() {
    let mut w = world();
    tools::add_row(
        &mut w.store,
        w.group,
        "2.1",
        &row(&[
            ("enhet", &w.units[1].0.to_string()),
            ("tiltak", "Norskopplæring med arbeidsretting"),
            ("type", "bransjenorsk"),
        ]),
    )
    .unwrap();
    process::mark_done(&mut w.store, w.group, 2, true).unwrap();
    let today = stegvis::dates::format_date(stegvis::dates::today());
    let text = flat(&step_pdf(&mut w, 2).pdftotext("-raw", None));
    assert_in_order(
        &text,
        &[
            &format!("Ferdig {today}, markert av {LEADER}"),
            "Markert som ferdig selv om dette manglet",
            "Vurdering av dagens tiltak for målgruppen",
            "2.1 Tiltak kommunen tilbyr i dag",
            "Voksenopplæringen Norskopplæring med arbeidsretting Bransjenorsk",
        ],
    );
    assert!(!text.contains("Dette mangler før steget er ferdig"));
}

#[test]
fn the_invitation_gives_time_place_people_agenda_and_what_to_prepare() {
    let mut w = world();
    let meeting = step_one_meeting(&mut w);
    let pdf = PdfFile::new(meetings::print_invitation(&mut w.store, meeting.id).unwrap());
    let text = flat(&pdf.pdftotext("-raw", None));
    let mut expected = vec![
        "Innkalling til arbeidsmøte",
        "Steg 1: Innhente og vurdere arbeidskraftbehovet",
        GROUP,
        "torsdag 11.03.2027",
        "09:00–12:30",
        PLACE,
        "Invitert",
        "Hva steget handler om",
        "Dagsorden",
        "09:00 Velkommen, formål og ønsket resultat av møtet 15",
        "09:15 Enhetenes lister",
        "10:00 Pause 15",
        "10:15 Mulighetsrommet",
        "11:15 Krav som stilles",
        "11:45 Roller og ansvar",
        "12:10 Etterarbeid",
        "12:30 Sum – møtet varer 3 t 30 min (09:00–12:30) 210",
        "Forberedelser",
        "Ta med: 1.1 Kartlegging av arbeidskraftbehovet",
        "Flyktningtjenesten, Nav og Voksenopplæringen tar med hver sin liste med bransje/yrke, \
         behov og kilde.",
    ];
    let questions = meeting.definition().questions;
    if let Some(first) = questions.first() {
        expected.extend(["Spørsmål å tenke over før møtet", "1."]);
        expected.push(first);
    }
    assert_in_order(&text, &expected);
    for person in [
        format!("{LEADER} Flyktningtjenesten"),
        format!("{TEACHER} Voksenopplæringen"),
        format!("{NAV_ADVISER} Nav"),
    ] {
        assert!(text.contains(&person), "{person} invited");
    }
    assert!(!text.contains("lengre enn møtet"));
    pdf.assert_dejavu_subsets();
}

#[test]
fn an_agenda_longer_than_the_meeting_is_pointed_out() {
    let mut w = world();
    let meeting = meetings::plan(
        &mut w.store,
        w.group,
        &MeetingInput {
            step: 1,
            date: "12.03.2027".into(),
            starts_at: "09:00".into(),
            ends_at: "12:00".into(),
            place: String::new(),
            invitees: Vec::new(),
        },
    )
    .unwrap();
    let text = flat(
        &PdfFile::new(meetings::print_invitation(&mut w.store, meeting.id).unwrap())
            .pdftotext("-raw", None),
    );
    assert_in_order(
        &text,
        &[
            "fredag 12.03.2027",
            "Ingen er invitert ennå.",
            "Sum – møtet varer 3 t (09:00–12:00) 210 (for mye)",
            "Dagsordenen er 30 min lengre enn møtet",
        ],
    );
}

#[test]
fn the_minutes_show_attendance_time_used_entries_and_follow_ups() {
    let mut w = world();
    let meeting = step_one_meeting(&mut w);
    let pdf = PdfFile::new(meetings::print_minutes(&mut w.store, meeting.id).unwrap());
    let text = flat(&pdf.pdftotext("-raw", None));
    assert_in_order(
        &text,
        &[
            "Referat fra arbeidsmøte",
            "Steg 1: Innhente og vurdere arbeidskraftbehovet",
            "torsdag 11.03.2027",
            &format!("Til stede: {TEACHER} (Voksenopplæringen) og {LEADER} (Flyktningtjenesten)"),
            &format!("Forfall: {NAV_ADVISER} (Nav)"),
            "Dagsorden slik møtet gikk",
            "09:00 Velkommen, formål og ønsket resultat av møtet 15 min 20 min (+5)",
            "(1.1) 45 min 44 min",
            "10:00 Pause 15 min 15 min",
            "(1.2) 60 min ikke målt",
            "Sum – møtet var satt av til 3 t 30 min (09:00–12:30) 210 min 79 min",
            "Notater",
            NOTE,
            "Under punktet «Enhetenes lister",
            "Beslutninger",
            DECISION,
            "Til forankring hos ledelsen",
            ANCHORING,
            "Oppfølgingspunkter",
            "1 oppfølgingspunkt har ingen ansvarlig",
            "Hva skal gjøres Ansvarlig Frist Status",
            &format!("{OWNED} {LEADER} 01.04.2027 Åpen"),
            &format!("{UNOWNED} Ingen ansvarlig ingen frist Åpen"),
            &format!("{CARRIED} {TEACHER} 15.05.2027 Overført til steg 2"),
            "Godkjenning",
            "Referent",
            "Godkjent av",
        ],
    );
    pdf.assert_dejavu_subsets();
}

#[test]
fn minutes_of_a_meeting_without_entries_say_none() {
    let mut w = world();
    let meeting = meetings::plan(
        &mut w.store,
        w.group,
        &MeetingInput {
            step: 2,
            date: "08.04.2027".into(),
            starts_at: "12:00".into(),
            ends_at: "15:00".into(),
            place: PLACE.into(),
            invitees: vec![w.people[0]],
        },
    )
    .unwrap();
    let text = flat(
        &PdfFile::new(meetings::print_minutes(&mut w.store, meeting.id).unwrap())
            .pdftotext("-raw", None),
    );
    assert_in_order(
        &text,
        &[
            &format!("Til stede: {LEADER} (Flyktningtjenesten)"),
            "Forfall: Ingen",
            "12:00 Velkommen, formål og ønsket resultat av møtet 10 min ikke målt",
            "Notater Ingen",
            "Beslutninger Ingen",
            "Til forankring hos ledelsen Ingen",
            "Oppfølgingspunkter Ingen",
            "Godkjenning",
        ],
    );
}

fn wheel_pdf(w: &mut World) -> PdfFile {
    PdfFile::new(annual_wheel::print(&mut w.store, w.group).unwrap())
}

#[test]
fn the_annual_wheel_fits_fifteen_activities_on_one_landscape_page() {
    let mut w = world();
    fill_wheel(&mut w);
    let wheel = annual_wheel::get(&mut w.store, w.group).unwrap();
    assert_eq!(wheel.activities.len(), 15);
    let pdf = wheel_pdf(&mut w);
    assert_eq!(pdf.pages(), 1);
    let info = pdf.run("pdfinfo", &[]);
    let size = info_field(&info, "Page size");
    let dims: Vec<f32> = size
        .split_whitespace()
        .filter_map(|t| t.parse().ok())
        .collect();
    assert!(dims[0] > dims[1], "landscape: {size}");
    assert!((dims[0] - 841.9).abs() < 1.0, "A4: {size}");

    // The list beside the wheel: every activity, numbered in the wheel's order, with its
    // months and units.
    let text = flat(&pdf.pdftotext("-raw", None));
    let mut expected: Vec<String> = vec!["Årshjul".into(), GROUP.into()];
    for (i, activity) in wheel.activities.iter().enumerate() {
        expected.push(format!("{} {}", i + 1, activity.name));
        expected.push(activity.months_label.clone());
    }
    let expected: Vec<&str> = expected.iter().map(String::as_str).collect();
    assert_in_order(&text, &expected);
    assert!(text.contains(
        "Ansvarlig og utfører: Flyktningtjenesten · Involvert: Nav og Voksenopplæringen"
    ));
    assert!(text
        .contains("Ansvarlig: Voksenopplæringen · Utfører: Nav · Involvert: Flyktningtjenesten"));
    assert!(text.contains("Ringene fra midten og ut: Flyktningtjenesten, Voksenopplæringen og Nav"));
    for month in ["januar", "februar", "mars", "desember"] {
        assert!(text.contains(month), "{month}");
    }
    pdf.assert_dejavu_subsets();
}

#[test]
fn an_annual_wheel_with_more_than_a_page_can_list_continues_the_list_overleaf() {
    let mut w = world();
    for i in 0..40 {
        annual_wheel::add_activity(
            &mut w.store,
            w.group,
            &ActivityInput {
                name: format!("Aktivitet {i:02} for kvalifiseringsløpet"),
                kind: Some(ActivityKind::Course),
                responsible_unit_id: Some(w.units[i % 3].0),
                performing_unit_id: Some(w.units[(i + 1) % 3].0),
                involved_unit_ids: vec![w.units[(i + 2) % 3].0],
                months: vec![(i % 12) as u8 + 1],
                note: String::new(),
            },
        )
        .unwrap();
    }
    let pdf = wheel_pdf(&mut w);
    let pages = pdf.pages();
    assert!(pages >= 2);
    let first = flat(&pdf.pdftotext("-raw", Some(1)));
    let rest: Vec<String> = (2..=pages)
        .map(|page| flat(&pdf.pdftotext("-raw", Some(page))))
        .collect();
    let rest = rest.join(" ");
    assert!(rest.contains("Aktivitetene i årshjulet (forts.)"));
    let wheel = annual_wheel::get(&mut w.store, w.group).unwrap();
    let mut expected = Vec::new();
    for activity in &wheel.activities {
        let on_first = first.contains(&activity.name);
        assert!(
            on_first != rest.contains(&activity.name),
            "{} listed once",
            activity.name
        );
        if !on_first {
            expected.push(activity.name.as_str());
        }
    }
    assert!(!expected.is_empty());
    assert_in_order(&rest, &expected);
}

#[test]
fn an_empty_annual_wheel_still_prints_its_rings_and_says_what_to_start_with() {
    let mut w = world();
    let pdf = wheel_pdf(&mut w);
    assert_eq!(pdf.pages(), 1);
    let text = flat(&pdf.pdftotext("-raw", None));
    assert!(
        text.contains("Ingen aktiviteter er lagt inn ennå."),
        "{text}"
    );
}

#[test]
fn the_documents_render_the_same_bytes_twice() {
    let mut w = world();
    fill_step_one(&mut w);
    let meeting = step_one_meeting(&mut w);
    fill_wheel(&mut w);
    let twice = |w: &mut World| {
        [
            process::print_step(&mut w.store, w.group, 1).unwrap(),
            meetings::print_invitation(&mut w.store, meeting.id).unwrap(),
            meetings::print_minutes(&mut w.store, meeting.id).unwrap(),
            annual_wheel::print(&mut w.store, w.group).unwrap(),
        ]
    };
    assert_eq!(twice(&mut w), twice(&mut w));
}
