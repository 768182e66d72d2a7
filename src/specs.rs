//! Requirement specifications (kravspesifikasjoner): what an employer requires of a participant
//! for one position before the placement starts, in trade knowledge, basic skills, language,
//! personal qualities, HMS and certificates, each requirement a "må" or a "bør". A specification
//! is agreed with the employer in numbered versions: editing an agreed version makes the next one,
//! and the old stays readable and printable. From a specification the municipality makes or
//! aligns a plan template, and sees which requirements no task of the template covers yet.

use std::collections::{HashMap, HashSet};

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::criteria::{CefrLevel, Criterion, LanguageRequirement, Skill};
use crate::employers::Employer;
use crate::error::{Error, GoneAt, Result};
use crate::outline::{OutlineKind, Phase, Task, MAX_PHASES, MAX_TASK_CHARS};
use crate::store::{Store, Tx};
use crate::templates::{self, Template};
use crate::{dates, settings, validate};

/// A requirement is one line of a printed table cell or two; longer belongs in the notes.
pub const MAX_REQUIREMENT_CHARS: usize = MAX_TASK_CHARS;

/// The example specifications shipped with Stegvis, one per line of work of the example templates.
pub const EXAMPLE_FILES: [(&str, &str); 6] = [
    ("butikk", include_str!("../assets/specs/butikk.txt")),
    (
        "helse-og-omsorg",
        include_str!("../assets/specs/helse-og-omsorg.txt"),
    ),
    ("barnehage", include_str!("../assets/specs/barnehage.txt")),
    ("renhold", include_str!("../assets/specs/renhold.txt")),
    ("kjokken", include_str!("../assets/specs/kjokken.txt")),
    ("lager", include_str!("../assets/specs/lager.txt")),
];

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum RequirementGroup {
    Work,
    BasicSkills,
    Language,
    Personal,
    Safety,
    Certificates,
}

impl RequirementGroup {
    /// In the order the specification is read and printed.
    pub const ALL: [RequirementGroup; 6] = [
        RequirementGroup::Work,
        RequirementGroup::BasicSkills,
        RequirementGroup::Language,
        RequirementGroup::Personal,
        RequirementGroup::Safety,
        RequirementGroup::Certificates,
    ];

    pub fn key(self) -> &'static str {
        match self {
            RequirementGroup::Work => "arbeid",
            RequirementGroup::BasicSkills => "grunnleggende",
            RequirementGroup::Language => "sprak",
            RequirementGroup::Personal => "personlig",
            RequirementGroup::Safety => "hms",
            RequirementGroup::Certificates => "sertifikat",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            RequirementGroup::Work => "Arbeidsoppgaver og fagkunnskap",
            RequirementGroup::BasicSkills => "Grunnleggende ferdigheter",
            RequirementGroup::Language => "Språkkrav",
            RequirementGroup::Personal => "Personlige egenskaper",
            RequirementGroup::Safety => "HMS, hygiene, arbeidstøy og arbeidslivets regler",
            RequirementGroup::Certificates => "Sertifikater og kurs",
        }
    }

    pub fn from_key(key: &str) -> Option<RequirementGroup> {
        RequirementGroup::ALL.into_iter().find(|g| g.key() == key)
    }

    /// The measuring point of a training plan task made from a requirement of this group.
    fn criterion(self, skill: Option<&str>) -> Criterion {
        match self {
            RequirementGroup::Personal => Criterion::Suitability,
            RequirementGroup::Language => Criterion::Language,
            RequirementGroup::BasicSkills => match skill {
                Some("regning") | Some("digitale") => Criterion::Performance,
                _ => Criterion::Language,
            },
            _ => Criterion::Performance,
        }
    }
}

/// The five basic skills (grunnleggende ferdigheter) of Kompetanse Norge's job profiles.
pub const BASIC_SKILLS: [(&str, &str); 5] = [
    ("lesing", "Lesing"),
    ("skriving", "Skriving"),
    ("muntlig", "Muntlige ferdigheter"),
    ("regning", "Regning"),
    ("digitale", "Digitale ferdigheter"),
];

