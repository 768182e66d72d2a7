//! The handbook's two forms about one participant in one placement: 6.5, following up and
//! evaluating the participant along the way (the participant's own view in plain words, the
//! workplace's view of skills and habits, and what is still missing for an ordinary job), and
//! 7.4, the final evaluation of the placement as the municipality, the participant and the
//! employer each see it. An evaluation belongs to a placement. It is filled in on screen after a
//! follow-up talk, or printed blank for the fadder and the participant to fill in by hand.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::error::{Error, Result};
use crate::participants::Placement;
use crate::store::{Store, Tx};
use crate::tools::choice;
pub use crate::tools::Choice;
use crate::{dates, settings, validate};

/// Room for a few sentences from a talk or a returned sheet.
pub const MAX_ANSWER_CHARS: usize = 1000;
/// Who took part, in one line.
pub const MAX_PRESENT_CHARS: usize = 200;

/// Which of the two forms an evaluation is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum EvaluationForm {
    /// 6.5: following up along the way.
    #[serde(rename = "6.5")]
    FollowUp,
    /// 7.4: the final evaluation.
    #[serde(rename = "7.4")]
    Final,
}

impl EvaluationForm {
    pub const ALL: [EvaluationForm; 2] = [EvaluationForm::FollowUp, EvaluationForm::Final];

    /// The handbook's number, which is also how the form is stored and named on the CLI.
    pub const fn key(self) -> &'static str {
        match self {
            EvaluationForm::FollowUp => "6.5",
            EvaluationForm::Final => "7.4",
        }
    }

    pub fn from_key(key: &str) -> Result<EvaluationForm> {
        EvaluationForm::ALL
            .into_iter()
            .find(|f| f.key() == key.trim())
            .ok_or_else(|| Error::Invalid {
                field: "form",
                message: format!(
                    "«{key}» er ikke et av skjemaene. Velg 6.5 (oppfølging underveis) eller 7.4 (sluttevaluering)."
                ),
            })
    }

    pub fn definition(self) -> &'static FormDefinition {
        match self {
            EvaluationForm::FollowUp => &FOLLOW_UP,
            EvaluationForm::Final => &FINAL,
        }
    }
}

