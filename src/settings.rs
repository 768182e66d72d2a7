//! The installation's settings: for now the municipality's name, printed in the header of every
//! document.

use serde::Serialize;

use crate::error::Result;
use crate::store::{Store, Tx};
use crate::validate;

const MUNICIPALITY: &str = "municipality";

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Settings {
    /// Empty until the user sets it.
    pub municipality: String,
}

pub fn get(store: &mut Store) -> Result<Settings> {
    store.read(read)
}

/// The settings, inside a transaction that reads other things too.
pub(crate) fn read(tx: &Tx) -> Result<Settings> {
    Ok(Settings {
        municipality: tx.setting(MUNICIPALITY)?.unwrap_or_default(),
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
