//! The three printed forms of the work with employers, made through the core API the way an
//! adviser makes them and read back the way the shop manager's PDF reader would (poppler's
//! `pdftotext`, `pdfinfo`, `pdffonts`, and lopdf for what is drawn): the requirement
//! specification (kravspesifikasjon), the placement agreement (praksisavtale) and the sheet for
//! the meeting with the employer (tool 4.2).

mod common;

use std::path::PathBuf;

use stegvis::checklists::{self, ChecklistId, EntryInput};
use stegvis::employers::{self, ContactInput, EmployerInput, MentorInput, SuitabilityInput};
use stegvis::participants::{self, ParticipantInput, PlacementInput};
use stegvis::people::{self, PersonInput, Role};
use stegvis::specs::{self, AgreementInput, NewSpecInput, RequirementGroup, RequirementInput};
use stegvis::{settings, units, Store};
use uuid::Uuid;

use common::{flat, PdfFile};

const MUNICIPALITY: &str = "Lørenskog kommune";
const EMPLOYER: &str = "Bjørkås Dagligvare";
const CONTACT: &str = "Kari Nilsen";
const MENTOR: &str = "Åse Bjørnæs";
const ADVISER: &str = "Nguyễn Thị Hương";
const PARTICIPANT: &str = "Amina Yusuf";
const AGREED_ON: &str = "12.03.2026";
const ADDED: &str = "Kan bruke kassesystemet under tilsyn fra fadder.";
const GOAL: &str = "Deltakeren kan gjøre de faste oppgavene i butikken og søke sommerjobb.";
const DONE_NOTE: &str = "Arbeidspraksis med mål om sommerjobb i butikken";

/// A store with the municipality set, one employer with a contact, a fadder and the butikk
/// specification agreed as version 1 and edited into a draft version 2, an adviser, and a
/// participant with a placement made against version 1.
struct World {
    store: Store,
    employer: Uuid,
    spec: Uuid,
    placement: Uuid,
}

fn employer_input(name: &str) -> EmployerInput {
    EmployerInput {
        name: name.into(),
        org_number: "974 760 673".into(),
        trade: "Dagligvare".into(),
        address: "Storgata 1, 1470 Lørenskog".into(),
        sector: "privat".into(),
        notes: String::new(),
        kinds: vec!["arbeidspraksis".into(), "opplaeringsarena".into()],
        busy_months: vec![12, 6, 7],
    }
}

fn adviser(store: &mut Store) -> Uuid {
    let unit = units::list(store)
        .unwrap()
        .into_iter()
        .find(|u| u.name.starts_with("Flyktning"))
        .expect("the refugee service is one of the default units")
        .id;
    people::create(
        store,
        &PersonInput {
            name: ADVISER.into(),
            unit_id: Some(unit),
            role: Role::Programraadgiver.code().into(),
            email: Some("huong.nguyen@lorenskog.kommune.no".into()),
            phone: Some("+47 672 00 000".into()),
        },
    )
    .unwrap()
    .id
}

