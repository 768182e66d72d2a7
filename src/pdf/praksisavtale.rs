//! The printed placement agreement (praksisavtale): who, where, what kind of placement, the
//! period and the week (days at the workplace and at school), its goal, the contact people on both
//! sides, the requirement specification it builds on, who is responsible for what, and
//! signatures of participant, employer and municipality.

use chrono::NaiveDate;

use super::kravspesifikasjon::{fields_table, given, municipality, org_number, signature_table};
use super::layout::{Callout, Cell, Column, Document, Table, Text, Width};
use crate::dates::format_date;
use crate::employers::{Contact, Employer, Mentor, PlacementKind};
use crate::error::Result;
use crate::participants::Placement;
use crate::people::Person;

/// Everything the agreement prints. Names are already decided (initials only, if the
/// participant asked for that).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AgreementSheet {
    /// When empty the header says "Kommune ikke satt".
    pub municipality: String,
    pub printed_on: NaiveDate,
    /// Name or initials.
    pub participant: String,
    pub placement: Placement,
    /// `None` for a placement made before the employer register, with only a workplace name.
    pub employer: Option<Employer>,
    pub mentor: Option<Mentor>,
    pub contact: Option<Contact>,
    /// The participant's adviser: the municipality's fixed contact person.
    pub adviser: Option<Person>,
    /// "Butikkmedarbeider, versjon 2, avtalt 12.03.2027".
    pub spec: Option<String>,
}

/// The agreement as PDF bytes.
pub fn render(sheet: &AgreementSheet) -> Result<Vec<u8>> {
    document(sheet).render()
}

/// Rows of the tables that are filled in by hand.
const WRITE_ROW_HEIGHT: f32 = 13.0;

fn document(sheet: &AgreementSheet) -> Document {
    let placement = &sheet.placement;
    let workplace = workplace(sheet);
    let participant = sheet.participant.trim();
    let mut doc = Document::new(
        municipality(&sheet.municipality),
        format!("Praksisavtale – {participant}, {workplace}"),
        sheet.printed_on,
    );

    doc.title("Praksisavtale");
    doc.subtitle(format!("{participant} hos {workplace}"));
    doc.paragraph(
        "Avtalen sier hva praksisen skal gi deltakeren, når og hvor den foregår, hvem som er \
         kontaktpersoner, og hva hver av partene har ansvar for. Alle tre parter får en kopi.",
    );

    doc.heading("Parter");
    doc.table(parties_table(sheet, &workplace));

    doc.heading("Praksisen");
    kind_section(&mut doc, placement.kind);
    doc.table(fields_table([
        (
            "Periode",
            Width::Fraction(1.0),
            Some(Text::from(format!(
                "{}–{}",
                format_date(placement.start_date),
                format_date(placement.end_date)
            ))),
        ),
        (
            "Dager i uken på arbeidsplassen",
            Width::Fraction(1.0),
            Some(Text::from(days(placement.days_per_week))),
        ),
        (
            "Dager i uken på skolen",
            Width::Fraction(1.0),
            placement.school_days_per_week.map(|d| Text::from(days(d))),
        ),
    ]));
    match placement.goal.trim() {
        "" => {
            doc.write_in(Some("Mål for praksisen"), 3);
        }
        goal => {
            doc.paragraph(Text::new().bold("Mål for praksisen: ").plain(goal));
        }
    }
    doc.paragraph(match sheet.spec.as_deref().map(str::trim) {
        Some(spec) if !spec.is_empty() => Text::new()
            .bold("Kravspesifikasjon: ")
            .plain(spec)
            .muted(". Den sier hva deltakeren skal kunne før praksisen begynner og underveis."),
        _ => Text::new()
            .bold("Kravspesifikasjon: ")
            .plain("Ingen kravspesifikasjon er knyttet til praksisen."),
    });

    // Three people and how to reach them: one list, never split over two pages.
    doc.keep_together(|d| {
        d.heading("Kontaktpersoner");
        d.paragraph(fixed_contact(sheet));
        d.table(contacts_table(sheet));
    });
    if let Some(mentor) = &sheet.mentor {
        if !mentor.trained {
            doc.callout(Callout::note(
                "Fadderopplæring",
                format!(
                    "{} har ikke tatt fadderopplæringen ennå. Kommunen tilbyr opplæring for \
                     faddere, og kommunens kontaktperson kan melde fadderen på.",
                    mentor.name.trim()
                ),
            ));
        }
    }

    doc.heading("Hvem har ansvar for hva");
    doc.table(responsibilities_table());

    doc.heading("Praktiske forhold");
    doc.table(practical_table());

    doc.keep_together(|d| {
        d.heading("Underskrifter");
        d.paragraph(
            "Med underskriftene bekrefter partene at de er enige om praksisen slik den er \
             beskrevet i denne avtalen.",
        );
        d.table(signature_table(&[
            ("Deltaker", Some(participant)),
            ("Arbeidsgiver", Some(workplace.as_str())),
            ("Kommunen", Some(sheet.municipality.as_str())),
        ]));
    });
    doc
}

