//! `cargo bench --bench process`: printing the working group's four documents in a release
//! build, loaded from the store as the app prints them: step 1 with its three tools filled in
//! (and once with 40 lines of work in 1.1), the invitation to and the minutes of a step-1
//! meeting with entries and follow-ups, and the annual wheel with fifteen activities. Target
//! per document: under 50 ms and under 200 KB; the screens' loads of the process under 50 ms.
//! Figures are printed, not asserted: speed targets are judged here, never in tests.

mod support;

use std::collections::BTreeMap;

use stegvis::annual_wheel::{self, ActivityInput, ActivityKind};
use stegvis::meetings::{self, EntryInput, EntryKind, FollowUpInput, MeetingInput};
use stegvis::people::{self, PersonInput, Role};
use stegvis::store::Store;
use stegvis::tools::{self, ToolRowInput};
use stegvis::{process, settings, units, work_groups};
use support::{ms, time};
use uuid::Uuid;

const RUNS: usize = 30;

fn row(values: &[(&str, String)]) -> ToolRowInput {
    ToolRowInput {
        values: values
            .iter()
            .map(|(k, v)| (k.to_string(), v.clone()))
            .collect::<BTreeMap<_, _>>(),
    }
}

/// A group of three from the three qualifying units, with `lines` lines of work in 1.1 (each
/// judged in 1.2), a roles matrix, a timed step-1 meeting with entries and follow-ups, and the
/// fixed dates plus nine activities in the annual wheel.
fn data(lines: usize) -> (Store, Uuid, Uuid) {
    let mut store = Store::open_in_memory().unwrap();
    settings::set_municipality(&mut store, "Lørenskog kommune").unwrap();
    let all_units = units::list(&mut store).unwrap();
    let units: Vec<Uuid> = ["Flyktning", "Voksen", "Nav"]
        .iter()
        .map(|p| all_units.iter().find(|u| u.name.starts_with(p)).unwrap().id)
        .collect();
    let group = work_groups::create(&mut store, "Arbeidsrettet løp – helse og omsorg 2027")
        .unwrap()
        .id;
    let mut people = Vec::new();
    for (i, (name, role)) in [
        ("Åse Bjørnæs", Role::Programraadgiver),
        ("Øystein Lærum", Role::Laerer),
        ("Nguyễn Thị Hương", Role::NavVeileder),
    ]
    .into_iter()
    .enumerate()
    {
        let person = people::create(
            &mut store,
            &PersonInput {
                name: name.into(),
                unit_id: Some(units[i]),
                role: role.code().into(),
                email: None,
                phone: None,
            },
        )
        .unwrap()
        .id;
        work_groups::add_member(&mut store, group, person, i == 0).unwrap();
        people.push(person);
    }

    for i in 0..lines {
        tools::add_row(
            &mut store,
            group,
            "1.1",
            &row(&[
                ("enhet", units[i % 3].to_string()),
                ("bransje", format!("Helsefagarbeider {i}")),
                ("behov", "stort".into()),
                ("kilde", "Navs bedriftsundersøkelse for Romerike".into()),
                (
                    "krav",
                    "Norsk på B1-nivå muntlig. Fagbrev er en fordel, men ikke et krav.".into(),
                ),
                (
                    "ufaglaerte",
                    "Assistentstillinger på kjøkkenet, i renholdet og på avdelingene.".into(),
                ),
            ]),
        )
        .unwrap();
    }
    let sources = tools::table(&mut store, group, "1.1").unwrap().rows;
    for source in &sources {
        tools::add_row(
            &mut store,
            group,
            "1.2",
            &row(&[
                ("bransje", source.id.to_string()),
                ("aktuell", "ja".into()),
                (
                    "oppgaver",
                    "Stell, matservering og renhold på avdelingen".into(),
                ),
            ]),
        )
        .unwrap();
    }
    for task in [
        "Samle listene",
        "Snakke med markedskontaktene",
        "Lage oversikten",
    ] {
        tools::add_row(
            &mut store,
            group,
            "1.3",
            &row(&[
                ("oppgave", task.into()),
                ("ansvarlig", units[0].to_string()),
                ("frist", "01.04.2027".into()),
            ]),
        )
        .unwrap();
    }

    let meeting = meetings::plan(
        &mut store,
        group,
        &MeetingInput {
            step: 1,
            date: "11.03.2027".into(),
            starts_at: "09:00".into(),
            ends_at: "12:30".into(),
            place: "Rådhuset, møterom Fjellhamar".into(),
            invitees: people.clone(),
        },
    )
    .unwrap();
    for (item, seconds) in meeting.agenda.iter().zip([1200, 2650, 900, 3700]) {
        meetings::record_time(&mut store, item.id, seconds).unwrap();
    }
    for (kind, text) in [
        (
            EntryKind::Note,
            "Eiendomsavdelingen søker renholdere til høsten.",
        ),
        (
            EntryKind::Decision,
            "Helsefagarbeider går videre til steg 2.",
        ),
        (EntryKind::Anchoring, "Ledergruppen må godkjenne kurset."),
    ] {
        meetings::add_entry(
            &mut store,
            meeting.id,
            &EntryInput {
                kind,
                text: text.into(),
                agenda_item_id: None,
            },
        )
        .unwrap();
    }
    for (what, owner) in [
        ("Hente tall fra bedriftsundersøkelsen", Some(people[0])),
        ("Spørre sykehjemmene om behovet", None),
    ] {
        meetings::add_follow_up(
            &mut store,
            meeting.id,
            &FollowUpInput {
                what: what.into(),
                owner_id: owner,
                deadline: Some("01.04.2027".into()),
            },
        )
        .unwrap();
    }

    annual_wheel::add_fixed_dates(&mut store, group).unwrap();
    for i in 0..9u8 {
        annual_wheel::add_activity(
            &mut store,
            group,
            &ActivityInput {
                name: format!("Kurs og planlegging {i}"),
                kind: Some([ActivityKind::Course, ActivityKind::Planning][usize::from(i % 2)]),
                responsible_unit_id: Some(units[usize::from(i) % 3]),
                performing_unit_id: Some(units[usize::from(i + 1) % 3]),
                involved_unit_ids: vec![units[usize::from(i + 2) % 3]],
                months: vec![i + 1, i + 3],
                note: String::new(),
            },
        )
        .unwrap();
    }
    (store, group, meeting.id)
}

