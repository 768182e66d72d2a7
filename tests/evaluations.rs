//! The evaluation forms 6.5 and 7.4 as an adviser uses them after a talk at the workplace: the
//! answers are kept per placement, bad input is refused at the item that caused it with nothing
//! saved changed, a deleted evaluation comes back with "Angre", and what the evaluations are the
//! record of (the placement and its plan) is not deleted from under them.

use chrono::Days;
use stegvis::evaluations::{self, EvaluationForm, EvaluationInput};
use stegvis::participants::{self, PlacementInput};
use stegvis::{dates, plans, templates, Store};
use uuid::Uuid;

mod common;

/// A participant in a placement that started 30 days ago.
fn placement(store: &mut Store) -> Uuid {
    common::placement_started(
        store,
        "Amina Yusuf",
        None,
        ("Matbutikken Sentrum", "Line Hansen"),
        30,
    )
}

/// The talk after two weeks, saved.
fn saved_talk(store: &mut Store, placement: Uuid) -> evaluations::Evaluation {
    evaluations::create(
        store,
        placement,
        EvaluationForm::FollowUp,
        &talk_after_two_weeks(),
    )
    .unwrap()
}

fn days_ago(n: u64) -> String {
    dates::format_date(dates::today() - Days::new(n))
}

fn input(held_on: &str, answers: &[(&str, &str)]) -> EvaluationInput {
    EvaluationInput {
        held_on: held_on.into(),
        present: "Amina Yusuf, Line Hansen (fadder), Kari Nordmann (programrådgiver)".into(),
        answers: answers
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect(),
    }
}

fn talk_after_two_weeks() -> EvaluationInput {
    input(
        &days_ago(16),
        &[
            ("deltaker.oppgaver", "ja"),
            ("deltaker.norsk", "litt"),
            ("deltaker.utvikling", "7"),
            ("deltaker.mer", "Jeg liker å snakke med kundene."),
            ("arbeidsplassen.kommunikasjon", "bra"),
            ("arbeidsplassen.fravaer", "ja"),
            ("arbeidsplassen.tid", "ja"),
            ("jobb.mangler", "Må kunne ta kassa alene på travle dager."),
            ("jobb.deltaker", "Øve på tall og betaling med fadder."),
            // Blank is not answered, and not kept.
            ("jobb.hvordan", "   "),
        ],
    )
}

#[test]
fn a_follow_up_talk_is_kept_with_its_answers_and_counted() {
    let mut store = Store::open_in_memory().unwrap();
    let placement = placement(&mut store);

    let saved = saved_talk(&mut store, placement);
    assert_eq!(saved.held_on, days_ago(16));
    assert_eq!(saved.answered, 9);
    assert_eq!(saved.total, 23, "6.5 has 5 + 13 + 5 items");
    assert_eq!(saved.answers["deltaker.utvikling"], "7");
    assert!(!saved.answers.contains_key("jobb.hvordan"));

    // A second talk later, and a final evaluation: listed by date.
    let final_talk = evaluations::create(
        &mut store,
        placement,
        EvaluationForm::Final,
        &input(
            &days_ago(1),
            &[("kommunen.egnet", "ja"), ("arbeidsgiver.videre", "ja")],
        ),
    )
    .unwrap();
    let second = evaluations::create(
        &mut store,
        placement,
        EvaluationForm::FollowUp,
        &input(&days_ago(5), &[("deltaker.norsk", "ja")]),
    )
    .unwrap();
    let listed: Vec<Uuid> = evaluations::list(&mut store, placement)
        .unwrap()
        .iter()
        .map(|e| e.id)
        .collect();
    assert_eq!(listed, vec![saved.id, second.id, final_talk.id]);

    // Editing replaces the answers as a whole: an answer cleared is gone.
    let mut changed = talk_after_two_weeks();
    changed.answers.insert("deltaker.norsk".into(), "ja".into());
    changed.answers.insert("deltaker.mer".into(), String::new());
    let edited = evaluations::update(&mut store, saved.id, &changed).unwrap();
    assert_eq!(edited.answers["deltaker.norsk"], "ja");
    assert!(!edited.answers.contains_key("deltaker.mer"));
    assert_eq!(edited.answered, 8);
    assert_eq!(
        evaluations::get(&mut store, saved.id).unwrap().answers,
        edited.answers
    );
}