/// What an item asks for, and so how it is answered, checked and printed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(tag = "type", rename_all = "camelCase")]
pub enum ItemKind {
    /// A few sentences.
    Text,
    /// One of a few fixed answers.
    Choice { options: &'static [Choice] },
    /// A number from 1 to `max`.
    Scale { max: u8 },
    /// Ticked or not: a habit the workplace has seen.
    Check,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Item {
    /// Unique within the form: "deltaker.norsk", "kommunen.opplaering.bra" …
    pub key: &'static str,
    pub label: &'static str,
    pub kind: ItemKind,
    /// A topic heading printed above this item ("Samarbeid om opplæring av deltakeren").
    pub topic: Option<&'static str>,
}

/// Whose view a section gives.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum Respondent {
    Participant,
    Employer,
    Municipality,
    Together,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Section {
    pub key: &'static str,
    pub title: &'static str,
    pub respondent: Respondent,
    /// One or two sentences on who fills it in and how.
    pub intro: &'static str,
    pub items: &'static [Item],
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct FormDefinition {
    pub form: EvaluationForm,
    /// "6.5"
    pub tool: &'static str,
    pub title: &'static str,
    /// What the form is for, one or two sentences.
    pub purpose: &'static str,
    pub sections: &'static [Section],
}

impl FormDefinition {
    pub fn items(&self) -> impl Iterator<Item = &'static Item> {
        self.sections.iter().flat_map(|s| s.items.iter())
    }

    pub fn item(&self, key: &str) -> Option<&'static Item> {
        self.items().find(|i| i.key == key)
    }
}

const fn text(key: &'static str, label: &'static str) -> Item {
    Item {
        key,
        label,
        kind: ItemKind::Text,
        topic: None,
    }
}

const fn check(key: &'static str, label: &'static str) -> Item {
    Item {
        key,
        label,
        kind: ItemKind::Check,
        topic: None,
    }
}

const fn pick(key: &'static str, label: &'static str, options: &'static [Choice]) -> Item {
    Item {
        key,
        label,
        kind: ItemKind::Choice { options },
        topic: None,
    }
}

/// The first of the two questions asked about every topic of the final evaluation.
const fn good(key: &'static str, topic: &'static str) -> Item {
    Item {
        key,
        label: "Hva var bra?",
        kind: ItemKind::Text,
        topic: Some(topic),
    }
}

const fn better(key: &'static str) -> Item {
    text(key, "Hva kan bli bedre?")
}

/// Plain words for the participant, who may read little Norwegian.
const YES_PARTLY_NO: &[Choice] = &[
    choice("ja", "Ja"),
    choice("litt", "Litt"),
    choice("nei", "Nei"),
];
const RATING: &[Choice] = &[
    choice("ikke-bra", "Ikke så bra"),
    choice("bra", "Bra"),
    choice("meget-bra", "Meget bra"),
];
const YES_NO: &[Choice] = &[choice("ja", "Ja"), choice("nei", "Nei")];

const FOLLOW_UP: FormDefinition = FormDefinition {
    form: EvaluationForm::FollowUp,
    tool: "6.5",
    title: "Oppfølging og evaluering av deltakeren i praksisperioden",
    purpose: "Brukes i oppfølgingssamtalene på arbeidsplassen. Klare forventninger gjør det mulig å sette inn riktige tiltak i tide, med målet at deltakeren får jobb.",
    sections: &[
        Section {
            key: "deltaker",
            title: "Deltakerens egen vurdering",
            respondent: Respondent::Participant,
            intro: "Deltakeren svarer selv, gjerne med hjelp til å lese spørsmålene.",
            items: &[
                pick("deltaker.oppgaver", "Klarer du arbeidsoppgavene dine?", YES_PARTLY_NO),
                pick("deltaker.norsk", "Snakker du godt nok norsk til å gjøre jobben?", YES_PARTLY_NO),
                Item {
                    key: "deltaker.utvikling",
                    label: "Hvor mye flinkere har du blitt siden du begynte? (1 = lite, 10 = mye)",
                    kind: ItemKind::Scale { max: 10 },
                    topic: None,
                },
                text("deltaker.endre", "Er det noe som ikke har fungert, og som bør endres?"),
                text("deltaker.mer", "Er det noe som har vært bra, og som du vil gjøre mer av?"),
            ],
        },
        Section {
            key: "arbeidsplassen",
            title: "Arbeidsplassens vurdering",
            respondent: Respondent::Employer,
            intro: "Fadder eller leder vurderer sammen med programrådgiveren.",
            items: &[
                pick("arbeidsplassen.generelt", "Generelle ferdigheter", RATING),
                pick("arbeidsplassen.kommunikasjon", "Muntlig og skriftlig kommunikasjon", RATING),
                pick("arbeidsplassen.service", "Service", RATING),
                check("arbeidsplassen.fravaer", "Gir beskjed ved fravær"),
                check("arbeidsplassen.tid", "Holder tiden: kommer i tide og jobber hele dagen"),
                check("arbeidsplassen.regler", "Følger reglene på arbeidsplassen"),
                check("arbeidsplassen.oppgaver", "Gjør de oppgavene som er avtalt"),
                check("arbeidsplassen.samarbeid", "Kommuniserer og samarbeider med andre"),
                check("arbeidsplassen.instruksjoner", "Tar imot instruksjoner"),
                check("arbeidsplassen.initiativ", "Tar initiativ selv"),
                check("arbeidsplassen.deltaker-laert", "Deltakeren mener selv å ha lært og utviklet seg"),
                check("arbeidsplassen.arbeidsgiver-laert", "Arbeidsgiveren mener deltakeren har lært og utviklet seg"),
                text("arbeidsplassen.forbedres", "Dette mener arbeidsgiveren må bli bedre"),
            ],
        },
        Section {
            key: "jobb",
            title: "Hva skal til for å bli vurdert til ordinær jobb",
            respondent: Respondent::Together,
            intro: "Det viktigste punktet i samtalen: hva som mangler, og hvem som gjør hva.",
            items: &[
                text("jobb.mangler", "Dette mangler deltakeren for å bli vurdert til ordinær jobb"),
                text("jobb.hvordan", "Hvordan skal det gjøres?"),
                text("jobb.deltaker", "Deltakerens ansvar"),
                text("jobb.kommunen", "Kommunens ansvar"),
                text("jobb.arbeidsgiver", "Arbeidsgiverens ansvar"),
            ],
        },
    ],
};

const FINAL: FormDefinition = FormDefinition {
    form: EvaluationForm::Final,
    tool: "7.4",
    title: "Sluttevaluering av praksisperioden",
    purpose: "Brukes når praksisperioden er slutt. Kommunen, deltakeren og arbeidsgiveren vurderer hver for seg hva som var bra, hva som kan bli bedre, og om arbeidsplassen bør brukes igjen.",
    sections: &[
        Section {
            key: "kommunen",
            title: "Kommunens vurdering",
            respondent: Respondent::Municipality,
            intro: "De kvalifiserende enhetene vurderer samarbeidet seg imellom.",
            items: &[
                good("kommunen.formal.bra", "Praksisplassen målt mot formål og resultat, særlig innhold og mål"),
                better("kommunen.formal.bedre"),
                good("kommunen.opplaering.bra", "Samarbeidet i kommunen om opplæringen av deltakeren"),
                better("kommunen.opplaering.bedre"),
                good("kommunen.oppfolging.bra", "Samarbeidet i kommunen om oppfølgingen av deltakeren"),
                better("kommunen.oppfolging.bedre"),
                good("kommunen.arbeidsgiver.bra", "Samarbeidet i kommunen om oppfølgingen av arbeidsgiver og fadder"),
                better("kommunen.arbeidsgiver.bedre"),
                pick("kommunen.egnet", "Er arbeidsplassen egnet for nye deltakere?", YES_NO),
                text("kommunen.egnet.forbedringer", "Hva bør bli bedre før neste gang?"),
            ],
        },
        Section {
            key: "deltaker",
            title: "Deltakerens vurdering",
            respondent: Respondent::Participant,
            intro: "Deltakeren svarer selv, gjerne med hjelp til å lese spørsmålene.",
            items: &[
                good("deltaker.formal.bra", "Praksisplassen: fikk du gjøre og lære det dere avtalte?"),
                better("deltaker.formal.bedre"),
                good("deltaker.kommunen-opplaering.bra", "Opplæringen fra kommunen"),
                better("deltaker.kommunen-opplaering.bedre"),
                good("deltaker.arbeidsplassen-opplaering.bra", "Opplæringen på arbeidsplassen"),
                better("deltaker.arbeidsplassen-opplaering.bedre"),
                good("deltaker.kommunen-oppfolging.bra", "Oppfølgingen fra kommunen"),
                better("deltaker.kommunen-oppfolging.bedre"),
                good("deltaker.arbeidsplassen-oppfolging.bra", "Oppfølgingen på arbeidsplassen"),
                better("deltaker.arbeidsplassen-oppfolging.bedre"),
                pick("deltaker.egnet", "Er dette et godt sted for andre å ha praksis?", YES_NO),
                text("deltaker.egnet.forbedringer", "Hva bør bli bedre?"),
            ],
        },
        Section {
            key: "arbeidsgiver",
            title: "Arbeidsgiverens vurdering",
            respondent: Respondent::Employer,
            intro: "Arbeidsgiveren vurderer samarbeidet med kommunen og bruken av arbeidsplassen som praksisarena.",
            items: &[
                good("arbeidsgiver.oppfolging-arbeidsgiver.bra", "Kommunens oppfølging av dere som arbeidsgiver"),
                better("arbeidsgiver.oppfolging-arbeidsgiver.bedre"),
                good("arbeidsgiver.opplaering.bra", "Kommunens opplæring av deltakeren"),
                better("arbeidsgiver.opplaering.bedre"),
                good("arbeidsgiver.oppfolging-deltaker.bra", "Kommunens oppfølging av deltakeren"),
                better("arbeidsgiver.oppfolging-deltaker.bedre"),
                pick("arbeidsgiver.videre", "Vil dere være praksisarena igjen?", YES_NO),
                text("arbeidsgiver.videre.forbedringer", "Hva bør bli bedre?"),
            ],
        },
    ],
};

/// An evaluation as the UI and printed forms show it. The UI sends a deleted one back whole to
/// put it back ("Angre").
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Evaluation {
    pub id: Uuid,
    pub placement_id: Uuid,
    pub form: EvaluationForm,
    /// dd.mm.åååå
    pub held_on: String,
    pub present: String,
    /// Item key → the answer: the text, a choice's key, the scale's number, or "ja" for a tick.
    pub answers: BTreeMap<String, String>,
    /// How many of the form's items have an answer.
    pub answered: usize,
    pub total: usize,
    pub created_at: String,
    pub updated_at: String,
}

/// What the store keeps of an evaluation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EvaluationRecord {
    pub id: Uuid,
    pub placement_id: Uuid,
    pub form: EvaluationForm,
    pub held_on: NaiveDate,
    pub present: String,
    pub answers: BTreeMap<String, String>,
    pub created_at: String,
    pub updated_at: String,
}