/// One screen's load of the process from the store; returns a count so the work is not optimised away.
type ScreenLoad = Box<dyn FnMut(&mut Store) -> usize>;

fn report(label: &str, mut print: impl FnMut() -> Vec<u8>) {
    let bytes = print().len();
    let median = time(RUNS, print);
    println!("{label:<52} {:>7.2} ms {bytes:>10}", ms(median));
}

fn main() {
    println!("{:<52} {:>10} {:>10}", "", "median", "bytes");
    let (mut store, group, meeting) = data(3);
    report("load and print steg 1 (3 lines of work)", || {
        process::print_step(&mut store, group, 1).unwrap()
    });
    report("load and print innkalling, steg 1", || {
        meetings::print_invitation(&mut store, meeting).unwrap()
    });
    report("load and print referat, steg 1", || {
        meetings::print_minutes(&mut store, meeting).unwrap()
    });
    report("load and print årshjul (15 activities)", || {
        annual_wheel::print(&mut store, group).unwrap()
    });
    let (mut store, group, _) = data(40);
    report("load and print steg 1 (40 lines of work)", || {
        process::print_step(&mut store, group, 1).unwrap()
    });
    // What the screens load: the overview of seven steps, one step with its tools, a meeting,
    // and the open follow-ups by owner.
    let screens: [(&str, ScreenLoad); 4] = [
        (
            "overview of the process (7 steps)",
            Box::new(move |st| process::overview(st, group).unwrap().steps.len()),
        ),
        (
            "open step 1 with its tools",
            Box::new(move |st| process::step(st, group, 1).unwrap().tools.len()),
        ),
        (
            "open follow-ups by owner",
            Box::new(move |st| meetings::open_follow_ups(st, group).unwrap().len()),
        ),
        (
            "list processes",
            Box::new(|st| process::list(st).unwrap().len()),
        ),
    ];
    for (label, mut load) in screens {
        let median = time(RUNS, || load(&mut store));
        println!("{label:<52} {:>7.2} ms", ms(median));
    }
}
