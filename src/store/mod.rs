//! The store: one SQLite file holding everything Stegvis knows. It opens (and creates or migrates)
//! the file, and runs each user action in one transaction. All SQL of the application lives in
//! this module and its migrations; the area modules above it only validate and decide.

mod annual_wheel;
mod employers;
mod evaluations;
mod meetings;
mod outline;
mod participants;
mod people;
mod plans;
mod process;
mod settings;
mod specs;
mod templates;
mod units;
mod work_groups;

pub use outline::{PhaseRef, TaskRef};

use std::fs::File;
use std::io::Read;
use std::path::{Path, PathBuf};

use rusqlite::{Connection, ErrorCode, OpenFlags, TransactionBehavior};

use crate::collation;
use crate::error::{Error, Result};

/// One numbered migration: its SQL, and content it puts in place that is written in Rust (the
/// shipped example templates are parsed from their files, not repeated as SQL).
struct Migration {
    sql: &'static str,
    then: Option<fn(&Tx) -> Result<()>>,
}

/// The numbered migrations, applied in order. `PRAGMA user_version` records how many ran.
const MIGRATIONS: &[Migration] = &[
    Migration {
        sql: include_str!("migrations/0001_foundation.sql"),
        then: None,
    },
    Migration {
        sql: include_str!("migrations/0002_training.sql"),
        then: Some(crate::templates::seed_examples),
    },
    Migration {
        sql: include_str!("migrations/0003_employers.sql"),
        then: None,
    },
    Migration {
        sql: include_str!("migrations/0004_process.sql"),
        then: None,
    },
    Migration {
        sql: include_str!("migrations/0005_evaluations.sql"),
        then: None,
    },
];

/// The schema version this build of Stegvis writes.
pub const SCHEMA_VERSION: i64 = MIGRATIONS.len() as i64;

const SQLITE_HEADER: &[u8; 16] = b"SQLite format 3\0";

pub struct Store {
    conn: Connection,
    path: PathBuf,
}

/// A transaction in progress; the SQL of each area is written as methods on it.
pub struct Tx<'a> {
    tx: rusqlite::Transaction<'a>,
}

impl std::ops::Deref for Tx<'_> {
    type Target = Connection;
    fn deref(&self) -> &Connection {
        &self.tx
    }
}

impl Tx<'_> {
    /// Whether a row of `table` other than `except` already has this name, ignoring case in
    /// every alphabet (SQLite's own `lower` folds only ASCII).
    fn name_in_use(
        &self,
        table: &'static str,
        name: &str,
        except: Option<uuid::Uuid>,
    ) -> Result<bool> {
        let wanted = name.to_lowercase();
        let mut stmt = self.prepare(&format!("SELECT id, name FROM {table}"))?;
        let mut rows = stmt.query([])?;
        while let Some(row) = rows.next()? {
            let id = uuid_from(row, 0)?;
            let existing: String = row.get(1)?;
            if Some(id) != except && existing.to_lowercase() == wanted {
                return Ok(true);
            }
        }
        Ok(false)
    }
}

/// What `check` reports about a database file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Health {
    pub schema_version: i64,
    /// SQLite's own integrity report: `["ok"]` when healthy.
    pub integrity: Vec<String>,
    pub foreign_key_violations: usize,
}

impl Health {
    pub fn is_healthy(&self) -> bool {
        self.integrity == ["ok"]
            && self.foreign_key_violations == 0
            && self.schema_version == SCHEMA_VERSION
    }
}

impl Store {
    /// Opens the database at `path`, creating it if it does not exist and bringing its schema up
    /// to date. The folder must exist: a wrong path should not silently create folders.
    pub fn open(path: impl AsRef<Path>) -> Result<Store> {
        let path = path.as_ref().to_path_buf();
        check_location(&path)?;
        let conn = Connection::open_with_flags(
            &path,
            OpenFlags::SQLITE_OPEN_READ_WRITE
                | OpenFlags::SQLITE_OPEN_CREATE
                | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )
        .map_err(|e| open_error(e, &path))?;
        let mut store = Store { conn, path };
        store.configure()?;
        store.migrate()?;
        Ok(store)
    }

    /// Opens an existing database as it is, without creating or migrating anything, to report on
    /// its health.
    pub fn inspect(path: impl AsRef<Path>) -> Result<Store> {
        let path = path.as_ref().to_path_buf();
        check_location(&path)?;
        if !path.exists() {
            return Err(Error::NoDatabase(path));
        }
        let conn = Connection::open_with_flags(
            &path,
            OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )
        .map_err(|e| open_error(e, &path))?;
        let mut store = Store { conn, path };
        store.configure()?;
        Ok(store)
    }