/// The skills a language requirement may name; the key is what is stored.
pub fn language_skill(key: &str) -> Option<Skill> {
    Skill::ALL.into_iter().find(|s| s.label() == key)
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum Need {
    /// Must be met before the placement starts (or by the phase named).
    Must,
    Should,
}

impl Need {
    pub fn key(self) -> &'static str {
        match self {
            Need::Must => "ma",
            Need::Should => "bor",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Need::Must => "Må",
            Need::Should => "Bør",
        }
    }

    pub fn from_key(key: &str) -> Option<Need> {
        match key {
            "ma" | "må" => Some(Need::Must),
            "bor" | "bør" => Some(Need::Should),
            _ => None,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Requirement {
    pub id: Uuid,
    /// The same in every version of this requirement.
    pub lineage: Uuid,
    pub group: RequirementGroup,
    /// For basic skills `lesing` … `digitale`; for language `lytte`, `lese`, `muntlig`, `skrive`,
    /// or none for an overall level.
    pub skill: Option<String>,
    /// Language requirements only.
    pub cefr: Option<CefrLevel>,
    /// What the job needs; may be empty on a language requirement.
    pub text: String,
    pub need: Need,
    /// The phase of the training plan by which it must be met; without one, a "må" is needed
    /// before the start and a "bør" some time during the placement (see `deadline`).
    pub by_phase: Option<u8>,
}

impl Requirement {
    /// The skill as the user reads it ("Lesing", "lese"), if the requirement names one.
    pub fn skill_label(&self) -> Option<&'static str> {
        let key = self.skill.as_deref()?;
        match self.group {
            RequirementGroup::BasicSkills => BASIC_SKILLS
                .iter()
                .find(|(k, _)| *k == key)
                .map(|(_, l)| *l),
            RequirementGroup::Language => language_skill(key).map(Skill::label),
            _ => None,
        }
    }

    /// By when it must be met, as printed: "Fase 2"; without a phase a "må" is needed before the
    /// start and a "bør" some time during the placement.
    pub fn deadline(&self) -> String {
        match (self.by_phase, self.need) {
            (Some(n), _) => format!("Fase {n}"),
            (None, Need::Must) => "Før start".into(),
            (None, Need::Should) => "Underveis".into(),
        }
    }

    /// One line, as listed in coverage and printed: "Lese: A2 – etiketter og datostempling",
    /// "Regning: telle varer og veie frukt", "Vite hva en butikkmedarbeider gjør".
    pub fn describe(&self) -> String {
        let mut line = match (self.group, self.skill_label(), self.cefr) {
            (RequirementGroup::Language, skill, Some(level)) => {
                let skill = skill.map(capitalise).unwrap_or_else(|| "Samlet".into());
                format!("{skill}: {}", level.code())
            }
            (_, Some(skill), _) => skill.to_owned(),
            _ => String::new(),
        };
        if !self.text.is_empty() {
            if line.is_empty() {
                line = self.text.clone();
            } else if self.group == RequirementGroup::Language {
                line = format!("{line} – {}", self.text);
            } else {
                line = format!("{line}: {}", self.text);
            }
        }
        line
    }
}

fn capitalise(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// A requirement as the user writes it: keys and levels as text, so a wrong one is a message at
/// its field.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct RequirementInput {
    pub group: String,
    pub skill: Option<String>,
    pub cefr: Option<String>,
    #[serde(default)]
    pub text: String,
    /// `ma` or `bor`.
    pub need: String,
    pub by_phase: Option<i64>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ValidRequirement {
    pub group: RequirementGroup,
    pub skill: Option<String>,
    pub cefr: Option<CefrLevel>,
    pub text: String,
    pub need: Need,
    pub by_phase: Option<u8>,
}

pub fn valid_requirement(input: &RequirementInput) -> Result<ValidRequirement> {
    let group = RequirementGroup::from_key(input.group.trim()).ok_or_else(|| Error::Invalid {
        field: "group",
        message: format!("«{}» er ikke en gruppe av krav.", input.group.trim()),
    })?;
    let skill = input
        .skill
        .as_deref()
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_owned);
    let skill = match group {
        RequirementGroup::BasicSkills => match skill {
            Some(s) if BASIC_SKILLS.iter().any(|(k, _)| *k == s) => Some(s),
            _ => {
                return Err(Error::Invalid {
                    field: "skill",
                    message: "Velg hvilken grunnleggende ferdighet kravet gjelder: lesing, skriving, \
                              muntlige ferdigheter, regning eller digitale ferdigheter."
                        .into(),
                })
            }
        },
        RequirementGroup::Language => match skill {
            None => None,
            Some(s) if language_skill(&s).is_some() => Some(s),
            Some(s) => {
                return Err(Error::Invalid {
                    field: "skill",
                    message: format!(
                        "«{s}» er ikke en språkferdighet. Velg lytte, lese, muntlig, skrive eller samlet."
                    ),
                })
            }
        },
        _ => None,
    };
    let cefr = if group == RequirementGroup::Language {
        match CefrLevel::parse_optional("cefr", input.cefr.as_deref())? {
            Some(level) => Some(level),
            None => {
                return Err(Error::Empty {
                    field: "cefr",
                    field_label: "Språknivå",
                })
            }
        }
    } else {
        None
    };
    let text = if group == RequirementGroup::Language {
        validate::optional_text("text", "Krav", MAX_REQUIREMENT_CHARS, Some(&input.text))?
            .unwrap_or_default()
    } else {
        validate::text("text", "Krav", MAX_REQUIREMENT_CHARS, &input.text)?
    };
    let need = Need::from_key(input.need.trim()).ok_or_else(|| Error::Invalid {
        field: "need",
        message: "Velg om kravet er et «må» eller et «bør».".into(),
    })?;
    let by_phase = match input.by_phase {
        None => None,
        Some(n @ 1..=6) => Some(n as u8),
        Some(_) => {
            return Err(Error::Invalid {
                field: "byPhase",
                message: format!("Velg en fase fra 1 til {MAX_PHASES}, eller «før start»."),
            })
        }
    };
    Ok(ValidRequirement {
        group,
        skill,
        cefr,
        text,
        need,
        by_phase,
    })
}

/// One version of a specification, with its requirements in group order.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct SpecVersion {
    pub id: Uuid,
    pub number: u32,
    pub agreed_on: Option<NaiveDate>,
    /// Who at the employer it was agreed with.
    pub agreed_with: Option<String>,
    /// Who at the municipality recorded the agreement.
    pub agreed_by: Option<String>,
    pub is_latest: bool,
    /// Placements made against this version.
    pub placement_count: usize,
    pub requirements: Vec<Requirement>,
    pub created_at: String,
}

/// A version as listed beside the one shown.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct VersionSummary {
    pub id: Uuid,
    pub number: u32,
    pub agreed_on: Option<NaiveDate>,
    pub agreed_with: Option<String>,
    pub placement_count: usize,
    pub requirement_count: usize,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Spec {
    pub id: Uuid,
    pub employer_id: Uuid,
    pub employer_name: String,
    /// The position it is for, e.g. "Butikkmedarbeider".
    pub position: String,
    /// All versions, oldest first.
    pub versions: Vec<VersionSummary>,
    /// The version asked for (the latest unless another was named).
    pub version: SpecVersion,
    pub created_at: String,
    pub updated_at: String,
}

/// One row of a list of specifications.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct SpecSummary {
    pub id: Uuid,
    pub employer_id: Uuid,
    pub employer_name: String,
    pub position: String,
    pub latest_version: u32,
    /// When the latest version was agreed; `None` while it is a draft.
    pub latest_agreed_on: Option<NaiveDate>,
    /// The newest agreed version, if any (placements can be made against it).
    pub agreed_version: Option<u32>,
    pub agreed_version_id: Option<Uuid>,
    pub requirement_count: usize,
    pub must_count: usize,
    pub updated_at: String,
}

