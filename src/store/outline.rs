//! SQL for the phases and tasks of templates and plans. The two have the same shape in separate
//! tables (a plan is a copy, never a view of its template), so one set of statements serves both,
//! with the table names chosen by `OutlineKind`.

use rusqlite::params;
use uuid::Uuid;

use super::{found, optional_date, optional_level, uuid_from, Tx};
use crate::criteria::{CefrLevel, Criterion, LanguageRequirement};
use crate::dates::now_timestamp;
use crate::error::Result;
use crate::outline::{OutlineKind, Phase, Task};

impl OutlineKind {
    fn phases(self) -> &'static str {
        match self {
            OutlineKind::Template => "template_phases",
            OutlineKind::Plan => "plan_phases",
        }
    }
    fn tasks(self) -> &'static str {
        match self {
            OutlineKind::Template => "template_tasks",
            OutlineKind::Plan => "plan_tasks",
        }
    }
    fn owner(self) -> &'static str {
        match self {
            OutlineKind::Template => "template_id",
            OutlineKind::Plan => "plan_id",
        }
    }
}

/// A list kept in order by a `position` column within one parent (a template's or plan's
/// phases, a phase's tasks).
#[derive(Clone, Copy)]
struct Siblings {
    table: &'static str,
    parent_column: &'static str,
}

impl OutlineKind {
    fn phase_list(self) -> Siblings {
        Siblings {
            table: self.phases(),
            parent_column: self.owner(),
        }
    }
    fn task_list(self) -> Siblings {
        Siblings {
            table: self.tasks(),
            parent_column: "phase_id",
        }
    }
}

impl Tx<'_> {
    /// Shifts the siblings at `from` and after by `by` (+1 to make room, -1 to close a gap).
    fn shift_from(&self, list: Siblings, parent: Uuid, from: usize, by: i64) -> Result<()> {
        let Siblings {
            table,
            parent_column,
        } = list;
        self.execute(
            &format!(
                "UPDATE {table} SET position = position + ?3 WHERE {parent_column} = ?1 AND position >= ?2"
            ),
            params![parent.to_string(), from as i64, by],
        )?;
        Ok(())
    }

    /// Moves one sibling from `from` to `to`, shifting the ones in between.
    fn move_within(
        &self,
        list: Siblings,
        parent: Uuid,
        id: Uuid,
        from: usize,
        to: usize,
    ) -> Result<()> {
        let Siblings {
            table,
            parent_column,
        } = list;
        let (from, to) = (from as i64, to as i64);
        if from == to {
            return Ok(());
        }
        let (low, high, by) = if to > from {
            (from + 1, to, -1)
        } else {
            (to, from - 1, 1)
        };
        self.execute(
            &format!(
                "UPDATE {table} SET position = position + ?4 \
                 WHERE {parent_column} = ?1 AND position BETWEEN ?2 AND ?3"
            ),
            params![parent.to_string(), low, high, by],
        )?;
        self.execute(
            &format!("UPDATE {table} SET position = ?2, updated_at = ?3 WHERE id = ?1"),
            params![id.to_string(), to, now_timestamp()],
        )?;
        Ok(())
    }
}

fn code(level: Option<CefrLevel>) -> Option<&'static str> {
    level.map(CefrLevel::code)
}

/// Where a phase or task sits: its owner (template or plan) and its place.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PhaseRef {
    pub id: Uuid,
    pub owner: Uuid,
    /// 0-based.
    pub position: usize,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TaskRef {
    pub id: Uuid,
    pub phase: PhaseRef,
    pub position: usize,
}