impl From<EvaluationRecord> for Evaluation {
    fn from(r: EvaluationRecord) -> Evaluation {
        let definition = r.form.definition();
        Evaluation {
            id: r.id,
            placement_id: r.placement_id,
            form: r.form,
            held_on: dates::format_date(r.held_on),
            present: r.present,
            answered: r.answers.len(),
            total: definition.items().count(),
            answers: r.answers,
            created_at: r.created_at,
            updated_at: r.updated_at,
        }
    }
}

/// What the user filled in, as typed: the date as dd.mm.åååå so a bad one is a message at its
/// field; answers by item key, where blank means not answered.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct EvaluationInput {
    pub held_on: String,
    #[serde(default)]
    pub present: String,
    #[serde(default)]
    pub answers: BTreeMap<String, String>,
}

/// The input checked against the form: the first problem is an error at its item's field.
pub struct ValidEvaluation {
    pub held_on: NaiveDate,
    pub present: String,
    pub answers: BTreeMap<String, String>,
}

pub fn validate(
    form: EvaluationForm,
    placement: &Placement,
    input: &EvaluationInput,
) -> Result<ValidEvaluation> {
    let held_on = validate::date("heldOn", "Datoen", &input.held_on)?;
    let today = dates::today();
    if held_on > today {
        return Err(Error::Invalid {
            field: "heldOn",
            message: format!(
                "Evalueringen kan ikke være etter i dag ({}). Skriv datoen samtalen var.",
                dates::format_date(today)
            ),
        });
    }
    if held_on < placement.start_date {
        return Err(Error::Invalid {
            field: "heldOn",
            message: format!(
                "Datoen er før praksisperioden startet ({}).",
                dates::format_date(placement.start_date)
            ),
        });
    }
    let present = validate::optional_text(
        "present",
        "Hvem var med",
        MAX_PRESENT_CHARS,
        Some(&input.present),
    )?
    .unwrap_or_default();
    let definition = form.definition();
    let mut answers = BTreeMap::new();
    for (key, value) in &input.answers {
        let item = definition.item(key).ok_or_else(|| Error::Invalid {
            field: "answers",
            message: format!(
                "Skjema {} har ikke punktet «{key}». Last skjemaet på nytt.",
                definition.tool
            ),
        })?;
        if let Some(answer) = validate_answer(item, value)? {
            answers.insert(item.key.to_string(), answer);
        }
    }
    Ok(ValidEvaluation {
        held_on,
        present,
        answers,
    })
}

