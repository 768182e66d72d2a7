//! The seven steps as a working group works them: tools filled in as structured tables, what one
//! step feeds the next, when a step counts as done, marking it done with something missing, and
//! follow-ups that keep a step open until finished or carried over.

use std::collections::BTreeMap;

use chrono::Days;
use stegvis::checklists::{self, ChecklistId, EntryInput};
use stegvis::meetings::{self, FollowUpInput, FollowUpStatus, MeetingInput};
use stegvis::process::{self, StepState};
use stegvis::tools::{self, ToolRowInput};
use stegvis::{dates, work_groups, Error};
use uuid::Uuid;

mod common;

use common::{GroupFixture, ADULT_EDUCATION, NAV, REFUGEE_SERVICE};

fn fixture() -> GroupFixture {
    common::group_fixture("Arbeidsrettet løp butikk 2027")
}

fn row(values: &[(&str, &str)]) -> ToolRowInput {
    ToolRowInput {
        values: values
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect::<BTreeMap<_, _>>(),
    }
}

fn labour_demand(f: &mut GroupFixture, line_of_work: &str) -> Uuid {
    let table = tools::add_row(
        &mut f.store,
        f.group,
        "1.1",
        &row(&[
            ("enhet", NAV),
            ("bransje", line_of_work),
            ("behov", "stort"),
            ("kilde", "NAVs bedriftsundersøkelse 2026"),
        ]),
    )
    .unwrap();
    table
        .rows
        .iter()
        .find(|r| r.values["bransje"] == line_of_work)
        .unwrap()
        .id
}

fn roles_row(f: &mut GroupFixture, tool: &str) {
    tools::add_row(
        &mut f.store,
        f.group,
        tool,
        &row(&[
            ("oppgave", "Ferdigstille oversikten"),
            ("ansvarlig", REFUGEE_SERVICE),
        ]),
    )
    .unwrap();
}

#[test]
fn a_tool_row_is_checked_column_by_column_and_nothing_is_saved_on_bad_input() {
    let mut f = fixture();
    let bad = [
        (
            vec![("bransje", "Butikk"), ("behov", "stort"), ("kilde", "Nav")],
            "enhet",
        ),
        (
            vec![
                ("enhet", NAV),
                ("bransje", "Butikk"),
                ("behov", "enormt"),
                ("kilde", "Nav"),
            ],
            "behov",
        ),
        (
            vec![
                ("enhet", "ikke-en-enhet"),
                ("bransje", "Butikk"),
                ("behov", "stort"),
                ("kilde", "x"),
            ],
            "enhet",
        ),
        (
            vec![
                ("enhet", NAV),
                ("bransje", "  "),
                ("behov", "stort"),
                ("kilde", "x"),
            ],
            "bransje",
        ),
    ];
    for (values, field) in bad {
        let err = tools::add_row(&mut f.store, f.group, "1.1", &row(&values)).unwrap_err();
        assert_eq!(err.field(), Some(field), "{err}");
    }
    let err = tools::add_row(
        &mut f.store,
        f.group,
        "2.3",
        &row(&[
            ("tiltak", "x"),
            ("endring", "Mer praksis"),
            ("ansvarlig", NAV),
            ("frist", "31.02.2027"),
        ]),
    )
    .unwrap_err();
    // The measure is checked first: it must be one of 2.1's rows.
    assert_eq!(err.field(), Some("tiltak"));
    assert!(err.to_string().contains("2.1"), "{err}");
    let err = tools::add_row(
        &mut f.store,
        f.group,
        "3.1",
        &row(&[
            ("bransje", "x"),
            ("tiltak", "Renholdskurs"),
            ("type", "fagkurs"),
            ("prioritet", "hoy"),
            ("deltakere", "-3"),
        ]),
    )
    .unwrap_err();
    assert_eq!(err.field(), Some("bransje"));
    assert!(tools::table(&mut f.store, f.group, "1.1")
        .unwrap()
        .rows
        .is_empty());
    assert!(tools::table(&mut f.store, f.group, "2.3")
        .unwrap()
        .rows
        .is_empty());

    // A valid row keeps line breaks in long text and shows a unit by name and a date the
    // Norwegian way.
    let id = labour_demand(&mut f, "Butikk");
    tools::add_row(
        &mut f.store,
        f.group,
        "1.3",
        &row(&[
            ("oppgave", "Hente tall fra Nav"),
            ("ansvarlig", NAV),
            ("frist", "2027-03-05"),
        ]),
    )
    .unwrap();
    let roles = tools::table(&mut f.store, f.group, "1.3").unwrap();
    assert_eq!(roles.rows[0].labels["ansvarlig"], "Nav");
    assert_eq!(roles.rows[0].labels["frist"], "05.03.2027");
    assert_eq!(roles.rows[0].values["frist"], "05.03.2027");
    let err = tools::update_row(
        &mut f.store,
        id,
        &row(&[
            ("enhet", NAV),
            ("bransje", "Butikk"),
            ("behov", "stort"),
            ("kilde", ""),
        ]),
    )
    .unwrap_err();
    assert_eq!(err.field(), Some("kilde"));
    let table = tools::table(&mut f.store, f.group, "1.1").unwrap();
    assert_eq!(
        table.rows[0].values["kilde"],
        "NAVs bedriftsundersøkelse 2026"
    );
}

