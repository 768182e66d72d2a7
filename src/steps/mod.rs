//! The model's seven steps as the handbook lays them out: what each is for, what the municipality
//! has when it is done, the questions to reflect on, how to lead its workshop meeting (the
//! estimate, the preparation and the default agenda), its tools and the documents that must exist
//! before it is done. The content is fixed and lives in `content.rs`; what a group has done with
//! a step is in `process.rs`.

mod content;

use serde::Serialize;

use crate::error::{Error, Result};

pub const STEP_COUNT: u8 = 7;

/// A document the handbook says must exist when the step is done, and the tool that makes it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct RequiredDocument {
    pub label: &'static str,
    pub tool: &'static str,
}

/// One item of the default agenda (kjøreplan) of a step's workshop meeting.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct DefaultAgendaItem {
    pub title: &'static str,
    pub minutes: u32,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct StepDefinition {
    pub number: u8,
    /// "Innhente og vurdere arbeidskraftbehovet"
    pub title: &'static str,
    /// One sentence: what the municipality does in this step.
    pub summary: &'static str,
    /// Why the step matters.
    pub why: &'static [&'static str],
    /// What the municipality has when the step is done.
    pub outcomes: &'static [&'static str],
    /// Questions for the group to reflect on.
    pub questions: &'static [&'static str],
    /// Short advice for working through the step.
    pub guidance: &'static [&'static str],
    /// The handbook's estimate for the workshop meeting.
    pub estimate_minutes: u32,
    /// What the leader and each unit prepare before the meeting.
    pub preparation: &'static [&'static str],
    /// The default agenda; its minutes sum to `estimate_minutes`.
    pub agenda: &'static [DefaultAgendaItem],
    /// The step's tools, by key (see `tools.rs`), in the handbook's order.
    pub tools: &'static [&'static str],
    pub documents: &'static [RequiredDocument],
}

/// All seven steps, in order.
pub fn all() -> &'static [StepDefinition] {
    &content::STEPS
}

/// Step `number` (1–7), or an error at `field` naming the valid range.
pub fn get(field: &'static str, number: u8) -> Result<&'static StepDefinition> {
    all()
        .iter()
        .find(|s| s.number == number)
        .ok_or_else(|| Error::Invalid {
            field,
            message: format!("Modellen har steg 1 til {STEP_COUNT}; {number} er ikke et steg."),
        })
}

/// "3 t 30 min", "2 t", "45 min"
pub fn describe_minutes(minutes: u32) -> String {
    match (minutes / 60, minutes % 60) {
        (0, m) => format!("{m} min"),
        (h, 0) => format!("{h} t"),
        (h, m) => format!("{h} t {m} min"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_default_agendas_fill_the_handbooks_estimates() {
        let estimates: Vec<u32> = all().iter().map(|s| s.estimate_minutes).collect();
        assert_eq!(estimates, [210, 180, 150, 150, 150, 150, 120]);
        for step in all() {
            let sum: u32 = step.agenda.iter().map(|i| i.minutes).sum();
            assert_eq!(sum, step.estimate_minutes, "steg {}", step.number);
            assert!(step.agenda.iter().all(|i| i.minutes > 0));
        }
    }

    #[test]
    fn every_step_names_its_documents_and_tools() {
        for (i, step) in all().iter().enumerate() {
            assert_eq!(step.number as usize, i + 1);
            assert!(!step.documents.is_empty());
            for doc in step.documents {
                assert!(
                    step.tools.contains(&doc.tool),
                    "steg {}: {}",
                    step.number,
                    doc.tool
                );
                assert!(crate::tools::definition(doc.tool).is_some(), "{}", doc.tool);
            }
            for tool in step.tools {
                let def = crate::tools::definition(tool).expect(tool);
                assert_eq!(def.step, step.number, "{tool}");
            }
            for text in [
                step.why,
                step.outcomes,
                step.questions,
                step.guidance,
                step.preparation,
            ] {
                assert!(!text.is_empty(), "steg {} mangler tekst", step.number);
            }
        }
        assert!(get("step", 8).is_err());
    }

    #[test]
    fn minutes_read_as_hours_and_minutes() {
        assert_eq!(describe_minutes(210), "3 t 30 min");
        assert_eq!(describe_minutes(120), "2 t");
        assert_eq!(describe_minutes(45), "45 min");
    }
}
