//! Plan templates (opplæringsplaner per bransje): a line of work's phases and tasks, from which
//! each participant's plan is copied. Stegvis ships six example templates (in
//! `assets/templates/`), read-only; a municipality duplicates one to adapt it for an employer.

use serde::Serialize;
use uuid::Uuid;

use crate::criteria::{CefrLevel, Criterion, LanguageRequirement, Skill};
use crate::error::{Error, Result};
use crate::outline::{
    OutlineKind, Phase, Task, MAX_GOAL_CHARS, MAX_PHASES, MAX_TASK_CHARS, MIN_PHASES,
};
use crate::pdf::opplaeringsplan::{self, Checklist, ChecklistKind};
use crate::store::{Store, Tx};
use crate::{dates, settings, validate};

/// The example templates shipped with Stegvis, as written in their files.
pub const EXAMPLE_FILES: [(&str, &str); 6] = [
    ("butikk", include_str!("../assets/templates/butikk.txt")),
    (
        "helse-og-omsorg",
        include_str!("../assets/templates/helse-og-omsorg.txt"),
    ),
    (
        "barnehage",
        include_str!("../assets/templates/barnehage.txt"),
    ),
    ("renhold", include_str!("../assets/templates/renhold.txt")),
    ("kjokken", include_str!("../assets/templates/kjokken.txt")),
    ("lager", include_str!("../assets/templates/lager.txt")),
];

