//! Requirement specifications as the municipality and the employer work on them: written from an
//! example, agreed, changed into a new version while the old one stays as it was, and turned into
//! a plan template that covers every "må".

use chrono::Days;
use stegvis::criteria::CefrLevel;
use stegvis::employers::{self, EmployerInput};
use stegvis::participants::{self, ParticipantInput, PlacementInput};
use stegvis::specs::{
    self, AgreementInput, Need, NewSpecInput, RequirementGroup, RequirementInput,
};
use stegvis::{dates, templates, Store};
use uuid::Uuid;

const BUTIKK_TEMPLATE: &str = "6f1e2d3c-5a4b-4c00-8000-000000000101";

fn employer(store: &mut Store) -> Uuid {
    employers::create(
        store,
        &EmployerInput {
            name: "Matkroken Lindeberg".into(),
            org_number: "974760673".into(),
            trade: "Butikk".into(),
            sector: "privat".into(),
            ..Default::default()
        },
    )
    .unwrap()
    .id
}

fn from_example(store: &mut Store, employer: Uuid) -> specs::Spec {
    specs::create(
        store,
        &NewSpecInput {
            employer_id: Some(employer),
            position: "Butikkmedarbeider".into(),
            example: Some("butikk".into()),
            copy_of: None,
        },
    )
    .unwrap()
}

fn agreement(days_ago: u64) -> AgreementInput {
    AgreementInput {
        agreed_on: dates::format_date(dates::today() - Days::new(days_ago)),
        agreed_with: "Kari Nilsen".into(),
    }
}

fn work(text: &str) -> RequirementInput {
    RequirementInput {
        group: "arbeid".into(),
        text: text.into(),
        need: "ma".into(),
        ..Default::default()
    }
}

#[test]
fn a_specification_from_the_example_has_the_example_s_requirements_in_group_order() {
    let mut store = Store::open_in_memory().unwrap();
    let e = employer(&mut store);
    let spec = from_example(&mut store, e);
    let example = specs::examples()
        .unwrap()
        .into_iter()
        .find(|x| x.key == "butikk")
        .unwrap();
    assert_eq!(spec.version.number, 1);
    assert!(spec.version.agreed_on.is_none());
    assert_eq!(spec.version.requirements.len(), example.requirement_count);
    let groups: Vec<RequirementGroup> = spec.version.requirements.iter().map(|r| r.group).collect();
    let mut sorted = groups.clone();
    sorted.sort();
    assert_eq!(groups, sorted, "requirements are listed group by group");
    assert_eq!(spec.employer_name, "Matkroken Lindeberg");
    let listed = specs::list(&mut store, Some(e)).unwrap();
    assert_eq!(listed[0].requirement_count, example.requirement_count);
    assert_eq!(listed[0].agreed_version, None);
}

#[test]
fn editing_an_agreed_version_makes_version_2_and_version_1_stays_as_agreed() {
    let mut store = Store::open_in_memory().unwrap();
    let e = employer(&mut store);
    let spec = from_example(&mut store, e);
    let agreed = specs::agree(&mut store, spec.id, &agreement(3)).unwrap();
    assert_eq!(agreed.version.agreed_with.as_deref(), Some("Kari Nilsen"));
    let v1 = agreed.version.clone();

    let first = v1.requirements[0].id;
    let changed = specs::update_requirement(
        &mut store,
        first,
        &work("Vet hva en butikkmedarbeider gjør fra åpning til stenging."),
    )
    .unwrap();
    assert_eq!(changed.version.number, 2);
    assert_eq!(changed.versions.len(), 2);
    assert!(changed.version.agreed_on.is_none());
    assert_eq!(
        changed.version.requirements[0].text,
        "Vet hva en butikkmedarbeider gjør fra åpning til stenging."
    );
    assert_eq!(
        changed.version.requirements[0].lineage,
        v1.requirements[0].lineage
    );

    // A second edit stays in the draft version 2.
    let again =
        specs::add_requirement(&mut store, spec.id, &work("Kan bruke prismaskinen.")).unwrap();
    assert_eq!(again.versions.len(), 2);

    let old = specs::get(&mut store, spec.id, Some(1)).unwrap();
    assert_eq!(old.version.requirements, v1.requirements);
    assert_eq!(old.version.agreed_on, v1.agreed_on);
    assert!(!old.version.is_latest);

    // Editing the old version is refused; the latest takes the change.
    let err = specs::update_requirement(&mut store, first, &work("Noe annet")).unwrap_err();
    assert_eq!(err.code(), "refused");
    assert_eq!(
        err.to_string(),
        "Versjon 1 er erstattet av versjon 2. Endringer gjøres i den nyeste versjonen."
    );

    let err = specs::get(&mut store, spec.id, Some(3)).unwrap_err();
    assert_eq!(err.field(), Some("version"));

    // Throwing the draft away goes back to the agreed version 1.
    let back = specs::discard_draft(&mut store, spec.id).unwrap();
    assert_eq!(back.versions.len(), 1);
    assert_eq!(back.version.requirements, v1.requirements);
}

