//! Working groups (arbeidsgrupper): the people from the qualifying units who carry one process
//! (for example "Arbeidsrettet løp butikk 2027") through the model's seven steps. The handbook
//! requires all three qualifying units in the group; Stegvis warns while one is missing but lets
//! the group be saved, since groups are often put together over several days.

use std::path::Path;

use serde::Serialize;
use uuid::Uuid;

use crate::error::{Error, GoneAt, Result};
use crate::pdf::arbeidsgruppe::{Roster, RosterMember};
use crate::people::Role;
use crate::store::{Store, Tx};
use crate::units::UnitKind;
use crate::words::join_with_og;
use crate::{dates, settings, validate};

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct WorkGroupSummary {
    pub id: Uuid,
    pub name: String,
    pub member_count: usize,
    pub missing_units: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct WorkGroup {
    pub id: Uuid,
    pub name: String,
    /// By unit (the qualifying units first), then by name.
    pub members: Vec<Member>,
    /// Names of the qualifying units with no member in the group.
    pub missing_units: Vec<String>,
    /// The warning to show while a qualifying unit is missing.
    pub warning: Option<String>,
    pub created_at: String,
    pub updated_at: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Member {
    pub person_id: Uuid,
    pub name: String,
    pub unit_id: Uuid,
    pub unit_name: String,
    pub unit_kind: UnitKind,
    pub role: Role,
    pub role_label: &'static str,
    pub email: Option<String>,
    pub phone: Option<String>,
    pub leads_process: bool,
}

/// The record of a group as stored, before members are joined in.
pub struct GroupRecord {
    pub id: Uuid,
    pub name: String,
    pub created_at: String,
    pub updated_at: String,
}

fn valid_name(name: &str) -> Result<String> {
    validate::name("name", "Navn", name)
}

/// Every group by name, with its member count and missing units, in two queries however many
/// groups there are.
pub fn list(store: &mut Store) -> Result<Vec<WorkGroupSummary>> {
    store.read(|tx| {
        let mut groups = tx.work_group_summaries()?;
        for (group_id, unit) in tx.missing_units(None)? {
            if let Some(g) = groups.iter_mut().find(|g| g.id == group_id) {
                g.missing_units.push(unit);
            }
        }
        Ok(groups)
    })
}

pub fn get(store: &mut Store, id: Uuid) -> Result<WorkGroup> {
    store.read(|tx| load(tx, id))
}

pub fn create(store: &mut Store, name: &str) -> Result<WorkGroup> {
    let name = valid_name(name)?;
    store.write(|tx| {
        refuse_taken_name(tx, &name, None)?;
        let id = Uuid::new_v4();
        tx.insert_work_group(id, &name)?;
        load(tx, id)
    })
}

pub fn rename(store: &mut Store, id: Uuid, name: &str) -> Result<WorkGroup> {
    let name = valid_name(name)?;
    store.write(|tx| {
        tx.work_group(id)?;
        refuse_taken_name(tx, &name, Some(id))?;
        tx.rename_work_group(id, &name)?;
        load(tx, id)
    })
}

/// Deletes the group and its memberships; the people stay.
pub fn delete(store: &mut Store, id: Uuid) -> Result<()> {
    store.write(|tx| {
        tx.work_group(id)?;
        tx.delete_work_group(id)
    })
}

/// Adds a person to the group; with `leads_process` they also take over leading it (as when a
/// removal is undone), in the same transaction.
pub fn add_member(
    store: &mut Store,
    group_id: Uuid,
    person_id: Uuid,
    leads_process: bool,
) -> Result<WorkGroup> {
    store.write(|tx| {
        tx.work_group(group_id)?;
        let person = tx
            .person(person_id)
            .gone_at("member", "Personen finnes ikke lenger. Velg en annen.")?;
        if tx.is_member(group_id, person_id)? {
            return Err(Error::DuplicateMember { name: person.name });
        }
        tx.insert_member(group_id, person_id)?;
        if leads_process {
            tx.set_leader(group_id, Some(person_id))?;
        }
        tx.touch_work_group(group_id)?;
        load(tx, group_id)
    })
}

pub fn remove_member(store: &mut Store, group_id: Uuid, person_id: Uuid) -> Result<WorkGroup> {
    store.write(|tx| {
        tx.work_group(group_id)?;
        if !tx.is_member(group_id, person_id)? {
            return Err(Error::NotFound {
                what: "medlemmet",
                id: person_id.to_string(),
            });
        }
        tx.delete_member(group_id, person_id)?;
        tx.touch_work_group(group_id)?;
        load(tx, group_id)
    })
}

/// Marks who leads the process; at most one does. `None` clears the mark.
pub fn set_leader(store: &mut Store, group_id: Uuid, person_id: Option<Uuid>) -> Result<WorkGroup> {
    store.write(|tx| {
        tx.work_group(group_id)?;
        if let Some(person_id) = person_id {
            if !tx.is_member(group_id, person_id)? {
                return Err(Error::Invalid {
                    field: "leader",
                    message: "Bare et medlem av arbeidsgruppen kan lede prosessen. Legg personen til først.".into(),
                });
            }
        }
        tx.set_leader(group_id, person_id)?;
        tx.touch_work_group(group_id)?;
        load(tx, group_id)
    })
}

/// What the printed roster shows, read in one transaction.
pub fn roster(store: &mut Store, id: Uuid, printed_on: chrono::NaiveDate) -> Result<Roster> {
    store.read(|tx| {
        let group = load(tx, id)?;
        Ok(Roster {
            municipality: settings::read(tx)?.municipality,
            group_name: group.name,
            members: group
                .members
                .into_iter()
                .map(|m| RosterMember {
                    name: m.name,
                    unit: m.unit_name,
                    role: m.role_label.to_string(),
                    email: m.email,
                    phone: m.phone,
                    leads_process: m.leads_process,
                })
                .collect(),
            missing_units: group.missing_units,
            printed_on,
        })
    })
}

/// Prints the group's roster to a PDF file at `path`, dated today.
pub fn print_roster(store: &mut Store, id: Uuid, path: &Path) -> Result<()> {
    let roster = roster(store, id, dates::today())?;
    let bytes = crate::pdf::arbeidsgruppe::render(&roster)?;
    crate::pdf::write_file(path, &bytes)
}

fn load(tx: &Tx, id: Uuid) -> Result<WorkGroup> {
    let record = tx.work_group(id)?;
    let missing_units: Vec<String> = tx
        .missing_units(Some(id))?
        .into_iter()
        .map(|(_, unit)| unit)
        .collect();
    Ok(WorkGroup {
        id: record.id,
        name: record.name,
        members: tx.members(id)?,
        warning: missing_units_warning(&missing_units),
        missing_units,
        created_at: record.created_at,
        updated_at: record.updated_at,
    })
}

fn refuse_taken_name(tx: &Tx, name: &str, except: Option<Uuid>) -> Result<()> {
    if tx.work_group_named(name, except)? {
        return Err(Error::Invalid {
            field: "name",
            message: format!("Det finnes allerede en arbeidsgruppe som heter «{name}»."),
        });
    }
    Ok(())
}

/// "Arbeidsgruppen har ingen fra Voksenopplæringen og Nav. …"
pub fn missing_units_warning(missing: &[String]) -> Option<String> {
    if missing.is_empty() {
        return None;
    }
    Some(format!(
        "Arbeidsgruppen har ingen fra {}. Modellen forutsetter at alle tre kvalifiserende enheter \
         er med i arbeidet: flyktningtjenesten, voksenopplæringen og Nav. Du kan lagre likevel og \
         legge dem til senere.",
        join_with_og(missing)
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::people::{self, PersonInput};
    use crate::units;

    struct Fixture {
        store: Store,
        units: Vec<units::Unit>,
    }

    impl Fixture {
        fn new() -> Fixture {
            let mut store = Store::open_in_memory().unwrap();
            let units = units::list(&mut store).unwrap();
            Fixture { store, units }
        }

        fn person(&mut self, name: &str, unit: usize, role: Role) -> Uuid {
            let input = PersonInput {
                name: name.into(),
                unit_id: Some(self.units[unit].id),
                role: role.code().into(),
                email: None,
                phone: None,
            };
            people::create(&mut self.store, &input).unwrap().id
        }
    }

    #[test]
    fn the_warning_names_the_missing_units_until_all_three_are_in() {
        let mut f = Fixture::new();
        let group = create(&mut f.store, "Arbeidsrettet løp butikk 2027").unwrap();
        assert_eq!(
            group.missing_units,
            ["Flyktningtjenesten", "Voksenopplæringen", "Nav"]
        );
        assert!(group.warning.as_deref().unwrap().starts_with(
            "Arbeidsgruppen har ingen fra Flyktningtjenesten, Voksenopplæringen og Nav."
        ));

        let kari = f.person("Kari Programrådgiver", 0, Role::Programraadgiver);
        let group = add_member(&mut f.store, group.id, kari, false).unwrap();
        assert!(group
            .warning
            .as_deref()
            .unwrap()
            .starts_with("Arbeidsgruppen har ingen fra Voksenopplæringen og Nav."));

        let lise = f.person("Lise Lærer", 1, Role::Laerer);
        add_member(&mut f.store, group.id, lise, false).unwrap();
        let nils = f.person("Nils Nav", 2, Role::NavVeileder);
        let group = add_member(&mut f.store, group.id, nils, false).unwrap();
        assert!(group.missing_units.is_empty());
        assert_eq!(group.warning, None);
        assert_eq!(list(&mut f.store).unwrap()[0].member_count, 3);
    }

    #[test]
    fn the_list_shows_each_groups_own_count_and_missing_units() {
        let mut f = Fixture::new();
        let full = create(&mut f.store, "Butikk").unwrap();
        let partial = create(&mut f.store, "Renhold").unwrap();
        create(&mut f.store, "Åpen gruppe").unwrap();
        for (name, unit) in [("Anne", 0), ("Berit", 1), ("Cato", 2)] {
            let id = f.person(name, unit, Role::Annen);
            add_member(&mut f.store, full.id, id, false).unwrap();
            if unit == 1 {
                add_member(&mut f.store, partial.id, id, false).unwrap();
            }
        }
        let summary: Vec<(String, usize, Vec<String>)> = list(&mut f.store)
            .unwrap()
            .into_iter()
            .map(|g| (g.name, g.member_count, g.missing_units))
            .collect();
        let names = |v: &[&str]| v.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        assert_eq!(
            summary,
            [
                ("Butikk".to_string(), 3, vec![]),
                (
                    "Renhold".to_string(),
                    1,
                    names(&["Flyktningtjenesten", "Nav"])
                ),
                (
                    "Åpen gruppe".to_string(),
                    0,
                    names(&["Flyktningtjenesten", "Voksenopplæringen", "Nav"])
                ),
            ]
        );
    }

    #[test]
    fn members_are_ordered_by_unit_then_name() {
        let mut f = Fixture::new();
        let group = create(&mut f.store, "Helse 2027").unwrap();
        for (name, unit) in [
            ("Øyvind", 2),
            ("Åsa", 0),
            ("Anders", 2),
            ("Bård", 1),
            ("Ali", 0),
        ] {
            let id = f.person(name, unit, Role::Annen);
            add_member(&mut f.store, group.id, id, false).unwrap();
        }
        let group = get(&mut f.store, group.id).unwrap();
        let names: Vec<&str> = group.members.iter().map(|m| m.name.as_str()).collect();
        assert_eq!(names, ["Ali", "Åsa", "Bård", "Anders", "Øyvind"]);
    }

    #[test]
    fn a_member_cannot_be_added_twice() {
        let mut f = Fixture::new();
        let group = create(&mut f.store, "Renhold").unwrap();
        let kari = f.person("Kari", 0, Role::Leder);
        let before = add_member(&mut f.store, group.id, kari, false).unwrap();
        let err = add_member(&mut f.store, group.id, kari, false).unwrap_err();
        assert_eq!(err.code(), "duplicateMember");
        assert_eq!(err.field(), Some("member"));
        assert_eq!(err.to_string(), "Kari er allerede med i arbeidsgruppen.");
        assert_eq!(get(&mut f.store, group.id).unwrap(), before);
    }

    #[test]
    fn one_leader_at_most_and_only_a_member() {
        let mut f = Fixture::new();
        let group = create(&mut f.store, "Lager").unwrap();
        let a = f.person("Anne", 0, Role::Programraadgiver);
        let b = f.person("Berit", 1, Role::Laerer);
        let outsider = f.person("Ola", 2, Role::NavVeileder);
        add_member(&mut f.store, group.id, a, false).unwrap();
        add_member(&mut f.store, group.id, b, false).unwrap();
        set_leader(&mut f.store, group.id, Some(a)).unwrap();
        let g = set_leader(&mut f.store, group.id, Some(b)).unwrap();
        let leaders: Vec<&str> = g
            .members
            .iter()
            .filter(|m| m.leads_process)
            .map(|m| m.name.as_str())
            .collect();
        assert_eq!(leaders, ["Berit"]);
        assert_eq!(
            set_leader(&mut f.store, group.id, Some(outsider))
                .unwrap_err()
                .field(),
            Some("leader")
        );
        let g = set_leader(&mut f.store, group.id, None).unwrap();
        assert!(g.members.iter().all(|m| !m.leads_process));
    }

    #[test]
    fn a_person_in_a_group_cannot_be_deleted_and_removing_them_frees_them() {
        let mut f = Fixture::new();
        let group = create(&mut f.store, "Kjøkken").unwrap();
        let kari = f.person("Kari", 0, Role::Leder);
        add_member(&mut f.store, group.id, kari, false).unwrap();
        let err = people::delete(&mut f.store, kari).unwrap_err();
        assert_eq!(err.code(), "personInGroups");
        assert_eq!(
            err.to_string(),
            "Kari er med i 1 arbeidsgruppe. Ta personen ut av den først."
        );
        remove_member(&mut f.store, group.id, kari).unwrap();
        people::delete(&mut f.store, kari).unwrap();
    }

    #[test]
    fn group_names_are_required_unique_and_short_enough() {
        let mut f = Fixture::new();
        let group = create(&mut f.store, "Barnehage 2027").unwrap();
        assert_eq!(create(&mut f.store, " ").unwrap_err().code(), "empty");
        assert_eq!(
            create(&mut f.store, &"a".repeat(201)).unwrap_err().code(),
            "tooLong"
        );
        assert_eq!(
            create(&mut f.store, "barnehage 2027").unwrap_err().field(),
            Some("name")
        );
        assert_eq!(
            rename(&mut f.store, group.id, "\t").unwrap_err().code(),
            "empty"
        );
        let names: Vec<String> = list(&mut f.store)
            .unwrap()
            .into_iter()
            .map(|g| g.name)
            .collect();
        assert_eq!(names, ["Barnehage 2027"]);
    }

    #[test]
    fn deleting_a_group_keeps_its_people() {
        let mut f = Fixture::new();
        let group = create(&mut f.store, "Butikk").unwrap();
        let kari = f.person("Kari", 0, Role::Leder);
        add_member(&mut f.store, group.id, kari, false).unwrap();
        delete(&mut f.store, group.id).unwrap();
        assert!(list(&mut f.store).unwrap().is_empty());
        assert_eq!(people::list(&mut f.store).unwrap().len(), 1);
    }
}
