//! A step's filled-in tools as one document (`stegvis pdf steg`): where the step stands (done,
//! or what is missing), what it is for and which documents it must leave behind, then every
//! tool in the handbook's order — tables as ruled tables with the tool's columns, checklists
//! with their tick boxes, the roles matrix — and the step's follow-ups. A tool nobody has filled
//! in yet prints empty rows to fill in by hand.

use chrono::NaiveDate;

use super::kravspesifikasjon::{fields_table, given, municipality};
use super::layout::{
    Callout, Cell, Column, Document, Style, Table, Text, Width, CELL_PAD_X, CELL_SIZE,
    COLUMN_TITLE_SIZE,
};
use super::referat::follow_up_table;
use crate::checklists::ChecklistState;
use crate::process::{StepState, StepView};
use crate::tools::{self, ColumnKind, ToolKind, ToolTable};
use crate::words::join_with_og;
use crate::{dates, Result};

pub struct StepDocument {
    pub municipality: String,
    pub view: StepView,
    pub tables: Vec<ToolTable>,
    pub checklists: Vec<ChecklistState>,
}

/// The step as PDF bytes.
pub fn render(document: &StepDocument) -> Result<Vec<u8>> {
    build(document, dates::today()).render()
}

/// Rows printed for a table nobody has filled in, to write in by hand.
const BLANK_ROWS: usize = 4;
const BLANK_ROW_HEIGHT: f32 = 10.0;
/// The type of tables with many columns.
const WIDE_TABLE_SIZE: f32 = 8.0;

fn build(document: &StepDocument, printed_on: NaiveDate) -> Document {
    let view = &document.view;
    let step = view.definition;
    let title = format!("Steg {}: {}", step.number, step.title);
    let group = view.group_name.trim();
    let mut doc = Document::new(
        municipality(&document.municipality),
        format!("Steg {} – {group}", step.number),
        printed_on,
    );
    let body_width = doc.body_size().0;

    doc.keep_with_next(|d| {
        d.title(&title);
        if !group.is_empty() {
            d.subtitle(group);
        }
        d.table(fields_table([
            ("Status", Width::Fraction(1.0), Some(state(view))),
            ("Arbeidsmøter", Width::Fraction(1.0), Some(meetings(view))),
        ]));
    });
    status_callouts(&mut doc, view);

    doc.keep_with_next(|d| {
        d.heading("Om steget");
        d.paragraph(step.summary);
    });
    doc.keep_with_next(|d| {
        d.paragraph(Text::new().bold("Dokumenter som skal finnes når steget er ferdig"));
    });
    doc.table(documents_table(view));

    for key in step.tools {
        let Some(tool) = tools::definition(key) else {
            continue;
        };
        let heading = |d: &mut Document| {
            d.heading(format!("{} {}", tool.key, tool.title));
            if let Some(purpose) = given(tool.purpose) {
                d.paragraph(Text::new().muted(purpose));
            }
        };
        match tool.kind {
            ToolKind::Table { .. } => {
                let Some(table) = document.tables.iter().find(|t| t.tool.key == tool.key) else {
                    continue;
                };
                if table.rows.is_empty() {
                    // A blank form to fill in by hand is no use split over two pages.
                    doc.keep_together(|d| {
                        heading(d);
                        d.table(tool_table(table, body_width));
                    });
                } else {
                    doc.keep_with_next(heading);
                    doc.table(tool_table(table, body_width));
                }
            }
            ToolKind::PlacementForm { .. } => {
                // Filled in per participant, not by the group: the step says where it is.
                doc.keep_together(heading);
            }
            ToolKind::Checklist { checklist } => {
                let Some(state) = document.checklists.iter().find(|c| c.id == checklist) else {
                    continue;
                };
                doc.keep_with_next(|d| {
                    heading(d);
                    d.paragraph(
                        Text::new()
                            .bold(format!(
                                "{} av {} punkter er avklart.",
                                state.done_count,
                                state.entries.len()
                            ))
                            .muted(
                                " Et punkt som ikke er krysset av, bør ha en merknad om hva som \
                                 skal forbedres.",
                            ),
                    );
                });
                doc.table(checklist_table(state));
            }
        }
    }

    doc.keep_with_next(|d| {
        d.heading("Oppfølgingspunkter");
    });
    if view.follow_ups.is_empty() {
        doc.paragraph(Text::new().muted("Ingen oppfølgingspunkter i dette steget."));
    } else {
        doc.table(follow_up_table(&view.follow_ups, step.number));
    }
    doc
}

/// "Ferdig 12.03.2027 (Kari Nordmann)", or how far the step has come.
fn state(view: &StepView) -> Text {
    let status = &view.status;
    match (&status.done, status.state) {
        (Some(done), _) => {
            let text = Text::new().bold(format!("Ferdig {}", done.done_on));
            match given(&done.done_by) {
                Some(by) => text.plain(format!(", markert av {by}")),
                None => text,
            }
        }
        (None, StepState::Ready) => Text::new()
            .bold("Klar")
            .plain(" – alt er på plass, men steget er ikke markert som ferdig"),
        (None, StepState::InProgress) => Text::new().bold("Under arbeid"),
        (None, _) => Text::new().bold("Ikke påbegynt"),
    }
}

