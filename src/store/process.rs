//! SQL for a process's steps marked done and the rows of its step tools.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use rusqlite::params;
use uuid::Uuid;

use super::{found, uuid_from, Tx};
use crate::dates::{format_date, now_timestamp};
use crate::error::Result;
use crate::process::DoneRecord;
use crate::tools::StoredRow;

impl Tx<'_> {
    /// The steps marked done, by number.
    pub fn done_steps(&self, group: Uuid) -> Result<Vec<(u8, DoneRecord)>> {
        let mut stmt = self.prepare(
            "SELECT step, done_on, done_by, missing FROM process_steps WHERE group_id = ?1 \
             ORDER BY step",
        )?;
        let rows = stmt
            .query_map([group.to_string()], |r| {
                let done_on: String = r.get(1)?;
                let missing: String = r.get(3)?;
                Ok((
                    r.get::<_, u8>(0)?,
                    DoneRecord {
                        done_on: NaiveDate::parse_from_str(&done_on, "%Y-%m-%d")
                            .map(format_date)
                            .unwrap_or(done_on),
                        done_by: r.get(2)?,
                        missing: missing
                            .lines()
                            .filter(|l| !l.is_empty())
                            .map(String::from)
                            .collect(),
                    },
                ))
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(rows)
    }

    pub fn mark_step_done(
        &self,
        group: Uuid,
        step: u8,
        on: NaiveDate,
        by: &str,
        missing: &str,
    ) -> Result<()> {
        let now = now_timestamp();
        self.execute(
            "INSERT INTO process_steps (group_id, step, done_on, done_by, missing, created_at, updated_at) \
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?6)",
            params![group.to_string(), step, on.format("%Y-%m-%d").to_string(), by, missing, now],
        )?;
        Ok(())
    }

    pub fn reopen_step(&self, group: Uuid, step: u8) -> Result<()> {
        self.execute(
            "DELETE FROM process_steps WHERE group_id = ?1 AND step = ?2",
            params![group.to_string(), step],
        )?;
        Ok(())
    }

    /// The rows of one tool of the group, in order, with their cells.
    pub fn tool_rows(&self, group: Uuid, tool: &str) -> Result<Vec<StoredRow>> {
        let mut stmt = self.prepare(
            "SELECT r.id, r.position, c.column_key, c.value FROM tool_rows r \
             LEFT JOIN tool_cells c ON c.row_id = r.id \
             WHERE r.group_id = ?1 AND r.tool = ?2 ORDER BY r.position, r.created_at",
        )?;
        let mut rows = stmt.query(params![group.to_string(), tool])?;
        let mut out: Vec<StoredRow> = Vec::new();
        while let Some(row) = rows.next()? {
            let id = uuid_from(row, 0)?;
            if out.last().map(|r| r.id) != Some(id) {
                out.push(StoredRow {
                    id,
                    position: out.len(),
                    cells: BTreeMap::new(),
                });
            }
            let key: Option<String> = row.get(2)?;
            if let Some(key) = key {
                let value: String = row.get(3)?;
                out.last_mut()
                    .expect("pushed above")
                    .cells
                    .insert(key, value);
            }
        }
        Ok(out)
    }

    pub fn tool_row_counts(&self, group: Uuid) -> Result<BTreeMap<String, usize>> {
        let mut stmt =
            self.prepare("SELECT tool, count(*) FROM tool_rows WHERE group_id = ?1 GROUP BY tool")?;
        let counts = stmt
            .query_map([group.to_string()], |r| {
                Ok((r.get(0)?, r.get::<_, i64>(1)? as usize))
            })?
            .collect::<rusqlite::Result<BTreeMap<String, usize>>>()?;
        Ok(counts)
    }

    pub fn insert_tool_row(
        &self,
        id: Uuid,
        group: Uuid,
        tool: &str,
        position: usize,
        cells: &BTreeMap<String, String>,
    ) -> Result<()> {
        let now = now_timestamp();
        self.execute(
            "INSERT INTO tool_rows (id, group_id, tool, position, created_at, updated_at) \
             VALUES (?1, ?2, ?3, ?4, ?5, ?5)",
            params![
                id.to_string(),
                group.to_string(),
                tool,
                position as i64,
                now
            ],
        )?;
        self.insert_tool_cells(id, cells)
    }

    fn insert_tool_cells(&self, row: Uuid, cells: &BTreeMap<String, String>) -> Result<()> {
        let mut stmt =
            self.prepare("INSERT INTO tool_cells (row_id, column_key, value) VALUES (?1, ?2, ?3)")?;
        for (key, value) in cells {
            stmt.execute(params![row.to_string(), key, value])?;
        }
        Ok(())
    }

    /// The group and tool a row belongs to.
    pub fn tool_row_owner(&self, row: Uuid) -> Result<(Uuid, String)> {
        found(
            self.query_row(
                "SELECT group_id, tool FROM tool_rows WHERE id = ?1",
                [row.to_string()],
                |r| Ok((uuid_from(r, 0)?, r.get(1)?)),
            ),
            "raden",
            &row,
        )
    }

    pub fn replace_tool_cells(&self, row: Uuid, cells: &BTreeMap<String, String>) -> Result<()> {
        self.execute(
            "DELETE FROM tool_cells WHERE row_id = ?1",
            [row.to_string()],
        )?;
        self.insert_tool_cells(row, cells)?;
        self.execute(
            "UPDATE tool_rows SET updated_at = ?2 WHERE id = ?1",
            params![row.to_string(), now_timestamp()],
        )?;
        Ok(())
    }

    pub fn set_tool_row_order(&self, ids: &[Uuid]) -> Result<()> {
        let mut stmt = self.prepare("UPDATE tool_rows SET position = ?2 WHERE id = ?1")?;
        for (position, id) in ids.iter().enumerate() {
            stmt.execute(params![id.to_string(), position as i64])?;
        }
        Ok(())
    }

    pub fn delete_tool_row(&self, row: Uuid) -> Result<()> {
        self.execute("DELETE FROM tool_rows WHERE id = ?1", [row.to_string()])?;
        Ok(())
    }
}
