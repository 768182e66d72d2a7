//! The working group roster ("Arbeidsgruppe"): who is in the group, from which unit, with
//! contact details, and who leads the process. Handed out at the first workshop meeting and
//! whenever the group changes.

use chrono::NaiveDate;

use super::layout::{Callout, Cell, Column, Document, Table, Text, Width};
use crate::error::Result;
use crate::words::join_with_og;

/// One person in the working group.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RosterMember {
    pub name: String,
    pub unit: String,
    pub role: String,
    pub email: Option<String>,
    pub phone: Option<String>,
    pub leads_process: bool,
}

/// Everything the roster prints.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Roster {
    /// E.g. "Lørenskog kommune"; when empty the header says "Kommune ikke satt".
    pub municipality: String,
    /// The process, e.g. "Arbeidsrettet løp butikk 2027".
    pub group_name: String,
    /// Already sorted by the caller: by unit, then name, in Norwegian order.
    pub members: Vec<RosterMember>,
    /// Qualifying units with no member in the group, e.g. `["Nav"]`.
    pub missing_units: Vec<String>,
    pub printed_on: NaiveDate,
}

/// The roster as PDF bytes.
pub fn render(roster: &Roster) -> Result<Vec<u8>> {
    document(roster).render()
}

fn document(roster: &Roster) -> Document {
    let municipality = match roster.municipality.trim() {
        "" => "Kommune ikke satt",
        name => name,
    };
    let group_name = roster.group_name.trim();
    let running_title = if group_name.is_empty() {
        "Arbeidsgruppe".to_owned()
    } else {
        format!("Arbeidsgruppe – {group_name}")
    };
    let mut doc = Document::new(municipality, running_title, roster.printed_on);

    doc.title("Arbeidsgruppe");
    if !group_name.is_empty() {
        doc.subtitle(group_name);
    }

    let leaders: Vec<&str> = roster
        .members
        .iter()
        .filter(|m| m.leads_process)
        .map(|m| m.name.as_str())
        .collect();
    let leader = Text::new().bold("Leder prosessen: ");
    doc.paragraph(if leaders.is_empty() {
        leader.muted("ikke valgt ennå")
    } else {
        leader.plain(join_with_og(&leaders))
    });

    doc.paragraph(
        "I arbeidsgruppen sitter det minst én person fra hver av de tre kvalifiserende \
         enhetene: flyktningtjenesten (programrådgiver), voksenopplæringen og Nav. Gruppen går \
         sammen gjennom modellens sju steg i felles arbeidsmøter, slik at opplæring, praksis og \
         oppfølging av deltakerne henger sammen.",
    );

    if !roster.missing_units.is_empty() {
        let missing = join_with_og(&roster.missing_units);
        doc.callout(Callout::warning(
            format!("Arbeidsgruppen mangler medlem fra {missing}"),
            format!(
                "Alle de tre kvalifiserende enhetene skal være med i arbeidsgruppen. Legg til en \
                 person fra {missing} før gruppen starter arbeidet med stegene."
            ),
        ));
    }

    doc.heading("Medlemmer");
    if roster.members.is_empty() {
        doc.paragraph("Arbeidsgruppen har ingen medlemmer ennå.");
    } else {
        doc.table(members_table(&roster.members));
    }

    let count = roster.members.len();
    doc.paragraph(
        Text::new()
            .bold("Antall medlemmer: ")
            .plain(count.to_string()),
    );
    doc
}

fn members_table(members: &[RosterMember]) -> Table {
    let mut table = Table::new([
        Column::new("Navn", Width::Fraction(0.28)),
        Column::new("Rolle", Width::Fraction(0.22)),
        // Wide enough for a typical kommune address on one line.
        Column::new("E-post", Width::Fraction(0.50)),
        // Fits "+47 912 34 567" without wrapping.
        Column::new("Telefon", Width::Mm(30.5)),
    ]);
    let mut current_unit: Option<&str> = None;
    for member in members {
        let unit = match member.unit.trim() {
            "" => "Uten enhet",
            unit => unit,
        };
        if current_unit != Some(unit) {
            table.group(unit);
            current_unit = Some(unit);
        }
        let name = if member.leads_process {
            Text::new()
                .plain(member.name.as_str())
                .muted("\n(leder av prosessen)")
        } else {
            Text::from(&member.name)
        };
        table.row([
            Cell::Text(name),
            Cell::from(&member.role),
            optional(member.email.as_deref()),
            optional(member.phone.as_deref()),
        ]);
    }
    table
}

/// A contact detail, or a grey dash so the reader sees it is missing rather than forgotten.
fn optional(value: Option<&str>) -> Cell {
    match value.map(str::trim) {
        Some(value) if !value.is_empty() => Cell::from(value),
        _ => Cell::Text(Text::new().muted("–")),
    }
}