/// The step's meetings by date, or that none is planned.
fn meetings(view: &StepView) -> Text {
    if view.meetings.is_empty() {
        return Text::new().muted("Ingen planlagt ennå");
    }
    let days: Vec<String> = view
        .meetings
        .iter()
        .map(|m| format!("{} kl. {}", m.date, m.starts_at))
        .collect();
    Text::from(join_with_og(&days))
}

/// What the step still lacks, or lacked when it was marked done anyway; and the earlier steps
/// not done yet.
fn status_callouts(doc: &mut Document, view: &StepView) {
    let status = &view.status;
    let list = |items: &[String]| {
        items
            .iter()
            .map(|m| format!("• {m}"))
            .collect::<Vec<_>>()
            .join("\n")
    };
    match &status.done {
        Some(done) if !done.missing.is_empty() => {
            doc.callout(Callout::warning(
                "Markert som ferdig selv om dette manglet",
                list(&done.missing),
            ));
        }
        None if !status.missing.is_empty() => {
            doc.callout(Callout::warning(
                "Dette mangler før steget er ferdig",
                list(&status.missing),
            ));
        }
        _ => {}
    }
    if status.done.is_none() && !status.earlier_unfinished.is_empty() {
        let steps: Vec<String> = status
            .earlier_unfinished
            .iter()
            .map(u8::to_string)
            .collect();
        let (which, done) = match steps.len() {
            1 => ("Steg", "ferdig"),
            _ => ("Stegene", "ferdige"),
        };
        doc.paragraph(Text::new().muted(format!(
            "{which} {} er ikke {done} ennå. Modellen går steg for steg, men dere kan jobbe \
             med flere samtidig.",
            join_with_og(&steps)
        )));
    }
}

/// The documents the step must leave behind, each with its tool and whether it exists.
fn documents_table(view: &StepView) -> Table {
    let mut table = Table::new([
        Column::new("Dokument", Width::Fraction(1.0)),
        Column::new("Verktøy", Width::Mm(18.0)),
        Column::new("Status", Width::Mm(44.0)),
    ])
    .ruled();
    for document in &view.status.documents {
        let status = if document.present {
            Text::new().bold("✓ ").plain(&document.detail)
        } else {
            Text::new()
                .bold("Mangler")
                .muted(format!("\n{}", document.detail))
        };
        table.row([
            Cell::from(document.label),
            Cell::from(document.tool),
            Cell::Text(status),
        ]);
    }
    table
}

/// A table tool with its own columns, `width` mm wide: short values (a unit, a choice, a date,
/// a number) get columns as wide as their longest value; the text columns share the rest by
/// how much they hold, never so narrow that a word has to be split.
fn tool_table(table: &ToolTable, width: f32) -> Table {
    let ToolKind::Table { columns } = table.tool.kind else {
        return Table::new([]);
    };
    // Six columns or more in 9 pt would split words; 8 pt keeps them whole.
    let size = if columns.len() >= 6 {
        WIDE_TABLE_SIZE
    } else {
        CELL_SIZE
    };
    let cells = |key: &'static str| {
        table
            .rows
            .iter()
            .filter_map(move |r| r.labels.get(key).map(String::as_str))
    };
    let mut widths: Vec<Option<f32>> = Vec::new();
    let mut flexible: Vec<Flexible> = Vec::new();
    for (i, column) in columns.iter().enumerate() {
        let fixed = match column.kind {
            ColumnKind::Date => Some(fitted(column.label, ["00.00.0000"], size, (20.0, 26.0))),
            ColumnKind::Number => Some(fitted(column.label, ["00000"], size, (16.0, 24.0))),
            ColumnKind::Unit | ColumnKind::Choice { .. } => {
                let options = table.options.get(column.key).into_iter().flatten();
                let labels = options.map(|o| o.label.as_str()).chain(cells(column.key));
                Some(fitted(column.label, labels, size, (18.0, 36.0)))
            }
            ColumnKind::Text | ColumnKind::From { .. } | ColumnKind::LongText => {
                let long = column.kind == ColumnKind::LongText;
                let word = cells(column.key)
                    .flat_map(str::split_whitespace)
                    .map(|w| Text::from(w).width(size))
                    .chain(title_words(column.label, size))
                    .fold(0.0, f32::max);
                let line = cells(column.key)
                    .flat_map(str::lines)
                    .map(|l| Text::from(l).width(size))
                    .fold(0.0, f32::max);
                let padding = 2.0 * CELL_PAD_X + 0.5;
                // Sentences need some breadth to read, and the columns of a blank table room
                // to write in; a column left empty in a filled table gives its room to the
                // others, and a long word (an address) may be split rather than crowd them out.
                let breadth: f32 = match (long, line > 0.0 || table.rows.is_empty()) {
                    (_, false) => 0.0,
                    (true, true) => 30.0,
                    (false, true) => 22.0,
                };
                let wanted = (line + padding).min(if long { 80.0 } else { 55.0 });
                let least = (word + padding).min(45.0);
                flexible.push(Flexible {
                    column: i,
                    least,
                    comfortable: least.max(breadth),
                    wanted: wanted.max(least).max(breadth),
                });
                None
            }
        };
        widths.push(fixed);
    }
    let rest = (width - widths.iter().flatten().sum::<f32>()).max(0.0);
    for (column, width) in share(&flexible, rest) {
        widths[column] = Some(width);
    }
    let printed_columns = columns
        .iter()
        .zip(widths)
        .map(|(column, w)| Column::new(column.label, Width::Mm(w.unwrap_or(0.0))));
    let mut printed = Table::new(printed_columns.collect::<Vec<_>>())
        .text_size(size)
        .ruled();
    for row in &table.rows {
        printed.row(columns.iter().map(|column| {
            match row
                .labels
                .get(column.key)
                .map(String::as_str)
                .and_then(given)
            {
                Some(value) => Cell::from(value),
                None => Cell::Blank,
            }
        }));
    }
    if table.rows.is_empty() {
        printed = printed.min_row_height(BLANK_ROW_HEIGHT);
        for _ in 0..BLANK_ROWS {
            printed.row([Cell::Blank]);
        }
    }
    printed
}

