//! The working group's workshop meetings (arbeidsmøter), one or more per step: planning (date,
//! time, place, who is invited, the agenda seeded from the step's default kjøreplan), running the
//! meeting (time used per agenda item; notes, decisions and points to anchor with management, and
//! follow-ups captured as they come up), and afterwards the minutes and the follow-ups still open
//! across the process, by owner.
//!
//! A follow-up without an owner, or with a deadline already past, is saved with a warning rather
//! than refused: in the room, getting it written down matters more than getting it complete.

use std::path::Path;

use chrono::{NaiveDate, NaiveTime};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::error::{Error, Result};
use crate::steps::{self, StepDefinition};
use crate::store::{Store, Tx};
use crate::{collation, dates, settings, validate};

pub const MAX_AGENDA_MINUTES: u32 = 480;
pub const MAX_ENTRY_CHARS: usize = 2000;
pub const MAX_FOLLOW_UP_CHARS: usize = 500;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum EntryKind {
    Note,
    Decision,
    /// Needs anchoring with management (forankring hos ledelsen).
    Anchoring,
}

impl EntryKind {
    pub fn key(self) -> &'static str {
        match self {
            EntryKind::Note => "notat",
            EntryKind::Decision => "beslutning",
            EntryKind::Anchoring => "forankring",
        }
    }
    pub fn from_key(key: &str) -> Option<EntryKind> {
        [EntryKind::Note, EntryKind::Decision, EntryKind::Anchoring]
            .into_iter()
            .find(|k| k.key() == key)
    }
    pub fn label(self) -> &'static str {
        match self {
            EntryKind::Note => "Notat",
            EntryKind::Decision => "Beslutning",
            EntryKind::Anchoring => "Forankres hos ledelsen",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum FollowUpStatus {
    Open,
    Done,
    /// Carried over to a later step.
    CarriedOver,
}

impl FollowUpStatus {
    pub fn key(self) -> &'static str {
        match self {
            FollowUpStatus::Open => "apen",
            FollowUpStatus::Done => "utfort",
            FollowUpStatus::CarriedOver => "overfort",
        }
    }
    pub fn from_key(key: &str) -> Option<FollowUpStatus> {
        [
            FollowUpStatus::Open,
            FollowUpStatus::Done,
            FollowUpStatus::CarriedOver,
        ]
        .into_iter()
        .find(|s| s.key() == key)
    }
    pub fn label(self) -> &'static str {
        match self {
            FollowUpStatus::Open => "Åpen",
            FollowUpStatus::Done => "Utført",
            FollowUpStatus::CarriedOver => "Overført",
        }
    }
}

