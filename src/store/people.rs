//! SQL for people.

use rusqlite::params;
use uuid::Uuid;

use super::{found, uuid_from, Tx};
use crate::dates::now_timestamp;
use crate::error::Result;
use crate::people::{Person, Role, ValidPerson};

const SELECT_PERSON: &str = "SELECT p.id, p.name, p.unit_id, u.name, p.role, p.email, p.phone, \
     p.created_at, p.updated_at FROM people p JOIN units u ON u.id = p.unit_id";

fn person_from_row(row: &rusqlite::Row) -> rusqlite::Result<Person> {
    let role = Role::from_code(&row.get::<_, String>(4)?).unwrap_or(Role::Annen);
    Ok(Person {
        id: uuid_from(row, 0)?,
        name: row.get(1)?,
        unit_id: uuid_from(row, 2)?,
        unit_name: row.get(3)?,
        role,
        role_label: role.label(),
        email: row.get(5)?,
        phone: row.get(6)?,
        created_at: row.get(7)?,
        updated_at: row.get(8)?,
    })
}

impl Tx<'_> {
    pub fn people(&self) -> Result<Vec<Person>> {
        let mut stmt = self.prepare(&format!(
            "{SELECT_PERSON} ORDER BY p.name COLLATE NB, u.name COLLATE NB"
        ))?;
        let people = stmt
            .query_map([], person_from_row)?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(people)
    }

    pub fn person(&self, id: Uuid) -> Result<Person> {
        found(
            self.query_row(
                &format!("{SELECT_PERSON} WHERE p.id = ?1"),
                [id.to_string()],
                person_from_row,
            ),
            "personen",
            &id,
        )
    }

    pub fn insert_person(&self, id: Uuid, p: &ValidPerson) -> Result<()> {
        self.execute(
            "INSERT INTO people (id, name, unit_id, role, email, phone, created_at, updated_at) \
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?7)",
            params![
                id.to_string(),
                p.name,
                p.unit_id.to_string(),
                p.role.code(),
                p.email,
                p.phone,
                now_timestamp()
            ],
        )?;
        Ok(())
    }

    pub fn update_person(&self, id: Uuid, p: &ValidPerson) -> Result<()> {
        self.execute(
            "UPDATE people SET name = ?2, unit_id = ?3, role = ?4, email = ?5, phone = ?6, \
             updated_at = ?7 WHERE id = ?1",
            params![
                id.to_string(),
                p.name,
                p.unit_id.to_string(),
                p.role.code(),
                p.email,
                p.phone,
                now_timestamp()
            ],
        )?;
        Ok(())
    }

    pub fn delete_person(&self, id: Uuid) -> Result<()> {
        self.execute("DELETE FROM people WHERE id = ?1", [id.to_string()])?;
        Ok(())
    }

    /// How many working groups the person is a member of.
    pub fn groups_of_person(&self, id: Uuid) -> Result<usize> {
        Ok(self.query_row(
            "SELECT count(*) FROM work_group_members WHERE person_id = ?1",
            [id.to_string()],
            |r| r.get::<_, i64>(0),
        )? as usize)
    }
}
