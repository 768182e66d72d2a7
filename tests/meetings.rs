//! Workshop meetings and the annual wheel as the working group uses them: planning with the
//! step's kjøreplan, editing the agenda against the time available, capturing decisions and
//! follow-ups in the room, the follow-ups still open by owner, and the wheel's activities.

use chrono::Days;
use stegvis::annual_wheel::{self, ActivityInput, ActivityKind};
use stegvis::meetings::{
    self, AgendaItemInput, EntryInput, EntryKind, FollowUpInput, FollowUpStatus, MeetingInput,
};
use stegvis::people;
use stegvis::{dates, steps, units, work_groups, Error};
use uuid::Uuid;

mod common;

use common::{unit, GroupFixture, ADULT_EDUCATION, REFUGEE_SERVICE};

fn fixture() -> GroupFixture {
    common::group_fixture("Arbeidsrettet løp renhold")
}

fn in_days(n: i64) -> String {
    let today = dates::today();
    let day = if n >= 0 {
        today + Days::new(n as u64)
    } else {
        today - Days::new((-n) as u64)
    };
    dates::format_date(day)
}

fn step_one(people: &[Uuid]) -> MeetingInput {
    MeetingInput {
        step: 1,
        date: in_days(7),
        starts_at: "09:00".into(),
        ends_at: "12:30".into(),
        place: "Rådhuset, møterom Glomma".into(),
        invitees: people.to_vec(),
    }
}

#[test]
fn a_planned_meeting_starts_with_the_steps_kjoreplan_filling_its_time() {
    let mut f = fixture();
    let meeting = meetings::plan(&mut f.store, f.group, &step_one(&f.people)).unwrap();
    let step = steps::get("step", 1).unwrap();
    assert_eq!(meeting.agenda.len(), step.agenda.len());
    assert_eq!(meeting.planned_minutes, 210);
    assert_eq!(meeting.available_minutes, 210);
    assert_eq!(meeting.agenda[0].planned_start, "09:00");
    assert_eq!(meeting.agenda[1].planned_start, "09:15");
    assert_eq!(meeting.people.len(), 3);
    assert!(meeting.people.iter().all(|p| p.attended));

    for (n, estimate) in [(2u8, 180u32), (3, 150), (7, 120)] {
        let m = meetings::plan(
            &mut f.store,
            f.group,
            &MeetingInput {
                step: n,
                ..step_one(&f.people)
            },
        )
        .unwrap();
        assert_eq!(m.planned_minutes, estimate, "steg {n}");
    }

    // The agenda is freely edited; the sum follows.
    let first = meeting.agenda[0].id;
    let edited = meetings::update_agenda_item(
        &mut f.store,
        first,
        &AgendaItemInput {
            title: "Velkommen og formål".into(),
            minutes: 25,
        },
    )
    .unwrap();
    assert_eq!(edited.planned_minutes, 220);
    let added = meetings::add_agenda_item(
        &mut f.store,
        meeting.id,
        &AgendaItemInput {
            title: "Besøk fra Nav marked".into(),
            minutes: 20,
        },
        Some(1),
    )
    .unwrap();
    assert_eq!(added.agenda[1].title, "Besøk fra Nav marked");
    assert_eq!(added.agenda[2].planned_start, "09:45");
    let removed = meetings::remove_agenda_item(&mut f.store, added.agenda[1].id).unwrap();
    assert_eq!(
        meetings::get(&mut f.store, meeting.id)
            .unwrap()
            .planned_minutes,
        220
    );
    let back = meetings::restore_agenda_item(&mut f.store, &removed).unwrap();
    assert_eq!(back.agenda[1].title, "Besøk fra Nav marked");
    let moved = meetings::move_agenda_item(&mut f.store, back.agenda[1].id, 0).unwrap();
    assert_eq!(moved.agenda[0].title, "Besøk fra Nav marked");
}