/// The number of phases a new template starts with, as in the handbook's model.
pub const DEFAULT_PHASES: usize = 3;

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct TemplateSummary {
    pub id: Uuid,
    pub name: String,
    pub trade: String,
    pub is_example: bool,
    pub phase_count: usize,
    pub task_count: usize,
    /// Plans copied from this template (they keep their own copy whatever happens to it).
    pub plan_count: usize,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Template {
    pub id: Uuid,
    pub name: String,
    pub trade: String,
    pub is_example: bool,
    pub phases: Vec<Phase>,
    pub plan_count: usize,
    /// One sentence per phase without tasks, shown before printing.
    pub warnings: Vec<String>,
    pub created_at: String,
    pub updated_at: String,
}

/// A template's own row, before its phases are joined in.
pub struct TemplateRecord {
    pub id: Uuid,
    pub name: String,
    pub trade: String,
    pub is_example: bool,
    pub created_at: String,
    pub updated_at: String,
}

pub fn list(store: &mut Store) -> Result<Vec<TemplateSummary>> {
    store.read(|tx| tx.template_summaries())
}

pub fn get(store: &mut Store, id: Uuid) -> Result<Template> {
    store.read(|tx| load(tx, id))
}

pub(crate) fn load(tx: &Tx, id: Uuid) -> Result<Template> {
    let record = tx.template(id)?;
    let phases = tx.outline(OutlineKind::Template, id)?;
    Ok(Template {
        id,
        name: record.name,
        trade: record.trade,
        is_example: record.is_example,
        warnings: empty_phase_warnings(&phases),
        phases,
        plan_count: tx.plans_from_template(id)?,
        created_at: record.created_at,
        updated_at: record.updated_at,
    })
}

/// "Fase 2 har ingen arbeidsoppgaver." for each phase without tasks.
pub fn empty_phase_warnings(phases: &[Phase]) -> Vec<String> {
    phases
        .iter()
        .filter(|p| p.tasks.is_empty())
        .map(|p| format!("Fase {} har ingen arbeidsoppgaver.", p.number))
        .collect()
}

fn valid_names(name: &str, trade: &str) -> Result<(String, String)> {
    Ok((
        validate::name("name", "Navn på malen", name)?,
        validate::name("trade", "Bransje eller yrke", trade)?,
    ))
}

pub(crate) fn refuse_taken_name(tx: &Tx, name: &str, except: Option<Uuid>) -> Result<()> {
    if tx.template_named(name, except)? {
        return Err(Error::Invalid {
            field: "name",
            message: format!("Det finnes allerede en mal som heter «{name}». Velg et annet navn."),
        });
    }
    Ok(())
}

/// The example templates are what every municipality starts from; changing them in place would
/// lose that starting point, so they are copied instead.
pub(crate) fn guard_editable(tx: &Tx, id: Uuid) -> Result<()> {
    if tx.template(id)?.is_example {
        return Err(Error::Refused {
            message: "Eksempelmalene kan ikke endres. Lag en kopi av malen og tilpass kopien."
                .into(),
        });
    }
    Ok(())
}

/// A new template with three empty phases.
pub fn create(store: &mut Store, name: &str, trade: &str) -> Result<Template> {
    let (name, trade) = valid_names(name, trade)?;
    store.write(|tx| {
        refuse_taken_name(tx, &name, None)?;
        let id = Uuid::new_v4();
        tx.insert_template(id, &name, &trade, false)?;
        for position in 0..DEFAULT_PHASES {
            tx.insert_phase(
                OutlineKind::Template,
                id,
                Uuid::new_v4(),
                position,
                "",
                &LanguageRequirement::default(),
            )?;
        }
        load(tx, id)
    })
}

pub fn rename(store: &mut Store, id: Uuid, name: &str, trade: &str) -> Result<Template> {
    let (name, trade) = valid_names(name, trade)?;
    store.write(|tx| {
        guard_editable(tx, id)?;
        refuse_taken_name(tx, &name, Some(id))?;
        tx.update_template(id, &name, &trade)?;
        load(tx, id)
    })
}

/// A copy of a template (an example or the municipality's own) to adapt, named "NAME (kopi)".
pub fn duplicate(store: &mut Store, id: Uuid) -> Result<Template> {
    store.write(|tx| {
        let source = tx.template(id)?;
        let mut name = format!("{} (kopi)", source.name);
        let mut n = 2;
        while tx.template_named(&name, None)? {
            name = format!("{} (kopi {n})", source.name);
            n += 1;
        }
        let copy = Uuid::new_v4();
        tx.insert_template(copy, &name, &source.trade, false)?;
        tx.copy_outline(OutlineKind::Template, id, OutlineKind::Template, copy)?;
        load(tx, copy)
    })
}

/// Deletes a template. Plans made from it keep their own copy of its phases and tasks; only
/// their reference back to the template is cleared. Example templates are not deleted.
pub fn delete(store: &mut Store, id: Uuid) -> Result<()> {
    store.write(|tx| {
        guard_editable(tx, id)?;
        tx.delete_template(id)
    })
}

/// The template as a blank checklist, with lines to write the participant's details on, and the
/// warnings (phases without tasks) the user should see first.
pub fn print(store: &mut Store, id: Uuid) -> Result<(Vec<u8>, Vec<String>)> {
    let (template, municipality) =
        store.read(|tx| Ok((load(tx, id)?, settings::read(tx)?.municipality)))?;
    let phase_count = template.phases.len();
    let checklist = Checklist {
        kind: ChecklistKind::Template,
        municipality,
        printed_on: dates::today(),
        plan_name: template.name.clone(),
        trade: template.trade.clone(),
        participant: None,
        workplace: None,
        mentor: None,
        adviser: None,
        start: None,
        end: None,
        days_per_week: None,
        phases: template
            .phases
            .iter()
            .map(|p| crate::plans::checklist_phase(p, phase_count))
            .collect(),
    };
    Ok((opplaeringsplan::render(&checklist)?, template.warnings))
}

/// Prints the template as a blank checklist to the file the user chose.
pub fn print_to(store: &mut Store, id: Uuid, path: &std::path::Path) -> Result<()> {
    let (bytes, _) = print(store, id)?;
    crate::pdf::write_file(path, &bytes)
}

/// A template as read from one of the shipped files.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TemplateFile {
    pub id: Uuid,
    pub name: String,
    pub trade: String,
    pub phases: Vec<Phase>,
}

