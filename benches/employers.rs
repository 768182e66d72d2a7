//! `cargo bench --bench employers`: printing the employer forms in a release build: the
//! requirement specification from the butikk example and one of 60 requirements, the placement
//! agreement, and the sheet for the meeting with the employer (4.2). Target per document: under
//! 25 ms and under 120 KB. Also the employer list at the size of Lørenskog's network (110
//! employers) and five times that, as the screen loads and filters it; target under 50 ms. Figures are printed, not asserted: speed targets are judged here,
//! never in tests.

mod support;

use chrono::NaiveDate;
use stegvis::checklists::{self, ChecklistId, EntryInput};
use stegvis::employers::{self, ContactInput, EmployerInput, MentorInput};
use stegvis::participants::{self, ParticipantInput, PlacementInput};
use stegvis::pdf::kravspesifikasjon::{self, SpecSheet};
use stegvis::settings;
use stegvis::specs::{self, AgreementInput, NewSpecInput, RequirementGroup, RequirementInput};
use stegvis::store::Store;
use support::{ms, time};
use uuid::Uuid;

const RUNS: usize = 30;

struct Data {
    store: Store,
    employer: Uuid,
    butikk: Uuid,
    long: Uuid,
    placement: Uuid,
}

fn data() -> Data {
    let mut store = Store::open_in_memory().unwrap();
    settings::set_municipality(&mut store, "Lørenskog kommune").unwrap();
    let employer = employers::create(
        &mut store,
        &EmployerInput {
            name: "Bjørkås Dagligvare".into(),
            org_number: "974 760 673".into(),
            trade: "Dagligvare".into(),
            address: "Storgata 1, 1470 Lørenskog".into(),
            sector: "privat".into(),
            notes: "Ønsker deltakere før sommerferien.".into(),
            kinds: vec!["arbeidspraksis".into(), "opplaeringsarena".into()],
            busy_months: vec![6, 7, 12],
        },
    )
    .unwrap()
    .id;
    let with_contact = employers::add_contact(
        &mut store,
        employer,
        &ContactInput {
            name: "Kari Nilsen".into(),
            role: "Butikksjef".into(),
            phone: Some("912 34 567".into()),
            email: Some("kari.nilsen@bjorkas.no".into()),
        },
    )
    .unwrap();
    let with_mentor = employers::add_mentor(
        &mut store,
        employer,
        &MentorInput {
            name: "Åse Bjørnæs".into(),
            role: "Butikkmedarbeider".into(),
            phone: Some("987 65 432".into()),
            trained: true,
            trained_on: Some("05.02.2026".into()),
        },
    )
    .unwrap();

    let butikk = specs::create(
        &mut store,
        &NewSpecInput {
            employer_id: Some(employer),
            position: "Butikkmedarbeider".into(),
            example: Some("butikk".into()),
            copy_of: None,
        },
    )
    .unwrap()
    .id;
    let agreed = specs::agree(
        &mut store,
        butikk,
        &AgreementInput {
            agreed_on: "12.03.2026".into(),
            agreed_with: "Kari Nilsen".into(),
        },
    )
    .unwrap();

    let long = specs::create(
        &mut store,
        &NewSpecInput {
            employer_id: Some(employer),
            position: "Lagermedarbeider".into(),
            ..Default::default()
        },
    )
    .unwrap()
    .id;
    for i in 0..60 {
        let group = RequirementGroup::ALL[i % RequirementGroup::ALL.len()];
        let input = RequirementInput {
            group: group.key().into(),
            skill: match group {
                RequirementGroup::BasicSkills => Some("regning".into()),
                RequirementGroup::Language => Some("lese".into()),
                _ => None,
            },
            cefr: (group == RequirementGroup::Language).then(|| "A2".into()),
            text: format!(
                "Krav {i:02}: kjenner rutinene for varemottak, plassering på lageret og \
                 registrering i håndterminalen"
            ),
            need: if i % 3 == 0 { "bor" } else { "ma" }.into(),
            by_phase: (i % 4 == 0).then_some(2),
        };
        specs::add_requirement(&mut store, long, &input).unwrap();
    }

    let participant = participants::create(
        &mut store,
        &ParticipantInput {
            name: "Amina Yusuf".into(),
            ..Default::default()
        },
    )
    .unwrap();
    let placement = participants::create_placement(
        &mut store,
        &PlacementInput {
            participant_id: Some(participant.id),
            start_date: "04.01.2027".into(),
            end_date: "30.04.2027".into(),
            days_per_week: Some(3),
            employer_id: Some(employer),
            mentor_id: Some(with_mentor.mentors[0].id),
            contact_id: Some(with_contact.contacts[0].id),
            kind: Some("arbeidspraksis".into()),
            school_days_per_week: Some(2),
            goal: "Deltakeren kan gjøre de faste oppgavene i butikken.".into(),
            spec_version_id: Some(agreed.version.id),
            ..Default::default()
        },
    )
    .unwrap()
    .id;
    for (item, done) in [("formal", true), ("kontaktperson", true), ("fadder", false)] {
        checklists::set_entry(
            &mut store,
            ChecklistId::EmployerPreparation,
            employer,
            item,
            &EntryInput {
                done,
                note: "Avklart på telefon med butikksjefen".into(),
                responsible: "Programrådgiver".into(),
            },
        )
        .unwrap();
    }
    Data {
        store,
        employer,
        butikk,
        long,
        placement,
    }
}

