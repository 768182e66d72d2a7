//! Participants (deltakere) and their placements (praksisplasser): who is in work practice, where,
//! with which fadder, for how long and how many days a week, and which adviser follows them up.
//! A placement is also the placement agreement (praksisavtale): with which employer, fadder and
//! contact person, of which kind, how many days at school besides, its goal, and the version of
//! the employer's requirement specification it was made against.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::employers::PlacementKind;
use crate::error::{Error, GoneAt, Result};
use crate::store::{Store, Tx};
use crate::validate;

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Participant {
    pub id: Uuid,
    pub name: String,
    /// Printed forms show "A. Y." instead of the name.
    pub initials_only: bool,
    /// What printed forms show: the name, or the initials.
    pub printed_name: String,
    pub adviser_id: Option<Uuid>,
    pub adviser_name: Option<String>,
    pub placement_count: usize,
    pub created_at: String,
    pub updated_at: String,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ParticipantInput {
    pub name: String,
    #[serde(default)]
    pub initials_only: bool,
    pub adviser_id: Option<Uuid>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Placement {
    pub id: Uuid,
    pub participant_id: Uuid,
    pub participant_name: String,
    pub workplace: String,
    /// The fadder's name; empty until the workplace has named one.
    pub mentor_name: String,
    pub start_date: NaiveDate,
    pub end_date: NaiveDate,
    pub days_per_week: u8,
    /// The training plan of this placement, if one has been made.
    pub plan_id: Option<Uuid>,
    /// The employer in the register; `None` on placements made before it, or not yet linked.
    pub employer_id: Option<Uuid>,
    pub employer_name: Option<String>,
    pub mentor_id: Option<Uuid>,
    /// The employer's contact person for this placement.
    pub contact_id: Option<Uuid>,
    pub contact_name: Option<String>,
    pub kind: Option<PlacementKind>,
    /// Days a week at school (voksenopplæringen) besides the workplace.
    pub school_days_per_week: Option<u8>,
    pub goal: String,
    pub spec_version_id: Option<Uuid>,
    pub spec_id: Option<Uuid>,
    /// "Butikkmedarbeider, versjon 2".
    pub spec_label: Option<String>,
    pub created_at: String,
    pub updated_at: String,
}

pub const MAX_GOAL_CHARS: usize = 500;

/// Dates come as the user typed them (dd.mm.åååå) so that a bad one is a message at its field.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct PlacementInput {
    pub participant_id: Option<Uuid>,
    pub workplace: String,
    #[serde(default)]
    pub mentor_name: String,
    pub start_date: String,
    pub end_date: String,
    pub days_per_week: Option<i64>,
    #[serde(default)]
    pub employer_id: Option<Uuid>,
    #[serde(default)]
    pub mentor_id: Option<Uuid>,
    #[serde(default)]
    pub contact_id: Option<Uuid>,
    /// A placement kind's key; blank means not chosen.
    #[serde(default)]
    pub kind: Option<String>,
    #[serde(default)]
    pub school_days_per_week: Option<i64>,
    #[serde(default)]
    pub goal: String,
    #[serde(default)]
    pub spec_version_id: Option<Uuid>,
}

pub struct ValidPlacement {
    pub participant_id: Uuid,
    /// May be empty when an employer is chosen: it then becomes the employer's name.
    pub workplace: String,
    pub mentor_name: String,
    pub start_date: NaiveDate,
    pub end_date: NaiveDate,
    pub days_per_week: u8,
    pub employer_id: Option<Uuid>,
    pub mentor_id: Option<Uuid>,
    pub contact_id: Option<Uuid>,
    pub kind: Option<PlacementKind>,
    pub school_days_per_week: Option<u8>,
    pub goal: String,
    pub spec_version_id: Option<Uuid>,
}

/// "Amina Yusuf" → "A. Y."; "Nguyễn Thị Lan" → "N. T. L.".
pub fn initials(name: &str) -> String {
    name.split_whitespace()
        .filter_map(|part| part.chars().next())
        .map(|c| format!("{}.", c.to_uppercase()))
        .collect::<Vec<_>>()
        .join(" ")
}

pub fn printed_name(name: &str, initials_only: bool) -> String {
    if initials_only {
        initials(name)
    } else {
        name.to_owned()
    }
}

fn check_adviser(tx: &Tx, adviser: Option<Uuid>) -> Result<()> {
    if let Some(id) = adviser {
        tx.person(id).gone_at(
            "adviser",
            "Programrådgiveren finnes ikke lenger. Velg en annen.",
        )?;
    }
    Ok(())
}

pub fn list(store: &mut Store) -> Result<Vec<Participant>> {
    store.read(|tx| tx.participants())
}

pub fn get(store: &mut Store, id: Uuid) -> Result<Participant> {
    store.read(|tx| tx.participant(id))
}

pub fn create(store: &mut Store, input: &ParticipantInput) -> Result<Participant> {
    let name = validate::name("name", "Navn", &input.name)?;
    store.write(|tx| {
        check_adviser(tx, input.adviser_id)?;
        let id = Uuid::new_v4();
        tx.insert_participant(id, &name, input.initials_only, input.adviser_id)?;
        tx.participant(id)
    })
}

pub fn update(store: &mut Store, id: Uuid, input: &ParticipantInput) -> Result<Participant> {
    let name = validate::name("name", "Navn", &input.name)?;
    store.write(|tx| {
        tx.participant(id)?;
        check_adviser(tx, input.adviser_id)?;
        tx.update_participant(id, &name, input.initials_only, input.adviser_id)?;
        tx.participant(id)
    })
}

/// Deletes a participant with no placements; one with placements is refused, since their plans
/// and history would go with them.
pub fn delete(store: &mut Store, id: Uuid) -> Result<()> {
    store.write(|tx| {
        let participant = tx.participant(id)?;
        if participant.placement_count > 0 {
            return Err(Error::Refused {
                message: format!(
                    "{} har {} praksisplass{}. Slett praksisplassene først.",
                    participant.name,
                    participant.placement_count,
                    if participant.placement_count == 1 {
                        ""
                    } else {
                        "er"
                    }
                ),
            });
        }
        tx.delete_participant(id)
    })
}

fn valid_placement(input: &PlacementInput) -> Result<ValidPlacement> {
    let participant_id = input.participant_id.ok_or(Error::Empty {
        field: "participant",
        field_label: "Deltaker",
    })?;
    let workplace = if input.workplace.trim().is_empty() && input.employer_id.is_some() {
        String::new()
    } else {
        validate::name("workplace", "Arbeidssted", &input.workplace)?
    };
    let mentor_name = match input.mentor_name.trim() {
        "" => String::new(),
        name => validate::name("mentorName", "Fadder", name)?,
    };
    let start_date = validate::date("startDate", "Startdato", &input.start_date)?;
    let end_date = validate::date("endDate", "Sluttdato", &input.end_date)?;
    if end_date < start_date {
        return Err(Error::Invalid {
            field: "endDate",
            message: format!(
                "Sluttdatoen kan ikke være før startdatoen ({}).",
                crate::dates::format_date(start_date)
            ),
        });
    }
    let days_per_week = match input.days_per_week {
        None => {
            return Err(Error::Empty {
                field: "daysPerWeek",
                field_label: "Dager i uken",
            })
        }
        Some(days @ 1..=7) => days as u8,
        Some(_) => {
            return Err(Error::Invalid {
                field: "daysPerWeek",
                message: "Dager i uken på arbeidsplassen må være mellom 1 og 7.".into(),
            })
        }
    };
    let school_days_per_week = match input.school_days_per_week {
        None => None,
        Some(days @ 0..=6) if days + i64::from(days_per_week) <= 7 => Some(days as u8),
        Some(days @ 0..=6) => {
            return Err(Error::Invalid {
                field: "schoolDaysPerWeek",
                message: format!(
                    "En uke har sju dager: {days_per_week} på arbeidsplassen og {days} på skolen blir {}.",
                    i64::from(days_per_week) + days
                ),
            })
        }
        Some(_) => {
            return Err(Error::Invalid {
                field: "schoolDaysPerWeek",
                message: "Dager i uken på skolen må være mellom 0 og 6.".into(),
            })
        }
    };
    let kind = match input
        .kind
        .as_deref()
        .map(str::trim)
        .filter(|k| !k.is_empty())
    {
        None => None,
        Some(key) => Some(PlacementKind::parse("kind", key)?),
    };
    let goal = validate::optional_text(
        "goal",
        "Mål for praksisen",
        MAX_GOAL_CHARS,
        Some(&input.goal),
    )?
    .unwrap_or_default();
    let needs_employer = |field: &'static str, what: &str| Error::Invalid {
        field,
        message: format!("Velg arbeidsgiveren først, så {what}."),
    };
    if input.employer_id.is_none() {
        if input.mentor_id.is_some() {
            return Err(needs_employer("mentor", "fadderen der"));
        }
        if input.contact_id.is_some() {
            return Err(needs_employer("contact", "kontaktpersonen der"));
        }
        if input.spec_version_id.is_some() {
            return Err(needs_employer("specVersion", "kravspesifikasjonen"));
        }
    }
    Ok(ValidPlacement {
        participant_id,
        workplace,
        mentor_name,
        start_date,
        end_date,
        days_per_week,
        employer_id: input.employer_id,
        mentor_id: input.mentor_id,
        contact_id: input.contact_id,
        kind,
        school_days_per_week,
        goal,
        spec_version_id: input.spec_version_id,
    })
}

