//! The printed evaluation forms 6.5 and 7.4 (see `evaluations.rs`), filled in or blank: what an
//! adviser brings to the talk at the workplace, or hands to the fadder and the participant to
//! fill in by hand. Every item of the form is printed, answered or not, so a sheet printed
//! half-filled can be completed with a pen.
//!
//! Boxes and the marked number of the scale are characters of the embedded font (☐ ☒ ❼) rather
//! than drawn shapes, so the answers also come out of the PDF as text: when it is searched,
//! copied or read aloud.

use std::collections::BTreeMap;

use super::font;
use super::kravspesifikasjon::{fields_table, given, municipality};
use super::layout::{Anchor, Cell, Colour, Column, Document, Drawing, Table, Text, Width};
use crate::error::Result;
use crate::evaluations::{Choice, EvaluationSheet, Item, ItemKind, Respondent, Section};

/// The form as PDF bytes.
pub fn render(sheet: &EvaluationSheet) -> Result<Vec<u8>> {
    document(sheet).render()
}

const EMPTY_BOX: &str = "\u{2610}";
const TICKED_BOX: &str = "\u{2612}";
/// ❶ … ❿: a number in a black disc, as if ringed and filled in by hand.
const MARKED_NUMBERS: [&str; 10] = [
    "\u{2776}", "\u{2777}", "\u{2778}", "\u{2779}", "\u{277a}", "\u{277b}", "\u{277c}", "\u{277d}",
    "\u{277e}", "\u{277f}",
];

/// A row to sign in: room for a signature, not just a line of text.
const SIGNING_ROW_HEIGHT: f32 = 14.0;
/// Lines to write on under an unanswered question: room for two or three sentences.
const WRITE_LINES: usize = 3;
/// The write-in lines' grey, as on the other forms.
const WRITE_IN: Colour = Colour::rgb(0x8c, 0x93, 0x9d);
/// Space between an item's question and its answer (mm).
const ANSWER_GAP: f32 = 1.6;
/// The intro under a section heading, for whoever leads the talk.
const INTRO_SIZE: f32 = 8.5;
/// The height of DejaVu Sans' ballot box and of its capitals, in em.
const BOX_HEIGHT_EM: f32 = 0.77;
const CAP_HEIGHT_EM: f32 = 0.73;
/// Millimetres per typographic point.
const MM_PER_PT: f32 = 25.4 / 72.0;
/// Line spacing of text in drawings, as the layout sets it.
const LEADING: f32 = 1.3;

/// How a section's items are set: the participant's own section is larger and roomier, since
/// the participant may read little Norwegian and writes by hand with more effort.
#[derive(Clone, Copy)]
struct Setting {
    /// Questions, options and answers (points).
    size: f32,
    /// The boxes to tick (points); larger than the text, to leave room for a cross.
    box_size: f32,
    /// Between the write-in lines (mm).
    line_spacing: f32,
    /// A topic row of the final evaluation left empty: room for three handwritten lines.
    topic_row: f32,
}

const ORDINARY: Setting = Setting {
    size: 10.0,
    box_size: 13.0,
    line_spacing: 8.0,
    topic_row: 22.0,
};

const LARGE: Setting = Setting {
    size: 12.5,
    box_size: 16.0,
    line_spacing: 9.5,
    topic_row: 28.0,
};

impl Setting {
    fn for_section(section: &Section) -> Setting {
        match section.respondent {
            Respondent::Participant => LARGE,
            Respondent::Employer | Respondent::Municipality | Respondent::Together => ORDINARY,
        }
    }

    fn line_height(self) -> f32 {
        self.size * LEADING * MM_PER_PT
    }
}

/// The answers saved so far; none on a blank form.
struct Answers<'a>(Option<&'a BTreeMap<String, String>>);

impl Answers<'_> {
    fn get(&self, item: &Item) -> Option<&str> {
        self.0
            .and_then(|answers| answers.get(item.key))
            .and_then(|answer| given(answer))
    }

    fn any_missing<'i>(&self, mut items: impl Iterator<Item = &'i Item>) -> bool {
        items.any(|item| self.get(item).is_none())
    }
}

