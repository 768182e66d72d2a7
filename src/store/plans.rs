//! SQL for training plans, what is recorded on their tasks, and their history (their phases and
//! tasks as such are in `outline`).

use chrono::NaiveDate;
use rusqlite::params;
use uuid::Uuid;

use super::{found, uuid_from, Tx};
use crate::dates::now_timestamp;
use crate::error::Result;
use crate::plans::{
    describe_change, describe_time, Change, Confirmer, HistoryEntry, PlanRecord, PlanSummary,
};
use crate::templates::TemplateRecord;

impl Tx<'_> {
    pub fn plan_record(&self, id: Uuid) -> Result<PlanRecord> {
        found(
            self.query_row(
                "SELECT id, placement_id, template_id, template_name, name, trade, created_at, \
                 updated_at FROM training_plans WHERE id = ?1",
                [id.to_string()],
                |row| {
                    let template: Option<String> = row.get(2)?;
                    Ok(PlanRecord {
                        id: uuid_from(row, 0)?,
                        placement_id: uuid_from(row, 1)?,
                        template_id: template.and_then(|t| Uuid::parse_str(&t).ok()),
                        template_name: row.get(3)?,
                        name: row.get(4)?,
                        trade: row.get(5)?,
                        created_at: row.get(6)?,
                        updated_at: row.get(7)?,
                    })
                },
            ),
            "opplæringsplanen",
            &id,
        )
    }

    /// Every plan with its participant, workplace and progress, by participant: one query.
    pub fn plan_summaries(&self) -> Result<Vec<PlanSummary>> {
        let mut stmt = self.prepare(
            "SELECT l.id, l.name, l.trade, d.name, s.workplace, \
               (SELECT count(*) FROM plan_phases f WHERE f.plan_id = l.id), \
               (SELECT min(f.position) + 1 FROM plan_phases f WHERE f.plan_id = l.id AND f.passed_on IS NULL), \
               (SELECT count(*) FROM plan_tasks t JOIN plan_phases f ON f.id = t.phase_id \
                 WHERE f.plan_id = l.id AND t.mentor_confirmed = 1), \
               (SELECT count(*) FROM plan_tasks t JOIN plan_phases f ON f.id = t.phase_id \
                 WHERE f.plan_id = l.id) \
             FROM training_plans l JOIN placements s ON s.id = l.placement_id \
             JOIN participants d ON d.id = s.participant_id \
             ORDER BY d.name COLLATE NB, s.start_date DESC",
        )?;
        let rows = stmt
            .query_map([], |row| {
                Ok(PlanSummary {
                    id: uuid_from(row, 0)?,
                    name: row.get(1)?,
                    trade: row.get(2)?,
                    participant_name: row.get(3)?,
                    workplace: row.get(4)?,
                    phase_count: row.get::<_, i64>(5)? as usize,
                    current_phase: row.get::<_, Option<i64>>(6)?.map(|n| n as usize),
                    confirmed: row.get::<_, i64>(7)? as usize,
                    total: row.get::<_, i64>(8)? as usize,
                })
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(rows)
    }

    pub fn insert_plan(&self, id: Uuid, placement: Uuid, template: &TemplateRecord) -> Result<()> {
        self.execute(
            "INSERT INTO training_plans (id, placement_id, template_id, template_name, name, trade, \
             created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?4, ?5, ?6, ?6)",
            params![
                id.to_string(),
                placement.to_string(),
                template.id.to_string(),
                template.name,
                template.trade,
                now_timestamp()
            ],
        )?;
        Ok(())
    }

    pub fn delete_plan(&self, id: Uuid) -> Result<()> {
        self.execute(
            "DELETE FROM plan_tasks WHERE phase_id IN (SELECT id FROM plan_phases WHERE plan_id = ?1)",
            [id.to_string()],
        )?;
        self.execute("DELETE FROM training_plans WHERE id = ?1", [id.to_string()])?;
        Ok(())
    }

    pub fn touch_plan(&self, id: Uuid) -> Result<()> {
        self.execute(
            "UPDATE training_plans SET updated_at = ?2 WHERE id = ?1",
            params![id.to_string(), now_timestamp()],
        )?;
        Ok(())
    }

    pub fn set_task_done(&self, task: Uuid, date: Option<NaiveDate>) -> Result<()> {
        self.execute(
            "UPDATE plan_tasks SET done_on = ?2, updated_at = ?3 WHERE id = ?1",
            params![
                task.to_string(),
                date.map(|d| d.to_string()),
                now_timestamp()
            ],
        )?;
        Ok(())
    }

    pub fn set_task_confirmed(&self, task: Uuid, who: Confirmer, confirmed: bool) -> Result<()> {
        let column = match who {
            Confirmer::Mentor => "mentor_confirmed",
            Confirmer::Participant => "participant_confirmed",
        };
        self.execute(
            &format!("UPDATE plan_tasks SET {column} = ?2, updated_at = ?3 WHERE id = ?1"),
            params![task.to_string(), confirmed, now_timestamp()],
        )?;
        Ok(())
    }

    pub fn set_task_comment(&self, task: Uuid, comment: &str) -> Result<()> {
        self.execute(
            "UPDATE plan_tasks SET comment = ?2, updated_at = ?3 WHERE id = ?1",
            params![task.to_string(), comment, now_timestamp()],
        )?;
        Ok(())
    }

    pub fn set_phase_passed(&self, phase: Uuid, date: Option<NaiveDate>) -> Result<()> {
        self.execute(
            "UPDATE plan_phases SET passed_on = ?2, updated_at = ?3 WHERE id = ?1",
            params![
                phase.to_string(),
                date.map(|d| d.to_string()),
                now_timestamp()
            ],
        )?;
        Ok(())
    }

    pub fn insert_plan_event(
        &self,
        plan: Uuid,
        change: &Change,
        by: Option<(Uuid, &str)>,
    ) -> Result<()> {
        self.execute(
            "INSERT INTO plan_events (id, plan_id, task_id, phase_position, subject, change, \
             old_value, new_value, changed_by, changed_by_name, changed_at) \
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
            params![
                Uuid::new_v4().to_string(),
                plan.to_string(),
                change.task_id.map(|t| t.to_string()),
                change.phase_position.map(|p| p as i64),
                change.subject,
                change.change,
                change.old,
                change.new,
                by.map(|(id, _)| id.to_string()),
                by.map(|(_, name)| name).unwrap_or(""),
                now_timestamp()
            ],
        )?;
        Ok(())
    }

    /// The plan's history, newest first; of one task when `task` is given.
    pub fn plan_events(&self, plan: Uuid, task: Option<Uuid>) -> Result<Vec<HistoryEntry>> {
        let mut stmt = self.prepare(
            "SELECT changed_at, changed_by_name, task_id, subject, change, old_value, new_value \
             FROM plan_events WHERE plan_id = ?1 AND (?2 IS NULL OR task_id = ?2) \
             ORDER BY changed_at DESC, rowid DESC",
        )?;
        let rows = stmt
            .query_map(
                params![plan.to_string(), task.map(|t| t.to_string())],
                |row| {
                    let by: String = row.get(1)?;
                    let task: Option<String> = row.get(2)?;
                    let change: String = row.get(4)?;
                    let old: Option<String> = row.get(5)?;
                    let new: Option<String> = row.get(6)?;
                    Ok(HistoryEntry {
                        at: describe_time(&row.get::<_, String>(0)?),
                        by: if by.is_empty() {
                            "Ikke valgt bruker".into()
                        } else {
                            by
                        },
                        task_id: task.and_then(|t| Uuid::parse_str(&t).ok()),
                        subject: row.get(3)?,
                        what: describe_change(&change, old.as_deref(), new.as_deref()),
                    })
                },
            )?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(rows)
    }
}