#[test]
fn lines_of_work_from_1_1_and_measures_from_2_1_are_offered_in_later_steps() {
    let mut f = fixture();
    let shop = labour_demand(&mut f, "Butikk");
    let cleaning = labour_demand(&mut f, "Renhold");
    let offered: Vec<String> = tools::table(&mut f.store, f.group, "2.2").unwrap().options
        ["bransje"]
        .iter()
        .map(|o| o.label.clone())
        .collect();
    assert_eq!(offered, ["Butikk", "Renhold"]);
    let in_3_1 = &tools::table(&mut f.store, f.group, "3.1").unwrap().options["bransje"];
    assert_eq!(in_3_1.len(), 2);

    let measures = tools::add_row(
        &mut f.store,
        f.group,
        "2.1",
        &row(&[
            ("enhet", ADULT_EDUCATION),
            ("tiltak", "Bransjenorsk butikk"),
            ("type", "bransjenorsk"),
        ]),
    )
    .unwrap();
    let measure = measures.rows[0].id.to_string();
    let table = tools::table(&mut f.store, f.group, "2.3").unwrap();
    assert_eq!(table.options["tiltak"][0].label, "Bransjenorsk butikk");
    let assessed = tools::add_row(
        &mut f.store,
        f.group,
        "2.2",
        &row(&[
            ("bransje", &shop.to_string()),
            ("tiltak", &measure),
            ("svarer", "delvis"),
        ]),
    )
    .unwrap();
    assert_eq!(assessed.rows[0].labels["bransje"], "Butikk");

    // Renaming the line of work in 1.1 shows in 2.2 at once: 2.2 points at the row.
    tools::update_row(
        &mut f.store,
        shop,
        &row(&[
            ("enhet", NAV),
            ("bransje", "Dagligvare"),
            ("behov", "stort"),
            ("kilde", "Nav"),
        ]),
    )
    .unwrap();
    let assessed = tools::table(&mut f.store, f.group, "2.2").unwrap();
    assert_eq!(assessed.rows[0].labels["bransje"], "Dagligvare");

    // A row that a later tool picks cannot be removed; one that nothing picks can, and comes
    // back in its place with "Angre".
    let err = tools::remove_row(&mut f.store, shop).unwrap_err();
    assert!(matches!(err, Error::Refused { .. }));
    assert!(err.to_string().contains("2.2"), "{err}");
    let removed = tools::remove_row(&mut f.store, cleaning).unwrap();
    assert_eq!(
        tools::table(&mut f.store, f.group, "1.1")
            .unwrap()
            .rows
            .len(),
        1
    );
    let back = tools::restore_row(&mut f.store, &removed).unwrap();
    let names: Vec<&str> = back
        .rows
        .iter()
        .map(|r| r.values["bransje"].as_str())
        .collect();
    assert_eq!(names, ["Dagligvare", "Renhold"]);
    let moved = tools::move_row(&mut f.store, cleaning, 0).unwrap();
    assert_eq!(moved.rows[0].values["bransje"], "Renhold");
}