fn document(sheet: &EvaluationSheet) -> Document {
    let definition = sheet.definition;
    let participant = given(&sheet.participant).unwrap_or("deltakeren");
    let workplace = given(&sheet.workplace);
    let running_title = match workplace {
        Some(workplace) => format!("Skjema {} – {participant}, {workplace}", definition.tool),
        None => format!("Skjema {} – {participant}", definition.tool),
    };
    let mut doc = Document::new(
        municipality(&sheet.municipality),
        running_title,
        sheet.printed_on,
    );
    let width = doc.body_size().0;
    let evaluation = sheet.evaluation.as_ref();
    let answers = Answers(evaluation.map(|e| &e.answers));

    doc.keep_with_next(|d| {
        d.title(format!("{} {}", definition.tool, definition.title));
        let about = match workplace {
            Some(workplace) => format!("{participant} hos {workplace}"),
            None => participant.to_owned(),
        };
        d.subtitle(match evaluation {
            Some(_) => about,
            None => format!("{about} – til utfylling for hånd"),
        });
        let value = |v: &str| given(v).map(Text::from);
        let quarter = Width::Fraction(1.0);
        d.table(fields_table([
            ("Deltaker", quarter, value(&sheet.participant)),
            ("Arbeidssted", quarter, value(&sheet.workplace)),
            ("Fadder", quarter, value(&sheet.mentor)),
            ("Programrådgiver", quarter, value(&sheet.adviser)),
        ]));
        let date = Width::Mm(43.5);
        d.table(fields_table([
            ("Praksisperiode", date, value(&sheet.period)),
            (
                "Dato for samtalen",
                date,
                evaluation.and_then(|e| value(&e.held_on)),
            ),
            (
                "Hvem var med",
                Width::Fraction(1.0),
                evaluation.and_then(|e| value(&e.present)),
            ),
        ]));
    });
    doc.paragraph(definition.purpose);
    let how = match evaluation {
        None => Some("Sett kryss i boksene og skriv svarene på linjene.".to_owned()),
        Some(_) if answers.any_missing(definition.items()) => {
            Some("Punkter uten svar står tomme, slik at de kan fylles ut for hånd.".to_owned())
        }
        Some(_) => None,
    };
    if let Some(how) = how {
        doc.paragraph(Text::new().muted(how));
    }

    for section in definition.sections {
        section_blocks(&mut doc, section, &answers, width);
    }

    doc.keep_together(|d| {
        d.heading("Underskrifter");
        d.paragraph(
            "Med underskriftene bekrefter vi at vi har gått gjennom vurderingene i skjemaet \
             sammen.",
        );
        let employer_side = match (given(&sheet.mentor), workplace) {
            (Some(mentor), Some(workplace)) => Some(format!("{mentor}, {workplace}")),
            (Some(name), None) | (None, Some(name)) => Some(name.to_owned()),
            (None, None) => None,
        };
        d.table(signing_table(&[
            ("Deltaker", given(&sheet.participant)),
            ("Fadder/arbeidsgiver", employer_side.as_deref()),
            ("Programrådgiver", given(&sheet.adviser)),
        ]));
    });
    doc
}

/// One ruled row per party to sign in, as on the other forms, with the party's column wide enough
/// for "Fadder/arbeidsgiver" on one line. Under the party, in grey, who it is.
fn signing_table(parties: &[(&str, Option<&str>)]) -> Table {
    let mut table = Table::new([
        Column::new("Part", Width::Mm(46.0)),
        Column::new("Sted og dato", Width::Mm(30.0)),
        Column::new("Signatur", Width::Fraction(1.0)),
        Column::new("Navn med blokkbokstaver", Width::Fraction(1.0)),
    ])
    .min_row_height(SIGNING_ROW_HEIGHT)
    .ruled();
    for (party, who) in parties {
        let mut text = Text::new().bold(*party);
        if let Some(who) = who {
            text = text.muted(format!("\n{who}"));
        }
        table.row([Cell::Text(text), Cell::Blank, Cell::Blank, Cell::Blank]);
    }
    table
}

