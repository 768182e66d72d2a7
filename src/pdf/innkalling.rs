//! The invitation to a workshop meeting (innkalling): when and where, who is invited, what the
//! step is for, the agenda with clock times and minutes against the time set aside, what each
//! unit prepares and brings, and the questions to think about beforehand.

use chrono::NaiveDate;

use super::kravspesifikasjon::{given, municipality};
use super::layout::{Callout, Cell, Column, Document, Table, Text, Width};
use super::referat::meeting_fields;
use crate::dates;
use crate::meetings::Meeting;
use crate::steps::describe_minutes;
use crate::tools::{self, ColumnKind, ToolKind};
use crate::words::join_with_og;
use crate::{collation, Result};

/// The invitation as PDF bytes.
pub fn render(municipality_name: &str, meeting: &Meeting) -> Result<Vec<u8>> {
    document(municipality_name, meeting, dates::today()).render()
}

fn document(municipality_name: &str, meeting: &Meeting, printed_on: NaiveDate) -> Document {
    let definition = meeting.definition();
    let step = format!("Steg {}: {}", meeting.step, meeting.step_title);
    let mut doc = Document::new(
        municipality(municipality_name),
        format!("Innkalling – steg {} – {}", meeting.step, meeting.date),
        printed_on,
    );

    doc.keep_with_next(|d| {
        d.title("Innkalling til arbeidsmøte");
        d.subtitle(&step);
        d.table(meeting_fields(meeting));
    });

    doc.keep_with_next(|d| {
        d.heading("Invitert");
    });
    if meeting.people.is_empty() {
        doc.paragraph(Text::new().muted("Ingen er invitert ennå."));
    } else {
        let mut table = Table::new([
            Column::new("Navn", Width::Fraction(1.0)),
            Column::new("Enhet", Width::Fraction(1.0)),
        ]);
        for person in &meeting.people {
            table.row([
                Cell::from(person.name.trim()),
                match given(&person.unit_name) {
                    Some(unit) => Cell::from(unit),
                    None => Cell::Text(Text::new().muted("–")),
                },
            ]);
        }
        doc.table(table);
    }

    doc.keep_with_next(|d| {
        d.heading("Hva steget handler om");
        d.paragraph(definition.summary);
    });
    if !definition.why.is_empty() {
        doc.keep_with_next(|d| {
            d.paragraph(Text::new().bold("Hvorfor steget er viktig"));
        });
        for reason in definition.why {
            doc.list_item("•", *reason);
        }
    }

    doc.keep_with_next(|d| {
        d.heading("Dagsorden");
    });
    doc.table(agenda_table(meeting));
    if meeting.planned_minutes > meeting.available_minutes {
        doc.callout(Callout::warning(
            format!(
                "Dagsordenen er {} lengre enn møtet",
                describe_minutes(meeting.planned_minutes - meeting.available_minutes)
            ),
            format!(
                "Punktene er satt opp med {} til sammen, men møtet varer {} ({}–{}). Kort ned \
                 noen punkter, eller sett av mer tid.",
                describe_minutes(meeting.planned_minutes),
                describe_minutes(meeting.available_minutes),
                meeting.starts_at,
                meeting.ends_at
            ),
        ));
    }

    doc.keep_with_next(|d| {
        d.heading("Forberedelser");
    });
    if definition.preparation.is_empty() {
        doc.paragraph(Text::new().muted("Ingen særskilte forberedelser."));
    }
    for task in definition.preparation {
        doc.list_item("•", *task);
    }
    for callout in what_each_unit_brings(meeting) {
        doc.callout(callout);
    }

    if !definition.questions.is_empty() {
        doc.keep_with_next(|d| {
            d.heading("Spørsmål å tenke over før møtet");
        });
        for (i, question) in definition.questions.iter().enumerate() {
            doc.list_item(format!("{}.", i + 1), *question);
        }
    }
    doc
}

/// Clock time, item and minutes; the sum against the time the meeting has, and the end.
fn agenda_table(meeting: &Meeting) -> Table {
    let mut table = Table::new([
        Column::new("Kl.", Width::Mm(14.0)),
        Column::new("Punkt", Width::Fraction(1.0)),
        Column::new("Minutter", Width::Mm(22.0)).centered(),
    ])
    .ruled();
    for item in &meeting.agenda {
        table.row([
            Cell::from(item.planned_start.as_str()),
            Cell::from(item.title.trim()),
            Cell::from(item.minutes.to_string()),
        ]);
    }
    let over = meeting.planned_minutes > meeting.available_minutes;
    let sum = Text::new().bold("Sum").muted(format!(
        " – møtet varer {} ({}–{})",
        describe_minutes(meeting.available_minutes),
        meeting.starts_at,
        meeting.ends_at
    ));
    let total = meeting.planned_minutes.to_string();
    table.row([
        Cell::from(meeting.ends_at.as_str()),
        Cell::Text(sum),
        Cell::Text(if over {
            Text::new().bold(format!("{total} (for mye)"))
        } else {
            Text::new().bold(total)
        }),
    ]);
    table
}

/// For a step whose tool is filled in unit by unit (1.1, 2.1: the first column is the unit),
/// what every invited unit brings: its own rows, with the tool's required columns.
fn what_each_unit_brings(meeting: &Meeting) -> Vec<Callout> {
    let mut units: Vec<&str> = Vec::new();
    for person in &meeting.people {
        if let Some(unit) = given(&person.unit_name) {
            if !units.contains(&unit) {
                units.push(unit);
            }
        }
    }
    units.sort_by(|a, b| collation::compare(a, b));
    let mut callouts = Vec::new();
    for key in meeting.definition().tools {
        let Some(tool) = tools::definition(key) else {
            continue;
        };
        let ToolKind::Table { columns } = tool.kind else {
            continue;
        };
        if !matches!(columns.first().map(|c| c.kind), Some(ColumnKind::Unit)) {
            continue;
        }
        let asked: Vec<String> = columns
            .iter()
            .skip(1)
            .filter(|c| c.required)
            .map(|c| c.label.to_lowercase())
            .collect();
        let who = match units.as_slice() {
            [] => "Hver enhet tar med sin liste".to_owned(),
            [unit] => format!("{unit} tar med sin liste"),
            units => format!("{} tar med hver sin liste", join_with_og(units)),
        };
        callouts.push(Callout::note(
            format!("Ta med: {} {}", tool.key, tool.title),
            Text::new()
                .plain(format!("{who} med {}. ", join_with_og(&asked)))
                .plain("Listene gås gjennom i møtet og føres inn i Stegvis der."),
        ));
    }
    callouts
}