fn main() {
    let mut d = data();
    println!("{:<52} {:>10} {:>10}", "", "median", "bytes");

    let employer = employers::get(&mut d.store, d.employer).unwrap();
    for (label, spec) in [
        ("render kravspesifikasjon, butikk example", d.butikk),
        ("render kravspesifikasjon, 60 requirements", d.long),
    ] {
        let sheet = SpecSheet {
            municipality: "Lørenskog kommune".into(),
            printed_on: NaiveDate::from_ymd_opt(2027, 3, 5).unwrap(),
            employer: employer.clone(),
            spec: specs::get(&mut d.store, spec, None).unwrap(),
        };
        let bytes = kravspesifikasjon::render(&sheet).unwrap().len();
        let render = time(RUNS, || kravspesifikasjon::render(&sheet).unwrap());
        println!("{label:<52} {:>7.2} ms {bytes:>10}", ms(render));
    }

    let print = time(RUNS, || specs::print(&mut d.store, d.butikk, None).unwrap());
    let bytes = specs::print(&mut d.store, d.butikk, None).unwrap().len();
    println!(
        "{:<52} {:>7.2} ms {bytes:>10}",
        "load and print kravspesifikasjon, butikk",
        ms(print)
    );
    let print = time(RUNS, || {
        participants::print_agreement(&mut d.store, d.placement).unwrap()
    });
    let bytes = participants::print_agreement(&mut d.store, d.placement)
        .unwrap()
        .len();
    println!(
        "{:<52} {:>7.2} ms {bytes:>10}",
        "load and print praksisavtale",
        ms(print)
    );
    let print = time(RUNS, || {
        employers::print_preparation(&mut d.store, d.employer).unwrap()
    });
    let bytes = employers::print_preparation(&mut d.store, d.employer)
        .unwrap()
        .len();
    println!(
        "{:<52} {:>7.2} ms {bytes:>10}",
        "load and print forberedelse (4.2)",
        ms(print)
    );

    for count in [110, 550] {
        let mut store = register(count);
        let all = time(RUNS, || {
            employers::list(&mut store, &Default::default()).unwrap()
        });
        let filter = employers::EmployerFilter {
            search: Some("renhold".into()),
            has_trained_mentor: Some(true),
            ..Default::default()
        };
        let shown = employers::list(&mut store, &filter).unwrap().len();
        let filtered = time(RUNS, || employers::list(&mut store, &filter).unwrap());
        let first = employers::list(&mut store, &Default::default()).unwrap()[0].id;
        let one = time(RUNS, || employers::get(&mut store, first).unwrap());
        println!(
            "{:<52} {:>7.2} ms",
            format!("list {count} employers"),
            ms(all)
        );
        println!(
            "{:<52} {:>7.2} ms {shown:>10}",
            format!("search and filter {count} employers (shown)"),
            ms(filtered)
        );
        println!("{:<52} {:>7.2} ms", "open one employer", ms(one));
    }
}

/// A register of `count` employers across six lines of work, each with a contact, two fadders
/// (one trained) and two placements, one of them ended.
fn register(count: usize) -> Store {
    let mut store = Store::open_in_memory().unwrap();
    let trades = [
        "Butikk",
        "Helse og omsorg",
        "Barnehage",
        "Renhold",
        "Kjøkken og kantine",
        "Lager",
    ];
    let today = stegvis::dates::today();
    for n in 0..count {
        let employer = employers::create(
            &mut store,
            &EmployerInput {
                name: format!("Arbeidsgiver {n:03}"),
                trade: trades[n % trades.len()].into(),
                address: format!("Gate {n}, 1470 Lørenskog"),
                sector: if n % 4 == 0 { "offentlig" } else { "privat" }.into(),
                kinds: vec!["arbeidspraksis".into()],
                busy_months: vec![6, 12],
                ..Default::default()
            },
        )
        .unwrap()
        .id;
        employers::add_contact(
            &mut store,
            employer,
            &ContactInput {
                name: format!("Kontakt {n}"),
                ..Default::default()
            },
        )
        .unwrap();
        for (i, trained) in [true, false].into_iter().enumerate() {
            employers::add_mentor(
                &mut store,
                employer,
                &MentorInput {
                    name: format!("Fadder {n}-{i}"),
                    trained: trained && n % 3 == 0,
                    ..Default::default()
                },
            )
            .unwrap();
        }
        let participant = participants::create(
            &mut store,
            &ParticipantInput {
                name: format!("Deltaker {n}"),
                ..Default::default()
            },
        )
        .unwrap()
        .id;
        for (start, end) in [(400, 200), (30, -100)] {
            let date =
                |days: i64| stegvis::dates::format_date(today - chrono::Duration::days(days));
            participants::create_placement(
                &mut store,
                &PlacementInput {
                    participant_id: Some(participant),
                    start_date: date(start),
                    end_date: date(end),
                    days_per_week: Some(3),
                    employer_id: Some(employer),
                    ..Default::default()
                },
            )
            .unwrap();
        }
    }
    store
}
