//! SQL for participants and their placements.

use chrono::NaiveDate;
use rusqlite::params;
use uuid::Uuid;

use super::{found, optional_uuid, uuid_from, Tx};
use crate::dates::now_timestamp;
use crate::employers::PlacementKind;
use crate::error::Result;
use crate::participants::{printed_name, Participant, Placement, ValidPlacement};

const SELECT_PARTICIPANT: &str = "SELECT d.id, d.name, d.initials_only, d.adviser_id, p.name, \
     (SELECT count(*) FROM placements s WHERE s.participant_id = d.id), d.created_at, d.updated_at \
     FROM participants d LEFT JOIN people p ON p.id = d.adviser_id";

fn participant_from_row(row: &rusqlite::Row) -> rusqlite::Result<Participant> {
    let name: String = row.get(1)?;
    let initials_only: bool = row.get(2)?;
    let adviser: Option<String> = row.get(3)?;
    Ok(Participant {
        id: uuid_from(row, 0)?,
        printed_name: printed_name(&name, initials_only),
        name,
        initials_only,
        adviser_id: adviser.and_then(|a| Uuid::parse_str(&a).ok()),
        adviser_name: row.get(4)?,
        placement_count: row.get::<_, i64>(5)? as usize,
        created_at: row.get(6)?,
        updated_at: row.get(7)?,
    })
}

const SELECT_PLACEMENT: &str = "SELECT s.id, s.participant_id, d.name, s.workplace, s.mentor_name, \
     s.start_date, s.end_date, s.days_per_week, (SELECT l.id FROM training_plans l WHERE l.placement_id = s.id), \
     s.created_at, s.updated_at, s.employer_id, e.name, s.mentor_id, s.contact_id, c.name, s.kind, \
     s.school_days_per_week, s.goal, s.spec_version_id, v.spec_id, r.position, v.number \
     FROM placements s JOIN participants d ON d.id = s.participant_id \
     LEFT JOIN employers e ON e.id = s.employer_id \
     LEFT JOIN employer_contacts c ON c.id = s.contact_id \
     LEFT JOIN spec_versions v ON v.id = s.spec_version_id \
     LEFT JOIN requirement_specs r ON r.id = v.spec_id";

fn stored_date(row: &rusqlite::Row, index: usize) -> rusqlite::Result<NaiveDate> {
    let text: String = row.get(index)?;
    NaiveDate::parse_from_str(&text, "%Y-%m-%d").map_err(|e| {
        rusqlite::Error::FromSqlConversionFailure(index, rusqlite::types::Type::Text, Box::new(e))
    })
}

fn placement_from_row(row: &rusqlite::Row) -> rusqlite::Result<Placement> {
    let plan: Option<String> = row.get(8)?;
    Ok(Placement {
        id: uuid_from(row, 0)?,
        participant_id: uuid_from(row, 1)?,
        participant_name: row.get(2)?,
        workplace: row.get(3)?,
        mentor_name: row.get(4)?,
        start_date: stored_date(row, 5)?,
        end_date: stored_date(row, 6)?,
        days_per_week: row.get::<_, i64>(7)? as u8,
        plan_id: plan.and_then(|p| Uuid::parse_str(&p).ok()),
        created_at: row.get(9)?,
        updated_at: row.get(10)?,
        employer_id: optional_uuid(row, 11)?,
        employer_name: row.get(12)?,
        mentor_id: optional_uuid(row, 13)?,
        contact_id: optional_uuid(row, 14)?,
        contact_name: row.get(15)?,
        kind: row
            .get::<_, Option<String>>(16)?
            .and_then(|k| PlacementKind::from_key(&k)),
        school_days_per_week: row.get(17)?,
        goal: row.get(18)?,
        spec_version_id: optional_uuid(row, 19)?,
        spec_id: optional_uuid(row, 20)?,
        spec_label: match (
            row.get::<_, Option<String>>(21)?,
            row.get::<_, Option<u32>>(22)?,
        ) {
            (Some(position), Some(number)) => Some(format!("{position}, versjon {number}")),
            _ => None,
        },
    })
}

