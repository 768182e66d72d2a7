//! Stepwise training as the adviser uses it: templates, a participant's plan copied from one,
//! ticks from the returned paper checklist, moving on through the phases, and the history.

use stegvis::outline::{self, OutlineKind, Outlined, PhaseInput, TaskInput};
use stegvis::participants::{self, ParticipantInput, PlacementInput};
use stegvis::plans::{self, Confirmer, Plan, PrintChoice};
use stegvis::templates;
use stegvis::{dates, people, settings, Store};
use uuid::Uuid;

mod common;

const BUTIKK: &str = "6f1e2d3c-5a4b-4c00-8000-000000000101";

fn butikk() -> Uuid {
    Uuid::parse_str(BUTIKK).unwrap()
}

/// A participant with a placement that started a month ago.
fn placement(store: &mut Store) -> Uuid {
    common::placement_started(
        store,
        "Amina Yusuf",
        None,
        ("Matbutikken Sentrum", "Line Hansen"),
        30,
    )
}

fn task(text: &str, criterion: &str) -> TaskInput {
    TaskInput {
        text: text.into(),
        criterion: criterion.into(),
        hint: None,
    }
}

fn plan_of(outlined: Outlined) -> Plan {
    match outlined {
        Outlined::Plan(plan) => *plan,
        Outlined::Template(_) => panic!("expected a plan"),
    }
}

fn template_of(outlined: Outlined) -> templates::Template {
    match outlined {
        Outlined::Template(t) => t,
        Outlined::Plan(_) => panic!("expected a template"),
    }
}

#[test]
fn six_example_templates_ship_with_a_new_database_and_cannot_be_changed_in_place() {
    let mut store = Store::open_in_memory().unwrap();
    let list = templates::list(&mut store).unwrap();
    let trades: Vec<&str> = list.iter().map(|t| t.trade.as_str()).collect();
    assert_eq!(list.len(), 6, "{trades:?}");
    assert!(list.iter().all(|t| t.is_example && t.phase_count == 3));
    assert!(trades.contains(&"Butikk") && trades.contains(&"Lager"));

    let example = templates::get(&mut store, butikk()).unwrap();
    let err = outline::add_task(
        &mut store,
        OutlineKind::Template,
        example.phases[0].id,
        &task("Rydder lageret", "arbeid"),
        None,
    )
    .unwrap_err();
    assert_eq!(err.code(), "refused");
    assert!(err.to_string().contains("Lag en kopi"));
    assert_eq!(
        templates::delete(&mut store, butikk()).unwrap_err().code(),
        "refused"
    );
    assert_eq!(templates::get(&mut store, butikk()).unwrap(), example);

    let copy = templates::duplicate(&mut store, butikk()).unwrap();
    assert_eq!(copy.name, "Butikkmedarbeider (kopi)");
    assert!(!copy.is_example);
    assert_eq!(copy.phases.len(), 3);
    assert_eq!(
        copy.phases[1]
            .tasks
            .iter()
            .map(|t| &t.text)
            .collect::<Vec<_>>(),
        example.phases[1]
            .tasks
            .iter()
            .map(|t| &t.text)
            .collect::<Vec<_>>()
    );
    let second = templates::duplicate(&mut store, butikk()).unwrap();
    assert_eq!(second.name, "Butikkmedarbeider (kopi 2)");
}