/// Reads the template file format (described in `assets/templates/README.md`).
pub fn parse_file(text: &str) -> Result<TemplateFile> {
    let mut id = None;
    let mut name = None;
    let mut trade = None;
    let mut phases: Vec<Phase> = Vec::new();
    for (index, raw) in text.lines().enumerate() {
        let line_no = index + 1;
        let bad = |message: String| Error::Invalid {
            field: "file",
            message: format!("Linje {line_no}: {message}"),
        };
        let line = raw.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let (key, value) = line
            .split_once(':')
            .ok_or_else(|| bad("mangler «nøkkel:» først på linjen.".into()))?;
        let value = value.trim();
        let phase = phases.last_mut();
        match (key.trim(), phase) {
            ("id", _) => id = Some(Uuid::parse_str(value).map_err(|_| bad("ugyldig id.".into()))?),
            ("navn", _) => name = Some(validate::name("name", "Navn", value)?),
            ("bransje", _) => trade = Some(validate::name("trade", "Bransje", value)?),
            ("fase", _) => phases.push(Phase {
                id: Uuid::new_v4(),
                number: phases.len() + 1,
                goal: String::new(),
                language: LanguageRequirement::default(),
                tasks: Vec::new(),
                passed_on: None,
            }),
            ("mål", Some(phase)) => {
                phase.goal = validate::text("goal", "Mål", MAX_GOAL_CHARS, value)?
            }
            ("språk", Some(phase)) => {
                phase.language.overall = Some(CefrLevel::parse("cefr", value)?)
            }
            (skill @ ("lytte" | "lese" | "muntlig" | "skrive"), Some(phase)) => {
                let skill = Skill::ALL
                    .into_iter()
                    .find(|s| s.label() == skill)
                    .expect("matched above");
                phase
                    .language
                    .set_skill(skill, Some(CefrLevel::parse("cefr", value)?));
            }
            ("oppgave", Some(phase)) => {
                let (criterion, text) = value
                    .split_once('|')
                    .ok_or_else(|| bad("skriv «oppgave: målepunkt | tekst».".into()))?;
                let criterion = Criterion::parse(criterion).map_err(|e| bad(e.to_string()))?;
                phase.tasks.push(Task {
                    text: validate::text("text", "Arbeidsoppgaven", MAX_TASK_CHARS, text)?,
                    ..Task::new(criterion)
                })
            }
            ("tips", Some(phase)) => {
                let task = phase
                    .tasks
                    .last_mut()
                    .ok_or_else(|| bad("«tips:» må stå etter en oppgave.".into()))?;
                task.hint = Some(validate::text("hint", "Tips", MAX_TASK_CHARS, value)?);
            }
            (key, None) if ["mål", "språk", "oppgave", "tips"].contains(&key) => {
                return Err(bad(format!("«{key}:» må stå etter «fase:».")))
            }
            (key, _) => return Err(bad(format!("ukjent nøkkel «{key}»."))),
        }
    }
    Ok(TemplateFile {
        id: id.ok_or_else(|| missing("id"))?,
        name: name.ok_or_else(|| missing("navn"))?,
        trade: trade.ok_or_else(|| missing("bransje"))?,
        phases,
    })
}

/// The template in the file format, to share with another municipality or keep beside the
/// database; `import` reads it back.
pub fn export(store: &mut Store, id: Uuid) -> Result<String> {
    let template = get(store, id)?;
    let mut out = format!(
        "# Opplæringsplan fra Stegvis. Les inn med «stegvis import mal FIL».\n\
         id: {}\nnavn: {}\nbransje: {}\n",
        template.id, template.name, template.trade
    );
    for phase in &template.phases {
        out.push_str(&format!("\nfase: {}\n", phase.number));
        if !phase.goal.is_empty() {
            out.push_str(&format!("mål: {}\n", phase.goal));
        }
        if let Some(level) = phase.language.overall {
            out.push_str(&format!("språk: {}\n", level.code()));
        }
        for skill in Skill::ALL {
            if let Some(level) = phase.language.skill(skill) {
                out.push_str(&format!("{}: {}\n", skill.label(), level.code()));
            }
        }
        for task in &phase.tasks {
            let key = match task.criterion {
                Criterion::Language => "språk",
                other => other.key(),
            };
            out.push_str(&format!("oppgave: {key} | {}\n", task.text));
            if let Some(hint) = &task.hint {
                out.push_str(&format!("tips: {hint}\n"));
            }
        }
    }
    Ok(out)
}

