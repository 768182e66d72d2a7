//! The handbook's fixed checklists, answered per record: each item is done or not, with a note and
//! who is responsible. The items are defined here; only the answers are stored. The employer's
//! preparation checklist (tool 4.1) is answered per employer and, as the municipality's own
//! checklist in step 4, per process; the other steps' checklists (5.1, 6.1, 7.1) and the "before
//! you start" list are answered per process (working group).

use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::error::{Error, Result};
use crate::store::{Store, Tx};
use crate::validate;

pub const MAX_NOTE_CHARS: usize = 500;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum ChecklistId {
    /// Before step 1: what must be in place before the group starts.
    BeforeStart,
    /// 4.1: before a placement agreement is made with an employer.
    EmployerPreparation,
    /// 5.1: preparing the participant before the placement.
    ParticipantPreparation,
    /// 6.1: following up participant and employer during the placement.
    PlacementFollowUp,
    /// 7.1: final evaluation of the placement and further follow-up of the participant.
    FinalEvaluation,
}

/// One item as the handbook frames it: what must be settled, and a hint of what that means.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ItemDefinition {
    pub key: &'static str,
    pub label: &'static str,
    pub help: &'static str,
}

const EMPLOYER_PREPARATION_PURPOSE: &str =
    "Det kommunen og arbeidsgiveren må ha avklart før en avtale om praksis inngås.";
const BEFORE_START_PURPOSE: &str =
    "Det som må være på plass før arbeidsgruppen begynner på steg 1.";
const PARTICIPANT_PREPARATION_PURPOSE: &str =
    "Det som må være klart før deltakeren begynner i praksis.";
const PLACEMENT_FOLLOW_UP_PURPOSE: &str =
    "Det som må være på plass for å følge opp deltakeren og arbeidsgiveren mens praksisen pågår.";
const FINAL_EVALUATION_PURPOSE: &str =
    "Det som må avklares når praksisperioden er slutt, og hvem som følger opp deltakeren videre.";