#[test]
fn a_plan_is_its_own_copy_whatever_later_happens_to_the_template() {
    let mut store = Store::open_in_memory().unwrap();
    let template = templates::duplicate(&mut store, butikk()).unwrap();
    let placement = placement(&mut store);
    let plan = plans::create(&mut store, placement, template.id).unwrap();
    assert_eq!(plan.template_id, Some(template.id));
    let texts = |p: &Plan| -> Vec<Vec<String>> {
        p.phases
            .iter()
            .map(|f| f.tasks.iter().map(|t| t.text.clone()).collect())
            .collect()
    };
    let before = texts(&plan);
    assert_eq!(
        before,
        template
            .phases
            .iter()
            .map(|f| f.tasks.iter().map(|t| t.text.clone()).collect::<Vec<_>>())
            .collect::<Vec<_>>()
    );

    let first = template.phases[0].tasks[0].id;
    outline::update_task(
        &mut store,
        OutlineKind::Template,
        first,
        &task("Noe helt annet", "sprak"),
    )
    .unwrap();
    outline::remove_task(
        &mut store,
        OutlineKind::Template,
        template.phases[1].tasks[0].id,
    )
    .unwrap();
    outline::add_phase(&mut store, OutlineKind::Template, template.id).unwrap();
    assert_eq!(texts(&plans::get(&mut store, plan.id).unwrap()), before);

    templates::delete(&mut store, template.id).unwrap();
    let kept = plans::get(&mut store, plan.id).unwrap();
    assert_eq!(texts(&kept), before);
    assert_eq!(kept.template_id, None);
    assert_eq!(kept.template_name, "Butikkmedarbeider (kopi)");

    // And the other way round: adjusting the plan leaves the example template alone.
    let example = templates::get(&mut store, butikk()).unwrap();
    let second_placement = placement_two(&mut store);
    let other = plans::create(&mut store, second_placement, butikk()).unwrap();
    plan_of(
        outline::update_task(
            &mut store,
            OutlineKind::Plan,
            other.phases[0].tasks[0].id,
            &task("Bare for Tesfay", "arbeid"),
        )
        .unwrap(),
    );
    assert_eq!(
        templates::get(&mut store, butikk()).unwrap().phases,
        example.phases
    );
}

fn placement_two(store: &mut Store) -> Uuid {
    let participant = participants::create(
        store,
        &ParticipantInput {
            name: "Tesfay Gebremariam".into(),
            initials_only: true,
            adviser_id: None,
        },
    )
    .unwrap();
    participants::create_placement(
        store,
        &PlacementInput {
            participant_id: Some(participant.id),
            workplace: "Kiwi Torget".into(),
            mentor_name: String::new(),
            start_date: dates::format_date(dates::today()),
            end_date: dates::format_date(dates::today() + chrono::Days::new(90)),
            days_per_week: Some(2),
            ..Default::default()
        },
    )
    .unwrap()
    .id
}

#[test]
fn a_phase_is_completed_when_the_fadder_has_confirmed_every_task_and_then_passed_in_order() {
    let mut store = Store::open_in_memory().unwrap();
    let placement = placement(&mut store);
    let mut plan = plans::create(&mut store, placement, butikk()).unwrap();
    assert_eq!(plan.current_phase, Some(1));
    let phase1 = plan.phases[0].clone();
    let phase2 = plan.phases[1].clone();

    // The participant's ticks alone complete nothing.
    for t in &phase1.tasks {
        plan = plans::set_confirmed(&mut store, t.id, Confirmer::Participant, true, None).unwrap();
    }
    assert!(!plan.progress[0].complete);
    assert_eq!(plan.proposal, None);
    assert_eq!(plan.progress[0].confirmed, 0);

    let (last, rest) = phase1.tasks.split_last().unwrap();
    for t in rest {
        plan = plans::set_confirmed(&mut store, t.id, Confirmer::Mentor, true, None).unwrap();
    }
    assert_eq!(plan.progress[0].confirmed, phase1.tasks.len() - 1);
    let err = plans::pass_phase(&mut store, plan.id, phase1.id, None).unwrap_err();
    assert_eq!(
        err.to_string(),
        "Fadderen har ikke bekreftet alle arbeidsoppgavene i fase 1 ennå (1 gjenstår)."
    );
    let by_criterion: usize = plan.progress[0]
        .by_criterion
        .iter()
        .map(|c| c.confirmed)
        .sum();
    assert_eq!(by_criterion, phase1.tasks.len() - 1);

    plan = plans::set_confirmed(&mut store, last.id, Confirmer::Mentor, true, None).unwrap();
    assert!(plan.progress[0].complete);
    let proposal = plan.proposal.clone().expect("moving on is proposed");
    assert_eq!((proposal.phase_number, proposal.next_phase), (1, Some(2)));
    assert!(proposal.message.contains("videre til fase 2"));
    // Every ticked task got today's date, as on the paper sheet.
    assert!(plan.phases[0]
        .tasks
        .iter()
        .all(|t| t.done_on == Some(dates::today())));

    let err = plans::pass_phase(&mut store, plan.id, phase2.id, None).unwrap_err();
    assert_eq!(err.to_string(), "Fase 1 må fullføres før fase 2.");
    plan = plans::pass_phase(&mut store, plan.id, phase1.id, None).unwrap();
    assert_eq!(plan.phases[0].passed_on, Some(dates::today()));
    assert_eq!(plan.current_phase, Some(2));
    assert_eq!(plan.proposal, None);
    assert_eq!(
        plans::list(&mut store).unwrap()[0].current_phase,
        Some(2),
        "the list shows the phase the participant is in"
    );

    // Phase 2 cannot be dated before phase 1 was passed.
    let phase2_ids: Vec<Uuid> = plan.phases[1].tasks.iter().map(|t| t.id).collect();
    for id in phase2_ids {
        plans::set_confirmed(&mut store, id, Confirmer::Mentor, true, None).unwrap();
    }
    let yesterday = dates::format_date(dates::today() - chrono::Days::new(1));
    let err = plans::pass_phase(&mut store, plan.id, phase2.id, Some(&yesterday)).unwrap_err();
    assert_eq!(err.field(), Some("passedOn"));
    assert!(
        err.to_string()
            .starts_with("Datoen er før fase 1 ble fullført"),
        "{err}"
    );
    plan = plans::pass_phase(&mut store, plan.id, phase2.id, None).unwrap();
    let err = plans::reopen_phase(&mut store, plan.id, phase1.id).unwrap_err();
    assert_eq!(err.to_string(), "Åpne fase 2 igjen først.");
    plan = plans::reopen_phase(&mut store, plan.id, phase2.id).unwrap();

    // "Angre" takes the passing back.
    plan = plans::reopen_phase(&mut store, plan.id, phase1.id).unwrap();
    assert_eq!(plan.current_phase, Some(1));
    assert!(plan.proposal.is_some());

    let history = plans::history(&mut store, plan.id, None).unwrap();
    assert_eq!(
        history[0].what,
        format!(
            "Fasen ble åpnet igjen (var fullført {})",
            dates::format_date(dates::today())
        )
    );
    assert!(history
        .iter()
        .any(|h| h.what == "Fadder bekreftet" && h.subject == last.text));
}