#[test]
fn a_step_is_done_when_its_documents_exist_and_its_follow_ups_are_settled() {
    let mut f = fixture();
    let start = process::overview(&mut f.store, f.group).unwrap();
    assert!(start.steps.iter().all(|s| s.state == StepState::NotStarted));
    assert_eq!(start.current_step, 1);
    assert_eq!(start.steps[0].missing.len(), 3);

    let shop = labour_demand(&mut f, "Butikk");
    let step = process::step(&mut f.store, f.group, 1).unwrap();
    assert_eq!(step.status.state, StepState::InProgress);
    assert!(step.status.documents[0].present);
    assert_eq!(step.status.documents[0].detail, "1 rad");

    // Marking done with documents missing is refused until confirmed; the record keeps what
    // was missing.
    let err = process::mark_done(&mut f.store, f.group, 1, false).unwrap_err();
    match &err {
        Error::StepIncomplete { step, missing } => {
            assert_eq!(*step, 1);
            assert_eq!(missing.len(), 2, "{missing:?}");
            assert!(missing[0].contains("1.2"), "{missing:?}");
        }
        other => panic!("{other:?}"),
    }
    assert_eq!(err.code(), "stepIncomplete");
    assert!(process::step(&mut f.store, f.group, 1)
        .unwrap()
        .status
        .done
        .is_none());

    tools::add_row(
        &mut f.store,
        f.group,
        "1.2",
        &row(&[("bransje", &shop.to_string()), ("aktuell", "ja")]),
    )
    .unwrap();
    roles_row(&mut f, "1.3");
    // A follow-up from a step-1 meeting keeps the step open.
    let meeting = meetings::plan(
        &mut f.store,
        f.group,
        &MeetingInput {
            step: 1,
            date: dates::format_date(dates::today()),
            starts_at: "09:00".into(),
            ends_at: "12:30".into(),
            place: "Rådhuset, møterom 2".into(),
            invitees: f.people.clone(),
        },
    )
    .unwrap();
    let with_follow_up = meetings::add_follow_up(
        &mut f.store,
        meeting.id,
        &FollowUpInput {
            what: "Sjekke tall fra fylkeskommunen".into(),
            owner_id: Some(f.people[0]),
            deadline: None,
        },
    )
    .unwrap();
    let follow_up = with_follow_up.follow_ups[0].id;
    let step = process::step(&mut f.store, f.group, 1).unwrap();
    assert_eq!(step.status.state, StepState::InProgress);
    assert_eq!(step.status.missing.len(), 1, "{:?}", step.status.missing);
    assert!(step.status.missing[0].contains("oppfølgingspunkt"));

    // Carrying it over to a later step settles it here and shows it in that step.
    let err = meetings::set_follow_up_status(
        &mut f.store,
        follow_up,
        FollowUpStatus::CarriedOver,
        Some(1),
    )
    .unwrap_err();
    assert_eq!(err.field(), Some("carriedToStep"));
    meetings::set_follow_up_status(
        &mut f.store,
        follow_up,
        FollowUpStatus::CarriedOver,
        Some(2),
    )
    .unwrap();
    let step = process::step(&mut f.store, f.group, 1).unwrap();
    assert_eq!(step.status.state, StepState::Ready);
    assert!(process::step(&mut f.store, f.group, 2)
        .unwrap()
        .follow_ups
        .iter()
        .any(|x| x.id == follow_up));

    // Finished in step 2, it stays in step 2's list, done, and not back in step 1's.
    let finished =
        meetings::set_follow_up_status(&mut f.store, follow_up, FollowUpStatus::Done, None)
            .unwrap();
    assert_eq!((finished.step, finished.carried_to_step), (2, None));
    let second = process::step(&mut f.store, f.group, 2).unwrap();
    assert!(second
        .follow_ups
        .iter()
        .any(|x| x.id == follow_up && !x.is_open()));
    assert!(!process::step(&mut f.store, f.group, 1)
        .unwrap()
        .follow_ups
        .iter()
        .any(|x| x.id == follow_up));

    let done = process::mark_done(&mut f.store, f.group, 1, false).unwrap();
    assert_eq!(done.status.state, StepState::Done);
    assert!(done.status.done.unwrap().missing.is_empty());
    let overview = process::overview(&mut f.store, f.group).unwrap();
    assert_eq!(overview.current_step, 2);

    // Step 3 may be opened early; it shows that step 2 is not finished.
    let third = process::step(&mut f.store, f.group, 3).unwrap();
    assert_eq!(third.status.earlier_unfinished, vec![2]);

    // Step 2 marked done anyway: the record says what was missing; reopening clears it.
    let forced = process::mark_done(&mut f.store, f.group, 2, true).unwrap();
    let record = forced.status.done.unwrap();
    assert_eq!(record.done_on, dates::format_date(dates::today()));
    assert_eq!(record.missing.len(), 4, "{:?}", record.missing);
    let reopened = process::reopen(&mut f.store, f.group, 2).unwrap();
    assert!(reopened.status.done.is_none());
    assert!(process::step(&mut f.store, f.group, 8).is_err());
}