#[test]
fn bad_meeting_and_agenda_input_is_refused_at_its_field_and_nothing_changes() {
    let mut f = fixture();
    // Each case is the good step-1 input with one field spoiled, and the field that must say so.
    type Spoil = fn(&mut MeetingInput);
    let cases: [(Spoil, &str); 7] = [
        (|m| m.date.clear(), "date"),
        (|m| m.date = "30.02.2027".into(), "date"),
        (|m| m.ends_at = "08:30".into(), "endsAt"),
        (|m| m.ends_at = "09:00".into(), "endsAt"),
        (|m| m.starts_at = "kl ni".into(), "startsAt"),
        (|m| m.step = 8, "step"),
        (|m| m.invitees = vec![Uuid::new_v4()], "invitees"),
    ];
    for (spoil, field) in cases {
        let mut input = step_one(&f.people);
        spoil(&mut input);
        let err = meetings::plan(&mut f.store, f.group, &input).unwrap_err();
        assert_eq!(err.field(), Some(field), "{err}");
    }
    assert!(meetings::list(&mut f.store, Some(f.group))
        .unwrap()
        .is_empty());
    let err = meetings::plan(
        &mut f.store,
        f.group,
        &MeetingInput {
            ends_at: "08:00".into(),
            ..step_one(&f.people)
        },
    )
    .unwrap_err();
    assert!(err.to_string().contains("09:00"), "{err}");

    let meeting = meetings::plan(&mut f.store, f.group, &step_one(&f.people)).unwrap();
    let item = meeting.agenda[0].id;
    for minutes in [0, -5] {
        let err = meetings::update_agenda_item(
            &mut f.store,
            item,
            &AgendaItemInput {
                title: "Velkommen".into(),
                minutes,
            },
        )
        .unwrap_err();
        assert_eq!(err.field(), Some("minutes"));
    }
    let err = meetings::add_agenda_item(
        &mut f.store,
        meeting.id,
        &AgendaItemInput {
            title: " ".into(),
            minutes: 10,
        },
        None,
    )
    .unwrap_err();
    assert_eq!(err.field(), Some("title"));
    let err = meetings::update(
        &mut f.store,
        meeting.id,
        &MeetingInput {
            starts_at: "13:00".into(),
            ends_at: "12:00".into(),
            ..step_one(&f.people)
        },
    )
    .unwrap_err();
    assert_eq!(err.field(), Some("endsAt"));
    let unchanged = meetings::get(&mut f.store, meeting.id).unwrap();
    assert_eq!(unchanged.agenda, meeting.agenda);
    assert_eq!(
        (unchanged.starts_at.as_str(), unchanged.ends_at.as_str()),
        ("09:00", "12:30")
    );
}

