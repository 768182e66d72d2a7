//! The training plan checklist ("Trinnvis opplæring"): the sheet the fadder and the participant
//! tick and sign at the workplace, one phase after the other. Printed blank (to fill in by hand),
//! as a status (filled with what has been recorded), or from a template with no participant.

use chrono::NaiveDate;

use super::layout::{Callout, Cell, Column, Document, Table, Text, Width};
use crate::criteria::Criterion;
use crate::dates::format_date;
use crate::error::Result;

/// Which kind of sheet is printed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ChecklistKind {
    /// A participant's plan, with empty boxes and lines to fill in by hand.
    Blank,
    /// A participant's plan, filled with the recorded dates, ticks and comments, and progress.
    Status,
    /// A template: no participant yet, so the header has lines to write on.
    Template,
}

/// Everything the checklist prints. The caller has already decided names (initials only, if the
/// participant asked for that) and the order of phases and tasks.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Checklist {
    pub kind: ChecklistKind,
    /// E.g. "Lørenskog kommune"; when empty the header says "Kommune ikke satt".
    pub municipality: String,
    pub printed_on: NaiveDate,
    /// The plan's or template's name, e.g. "Butikkmedarbeider".
    pub plan_name: String,
    /// The line of work, e.g. "Butikk".
    pub trade: String,
    /// Name or initials; `None` on a template sheet.
    pub participant: Option<String>,
    pub workplace: Option<String>,
    pub mentor: Option<String>,
    pub adviser: Option<String>,
    pub start: Option<NaiveDate>,
    pub end: Option<NaiveDate>,
    pub days_per_week: Option<u8>,
    /// Only the phases to print (one, or all), in order.
    pub phases: Vec<ChecklistPhase>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ChecklistPhase {
    /// 1-based, as in "Fase 2".
    pub number: usize,
    /// How many phases the whole plan has, as in "Fase 2 av 3".
    pub of: usize,
    pub goal: String,
    /// Already described, e.g. "A1 (lese A2)" or "Ikke satt".
    pub language: String,
    /// In the plan's order; the sheet groups them by measuring point.
    pub tasks: Vec<ChecklistTask>,
    /// The date the phase was passed (status sheets).
    pub completed_on: Option<NaiveDate>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ChecklistTask {
    pub text: String,
    pub criterion: Criterion,
    /// A tip for the fadder, printed small under the task.
    pub hint: Option<String>,
    pub done_on: Option<NaiveDate>,
    pub mentor_confirmed: bool,
    pub participant_confirmed: bool,
    pub comment: Option<String>,
}

/// The checklist as PDF bytes.
pub fn render(checklist: &Checklist) -> Result<Vec<u8>> {
    document(checklist).render()
}

/// What the caller should tell the user before printing: one sentence per phase that has no
/// tasks yet (the sheet prints a warning there instead of a table).
pub fn warnings(checklist: &Checklist) -> Vec<String> {
    checklist
        .phases
        .iter()
        .filter(|phase| phase.tasks.is_empty())
        .map(|phase| format!("Fase {} har ingen arbeidsoppgaver.", phase.number))
        .collect()
}

/// Rows must hold a handwritten date and a line or two of comment.
const ROW_HEIGHT: f32 = 11.0;
/// Header fields left empty get room for one handwritten line.
const FIELD_HEIGHT: f32 = 8.5;

fn document(checklist: &Checklist) -> Document {
    let municipality = match checklist.municipality.trim() {
        "" => "Kommune ikke satt",
        name => name,
    };
    let plan = plan_title(checklist);
    let running_title = match (given(&checklist.participant), plan.is_empty()) {
        (Some(participant), _) => format!("Trinnvis opplæring – {participant}"),
        (None, false) => format!("Trinnvis opplæring – {plan}"),
        (None, true) => "Trinnvis opplæring".to_owned(),
    };
    let mut doc = Document::new(municipality, running_title, checklist.printed_on);

    doc.title("Trinnvis opplæring");
    match (checklist.kind, plan.is_empty()) {
        (ChecklistKind::Template, true) => {
            doc.subtitle("Mal");
        }
        (ChecklistKind::Template, false) => {
            doc.subtitle(format!("Mal: {plan}"));
        }
        (_, false) => {
            doc.subtitle(plan.as_str());
        }
        (_, true) => {}
    }
    match checklist.kind {
        ChecklistKind::Template => {
            doc.callout(Callout::note(
                "Dette er en mal",
                "Arket har ingen deltaker ennå. Ta en kopi for hver deltaker, og skriv inn \
                 deltaker, arbeidssted, fadder, programrådgiver og periode før opplæringen \
                 starter.",
            ));
        }
        ChecklistKind::Status => {
            doc.paragraph(
                Text::new()
                    .bold("Status per ")
                    .bold(format_date(checklist.printed_on))
                    .muted(" – slik det er registrert i Stegvis"),
            );
            if checklist.phases.len() > 1 {
                doc.table(overview_table(&checklist.phases));
            }
        }
        ChecklistKind::Blank => {}
    }

    if checklist.phases.is_empty() {
        doc.callout(Callout::warning(
            "Ingen faser å skrive ut",
            "Opplæringsplanen har ingen faser ennå. Legg inn fasene og arbeidsoppgavene i \
             Stegvis, og skriv ut arket på nytt.",
        ));
    }
    for (i, phase) in checklist.phases.iter().enumerate() {
        if i > 0 {
            doc.page_break();
        }
        phase_section(&mut doc, checklist, phase);
    }
    doc
}

/// "Butikkmedarbeider – Butikk", or whichever half is set.
fn plan_title(checklist: &Checklist) -> String {
    let parts: Vec<&str> = [&checklist.plan_name, &checklist.trade]
        .into_iter()
        .map(|s| s.trim())
        .filter(|s| !s.is_empty())
        .collect();
    parts.join(" – ")
}

/// A value worth printing: present and not just spaces.
fn given(value: &Option<String>) -> Option<&str> {
    value.as_deref().map(str::trim).filter(|v| !v.is_empty())
}

fn phase_section(doc: &mut Document, checklist: &Checklist, phase: &ChecklistPhase) {
    let filled = checklist.kind == ChecklistKind::Status;
    // The heading, the header block and the first rows of the table always share a page.
    doc.keep_with_next(|d| {
        d.heading(format!("Fase {} av {}", phase.number, phase.of));
        d.table(fields_table([
            ("Deltaker", given(&checklist.participant).map(Text::from)),
            ("Arbeidssted", given(&checklist.workplace).map(Text::from)),
            ("Fadder", given(&checklist.mentor).map(Text::from)),
        ]));
        d.table(fields_table([
            ("Programrådgiver", given(&checklist.adviser).map(Text::from)),
            ("Periode", period(checklist.start, checklist.end)),
            (
                "Dager per uke på arbeidsstedet",
                checklist.days_per_week.map(|d| Text::from(d.to_string())),
            ),
        ]));
        let language = match phase.language.trim() {
            "" => "Ikke satt",
            language => language,
        };
        d.paragraph(Text::new().bold("Språkkrav: ").plain(language));
        let goal = Text::new().bold("Mål for fasen: ");
        d.paragraph(match phase.goal.trim() {
            "" => goal.muted("ikke skrevet ennå"),
            text => goal.plain(text),
        });
        if filled {
            progress(d, phase);
        }
        // A finished phase has nothing left to fill in.
        let finished = filled && Progress::of(&phase.tasks).complete();
        if !phase.tasks.is_empty() && !finished {
            d.callout(Callout::note("Slik fyller du ut", instructions()));
        }
    });

    if phase.tasks.is_empty() {
        doc.callout(Callout::warning(
            "Denne fasen har ingen arbeidsoppgaver ennå",
            "Legg inn arbeidsoppgavene for fasen i opplæringsplanen i Stegvis, og skriv ut arket \
             på nytt. Fasen kan ikke fullføres uten oppgaver.",
        ));
        return;
    }
    doc.table(tasks_table(phase, filled));
    doc.keep_together(|d| {
        d.heading(format!("Underskrifter – fase {} er fullført", phase.number));
        d.paragraph("Skriv under når fadderen har krysset av for alle oppgavene.");
        d.table(signatures_table());
    });
}

/// One ruled row to sign per person: compact enough to share the last page of the phase's
/// table rather than take a page of its own.
fn signatures_table() -> Table {
    let mut table = Table::new([
        Column::new("Hvem", Width::Mm(38.0)),
        Column::new("Sted og dato", Width::Mm(50.0)),
        Column::new("Signatur", Width::Fraction(1.0)),
    ])
    .min_row_height(13.0)
    .ruled();
    for who in ["Fadder", "Deltaker", "Programrådgiver"] {
        table.row([Cell::Text(Text::new().bold(who)), Cell::Blank, Cell::Blank]);
    }
    table
}

/// Three labelled boxes side by side; a missing value leaves the box empty to write in.
fn fields_table(fields: [(&str, Option<Text>); 3]) -> Table {
    let mut table = Table::new(
        fields
            .iter()
            .map(|(label, _)| Column::new(*label, Width::Fraction(1.0))),
    )
    .min_row_height(FIELD_HEIGHT)
    .ruled();
    table.row(
        fields
            .into_iter()
            .map(|(_, value)| value.map_or(Cell::Blank, Cell::Text)),
    );
    table
}

fn period(start: Option<NaiveDate>, end: Option<NaiveDate>) -> Option<Text> {
    match (start, end) {
        (Some(start), Some(end)) => Some(Text::from(format!(
            "{}–{}",
            format_date(start),
            format_date(end)
        ))),
        (Some(start), None) => Some(Text::from(format!("fra {}", format_date(start)))),
        (None, Some(end)) => Some(Text::from(format!("til {}", format_date(end)))),
        (None, None) => None,
    }
}

/// Said so that a participant reading at A1–A2 can follow it.
fn instructions() -> Text {
    Text::new()
        .plain("Når en oppgave er gjort:\n")
        .plain("1. Skriv datoen under ")
        .bold("Fullført")
        .plain(".\n2. Fadderen setter kryss under ")
        .bold("Fadder")
        .plain(".\n3. Deltakeren setter kryss under ")
        .bold("Deltaker")
        .plain(".\n4. Skriv en kommentar hvis dere vil.\n")
        .plain("Fasen er fullført når fadderen har krysset av for alle oppgavene.")
}

/// Tasks grouped by measuring point in the handbook's order, the plan's order within each.
fn grouped(tasks: &[ChecklistTask]) -> impl Iterator<Item = (Criterion, Vec<&ChecklistTask>)> {
    Criterion::ALL.into_iter().filter_map(|criterion| {
        let in_group: Vec<&ChecklistTask> =
            tasks.iter().filter(|t| t.criterion == criterion).collect();
        (!in_group.is_empty()).then_some((criterion, in_group))
    })
}

fn tasks_table(phase: &ChecklistPhase, filled: bool) -> Table {
    let mut table = Table::new([
        Column::new("Arbeidsoppgave", Width::Fraction(1.0)),
        // Fits a handwritten or printed dd.mm.åååå.
        Column::new("Fullført", Width::Mm(24.0)).centered(),
        // Wide enough for their titles on one line.
        Column::new("Fadder", Width::Mm(17.0)).centered(),
        Column::new("Deltaker", Width::Mm(19.0)).centered(),
        Column::new("Kommentar", Width::Mm(44.0)),
    ])
    // A status sheet of a phase under way is filled in further by hand, too.
    .min_row_height(ROW_HEIGHT)
    .ruled();
    for (criterion, tasks) in grouped(&phase.tasks) {
        table.group(criterion.label());
        for task in tasks {
            let mut text = Text::new().plain(task.text.trim());
            if let Some(hint) = given(&task.hint) {
                text = text.muted(format!("\nTips til fadder: {hint}"));
            }
            let (done, comment) = if filled {
                (
                    task.done_on
                        .map_or(Cell::Blank, |d| Cell::from(format_date(d))),
                    given(&task.comment).map_or(Cell::Blank, Cell::from),
                )
            } else {
                (Cell::Blank, Cell::Blank)
            };
            table.row([
                Cell::Text(text),
                done,
                Cell::Tick(filled && task.mentor_confirmed),
                Cell::Tick(filled && task.participant_confirmed),
                comment,
            ]);
        }
    }
    table
}

/// How far a phase has come, counted from the tasks on the sheet.
struct Progress {
    tasks: usize,
    by_mentor: usize,
    by_participant: usize,
}

impl Progress {
    fn of<'a>(tasks: impl IntoIterator<Item = &'a ChecklistTask>) -> Self {
        let mut progress = Progress {
            tasks: 0,
            by_mentor: 0,
            by_participant: 0,
        };
        for task in tasks {
            progress.tasks += 1;
            progress.by_mentor += usize::from(task.mentor_confirmed);
            progress.by_participant += usize::from(task.participant_confirmed);
        }
        progress
    }

    /// Passed when the fadder has confirmed every task, and there is at least one.
    fn complete(&self) -> bool {
        self.tasks > 0 && self.by_mentor == self.tasks
    }
}

