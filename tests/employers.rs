//! The employer register, the preparation checklist and placement agreements, as an adviser uses
//! them: what is refused, with which message at which field, and that nothing saved changes.

use chrono::Days;
use stegvis::checklists::{self, ChecklistId, EntryInput};
use stegvis::employers::{
    self, ContactInput, EmployerFilter, EmployerInput, MentorInput, PlacementKind, SuitabilityInput,
};
use stegvis::participants::{self, ParticipantInput, PlacementInput};
use stegvis::specs::{self, AgreementInput, NewSpecInput};
use stegvis::{dates, Store};
use uuid::Uuid;

fn employer_input(name: &str, org: &str) -> EmployerInput {
    EmployerInput {
        name: name.into(),
        org_number: org.into(),
        trade: "Butikk".into(),
        address: "Storgata 1, 1470 Lørenskog".into(),
        sector: "privat".into(),
        notes: String::new(),
        kinds: vec!["arbeidspraksis".into(), "sprakpraksis".into()],
        busy_months: vec![12, 6, 7],
    }
}

fn today() -> String {
    dates::format_date(dates::today())
}

fn days_ago(n: u64) -> String {
    dates::format_date(dates::today() - Days::new(n))
}

fn placement(
    store: &mut Store,
    employer: Option<Uuid>,
    start_days_ago: u64,
    end_days_ago: Option<u64>,
) -> PlacementInput {
    let participant = participants::create(
        store,
        &ParticipantInput {
            name: "Amina Yusuf".into(),
            ..Default::default()
        },
    )
    .unwrap();
    PlacementInput {
        participant_id: Some(participant.id),
        workplace: String::new(),
        start_date: days_ago(start_days_ago),
        end_date: match end_days_ago {
            Some(n) => days_ago(n),
            None => dates::format_date(dates::today() + Days::new(90)),
        },
        days_per_week: Some(3),
        employer_id: employer,
        ..Default::default()
    }
}

#[test]
fn an_employer_is_saved_with_its_kinds_months_and_formatted_number() {
    let mut store = Store::open_in_memory().unwrap();
    let e = employers::create(&mut store, &employer_input("Matkroken", "974 760 673")).unwrap();
    assert_eq!(e.org_number.as_deref(), Some("974760673"));
    assert_eq!(
        e.kinds,
        [PlacementKind::LanguagePractice, PlacementKind::WorkPractice]
    );
    assert_eq!(e.busy_months, [6, 7, 12]);
    assert_eq!(
        employers::describe_months(&e.busy_months),
        "juni, juli og desember"
    );
    assert!(e.suitable);
    assert_eq!(employers::get(&mut store, e.id).unwrap(), e);
}

#[test]
fn bad_employer_input_is_refused_at_its_field_and_nothing_saved_changes() {
    let mut store = Store::open_in_memory().unwrap();
    let saved = employers::create(&mut store, &employer_input("Matkroken", "974760673")).unwrap();
    type Spoil = fn(&mut EmployerInput);
    let cases: [(&str, Spoil, &str); 7] = [
        ("name", |i| i.name = " ".into(), "Navn må fylles ut."),
        (
            "orgNumber",
            |i| i.org_number = "974760674".into(),
            "kontrollsifferet",
        ),
        ("orgNumber", |i| i.org_number = "9747606".into(), "ni sifre"),
        (
            "sector",
            |i| i.sector = "halvoffentlig".into(),
            "offentlig eller privat",
        ),
        (
            "kinds",
            |i| i.kinds = vec!["trainee".into()],
            "«trainee» er ikke en type praksis",
        ),
        (
            "busyMonths",
            |i| i.busy_months = vec![13],
            "13 er ikke en måned",
        ),
        ("notes", |i| i.notes = "x".repeat(2001), "høyst 2000 tegn"),
    ];
    for (field, spoil, message) in cases {
        let mut bad = employer_input("Matkroken", "974760673");
        spoil(&mut bad);
        let err = employers::update(&mut store, saved.id, &bad).unwrap_err();
        assert_eq!(err.field(), Some(field), "{err}");
        assert!(err.to_string().contains(message), "{err}");
    }
    assert_eq!(employers::get(&mut store, saved.id).unwrap(), saved);
}