fn world(initials_only: bool) -> World {
    let mut store = Store::open_in_memory().unwrap();
    settings::set_municipality(&mut store, MUNICIPALITY).unwrap();
    let employer = employers::create(&mut store, &employer_input(EMPLOYER)).unwrap();
    let employer = employers::add_contact(
        &mut store,
        employer.id,
        &ContactInput {
            name: CONTACT.into(),
            role: "Butikksjef".into(),
            phone: Some("912 34 567".into()),
            email: Some("kari.nilsen@bjorkas.no".into()),
        },
    )
    .unwrap();
    let employer = employers::add_mentor(
        &mut store,
        employer.id,
        &MentorInput {
            name: MENTOR.into(),
            role: "Butikkmedarbeider".into(),
            phone: Some("987 65 432".into()),
            trained: true,
            trained_on: Some("05.02.2026".into()),
        },
    )
    .unwrap();

    let spec = specs::create(
        &mut store,
        &NewSpecInput {
            employer_id: Some(employer.id),
            position: "Butikkmedarbeider".into(),
            example: Some("butikk".into()),
            copy_of: None,
        },
    )
    .unwrap();
    let agreed = specs::agree(
        &mut store,
        spec.id,
        &AgreementInput {
            agreed_on: AGREED_ON.into(),
            agreed_with: CONTACT.into(),
        },
    )
    .unwrap();
    let version_one = agreed.version.id;
    let edited = specs::add_requirement(
        &mut store,
        spec.id,
        &RequirementInput {
            group: "arbeid".into(),
            text: ADDED.into(),
            need: "bor".into(),
            by_phase: Some(3),
            ..Default::default()
        },
    )
    .unwrap();
    assert_eq!(edited.version.number, 2);

    let adviser = adviser(&mut store);
    settings::set_current_user(&mut store, Some(adviser)).unwrap();
    let participant = participants::create(
        &mut store,
        &ParticipantInput {
            name: PARTICIPANT.into(),
            initials_only,
            adviser_id: Some(adviser),
        },
    )
    .unwrap();
    let placement = participants::create_placement(
        &mut store,
        &PlacementInput {
            participant_id: Some(participant.id),
            workplace: String::new(),
            start_date: "04.01.2027".into(),
            end_date: "30.04.2027".into(),
            days_per_week: Some(3),
            employer_id: Some(employer.id),
            mentor_id: Some(employer.mentors[0].id),
            contact_id: Some(employer.contacts[0].id),
            kind: Some("arbeidspraksis".into()),
            school_days_per_week: Some(2),
            goal: GOAL.into(),
            spec_version_id: Some(version_one),
            ..Default::default()
        },
    )
    .unwrap();

    checklists::set_entry(
        &mut store,
        ChecklistId::EmployerPreparation,
        employer.id,
        "formal",
        &EntryInput {
            done: true,
            note: DONE_NOTE.into(),
            responsible: ADVISER.into(),
        },
    )
    .unwrap();
    checklists::set_entry(
        &mut store,
        ChecklistId::EmployerPreparation,
        employer.id,
        "fadder",
        &EntryInput {
            done: false,
            note: "Spør om flere kan ta fadderkurset i april".into(),
            responsible: String::new(),
        },
    )
    .unwrap();

    World {
        store,
        employer: employer.id,
        spec: spec.id,
        placement: placement.id,
    }
}

/// A specification of `n` requirements spread over the groups, in the order the groups print.
fn long_spec(store: &mut Store, employer: Uuid, n: usize) -> Uuid {
    let spec = specs::create(
        store,
        &NewSpecInput {
            employer_id: Some(employer),
            position: "Lagermedarbeider".into(),
            ..Default::default()
        },
    )
    .unwrap();
    for i in 0..n {
        let group = RequirementGroup::ALL[i % RequirementGroup::ALL.len()];
        let input = RequirementInput {
            group: group.key().into(),
            skill: match group {
                RequirementGroup::BasicSkills => Some("lesing".into()),
                RequirementGroup::Language => Some("lese".into()),
                _ => None,
            },
            cefr: (group == RequirementGroup::Language).then(|| "A2".into()),
            text: format!("Krav nummer {i:02} om det som trengs på lageret hver dag"),
            need: if i % 3 == 0 { "bor" } else { "ma" }.into(),
            by_phase: (i % 4 == 0).then_some(2),
        };
        specs::add_requirement(store, spec.id, &input).unwrap();
    }
    spec.id
}

impl PdfFile {
    /// The text in the order it is drawn    /// The text in the order it is drawn: a table cell's lines stay together, before the
    /// next cell of the row.
    fn text(&self) -> String {
        flat(&self.pdftotext("-raw", None))
    }

    fn page_text(&self, page: usize) -> String {
        flat(&self.pdftotext("-raw", Some(page)))
    }

    /// The page a text first appears on.
    fn page_of(&self, needle: &str) -> Option<usize> {
        (1..=self.pages()).find(|&p| self.page_text(p).contains(needle))
    }

    /// Empty tick boxes and ticked ones alike: rectangles the size of a tick box.
    fn tick_boxes(&self) -> usize {
        let pdf = lopdf::Document::load_mem(&self.bytes).unwrap();
        let mut boxes = 0;
        for page in pdf.get_pages().into_values() {
            let content = pdf.get_and_decode_page_content(page).unwrap();
            for op in &content.operations {
                if op.operator == "re" {
                    let size: Vec<f32> = op.operands[2..4]
                        .iter()
                        .map(|o| o.as_float().unwrap())
                        .collect();
                    // 3.6 mm is 10.2 pt.
                    boxes += usize::from(size.iter().all(|s| (s - 10.2).abs() < 0.1));
                }
            }
        }
        boxes
    }