#[test]
fn the_history_names_who_changed_what_on_each_task() {
    let mut store = Store::open_in_memory().unwrap();
    let units = stegvis::units::list(&mut store).unwrap();
    let me = people::create(
        &mut store,
        &people::PersonInput {
            name: "Ingrid Bakke".into(),
            unit_id: Some(units[0].id),
            role: "programraadgiver".into(),
            email: None,
            phone: None,
        },
    )
    .unwrap();
    let placement = placement(&mut store);
    let plan = plans::create(&mut store, placement, butikk()).unwrap();
    let task = plan.phases[0].tasks[2].clone();
    plans::set_comment(&mut store, task.id, "Trenger mer øving på pant").unwrap();
    settings::set_current_user(&mut store, Some(me.id)).unwrap();
    assert_eq!(
        settings::get(&mut store)
            .unwrap()
            .current_user_name
            .as_deref(),
        Some("Ingrid Bakke")
    );
    plans::set_confirmed(&mut store, task.id, Confirmer::Mentor, true, None).unwrap();

    let of_task = plans::history(&mut store, plan.id, Some(task.id)).unwrap();
    let lines: Vec<(String, String)> = of_task
        .iter()
        .map(|h| (h.by.clone(), h.what.clone()))
        .collect();
    assert_eq!(
        lines,
        vec![
            ("Ingrid Bakke".to_string(), "Fadder bekreftet".to_string()),
            (
                "Ingrid Bakke".to_string(),
                format!(
                    "Fullført-dato satt til {}",
                    dates::format_date(dates::today())
                )
            ),
            (
                "Ikke valgt bruker".to_string(),
                "Kommentar: «Trenger mer øving på pant»".to_string()
            ),
        ]
    );
    assert!(of_task.iter().all(|h| h.subject == task.text));
    let all = plans::history(&mut store, plan.id, None).unwrap();
    assert_eq!(
        all.last().unwrap().what,
        "Planen ble laget fra malen «Butikkmedarbeider»"
    );
}