/// How a new specification starts: empty, from a shipped example, or as a copy of another
/// specification (its latest version).
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct NewSpecInput {
    pub employer_id: Option<Uuid>,
    pub position: String,
    /// The key of an example (`butikk` …).
    pub example: Option<String>,
    pub copy_of: Option<Uuid>,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct AgreementInput {
    /// dd.mm.åååå
    pub agreed_on: String,
    pub agreed_with: String,
}

/// A removed requirement as it was, so that "Angre" puts it back in its place with its lineage.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct RemovedRequirement {
    /// 0-based, within its group.
    pub position: usize,
    pub requirement: Requirement,
}

/// A shipped example, as read from its file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ExampleSpec {
    pub key: String,
    pub position: String,
    pub trade: String,
    #[serde(skip)]
    pub requirements: Vec<ValidRequirement>,
    pub requirement_count: usize,
}

/// Reads an example specification file (format in `assets/specs/README.md`). A wrong line is
/// reported with its number.
pub fn parse_example(key: &str, text: &str) -> Result<ExampleSpec> {
    let mut position = None;
    let mut trade = None;
    let mut requirements = Vec::new();
    for (index, raw) in text.lines().enumerate() {
        let line = raw.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let bad = |message: String| Error::Invalid {
            field: "file",
            message: format!("Linje {}: {message}", index + 1),
        };
        let (word, rest) = line
            .split_once(':')
            .ok_or_else(|| bad(format!("mangler «:» i «{line}».")))?;
        let rest = rest.trim();
        match word.trim() {
            "stilling" => position = Some(rest.to_owned()),
            "bransje" => trade = Some(rest.to_owned()),
            group_word => {
                let group = match group_word {
                    "språk" => RequirementGroup::Language,
                    other => RequirementGroup::from_key(other)
                        .ok_or_else(|| bad(format!("«{other}» er ikke en gruppe av krav.")))?,
                };
                let (details, text) = match rest.split_once('|') {
                    Some((d, t)) => (d.trim(), t.trim()),
                    None => (rest, ""),
                };
                let mut input = RequirementInput {
                    group: group.key().into(),
                    text: text.into(),
                    ..Default::default()
                };
                let mut words = details.split_whitespace().peekable();
                while let Some(w) = words.next() {
                    match w {
                        "må" | "ma" => input.need = "ma".into(),
                        "bør" | "bor" => input.need = "bor".into(),
                        "fase" => {
                            let n = words
                                .next()
                                .and_then(|n| n.parse().ok())
                                .ok_or_else(|| bad("«fase» må følges av et tall.".into()))?;
                            input.by_phase = Some(n);
                        }
                        level if CefrLevel::parse("cefr", level).is_ok() => {
                            input.cefr = Some(level.into())
                        }
                        skill => input.skill = Some(skill.into()),
                    }
                }
                let valid = valid_requirement(&input).map_err(|e| bad(e.to_string()))?;
                requirements.push(valid);
            }
        }
    }
    let position = position.ok_or_else(|| Error::Invalid {
        field: "file",
        message: "Eksempelet mangler «stilling:».".into(),
    })?;
    Ok(ExampleSpec {
        key: key.to_owned(),
        trade: trade.unwrap_or_default(),
        position,
        requirement_count: requirements.len(),
        requirements,
    })
}

/// The shipped examples, for the "Ny kravspesifikasjon" dialog.
pub fn examples() -> Result<Vec<ExampleSpec>> {
    EXAMPLE_FILES
        .iter()
        .map(|(key, text)| parse_example(key, text))
        .collect()
}

fn example(key: &str) -> Result<ExampleSpec> {
    let text = EXAMPLE_FILES
        .iter()
        .find(|(k, _)| *k == key)
        .map(|(_, text)| *text)
        .ok_or_else(|| Error::Invalid {
            field: "example",
            message: format!("Det finnes ikke noe eksempel som heter «{key}»."),
        })?;
    parse_example(key, text)
}

