//! The sheet the adviser takes to a meeting with an employer about a placement agreement (the
//! handbook's tool 4.2): what the municipality knows about the employer, what must be settled
//! (purpose, follow-up, expectations, competence requirements, fadder, practical matters) with
//! the preparation checklist's answers so far, and room for notes from the meeting.

use chrono::NaiveDate;

use crate::checklists::ChecklistState;
use crate::employers::Employer;
use crate::error::{Error, Result};
use crate::specs::SpecSummary;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PreparationSheet {
    /// When empty the header says "Kommune ikke satt".
    pub municipality: String,
    pub printed_on: NaiveDate,
    pub employer: Employer,
    /// The 4.1 checklist as answered so far.
    pub checklist: ChecklistState,
    pub specs: Vec<SpecSummary>,
    /// Who is going (the current user), if chosen.
    pub adviser: Option<String>,
}

pub fn render(sheet: &PreparationSheet) -> Result<Vec<u8>> {
    let _ = sheet;
    Err(Error::Pdf(
        "forberedelsesarket kan ikke skrives ut ennå".into(),
    ))
}
