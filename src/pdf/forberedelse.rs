//! The sheet the adviser takes to a meeting with an employer about a placement agreement (the
//! handbook's tool 4.2): what the municipality knows about the employer, what must be settled
//! (purpose, follow-up, expectations, competence requirements, fadder, practical matters) with
//! the preparation checklist's answers so far, and room for notes from the meeting.

use chrono::NaiveDate;

use super::kravspesifikasjon::{fields_table, given, municipality, org_number};
use super::layout::{Callout, Cell, Column, Document, Table, Text, Width};
use crate::checklists::ChecklistState;
use crate::dates::format_date;
use crate::employers::{describe_months, Employer};
use crate::error::Result;
use crate::specs::SpecSummary;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PreparationSheet {
    /// When empty the header says "Kommune ikke satt".
    pub municipality: String,
    pub printed_on: NaiveDate,
    pub employer: Employer,
    /// The 4.1 checklist as answered so far.
    pub checklist: ChecklistState,
    pub specs: Vec<SpecSummary>,
    /// Who is going (the current user), if chosen.
    pub adviser: Option<String>,
}

/// The preparation sheet as PDF bytes.
pub fn render(sheet: &PreparationSheet) -> Result<Vec<u8>> {
    document(sheet).render()
}

/// Empty rows left in a list of people nobody is registered in yet.
const BLANK_PEOPLE_ROWS: usize = 2;
/// Rows of people and checklist items are filled in further by hand.
const WRITE_ROW_HEIGHT: f32 = 10.0;

fn document(sheet: &PreparationSheet) -> Document {
    let employer = &sheet.employer;
    let name = employer.name.trim();
    let mut doc = Document::new(
        municipality(&sheet.municipality),
        format!("Forberedelse til møte – {name}"),
        sheet.printed_on,
    );

    doc.title("Forberedelse til møte med arbeidsgiver");
    doc.subtitle(name);
    doc.paragraph(
        "Ta med arket til møtet om praksisplass. Det samler det kommunen vet om arbeidsgiveren, \
         hvor langt forberedelsene har kommet, og det som bør avklares i møtet. Skriv svarene \
         rett inn på arket, og før dem inn i Stegvis etterpå.",
    );

    doc.keep_with_next(|d| {
        d.heading("Om arbeidsgiveren");
    });
    doc.table(facts_table(employer));
    if !employer.suitable {
        // The reason stands in the table above; the box says what to do about it.
        doc.callout(Callout::warning(
            "Vurdert som ikke egnet for nye deltakere",
            "Snakk om hva som skal til før arbeidsplassen kan ta imot nye deltakere igjen, og \
             om det har endret seg siden vurderingen.",
        ));
    }

    doc.keep_with_next(|d| {
        d.heading("Kontaktpersoner hos arbeidsgiveren");
    });
    doc.table(contacts_table(employer));

    doc.keep_with_next(|d| {
        d.heading("Faddere");
    });
    doc.table(mentors_table(employer));

    let checklist = &sheet.checklist;
    doc.keep_with_next(|d| {
        d.heading(format!("{} (4.1)", checklist.title));
        d.paragraph(
            Text::new()
                .bold(format!(
                    "{} av {} punkter er avklart",
                    checklist.done_count,
                    checklist.entries.len()
                ))
                .plain(
                    " – slik det er registrert i Stegvis. Kryss av det som blir avklart i møtet.",
                ),
        );
    });
    doc.table(checklist_table(checklist));

    doc.keep_with_next(|d| {
        d.heading("Kravspesifikasjoner");
    });
    if sheet.specs.is_empty() {
        doc.paragraph(
            "Det er ikke laget noen kravspesifikasjon for denne arbeidsgiveren ennå. Bruk møtet \
             til å finne ut hva deltakeren må kunne, og lag kravspesifikasjonen etterpå.",
        );
    } else {
        doc.table(specs_table(&sheet.specs));
    }

    doc.keep_with_next(|d| {
        d.heading("Dette går vi gjennom i møtet");
        d.paragraph("Spørsmålene er forslag. Skriv stikkord under hvert punkt.");
    });
    for (i, (topic, questions)) in AGENDA.iter().enumerate() {
        doc.keep_together(|d| {
            d.paragraph(
                Text::new()
                    .bold(format!("{}. {topic}", i + 1))
                    .muted(format!("\n{questions}")),
            );
            d.write_in(None, 4);
        });
    }

    doc.keep_together(|d| {
        d.heading("Notater fra møtet");
        d.table(meeting_table([
            ("Dato for møtet", Width::Mm(34.0), None),
            (
                "Fra kommunen",
                Width::Fraction(1.0),
                sheet.adviser.as_deref().and_then(given).map(Text::from),
            ),
            ("Fra arbeidsgiveren", Width::Fraction(1.0), None),
        ]));
        d.write_in(None, 12);
    });
    doc.space(3.0);
    doc.keep_together(|d| {
        d.write_in(
            Some("Dette gjør vi videre – hvem gjør hva, og innen når"),
            6,
        );
    });
    doc
}