#[test]
fn the_same_organisation_number_twice_names_the_employer_that_has_it() {
    let mut store = Store::open_in_memory().unwrap();
    let first = employers::create(&mut store, &employer_input("Matkroken", "974760673")).unwrap();
    let err =
        employers::create(&mut store, &employer_input("Matkroken AS", "974 760 673")).unwrap_err();
    assert_eq!(err.code(), "duplicateOrgNumber");
    assert_eq!(err.field(), Some("orgNumber"));
    assert!(
        err.to_string()
            .starts_with("Organisasjonsnummeret 974 760 673 er allerede registrert på Matkroken."),
        "{err}"
    );
    assert_eq!(
        employers::find_by_org_number(&mut store, "974760673").unwrap(),
        Some(first.id)
    );
    assert_eq!(
        employers::list(&mut store, &Default::default())
            .unwrap()
            .len(),
        1
    );
    // Without a number, any number of employers may be registered.
    employers::create(&mut store, &employer_input("Kafé Lunsj", "")).unwrap();
    employers::create(&mut store, &employer_input("Kafé Kvelds", "")).unwrap();
}

#[test]
fn the_list_is_in_norwegian_order_and_filters_by_trade_kind_suitability_and_fadder_training() {
    let mut store = Store::open_in_memory().unwrap();
    let mut ids = Vec::new();
    for (name, trade, kinds) in [
        ("Åsen sykehjem", "Helse og omsorg", vec!["opplaeringsarena"]),
        ("Ørje Renhold", "Renhold", vec!["hospitering"]),
        ("Zeta Lager", "Lager", vec!["arbeidspraksis"]),
        (
            "Ærlig Mat",
            "Butikk",
            vec!["arbeidspraksis", "sprakpraksis"],
        ),
        ("Bakeriet", "Butikk", vec!["sprakpraksis"]),
    ] {
        let mut input = employer_input(name, "");
        input.trade = trade.into();
        input.kinds = kinds.into_iter().map(String::from).collect();
        ids.push(employers::create(&mut store, &input).unwrap().id);
    }
    let names = |store: &mut Store, filter: EmployerFilter| -> Vec<String> {
        employers::list(store, &filter)
            .unwrap()
            .into_iter()
            .map(|e| e.name)
            .collect()
    };
    assert_eq!(
        names(&mut store, Default::default()),
        [
            "Bakeriet",
            "Zeta Lager",
            "Ærlig Mat",
            "Ørje Renhold",
            "Åsen sykehjem"
        ]
    );
    let by_trade = EmployerFilter {
        trade: Some("butikk".into()),
        ..Default::default()
    };
    assert_eq!(names(&mut store, by_trade), ["Bakeriet", "Ærlig Mat"]);
    let by_kind = EmployerFilter {
        kind: Some("arbeidspraksis".into()),
        ..Default::default()
    };
    assert_eq!(names(&mut store, by_kind), ["Zeta Lager", "Ærlig Mat"]);
    let search = EmployerFilter {
        search: Some("renhold".into()),
        ..Default::default()
    };
    assert_eq!(names(&mut store, search), ["Ørje Renhold"]);

    employers::add_mentor(
        &mut store,
        ids[0],
        &MentorInput {
            name: "Berit Ås".into(),
            trained: true,
            trained_on: Some(days_ago(30)),
            ..Default::default()
        },
    )
    .unwrap();
    employers::add_mentor(
        &mut store,
        ids[1],
        &MentorInput {
            name: "Ole Ørje".into(),
            trained: false,
            ..Default::default()
        },
    )
    .unwrap();
    let trained = EmployerFilter {
        has_trained_mentor: Some(true),
        ..Default::default()
    };
    assert_eq!(names(&mut store, trained), ["Åsen sykehjem"]);

    employers::set_suitability(
        &mut store,
        ids[2],
        &SuitabilityInput {
            suitable: false,
            assessed_on: today(),
            reason: "Ingen fadder har tid dette året.".into(),
        },
    )
    .unwrap();
    let suitable = EmployerFilter {
        suitable: Some(true),
        ..Default::default()
    };
    assert_eq!(names(&mut store, suitable).len(), 4);
    assert_eq!(
        employers::trades(&mut store).unwrap(),
        ["Butikk", "Helse og omsorg", "Lager", "Renhold"]
    );
}

