//! SQL for requirement specifications, their versions and requirements, and the links from
//! template tasks to the requirements they were made for.

use std::collections::{HashMap, HashSet};

use chrono::NaiveDate;
use rusqlite::params;
use uuid::Uuid;

use super::{found, optional_date, optional_level, uuid_from, Tx};
use crate::criteria::CefrLevel;
use crate::dates::now_timestamp;
use crate::error::Result;
use crate::specs::{
    Need, Requirement, RequirementGroup, SpecSummary, SpecVersion, ValidRequirement, VersionSummary,
};

const SELECT_REQUIREMENT: &str =
    "SELECT id, lineage, grp, skill, cefr, text, need, by_phase FROM requirements";

fn requirement_from_row(row: &rusqlite::Row) -> rusqlite::Result<Requirement> {
    Ok(Requirement {
        id: uuid_from(row, 0)?,
        lineage: uuid_from(row, 1)?,
        group: RequirementGroup::from_key(&row.get::<_, String>(2)?)
            .unwrap_or(RequirementGroup::Work),
        skill: row.get(3)?,
        cefr: optional_level(row, 4)?,
        text: row.get(5)?,
        need: Need::from_key(&row.get::<_, String>(6)?).unwrap_or(Need::Must),
        by_phase: row.get(7)?,
    })
}