/// Who met when: boxes tall enough for a few names.
fn meeting_table(fields: [(&str, Width, Option<Text>); 3]) -> Table {
    fields_table(fields).min_row_height(14.0)
}

/// The topics of the meeting, with questions that open them.
const AGENDA: [(&str, &str); 6] = [
    (
        "Formålet med praksisen og målet for den",
        "Hvilken type praksis passer: hospitering, språkpraksis, arbeidspraksis eller \
         arbeidsplassen som opplæringsarena? Hva vil arbeidsgiveren, og hva vil kommunen, få \
         ut av den?",
    ),
    (
        "Hva kommunen tilbyr",
        "En fast kontaktperson i kommunen: hvem det er, hvordan arbeidsgiveren når personen, og \
         hva personen kan hjelpe med. Fadderopplæring for de ansatte som skal være faddere.",
    ),
    (
        "Forventninger og ansvar",
        "Hva har arbeidsgiveren, fadderen, kommunen og deltakeren hver ansvar for? Hvor ofte \
         følger kommunen opp, og hvordan?",
    ),
    (
        "Kompetansekrav",
        "Hva må deltakeren kunne i fag, norsk og personlig egnethet før praksisen begynner, og \
         hva kan læres underveis? Gå gjennom eller lag kravspesifikasjonen.",
    ),
    (
        "Fadder",
        "Hvem kan være fadder? Fadderen bør ha de samme oppgavene som deltakeren og være på jobb \
         samtidig.",
    ),
    (
        "Praktiske forhold",
        "Arbeidstid og pauser, arbeidstøy, transport, forsikring, hva som gjelder ved fravær, \
         og når på året praksisen passer best.",
    ),
];

/// What is registered about the employer, one fact a row; a blank fact says so.
fn facts_table(employer: &Employer) -> Table {
    let mut table = Table::new([
        Column::new("Opplysning", Width::Mm(48.0)),
        Column::new("Registrert i Stegvis", Width::Fraction(1.0)),
    ])
    .ruled();
    let missing = || Cell::Text(Text::new().muted("ikke registrert"));
    let fact = |value: Option<String>| value.map_or_else(missing, Cell::from);

    // "Arbeidspraksis og arbeidsplassen som opplæringsarena": one sentence, one capital.
    let kinds: Vec<String> = employer
        .kinds
        .iter()
        .enumerate()
        .map(|(i, k)| {
            if i == 0 {
                k.label().to_owned()
            } else {
                lower_first(k.label())
            }
        })
        .collect();
    let suitable = match (employer.suitable, employer.suitability_assessed_on) {
        (true, Some(on)) => format!("Ja (vurdert {})", format_date(on)),
        (true, None) => "Ja".to_owned(),
        (false, Some(on)) => format!("Nei (vurdert {})", format_date(on)),
        (false, None) => "Nei".to_owned(),
    };
    let suitable = match given(&employer.suitability_reason) {
        Some(reason) => Text::new().plain(suitable).muted(format!("\n{reason}")),
        None => Text::from(suitable),
    };
    let rows = [
        ("Navn", fact(given(&employer.name).map(str::to_owned))),
        (
            "Organisasjonsnummer",
            fact(employer.org_number.as_deref().map(org_number)),
        ),
        ("Bransje", fact(given(&employer.trade).map(str::to_owned))),
        ("Sektor", Cell::from(employer.sector.label())),
        ("Adresse", fact(given(&employer.address).map(str::to_owned))),
        (
            "Typer praksis de tilbyr",
            fact((!kinds.is_empty()).then(|| crate::words::join_with_og(&kinds))),
        ),
        (
            "Travle måneder",
            fact(
                (!employer.busy_months.is_empty())
                    .then(|| upper_first(&describe_months(&employer.busy_months))),
            ),
        ),
        ("Egnet for nye deltakere", Cell::Text(suitable)),
        ("Praksisplasser", Cell::from(placements(employer))),
        ("Notater", fact(given(&employer.notes).map(str::to_owned))),
    ];
    for (label, value) in rows {
        table.row([Cell::Text(Text::new().bold(label)), value]);
    }
    table
}