#[test]
fn bad_input_is_refused_at_its_field_and_nothing_saved_is_lost() {
    let mut store = Store::open_in_memory().unwrap();
    let template = templates::duplicate(&mut store, butikk()).unwrap();
    let phase = template.phases[0].clone();

    let err = outline::add_task(
        &mut store,
        OutlineKind::Template,
        phase.id,
        &task("   ", "arbeid"),
        None,
    )
    .unwrap_err();
    assert_eq!(
        (err.field(), err.to_string().as_str()),
        (Some("text"), "Arbeidsoppgaven må fylles ut.")
    );
    let err = outline::update_task(
        &mut store,
        OutlineKind::Template,
        phase.tasks[0].id,
        &task("Smiler", "humør"),
    )
    .unwrap_err();
    assert_eq!(err.field(), Some("criterion"));
    let err = outline::update_phase(
        &mut store,
        OutlineKind::Template,
        phase.id,
        &PhaseInput {
            goal: "Nytt mål".into(),
            cefr: Some("A1".into()),
            cefr_reading: Some("B3".into()),
            ..Default::default()
        },
    )
    .unwrap_err();
    assert_eq!(err.field(), Some("cefrReading"));
    assert_eq!(
        err.to_string(),
        "«B3» er ikke et språknivå. Velg A1, A2, B1, B2 eller C1."
    );
    assert_eq!(
        templates::get(&mut store, template.id).unwrap().phases,
        template.phases
    );

    let placement = placement(&mut store);
    let plan = plans::create(&mut store, placement, template.id).unwrap();
    let t = plan.phases[0].tasks[0].id;
    let tomorrow = dates::format_date(dates::today() + chrono::Days::new(1));
    let err =
        plans::set_confirmed(&mut store, t, Confirmer::Mentor, true, Some(&tomorrow)).unwrap_err();
    assert_eq!(err.field(), Some("doneOn"));
    assert!(
        err.to_string()
            .starts_with("Datoen kan ikke være etter i dag"),
        "{err}"
    );
    let err = plans::set_done(&mut store, t, Some("01.01.2001")).unwrap_err();
    assert!(
        err.to_string()
            .starts_with("Datoen er før praksisperioden startet"),
        "{err}"
    );
    let err = plans::set_done(&mut store, t, Some("i går")).unwrap_err();
    assert_eq!(err.field(), Some("doneOn"));
    let err = plans::set_comment(&mut store, t, &"x".repeat(501)).unwrap_err();
    assert_eq!(err.code(), "tooLong");
    assert_eq!(plans::get(&mut store, plan.id).unwrap().phases, plan.phases);

    // The same placement cannot get a second plan, and a placement with a plan is kept.
    let err = plans::create(&mut store, placement, butikk()).unwrap_err();
    assert_eq!(err.field(), Some("placement"));
    assert_eq!(
        participants::delete_placement(&mut store, placement)
            .unwrap_err()
            .code(),
        "refused"
    );
}

#[test]
fn phases_stay_between_one_and_six_and_an_empty_phase_is_a_draft_with_a_warning() {
    let mut store = Store::open_in_memory().unwrap();
    let mut t = templates::create(&mut store, "Vaktmester", "Drift").unwrap();
    assert_eq!(t.phases.len(), 3);
    assert_eq!(t.warnings.len(), 3);
    for _ in 0..3 {
        t = template_of(outline::add_phase(&mut store, OutlineKind::Template, t.id).unwrap());
    }
    let err = outline::add_phase(&mut store, OutlineKind::Template, t.id).unwrap_err();
    assert_eq!(err.to_string(), "En plan kan ha høyst 6 faser.");
    let later: Vec<Uuid> = t.phases[1..].iter().map(|p| p.id).collect();
    for phase in later {
        t = template_of(outline::remove_phase(&mut store, OutlineKind::Template, phase).unwrap());
    }
    let err = outline::remove_phase(&mut store, OutlineKind::Template, t.phases[0].id).unwrap_err();
    assert_eq!(err.to_string(), "En plan må ha minst én fase.");

    let (pdf, warnings) = templates::print(&mut store, t.id).unwrap();
    assert_eq!(warnings, vec!["Fase 1 har ingen arbeidsoppgaver."]);
    assert!(pdf.starts_with(b"%PDF"));
}

