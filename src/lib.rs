//! Stegvis core: the model of work-oriented qualification pathways (units, people, working
//! groups …), its SQLite store, the printed documents and the command line. No Tauri here: the
//! desktop shell and the CLI both call these functions.

pub mod annual_wheel;
pub mod checklists;
pub mod cli;
pub mod collation;
pub mod criteria;
pub mod dates;
pub mod demo;
pub mod employers;
pub mod error;
pub mod evaluations;
pub mod meetings;
pub mod orgnr;
pub mod outline;
pub mod participants;
pub mod paths;
pub mod pdf;
pub mod people;
pub mod plans;
pub mod process;
pub mod reference;
pub mod session;
pub mod settings;
pub mod specs;
pub mod steps;
pub mod store;
pub mod templates;
pub mod tools;
pub mod units;
pub mod validate;
pub mod words;
pub mod work_groups;

pub use error::{Error, Result};
pub use store::Store;