    /// Opens a private in-memory database, for tests and benchmarks.
    pub fn open_in_memory() -> Result<Store> {
        let conn = Connection::open_in_memory()?;
        let mut store = Store {
            conn,
            path: PathBuf::from(":memory:"),
        };
        store.configure()?;
        store.migrate()?;
        Ok(store)
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    pub fn schema_version(&self) -> Result<i64> {
        Ok(self
            .conn
            .pragma_query_value(None, "user_version", |r| r.get(0))?)
    }

    /// Runs one user action in one write transaction: all of it is saved, or none of it.
    pub fn write<T>(&mut self, action: impl FnOnce(&Tx) -> Result<T>) -> Result<T> {
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .map_err(|e| open_error(e, &self.path))?;
        let tx = Tx { tx };
        let value = action(&tx)?;
        tx.tx.commit().map_err(|e| open_error(e, &self.path))?;
        Ok(value)
    }

    /// Reads from one consistent snapshot.
    pub fn read<T>(&mut self, query: impl FnOnce(&Tx) -> Result<T>) -> Result<T> {
        let tx = Tx {
            tx: self.conn.transaction()?,
        };
        let value = query(&tx)?;
        tx.tx.finish()?;
        Ok(value)
    }

    /// SQLite's integrity and foreign-key checks, and the schema version.
    pub fn check(&self) -> Result<Health> {
        let mut stmt = self.conn.prepare("PRAGMA integrity_check")?;
        let integrity = stmt
            .query_map([], |r| r.get::<_, String>(0))?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        let foreign_key_violations = self
            .conn
            .prepare("PRAGMA foreign_key_check")?
            .query_map([], |_| Ok(()))?
            .count();
        Ok(Health {
            schema_version: self.schema_version()?,
            integrity,
            foreign_key_violations,
        })
    }

    fn configure(&mut self) -> Result<()> {
        let path = self.path.clone();
        let map = |e| open_error(e, &path);
        self.conn
            .create_collation("NB", collation::compare)
            .map_err(map)?;
        self.conn
            .busy_timeout(std::time::Duration::from_secs(5))
            .map_err(map)?;
        self.conn
            .pragma_update(None, "foreign_keys", true)
            .map_err(map)?;
        // The first statement that touches the file is where SQLite notices a non-database.
        let mode: String = self
            .conn
            .pragma_update_and_check(None, "journal_mode", "WAL", |r| r.get(0))
            .map_err(map)?;
        if mode != "wal" && mode != "memory" {
            return Err(Error::NotWritable(path));
        }
        Ok(())
    }

    fn migrate(&mut self) -> Result<()> {
        let found = self.schema_version()?;
        if found > SCHEMA_VERSION {
            return Err(Error::NewerSchema {
                found,
                supported: SCHEMA_VERSION,
            });
        }
        for (index, migration) in MIGRATIONS.iter().enumerate().skip(found as usize) {
            let version = index as i64 + 1;
            self.write(|tx| {
                tx.execute_batch(migration.sql)?;
                if let Some(then) = migration.then {
                    then(tx)?;
                }
                tx.pragma_update(None, "user_version", version)?;
                Ok(())
            })?;
        }
        Ok(())
    }
}

/// Refuses paths that cannot hold a database before SQLite gets to them, so the user is told
/// what is wrong with the path rather than getting SQLite's terse code.
fn check_location(path: &Path) -> Result<()> {
    let folder = match path.parent() {
        Some(p) if p.as_os_str().is_empty() => Path::new("."),
        Some(p) => p,
        None => Path::new("."),
    };
    if !folder.is_dir() {
        return Err(Error::FolderMissing(folder.to_path_buf()));
    }
    if path.is_dir() {
        return Err(Error::NotADatabase(path.to_path_buf()));
    }
    if path.exists() {
        let mut header = [0u8; 16];
        let mut file = File::open(path).map_err(|e| io_error(e, path))?;
        let read = file.read(&mut header).map_err(|e| io_error(e, path))?;
        // An empty file is a database not yet written; anything else must carry the header.
        if read > 0 && (read < header.len() || &header != SQLITE_HEADER) {
            return Err(Error::NotADatabase(path.to_path_buf()));
        }
    }
    Ok(())
}

fn io_error(e: std::io::Error, path: &Path) -> Error {
    if e.kind() == std::io::ErrorKind::PermissionDenied {
        Error::NotWritable(path.to_path_buf())
    } else {
        Error::Io {
            path: path.to_path_buf(),
            source: e,
        }
    }
}

fn open_error(e: rusqlite::Error, path: &Path) -> Error {
    match e.sqlite_error_code() {
        Some(ErrorCode::NotADatabase) => Error::NotADatabase(path.to_path_buf()),
        Some(ErrorCode::CannotOpen)
        | Some(ErrorCode::ReadOnly)
        | Some(ErrorCode::PermissionDenied) => Error::NotWritable(path.to_path_buf()),
        Some(ErrorCode::DatabaseCorrupt) => Error::Corrupt(e.to_string()),
        _ => Error::Database(e),
    }
}

/// Reads a UUID stored as text.
fn uuid_from(row: &rusqlite::Row, index: usize) -> rusqlite::Result<uuid::Uuid> {
    let text: String = row.get(index)?;
    uuid::Uuid::parse_str(&text).map_err(|e| {
        rusqlite::Error::FromSqlConversionFailure(index, rusqlite::types::Type::Text, Box::new(e))
    })
}

/// Reads an optional UUID stored as text.
fn optional_uuid(row: &rusqlite::Row, index: usize) -> rusqlite::Result<Option<uuid::Uuid>> {
    let text: Option<String> = row.get(index)?;
    Ok(text.and_then(|t| uuid::Uuid::parse_str(&t).ok()))
}

/// Reads an optional date stored as åååå-mm-dd.
fn optional_date(row: &rusqlite::Row, index: usize) -> rusqlite::Result<Option<chrono::NaiveDate>> {
    let text: Option<String> = row.get(index)?;
    Ok(text.and_then(|t| chrono::NaiveDate::parse_from_str(&t, "%Y-%m-%d").ok()))
}

/// Reads an optional CEFR level stored as its code ("A2").
fn optional_level(
    row: &rusqlite::Row,
    index: usize,
) -> rusqlite::Result<Option<crate::criteria::CefrLevel>> {
    let code: Option<String> = row.get(index)?;
    Ok(code.and_then(|c| crate::criteria::CefrLevel::parse("cefr", &c).ok()))
}

/// Turns "no row" into the user's "not found".
fn found<T>(result: rusqlite::Result<T>, what: &'static str, id: &uuid::Uuid) -> Result<T> {
    match result {
        Err(rusqlite::Error::QueryReturnedNoRows) => Err(Error::NotFound {
            what,
            id: id.to_string(),
        }),
        other => Ok(other?),
    }
}
