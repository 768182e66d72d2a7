//! The desktop app's hold on its database: which file it opened and whether that worked. A
//! database that cannot be opened does not stop the app; every call then answers with the reason,
//! and the window shows it instead of a blank screen.

use std::path::PathBuf;
use std::sync::Mutex;

use serde::Serialize;

use crate::error::{Error, ErrorInfo, Result};
use crate::paths;
use crate::store::Store;

pub struct Session {
    path: Option<PathBuf>,
    store: Mutex<std::result::Result<Store, ErrorInfo>>,
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Status {
    pub db_path: String,
    pub schema_version: i64,
    pub error: Option<ErrorInfo>,
}

impl Session {
    /// Opens the database named by `--db FILE` in the program's arguments, else the default one.
    pub fn open_from_args(args: &[String]) -> Session {
        let named = args
            .iter()
            .position(|a| a == "--db")
            .and_then(|i| args.get(i + 1))
            .map(PathBuf::from);
        match paths::database(named) {
            Ok(path) => Session {
                store: Mutex::new(Store::open(&path).map_err(|e| ErrorInfo::from(&e))),
                path: Some(path),
            },
            Err(e) => Session {
                path: None,
                store: Mutex::new(Err(ErrorInfo::from(&e))),
            },
        }
    }

    pub fn status(&self) -> Status {
        let store = self.lock();
        Status {
            db_path: self
                .path
                .as_ref()
                .map(|p| p.display().to_string())
                .unwrap_or_default(),
            schema_version: store
                .as_ref()
                .ok()
                .and_then(|s| s.schema_version().ok())
                .unwrap_or(0),
            error: store.as_ref().err().cloned(),
        }
    }

    /// Runs one call against the open store.
    pub fn with<T>(&self, call: impl FnOnce(&mut Store) -> Result<T>) -> Result<T> {
        match &mut *self.lock() {
            Ok(store) => call(store),
            Err(e) => Err(Error::Unavailable(e.message.clone())),
        }
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, std::result::Result<Store, ErrorInfo>> {
        // A panic in an earlier call leaves the store itself intact (each call is one
        // transaction), so a poisoned lock is safe to take over.
        self.store.lock().unwrap_or_else(|p| p.into_inner())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_database_that_cannot_be_opened_is_reported_not_fatal() {
        let session =
            Session::open_from_args(&["--db".into(), "/no/such/folder/stegvis.sqlite".into()]);
        let status = session.status();
        assert_eq!(status.error.as_ref().unwrap().code, "folderMissing");
        assert!(status.error.unwrap().message.contains("/no/such/folder"));
        let err = session.with(crate::units::list).unwrap_err();
        assert_eq!(err.code(), "unavailable");
    }

    #[test]
    fn a_good_database_answers_calls() {
        let dir = tempfile::tempdir().unwrap();
        let db = dir.path().join("s.sqlite");
        let session = Session::open_from_args(&["--db".into(), db.display().to_string()]);
        assert!(session.status().error.is_none());
        assert_eq!(
            session.status().schema_version,
            crate::store::SCHEMA_VERSION
        );
        assert_eq!(session.with(crate::units::list).unwrap().len(), 3);
    }
}