impl Tx<'_> {
    pub fn participants(&self) -> Result<Vec<Participant>> {
        let mut stmt = self.prepare(&format!("{SELECT_PARTICIPANT} ORDER BY d.name COLLATE NB"))?;
        let rows = stmt
            .query_map([], participant_from_row)?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(rows)
    }

    pub fn participant(&self, id: Uuid) -> Result<Participant> {
        found(
            self.query_row(
                &format!("{SELECT_PARTICIPANT} WHERE d.id = ?1"),
                [id.to_string()],
                participant_from_row,
            ),
            "deltakeren",
            &id,
        )
    }

    pub fn insert_participant(
        &self,
        id: Uuid,
        name: &str,
        initials_only: bool,
        adviser: Option<Uuid>,
    ) -> Result<()> {
        self.execute(
            "INSERT INTO participants (id, name, initials_only, adviser_id, created_at, updated_at) \
             VALUES (?1, ?2, ?3, ?4, ?5, ?5)",
            params![
                id.to_string(),
                name,
                initials_only,
                adviser.map(|a| a.to_string()),
                now_timestamp()
            ],
        )?;
        Ok(())
    }

    pub fn update_participant(
        &self,
        id: Uuid,
        name: &str,
        initials_only: bool,
        adviser: Option<Uuid>,
    ) -> Result<()> {
        self.execute(
            "UPDATE participants SET name = ?2, initials_only = ?3, adviser_id = ?4, updated_at = ?5 \
             WHERE id = ?1",
            params![
                id.to_string(),
                name,
                initials_only,
                adviser.map(|a| a.to_string()),
                now_timestamp()
            ],
        )?;
        Ok(())
    }

    pub fn delete_participant(&self, id: Uuid) -> Result<()> {
        self.execute("DELETE FROM participants WHERE id = ?1", [id.to_string()])?;
        Ok(())
    }

    /// How many participants a person advises (a person who does cannot be deleted).
    pub fn advised_by(&self, person: Uuid) -> Result<usize> {
        let n: i64 = self.query_row(
            "SELECT count(*) FROM participants WHERE adviser_id = ?1",
            [person.to_string()],
            |r| r.get(0),
        )?;
        Ok(n as usize)
    }

    pub fn placements(&self, participant: Option<Uuid>) -> Result<Vec<Placement>> {
        let mut stmt = self.prepare(&format!(
            "{SELECT_PLACEMENT} WHERE ?1 IS NULL OR s.participant_id = ?1 \
             ORDER BY s.start_date DESC, d.name COLLATE NB"
        ))?;
        let rows = stmt
            .query_map([participant.map(|p| p.to_string())], placement_from_row)?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(rows)
    }

    pub fn placement(&self, id: Uuid) -> Result<Placement> {
        found(
            self.query_row(
                &format!("{SELECT_PLACEMENT} WHERE s.id = ?1"),
                [id.to_string()],
                placement_from_row,
            ),
            "praksisplassen",
            &id,
        )
    }

    pub fn insert_placement(&self, id: Uuid, p: &ValidPlacement) -> Result<()> {
        self.execute(
            "INSERT INTO placements (id, participant_id, workplace, mentor_name, start_date, \
             end_date, days_per_week, created_at, updated_at) \
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?8)",
            params![
                id.to_string(),
                p.participant_id.to_string(),
                p.workplace,
                p.mentor_name,
                p.start_date.to_string(),
                p.end_date.to_string(),
                p.days_per_week,
                now_timestamp()
            ],
        )?;
        self.update_agreement(id, p)
    }

    pub fn update_placement(&self, id: Uuid, p: &ValidPlacement) -> Result<()> {
        self.execute(
            "UPDATE placements SET workplace = ?2, mentor_name = ?3, start_date = ?4, end_date = ?5, \
             days_per_week = ?6, updated_at = ?7 WHERE id = ?1",
            params![
                id.to_string(),
                p.workplace,
                p.mentor_name,
                p.start_date.to_string(),
                p.end_date.to_string(),
                p.days_per_week,
                now_timestamp()
            ],
        )?;
        self.update_agreement(id, p)
    }

    fn update_agreement(&self, id: Uuid, p: &ValidPlacement) -> Result<()> {
        let text = |u: Option<Uuid>| u.map(|u| u.to_string());
        self.execute(
            "UPDATE placements SET employer_id = ?2, mentor_id = ?3, contact_id = ?4, kind = ?5, \
             school_days_per_week = ?6, goal = ?7, spec_version_id = ?8 WHERE id = ?1",
            params![
                id.to_string(),
                text(p.employer_id),
                text(p.mentor_id),
                text(p.contact_id),
                p.kind.map(|k| k.key()),
                p.school_days_per_week,
                p.goal,
                text(p.spec_version_id)
            ],
        )?;
        Ok(())
    }

    /// The employer a specification version belongs to, and whether the version is agreed.
    pub fn spec_version_owner(&self, version: Uuid) -> Result<(Uuid, bool)> {
        found(
            self.query_row(
                "SELECT s.employer_id, v.agreed_on IS NOT NULL FROM spec_versions v \
                 JOIN requirement_specs s ON s.id = v.spec_id WHERE v.id = ?1",
                [version.to_string()],
                |r| Ok((uuid_from(r, 0)?, r.get(1)?)),
            ),
            "versjonen",
            &version,
        )
    }

    pub fn delete_placement(&self, id: Uuid) -> Result<()> {
        self.execute("DELETE FROM placements WHERE id = ?1", [id.to_string()])?;
        Ok(())
    }
}
