//! The employer network (arbeidsgiverregister): who the employers are, who to call there, which
//! fadders they have and whether those are trained, which kinds of placement they offer, when in
//! the year they need staff, and whether the workplace still takes new participants.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::error::{Error, Result};
use crate::store::{Store, Tx};
use crate::{dates, orgnr, validate};

pub const MAX_NOTES_CHARS: usize = 2000;
pub const MAX_REASON_CHARS: usize = 500;

/// The kinds of placement the handbook distinguishes, each with its own purpose and follow-up.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum PlacementKind {
    JobShadowing,
    LanguagePractice,
    WorkPractice,
    TrainingArena,
}

impl PlacementKind {
    pub const ALL: [PlacementKind; 4] = [
        PlacementKind::JobShadowing,
        PlacementKind::LanguagePractice,
        PlacementKind::WorkPractice,
        PlacementKind::TrainingArena,
    ];

    pub fn key(self) -> &'static str {
        match self {
            PlacementKind::JobShadowing => "hospitering",
            PlacementKind::LanguagePractice => "sprakpraksis",
            PlacementKind::WorkPractice => "arbeidspraksis",
            PlacementKind::TrainingArena => "opplaeringsarena",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            PlacementKind::JobShadowing => "Hospitering/jobbsnusing",
            PlacementKind::LanguagePractice => "Språkpraksis",
            PlacementKind::WorkPractice => "Arbeidspraksis",
            PlacementKind::TrainingArena => "Arbeidsplassen som opplæringsarena",
        }
    }

    /// What the placement is for, in a sentence, so that employer and municipality mean the same.
    pub fn purpose(self) -> &'static str {
        match self {
            PlacementKind::JobShadowing => {
                "Deltakeren ser hvilke oppgaver arbeidsplassen har, hva som kreves og hvordan arbeidet er organisert."
            }
            PlacementKind::LanguagePractice => {
                "En del av norskopplæringen: deltakeren øver på norsk i et ekte arbeidsmiljø, utenfor klasserommet."
            }
            PlacementKind::WorkPractice => {
                "Et tiltak i introduksjonsprogrammet der deltakeren lærer hva yrket innebærer. Målet er jobb, \
                 eller nok kompetanse til å søke jobb i en lignende bedrift."
            }
            PlacementKind::TrainingArena => {
                "Arbeidsplassen er stedet der deltakeren får opplæring i et bestemt yrke eller en bransje, \
                 med jobb eller kompetanse for jobb som mål."
            }
        }
    }

    pub fn from_key(key: &str) -> Option<PlacementKind> {
        PlacementKind::ALL.into_iter().find(|k| k.key() == key)
    }

    pub fn parse(field: &'static str, key: &str) -> Result<PlacementKind> {
        PlacementKind::from_key(key.trim()).ok_or_else(|| Error::Invalid {
            field,
            message: format!(
                "«{}» er ikke en type praksis. Velg hospitering, språkpraksis, arbeidspraksis eller \
                 arbeidsplassen som opplæringsarena.",
                key.trim()
            ),
        })
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum Sector {
    Public,
    Private,
}

impl Sector {
    pub fn key(self) -> &'static str {
        match self {
            Sector::Public => "offentlig",
            Sector::Private => "privat",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Sector::Public => "Offentlig",
            Sector::Private => "Privat",
        }
    }

    pub fn from_key(key: &str) -> Option<Sector> {
        [Sector::Public, Sector::Private]
            .into_iter()
            .find(|s| s.key() == key)
    }
}

/// Norwegian month names, for screens and printed forms ("januar" …).
pub use crate::dates::MONTHS;

