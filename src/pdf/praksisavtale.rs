//! The printed placement agreement (praksisavtale): who, where, what kind of placement, the
//! period and the week (days at the workplace and at school), its goal, the contact people on both
//! sides, the requirement specification it builds on, who is responsible for what, and
//! signatures of participant, employer and municipality.

use chrono::NaiveDate;

use crate::employers::{Contact, Employer, Mentor};
use crate::error::{Error, Result};
use crate::participants::Placement;
use crate::people::Person;

/// Everything the agreement prints. Names are already decided (initials only, if the
/// participant asked for that).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AgreementSheet {
    /// When empty the header says "Kommune ikke satt".
    pub municipality: String,
    pub printed_on: NaiveDate,
    /// Name or initials.
    pub participant: String,
    pub placement: Placement,
    /// `None` for a placement made before the employer register, with only a workplace name.
    pub employer: Option<Employer>,
    pub mentor: Option<Mentor>,
    pub contact: Option<Contact>,
    /// The participant's adviser: the municipality's fixed contact person.
    pub adviser: Option<Person>,
    /// "Butikkmedarbeider, versjon 2, avtalt 12.03.2027".
    pub spec: Option<String>,
}

pub fn render(sheet: &AgreementSheet) -> Result<Vec<u8>> {
    let _ = sheet;
    Err(Error::Pdf("praksisavtalen kan ikke skrives ut ennå".into()))
}
