//! The shape templates and plans share: phases (1–6), each with a goal, a language requirement
//! and tasks, each task under one measuring point. Editing it (add, reword, reorder, remove) works
//! the same on a template and on a participant's plan; the plan's edits are also written to its
//! history, and the shipped example templates are read-only.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::criteria::{CefrLevel, Criterion, LanguageRequirement};
use crate::error::{Error, Result};
use crate::plans::{self, Change, Plan};
use crate::store::{Store, Tx};
use crate::templates::{self, Template};
use crate::validate;

pub const MIN_PHASES: usize = 1;
pub const MAX_PHASES: usize = 6;
/// Long enough for two lines of a printed table cell; a task is one thing to learn.
pub const MAX_TASK_CHARS: usize = 300;
pub const MAX_GOAL_CHARS: usize = 300;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum OutlineKind {
    Template,
    Plan,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Phase {
    pub id: Uuid,
    /// 1-based, as in "Fase 2".
    pub number: usize,
    pub goal: String,
    pub language: LanguageRequirement,
    pub tasks: Vec<Task>,
    /// When the participant moved on from this phase (plans only).
    pub passed_on: Option<NaiveDate>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Task {
    pub id: Uuid,
    pub text: String,
    pub criterion: Criterion,
    pub hint: Option<String>,
    /// What has been recorded (plans only; always empty in templates).
    pub done_on: Option<NaiveDate>,
    pub mentor_confirmed: bool,
    pub participant_confirmed: bool,
    pub comment: String,
}

impl Task {
    /// A task with a fresh id, no text yet and nothing recorded.
    pub fn new(criterion: Criterion) -> Task {
        Task {
            id: Uuid::new_v4(),
            text: String::new(),
            criterion,
            hint: None,
            done_on: None,
            mentor_confirmed: false,
            participant_confirmed: false,
            comment: String::new(),
        }
    }
}

/// A task as the user writes it. The measuring point comes as its key (`sprak`, `egnethet`,
/// `arbeid`) so that an unknown one is a message at the field.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct TaskInput {
    pub text: String,
    pub criterion: String,
    pub hint: Option<String>,
}

/// A phase's goal and language requirement as the user writes them; levels as text ("A2").
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct PhaseInput {
    pub goal: String,
    pub cefr: Option<String>,
    pub cefr_listening: Option<String>,
    pub cefr_reading: Option<String>,
    pub cefr_speaking: Option<String>,
    pub cefr_writing: Option<String>,
}

/// A template or a plan after a change, whichever was edited.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(untagged)]
pub enum Outlined {
    Template(Template),
    Plan(Box<Plan>),
}

/// A task as it was before it was removed, so that "Angre" can put it back with its id, place
/// and anything recorded on it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct RemovedTask {
    pub phase_id: Uuid,
    /// 0-based.
    pub position: usize,
    pub task: Task,
}

pub(crate) struct ValidTask {
    pub text: String,
    pub criterion: Criterion,
    pub hint: Option<String>,
}

pub(crate) fn valid_task(input: &TaskInput) -> Result<ValidTask> {
    Ok(ValidTask {
        text: validate::text("text", "Arbeidsoppgaven", MAX_TASK_CHARS, &input.text)?,
        criterion: Criterion::parse(&input.criterion)?,
        hint: validate::optional_text(
            "hint",
            "Tipset til fadder",
            MAX_TASK_CHARS,
            input.hint.as_deref(),
        )?,
    })
}

pub(crate) fn valid_phase(input: &PhaseInput) -> Result<(String, LanguageRequirement)> {
    let goal = match input.goal.trim() {
        "" => String::new(),
        goal => validate::text("goal", "Målet for fasen", MAX_GOAL_CHARS, goal)?,
    };
    let language = LanguageRequirement {
        overall: CefrLevel::parse_optional("cefr", input.cefr.as_deref())?,
        listening: CefrLevel::parse_optional("cefrListening", input.cefr_listening.as_deref())?,
        reading: CefrLevel::parse_optional("cefrReading", input.cefr_reading.as_deref())?,
        speaking: CefrLevel::parse_optional("cefrSpeaking", input.cefr_speaking.as_deref())?,
        writing: CefrLevel::parse_optional("cefrWriting", input.cefr_writing.as_deref())?,
    };
    Ok((goal, language))
}

