//! A participant's training plan (opplæringsplan): a copy of a template's phases and tasks, made
//! for one placement and adjusted for the person. The adviser records what the fadder and the
//! participant have confirmed; a phase is completed when the fadder has confirmed every task,
//! and the participant then moves on to the next phase. Every change is kept in the plan's
//! history with who made it and when, since an adviser may be asked why a phase was passed.

use chrono::{DateTime, Local, NaiveDate};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::criteria::Criterion;
use crate::error::{Error, GoneAt, Result};
use crate::outline::{OutlineKind, Phase, Task};
use crate::participants::Placement;
use crate::pdf::opplaeringsplan::{self, Checklist, ChecklistKind, ChecklistPhase, ChecklistTask};
use crate::store::{Store, Tx};
use crate::templates::empty_phase_warnings;
use crate::{dates, settings, validate};

/// Room for a few sentences from the returned paper sheet.
pub const MAX_COMMENT_CHARS: usize = 500;

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct PlanSummary {
    pub id: Uuid,
    pub name: String,
    pub trade: String,
    pub participant_name: String,
    pub workplace: String,
    pub phase_count: usize,
    /// The phase the participant is in (1-based); `None` when every phase is passed.
    pub current_phase: Option<usize>,
    pub confirmed: usize,
    pub total: usize,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Plan {
    pub id: Uuid,
    pub name: String,
    pub trade: String,
    /// The template it was copied from; `None` once that template is deleted.
    pub template_id: Option<Uuid>,
    pub template_name: String,
    pub placement: Placement,
    pub participant_printed_name: String,
    pub adviser_name: Option<String>,
    pub phases: Vec<Phase>,
    pub progress: Vec<PhaseProgress>,
    /// The phase the participant is in (1-based); `None` when every phase is passed.
    pub current_phase: Option<usize>,
    /// Set when the current phase is completed but not yet passed: what the app proposes.
    pub proposal: Option<Proposal>,
    /// One sentence per phase without tasks.
    pub warnings: Vec<String>,
    pub created_at: String,
    pub updated_at: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct PhaseProgress {
    pub number: usize,
    /// Tasks the fadder has confirmed.
    pub confirmed: usize,
    pub total: usize,
    pub by_criterion: Vec<CriterionProgress>,
    /// Every task confirmed by the fadder (and at least one task).
    pub complete: bool,
    pub passed_on: Option<NaiveDate>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct CriterionProgress {
    pub criterion: Criterion,
    pub label: &'static str,
    pub confirmed: usize,
    pub total: usize,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Proposal {
    pub phase_id: Uuid,
    pub phase_number: usize,
    /// The phase to move on to; `None` when the last phase is completed.
    pub next_phase: Option<usize>,
    pub message: String,
}

/// Who confirms a task on the checklist.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum Confirmer {
    Mentor,
    Participant,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct HistoryEntry {
    /// dd.mm.åååå kl. tt:mm, local time.
    pub at: String,
    pub by: String,
    pub task_id: Option<Uuid>,
    /// The task's text as it was, or "Fase 2" / "Planen".
    pub subject: String,
    /// What happened, in Norwegian.
    pub what: String,
}

impl Plan {
    fn phase(&self, id: Uuid) -> Result<&Phase> {
        self.phases
            .iter()
            .find(|p| p.id == id)
            .ok_or_else(|| Error::NotFound {
                what: "fasen",
                id: id.to_string(),
            })
    }
}

/// A plan's own row, before its placement and phases are joined in.
pub struct PlanRecord {
    pub id: Uuid,
    pub placement_id: Uuid,
    pub template_id: Option<Uuid>,
    pub template_name: String,
    pub name: String,
    pub trade: String,
    pub created_at: String,
    pub updated_at: String,
}

/// One entry for the history, before who and when are added.
pub struct Change {
    pub task_id: Option<Uuid>,
    /// 0-based.
    pub phase_position: Option<usize>,
    pub subject: String,
    pub change: &'static str,
    pub old: Option<String>,
    pub new: Option<String>,
}

impl Change {
    pub fn task(
        task: &Task,
        phase_position: usize,
        change: &'static str,
        old: Option<String>,
        new: Option<String>,
    ) -> Change {
        Change {
            task_id: Some(task.id),
            phase_position: Some(phase_position),
            subject: task.text.clone(),
            change,
            old,
            new,
        }
    }

    pub fn phase(
        position: usize,
        change: &'static str,
        old: Option<String>,
        new: Option<String>,
    ) -> Change {
        Change {
            task_id: None,
            phase_position: Some(position),
            subject: format!("Fase {}", position + 1),
            change,
            old,
            new,
        }
    }
}

/// Writes a change to the plan's history, as made by this installation's user.
pub(crate) fn log(tx: &Tx, plan: Uuid, change: Change) -> Result<()> {
    log_all(tx, plan, [change])
}

/// Writes the changes of one action to the history, looking up the user once.
fn log_all(tx: &Tx, plan: Uuid, changes: impl IntoIterator<Item = Change>) -> Result<()> {
    let user = settings::current_user(tx)?;
    let by = user.as_ref().map(|(id, name)| (*id, name.as_str()));
    for change in changes {
        tx.insert_plan_event(plan, &change, by)?;
    }
    Ok(())
}

pub fn progress(phases: &[Phase]) -> Vec<PhaseProgress> {
    phases
        .iter()
        .map(|phase| {
            let confirmed = phase.tasks.iter().filter(|t| t.mentor_confirmed).count();
            let total = phase.tasks.len();
            PhaseProgress {
                number: phase.number,
                confirmed,
                total,
                by_criterion: Criterion::ALL
                    .into_iter()
                    .map(|criterion| {
                        let tasks = phase.tasks.iter().filter(|t| t.criterion == criterion);
                        CriterionProgress {
                            criterion,
                            label: criterion.label(),
                            confirmed: tasks.clone().filter(|t| t.mentor_confirmed).count(),
                            total: tasks.count(),
                        }
                    })
                    .collect(),
                complete: total > 0 && confirmed == total,
                passed_on: phase.passed_on,
            }
        })
        .collect()
}

fn current_phase(phases: &[Phase]) -> Option<usize> {
    phases
        .iter()
        .find(|p| p.passed_on.is_none())
        .map(|p| p.number)
}

fn proposal(phases: &[Phase], progress: &[PhaseProgress]) -> Option<Proposal> {
    let current = current_phase(phases)?;
    let phase = &phases[current - 1];
    if !progress[current - 1].complete {
        return None;
    }
    let next_phase = (current < phases.len()).then_some(current + 1);
    let message = match next_phase {
        Some(next) => format!(
            "Fadderen har bekreftet alle arbeidsoppgavene i fase {current}. Deltakeren kan gå \
             videre til fase {next}."
        ),
        None => format!(
            "Fadderen har bekreftet alle arbeidsoppgavene i fase {current}, den siste fasen. \
             Planen kan markeres som fullført."
        ),
    };
    Some(Proposal {
        phase_id: phase.id,
        phase_number: current,
        next_phase,
        message,
    })
}

pub fn list(store: &mut Store) -> Result<Vec<PlanSummary>> {
    store.read(|tx| tx.plan_summaries())
}

pub fn get(store: &mut Store, id: Uuid) -> Result<Plan> {
    store.read(|tx| load(tx, id))
}

pub(crate) fn load(tx: &Tx, id: Uuid) -> Result<Plan> {
    let record = tx.plan_record(id)?;
    let placement = tx.placement(record.placement_id)?;
    let participant = tx.participant(placement.participant_id)?;
    let phases = tx.outline(OutlineKind::Plan, id)?;
    let progress = progress(&phases);
    Ok(Plan {
        id,
        name: record.name,
        trade: record.trade,
        template_id: record.template_id,
        template_name: record.template_name,
        participant_printed_name: participant.printed_name,
        adviser_name: participant.adviser_name,
        placement,
        current_phase: current_phase(&phases),
        proposal: proposal(&phases, &progress),
        warnings: empty_phase_warnings(&phases),
        progress,
        phases,
        created_at: record.created_at,
        updated_at: record.updated_at,
    })
}

/// Makes the placement's plan as a copy of the template. Later edits of the template, or its
/// deletion, leave the plan as it is.
pub fn create(store: &mut Store, placement_id: Uuid, template_id: Uuid) -> Result<Plan> {
    store.write(|tx| {
        let placement = tx.placement(placement_id).gone_at(
            "placement",
            "Praksisplassen finnes ikke lenger. Velg en annen.",
        )?;
        if placement.plan_id.is_some() {
            return Err(Error::Invalid {
                field: "placement",
                message: format!(
                    "Praksisplassen hos {} har allerede en opplæringsplan.",
                    placement.workplace
                ),
            });
        }
        let template = tx
            .template(template_id)
            .gone_at("template", "Malen finnes ikke lenger. Velg en annen.")?;
        let id = Uuid::new_v4();
        tx.insert_plan(id, placement_id, &template)?;
        tx.copy_outline(OutlineKind::Template, template_id, OutlineKind::Plan, id)?;
        log(
            tx,
            id,
            Change {
                task_id: None,
                phase_position: None,
                subject: "Planen".into(),
                change: "created",
                old: None,
                new: Some(template.name.clone()),
            },
        )?;
        load(tx, id)
    })
}

/// Deletes a plan with its history. A plan whose placement has evaluations (6.5, 7.4) is kept:
/// they are shown with the plan and would be out of sight without it.
pub fn delete(store: &mut Store, id: Uuid) -> Result<()> {
    store.write(|tx| {
        let plan = tx.plan_record(id)?;
        refuse_if_evaluated(tx, plan.placement_id, "opplæringsplanen")?;
        tx.delete_plan(id)
    })
}

/// Refuses to delete `what` ("opplæringsplanen", "praksisplassen") while the placement has
/// evaluations, and says what to do.
pub(crate) fn refuse_if_evaluated(tx: &Tx, placement_id: Uuid, what: &str) -> Result<()> {
    match crate::evaluations::count_for(tx, placement_id)? {
        0 => Ok(()),
        n => Err(Error::Refused {
            message: format!(
                "Praksisplassen har {n} {} (skjema 6.5 eller 7.4). Slett {} først, så kan {what} slettes.",
                if n == 1 { "evaluering" } else { "evalueringer" },
                if n == 1 { "den" } else { "dem" }
            ),
        }),
    }
}

/// A date on the checklist: not in the future, and not before the placement started.
fn valid_record_date(
    field: &'static str,
    value: Option<&str>,
    placement: &Placement,
) -> Result<NaiveDate> {
    let date = match value.map(str::trim).filter(|v| !v.is_empty()) {
        None => dates::today(),
        Some(v) => validate::date(field, "Datoen", v)?,
    };
    if date > dates::today() {
        return Err(Error::Invalid {
            field,
            message: format!(
                "Datoen kan ikke være etter i dag ({}).",
                dates::format_date(dates::today())
            ),
        });
    }
    if date < placement.start_date {
        return Err(Error::Invalid {
            field,
            message: format!(
                "Datoen er før praksisperioden startet ({}).",
                dates::format_date(placement.start_date)
            ),
        });
    }
    Ok(date)
}

/// The task, its plan and its placement, for recording on it.
fn task_in_plan(tx: &Tx, task_id: Uuid) -> Result<(Task, usize, Uuid, Placement)> {
    let at = tx.task_ref(OutlineKind::Plan, task_id)?;
    let plan = tx.plan_record(at.phase.owner)?;
    let placement = tx.placement(plan.placement_id)?;
    Ok((
        tx.task(OutlineKind::Plan, task_id)?,
        at.phase.position,
        plan.id,
        placement,
    ))
}

fn shown(date: Option<NaiveDate>) -> Option<String> {
    date.map(dates::format_date)
}

/// Sets (or with `None`, clears) the date a task was done.
pub fn set_done(store: &mut Store, task_id: Uuid, date: Option<&str>) -> Result<Plan> {
    let wanted = date.map(str::trim).filter(|d| !d.is_empty());
    store.write(|tx| {
        let (task, phase, plan, placement) = task_in_plan(tx, task_id)?;
        let done_on = match wanted {
            None => None,
            Some(d) => Some(valid_record_date("doneOn", Some(d), &placement)?),
        };
        if done_on != task.done_on {
            tx.set_task_done(task_id, done_on)?;
            log(
                tx,
                plan,
                Change::task(&task, phase, "done", shown(task.done_on), shown(done_on)),
            )?;
            tx.touch_plan(plan)?;
        }
        load(tx, plan)
    })
}

/// Ticks (or unticks) the fadder's or the participant's confirmation. Ticking a task with no
/// date also dates it `date` (today when `None`), as the paper sheet has both filled in at once.
pub fn set_confirmed(
    store: &mut Store,
    task_id: Uuid,
    who: Confirmer,
    confirmed: bool,
    date: Option<&str>,
) -> Result<Plan> {
    store.write(|tx| {
        let (task, phase, plan, placement) = task_in_plan(tx, task_id)?;
        let was = match who {
            Confirmer::Mentor => task.mentor_confirmed,
            Confirmer::Participant => task.participant_confirmed,
        };
        let mut changes = Vec::new();
        if confirmed && task.done_on.is_none() {
            let done_on = valid_record_date("doneOn", date, &placement)?;
            tx.set_task_done(task_id, Some(done_on))?;
            changes.push(Change::task(
                &task,
                phase,
                "done",
                None,
                shown(Some(done_on)),
            ));
        }
        if was != confirmed {
            tx.set_task_confirmed(task_id, who, confirmed)?;
            let change = match who {
                Confirmer::Mentor => "mentor",
                Confirmer::Participant => "participant",
            };
            changes.push(Change::task(
                &task,
                phase,
                change,
                Some(was.to_string()),
                Some(confirmed.to_string()),
            ));
        }
        log_all(tx, plan, changes)?;
        tx.touch_plan(plan)?;
        load(tx, plan)
    })
}

/// Sets the comment on a task; blank removes it.
pub fn set_comment(store: &mut Store, task_id: Uuid, comment: &str) -> Result<Plan> {
    let comment = match comment.trim() {
        "" => String::new(),
        text => validate::text("comment", "Kommentaren", MAX_COMMENT_CHARS, text)?,
    };
    store.write(|tx| {
        let (task, phase, plan, _) = task_in_plan(tx, task_id)?;
        if comment != task.comment {
            tx.set_task_comment(task_id, &comment)?;
            let old = Some(task.comment.clone()).filter(|c| !c.is_empty());
            let new = Some(comment.clone()).filter(|c| !c.is_empty());
            log(tx, plan, Change::task(&task, phase, "comment", old, new))?;
            tx.touch_plan(plan)?;
        }
        load(tx, plan)
    })
}

/// Records that the participant has completed the phase and moves on to the next, on `date`
/// (today when `None`). Only the current phase, and only when the fadder has confirmed every task.
pub fn pass_phase(
    store: &mut Store,
    plan_id: Uuid,
    phase_id: Uuid,
    date: Option<&str>,
) -> Result<Plan> {
    store.write(|tx| {
        let plan = load(tx, plan_id)?;
        let phase = plan.phase(phase_id)?;
        let progress = &plan.progress[phase.number - 1];
        if phase.passed_on.is_some() {
            return Err(Error::Refused {
                message: format!("Fase {} er allerede fullført.", phase.number),
            });
        }
        if plan.current_phase != Some(phase.number) {
            return Err(Error::Refused {
                message: format!(
                    "Fase {} må fullføres før fase {}.",
                    plan.current_phase.unwrap_or(1),
                    phase.number
                ),
            });
        }
        if !progress.complete {
            let missing = progress.total - progress.confirmed;
            return Err(Error::Refused {
                message: if progress.total == 0 {
                    format!("Fase {} har ingen arbeidsoppgaver.", phase.number)
                } else {
                    format!(
                        "Fadderen har ikke bekreftet alle arbeidsoppgavene i fase {} ennå \
                         ({missing} gjenstår).",
                        phase.number
                    )
                },
            });
        }
        let on = valid_record_date("passedOn", date, &plan.placement)?;
        let previous = phase
            .number
            .checked_sub(2)
            .and_then(|i| plan.phases[i].passed_on);
        if let Some(previous) = previous.filter(|p| on < *p) {
            return Err(Error::Invalid {
                field: "passedOn",
                message: format!(
                    "Datoen er før fase {} ble fullført ({}).",
                    phase.number - 1,
                    dates::format_date(previous)
                ),
            });
        }
        tx.set_phase_passed(phase_id, Some(on))?;
        log(
            tx,
            plan_id,
            Change::phase(phase.number - 1, "passed", None, shown(Some(on))),
        )?;
        tx.touch_plan(plan_id)?;
        load(tx, plan_id)
    })
}

/// Takes back the passing of a phase (the latest one passed), as "Angre" after moving on.
pub fn reopen_phase(store: &mut Store, plan_id: Uuid, phase_id: Uuid) -> Result<Plan> {
    store.write(|tx| {
        let plan = load(tx, plan_id)?;
        let phase = plan.phase(phase_id)?;
        let Some(passed_on) = phase.passed_on else {
            return Ok(plan);
        };
        if plan
            .phases
            .get(phase.number)
            .is_some_and(|next| next.passed_on.is_some())
        {
            return Err(Error::Refused {
                message: format!("Åpne fase {} igjen først.", phase.number + 1),
            });
        }
        tx.set_phase_passed(phase_id, None)?;
        log(
            tx,
            plan_id,
            Change::phase(phase.number - 1, "reopened", shown(Some(passed_on)), None),
        )?;
        tx.touch_plan(plan_id)?;
        load(tx, plan_id)
    })
}

/// The plan's history, newest first; of one task, or of everything.
pub fn history(store: &mut Store, plan_id: Uuid, task: Option<Uuid>) -> Result<Vec<HistoryEntry>> {
    store.read(|tx| {
        tx.plan_record(plan_id)?;
        tx.plan_events(plan_id, task)
    })
}

/// How a stored history event reads.
pub fn describe_change(change: &str, old: Option<&str>, new: Option<&str>) -> String {
    let old_or = |fallback: &str| old.unwrap_or(fallback).to_owned();
    let new_or = |fallback: &str| new.unwrap_or(fallback).to_owned();
    match change {
        "created" => format!("Planen ble laget fra malen «{}»", new_or("")),
        "added" => "Oppgaven ble lagt til".into(),
        "removed" => "Oppgaven ble fjernet".into(),
        "restored" => "Oppgaven ble satt tilbake (angret fjerning)".into(),
        "reworded" => format!("Teksten ble endret (før: «{}»)", old_or("")),
        "criterion" => format!("Målepunkt endret fra {} til {}", old_or("?"), new_or("?")),
        "hint" => "Tipset til fadder ble endret".into(),
        "moved" => format!("Flyttet fra plass {} til {}", old_or("?"), new_or("?")),
        "done" => match new {
            Some(date) => format!("Fullført-dato satt til {date}"),
            None => format!("Fullført-dato fjernet (var {})", old_or("?")),
        },
        "mentor" if new == Some("true") => "Fadder bekreftet".into(),
        "mentor" => "Fadderens bekreftelse ble fjernet".into(),
        "participant" if new == Some("true") => "Deltaker bekreftet".into(),
        "participant" => "Deltakerens bekreftelse ble fjernet".into(),
        "comment" => match new {
            Some(text) => format!("Kommentar: «{text}»"),
            None => "Kommentaren ble fjernet".into(),
        },
        "phaseAdded" => "Fasen ble lagt til".into(),
        "phaseRemoved" => format!("Fasen ble fjernet ({})", old_or("")),
        "phaseMoved" => format!("Fasen ble flyttet fra plass {}", old_or("?")),
        "phaseChanged" => format!("Fasen ble endret: «{}» → «{}»", old_or(""), new_or("")),
        "passed" => format!("Fasen ble fullført {}", new_or("")),
        "reopened" => format!("Fasen ble åpnet igjen (var fullført {})", old_or("?")),
        other => other.to_owned(),
    }
}

/// When an event happened, in local time: "05.03.2027 kl. 14:05" (as the UI writes times).
pub fn describe_time(timestamp: &str) -> String {
    DateTime::parse_from_rfc3339(timestamp)
        .map(|t| {
            t.with_timezone(&Local)
                .format("%d.%m.%Y kl. %H:%M")
                .to_string()
        })
        .unwrap_or_else(|_| timestamp.to_owned())
}

pub(crate) fn checklist_phase(phase: &Phase, of: usize) -> ChecklistPhase {
    ChecklistPhase {
        number: phase.number,
        of,
        goal: phase.goal.clone(),
        language: phase.language.describe(),
        tasks: phase
            .tasks
            .iter()
            .map(|t| ChecklistTask {
                text: t.text.clone(),
                criterion: t.criterion,
                hint: t.hint.clone(),
                done_on: t.done_on,
                mentor_confirmed: t.mentor_confirmed,
                participant_confirmed: t.participant_confirmed,
                comment: Some(t.comment.clone()).filter(|c| !c.is_empty()),
            })
            .collect(),
        completed_on: phase.passed_on,
    }
}

/// What to print of a plan.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct PrintChoice {
    /// One phase (1-based), or all.
    pub phase: Option<usize>,
    /// An empty sheet to fill in by hand, rather than the status so far.
    pub blank: bool,
}

/// The plan as a checklist PDF, and the warnings (phases without tasks) to show the user.
pub fn print(
    store: &mut Store,
    plan_id: Uuid,
    choice: PrintChoice,
) -> Result<(Vec<u8>, Vec<String>)> {
    let (plan, municipality) =
        store.read(|tx| Ok((load(tx, plan_id)?, settings::read(tx)?.municipality)))?;
    let checklist = checklist(&plan, municipality, choice)?;
    let warnings = opplaeringsplan::warnings(&checklist);
    Ok((opplaeringsplan::render(&checklist)?, warnings))
}

/// Prints the plan to the file the user chose.
pub fn print_to(
    store: &mut Store,
    plan_id: Uuid,
    choice: PrintChoice,
    path: &std::path::Path,
) -> Result<()> {
    let (bytes, _) = print(store, plan_id, choice)?;
    crate::pdf::write_file(path, &bytes)
}

/// The checklist to print for a plan.
pub fn checklist(plan: &Plan, municipality: String, choice: PrintChoice) -> Result<Checklist> {
    let of = plan.phases.len();
    let phases: Vec<ChecklistPhase> = match choice.phase {
        None => plan.phases.iter().map(|p| checklist_phase(p, of)).collect(),
        Some(n) => match plan.phases.get(n.wrapping_sub(1)) {
            Some(p) => vec![checklist_phase(p, of)],
            None => {
                return Err(Error::Invalid {
                    field: "phase",
                    message: format!("Planen har ikke fase {n}. Velg en fase fra 1 til {of}."),
                })
            }
        },
    };
    let placement = &plan.placement;
    Ok(Checklist {
        kind: if choice.blank {
            ChecklistKind::Blank
        } else {
            ChecklistKind::Status
        },
        municipality,
        printed_on: dates::today(),
        plan_name: plan.name.clone(),
        trade: plan.trade.clone(),
        participant: Some(plan.participant_printed_name.clone()),
        workplace: Some(placement.workplace.clone()),
        mentor: Some(placement.mentor_name.clone()).filter(|m| !m.is_empty()),
        adviser: plan.adviser_name.clone(),
        start: Some(placement.start_date),
        end: Some(placement.end_date),
        days_per_week: Some(placement.days_per_week),
        phases,
    })
}
