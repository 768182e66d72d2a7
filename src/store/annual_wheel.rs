//! SQL for the annual wheel's activities and the units involved in them.

use rusqlite::params;
use uuid::Uuid;

use super::{found, optional_uuid, uuid_from, Tx};
use crate::annual_wheel::{ActivityKind, ValidActivity};
use crate::dates::now_timestamp;
use crate::error::Result;

/// An activity as stored.
pub struct StoredActivity {
    pub id: Uuid,
    pub group_id: Uuid,
    pub name: String,
    pub kind: ActivityKind,
    pub responsible: Uuid,
    pub performing: Option<Uuid>,
    pub involved: Vec<Uuid>,
    pub months: u16,
    pub note: String,
    pub fixed: bool,
}

const SELECT_ACTIVITY: &str = "SELECT id, group_id, name, kind, responsible_unit_id, \
     performing_unit_id, months, note, fixed FROM wheel_activities";

fn activity_from(r: &rusqlite::Row) -> rusqlite::Result<StoredActivity> {
    Ok(StoredActivity {
        id: uuid_from(r, 0)?,
        group_id: uuid_from(r, 1)?,
        name: r.get(2)?,
        kind: ActivityKind::from_key(&r.get::<_, String>(3)?).unwrap_or(ActivityKind::Other),
        responsible: uuid_from(r, 4)?,
        performing: optional_uuid(r, 5)?,
        involved: Vec::new(),
        months: r.get(6)?,
        note: r.get(7)?,
        fixed: r.get::<_, i64>(8)? == 1,
    })
}

impl Tx<'_> {
    fn involved_units(&self, activity: Uuid) -> Result<Vec<Uuid>> {
        let mut stmt = self.prepare(
            "SELECT i.unit_id FROM wheel_involved_units i JOIN units u ON u.id = i.unit_id \
             WHERE i.activity_id = ?1 ORDER BY u.name COLLATE NB",
        )?;
        let ids = stmt
            .query_map([activity.to_string()], |r| uuid_from(r, 0))?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(ids)
    }

    pub fn wheel_activities(&self, group: Uuid) -> Result<Vec<StoredActivity>> {
        let mut stmt = self.prepare(&format!("{SELECT_ACTIVITY} WHERE group_id = ?1"))?;
        let mut list = stmt
            .query_map([group.to_string()], activity_from)?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        for a in &mut list {
            a.involved = self.involved_units(a.id)?;
        }
        Ok(list)
    }

    pub fn wheel_activity(&self, id: Uuid) -> Result<StoredActivity> {
        let mut a = found(
            self.query_row(
                &format!("{SELECT_ACTIVITY} WHERE id = ?1"),
                [id.to_string()],
                activity_from,
            ),
            "aktiviteten",
            &id,
        )?;
        a.involved = self.involved_units(id)?;
        Ok(a)
    }

    pub fn insert_wheel_activity(&self, id: Uuid, group: Uuid, a: &ValidActivity) -> Result<()> {
        let now = now_timestamp();
        self.execute(
            "INSERT INTO wheel_activities (id, group_id, name, kind, responsible_unit_id, \
             performing_unit_id, months, note, fixed, created_at, updated_at) \
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?10)",
            params![
                id.to_string(),
                group.to_string(),
                a.name,
                a.kind.key(),
                a.responsible.to_string(),
                a.performing.map(|p| p.to_string()),
                a.months,
                a.note,
                a.fixed as i64,
                now
            ],
        )?;
        self.set_involved_units(id, &a.involved)
    }

    fn set_involved_units(&self, id: Uuid, units: &[Uuid]) -> Result<()> {
        self.execute(
            "DELETE FROM wheel_involved_units WHERE activity_id = ?1",
            [id.to_string()],
        )?;
        let mut stmt = self
            .prepare("INSERT INTO wheel_involved_units (activity_id, unit_id) VALUES (?1, ?2)")?;
        for unit in units {
            stmt.execute(params![id.to_string(), unit.to_string()])?;
        }
        Ok(())
    }

    pub fn update_wheel_activity(&self, id: Uuid, a: &ValidActivity) -> Result<()> {
        self.execute(
            "UPDATE wheel_activities SET name = ?2, kind = ?3, responsible_unit_id = ?4, \
             performing_unit_id = ?5, months = ?6, note = ?7, updated_at = ?8 WHERE id = ?1",
            params![
                id.to_string(),
                a.name,
                a.kind.key(),
                a.responsible.to_string(),
                a.performing.map(|p| p.to_string()),
                a.months,
                a.note,
                now_timestamp()
            ],
        )?;
        self.set_involved_units(id, &a.involved)
    }

    pub fn delete_wheel_activity(&self, id: Uuid) -> Result<()> {
        self.execute(
            "DELETE FROM wheel_activities WHERE id = ?1",
            [id.to_string()],
        )?;
        Ok(())
    }

    /// How many activities of any annual wheel name the unit.
    pub fn unit_wheel_uses(&self, unit: Uuid) -> Result<usize> {
        let key = unit.to_string();
        let n: i64 = self.query_row(
            "SELECT count(*) FROM wheel_activities WHERE responsible_unit_id = ?1 \
             OR performing_unit_id = ?1 \
             OR id IN (SELECT activity_id FROM wheel_involved_units WHERE unit_id = ?1)",
            [key],
            |r| r.get(0),
        )?;
        Ok(n as usize)
    }
}