pub fn list(store: &mut Store, employer: Option<Uuid>) -> Result<Vec<SpecSummary>> {
    store.read(|tx| tx.spec_summaries(employer))
}

pub(crate) fn load(tx: &Tx, id: Uuid, version: Option<u32>) -> Result<Spec> {
    let (employer_id, employer_name, position, created_at, updated_at) = tx.spec_record(id)?;
    let versions = tx.spec_versions(id)?;
    let latest = versions.last().map(|v| v.number).unwrap_or(1);
    let wanted = version.unwrap_or(latest);
    let summary = versions
        .iter()
        .find(|v| v.number == wanted)
        .ok_or_else(|| Error::Invalid {
            field: "version",
            message: format!(
                "Kravspesifikasjonen har ikke versjon {wanted}. Velg en versjon fra 1 til {latest}."
            ),
        })?;
    let version = tx.spec_version(summary.id, latest)?;
    Ok(Spec {
        id,
        employer_id,
        employer_name,
        position,
        versions,
        version,
        created_at,
        updated_at,
    })
}

pub fn get(store: &mut Store, id: Uuid, version: Option<u32>) -> Result<Spec> {
    store.read(|tx| load(tx, id, version))
}

fn valid_position(text: &str) -> Result<String> {
    validate::name("position", "Stilling", text)
}

pub fn create(store: &mut Store, input: &NewSpecInput) -> Result<Spec> {
    let employer_id = input.employer_id.ok_or(Error::Empty {
        field: "employer",
        field_label: "Arbeidsgiver",
    })?;
    let position = valid_position(&input.position)?;
    let example = match input.example.as_deref().filter(|e| !e.is_empty()) {
        Some(key) => Some(example(key)?),
        None => None,
    };
    store.write(|tx| {
        tx.employer_name(employer_id).gone_at(
            "employer",
            "Arbeidsgiveren finnes ikke lenger. Velg en annen.",
        )?;
        let requirements: Vec<ValidRequirement> = match (&example, input.copy_of) {
            (Some(example), _) => example.requirements.clone(),
            (None, Some(source)) => {
                let source = load(tx, source, None).gone_at(
                    "copyOf",
                    "Kravspesifikasjonen du ville kopiere, finnes ikke lenger.",
                )?;
                source.version.requirements.iter().map(as_valid).collect()
            }
            (None, None) => Vec::new(),
        };
        let id = Uuid::new_v4();
        tx.insert_spec(id, employer_id, &position)?;
        let version = Uuid::new_v4();
        tx.insert_spec_version(version, id, 1)?;
        let mut positions: HashMap<RequirementGroup, usize> = HashMap::new();
        for requirement in &requirements {
            let position = positions.entry(requirement.group).or_default();
            tx.insert_requirement(
                Uuid::new_v4(),
                version,
                Uuid::new_v4(),
                *position,
                requirement,
            )?;
            *position += 1;
        }
        load(tx, id, None)
    })
}

fn as_valid(r: &Requirement) -> ValidRequirement {
    ValidRequirement {
        group: r.group,
        skill: r.skill.clone(),
        cefr: r.cefr,
        text: r.text.clone(),
        need: r.need,
        by_phase: r.by_phase,
    }
}

pub fn rename(store: &mut Store, id: Uuid, position: &str) -> Result<Spec> {
    let position = valid_position(position)?;
    store.write(|tx| {
        tx.spec_record(id)?;
        tx.update_spec_position(id, &position)?;
        load(tx, id, None)
    })
}

/// Deletes a specification with all its versions; refused when a placement was made against one
/// of them, since the agreement must keep saying what was agreed.
pub fn delete(store: &mut Store, id: Uuid) -> Result<()> {
    store.write(|tx| {
        let spec = load(tx, id, None)?;
        let placements: usize = spec.versions.iter().map(|v| v.placement_count).sum();
        if placements > 0 {
            return Err(Error::Refused {
                message: format!(
                    "{} praksisavtale{} er laget etter denne kravspesifikasjonen, så den kan ikke slettes.",
                    placements,
                    if placements == 1 { "" } else { "r" }
                ),
            });
        }
        tx.delete_spec(id)
    })
}

/// The version edits go into: the latest, if it is still a draft; otherwise a new version copied
/// from it (same lineages), which then becomes the latest.
fn editable_version(tx: &Tx, spec: Uuid) -> Result<Uuid> {
    let versions = tx.spec_versions(spec)?;
    let latest = versions.last().ok_or_else(|| Error::NotFound {
        what: "kravspesifikasjonen",
        id: spec.to_string(),
    })?;
    if latest.agreed_on.is_none() {
        return Ok(latest.id);
    }
    let copy = Uuid::new_v4();
    tx.insert_spec_version(copy, spec, latest.number + 1)?;
    for requirement in tx.requirements(latest.id)? {
        let position = tx.requirement_position(requirement.id)?;
        tx.insert_requirement(
            Uuid::new_v4(),
            copy,
            requirement.lineage,
            position,
            &as_valid(&requirement),
        )?;
    }
    Ok(copy)
}

