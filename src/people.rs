//! The people of the units: advisers, teachers, Nav counsellors and leaders who sit in working
//! groups and follow up participants. Each belongs to one unit and has one role.

use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::error::{Error, GoneAt, Result};
use crate::store::Store;
use crate::validate;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum Role {
    Programraadgiver,
    Laerer,
    NavVeileder,
    Leder,
    Annen,
}

impl Role {
    pub const ALL: [Role; 5] = [
        Role::Programraadgiver,
        Role::Laerer,
        Role::NavVeileder,
        Role::Leder,
        Role::Annen,
    ];

    pub fn code(self) -> &'static str {
        match self {
            Role::Programraadgiver => "programraadgiver",
            Role::Laerer => "laerer",
            Role::NavVeileder => "navVeileder",
            Role::Leder => "leder",
            Role::Annen => "annen",
        }
    }

    pub fn from_code(code: &str) -> Option<Role> {
        Role::ALL.into_iter().find(|r| r.code() == code)
    }

    pub fn label(self) -> &'static str {
        match self {
            Role::Programraadgiver => "Programrådgiver",
            Role::Laerer => "Lærer",
            Role::NavVeileder => "Nav-veileder",
            Role::Leder => "Leder",
            Role::Annen => "Annen rolle",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Person {
    pub id: Uuid,
    pub name: String,
    pub unit_id: Uuid,
    pub unit_name: String,
    pub role: Role,
    pub role_label: &'static str,
    pub email: Option<String>,
    pub phone: Option<String>,
    pub created_at: String,
    pub updated_at: String,
}

/// What the user fills in for a person. The role comes as its code so that an unknown one is a
/// message at the field, not a failure to read the request.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct PersonInput {
    pub name: String,
    pub unit_id: Option<Uuid>,
    pub role: String,
    pub email: Option<String>,
    pub phone: Option<String>,
}

/// A person's fields after every check has passed.
pub struct ValidPerson {
    pub name: String,
    pub unit_id: Uuid,
    pub role: Role,
    pub email: Option<String>,
    pub phone: Option<String>,
}

impl PersonInput {
    fn validated(&self) -> Result<ValidPerson> {
        Ok(ValidPerson {
            name: validate::name("name", "Navn", &self.name)?,
            unit_id: self.unit_id.ok_or(Error::Invalid {
                field: "unit",
                message: "Velg hvilken enhet personen hører til.".into(),
            })?,
            role: Role::from_code(&self.role).ok_or(Error::Invalid {
                field: "role",
                message: "Velg en rolle fra listen.".into(),
            })?,
            email: validate::email(self.email.as_deref())?,
            phone: validate::phone(self.phone.as_deref())?,
        })
    }
}

/// Everyone, in Norwegian alphabetical order.
pub fn list(store: &mut Store) -> Result<Vec<Person>> {
    store.read(|tx| tx.people())
}

pub fn get(store: &mut Store, id: Uuid) -> Result<Person> {
    store.read(|tx| tx.person(id))
}

pub fn create(store: &mut Store, input: &PersonInput) -> Result<Person> {
    let person = input.validated()?;
    store.write(|tx| {
        require_unit(tx, person.unit_id)?;
        let id = Uuid::new_v4();
        tx.insert_person(id, &person)?;
        tx.person(id)
    })
}

pub fn update(store: &mut Store, id: Uuid, input: &PersonInput) -> Result<Person> {
    let person = input.validated()?;
    store.write(|tx| {
        tx.person(id)?;
        require_unit(tx, person.unit_id)?;
        tx.update_person(id, &person)?;
        tx.person(id)
    })
}

/// Deletes a person who is in no working group; one who is must be taken out first, so that no
/// group loses a member without anyone noticing.
pub fn delete(store: &mut Store, id: Uuid) -> Result<()> {
    store.write(|tx| {
        let person = tx.person(id)?;
        let count = tx.groups_of_person(id)?;
        if count > 0 {
            return Err(Error::PersonInGroups {
                name: person.name,
                count,
            });
        }
        let advised = tx.advised_by(id)?;
        if advised > 0 {
            return Err(Error::Refused {
                message: format!(
                    "{} er programrådgiver for {advised} {}. Velg en annen programrådgiver for {} først.",
                    person.name,
                    if advised == 1 { "deltaker" } else { "deltakere" },
                    if advised == 1 { "deltakeren" } else { "dem" }
                ),
            });
        }
        tx.delete_person(id)
    })
}