/// "Fase fullført 12.05.2027", "Fase fullført", "Pågår" or, without tasks, "Mangler oppgaver".
fn status(phase: &ChecklistPhase) -> String {
    let progress = Progress::of(&phase.tasks);
    if phase.tasks.is_empty() {
        return "Mangler oppgaver".to_owned();
    }
    if !progress.complete() {
        return "Pågår".to_owned();
    }
    // The recorded date, or else the day the last task was done.
    let date = phase
        .completed_on
        .or_else(|| phase.tasks.iter().filter_map(|t| t.done_on).max());
    match date {
        Some(date) => format!("Fase fullført {}", format_date(date)),
        None => "Fase fullført".to_owned(),
    }
}

/// The status lines of a phase: whether it is passed, and how many tasks each party has
/// confirmed, the fadder's also per measuring point.
fn progress(doc: &mut Document, phase: &ChecklistPhase) {
    let mut text = Text::new().bold("Status: ").plain(status(phase));
    if !phase.tasks.is_empty() {
        let total = Progress::of(&phase.tasks);
        let per_point: Vec<String> = grouped(&phase.tasks)
            .map(|(criterion, tasks)| {
                let p = Progress::of(tasks);
                format!("{} {} av {}", criterion.label(), p.by_mentor, p.tasks)
            })
            .collect();
        text = text
            .bold("\nBekreftet av fadder: ")
            .plain(format!("{} av {} oppgaver", total.by_mentor, total.tasks))
            .muted(format!("\n{}", per_point.join(" · ")))
            .bold("\nBekreftet av deltaker: ")
            .plain(format!(
                "{} av {} oppgaver",
                total.by_participant, total.tasks
            ));
    }
    doc.paragraph(text);
}

fn overview_table(phases: &[ChecklistPhase]) -> Table {
    let mut table = Table::new([
        Column::new("Fase", Width::Mm(22.0)),
        Column::new("Språkkrav", Width::Fraction(1.0)),
        Column::new("Bekreftet av fadder", Width::Mm(40.0)),
        Column::new("Status", Width::Fraction(1.0)),
    ]);
    for phase in phases {
        let progress = Progress::of(&phase.tasks);
        table.row([
            Cell::from(format!("Fase {}", phase.number)),
            Cell::from(phase.language.trim()),
            Cell::from(format!("{} av {}", progress.by_mentor, progress.tasks)),
            Cell::from(status(phase)),
        ]);
    }
    table
}
