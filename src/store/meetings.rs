//! SQL for workshop meetings: the meeting, who is invited, the agenda, what was captured, and the
//! process's follow-ups.

use chrono::{NaiveDate, NaiveTime};
use rusqlite::params;
use uuid::Uuid;

use super::{found, optional_date, optional_uuid, uuid_from, Tx};
use crate::dates::{format_date, now_timestamp};
use crate::error::Result;
use crate::meetings::{
    AgendaItem, Attendee, Entry, EntryInput, EntryKind, FollowUp, FollowUpStatus, Meeting,
    MeetingSummary, ValidFollowUp, ValidMeeting,
};
use crate::steps;

const SELECT_SUMMARY: &str = "SELECT m.id, m.group_id, g.name, m.step, m.date, m.starts_at, \
     m.ends_at, m.place, (SELECT count(*) FROM follow_ups f WHERE f.meeting_id = m.id) \
     FROM meetings m JOIN work_groups g ON g.id = m.group_id";

fn summary_from(r: &rusqlite::Row) -> rusqlite::Result<MeetingSummary> {
    let step: u8 = r.get(3)?;
    let date: String = r.get(4)?;
    let day = NaiveDate::parse_from_str(&date, "%Y-%m-%d").unwrap_or_default();
    Ok(MeetingSummary {
        id: uuid_from(r, 0)?,
        group_id: uuid_from(r, 1)?,
        group_name: r.get(2)?,
        step,
        step_title: steps::get("step", step).map(|s| s.title).unwrap_or(""),
        date: format_date(day),
        day,
        starts_at: r.get(5)?,
        ends_at: r.get(6)?,
        place: r.get(7)?,
        follow_up_count: r.get::<_, i64>(8)? as usize,
    })
}

const SELECT_FOLLOW_UP: &str = "SELECT f.id, f.group_id, f.meeting_id, m.date, f.step, f.what, \
     f.owner_id, f.owner_name, f.deadline, f.status, f.carried_to_step \
     FROM follow_ups f LEFT JOIN meetings m ON m.id = f.meeting_id";

fn follow_up_from(r: &rusqlite::Row) -> rusqlite::Result<FollowUp> {
    let status: String = r.get(9)?;
    let status = FollowUpStatus::from_key(&status).unwrap_or(FollowUpStatus::Open);
    let meeting_date = optional_date(r, 3)?;
    let deadline_day = optional_date(r, 8)?;
    Ok(FollowUp {
        id: uuid_from(r, 0)?,
        group_id: uuid_from(r, 1)?,
        meeting_id: optional_uuid(r, 2)?,
        meeting_date: meeting_date.map(format_date),
        step: r.get(4)?,
        what: r.get(5)?,
        owner_id: optional_uuid(r, 6)?,
        owner_name: r.get(7)?,
        deadline: deadline_day.map(format_date),
        deadline_day,
        status,
        status_label: status.label(),
        carried_to_step: r.get(10)?,
        warnings: Vec::new(),
    })
}

fn minutes_between(start: &str, end: &str) -> u32 {
    let parse = |t: &str| NaiveTime::parse_from_str(t, "%H:%M").ok();
    match (parse(start), parse(end)) {
        (Some(a), Some(b)) if b > a => (b - a).num_minutes() as u32,
        _ => 0,
    }
}