#[test]
fn marking_a_workplace_unsuitable_needs_a_date_not_in_the_future_and_a_reason() {
    let mut store = Store::open_in_memory().unwrap();
    let e = employers::create(&mut store, &employer_input("Matkroken", "")).unwrap();
    let no_reason = SuitabilityInput {
        suitable: false,
        assessed_on: today(),
        reason: "  ".into(),
    };
    let err = employers::set_suitability(&mut store, e.id, &no_reason).unwrap_err();
    assert_eq!(err.field(), Some("reason"));
    let future = SuitabilityInput {
        suitable: false,
        assessed_on: dates::format_date(dates::today() + Days::new(1)),
        reason: "Flytter".into(),
    };
    let err = employers::set_suitability(&mut store, e.id, &future).unwrap_err();
    assert_eq!(err.field(), Some("assessedOn"));
    assert_eq!(
        err.to_string(),
        "Vurderingen kan ikke være datert fram i tid."
    );
    assert_eq!(employers::get(&mut store, e.id).unwrap(), e);

    let after = employers::set_suitability(
        &mut store,
        e.id,
        &SuitabilityInput {
            suitable: false,
            assessed_on: days_ago(2),
            reason: "Butikken bygges om i et år.".into(),
        },
    )
    .unwrap();
    assert!(!after.suitable);
    assert_eq!(after.suitability_reason, "Butikken bygges om i et år.");
    assert_eq!(
        after.suitability_assessed_on,
        Some(dates::today() - Days::new(2))
    );
}

#[test]
fn contacts_and_fadders_check_phone_email_and_training_date() {
    let mut store = Store::open_in_memory().unwrap();
    let e = employers::create(&mut store, &employer_input("Matkroken", "")).unwrap();
    let good = ContactInput {
        name: "Kari Nilsen".into(),
        role: "Butikksjef".into(),
        phone: Some("+47 912 34 567".into()),
        email: Some("kari@matkroken.no".into()),
    };
    let e = employers::add_contact(&mut store, e.id, &good).unwrap();
    let contact = e.contacts[0].id;
    for (field, bad) in [
        (
            "phone",
            ContactInput {
                phone: Some("12 34".into()),
                ..good.clone()
            },
        ),
        (
            "email",
            ContactInput {
                email: Some("kari@matkroken".into()),
                ..good.clone()
            },
        ),
        (
            "name",
            ContactInput {
                name: "".into(),
                ..good.clone()
            },
        ),
    ] {
        let err = employers::update_contact(&mut store, contact, &bad).unwrap_err();
        assert_eq!(err.field(), Some(field), "{err}");
    }
    assert_eq!(
        employers::get(&mut store, e.id).unwrap().contacts,
        e.contacts
    );

    let err = employers::add_mentor(
        &mut store,
        e.id,
        &MentorInput {
            name: "Line Hansen".into(),
            trained: true,
            trained_on: Some("31.02.2026".into()),
            ..Default::default()
        },
    )
    .unwrap_err();
    assert_eq!(err.field(), Some("trainedOn"));
    let e = employers::add_mentor(
        &mut store,
        e.id,
        &MentorInput {
            name: "Line Hansen".into(),
            trained: false,
            // Ignored when not trained.
            trained_on: Some("01.01.2026".into()),
            ..Default::default()
        },
    )
    .unwrap();
    assert_eq!(e.mentors[0].trained_on, None);
}

