//! The minutes of a workshop meeting (referat): who came, the agenda as it was run (planned and
//! actual time, items that ran over marked), the notes, decisions and points to anchor with
//! management, the follow-ups with owner, deadline and status, and room to approve the minutes.
//!
//! The pieces the invitation and the step document share with the minutes (the meeting's
//! header boxes, the follow-up table, the weekday) live here too.

use chrono::{Datelike, NaiveDate, Weekday};

use super::kravspesifikasjon::{fields_table, given, municipality};
use super::layout::{Callout, Cell, Column, Document, Table, Text, Width};
use crate::dates;
use crate::meetings::{Entry, EntryKind, FollowUp, FollowUpStatus, Meeting};
use crate::steps::describe_minutes;
use crate::words::join_with_og;
use crate::Result;

/// The minutes as PDF bytes.
pub fn render(municipality_name: &str, meeting: &Meeting) -> Result<Vec<u8>> {
    document(municipality_name, meeting, dates::today()).render()
}

/// Rows tall enough to sign in.
const SIGNING_ROW_HEIGHT: f32 = 14.0;

fn document(municipality_name: &str, meeting: &Meeting, printed_on: NaiveDate) -> Document {
    let step = format!("Steg {}: {}", meeting.step, meeting.step_title);
    let mut doc = Document::new(
        municipality(municipality_name),
        format!("Referat – {} – {}", step_short(meeting), meeting.date),
        printed_on,
    );

    doc.keep_with_next(|d| {
        d.title("Referat fra arbeidsmøte");
        d.subtitle(&step);
        d.table(meeting_fields(meeting));
    });

    let (present, absent): (Vec<_>, Vec<_>) = meeting.people.iter().partition(|p| p.attended);
    let people = |list: &[&crate::meetings::Attendee]| -> String {
        let named: Vec<String> = list
            .iter()
            .map(|p| match given(&p.unit_name) {
                Some(unit) => format!("{} ({unit})", p.name.trim()),
                None => p.name.trim().to_owned(),
            })
            .collect();
        if named.is_empty() {
            "Ingen".to_owned()
        } else {
            join_with_og(&named)
        }
    };
    doc.paragraph(Text::new().bold("Til stede: ").plain(people(&present)));
    doc.paragraph(Text::new().bold("Forfall: ").plain(people(&absent)));

    doc.keep_with_next(|d| {
        d.heading("Dagsorden slik møtet gikk");
        d.paragraph(
            Text::new()
                .plain("Planlagt tid mot brukt tid, slik tidtakeren i møtet registrerte den. ")
                .muted("Punkter som tok lengre tid enn planlagt, er merket med +."),
        );
    });
    doc.table(agenda_as_run(meeting));

    for (kind, heading) in [
        (EntryKind::Note, "Notater"),
        (EntryKind::Decision, "Beslutninger"),
        (EntryKind::Anchoring, "Til forankring hos ledelsen"),
    ] {
        let entries: Vec<&Entry> = meeting.entries.iter().filter(|e| e.kind == kind).collect();
        doc.keep_with_next(|d| {
            d.heading(heading);
        });
        if entries.is_empty() {
            doc.paragraph(Text::new().muted("Ingen"));
        }
        for entry in entries {
            let mut text = Text::from(entry.text.trim());
            if let Some(item) = entry.agenda_item_title.as_deref().and_then(given) {
                text = text.muted(format!("\nUnder punktet «{item}»"));
            }
            doc.list_item("•", text);
        }
    }

    doc.keep_with_next(|d| {
        d.heading("Oppfølgingspunkter");
    });
    if meeting.follow_ups.is_empty() {
        doc.paragraph(Text::new().muted("Ingen"));
    } else {
        let unowned = meeting
            .follow_ups
            .iter()
            .filter(|f| f.is_open() && given(&f.owner_name).is_none())
            .count();
        if unowned > 0 {
            doc.callout(Callout::warning(
                match unowned {
                    1 => "1 oppfølgingspunkt har ingen ansvarlig".to_owned(),
                    n => format!("{n} oppfølgingspunkter har ingen ansvarlig"),
                },
                "Avtal hvem som følger opp, og før navnet inn i Stegvis, så punktet ikke blir \
                 liggende.",
            ));
        }
        doc.table(follow_up_table(&meeting.follow_ups, meeting.step));
    }

    doc.keep_together(|d| {
        d.heading("Godkjenning");
        d.paragraph("Referatet er lest og godkjent av arbeidsgruppen.");
        d.table(approval_table());
    });
    doc
}

/// "steg 1" for the running title, where the full step title would crowd out the date.
fn step_short(meeting: &Meeting) -> String {
    format!("steg {}", meeting.step)
}

/// The boxes under the title: the group, the day, the time and the place.
pub(super) fn meeting_fields(meeting: &Meeting) -> Table {
    let day = match dates::parse_date(&meeting.date) {
        Some(date) => format!("{} {}", weekday(date), meeting.date),
        None => meeting.date.clone(),
    };
    fields_table([
        (
            "Arbeidsgruppe",
            Width::Fraction(1.0),
            given(&meeting.group_name).map(Text::from),
        ),
        ("Dato", Width::Mm(38.0), Some(Text::from(day))),
        (
            "Tid",
            Width::Mm(26.0),
            Some(Text::from(format!(
                "{}–{}",
                meeting.starts_at, meeting.ends_at
            ))),
        ),
        (
            "Sted",
            Width::Fraction(0.8),
            given(&meeting.place).map(Text::from),
        ),
    ])
}