/// Refuses changes the owner does not allow, before anything is written.
fn guard(tx: &Tx, kind: OutlineKind, owner: Uuid) -> Result<()> {
    match kind {
        OutlineKind::Template => templates::guard_editable(tx, owner),
        OutlineKind::Plan => tx.plan_record(owner).map(|_| ()),
    }
}

/// Notes the change (in a plan's history), marks the owner as updated and returns it as it is now.
fn finish(tx: &Tx, kind: OutlineKind, owner: Uuid, change: Change) -> Result<Outlined> {
    match kind {
        OutlineKind::Template => {
            tx.touch_template(owner)?;
            Ok(Outlined::Template(templates::load(tx, owner)?))
        }
        OutlineKind::Plan => {
            plans::log(tx, owner, change)?;
            tx.touch_plan(owner)?;
            Ok(Outlined::Plan(Box::new(plans::load(tx, owner)?)))
        }
    }
}

/// Adds a task at `position` of the phase (at the end when `None`).
pub fn add_task(
    store: &mut Store,
    kind: OutlineKind,
    phase_id: Uuid,
    input: &TaskInput,
    position: Option<usize>,
) -> Result<Outlined> {
    let valid = valid_task(input)?;
    store.write(|tx| {
        let phase = tx.phase_ref(kind, phase_id)?;
        guard(tx, kind, phase.owner)?;
        let count = tx.task_count(kind, phase_id)?;
        let position = position.unwrap_or(count).min(count);
        let task = Task {
            text: valid.text,
            hint: valid.hint,
            ..Task::new(valid.criterion)
        };
        tx.insert_task(kind, phase_id, position, &task)?;
        finish(
            tx,
            kind,
            phase.owner,
            Change::task(&task, phase.position, "added", None, None),
        )
    })
}

/// Rewords a task, or changes its measuring point or hint.
pub fn update_task(
    store: &mut Store,
    kind: OutlineKind,
    task_id: Uuid,
    input: &TaskInput,
) -> Result<Outlined> {
    let valid = valid_task(input)?;
    store.write(|tx| {
        let at = tx.task_ref(kind, task_id)?;
        guard(tx, kind, at.phase.owner)?;
        let before = tx.task(kind, task_id)?;
        tx.update_task_text(
            kind,
            task_id,
            &valid.text,
            valid.criterion,
            valid.hint.as_deref(),
        )?;
        let after = tx.task(kind, task_id)?;
        let change = if before.text != after.text {
            Change::task(
                &after,
                at.phase.position,
                "reworded",
                Some(before.text),
                Some(after.text.clone()),
            )
        } else if before.criterion != after.criterion {
            Change::task(
                &after,
                at.phase.position,
                "criterion",
                Some(before.criterion.label().into()),
                Some(after.criterion.label().into()),
            )
        } else {
            Change::task(
                &after,
                at.phase.position,
                "hint",
                before.hint,
                after.hint.clone(),
            )
        };
        finish(tx, kind, at.phase.owner, change)
    })
}

/// Moves a task to `to` (0-based) within its phase; beyond the end means last.
pub fn move_task(
    store: &mut Store,
    kind: OutlineKind,
    task_id: Uuid,
    to: usize,
) -> Result<Outlined> {
    store.write(|tx| {
        let at = tx.task_ref(kind, task_id)?;
        guard(tx, kind, at.phase.owner)?;
        let last = tx.task_count(kind, at.phase.id)?.saturating_sub(1);
        let to = to.min(last);
        tx.move_task(kind, at, to)?;
        let task = tx.task(kind, task_id)?;
        finish(
            tx,
            kind,
            at.phase.owner,
            Change::task(
                &task,
                at.phase.position,
                "moved",
                Some((at.position + 1).to_string()),
                Some((to + 1).to_string()),
            ),
        )
    })
}

/// Removes a task; the returned copy lets the user undo it with `restore_task`.
pub fn remove_task(
    store: &mut Store,
    kind: OutlineKind,
    task_id: Uuid,
) -> Result<(Outlined, RemovedTask)> {
    store.write(|tx| {
        let at = tx.task_ref(kind, task_id)?;
        guard(tx, kind, at.phase.owner)?;
        let task = tx.task(kind, task_id)?;
        tx.delete_task(kind, at)?;
        let outlined = finish(
            tx,
            kind,
            at.phase.owner,
            Change::task(&task, at.phase.position, "removed", None, None),
        )?;
        let removed = RemovedTask {
            phase_id: at.phase.id,
            position: at.position,
            task,
        };
        Ok((outlined, removed))
    })
}