#[test]
fn an_employer_with_placements_is_not_deleted_and_counts_them_as_current_or_past() {
    let mut store = Store::open_in_memory().unwrap();
    let e = employers::create(&mut store, &employer_input("Matkroken", "")).unwrap();
    let running = placement(&mut store, Some(e.id), 10, None);
    let running = participants::create_placement(&mut store, &running).unwrap();
    assert_eq!(
        running.workplace, "Matkroken",
        "the workplace defaults to the employer"
    );
    let ended = placement(&mut store, Some(e.id), 300, Some(100));
    participants::create_placement(&mut store, &ended).unwrap();
    let summary = &employers::list(&mut store, &Default::default()).unwrap()[0];
    assert_eq!(
        (summary.current_placements, summary.past_placements),
        (1, 1)
    );

    let err = employers::delete(&mut store, e.id).unwrap_err();
    assert_eq!(err.code(), "refused");
    assert!(
        err.to_string()
            .starts_with("Matkroken har 2 praksisplasser og kan ikke slettes"),
        "{err}"
    );
    assert!(err.to_string().contains("ikke egnet for nye deltakere"));
    assert!(employers::get(&mut store, e.id).is_ok());

    let lonely = employers::create(&mut store, &employer_input("Kafé", "")).unwrap();
    checklists::set_entry(
        &mut store,
        ChecklistId::EmployerPreparation,
        lonely.id,
        "formal",
        &EntryInput {
            done: true,
            ..Default::default()
        },
    )
    .unwrap();
    employers::delete(&mut store, lonely.id).unwrap();
    assert!(employers::get(&mut store, lonely.id).is_err());
}

#[test]
fn a_contact_or_fadder_named_in_a_placement_is_not_removed() {
    let mut store = Store::open_in_memory().unwrap();
    let e = employers::create(&mut store, &employer_input("Matkroken", "")).unwrap();
    let e = employers::add_contact(
        &mut store,
        e.id,
        &ContactInput {
            name: "Kari Nilsen".into(),
            ..Default::default()
        },
    )
    .unwrap();
    let e = employers::add_mentor(
        &mut store,
        e.id,
        &MentorInput {
            name: "Line Hansen".into(),
            ..Default::default()
        },
    )
    .unwrap();
    let mut input = placement(&mut store, Some(e.id), 5, None);
    input.mentor_id = Some(e.mentors[0].id);
    input.contact_id = Some(e.contacts[0].id);
    let p = participants::create_placement(&mut store, &input).unwrap();
    assert_eq!(p.mentor_name, "Line Hansen");
    assert_eq!(p.contact_name.as_deref(), Some("Kari Nilsen"));

    let err = employers::remove_mentor(&mut store, e.mentors[0].id).unwrap_err();
    assert_eq!(
        err.to_string(),
        "Line Hansen er fadder i 1 praksisplass. Velg en annen fadder der først."
    );
    let err = employers::remove_contact(&mut store, e.contacts[0].id).unwrap_err();
    assert!(err
        .to_string()
        .starts_with("Kari Nilsen er kontaktperson i 1 praksisavtale"));

    // Renaming the fadder renames them on the placement too.
    employers::update_mentor(
        &mut store,
        e.mentors[0].id,
        &MentorInput {
            name: "Line Hansen Berg".into(),
            ..Default::default()
        },
    )
    .unwrap();
    assert_eq!(
        participants::get_placement(&mut store, p.id)
            .unwrap()
            .mentor_name,
        "Line Hansen Berg"
    );
}

#[test]
fn the_preparation_checklist_keeps_answers_and_refuses_unknown_items_and_long_notes() {
    let mut store = Store::open_in_memory().unwrap();
    let e = employers::create(&mut store, &employer_input("Matkroken", "")).unwrap();
    let id = ChecklistId::EmployerPreparation;
    let blank = checklists::get(&mut store, id, e.id).unwrap();
    assert_eq!(blank.entries.len(), 6);
    assert_eq!(blank.done_count, 0);
    assert!(blank.entries.iter().all(|e| e.updated_at.is_none()));

    let state = checklists::set_entry(
        &mut store,
        id,
        e.id,
        "fadder",
        &EntryInput {
            done: true,
            note: "Line tar fadderkurset i mars.".into(),
            responsible: "Programrådgiver Siri".into(),
        },
    )
    .unwrap();
    assert_eq!(state.done_count, 1);
    let fadder = state.entries.iter().find(|e| e.key == "fadder").unwrap();
    assert_eq!(fadder.note, "Line tar fadderkurset i mars.");

    let err =
        checklists::set_entry(&mut store, id, e.id, "kaffe", &EntryInput::default()).unwrap_err();
    assert_eq!(err.field(), Some("item"));
    let err = checklists::set_entry(
        &mut store,
        id,
        e.id,
        "fadder",
        &EntryInput {
            done: false,
            note: "x".repeat(501),
            responsible: String::new(),
        },
    )
    .unwrap_err();
    assert_eq!(err.field(), Some("note"));
    assert_eq!(checklists::get(&mut store, id, e.id).unwrap(), state);
    let err = checklists::get(&mut store, id, Uuid::new_v4()).unwrap_err();
    assert_eq!(err.code(), "notFound");
}

