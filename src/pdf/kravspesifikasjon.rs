//! The printed requirement specification (kravspesifikasjon) for the employer to read, comment on
//! and sign: one version, its requirements by group with "må"/"bør", room for comments, and
//! signature lines for the employer and the municipality.
//!
//! The small building blocks the three employer forms share (labelled boxes, the signing table,
//! the municipality in the running header) live here too, for the agreement and the preparation
//! sheet to use.

use chrono::NaiveDate;

use super::layout::{Callout, Cell, Column, Document, Table, Text, Width};
use crate::dates::format_date;
use crate::employers::Employer;
use crate::error::Result;
use crate::orgnr;
use crate::specs::{Need, Requirement, RequirementGroup, Spec, SpecVersion};

/// Everything the sheet prints; `spec.version` is the version to print.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SpecSheet {
    /// When empty the header says "Kommune ikke satt".
    pub municipality: String,
    pub printed_on: NaiveDate,
    pub employer: Employer,
    pub spec: Spec,
}

/// The specification as PDF bytes.
pub fn render(sheet: &SpecSheet) -> Result<Vec<u8>> {
    document(sheet).render()
}

/// Boxes left empty must hold one handwritten line.
const FIELD_HEIGHT: f32 = 8.5;
/// A row to sign in: room for a signature, not just a line of text.
const SIGNING_ROW_HEIGHT: f32 = 14.0;
/// Empty requirement rows, when there are none yet, to write them in by hand.
const BLANK_REQUIREMENT_ROWS: usize = 8;

fn document(sheet: &SpecSheet) -> Document {
    let spec = &sheet.spec;
    let version = &spec.version;
    let employer = sheet.employer.name.trim();
    let position = spec.position.trim();
    let mut doc = Document::new(
        municipality(&sheet.municipality),
        format!("Kravspesifikasjon – {position}, {employer}"),
        sheet.printed_on,
    );

    doc.keep_with_next(|d| {
        d.title("Kravspesifikasjon");
        d.subtitle(format!("{position} – {employer}"));
        // Two rows of boxes on the same grid, so the header reads as one block.
        let [wide, narrow, wider] = [Width::Fraction(0.9), Width::Mm(30.0), Width::Fraction(1.4)];
        d.table(fields_table([
            ("Arbeidsgiver", wide, text(employer)),
            (
                "Org.nr.",
                narrow,
                sheet
                    .employer
                    .org_number
                    .as_deref()
                    .map(|n| Text::from(org_number(n))),
            ),
            ("Adresse", wider, text(&sheet.employer.address)),
            ("Bransje", narrow, text(&sheet.employer.trade)),
        ]));
        d.table(fields_table([
            ("Stilling", wide, text(position)),
            (
                "Versjon",
                narrow,
                Some(Text::from(version.number.to_string())),
            ),
            ("Status", wider, Some(status(version))),
            (
                "Utskrevet",
                narrow,
                Some(Text::from(format_date(sheet.printed_on))),
            ),
        ]));
    });
    if let Some(newest) = spec.versions.last().filter(|_| !version.is_latest) {
        doc.callout(Callout::warning(
            format!("Versjon {} er erstattet", version.number),
            format!(
                "Dette er en eldre versjon. Den nyeste er versjon {}. Bruk den når dere skal \
                 avtale kravene.",
                newest.number
            ),
        ));
    }

    let requirements = &version.requirements;
    let what = if requirements.is_empty() {
        "Her skal det stå"
    } else {
        "Her står det"
    };
    doc.paragraph(format!(
        "{what} hva {employer} krever av en deltaker som skal ha praksis som {}. Kommunen \
         planlegger opplæringen før og under praksisen ut fra kravene. Les dem gjennom, og skriv \
         under «Kommentarer fra arbeidsgiver» hvis noe mangler, bør endres eller er uklart. Når \
         dere er enige, skriver begge parter under.",
        in_sentence(position)
    ));

    if requirements.is_empty() {
        let start = Text::new().plain(
            "Denne versjonen har ingen krav. Skriv kravene sammen med arbeidsgiveren i tabellen \
             under, og legg dem inn i Stegvis etterpå.\n",
        );
        doc.callout(Callout::note(
            "Ingen krav er skrevet inn ennå",
            reading_guide(start, requirements),
        ));
        doc.table(blank_requirements_table());
    } else {
        doc.callout(Callout::note(
            "Slik leser du kravene",
            reading_guide(Text::new(), requirements),
        ));
        doc.table(requirements_table(requirements));
    }

    doc.keep_together(|d| {
        d.heading("Kommentarer fra arbeidsgiver");
        d.write_in(None, 6);
    });
    doc.keep_together(|d| {
        d.heading("Underskrifter");
        d.paragraph(format!(
            "Vi er enige om kravene i versjon {}, med kommentarene over.",
            version.number
        ));
        d.table(signature_table(&[
            ("Arbeidsgiver", Some(employer)),
            ("Kommunen", Some(sheet.municipality.as_str())),
        ]));
    });
    doc
}

