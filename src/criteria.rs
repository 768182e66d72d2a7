//! What a phase of stepwise training asks of the participant: the three measuring points every
//! task belongs to (språkutvikling, personlig egnethet, arbeidsutførelse) and the language
//! requirement as CEFR levels, overall and optionally per skill.

use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};

/// The three measuring points (målepunkter) of the stepwise training model, in the handbook's order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum Criterion {
    Language,
    Suitability,
    Performance,
}

impl Criterion {
    pub const ALL: [Criterion; 3] = [
        Criterion::Language,
        Criterion::Suitability,
        Criterion::Performance,
    ];

    /// As the user reads it.
    pub fn label(self) -> &'static str {
        match self {
            Criterion::Language => "Språkutvikling",
            Criterion::Suitability => "Personlig egnethet",
            Criterion::Performance => "Arbeidsutførelse",
        }
    }

    /// As stored in the database and written in template files.
    pub fn key(self) -> &'static str {
        match self {
            Criterion::Language => "sprak",
            Criterion::Suitability => "egnethet",
            Criterion::Performance => "arbeid",
        }
    }

    pub fn from_key(key: &str) -> Option<Criterion> {
        Criterion::ALL.into_iter().find(|c| c.key() == key)
    }

    /// Reads a measuring point as typed in a template file or the CLI: the key, or the label in
    /// any case ("språk", "Personlig egnethet" …).
    pub fn parse(text: &str) -> Result<Criterion> {
        let wanted = text.trim().to_lowercase();
        let found = Criterion::ALL.into_iter().find(|c| {
            c.key() == wanted
                || c.label().to_lowercase() == wanted
                || (wanted == "språk" && *c == Criterion::Language)
        });
        found.ok_or_else(|| Error::Invalid {
            field: "criterion",
            message: format!(
                "«{}» er ikke et målepunkt. Velg språkutvikling, personlig egnethet eller \
                 arbeidsutførelse.",
                text.trim()
            ),
        })
    }
}

/// A level of the Common European Framework of Reference for languages, as far as the model uses it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum CefrLevel {
    A1,
    A2,
    B1,
    B2,
    C1,
}

impl CefrLevel {
    pub const ALL: [CefrLevel; 5] = [
        CefrLevel::A1,
        CefrLevel::A2,
        CefrLevel::B1,
        CefrLevel::B2,
        CefrLevel::C1,
    ];

    pub fn code(self) -> &'static str {
        match self {
            CefrLevel::A1 => "A1",
            CefrLevel::A2 => "A2",
            CefrLevel::B1 => "B1",
            CefrLevel::B2 => "B2",
            CefrLevel::C1 => "C1",
        }
    }

    /// Reads "A1", " b1 " …; anything else is refused at `field` with a message naming the
    /// levels there are.
    pub fn parse(field: &'static str, text: &str) -> Result<CefrLevel> {
        let wanted = text.trim().to_uppercase();
        CefrLevel::ALL
            .into_iter()
            .find(|l| l.code() == wanted)
            .ok_or_else(|| Error::Invalid {
                field,
                message: format!(
                    "«{}» er ikke et språknivå. Velg A1, A2, B1, B2 eller C1.",
                    text.trim()
                ),
            })
    }

    /// Blank means "not set".
    pub fn parse_optional(field: &'static str, text: Option<&str>) -> Result<Option<CefrLevel>> {
        match text.map(str::trim).filter(|t| !t.is_empty()) {
            None => Ok(None),
            Some(t) => CefrLevel::parse(field, t).map(Some),
        }
    }
}

/// The four skills a language requirement may name separately.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum Skill {
    Listening,
    Reading,
    Speaking,
    Writing,
}

impl Skill {
    pub const ALL: [Skill; 4] = [
        Skill::Listening,
        Skill::Reading,
        Skill::Speaking,
        Skill::Writing,
    ];

    pub fn label(self) -> &'static str {
        match self {
            Skill::Listening => "lytte",
            Skill::Reading => "lese",
            Skill::Speaking => "muntlig",
            Skill::Writing => "skrive",
        }
    }
}

/// A phase's language requirement: one overall level, and optionally a different level for some
/// skills (a cleaner may need to read safety labels at A2 while speaking at A1).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct LanguageRequirement {
    pub overall: Option<CefrLevel>,
    pub listening: Option<CefrLevel>,
    pub reading: Option<CefrLevel>,
    pub speaking: Option<CefrLevel>,
    pub writing: Option<CefrLevel>,
}

impl LanguageRequirement {
    pub fn skill(&self, skill: Skill) -> Option<CefrLevel> {
        match skill {
            Skill::Listening => self.listening,
            Skill::Reading => self.reading,
            Skill::Speaking => self.speaking,
            Skill::Writing => self.writing,
        }
    }

    pub fn set_skill(&mut self, skill: Skill, level: Option<CefrLevel>) {
        match skill {
            Skill::Listening => self.listening = level,
            Skill::Reading => self.reading = level,
            Skill::Speaking => self.speaking = level,
            Skill::Writing => self.writing = level,
        }
    }

    /// "A1", "A1 (lese A2, skrive A1)", "lese A2" or "Ikke satt", as printed and shown.
    pub fn describe(&self) -> String {
        let skills: Vec<String> = Skill::ALL
            .into_iter()
            .filter_map(|s| self.skill(s).map(|l| format!("{} {}", s.label(), l.code())))
            .collect();
        match (self.overall, skills.is_empty()) {
            (None, true) => "Ikke satt".into(),
            (Some(level), true) => level.code().into(),
            (Some(level), false) => format!("{} ({})", level.code(), skills.join(", ")),
            (None, false) => skills.join(", "),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn measuring_points_read_from_keys_and_labels() {
        assert_eq!(Criterion::parse("språk").unwrap(), Criterion::Language);
        assert_eq!(
            Criterion::parse("Personlig egnethet").unwrap(),
            Criterion::Suitability
        );
        assert_eq!(
            Criterion::parse(" ARBEID ").unwrap(),
            Criterion::Performance
        );
        let err = Criterion::parse("humør").unwrap_err();
        assert_eq!(err.field(), Some("criterion"));
        assert!(err.to_string().contains("«humør» er ikke et målepunkt"));
    }

    #[test]
    fn only_real_cefr_levels_are_accepted() {
        assert_eq!(CefrLevel::parse("level", " b1 ").unwrap(), CefrLevel::B1);
        let err = CefrLevel::parse("level", "B3").unwrap_err();
        assert_eq!(err.field(), Some("level"));
        assert_eq!(
            err.to_string(),
            "«B3» er ikke et språknivå. Velg A1, A2, B1, B2 eller C1."
        );
        assert!(CefrLevel::parse("level", "C2").is_err());
        assert_eq!(
            CefrLevel::parse_optional("level", Some("  ")).unwrap(),
            None
        );
    }

    #[test]
    fn a_requirement_describes_itself_in_norwegian() {
        let mut req = LanguageRequirement::default();
        assert_eq!(req.describe(), "Ikke satt");
        req.overall = Some(CefrLevel::A1);
        assert_eq!(req.describe(), "A1");
        req.set_skill(Skill::Reading, Some(CefrLevel::A2));
        req.set_skill(Skill::Writing, Some(CefrLevel::A1));
        assert_eq!(req.describe(), "A1 (lese A2, skrive A1)");
        req.overall = None;
        assert_eq!(req.describe(), "lese A2, skrive A1");
    }
}