    /// Every font the pages use, with whether its glyphs are embedded in the file.
    fn fonts(&self) -> Vec<(String, bool)> {
        let pdf = lopdf::Document::load_mem(&self.bytes).unwrap();
        let mut fonts = Vec::new();
        for page in pdf.get_pages().into_values() {
            for (_, font) in pdf.get_page_fonts(page).unwrap() {
                let name =
                    String::from_utf8_lossy(font.get(b"BaseFont").unwrap().as_name().unwrap())
                        .into_owned();
                let descendant = match font.get(b"DescendantFonts") {
                    Ok(array) => {
                        let first = &array.as_array().unwrap()[0];
                        pdf.dereference(first).unwrap().1.as_dict().unwrap().clone()
                    }
                    Err(_) => font.clone(),
                };
                let descriptor = pdf
                    .dereference(descendant.get(b"FontDescriptor").unwrap())
                    .unwrap()
                    .1
                    .as_dict()
                    .unwrap()
                    .clone();
                let embedded = [&b"FontFile2"[..], b"FontFile3", b"FontFile"]
                    .iter()
                    .any(|key| descriptor.get(key).is_ok());
                if !fonts.iter().any(|(n, _)| *n == name) {
                    fonts.push((name, embedded));
                }
            }
        }
        fonts
    }
}

fn spec_pdf(world: &mut World, version: Option<u32>) -> PdfFile {
    PdfFile::new(specs::print(&mut world.store, world.spec, version).unwrap())
}

/// The printed line of a requirement: skill or level first where it has one.
fn printed(r: &specs::Requirement) -> String {
    match r.group {
        RequirementGroup::Language => {
            let skill = match r.skill_label() {
                Some(s) => {
                    let mut c = s.chars();
                    c.next().unwrap().to_uppercase().chain(c).collect()
                }
                None => "Samlet nivå".to_owned(),
            };
            let level = r.cefr.unwrap().code();
            if r.text.is_empty() {
                format!("{skill}: {level}")
            } else {
                format!("{skill}: {level} – {}", r.text)
            }
        }
        RequirementGroup::BasicSkills => format!("{}: {}", r.skill_label().unwrap(), r.text),
        _ => r.text.clone(),
    }
}

#[test]
fn every_requirement_is_printed_under_its_group_in_order() {
    let mut world = world(false);
    let spec = specs::get(&mut world.store, world.spec, Some(1)).unwrap();
    let pdf = spec_pdf(&mut world, Some(1));
    let text = pdf.text();
    let mut last = 0;
    for group in RequirementGroup::ALL {
        let rows: Vec<_> = spec
            .version
            .requirements
            .iter()
            .filter(|r| r.group == group)
            .collect();
        if rows.is_empty() {
            assert!(!text.contains(group.label()), "{} is empty", group.label());
            continue;
        }
        last = text[last..]
            .find(group.label())
            .unwrap_or_else(|| panic!("heading {} missing or out of order", group.label()))
            + last;
        for r in rows {
            let line = flat(&printed(r));
            last = text[last..]
                .find(&line)
                .unwrap_or_else(|| panic!("«{line}» missing or out of order in:\n{text}"))
                + last;
        }
    }
    assert!(text.contains("Språkkrav Lytte: A1 – Forstår korte beskjeder"));
    assert!(text.contains("Muntlig: A1"));
    assert!(text.contains("Lesing: Leser en varebestilling"));
}

#[test]
fn must_should_and_the_phase_are_printed_beside_each_requirement() {
    let mut world = world(false);
    let text = spec_pdf(&mut world, Some(1)).text();
    for row in [
        "Vet hva en butikkmedarbeider gjør i løpet av en arbeidsdag. Må Før start",
        "Vet hvordan de ulike varegruppene skal lagres og behandles. Må Fase 2",
        "Samarbeider godt med kollegaer. Bør Underveis",
        "Har fullført butikkens digitale internkurs. Bør Fase 3",
        "Lese: A2 – Leser etiketter og datostempling. Bør Fase 3",
    ] {
        assert!(text.contains(row), "«{row}» in:\n{text}");
    }
    for column in ["Krav", "Må/Bør", "Innen"] {
        assert!(text.contains(column), "{column}");
    }
    assert!(
        text.contains("Slik leser du kravene"),
        "the sheet explains må and bør"
    );
}

