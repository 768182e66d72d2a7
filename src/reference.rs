//! The fixed choices the UI offers (roles, kinds of unit), with their Norwegian labels, so that
//! the screens and the printed forms name them the same way.

use serde::Serialize;

use crate::people::Role;
use crate::units::UnitKind;

#[derive(Debug, Clone, Serialize)]
pub struct Choice {
    pub code: &'static str,
    pub label: &'static str,
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ReferenceData {
    pub roles: Vec<Choice>,
    pub unit_kinds: Vec<Choice>,
}

pub fn reference_data() -> ReferenceData {
    ReferenceData {
        roles: Role::ALL
            .iter()
            .map(|r| Choice {
                code: r.code(),
                label: r.label(),
            })
            .collect(),
        unit_kinds: UnitKind::ALL
            .iter()
            .map(|k| Choice {
                code: k.code(),
                label: k.label(),
            })
            .collect(),
    }
}