#[test]
fn the_room_captures_decisions_anchoring_and_follow_ups_with_warnings_not_refusals() {
    let mut f = fixture();
    let meeting = meetings::plan(&mut f.store, f.group, &step_one(&f.people)).unwrap();
    let item = meeting.agenda[1].id;
    let with_time = meetings::record_time(&mut f.store, item, 50 * 60 + 10).unwrap();
    assert_eq!(with_time.agenda[1].used_seconds, 3010);
    let absent = meeting
        .people
        .iter()
        .find(|p| p.name == "Per Hansen")
        .unwrap()
        .id;
    let m = meetings::set_attendance(&mut f.store, absent, false).unwrap();
    assert!(!m.people.iter().find(|p| p.id == absent).unwrap().attended);

    for (kind, text) in [
        (
            EntryKind::Decision,
            "Butikk og renhold velges som bransjer for 2027.",
        ),
        (
            EntryKind::Anchoring,
            "Ressurser til bransjenorsk må avklares med kommunalsjefen.",
        ),
        (
            EntryKind::Note,
            "Nav har ferske tall fra bedriftsundersøkelsen.",
        ),
    ] {
        meetings::add_entry(
            &mut f.store,
            meeting.id,
            &EntryInput {
                kind,
                text: text.into(),
                agenda_item_id: Some(item),
            },
        )
        .unwrap();
    }
    let err = meetings::add_entry(
        &mut f.store,
        meeting.id,
        &EntryInput {
            kind: EntryKind::Decision,
            text: "   ".into(),
            agenda_item_id: None,
        },
    )
    .unwrap_err();
    assert_eq!(err.field(), Some("text"));

    // Without an owner, or with a deadline already past: saved, with a warning at the field.
    let m = meetings::add_follow_up(
        &mut f.store,
        meeting.id,
        &FollowUpInput {
            what: "Innhente tall fra fylkeskommunen".into(),
            owner_id: None,
            deadline: Some(in_days(-3)),
        },
    )
    .unwrap();
    let f1 = &m.follow_ups[0];
    let warned: Vec<&str> = f1.warnings.iter().map(|w| w.field).collect();
    assert_eq!(warned, ["ownerId", "deadline"]);
    assert!(f1.warnings[1].message.contains(&in_days(-3)));
    let err = meetings::add_follow_up(
        &mut f.store,
        meeting.id,
        &FollowUpInput {
            what: String::new(),
            owner_id: Some(f.people[0]),
            deadline: None,
        },
    )
    .unwrap_err();
    assert_eq!(err.field(), Some("what"));
    let err = meetings::add_follow_up(
        &mut f.store,
        meeting.id,
        &FollowUpInput {
            what: "Lage liste".into(),
            owner_id: Some(f.people[0]),
            deadline: Some("32.01.2027".into()),
        },
    )
    .unwrap_err();
    assert_eq!(err.field(), Some("deadline"));

    let m = meetings::add_follow_up(
        &mut f.store,
        meeting.id,
        &FollowUpInput {
            what: "Sende referatet til lederne".into(),
            owner_id: Some(f.people[2]),
            deadline: Some(in_days(14)),
        },
    )
    .unwrap();
    assert!(m.follow_ups[1].warnings.is_empty());
    meetings::add_follow_up(
        &mut f.store,
        meeting.id,
        &FollowUpInput {
            what: "Avtale møte med Rema".into(),
            owner_id: Some(f.people[0]),
            deadline: Some(in_days(30)),
        },
    )
    .unwrap();
    let later = meetings::add_follow_up(
        &mut f.store,
        meeting.id,
        &FollowUpInput {
            what: "Booke rom til neste møte".into(),
            owner_id: Some(f.people[0]),
            deadline: Some(in_days(2)),
        },
    )
    .unwrap();
    let booked = later.follow_ups[3].id;

    let m = meetings::get(&mut f.store, meeting.id).unwrap();
    assert_eq!(m.entries.len(), 3);
    assert_eq!(m.entries[0].kind_label, "Beslutning");
    assert_eq!(
        m.entries[1].agenda_item_title.as_deref(),
        Some(m.agenda[1].title.as_str())
    );

    // Open follow-ups by owner, in Norwegian order, nobody's last; within an owner by deadline.
    let by_owner = meetings::open_follow_ups(&mut f.store, f.group).unwrap();
    let owners: Vec<&str> = by_owner.iter().map(|o| o.owner_name.as_str()).collect();
    assert_eq!(owners, ["Kari Nordmann", "Åse Øvrebø", ""]);
    let kari: Vec<&str> = by_owner[0].items.iter().map(|i| i.what.as_str()).collect();
    assert_eq!(kari, ["Booke rom til neste møte", "Avtale møte med Rema"]);
    meetings::set_follow_up_status(&mut f.store, booked, FollowUpStatus::Done, None).unwrap();
    let by_owner = meetings::open_follow_ups(&mut f.store, f.group).unwrap();
    assert_eq!(by_owner[0].items.len(), 1);

    // Follow-ups live on across meetings: a second meeting's follow-up joins the roll-up.
    let second = meetings::plan(
        &mut f.store,
        f.group,
        &MeetingInput {
            step: 2,
            date: in_days(21),
            ..step_one(&f.people)
        },
    )
    .unwrap();
    meetings::add_follow_up(
        &mut f.store,
        second.id,
        &FollowUpInput {
            what: "Liste over tiltak fra VO".into(),
            owner_id: Some(f.people[1]),
            deadline: None,
        },
    )
    .unwrap();
    let owners: Vec<String> = meetings::open_follow_ups(&mut f.store, f.group)
        .unwrap()
        .into_iter()
        .map(|o| o.owner_name)
        .collect();
    assert_eq!(owners, ["Kari Nordmann", "Per Hansen", "Åse Øvrebø", ""]);

    // A person who later leaves keeps their name in old minutes and follow-ups.
    work_groups::remove_member(&mut f.store, f.group, f.people[1]).unwrap();
    people::delete(&mut f.store, f.people[1]).unwrap();
    let m = meetings::get(&mut f.store, meeting.id).unwrap();
    assert!(m
        .people
        .iter()
        .any(|p| p.name == "Per Hansen" && p.person_id.is_none()));
    assert!(f.store.check().unwrap().is_healthy());
}