/// Checks that the employer, fadder, contact person and specification version the user picked
/// still exist and belong together; fills in the workplace and the fadder's name from them.
fn resolve_agreement(tx: &Tx, valid: &mut ValidPlacement) -> Result<()> {
    let Some(employer_id) = valid.employer_id else {
        return Ok(());
    };
    let employer = tx.employer(employer_id, crate::dates::today()).gone_at(
        "employer",
        "Arbeidsgiveren finnes ikke lenger. Velg en annen.",
    )?;
    if valid.workplace.is_empty() {
        valid.workplace = employer.name.clone();
    }
    if let Some(mentor) = valid.mentor_id {
        let found = employer
            .mentors
            .iter()
            .find(|m| m.id == mentor)
            .ok_or_else(|| Error::Invalid {
                field: "mentor",
                message: format!(
                    "Fadderen er ikke registrert hos {}. Velg en fadder derfra.",
                    employer.name
                ),
            })?;
        valid.mentor_name = found.name.clone();
    }
    if let Some(contact) = valid.contact_id {
        if !employer.contacts.iter().any(|c| c.id == contact) {
            return Err(Error::Invalid {
                field: "contact",
                message: format!(
                    "Kontaktpersonen er ikke registrert hos {}. Velg en kontaktperson derfra.",
                    employer.name
                ),
            });
        }
    }
    if let Some(version) = valid.spec_version_id {
        let (spec_employer, agreed) = tx.spec_version_owner(version).gone_at(
            "specVersion",
            "Versjonen av kravspesifikasjonen finnes ikke lenger. Velg en annen.",
        )?;
        if spec_employer != employer_id {
            return Err(Error::Invalid {
                field: "specVersion",
                message: format!(
                    "Kravspesifikasjonen hører ikke til {}. Velg en av deres.",
                    employer.name
                ),
            });
        }
        if !agreed {
            return Err(Error::Invalid {
                field: "specVersion",
                message: "Denne versjonen av kravspesifikasjonen er ikke avtalt med arbeidsgiveren ennå. \
                          Marker den som avtalt først, eller velg en avtalt versjon."
                    .into(),
            });
        }
    }
    Ok(())
}