/// "mai, juni og desember".
pub fn describe_months(months: &[u8]) -> String {
    let names: Vec<&str> = months
        .iter()
        .filter_map(|m| MONTHS.get(usize::from(*m).wrapping_sub(1)).copied())
        .collect();
    crate::words::join_with_og(&names)
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Contact {
    pub id: Uuid,
    pub name: String,
    pub role: String,
    pub phone: Option<String>,
    pub email: Option<String>,
    /// Placements that name this person as the employer's contact.
    pub placement_count: usize,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ContactInput {
    pub name: String,
    #[serde(default)]
    pub role: String,
    pub phone: Option<String>,
    pub email: Option<String>,
}

pub struct ValidContact {
    pub name: String,
    pub role: String,
    pub phone: Option<String>,
    pub email: Option<String>,
}

/// A fadder at the workplace: the colleague who guides the participant day to day.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Mentor {
    pub id: Uuid,
    pub name: String,
    pub role: String,
    pub phone: Option<String>,
    /// Has taken the municipality's fadder training.
    pub trained: bool,
    pub trained_on: Option<NaiveDate>,
    pub placement_count: usize,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct MentorInput {
    pub name: String,
    #[serde(default)]
    pub role: String,
    pub phone: Option<String>,
    #[serde(default)]
    pub trained: bool,
    /// dd.mm.åååå; only with `trained`.
    pub trained_on: Option<String>,
}

pub struct ValidMentor {
    pub name: String,
    pub role: String,
    pub phone: Option<String>,
    pub trained: bool,
    pub trained_on: Option<NaiveDate>,
}

/// One row of the employer list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct EmployerSummary {
    pub id: Uuid,
    pub name: String,
    /// Nine digits, or `None` while not known.
    pub org_number: Option<String>,
    pub trade: String,
    pub address: String,
    pub sector: Sector,
    pub kinds: Vec<PlacementKind>,
    pub suitable: bool,
    pub has_trained_mentor: bool,
    pub mentor_count: usize,
    /// Placements not yet ended (running or agreed to start).
    pub current_placements: usize,
    pub past_placements: usize,
    pub spec_count: usize,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Employer {
    pub id: Uuid,
    pub name: String,
    pub org_number: Option<String>,
    pub trade: String,
    pub address: String,
    pub sector: Sector,
    pub notes: String,
    pub kinds: Vec<PlacementKind>,
    /// 1 = januar … 12 = desember.
    pub busy_months: Vec<u8>,
    pub suitable: bool,
    pub suitability_assessed_on: Option<NaiveDate>,
    pub suitability_reason: String,
    pub contacts: Vec<Contact>,
    pub mentors: Vec<Mentor>,
    pub current_placements: usize,
    pub past_placements: usize,
    pub spec_count: usize,
    pub created_at: String,
    pub updated_at: String,
}

/// What the user fills in about an employer; kinds as keys and the organisation number as typed,
/// so that a wrong one is a message at its field.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct EmployerInput {
    pub name: String,
    #[serde(default)]
    pub org_number: String,
    #[serde(default)]
    pub trade: String,
    #[serde(default)]
    pub address: String,
    /// `offentlig` or `privat`.
    pub sector: String,
    #[serde(default)]
    pub notes: String,
    #[serde(default)]
    pub kinds: Vec<String>,
    #[serde(default)]
    pub busy_months: Vec<i64>,
}

pub struct ValidEmployer {
    pub name: String,
    pub org_number: Option<String>,
    pub trade: String,
    pub address: String,
    pub sector: Sector,
    pub notes: String,
    pub kinds: Vec<PlacementKind>,
    pub busy_months: Vec<u8>,
}

/// The outcome of a final evaluation: does the workplace take new participants?
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct SuitabilityInput {
    pub suitable: bool,
    /// dd.mm.åååå
    pub assessed_on: String,
    #[serde(default)]
    pub reason: String,
}

/// The employer list's search and filters; each one left out lets everything through.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct EmployerFilter {
    /// Matches name, organisation number, bransje and address, ignoring case and spaces in the number.
    pub search: Option<String>,
    pub trade: Option<String>,
    /// A placement kind's key.
    pub kind: Option<String>,
    pub suitable: Option<bool>,
    pub has_trained_mentor: Option<bool>,
}

impl EmployerFilter {
    pub fn matches(&self, e: &EmployerSummary) -> bool {
        let search_ok = match self.search.as_deref().map(str::trim) {
            None | Some("") => true,
            Some(text) => {
                let wanted = text.to_lowercase();
                let digits: String = wanted.chars().filter(|c| !c.is_whitespace()).collect();
                e.name.to_lowercase().contains(&wanted)
                    || e.trade.to_lowercase().contains(&wanted)
                    || e.address.to_lowercase().contains(&wanted)
                    || (!digits.is_empty()
                        && e.org_number.as_deref().is_some_and(|n| n.contains(&digits)))
            }
        };
        let trade_ok = match self.trade.as_deref().map(str::trim) {
            None | Some("") => true,
            Some(t) => e.trade.to_lowercase() == t.to_lowercase(),
        };
        let kind_ok = match self.kind.as_deref().filter(|k| !k.is_empty()) {
            None => true,
            Some(k) => PlacementKind::from_key(k).is_some_and(|k| e.kinds.contains(&k)),
        };
        search_ok
            && trade_ok
            && kind_ok
            && self.suitable.is_none_or(|s| e.suitable == s)
            && self
                .has_trained_mentor
                .is_none_or(|t| e.has_trained_mentor == t)
    }
}