fn activity(name: &str, months: Vec<u8>) -> ActivityInput {
    ActivityInput {
        name: name.into(),
        kind: Some(ActivityKind::Intake),
        responsible_unit_id: Some(unit(REFUGEE_SERVICE)),
        performing_unit_id: None,
        involved_unit_ids: vec![unit(ADULT_EDUCATION)],
        months,
        note: String::new(),
    }
}

#[test]
fn the_annual_wheel_starts_from_the_fixed_budget_dates_and_takes_the_groups_own() {
    let mut f = fixture();
    let empty = annual_wheel::get(&mut f.store, f.group).unwrap();
    assert!(empty.activities.is_empty());
    let names: Vec<&str> = empty.rings.iter().map(|r| r.name.as_str()).collect();
    assert_eq!(names, ["Flyktningtjenesten", "Voksenopplæringen", "Nav"]);

    let wheel = annual_wheel::add_fixed_dates(&mut f.store, f.group).unwrap();
    let fixed = wheel.activities.len();
    assert!(fixed >= 5);
    assert!(wheel.activities.iter().all(|a| a.fixed));
    assert_eq!(wheel.activities[0].months, vec![2]);
    assert!(wheel
        .activities
        .iter()
        .any(|a| a.months == vec![11, 12] && a.kind == ActivityKind::Budget));
    assert_eq!(
        annual_wheel::add_fixed_dates(&mut f.store, f.group)
            .unwrap()
            .activities
            .len(),
        fixed,
        "running it again adds nothing"
    );

    for (input, field) in [
        (activity("Inntak", vec![]), "months"),
        (activity("Inntak", vec![13]), "months"),
        (activity("", vec![1]), "name"),
        (
            ActivityInput {
                responsible_unit_id: None,
                ..activity("Inntak", vec![1])
            },
            "responsibleUnitId",
        ),
        (
            ActivityInput {
                involved_unit_ids: vec![Uuid::new_v4()],
                ..activity("Inntak", vec![1])
            },
            "involvedUnitIds",
        ),
    ] {
        let err = annual_wheel::add_activity(&mut f.store, f.group, &input).unwrap_err();
        assert_eq!(err.field(), Some(field), "{err}");
    }
    assert_eq!(
        annual_wheel::get(&mut f.store, f.group)
            .unwrap()
            .activities
            .len(),
        fixed
    );

    let wheel = annual_wheel::add_activity(
        &mut f.store,
        f.group,
        &activity("Inntak av nye deltakere", vec![8, 1]),
    )
    .unwrap();
    let intake = wheel
        .activities
        .iter()
        .find(|a| a.name == "Inntak av nye deltakere")
        .unwrap();
    assert_eq!(intake.months, vec![1, 8]);
    assert_eq!(intake.months_label, "jan og aug");
    assert_eq!(intake.involved[0].name, "Voksenopplæringen");
    assert_eq!(
        wheel.activities[0].name, "Inntak av nye deltakere",
        "January comes first"
    );

    let removed = annual_wheel::remove_activity(&mut f.store, intake.id).unwrap();
    assert_eq!(
        annual_wheel::get(&mut f.store, f.group)
            .unwrap()
            .activities
            .len(),
        fixed
    );
    let back = annual_wheel::restore_activity(&mut f.store, &removed).unwrap();
    assert_eq!(back.activities.len(), fixed + 1);

    // A unit named in the wheel cannot be deleted from under it.
    let other = units::create(&mut f.store, "Frivilligsentralen").unwrap();
    annual_wheel::update_activity(
        &mut f.store,
        intake.id,
        &ActivityInput {
            involved_unit_ids: vec![other.id],
            ..activity("Inntak av nye deltakere", vec![1, 8])
        },
    )
    .unwrap();
    let err = units::delete(&mut f.store, other.id).unwrap_err();
    assert!(matches!(err, Error::Refused { .. }), "{err}");
    assert!(err.to_string().contains("årshjulet"));
}