#[test]
fn each_version_prints_its_own_requirements_and_status() {
    let mut world = world(false);
    let one = spec_pdf(&mut world, Some(1));
    let two = spec_pdf(&mut world, None);
    let (one, two) = (one.text(), two.text());

    assert!(
        one.contains(&format!("Avtalt {AGREED_ON} med {CONTACT}")),
        "{one}"
    );
    assert!(!one.contains("Utkast"));
    assert!(
        !one.contains(ADDED),
        "version 1 was agreed before the addition"
    );
    assert!(one.contains("Versjon 1 er erstattet"), "{one}");

    assert!(two.contains("Utkast – ikke avtalt ennå"), "{two}");
    assert!(!two.contains("Avtalt "));
    assert!(two.contains(&format!("{ADDED} Bør Fase 3")), "{two}");
    assert!(!two.contains("er erstattet"));
    assert!(two.contains("kravene i versjon 2"));
}

#[test]
fn the_header_names_employer_position_and_municipality_with_norwegian_letters() {
    let mut world = world(false);
    let pdf = spec_pdf(&mut world, None);
    let text = pdf.text();
    for exact in [
        MUNICIPALITY,
        EMPLOYER,
        "974 760 673",
        "Dagligvare",
        "Storgata 1, 1470 Lørenskog",
        "Butikkmedarbeider",
        "Kravspesifikasjon",
        "Kommentarer fra arbeidsgiver",
    ] {
        assert!(text.contains(exact), "{exact} in:\n{text}");
    }
    assert!(text.contains("Side 1 av"));

    let fonts = pdf.fonts();
    assert_eq!(fonts.len(), 2, "regular and bold: {fonts:?}");
    for (name, embedded) in fonts {
        assert!(
            name.contains("+DejaVuSans"),
            "a subset of DejaVu Sans: {name}"
        );
        assert!(embedded, "{name} is embedded");
    }
    let info = pdf.run("pdfinfo", &[]);
    assert!(
        info.contains("Kravspesifikasjon – Butikkmedarbeider, Bjørkås Dagligvare"),
        "{info}"
    );
}

#[test]
fn the_specification_ends_with_signatures_kept_together() {
    let mut world = world(false);
    let pdf = spec_pdf(&mut world, Some(1));
    let page = pdf.page_of("Underskrifter").expect("a signature section");
    assert_eq!(page, pdf.pages(), "signatures come last");
    let text = pdf.page_text(page);
    for label in [
        "Part",
        "Sted og dato",
        "Signatur",
        "Navn med blokkbokstaver",
        "Arbeidsgiver",
        "Kommunen",
    ] {
        assert!(text.contains(label), "{label} on the signature page");
    }
    // The butikk example fits on two pages.
    assert_eq!(pdf.pages(), 2);
}

#[test]
fn a_specification_without_requirements_still_prints() {
    let mut world = world(false);
    let empty = specs::create(
        &mut world.store,
        &NewSpecInput {
            employer_id: Some(world.employer),
            position: "Kassemedarbeider".into(),
            ..Default::default()
        },
    )
    .unwrap();
    let pdf = PdfFile::new(specs::print(&mut world.store, empty.id, None).unwrap());
    let text = pdf.text();
    assert!(text.contains("Ingen krav er skrevet inn ennå"), "{text}");
    assert!(text.contains("Kassemedarbeider"));
    assert!(text.contains("Utkast"));
    assert!(text.contains("Navn med blokkbokstaver"));
    assert!(
        text.contains("Må: Kravet skal"),
        "what to write in the columns"
    );
    assert!(!text.contains("Språknivå:"), "no language rows to explain");
}