fn check_participant(tx: &Tx, id: Uuid) -> Result<()> {
    tx.participant(id)
        .gone_at(
            "participant",
            "Deltakeren finnes ikke lenger. Velg en annen.",
        )
        .map(|_| ())
}

/// Placements, by start date; of one participant, or all.
pub fn list_placements(store: &mut Store, participant: Option<Uuid>) -> Result<Vec<Placement>> {
    store.read(|tx| tx.placements(participant))
}

pub fn get_placement(store: &mut Store, id: Uuid) -> Result<Placement> {
    store.read(|tx| tx.placement(id))
}

pub fn create_placement(store: &mut Store, input: &PlacementInput) -> Result<Placement> {
    let mut valid = valid_placement(input)?;
    store.write(|tx| {
        check_participant(tx, valid.participant_id)?;
        resolve_agreement(tx, &mut valid)?;
        let id = Uuid::new_v4();
        tx.insert_placement(id, &valid)?;
        tx.placement(id)
    })
}

pub fn update_placement(store: &mut Store, id: Uuid, input: &PlacementInput) -> Result<Placement> {
    let mut valid = valid_placement(input)?;
    store.write(|tx| {
        let existing = tx.placement(id)?;
        resolve_agreement(tx, &mut valid)?;
        if existing.participant_id != valid.participant_id {
            return Err(Error::Invalid {
                field: "participant",
                message: "En praksisplass kan ikke flyttes til en annen deltaker.".into(),
            });
        }
        tx.update_placement(id, &valid)?;
        tx.placement(id)
    })
}

/// Deletes a placement without a training plan; with one, the plan must be deleted first.
pub fn delete_placement(store: &mut Store, id: Uuid) -> Result<()> {
    store.write(|tx| {
        let placement = tx.placement(id)?;
        if placement.plan_id.is_some() {
            return Err(Error::Refused {
                message: format!(
                    "Praksisplassen hos {} har en opplæringsplan. Slett planen først.",
                    placement.workplace
                ),
            });
        }
        crate::plans::refuse_if_evaluated(tx, id, "praksisplassen")?;
        tx.delete_placement(id)
    })
}