/// Finds a requirement the user picked and the editable version's row of it; an edit of an older
/// version than the latest is refused.
fn editable_requirement(tx: &Tx, requirement: Uuid) -> Result<(Uuid, Uuid)> {
    let (spec, version_number, lineage) = tx.requirement_home(requirement)?;
    let latest = tx
        .spec_versions(spec)?
        .last()
        .map(|v| v.number)
        .unwrap_or(version_number);
    if version_number != latest {
        return Err(Error::Refused {
            message: format!(
                "Versjon {version_number} er erstattet av versjon {latest}. Endringer gjøres i den nyeste versjonen."
            ),
        });
    }
    let version = editable_version(tx, spec)?;
    let row = tx.requirement_in_version(version, lineage)?;
    Ok((spec, row))
}

pub fn add_requirement(store: &mut Store, spec: Uuid, input: &RequirementInput) -> Result<Spec> {
    let valid = valid_requirement(input)?;
    store.write(|tx| {
        tx.spec_record(spec)?;
        let version = editable_version(tx, spec)?;
        let position = tx.group_size(version, valid.group)?;
        tx.insert_requirement(Uuid::new_v4(), version, Uuid::new_v4(), position, &valid)?;
        tx.touch_spec(spec)?;
        load(tx, spec, None)
    })
}

pub fn update_requirement(
    store: &mut Store,
    requirement: Uuid,
    input: &RequirementInput,
) -> Result<Spec> {
    let valid = valid_requirement(input)?;
    store.write(|tx| {
        let (spec, row) = editable_requirement(tx, requirement)?;
        tx.update_requirement(row, &valid)?;
        tx.touch_spec(spec)?;
        load(tx, spec, None)
    })
}

/// Moves a requirement to `to` (0-based) within its group.
pub fn move_requirement(store: &mut Store, requirement: Uuid, to: usize) -> Result<Spec> {
    store.write(|tx| {
        let (spec, row) = editable_requirement(tx, requirement)?;
        tx.move_requirement(row, to)?;
        tx.touch_spec(spec)?;
        load(tx, spec, None)
    })
}

/// Removes a requirement; the returned copy lets "Angre" put it back.
pub fn remove_requirement(
    store: &mut Store,
    requirement: Uuid,
) -> Result<(Spec, RemovedRequirement)> {
    store.write(|tx| {
        let (spec, row) = editable_requirement(tx, requirement)?;
        let removed = RemovedRequirement {
            position: tx.requirement_position(row)?,
            requirement: tx.requirement(row)?,
        };
        tx.remove_requirement_row(row)?;
        tx.touch_spec(spec)?;
        Ok((load(tx, spec, None)?, removed))
    })
}

/// Puts a removed requirement back where it was, in the latest version.
pub fn restore_requirement(
    store: &mut Store,
    spec: Uuid,
    removed: &RemovedRequirement,
) -> Result<Spec> {
    let valid = as_valid(&removed.requirement);
    store.write(|tx| {
        tx.spec_record(spec)?;
        let version = editable_version(tx, spec)?;
        let size = tx.group_size(version, valid.group)?;
        tx.insert_requirement(
            Uuid::new_v4(),
            version,
            removed.requirement.lineage,
            size,
            &valid,
        )?;
        let row = tx.requirement_in_version(version, removed.requirement.lineage)?;
        tx.move_requirement(row, removed.position.min(size))?;
        tx.touch_spec(spec)?;
        load(tx, spec, None)
    })
}

/// Records that the latest version was agreed with the employer. From then on it is never
/// changed: the next edit makes a new version.
pub fn agree(store: &mut Store, spec: Uuid, input: &AgreementInput) -> Result<Spec> {
    let agreed_on = validate::date("agreedOn", "Dato for avtalen", &input.agreed_on)?;
    if agreed_on > dates::today() {
        return Err(Error::Invalid {
            field: "agreedOn",
            message: "Avtalen kan ikke være datert fram i tid.".into(),
        });
    }
    let agreed_with = validate::name("agreedWith", "Avtalt med", &input.agreed_with)?;
    store.write(|tx| {
        let current = load(tx, spec, None)?;
        let version = &current.version;
        if version.agreed_on.is_some() {
            return Err(Error::Refused {
                message: format!(
                    "Versjon {} er allerede avtalt. Endre kravene først, så blir det en ny versjon å avtale.",
                    version.number
                ),
            });
        }
        if version.requirements.is_empty() {
            return Err(Error::Refused {
                message: "Kravspesifikasjonen har ingen krav ennå. Skriv inn kravene før den avtales."
                    .into(),
            });
        }
        if let Some(previous) = current.versions.iter().rev().nth(1) {
            if previous.agreed_on.is_some_and(|d| agreed_on < d) {
                return Err(Error::Invalid {
                    field: "agreedOn",
                    message: format!(
                        "Versjon {} ble avtalt {}. Den nye versjonen kan ikke være avtalt før det.",
                        previous.number,
                        dates::format_date(previous.agreed_on.expect("checked"))
                    ),
                });
            }
        }
        let by = settings::current_user(tx)?.map(|(_, name)| name);
        tx.set_agreement(version.id, Some((agreed_on, &agreed_with, by.as_deref())))?;
        tx.touch_spec(spec)?;
        load(tx, spec, None)
    })
}