#[test]
fn bad_input_is_refused_at_its_item_and_nothing_saved_changes() {
    let mut store = Store::open_in_memory().unwrap();
    let placement = placement(&mut store);
    let saved = saved_talk(&mut store, placement);

    let refused = |answers: &[(&str, &str)], held_on: &str| {
        let mut bad = talk_after_two_weeks();
        bad.held_on = held_on.into();
        for (k, v) in answers {
            bad.answers.insert(k.to_string(), v.to_string());
        }
        bad
    };
    let cases: Vec<(EvaluationInput, &str, &str)> = vec![
        (refused(&[], ""), "heldOn", "Datoen må fylles ut."),
        (
            refused(&[], "31.02.2027"),
            "heldOn",
            "«31.02.2027» er ikke en gyldig dato",
        ),
        (
            refused(&[], &dates::format_date(dates::today() + Days::new(3))),
            "heldOn",
            "kan ikke være etter i dag",
        ),
        (
            refused(&[], &days_ago(40)),
            "heldOn",
            "før praksisperioden startet",
        ),
        (
            refused(&[("deltaker.utvikling", "11")], &days_ago(2)),
            "deltaker.utvikling",
            "Velg et tall fra 1 til 10; «11» er ikke på skalaen.",
        ),
        (
            refused(&[("deltaker.utvikling", "0")], &days_ago(2)),
            "deltaker.utvikling",
            "fra 1 til 10",
        ),
        (
            refused(&[("deltaker.norsk", "kanskje")], &days_ago(2)),
            "deltaker.norsk",
            "Velg et av svarene (Ja, Litt, Nei)",
        ),
        (
            refused(&[("arbeidsplassen.tid", "nei")], &days_ago(2)),
            "arbeidsplassen.tid",
            "er enten krysset av eller ikke",
        ),
        (
            refused(&[("jobb.mangler", &"ø".repeat(1001))], &days_ago(2)),
            "jobb.mangler",
            "høyst 1000 tegn (nå 1001)",
        ),
        (
            refused(&[("kommunen.egnet", "ja")], &days_ago(2)),
            "answers",
            "Skjema 6.5 har ikke punktet «kommunen.egnet»",
        ),
    ];
    for (bad, field, message) in cases {
        let err = evaluations::update(&mut store, saved.id, &bad).unwrap_err();
        assert_eq!(err.field(), Some(field), "{err}");
        assert!(err.to_string().contains(message), "{err}");
        let err =
            evaluations::create(&mut store, placement, EvaluationForm::FollowUp, &bad).unwrap_err();
        assert_eq!(err.field(), Some(field), "{err}");
    }
    let mut long_present = talk_after_two_weeks();
    long_present.present = "x".repeat(201);
    let err = evaluations::update(&mut store, saved.id, &long_present).unwrap_err();
    assert_eq!(err.field(), Some("present"));

    // Nothing was changed, and no half-saved evaluation was left behind.
    let after = evaluations::list(&mut store, placement).unwrap();
    assert_eq!(after.len(), 1);
    assert_eq!(after[0].answers, saved.answers);
    assert_eq!(after[0].held_on, saved.held_on);
}

#[test]
fn a_deleted_evaluation_comes_back_with_angre() {
    let mut store = Store::open_in_memory().unwrap();
    let placement = placement(&mut store);
    let saved = saved_talk(&mut store, placement);
    let removed = evaluations::delete(&mut store, saved.id).unwrap();
    assert!(evaluations::list(&mut store, placement).unwrap().is_empty());
    assert_eq!(
        evaluations::get(&mut store, saved.id).unwrap_err().code(),
        "notFound"
    );

    let back = evaluations::restore(&mut store, &removed).unwrap();
    assert_eq!(back.id, saved.id);
    assert_eq!(back.answers, saved.answers);
    assert_eq!(back.present, saved.present);
    assert_eq!(back.form, EvaluationForm::FollowUp);
}

#[test]
fn a_placement_and_its_plan_are_not_deleted_from_under_their_evaluations() {
    let mut store = Store::open_in_memory().unwrap();
    let placement = placement(&mut store);
    let template = templates::list(&mut store).unwrap()[0].id;
    let plan = plans::create(&mut store, placement, template).unwrap();
    let evaluation = evaluations::create(
        &mut store,
        placement,
        EvaluationForm::Final,
        &input(&days_ago(1), &[("kommunen.egnet", "nei")]),
    )
    .unwrap();

    let err = plans::delete(&mut store, plan.id).unwrap_err();
    assert_eq!(
        err.to_string(),
        "Praksisplassen har 1 evaluering (skjema 6.5 eller 7.4). Slett den først, så kan opplæringsplanen slettes."
    );
    assert!(plans::get(&mut store, plan.id).is_ok());

    evaluations::delete(&mut store, evaluation.id).unwrap();
    plans::delete(&mut store, plan.id).unwrap();

    // Without a plan, the placement itself keeps its evaluations.
    for _ in 0..2 {
        evaluations::create(
            &mut store,
            placement,
            EvaluationForm::FollowUp,
            &input(&days_ago(3), &[]),
        )
        .unwrap();
    }
    let err = participants::delete_placement(&mut store, placement).unwrap_err();
    assert_eq!(
        err.to_string(),
        "Praksisplassen har 2 evalueringer (skjema 6.5 eller 7.4). Slett dem først, så kan praksisplassen slettes."
    );
    assert_eq!(evaluations::list(&mut store, placement).unwrap().len(), 2);
}