/// One answer checked against its item; blank is `None` (not answered).
fn validate_answer(item: &'static Item, value: &str) -> Result<Option<String>> {
    let value = value.trim();
    if value.is_empty() {
        return Ok(None);
    }
    let field = item.key;
    let answer = match item.kind {
        ItemKind::Text => validate::text(field, "Svaret", MAX_ANSWER_CHARS, value)?,
        ItemKind::Choice { options } => {
            let Some(option) = options.iter().find(|o| o.key == value) else {
                let listed: Vec<&str> = options.iter().map(|o| o.label).collect();
                return Err(Error::Invalid {
                    field,
                    message: format!(
                        "Velg et av svarene ({}) på «{}».",
                        listed.join(", "),
                        item.label
                    ),
                });
            };
            option.key.to_string()
        }
        ItemKind::Scale { max } => match value.parse::<u8>() {
            Ok(n) if (1..=max).contains(&n) => n.to_string(),
            _ => {
                return Err(Error::Invalid {
                    field,
                    message: format!("Velg et tall fra 1 til {max}; «{value}» er ikke på skalaen."),
                })
            }
        },
        ItemKind::Check => match value {
            "ja" => "ja".to_string(),
            _ => {
                return Err(Error::Invalid {
                    field,
                    message: format!("«{}» er enten krysset av eller ikke.", item.label),
                })
            }
        },
    };
    Ok(Some(answer))
}