/// Takes back the agreement of the latest version ("Angre"), as long as no placement was made
/// against it.
pub fn withdraw_agreement(store: &mut Store, spec: Uuid) -> Result<Spec> {
    store.write(|tx| {
        let current = load(tx, spec, None)?;
        let version = &current.version;
        if version.agreed_on.is_none() {
            return Err(Error::Refused {
                message: format!("Versjon {} er ikke avtalt.", version.number),
            });
        }
        if version.placement_count > 0 {
            return Err(Error::Refused {
                message: format!(
                    "Det er laget praksisavtaler etter versjon {}, så avtalen kan ikke trekkes tilbake.",
                    version.number
                ),
            });
        }
        tx.set_agreement(version.id, None)?;
        tx.touch_spec(spec)?;
        load(tx, spec, None)
    })
}

/// Throws away the changes of an unagreed latest version, going back to the agreed one before it.
pub fn discard_draft(store: &mut Store, spec: Uuid) -> Result<Spec> {
    store.write(|tx| {
        let current = load(tx, spec, None)?;
        if current.version.agreed_on.is_some() || current.versions.len() < 2 {
            return Err(Error::Refused {
                message: "Det er ingen ny versjon å forkaste.".into(),
            });
        }
        tx.delete_spec_version(current.version.id)?;
        tx.touch_spec(spec)?;
        load(tx, spec, None)
    })
}

/// How far a template meets a specification: for each requirement, what in the template covers it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Coverage {
    pub spec_id: Uuid,
    pub version: u32,
    pub template_id: Uuid,
    pub template_name: String,
    pub template_is_example: bool,
    pub items: Vec<CoverageItem>,
    /// "Må" requirements nothing in the template covers.
    pub uncovered_must: usize,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct CoverageItem {
    pub requirement: Requirement,
    pub description: String,
    /// E.g. "Fase 1: Fyller på varer i hyllene." or "Fase 2: språkkrav lese A2"; empty if uncovered.
    pub covered_by: Vec<String>,
}

fn normalised(text: &str) -> String {
    text.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .trim_end_matches('.')
        .to_lowercase()
}

/// The phases a requirement may be met in: up to the one it names; a "må" that names none is
/// needed from the start, so only phase 1; a "bør" that names none, any phase.
fn phase_limit(requirement: &Requirement, phase_count: usize) -> usize {
    match (requirement.by_phase, requirement.need) {
        (Some(n), _) => usize::from(n).min(phase_count),
        (None, Need::Must) => phase_count.min(1),
        (None, Need::Should) => phase_count,
    }
}

/// What covers each requirement: a language requirement, a phase whose level for that skill (or
/// overall) is at least the level asked for; any other, a task made from it (`links`) or worded
/// the same, in a phase no later than the one the requirement names.
pub fn cover(
    requirements: &[Requirement],
    phases: &[Phase],
    links: &HashMap<Uuid, HashSet<Uuid>>,
) -> Vec<CoverageItem> {
    requirements
        .iter()
        .map(|r| {
            let limit = phase_limit(r, phases.len());
            let mut covered_by = Vec::new();
            for phase in phases.iter().take(limit) {
                if r.group == RequirementGroup::Language {
                    let skill = r.skill.as_deref().and_then(language_skill);
                    let level = match skill {
                        Some(s) => phase.language.skill(s).or(phase.language.overall),
                        None => phase.language.overall,
                    };
                    if let (Some(have), Some(want)) = (level, r.cefr) {
                        if have >= want {
                            let what = skill.map(Skill::label).unwrap_or("samlet");
                            covered_by.push(format!(
                                "Fase {}: språkkrav {what} {}",
                                phase.number,
                                have.code()
                            ));
                        }
                    }
                } else {
                    for task in &phase.tasks {
                        let linked = links.get(&task.id).is_some_and(|l| l.contains(&r.lineage));
                        let same = normalised(&task.text);
                        if linked
                            || same == normalised(&r.text)
                            || same == normalised(&r.describe())
                        {
                            covered_by.push(format!("Fase {}: {}", phase.number, task.text));
                        }
                    }
                }
            }
            CoverageItem {
                description: r.describe(),
                requirement: r.clone(),
                covered_by,
            }
        })
        .collect()
}

fn coverage_in(tx: &Tx, spec: Uuid, version: Option<u32>, template: Uuid) -> Result<Coverage> {
    let spec = load(tx, spec, version)?;
    let template = templates::load(tx, template)
        .gone_at("template", "Malen finnes ikke lenger. Velg en annen.")?;
    let links = tx.template_requirement_links(template.id)?;
    let items = cover(&spec.version.requirements, &template.phases, &links);
    Ok(Coverage {
        spec_id: spec.id,
        version: spec.version.number,
        template_id: template.id,
        template_name: template.name,
        template_is_example: template.is_example,
        uncovered_must: items
            .iter()
            .filter(|i| i.requirement.need == Need::Must && i.covered_by.is_empty())
            .count(),
        items,
    })
}

pub fn coverage(
    store: &mut Store,
    spec: Uuid,
    version: Option<u32>,
    template: Uuid,
) -> Result<Coverage> {
    store.read(|tx| coverage_in(tx, spec, version, template))
}

/// The phase (0-based) a requirement is put in when a template is made or aligned: the one it
/// names, else the first for a "må" (needed from the start) and the last for a "bør".
fn target_phase(r: &Requirement, phase_count: usize) -> usize {
    let last = phase_count.saturating_sub(1);
    match (r.by_phase, r.need) {
        (Some(n), _) => (usize::from(n) - 1).min(last),
        (None, Need::Must) => 0,
        (None, Need::Should) => last,
    }
}