/// The placement agreement (praksisavtale) as a printed form.
pub fn print_agreement(store: &mut Store, id: Uuid) -> Result<Vec<u8>> {
    use crate::pdf::praksisavtale::{render, AgreementSheet};
    let today = crate::dates::today();
    let sheet = store.read(|tx| {
        let placement = tx.placement(id)?;
        let participant = tx.participant(placement.participant_id)?;
        let employer = match placement.employer_id {
            Some(e) => Some(tx.employer(e, today)?),
            None => None,
        };
        let mentor = employer
            .as_ref()
            .and_then(|e| e.mentors.iter().find(|m| Some(m.id) == placement.mentor_id))
            .cloned();
        let contact = employer
            .as_ref()
            .and_then(|e| {
                e.contacts
                    .iter()
                    .find(|c| Some(c.id) == placement.contact_id)
            })
            .cloned();
        let adviser = match participant.adviser_id {
            Some(a) => Some(tx.person(a)?),
            None => None,
        };
        // The placement already names the position and version; only the agreement date is
        // looked up, from the version list (not the requirements).
        let spec = match (
            placement.spec_id,
            placement.spec_version_id,
            &placement.spec_label,
        ) {
            (Some(spec), Some(version), Some(label)) => {
                let agreed_on = tx
                    .spec_versions(spec)?
                    .into_iter()
                    .find(|v| v.id == version)
                    .and_then(|v| v.agreed_on);
                Some(match agreed_on {
                    Some(on) => format!("{label}, avtalt {}", crate::dates::format_date(on)),
                    None => label.clone(),
                })
            }
            _ => None,
        };
        Ok(AgreementSheet {
            municipality: crate::settings::read(tx)?.municipality,
            printed_on: today,
            participant: participant.printed_name,
            placement,
            employer,
            mentor,
            contact,
            adviser,
            spec,
        })
    })?;
    render(&sheet)
}

pub fn print_agreement_to(store: &mut Store, id: Uuid, path: &std::path::Path) -> Result<()> {
    let bytes = print_agreement(store, id)?;
    crate::pdf::write_file(path, &bytes)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn initials_take_the_first_letter_of_every_name() {
        assert_eq!(initials("Amina Yusuf"), "A. Y.");
        assert_eq!(initials(" nguyễn thị  lan "), "N. T. L.");
        assert_eq!(initials("Øystein Ås"), "Ø. Å.");
        assert_eq!(printed_name("Amina Yusuf", false), "Amina Yusuf");
    }

    fn participant(store: &mut Store) -> Uuid {
        create(
            store,
            &ParticipantInput {
                name: "Amina Yusuf".into(),
                ..Default::default()
            },
        )
        .unwrap()
        .id
    }

    fn input(participant: Uuid) -> PlacementInput {
        PlacementInput {
            participant_id: Some(participant),
            workplace: "Matbutikken Sentrum".into(),
            mentor_name: "Line Hansen".into(),
            start_date: "01.02.2027".into(),
            end_date: "30.06.2027".into(),
            days_per_week: Some(3),
            ..Default::default()
        }
    }

    #[test]
    fn bad_placement_input_is_refused_at_its_field_and_nothing_saved_changes() {
        let mut store = Store::open_in_memory().unwrap();
        let p = participant(&mut store);
        let saved = create_placement(&mut store, &input(p)).unwrap();
        type Spoil = fn(&mut PlacementInput);
        let cases: [(&str, Spoil, &str); 6] = [
            ("workplace", |i| i.workplace = "  ".into(), "Arbeidssted må fylles ut."),
            (
                "startDate",
                |i| i.start_date = "31.02.2027".into(),
                "«31.02.2027» er ikke en gyldig dato. Skriv datoen som dd.mm.åååå, for eksempel 05.03.2027.",
            ),
            (
                "endDate",
                |i| i.end_date = "01.01.2027".into(),
                "Sluttdatoen kan ikke være før startdatoen (01.02.2027).",
            ),
            ("endDate", |i| i.end_date = "".into(), "Sluttdato må fylles ut."),
            (
                "daysPerWeek",
                |i| i.days_per_week = Some(8),
                "Dager i uken på arbeidsplassen må være mellom 1 og 7.",
            ),
            ("daysPerWeek", |i| i.days_per_week = None, "Dager i uken må fylles ut."),
        ];
        for (field, spoil, message) in cases {
            let mut bad = input(p);
            spoil(&mut bad);
            let err = update_placement(&mut store, saved.id, &bad).unwrap_err();
            assert_eq!(err.field(), Some(field), "{message}");
            assert_eq!(err.to_string(), message);
        }
        assert_eq!(get_placement(&mut store, saved.id).unwrap(), saved);
    }

    #[test]
    fn a_participant_with_placements_is_not_deleted() {
        let mut store = Store::open_in_memory().unwrap();
        let p = participant(&mut store);
        let placement = create_placement(&mut store, &input(p)).unwrap();
        let err = delete(&mut store, p).unwrap_err();
        assert_eq!(
            err.to_string(),
            "Amina Yusuf har 1 praksisplass. Slett praksisplassene først."
        );
        delete_placement(&mut store, placement.id).unwrap();
        delete(&mut store, p).unwrap();
        assert!(list(&mut store).unwrap().is_empty());
    }
}