impl Tx<'_> {
    /// The phases of a template or plan, in order, each with its tasks in order: two queries.
    pub fn outline(&self, kind: OutlineKind, owner: Uuid) -> Result<Vec<Phase>> {
        let (phases, tasks, owner_col) = (kind.phases(), kind.tasks(), kind.owner());
        let passed = match kind {
            OutlineKind::Template => "NULL",
            OutlineKind::Plan => "passed_on",
        };
        let mut stmt = self.prepare(&format!(
            "SELECT id, goal, cefr, cefr_listening, cefr_reading, cefr_speaking, cefr_writing, \
             {passed} FROM {phases} WHERE {owner_col} = ?1 ORDER BY position"
        ))?;
        let mut result = stmt
            .query_map([owner.to_string()], |row| {
                Ok(Phase {
                    id: uuid_from(row, 0)?,
                    number: 0,
                    goal: row.get(1)?,
                    language: LanguageRequirement {
                        overall: optional_level(row, 2)?,
                        listening: optional_level(row, 3)?,
                        reading: optional_level(row, 4)?,
                        speaking: optional_level(row, 5)?,
                        writing: optional_level(row, 6)?,
                    },
                    passed_on: optional_date(row, 7)?,
                    tasks: Vec::new(),
                })
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        for (index, phase) in result.iter_mut().enumerate() {
            phase.number = index + 1;
        }
        let record = match kind {
            OutlineKind::Template => "NULL, 0, 0, ''",
            OutlineKind::Plan => {
                "t.done_on, t.mentor_confirmed, t.participant_confirmed, t.comment"
            }
        };
        let mut stmt = self.prepare(&format!(
            "SELECT t.phase_id, t.id, t.text, t.criterion, t.hint, {record} \
             FROM {tasks} t JOIN {phases} p ON p.id = t.phase_id \
             WHERE p.{owner_col} = ?1 ORDER BY p.position, t.position"
        ))?;
        let mut rows = stmt.query([owner.to_string()])?;
        while let Some(row) = rows.next()? {
            let phase_id = uuid_from(row, 0)?;
            let task = Task {
                id: uuid_from(row, 1)?,
                text: row.get(2)?,
                criterion: Criterion::from_key(&row.get::<_, String>(3)?)
                    .unwrap_or(Criterion::Performance),
                hint: row.get(4)?,
                done_on: optional_date(row, 5)?,
                mentor_confirmed: row.get(6)?,
                participant_confirmed: row.get(7)?,
                comment: row.get(8)?,
            };
            if let Some(phase) = result.iter_mut().find(|p| p.id == phase_id) {
                phase.tasks.push(task);
            }
        }
        Ok(result)
    }

    pub fn phase_ref(&self, kind: OutlineKind, id: Uuid) -> Result<PhaseRef> {
        found(
            self.query_row(
                &format!(
                    "SELECT {}, position FROM {} WHERE id = ?1",
                    kind.owner(),
                    kind.phases()
                ),
                [id.to_string()],
                |row| {
                    Ok(PhaseRef {
                        id,
                        owner: uuid_from(row, 0)?,
                        position: row.get::<_, i64>(1)? as usize,
                    })
                },
            ),
            "fasen",
            &id,
        )
    }

    pub fn task_ref(&self, kind: OutlineKind, id: Uuid) -> Result<TaskRef> {
        let (phase_id, position) = found(
            self.query_row(
                &format!(
                    "SELECT phase_id, position FROM {} WHERE id = ?1",
                    kind.tasks()
                ),
                [id.to_string()],
                |row| Ok((uuid_from(row, 0)?, row.get::<_, i64>(1)? as usize)),
            ),
            "arbeidsoppgaven",
            &id,
        )?;
        Ok(TaskRef {
            id,
            phase: self.phase_ref(kind, phase_id)?,
            position,
        })
    }

    pub fn phase_count(&self, kind: OutlineKind, owner: Uuid) -> Result<usize> {
        let n: i64 = self.query_row(
            &format!(
                "SELECT count(*) FROM {} WHERE {} = ?1",
                kind.phases(),
                kind.owner()
            ),
            [owner.to_string()],
            |r| r.get(0),
        )?;
        Ok(n as usize)
    }

    pub fn task_count(&self, kind: OutlineKind, phase: Uuid) -> Result<usize> {
        let n: i64 = self.query_row(
            &format!("SELECT count(*) FROM {} WHERE phase_id = ?1", kind.tasks()),
            [phase.to_string()],
            |r| r.get(0),
        )?;
        Ok(n as usize)
    }

    /// Inserts a phase at `position`, moving later phases one down.
    pub fn insert_phase(
        &self,
        kind: OutlineKind,
        owner: Uuid,
        id: Uuid,
        position: usize,
        goal: &str,
        language: &LanguageRequirement,
    ) -> Result<()> {
        let (phases, owner_col) = (kind.phases(), kind.owner());
        self.shift_from(kind.phase_list(), owner, position, 1)?;
        self.execute(
            &format!(
                "INSERT INTO {phases} (id, {owner_col}, position, goal, cefr, cefr_listening, \
                 cefr_reading, cefr_speaking, cefr_writing, created_at, updated_at) \
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?10)"
            ),
            params![
                id.to_string(),
                owner.to_string(),
                position as i64,
                goal,
                code(language.overall),
                code(language.listening),
                code(language.reading),
                code(language.speaking),
                code(language.writing),
                now_timestamp()
            ],
        )?;
        Ok(())
    }

    pub fn update_phase(
        &self,
        kind: OutlineKind,
        id: Uuid,
        goal: &str,
        language: &LanguageRequirement,
    ) -> Result<()> {
        self.execute(
            &format!(
                "UPDATE {} SET goal = ?2, cefr = ?3, cefr_listening = ?4, cefr_reading = ?5, \
                 cefr_speaking = ?6, cefr_writing = ?7, updated_at = ?8 WHERE id = ?1",
                kind.phases()
            ),
            params![
                id.to_string(),
                goal,
                code(language.overall),
                code(language.listening),
                code(language.reading),
                code(language.speaking),
                code(language.writing),
                now_timestamp()
            ],
        )?;
        Ok(())
    }

    pub fn delete_phase(&self, kind: OutlineKind, phase: PhaseRef) -> Result<()> {
        self.execute(
            &format!("DELETE FROM {} WHERE phase_id = ?1", kind.tasks()),
            [phase.id.to_string()],
        )?;
        self.execute(
            &format!("DELETE FROM {} WHERE id = ?1", kind.phases()),
            [phase.id.to_string()],
        )?;
        self.shift_from(kind.phase_list(), phase.owner, phase.position + 1, -1)
    }

    /// Moves a phase to `to` (0-based), shifting the ones in between.
    pub fn move_phase(&self, kind: OutlineKind, phase: PhaseRef, to: usize) -> Result<()> {
        self.move_within(kind.phase_list(), phase.owner, phase.id, phase.position, to)
    }

    /// Inserts a task at `position` of its phase, with its recorded status (plans only).
    pub fn insert_task(
        &self,
        kind: OutlineKind,
        phase: Uuid,
        position: usize,
        task: &Task,
    ) -> Result<()> {
        self.shift_from(kind.task_list(), phase, position, 1)?;
        let now = now_timestamp();
        match kind {
            OutlineKind::Template => self.execute(
                "INSERT INTO template_tasks (id, phase_id, position, text, criterion, hint, \
                 created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?7)",
                params![
                    task.id.to_string(),
                    phase.to_string(),
                    position as i64,
                    task.text,
                    task.criterion.key(),
                    task.hint,
                    now
                ],
            )?,
            OutlineKind::Plan => self.execute(
                "INSERT INTO plan_tasks (id, phase_id, position, text, criterion, hint, done_on, \
                 mentor_confirmed, participant_confirmed, comment, created_at, updated_at) \
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?11)",
                params![
                    task.id.to_string(),
                    phase.to_string(),
                    position as i64,
                    task.text,
                    task.criterion.key(),
                    task.hint,
                    task.done_on.map(|d| d.to_string()),
                    task.mentor_confirmed,
                    task.participant_confirmed,
                    task.comment,
                    now
                ],
            )?,
        };
        Ok(())
    }

    pub fn update_task_text(
        &self,
        kind: OutlineKind,
        id: Uuid,
        text: &str,
        criterion: Criterion,
        hint: Option<&str>,
    ) -> Result<()> {
        self.execute(
            &format!(
                "UPDATE {} SET text = ?2, criterion = ?3, hint = ?4, updated_at = ?5 WHERE id = ?1",
                kind.tasks()
            ),
            params![id.to_string(), text, criterion.key(), hint, now_timestamp()],
        )?;
        Ok(())
    }

    pub fn delete_task(&self, kind: OutlineKind, task: TaskRef) -> Result<()> {
        self.execute(
            &format!("DELETE FROM {} WHERE id = ?1", kind.tasks()),
            [task.id.to_string()],
        )?;
        self.shift_from(kind.task_list(), task.phase.id, task.position + 1, -1)
    }

    /// Moves a task to position `to` (0-based) of its phase.
    pub fn move_task(&self, kind: OutlineKind, task: TaskRef, to: usize) -> Result<()> {
        self.move_within(kind.task_list(), task.phase.id, task.id, task.position, to)
    }

    /// One task of a plan or template, as stored.
    pub fn task(&self, kind: OutlineKind, id: Uuid) -> Result<Task> {
        let record = match kind {
            OutlineKind::Template => "NULL, 0, 0, ''",
            OutlineKind::Plan => "done_on, mentor_confirmed, participant_confirmed, comment",
        };
        found(
            self.query_row(
                &format!(
                    "SELECT id, text, criterion, hint, {record} FROM {} WHERE id = ?1",
                    kind.tasks()
                ),
                [id.to_string()],
                |row| {
                    Ok(Task {
                        id: uuid_from(row, 0)?,
                        text: row.get(1)?,
                        criterion: Criterion::from_key(&row.get::<_, String>(2)?)
                            .unwrap_or(Criterion::Performance),
                        hint: row.get(3)?,
                        done_on: optional_date(row, 4)?,
                        mentor_confirmed: row.get(5)?,
                        participant_confirmed: row.get(6)?,
                        comment: row.get(7)?,
                    })
                },
            ),
            "arbeidsoppgaven",
            &id,
        )
    }

    /// Copies every phase and task of one outline into another (a template into a new plan or
    /// a duplicate template), with fresh ids and nothing recorded.
    pub fn copy_outline(
        &self,
        from_kind: OutlineKind,
        from: Uuid,
        to_kind: OutlineKind,
        to: Uuid,
    ) -> Result<()> {
        let phases = self.outline(from_kind, from)?;
        self.insert_outline(to_kind, to, &phases)
    }

    /// Inserts phases and their tasks, in order, under `owner`, with fresh ids and nothing
    /// recorded on the tasks.
    pub fn insert_outline(&self, kind: OutlineKind, owner: Uuid, phases: &[Phase]) -> Result<()> {
        for (position, phase) in phases.iter().enumerate() {
            let phase_id = Uuid::new_v4();
            self.insert_phase(
                kind,
                owner,
                phase_id,
                position,
                &phase.goal,
                &phase.language,
            )?;
            for (position, task) in phase.tasks.iter().enumerate() {
                let fresh = Task {
                    id: Uuid::new_v4(),
                    hint: task.hint.clone(),
                    text: task.text.clone(),
                    ..Task::new(task.criterion)
                };
                self.insert_task(kind, phase_id, position, &fresh)?;
            }
        }
        Ok(())
    }
}
