//! The annual wheel (årshjul) of a process: the recurring activities of the year (the
//! municipality's fixed budget and accounting dates, planning, intake, courses) with the unit
//! responsible, the unit doing it, the units involved and the months. The handbook recommends
//! starting from the fixed budget and accounting dates; `add_fixed_dates` puts those in.

use std::path::Path;

use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::error::{Error, Result};
use crate::store::{Store, Tx};
use crate::units::{Unit, UnitKind};
use crate::{collation, settings, validate};

pub const MAX_NOTE_CHARS: usize = 500;

pub const MONTH_ABBREVIATIONS: [&str; 12] = [
    "jan", "feb", "mar", "apr", "mai", "jun", "jul", "aug", "sep", "okt", "nov", "des",
];

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum ActivityKind {
    Budget,
    Accounts,
    Planning,
    Intake,
    Course,
    Other,
}

pub const ACTIVITY_KINDS: [ActivityKind; 6] = [
    ActivityKind::Budget,
    ActivityKind::Accounts,
    ActivityKind::Planning,
    ActivityKind::Intake,
    ActivityKind::Course,
    ActivityKind::Other,
];

impl ActivityKind {
    pub fn key(self) -> &'static str {
        match self {
            ActivityKind::Budget => "budsjett",
            ActivityKind::Accounts => "regnskap",
            ActivityKind::Planning => "planlegging",
            ActivityKind::Intake => "inntak",
            ActivityKind::Course => "kurs",
            ActivityKind::Other => "annet",
        }
    }
    pub fn from_key(key: &str) -> Option<ActivityKind> {
        ACTIVITY_KINDS.into_iter().find(|k| k.key() == key)
    }
    pub fn label(self) -> &'static str {
        match self {
            ActivityKind::Budget => "Budsjett",
            ActivityKind::Accounts => "Regnskap",
            ActivityKind::Planning => "Planlegging",
            ActivityKind::Intake => "Inntak",
            ActivityKind::Course => "Kurs",
            ActivityKind::Other => "Annet",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct UnitRef {
    pub id: Uuid,
    pub name: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct WheelActivity {
    pub id: Uuid,
    pub name: String,
    pub kind: ActivityKind,
    pub kind_label: &'static str,
    pub responsible: UnitRef,
    pub performing: Option<UnitRef>,
    pub involved: Vec<UnitRef>,
    /// 1 = January … 12 = December, in order.
    pub months: Vec<u8>,
    /// "feb", "apr–jun", "mai og sep"
    pub months_label: String,
    pub note: String,
    /// One of the municipality's fixed budget and accounting dates.
    pub fixed: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Wheel {
    pub group_id: Uuid,
    pub group_name: String,
    /// One ring per unit, from the centre out: the qualifying units first.
    pub rings: Vec<UnitRef>,
    /// By first month, then name.
    pub activities: Vec<WheelActivity>,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ActivityInput {
    pub name: String,
    pub kind: Option<ActivityKind>,
    pub responsible_unit_id: Option<Uuid>,
    #[serde(default)]
    pub performing_unit_id: Option<Uuid>,
    #[serde(default)]
    pub involved_unit_ids: Vec<Uuid>,
    #[serde(default)]
    pub months: Vec<u8>,
    #[serde(default)]
    pub note: String,
}

/// A removed activity, enough to put it back ("Angre").
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct RemovedActivity {
    pub id: Uuid,
    pub group_id: Uuid,
    pub name: String,
    pub kind: ActivityKind,
    pub responsible_unit_id: Uuid,
    pub performing_unit_id: Option<Uuid>,
    pub involved_unit_ids: Vec<Uuid>,
    pub months: Vec<u8>,
    pub note: String,
    pub fixed: bool,
}

pub struct ValidActivity {
    pub name: String,
    pub kind: ActivityKind,
    pub responsible: Uuid,
    pub performing: Option<Uuid>,
    pub involved: Vec<Uuid>,
    /// Bit 0 = January.
    pub months: u16,
    pub note: String,
    pub fixed: bool,
}

pub fn months_to_bits(months: &[u8]) -> u16 {
    months
        .iter()
        .filter(|m| (1..=12).contains(*m))
        .fold(0, |bits, m| bits | 1 << (m - 1))
}

pub fn bits_to_months(bits: u16) -> Vec<u8> {
    (1..=12).filter(|m| bits & (1 << (m - 1)) != 0).collect()
}

/// "jan", "apr–jun", "mai og sep", "jan–mar og okt"
pub fn describe_months(months: &[u8]) -> String {
    let mut runs: Vec<(u8, u8)> = Vec::new();
    for &m in months {
        match runs.last_mut() {
            Some((_, end)) if *end + 1 == m => *end = m,
            _ => runs.push((m, m)),
        }
    }
    let name = |m: u8| MONTH_ABBREVIATIONS[usize::from(m - 1)];
    let parts: Vec<String> = runs
        .iter()
        .map(|&(a, b)| match b - a {
            0 => name(a).to_string(),
            1 => format!("{} og {}", name(a), name(b)),
            _ => format!("{}–{}", name(a), name(b)),
        })
        .collect();
    crate::words::join_with_og(&parts)
}

fn valid_unit(tx: &Tx, field: &'static str, id: Uuid) -> Result<Unit> {
    tx.unit(id).map_err(|e| match e {
        Error::NotFound { .. } => Error::Invalid {
            field,
            message: "Enheten finnes ikke lenger. Velg en annen.".into(),
        },
        e => e,
    })
}

fn valid_activity(tx: &Tx, input: &ActivityInput) -> Result<ValidActivity> {
    let name = validate::text("name", "Aktivitet", validate::MAX_NAME_CHARS, &input.name)?;
    let kind = input.kind.ok_or(Error::Empty {
        field: "kind",
        field_label: "Type",
    })?;
    let responsible = input.responsible_unit_id.ok_or(Error::Empty {
        field: "responsibleUnitId",
        field_label: "Ansvarlig enhet",
    })?;
    valid_unit(tx, "responsibleUnitId", responsible)?;
    if let Some(p) = input.performing_unit_id {
        valid_unit(tx, "performingUnitId", p)?;
    }
    let mut involved = Vec::new();
    for id in &input.involved_unit_ids {
        valid_unit(tx, "involvedUnitIds", *id)?;
        if !involved.contains(id) {
            involved.push(*id);
        }
    }
    if let Some(bad) = input.months.iter().find(|m| !(1..=12).contains(*m)) {
        return Err(Error::Invalid {
            field: "months",
            message: format!("Måned {bad} finnes ikke; året har måned 1 til 12."),
        });
    }
    let months = months_to_bits(&input.months);
    if months == 0 {
        return Err(Error::Invalid {
            field: "months",
            message: "Velg minst én måned aktiviteten skjer i.".into(),
        });
    }
    let note = validate::optional_text("note", "Merknad", MAX_NOTE_CHARS, Some(&input.note))?
        .unwrap_or_default();
    Ok(ValidActivity {
        name,
        kind,
        responsible,
        performing: input.performing_unit_id,
        involved,
        months,
        note,
        fixed: false,
    })
}

pub(crate) fn load(tx: &Tx, group: Uuid) -> Result<Wheel> {
    let record = tx.work_group(group)?;
    let units = tx.units()?;
    let mut rings: Vec<&Unit> = units.iter().collect();
    rings.sort_by(|a, b| {
        let qualifying = |u: &Unit| match u.kind {
            UnitKind::Flyktningtjeneste => 0,
            UnitKind::Voksenopplaering => 1,
            UnitKind::Nav => 2,
            UnitKind::Annen => 3,
        };
        qualifying(a)
            .cmp(&qualifying(b))
            .then_with(|| collation::compare(&a.name, &b.name))
    });
    let unit_ref = |id: Uuid| UnitRef {
        id,
        name: units
            .iter()
            .find(|u| u.id == id)
            .map(|u| u.name.clone())
            .unwrap_or_default(),
    };
    let mut activities: Vec<WheelActivity> = tx
        .wheel_activities(group)?
        .into_iter()
        .map(|a| {
            let months = bits_to_months(a.months);
            WheelActivity {
                id: a.id,
                kind_label: a.kind.label(),
                responsible: unit_ref(a.responsible),
                performing: a.performing.map(unit_ref),
                involved: a.involved.iter().map(|id| unit_ref(*id)).collect(),
                months_label: describe_months(&months),
                months,
                name: a.name,
                kind: a.kind,
                note: a.note,
                fixed: a.fixed,
            }
        })
        .collect();
    activities.sort_by(|a, b| {
        a.months
            .first()
            .cmp(&b.months.first())
            .then_with(|| collation::compare(&a.name, &b.name))
    });
    Ok(Wheel {
        group_id: group,
        group_name: record.name,
        rings: rings
            .into_iter()
            .map(|u| UnitRef {
                id: u.id,
                name: u.name.clone(),
            })
            .collect(),
        activities,
    })
}

pub fn get(store: &mut Store, group: Uuid) -> Result<Wheel> {
    store.read(|tx| load(tx, group))
}

pub fn add_activity(store: &mut Store, group: Uuid, input: &ActivityInput) -> Result<Wheel> {
    store.write(|tx| {
        tx.work_group(group)?;
        let valid = valid_activity(tx, input)?;
        tx.insert_wheel_activity(Uuid::new_v4(), group, &valid)?;
        load(tx, group)
    })
}

pub fn update_activity(store: &mut Store, id: Uuid, input: &ActivityInput) -> Result<Wheel> {
    store.write(|tx| {
        let stored = tx.wheel_activity(id)?;
        let mut valid = valid_activity(tx, input)?;
        valid.fixed = stored.fixed;
        tx.update_wheel_activity(id, &valid)?;
        load(tx, stored.group_id)
    })
}

pub fn remove_activity(store: &mut Store, id: Uuid) -> Result<RemovedActivity> {
    store.write(|tx| {
        let a = tx.wheel_activity(id)?;
        tx.delete_wheel_activity(id)?;
        Ok(RemovedActivity {
            id,
            group_id: a.group_id,
            name: a.name,
            kind: a.kind,
            responsible_unit_id: a.responsible,
            performing_unit_id: a.performing,
            involved_unit_ids: a.involved,
            months: bits_to_months(a.months),
            note: a.note,
            fixed: a.fixed,
        })
    })
}

pub fn restore_activity(store: &mut Store, removed: &RemovedActivity) -> Result<Wheel> {
    store.write(|tx| {
        tx.work_group(removed.group_id)?;
        let input = ActivityInput {
            name: removed.name.clone(),
            kind: Some(removed.kind),
            responsible_unit_id: Some(removed.responsible_unit_id),
            performing_unit_id: removed.performing_unit_id,
            involved_unit_ids: removed.involved_unit_ids.clone(),
            months: removed.months.clone(),
            note: removed.note.clone(),
        };
        let mut valid = valid_activity(tx, &input)?;
        valid.fixed = removed.fixed;
        tx.insert_wheel_activity(removed.id, removed.group_id, &valid)?;
        load(tx, removed.group_id)
    })
}

/// The municipality's fixed budget and accounting dates, as the Local Government Act
/// (kommuneloven) and its regulations set them.
const FIXED_DATES: [(&str, ActivityKind, &[u8], &str); 6] = [
    (
        "Årsregnskapet for fjoråret legges fram",
        ActivityKind::Accounts,
        &[2],
        "Frist 22. februar. Enhetene leverer tall og kommentarer til økonomiavdelingen i januar.",
    ),
    (
        "Årsberetningen skrives",
        ActivityKind::Accounts,
        &[3],
        "Frist 31. mars. Resultatene for introduksjonsprogrammet tas med.",
    ),
    (
        "Innspill til budsjett og økonomiplan for neste år",
        ActivityKind::Budget,
        &[4, 5, 6],
        "Behov for nye eller justerte tiltak fra steg 2 og 3 meldes inn her.",
    ),
    (
        "Kommunestyret behandler årsregnskap og årsberetning",
        ActivityKind::Accounts,
        &[6],
        "Senest 30. juni.",
    ),
    (
        "Økonomirapport til kommunestyret (tertialrapport)",
        ActivityKind::Budget,
        &[5, 9],
        "Kommunestyret skal få rapport om økonomien minst to ganger i året.",
    ),
    (
        "Budsjett og økonomiplan vedtas",
        ActivityKind::Budget,
        &[11, 12],
        "Vedtas før årsskiftet. Forslaget legges ut minst 14 dager før kommunestyret behandler det.",
    ),
];

/// Adds the fixed budget and accounting dates the wheel does not have yet (by name), with the
/// refugee service, which coordinates the introduction programme, responsible and the other
/// qualifying units involved. Running it again adds nothing.
pub fn add_fixed_dates(store: &mut Store, group: Uuid) -> Result<Wheel> {
    store.write(|tx| {
        tx.work_group(group)?;
        let units = tx.units()?;
        let of_kind = |kind: UnitKind| units.iter().find(|u| u.kind == kind).map(|u| u.id);
        let coordinating = of_kind(UnitKind::Flyktningtjeneste).ok_or_else(|| Error::Refused {
            message: "Flyktningtjenesten mangler blant enhetene.".into(),
        })?;
        let involved: Vec<Uuid> = [UnitKind::Voksenopplaering, UnitKind::Nav]
            .into_iter()
            .filter_map(of_kind)
            .collect();
        let existing: Vec<String> = tx
            .wheel_activities(group)?
            .into_iter()
            .map(|a| a.name.to_lowercase())
            .collect();
        for (name, kind, months, note) in FIXED_DATES {
            if existing.contains(&name.to_lowercase()) {
                continue;
            }
            let valid = ValidActivity {
                name: name.into(),
                kind,
                responsible: coordinating,
                performing: Some(coordinating),
                involved: involved.clone(),
                months: months_to_bits(months),
                note: note.into(),
                fixed: true,
            };
            tx.insert_wheel_activity(Uuid::new_v4(), group, &valid)?;
        }
        load(tx, group)
    })
}

/// The wheel on one A4 landscape page.
pub fn print(store: &mut Store, group: Uuid) -> Result<Vec<u8>> {
    let municipality = settings::get(store)?.municipality;
    let wheel = get(store, group)?;
    crate::pdf::arshjul::render(&municipality, &wheel)
}

pub fn print_to(store: &mut Store, group: Uuid, path: &Path) -> Result<()> {
    let bytes = print(store, group)?;
    crate::pdf::write_file(path, &bytes)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn months_read_as_runs() {
        assert_eq!(describe_months(&[2]), "feb");
        assert_eq!(describe_months(&[4, 5, 6]), "apr–jun");
        assert_eq!(describe_months(&[5, 9]), "mai og sep");
        assert_eq!(describe_months(&[1, 2, 3, 10]), "jan–mar og okt");
        assert_eq!(describe_months(&[11, 12]), "nov og des");
        assert_eq!(bits_to_months(months_to_bits(&[1, 12, 6])), vec![1, 6, 12]);
    }
}