/// "torsdag"
pub(super) fn weekday(date: NaiveDate) -> &'static str {
    match date.weekday() {
        Weekday::Mon => "mandag",
        Weekday::Tue => "tirsdag",
        Weekday::Wed => "onsdag",
        Weekday::Thu => "torsdag",
        Weekday::Fri => "fredag",
        Weekday::Sat => "lørdag",
        Weekday::Sun => "søndag",
    }
}

/// Seconds as whole minutes the way a timer reads them: "12 min", and "under 1 min" rather
/// than "0 min" for an item that was opened and closed again.
fn used_minutes(seconds: u32) -> String {
    match (seconds + 30) / 60 {
        0 => "under 1 min".to_owned(),
        minutes => format!("{minutes} min"),
    }
}

fn agenda_as_run(meeting: &Meeting) -> Table {
    let mut table = Table::new([
        Column::new("Kl.", Width::Mm(14.0)),
        Column::new("Punkt", Width::Fraction(1.0)),
        Column::new("Planlagt", Width::Mm(22.0)),
        Column::new("Brukt", Width::Mm(28.0)),
    ])
    .ruled();
    for item in &meeting.agenda {
        let planned_seconds = item.minutes * 60;
        let used = if item.used_seconds == 0 {
            Text::new().muted("ikke målt")
        } else if item.used_seconds > planned_seconds {
            let over = (item.used_seconds - planned_seconds).div_ceil(60);
            Text::new()
                .bold(used_minutes(item.used_seconds))
                .bold(format!(" (+{over})"))
        } else {
            Text::from(used_minutes(item.used_seconds))
        };
        table.row([
            Cell::from(item.planned_start.as_str()),
            Cell::from(item.title.trim()),
            Cell::from(format!("{} min", item.minutes)),
            Cell::Text(used),
        ]);
    }
    let total_used = if meeting.used_seconds == 0 {
        Text::new().muted("ikke målt")
    } else {
        Text::new().bold(used_minutes(meeting.used_seconds))
    };
    table.row([
        Cell::Blank,
        Cell::Text(Text::new().bold("Sum").muted(format!(
            " – møtet var satt av til {} ({}–{})",
            describe_minutes(meeting.available_minutes),
            meeting.starts_at,
            meeting.ends_at
        ))),
        Cell::Text(Text::new().bold(format!("{} min", meeting.planned_minutes))),
        Cell::Text(total_used),
    ]);
    table
}

/// What became of a follow-up, read from the step the table is printed for: "Åpen", "Utført",
/// "Overført til steg 3", or for one carried into this step "Overført hit fra steg 1".
pub(super) fn follow_up_status(follow_up: &FollowUp, printed_for_step: u8) -> Text {
    match (follow_up.status, follow_up.carried_to_step) {
        (FollowUpStatus::CarriedOver, Some(to)) if to == printed_for_step => {
            Text::from(format!("Overført hit fra steg {}", follow_up.step))
        }
        (FollowUpStatus::CarriedOver, Some(to)) => Text::from(format!("Overført til steg {to}")),
        (FollowUpStatus::Open, _) => {
            let overdue = follow_up.warnings.iter().any(|w| w.field == "deadline");
            let text = Text::new().bold(FollowUpStatus::Open.label());
            if overdue {
                text.plain("\nfristen er passert")
            } else {
                text
            }
        }
        (status, _) => Text::from(status.label()),
    }
}

/// What, who, by when and how it stands, one follow-up a row; a follow-up nobody owns says so
/// in bold where the name would be.
pub(super) fn follow_up_table(follow_ups: &[FollowUp], printed_for_step: u8) -> Table {
    let mut table = Table::new([
        Column::new("Hva skal gjøres", Width::Fraction(1.0)),
        Column::new("Ansvarlig", Width::Mm(42.0)),
        Column::new("Frist", Width::Mm(23.0)),
        Column::new("Status", Width::Mm(37.0)),
    ])
    .ruled();
    for follow_up in follow_ups {
        let owner = match given(&follow_up.owner_name) {
            Some(name) => Text::from(name),
            None => Text::new().bold("Ingen ansvarlig"),
        };
        let deadline = match follow_up.deadline.as_deref().and_then(given) {
            Some(date) => Text::from(date),
            None => Text::new().muted("ingen frist"),
        };
        table.row([
            Cell::from(follow_up.what.trim()),
            Cell::Text(owner),
            Cell::Text(deadline),
            Cell::Text(follow_up_status(follow_up, printed_for_step)),
        ]);
    }
    table
}

/// Who wrote the minutes and who approved them, with room for date and signature.
fn approval_table() -> Table {
    let mut table = Table::new([
        Column::new("", Width::Mm(36.0)),
        Column::new("Navn", Width::Fraction(1.0)),
        Column::new("Dato", Width::Mm(30.0)),
        Column::new("Signatur", Width::Fraction(1.0)),
    ])
    .min_row_height(SIGNING_ROW_HEIGHT)
    .ruled();
    for role in ["Referent", "Godkjent av"] {
        table.row([Cell::Text(Text::new().bold(role))]);
    }
    table
}