/// "Avtalt 12.03.2027 med Kari Nilsen", or that the version is still a draft.
fn status(version: &SpecVersion) -> Text {
    match version.agreed_on {
        Some(on) => {
            let mut text = format!("Avtalt {}", format_date(on));
            if let Some(with) = version.agreed_with.as_deref().map(str::trim) {
                if !with.is_empty() {
                    text.push_str(&format!(" med {with}"));
                }
            }
            Text::new().bold(text)
        }
        None => Text::new().bold("Utkast").plain(" – ikke avtalt ennå"),
    }
}

/// What "må", "bør" and the phases mean, and the language levels when the sheet has any;
/// after `start`.
fn reading_guide(start: Text, requirements: &[Requirement]) -> Text {
    let mut text = start
        .bold("Må: ")
        .plain(
            "Kravet skal være oppfylt før praksisen begynner, eller innen den fasen som står \
             under «Innen».\n",
        )
        .bold("Bør: ")
        .plain(
            "Kravet er ønsket, men deltakeren kan begynne i praksis selv om det ikke er \
             oppfylt ennå. Uten fase står det «Underveis».\n",
        )
        .bold("Fase: ")
        .plain("Opplæringen på arbeidsplassen går i faser, steg for steg. Fase 1 er den første.");
    if requirements
        .iter()
        .any(|r| r.group == RequirementGroup::Language)
    {
        text = text.bold("\nSpråknivå: ").plain(
            "A1, A2, B1 og så videre er nivåer i det felles europeiske rammeverket for språk. \
             A1 er det enkleste: korte, kjente ord og uttrykk.",
        );
    }
    text
}

fn requirement_columns() -> [Column; 3] {
    [
        Column::new("Krav", Width::Fraction(1.0)),
        Column::new("Må/Bør", Width::Mm(18.0)).centered(),
        Column::new("Innen", Width::Mm(22.0)).centered(),
    ]
}

/// The requirements in the groups' order, each group under its label.
fn requirements_table(requirements: &[Requirement]) -> Table {
    let mut table = Table::new(requirement_columns()).ruled();
    for group in RequirementGroup::ALL {
        let mut rows = requirements.iter().filter(|r| r.group == group).peekable();
        if rows.peek().is_none() {
            continue;
        }
        table.group(group.label());
        for requirement in rows {
            let need = match requirement.need {
                Need::Must => Text::new().bold(Need::Must.label()),
                Need::Should => Text::from(Need::Should.label()),
            };
            table.row([
                Cell::Text(requirement_text(requirement)),
                Cell::Text(need),
                Cell::from(requirement.deadline()),
            ]);
        }
    }
    table
}

fn blank_requirements_table() -> Table {
    let mut table = Table::new(requirement_columns())
        .min_row_height(10.0)
        .ruled();
    for _ in 0..BLANK_REQUIREMENT_ROWS {
        table.row([Cell::Blank]);
    }
    table
}

