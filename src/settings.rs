//! The installation's settings: the municipality's name, printed in the header of every document,
//! and who uses this installation (there are no logins; the plan history names this person).

use serde::Serialize;
use uuid::Uuid;

use crate::error::{Error, GoneAt, Result};
use crate::store::{Store, Tx};
use crate::validate;

const MUNICIPALITY: &str = "municipality";
const CURRENT_USER: &str = "current_user";

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Settings {
    /// Empty until the user sets it.
    pub municipality: String,
    /// The person using this installation, chosen from the people of the units.
    pub current_user_id: Option<Uuid>,
    pub current_user_name: Option<String>,
}

pub fn get(store: &mut Store) -> Result<Settings> {
    store.read(read)
}

/// The settings, inside a transaction that reads other things too.
pub(crate) fn read(tx: &Tx) -> Result<Settings> {
    let user = current_user(tx)?;
    Ok(Settings {
        municipality: tx.setting(MUNICIPALITY)?.unwrap_or_default(),
        current_user_id: user.as_ref().map(|(id, _)| *id),
        current_user_name: user.map(|(_, name)| name),
    })
}

/// The person using this installation, if chosen and still there.
pub(crate) fn current_user(tx: &Tx) -> Result<Option<(Uuid, String)>> {
    let Some(id) = tx
        .setting(CURRENT_USER)?
        .and_then(|v| Uuid::parse_str(&v).ok())
    else {
        return Ok(None);
    };
    match tx.person(id) {
        Ok(person) => Ok(Some((id, person.name))),
        Err(Error::NotFound { .. }) => Ok(None),
        Err(e) => Err(e),
    }
}

/// Chooses who uses this installation; `None` clears the choice.
pub fn set_current_user(store: &mut Store, person: Option<Uuid>) -> Result<Settings> {
    store.write(|tx| {
        match person {
            Some(id) => {
                tx.person(id)
                    .gone_at("currentUser", "Personen finnes ikke lenger. Velg en annen.")?;
                tx.set_setting(CURRENT_USER, &id.to_string())?;
            }
            None => tx.set_setting(CURRENT_USER, "")?,
        }
        read(tx)
    })
}

pub fn set_municipality(store: &mut Store, name: &str) -> Result<Settings> {
    let name = validate::name("municipality", "Kommunenavn", name)?;
    store.write(|tx| tx.set_setting(MUNICIPALITY, &name))?;
    get(store)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_municipality_is_empty_until_set_and_bad_names_keep_the_old_one() {
        let mut store = Store::open_in_memory().unwrap();
        assert_eq!(get(&mut store).unwrap().municipality, "");
        set_municipality(&mut store, " Lørenskog kommune ").unwrap();
        let err = set_municipality(&mut store, "   ").unwrap_err();
        assert_eq!(err.field(), Some("municipality"));
        assert_eq!(err.to_string(), "Kommunenavn må fylles ut.");
        assert_eq!(
            set_municipality(&mut store, &"å".repeat(201))
                .unwrap_err()
                .code(),
            "tooLong"
        );
        assert_eq!(get(&mut store).unwrap().municipality, "Lørenskog kommune");
    }
}