const BEFORE_START: [ItemDefinition; 6] = [
    ItemDefinition {
        key: "forankring",
        label: "Arbeidet er forankret hos lederne",
        help: "Lederne i enhetene og i kommunen er enige om hvorfor arbeidet er viktig og hva det skal gi, og setter av tid og ressurser til det.",
    },
    ItemDefinition {
        key: "enheter",
        label: "Alle tre kvalifiserende enheter er med i arbeidsgruppen",
        help: "Flyktningtjenesten, voksenopplæringen og Nav har hver minst én person i gruppen.",
    },
    ItemDefinition {
        key: "leder",
        label: "En leder av prosessen er valgt",
        help: "Tips: velg en fra enheten som koordinerer introduksjonsprogrammet i kommunen.",
    },
    ItemDefinition {
        key: "tid",
        label: "Det er satt av nok tid til hvert steg",
        help: "Hvert arbeidsmøte tar fra 2 til 3,5 timer. I tillegg kommer forarbeid og etterarbeid.",
    },
    ItemDefinition {
        key: "moteserie",
        label: "Arbeidsmøtene er planlagt i en serie",
        help: "Møtene ligger tett, så arbeidet holder farten og det ikke går lang tid mellom stegene.",
    },
    ItemDefinition {
        key: "arshjul",
        label: "Årshjulet er påbegynt",
        help: "Start med kommunens faste budsjett- og regnskapsdatoer. Legg så inn planlegging, inntak og kurs.",
    },
];
const PARTICIPANT_PREPARATION: [ItemDefinition; 7] = [
    ItemDefinition {
        key: "kravspesifikasjon",
        label: "Kravspesifikasjonen er kjent",
        help: "Kommunen og deltakeren vet hva arbeidsgiveren krever i fag, språk og personlig egnethet før praksisen starter.",
    },
    ItemDefinition {
        key: "gap",
        label: "Gapet mellom kravene og deltakerens kompetanse er vurdert",
        help: "Det er skrevet ned hva deltakeren kan fra før, og hva som mangler.",
    },
    ItemDefinition {
        key: "opplaeringsplan",
        label: "Planen for opplæring før praksis er laget",
        help: "Planen (5.2) sier hvilke kurs og tiltak deltakeren får, hvem som gir dem og når.",
    },
    ItemDefinition {
        key: "ferdigheter",
        label: "Grunnleggende ferdigheter og bransjenorsk er øvd",
        help: "Lesing, skriving, muntlig, regning og digitale ferdigheter er øvd mot oppgavene i jobben, sammen med ordene bransjen bruker.",
    },
    ItemDefinition {
        key: "arbeidsliv",
        label: "Deltakeren kjenner arbeidslivets regler",
        help: "Arbeidstid, å komme presis, å si fra om fravær, timelister, HMS og de uskrevne reglene på en arbeidsplass.",
    },
    ItemDefinition {
        key: "arbeidsplassen",
        label: "Deltakeren kjenner arbeidsplassen",
        help: "Hvor den ligger og hvordan deltakeren kommer seg dit, arbeidstiden, arbeidstøyet, rutinene og hvem fadderen er.",
    },
    ItemDefinition {
        key: "avtale",
        label: "Praksisavtalen er underskrevet",
        help: "Arbeidsgiveren, deltakeren og kommunen har skrevet under før første arbeidsdag.",
    },
];
const PLACEMENT_FOLLOW_UP: [ItemDefinition; 7] = [
    ItemDefinition {
        key: "plan",
        label: "Opplæringsplanen for praksisperioden er i bruk",
        help: "Planen viser opplæringsmålene, hvem som lærer opp deltakeren, hvor og når.",
    },
    ItemDefinition {
        key: "fordeling",
        label: "Dagene på arbeidsplassen og i opplæring er avtalt",
        help: "Kommunen og arbeidsgiveren er enige om hvor mange dager i uken deltakeren er på arbeidsplassen og hvor mange i kommunens opplæring.",
    },
    ItemDefinition {
        key: "moter",
        label: "Faste møter er avtalt",
        help: "Programrådgiveren har faste møter med deltakeren og strukturerte samtaler med arbeidsplassen.",
    },
    ItemDefinition {
        key: "kontaktperson",
        label: "Kontaktpersonen er lett å nå",
        help: "Arbeidsgiveren og fadderen vet hvordan de når kommunens kontaktperson når noe oppstår.",
    },
    ItemDefinition {
        key: "fadder",
        label: "Fadderen blir fulgt opp",
        help: "Fadderen vet hva som ventes, og programrådgiveren snakker jevnlig med fadderen.",
    },
    ItemDefinition {
        key: "underveis",
        label: "Framgangen blir vurdert underveis",
        help: "Deltakeren vurderer seg selv, og fadderen og programrådgiveren skriver ned hva som mangler for en ordinær jobb.",
    },
    ItemDefinition {
        key: "loggbok",
        label: "Deltakeren fører loggbok",
        help: "Deltakeren skriver kort om det som er lært og øvd på, og loggboken brukes i samtalene.",
    },
];
const FINAL_EVALUATION: [ItemDefinition; 7] = [
    ItemDefinition {
        key: "arbeidsgiver",
        label: "Arbeidsgiverens vurdering er hentet inn",
        help: "Hva fungerte, og hva kan bli bedre i kommunens opplæring og oppfølging?",
    },
    ItemDefinition {
        key: "kommunen",
        label: "Kommunen har vurdert sitt eget arbeid",
        help: "Samarbeidet internt om opplæring og oppfølging av deltakeren, arbeidsgiveren og fadderen: hva var bra, og hva kan bli bedre?",
    },
    ItemDefinition {
        key: "deltaker",
        label: "Deltakerens vurdering er hentet inn",
        help: "Deltakeren har sagt sin mening om arbeidsplassen, opplæringen og oppfølgingen.",
    },
    ItemDefinition {
        key: "arbeidsplassen",
        label: "Det er avgjort om arbeidsplassen egner seg for nye deltakere",
        help: "Ja eller nei, og hva som bør bli bedre før neste deltaker begynner.",
    },
    ItemDefinition {
        key: "videre",
        label: "Det er avtalt hvem som følger opp deltakeren videre",
        help: "Gjelder særlig når deltakeren verken har jobb eller utdanning når programmet slutter. Nav kan ta over med videre tiltak.",
    },
    ItemDefinition {
        key: "formell",
        label: "Veien mot formell kompetanse er vurdert",
        help: "Realkompetansevurdering, sertifisering, lærekandidat eller praksiskandidat, ut fra det deltakeren ønsker og kan.",
    },
    ItemDefinition {
        key: "lonnstilskudd",
        label: "Lønnstilskudd er vurdert",
        help: "Kan deltakeren ansettes med lønnstilskudd fra Nav? Det er arbeidsgiveren som søker.",
    },
];

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