/// The evaluations of a placement, oldest first.
pub fn list(store: &mut Store, placement_id: Uuid) -> Result<Vec<Evaluation>> {
    store.read(|tx| {
        tx.placement(placement_id)?;
        Ok(tx
            .evaluations(placement_id)?
            .into_iter()
            .map(Evaluation::from)
            .collect())
    })
}

pub fn get(store: &mut Store, id: Uuid) -> Result<Evaluation> {
    store.read(|tx| tx.evaluation(id).map(Evaluation::from))
}

pub fn create(
    store: &mut Store,
    placement_id: Uuid,
    form: EvaluationForm,
    input: &EvaluationInput,
) -> Result<Evaluation> {
    store.write(|tx| {
        let placement = tx.placement(placement_id)?;
        let valid = validate(form, &placement, input)?;
        let id = tx.insert_evaluation(placement_id, form, &valid)?;
        tx.evaluation(id).map(Evaluation::from)
    })
}

/// Replaces the date, who was there and every answer, in one go.
pub fn update(store: &mut Store, id: Uuid, input: &EvaluationInput) -> Result<Evaluation> {
    store.write(|tx| {
        let record = tx.evaluation(id)?;
        let placement = tx.placement(record.placement_id)?;
        let valid = validate(record.form, &placement, input)?;
        tx.update_evaluation(id, &valid)?;
        tx.evaluation(id).map(Evaluation::from)
    })
}

/// Deletes an evaluation and returns it whole, so the UI can offer "Angre" with `restore`.
pub fn delete(store: &mut Store, id: Uuid) -> Result<Evaluation> {
    store.write(|tx| {
        let record = tx.evaluation(id)?;
        tx.delete_evaluation(id)?;
        Ok(Evaluation::from(record))
    })
}