#[test]
fn an_agreement_needs_a_past_date_a_name_and_requirements_and_can_be_taken_back_until_used() {
    let mut store = Store::open_in_memory().unwrap();
    let e = employer(&mut store);
    let empty = specs::create(
        &mut store,
        &NewSpecInput {
            employer_id: Some(e),
            position: "Lagermedarbeider".into(),
            ..Default::default()
        },
    )
    .unwrap();
    let err = specs::agree(&mut store, empty.id, &agreement(0)).unwrap_err();
    assert!(err.to_string().contains("ingen krav ennå"), "{err}");

    let spec = from_example(&mut store, e);
    let future = AgreementInput {
        agreed_on: dates::format_date(dates::today() + Days::new(1)),
        ..agreement(0)
    };
    let err = specs::agree(&mut store, spec.id, &future).unwrap_err();
    assert_eq!(err.field(), Some("agreedOn"));
    let nobody = AgreementInput {
        agreed_with: " ".into(),
        ..agreement(0)
    };
    assert_eq!(
        specs::agree(&mut store, spec.id, &nobody)
            .unwrap_err()
            .field(),
        Some("agreedWith")
    );
    let bad_date = AgreementInput {
        agreed_on: "30.02.2026".into(),
        ..agreement(0)
    };
    assert_eq!(
        specs::agree(&mut store, spec.id, &bad_date)
            .unwrap_err()
            .field(),
        Some("agreedOn")
    );
    assert_eq!(specs::get(&mut store, spec.id, None).unwrap(), spec);

    let agreed = specs::agree(&mut store, spec.id, &agreement(10)).unwrap();
    let err = specs::agree(&mut store, spec.id, &agreement(0)).unwrap_err();
    assert!(err.to_string().contains("allerede avtalt"));

    // Version 2 cannot be agreed before version 1 was.
    specs::add_requirement(&mut store, spec.id, &work("Kan kassa.")).unwrap();
    let err = specs::agree(&mut store, spec.id, &agreement(20)).unwrap_err();
    assert_eq!(err.field(), Some("agreedOn"));
    specs::discard_draft(&mut store, spec.id).unwrap();

    // A placement made against version 1 keeps it agreed.
    let participant = participants::create(
        &mut store,
        &ParticipantInput {
            name: "Tesfay Haile".into(),
            ..Default::default()
        },
    )
    .unwrap();
    participants::create_placement(
        &mut store,
        &PlacementInput {
            participant_id: Some(participant.id),
            start_date: dates::format_date(dates::today()),
            end_date: dates::format_date(dates::today() + Days::new(60)),
            days_per_week: Some(3),
            employer_id: Some(e),
            spec_version_id: Some(agreed.version.id),
            ..Default::default()
        },
    )
    .unwrap();
    let err = specs::withdraw_agreement(&mut store, spec.id).unwrap_err();
    assert!(err.to_string().contains("praksisavtaler"), "{err}");
    let err = specs::delete(&mut store, spec.id).unwrap_err();
    assert_eq!(err.code(), "refused");
    assert!(specs::get(&mut store, spec.id, None).is_ok());

    let other = from_example(&mut store, e);
    specs::agree(&mut store, other.id, &agreement(1)).unwrap();
    let withdrawn = specs::withdraw_agreement(&mut store, other.id).unwrap();
    assert!(withdrawn.version.agreed_on.is_none());
    specs::delete(&mut store, other.id).unwrap();
}

