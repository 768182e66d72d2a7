//! The qualifying units (kvalifiserende enheter) and any other unit the municipality adds. The
//! model rests on three of them working together: the refugee service with its programme
//! advisers, adult education, and Nav. Those three are seeded at first start and cannot be
//! deleted; they may be renamed to the municipality's own names.

use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::error::{Error, Result};
use crate::store::Store;
use crate::validate;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum UnitKind {
    Flyktningtjeneste,
    Voksenopplaering,
    Nav,
    Annen,
}

impl UnitKind {
    /// The three units the model requires, in the order the handbook names them.
    pub const QUALIFYING: [UnitKind; 3] = [
        UnitKind::Flyktningtjeneste,
        UnitKind::Voksenopplaering,
        UnitKind::Nav,
    ];
    pub const ALL: [UnitKind; 4] = [
        UnitKind::Flyktningtjeneste,
        UnitKind::Voksenopplaering,
        UnitKind::Nav,
        UnitKind::Annen,
    ];

    pub fn code(self) -> &'static str {
        match self {
            UnitKind::Flyktningtjeneste => "flyktningtjeneste",
            UnitKind::Voksenopplaering => "voksenopplaering",
            UnitKind::Nav => "nav",
            UnitKind::Annen => "annen",
        }
    }

    pub fn from_code(code: &str) -> Option<UnitKind> {
        UnitKind::ALL.into_iter().find(|k| k.code() == code)
    }

    pub fn label(self) -> &'static str {
        match self {
            UnitKind::Flyktningtjeneste => "Flyktningtjeneste / programrådgiver",
            UnitKind::Voksenopplaering => "Voksenopplæring",
            UnitKind::Nav => "Nav",
            UnitKind::Annen => "Annen enhet",
        }
    }

    pub fn is_qualifying(self) -> bool {
        self != UnitKind::Annen
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Unit {
    pub id: Uuid,
    pub kind: UnitKind,
    pub name: String,
    pub people_count: usize,
    pub created_at: String,
    pub updated_at: String,
}

fn valid_name(name: &str) -> Result<String> {
    validate::name("name", "Navn", name)
}

/// The qualifying units first, in the handbook's order, then the others alphabetically.
pub fn list(store: &mut Store) -> Result<Vec<Unit>> {
    store.read(|tx| tx.units())
}

pub fn create(store: &mut Store, name: &str) -> Result<Unit> {
    let name = valid_name(name)?;
    store.write(|tx| {
        refuse_taken_name(tx, &name, None)?;
        let id = Uuid::new_v4();
        tx.insert_unit(id, UnitKind::Annen, &name)?;
        tx.unit(id)
    })
}

pub fn rename(store: &mut Store, id: Uuid, name: &str) -> Result<Unit> {
    let name = valid_name(name)?;
    store.write(|tx| {
        tx.unit(id)?;
        refuse_taken_name(tx, &name, Some(id))?;
        tx.rename_unit(id, &name)?;
        tx.unit(id)
    })
}

/// Deletes a unit with no people. The three qualifying units stay, whatever their name.
pub fn delete(store: &mut Store, id: Uuid) -> Result<()> {
    store.write(|tx| {
        let unit = tx.unit(id)?;
        if unit.people_count > 0 {
            return Err(Error::UnitHasPeople {
                unit: unit.name,
                count: unit.people_count,
            });
        }
        if unit.kind.is_qualifying() {
            return Err(Error::Invalid {
                field: "unit",
                message: format!(
                    "«{}» er en av de tre kvalifiserende enhetene modellen bygger på, og kan ikke slettes. Du kan gi den et annet navn.",
                    unit.name
                ),
            });
        }
        let wheel_uses = tx.unit_wheel_uses(id)?;
        if wheel_uses > 0 {
            return Err(Error::Refused {
                message: format!(
                    "«{}» står i {wheel_uses} {} i årshjulet. Velg en annen enhet der først.",
                    unit.name,
                    if wheel_uses == 1 { "aktivitet" } else { "aktiviteter" }
                ),
            });
        }
        tx.delete_unit(id)
    })
}

fn refuse_taken_name(tx: &crate::store::Tx, name: &str, except: Option<Uuid>) -> Result<()> {
    if tx.unit_named(name, except)? {
        return Err(Error::Invalid {
            field: "name",
            message: format!("Det finnes allerede en enhet som heter «{name}»."),
        });
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_new_database_has_the_three_qualifying_units_in_the_handbooks_order() {
        let mut store = Store::open_in_memory().unwrap();
        let units = list(&mut store).unwrap();
        let kinds: Vec<UnitKind> = units.iter().map(|u| u.kind).collect();
        assert_eq!(kinds, UnitKind::QUALIFYING);
        assert!(units.iter().all(|u| u.people_count == 0));
    }

    #[test]
    fn other_units_follow_the_qualifying_ones_alphabetically() {
        let mut store = Store::open_in_memory().unwrap();
        create(&mut store, "Østre skole").unwrap();
        create(&mut store, "Arbeidslivssenteret").unwrap();
        let names: Vec<String> = list(&mut store)
            .unwrap()
            .into_iter()
            .map(|u| u.name)
            .collect();
        assert_eq!(&names[3..], ["Arbeidslivssenteret", "Østre skole"]);
    }

    #[test]
    fn duplicate_or_blank_unit_names_are_refused_and_nothing_changes() {
        let mut store = Store::open_in_memory().unwrap();
        let before = list(&mut store).unwrap();
        let err = create(&mut store, " nav ").unwrap_err();
        assert_eq!(err.field(), Some("name"));
        assert!(err.to_string().contains("finnes allerede"), "{err}");
        assert_eq!(create(&mut store, "  ").unwrap_err().code(), "empty");
        let nav = before.iter().find(|u| u.kind == UnitKind::Nav).unwrap();
        assert_eq!(rename(&mut store, nav.id, "").unwrap_err().code(), "empty");
        assert_eq!(list(&mut store).unwrap(), before);
    }

    #[test]
    fn qualifying_units_can_be_renamed_but_not_deleted() {
        let mut store = Store::open_in_memory().unwrap();
        let nav = list(&mut store).unwrap().remove(2);
        let renamed = rename(&mut store, nav.id, "Nav Lørenskog").unwrap();
        assert_eq!(renamed.name, "Nav Lørenskog");
        assert_eq!(renamed.kind, UnitKind::Nav);
        assert_eq!(
            delete(&mut store, nav.id).unwrap_err().field(),
            Some("unit")
        );
        assert_eq!(list(&mut store).unwrap().len(), 3);
    }

    #[test]
    fn an_added_unit_without_people_can_be_deleted() {
        let mut store = Store::open_in_memory().unwrap();
        let unit = create(&mut store, "Frivilligsentralen").unwrap();
        delete(&mut store, unit.id).unwrap();
        assert_eq!(list(&mut store).unwrap().len(), 3);
        assert_eq!(delete(&mut store, unit.id).unwrap_err().code(), "notFound");
    }
}