fn require_unit(tx: &crate::store::Tx, unit_id: Uuid) -> Result<()> {
    tx.unit(unit_id)
        .gone_at("unit", "Enheten finnes ikke lenger. Velg en annen enhet.")
        .map(|_| ())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::units;

    pub(crate) fn input(name: &str, unit_id: Uuid, role: Role) -> PersonInput {
        PersonInput {
            name: name.into(),
            unit_id: Some(unit_id),
            role: role.code().into(),
            email: None,
            phone: None,
        }
    }

    fn first_unit(store: &mut Store) -> Uuid {
        units::list(store).unwrap()[0].id
    }

    #[test]
    fn people_are_listed_in_norwegian_order_with_unit_and_role() {
        let mut store = Store::open_in_memory().unwrap();
        let unit = first_unit(&mut store);
        for name in [
            "Åse Berg",
            "Øystein Lie",
            "Zahra Ahmadi",
            "Ærlig Dahl",
            "Anne Moe",
        ] {
            create(&mut store, &input(name, unit, Role::Laerer)).unwrap();
        }
        let people = list(&mut store).unwrap();
        let names: Vec<&str> = people.iter().map(|p| p.name.as_str()).collect();
        assert_eq!(
            names,
            [
                "Anne Moe",
                "Zahra Ahmadi",
                "Ærlig Dahl",
                "Øystein Lie",
                "Åse Berg"
            ]
        );
        assert_eq!(people[0].unit_name, "Flyktningtjenesten");
        assert_eq!(people[0].role_label, "Lærer");
    }

    #[test]
    fn bad_input_names_its_field_and_saves_nothing() {
        let mut store = Store::open_in_memory().unwrap();
        let unit = first_unit(&mut store);
        let cases: Vec<(PersonInput, &str)> = vec![
            (input("  ", unit, Role::Leder), "name"),
            (input(&"x".repeat(201), unit, Role::Leder), "name"),
            (
                PersonInput {
                    unit_id: None,
                    ..input("Kari", unit, Role::Leder)
                },
                "unit",
            ),
            (input("Kari", Uuid::new_v4(), Role::Leder), "unit"),
            (
                PersonInput {
                    role: "sjef".into(),
                    ..input("Kari", unit, Role::Leder)
                },
                "role",
            ),
            (
                PersonInput {
                    email: Some("kari@".into()),
                    ..input("Kari", unit, Role::Leder)
                },
                "email",
            ),
            (
                PersonInput {
                    phone: Some("123".into()),
                    ..input("Kari", unit, Role::Leder)
                },
                "phone",
            ),
        ];
        for (bad, field) in cases {
            let err = create(&mut store, &bad).unwrap_err();
            assert_eq!(err.field(), Some(field), "{err}");
        }
        assert!(list(&mut store).unwrap().is_empty());
    }

    #[test]
    fn a_failed_update_leaves_the_saved_person_as_it_was() {
        let mut store = Store::open_in_memory().unwrap();
        let unit = first_unit(&mut store);
        let saved = create(
            &mut store,
            &PersonInput {
                email: Some("kari@nav.no".into()),
                phone: Some("+47 912 34 567".into()),
                ..input("Kari Nordmann", unit, Role::NavVeileder)
            },
        )
        .unwrap();
        let err = update(
            &mut store,
            saved.id,
            &PersonInput {
                email: Some("kari(at)nav.no".into()),
                ..input("Kari N.", unit, Role::Leder)
            },
        )
        .unwrap_err();
        assert_eq!(err.field(), Some("email"));
        assert_eq!(get(&mut store, saved.id).unwrap(), saved);
    }

    #[test]
    fn a_unit_with_people_cannot_be_deleted() {
        let mut store = Store::open_in_memory().unwrap();
        let unit = units::create(&mut store, "Frivilligsentralen").unwrap();
        create(&mut store, &input("Per Hansen", unit.id, Role::Annen)).unwrap();
        let err = units::delete(&mut store, unit.id).unwrap_err();
        assert_eq!(err.code(), "unitHasPeople");
        assert_eq!(
            err.to_string(),
            "Enheten «Frivilligsentralen» har 1 person. Flytt eller slett dem først, så kan enheten slettes."
        );
        assert_eq!(units::list(&mut store).unwrap().len(), 4);
        assert_eq!(list(&mut store).unwrap().len(), 1);
    }
}
