//! The step tools as structured forms: 1.1 labour-demand survey, 2.1 the measures offered today,
//! the roles-and-responsibilities matrix of every step and the rest. Each table tool has typed
//! columns defined here; its rows are saved per process (working group). The checklists among the
//! tools (4.1, 5.1, 6.1, 7.1) are answered through `checklists.rs`. A column can offer the rows of
//! an earlier tool (the lines of work from 1.1 in 2.2 and 3.1, the measures from 2.1 in 2.2 and
//! 2.3), so what the group wrote in one step feeds the next.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::checklists::ChecklistId;
use crate::error::{Error, Result};
use crate::evaluations::EvaluationForm;
use crate::store::{Store, Tx};
use crate::{dates, validate};

pub const MAX_TEXT_CHARS: usize = 200;
pub const MAX_LONG_TEXT_CHARS: usize = 2000;
pub const MAX_NUMBER: u32 = 100_000;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Choice {
    pub key: &'static str,
    pub label: &'static str,
}

/// What a column holds, and so how it is edited, checked and shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(tag = "type", rename_all = "camelCase")]
pub enum ColumnKind {
    /// One line.
    Text,
    /// Several sentences.
    LongText,
    /// One of the municipality's units.
    Unit,
    /// dd.mm.åååå
    Date,
    /// A whole number, 0 or more.
    Number,
    Choice {
        options: &'static [Choice],
    },
    /// A row of an earlier tool, shown by its `column`.
    From {
        tool: &'static str,
        column: &'static str,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Column {
    pub key: &'static str,
    pub label: &'static str,
    pub kind: ColumnKind,
    pub required: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(tag = "type", rename_all = "camelCase")]
pub enum ToolKind {
    Table {
        columns: &'static [Column],
    },
    Checklist {
        checklist: ChecklistId,
    },
    /// A form filled in for each participant's placement, not by the group: 6.5 and 7.4, kept
    /// with the training plan (`evaluations.rs`). The step shows where to find it.
    PlacementForm {
        form: EvaluationForm,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ToolDefinition {
    /// The handbook's number: "1.1", "2.4" …
    pub key: &'static str,
    pub step: u8,
    pub title: &'static str,
    /// One sentence on what the tool is for.
    pub purpose: &'static str,
    pub kind: ToolKind,
    /// The roles-and-responsibilities matrix (1.3, 2.4, 3.3, 4.3, 5.3, 6.3, 7.2).
    pub roles: bool,
}

const fn col(key: &'static str, label: &'static str, kind: ColumnKind, required: bool) -> Column {
    Column {
        key,
        label,
        kind,
        required,
    }
}

/// A fixed answer of a choice column, or of an evaluation form's choice item.
pub(crate) const fn choice(key: &'static str, label: &'static str) -> Choice {
    Choice { key, label }
}

use ColumnKind::{Date, LongText, Number, Text, Unit};

const DEMAND: &[Choice] = &[
    choice("stort", "Stort behov"),
    choice("noe", "Noe behov"),
    choice("usikkert", "Usikkert"),
];
const FIT: &[Choice] = &[
    choice("ja", "Ja"),
    choice("kanskje", "Kanskje"),
    choice("nei", "Nei"),
];
const ANSWERS_NEED: &[Choice] = &[
    choice("ja", "Ja"),
    choice("delvis", "Delvis"),
    choice("nei", "Nei"),
];
const PRIORITY: &[Choice] = &[
    choice("hoy", "Høy"),
    choice("middels", "Middels"),
    choice("lav", "Lav"),
];
const PLACE: &[Choice] = &[
    choice("arbeidsplassen", "På arbeidsplassen"),
    choice("skolen", "På skolen"),
    choice("begge", "Begge steder"),
];
/// The kinds of measure the handbook lists as parts of a work-oriented pathway.
const MEASURE_KINDS: &[Choice] = &[
    choice("karriereveiledning", "Karriereveiledning"),
    choice("hospitering", "Hospitering/jobbsnusing"),
    choice("sprakpraksis", "Språkpraksis"),
    choice("fagkurs", "Fag-/bransjekurs"),
    choice("grunnleggende", "Grunnleggende ferdigheter"),
    choice("bransjenorsk", "Bransjenorsk"),
    choice("arbeidslivskunnskap", "Arbeidslivskunnskap"),
    choice("sertifisering", "Sertifisering"),
    choice("praksis", "Praksis/opplæring i bedrift"),
    choice("nettverk", "Nettverksfremmende tiltak"),
    choice("annet", "Annet"),
];

const LINE_OF_WORK: ColumnKind = ColumnKind::From {
    tool: "1.1",
    column: "bransje",
};
const MEASURE: ColumnKind = ColumnKind::From {
    tool: "2.1",
    column: "tiltak",
};
const NEW_MEASURE: ColumnKind = ColumnKind::From {
    tool: "3.1",
    column: "tiltak",
};

const ROLES: &[Column] = &[
    col("oppgave", "Oppgave", Text, true),
    col("ansvarlig", "Ansvarlig enhet", Unit, true),
    col("utforer", "Hvem gjør det", Text, false),
    col("involvert", "Hvem er involvert", Text, false),
    col("frist", "Frist", Date, false),
];

const fn table_tool(
    key: &'static str,
    step: u8,
    title: &'static str,
    purpose: &'static str,
    columns: &'static [Column],
) -> ToolDefinition {
    ToolDefinition {
        key,
        step,
        title,
        purpose,
        kind: ToolKind::Table { columns },
        roles: false,
    }
}

const fn roles(key: &'static str, step: u8) -> ToolDefinition {
    ToolDefinition {
        key,
        step,
        title: "Roller og ansvarsfordeling",
        purpose: "Hvem som har ansvaret for hver oppgave i steget, hvem som gjør den, hvem som er med, og fristen.",
        kind: ToolKind::Table { columns: ROLES },
        roles: true,
    }
}

const fn checklist(key: &'static str, step: u8, checklist: ChecklistId) -> ToolDefinition {
    ToolDefinition {
        key,
        step,
        title: checklist.title(),
        purpose: checklist.purpose(),
        kind: ToolKind::Checklist { checklist },
        roles: false,
    }
}

const TOOLS: &[ToolDefinition] = &[
    table_tool(
        "1.1",
        1,
        "Kartlegging av arbeidskraftbehovet",
        "Hver enhet fører opp bransjer og yrker som trenger folk, hvor stort behovet er og hvor opplysningene kommer fra.",
        &[
            col("enhet", "Enhet", Unit, true),
            col("bransje", "Bransje/yrke", Text, true),
            col("behov", "Behov", ColumnKind::Choice { options: DEMAND }, true),
            col("kilde", "Kilde", Text, true),
            col("krav", "Krav som stilles", LongText, false),
            col("ufaglaerte", "Muligheter for ufaglærte", LongText, false),
        ],
    ),
    table_tool(
        "1.2",
        1,
        "Mulighetsrommet i arbeidsmarkedet",
        "Gruppen vurderer sammen hvilke av bransjene fra 1.1 som passer deltakere med lite skolebakgrunn.",
        &[
            col("bransje", "Bransje/yrke", LINE_OF_WORK, true),
            col("aktuell", "Aktuell for målgruppen", ColumnKind::Choice { options: FIT }, true),
            col("oppgaver", "Oppgaver deltakerne kan gjøre", LongText, false),
            col("arbeidsgivere", "Aktuelle arbeidsgivere", LongText, false),
            col("vurdering", "Vurdering", LongText, false),
        ],
    ),
    roles("1.3", 1),
    table_tool(
        "2.1",
        2,
        "Tiltak kommunen tilbyr i dag",
        "Hver enhet fører opp tiltakene den vanligvis gir deltakere i introduksjonsprogrammet.",
        &[
            col("enhet", "Enhet", Unit, true),
            col("tiltak", "Tiltak", Text, true),
            col("type", "Type", ColumnKind::Choice { options: MEASURE_KINDS }, true),
            col("innhold", "Innhold og mål", LongText, false),
            col("omfang", "Omfang og varighet", Text, false),
        ],
    ),
    table_tool(
        "2.2",
        2,
        "Vurdering av tiltak for en bransje eller et yrke",
        "For hver aktuell bransje fra 1.1: svarer tiltakene fra 2.1 på behovet, og hva bør justeres?",
        &[
            col("bransje", "Bransje/yrke", LINE_OF_WORK, true),
            col("tiltak", "Tiltak", MEASURE, true),
            col("svarer", "Svarer på behovet", ColumnKind::Choice { options: ANSWERS_NEED }, true),
            col("vurdering", "Vurdering av kvalitet og tilpasning", LongText, false),
            col("justering", "Forslag til justering", LongText, false),
        ],
    ),
    table_tool(
        "2.3",
        2,
        "Plan for justering av eksisterende tiltak",
        "Hva som skal endres i hvert tiltak, hvem som har ansvaret og når det skal være gjort.",
        &[
            col("tiltak", "Tiltak", MEASURE, true),
            col("endring", "Hva skal endres", LongText, true),
            col("ansvarlig", "Ansvarlig enhet", Unit, true),
            col("involvert", "Hvem involveres", Text, false),
            col("frist", "Frist", Date, false),
        ],
    ),
    roles("2.4", 2),
    table_tool(
        "3.1",
        3,
        "Vurdering av nye tiltak",
        "Forslag til nye tiltak for bransjene fra 1.1, med hvor mange de gjelder, kravene og ressursene det krever.",
        &[
            col("bransje", "Bransje/yrke", LINE_OF_WORK, true),
            col("tiltak", "Nytt tiltak", Text, true),
            col("type", "Type", ColumnKind::Choice { options: MEASURE_KINDS }, true),
            col("deltakere", "Aktuelle deltakere", Number, false),
            col("krav", "Kompetansekrav fra arbeidsgiver", LongText, false),
            col("ressurser", "Ressurser og økonomi", LongText, false),
            col("prioritet", "Prioritet", ColumnKind::Choice { options: PRIORITY }, true),
        ],
    ),
    table_tool(
        "3.2",
        3,
        "Plan for utvikling av nytt tiltak",
        "Aktivitetene som skal til for å få et prioritert tiltak fra 3.1 i gang.",
        &[
            col("tiltak", "Tiltak", NEW_MEASURE, true),
            col("aktivitet", "Aktivitet", LongText, true),
            col("ansvarlig", "Ansvarlig enhet", Unit, true),
            col("involvert", "Hvem involveres", Text, false),
            col("frist", "Frist", Date, false),
        ],
    ),
    roles("3.3", 3),
    checklist("4.1", 4, ChecklistId::EmployerPreparation),
    table_tool(
        "4.2",
        4,
        "Forberedelse til møte med arbeidsgiver",
        "Temaene og spørsmålene kommunen tar med til møter med arbeidsgivere om praksisplass.",
        &[
            col("tema", "Tema", Text, true),
            col("sporsmal", "Spørsmål og hva vi vil vite", LongText, true),
            col("ansvarlig", "Ansvarlig enhet", Unit, false),
        ],
    ),
    roles("4.3", 4),
    checklist("5.1", 5, ChecklistId::ParticipantPreparation),
    table_tool(
        "5.2",
        5,
        "Plan for opplæring før praksis",
        "Opplæringen deltakeren får før praksisen starter, for å tette gapet mot arbeidsgiverens krav.",
        &[
            col("opplaering", "Opplæring", Text, true),
            col("innhold", "Innhold og mål", LongText, false),
            col("ansvarlig", "Ansvarlig enhet", Unit, true),
            col("hvem", "Hvem gir opplæringen", Text, false),
            col("tidsrom", "Når og hvor mye", Text, false),
        ],
    ),
    roles("5.3", 5),
    checklist("6.1", 6, ChecklistId::PlacementFollowUp),
    table_tool(
        "6.2",
        6,
        "Plan for opplæring og oppfølging i praksisperioden",
        "Hvem som lærer opp og følger opp deltakeren og arbeidsgiveren, hvor og hvor ofte.",
        &[
            col("aktivitet", "Aktivitet", Text, true),
            col("hvem", "Hvem gjør det", Text, true),
            col("sted", "Hvor", ColumnKind::Choice { options: PLACE }, false),
            col("hyppighet", "Når og hvor ofte", Text, false),
            col("ansvarlig", "Ansvarlig enhet", Unit, false),
        ],
    ),
    roles("6.3", 6),
    ToolDefinition {
        key: "6.5",
        step: 6,
        title: "Oppfølging og evaluering av deltakeren i praksisperioden",
        purpose: "Fylles ut for hver deltaker i oppfølgingssamtalene på arbeidsplassen. Ligger i deltakerens opplæringsplan, under «Evaluering».",
        kind: ToolKind::PlacementForm {
            form: EvaluationForm::FollowUp,
        },
        roles: false,
    },
    checklist("7.1", 7, ChecklistId::FinalEvaluation),
    roles("7.2", 7),
    ToolDefinition {
        key: "7.4",
        step: 7,
        title: "Sluttevaluering av praksisperioden",
        purpose: "Fylles ut for hver deltaker når praksisperioden er slutt: kommunen, deltakeren og arbeidsgiveren vurderer den hver for seg. Ligger i deltakerens opplæringsplan, under «Evaluering».",
        kind: ToolKind::PlacementForm {
            form: EvaluationForm::Final,
        },
        roles: false,
    },
];

/// Every tool of every step, in the handbook's order.
pub fn all() -> &'static [ToolDefinition] {
    TOOLS
}

pub fn definition(key: &str) -> Option<&'static ToolDefinition> {
    TOOLS.iter().find(|t| t.key == key)
}

/// The roles matrix of step `step`.
pub fn roles_of(step: u8) -> Option<&'static ToolDefinition> {
    TOOLS.iter().find(|t| t.step == step && t.roles)
}