fn valid_employer(input: &EmployerInput) -> Result<ValidEmployer> {
    let name = validate::name("name", "Navn", &input.name)?;
    let org_number = orgnr::parse_optional(&input.org_number)?;
    let trade = validate::optional_text(
        "trade",
        "Bransje",
        validate::MAX_NAME_CHARS,
        Some(&input.trade),
    )?
    .unwrap_or_default();
    let address = validate::optional_text(
        "address",
        "Adresse",
        validate::MAX_NAME_CHARS,
        Some(&input.address),
    )?
    .unwrap_or_default();
    let sector = Sector::from_key(input.sector.trim()).ok_or_else(|| Error::Invalid {
        field: "sector",
        message: "Velg om arbeidsgiveren er offentlig eller privat.".into(),
    })?;
    let notes = input.notes.trim().to_owned();
    let actual = notes.chars().count();
    if actual > MAX_NOTES_CHARS {
        return Err(Error::TooLong {
            field: "notes",
            field_label: "Notater",
            max: MAX_NOTES_CHARS,
            actual,
        });
    }
    let mut kinds = input
        .kinds
        .iter()
        .map(|k| PlacementKind::parse("kinds", k))
        .collect::<Result<Vec<_>>>()?;
    kinds.sort();
    kinds.dedup();
    let mut busy_months = Vec::new();
    for month in &input.busy_months {
        match u8::try_from(*month) {
            Ok(m @ 1..=12) => busy_months.push(m),
            _ => {
                return Err(Error::Invalid {
                    field: "busyMonths",
                    message: format!(
                        "{month} er ikke en måned. Velg måneder fra januar til desember."
                    ),
                })
            }
        }
    }
    busy_months.sort();
    busy_months.dedup();
    Ok(ValidEmployer {
        name,
        org_number,
        trade,
        address,
        sector,
        notes,
        kinds,
        busy_months,
    })
}

/// Refuses a second employer with the same organisation number, naming the one that has it (the
/// UI then offers to open it).
fn refuse_taken_org_number(tx: &Tx, org_number: Option<&str>, except: Option<Uuid>) -> Result<()> {
    if let Some(number) = org_number {
        if let Some((id, name)) = tx.employer_with_org_number(number)? {
            if Some(id) != except {
                return Err(Error::DuplicateOrgNumber {
                    org_number: orgnr::format(number),
                    name,
                    id,
                });
            }
        }
    }
    Ok(())
}

pub fn list(store: &mut Store, filter: &EmployerFilter) -> Result<Vec<EmployerSummary>> {
    let today = dates::today();
    let all = store.read(|tx| tx.employer_summaries(today))?;
    Ok(all.into_iter().filter(|e| filter.matches(e)).collect())
}

/// The lines of work (bransjer) employers are registered under, in Norwegian order, for the
/// filter and for suggestions while typing.
pub fn trades(store: &mut Store) -> Result<Vec<String>> {
    store.read(|tx| tx.employer_trades())
}

pub fn get(store: &mut Store, id: Uuid) -> Result<Employer> {
    let today = dates::today();
    store.read(|tx| tx.employer(id, today))
}

/// The employer that has this organisation number, if any (to open it instead of registering it twice).
pub fn find_by_org_number(store: &mut Store, text: &str) -> Result<Option<Uuid>> {
    let number = orgnr::parse(text)?;
    store.read(|tx| Ok(tx.employer_with_org_number(&number)?.map(|(id, _)| id)))
}

pub fn create(store: &mut Store, input: &EmployerInput) -> Result<Employer> {
    let valid = valid_employer(input)?;
    let today = dates::today();
    store.write(|tx| {
        refuse_taken_org_number(tx, valid.org_number.as_deref(), None)?;
        let id = Uuid::new_v4();
        tx.save_employer(id, &valid)?;
        tx.employer(id, today)
    })
}