impl Tx<'_> {
    /// Meetings by date and start time, of one group or all.
    pub fn meeting_summaries(&self, group: Option<Uuid>) -> Result<Vec<MeetingSummary>> {
        let sql = format!(
            "{SELECT_SUMMARY} WHERE (?1 IS NULL OR m.group_id = ?1) ORDER BY m.date, m.starts_at"
        );
        let mut stmt = self.prepare(&sql)?;
        let list = stmt
            .query_map([group.map(|g| g.to_string())], summary_from)?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(list)
    }

    pub fn meeting_summary(&self, id: Uuid) -> Result<MeetingSummary> {
        found(
            self.query_row(
                &format!("{SELECT_SUMMARY} WHERE m.id = ?1"),
                [id.to_string()],
                summary_from,
            ),
            "møtet",
            &id,
        )
    }

    pub fn meeting(&self, id: Uuid) -> Result<Meeting> {
        let summary = self.meeting_summary(id)?;
        let key = id.to_string();

        let mut stmt = self.prepare(
            "SELECT id, person_id, name, unit_name, attended FROM meeting_people \
             WHERE meeting_id = ?1 ORDER BY name COLLATE NB",
        )?;
        let people = stmt
            .query_map([&key], |r| {
                Ok(Attendee {
                    id: uuid_from(r, 0)?,
                    person_id: optional_uuid(r, 1)?,
                    name: r.get(2)?,
                    unit_name: r.get(3)?,
                    attended: r.get::<_, i64>(4)? == 1,
                })
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;

        let start = NaiveTime::parse_from_str(&summary.starts_at, "%H:%M").unwrap_or_default();
        let mut stmt = self.prepare(
            "SELECT id, title, minutes, used_seconds FROM agenda_items WHERE meeting_id = ?1 \
             ORDER BY position",
        )?;
        let mut elapsed = 0i64;
        let agenda = stmt
            .query_map([&key], |r| {
                Ok((
                    uuid_from(r, 0)?,
                    r.get::<_, String>(1)?,
                    r.get::<_, u32>(2)?,
                    r.get::<_, u32>(3)?,
                ))
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?
            .into_iter()
            .map(|(id, title, minutes, used_seconds)| {
                let planned_start = start + chrono::Duration::minutes(elapsed);
                elapsed += i64::from(minutes);
                AgendaItem {
                    id,
                    title,
                    minutes,
                    used_seconds,
                    planned_start: planned_start.format("%H:%M").to_string(),
                }
            })
            .collect::<Vec<_>>();

        let mut stmt = self.prepare(
            "SELECT e.id, e.kind, e.text, e.agenda_item_id, a.title FROM meeting_entries e \
             LEFT JOIN agenda_items a ON a.id = e.agenda_item_id \
             WHERE e.meeting_id = ?1 ORDER BY e.created_at, e.rowid",
        )?;
        let entries = stmt
            .query_map([&key], |r| {
                let kind = EntryKind::from_key(&r.get::<_, String>(1)?).unwrap_or(EntryKind::Note);
                Ok(Entry {
                    id: uuid_from(r, 0)?,
                    kind,
                    kind_label: kind.label(),
                    text: r.get(2)?,
                    agenda_item_id: optional_uuid(r, 3)?,
                    agenda_item_title: r.get(4)?,
                })
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;

        let mut stmt = self.prepare(&format!(
            "{SELECT_FOLLOW_UP} WHERE f.meeting_id = ?1 ORDER BY f.created_at, f.rowid"
        ))?;
        let follow_ups = stmt
            .query_map([&key], follow_up_from)?
            .collect::<rusqlite::Result<Vec<_>>>()?;

        Ok(Meeting {
            id,
            group_id: summary.group_id,
            group_name: summary.group_name,
            step: summary.step,
            step_title: summary.step_title,
            date: summary.date,
            available_minutes: minutes_between(&summary.starts_at, &summary.ends_at),
            starts_at: summary.starts_at,
            ends_at: summary.ends_at,
            place: summary.place,
            planned_minutes: agenda.iter().map(|a| a.minutes).sum(),
            used_seconds: agenda.iter().map(|a| a.used_seconds).sum(),
            people,
            agenda,
            entries,
            follow_ups,
        })
    }

    pub fn insert_meeting(&self, id: Uuid, group: Uuid, m: &ValidMeeting) -> Result<()> {
        let now = now_timestamp();
        self.execute(
            "INSERT INTO meetings (id, group_id, step, date, starts_at, ends_at, place, created_at, updated_at) \
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?8)",
            params![
                id.to_string(),
                group.to_string(),
                m.step,
                m.date.format("%Y-%m-%d").to_string(),
                m.starts_at.format("%H:%M").to_string(),
                m.ends_at.format("%H:%M").to_string(),
                m.place,
                now
            ],
        )?;
        Ok(())
    }

    pub fn update_meeting(&self, id: Uuid, m: &ValidMeeting) -> Result<()> {
        self.execute(
            "UPDATE meetings SET step = ?2, date = ?3, starts_at = ?4, ends_at = ?5, place = ?6, \
             updated_at = ?7 WHERE id = ?1",
            params![
                id.to_string(),
                m.step,
                m.date.format("%Y-%m-%d").to_string(),
                m.starts_at.format("%H:%M").to_string(),
                m.ends_at.format("%H:%M").to_string(),
                m.place,
                now_timestamp()
            ],
        )?;
        Ok(())
    }

    pub fn delete_meeting(&self, id: Uuid) -> Result<()> {
        self.execute("DELETE FROM meetings WHERE id = ?1", [id.to_string()])?;
        Ok(())
    }

    pub fn meeting_person_ids(&self, meeting: Uuid) -> Result<Vec<Uuid>> {
        let mut stmt = self.prepare(
            "SELECT person_id FROM meeting_people WHERE meeting_id = ?1 AND person_id IS NOT NULL",
        )?;
        let ids = stmt
            .query_map([meeting.to_string()], |r| uuid_from(r, 0))?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(ids)
    }

    pub fn insert_meeting_person(
        &self,
        meeting: Uuid,
        person: &Uuid,
        name: &str,
        unit_name: &str,
    ) -> Result<()> {
        let now = now_timestamp();
        self.execute(
            "INSERT INTO meeting_people (id, meeting_id, person_id, name, unit_name, attended, created_at, updated_at) \
             VALUES (?1, ?2, ?3, ?4, ?5, 1, ?6, ?6)",
            params![
                Uuid::new_v4().to_string(),
                meeting.to_string(),
                person.to_string(),
                name,
                unit_name,
                now
            ],
        )?;
        Ok(())
    }

    pub fn delete_meeting_person(&self, meeting: Uuid, person: Uuid) -> Result<()> {
        self.execute(
            "DELETE FROM meeting_people WHERE meeting_id = ?1 AND person_id = ?2",
            params![meeting.to_string(), person.to_string()],
        )?;
        Ok(())
    }

    /// Records whether an invited person came; returns the meeting.
    pub fn set_attended(&self, attendee: Uuid, attended: bool) -> Result<Uuid> {
        let meeting = found(
            self.query_row(
                "SELECT meeting_id FROM meeting_people WHERE id = ?1",
                [attendee.to_string()],
                |r| uuid_from(r, 0),
            ),
            "deltakeren på møtet",
            &attendee,
        )?;
        self.execute(
            "UPDATE meeting_people SET attended = ?2, updated_at = ?3 WHERE id = ?1",
            params![attendee.to_string(), attended as i64, now_timestamp()],
        )?;
        Ok(meeting)
    }

    pub fn agenda_ids(&self, meeting: Uuid) -> Result<Vec<Uuid>> {
        self.meeting_summary(meeting)?;
        let mut stmt =
            self.prepare("SELECT id FROM agenda_items WHERE meeting_id = ?1 ORDER BY position")?;
        let ids = stmt
            .query_map([meeting.to_string()], |r| uuid_from(r, 0))?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(ids)
    }

    pub fn insert_agenda_item(
        &self,
        id: Uuid,
        meeting: Uuid,
        position: usize,
        title: &str,
        minutes: u32,
        used_seconds: u32,
    ) -> Result<()> {
        let now = now_timestamp();
        self.execute(
            "INSERT INTO agenda_items (id, meeting_id, position, title, minutes, used_seconds, created_at, updated_at) \
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?7)",
            params![
                id.to_string(),
                meeting.to_string(),
                position as i64,
                title,
                minutes,
                used_seconds,
                now
            ],
        )?;
        Ok(())
    }

    pub fn set_agenda_order(&self, ids: &[Uuid]) -> Result<()> {
        let mut stmt = self.prepare("UPDATE agenda_items SET position = ?2 WHERE id = ?1")?;
        for (position, id) in ids.iter().enumerate() {
            stmt.execute(params![id.to_string(), position as i64])?;
        }
        Ok(())
    }

    pub fn agenda_item_meeting(&self, item: Uuid) -> Result<Uuid> {
        found(
            self.query_row(
                "SELECT meeting_id FROM agenda_items WHERE id = ?1",
                [item.to_string()],
                |r| uuid_from(r, 0),
            ),
            "punktet på dagsordenen",
            &item,
        )
    }

    pub fn update_agenda_item(&self, item: Uuid, title: &str, minutes: u32) -> Result<Uuid> {
        let meeting = self.agenda_item_meeting(item)?;
        self.execute(
            "UPDATE agenda_items SET title = ?2, minutes = ?3, updated_at = ?4 WHERE id = ?1",
            params![item.to_string(), title, minutes, now_timestamp()],
        )?;
        Ok(meeting)
    }

    pub fn set_agenda_used_seconds(&self, item: Uuid, used_seconds: u32) -> Result<Uuid> {
        let meeting = self.agenda_item_meeting(item)?;
        self.execute(
            "UPDATE agenda_items SET used_seconds = ?2, updated_at = ?3 WHERE id = ?1",
            params![item.to_string(), used_seconds, now_timestamp()],
        )?;
        Ok(meeting)
    }

    pub fn delete_agenda_item(&self, item: Uuid) -> Result<()> {
        self.execute("DELETE FROM agenda_items WHERE id = ?1", [item.to_string()])?;
        Ok(())
    }

    pub fn insert_entry(
        &self,
        id: Uuid,
        meeting: Uuid,
        input: &EntryInput,
        text: &str,
    ) -> Result<()> {
        let now = now_timestamp();
        self.execute(
            "INSERT INTO meeting_entries (id, meeting_id, agenda_item_id, kind, text, created_at, updated_at) \
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?6)",
            params![
                id.to_string(),
                meeting.to_string(),
                input.agenda_item_id.map(|i| i.to_string()),
                input.kind.key(),
                text,
                now
            ],
        )?;
        Ok(())
    }

    pub fn entry_meeting(&self, entry: Uuid) -> Result<Uuid> {
        found(
            self.query_row(
                "SELECT meeting_id FROM meeting_entries WHERE id = ?1",
                [entry.to_string()],
                |r| uuid_from(r, 0),
            ),
            "notatet",
            &entry,
        )
    }

    pub fn update_entry(&self, entry: Uuid, input: &EntryInput, text: &str) -> Result<()> {
        self.execute(
            "UPDATE meeting_entries SET kind = ?2, text = ?3, agenda_item_id = ?4, updated_at = ?5 \
             WHERE id = ?1",
            params![
                entry.to_string(),
                input.kind.key(),
                text,
                input.agenda_item_id.map(|i| i.to_string()),
                now_timestamp()
            ],
        )?;
        Ok(())
    }

    pub fn delete_entry(&self, entry: Uuid) -> Result<()> {
        self.execute(
            "DELETE FROM meeting_entries WHERE id = ?1",
            [entry.to_string()],
        )?;
        Ok(())
    }

    /// Every follow-up of the group, by step and then as raised.
    pub fn follow_ups(&self, group: Uuid) -> Result<Vec<FollowUp>> {
        let mut stmt = self.prepare(&format!(
            "{SELECT_FOLLOW_UP} WHERE f.group_id = ?1 ORDER BY f.step, f.created_at, f.rowid"
        ))?;
        let list = stmt
            .query_map([group.to_string()], follow_up_from)?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(list)
    }

    pub fn follow_up(&self, id: Uuid) -> Result<FollowUp> {
        found(
            self.query_row(
                &format!("{SELECT_FOLLOW_UP} WHERE f.id = ?1"),
                [id.to_string()],
                follow_up_from,
            ),
            "oppfølgingspunktet",
            &id,
        )
    }

    pub fn insert_follow_up(
        &self,
        id: Uuid,
        group: Uuid,
        meeting: Option<Uuid>,
        step: u8,
        f: &ValidFollowUp,
    ) -> Result<()> {
        let now = now_timestamp();
        self.execute(
            "INSERT INTO follow_ups (id, group_id, meeting_id, step, what, owner_id, owner_name, deadline, \
             status, created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, 'apen', ?9, ?9)",
            params![
                id.to_string(),
                group.to_string(),
                meeting.map(|m| m.to_string()),
                step,
                f.what,
                f.owner.as_ref().map(|o| o.0.to_string()),
                f.owner.as_ref().map(|o| o.1.as_str()).unwrap_or(""),
                f.deadline.map(|d| d.format("%Y-%m-%d").to_string()),
                now
            ],
        )?;
        Ok(())
    }

    pub fn update_follow_up(&self, id: Uuid, f: &ValidFollowUp) -> Result<()> {
        self.execute(
            "UPDATE follow_ups SET what = ?2, owner_id = ?3, owner_name = ?4, deadline = ?5, \
             updated_at = ?6 WHERE id = ?1",
            params![
                id.to_string(),
                f.what,
                f.owner.as_ref().map(|o| o.0.to_string()),
                f.owner.as_ref().map(|o| o.1.as_str()).unwrap_or(""),
                f.deadline.map(|d| d.format("%Y-%m-%d").to_string()),
                now_timestamp()
            ],
        )?;
        Ok(())
    }

    pub fn set_follow_up_status(
        &self,
        id: Uuid,
        status: FollowUpStatus,
        carried_to_step: Option<u8>,
    ) -> Result<()> {
        self.execute(
            "UPDATE follow_ups SET status = ?2, carried_to_step = ?3, updated_at = ?4 WHERE id = ?1",
            params![id.to_string(), status.key(), carried_to_step, now_timestamp()],
        )?;
        Ok(())
    }

    pub fn set_follow_up_step(&self, id: Uuid, step: u8) -> Result<()> {
        self.execute(
            "UPDATE follow_ups SET step = ?2, updated_at = ?3 WHERE id = ?1",
            params![id.to_string(), step, now_timestamp()],
        )?;
        Ok(())
    }

    pub fn delete_follow_up(&self, id: Uuid) -> Result<()> {
        self.execute("DELETE FROM follow_ups WHERE id = ?1", [id.to_string()])?;
        Ok(())
    }
}