#[test]
fn bad_requirements_are_refused_at_their_field_and_nothing_changes() {
    let mut store = Store::open_in_memory().unwrap();
    let e = employer(&mut store);
    let spec = from_example(&mut store, e);
    let cases: [(&str, RequirementInput, &str); 7] = [
        ("text", work("   "), "Krav må fylles ut."),
        (
            "cefr",
            RequirementInput {
                group: "sprak".into(),
                skill: Some("lese".into()),
                cefr: Some("B3".into()),
                need: "ma".into(),
                ..Default::default()
            },
            "«B3» er ikke et språknivå. Velg A1, A2, B1, B2 eller C1.",
        ),
        (
            "cefr",
            RequirementInput {
                group: "sprak".into(),
                need: "ma".into(),
                ..Default::default()
            },
            "Språknivå må fylles ut.",
        ),
        (
            "skill",
            RequirementInput {
                group: "grunnleggende".into(),
                text: "Leser oppslag.".into(),
                need: "ma".into(),
                ..Default::default()
            },
            "Velg hvilken grunnleggende ferdighet",
        ),
        (
            "need",
            RequirementInput {
                need: "kanskje".into(),
                ..work("Kan kassa.")
            },
            "«må» eller et «bør»",
        ),
        (
            "byPhase",
            RequirementInput {
                by_phase: Some(7),
                ..work("Kan kassa.")
            },
            "Velg en fase fra 1 til 6",
        ),
        (
            "group",
            RequirementInput {
                group: "humør".into(),
                ..work("Blid.")
            },
            "ikke en gruppe av krav",
        ),
    ];
    for (field, input, message) in cases {
        let err = specs::add_requirement(&mut store, spec.id, &input).unwrap_err();
        assert_eq!(err.field(), Some(field), "{err}");
        assert!(err.to_string().contains(message), "{err}");
        let err = specs::update_requirement(&mut store, spec.version.requirements[0].id, &input)
            .unwrap_err();
        assert_eq!(err.field(), Some(field), "{err}");
    }
    assert_eq!(specs::get(&mut store, spec.id, None).unwrap(), spec);
}

#[test]
fn requirements_move_within_their_group_and_a_removed_one_comes_back_in_its_place() {
    let mut store = Store::open_in_memory().unwrap();
    let e = employer(&mut store);
    let spec = from_example(&mut store, e);
    let work_texts = |spec: &specs::Spec| -> Vec<String> {
        spec.version
            .requirements
            .iter()
            .filter(|r| r.group == RequirementGroup::Work)
            .map(|r| r.text.clone())
            .collect()
    };
    let before = work_texts(&spec);
    let second = spec
        .version
        .requirements
        .iter()
        .filter(|r| r.group == RequirementGroup::Work)
        .nth(1)
        .unwrap()
        .clone();
    let moved = specs::move_requirement(&mut store, second.id, 0).unwrap();
    let mut expected = before.clone();
    expected.swap(0, 1);
    assert_eq!(work_texts(&moved), expected);

    let (removed_spec, removed) = specs::remove_requirement(&mut store, second.id).unwrap();
    assert_eq!(removed.position, 0);
    assert_eq!(work_texts(&removed_spec), expected[1..]);
    let restored = specs::restore_requirement(&mut store, spec.id, &removed).unwrap();
    assert_eq!(work_texts(&restored), expected);
    let back = restored
        .version
        .requirements
        .iter()
        .find(|r| r.text == second.text)
        .unwrap();
    assert_eq!(back.lineage, second.lineage);

    // Moved to another group, it goes last there.
    let as_personal = specs::update_requirement(
        &mut store,
        back.id,
        &RequirementInput {
            group: "personlig".into(),
            ..work(&second.text)
        },
    )
    .unwrap();
    let personal: Vec<&str> = as_personal
        .version
        .requirements
        .iter()
        .filter(|r| r.group == RequirementGroup::Personal)
        .map(|r| r.text.as_str())
        .collect();
    assert_eq!(personal.last(), Some(&second.text.as_str()));
    assert_eq!(work_texts(&as_personal), expected[1..]);
}

