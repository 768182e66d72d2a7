//! SQL for plan templates (their phases and tasks are in `outline`).

use rusqlite::params;
use uuid::Uuid;

use super::{found, uuid_from, Tx};
use crate::dates::now_timestamp;
use crate::error::Result;
use crate::templates::{TemplateRecord, TemplateSummary};

impl Tx<'_> {
    /// Every template with its counts: the examples first, then by name.
    pub fn template_summaries(&self) -> Result<Vec<TemplateSummary>> {
        let mut stmt = self.prepare(
            "SELECT t.id, t.name, t.trade, t.is_example, \
               (SELECT count(*) FROM template_phases p WHERE p.template_id = t.id), \
               (SELECT count(*) FROM template_tasks k JOIN template_phases p ON p.id = k.phase_id \
                 WHERE p.template_id = t.id), \
               (SELECT count(*) FROM training_plans l WHERE l.template_id = t.id) \
             FROM plan_templates t ORDER BY t.is_example, t.name COLLATE NB",
        )?;
        let rows = stmt
            .query_map([], |row| {
                Ok(TemplateSummary {
                    id: uuid_from(row, 0)?,
                    name: row.get(1)?,
                    trade: row.get(2)?,
                    is_example: row.get(3)?,
                    phase_count: row.get::<_, i64>(4)? as usize,
                    task_count: row.get::<_, i64>(5)? as usize,
                    plan_count: row.get::<_, i64>(6)? as usize,
                })
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(rows)
    }

    pub fn template(&self, id: Uuid) -> Result<TemplateRecord> {
        found(
            self.query_row(
                "SELECT id, name, trade, is_example, created_at, updated_at \
                 FROM plan_templates WHERE id = ?1",
                [id.to_string()],
                |row| {
                    Ok(TemplateRecord {
                        id: uuid_from(row, 0)?,
                        name: row.get(1)?,
                        trade: row.get(2)?,
                        is_example: row.get(3)?,
                        created_at: row.get(4)?,
                        updated_at: row.get(5)?,
                    })
                },
            ),
            "malen",
            &id,
        )
    }

    pub fn template_named(&self, name: &str, except: Option<Uuid>) -> Result<bool> {
        self.name_in_use("plan_templates", name, except)
    }

    pub fn plans_from_template(&self, id: Uuid) -> Result<usize> {
        let n: i64 = self.query_row(
            "SELECT count(*) FROM training_plans WHERE template_id = ?1",
            [id.to_string()],
            |r| r.get(0),
        )?;
        Ok(n as usize)
    }

    pub fn insert_template(
        &self,
        id: Uuid,
        name: &str,
        trade: &str,
        is_example: bool,
    ) -> Result<()> {
        self.execute(
            "INSERT INTO plan_templates (id, name, trade, is_example, created_at, updated_at) \
             VALUES (?1, ?2, ?3, ?4, ?5, ?5)",
            params![id.to_string(), name, trade, is_example, now_timestamp()],
        )?;
        Ok(())
    }

    pub fn update_template(&self, id: Uuid, name: &str, trade: &str) -> Result<()> {
        self.execute(
            "UPDATE plan_templates SET name = ?2, trade = ?3, updated_at = ?4 WHERE id = ?1",
            params![id.to_string(), name, trade, now_timestamp()],
        )?;
        Ok(())
    }

    pub fn touch_template(&self, id: Uuid) -> Result<()> {
        self.execute(
            "UPDATE plan_templates SET updated_at = ?2 WHERE id = ?1",
            params![id.to_string(), now_timestamp()],
        )?;
        Ok(())
    }

    /// Deletes the template, its phases and tasks; plans copied from it keep theirs.
    pub fn delete_template(&self, id: Uuid) -> Result<()> {
        self.execute(
            "DELETE FROM template_tasks WHERE phase_id IN \
             (SELECT id FROM template_phases WHERE template_id = ?1)",
            [id.to_string()],
        )?;
        self.execute("DELETE FROM plan_templates WHERE id = ?1", [id.to_string()])?;
        Ok(())
    }
}