pub fn update(store: &mut Store, id: Uuid, input: &EmployerInput) -> Result<Employer> {
    let valid = valid_employer(input)?;
    let today = dates::today();
    store.write(|tx| {
        tx.employer(id, today)?;
        refuse_taken_org_number(tx, valid.org_number.as_deref(), Some(id))?;
        tx.save_employer(id, &valid)?;
        tx.employer(id, today)
    })
}

/// Records the outcome of a final evaluation. Marking a workplace unsuitable needs a reason, so
/// that a colleague later knows why it is not used.
pub fn set_suitability(store: &mut Store, id: Uuid, input: &SuitabilityInput) -> Result<Employer> {
    let (suitable, assessed_on, reason) = valid_suitability(input)?;
    store.write(|tx| record_suitability(tx, id, suitable, assessed_on, &reason))
}

/// Records a checked assessment within the caller's transaction, and returns the employer.
pub(crate) fn record_suitability(
    tx: &Tx,
    id: Uuid,
    suitable: bool,
    assessed_on: NaiveDate,
    reason: &str,
) -> Result<Employer> {
    let today = dates::today();
    tx.employer(id, today)?;
    tx.set_employer_suitability(id, suitable, assessed_on, reason)?;
    tx.employer(id, today)
}

/// The assessment checked: a date not in the future, and a reason when the workplace is not
/// suitable.
pub(crate) fn valid_suitability(input: &SuitabilityInput) -> Result<(bool, NaiveDate, String)> {
    let assessed_on = validate::date("assessedOn", "Dato for vurderingen", &input.assessed_on)?;
    let today = dates::today();
    if assessed_on > today {
        return Err(Error::Invalid {
            field: "assessedOn",
            message: "Vurderingen kan ikke være datert fram i tid.".into(),
        });
    }
    let reason = if input.suitable {
        validate::optional_text(
            "reason",
            "Begrunnelse",
            MAX_REASON_CHARS,
            Some(&input.reason),
        )?
        .unwrap_or_default()
    } else {
        validate::text("reason", "Begrunnelse", MAX_REASON_CHARS, &input.reason)?
    };
    Ok((input.suitable, assessed_on, reason))
}

/// Deletes an employer with no placements, with its contacts, fadders, checklist and
/// specifications. One with placements is refused: the agreements would lose their employer;
/// mark it as no longer suitable instead.
pub fn delete(store: &mut Store, id: Uuid) -> Result<()> {
    let today = dates::today();
    store.write(|tx| {
        let employer = tx.employer(id, today)?;
        let placements = employer.current_placements + employer.past_placements;
        if placements > 0 {
            return Err(Error::Refused {
                message: format!(
                    "{} har {placements} {} og kan ikke slettes, for da ville avtalene miste \
                     arbeidsgiveren sin. Marker arbeidsgiveren som ikke egnet for nye deltakere i stedet.",
                    employer.name,
                    if placements == 1 { "praksisplass" } else { "praksisplasser" }
                ),
            });
        }
        tx.delete_employer(id)
    })
}

fn valid_contact(input: &ContactInput) -> Result<ValidContact> {
    Ok(ValidContact {
        name: validate::name("name", "Navn", &input.name)?,
        role: validate::optional_text(
            "role",
            "Rolle",
            validate::MAX_NAME_CHARS,
            Some(&input.role),
        )?
        .unwrap_or_default(),
        phone: validate::phone(input.phone.as_deref())?,
        email: validate::email(input.email.as_deref())?,
    })
}

fn valid_mentor(input: &MentorInput) -> Result<ValidMentor> {
    let trained_on = if input.trained {
        validate::optional_date(
            "trainedOn",
            "Dato for fadderopplæring",
            input.trained_on.as_deref(),
        )?
    } else {
        None
    };
    if trained_on.is_some_and(|d| d > dates::today()) {
        return Err(Error::Invalid {
            field: "trainedOn",
            message: "Fadderopplæringen kan ikke være datert fram i tid.".into(),
        });
    }
    Ok(ValidMentor {
        name: validate::name("name", "Navn", &input.name)?,
        role: validate::optional_text(
            "role",
            "Rolle",
            validate::MAX_NAME_CHARS,
            Some(&input.role),
        )?
        .unwrap_or_default(),
        phone: validate::phone(input.phone.as_deref())?,
        trained: input.trained,
        trained_on,
    })
}