/// Something saved that the user should look at again.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct FieldWarning {
    pub field: &'static str,
    pub message: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct MeetingSummary {
    pub id: Uuid,
    pub group_id: Uuid,
    pub group_name: String,
    pub step: u8,
    pub step_title: &'static str,
    /// dd.mm.åååå
    pub date: String,
    #[serde(skip)]
    pub day: NaiveDate,
    pub starts_at: String,
    pub ends_at: String,
    pub place: String,
    pub follow_up_count: usize,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Attendee {
    pub id: Uuid,
    pub person_id: Option<Uuid>,
    pub name: String,
    pub unit_name: String,
    pub attended: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct AgendaItem {
    pub id: Uuid,
    pub title: String,
    pub minutes: u32,
    pub used_seconds: u32,
    /// When the item starts if the agenda is kept: "09:45".
    pub planned_start: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Entry {
    pub id: Uuid,
    pub kind: EntryKind,
    pub kind_label: &'static str,
    pub text: String,
    pub agenda_item_id: Option<Uuid>,
    pub agenda_item_title: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct FollowUp {
    pub id: Uuid,
    pub group_id: Uuid,
    pub meeting_id: Option<Uuid>,
    /// dd.mm.åååå of the meeting that raised it.
    pub meeting_date: Option<String>,
    pub step: u8,
    pub what: String,
    pub owner_id: Option<Uuid>,
    /// Empty when nobody owns it.
    pub owner_name: String,
    /// dd.mm.åååå
    pub deadline: Option<String>,
    #[serde(skip)]
    pub deadline_day: Option<NaiveDate>,
    pub status: FollowUpStatus,
    pub status_label: &'static str,
    pub carried_to_step: Option<u8>,
    pub warnings: Vec<FieldWarning>,
}

impl FollowUp {
    pub fn is_open(&self) -> bool {
        self.status == FollowUpStatus::Open
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Meeting {
    pub id: Uuid,
    pub group_id: Uuid,
    pub group_name: String,
    pub step: u8,
    pub step_title: &'static str,
    pub date: String,
    pub starts_at: String,
    pub ends_at: String,
    pub place: String,
    /// Minutes between start and end.
    pub available_minutes: u32,
    /// The agenda's planned minutes.
    pub planned_minutes: u32,
    /// The time the agenda has actually taken, in seconds.
    pub used_seconds: u32,
    pub people: Vec<Attendee>,
    pub agenda: Vec<AgendaItem>,
    pub entries: Vec<Entry>,
    pub follow_ups: Vec<FollowUp>,
}

impl Meeting {
    pub fn definition(&self) -> &'static StepDefinition {
        steps::get("step", self.step).expect("stored steps are 1–7")
    }
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct MeetingInput {
    pub step: u8,
    pub date: String,
    pub starts_at: String,
    pub ends_at: String,
    #[serde(default)]
    pub place: String,
    #[serde(default)]
    pub invitees: Vec<Uuid>,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct AgendaItemInput {
    pub title: String,
    pub minutes: i64,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct EntryInput {
    pub kind: EntryKind,
    pub text: String,
    #[serde(default)]
    pub agenda_item_id: Option<Uuid>,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct FollowUpInput {
    pub what: String,
    #[serde(default)]
    pub owner_id: Option<Uuid>,
    #[serde(default)]
    pub deadline: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct RemovedAgendaItem {
    pub id: Uuid,
    pub meeting_id: Uuid,
    pub position: usize,
    pub title: String,
    pub minutes: u32,
    pub used_seconds: u32,
}

/// The open follow-ups one person owns (or nobody: `owner_id` and name empty).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct OwnerFollowUps {
    pub owner_id: Option<Uuid>,
    pub owner_name: String,
    pub items: Vec<FollowUp>,
}

// ---- Validation --------------------------------------------------------------------------

/// "9:00", "09.00" or "0900" → 09:00.
pub fn parse_time(field: &'static str, field_label: &'static str, text: &str) -> Result<NaiveTime> {
    let t = text.trim();
    if t.is_empty() {
        return Err(Error::Empty { field, field_label });
    }
    let normal = t.replace('.', ":");
    let parsed = NaiveTime::parse_from_str(&normal, "%H:%M")
        .ok()
        .or_else(|| {
            (normal.len() == 4 && normal.bytes().all(|b| b.is_ascii_digit()))
                .then(|| NaiveTime::parse_from_str(&normal, "%H%M").ok())
                .flatten()
        });
    parsed.ok_or_else(|| Error::Invalid {
        field,
        message: format!("«{t}» er ikke et klokkeslett. Skriv det som tt:mm, for eksempel 09:00."),
    })
}

pub fn format_time(time: NaiveTime) -> String {
    time.format("%H:%M").to_string()
}

pub struct ValidMeeting {
    pub step: u8,
    pub date: NaiveDate,
    pub starts_at: NaiveTime,
    pub ends_at: NaiveTime,
    pub place: String,
}

fn valid_meeting(input: &MeetingInput) -> Result<ValidMeeting> {
    steps::get("step", input.step)?;
    let date = validate::date("date", "Dato", &input.date)?;
    let starts_at = parse_time("startsAt", "Starttid", &input.starts_at)?;
    let ends_at = parse_time("endsAt", "Sluttid", &input.ends_at)?;
    if ends_at <= starts_at {
        return Err(Error::Invalid {
            field: "endsAt",
            message: format!(
                "Møtet må slutte etter at det begynner: det begynner {} og slutter {}.",
                format_time(starts_at),
                format_time(ends_at)
            ),
        });
    }
    let place = validate::optional_text(
        "place",
        "Sted",
        validate::MAX_NAME_CHARS,
        Some(&input.place),
    )?
    .unwrap_or_default();
    Ok(ValidMeeting {
        step: input.step,
        date,
        starts_at,
        ends_at,
        place,
    })
}

fn valid_agenda_item(input: &AgendaItemInput) -> Result<(String, u32)> {
    let title = validate::text("title", "Punkt", validate::MAX_NAME_CHARS, &input.title)?;
    if input.minutes < 1 {
        return Err(Error::Invalid {
            field: "minutes",
            message: format!(
                "Et punkt på dagsordenen må ha minst 1 minutt ({} går ikke).",
                input.minutes
            ),
        });
    }
    if input.minutes > MAX_AGENDA_MINUTES as i64 {
        return Err(Error::Invalid {
            field: "minutes",
            message: format!(
                "Et punkt kan ha høyst {MAX_AGENDA_MINUTES} minutter. Del det opp i flere punkter."
            ),
        });
    }
    Ok((title, input.minutes as u32))
}

pub struct ValidFollowUp {
    pub what: String,
    pub owner: Option<(Uuid, String)>,
    pub deadline: Option<NaiveDate>,
}

fn valid_follow_up(tx: &Tx, input: &FollowUpInput) -> Result<ValidFollowUp> {
    let what = validate::text("what", "Hva skal gjøres", MAX_FOLLOW_UP_CHARS, &input.what)?;
    let owner = match input.owner_id {
        None => None,
        Some(id) => match tx.person(id) {
            Ok(p) => Some((p.id, p.name)),
            Err(Error::NotFound { .. }) => {
                return Err(Error::Invalid {
                    field: "ownerId",
                    message: "Personen finnes ikke lenger. Velg en annen ansvarlig.".into(),
                })
            }
            Err(e) => return Err(e),
        },
    };
    let deadline = validate::optional_date("deadline", "Frist", input.deadline.as_deref())?;
    Ok(ValidFollowUp {
        what,
        owner,
        deadline,
    })
}

/// Puts on each open follow-up its warnings as of today (they change with the date, so they are
/// worked out as the follow-ups are read, never stored).
fn add_warnings(follow_ups: &mut [FollowUp]) {
    let today = dates::today();
    for f in follow_ups {
        f.warnings = warnings_of(f, today);
    }
}

fn warnings_of(follow_up: &FollowUp, today: NaiveDate) -> Vec<FieldWarning> {
    let mut warnings = Vec::new();
    if !follow_up.is_open() {
        return warnings;
    }
    if follow_up.owner_name.is_empty() {
        warnings.push(FieldWarning {
            field: "ownerId",
            message: "Ingen er ansvarlig ennå. Velg hvem som følger opp punktet.".into(),
        });
    }
    if let Some(day) = follow_up.deadline_day.filter(|d| *d < today) {
        warnings.push(FieldWarning {
            field: "deadline",
            message: format!(
                "Fristen {} er passert. Sett en ny frist, eller marker punktet som utført.",
                dates::format_date(day)
            ),
        });
    }
    warnings
}

// ---- Reading ---------------------------------------------------------------------------------

pub(crate) fn follow_ups_of(tx: &Tx, group: Uuid) -> Result<Vec<FollowUp>> {
    let mut list = tx.follow_ups(group)?;
    add_warnings(&mut list);
    Ok(list)
}

pub(crate) fn load(tx: &Tx, id: Uuid) -> Result<Meeting> {
    let mut meeting = tx.meeting(id)?;
    add_warnings(&mut meeting.follow_ups);
    Ok(meeting)
}

pub fn get(store: &mut Store, id: Uuid) -> Result<Meeting> {
    store.read(|tx| load(tx, id))
}

/// Meetings by date, of one process or of all.
pub fn list(store: &mut Store, group: Option<Uuid>) -> Result<Vec<MeetingSummary>> {
    store.read(|tx| {
        if let Some(g) = group {
            tx.work_group(g)?;
        }
        tx.meeting_summaries(group)
    })
}

/// The open follow-ups of the process, grouped by owner in Norwegian order, those without an
/// owner last; within an owner by deadline (none last).
pub fn open_follow_ups(store: &mut Store, group: Uuid) -> Result<Vec<OwnerFollowUps>> {
    store.read(|tx| {
        tx.work_group(group)?;
        let mut owners: Vec<OwnerFollowUps> = Vec::new();
        for f in follow_ups_of(tx, group)?
            .into_iter()
            .filter(FollowUp::is_open)
        {
            match owners
                .iter_mut()
                .find(|o| o.owner_id == f.owner_id && o.owner_name == f.owner_name)
            {
                Some(o) => o.items.push(f),
                None => owners.push(OwnerFollowUps {
                    owner_id: f.owner_id,
                    owner_name: f.owner_name.clone(),
                    items: vec![f],
                }),
            }
        }
        owners.sort_by(
            |a, b| match (a.owner_name.is_empty(), b.owner_name.is_empty()) {
                (true, false) => std::cmp::Ordering::Greater,
                (false, true) => std::cmp::Ordering::Less,
                _ => collation::compare(&a.owner_name, &b.owner_name),
            },
        );
        for o in &mut owners {
            o.items
                .sort_by_key(|f| (f.deadline_day.is_none(), f.deadline_day, f.step));
        }
        Ok(owners)
    })
}

// ---- Planning --------------------------------------------------------------------------------

/// Plans a meeting for a step, with the step's default agenda and the invited people.
pub fn plan(store: &mut Store, group: Uuid, input: &MeetingInput) -> Result<Meeting> {
    let valid = valid_meeting(input)?;
    let definition = steps::get("step", valid.step)?;
    store.write(|tx| {
        tx.work_group(group)?;
        let id = Uuid::new_v4();
        tx.insert_meeting(id, group, &valid)?;
        for (position, item) in definition.agenda.iter().enumerate() {
            tx.insert_agenda_item(Uuid::new_v4(), id, position, item.title, item.minutes, 0)?;
        }
        invite(tx, id, &input.invitees)?;
        load(tx, id)
    })
}

fn invite(tx: &Tx, meeting: Uuid, people: &[Uuid]) -> Result<()> {
    let current = tx.meeting_person_ids(meeting)?;
    for person_id in people {
        if current.contains(person_id) {
            continue;
        }
        let person = tx.person(*person_id).map_err(|e| match e {
            Error::NotFound { .. } => Error::Invalid {
                field: "invitees",
                message: "En av de inviterte finnes ikke lenger. Velg deltakerne på nytt.".into(),
            },
            e => e,
        })?;
        tx.insert_meeting_person(meeting, &person.id, &person.name, &person.unit_name)?;
    }
    for person_id in current.iter().filter(|p| !people.contains(p)) {
        tx.delete_meeting_person(meeting, *person_id)?;
    }
    Ok(())
}

/// Changes date, time, place, step and who is invited; the agenda stays as it is.
pub fn update(store: &mut Store, id: Uuid, input: &MeetingInput) -> Result<Meeting> {
    let valid = valid_meeting(input)?;
    store.write(|tx| {
        tx.meeting_summary(id)?;
        tx.update_meeting(id, &valid)?;
        invite(tx, id, &input.invitees)?;
        load(tx, id)
    })
}

pub fn delete(store: &mut Store, id: Uuid) -> Result<()> {
    store.write(|tx| {
        tx.meeting_summary(id)?;
        tx.delete_meeting(id)
    })
}

pub fn set_attendance(store: &mut Store, attendee: Uuid, attended: bool) -> Result<Meeting> {
    store.write(|tx| {
        let meeting = tx.set_attended(attendee, attended)?;
        load(tx, meeting)
    })
}

// ---- Agenda ----------------------------------------------------------------------------------

/// Adds an item at `position` (at the end when `None`).
pub fn add_agenda_item(
    store: &mut Store,
    meeting: Uuid,
    input: &AgendaItemInput,
    position: Option<usize>,
) -> Result<Meeting> {
    let (title, minutes) = valid_agenda_item(input)?;
    store.write(|tx| {
        let mut ids = tx.agenda_ids(meeting)?;
        let id = Uuid::new_v4();
        tx.insert_agenda_item(id, meeting, ids.len(), &title, minutes, 0)?;
        ids.insert(position.unwrap_or(ids.len()).min(ids.len()), id);
        tx.set_agenda_order(&ids)?;
        load(tx, meeting)
    })
}

pub fn update_agenda_item(
    store: &mut Store,
    item: Uuid,
    input: &AgendaItemInput,
) -> Result<Meeting> {
    let (title, minutes) = valid_agenda_item(input)?;
    store.write(|tx| {
        let meeting = tx.update_agenda_item(item, &title, minutes)?;
        load(tx, meeting)
    })
}

pub fn move_agenda_item(store: &mut Store, item: Uuid, position: usize) -> Result<Meeting> {
    store.write(|tx| {
        let meeting = tx.agenda_item_meeting(item)?;
        let mut ids = tx.agenda_ids(meeting)?;
        let from = ids.iter().position(|i| *i == item).unwrap_or(0);
        let id = ids.remove(from);
        ids.insert(position.min(ids.len()), id);
        tx.set_agenda_order(&ids)?;
        load(tx, meeting)
    })
}

pub fn remove_agenda_item(store: &mut Store, item: Uuid) -> Result<RemovedAgendaItem> {
    store.write(|tx| {
        let meeting_id = tx.agenda_item_meeting(item)?;
        let meeting = load(tx, meeting_id)?;
        let position = meeting
            .agenda
            .iter()
            .position(|i| i.id == item)
            .unwrap_or(0);
        let removed = &meeting.agenda[position];
        let snapshot = RemovedAgendaItem {
            id: item,
            meeting_id,
            position,
            title: removed.title.clone(),
            minutes: removed.minutes,
            used_seconds: removed.used_seconds,
        };
        tx.delete_agenda_item(item)?;
        let ids = tx.agenda_ids(meeting_id)?;
        tx.set_agenda_order(&ids)?;
        Ok(snapshot)
    })
}

pub fn restore_agenda_item(store: &mut Store, removed: &RemovedAgendaItem) -> Result<Meeting> {
    store.write(|tx| {
        let mut ids = tx.agenda_ids(removed.meeting_id)?;
        tx.insert_agenda_item(
            removed.id,
            removed.meeting_id,
            ids.len(),
            &removed.title,
            removed.minutes,
            removed.used_seconds,
        )?;
        ids.insert(removed.position.min(ids.len()), removed.id);
        tx.set_agenda_order(&ids)?;
        load(tx, removed.meeting_id)
    })
}

/// Records how long an item has taken so far (the presentation mode's timer).
pub fn record_time(store: &mut Store, item: Uuid, used_seconds: u32) -> Result<Meeting> {
    store.write(|tx| {
        let meeting = tx.set_agenda_used_seconds(item, used_seconds)?;
        load(tx, meeting)
    })
}

// ---- What the meeting captured ---------------------------------------------------------------

fn valid_entry(tx: &Tx, meeting: Uuid, input: &EntryInput) -> Result<String> {
    let label = match input.kind {
        EntryKind::Note => "Notat",
        EntryKind::Decision => "Beslutning",
        EntryKind::Anchoring => "Punkt til forankring",
    };
    if let Some(item) = input.agenda_item_id {
        if !tx.agenda_ids(meeting)?.contains(&item) {
            return Err(Error::Invalid {
                field: "agendaItemId",
                message: "Punktet på dagsordenen finnes ikke lenger i dette møtet.".into(),
            });
        }
    }
    let text = input.text.trim();
    if text.is_empty() {
        return Err(Error::Empty {
            field: "text",
            field_label: label,
        });
    }
    let actual = text.chars().count();
    if actual > MAX_ENTRY_CHARS {
        return Err(Error::TooLong {
            field: "text",
            field_label: label,
            max: MAX_ENTRY_CHARS,
            actual,
        });
    }
    Ok(text.to_string())
}

pub fn add_entry(store: &mut Store, meeting: Uuid, input: &EntryInput) -> Result<Meeting> {
    store.write(|tx| {
        tx.meeting_summary(meeting)?;
        let text = valid_entry(tx, meeting, input)?;
        tx.insert_entry(Uuid::new_v4(), meeting, input, &text)?;
        load(tx, meeting)
    })
}

pub fn update_entry(store: &mut Store, entry: Uuid, input: &EntryInput) -> Result<Meeting> {
    store.write(|tx| {
        let meeting = tx.entry_meeting(entry)?;
        let text = valid_entry(tx, meeting, input)?;
        tx.update_entry(entry, input, &text)?;
        load(tx, meeting)
    })
}

pub fn remove_entry(store: &mut Store, entry: Uuid) -> Result<Meeting> {
    store.write(|tx| {
        let meeting = tx.entry_meeting(entry)?;
        tx.delete_entry(entry)?;
        load(tx, meeting)
    })
}

// ---- Follow-ups --------------------------------------------------------------------------------

/// A follow-up raised in the meeting, belonging to the meeting's step.
pub fn add_follow_up(store: &mut Store, meeting: Uuid, input: &FollowUpInput) -> Result<Meeting> {
    store.write(|tx| {
        let summary = tx.meeting_summary(meeting)?;
        let valid = valid_follow_up(tx, input)?;
        tx.insert_follow_up(
            Uuid::new_v4(),
            summary.group_id,
            Some(meeting),
            summary.step,
            &valid,
        )?;
        load(tx, meeting)
    })
}

/// A follow-up of a step raised outside a meeting.
pub fn add_step_follow_up(
    store: &mut Store,
    group: Uuid,
    step: u8,
    input: &FollowUpInput,
) -> Result<FollowUp> {
    steps::get("step", step)?;
    store.write(|tx| {
        tx.work_group(group)?;
        let valid = valid_follow_up(tx, input)?;
        let id = Uuid::new_v4();
        tx.insert_follow_up(id, group, None, step, &valid)?;
        one_follow_up(tx, id)
    })
}

fn one_follow_up(tx: &Tx, id: Uuid) -> Result<FollowUp> {
    let mut f = tx.follow_up(id)?;
    add_warnings(std::slice::from_mut(&mut f));
    Ok(f)
}

pub fn update_follow_up(store: &mut Store, id: Uuid, input: &FollowUpInput) -> Result<FollowUp> {
    store.write(|tx| {
        tx.follow_up(id)?;
        let valid = valid_follow_up(tx, input)?;
        tx.update_follow_up(id, &valid)?;
        one_follow_up(tx, id)
    })
}

/// Open, done, or carried over to a later step (`carried_to_step`, after the follow-up's own).
/// Done after being carried over, it moves to the step it was carried to.
pub fn set_follow_up_status(
    store: &mut Store,
    id: Uuid,
    status: FollowUpStatus,
    carried_to_step: Option<u8>,
) -> Result<FollowUp> {
    store.write(|tx| {
        let current = tx.follow_up(id)?;
        let carried = match status {
            FollowUpStatus::CarriedOver => {
                let to = carried_to_step.ok_or_else(|| Error::Empty {
                    field: "carriedToStep",
                    field_label: "Steget punktet overføres til",
                })?;
                steps::get("carriedToStep", to)?;
                if to <= current.step {
                    return Err(Error::Invalid {
                        field: "carriedToStep",
                        message: format!(
                            "Punktet hører til steg {}; det kan bare overføres til et senere steg.",
                            current.step
                        ),
                    });
                }
                Some(to)
            }
            _ => None,
        };
        // A carried-over follow-up finished in the step it was carried to belongs to that step
        // now; otherwise it would vanish from there and reappear, done, in the step it left.
        if let (FollowUpStatus::CarriedOver, FollowUpStatus::Done, Some(to)) =
            (current.status, status, current.carried_to_step)
        {
            tx.set_follow_up_step(id, to)?;
        }
        tx.set_follow_up_status(id, status, carried)?;
        one_follow_up(tx, id)
    })
}

pub fn remove_follow_up(store: &mut Store, id: Uuid) -> Result<()> {
    store.write(|tx| {
        tx.follow_up(id)?;
        tx.delete_follow_up(id)
    })
}

// ---- Printing --------------------------------------------------------------------------------

fn municipality(store: &mut Store) -> Result<String> {
    Ok(settings::get(store)?.municipality)
}

/// The invitation: when and where, who, the agenda with times, and what each unit prepares.
pub fn print_invitation(store: &mut Store, id: Uuid) -> Result<Vec<u8>> {
    let municipality = municipality(store)?;
    let meeting = get(store, id)?;
    crate::pdf::innkalling::render(&municipality, &meeting)
}

pub fn print_invitation_to(store: &mut Store, id: Uuid, path: &Path) -> Result<()> {
    crate::pdf::write_file(path, &print_invitation(store, id)?)
}

/// The minutes: attendees, the agenda as run, notes, decisions, anchoring and follow-ups.
pub fn print_minutes(store: &mut Store, id: Uuid) -> Result<Vec<u8>> {
    let municipality = municipality(store)?;
    let meeting = get(store, id)?;
    crate::pdf::referat::render(&municipality, &meeting)
}

pub fn print_minutes_to(store: &mut Store, id: Uuid, path: &Path) -> Result<()> {
    crate::pdf::write_file(path, &print_minutes(store, id)?)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn times_are_read_as_people_type_them() {
        let nine = NaiveTime::from_hms_opt(9, 0, 0).unwrap();
        assert_eq!(parse_time("s", "S", "9:00").unwrap(), nine);
        assert_eq!(parse_time("s", "S", "09.00").unwrap(), nine);
        assert_eq!(parse_time("s", "S", "0900").unwrap(), nine);
        assert!(parse_time("s", "S", "25:00").is_err());
        assert!(matches!(
            parse_time("s", "S", " "),
            Err(Error::Empty { .. })
        ));
    }
}