#[test]
fn a_long_specification_continues_with_the_column_titles() {
    let mut world = world(false);
    let long = long_spec(&mut world.store, world.employer, 60);
    let pdf = PdfFile::new(specs::print(&mut world.store, long, None).unwrap());
    let pages = pdf.pages();
    assert!(
        pages >= 3,
        "60 requirements need more than two pages: {pages}"
    );
    let text = pdf.text();
    let mut last = 0;
    for group in RequirementGroup::ALL {
        for i in (0..60).filter(|i| RequirementGroup::ALL[i % 6] == group) {
            let needle = format!("Krav nummer {i:02} ");
            last = text[last..]
                .find(&needle)
                .unwrap_or_else(|| panic!("{needle} missing or out of order"))
                + last;
        }
    }
    let first_row = pdf.page_of("Krav nummer 00").unwrap();
    let last_row = pdf.page_of("Krav nummer 59").unwrap();
    assert!(last_row > first_row);
    for page in first_row + 1..=last_row {
        let text = pdf.page_text(page);
        assert!(
            text.contains("Krav Må/Bør Innen"),
            "page {page} repeats the column titles:\n{text}"
        );
        assert!(text.contains(&format!("Side {page} av {pages}")));
        assert!(text.contains(MUNICIPALITY));
    }
    assert!(
        text.contains("(forts.)"),
        "a group continued on the next page"
    );
}

#[test]
fn the_agreement_names_the_parties_the_week_and_the_specification() {
    let mut world = world(false);
    let pdf =
        PdfFile::new(participants::print_agreement(&mut world.store, world.placement).unwrap());
    let text = pdf.text();
    for exact in [
        "Praksisavtale",
        PARTICIPANT,
        EMPLOYER,
        "974 760 673",
        "Storgata 1, 1470 Lørenskog",
        MUNICIPALITY,
        CONTACT,
        "kari.nilsen@bjorkas.no",
        MENTOR,
        "Fadderopplæring: tatt 05.02.2026",
        ADVISER,
        "huong.nguyen@",
        "Arbeidspraksis",
        "Et tiltak i introduksjonsprogrammet",
        "04.01.2027–30.04.2027",
        "Dager i uken på arbeidsplassen",
        "3 dager",
        "Dager i uken på skolen",
        "2 dager",
        GOAL,
        &format!("Butikkmedarbeider, versjon 1, avtalt {AGREED_ON}"),
        "Hvem har ansvar for hva",
        "Voksenopplæringen",
        "Arbeidstid",
        "Arbeidstøy",
        "Transport",
        "Forsikring",
        "Fravær",
    ] {
        assert!(text.contains(exact), "«{exact}» in:\n{text}");
    }
    assert!(text.contains(&format!(
        "{ADVISER} er kommunens faste kontaktperson og følger praksisen hele perioden"
    )));
    assert!(
        !text.contains("har ikke tatt fadderopplæringen"),
        "the fadder is trained"
    );
}

#[test]
fn the_agreement_offers_training_to_an_untrained_fadder() {
    let mut world = world(false);
    let employer = employers::get(&mut world.store, world.employer).unwrap();
    employers::update_mentor(
        &mut world.store,
        employer.mentors[0].id,
        &MentorInput {
            name: MENTOR.into(),
            role: "Butikkmedarbeider".into(),
            trained: false,
            ..Default::default()
        },
    )
    .unwrap();
    let text =
        PdfFile::new(participants::print_agreement(&mut world.store, world.placement).unwrap())
            .text();
    assert!(text.contains("Fadderopplæring: ikke tatt ennå"), "{text}");
    assert!(
        text.contains(&format!("{MENTOR} har ikke tatt fadderopplæringen ennå")),
        "{text}"
    );
}

#[test]
fn the_agreement_ends_with_all_three_signatures_on_one_page() {
    let mut world = world(false);
    let pdf =
        PdfFile::new(participants::print_agreement(&mut world.store, world.placement).unwrap());
    let page = pdf.page_of("Underskrifter").expect("a signature section");
    assert_eq!(page, pdf.pages());
    let text = pdf.page_text(page);
    let signing = &text[text.find("Underskrifter").unwrap()..];
    let deltaker = signing.find("Deltaker").expect("Deltaker signs");
    let arbeidsgiver = signing.find("Arbeidsgiver").expect("Arbeidsgiver signs");
    let kommunen = signing.find("Kommunen").expect("Kommunen signs");
    assert!(
        deltaker < arbeidsgiver && arbeidsgiver < kommunen,
        "{signing}"
    );
    assert!(signing.contains("Navn med blokkbokstaver"));
}