#[test]
fn a_template_made_from_the_specification_covers_every_must() {
    let mut store = Store::open_in_memory().unwrap();
    let e = employer(&mut store);
    let spec = from_example(&mut store, e);
    let template = specs::create_template(&mut store, spec.id, None, "Butikk – Matkroken").unwrap();
    assert!(!template.is_example);
    assert!(template.phases.len() >= 3);
    let coverage = specs::coverage(&mut store, spec.id, None, template.id).unwrap();
    assert_eq!(coverage.uncovered_must, 0, "{:#?}", coverage.items);
    // Every requirement, "bør" too, has its place in the new template.
    assert!(coverage.items.iter().all(|i| !i.covered_by.is_empty()));
    let spoken = coverage
        .items
        .iter()
        .find(|i| {
            i.requirement.group == RequirementGroup::Language
                && i.requirement.skill.as_deref() == Some("muntlig")
        })
        .unwrap();
    assert_eq!(spoken.covered_by, ["Fase 1: språkkrav muntlig A1"]);
    let err = specs::create_template(&mut store, spec.id, None, "Butikk – Matkroken").unwrap_err();
    assert_eq!(err.field(), Some("name"));
}

#[test]
fn the_coverage_check_names_what_no_task_covers_and_aligning_adds_only_that() {
    let mut store = Store::open_in_memory().unwrap();
    let e = employer(&mut store);
    let spec = from_example(&mut store, e);
    let example = Uuid::parse_str(BUTIKK_TEMPLATE).unwrap();
    let coverage = specs::coverage(&mut store, spec.id, None, example).unwrap();
    let uncovered: Vec<&str> = coverage
        .items
        .iter()
        .filter(|i| i.requirement.need == Need::Must && i.covered_by.is_empty())
        .map(|i| i.description.as_str())
        .collect();
    assert_eq!(coverage.uncovered_must, uncovered.len());
    assert!(coverage.uncovered_must > 0);

    // The shipped example cannot be changed; a copy can.
    let err = specs::align_template(&mut store, spec.id, None, example).unwrap_err();
    assert_eq!(err.code(), "refused");
    let copy = templates::duplicate(&mut store, example).unwrap();
    let tasks_before: usize = copy.phases.iter().map(|p| p.tasks.len()).sum();
    let aligned = specs::align_template(&mut store, spec.id, None, copy.id).unwrap();
    assert_eq!(aligned.uncovered_must, 0, "{:#?}", aligned.items);
    let after = templates::get(&mut store, copy.id).unwrap();
    let tasks_after: usize = after.phases.iter().map(|p| p.tasks.len()).sum();
    let language_musts = coverage
        .items
        .iter()
        .filter(|i| {
            i.requirement.need == Need::Must
                && i.covered_by.is_empty()
                && i.requirement.group == RequirementGroup::Language
        })
        .count();
    assert_eq!(tasks_after - tasks_before, uncovered.len() - language_musts);
    // Aligning again changes nothing.
    specs::align_template(&mut store, spec.id, None, copy.id).unwrap();
    assert_eq!(
        templates::get(&mut store, copy.id).unwrap().phases,
        after.phases
    );

    // A new "må" in version 2 shows up as uncovered until aligned again.
    specs::agree(&mut store, spec.id, &agreement(1)).unwrap();
    let v2 = specs::add_requirement(
        &mut store,
        spec.id,
        &RequirementInput {
            group: "sprak".into(),
            skill: Some("lese".into()),
            cefr: Some("B1".into()),
            need: "ma".into(),
            by_phase: Some(2),
            ..Default::default()
        },
    )
    .unwrap();
    let coverage = specs::coverage(&mut store, spec.id, None, copy.id).unwrap();
    assert_eq!(coverage.version, 2);
    assert_eq!(coverage.uncovered_must, 1);
    specs::align_template(&mut store, spec.id, None, copy.id).unwrap();
    let phase_2 = &templates::get(&mut store, copy.id).unwrap().phases[1];
    assert_eq!(phase_2.language.reading, Some(CefrLevel::B1));
    // Version 1 is still fully covered by what was there.
    assert_eq!(
        specs::coverage(&mut store, spec.id, Some(1), copy.id)
            .unwrap()
            .uncovered_must,
        0
    );
    assert_eq!(v2.versions.len(), 2);
}