/// Refuses removing a person `count` placements still name as `role`: they would lose them.
fn refuse_named(name: &str, count: usize, role: &str, placement: &str) -> Result<()> {
    if count == 0 {
        return Ok(());
    }
    let plural = if count == 1 { "" } else { "er" };
    Err(Error::Refused {
        message: format!(
            "{name} er {role} i {count} {placement}{plural}. Velg en annen {role} der først."
        ),
    })
}

/// Runs one change to an employer's contact people or fadders, and returns the employer as it
/// is after it. `employer_of` finds the employer (a missing one is "not found"); `change` sees it
/// as it was, to refuse what it must.
fn change_people(
    store: &mut Store,
    employer_of: impl FnOnce(&Tx) -> Result<Uuid>,
    change: impl FnOnce(&Tx, &Employer) -> Result<()>,
) -> Result<Employer> {
    let today = dates::today();
    store.write(|tx| {
        let id = employer_of(tx)?;
        let before = tx.employer(id, today)?;
        change(tx, &before)?;
        tx.employer(id, today)
    })
}

pub fn add_contact(store: &mut Store, employer: Uuid, input: &ContactInput) -> Result<Employer> {
    let valid = valid_contact(input)?;
    change_people(
        store,
        |_| Ok(employer),
        |tx, e| tx.insert_contact(Uuid::new_v4(), e.id, &valid),
    )
}

pub fn update_contact(store: &mut Store, id: Uuid, input: &ContactInput) -> Result<Employer> {
    let valid = valid_contact(input)?;
    change_people(
        store,
        |tx| tx.contact_employer(id),
        |tx, _| tx.update_contact(id, &valid),
    )
}

/// Removes a contact person no placement names; one that is named is refused.
pub fn remove_contact(store: &mut Store, id: Uuid) -> Result<Employer> {
    change_people(
        store,
        |tx| tx.contact_employer(id),
        |tx, employer| {
            if let Some(c) = employer.contacts.iter().find(|c| c.id == id) {
                refuse_named(&c.name, c.placement_count, "kontaktperson", "praksisavtale")?;
            }
            tx.delete_contact(id)
        },
    )
}

pub fn add_mentor(store: &mut Store, employer: Uuid, input: &MentorInput) -> Result<Employer> {
    let valid = valid_mentor(input)?;
    change_people(
        store,
        |_| Ok(employer),
        |tx, e| tx.insert_mentor(Uuid::new_v4(), e.id, &valid),
    )
}

pub fn update_mentor(store: &mut Store, id: Uuid, input: &MentorInput) -> Result<Employer> {
    let valid = valid_mentor(input)?;
    change_people(
        store,
        |tx| tx.mentor_employer(id),
        |tx, _| tx.update_mentor(id, &valid),
    )
}

/// Removes a fadder no placement names; one that is named is refused.
pub fn remove_mentor(store: &mut Store, id: Uuid) -> Result<Employer> {
    change_people(
        store,
        |tx| tx.mentor_employer(id),
        |tx, employer| {
            if let Some(m) = employer.mentors.iter().find(|m| m.id == id) {
                refuse_named(&m.name, m.placement_count, "fadder", "praksisplass")?;
            }
            tx.delete_mentor(id)
        },
    )
}

/// The preparation sheet (4.2) for a meeting with the employer about a placement agreement.
pub fn print_preparation(store: &mut Store, id: Uuid) -> Result<Vec<u8>> {
    use crate::pdf::forberedelse::{render, PreparationSheet};
    let today = dates::today();
    let sheet = store.read(|tx| {
        let settings = crate::settings::read(tx)?;
        Ok(PreparationSheet {
            employer: tx.employer(id, today)?,
            checklist: crate::checklists::load(
                tx,
                crate::checklists::ChecklistId::EmployerPreparation,
                id,
            )?,
            specs: tx.spec_summaries(Some(id))?,
            adviser: settings.current_user_name,
            municipality: settings.municipality,
            printed_on: today,
        })
    })?;
    render(&sheet)
}

pub fn print_preparation_to(store: &mut Store, id: Uuid, path: &std::path::Path) -> Result<()> {
    let bytes = print_preparation(store, id)?;
    crate::pdf::write_file(path, &bytes)
}
