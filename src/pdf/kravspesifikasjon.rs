//! The printed requirement specification (kravspesifikasjon) for the employer to read, comment on
//! and sign: one version, its requirements by group with "må"/"bør", room for comments, and
//! signature lines for the employer and the municipality.

use chrono::NaiveDate;

use crate::employers::Employer;
use crate::error::{Error, Result};
use crate::specs::Spec;

/// Everything the sheet prints; `spec.version` is the version to print.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SpecSheet {
    /// When empty the header says "Kommune ikke satt".
    pub municipality: String,
    pub printed_on: NaiveDate,
    pub employer: Employer,
    pub spec: Spec,
}

pub fn render(sheet: &SpecSheet) -> Result<Vec<u8>> {
    let _ = sheet;
    Err(Error::Pdf(
        "kravspesifikasjonen kan ikke skrives ut ennå".into(),
    ))
}