/// A text column's claims on the width its table has left: enough for its longest word, enough
/// for sentences to read well, and enough for its longest line.
struct Flexible {
    column: usize,
    least: f32,
    comfortable: f32,
    wanted: f32,
}

/// Shares `rest` mm out among the text columns, meeting every column's least claim before any
/// column's comfortable one, and those before the wanted ones; room to spare beyond that goes
/// by the same proportions.
fn share(columns: &[Flexible], rest: f32) -> Vec<(usize, f32)> {
    let sum = |claim: fn(&Flexible) -> f32| columns.iter().map(claim).sum::<f32>();
    let (least, comfortable, wanted) =
        (sum(|f| f.least), sum(|f| f.comfortable), sum(|f| f.wanted));
    let between = |f: &Flexible,
                   low: fn(&Flexible) -> f32,
                   high: fn(&Flexible) -> f32,
                   from: f32,
                   to: f32| {
        low(f) + (high(f) - low(f)) * (rest - from) / (to - from).max(f32::EPSILON)
    };
    columns
        .iter()
        .map(|f| {
            let width = if least >= rest {
                f.least * rest / least.max(f32::EPSILON)
            } else if comfortable >= rest {
                between(f, |f| f.least, |f| f.comfortable, least, comfortable)
            } else if wanted >= rest {
                between(f, |f| f.comfortable, |f| f.wanted, comfortable, wanted)
            } else {
                f.wanted * rest / wanted
            };
            (f.column, width)
        })
        .collect()
}

/// The widths of a column title's words, as they are set in bold at the top of a column of
/// `size` points.
fn title_words(title: &str, size: f32) -> impl Iterator<Item = f32> + '_ {
    let title_size = size - (CELL_SIZE - COLUMN_TITLE_SIZE);
    title
        .split_whitespace()
        .map(move |w| Text::new().span(Style::Bold, w).width(title_size))
}

/// A fixed width that fits the longest of `values` on one line and every word of the column
/// title, within `min`–`max` mm: a longer value wraps rather than squeezing the text columns,
/// but the column never gets so narrow that one of its words has to be split.
fn fitted<'a>(
    title: &str,
    values: impl IntoIterator<Item = &'a str>,
    size: f32,
    (min, max): (f32, f32),
) -> f32 {
    let (mut value, mut word) = (0.0_f32, 0.0_f32);
    for v in values {
        value = value.max(Text::from(v).width(size));
        for w in v.split_whitespace() {
            word = word.max(Text::from(w).width(size));
        }
    }
    let word = title_words(title, size).fold(word, f32::max);
    // Half a millimetre spare, so rounding never pushes the last letter to a line of its own.
    let padding = 2.0 * CELL_PAD_X + 0.5;
    (value.max(word) + padding)
        .clamp(min, max)
        .max(word + padding)
}

/// A checklist tool: a box ticked for each item done, what was noted and who answers for it.
fn checklist_table(state: &ChecklistState) -> Table {
    let mut table = Table::new([
        Column::new("Avklart", Width::Mm(17.0)).centered(),
        Column::new("Punkt", Width::Fraction(1.3)),
        Column::new("Merknad", Width::Fraction(1.0)),
        Column::new("Ansvarlig", Width::Mm(34.0)),
    ])
    .min_row_height(12.0)
    .ruled();
    for entry in &state.entries {
        let mut item = Text::new().bold(entry.label);
        if let Some(help) = given(entry.help) {
            item = item.muted(format!("\n{help}"));
        }
        let optional = |value: &str| given(value).map_or(Cell::Blank, Cell::from);
        table.row([
            Cell::Tick(entry.done),
            Cell::Text(item),
            optional(&entry.note),
            optional(&entry.responsible),
        ]);
    }
    table
}
