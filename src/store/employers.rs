//! SQL for employers, their contact people and fadders, and the answers to checklists.

use std::collections::HashMap;

use chrono::NaiveDate;
use rusqlite::params;
use uuid::Uuid;

use super::{found, optional_date, uuid_from, Tx};
use crate::dates::now_timestamp;
use crate::employers::{
    Contact, Employer, EmployerSummary, Mentor, PlacementKind, Sector, ValidContact, ValidEmployer,
    ValidMentor,
};
use crate::error::Result;

/// Placement and specification counts per employer, relative to `?1` (today).
const COUNTS: &str =
    "(SELECT count(*) FROM placements p WHERE p.employer_id = e.id AND p.end_date >= ?1), \
     (SELECT count(*) FROM placements p WHERE p.employer_id = e.id AND p.end_date < ?1), \
     (SELECT count(*) FROM requirement_specs s WHERE s.employer_id = e.id)";

fn sector(row: &rusqlite::Row, index: usize) -> rusqlite::Result<Sector> {
    Ok(Sector::from_key(&row.get::<_, String>(index)?).unwrap_or(Sector::Private))
}

impl Tx<'_> {
    fn employer_kinds(&self) -> Result<HashMap<Uuid, Vec<PlacementKind>>> {
        let mut stmt = self.prepare("SELECT employer_id, kind FROM employer_placement_kinds")?;
        let mut rows = stmt.query([])?;
        let mut kinds: HashMap<Uuid, Vec<PlacementKind>> = HashMap::new();
        while let Some(row) = rows.next()? {
            if let Some(kind) = PlacementKind::from_key(&row.get::<_, String>(1)?) {
                kinds.entry(uuid_from(row, 0)?).or_default().push(kind);
            }
        }
        for list in kinds.values_mut() {
            list.sort();
        }
        Ok(kinds)
    }

    pub fn employer_summaries(&self, today: NaiveDate) -> Result<Vec<EmployerSummary>> {
        let mut kinds = self.employer_kinds()?;
        let mut stmt = self.prepare(&format!(
            "SELECT e.id, e.name, e.org_number, e.trade, e.address, e.sector, e.suitable, \
             (SELECT count(*) FROM employer_mentors m WHERE m.employer_id = e.id AND m.trained = 1), \
             (SELECT count(*) FROM employer_mentors m WHERE m.employer_id = e.id), {COUNTS} \
             FROM employers e ORDER BY e.name COLLATE NB"
        ))?;
        let rows = stmt
            .query_map([today.to_string()], |row| {
                let id = uuid_from(row, 0)?;
                Ok(EmployerSummary {
                    id,
                    name: row.get(1)?,
                    org_number: row.get(2)?,
                    trade: row.get(3)?,
                    address: row.get(4)?,
                    sector: sector(row, 5)?,
                    kinds: Vec::new(),
                    suitable: row.get(6)?,
                    has_trained_mentor: row.get::<_, i64>(7)? > 0,
                    mentor_count: row.get::<_, i64>(8)? as usize,
                    current_placements: row.get::<_, i64>(9)? as usize,
                    past_placements: row.get::<_, i64>(10)? as usize,
                    spec_count: row.get::<_, i64>(11)? as usize,
                })
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(rows
            .into_iter()
            .map(|mut e| {
                e.kinds = kinds.remove(&e.id).unwrap_or_default();
                e
            })
            .collect())
    }

    pub fn employer_trades(&self) -> Result<Vec<String>> {
        let mut stmt = self.prepare(
            "SELECT DISTINCT trade FROM employers WHERE trade <> '' ORDER BY trade COLLATE NB",
        )?;
        let rows = stmt
            .query_map([], |r| r.get(0))?
            .collect::<rusqlite::Result<Vec<String>>>()?;
        Ok(rows)
    }

    pub fn employer(&self, id: Uuid, today: NaiveDate) -> Result<Employer> {
        let mut employer = found(
            self.query_row(
                &format!(
                    "SELECT e.id, e.name, e.org_number, e.trade, e.address, e.sector, e.notes, \
                     e.suitable, e.suitability_assessed_on, e.suitability_reason, {COUNTS}, \
                     e.created_at, e.updated_at FROM employers e WHERE e.id = ?2"
                ),
                params![today.to_string(), id.to_string()],
                |row| {
                    Ok(Employer {
                        id: uuid_from(row, 0)?,
                        name: row.get(1)?,
                        org_number: row.get(2)?,
                        trade: row.get(3)?,
                        address: row.get(4)?,
                        sector: sector(row, 5)?,
                        notes: row.get(6)?,
                        kinds: Vec::new(),
                        busy_months: Vec::new(),
                        suitable: row.get(7)?,
                        suitability_assessed_on: optional_date(row, 8)?,
                        suitability_reason: row.get(9)?,
                        contacts: Vec::new(),
                        mentors: Vec::new(),
                        current_placements: row.get::<_, i64>(10)? as usize,
                        past_placements: row.get::<_, i64>(11)? as usize,
                        spec_count: row.get::<_, i64>(12)? as usize,
                        created_at: row.get(13)?,
                        updated_at: row.get(14)?,
                    })
                },
            ),
            "arbeidsgiveren",
            &id,
        )?;
        let key = id.to_string();
        let mut stmt =
            self.prepare("SELECT kind FROM employer_placement_kinds WHERE employer_id = ?1")?;
        employer.kinds = stmt
            .query_map([&key], |r| r.get::<_, String>(0))?
            .collect::<rusqlite::Result<Vec<_>>>()?
            .iter()
            .filter_map(|k| PlacementKind::from_key(k))
            .collect();
        employer.kinds.sort();
        let mut stmt = self.prepare(
            "SELECT month FROM employer_busy_months WHERE employer_id = ?1 ORDER BY month",
        )?;
        employer.busy_months = stmt
            .query_map([&key], |r| r.get::<_, u8>(0))?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        let mut stmt = self.prepare(
            "SELECT c.id, c.name, c.role, c.phone, c.email, \
             (SELECT count(*) FROM placements p WHERE p.contact_id = c.id) \
             FROM employer_contacts c WHERE c.employer_id = ?1 ORDER BY c.name COLLATE NB",
        )?;
        employer.contacts = stmt
            .query_map([&key], |row| {
                Ok(Contact {
                    id: uuid_from(row, 0)?,
                    name: row.get(1)?,
                    role: row.get(2)?,
                    phone: row.get(3)?,
                    email: row.get(4)?,
                    placement_count: row.get::<_, i64>(5)? as usize,
                })
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        let mut stmt = self.prepare(
            "SELECT m.id, m.name, m.role, m.phone, m.trained, m.trained_on, \
             (SELECT count(*) FROM placements p WHERE p.mentor_id = m.id) \
             FROM employer_mentors m WHERE m.employer_id = ?1 ORDER BY m.name COLLATE NB",
        )?;
        employer.mentors = stmt
            .query_map([&key], |row| {
                Ok(Mentor {
                    id: uuid_from(row, 0)?,
                    name: row.get(1)?,
                    role: row.get(2)?,
                    phone: row.get(3)?,
                    trained: row.get(4)?,
                    trained_on: optional_date(row, 5)?,
                    placement_count: row.get::<_, i64>(6)? as usize,
                })
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(employer)
    }

    pub fn employer_with_org_number(&self, number: &str) -> Result<Option<(Uuid, String)>> {
        let mut stmt = self.prepare("SELECT id, name FROM employers WHERE org_number = ?1")?;
        let mut rows = stmt.query([number])?;
        match rows.next()? {
            Some(row) => Ok(Some((uuid_from(row, 0)?, row.get(1)?))),
            None => Ok(None),
        }
    }

    fn write_employer_lists(&self, id: Uuid, e: &ValidEmployer) -> Result<()> {
        let key = id.to_string();
        self.execute(
            "DELETE FROM employer_placement_kinds WHERE employer_id = ?1",
            [&key],
        )?;
        self.execute(
            "DELETE FROM employer_busy_months WHERE employer_id = ?1",
            [&key],
        )?;
        for kind in &e.kinds {
            self.execute(
                "INSERT INTO employer_placement_kinds (employer_id, kind) VALUES (?1, ?2)",
                params![key, kind.key()],
            )?;
        }
        for month in &e.busy_months {
            self.execute(
                "INSERT INTO employer_busy_months (employer_id, month) VALUES (?1, ?2)",
                params![key, month],
            )?;
        }
        Ok(())
    }

    /// Writes a new employer, or an existing one's details (its created time is kept).
    pub fn save_employer(&self, id: Uuid, e: &ValidEmployer) -> Result<()> {
        self.execute(
            "INSERT INTO employers (id, name, org_number, trade, address, sector, notes, \
             created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?8) \
             ON CONFLICT (id) DO UPDATE SET name = excluded.name, org_number = excluded.org_number, \
             trade = excluded.trade, address = excluded.address, sector = excluded.sector, \
             notes = excluded.notes, updated_at = excluded.updated_at",
            params![
                id.to_string(),
                e.name,
                e.org_number,
                e.trade,
                e.address,
                e.sector.key(),
                e.notes,
                now_timestamp()
            ],
        )?;
        self.write_employer_lists(id, e)
    }

    /// The employer's name; "not found" when it has gone.
    pub fn employer_name(&self, id: Uuid) -> Result<String> {
        found(
            self.query_row(
                "SELECT name FROM employers WHERE id = ?1",
                [id.to_string()],
                |r| r.get(0),
            ),
            "arbeidsgiveren",
            &id,
        )
    }

    pub fn set_employer_suitability(
        &self,
        id: Uuid,
        suitable: bool,
        assessed_on: NaiveDate,
        reason: &str,
    ) -> Result<()> {
        self.execute(
            "UPDATE employers SET suitable = ?2, suitability_assessed_on = ?3, \
             suitability_reason = ?4, updated_at = ?5 WHERE id = ?1",
            params![
                id.to_string(),
                suitable,
                assessed_on.to_string(),
                reason,
                now_timestamp()
            ],
        )?;
        Ok(())
    }

    pub fn delete_employer(&self, id: Uuid) -> Result<()> {
        let key = id.to_string();
        self.execute("DELETE FROM checklist_answers WHERE owner_id = ?1", [&key])?;
        self.execute("DELETE FROM employers WHERE id = ?1", [&key])?;
        Ok(())
    }

    pub fn insert_contact(&self, id: Uuid, employer: Uuid, c: &ValidContact) -> Result<()> {
        self.execute(
            "INSERT INTO employer_contacts (id, employer_id, name, role, phone, email, created_at, \
             updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?7)",
            params![
                id.to_string(),
                employer.to_string(),
                c.name,
                c.role,
                c.phone,
                c.email,
                now_timestamp()
            ],
        )?;
        Ok(())
    }

    pub fn update_contact(&self, id: Uuid, c: &ValidContact) -> Result<()> {
        self.execute(
            "UPDATE employer_contacts SET name = ?2, role = ?3, phone = ?4, email = ?5, \
             updated_at = ?6 WHERE id = ?1",
            params![
                id.to_string(),
                c.name,
                c.role,
                c.phone,
                c.email,
                now_timestamp()
            ],
        )?;
        Ok(())
    }

    pub fn delete_contact(&self, id: Uuid) -> Result<()> {
        self.execute(
            "DELETE FROM employer_contacts WHERE id = ?1",
            [id.to_string()],
        )?;
        Ok(())
    }

    /// The employer a contact person belongs to.
    pub fn contact_employer(&self, id: Uuid) -> Result<Uuid> {
        found(
            self.query_row(
                "SELECT employer_id FROM employer_contacts WHERE id = ?1",
                [id.to_string()],
                |r| uuid_from(r, 0),
            ),
            "kontaktpersonen",
            &id,
        )
    }

    pub fn insert_mentor(&self, id: Uuid, employer: Uuid, m: &ValidMentor) -> Result<()> {
        self.execute(
            "INSERT INTO employer_mentors (id, employer_id, name, role, phone, trained, trained_on, \
             created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?8)",
            params![
                id.to_string(),
                employer.to_string(),
                m.name,
                m.role,
                m.phone,
                m.trained,
                m.trained_on.map(|d| d.to_string()),
                now_timestamp()
            ],
        )?;
        Ok(())
    }

    pub fn update_mentor(&self, id: Uuid, m: &ValidMentor) -> Result<()> {
        self.execute(
            "UPDATE employer_mentors SET name = ?2, role = ?3, phone = ?4, trained = ?5, \
             trained_on = ?6, updated_at = ?7 WHERE id = ?1",
            params![
                id.to_string(),
                m.name,
                m.role,
                m.phone,
                m.trained,
                m.trained_on.map(|d| d.to_string()),
                now_timestamp()
            ],
        )?;
        // A placement shows its fadder's name as it is now.
        self.execute(
            "UPDATE placements SET mentor_name = ?2 WHERE mentor_id = ?1",
            params![id.to_string(), m.name],
        )?;
        Ok(())
    }

    pub fn delete_mentor(&self, id: Uuid) -> Result<()> {
        self.execute(
            "DELETE FROM employer_mentors WHERE id = ?1",
            [id.to_string()],
        )?;
        Ok(())
    }

    /// The employer a fadder belongs to.
    pub fn mentor_employer(&self, id: Uuid) -> Result<Uuid> {
        found(
            self.query_row(
                "SELECT employer_id FROM employer_mentors WHERE id = ?1",
                [id.to_string()],
                |r| uuid_from(r, 0),
            ),
            "fadderen",
            &id,
        )
    }

    /// The stored answers of one checklist: item key → (done, note, responsible, updated_at).
    pub fn checklist_answers(
        &self,
        checklist: &str,
        owner: Uuid,
    ) -> Result<HashMap<String, (bool, String, String, String)>> {
        let mut stmt = self.prepare(
            "SELECT item, done, note, responsible, updated_at FROM checklist_answers \
             WHERE checklist = ?1 AND owner_id = ?2",
        )?;
        let rows = stmt
            .query_map(params![checklist, owner.to_string()], |r| {
                Ok((r.get(0)?, (r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?)))
            })?
            .collect::<rusqlite::Result<HashMap<_, _>>>()?;
        Ok(rows)
    }

    pub fn set_checklist_answer(
        &self,
        checklist: &str,
        owner: Uuid,
        item: &str,
        done: bool,
        note: &str,
        responsible: &str,
    ) -> Result<()> {
        self.execute(
            "INSERT INTO checklist_answers (checklist, owner_id, item, done, note, responsible, \
             updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7) \
             ON CONFLICT (checklist, owner_id, item) DO UPDATE SET done = excluded.done, \
             note = excluded.note, responsible = excluded.responsible, updated_at = excluded.updated_at",
            params![checklist, owner.to_string(), item, done, note, responsible, now_timestamp()],
        )?;
        Ok(())
    }
}