#[test]
fn a_participant_who_asked_for_it_is_named_by_initials_only() {
    let mut world = world(true);
    let text =
        PdfFile::new(participants::print_agreement(&mut world.store, world.placement).unwrap())
            .text();
    assert!(text.contains("A. Y."), "{text}");
    assert!(!text.contains("Amina"), "{text}");
    assert!(!text.contains("Yusuf"), "{text}");
}

/// A placement from before the employer register: a workplace name and a fadder's name only,
/// no kind, goal, school days, contact or specification, and no adviser.
fn bare_placement(store: &mut Store) -> Uuid {
    let participant = participants::create(
        store,
        &ParticipantInput {
            name: PARTICIPANT.into(),
            ..Default::default()
        },
    )
    .unwrap();
    participants::create_placement(
        store,
        &PlacementInput {
            participant_id: Some(participant.id),
            workplace: "Kafé Solsikken".into(),
            mentor_name: "Øyvind Ås".into(),
            start_date: "04.01.2027".into(),
            end_date: "30.04.2027".into(),
            days_per_week: Some(1),
            ..Default::default()
        },
    )
    .unwrap()
    .id
}

#[test]
fn an_agreement_without_employer_kind_or_specification_leaves_room_to_fill_in() {
    let mut store = Store::open_in_memory().unwrap();
    let placement = bare_placement(&mut store);
    let pdf = PdfFile::new(participants::print_agreement(&mut store, placement).unwrap());
    let text = pdf.text();
    for exact in [
        "Kommune ikke satt",
        "Kafé Solsikken",
        "Øyvind Ås",
        "1 dag",
        "Ingen kravspesifikasjon er knyttet til praksisen.",
        "Mål for praksisen",
        "Type praksis: ikke valgt ennå",
        "Hospitering/jobbsnusing",
        "Arbeidsplassen som opplæringsarena",
    ] {
        assert!(text.contains(exact), "«{exact}» in:\n{text}");
    }
    assert!(!text.contains("Org.nr."));
    // One box to tick for each of the four kinds; none ticked.
    assert_eq!(pdf.tick_boxes(), 4);
    assert_eq!(pdf.ticks(), 0);
}

#[test]
fn the_meeting_sheet_shows_the_employer_the_people_and_the_checklist_answers() {
    let mut world = world(false);
    let pdf = PdfFile::new(employers::print_preparation(&mut world.store, world.employer).unwrap());
    let text = pdf.text();
    for exact in [
        "Forberedelse til møte med arbeidsgiver",
        EMPLOYER,
        "974 760 673",
        "Sektor Privat",
        "Arbeidspraksis og arbeidsplassen som opplæringsarena",
        "1 pågår eller er avtalt, ingen er avsluttet",
        "Juni, juli og desember",
        "Egnet for nye deltakere Ja",
        CONTACT,
        "Butikksjef",
        MENTOR,
        "Ja, 05.02.2026",
        "Sjekkliste før avtale om praksis",
        "1 av 6 punkter er avklart",
        "Formålet med praksisen er avklart",
        DONE_NOTE,
        "Spør om flere kan ta fadderkurset i april",
        "Praktiske forhold er avklart",
        "Butikkmedarbeider",
        "versjon 1 er avtalt",
        "Hva kommunen tilbyr",
        "fast kontaktperson",
        "Fadderopplæring",
        "Kompetansekrav",
        "Notater fra møtet",
        &format!("Dato for møtet Fra kommunen Fra arbeidsgiveren {ADVISER}"),
    ] {
        assert!(text.contains(exact), "«{exact}» in:\n{text}");
    }
    // The done item's note and who is responsible stand in its row.
    assert!(
        text.contains(&format!("{DONE_NOTE} {ADVISER}")),
        "note and responsible in the row:\n{text}"
    );
    // Six items, one box each, one ticked.
    assert_eq!(pdf.tick_boxes(), 6);
    assert_eq!(pdf.ticks(), 1);
}