/// Raises a phase's language requirement so that it covers `r`.
fn raise_language(language: &mut LanguageRequirement, r: &Requirement) {
    let Some(want) = r.cefr else { return };
    match r.skill.as_deref().and_then(language_skill) {
        Some(skill) => {
            if language
                .skill(skill)
                .or(language.overall)
                .is_none_or(|l| l < want)
            {
                language.set_skill(skill, Some(want));
            }
        }
        None => {
            if language.overall.is_none_or(|l| l < want) {
                language.overall = Some(want);
            }
        }
    }
}

fn task_for(r: &Requirement) -> Task {
    let text = match (r.group, r.skill_label()) {
        (RequirementGroup::BasicSkills, Some(skill)) if !r.text.is_empty() => {
            let joined = format!("{skill}: {}", r.text);
            if joined.chars().count() <= MAX_TASK_CHARS {
                joined
            } else {
                r.text.clone()
            }
        }
        _ => r.text.clone(),
    };
    Task {
        text,
        ..Task::new(r.group.criterion(r.skill.as_deref()))
    }
}

/// A new plan template made from a specification version: every requirement becomes a task (or a
/// phase's language level) in the phase it names, "må" without a phase in phase 1 and "bør"
/// without one in the last. It has three phases, or as many as the latest phase named.
pub fn create_template(
    store: &mut Store,
    spec: Uuid,
    version: Option<u32>,
    name: &str,
) -> Result<Template> {
    let name = validate::name("name", "Navn på malen", name)?;
    store.write(|tx| {
        let spec = load(tx, spec, version)?;
        templates::refuse_taken_name(tx, &name, None)?;
        let employer = tx.employer(spec.employer_id, dates::today())?;
        let requirements = &spec.version.requirements;
        let phase_count = requirements
            .iter()
            .filter_map(|r| r.by_phase.map(usize::from))
            .max()
            .unwrap_or(0)
            .max(templates::DEFAULT_PHASES);
        let mut phases: Vec<(LanguageRequirement, Vec<(Task, Uuid)>)> =
            vec![(LanguageRequirement::default(), Vec::new()); phase_count];
        for r in requirements {
            let target = target_phase(r, phase_count);
            if r.group == RequirementGroup::Language {
                raise_language(&mut phases[target].0, r);
            } else {
                phases[target].1.push((task_for(r), r.lineage));
            }
        }
        let id = Uuid::new_v4();
        let trade = if employer.trade.is_empty() {
            spec.position.clone()
        } else {
            employer.trade.clone()
        };
        tx.insert_template(id, &name, &trade, false)?;
        for (position, (language, tasks)) in phases.iter().enumerate() {
            let phase_id = Uuid::new_v4();
            let goal = if position == 0 {
                format!(
                    "Deltakeren oppfyller det {} krever før praksisstart ({}).",
                    employer.name, spec.position
                )
            } else {
                String::new()
            };
            let goal: String = goal.chars().take(crate::outline::MAX_GOAL_CHARS).collect();
            tx.insert_phase(
                OutlineKind::Template,
                id,
                phase_id,
                position,
                &goal,
                language,
            )?;
            for (index, (task, lineage)) in tasks.iter().enumerate() {
                tx.insert_task(OutlineKind::Template, phase_id, index, task)?;
                tx.link_template_task(task.id, *lineage)?;
            }
        }
        templates::load(tx, id)
    })
}

/// Adds to an editable template what it lacks to cover every "må" requirement of the
/// specification version: a task per uncovered requirement, and a higher language level where
/// a phase's is too low. Tasks already there are left as they are.
pub fn align_template(
    store: &mut Store,
    spec: Uuid,
    version: Option<u32>,
    template: Uuid,
) -> Result<Coverage> {
    store.write(|tx| {
        templates::guard_editable(tx, template)
            .gone_at("template", "Malen finnes ikke lenger. Velg en annen.")?;
        let before = coverage_in(tx, spec, version, template)?;
        let phases = templates::load(tx, template)?.phases;
        if phases.is_empty() {
            return Err(Error::Refused {
                message: "Malen har ingen faser å legge kravene inn i.".into(),
            });
        }
        let mut languages: Vec<LanguageRequirement> =
            phases.iter().map(|p| p.language.clone()).collect();
        let mut task_counts: Vec<usize> = phases.iter().map(|p| p.tasks.len()).collect();
        for item in before
            .items
            .iter()
            .filter(|i| i.requirement.need == Need::Must && i.covered_by.is_empty())
        {
            let r = &item.requirement;
            let target = target_phase(r, phases.len());
            if r.group == RequirementGroup::Language {
                raise_language(&mut languages[target], r);
            } else {
                let task = task_for(r);
                tx.insert_task(
                    OutlineKind::Template,
                    phases[target].id,
                    task_counts[target],
                    &task,
                )?;
                tx.link_template_task(task.id, r.lineage)?;
                task_counts[target] += 1;
            }
        }
        for (phase, language) in phases.iter().zip(&languages) {
            if *language != phase.language {
                tx.update_phase(OutlineKind::Template, phase.id, &phase.goal, language)?;
            }
        }
        tx.touch_template(template)?;
        coverage_in(tx, spec, version, template)
    })
}