/// Puts a deleted evaluation back as it was, with its id.
pub fn restore(store: &mut Store, evaluation: &Evaluation) -> Result<Evaluation> {
    store.write(|tx| {
        let placement = tx.placement(evaluation.placement_id)?;
        let input = EvaluationInput {
            held_on: evaluation.held_on.clone(),
            present: evaluation.present.clone(),
            answers: evaluation.answers.clone(),
        };
        let valid = validate(evaluation.form, &placement, &input)?;
        tx.restore_evaluation(evaluation.id, placement.id, evaluation.form, &valid)?;
        tx.evaluation(evaluation.id).map(Evaluation::from)
    })
}

/// The item of 7.4 where the municipality says whether the workplace takes new participants,
/// and the one where it says what should get better: the employer's *Egnethet* and its reason.
pub const VERDICT_ITEM: &str = "kommunen.egnet";
pub const VERDICT_REASON_ITEM: &str = "kommunen.egnet.forbedringer";

/// Carries the municipality's verdict in a final evaluation over to the employer of the
/// placement as its suitability for new participants, dated the day of the evaluation, with
/// what should get better as the reason (shortened to what the employer's reason holds).
pub fn apply_suitability(store: &mut Store, id: Uuid) -> Result<crate::employers::Employer> {
    use crate::employers::{self, SuitabilityInput, MAX_REASON_CHARS};
    store.write(|tx| {
        let record = tx.evaluation(id)?;
        if record.form != EvaluationForm::Final {
            return Err(Error::Refused {
                message: "Det er sluttevalueringen (7.4) som sier om arbeidsplassen er egnet for nye deltakere.".into(),
            });
        }
        let placement = tx.placement(record.placement_id)?;
        let Some(employer) = placement.employer_id else {
            return Err(Error::Refused {
                message: format!(
                    "Praksisplassen hos {} er ikke knyttet til en arbeidsgiver i registeret. Knytt den til arbeidsgiveren under Deltakere først.",
                    placement.workplace
                ),
            });
        };
        let Some(verdict) = record.answers.get(VERDICT_ITEM) else {
            return Err(Error::Invalid {
                field: VERDICT_ITEM,
                message: "Svar på om arbeidsplassen er egnet for nye deltakere først.".into(),
            });
        };
        let suitable = verdict == "ja";
        let reason = record
            .answers
            .get(VERDICT_REASON_ITEM)
            .map(|r| shortened(r, MAX_REASON_CHARS))
            .unwrap_or_default();
        if !suitable && reason.is_empty() {
            return Err(Error::Invalid {
                field: VERDICT_REASON_ITEM,
                message: "Skriv hva som bør bli bedre: det blir begrunnelsen hos arbeidsgiveren.".into(),
            });
        }
        let (suitable, assessed_on, reason) = employers::valid_suitability(&SuitabilityInput {
            suitable,
            assessed_on: dates::format_date(record.held_on),
            reason,
        })?;
        employers::record_suitability(tx, employer, suitable, assessed_on, &reason)
    })
}

/// `text` cut to at most `max` characters, ending in "…" when cut.
fn shortened(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        return text.to_string();
    }
    let mut cut: String = text.chars().take(max - 1).collect();
    cut.push('…');
    cut
}

/// How many evaluations a placement has, for refusing to delete what they belong to.
pub(crate) fn count_for(tx: &Tx, placement_id: Uuid) -> Result<usize> {
    tx.placement_evaluation_count(placement_id)
}

/// Everything a printed evaluation shows.
#[derive(Debug, Clone)]
pub struct EvaluationSheet {
    pub municipality: String,
    pub printed_on: NaiveDate,
    pub definition: &'static FormDefinition,
    /// The name, or the initials when the participant asked for that.
    pub participant: String,
    pub workplace: String,
    pub mentor: String,
    pub adviser: String,
    /// "01.02.2027–30.06.2027"
    pub period: String,
    /// `None` on a blank form for filling in by hand.
    pub evaluation: Option<Evaluation>,
}