/// An employer with nothing but a name, a sector and an address, marked unsuitable after an
/// earlier placement.
fn bare_employer(store: &mut Store) -> Uuid {
    let employer = employers::create(
        store,
        &EmployerInput {
            org_number: String::new(),
            kinds: Vec::new(),
            busy_months: Vec::new(),
            sector: "offentlig".into(),
            ..employer_input("Solheim sykehjem")
        },
    )
    .unwrap();
    employers::set_suitability(
        store,
        employer.id,
        &SuitabilityInput {
            suitable: false,
            assessed_on: "02.10.2026".into(),
            reason: "Ingen fadder hadde tid i forrige praksisperiode.".into(),
        },
    )
    .unwrap();
    employer.id
}

#[test]
fn the_meeting_sheet_without_people_or_specifications_leaves_rows_to_fill_in() {
    let mut store = Store::open_in_memory().unwrap();
    let employer = bare_employer(&mut store);
    let pdf = PdfFile::new(employers::print_preparation(&mut store, employer).unwrap());
    let text = pdf.text();
    for exact in [
        "Kommune ikke satt",
        "Solheim sykehjem",
        "Sektor Offentlig",
        "Organisasjonsnummer ikke registrert",
        "Travle måneder ikke registrert",
        "Egnet for nye deltakere Nei (vurdert 02.10.2026)",
        "Ingen fadder hadde tid i forrige praksisperiode.",
        "Vurdert som ikke egnet for nye deltakere",
        "0 av 6 punkter er avklart",
        "ikke laget noen kravspesifikasjon",
    ] {
        assert!(text.contains(exact), "«{exact}» in:\n{text}");
    }
    assert_eq!(pdf.ticks(), 0);
}

#[test]
fn the_same_data_gives_the_same_bytes_and_small_files() {
    let mut world = world(false);
    let spec = specs::print(&mut world.store, world.spec, None).unwrap();
    assert_eq!(
        spec,
        specs::print(&mut world.store, world.spec, None).unwrap()
    );
    let agreement = participants::print_agreement(&mut world.store, world.placement).unwrap();
    let sheet = employers::print_preparation(&mut world.store, world.employer).unwrap();
    for (name, bytes) in [("spec", spec), ("agreement", agreement), ("4.2", sheet)] {
        // The whole DejaVu Sans is ~750 KB; anything near that means subsetting broke.
        assert!(bytes.len() < 120_000, "{name}: {} bytes", bytes.len());
    }
}

/// Writes the sample forms to `$EMPLOYER_SAMPLES` (default: a folder in the system's temporary
/// directory) to look at; run with
/// `cargo test --test pdf_employers -- --ignored --nocapture`.
#[test]
#[ignore]
fn write_samples() {
    let dir = std::env::var_os("EMPLOYER_SAMPLES")
        .map(PathBuf::from)
        .unwrap_or_else(|| std::env::temp_dir().join("stegvis-employers"));
    std::fs::create_dir_all(&dir).unwrap();
    let mut world = world(false);
    let long = long_spec(&mut world.store, world.employer, 60);
    let empty = specs::create(
        &mut world.store,
        &NewSpecInput {
            employer_id: Some(world.employer),
            position: "Kassemedarbeider".into(),
            ..Default::default()
        },
    )
    .unwrap()
    .id;
    let spec = world.spec;
    let bare = bare_placement(&mut world.store);
    let bare_employer = bare_employer(&mut world.store);
    let samples = [
        (
            "forberedelse-tom",
            employers::print_preparation(&mut world.store, bare_employer).unwrap(),
        ),
        (
            "avtale-tom",
            participants::print_agreement(&mut world.store, bare).unwrap(),
        ),
        (
            "krav-v1",
            specs::print(&mut world.store, spec, Some(1)).unwrap(),
        ),
        (
            "krav-v2",
            specs::print(&mut world.store, spec, None).unwrap(),
        ),
        (
            "krav-60",
            specs::print(&mut world.store, long, None).unwrap(),
        ),
        (
            "krav-tom",
            specs::print(&mut world.store, empty, None).unwrap(),
        ),
        (
            "avtale",
            participants::print_agreement(&mut world.store, world.placement).unwrap(),
        ),
        (
            "forberedelse",
            employers::print_preparation(&mut world.store, world.employer).unwrap(),
        ),
    ];
    for (name, bytes) in samples {
        let file = PdfFile::new(bytes.clone());
        println!("{name}: {} pages, {} bytes", file.pages(), bytes.len());
        std::fs::write(dir.join(format!("{name}.pdf")), bytes).unwrap();
    }
    println!("written to {}", dir.display());
}