/// The employer's name, or the workplace written on a placement from before the register.
fn workplace(sheet: &AgreementSheet) -> String {
    let name = match &sheet.employer {
        Some(employer) => employer.name.trim(),
        None => sheet.placement.workplace.trim(),
    };
    match name {
        "" => sheet.placement.workplace.trim().to_owned(),
        name => name.to_owned(),
    }
}

fn days(n: u8) -> String {
    match n {
        1 => "1 dag".to_owned(),
        n => format!("{n} dager"),
    }
}

fn parties_table(sheet: &AgreementSheet, workplace: &str) -> Table {
    let mut table = Table::new([
        Column::new("Part", Width::Mm(34.0)),
        Column::new("Navn", Width::Fraction(1.0)),
        Column::new("Opplysninger", Width::Fraction(1.2)),
    ])
    .min_row_height(10.0)
    .ruled();
    table.row([
        Cell::Text(Text::new().bold("Deltaker")),
        value(&sheet.participant),
        Cell::Blank,
    ]);
    let employer_details = sheet.employer.as_ref().and_then(|employer| {
        let number = employer.org_number.as_deref().map(org_number);
        match (number, given(&employer.address)) {
            (Some(number), Some(address)) => Some(
                Text::new()
                    .muted("Org.nr. ")
                    .plain(number)
                    .plain(format!("\n{address}")),
            ),
            (Some(number), None) => Some(Text::new().muted("Org.nr. ").plain(number)),
            (None, Some(address)) => Some(Text::from(address)),
            (None, None) => None,
        }
    });
    table.row([
        Cell::Text(Text::new().bold("Arbeidsgiver")),
        value(workplace),
        employer_details.map_or(Cell::Blank, Cell::Text),
    ]);
    let unit = sheet
        .adviser
        .as_ref()
        .and_then(|adviser| given(&adviser.unit_name))
        .map(|unit| Cell::Text(Text::new().muted("Ved ").plain(unit)));
    table.row([
        Cell::Text(Text::new().bold("Kommunen")),
        value(&sheet.municipality),
        unit.unwrap_or(Cell::Blank),
    ]);
    table
}

/// A value in a box, or the box left empty to write in.
fn value(text: &str) -> Cell {
    given(text).map_or(Cell::Blank, Cell::from)
}

/// The kind of placement and what it is for; when not chosen yet, the four kinds to tick.
fn kind_section(doc: &mut Document, kind: Option<PlacementKind>) {
    match kind {
        Some(kind) => {
            doc.table(fields_table([
                (
                    "Type praksis",
                    Width::Mm(52.0),
                    Some(Text::new().bold(kind.label())),
                ),
                (
                    "Formålet med praksisen",
                    Width::Fraction(1.0),
                    Some(Text::from(kind.purpose())),
                ),
            ]));
        }
        None => {
            doc.keep_together(|d| {
                d.paragraph(
                    Text::new()
                        .bold("Type praksis: ")
                        .muted("ikke valgt ennå – kryss av for den dere avtaler."),
                );
                for kind in PlacementKind::ALL {
                    d.tick_box(false, kind.label());
                }
            });
        }
    }
}