#[test]
fn checklists_of_the_steps_count_when_every_item_is_done_or_has_an_improvement() {
    let mut f = fixture();
    let items: Vec<&str> = ChecklistId::ParticipantPreparation
        .items()
        .iter()
        .map(|i| i.key)
        .collect();
    assert!(!items.is_empty());
    for (i, key) in items.iter().enumerate() {
        let input = if i % 2 == 0 {
            EntryInput {
                done: true,
                ..Default::default()
            }
        } else {
            EntryInput {
                done: false,
                note: "Vi mangler en fast rutine for dette".into(),
                responsible: "Voksenopplæringen".into(),
            }
        };
        checklists::set_entry(
            &mut f.store,
            ChecklistId::ParticipantPreparation,
            f.group,
            key,
            &input,
        )
        .unwrap();
    }
    let step = process::step(&mut f.store, f.group, 5).unwrap();
    let checklist = &step.status.documents[0];
    assert_eq!(checklist.tool, "5.1");
    assert!(checklist.present, "{}", checklist.detail);

    // The employer checklist (4.1) is one model: answered for the process it is the
    // municipality's own list, and an employer's answers stay apart.
    let key = ChecklistId::EmployerPreparation.items()[0].key;
    checklists::set_entry(
        &mut f.store,
        ChecklistId::EmployerPreparation,
        f.group,
        key,
        &EntryInput {
            done: true,
            ..Default::default()
        },
    )
    .unwrap();
    let state = checklists::get(&mut f.store, ChecklistId::EmployerPreparation, f.group).unwrap();
    assert_eq!(state.done_count, 1);
    assert!(checklists::get(&mut f.store, ChecklistId::BeforeStart, Uuid::new_v4()).is_err());

    // Deleting the group takes its process along, checklist answers included.
    work_groups::delete(&mut f.store, f.group).unwrap();
    assert!(checklists::get(&mut f.store, ChecklistId::ParticipantPreparation, f.group).is_err());
    assert!(f.store.check().unwrap().is_healthy());
}

#[test]
fn processes_are_listed_with_how_far_they_have_come() {
    let mut f = fixture();
    let shop = labour_demand(&mut f, "Butikk");
    tools::add_row(
        &mut f.store,
        f.group,
        "1.2",
        &row(&[("bransje", &shop.to_string()), ("aktuell", "kanskje")]),
    )
    .unwrap();
    roles_row(&mut f, "1.3");
    process::mark_done(&mut f.store, f.group, 1, false).unwrap();
    let list = process::list(&mut f.store).unwrap();
    assert_eq!(list.len(), 1);
    assert_eq!(list[0].steps_done, 1);
    assert_eq!(list[0].current_step, 2);
    let _ = Days::new(1);
}