/// Puts a removed task back where it was, with what was recorded on it.
pub fn restore_task(
    store: &mut Store,
    kind: OutlineKind,
    removed: &RemovedTask,
) -> Result<Outlined> {
    store.write(|tx| {
        let phase = tx.phase_ref(kind, removed.phase_id)?;
        guard(tx, kind, phase.owner)?;
        let count = tx.task_count(kind, phase.id)?;
        tx.insert_task(kind, phase.id, removed.position.min(count), &removed.task)?;
        finish(
            tx,
            kind,
            phase.owner,
            Change::task(&removed.task, phase.position, "restored", None, None),
        )
    })
}

/// Adds an empty phase at the end (at most six).
pub fn add_phase(store: &mut Store, kind: OutlineKind, owner: Uuid) -> Result<Outlined> {
    store.write(|tx| {
        guard(tx, kind, owner)?;
        let count = tx.phase_count(kind, owner)?;
        if count >= MAX_PHASES {
            return Err(Error::Refused {
                message: format!("En plan kan ha høyst {MAX_PHASES} faser."),
            });
        }
        tx.insert_phase(
            kind,
            owner,
            Uuid::new_v4(),
            count,
            "",
            &LanguageRequirement::default(),
        )?;
        finish(
            tx,
            kind,
            owner,
            Change::phase(count, "phaseAdded", None, None),
        )
    })
}

/// Changes a phase's goal and language requirement.
pub fn update_phase(
    store: &mut Store,
    kind: OutlineKind,
    phase_id: Uuid,
    input: &PhaseInput,
) -> Result<Outlined> {
    let (goal, language) = valid_phase(input)?;
    store.write(|tx| {
        let phase = tx.phase_ref(kind, phase_id)?;
        guard(tx, kind, phase.owner)?;
        let before = tx
            .outline(kind, phase.owner)?
            .into_iter()
            .find(|p| p.id == phase_id);
        tx.update_phase(kind, phase_id, &goal, &language)?;
        let (old, new) = match before {
            Some(b) if b.language != language => {
                (Some(b.language.describe()), Some(language.describe()))
            }
            Some(b) => (Some(b.goal), Some(goal.clone())),
            None => (None, None),
        };
        finish(
            tx,
            kind,
            phase.owner,
            Change::phase(phase.position, "phaseChanged", old, new),
        )
    })
}

/// Moves a phase to `to` (0-based).
pub fn move_phase(
    store: &mut Store,
    kind: OutlineKind,
    phase_id: Uuid,
    to: usize,
) -> Result<Outlined> {
    store.write(|tx| {
        let phase = tx.phase_ref(kind, phase_id)?;
        guard(tx, kind, phase.owner)?;
        let to = to.min(tx.phase_count(kind, phase.owner)?.saturating_sub(1));
        tx.move_phase(kind, phase, to)?;
        finish(
            tx,
            kind,
            phase.owner,
            Change::phase(
                to,
                "phaseMoved",
                Some((phase.position + 1).to_string()),
                Some((to + 1).to_string()),
            ),
        )
    })
}

/// Removes a phase and its tasks; the last phase cannot be removed.
pub fn remove_phase(store: &mut Store, kind: OutlineKind, phase_id: Uuid) -> Result<Outlined> {
    store.write(|tx| {
        let phase = tx.phase_ref(kind, phase_id)?;
        guard(tx, kind, phase.owner)?;
        if tx.phase_count(kind, phase.owner)? <= MIN_PHASES {
            return Err(Error::Refused {
                message: "En plan må ha minst én fase.".into(),
            });
        }
        let tasks = tx.task_count(kind, phase_id)?;
        tx.delete_phase(kind, phase)?;
        finish(
            tx,
            kind,
            phase.owner,
            Change::phase(
                phase.position,
                "phaseRemoved",
                Some(format!("{tasks} arbeidsoppgaver")),
                None,
            ),
        )
    })
}
