//! Where the database lives: `STEGVIS_DB` if set, otherwise `stegvis.sqlite` in the operating
//! system's folder for application data, the same folder the desktop app uses (Tauri's
//! `app_data_dir` for the identifier below).

use std::path::PathBuf;

use crate::error::{Error, Result};

/// The desktop app's identifier; it names the app-data folder on every platform.
pub const APP_IDENTIFIER: &str = "no.stegvis.app";
pub const DATABASE_FILE: &str = "stegvis.sqlite";
pub const DATABASE_ENV: &str = "STEGVIS_DB";

/// The database to open: the one named with `--db`, else the default one.
pub fn database(named: Option<PathBuf>) -> Result<PathBuf> {
    match named {
        Some(path) => Ok(path),
        None => default_database(),
    }
}

/// The database the app and CLI use when none is named on the command line. The app-data folder
/// is created on first use, so the first start needs no questions; a path from `STEGVIS_DB` is
/// taken as it is, and a folder missing there is reported rather than created.
pub fn default_database() -> Result<PathBuf> {
    if let Some(path) = std::env::var_os(DATABASE_ENV).filter(|p| !p.is_empty()) {
        return Ok(PathBuf::from(path));
    }
    let folder = app_data_folder().ok_or_else(|| Error::FolderMissing(PathBuf::from("~")))?;
    std::fs::create_dir_all(&folder).map_err(|_| Error::NotWritable(folder.clone()))?;
    Ok(folder.join(DATABASE_FILE))
}

/// The app's own data folder (Linux: `~/.local/share/no.stegvis.app`; macOS:
/// `~/Library/Application Support/no.stegvis.app`; Windows: `%APPDATA%\no.stegvis.app`).
pub fn app_data_folder() -> Option<PathBuf> {
    Some(os_data_folder()?.join(APP_IDENTIFIER))
}

fn env_path(name: &str) -> Option<PathBuf> {
    std::env::var_os(name)
        .map(PathBuf::from)
        .filter(|p| p.is_absolute())
}

#[cfg(target_os = "windows")]
fn os_data_folder() -> Option<PathBuf> {
    env_path("APPDATA")
}

#[cfg(target_os = "macos")]
fn os_data_folder() -> Option<PathBuf> {
    Some(env_path("HOME")?.join("Library/Application Support"))
}

#[cfg(not(any(target_os = "windows", target_os = "macos")))]
fn os_data_folder() -> Option<PathBuf> {
    env_path("XDG_DATA_HOME").or_else(|| Some(env_path("HOME")?.join(".local/share")))
}
