//! A working group's process through the seven steps: where it stands, what each step still lacks,
//! and marking a step done. A step is done when the documents the handbook asks for exist (its
//! tools are filled in) and its follow-ups are finished or carried over to a later step. The
//! group may mark a step done with something missing after confirming it; the record keeps what
//! was missing. Steps are worked in order, but a later one may be opened early: the handbook
//! allows working on several at once, and the app shows which earlier steps are unfinished.

use std::collections::BTreeMap;
use std::path::Path;

use serde::Serialize;
use uuid::Uuid;

use crate::checklists::{self, ChecklistId, ChecklistState};
use crate::error::{Error, Result};
use crate::meetings::{self, FollowUp, MeetingSummary};
use crate::steps::{self, StepDefinition};
use crate::store::{Store, Tx};
use crate::tools::{self, ToolKind};
use crate::{dates, settings};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum StepState {
    NotStarted,
    InProgress,
    /// Everything is in place; the group has not marked it done yet.
    Ready,
    Done,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct DocumentStatus {
    pub label: &'static str,
    pub tool: &'static str,
    pub tool_title: &'static str,
    pub present: bool,
    /// "3 rader", "4 av 6 punkter avklart"
    pub detail: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct DoneRecord {
    /// dd.mm.åååå
    pub done_on: String,
    pub done_by: String,
    /// What the step lacked when the group confirmed it done anyway.
    pub missing: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct StepStatus {
    pub number: u8,
    pub title: &'static str,
    pub summary: &'static str,
    pub estimate_minutes: u32,
    pub state: StepState,
    pub done: Option<DoneRecord>,
    pub documents: Vec<DocumentStatus>,
    pub open_follow_ups: usize,
    /// What keeps the step from being done, as sentences for the user.
    pub missing: Vec<String>,
    /// Earlier steps not yet done.
    pub earlier_unfinished: Vec<u8>,
    pub meeting_count: usize,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ProcessSummary {
    pub id: Uuid,
    pub name: String,
    pub steps_done: usize,
    /// The first step not done; 8 when all seven are.
    pub current_step: u8,
    pub open_follow_ups: usize,
    pub meeting_count: usize,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ProcessOverview {
    pub group_id: Uuid,
    pub name: String,
    /// The qualifying units with nobody in the group.
    pub missing_units: Vec<String>,
    pub before_start: ChecklistState,
    pub steps: Vec<StepStatus>,
    pub current_step: u8,
    pub open_follow_ups: usize,
    pub upcoming_meetings: Vec<MeetingSummary>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ToolSummary {
    pub key: &'static str,
    pub title: &'static str,
    pub purpose: &'static str,
    pub roles: bool,
    /// "table", "checklist" or "placementForm"
    pub kind: &'static str,
    pub checklist: Option<ChecklistId>,
    pub present: bool,
    pub detail: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct StepView {
    pub group_id: Uuid,
    pub group_name: String,
    pub definition: &'static StepDefinition,
    pub status: StepStatus,
    pub tools: Vec<ToolSummary>,
    pub meetings: Vec<MeetingSummary>,
    pub follow_ups: Vec<FollowUp>,
}

/// What a group's step statuses are worked out from, read once per action: the steps marked
/// done, the follow-ups, the meetings and how many rows each table tool has.
struct ProcessFacts {
    done_steps: Vec<(u8, DoneRecord)>,
    follow_ups: Vec<FollowUp>,
    meetings: Vec<MeetingSummary>,
    row_counts: BTreeMap<String, usize>,
}

impl ProcessFacts {
    fn read(tx: &Tx, group: Uuid) -> Result<ProcessFacts> {
        Ok(ProcessFacts {
            done_steps: tx.done_steps(group)?,
            follow_ups: meetings::follow_ups_of(tx, group)?,
            meetings: tx.meeting_summaries(Some(group))?,
            row_counts: tx.tool_row_counts(group)?,
        })
    }
}

/// How far a tool is filled in for the group.
struct ToolProgress {
    /// The document the tool makes exists.
    present: bool,
    /// Something has been written in it.
    started: bool,
    /// "3 rader", "4 av 6 punkter avklart"
    detail: String,
}

fn tool_status(tx: &Tx, group: Uuid, key: &str, facts: &ProcessFacts) -> Result<ToolProgress> {
    let def = tools::definition(key).expect("steps name only defined tools");
    Ok(match def.kind {
        ToolKind::Table { .. } => {
            let rows = facts.row_counts.get(key).copied().unwrap_or(0);
            let detail = match rows {
                0 => "Ikke fylt ut".to_string(),
                1 => "1 rad".to_string(),
                n => format!("{n} rader"),
            };
            ToolProgress {
                present: rows > 0,
                started: rows > 0,
                detail,
            }
        }
        ToolKind::PlacementForm { form } => {
            let count = tx.evaluation_count(form)?;
            ToolProgress {
                present: count > 0,
                started: false,
                detail: match count {
                    0 => "Ingen fylt ut ennå".to_string(),
                    1 => "1 fylt ut i kommunen".to_string(),
                    n => format!("{n} fylt ut i kommunen"),
                },
            }
        }
        ToolKind::Checklist { checklist } => {
            let state = checklists::load(tx, checklist, group)?;
            let settled = checklists::settled_count(&state);
            ToolProgress {
                present: !state.entries.is_empty() && settled == state.entries.len(),
                started: settled > 0,
                detail: format!("{settled} av {} punkter avklart", state.entries.len()),
            }
        }
    })
}

fn step_status(
    tx: &Tx,
    group: Uuid,
    def: &'static StepDefinition,
    facts: &ProcessFacts,
) -> Result<StepStatus> {
    let mut documents = Vec::new();
    let mut missing = Vec::new();
    let mut any_work = false;
    for doc in def.documents {
        let ToolProgress {
            present,
            started,
            detail,
        } = tool_status(tx, group, doc.tool, facts)?;
        any_work |= started;
        let tool_title = tools::definition(doc.tool).map(|t| t.title).unwrap_or("");
        if !present {
            missing.push(format!("{} ({} {tool_title})", doc.label, doc.tool));
        }
        documents.push(DocumentStatus {
            label: doc.label,
            tool: doc.tool,
            tool_title,
            present,
            detail,
        });
    }
    let own_follow_ups = || facts.follow_ups.iter().filter(|f| f.step == def.number);
    let open_follow_ups = own_follow_ups().filter(|f| f.is_open()).count();
    if open_follow_ups > 0 {
        missing.push(if open_follow_ups == 1 {
            "1 oppfølgingspunkt er verken utført eller overført til et senere steg".into()
        } else {
            format!(
                "{open_follow_ups} oppfølgingspunkter er verken utført eller overført til et senere steg"
            )
        });
    }
    let done = facts
        .done_steps
        .iter()
        .find(|(n, _)| *n == def.number)
        .map(|(_, r)| r.clone());
    let meeting_count = facts
        .meetings
        .iter()
        .filter(|m| m.step == def.number)
        .count();
    let any_work = any_work || meeting_count > 0 || own_follow_ups().next().is_some();
    let state = if done.is_some() {
        StepState::Done
    } else if missing.is_empty() {
        StepState::Ready
    } else if any_work {
        StepState::InProgress
    } else {
        StepState::NotStarted
    };
    let earlier_unfinished = (1..def.number)
        .filter(|n| !facts.done_steps.iter().any(|(d, _)| d == n))
        .collect();
    Ok(StepStatus {
        number: def.number,
        title: def.title,
        summary: def.summary,
        estimate_minutes: def.estimate_minutes,
        state,
        done,
        documents,
        open_follow_ups,
        missing,
        earlier_unfinished,
        meeting_count,
    })
}

fn all_statuses(tx: &Tx, group: Uuid, facts: &ProcessFacts) -> Result<Vec<StepStatus>> {
    steps::all()
        .iter()
        .map(|def| step_status(tx, group, def, facts))
        .collect()
}

fn current_step(statuses: &[StepStatus]) -> u8 {
    statuses
        .iter()
        .find(|s| s.state != StepState::Done)
        .map(|s| s.number)
        .unwrap_or(steps::STEP_COUNT + 1)
}

/// Every process (one per working group) with how far it has come.
pub fn list(store: &mut Store) -> Result<Vec<ProcessSummary>> {
    store.read(|tx| {
        let groups = tx.work_group_summaries()?;
        let mut out = Vec::with_capacity(groups.len());
        for g in groups {
            let facts = ProcessFacts::read(tx, g.id)?;
            let statuses = all_statuses(tx, g.id, &facts)?;
            out.push(ProcessSummary {
                id: g.id,
                name: g.name,
                steps_done: statuses
                    .iter()
                    .filter(|s| s.state == StepState::Done)
                    .count(),
                current_step: current_step(&statuses),
                open_follow_ups: statuses.iter().map(|s| s.open_follow_ups).sum(),
                meeting_count: facts.meetings.len(),
            });
        }
        Ok(out)
    })
}

pub fn overview(store: &mut Store, group: Uuid) -> Result<ProcessOverview> {
    store.read(|tx| {
        let record = tx.work_group(group)?;
        let missing_units = tx
            .missing_units(Some(group))?
            .into_iter()
            .map(|(_, unit)| unit)
            .collect();
        let facts = ProcessFacts::read(tx, group)?;
        let steps = all_statuses(tx, group, &facts)?;
        let today = dates::today();
        Ok(ProcessOverview {
            group_id: group,
            name: record.name,
            missing_units,
            before_start: checklists::load(tx, ChecklistId::BeforeStart, group)?,
            current_step: current_step(&steps),
            open_follow_ups: steps.iter().map(|s| s.open_follow_ups).sum(),
            steps,
            upcoming_meetings: facts
                .meetings
                .into_iter()
                .filter(|m| m.day >= today)
                .collect(),
        })
    })
}

pub(crate) fn load_step(tx: &Tx, group: Uuid, number: u8) -> Result<StepView> {
    let definition = steps::get("step", number)?;
    let record = tx.work_group(group)?;
    let facts = ProcessFacts::read(tx, group)?;
    let status = step_status(tx, group, definition, &facts)?;
    let mut tool_summaries = Vec::new();
    for key in definition.tools {
        let def = tools::definition(key).expect("steps name only defined tools");
        let ToolProgress {
            present, detail, ..
        } = tool_status(tx, group, key, &facts)?;
        let (kind, checklist) = match def.kind {
            ToolKind::Table { .. } => ("table", None),
            ToolKind::Checklist { checklist } => ("checklist", Some(checklist)),
            ToolKind::PlacementForm { .. } => ("placementForm", None),
        };
        tool_summaries.push(ToolSummary {
            key: def.key,
            title: def.title,
            purpose: def.purpose,
            roles: def.roles,
            kind,
            checklist,
            present,
            detail,
        });
    }
    Ok(StepView {
        group_id: group,
        group_name: record.name,
        definition,
        status,
        tools: tool_summaries,
        meetings: facts
            .meetings
            .into_iter()
            .filter(|m| m.step == number)
            .collect(),
        follow_ups: facts
            .follow_ups
            .into_iter()
            .filter(|f| f.step == number || f.carried_to_step == Some(number))
            .collect(),
    })
}

pub fn step(store: &mut Store, group: Uuid, number: u8) -> Result<StepView> {
    store.read(|tx| load_step(tx, group, number))
}

/// Marks the step done. While something is missing this is refused with `StepIncomplete` (the UI
/// then asks), unless `confirmed`: then the step is done and what was missing is recorded.
pub fn mark_done(store: &mut Store, group: Uuid, number: u8, confirmed: bool) -> Result<StepView> {
    steps::get("step", number)?;
    store.write(|tx| {
        let view = load_step(tx, group, number)?;
        if view.status.done.is_some() {
            return Ok(view);
        }
        if !view.status.missing.is_empty() && !confirmed {
            return Err(Error::StepIncomplete {
                step: number,
                missing: view.status.missing,
            });
        }
        let by = settings::current_user(tx)?
            .map(|(_, name)| name)
            .unwrap_or_default();
        tx.mark_step_done(
            group,
            number,
            dates::today(),
            &by,
            &view.status.missing.join("\n"),
        )?;
        load_step(tx, group, number)
    })
}

/// Takes a step's "done" back, as when the group finds more to do.
pub fn reopen(store: &mut Store, group: Uuid, number: u8) -> Result<StepView> {
    steps::get("step", number)?;
    store.write(|tx| {
        tx.work_group(group)?;
        tx.reopen_step(group, number)?;
        load_step(tx, group, number)
    })
}

/// Prints the step's tools as filled in, with its roles matrix (`stegvis pdf steg`).
pub fn print_step_to(store: &mut Store, group: Uuid, number: u8, path: &Path) -> Result<()> {
    let bytes = print_step(store, group, number)?;
    crate::pdf::write_file(path, &bytes)
}

pub fn print_step(store: &mut Store, group: Uuid, number: u8) -> Result<Vec<u8>> {
    let municipality = settings::get(store)?.municipality;
    let document = store.read(|tx| {
        let view = load_step(tx, group, number)?;
        let mut tables = Vec::new();
        let mut checklists_filled = Vec::new();
        for key in view.definition.tools {
            match tools::definition(key).map(|d| d.kind) {
                Some(ToolKind::Table { .. }) => tables.push(tools::load(tx, group, key)?),
                Some(ToolKind::Checklist { checklist }) => {
                    checklists_filled.push(checklists::load(tx, checklist, group)?)
                }
                Some(ToolKind::PlacementForm { .. }) | None => {}
            }
        }
        Ok(crate::pdf::steg::StepDocument {
            municipality: municipality.clone(),
            view,
            tables,
            checklists: checklists_filled,
        })
    })?;
    crate::pdf::steg::render(&document)
}