/// Reads a template file into the database as the municipality's own (editable) template.
/// Refused when a template with the same id or name is already there, so nothing is overwritten.
pub fn import(store: &mut Store, text: &str) -> Result<Template> {
    let file = parse_file(text)?;
    if !(MIN_PHASES..=MAX_PHASES).contains(&file.phases.len()) {
        return Err(Error::Invalid {
            field: "file",
            message: format!(
                "Malen har {} faser; en mal må ha fra {MIN_PHASES} til {MAX_PHASES}.",
                file.phases.len()
            ),
        });
    }
    store.write(|tx| {
        if let Ok(existing) = tx.template(file.id) {
            return Err(Error::Refused {
                message: format!(
                    "Malen finnes allerede i databasen («{}»). Lag en kopi i Stegvis i stedet.",
                    existing.name
                ),
            });
        }
        refuse_taken_name(tx, &file.name, None)?;
        tx.insert_template(file.id, &file.name, &file.trade, false)?;
        tx.insert_outline(OutlineKind::Template, file.id, &file.phases)?;
        load(tx, file.id)
    })
}

fn missing(key: &str) -> Error {
    Error::Invalid {
        field: "file",
        message: format!("Malen mangler «{key}:»."),
    }
}

/// Puts the shipped example templates into a new database; run once, by the migration that
/// creates the template tables.
pub(crate) fn seed_examples(tx: &Tx) -> Result<()> {
    for (_, text) in EXAMPLE_FILES {
        let file = parse_file(text)?;
        tx.insert_template(file.id, &file.name, &file.trade, true)?;
        tx.insert_outline(OutlineKind::Template, file.id, &file.phases)?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_shipped_template_has_three_phases_of_8_to_15_tasks_covering_all_measuring_points() {
        for (file, text) in EXAMPLE_FILES {
            let t = parse_file(text).unwrap_or_else(|e| panic!("{file}: {e}"));
            assert_eq!(t.phases.len(), 3, "{file}");
            for phase in &t.phases {
                let n = phase.tasks.len();
                assert!((8..=15).contains(&n), "{file} fase {}: {n}", phase.number);
                assert!(!phase.goal.is_empty(), "{file} fase {}", phase.number);
                assert!(phase.language.overall.is_some(), "{file}");
                for c in Criterion::ALL {
                    assert!(
                        phase.tasks.iter().any(|t| t.criterion == c),
                        "{file} fase {} mangler {}",
                        phase.number,
                        c.label()
                    );
                }
            }
        }
    }

    #[test]
    fn a_bad_template_file_names_the_line() {
        let err = parse_file("id: x").unwrap_err();
        assert_eq!(err.to_string(), "Linje 1: ugyldig id.");
        let text = "fase: 1\nspråk: B3\n";
        assert!(parse_file(text)
            .unwrap_err()
            .to_string()
            .contains("«B3» er ikke et språknivå"));
        let text = "oppgave: arbeid | Vasker\n";
        assert_eq!(
            parse_file(text).unwrap_err().to_string(),
            "Linje 1: «oppgave:» må stå etter «fase:»."
        );
        let text = "fase: 1\noppgave: humør | Smiler\n";
        assert!(parse_file(text)
            .unwrap_err()
            .to_string()
            .starts_with("Linje 2: «humør» er ikke et målepunkt"));
    }
}
