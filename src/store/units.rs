//! SQL for units.

use rusqlite::params;
use uuid::Uuid;

use super::{found, uuid_from, Tx};
use crate::dates::now_timestamp;
use crate::error::Result;
use crate::units::{Unit, UnitKind};

/// Orders units: the three qualifying ones in the handbook's order, then the rest by name.
pub(super) const UNIT_ORDER: &str = "CASE u.kind WHEN 'flyktningtjeneste' THEN 0 \
     WHEN 'voksenopplaering' THEN 1 WHEN 'nav' THEN 2 ELSE 3 END, u.name COLLATE NB";

const SELECT_UNIT: &str = "SELECT u.id, u.kind, u.name, u.created_at, u.updated_at, \
     (SELECT count(*) FROM people p WHERE p.unit_id = u.id) FROM units u";

fn unit_from_row(row: &rusqlite::Row) -> rusqlite::Result<Unit> {
    let kind: String = row.get(1)?;
    Ok(Unit {
        id: uuid_from(row, 0)?,
        kind: UnitKind::from_code(&kind).unwrap_or(UnitKind::Annen),
        name: row.get(2)?,
        created_at: row.get(3)?,
        updated_at: row.get(4)?,
        people_count: row.get::<_, i64>(5)? as usize,
    })
}

impl Tx<'_> {
    pub fn units(&self) -> Result<Vec<Unit>> {
        let mut stmt = self.prepare(&format!("{SELECT_UNIT} ORDER BY {UNIT_ORDER}"))?;
        let units = stmt
            .query_map([], unit_from_row)?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(units)
    }

    pub fn unit(&self, id: Uuid) -> Result<Unit> {
        found(
            self.query_row(
                &format!("{SELECT_UNIT} WHERE u.id = ?1"),
                [id.to_string()],
                unit_from_row,
            ),
            "enheten",
            &id,
        )
    }

    /// Whether another unit already has this name, ignoring case.
    pub fn unit_named(&self, name: &str, except: Option<Uuid>) -> Result<bool> {
        self.name_in_use("units", name, except)
    }

    pub fn insert_unit(&self, id: Uuid, kind: UnitKind, name: &str) -> Result<()> {
        let now = now_timestamp();
        self.execute(
            "INSERT INTO units (id, kind, name, created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?4)",
            params![id.to_string(), kind.code(), name, now],
        )?;
        Ok(())
    }

    pub fn rename_unit(&self, id: Uuid, name: &str) -> Result<()> {
        self.execute(
            "UPDATE units SET name = ?2, updated_at = ?3 WHERE id = ?1",
            params![id.to_string(), name, now_timestamp()],
        )?;
        Ok(())
    }

    pub fn delete_unit(&self, id: Uuid) -> Result<()> {
        self.execute("DELETE FROM units WHERE id = ?1", [id.to_string()])?;
        Ok(())
    }
}