#[test]
fn a_form_from_another_placement_or_an_unknown_id_is_not_found() {
    let mut store = Store::open_in_memory().unwrap();
    let err = evaluations::create(
        &mut store,
        Uuid::new_v4(),
        EvaluationForm::FollowUp,
        &input(&days_ago(1), &[]),
    )
    .unwrap_err();
    assert_eq!(err.code(), "notFound");
    let err =
        evaluations::update(&mut store, Uuid::new_v4(), &input(&days_ago(1), &[])).unwrap_err();
    assert_eq!(err.code(), "notFound");
}

#[test]
fn steps_6_and_7_point_to_the_forms_and_count_them_without_making_them_required() {
    let mut store = Store::open_in_memory().unwrap();
    let group = stegvis::work_groups::create(&mut store, "Arbeidsrettet løp 2027")
        .unwrap()
        .id;
    let tool = |store: &mut Store, step: u8, key: &str| {
        let view = stegvis::process::step(store, group, step).unwrap();
        let tool = view.tools.into_iter().find(|t| t.key == key).unwrap();
        (tool.kind, tool.detail, view.status.missing)
    };
    let (kind, detail, missing_before) = tool(&mut store, 6, "6.5");
    assert_eq!(kind, "placementForm");
    assert_eq!(detail, "Ingen fylt ut ennå");
    assert_eq!(tool(&mut store, 7, "7.4").1, "Ingen fylt ut ennå");

    let placement = placement(&mut store);
    for _ in 0..2 {
        evaluations::create(
            &mut store,
            placement,
            EvaluationForm::FollowUp,
            &input(&days_ago(2), &[]),
        )
        .unwrap();
    }
    let (_, detail, missing_after) = tool(&mut store, 6, "6.5");
    assert_eq!(detail, "2 fylt ut i kommunen");
    assert_eq!(tool(&mut store, 7, "7.4").1, "Ingen fylt ut ennå");
    assert_eq!(
        missing_before, missing_after,
        "the forms are the participants', not documents the group must make"
    );
}

#[test]
fn the_final_verdict_is_carried_over_to_the_employers_suitability_when_asked() {
    use stegvis::employers::{self, EmployerInput};
    let mut store = Store::open_in_memory().unwrap();
    let employer = employers::create(
        &mut store,
        &EmployerInput {
            name: "Matbutikken Sentrum".into(),
            sector: "privat".into(),
            ..Default::default()
        },
    )
    .unwrap();
    let unlinked = placement(&mut store);
    let placement_record = participants::get_placement(&mut store, unlinked).unwrap();
    let linked = participants::create_placement(
        &mut store,
        &PlacementInput {
            participant_id: Some(placement_record.participant_id),
            workplace: "Matbutikken Sentrum".into(),
            employer_id: Some(employer.id),
            start_date: dates::format_date(placement_record.start_date),
            end_date: dates::format_date(placement_record.end_date),
            days_per_week: Some(3),
            ..Default::default()
        },
    )
    .unwrap()
    .id;
    let final_with = |store: &mut Store, placement: Uuid, answers: &[(&str, &str)]| {
        evaluations::create(
            store,
            placement,
            EvaluationForm::Final,
            &input(&days_ago(2), answers),
        )
        .unwrap()
        .id
    };
    let refused =
        |store: &mut Store, id: Uuid| evaluations::apply_suitability(store, id).unwrap_err();

    let no_verdict = final_with(&mut store, linked, &[]);
    assert_eq!(
        refused(&mut store, no_verdict).field(),
        Some("kommunen.egnet")
    );
    let no_reason = final_with(&mut store, linked, &[("kommunen.egnet", "nei")]);
    let err = refused(&mut store, no_reason);
    assert_eq!(err.field(), Some("kommunen.egnet.forbedringer"));
    assert!(err.to_string().contains("begrunnelsen hos arbeidsgiveren"));
    let follow_up = saved_talk(&mut store, linked).id;
    assert!(refused(&mut store, follow_up)
        .to_string()
        .contains("sluttevalueringen (7.4)"));
    let elsewhere = final_with(&mut store, unlinked, &[("kommunen.egnet", "ja")]);
    assert!(refused(&mut store, elsewhere)
        .to_string()
        .contains("ikke knyttet til en arbeidsgiver"));
    let still = employers::get(&mut store, employer.id).unwrap();
    assert!(
        still.suitable && still.suitability_assessed_on.is_none(),
        "nothing changed yet"
    );

    let reason = format!("Fadderen trenger mer tid. {}", "ø".repeat(600));
    let verdict = final_with(
        &mut store,
        linked,
        &[
            ("kommunen.egnet", "nei"),
            ("kommunen.egnet.forbedringer", &reason),
        ],
    );
    let marked = evaluations::apply_suitability(&mut store, verdict).unwrap();
    assert!(!marked.suitable);
    assert_eq!(
        marked.suitability_assessed_on,
        Some(dates::today() - Days::new(2))
    );
    assert!(marked
        .suitability_reason
        .starts_with("Fadderen trenger mer tid."));
    assert_eq!(marked.suitability_reason.chars().count(), 500);
    assert!(marked.suitability_reason.ends_with('…'));
}