/// The form filled in as saved.
pub fn print(store: &mut Store, id: Uuid) -> Result<Vec<u8>> {
    let sheet = store.read(|tx| {
        let evaluation = Evaluation::from(tx.evaluation(id)?);
        sheet_for(
            tx,
            evaluation.placement_id,
            evaluation.form,
            Some(evaluation),
        )
    })?;
    crate::pdf::evaluering::render(&sheet)
}

/// The form with the placement's names and empty answers, to be filled in by hand.
pub fn print_blank(store: &mut Store, placement_id: Uuid, form: EvaluationForm) -> Result<Vec<u8>> {
    let sheet = store.read(|tx| sheet_for(tx, placement_id, form, None))?;
    crate::pdf::evaluering::render(&sheet)
}

pub fn print_to(store: &mut Store, id: Uuid, path: &std::path::Path) -> Result<()> {
    let bytes = print(store, id)?;
    crate::pdf::write_file(path, &bytes)
}

pub fn print_blank_to(
    store: &mut Store,
    placement_id: Uuid,
    form: EvaluationForm,
    path: &std::path::Path,
) -> Result<()> {
    let bytes = print_blank(store, placement_id, form)?;
    crate::pdf::write_file(path, &bytes)
}

fn sheet_for(
    tx: &Tx,
    placement_id: Uuid,
    form: EvaluationForm,
    evaluation: Option<Evaluation>,
) -> Result<EvaluationSheet> {
    let placement = tx.placement(placement_id)?;
    let participant = tx.participant(placement.participant_id)?;
    Ok(EvaluationSheet {
        municipality: settings::read(tx)?.municipality,
        printed_on: dates::today(),
        definition: form.definition(),
        participant: participant.printed_name,
        workplace: placement.workplace.clone(),
        mentor: placement.mentor_name.clone(),
        adviser: participant.adviser_name.unwrap_or_default(),
        period: format!(
            "{}–{}",
            dates::format_date(placement.start_date),
            dates::format_date(placement.end_date)
        ),
        evaluation,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    #[test]
    fn every_item_key_is_unique_and_starts_with_its_section() {
        for form in EvaluationForm::ALL {
            let def = form.definition();
            let mut seen = HashSet::new();
            for section in def.sections {
                for item in section.items {
                    assert!(seen.insert(item.key), "{} twice in {}", item.key, def.tool);
                    assert!(
                        item.key.starts_with(&format!("{}.", section.key)),
                        "{} outside {}",
                        item.key,
                        section.key
                    );
                }
            }
        }
    }

    #[test]
    fn every_topic_of_the_final_evaluation_asks_what_was_good_and_what_can_be_better() {
        let items: Vec<&Item> = FINAL.items().collect();
        for (i, item) in items.iter().enumerate() {
            if item.topic.is_some() {
                assert_eq!(item.label, "Hva var bra?");
                assert_eq!(items[i + 1].label, "Hva kan bli bedre?");
            }
        }
        assert_eq!(items.iter().filter(|i| i.topic.is_some()).count(), 12);
    }

    #[test]
    fn the_municipalitys_verdict_in_7_4_is_a_yes_or_no_with_a_text_for_the_reason() {
        let verdict = FINAL.item(VERDICT_ITEM).unwrap();
        assert_eq!(verdict.kind, ItemKind::Choice { options: YES_NO });
        assert_eq!(
            FINAL.item(VERDICT_REASON_ITEM).unwrap().kind,
            ItemKind::Text
        );
    }

    #[test]
    fn forms_are_named_by_the_handbooks_numbers() {
        assert_eq!(
            EvaluationForm::from_key("6.5").unwrap(),
            EvaluationForm::FollowUp
        );
        assert_eq!(
            EvaluationForm::from_key(" 7.4 ").unwrap(),
            EvaluationForm::Final
        );
        let err = EvaluationForm::from_key("6.4").unwrap_err();
        assert_eq!(err.field(), Some("form"));
        assert!(err.to_string().contains("«6.4» er ikke et av skjemaene"));
    }
}