/// "1 pågår eller er avtalt, ingen er avsluttet".
fn placements(employer: &Employer) -> String {
    let count = |n: usize| match n {
        0 => "ingen".to_owned(),
        n => n.to_string(),
    };
    upper_first(&format!(
        "{} pågår eller er avtalt, {} er avsluttet",
        count(employer.current_placements),
        count(employer.past_placements)
    ))
}

fn upper_first(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

fn lower_first(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_lowercase().chain(chars).collect(),
        None => String::new(),
    }
}

fn optional(value: Option<&String>) -> Cell {
    value.and_then(|v| given(v)).map_or(Cell::Blank, Cell::from)
}

fn contacts_table(employer: &Employer) -> Table {
    let mut table = Table::new([
        Column::new("Navn", Width::Fraction(1.0)),
        Column::new("Rolle", Width::Fraction(0.8)),
        Column::new("Telefon", Width::Mm(30.0)),
        Column::new("E-post", Width::Fraction(1.2)),
    ])
    .min_row_height(WRITE_ROW_HEIGHT)
    .ruled();
    for contact in &employer.contacts {
        table.row([
            Cell::from(contact.name.trim()),
            optional(Some(&contact.role)),
            optional(contact.phone.as_ref()),
            optional(contact.email.as_ref()),
        ]);
    }
    if employer.contacts.is_empty() {
        for _ in 0..BLANK_PEOPLE_ROWS {
            table.row([Cell::Blank]);
        }
    }
    table
}

fn mentors_table(employer: &Employer) -> Table {
    let mut table = Table::new([
        Column::new("Navn", Width::Fraction(1.0)),
        Column::new("Rolle", Width::Fraction(0.8)),
        Column::new("Telefon", Width::Mm(30.0)),
        Column::new("Fadderopplæring", Width::Mm(36.0)),
    ])
    .min_row_height(WRITE_ROW_HEIGHT)
    .ruled();
    for mentor in &employer.mentors {
        let training = match (mentor.trained, mentor.trained_on) {
            (true, Some(on)) => Text::from(format!("Ja, {}", format_date(on))),
            (true, None) => Text::from("Ja"),
            (false, _) => Text::new().bold("Nei"),
        };
        table.row([
            Cell::from(mentor.name.trim()),
            optional(Some(&mentor.role)),
            optional(mentor.phone.as_ref()),
            Cell::Text(training),
        ]);
    }
    if employer.mentors.is_empty() {
        for _ in 0..BLANK_PEOPLE_ROWS {
            table.row([Cell::Blank]);
        }
    }
    table
}

/// The 4.1 items with a box ticked for each one done, what was noted and who answers for it.
fn checklist_table(checklist: &ChecklistState) -> Table {
    let mut table = Table::new([
        Column::new("Avklart", Width::Mm(17.0)).centered(),
        Column::new("Punkt", Width::Fraction(1.3)),
        Column::new("Merknad", Width::Fraction(1.0)),
        Column::new("Ansvarlig", Width::Mm(32.0)),
    ])
    .min_row_height(12.0)
    .ruled();
    for entry in &checklist.entries {
        table.row([
            Cell::Tick(entry.done),
            Cell::Text(
                Text::new()
                    .bold(entry.label)
                    .muted(format!("\n{}", entry.help)),
            ),
            optional(Some(&entry.note)),
            optional(Some(&entry.responsible)),
        ]);
    }
    table
}

fn specs_table(specs: &[SpecSummary]) -> Table {
    let mut table = Table::new([
        Column::new("Stilling", Width::Fraction(1.0)),
        Column::new("Versjon", Width::Mm(18.0)).centered(),
        Column::new("Status", Width::Fraction(1.0)),
        Column::new("Krav", Width::Mm(30.0)),
    ])
    .ruled();
    for spec in specs {
        let status = match (spec.latest_agreed_on, spec.agreed_version) {
            (Some(on), _) => Text::from(format!("Avtalt {}", format_date(on))),
            (None, Some(agreed)) => Text::new()
                .plain("Utkast")
                .muted(format!("\nversjon {agreed} er avtalt")),
            (None, None) => Text::from("Utkast, ikke avtalt"),
        };
        table.row([
            Cell::from(spec.position.trim()),
            Cell::from(spec.latest_version.to_string()),
            Cell::Text(status),
            Cell::from(format!(
                "{} krav, {} må",
                spec.requirement_count, spec.must_count
            )),
        ]);
    }
    table
}