#[test]
fn tasks_are_reordered_and_a_removed_task_comes_back_with_its_ticks() {
    let mut store = Store::open_in_memory().unwrap();
    let placement = placement(&mut store);
    let plan = plans::create(&mut store, placement, butikk()).unwrap();
    let phase = &plan.phases[0];
    let (a, b) = (phase.tasks[0].clone(), phase.tasks[1].clone());
    let moved = plan_of(outline::move_task(&mut store, OutlineKind::Plan, a.id, 1).unwrap());
    assert_eq!(moved.phases[0].tasks[0].id, b.id);
    assert_eq!(moved.phases[0].tasks[1].id, a.id);
    let last = phase.tasks.last().unwrap().id;
    let moved = plan_of(outline::move_task(&mut store, OutlineKind::Plan, last, 0).unwrap());
    let order: Vec<Uuid> = moved.phases[0].tasks.iter().map(|t| t.id).collect();
    assert_eq!(order[..3], [last, b.id, a.id]);
    let mut expected: Vec<Uuid> = phase.tasks.iter().map(|t| t.id).collect();
    expected.swap(0, 1);
    expected.pop();
    expected.insert(0, last);
    assert_eq!(order, expected, "the others keep their order");
    let moved = plan_of(outline::move_task(&mut store, OutlineKind::Plan, last, 99).unwrap());
    assert_eq!(moved.phases[0].tasks.last().unwrap().id, last);

    plans::set_confirmed(&mut store, a.id, Confirmer::Mentor, true, None).unwrap();
    plans::set_comment(&mut store, a.id, "Flink").unwrap();
    let (after, removed) = outline::remove_task(&mut store, OutlineKind::Plan, a.id).unwrap();
    let after = plan_of(after);
    assert_eq!(after.phases[0].tasks.len(), phase.tasks.len() - 1);
    let back = plan_of(outline::restore_task(&mut store, OutlineKind::Plan, &removed).unwrap());
    let restored = &back.phases[0].tasks[1];
    assert_eq!(restored.id, a.id);
    assert!(restored.mentor_confirmed);
    assert_eq!(restored.comment, "Flink");
}

#[test]
fn the_printed_plan_has_the_participants_details_and_every_task() {
    let mut store = Store::open_in_memory().unwrap();
    let placement = placement(&mut store);
    let plan = plans::create(&mut store, placement, butikk()).unwrap();
    let choice = PrintChoice {
        phase: Some(2),
        blank: true,
    };
    let checklist = plans::checklist(&plan, "Lørenskog kommune".into(), choice).unwrap();
    assert_eq!(checklist.phases.len(), 1);
    assert_eq!(checklist.phases[0].number, 2);
    assert_eq!(checklist.participant.as_deref(), Some("Amina Yusuf"));
    assert_eq!(checklist.mentor.as_deref(), Some("Line Hansen"));
    let err = plans::checklist(
        &plan,
        String::new(),
        PrintChoice {
            phase: Some(4),
            blank: false,
        },
    )
    .unwrap_err();
    assert_eq!(
        err.to_string(),
        "Planen har ikke fase 4. Velg en fase fra 1 til 3."
    );
    let (pdf, warnings) = plans::print(&mut store, plan.id, PrintChoice::default()).unwrap();
    assert!(warnings.is_empty());
    assert!(pdf.starts_with(b"%PDF"));
}

#[test]
fn an_adviser_with_participants_is_not_deleted_and_a_missing_adviser_is_refused_at_the_field() {
    let mut store = Store::open_in_memory().unwrap();
    let units = stegvis::units::list(&mut store).unwrap();
    let adviser = people::create(
        &mut store,
        &people::PersonInput {
            name: "Morten Dahl".into(),
            unit_id: Some(units[0].id),
            role: "programraadgiver".into(),
            email: None,
            phone: None,
        },
    )
    .unwrap();
    let participant = participants::create(
        &mut store,
        &ParticipantInput {
            name: "Oksana Kovalenko".into(),
            initials_only: false,
            adviser_id: Some(adviser.id),
        },
    )
    .unwrap();
    assert_eq!(participant.adviser_name.as_deref(), Some("Morten Dahl"));
    let err = people::delete(&mut store, adviser.id).unwrap_err();
    assert_eq!(
        err.to_string(),
        "Morten Dahl er programrådgiver for 1 deltaker. Velg en annen programrådgiver for deltakeren først."
    );
    let err = participants::update(
        &mut store,
        participant.id,
        &ParticipantInput {
            name: "Oksana K.".into(),
            initials_only: true,
            adviser_id: Some(Uuid::new_v4()),
        },
    )
    .unwrap_err();
    assert_eq!(err.field(), Some("adviser"));
    assert_eq!(
        participants::get(&mut store, participant.id).unwrap(),
        participant
    );
}
