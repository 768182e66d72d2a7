//! The one error type of the core. Every variant carries what the user needs to put it right,
//! its `Display` is the Norwegian sentence shown to the user, and `field()` names the input that
//! caused it so the UI can show the message beside that field.

use std::path::PathBuf;

#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("{field_label} må fylles ut.")]
    Empty {
        field: &'static str,
        field_label: &'static str,
    },
    #[error("{field_label} kan være høyst {max} tegn (nå {actual}).")]
    TooLong {
        field: &'static str,
        field_label: &'static str,
        max: usize,
        actual: usize,
    },
    #[error("{message}")]
    Invalid {
        field: &'static str,
        message: String,
    },
    #[error("{name} er allerede med i arbeidsgruppen.")]
    DuplicateMember { name: String },
    #[error("Enheten «{unit}» har {count} {persons}. Flytt eller slett dem først, så kan enheten slettes.", persons = if *count == 1 { "person" } else { "personer" })]
    UnitHasPeople { unit: String, count: usize },
    #[error("{name} er med i {count} {groups}. Ta personen ut av {them} først.", groups = if *count == 1 { "arbeidsgruppe" } else { "arbeidsgrupper" }, them = if *count == 1 { "den" } else { "dem" })]
    PersonInGroups { name: String, count: usize },
    #[error("Organisasjonsnummeret {org_number} er allerede registrert på {name}. Åpne den i stedet for å registrere den på nytt.")]
    DuplicateOrgNumber {
        org_number: String,
        name: String,
        id: uuid::Uuid,
    },
    /// A step marked done while the handbook's documents or its follow-ups are missing; the UI
    /// asks, and may then mark it done anyway.
    #[error("Steg {step} er ikke ferdig: {}. Vil dere likevel markere steget som ferdig?", missing.join("; "))]
    StepIncomplete { step: u8, missing: Vec<String> },
    /// An action the data does not allow, with what to do instead.
    #[error("{message}")]
    Refused { message: String },
    #[error("Fant ikke {what} med id {id}. Den kan ha blitt slettet.")]
    NotFound { what: &'static str, id: String },
    #[error("Mappen {} finnes ikke. Opprett mappen eller velg en annen plassering for databasen.", .0.display())]
    FolderMissing(PathBuf),
    #[error("Stegvis har ikke skrivetilgang til {}. Velg en mappe du kan skrive i.", .0.display())]
    NotWritable(PathBuf),
    #[error("Filen {} er ikke en Stegvis-database (ikke en SQLite-fil). Velg riktig fil, eller en ny filsti.", .0.display())]
    NotADatabase(PathBuf),
    #[error("Databasen er laget av en nyere versjon av Stegvis (skjemaversjon {found}, denne versjonen kjenner til {supported}). Oppdater Stegvis for å åpne den.")]
    NewerSchema { found: i64, supported: i64 },
    #[error("Databasen er skadet: {0}. Hent fram en sikkerhetskopi.")]
    Corrupt(String),
    #[error("Databasefeil: {0}")]
    Database(#[from] rusqlite::Error),
    #[error("Det finnes ingen database på {}. Kjør «stegvis init» for å lage en, eller velg riktig fil.", .0.display())]
    NoDatabase(PathBuf),
    #[error("Kunne ikke skrive filen {}: {}", path.display(), io_reason(source))]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("Databasen er ikke åpen: {0}")]
    Unavailable(String),
    #[error("Kunne ikke lage PDF-en: {0}")]
    Pdf(String),
}

impl Error {
    /// The input field the error belongs to, in the UI's naming (`name`, `email`, `member` …).
    pub fn field(&self) -> Option<&'static str> {
        match self {
            Error::Empty { field, .. }
            | Error::TooLong { field, .. }
            | Error::Invalid { field, .. } => Some(field),
            Error::DuplicateMember { .. } => Some("member"),
            Error::DuplicateOrgNumber { .. } => Some("orgNumber"),
            _ => None,
        }
    }

    /// A stable, language-neutral name of the error, for the UI and for tests.
    pub fn code(&self) -> &'static str {
        match self {
            Error::Empty { .. } => "empty",
            Error::TooLong { .. } => "tooLong",
            Error::Invalid { .. } => "invalid",
            Error::DuplicateMember { .. } => "duplicateMember",
            Error::DuplicateOrgNumber { .. } => "duplicateOrgNumber",
            Error::UnitHasPeople { .. } => "unitHasPeople",
            Error::PersonInGroups { .. } => "personInGroups",
            Error::StepIncomplete { .. } => "stepIncomplete",
            Error::Refused { .. } => "refused",
            Error::NotFound { .. } => "notFound",
            Error::FolderMissing(_) => "folderMissing",
            Error::NotWritable(_) => "notWritable",
            Error::NotADatabase(_) => "notADatabase",
            Error::NewerSchema { .. } => "newerSchema",
            Error::Corrupt(_) => "corrupt",
            Error::Database(_) => "database",
            Error::NoDatabase(_) => "noDatabase",
            Error::Io { .. } => "io",
            Error::Unavailable(_) => "unavailable",
            Error::Pdf(_) => "pdf",
        }
    }
}

/// For a record the user picked from a list: if it has gone meanwhile (deleted in another
/// window, or by an undo), the user is told at the field where they picked it, and can pick again.
pub trait GoneAt<T> {
    fn gone_at(self, field: &'static str, message: &str) -> Result<T>;
}

impl<T> GoneAt<T> for Result<T> {
    fn gone_at(self, field: &'static str, message: &str) -> Result<T> {
        match self {
            Err(Error::NotFound { .. }) => Err(Error::Invalid {
                field,
                message: message.into(),
            }),
            other => other,
        }
    }
}

/// What the UI receives when a call fails: `{ code, message, field }`.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct ErrorInfo {
    pub code: &'static str,
    pub message: String,
    pub field: Option<&'static str>,
}

impl From<&Error> for ErrorInfo {
    fn from(e: &Error) -> ErrorInfo {
        ErrorInfo {
            code: e.code(),
            message: e.to_string(),
            field: e.field(),
        }
    }
}

impl serde::Serialize for Error {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        ErrorInfo::from(self).serialize(serializer)
    }
}

/// The operating system's reason, in Norwegian where it is a common one.
fn io_reason(e: &std::io::Error) -> String {
    use std::io::ErrorKind::*;
    match e.kind() {
        NotFound => "mappen finnes ikke".into(),
        PermissionDenied => "mangler skrivetilgang".into(),
        StorageFull => "disken er full".into(),
        IsADirectory => "det er en mappe".into(),
        ReadOnlyFilesystem => "stedet kan bare leses".into(),
        _ => e.to_string(),
    }
}

pub type Result<T, E = Error> = std::result::Result<T, E>;