#[test]
fn copying_another_employers_specification_starts_a_fresh_draft() {
    let mut store = Store::open_in_memory().unwrap();
    let e = employer(&mut store);
    let spec = from_example(&mut store, e);
    specs::agree(&mut store, spec.id, &agreement(2)).unwrap();
    let other = employers::create(
        &mut store,
        &EmployerInput {
            name: "Nærbutikken".into(),
            sector: "privat".into(),
            ..Default::default()
        },
    )
    .unwrap();
    let copy = specs::create(
        &mut store,
        &NewSpecInput {
            employer_id: Some(other.id),
            position: "Butikkmedarbeider".into(),
            example: None,
            copy_of: Some(spec.id),
        },
    )
    .unwrap();
    assert_eq!(copy.version.number, 1);
    assert!(copy.version.agreed_on.is_none());
    let texts = |s: &specs::Spec| -> Vec<String> {
        s.version
            .requirements
            .iter()
            .map(|r| r.text.clone())
            .collect()
    };
    assert_eq!(texts(&copy), texts(&spec));
    assert!(copy
        .version
        .requirements
        .iter()
        .zip(&spec.version.requirements)
        .all(|(a, b)| a.lineage != b.lineage));

    let err = specs::create(
        &mut store,
        &NewSpecInput {
            employer_id: Some(other.id),
            position: "Butikkmedarbeider".into(),
            example: Some("bilverksted".into()),
            copy_of: None,
        },
    )
    .unwrap_err();
    assert_eq!(err.field(), Some("example"));
    let err = specs::create(
        &mut store,
        &NewSpecInput {
            employer_id: None,
            position: "Butikkmedarbeider".into(),
            ..Default::default()
        },
    )
    .unwrap_err();
    assert_eq!(err.field(), Some("employer"));
}

#[test]
fn a_must_without_a_phase_is_covered_only_by_phase_1_and_a_should_by_any() {
    use stegvis::outline::{self, OutlineKind, TaskInput};
    let mut store = Store::open_in_memory().unwrap();
    let e = employer(&mut store);
    let spec = specs::create(
        &mut store,
        &NewSpecInput {
            employer_id: Some(e),
            position: "Butikkmedarbeider".into(),
            ..Default::default()
        },
    )
    .unwrap();
    specs::add_requirement(&mut store, spec.id, &work("Kan kassa.")).unwrap();
    specs::add_requirement(
        &mut store,
        spec.id,
        &RequirementInput {
            need: "bor".into(),
            ..work("Kan bestille varer.")
        },
    )
    .unwrap();
    let template = templates::create(&mut store, "Butikk – egen", "Butikk").unwrap();
    for text in ["Kan kassa", "kan bestille varer."] {
        let input = TaskInput {
            text: text.into(),
            criterion: "arbeid".into(),
            hint: None,
        };
        outline::add_task(
            &mut store,
            OutlineKind::Template,
            template.phases[2].id,
            &input,
            None,
        )
        .unwrap();
    }
    let coverage = specs::coverage(&mut store, spec.id, None, template.id).unwrap();
    assert_eq!(coverage.uncovered_must, 1);
    let should = coverage
        .items
        .iter()
        .find(|i| i.requirement.need == Need::Should)
        .unwrap();
    assert_eq!(should.covered_by, ["Fase 3: kan bestille varer."]);
    outline::add_task(
        &mut store,
        OutlineKind::Template,
        template.phases[0].id,
        &TaskInput {
            text: "Kan kassa.".into(),
            criterion: "arbeid".into(),
            hint: None,
        },
        None,
    )
    .unwrap();
    let coverage = specs::coverage(&mut store, spec.id, None, template.id).unwrap();
    assert_eq!(coverage.uncovered_must, 0);
}