pub const ALL: [ChecklistId; 5] = [
    ChecklistId::BeforeStart,
    ChecklistId::EmployerPreparation,
    ChecklistId::ParticipantPreparation,
    ChecklistId::PlacementFollowUp,
    ChecklistId::FinalEvaluation,
];

impl ChecklistId {
    pub const fn key(self) -> &'static str {
        match self {
            ChecklistId::BeforeStart => "0",
            ChecklistId::EmployerPreparation => "4.1",
            ChecklistId::ParticipantPreparation => "5.1",
            ChecklistId::PlacementFollowUp => "6.1",
            ChecklistId::FinalEvaluation => "7.1",
        }
    }

    pub const fn title(self) -> &'static str {
        match self {
            ChecklistId::BeforeStart => "Før dere setter i gang",
            ChecklistId::EmployerPreparation => "Sjekkliste før avtale om praksis",
            ChecklistId::ParticipantPreparation => {
                "Sjekkliste for forberedelse av deltaker før praksis"
            }
            ChecklistId::PlacementFollowUp => "Sjekkliste for oppfølging i praksisperioden",
            ChecklistId::FinalEvaluation => "Sjekkliste for sluttevaluering og videre oppfølging",
        }
    }

    /// One sentence on what the checklist is for.
    pub const fn purpose(self) -> &'static str {
        match self {
            ChecklistId::BeforeStart => BEFORE_START_PURPOSE,
            ChecklistId::EmployerPreparation => EMPLOYER_PREPARATION_PURPOSE,
            ChecklistId::ParticipantPreparation => PARTICIPANT_PREPARATION_PURPOSE,
            ChecklistId::PlacementFollowUp => PLACEMENT_FOLLOW_UP_PURPOSE,
            ChecklistId::FinalEvaluation => FINAL_EVALUATION_PURPOSE,
        }
    }

    pub fn items(self) -> &'static [ItemDefinition] {
        match self {
            ChecklistId::BeforeStart => &BEFORE_START,
            ChecklistId::EmployerPreparation => &EMPLOYER_PREPARATION,
            ChecklistId::ParticipantPreparation => &PARTICIPANT_PREPARATION,
            ChecklistId::PlacementFollowUp => &PLACEMENT_FOLLOW_UP,
            ChecklistId::FinalEvaluation => &FINAL_EVALUATION,
        }
    }

    /// Checks that the record the checklist is about exists: the 4.1 list is answered both for an
    /// employer and for a process, the others for a process.
    fn check_owner(self, tx: &Tx, owner: Uuid) -> Result<()> {
        match self {
            ChecklistId::EmployerPreparation => match tx.employer_name(owner) {
                Err(Error::NotFound { .. }) => tx.work_group(owner).map(|_| ()),
                other => other.map(|_| ()),
            },
            _ => tx.work_group(owner).map(|_| ()),
        }
    }
}

/// How many items are settled: done, or a note says what to improve.
pub fn settled_count(state: &ChecklistState) -> usize {
    state
        .entries
        .iter()
        .filter(|e| e.done || !e.note.trim().is_empty())
        .count()
}

/// Whether every item is settled.
pub fn is_answered(state: &ChecklistState) -> bool {
    settled_count(state) == state.entries.len()
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_checklist_has_a_purpose_and_items_with_unique_keys() {
        for id in ALL {
            let purpose = id.purpose();
            assert!(purpose.ends_with('.'), "{}: «{purpose}»", id.key());
            let items = id.items();
            assert!(
                (5..=8).contains(&items.len()),
                "{} har {} punkter",
                id.key(),
                items.len()
            );
            let mut keys: Vec<&str> = items.iter().map(|i| i.key).collect();
            keys.sort_unstable();
            keys.dedup();
            assert_eq!(keys.len(), items.len(), "{}: like nøkler", id.key());
            for item in items {
                assert!(
                    !item.label.is_empty() && !item.help.is_empty(),
                    "{}",
                    item.key
                );
            }
        }
    }
}
