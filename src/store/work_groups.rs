//! SQL for working groups and their members.

use rusqlite::{params, OptionalExtension};
use uuid::Uuid;

use super::units::UNIT_ORDER;
use super::{found, uuid_from, Tx};
use crate::dates::now_timestamp;
use crate::error::Result;
use crate::people::Role;
use crate::units::UnitKind;
use crate::work_groups::{GroupRecord, Member, WorkGroupSummary};

fn group_from_row(row: &rusqlite::Row) -> rusqlite::Result<GroupRecord> {
    Ok(GroupRecord {
        id: uuid_from(row, 0)?,
        name: row.get(1)?,
        created_at: row.get(2)?,
        updated_at: row.get(3)?,
    })
}

impl Tx<'_> {
    /// Every group with its member count, by name; `missing_units` is filled in by the caller.
    pub fn work_group_summaries(&self) -> Result<Vec<WorkGroupSummary>> {
        let mut stmt = self.prepare(
            "SELECT g.id, g.name, (SELECT count(*) FROM work_group_members m WHERE m.group_id = g.id) \
             FROM work_groups g ORDER BY g.name COLLATE NB",
        )?;
        let groups = stmt
            .query_map([], |row| {
                Ok(WorkGroupSummary {
                    id: uuid_from(row, 0)?,
                    name: row.get(1)?,
                    member_count: row.get::<_, i64>(2)? as usize,
                    missing_units: Vec::new(),
                })
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(groups)
    }

    pub fn work_group(&self, id: Uuid) -> Result<GroupRecord> {
        found(
            self.query_row(
                "SELECT id, name, created_at, updated_at FROM work_groups WHERE id = ?1",
                [id.to_string()],
                group_from_row,
            ),
            "arbeidsgruppen",
            &id,
        )
    }

    pub fn work_group_named(&self, name: &str, except: Option<Uuid>) -> Result<bool> {
        self.name_in_use("work_groups", name, except)
    }

    pub fn insert_work_group(&self, id: Uuid, name: &str) -> Result<()> {
        self.execute(
            "INSERT INTO work_groups (id, name, created_at, updated_at) VALUES (?1, ?2, ?3, ?3)",
            params![id.to_string(), name, now_timestamp()],
        )?;
        Ok(())
    }

    pub fn rename_work_group(&self, id: Uuid, name: &str) -> Result<()> {
        self.execute(
            "UPDATE work_groups SET name = ?2, updated_at = ?3 WHERE id = ?1",
            params![id.to_string(), name, now_timestamp()],
        )?;
        Ok(())
    }

    pub fn touch_work_group(&self, id: Uuid) -> Result<()> {
        self.execute(
            "UPDATE work_groups SET updated_at = ?2 WHERE id = ?1",
            params![id.to_string(), now_timestamp()],
        )?;
        Ok(())
    }

    pub fn delete_work_group(&self, id: Uuid) -> Result<()> {
        // Checklist answers have no foreign key (their owner may be an employer or a group).
        self.execute(
            "DELETE FROM checklist_answers WHERE owner_id = ?1",
            [id.to_string()],
        )?;
        self.execute("DELETE FROM work_groups WHERE id = ?1", [id.to_string()])?;
        Ok(())
    }

    pub fn members(&self, group_id: Uuid) -> Result<Vec<Member>> {
        let mut stmt = self.prepare(&format!(
            "SELECT p.id, p.name, u.id, u.name, u.kind, p.role, p.email, p.phone, m.leads_process \
             FROM work_group_members m \
             JOIN people p ON p.id = m.person_id \
             JOIN units u ON u.id = p.unit_id \
             WHERE m.group_id = ?1 \
             ORDER BY {UNIT_ORDER}, p.name COLLATE NB"
        ))?;
        let members = stmt
            .query_map([group_id.to_string()], |row| {
                let role = Role::from_code(&row.get::<_, String>(5)?).unwrap_or(Role::Annen);
                Ok(Member {
                    person_id: uuid_from(row, 0)?,
                    name: row.get(1)?,
                    unit_id: uuid_from(row, 2)?,
                    unit_name: row.get(3)?,
                    unit_kind: UnitKind::from_code(&row.get::<_, String>(4)?)
                        .unwrap_or(UnitKind::Annen),
                    role,
                    role_label: role.label(),
                    email: row.get(6)?,
                    phone: row.get(7)?,
                    leads_process: row.get(8)?,
                })
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(members)
    }

    /// The qualifying units with no member, as (group, unit name) pairs in the handbook's order:
    /// for one group, or with `None` for every group at once.
    pub fn missing_units(&self, group: Option<Uuid>) -> Result<Vec<(Uuid, String)>> {
        let mut stmt = self.prepare(&format!(
            "SELECT g.id, u.name FROM work_groups g JOIN units u ON u.kind <> 'annen' \
             WHERE (?1 IS NULL OR g.id = ?1) AND NOT EXISTS ( \
                 SELECT 1 FROM work_group_members m JOIN people p ON p.id = m.person_id \
                 WHERE m.group_id = g.id AND p.unit_id = u.id) \
             ORDER BY {UNIT_ORDER}"
        ))?;
        let pairs = stmt
            .query_map([group.map(|id| id.to_string())], |r| {
                Ok((uuid_from(r, 0)?, r.get(1)?))
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(pairs)
    }

    pub fn is_member(&self, group_id: Uuid, person_id: Uuid) -> Result<bool> {
        Ok(self
            .query_row(
                "SELECT 1 FROM work_group_members WHERE group_id = ?1 AND person_id = ?2",
                params![group_id.to_string(), person_id.to_string()],
                |_| Ok(()),
            )
            .optional()?
            .is_some())
    }

    pub fn insert_member(&self, group_id: Uuid, person_id: Uuid) -> Result<()> {
        self.execute(
            "INSERT INTO work_group_members (id, group_id, person_id, leads_process, created_at, updated_at) \
             VALUES (?1, ?2, ?3, 0, ?4, ?4)",
            params![
                Uuid::new_v4().to_string(),
                group_id.to_string(),
                person_id.to_string(),
                now_timestamp()
            ],
        )?;
        Ok(())
    }

    pub fn delete_member(&self, group_id: Uuid, person_id: Uuid) -> Result<()> {
        self.execute(
            "DELETE FROM work_group_members WHERE group_id = ?1 AND person_id = ?2",
            params![group_id.to_string(), person_id.to_string()],
        )?;
        Ok(())
    }

    pub fn set_leader(&self, group_id: Uuid, person_id: Option<Uuid>) -> Result<()> {
        let now = now_timestamp();
        self.execute(
            "UPDATE work_group_members SET leads_process = 0, updated_at = ?2 \
             WHERE group_id = ?1 AND leads_process = 1",
            params![group_id.to_string(), now],
        )?;
        if let Some(person_id) = person_id {
            self.execute(
                "UPDATE work_group_members SET leads_process = 1, updated_at = ?3 \
                 WHERE group_id = ?1 AND person_id = ?2",
                params![group_id.to_string(), person_id.to_string(), now],
            )?;
        }
        Ok(())
    }
}