/// What the printed specification needs: the municipality, the employer and the version.
pub fn print(store: &mut Store, spec: Uuid, version: Option<u32>) -> Result<Vec<u8>> {
    let (spec, employer, municipality) = store.read(|tx| {
        let spec = load(tx, spec, version)?;
        let employer: Employer = tx.employer(spec.employer_id, dates::today())?;
        Ok((spec, employer, settings::read(tx)?.municipality))
    })?;
    crate::pdf::kravspesifikasjon::render(&crate::pdf::kravspesifikasjon::SpecSheet {
        municipality,
        printed_on: dates::today(),
        employer,
        spec,
    })
}

pub fn print_to(
    store: &mut Store,
    spec: Uuid,
    version: Option<u32>,
    path: &std::path::Path,
) -> Result<()> {
    let bytes = print(store, spec, version)?;
    crate::pdf::write_file(path, &bytes)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::employers::{self, EmployerInput};

    fn parsed() -> Vec<ExampleSpec> {
        EXAMPLE_FILES
            .iter()
            .map(|(key, text)| parse_example(key, text).unwrap_or_else(|e| panic!("{key}: {e}")))
            .collect()
    }

    #[test]
    fn every_example_parses_with_15_to_25_requirements_in_all_six_groups() {
        for example in parsed() {
            let key = &example.key;
            assert!(
                !example.position.is_empty() && !example.trade.is_empty(),
                "{key}"
            );
            assert!(
                (15..=25).contains(&example.requirement_count),
                "{key}: {} krav",
                example.requirement_count
            );
            assert_eq!(example.requirement_count, example.requirements.len());
            for group in RequirementGroup::ALL {
                assert!(
                    example.requirements.iter().any(|r| r.group == group),
                    "{key} har ingen krav i {}",
                    group.label()
                );
            }
            assert!(
                example.requirements.iter().any(|r| r.cefr.is_some()),
                "{key} har ikke noe språknivå"
            );
            for need in [Need::Must, Need::Should] {
                assert!(example.requirements.iter().any(|r| r.need == need), "{key}");
            }
        }
    }

    #[test]
    fn examples_have_the_keys_positions_and_trades_of_the_shipped_templates() {
        let keys: Vec<&str> = EXAMPLE_FILES.iter().map(|(k, _)| *k).collect();
        let template_keys: Vec<&str> = templates::EXAMPLE_FILES.iter().map(|(k, _)| *k).collect();
        assert_eq!(keys, template_keys);
        for (example, (_, text)) in parsed().iter().zip(templates::EXAMPLE_FILES) {
            let template = templates::parse_file(text).unwrap();
            assert_eq!(example.position, template.name, "{}", example.key);
            assert_eq!(example.trade, template.trade, "{}", example.key);
        }
    }

    #[test]
    fn a_wrong_line_in_an_example_is_reported_with_its_number() {
        let err =
            parse_example("x", "stilling: Renholder\n\nspråk: lese Z9 må | Leser.\n").unwrap_err();
        assert!(err.to_string().starts_with("Linje 3: "), "{err}");
        let err = parse_example("x", "stilling: Renholder\nhms: | Bruker hansker.\n").unwrap_err();
        assert!(err.to_string().contains("«må» eller et «bør»"), "{err}");
        assert!(parse_example("x", "bransje: Renhold\n").is_err());
    }

    fn employer(store: &mut Store, name: &str, trade: &str) -> Uuid {
        employers::create(
            store,
            &EmployerInput {
                name: name.into(),
                trade: trade.into(),
                sector: "privat".into(),
                ..Default::default()
            },
        )
        .unwrap()
        .id
    }

    #[test]
    fn a_spec_from_each_example_has_its_requirements_and_a_template_made_from_it_covers_every_must()
    {
        let mut store = Store::open_in_memory().unwrap();
        for (example, (_, template_text)) in parsed().iter().zip(templates::EXAMPLE_FILES) {
            let key = &example.key;
            let employer = employer(&mut store, &format!("Arbeidsgiver {key}"), &example.trade);
            let spec = create(
                &mut store,
                &NewSpecInput {
                    employer_id: Some(employer),
                    position: example.position.clone(),
                    example: Some(key.clone()),
                    copy_of: None,
                },
            )
            .unwrap();
            let requirements = &spec.version.requirements;
            assert_eq!(requirements.len(), example.requirement_count, "{key}");
            assert_eq!(spec.version.number, 1);
            assert!(requirements.iter().all(|r| !r.describe().is_empty()));

            let shipped = templates::parse_file(template_text).unwrap().id;
            let against_shipped = coverage(&mut store, spec.id, None, shipped).unwrap();
            assert_eq!(against_shipped.items.len(), requirements.len(), "{key}");
            assert!(against_shipped.template_is_example, "{key}");
            assert!(against_shipped.uncovered_must <= requirements.len());

            let made = create_template(
                &mut store,
                spec.id,
                None,
                &format!("{} (fra kravspesifikasjonen)", example.position),
            )
            .unwrap();
            assert!(made.phases.len() >= templates::DEFAULT_PHASES, "{key}");
            let covered = coverage(&mut store, spec.id, None, made.id).unwrap();
            let uncovered: Vec<&str> = covered
                .items
                .iter()
                .filter(|i| i.covered_by.is_empty())
                .map(|i| i.description.as_str())
                .collect();
            assert_eq!(covered.uncovered_must, 0, "{key}: {uncovered:?}");
            assert!(uncovered.is_empty(), "{key}: {uncovered:?}");
        }
    }
}