impl Tx<'_> {
    pub fn spec_summaries(&self, employer: Option<Uuid>) -> Result<Vec<SpecSummary>> {
        // Each specification's latest version, and its newest agreed one.
        let mut stmt = self.prepare(
            "WITH latest AS (SELECT v.spec_id, v.id, v.number, v.agreed_on FROM spec_versions v \
              WHERE v.number = (SELECT max(w.number) FROM spec_versions w WHERE w.spec_id = v.spec_id)), \
             agreed AS (SELECT v.spec_id, v.id, v.number FROM spec_versions v \
              WHERE v.number = (SELECT max(w.number) FROM spec_versions w \
                                WHERE w.spec_id = v.spec_id AND w.agreed_on IS NOT NULL)) \
             SELECT s.id, s.employer_id, e.name, s.position, l.number, l.agreed_on, a.number, a.id, \
             (SELECT count(*) FROM requirements r WHERE r.version_id = l.id), \
             (SELECT count(*) FROM requirements r WHERE r.version_id = l.id AND r.need = 'ma'), \
             s.updated_at \
             FROM requirement_specs s JOIN employers e ON e.id = s.employer_id \
             JOIN latest l ON l.spec_id = s.id LEFT JOIN agreed a ON a.spec_id = s.id \
             WHERE ?1 IS NULL OR s.employer_id = ?1 \
             ORDER BY e.name COLLATE NB, s.position COLLATE NB",
        )?;
        let rows = stmt
            .query_map([employer.map(|e| e.to_string())], |row| {
                let agreed_id: Option<String> = row.get(7)?;
                Ok(SpecSummary {
                    id: uuid_from(row, 0)?,
                    employer_id: uuid_from(row, 1)?,
                    employer_name: row.get(2)?,
                    position: row.get(3)?,
                    latest_version: row.get(4)?,
                    latest_agreed_on: optional_date(row, 5)?,
                    agreed_version: row.get(6)?,
                    agreed_version_id: agreed_id.and_then(|i| Uuid::parse_str(&i).ok()),
                    requirement_count: row.get::<_, i64>(8)? as usize,
                    must_count: row.get::<_, i64>(9)? as usize,
                    updated_at: row.get(10)?,
                })
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(rows)
    }

    /// A specification's own row: employer id and name, position, created and updated.
    pub fn spec_record(&self, id: Uuid) -> Result<(Uuid, String, String, String, String)> {
        found(
            self.query_row(
                "SELECT s.employer_id, e.name, s.position, s.created_at, s.updated_at \
                 FROM requirement_specs s JOIN employers e ON e.id = s.employer_id WHERE s.id = ?1",
                [id.to_string()],
                |r| Ok((uuid_from(r, 0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?)),
            ),
            "kravspesifikasjonen",
            &id,
        )
    }

    /// The versions of a specification, oldest first.
    pub fn spec_versions(&self, spec: Uuid) -> Result<Vec<VersionSummary>> {
        let mut stmt = self.prepare(
            "SELECT v.id, v.number, v.agreed_on, v.agreed_with, \
             (SELECT count(*) FROM placements p WHERE p.spec_version_id = v.id), \
             (SELECT count(*) FROM requirements r WHERE r.version_id = v.id) \
             FROM spec_versions v WHERE v.spec_id = ?1 ORDER BY v.number",
        )?;
        let rows = stmt
            .query_map([spec.to_string()], |row| {
                Ok(VersionSummary {
                    id: uuid_from(row, 0)?,
                    number: row.get(1)?,
                    agreed_on: optional_date(row, 2)?,
                    agreed_with: row.get(3)?,
                    placement_count: row.get::<_, i64>(4)? as usize,
                    requirement_count: row.get::<_, i64>(5)? as usize,
                })
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(rows)
    }

    /// One version with its requirements; `latest` is the spec's highest version number.
    pub fn spec_version(&self, id: Uuid, latest: u32) -> Result<SpecVersion> {
        let mut version = found(
            self.query_row(
                "SELECT v.id, v.number, v.agreed_on, v.agreed_with, v.agreed_by, \
                 (SELECT count(*) FROM placements p WHERE p.spec_version_id = v.id), v.created_at \
                 FROM spec_versions v WHERE v.id = ?1",
                [id.to_string()],
                |row| {
                    let number: u32 = row.get(1)?;
                    Ok(SpecVersion {
                        id: uuid_from(row, 0)?,
                        number,
                        agreed_on: optional_date(row, 2)?,
                        agreed_with: row.get(3)?,
                        agreed_by: row.get(4)?,
                        is_latest: number == latest,
                        placement_count: row.get::<_, i64>(5)? as usize,
                        requirements: Vec::new(),
                        created_at: row.get(6)?,
                    })
                },
            ),
            "versjonen",
            &id,
        )?;
        version.requirements = self.requirements(id)?;
        Ok(version)
    }

    /// A version's requirements, by group in the printed order, then by position.
    pub fn requirements(&self, version: Uuid) -> Result<Vec<Requirement>> {
        let mut stmt = self.prepare(&format!(
            "{SELECT_REQUIREMENT} WHERE version_id = ?1 ORDER BY position"
        ))?;
        let mut rows = stmt
            .query_map([version.to_string()], requirement_from_row)?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        rows.sort_by_key(|r| r.group);
        Ok(rows)
    }

    pub fn requirement(&self, id: Uuid) -> Result<Requirement> {
        found(
            self.query_row(
                &format!("{SELECT_REQUIREMENT} WHERE id = ?1"),
                [id.to_string()],
                requirement_from_row,
            ),
            "kravet",
            &id,
        )
    }

    /// Where a requirement sits: its spec, its version's number and its lineage.
    pub fn requirement_home(&self, id: Uuid) -> Result<(Uuid, u32, Uuid)> {
        found(
            self.query_row(
                "SELECT v.spec_id, v.number, r.lineage FROM requirements r \
                 JOIN spec_versions v ON v.id = r.version_id WHERE r.id = ?1",
                [id.to_string()],
                |r| Ok((uuid_from(r, 0)?, r.get(1)?, uuid_from(r, 2)?)),
            ),
            "kravet",
            &id,
        )
    }

    pub fn requirement_in_version(&self, version: Uuid, lineage: Uuid) -> Result<Uuid> {
        found(
            self.query_row(
                "SELECT id FROM requirements WHERE version_id = ?1 AND lineage = ?2",
                params![version.to_string(), lineage.to_string()],
                |r| uuid_from(r, 0),
            ),
            "kravet",
            &lineage,
        )
    }

    /// 0-based place of a requirement within its group.
    pub fn requirement_position(&self, id: Uuid) -> Result<usize> {
        let position: i64 = found(
            self.query_row(
                "SELECT position FROM requirements WHERE id = ?1",
                [id.to_string()],
                |r| r.get(0),
            ),
            "kravet",
            &id,
        )?;
        Ok(position as usize)
    }

    pub fn group_size(&self, version: Uuid, group: RequirementGroup) -> Result<usize> {
        let n: i64 = self.query_row(
            "SELECT count(*) FROM requirements WHERE version_id = ?1 AND grp = ?2",
            params![version.to_string(), group.key()],
            |r| r.get(0),
        )?;
        Ok(n as usize)
    }

    pub fn insert_spec(&self, id: Uuid, employer: Uuid, position: &str) -> Result<()> {
        self.execute(
            "INSERT INTO requirement_specs (id, employer_id, position, created_at, updated_at) \
             VALUES (?1, ?2, ?3, ?4, ?4)",
            params![
                id.to_string(),
                employer.to_string(),
                position,
                now_timestamp()
            ],
        )?;
        Ok(())
    }

    pub fn update_spec_position(&self, id: Uuid, position: &str) -> Result<()> {
        self.execute(
            "UPDATE requirement_specs SET position = ?2, updated_at = ?3 WHERE id = ?1",
            params![id.to_string(), position, now_timestamp()],
        )?;
        Ok(())
    }

    pub fn touch_spec(&self, id: Uuid) -> Result<()> {
        self.execute(
            "UPDATE requirement_specs SET updated_at = ?2 WHERE id = ?1",
            params![id.to_string(), now_timestamp()],
        )?;
        Ok(())
    }

    pub fn delete_spec(&self, id: Uuid) -> Result<()> {
        self.execute(
            "DELETE FROM requirement_specs WHERE id = ?1",
            [id.to_string()],
        )?;
        Ok(())
    }

    pub fn insert_spec_version(&self, id: Uuid, spec: Uuid, number: u32) -> Result<()> {
        self.execute(
            "INSERT INTO spec_versions (id, spec_id, number, created_at, updated_at) \
             VALUES (?1, ?2, ?3, ?4, ?4)",
            params![id.to_string(), spec.to_string(), number, now_timestamp()],
        )?;
        Ok(())
    }

    pub fn delete_spec_version(&self, id: Uuid) -> Result<()> {
        self.execute("DELETE FROM spec_versions WHERE id = ?1", [id.to_string()])?;
        Ok(())
    }

    /// Records (or, with `None`, clears) who agreed a version, with whom and when.
    pub fn set_agreement(
        &self,
        version: Uuid,
        agreement: Option<(NaiveDate, &str, Option<&str>)>,
    ) -> Result<()> {
        let (on, with, by) = match agreement {
            Some((on, with, by)) => (Some(on.to_string()), Some(with), by),
            None => (None, None, None),
        };
        self.execute(
            "UPDATE spec_versions SET agreed_on = ?2, agreed_with = ?3, agreed_by = ?4, \
             updated_at = ?5 WHERE id = ?1",
            params![version.to_string(), on, with, by, now_timestamp()],
        )?;
        Ok(())
    }

    pub fn insert_requirement(
        &self,
        id: Uuid,
        version: Uuid,
        lineage: Uuid,
        position: usize,
        r: &ValidRequirement,
    ) -> Result<()> {
        self.execute(
            "INSERT INTO requirements (id, version_id, lineage, position, grp, skill, cefr, text, \
             need, by_phase, created_at, updated_at) \
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?11)",
            params![
                id.to_string(),
                version.to_string(),
                lineage.to_string(),
                position as i64,
                r.group.key(),
                r.skill,
                r.cefr.map(CefrLevel::code),
                r.text,
                r.need.key(),
                r.by_phase,
                now_timestamp()
            ],
        )?;
        Ok(())
    }

    /// Rewrites a requirement; moved to another group, it goes last there and its old group
    /// closes the gap.
    pub fn update_requirement(&self, id: Uuid, r: &ValidRequirement) -> Result<()> {
        let (version, group, position): (String, String, i64) = self.query_row(
            "SELECT version_id, grp, position FROM requirements WHERE id = ?1",
            [id.to_string()],
            |row| Ok((row.get(0)?, row.get(1)?, row.get(2)?)),
        )?;
        let mut new_position = position;
        if group != r.group.key() {
            self.execute(
                "UPDATE requirements SET position = position - 1 \
                 WHERE version_id = ?1 AND grp = ?2 AND position > ?3",
                params![version, group, position],
            )?;
            new_position = self.query_row(
                "SELECT count(*) FROM requirements WHERE version_id = ?1 AND grp = ?2",
                params![version, r.group.key()],
                |row| row.get(0),
            )?;
        }
        self.execute(
            "UPDATE requirements SET grp = ?2, skill = ?3, cefr = ?4, text = ?5, need = ?6, \
             by_phase = ?7, position = ?8, updated_at = ?9 WHERE id = ?1",
            params![
                id.to_string(),
                r.group.key(),
                r.skill,
                r.cefr.map(CefrLevel::code),
                r.text,
                r.need.key(),
                r.by_phase,
                new_position,
                now_timestamp()
            ],
        )?;
        Ok(())
    }

    /// Moves a requirement to `to` (0-based, clamped) within its group.
    pub fn move_requirement(&self, id: Uuid, to: usize) -> Result<()> {
        let (version, group, from): (String, String, i64) = self.query_row(
            "SELECT version_id, grp, position FROM requirements WHERE id = ?1",
            [id.to_string()],
            |row| Ok((row.get(0)?, row.get(1)?, row.get(2)?)),
        )?;
        let size: i64 = self.query_row(
            "SELECT count(*) FROM requirements WHERE version_id = ?1 AND grp = ?2",
            params![version, group],
            |row| row.get(0),
        )?;
        let to = (to as i64).min(size - 1).max(0);
        if to == from {
            return Ok(());
        }
        let (low, high, by) = if to > from {
            (from + 1, to, -1)
        } else {
            (to, from - 1, 1)
        };
        self.execute(
            "UPDATE requirements SET position = position + ?5 \
             WHERE version_id = ?1 AND grp = ?2 AND position BETWEEN ?3 AND ?4",
            params![version, group, low, high, by],
        )?;
        self.execute(
            "UPDATE requirements SET position = ?2, updated_at = ?3 WHERE id = ?1",
            params![id.to_string(), to, now_timestamp()],
        )?;
        Ok(())
    }

    /// Deletes a requirement row and closes the gap in its group.
    pub fn remove_requirement_row(&self, id: Uuid) -> Result<()> {
        let (version, group, position): (String, String, i64) = self.query_row(
            "SELECT version_id, grp, position FROM requirements WHERE id = ?1",
            [id.to_string()],
            |row| Ok((row.get(0)?, row.get(1)?, row.get(2)?)),
        )?;
        self.execute("DELETE FROM requirements WHERE id = ?1", [id.to_string()])?;
        self.execute(
            "UPDATE requirements SET position = position - 1 \
             WHERE version_id = ?1 AND grp = ?2 AND position > ?3",
            params![version, group, position],
        )?;
        Ok(())
    }

    /// Which requirement lineages each task of a template was made for.
    pub fn template_requirement_links(
        &self,
        template: Uuid,
    ) -> Result<HashMap<Uuid, HashSet<Uuid>>> {
        let mut stmt = self.prepare(
            "SELECT l.task_id, l.lineage FROM template_task_requirements l \
             JOIN template_tasks t ON t.id = l.task_id \
             JOIN template_phases p ON p.id = t.phase_id WHERE p.template_id = ?1",
        )?;
        let mut rows = stmt.query([template.to_string()])?;
        let mut links: HashMap<Uuid, HashSet<Uuid>> = HashMap::new();
        while let Some(row) = rows.next()? {
            links
                .entry(uuid_from(row, 0)?)
                .or_default()
                .insert(uuid_from(row, 1)?);
        }
        Ok(links)
    }

    pub fn link_template_task(&self, task: Uuid, lineage: Uuid) -> Result<()> {
        self.execute(
            "INSERT OR IGNORE INTO template_task_requirements (task_id, lineage) VALUES (?1, ?2)",
            params![task.to_string(), lineage.to_string()],
        )?;
        Ok(())
    }
}