/// How a section's items are printed: a topic with its two questions becomes a row of a table,
/// ticks in a row become one checklist, choices in a row with the same answers become a grid
/// that is kept on one page, and any other item stands alone.
enum Piece {
    /// Each topic item with the item that follows it ("Hva kan bli bedre?").
    Topics(Vec<(&'static Item, Option<&'static Item>)>),
    Checks(Vec<&'static Item>),
    Choices(Vec<&'static Item>),
    Single(&'static Item),
}

fn options(item: &Item) -> Option<&'static [Choice]> {
    match item.kind {
        ItemKind::Choice { options } => Some(options),
        _ => None,
    }
}

fn pieces(items: &'static [Item]) -> Vec<Piece> {
    let mut pieces: Vec<Piece> = Vec::new();
    let mut rest = items.iter().peekable();
    while let Some(item) = rest.next() {
        match (item.topic, item.kind, pieces.last_mut()) {
            (Some(_), _, last) => {
                let second =
                    rest.next_if(|next| next.topic.is_none() && next.kind == ItemKind::Text);
                match last {
                    Some(Piece::Topics(rows)) => rows.push((item, second)),
                    _ => pieces.push(Piece::Topics(vec![(item, second)])),
                }
            }
            (None, ItemKind::Check, Some(Piece::Checks(checks))) => checks.push(item),
            (None, ItemKind::Check, _) => pieces.push(Piece::Checks(vec![item])),
            (None, ItemKind::Choice { options: these }, Some(Piece::Choices(choices)))
                if options(choices[0]) == Some(these) =>
            {
                choices.push(item)
            }
            (None, ItemKind::Choice { .. }, _) => pieces.push(Piece::Choices(vec![item])),
            (None, _, _) => pieces.push(Piece::Single(item)),
        }
    }
    pieces
}

fn section_blocks(doc: &mut Document, section: &Section, answers: &Answers, width: f32) {
    let setting = Setting::for_section(section);
    // The heading and its intro stay with the first item.
    doc.keep_with_next(|d| {
        d.heading(section.title);
        d.drawing(small_print(section.intro, width));
    });
    let pieces = pieces(section.items);
    let last = pieces.len().saturating_sub(1);
    let mut rest = pieces.iter().enumerate().peekable();
    while let Some((_, piece)) = rest.next() {
        match piece {
            Piece::Topics(rows) => {
                doc.table(topics_table(rows, answers, setting));
            }
            Piece::Checks(checks) => {
                doc.drawing(checklist(checks, answers, setting, width));
            }
            Piece::Choices(choices) => {
                // A text right after a single choice asks about that choice ("Hva bør bli
                // bedre?"), so the two share a page.
                let explanation = rest
                    .next_if(|(_, next)| {
                        choices.len() == 1
                            && matches!(next, Piece::Single(item) if item.kind == ItemKind::Text)
                    })
                    .and_then(|(_, next)| match next {
                        Piece::Single(item) => Some(single(item, answers, setting, width)),
                        _ => None,
                    });
                doc.keep_together(|d| {
                    for item in choices {
                        d.drawing(single(item, answers, setting, width));
                    }
                    if let Some(explanation) = explanation {
                        d.drawing(explanation);
                    }
                });
            }
            Piece::Single(item) => {
                let drawing = single(item, answers, setting, width);
                // The section's last item is not left alone at the top of a page.
                match rest.next_if(|(i, next)| *i == last && matches!(next, Piece::Single(_))) {
                    Some((_, Piece::Single(last))) => {
                        let last = single(last, answers, setting, width);
                        doc.keep_together(|d| {
                            d.drawing(drawing);
                            d.drawing(last);
                        });
                    }
                    _ => {
                        doc.drawing(drawing);
                    }
                }
            }
        }
    }
}

fn single(item: &Item, answers: &Answers, setting: Setting, width: f32) -> Drawing {
    match item.kind {
        ItemKind::Choice { options } => choice(item, options, answers.get(item), setting, width),
        ItemKind::Scale { max } => scale(item, max, answers.get(item), setting, width),
        ItemKind::Check => checklist(&[item], answers, setting, width),
        ItemKind::Text => text_answer(item, answers.get(item), setting, width),
    }
}

/// Grey text in smaller type than the items: a note for whoever leads the talk.
fn small_print(text: &str, width: f32) -> Drawing {
    let text = Text::new().muted(text);
    let mut drawing = Drawing::new(width, text.height_in(INTRO_SIZE, width));
    drawing.text(&text, INTRO_SIZE, (0.0, 0.0), width);
    drawing
}

/// Where the first baseline of text set at `size` from `top` falls in a drawing.
fn first_baseline(top: f32, size: f32) -> f32 {
    let (ascent, descent) = font::ascent_descent_em();
    let size_mm = size * MM_PER_PT;
    top + (size * LEADING * MM_PER_PT - (ascent + descent) * size_mm) / 2.0 + ascent * size_mm
}

fn question(item: &Item) -> Text {
    Text::new().bold(item.label)
}

/// Bold, so the box's outline is as firm as a drawn one.
fn tick_box(ticked: bool) -> Text {
    Text::new().bold(if ticked { TICKED_BOX } else { EMPTY_BOX })
}

/// How far below the text's baseline a box is set so that it is centred on the capitals beside
/// it: the box glyph stands on the baseline and is taller than a capital.
fn box_drop(setting: Setting) -> f32 {
    (BOX_HEIGHT_EM * setting.box_size - CAP_HEIGHT_EM * setting.size) * MM_PER_PT / 2.0
}

/// The room a tick box takes beside its label.
fn box_width(setting: Setting) -> f32 {
    tick_box(false).width(setting.box_size) + 1.6
}

/// The question on the left and every option on the right as a box with its label, the chosen
/// one crossed and in bold. Options sit in slots of one width, so questions with the same
/// answers line up as a grid.
fn choice(
    item: &Item,
    options: &[Choice],
    chosen: Option<&str>,
    setting: Setting,
    width: f32,
) -> Drawing {
    let widest = options
        .iter()
        .map(|o| Text::new().bold(o.label).width(setting.size))
        .fold(0.0, f32::max);
    let slot = box_width(setting) + widest + 5.0;
    let options_left = width - slot * options.len() as f32;
    let question_width = options_left - 4.0;
    let question = question(item);
    let height = question
        .height_in(setting.size, question_width)
        .max(setting.line_height())
        + 1.0;
    let mut drawing = Drawing::new(width, height);
    drawing.text(&question, setting.size, (0.0, 0.0), question_width);
    let baseline = first_baseline(0.0, setting.size);
    for (i, option) in options.iter().enumerate() {
        let x = options_left + slot * i as f32;
        let ticked = chosen == Some(option.key);
        drawing.label(
            &tick_box(ticked),
            setting.box_size,
            (x, baseline + box_drop(setting)),
            Anchor::Start,
        );
        let label = if ticked {
            Text::new().bold(option.label)
        } else {
            Text::from(option.label)
        };
        drawing.label(
            &label,
            setting.size,
            (x + box_width(setting), baseline),
            Anchor::Start,
        );
    }
    drawing
}

/// The question over a row of numbered boxes; the chosen number is marked in a black disc.
fn scale(item: &Item, max: u8, chosen: Option<&str>, setting: Setting, width: f32) -> Drawing {
    let chosen: Option<u8> = chosen.and_then(|c| c.parse().ok());
    let max = max.max(1);
    let question = question(item);
    let question_height = question.height_in(setting.size, width);
    let gap = 2.5;
    let cell = ((width - gap * f32::from(max - 1)) / f32::from(max)).min(11.0);
    let cell_height = cell * 0.8;
    let top = question_height + ANSWER_GAP + 0.4;
    let mut drawing = Drawing::new(width, top + cell_height + 0.6);
    drawing.text(&question, setting.size, (0.0, 0.0), width);
    for n in 1..=max {
        let x = f32::from(n - 1) * (cell + gap);
        let marked = chosen == Some(n);
        let (fill, outline) = if marked {
            (Some(Colour::LIGHT_TINT), (Colour::MUTED, 1.0))
        } else {
            (None, (Colour::MUTED, 0.6))
        };
        drawing.rect((x, top, cell, cell_height), fill, Some(outline));
        let (number, size) = match MARKED_NUMBERS.get(usize::from(n - 1)) {
            Some(disc) if marked => (Text::from(*disc), setting.size * 1.7),
            _ => (Text::from(n.to_string()), setting.size),
        };
        // Centred on the box: half the height of a digit under its middle.
        let baseline = top + cell_height / 2.0 + 0.36 * size * MM_PER_PT;
        drawing.label(&number, size, (x + cell / 2.0, baseline), Anchor::Middle);
    }
    drawing
}

/// Ticks as a checklist in two columns, read row by row.
fn checklist(items: &[&Item], answers: &Answers, setting: Setting, width: f32) -> Drawing {
    let gutter = 6.0;
    let column = (width - gutter) / 2.0;
    let label_width = column - box_width(setting);
    let row_gap = 2.2;
    let rows: Vec<&[&Item]> = items.chunks(2).collect();
    let heights: Vec<f32> = rows
        .iter()
        .map(|row| {
            row.iter()
                .map(|item| Text::from(item.label).height_in(setting.size, label_width))
                .fold(0.0, f32::max)
        })
        .collect();
    let total = heights.iter().sum::<f32>() + row_gap * (rows.len().saturating_sub(1)) as f32;
    let mut drawing = Drawing::new(width, total + 0.6);
    let mut top = 0.0;
    for (row, height) in rows.iter().zip(&heights) {
        for (i, item) in row.iter().enumerate() {
            let x = i as f32 * (column + gutter);
            let ticked = answers.get(item) == Some("ja");
            drawing.label(
                &tick_box(ticked),
                setting.box_size,
                (x, first_baseline(top, setting.size) + box_drop(setting)),
                Anchor::Start,
            );
            drawing.text(
                &Text::from(item.label),
                setting.size,
                (x + box_width(setting), top),
                label_width,
            );
        }
        top += height + row_gap;
    }
    drawing
}

/// The question with its answer under it, or lines to write the answer on.
fn text_answer(item: &Item, answer: Option<&str>, setting: Setting, width: f32) -> Drawing {
    let question = question(item);
    let question_height = question.height_in(setting.size, width);
    let top = question_height + ANSWER_GAP;
    // Answers are indented past a thin bar, so they read apart from the questions.
    let indent = 3.5;
    match answer {
        Some(answer) => {
            let answer = Text::from(answer);
            let answer_height = answer.height_in(setting.size, width - indent);
            let mut drawing = Drawing::new(width, top + answer_height);
            drawing.text(&question, setting.size, (0.0, 0.0), width);
            drawing.rect(
                (0.6, top + 0.4, 0.8, answer_height - 0.8),
                Some(Colour::RULE),
                None,
            );
            drawing.text(&answer, setting.size, (indent, top), width - indent);
            drawing
        }
        None => {
            let lines_height = WRITE_LINES as f32 * setting.line_spacing;
            let mut drawing = Drawing::new(width, top + lines_height + 0.5);
            drawing.text(&question, setting.size, (0.0, 0.0), width);
            for i in 1..=WRITE_LINES {
                let y = top + i as f32 * setting.line_spacing;
                drawing.line((0.0, y), (width, y), WRITE_IN, 0.5);
            }
            drawing
        }
    }
}

/// The final evaluation's topics as rows: the topic, what was good, and what can be better.
/// Empty cells are boxes tall enough to write a few lines in.
fn topics_table(
    rows: &[(&'static Item, Option<&'static Item>)],
    answers: &Answers,
    setting: Setting,
) -> Table {
    let good = rows.first().map_or("Hva var bra?", |(item, _)| item.label);
    let better = rows
        .iter()
        .find_map(|(_, second)| second.map(|s| s.label))
        .unwrap_or("Hva kan bli bedre?");
    let items = rows
        .iter()
        .flat_map(|(first, second)| std::iter::once(*first).chain(*second));
    let row_height = if answers.any_missing(items) {
        setting.topic_row
    } else {
        0.0
    };
    let mut table = Table::new([
        Column::new("Tema", Width::Mm(56.0)),
        Column::new(good, Width::Fraction(1.0)),
        Column::new(better, Width::Fraction(1.0)),
    ])
    .text_size(setting.size.min(12.0))
    .min_row_height(row_height)
    .ruled();
    let answer = |item: Option<&Item>| {
        item.and_then(|item| answers.get(item))
            .map_or(Cell::Blank, Cell::from)
    };
    for (first, second) in rows {
        table.row([
            Cell::Text(Text::new().bold(first.topic.unwrap_or_default())),
            answer(Some(first)),
            answer(*second),
        ]);
    }
    table
}
