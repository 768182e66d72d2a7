//! The handbook's fixed checklists, answered per record: each item is done or not, with a note and
//! who is responsible. The items are defined here; only the answers are stored. The employer's
//! preparation checklist (tool 4.1) is the first; the process steps' checklists use the same model.

use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::error::{Error, Result};
use crate::store::{Store, Tx};
use crate::validate;

pub const MAX_NOTE_CHARS: usize = 500;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum ChecklistId {
    /// 4.1: before a placement agreement is made with an employer.
    EmployerPreparation,
}

/// One item as the handbook frames it: what must be settled, and a hint of what that means.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ItemDefinition {
    pub key: &'static str,
    pub label: &'static str,
    pub help: &'static str,
}

const EMPLOYER_PREPARATION: [ItemDefinition; 6] = [
    ItemDefinition {
        key: "formal",
        label: "Formålet med praksisen er avklart",
        help: "Kommunen og arbeidsgiveren er enige om hva slags praksis dette er og hva målet er for begge parter.",
    },
    ItemDefinition {
        key: "kontaktperson",
        label: "Kommunens faste kontaktperson er navngitt",
        help: "Arbeidsgiveren vet hvem de ringer, når personen kan nås, og hva personen kan hjelpe med.",
    },
    ItemDefinition {
        key: "forventninger",
        label: "Forventninger og ansvar er skrevet ned",
        help: "Hva arbeidsgiveren, kommunen og deltakeren hver har ansvar for i praksisperioden.",
    },
    ItemDefinition {
        key: "kompetansekrav",
        label: "Kompetansekravene er avklart",
        help: "Hva deltakeren må kunne i fag, språk og personlig egnethet før praksisen starter, skrevet inn i en kravspesifikasjon.",
    },
    ItemDefinition {
        key: "fadder",
        label: "Fadder er utpekt og har fått tilbud om fadderopplæring",
        help: "En kollega med de samme oppgavene som deltakeren, som er til stede når deltakeren er på jobb.",
    },
    ItemDefinition {
        key: "praktisk",
        label: "Praktiske forhold er avklart",
        help: "Arbeidstid, arbeidstøy, transport til og fra arbeidsplassen og forsikring.",
    },
];

impl ChecklistId {
    pub fn key(self) -> &'static str {
        match self {
            ChecklistId::EmployerPreparation => "4.1",
        }
    }

    pub fn title(self) -> &'static str {
        match self {
            ChecklistId::EmployerPreparation => "Sjekkliste før avtale om praksis",
        }
    }

    pub fn items(self) -> &'static [ItemDefinition] {
        match self {
            ChecklistId::EmployerPreparation => &EMPLOYER_PREPARATION,
        }
    }

    /// Checks that the record the checklist is about exists.
    fn check_owner(self, tx: &Tx, owner: Uuid) -> Result<()> {
        match self {
            ChecklistId::EmployerPreparation => tx.employer_name(owner).map(|_| ()),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ChecklistEntry {
    pub key: &'static str,
    pub label: &'static str,
    pub help: &'static str,
    pub done: bool,
    pub note: String,
    pub responsible: String,
    /// When the answer was last changed; `None` while unanswered.
    pub updated_at: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ChecklistState {
    pub id: ChecklistId,
    pub owner_id: Uuid,
    pub title: &'static str,
    pub entries: Vec<ChecklistEntry>,
    pub done_count: usize,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct EntryInput {
    pub done: bool,
    #[serde(default)]
    pub note: String,
    #[serde(default)]
    pub responsible: String,
}

pub(crate) fn load(tx: &Tx, id: ChecklistId, owner: Uuid) -> Result<ChecklistState> {
    let mut answers = tx.checklist_answers(id.key(), owner)?;
    let entries: Vec<ChecklistEntry> = id
        .items()
        .iter()
        .map(|item| {
            let answer = answers.remove(item.key);
            ChecklistEntry {
                key: item.key,
                label: item.label,
                help: item.help,
                done: answer.as_ref().is_some_and(|a| a.0),
                note: answer.as_ref().map(|a| a.1.clone()).unwrap_or_default(),
                responsible: answer.as_ref().map(|a| a.2.clone()).unwrap_or_default(),
                updated_at: answer.map(|a| a.3),
            }
        })
        .collect();
    Ok(ChecklistState {
        id,
        owner_id: owner,
        title: id.title(),
        done_count: entries.iter().filter(|e| e.done).count(),
        entries,
    })
}

pub fn get(store: &mut Store, id: ChecklistId, owner: Uuid) -> Result<ChecklistState> {
    store.read(|tx| {
        id.check_owner(tx, owner)?;
        load(tx, id, owner)
    })
}

pub fn set_entry(
    store: &mut Store,
    id: ChecklistId,
    owner: Uuid,
    item: &str,
    input: &EntryInput,
) -> Result<ChecklistState> {
    let Some(definition) = id.items().iter().find(|i| i.key == item) else {
        return Err(Error::Invalid {
            field: "item",
            message: format!("«{item}» er ikke et punkt på sjekklisten «{}».", id.title()),
        });
    };
    let note = validate::optional_text("note", "Merknad", MAX_NOTE_CHARS, Some(&input.note))?
        .unwrap_or_default();
    let responsible = validate::optional_text(
        "responsible",
        "Ansvarlig",
        validate::MAX_NAME_CHARS,
        Some(&input.responsible),
    )?
    .unwrap_or_default();
    store.write(|tx| {
        id.check_owner(tx, owner)?;
        tx.set_checklist_answer(
            id.key(),
            owner,
            definition.key,
            input.done,
            &note,
            &responsible,
        )?;
        load(tx, id, owner)
    })
}