#[test]
fn a_placement_agreement_links_only_what_belongs_to_its_employer_and_an_agreed_version() {
    let mut store = Store::open_in_memory().unwrap();
    let shop = employers::create(&mut store, &employer_input("Matkroken", "")).unwrap();
    let other = employers::create(&mut store, &employer_input("Kafé", "")).unwrap();
    let other = employers::add_mentor(
        &mut store,
        other.id,
        &MentorInput {
            name: "Per Kafé".into(),
            ..Default::default()
        },
    )
    .unwrap();
    let spec = specs::create(
        &mut store,
        &NewSpecInput {
            employer_id: Some(shop.id),
            position: "Butikkmedarbeider".into(),
            example: Some("butikk".into()),
            copy_of: None,
        },
    )
    .unwrap();
    let base = placement(&mut store, Some(shop.id), 5, None);
    let saved = participants::create_placement(&mut store, &base).unwrap();

    let mut bad = base.clone();
    bad.mentor_id = Some(other.mentors[0].id);
    let err = participants::update_placement(&mut store, saved.id, &bad).unwrap_err();
    assert_eq!(err.field(), Some("mentor"));
    assert!(err.to_string().contains("ikke registrert hos Matkroken"));

    let mut draft = base.clone();
    draft.spec_version_id = Some(spec.version.id);
    let err = participants::update_placement(&mut store, saved.id, &draft).unwrap_err();
    assert_eq!(err.field(), Some("specVersion"));
    assert!(err.to_string().contains("ikke avtalt"), "{err}");

    let mut too_long_week = base.clone();
    too_long_week.school_days_per_week = Some(5);
    let err = participants::update_placement(&mut store, saved.id, &too_long_week).unwrap_err();
    assert_eq!(err.field(), Some("schoolDaysPerWeek"));
    assert_eq!(
        err.to_string(),
        "En uke har sju dager: 3 på arbeidsplassen og 5 på skolen blir 8."
    );

    let mut unknown_kind = base.clone();
    unknown_kind.kind = Some("trainee".into());
    let err = participants::update_placement(&mut store, saved.id, &unknown_kind).unwrap_err();
    assert_eq!(err.field(), Some("kind"));

    let mut no_employer = base.clone();
    no_employer.employer_id = None;
    no_employer.workplace = "Matkroken".into();
    no_employer.spec_version_id = Some(spec.version.id);
    let err = participants::update_placement(&mut store, saved.id, &no_employer).unwrap_err();
    assert_eq!(err.field(), Some("specVersion"));
    assert_eq!(
        participants::get_placement(&mut store, saved.id).unwrap(),
        saved
    );

    specs::agree(
        &mut store,
        spec.id,
        &AgreementInput {
            agreed_on: today(),
            agreed_with: "Kari Nilsen".into(),
        },
    )
    .unwrap();
    let mut good = base.clone();
    good.spec_version_id = Some(spec.version.id);
    good.kind = Some("opplaeringsarena".into());
    good.school_days_per_week = Some(2);
    good.goal = "Fast deltidsjobb i butikken.".into();
    let linked = participants::update_placement(&mut store, saved.id, &good).unwrap();
    assert_eq!(
        linked.spec_label.as_deref(),
        Some("Butikkmedarbeider, versjon 1")
    );
    assert_eq!(linked.kind, Some(PlacementKind::TrainingArena));
    assert_eq!(linked.school_days_per_week, Some(2));
    assert_eq!(linked.employer_name.as_deref(), Some("Matkroken"));
}