/// A basic skill leads with the skill ("Lesing: …"); a language requirement with the skill and
/// its level ("Lytte: A1 – …"); any other is its text.
fn requirement_text(requirement: &Requirement) -> Text {
    let text = requirement.text.trim();
    match requirement.group {
        RequirementGroup::Language => {
            let skill = requirement
                .skill_label()
                .map(capitalised)
                .unwrap_or_else(|| "Samlet nivå".to_owned());
            let lead = match requirement.cefr {
                Some(level) => format!("{skill}: {}", level.code()),
                None => skill,
            };
            let line = Text::new().bold(lead);
            if text.is_empty() {
                line
            } else {
                line.plain(format!(" – {text}"))
            }
        }
        RequirementGroup::BasicSkills => match requirement.skill_label() {
            Some(skill) => Text::new().bold(format!("{skill}: ")).plain(text),
            None => Text::from(text),
        },
        _ => Text::from(text),
    }
}

/// A position as written inside a sentence: "Butikkmedarbeider" becomes "butikkmedarbeider",
/// while "IKT-konsulent" keeps its capitals.
fn in_sentence(position: &str) -> String {
    let mut chars = position.chars();
    match (chars.next(), chars.next()) {
        (Some(first), Some(second)) if second.is_lowercase() => first
            .to_lowercase()
            .chain(position.chars().skip(1))
            .collect(),
        _ => position.to_owned(),
    }
}

fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

// ---------------------------------------------------------------------------------------------
// Shared with the placement agreement and the preparation sheet.

/// The running header's municipality, or that it is not set yet.
pub(super) fn municipality(name: &str) -> &str {
    match name.trim() {
        "" => "Kommune ikke satt",
        name => name,
    }
}

/// A value worth printing: not just spaces.
pub(super) fn given(value: &str) -> Option<&str> {
    match value.trim() {
        "" => None,
        value => Some(value),
    }
}

/// A value as the text of a box, or nothing (an empty box to write in).
pub(super) fn text(value: &str) -> Option<Text> {
    given(value).map(Text::from)
}

/// "974 760 673", as the register writes it.
pub(super) fn org_number(digits: &str) -> String {
    orgnr::format(digits)
}

/// Labelled boxes side by side: each column title names a field and the one row below holds
/// its value; a missing value leaves the box empty to write in.
pub(super) fn fields_table<const N: usize>(fields: [(&str, Width, Option<Text>); N]) -> Table {
    let mut table = Table::new(
        fields
            .iter()
            .map(|(label, width, _)| Column::new(*label, *width)),
    )
    .min_row_height(FIELD_HEIGHT)
    .ruled();
    table.row(
        fields
            .into_iter()
            .map(|(_, _, value)| value.map_or(Cell::Blank, Cell::Text)),
    );
    table
}

/// One ruled row per party to sign in: place and date, signature, and the name in block
/// letters, since a signature alone is often hard to read. Under the party, in grey, whom it
/// stands for when that is known.
pub(super) fn signature_table(parties: &[(&str, Option<&str>)]) -> Table {
    let mut table = Table::new([
        Column::new("Part", Width::Mm(40.0)),
        Column::new("Sted og dato", Width::Mm(36.0)),
        Column::new("Signatur", Width::Fraction(1.0)),
        Column::new("Navn med blokkbokstaver", Width::Fraction(1.0)),
    ])
    .min_row_height(SIGNING_ROW_HEIGHT)
    .ruled();
    for (party, who) in parties {
        let mut text = Text::new().bold(*party);
        if let Some(who) = who.map(str::trim).filter(|w| !w.is_empty()) {
            text = text.muted(format!("\n{who}"));
        }
        table.row([Cell::Text(text), Cell::Blank, Cell::Blank, Cell::Blank]);
    }
    table
}