/// The employer's contact, the fadder and the municipality's adviser, each with how to reach
/// them; a person not named yet leaves the row to fill in.
fn contacts_table(sheet: &AgreementSheet) -> Table {
    let mut table = Table::new([
        Column::new("Rolle", Width::Mm(44.0)),
        Column::new("Navn", Width::Fraction(1.0)),
        Column::new("Telefon", Width::Mm(30.0)),
        Column::new("E-post", Width::Fraction(1.1)),
    ])
    .min_row_height(10.0)
    .ruled();

    let role = |title: &str, detail: Option<&str>| {
        let text = Text::new().bold(title);
        Cell::Text(match detail {
            Some(detail) => text.muted(format!("\n{detail}")),
            None => text,
        })
    };
    let optional = |v: Option<&String>| v.map_or(Cell::Blank, |v| value(v));

    match &sheet.contact {
        Some(contact) => table.row([
            role("Kontaktperson hos arbeidsgiver", given(&contact.role)),
            value(&contact.name),
            optional(contact.phone.as_ref()),
            optional(contact.email.as_ref()),
        ]),
        None => table.row([role("Kontaktperson hos arbeidsgiver", None)]),
    };

    match &sheet.mentor {
        Some(mentor) => {
            let training = match (mentor.trained, mentor.trained_on) {
                (true, Some(on)) => format!("Fadderopplæring: tatt {}", format_date(on)),
                (true, None) => "Fadderopplæring: tatt".to_owned(),
                (false, _) => "Fadderopplæring: ikke tatt ennå".to_owned(),
            };
            table.row([
                role("Fadder", given(&mentor.role)),
                Cell::Text(
                    Text::new()
                        .plain(mentor.name.trim())
                        .muted(format!("\n{training}")),
                ),
                optional(mentor.phone.as_ref()),
                Cell::Blank,
            ])
        }
        // A placement from before the register may name its fadder without details.
        None => table.row([role("Fadder", None), value(&sheet.placement.mentor_name)]),
    };

    match &sheet.adviser {
        Some(adviser) => table.row([
            role("Kommunens kontaktperson", Some(adviser.role_label)),
            value(&adviser.name),
            optional(adviser.phone.as_ref()),
            optional(adviser.email.as_ref()),
        ]),
        None => table.row([role("Kommunens kontaktperson", None)]),
    };
    table
}

/// The handbook's point that a fixed contact person in the municipality opens doors: say who it
/// is and what to call about.
fn fixed_contact(sheet: &AgreementSheet) -> Text {
    let who = match sheet.adviser.as_ref().and_then(|a| given(&a.name)) {
        Some(name) => format!("{name} er kommunens faste kontaktperson og"),
        None => "Kommunens faste kontaktperson (skriv navnet i tabellen)".to_owned(),
    };
    Text::from(format!(
        "{who} følger praksisen hele perioden. Arbeidsgiveren og fadderen kan ta kontakt ved \
         spørsmål, hvis noe ikke fungerer, eller hvis deltakeren er borte uten å ha sagt fra."
    ))
}

fn responsibilities_table() -> Table {
    let mut table = Table::new([
        Column::new("Hvem", Width::Mm(44.0)),
        Column::new("Har ansvar for", Width::Fraction(1.0)),
    ]);
    for (who, what) in [
        (
            "Arbeidsgiver og fadder",
            "Lærer opp deltakeren i arbeidsoppgavene og følger deltakeren opp i arbeidsdagen. \
             Fadderen er til stede når deltakeren er på jobb, og sier fra til kommunens \
             kontaktperson hvis noe ikke går som det skal.",
        ),
        (
            "Kommunen (programrådgiver)",
            "Er fast kontaktperson for arbeidsgiveren, samordner deltakerens opplæring på \
             skolen og på arbeidsplassen, og følger med på hvordan deltakeren utvikler seg.",
        ),
        (
            "Deltakeren",
            "Møter presis til avtalt tid, følger arbeidsplassens regler og rutiner, og gir \
             beskjed til fadderen og kommunens kontaktperson før arbeidstid ved sykdom eller \
             annet fravær.",
        ),
        (
            "Voksenopplæringen",
            "Underviser i norsk, fagspråk og grunnleggende ferdigheter, tilpasset det \
             deltakeren trenger på arbeidsplassen.",
        ),
    ] {
        table.row([Cell::Text(Text::new().bold(who)), Cell::from(what)]);
    }
    table
}

/// The practical matters to settle, each with a question at the top of the box to write the
/// answer in.
fn practical_table() -> Table {
    let mut table = Table::new([
        Column::new("Hva", Width::Mm(30.0)),
        Column::new("Dette har vi avtalt", Width::Fraction(1.0)),
    ])
    .min_row_height(WRITE_ROW_HEIGHT)
    .ruled();
    for (topic, question) in [
        (
            "Arbeidstid",
            "Når begynner og slutter dagen? Når er pausene?",
        ),
        ("Arbeidstøy", "Hva trengs, og hvem skaffer det?"),
        (
            "Transport",
            "Hvordan kommer deltakeren seg til og fra arbeidsplassen?",
        ),
        (
            "Forsikring",
            "Hvordan er deltakeren forsikret i praksistiden?",
        ),
        ("Fravær", "Hvem ringer deltakeren til, og innen når?"),
    ] {
        table.row([
            Cell::Text(Text::new().bold(topic)),
            Cell::Text(Text::new().muted(question)),
        ]);
    }
    table
}
