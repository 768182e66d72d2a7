//! SQL for the evaluations of a placement (forms 6.5 and 7.4) and their answers.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use rusqlite::params;
use uuid::Uuid;

use super::{found, uuid_from, Tx};
use crate::dates::now_timestamp;
use crate::error::{Error, Result};
use crate::evaluations::{EvaluationForm, EvaluationRecord, ValidEvaluation};

const COLUMNS: &str = "id, placement_id, form, held_on, present, created_at, updated_at";

impl Tx<'_> {
    /// The evaluations of a placement, by date and then as they were made.
    pub fn evaluations(&self, placement: Uuid) -> Result<Vec<EvaluationRecord>> {
        let mut stmt = self.prepare(&format!(
            "SELECT {COLUMNS} FROM placement_evaluations WHERE placement_id = ?1 \
             ORDER BY held_on, created_at, id"
        ))?;
        let heads = stmt
            .query_map([placement.to_string()], read_head)?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        heads
            .into_iter()
            .map(|head| self.with_answers(head?))
            .collect()
    }

    pub fn evaluation(&self, id: Uuid) -> Result<EvaluationRecord> {
        let head = found(
            self.query_row(
                &format!("SELECT {COLUMNS} FROM placement_evaluations WHERE id = ?1"),
                [id.to_string()],
                read_head,
            ),
            "evalueringen",
            &id,
        )??;
        self.with_answers(head)
    }

    pub fn insert_evaluation(
        &self,
        placement: Uuid,
        form: EvaluationForm,
        valid: &ValidEvaluation,
    ) -> Result<Uuid> {
        let id = Uuid::new_v4();
        self.restore_evaluation(id, placement, form, valid)?;
        Ok(id)
    }

    /// Inserts an evaluation with a given id (a new one, or one put back after "Angre").
    pub fn restore_evaluation(
        &self,
        id: Uuid,
        placement: Uuid,
        form: EvaluationForm,
        valid: &ValidEvaluation,
    ) -> Result<()> {
        let now = now_timestamp();
        self.execute(
            "INSERT INTO placement_evaluations (id, placement_id, form, held_on, present, created_at, updated_at) \
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?6)",
            params![
                id.to_string(),
                placement.to_string(),
                form.key(),
                valid.held_on.format("%Y-%m-%d").to_string(),
                valid.present,
                now
            ],
        )?;
        self.write_answers(id, &valid.answers)
    }

    pub fn update_evaluation(&self, id: Uuid, valid: &ValidEvaluation) -> Result<()> {
        self.execute(
            "UPDATE placement_evaluations SET held_on = ?2, present = ?3, updated_at = ?4 WHERE id = ?1",
            params![
                id.to_string(),
                valid.held_on.format("%Y-%m-%d").to_string(),
                valid.present,
                now_timestamp()
            ],
        )?;
        self.execute(
            "DELETE FROM evaluation_answers WHERE evaluation_id = ?1",
            [id.to_string()],
        )?;
        self.write_answers(id, &valid.answers)
    }

    /// How many evaluations a placement has.
    pub fn placement_evaluation_count(&self, placement: Uuid) -> Result<usize> {
        Ok(self.query_row(
            "SELECT count(*) FROM placement_evaluations WHERE placement_id = ?1",
            [placement.to_string()],
            |r| r.get::<_, i64>(0),
        )? as usize)
    }

    /// How many evaluations of `form` the municipality has, over every placement.
    pub fn evaluation_count(&self, form: EvaluationForm) -> Result<usize> {
        Ok(self.query_row(
            "SELECT count(*) FROM placement_evaluations WHERE form = ?1",
            [form.key()],
            |r| r.get::<_, i64>(0),
        )? as usize)
    }

    pub fn delete_evaluation(&self, id: Uuid) -> Result<()> {
        self.execute(
            "DELETE FROM placement_evaluations WHERE id = ?1",
            [id.to_string()],
        )?;
        Ok(())
    }

    fn write_answers(&self, id: Uuid, answers: &BTreeMap<String, String>) -> Result<()> {
        let mut stmt = self.prepare(
            "INSERT INTO evaluation_answers (evaluation_id, item, value) VALUES (?1, ?2, ?3)",
        )?;
        for (item, value) in answers {
            stmt.execute(params![id.to_string(), item, value])?;
        }
        Ok(())
    }

    fn with_answers(&self, mut record: EvaluationRecord) -> Result<EvaluationRecord> {
        let mut stmt =
            self.prepare("SELECT item, value FROM evaluation_answers WHERE evaluation_id = ?1")?;
        record.answers = stmt
            .query_map([record.id.to_string()], |r| Ok((r.get(0)?, r.get(1)?)))?
            .collect::<rusqlite::Result<BTreeMap<String, String>>>()?;
        Ok(record)
    }
}

/// The evaluation's own columns; its answers are read after. A stored form or date that cannot be
/// read is reported as a damaged database, not passed on.
fn read_head(r: &rusqlite::Row) -> rusqlite::Result<Result<EvaluationRecord>> {
    let form: String = r.get(2)?;
    let held_on: String = r.get(3)?;
    let form = match EvaluationForm::from_key(&form) {
        Ok(f) => f,
        Err(_) => {
            return Ok(Err(Error::Corrupt(format!(
                "en evaluering har ukjent skjema «{form}»"
            ))))
        }
    };
    let Ok(held_on) = NaiveDate::parse_from_str(&held_on, "%Y-%m-%d") else {
        return Ok(Err(Error::Corrupt(format!(
            "en evaluering har datoen «{held_on}»"
        ))));
    };
    Ok(Ok(EvaluationRecord {
        id: uuid_from(r, 0)?,
        placement_id: uuid_from(r, 1)?,
        form,
        held_on,
        present: r.get(4)?,
        answers: BTreeMap::new(),
        created_at: r.get(5)?,
        updated_at: r.get(6)?,
    }))
}