fn table_definition(key: &str) -> Result<(&'static ToolDefinition, &'static [Column])> {
    match definition(key) {
        Some(
            def @ ToolDefinition {
                kind: ToolKind::Table { columns },
                ..
            },
        ) => Ok((def, columns)),
        Some(def) => Err(Error::Invalid {
            field: "tool",
            message: format!(
                "{} {} fylles ikke ut som en tabell i steget.",
                def.key, def.title
            ),
        }),
        None => Err(Error::Invalid {
            field: "tool",
            message: format!("«{key}» er ikke et av verktøyene i modellen."),
        }),
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct OptionItem {
    pub value: String,
    pub label: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ToolRow {
    pub id: Uuid,
    /// The values as the user edits them (a unit's or source row's id, a date as dd.mm.åååå).
    pub values: BTreeMap<String, String>,
    /// The values as the user reads them (a unit's name, a choice's label …).
    pub labels: BTreeMap<String, String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ToolTable {
    pub group_id: Uuid,
    pub tool: &'static ToolDefinition,
    pub rows: Vec<ToolRow>,
    /// For unit, choice and from-columns: what may be picked, by column key.
    pub options: BTreeMap<&'static str, Vec<OptionItem>>,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ToolRowInput {
    #[serde(default)]
    pub values: BTreeMap<String, String>,
}

/// A removed row, enough to put it back where it was.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct RemovedToolRow {
    pub id: Uuid,
    pub group_id: Uuid,
    pub tool: String,
    pub position: usize,
    pub cells: BTreeMap<String, String>,
}

/// A row as stored: cells hold ISO dates and ids.
pub struct StoredRow {
    pub id: Uuid,
    pub position: usize,
    pub cells: BTreeMap<String, String>,
}

fn options_for(
    tx: &Tx,
    group: Uuid,
    kind: ColumnKind,
    units: &[(Uuid, String)],
) -> Result<Vec<OptionItem>> {
    Ok(match kind {
        ColumnKind::Unit => units
            .iter()
            .map(|(id, name)| OptionItem {
                value: id.to_string(),
                label: name.clone(),
            })
            .collect(),
        ColumnKind::Choice { options } => options
            .iter()
            .map(|c| OptionItem {
                value: c.key.into(),
                label: c.label.into(),
            })
            .collect(),
        ColumnKind::From { tool, column } => tx
            .tool_rows(group, tool)?
            .into_iter()
            .filter_map(|row| {
                row.cells.get(column).map(|label| OptionItem {
                    value: row.id.to_string(),
                    label: label.clone(),
                })
            })
            .collect(),
        _ => Vec::new(),
    })
}

/// What a stored cell reads as.
fn label_of(kind: ColumnKind, value: &str, options: &[OptionItem]) -> String {
    match kind {
        ColumnKind::Date => NaiveDate::parse_from_str(value, "%Y-%m-%d")
            .map(dates::format_date)
            .unwrap_or_else(|_| value.to_string()),
        ColumnKind::Unit => options
            .iter()
            .find(|o| o.value == value)
            .map(|o| o.label.clone())
            .unwrap_or_else(|| "(slettet enhet)".into()),
        ColumnKind::From { tool, .. } => options
            .iter()
            .find(|o| o.value == value)
            .map(|o| o.label.clone())
            .unwrap_or_else(|| format!("(fjernet fra {tool})")),
        ColumnKind::Choice { .. } => options
            .iter()
            .find(|o| o.value == value)
            .map(|o| o.label.clone())
            .unwrap_or_else(|| value.to_string()),
        _ => value.to_string(),
    }
}

pub(crate) fn load(tx: &Tx, group: Uuid, key: &str) -> Result<ToolTable> {
    let (tool, columns) = table_definition(key)?;
    let units: Vec<(Uuid, String)> = tx.units()?.into_iter().map(|u| (u.id, u.name)).collect();
    let mut options = BTreeMap::new();
    for column in columns {
        options.insert(column.key, options_for(tx, group, column.kind, &units)?);
    }
    let rows = tx
        .tool_rows(group, key)?
        .into_iter()
        .map(|row| {
            let mut values = BTreeMap::new();
            let mut labels = BTreeMap::new();
            for column in columns {
                let Some(stored) = row.cells.get(column.key) else {
                    continue;
                };
                let shown = label_of(column.kind, stored, &options[column.key]);
                let edited = match column.kind {
                    ColumnKind::Date => shown.clone(),
                    _ => stored.clone(),
                };
                values.insert(column.key.to_string(), edited);
                labels.insert(column.key.to_string(), shown);
            }
            ToolRow {
                id: row.id,
                values,
                labels,
            }
        })
        .collect();
    Ok(ToolTable {
        group_id: group,
        tool,
        rows,
        options,
    })
}

/// Checks every cell against its column; returns the cells to store (dates as åååå-mm-dd).
fn valid_cells(
    tx: &Tx,
    group: Uuid,
    columns: &'static [Column],
    input: &ToolRowInput,
) -> Result<BTreeMap<String, String>> {
    if let Some(unknown) = input
        .values
        .keys()
        .find(|k| !columns.iter().any(|c| c.key == k.as_str()))
    {
        return Err(Error::Invalid {
            field: "tool",
            message: format!("Verktøyet har ingen kolonne «{unknown}»."),
        });
    }
    let mut cells = BTreeMap::new();
    for column in columns {
        let raw = input.values.get(column.key).map(|v| v.trim()).unwrap_or("");
        if raw.is_empty() {
            if column.required {
                return Err(Error::Empty {
                    field: column.key,
                    field_label: column.label,
                });
            }
            continue;
        }
        let value = match column.kind {
            ColumnKind::Text => validate::text(column.key, column.label, MAX_TEXT_CHARS, raw)?,
            ColumnKind::LongText => long_text(column, raw)?,
            ColumnKind::Date => validate::date(column.key, column.label, raw)?
                .format("%Y-%m-%d")
                .to_string(),
            ColumnKind::Number => match raw.parse::<u32>() {
                Ok(n) if n <= MAX_NUMBER => n.to_string(),
                _ => {
                    return Err(Error::Invalid {
                        field: column.key,
                        message: format!(
                            "{} må være et helt tall fra 0 til {MAX_NUMBER}; «{raw}» er ikke det.",
                            column.label
                        ),
                    })
                }
            },
            ColumnKind::Unit => {
                let id = Uuid::parse_str(raw).ok();
                match id.map(|id| tx.unit(id)) {
                    Some(Ok(unit)) => unit.id.to_string(),
                    _ => {
                        return Err(Error::Invalid {
                            field: column.key,
                            message: format!(
                                "Enheten finnes ikke lenger. Velg {} på nytt.",
                                column.label.to_lowercase()
                            ),
                        })
                    }
                }
            }
            ColumnKind::Choice { options } => {
                if !options.iter().any(|c| c.key == raw) {
                    let allowed: Vec<&str> = options.iter().map(|c| c.label).collect();
                    return Err(Error::Invalid {
                        field: column.key,
                        message: format!(
                            "Velg {} blant: {}.",
                            column.label.to_lowercase(),
                            allowed.join(", ")
                        ),
                    });
                }
                raw.to_string()
            }
            ColumnKind::From {
                tool,
                column: source,
            } => {
                let id = Uuid::parse_str(raw).ok();
                let exists = match id {
                    Some(id) => tx
                        .tool_rows(group, tool)?
                        .iter()
                        .any(|r| r.id == id && r.cells.contains_key(source)),
                    None => false,
                };
                if !exists {
                    let source_title = definition(tool).map(|t| t.title).unwrap_or(tool);
                    return Err(Error::Invalid {
                        field: column.key,
                        message: format!(
                            "Velg {} fra {tool} {source_title}. Står den ikke der, før den opp i {tool} først.",
                            column.label.to_lowercase()
                        ),
                    });
                }
                raw.to_string()
            }
        };
        cells.insert(column.key.to_string(), value);
    }
    Ok(cells)
}

/// Several sentences: line breaks are kept (they are printed), other runs of spaces are not.
fn long_text(column: &Column, raw: &str) -> Result<String> {
    let cleaned = raw
        .lines()
        .map(|l| l.split_whitespace().collect::<Vec<_>>().join(" "))
        .collect::<Vec<_>>()
        .join("\n");
    let cleaned = cleaned.trim().to_string();
    let actual = cleaned.chars().count();
    if actual > MAX_LONG_TEXT_CHARS {
        return Err(Error::TooLong {
            field: column.key,
            field_label: column.label,
            max: MAX_LONG_TEXT_CHARS,
            actual,
        });
    }
    Ok(cleaned)
}

fn check_group(tx: &Tx, group: Uuid) -> Result<()> {
    tx.work_group(group).map(|_| ())
}

pub fn table(store: &mut Store, group: Uuid, tool: &str) -> Result<ToolTable> {
    store.read(|tx| {
        check_group(tx, group)?;
        load(tx, group, tool)
    })
}

/// Adds a row at the end of the tool's table.
pub fn add_row(
    store: &mut Store,
    group: Uuid,
    tool: &str,
    input: &ToolRowInput,
) -> Result<ToolTable> {
    let (def, columns) = table_definition(tool)?;
    store.write(|tx| {
        check_group(tx, group)?;
        let cells = valid_cells(tx, group, columns, input)?;
        let position = tx.tool_rows(group, def.key)?.len();
        tx.insert_tool_row(Uuid::new_v4(), group, def.key, position, &cells)?;
        load(tx, group, def.key)
    })
}

pub fn update_row(store: &mut Store, row: Uuid, input: &ToolRowInput) -> Result<ToolTable> {
    store.write(|tx| {
        let (group, tool) = tx.tool_row_owner(row)?;
        let (def, columns) = table_definition(&tool)?;
        let cells = valid_cells(tx, group, columns, input)?;
        tx.replace_tool_cells(row, &cells)?;
        load(tx, group, def.key)
    })
}

/// Moves a row to `position` (0-based) within its table.
pub fn move_row(store: &mut Store, row: Uuid, position: usize) -> Result<ToolTable> {
    store.write(|tx| {
        let (group, tool) = tx.tool_row_owner(row)?;
        let mut ids: Vec<Uuid> = tx.tool_rows(group, &tool)?.iter().map(|r| r.id).collect();
        let from = ids.iter().position(|id| *id == row).unwrap_or(0);
        let id = ids.remove(from);
        ids.insert(position.min(ids.len()), id);
        tx.set_tool_row_order(&ids)?;
        load(tx, group, &tool)
    })
}

/// Removes a row, unless a later tool picks it (a line of work from 1.1 used in 2.2 stays until
/// the 2.2 rows are changed). Returns what "Angre" needs to put it back.
pub fn remove_row(store: &mut Store, row: Uuid) -> Result<RemovedToolRow> {
    store.write(|tx| {
        let (group, tool) = tx.tool_row_owner(row)?;
        let users = users_of(tx, group, &tool, row)?;
        if !users.is_empty() {
            return Err(Error::Refused {
                message: format!(
                    "Raden er valgt i {}. Velg noe annet der først, så kan den fjernes.",
                    crate::words::join_with_og(&users)
                ),
            });
        }
        let stored = tx
            .tool_rows(group, &tool)?
            .into_iter()
            .find(|r| r.id == row)
            .ok_or_else(|| Error::NotFound {
                what: "raden",
                id: row.to_string(),
            })?;
        tx.delete_tool_row(row)?;
        let remaining: Vec<Uuid> = tx.tool_rows(group, &tool)?.iter().map(|r| r.id).collect();
        tx.set_tool_row_order(&remaining)?;
        Ok(RemovedToolRow {
            id: row,
            group_id: group,
            tool,
            position: stored.position,
            cells: stored.cells,
        })
    })
}

/// Puts a removed row back where it was ("Angre").
pub fn restore_row(store: &mut Store, removed: &RemovedToolRow) -> Result<ToolTable> {
    let (def, _) = table_definition(&removed.tool)?;
    store.write(|tx| {
        check_group(tx, removed.group_id)?;
        let mut ids: Vec<Uuid> = tx
            .tool_rows(removed.group_id, def.key)?
            .iter()
            .map(|r| r.id)
            .collect();
        tx.insert_tool_row(
            removed.id,
            removed.group_id,
            def.key,
            ids.len(),
            &removed.cells,
        )?;
        ids.insert(removed.position.min(ids.len()), removed.id);
        tx.set_tool_row_order(&ids)?;
        load(tx, removed.group_id, def.key)
    })
}

/// "2.2 (2 rader)" for every tool whose from-column picks `row` of `tool`.
fn users_of(tx: &Tx, group: Uuid, tool: &str, row: Uuid) -> Result<Vec<String>> {
    let wanted = row.to_string();
    let mut users = Vec::new();
    for def in TOOLS {
        let ToolKind::Table { columns } = def.kind else {
            continue;
        };
        let picking: Vec<&str> = columns
            .iter()
            .filter(|c| matches!(c.kind, ColumnKind::From { tool: t, .. } if t == tool))
            .map(|c| c.key)
            .collect();
        if picking.is_empty() {
            continue;
        }
        let count = tx
            .tool_rows(group, def.key)?
            .iter()
            .filter(|r| picking.iter().any(|k| r.cells.get(*k) == Some(&wanted)))
            .count();
        if count > 0 {
            users.push(format!(
                "{} {} ({count} {})",
                def.key,
                def.title,
                if count == 1 { "rad" } else { "rader" }
            ));
        }
    }
    Ok(users)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_from_column_names_an_earlier_tool_and_its_column() {
        for def in TOOLS {
            let ToolKind::Table { columns } = def.kind else {
                continue;
            };
            for column in columns {
                if let ColumnKind::From {
                    tool,
                    column: source,
                } = column.kind
                {
                    let (src, src_columns) = table_definition(tool).unwrap();
                    assert!(src.step <= def.step, "{} tar fra {tool}", def.key);
                    assert!(src_columns.iter().any(|c| c.key == source && c.required));
                }
            }
        }
    }

    #[test]
    fn every_step_has_one_roles_matrix() {
        for step in 1..=7 {
            assert_eq!(
                TOOLS.iter().filter(|t| t.step == step && t.roles).count(),
                1
            );
        }
    }
}
