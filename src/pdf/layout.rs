//! The page layout every printed form stands on: a document is described as a flow of blocks
//! (title, headings, paragraphs, lists, tables, tick boxes, write-in lines, signature blocks,
//! callouts, and drawings for charts), laid out onto A4 pages with a running header and a
//! "Side X av Y" footer, and written as a PDF with an embedded, subset DejaVu Sans.
//!
//! Layout happens in three passes: every block is turned into *chunks* (the pieces a page
//! break may fall between: a paragraph line, a table row …), the chunks are distributed over
//! pages, and only then, with the page count known, are headers and footers added and the PDF
//! written. Everything is measured in millimetres from the top-left corner of the page; font
//! sizes are in points. The output depends only on the input, so the same document always gives
//! the same bytes.

use std::collections::{BTreeMap, BTreeSet};
use std::rc::Rc;

use chrono::NaiveDate;
use printpdf::{
    Color, FontId, Line as PdfLine, LineCapStyle, LineJoinStyle, LinePoint, Op, PaintMode,
    PdfDocument, PdfFont, PdfFontHandle, PdfPage, PdfParseErrorSeverity, PdfSaveOptions, Point,
    Polygon, PolygonRing, Pt, Rect, Rgb, TextItem, TextMatrix, WindingOrder,
};

use super::font::{self, Weight};
use crate::error::{Error, Result};

/// Millimetres per typographic point.
const MM_PER_PT: f32 = 25.4 / 72.0;

const MARGIN_X: f32 = 18.0;
const HEADER_BASELINE: f32 = 12.5;
const HEADER_RULE: f32 = 15.5;
const BODY_TOP: f32 = 23.0;
/// Distances from the bottom edge of the page.
const BODY_BOTTOM_GAP: f32 = 20.0;
const FOOTER_RULE_GAP: f32 = 15.0;
const FOOTER_BASELINE_GAP: f32 = 10.0;
const RUNNING_SIZE: f32 = 8.5;

const TITLE_SIZE: f32 = 19.0;
const SUBTITLE_SIZE: f32 = 12.5;
const HEADING_SIZE: f32 = 12.5;
const BODY_SIZE: f32 = 10.0;
const BODY_LEADING: f32 = 1.4;
/// Table cells are set at this size (points) unless the table asks for another.
pub(crate) const CELL_SIZE: f32 = 9.0;
const CELL_LEADING: f32 = 1.3;
pub(crate) const COLUMN_TITLE_SIZE: f32 = 8.5;
pub(crate) const CELL_PAD_X: f32 = 2.0;
const CELL_PAD_Y: f32 = 1.7;
const SMALL_SIZE: f32 = 8.0;

const GAP_AFTER_TITLE: f32 = 5.0;
const GAP_AFTER_HEADING: f32 = 2.0;
const GAP_HEADING: f32 = 7.0;
const GAP_PARAGRAPH: f32 = 3.0;
const GAP_BLOCK: f32 = 4.5;
const GAP_LIST_ITEM: f32 = 1.5;
const GAP_SIGNATURES: f32 = 8.0;

const TICK_BOX: f32 = 3.6;
const WRITE_IN_SPACING: f32 = 8.0;
const SIGNATURE_SPACE: f32 = 14.0;

/// A colour as red, green and blue from 0 to 255.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Colour(u8, u8, u8);

impl Colour {
    /// Secondary text's colour.
    pub const MUTED: Colour = MUTED;
    /// The hairlines of tables.
    pub const RULE: Colour = RULE;
    /// The fill behind column titles.
    pub const TINT: Colour = COLUMN_TITLE_FILL;
    /// The lighter fill of group rows.
    pub const LIGHT_TINT: Colour = GROUP_FILL;

    pub const fn rgb(red: u8, green: u8, blue: u8) -> Self {
        Colour(red, green, blue)
    }
}

/// Body text: near-black reads calmer than pure black on white paper.
const INK: Colour = Colour(0x1f, 0x23, 0x28);
/// Secondary text; about 6:1 against white, well above WCAG's 4.5:1.
const MUTED: Colour = Colour(0x59, 0x60, 0x6a);
const RULE: Colour = Colour(0xc4, 0xca, 0xd2);
const RULE_STRONG: Colour = MUTED;
const WRITE_IN: Colour = Colour(0x8c, 0x93, 0x9d);
const COLUMN_TITLE_FILL: Colour = Colour(0xe9, 0xed, 0xf1);
const GROUP_FILL: Colour = Colour(0xf5, 0xf6, 0xf8);
const WARNING_ACCENT: Colour = Colour(0xb0, 0x5a, 0x00);
const WARNING_FILL: Colour = Colour(0xfd, 0xf3, 0xe1);
const NOTE_ACCENT: Colour = Colour(0x23, 0x5f, 0x8c);
const NOTE_FILL: Colour = Colour(0xeb, 0xf3, 0xfa);

/// How a piece of text is set.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Style {
    Regular,
    Bold,
    /// Regular weight in grey, for secondary remarks.
    Muted,
}

impl Style {
    fn weight(self) -> Weight {
        match self {
            Style::Bold => Weight::Bold,
            Style::Regular | Style::Muted => Weight::Regular,
        }
    }

    fn colour(self) -> Colour {
        match self {
            Style::Muted => MUTED,
            Style::Regular | Style::Bold => INK,
        }
    }
}

/// A run of text whose parts may be set in different styles, e.g. a bold label followed by
/// a regular value. A `\n` forces a line break.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Text {
    spans: Vec<(Style, String)>,
}

impl Text {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn plain(self, text: impl Into<String>) -> Self {
        self.span(Style::Regular, text)
    }

    pub fn bold(self, text: impl Into<String>) -> Self {
        self.span(Style::Bold, text)
    }

    pub fn muted(self, text: impl Into<String>) -> Self {
        self.span(Style::Muted, text)
    }

    pub fn span(mut self, style: Style, text: impl Into<String>) -> Self {
        self.spans.push((style, text.into()));
        self
    }

    fn styled(style: Style, text: &str) -> Self {
        Self::new().span(style, text)
    }
}

impl From<&str> for Text {
    fn from(text: &str) -> Self {
        Text::new().plain(text)
    }
}

impl From<String> for Text {
    fn from(text: String) -> Self {
        Text::new().plain(text)
    }
}

impl From<&String> for Text {
    fn from(text: &String) -> Self {
        Text::new().plain(text.as_str())
    }
}

/// Page orientation; A4 either way.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Orientation {
    Portrait,
    Landscape,
}

/// How wide a table column is.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Width {
    /// A share of the width the fixed columns leave over. Shares are relative to each other:
    /// `0.3` and `0.7` split the rest the same way as `3.0` and `7.0`.
    Fraction(f32),
    /// A fixed width in millimetres.
    Mm(f32),
}

#[derive(Clone, Debug, PartialEq)]
pub struct Column {
    title: String,
    width: Width,
    centered: bool,
}

impl Column {
    pub fn new(title: impl Into<String>, width: Width) -> Self {
        Self {
            title: title.into(),
            width,
            centered: false,
        }
    }

    /// Centre the column's content, as suits a column of tick boxes.
    pub fn centered(mut self) -> Self {
        self.centered = true;
        self
    }
}

/// One cell of a table row.
#[derive(Clone, Debug, PartialEq)]
pub enum Cell {
    Text(Text),
    /// A tick box, empty or already ticked.
    Tick(bool),
    /// Nothing printed: room to write by hand.
    Blank,
}

impl<T: Into<Text>> From<T> for Cell {
    fn from(text: T) -> Self {
        Cell::Text(text.into())
    }
}

#[derive(Clone, Debug, PartialEq)]
enum Row {
    Group(String),
    Cells(Vec<Cell>),
}

/// A table whose column titles repeat at the top of every page it continues on. Rows grow
/// to fit their wrapped text and are never split across pages.
#[derive(Clone, Debug, PartialEq)]
pub struct Table {
    columns: Vec<Column>,
    rows: Vec<Row>,
    min_row_height: f32,
    ruled: bool,
    text_size: f32,
}

impl Table {
    pub fn new(columns: impl IntoIterator<Item = Column>) -> Self {
        Self {
            columns: columns.into_iter().collect(),
            rows: Vec::new(),
            min_row_height: 0.0,
            ruled: false,
            text_size: CELL_SIZE,
        }
    }

    /// A row spanning the whole table that names the group the following rows belong to
    /// (e.g. a unit). If a page break falls inside the group, the label is repeated, marked
    /// "(forts.)".
    pub fn group(&mut self, label: impl Into<String>) -> &mut Self {
        self.rows.push(Row::Group(label.into()));
        self
    }

    /// A row of cells, one per column; missing cells are left blank and extra ones ignored.
    pub fn row<C: Into<Cell>>(&mut self, cells: impl IntoIterator<Item = C>) -> &mut Self {
        self.rows
            .push(Row::Cells(cells.into_iter().map(Into::into).collect()));
        self
    }

    /// Make every row at least this tall (mm), leaving room for handwriting.
    pub fn min_row_height(mut self, mm: f32) -> Self {
        self.min_row_height = mm;
        self
    }

    /// Draw a frame round the table and lines between its columns, so every cell is a box:
    /// on a form filled in by hand an empty cell then shows where to write.
    pub fn ruled(mut self) -> Self {
        self.ruled = true;
        self
    }

    /// Set the cells in `points` (9 by default) and the column titles half a point smaller: a
    /// table of many columns reads better in slightly smaller type than with its words split.
    pub fn text_size(mut self, points: f32) -> Self {
        self.text_size = points;
        self
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum CalloutKind {
    Note,
    Warning,
}

/// A framed box that stands out from the flow: a note, or a warning about something the
/// reader should act on.
#[derive(Clone, Debug, PartialEq)]
pub struct Callout {
    kind: CalloutKind,
    title: String,
    body: Text,
}

impl Callout {
    pub fn note(title: impl Into<String>, body: impl Into<Text>) -> Self {
        Self {
            kind: CalloutKind::Note,
            title: title.into(),
            body: body.into(),
        }
    }

    pub fn warning(title: impl Into<String>, body: impl Into<Text>) -> Self {
        Self {
            kind: CalloutKind::Warning,
            title: title.into(),
            body: body.into(),
        }
    }
}

/// A point of a [`Path`]; a `control` point steers the curve towards the next plain point
/// instead of being passed through.
#[derive(Clone, Copy, Debug, PartialEq)]
struct PathPoint {
    x: f32,
    y: f32,
    control: bool,
}

/// The outline of a closed shape, in millimetres from the drawing's top-left corner. Angles
/// are in degrees clockwise from twelve o'clock, as on a clock face or a compass.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Path {
    points: Vec<PathPoint>,
}

impl Path {
    pub fn new() -> Self {
        Self::default()
    }

    /// A straight line from the last point to (`x`, `y`), or the first point of the path.
    pub fn line_to(mut self, x: f32, y: f32) -> Self {
        self.points.push(PathPoint {
            x,
            y,
            control: false,
        });
        self
    }

    /// A circular arc round `centre` from angle `from` to angle `to` (backwards when `to` is
    /// smaller), joined to the last point by a straight line.
    pub fn arc(mut self, centre: (f32, f32), radius: f32, from: f32, to: f32) -> Self {
        // A cubic Bézier curve stays within a hair of a circle for up to a quarter turn.
        let pieces = ((to - from).abs() / 90.0).ceil().max(1.0) as usize;
        let step = (to - from) / pieces as f32;
        let start = on_circle(centre, radius, from);
        self = self.line_to(start.0, start.1);
        for i in 0..pieces {
            let a = from + step * i as f32;
            let b = a + step;
            // How far the control points lie along the tangents at either end.
            let handle = 4.0 / 3.0 * (step.to_radians() / 4.0).tan() * radius;
            let (pa, pb) = (on_circle(centre, radius, a), on_circle(centre, radius, b));
            let (ta, tb) = (tangent(a), tangent(b));
            for (x, y) in [
                (pa.0 + handle * ta.0, pa.1 + handle * ta.1),
                (pb.0 - handle * tb.0, pb.1 - handle * tb.1),
            ] {
                self.points.push(PathPoint {
                    x,
                    y,
                    control: true,
                });
            }
            self = self.line_to(pb.0, pb.1);
        }
        self
    }

    /// A ring segment: the part of the annulus between `inner` and `outer` radius from angle
    /// `from` clockwise to `to`, as a slice of a ring chart.
    pub fn ring_segment(centre: (f32, f32), inner: f32, outer: f32, from: f32, to: f32) -> Self {
        let path = Path::new().arc(centre, outer, from, to);
        if inner > 0.0 {
            path.arc(centre, inner, to, from)
        } else {
            path.line_to(centre.0, centre.1)
        }
    }
}

/// The point at `angle` (degrees clockwise from twelve o'clock) on a circle.
pub fn on_circle(centre: (f32, f32), radius: f32, angle: f32) -> (f32, f32) {
    let (sin, cos) = angle.to_radians().sin_cos();
    (centre.0 + radius * sin, centre.1 - radius * cos)
}

/// The unit vector along a circle at `angle`, pointing clockwise.
fn tangent(angle: f32) -> (f32, f32) {
    let (sin, cos) = angle.to_radians().sin_cos();
    (cos, sin)
}

/// Where a label's `x` lies on it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Anchor {
    Start,
    Middle,
    End,
}

/// Which way text set along a circle reads.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ArcReading {
    /// Clockwise, letters standing on the circle: for the top of a ring.
    Clockwise,
    /// Counter-clockwise, letters hanging from the circle: for the bottom of a ring, so the text
    /// is not upside down.
    CounterClockwise,
}

/// A chart or diagram of fixed size that the flow of blocks cannot express: shapes, lines and
/// text placed where the caller says, in millimetres from the drawing's top-left corner.
#[derive(Clone, Debug, PartialEq)]
pub struct Drawing {
    width: f32,
    height: f32,
    prims: Vec<Prim>,
}

impl Drawing {
    pub fn new(width: f32, height: f32) -> Self {
        Self {
            width,
            height,
            prims: Vec::new(),
        }
    }

    pub fn width(&self) -> f32 {
        self.width
    }

    pub fn height(&self) -> f32 {
        self.height
    }

    /// A closed shape, filled, outlined (colour and line width in points) or both.
    pub fn shape(&mut self, path: &Path, fill: Option<Colour>, outline: Option<(Colour, f32)>) {
        if path.points.len() > 1 && (fill.is_some() || outline.is_some()) {
            self.prims.push(Prim::Shape {
                points: path.points.clone(),
                fill,
                stroke: outline,
            });
        }
    }

    pub fn rect(
        &mut self,
        (x, y, w, h): (f32, f32, f32, f32),
        fill: Option<Colour>,
        outline: Option<(Colour, f32)>,
    ) {
        self.prims.push(Prim::Rect {
            x,
            y,
            w,
            h,
            fill,
            stroke: outline,
        });
    }

    /// A straight line, `width_pt` points thick.
    pub fn line(&mut self, from: (f32, f32), to: (f32, f32), colour: Colour, width_pt: f32) {
        self.prims.push(Prim::Stroke {
            points: vec![from, to],
            width_pt,
            colour,
            round: false,
        });
    }

    /// Text wrapped to `width` from (`x`, `top`), `size` points; returns the height it takes.
    pub fn text(&mut self, text: &Text, size: f32, (x, top): (f32, f32), width: f32) -> f32 {
        let (prims, height) = text_block(text, size, DRAWING_LEADING, x, top, width, false);
        self.prims.extend(prims);
        height
    }

    /// One line of text on the baseline `y`, placed at `x` by `anchor`.
    pub fn label(&mut self, text: &Text, size: f32, (x, y): (f32, f32), anchor: Anchor) {
        let left = match anchor {
            Anchor::Start => x,
            Anchor::Middle => x - text.width(size) / 2.0,
            Anchor::End => x - text.width(size),
        };
        self.prims.extend(single_line(text, size, left, y, false));
    }

    /// One line of text centred on `angle` along a circle of `radius`: the baseline follows the
    /// circle, letter by letter.
    pub fn arc_label(
        &mut self,
        text: &str,
        style: Style,
        size: f32,
        (centre, radius): ((f32, f32), f32),
        angle: f32,
        reading: ArcReading,
    ) {
        let sign = match reading {
            ArcReading::Clockwise => 1.0,
            ArcReading::CounterClockwise => -1.0,
        };
        let total = text_width(style, size, text);
        let mut along = -total / 2.0;
        for c in text.chars() {
            let glyph = c.to_string();
            let advance = text_width(style, size, &glyph);
            // Each letter is set square to the circle at its own middle.
            let middle =
                angle + sign * (along + advance / 2.0) / radius * 180.0 / std::f32::consts::PI;
            let (px, py) = on_circle(centre, radius, middle);
            let (tx, ty) = tangent(middle);
            let half = sign * advance / 2.0;
            if !c.is_whitespace() {
                self.prims.push(Prim::Text {
                    x: px - half * tx,
                    y: py - half * ty,
                    size,
                    style,
                    text: glyph,
                    // The page's y axis points up, so clockwise on the page is a negative turn.
                    rotation: match reading {
                        ArcReading::Clockwise => -middle,
                        ArcReading::CounterClockwise => 180.0 - middle,
                    },
                });
            }
            along += advance;
        }
    }
}

/// Line spacing of text in drawings: as compact as table cells.
const DRAWING_LEADING: f32 = CELL_LEADING;

impl Text {
    /// The width (mm) of the text set on one line at `size` points.
    pub fn width(&self, size: f32) -> f32 {
        self.spans
            .iter()
            .map(|(style, s)| text_width(*style, size, s))
            .sum()
    }

    /// The height (mm) the text takes wrapped to `width` in a [`Drawing`].
    pub fn height_in(&self, size: f32, width: f32) -> f32 {
        wrap(self, size, width).len() as f32 * line_height(size, DRAWING_LEADING)
    }
}

#[derive(Clone, Debug, PartialEq)]
enum Block {
    Title(String),
    Subtitle(String),
    Heading(String),
    Paragraph(Text),
    Callout(Callout),
    Table(Table),
    Tick { checked: bool, label: Text },
    ListItem { marker: String, text: Text },
    Drawing(Drawing),
    WriteIn { label: Option<String>, lines: usize },
    Signatures(Vec<String>),
    KeepTogether(Vec<Block>),
    KeepWithNext(Vec<Block>),
    Space(f32),
    PageBreak,
}

/// A printable document: what every page repeats, and the flow of blocks on them.
#[derive(Clone, Debug, PartialEq)]
pub struct Document {
    municipality: String,
    title: String,
    printed_on: NaiveDate,
    orientation: Orientation,
    blocks: Vec<Block>,
}

impl Document {
    /// `municipality` heads every page; `title` is the running title beside it and the PDF's
    /// title; `printed_on` is shown in every footer as "Utskrevet dd.mm.åååå".
    pub fn new(
        municipality: impl Into<String>,
        title: impl Into<String>,
        printed_on: NaiveDate,
    ) -> Self {
        Self {
            municipality: municipality.into(),
            title: title.into(),
            printed_on,
            orientation: Orientation::Portrait,
            blocks: Vec::new(),
        }
    }

    pub fn orientation(mut self, orientation: Orientation) -> Self {
        self.orientation = orientation;
        self
    }

    /// The large title at the top of the first page.
    pub fn title(&mut self, text: impl Into<String>) -> &mut Self {
        self.push(Block::Title(text.into()))
    }

    /// A line under the title, e.g. what or whom the document is about.
    pub fn subtitle(&mut self, text: impl Into<String>) -> &mut Self {
        self.push(Block::Subtitle(text.into()))
    }

    /// A section heading; it is never left alone at the bottom of a page.
    pub fn heading(&mut self, text: impl Into<String>) -> &mut Self {
        self.push(Block::Heading(text.into()))
    }

    pub fn paragraph(&mut self, text: impl Into<Text>) -> &mut Self {
        self.push(Block::Paragraph(text.into()))
    }

    pub fn callout(&mut self, callout: Callout) -> &mut Self {
        self.push(Block::Callout(callout))
    }

    pub fn table(&mut self, table: Table) -> &mut Self {
        self.push(Block::Table(table))
    }

    /// A tick box with its label, for checklists.
    pub fn tick_box(&mut self, checked: bool, label: impl Into<Text>) -> &mut Self {
        self.push(Block::Tick {
            checked,
            label: label.into(),
        })
    }

    /// An item of a bulleted or numbered list: the `marker` ("•", "3.") hangs in the margin of
    /// the text, so wrapped lines line up under the first.
    pub fn list_item(&mut self, marker: impl Into<String>, text: impl Into<Text>) -> &mut Self {
        self.push(Block::ListItem {
            marker: marker.into(),
            text: text.into(),
        })
    }

    /// A drawing placed in the flow like a table; it is never split.
    pub fn drawing(&mut self, drawing: Drawing) -> &mut Self {
        self.push(Block::Drawing(drawing))
    }

    /// Ruled lines to write on by hand, under an optional label.
    pub fn write_in(&mut self, label: Option<&str>, lines: usize) -> &mut Self {
        self.push(Block::WriteIn {
            label: label.map(str::to_owned),
            lines,
        })
    }

    /// One signature line per party ("Arbeidsgiver", "Fadder" …), each with "Sted og dato"
    /// and "Signatur" under it. The block is kept on one page.
    pub fn signatures<S: Into<String>>(
        &mut self,
        parties: impl IntoIterator<Item = S>,
    ) -> &mut Self {
        let parties = parties.into_iter().map(Into::into).collect();
        self.push(Block::Signatures(parties))
    }

    /// Blocks added inside `build` are moved to the next page together rather than split,
    /// as long as they fit on one page.
    pub fn keep_together(&mut self, build: impl FnOnce(&mut Self)) -> &mut Self {
        let outer = std::mem::take(&mut self.blocks);
        build(self);
        let inner = std::mem::replace(&mut self.blocks, outer);
        self.push(Block::KeepTogether(inner))
    }

    /// Like [`keep_together`](Self::keep_together), and the group also stays on the page with
    /// the first piece of whatever follows it: a form's header block with the first rows of
    /// the table under it.
    pub fn keep_with_next(&mut self, build: impl FnOnce(&mut Self)) -> &mut Self {
        let outer = std::mem::take(&mut self.blocks);
        build(self);
        let inner = std::mem::replace(&mut self.blocks, outer);
        self.push(Block::KeepWithNext(inner))
    }

    /// Extra vertical space (mm); dropped at the top of a page.
    pub fn space(&mut self, mm: f32) -> &mut Self {
        self.push(Block::Space(mm))
    }

    pub fn page_break(&mut self) -> &mut Self {
        self.push(Block::PageBreak)
    }

    fn push(&mut self, block: Block) -> &mut Self {
        self.blocks.push(block);
        self
    }

    /// Lay the document out and write it as PDF bytes.
    pub fn render(&self) -> Result<Vec<u8>> {
        let pages = self.pages();
        write_pdf(self, &pages)
    }

    /// Width and height (mm) of the area between the running header and footer: the most a
    /// drawing may take up to stay on one page.
    pub fn body_size(&self) -> (f32, f32) {
        let (page_w, page_h) = self.page_size();
        (page_w - 2.0 * MARGIN_X, page_h - BODY_BOTTOM_GAP - BODY_TOP)
    }

    fn page_size(&self) -> (f32, f32) {
        match self.orientation {
            Orientation::Portrait => (210.0, 297.0),
            Orientation::Landscape => (297.0, 210.0),
        }
    }

    /// Every page's drawing, header and footer included, in page coordinates.
    fn pages(&self) -> Vec<Vec<Prim>> {
        let (width, body_height) = self.body_size();
        let mut flow = Flow::default();
        for block in &self.blocks {
            flow.add(block, width);
        }
        let mut pages = paginate(&flow.chunks, body_height);
        let total = pages.len();
        for (index, page) in pages.iter_mut().enumerate() {
            self.add_running_head_and_foot(page, index + 1, total);
        }
        pages
    }

    fn add_running_head_and_foot(&self, page: &mut Vec<Prim>, number: usize, total: usize) {
        let (page_w, page_h) = self.page_size();
        let right = page_w - MARGIN_X;
        let head_left = Text::styled(Style::Muted, &self.municipality);
        let head_right = Text::styled(Style::Regular, &self.title);
        let printed = format!("Utskrevet {}", self.printed_on.format("%d.%m.%Y"));
        let foot_left = Text::styled(Style::Muted, &printed);
        let foot_right = Text::styled(Style::Muted, &format!("Side {number} av {total}"));

        // The running title gives way to the municipality's name if both are long.
        let right_width = (page_w - 2.0 * MARGIN_X) * 0.6;
        page.extend(single_line(
            &head_left,
            RUNNING_SIZE,
            MARGIN_X,
            HEADER_BASELINE,
            false,
        ));
        let title = fit_line(&head_right, RUNNING_SIZE, right_width);
        page.extend(single_line(
            &title,
            RUNNING_SIZE,
            right,
            HEADER_BASELINE,
            true,
        ));
        page.push(Prim::hline(MARGIN_X, right, HEADER_RULE, 0.5, RULE));

        page.push(Prim::hline(
            MARGIN_X,
            right,
            page_h - FOOTER_RULE_GAP,
            0.5,
            RULE,
        ));
        let foot_y = page_h - FOOTER_BASELINE_GAP;
        page.extend(single_line(
            &foot_left,
            RUNNING_SIZE,
            MARGIN_X,
            foot_y,
            false,
        ));
        page.extend(single_line(&foot_right, RUNNING_SIZE, right, foot_y, true));
    }
}

// ---------------------------------------------------------------------------------------------
// Drawing primitives

#[derive(Clone, Debug, PartialEq)]
enum Prim {
    /// `y` is the baseline; `rotation` turns the text counter-clockwise about (`x`, `y`), in
    /// degrees.
    Text {
        x: f32,
        y: f32,
        size: f32,
        style: Style,
        text: String,
        rotation: f32,
    },
    /// An open polyline; `round` joins and caps are for the tick mark.
    Stroke {
        points: Vec<(f32, f32)>,
        width_pt: f32,
        colour: Colour,
        round: bool,
    },
    Rect {
        x: f32,
        y: f32,
        w: f32,
        h: f32,
        fill: Option<Colour>,
        stroke: Option<(Colour, f32)>,
    },
    /// A closed outline of straight lines and curves (see [`Path`]).
    Shape {
        points: Vec<PathPoint>,
        fill: Option<Colour>,
        stroke: Option<(Colour, f32)>,
    },
}

impl Prim {
    fn hline(x1: f32, x2: f32, y: f32, width_pt: f32, colour: Colour) -> Self {
        Prim::Stroke {
            points: vec![(x1, y), (x2, y)],
            width_pt,
            colour,
            round: false,
        }
    }

    fn moved(&self, dx: f32, dy: f32) -> Self {
        match self {
            Prim::Text {
                x,
                y,
                size,
                style,
                text,
                rotation,
            } => Prim::Text {
                x: x + dx,
                y: y + dy,
                size: *size,
                style: *style,
                text: text.clone(),
                rotation: *rotation,
            },
            Prim::Stroke {
                points,
                width_pt,
                colour,
                round,
            } => Prim::Stroke {
                points: points.iter().map(|(x, y)| (x + dx, y + dy)).collect(),
                width_pt: *width_pt,
                colour: *colour,
                round: *round,
            },
            Prim::Rect {
                x,
                y,
                w,
                h,
                fill,
                stroke,
            } => Prim::Rect {
                x: x + dx,
                y: y + dy,
                w: *w,
                h: *h,
                fill: *fill,
                stroke: *stroke,
            },
            Prim::Shape {
                points,
                fill,
                stroke,
            } => Prim::Shape {
                points: points
                    .iter()
                    .map(|p| PathPoint {
                        x: p.x + dx,
                        y: p.y + dy,
                        control: p.control,
                    })
                    .collect(),
                fill: *fill,
                stroke: *stroke,
            },
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Text measuring and wrapping

fn text_width(style: Style, size: f32, text: &str) -> f32 {
    font::advance_em(style.weight(), text) * size * MM_PER_PT
}

fn line_height(size: f32, leading: f32) -> f32 {
    size * leading * MM_PER_PT
}

/// Distance from the top of a line box to the baseline, centring the font's full height
/// (ascent + descent) in the box.
fn baseline_offset(size: f32, leading: f32) -> f32 {
    let (ascent, descent) = font::ascent_descent_em();
    let size_mm = size * MM_PER_PT;
    (line_height(size, leading) - (ascent + descent) * size_mm) / 2.0 + ascent * size_mm
}

/// Half the height of a capital letter above the baseline: where a tick box is centred so
/// it sits level with the text beside it.
fn cap_middle(size: f32) -> f32 {
    0.365 * size * MM_PER_PT
}

/// A stretch of one line set in one style; `x` is relative to the line's start.
#[derive(Clone, Debug, PartialEq)]
struct Run {
    x: f32,
    style: Style,
    text: String,
}

#[derive(Clone, Debug, Default, PartialEq)]
struct Line {
    runs: Vec<Run>,
    width: f32,
}

#[cfg(test)]
impl Line {
    fn text(&self) -> String {
        self.runs.iter().map(|r| r.text.as_str()).collect()
    }
}

type Fragments = Vec<(Style, String)>;

enum Token {
    Word(Fragments),
    Space(Style),
    Break,
}

fn tokenize(text: &Text) -> Vec<Token> {
    let mut tokens = Vec::new();
    let mut word: Fragments = Vec::new();
    for (style, s) in &text.spans {
        for c in s.chars() {
            if c == '\n' || (c.is_whitespace() && c != '\u{a0}') {
                if !word.is_empty() {
                    tokens.push(Token::Word(std::mem::take(&mut word)));
                }
                if c == '\n' {
                    tokens.push(Token::Break);
                } else if !matches!(tokens.last(), Some(Token::Space(_)) | None) {
                    tokens.push(Token::Space(*style));
                }
            } else {
                push_char(&mut word, *style, c);
            }
        }
    }
    if !word.is_empty() {
        tokens.push(Token::Word(word));
    }
    tokens
}

fn push_char(fragments: &mut Fragments, style: Style, c: char) {
    match fragments.last_mut() {
        Some((last, text)) if *last == style => text.push(c),
        _ => fragments.push((style, c.to_string())),
    }
}

fn fragments_width(fragments: &Fragments, size: f32) -> f32 {
    fragments
        .iter()
        .map(|(style, text)| text_width(*style, size, text))
        .sum()
}

/// Break `text` into lines no wider than `max_width` (mm): at spaces, and a word that is
/// longer than a whole line at its punctuation (`-`, `/`, `.`, `@`, `_`), or else between
/// any two characters.
fn wrap(text: &Text, size: f32, max_width: f32) -> Vec<Line> {
    let mut lines = Vec::new();
    let mut current: Fragments = Vec::new();
    let mut width = 0.0;
    let mut pending_space: Option<Style> = None;

    for token in tokenize(text) {
        match token {
            Token::Space(style) => pending_space = Some(style),
            Token::Break => {
                lines.push(finish_line(std::mem::take(&mut current), size));
                width = 0.0;
                pending_space = None;
            }
            Token::Word(word) => {
                let word_width = fragments_width(&word, size);
                if let Some(style) = pending_space.take().filter(|_| !current.is_empty()) {
                    let space_width = text_width(style, size, " ");
                    if width + space_width + word_width <= max_width {
                        push_char(&mut current, style, ' ');
                        current.extend(word);
                        width += space_width + word_width;
                        continue;
                    }
                }
                if !current.is_empty() {
                    lines.push(finish_line(std::mem::take(&mut current), size));
                }
                if word_width <= max_width {
                    current = word;
                    width = word_width;
                } else {
                    let mut pieces = split_word(&word, size, max_width);
                    let last = pieces.pop().unwrap_or_default();
                    lines.extend(pieces.into_iter().map(|p| finish_line(p, size)));
                    width = fragments_width(&last, size);
                    current = last;
                }
            }
        }
    }
    if !current.is_empty() {
        lines.push(finish_line(current, size));
    }
    lines
}

/// How good a place to break a long word the position after `c` is: after `@` or `/` splits
/// an address into its natural halves; after `-`, `.` or `_` is the next best thing.
fn break_priority(c: char) -> u8 {
    match c {
        '@' | '/' => 2,
        '-' | '.' | '_' => 1,
        _ => 0,
    }
}

/// Split a word wider than `max_width` into pieces that fit, preferring to break after
/// punctuation so e-mail addresses and compound names stay readable.
fn split_word(word: &Fragments, size: f32, max_width: f32) -> Vec<Fragments> {
    let chars: Vec<(Style, char)> = word
        .iter()
        .flat_map(|(style, text)| text.chars().map(move |c| (*style, c)))
        .collect();
    let widths: Vec<f32> = chars
        .iter()
        .map(|(style, c)| text_width(*style, size, c.encode_utf8(&mut [0; 4])))
        .collect();
    let mut pieces = Vec::new();
    let mut start = 0;
    while start < chars.len() {
        let mut end = start;
        let mut used = 0.0;
        // The best break so far as (priority, position); later wins among equals.
        let mut soft: Option<(u8, usize)> = None;
        // At least one character per piece, even in an absurdly narrow column.
        while end < chars.len() && (end == start || used + widths[end] <= max_width) {
            used += widths[end];
            end += 1;
            let priority = break_priority(chars[end - 1].1);
            if end < chars.len() && priority > 0 && soft.is_none_or(|(p, _)| priority >= p) {
                soft = Some((priority, end));
            }
        }
        let cut = match soft {
            Some((_, at)) if end < chars.len() => at,
            _ => end,
        };
        let mut piece = Vec::new();
        for &(style, c) in &chars[start..cut] {
            push_char(&mut piece, style, c);
        }
        pieces.push(piece);
        start = cut;
    }
    pieces
}

fn finish_line(fragments: Fragments, size: f32) -> Line {
    let mut line = Line::default();
    for (style, text) in fragments {
        let w = text_width(style, size, &text);
        match line.runs.last_mut() {
            Some(run) if run.style == style => run.text.push_str(&text),
            _ => line.runs.push(Run {
                x: line.width,
                style,
                text,
            }),
        }
        line.width += w;
    }
    line
}

/// Shorten a one-line text with "…" so it fits `max_width`.
fn fit_line(text: &Text, size: f32, max_width: f32) -> Text {
    let full_width: f32 = text
        .spans
        .iter()
        .map(|(style, s)| text_width(*style, size, s))
        .sum();
    if full_width <= max_width {
        return text.clone();
    }
    let ellipsis = text_width(Style::Regular, size, "…");
    let mut out = Text::new();
    let mut used = 0.0;
    for (style, s) in &text.spans {
        let mut kept = String::new();
        for c in s.chars() {
            let w = text_width(*style, size, c.encode_utf8(&mut [0; 4]));
            if used + w + ellipsis > max_width {
                out = out.span(*style, kept.trim_end());
                return out.span(*style, "…");
            }
            used += w;
            kept.push(c);
        }
        out = out.span(*style, kept);
    }
    out
}

/// Text on one baseline, without wrapping; `right_aligned` makes `x` the right edge.
fn single_line(text: &Text, size: f32, x: f32, baseline: f32, right_aligned: bool) -> Vec<Prim> {
    let mut fragments = Fragments::new();
    for (style, s) in &text.spans {
        for c in s.chars() {
            push_char(&mut fragments, *style, c);
        }
    }
    let line = finish_line(fragments, size);
    let left = if right_aligned { x - line.width } else { x };
    line_prims(&line, size, left, baseline)
}

fn line_prims(line: &Line, size: f32, left: f32, baseline: f32) -> Vec<Prim> {
    line.runs
        .iter()
        .map(|run| Prim::Text {
            x: left + run.x,
            y: baseline,
            size,
            style: run.style,
            text: run.text.clone(),
            rotation: 0.0,
        })
        .collect()
}

/// Wrapped text as primitives from (`x`, `top`); returns them with the height used.
fn text_block(
    text: &Text,
    size: f32,
    leading: f32,
    x: f32,
    top: f32,
    width: f32,
    centered: bool,
) -> (Vec<Prim>, f32) {
    let lh = line_height(size, leading);
    let base = baseline_offset(size, leading);
    let lines = wrap(text, size, width);
    let mut prims = Vec::new();
    for (i, line) in lines.iter().enumerate() {
        let left = if centered {
            x + (width - line.width) / 2.0
        } else {
            x
        };
        prims.extend(line_prims(line, size, left, top + i as f32 * lh + base));
    }
    (prims, lines.len() as f32 * lh)
}

fn tick_box(x: f32, top: f32, checked: bool) -> Vec<Prim> {
    let mut prims = vec![Prim::Rect {
        x,
        y: top,
        w: TICK_BOX,
        h: TICK_BOX,
        fill: None,
        stroke: Some((INK, 0.7)),
    }];
    if checked {
        let s = TICK_BOX;
        prims.push(Prim::Stroke {
            points: vec![
                (x + 0.2 * s, top + 0.52 * s),
                (x + 0.42 * s, top + 0.75 * s),
                (x + 0.8 * s, top + 0.24 * s),
            ],
            width_pt: 1.1,
            colour: INK,
            round: true,
        });
    }
    prims
}

// ---------------------------------------------------------------------------------------------
// Blocks to chunks

/// A piece of the flow that a page break may come before but never inside.
#[derive(Clone, Debug, Default)]
struct Chunk {
    height: f32,
    /// Space above the chunk; dropped at the top of a page.
    gap_before: f32,
    /// Relative to the chunk's top-left corner.
    prims: Vec<Prim>,
    /// Move to the next page together with the following chunk.
    keep_with_next: bool,
    page_break_before: bool,
    /// Drawn first when this chunk opens a page: a table's column titles, a group label.
    repeat: Vec<Rc<Chunk>>,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    Title,
    Heading,
    Tick,
    /// Tables and callouts, which want air below them.
    Boxed,
    Other,
}

#[derive(Default)]
struct Flow {
    chunks: Vec<Chunk>,
    previous: Option<Kind>,
    extra_gap: f32,
    break_next: bool,
}

impl Flow {
    fn add(&mut self, block: &Block, width: f32) {
        let (kind, gap, chunks) = match block {
            Block::Space(mm) => {
                self.extra_gap += mm;
                return;
            }
            Block::PageBreak => {
                self.break_next = true;
                return;
            }
            Block::KeepTogether(blocks) | Block::KeepWithNext(blocks) => {
                let first = self.chunks.len();
                for inner in blocks {
                    self.add(inner, width);
                }
                // Every chunk stays with the one after it; inside `keep_together` the last one
                // is free to part from what follows.
                let end = match block {
                    Block::KeepWithNext(_) => self.chunks.len(),
                    _ => self.chunks.len().saturating_sub(1).max(first),
                };
                for chunk in &mut self.chunks[first..end] {
                    chunk.keep_with_next = true;
                }
                return;
            }
            Block::Title(text) => (
                Kind::Title,
                0.0,
                heading_chunks(&Text::styled(Style::Bold, text), TITLE_SIZE, 1.2, width),
            ),
            Block::Subtitle(text) => (
                Kind::Title,
                1.0,
                heading_chunks(&Text::styled(Style::Muted, text), SUBTITLE_SIZE, 1.3, width),
            ),
            Block::Heading(text) => (
                Kind::Heading,
                GAP_HEADING,
                heading_chunks(&Text::styled(Style::Bold, text), HEADING_SIZE, 1.3, width),
            ),
            Block::Paragraph(text) => (Kind::Other, GAP_PARAGRAPH, paragraph_chunks(text, width)),
            Block::Callout(callout) => {
                (Kind::Boxed, GAP_BLOCK, vec![callout_chunk(callout, width)])
            }
            Block::Table(table) => (Kind::Boxed, GAP_BLOCK, table_chunks(table, width)),
            Block::Tick { checked, label } => {
                let gap = if self.previous == Some(Kind::Tick) {
                    GAP_LIST_ITEM
                } else {
                    GAP_PARAGRAPH
                };
                (Kind::Tick, gap, vec![tick_chunk(*checked, label, width)])
            }
            Block::ListItem { marker, text } => {
                // Items of one list sit as close as the ticks of a checklist.
                let gap = if self.previous == Some(Kind::Tick) {
                    GAP_LIST_ITEM
                } else {
                    GAP_PARAGRAPH
                };
                (Kind::Tick, gap, vec![list_item_chunk(marker, text, width)])
            }
            Block::Drawing(drawing) => (
                Kind::Boxed,
                GAP_BLOCK,
                vec![Chunk {
                    height: drawing.height,
                    prims: drawing.prims.clone(),
                    ..Chunk::default()
                }],
            ),
            Block::WriteIn { label, lines } => (
                Kind::Other,
                GAP_PARAGRAPH,
                vec![write_in_chunk(label.as_deref(), *lines, width)],
            ),
            Block::Signatures(parties) => (
                Kind::Other,
                GAP_SIGNATURES,
                signature_chunks(parties, width),
            ),
        };
        if chunks.is_empty() {
            return;
        }
        let gap = match (self.previous, kind) {
            (Some(Kind::Title), Kind::Title) => gap,
            (Some(Kind::Title), _) => GAP_AFTER_TITLE,
            (Some(Kind::Heading), Kind::Heading) => gap.min(GAP_AFTER_HEADING),
            (Some(Kind::Heading), _) => GAP_AFTER_HEADING,
            (Some(Kind::Boxed), _) => gap.max(GAP_BLOCK),
            _ => gap,
        };
        let first = self.chunks.len();
        self.chunks.extend(chunks);
        self.chunks[first].gap_before = gap + self.extra_gap;
        self.chunks[first].page_break_before = self.break_next;
        self.extra_gap = 0.0;
        self.break_next = false;
        self.previous = Some(kind);
    }
}

fn line_chunks(text: &Text, size: f32, leading: f32, width: f32) -> Vec<Chunk> {
    let lh = line_height(size, leading);
    let base = baseline_offset(size, leading);
    wrap(text, size, width)
        .iter()
        .map(|line| Chunk {
            height: lh,
            prims: line_prims(line, size, 0.0, base),
            ..Chunk::default()
        })
        .collect()
}

fn heading_chunks(text: &Text, size: f32, leading: f32, width: f32) -> Vec<Chunk> {
    let mut chunks = line_chunks(text, size, leading, width);
    for chunk in &mut chunks {
        chunk.keep_with_next = true;
    }
    chunks
}

/// Paragraph lines may be split over pages, but never leaving a single line behind or
/// carrying a single line over.
fn paragraph_chunks(text: &Text, width: f32) -> Vec<Chunk> {
    let mut chunks = line_chunks(text, BODY_SIZE, BODY_LEADING, width);
    let n = chunks.len();
    if n >= 2 {
        chunks[0].keep_with_next = true;
        chunks[n - 2].keep_with_next = true;
    }
    chunks
}

fn callout_chunk(callout: &Callout, width: f32) -> Chunk {
    let (accent, fill) = match callout.kind {
        CalloutKind::Warning => (WARNING_ACCENT, WARNING_FILL),
        CalloutKind::Note => (NOTE_ACCENT, NOTE_FILL),
    };
    let bar = 1.5;
    let pad = 3.5;
    let x = bar + pad;
    let inner = width - x - pad;
    let title = Text::styled(Style::Bold, &callout.title);
    let (title_prims, title_h) = text_block(&title, BODY_SIZE, 1.35, x, pad, inner, false);
    let body_top = pad + title_h + 0.8;
    let (body_prims, body_h) = text_block(&callout.body, CELL_SIZE, 1.4, x, body_top, inner, false);
    let height = body_top + body_h + pad;
    let mut prims = vec![
        Prim::Rect {
            x: 0.0,
            y: 0.0,
            w: width,
            h: height,
            fill: Some(fill),
            stroke: Some((accent, 0.6)),
        },
        Prim::Rect {
            x: 0.0,
            y: 0.0,
            w: bar,
            h: height,
            fill: Some(accent),
            stroke: None,
        },
    ];
    prims.extend(title_prims);
    prims.extend(body_prims);
    Chunk {
        height,
        prims,
        ..Chunk::default()
    }
}

fn tick_chunk(checked: bool, label: &Text, width: f32) -> Chunk {
    let indent = TICK_BOX + 2.6;
    let (mut prims, height) = text_block(
        label,
        BODY_SIZE,
        BODY_LEADING,
        indent,
        0.0,
        width - indent,
        false,
    );
    let box_top = baseline_offset(BODY_SIZE, BODY_LEADING) - cap_middle(BODY_SIZE) - TICK_BOX / 2.0;
    prims.extend(tick_box(0.0, box_top, checked));
    Chunk {
        height: height.max(TICK_BOX),
        prims,
        ..Chunk::default()
    }
}

fn list_item_chunk(marker: &str, text: &Text, width: f32) -> Chunk {
    // Wide enough for "10." so numbered lists line up past nine items.
    let indent = 6.0;
    // The marker first, so text extracted from the page reads "1. Question" in that order.
    let mut prims = single_line(
        &Text::styled(Style::Regular, marker),
        BODY_SIZE,
        0.0,
        baseline_offset(BODY_SIZE, BODY_LEADING),
        false,
    );
    let (text_prims, height) = text_block(
        text,
        BODY_SIZE,
        BODY_LEADING,
        indent,
        0.0,
        width - indent,
        false,
    );
    prims.extend(text_prims);
    Chunk {
        height,
        prims,
        ..Chunk::default()
    }
}

fn write_in_chunk(label: Option<&str>, lines: usize, width: f32) -> Chunk {
    let (mut prims, label_h) = match label {
        Some(label) => text_block(
            &Text::styled(Style::Bold, label),
            CELL_SIZE,
            CELL_LEADING,
            0.0,
            0.0,
            width,
            false,
        ),
        None => (Vec::new(), 0.0),
    };
    for i in 1..=lines {
        let y = label_h + i as f32 * WRITE_IN_SPACING;
        prims.push(Prim::hline(0.0, width, y, 0.5, WRITE_IN));
    }
    Chunk {
        height: label_h + lines as f32 * WRITE_IN_SPACING + 1.0,
        prims,
        ..Chunk::default()
    }
}

fn signature_chunks(parties: &[String], width: f32) -> Vec<Chunk> {
    let place_width = (width * 0.36).min(70.0);
    let gutter = 8.0;
    let caption_base = baseline_offset(SMALL_SIZE, 1.3);
    let n = parties.len();
    parties
        .iter()
        .enumerate()
        .map(|(i, party)| {
            let (mut prims, label_h) = text_block(
                &Text::styled(Style::Bold, party),
                BODY_SIZE,
                BODY_LEADING,
                0.0,
                0.0,
                width,
                false,
            );
            let rule = label_h + SIGNATURE_SPACE;
            prims.push(Prim::hline(0.0, place_width, rule, 0.6, INK));
            prims.push(Prim::hline(place_width + gutter, width, rule, 0.6, INK));
            let captions = [(0.0, "Sted og dato"), (place_width + gutter, "Signatur")];
            for (x, caption) in captions {
                let text = Text::styled(Style::Muted, caption);
                prims.extend(single_line(
                    &text,
                    SMALL_SIZE,
                    x,
                    rule + 0.6 + caption_base,
                    false,
                ));
            }
            Chunk {
                height: rule + 0.6 + line_height(SMALL_SIZE, 1.3),
                gap_before: if i == 0 { 0.0 } else { 6.0 },
                prims,
                keep_with_next: i + 1 < n,
                ..Chunk::default()
            }
        })
        .collect()
}

fn column_widths(columns: &[Column], width: f32) -> Vec<f32> {
    let fixed: f32 = columns
        .iter()
        .map(|c| match c.width {
            Width::Mm(mm) => mm,
            Width::Fraction(_) => 0.0,
        })
        .sum();
    let shares: f32 = columns
        .iter()
        .map(|c| match c.width {
            Width::Fraction(f) => f.max(0.0),
            Width::Mm(_) => 0.0,
        })
        .sum();
    let rest = (width - fixed).max(0.0);
    columns
        .iter()
        .map(|c| match c.width {
            Width::Mm(mm) => mm,
            Width::Fraction(f) if shares > 0.0 => rest * f.max(0.0) / shares,
            Width::Fraction(_) => 0.0,
        })
        .collect()
}

fn table_chunks(table: &Table, width: f32) -> Vec<Chunk> {
    let widths = column_widths(&table.columns, width);
    let lefts: Vec<f32> = widths
        .iter()
        .scan(0.0, |x, w| {
            let left = *x;
            *x += w;
            Some(left)
        })
        .collect();

    let mut title_prims = Vec::new();
    let mut title_h: f32 = 0.0;
    for ((column, &w), &left) in table.columns.iter().zip(&widths).zip(&lefts) {
        let (prims, h) = text_block(
            &Text::styled(Style::Bold, &column.title),
            table.text_size - (CELL_SIZE - COLUMN_TITLE_SIZE),
            CELL_LEADING,
            left + CELL_PAD_X,
            CELL_PAD_Y,
            w - 2.0 * CELL_PAD_X,
            column.centered,
        );
        title_prims.extend(prims);
        title_h = title_h.max(h);
    }
    let header_height = title_h + 2.0 * CELL_PAD_Y;
    let mut prims = vec![Prim::Rect {
        x: 0.0,
        y: 0.0,
        w: width,
        h: header_height,
        fill: Some(COLUMN_TITLE_FILL),
        stroke: None,
    }];
    prims.extend(title_prims);
    prims.push(Prim::hline(0.0, width, header_height, 0.8, RULE_STRONG));
    if table.ruled {
        prims.push(Prim::hline(0.0, width, 0.0, 0.5, RULE));
        prims.extend(cell_rules(&lefts, width, header_height));
    }
    let header = Rc::new(Chunk {
        height: header_height,
        prims,
        keep_with_next: true,
        ..Chunk::default()
    });

    let mut chunks = vec![(*header).clone()];
    let mut continued_group: Option<Rc<Chunk>> = None;
    for row in &table.rows {
        match row {
            Row::Group(label) => {
                let mut chunk = group_chunk(
                    &Text::styled(Style::Bold, label),
                    width,
                    table.ruled,
                    table.text_size,
                );
                chunk.repeat = vec![header.clone()];
                let continued = Text::styled(Style::Bold, label).muted(" (forts.)");
                continued_group = Some(Rc::new(group_chunk(
                    &continued,
                    width,
                    table.ruled,
                    table.text_size,
                )));
                chunks.push(chunk);
            }
            Row::Cells(cells) => {
                let mut chunk = cells_chunk(table, cells, &widths, &lefts, width);
                chunk.repeat = std::iter::once(header.clone())
                    .chain(continued_group.clone())
                    .collect();
                chunks.push(chunk);
            }
        }
    }
    chunks
}

/// The vertical lines of a ruled table over a chunk of `height`: the frame at both edges and
/// a line between every two columns.
fn cell_rules(lefts: &[f32], width: f32, height: f32) -> impl Iterator<Item = Prim> + '_ {
    let inner = lefts.iter().skip(1).copied();
    [0.0, width]
        .into_iter()
        .chain(inner)
        .map(move |x| Prim::Stroke {
            points: vec![(x, 0.0), (x, height)],
            width_pt: 0.5,
            colour: RULE,
            round: false,
        })
}

fn group_chunk(label: &Text, width: f32, ruled: bool, size: f32) -> Chunk {
    let (text_prims, h) = text_block(
        label,
        size,
        CELL_LEADING,
        CELL_PAD_X,
        CELL_PAD_Y + 0.4,
        width - 2.0 * CELL_PAD_X,
        false,
    );
    let height = h + 2.0 * CELL_PAD_Y + 0.8;
    let mut prims = vec![Prim::Rect {
        x: 0.0,
        y: 0.0,
        w: width,
        h: height,
        fill: Some(GROUP_FILL),
        stroke: None,
    }];
    prims.extend(text_prims);
    prims.push(Prim::hline(0.0, width, height, 0.5, RULE));
    if ruled {
        // A group row spans the table: only the frame.
        prims.extend(cell_rules(&[], width, height));
    }
    Chunk {
        height,
        prims,
        // A group label alone at the bottom of a page is no use to anyone.
        keep_with_next: true,
        ..Chunk::default()
    }
}

fn cells_chunk(table: &Table, cells: &[Cell], widths: &[f32], lefts: &[f32], width: f32) -> Chunk {
    let mut prims = Vec::new();
    let mut content_h: f32 = 0.0;
    let size = table.text_size;
    let lh = line_height(size, CELL_LEADING);
    for (i, column) in table.columns.iter().enumerate() {
        let inner_left = lefts[i] + CELL_PAD_X;
        let inner_width = widths[i] - 2.0 * CELL_PAD_X;
        match cells.get(i).unwrap_or(&Cell::Blank) {
            Cell::Text(text) => {
                let (text_prims, h) = text_block(
                    text,
                    size,
                    CELL_LEADING,
                    inner_left,
                    CELL_PAD_Y,
                    inner_width,
                    column.centered,
                );
                prims.extend(text_prims);
                content_h = content_h.max(h);
            }
            Cell::Tick(checked) => {
                let x = if column.centered {
                    lefts[i] + (widths[i] - TICK_BOX) / 2.0
                } else {
                    inner_left
                };
                let top = CELL_PAD_Y + baseline_offset(size, CELL_LEADING)
                    - cap_middle(size)
                    - TICK_BOX / 2.0;
                prims.extend(tick_box(x, top, *checked));
                content_h = content_h.max(lh);
            }
            Cell::Blank => {}
        }
    }
    let height = (content_h + 2.0 * CELL_PAD_Y).max(table.min_row_height);
    prims.push(Prim::hline(0.0, width, height, 0.5, RULE));
    if table.ruled {
        prims.extend(cell_rules(lefts, width, height));
    }
    Chunk {
        height,
        prims,
        ..Chunk::default()
    }
}

// ---------------------------------------------------------------------------------------------
// Pagination

/// Height of chunk `i` plus every chunk it is kept with.
fn kept_height(chunks: &[Chunk], i: usize) -> f32 {
    let mut height = chunks[i].height;
    let mut j = i;
    while chunks[j].keep_with_next && j + 1 < chunks.len() {
        j += 1;
        height += chunks[j].gap_before + chunks[j].height;
    }
    height
}

/// Distribute the chunks over pages of `body_height` (mm), returning each page's primitives
/// in page coordinates.
fn paginate(chunks: &[Chunk], body_height: f32) -> Vec<Vec<Prim>> {
    let mut pages: Vec<Vec<Prim>> = vec![Vec::new()];
    let mut y = 0.0;
    let mut empty = true;
    let place = |page: &mut Vec<Prim>, chunk: &Chunk, y: f32| {
        page.extend(chunk.prims.iter().map(|p| p.moved(MARGIN_X, BODY_TOP + y)));
    };
    for (i, chunk) in chunks.iter().enumerate() {
        let gap = if empty { 0.0 } else { chunk.gap_before };
        let repeat_height: f32 = chunk.repeat.iter().map(|c| c.height).sum();
        let kept = kept_height(chunks, i);
        let fits_here = y + gap + kept <= body_height;
        // A group kept together that is taller than a page cannot move as a whole; then only
        // the chunk itself has to fit.
        let fits_fresh = repeat_height + kept <= body_height;
        let must_break = chunk.page_break_before
            || (!fits_here && (fits_fresh || y + gap + chunk.height > body_height));
        let mut gap = gap;
        if must_break && !empty {
            pages.push(Vec::new());
            y = 0.0;
            gap = 0.0;
            let page = pages.last_mut().expect("a page was just added");
            for repeated in &chunk.repeat {
                place(page, repeated, y);
                y += repeated.height;
            }
        }
        let page = pages.last_mut().expect("there is always a page");
        place(page, chunk, y + gap);
        y += gap + chunk.height;
        empty = false;
    }
    pages
}

// ---------------------------------------------------------------------------------------------
// PDF output

fn pt(mm: f32) -> f32 {
    // Two decimals of a point is far below what a printer resolves, and keeps the content
    // streams short and the numbers stable.
    (mm / MM_PER_PT * 100.0).round() / 100.0
}

fn colour(c: Colour) -> Color {
    Color::Rgb(Rgb {
        r: f32::from(c.0) / 255.0,
        g: f32::from(c.1) / 255.0,
        b: f32::from(c.2) / 255.0,
        icc_profile: None,
    })
}

fn point(x: f32, y: f32, page_h: f32) -> LinePoint {
    LinePoint {
        p: Point {
            x: Pt(pt(x)),
            y: Pt(pt(page_h - y)),
        },
        bezier: false,
    }
}

/// Graphics state already set in the content stream, so each operator is written only when
/// it changes.
#[derive(Default)]
struct PenState {
    in_text: bool,
    font: Option<(Weight, u32)>,
    fill: Option<Colour>,
    stroke: Option<Colour>,
    line_width: Option<u32>,
    round: bool,
}

fn page_ops(prims: &[Prim], page_h: f32) -> Vec<Op> {
    let mut ops = Vec::new();
    let mut state = PenState::default();
    for prim in prims {
        let is_text = matches!(prim, Prim::Text { .. });
        if is_text && !state.in_text {
            ops.push(Op::StartTextSection);
            state.in_text = true;
        } else if !is_text && state.in_text {
            ops.push(Op::EndTextSection);
            state.in_text = false;
        }
        match prim {
            Prim::Text {
                x,
                y,
                size,
                style,
                text,
                rotation,
            } => {
                let weight = style.weight();
                let key = (weight, (size * 100.0).round() as u32);
                if state.font != Some(key) {
                    ops.push(Op::SetFont {
                        font: PdfFontHandle::External(FontId(weight.resource_name().into())),
                        size: Pt(*size),
                    });
                    state.font = Some(key);
                }
                set_fill(&mut ops, &mut state, style.colour());
                let (x, y) = (Pt(pt(*x)), Pt(pt(page_h - y)));
                let matrix = if *rotation == 0.0 {
                    TextMatrix::Translate(x, y)
                } else {
                    TextMatrix::TranslateRotate(x, y, *rotation)
                };
                ops.push(Op::SetTextMatrix { matrix });
                ops.push(Op::ShowText {
                    items: vec![TextItem::Text(text.clone())],
                });
            }
            Prim::Stroke {
                points,
                width_pt,
                colour: c,
                round,
            } => {
                set_stroke(&mut ops, &mut state, *c, *width_pt);
                if state.round != *round {
                    let (cap, join) = if *round {
                        (LineCapStyle::Round, LineJoinStyle::Round)
                    } else {
                        (LineCapStyle::Butt, LineJoinStyle::Miter)
                    };
                    ops.push(Op::SetLineCapStyle { cap });
                    ops.push(Op::SetLineJoinStyle { join });
                    state.round = *round;
                }
                ops.push(Op::DrawLine {
                    line: PdfLine {
                        points: points.iter().map(|&(x, y)| point(x, y, page_h)).collect(),
                        is_closed: false,
                    },
                });
            }
            Prim::Rect {
                x,
                y,
                w,
                h,
                fill,
                stroke,
            } => {
                if let Some(f) = fill {
                    set_fill(&mut ops, &mut state, *f);
                }
                if let Some((c, width_pt)) = stroke {
                    set_stroke(&mut ops, &mut state, *c, *width_pt);
                }
                let mode = match (fill, stroke) {
                    (Some(_), Some(_)) => PaintMode::FillStroke,
                    (None, Some(_)) => PaintMode::Stroke,
                    _ => PaintMode::Fill,
                };
                ops.push(Op::DrawRectangle {
                    rectangle: Rect {
                        x: Pt(pt(*x)),
                        y: Pt(pt(page_h - y - h)),
                        width: Pt(pt(*w)),
                        height: Pt(pt(*h)),
                        mode: Some(mode),
                        winding_order: None,
                    },
                });
            }
            Prim::Shape {
                points,
                fill,
                stroke,
            } => {
                if let Some(f) = fill {
                    set_fill(&mut ops, &mut state, *f);
                }
                if let Some((c, width_pt)) = stroke {
                    set_stroke(&mut ops, &mut state, *c, *width_pt);
                }
                let mode = match (fill, stroke) {
                    (Some(_), Some(_)) => PaintMode::FillStroke,
                    (None, Some(_)) => PaintMode::Stroke,
                    _ => PaintMode::Fill,
                };
                let points = points
                    .iter()
                    .map(|p| LinePoint {
                        bezier: p.control,
                        ..point(p.x, p.y, page_h)
                    })
                    .collect();
                ops.push(Op::DrawPolygon {
                    polygon: Polygon {
                        rings: vec![PolygonRing { points }],
                        mode,
                        winding_order: WindingOrder::NonZero,
                    },
                });
            }
        }
    }
    if state.in_text {
        ops.push(Op::EndTextSection);
    }
    ops
}

fn set_fill(ops: &mut Vec<Op>, state: &mut PenState, c: Colour) {
    if state.fill != Some(c) {
        ops.push(Op::SetFillColor { col: colour(c) });
        state.fill = Some(c);
    }
}

fn set_stroke(ops: &mut Vec<Op>, state: &mut PenState, c: Colour, width_pt: f32) {
    if state.stroke != Some(c) {
        ops.push(Op::SetOutlineColor { col: colour(c) });
        state.stroke = Some(c);
    }
    let key = (width_pt * 100.0).round() as u32;
    if state.line_width != Some(key) {
        ops.push(Op::SetOutlineThickness { pt: Pt(width_pt) });
        state.line_width = Some(key);
    }
}

fn pdf_date(date: NaiveDate) -> printpdf::DateTime {
    use chrono::Datelike;
    printpdf::DateTime {
        date: printpdf::Date {
            year: date.year(),
            month: date.month() as u8,
            day: date.day() as u8,
        },
        time: printpdf::Time {
            hour: 0,
            minute: 0,
            second: 0,
            millisecond: 0,
        },
        offset: printpdf::Offset {
            hours: 0,
            minutes: 0,
            seconds: 0,
            milliseconds: 0,
        },
    }
}

/// 16 bytes identifying the document's content, for the trailer's `/ID`. printpdf fills it
/// with random characters, which would make every rendering of the same form differ.
fn document_id(title: &str, pages: &[Vec<Prim>]) -> Vec<u8> {
    let mut parts: Vec<&str> = vec![title];
    for page in pages {
        parts.push("\u{c}");
        parts.extend(texts_on(page));
    }
    [0xcbf2_9ce4_8422_2325_u64, 0x8422_2325_cbf2_9ce4]
        .iter()
        .flat_map(|&seed| {
            let mut hash = seed;
            for byte in parts.iter().flat_map(|p| p.bytes()) {
                hash ^= u64::from(byte);
                hash = hash.wrapping_mul(0x0000_0100_0000_01b3);
            }
            hash.to_be_bytes()
        })
        .collect()
}

fn texts_on(page: &[Prim]) -> impl Iterator<Item = &str> {
    page.iter().filter_map(|p| match p {
        Prim::Text { text, .. } => Some(text.as_str()),
        _ => None,
    })
}

fn write_pdf(document: &Document, pages: &[Vec<Prim>]) -> Result<Vec<u8>> {
    let (page_w, page_h) = document.page_size();

    let mut used: BTreeMap<Weight, BTreeSet<char>> = BTreeMap::new();
    for prim in pages.iter().flatten() {
        if let Prim::Text { style, text, .. } = prim {
            used.entry(style.weight()).or_default().extend(text.chars());
        }
    }

    let mut doc = PdfDocument::new(&document.title);
    for (weight, chars) in &used {
        let subset = font::subset_for(*weight, chars)?;
        doc.resources
            .fonts
            .map
            .insert(FontId(weight.resource_name().into()), PdfFont::new(subset));
    }
    doc.pages = pages
        .iter()
        .map(|prims| {
            PdfPage::new(
                printpdf::Mm(page_w),
                printpdf::Mm(page_h),
                page_ops(prims, page_h),
            )
        })
        .collect();

    let info = &mut doc.metadata.info;
    let date = pdf_date(document.printed_on);
    info.creation_date = date;
    info.modification_date = date;
    info.metadata_date = date;
    info.author = document.municipality.clone();
    info.creator = "Stegvis".into();
    info.producer = "Stegvis".into();

    let options = PdfSaveOptions {
        optimize: true,
        // Our fonts are subset already; printpdf can only subset with its `text_layout`
        // feature, which this crate leaves off.
        subset_fonts: false,
        secure: true,
        image_optimization: None,
    };
    let mut warnings = Vec::new();
    let mut pdf = doc.to_lopdf_document(&options, &mut warnings);
    if let Some(problem) = warnings
        .iter()
        .find(|w| w.severity == PdfParseErrorSeverity::Error)
    {
        return Err(Error::Pdf(problem.msg.clone()));
    }

    // `/Lang` lets screen readers pick Norwegian pronunciation (WCAG 3.1.1), and
    // `DisplayDocTitle` shows the title instead of the file name in the viewer's title bar.
    // printpdf writes an empty `GTS_PDFXVersion`, which readers take as a claim of PDF/X
    // conformance this document does not make; the other keys are empty.
    if let Ok(info_id) = pdf
        .trailer
        .get(b"Info")
        .and_then(lopdf::Object::as_reference)
    {
        if let Ok(info) = pdf.get_dictionary_mut(info_id) {
            for key in ["GTS_PDFXVersion", "Identifier", "Subject", "Keywords"] {
                info.remove(key.as_bytes());
            }
        }
    }
    pdf.version = "1.7".into();
    let catalog = pdf
        .catalog_mut()
        .map_err(|e| Error::Pdf(format!("PDF-katalogen mangler: {e}")))?;
    catalog.set("Lang", lopdf::Object::string_literal("nb-NO"));
    catalog.set(
        "ViewerPreferences",
        lopdf::Dictionary::from_iter(vec![("DisplayDocTitle", lopdf::Object::Boolean(true))]),
    );
    let id = lopdf::Object::String(
        document_id(&document.title, pages),
        lopdf::StringFormat::Hexadecimal,
    );
    pdf.trailer
        .set("ID", lopdf::Object::Array(vec![id.clone(), id]));
    pdf.compress();

    let mut bytes = Vec::new();
    pdf.save_to(&mut bytes)
        .map_err(|e| Error::Pdf(format!("kunne ikke skrive PDF-en: {e}")))?;
    Ok(bytes)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date() -> NaiveDate {
        NaiveDate::from_ymd_opt(2027, 3, 5).unwrap()
    }

    fn page_texts(page: &[Prim]) -> Vec<String> {
        texts_on(page).map(str::to_owned).collect()
    }

    #[test]
    fn a_long_line_wraps_into_lines_narrower_than_the_width() {
        let text = Text::from(
            "Arbeidsgruppen har et medlem fra hver av de tre kvalifiserende enhetene og går \
             gjennom modellens sju steg sammen, fra kartlegging av behov til evaluering.",
        );
        let width = 60.0;
        let lines = wrap(&text, BODY_SIZE, width);
        assert!(lines.len() >= 3, "{} lines", lines.len());
        for line in &lines {
            assert!(
                line.width <= width,
                "{} is {} mm wide",
                line.text(),
                line.width
            );
            let measured = text_width(Style::Regular, BODY_SIZE, &line.text());
            assert!((measured - line.width).abs() < 0.01);
            assert!(!line.text().starts_with(' ') && !line.text().ends_with(' '));
        }
        let rejoined: Vec<String> = lines.iter().map(Line::text).collect();
        assert_eq!(
            rejoined.join(" "),
            text.spans[0]
                .1
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ")
        );
    }

    #[test]
    fn a_word_longer_than_the_line_is_split_by_characters() {
        let word = "Kvalifiseringsprogramrådgivertjenesteansvarlig";
        let lines = wrap(&Text::from(word), BODY_SIZE, 25.0);
        assert!(lines.len() >= 3, "{lines:?}");
        assert!(lines.iter().all(|l| l.width <= 25.0));
        assert_eq!(lines.iter().map(Line::text).collect::<String>(), word);
    }

    #[test]
    fn a_long_address_breaks_after_punctuation() {
        let lines = wrap(
            &Text::from("kari.nordmann@lorenskog.kommune.no"),
            CELL_SIZE,
            40.0,
        );
        let texts: Vec<String> = lines.iter().map(Line::text).collect();
        assert_eq!(texts, ["kari.nordmann@", "lorenskog.kommune.no"]);
    }

    #[test]
    fn styled_spans_keep_their_style_and_position() {
        let text = Text::new().bold("Leder prosessen:").plain(" Kari Nordmann");
        let lines = wrap(&text, BODY_SIZE, 170.0);
        assert_eq!(lines.len(), 1);
        let runs = &lines[0].runs;
        assert_eq!(runs[0].style, Style::Bold);
        assert_eq!(runs[0].text, "Leder prosessen:");
        assert_eq!(
            (runs[1].style, runs[1].text.as_str()),
            (Style::Regular, " Kari Nordmann")
        );
        let bold_width = text_width(Style::Bold, BODY_SIZE, "Leder prosessen:");
        assert!((runs[1].x - bold_width).abs() < 0.01);
    }

    #[test]
    fn forced_line_breaks_are_kept() {
        let lines = wrap(&Text::from("Første linje\nAndre linje"), BODY_SIZE, 170.0);
        let texts: Vec<String> = lines.iter().map(Line::text).collect();
        assert_eq!(texts, ["Første linje", "Andre linje"]);
    }

    #[test]
    fn column_widths_mix_fixed_and_fractions() {
        let columns = [
            Column::new("A", Width::Mm(30.0)),
            Column::new("B", Width::Fraction(1.0)),
            Column::new("C", Width::Fraction(3.0)),
        ];
        assert_eq!(column_widths(&columns, 170.0), vec![30.0, 35.0, 105.0]);
    }

    fn long_table(rows: usize) -> Document {
        let mut doc = Document::new("Lørenskog kommune", "Prøve", date());
        doc.title("Prøve");
        let mut table = Table::new([
            Column::new("Navn", Width::Fraction(2.0)),
            Column::new("Ferdig", Width::Mm(20.0)).centered(),
        ]);
        table.group("Voksenopplæringen");
        for i in 0..rows {
            table.row([Cell::from(format!("Person {i:03}")), Cell::Tick(i % 2 == 0)]);
        }
        doc.table(table);
        doc
    }

    #[test]
    fn a_long_table_repeats_its_header_and_group_and_numbers_the_pages() {
        let pages = long_table(90).pages();
        assert!(pages.len() >= 2, "{} pages", pages.len());
        let total = pages.len();
        let mut seen = Vec::new();
        for (i, page) in pages.iter().enumerate() {
            let texts = page_texts(page);
            assert!(
                texts.contains(&"Navn".to_string()),
                "page {} lacks the header",
                i + 1
            );
            assert!(texts.contains(&format!("Side {} av {total}", i + 1)));
            assert!(texts.contains(&"Utskrevet 05.03.2027".to_string()));
            if i > 0 {
                assert!(
                    texts.iter().any(|t| t.trim() == "(forts.)"),
                    "page {}",
                    i + 1
                );
            }
            seen.extend(texts.into_iter().filter(|t| t.starts_with("Person ")));
        }
        let expected: Vec<String> = (0..90).map(|i| format!("Person {i:03}")).collect();
        assert_eq!(seen, expected, "every row once, in order");
    }

    #[test]
    fn nothing_is_placed_below_the_body() {
        let doc = long_table(90);
        let (_, page_h) = doc.page_size();
        let foot_rule = page_h - FOOTER_RULE_GAP;
        for page in doc.pages() {
            for prim in page {
                if let Prim::Text { y, text, .. } = &prim {
                    if text.starts_with("Person ") {
                        assert!(*y < page_h - BODY_BOTTOM_GAP, "{text} at {y}");
                    }
                } else if let Prim::Rect { y, h, .. } = prim {
                    assert!(y + h < foot_rule);
                }
            }
        }
    }

    #[test]
    fn a_heading_is_never_the_last_thing_on_a_page() {
        let mut doc = Document::new("Kommune", "Prøve", date());
        // Fill the first page until a heading would land in its last few millimetres.
        for _ in 0..44 {
            doc.paragraph("En linje.");
        }
        doc.heading("Neste del");
        doc.paragraph("Innhold som hører til overskriften.");
        let pages = doc.pages();
        assert_eq!(pages.len(), 2);
        let second = page_texts(&pages[1]);
        assert!(second.contains(&"Neste del".to_string()), "{second:?}");
    }

    #[test]
    fn keep_together_moves_the_whole_group() {
        let mut doc = Document::new("Kommune", "Prøve", date());
        for _ in 0..40 {
            doc.paragraph("En linje.");
        }
        doc.keep_together(|d| {
            d.tick_box(false, "Første punkt");
            d.tick_box(true, "Andre punkt");
            d.write_in(Some("Kommentar"), 3);
        });
        let pages = doc.pages();
        assert_eq!(pages.len(), 2);
        let second = page_texts(&pages[1]);
        assert!(second.contains(&"Første punkt".to_string()));
        assert!(second.contains(&"Kommentar".to_string()));
    }

    #[test]
    fn keep_with_next_takes_the_start_of_the_following_table_along() {
        let mut doc = Document::new("Kommune", "Prøve", date());
        // Leaves room for the heading and its paragraph, not for the table's first rows.
        for _ in 0..29 {
            doc.paragraph("En linje.");
        }
        doc.keep_with_next(|d| {
            d.heading("Fase 1");
            d.paragraph("Mål for fasen.");
        });
        let mut table = Table::new([Column::new("Oppgave", Width::Fraction(1.0))]);
        table.group("Språkutvikling");
        for i in 0..3 {
            table.row([format!("Oppgave {i}")]);
        }
        doc.table(table);
        let pages = doc.pages();
        assert_eq!(pages.len(), 2);
        let first = page_texts(&pages[0]);
        let second = page_texts(&pages[1]);
        assert!(!first.contains(&"Fase 1".to_string()), "{first:?}");
        for text in ["Fase 1", "Mål for fasen.", "Oppgave", "Oppgave 0"] {
            assert!(second.contains(&text.to_string()), "{text} not on page 2");
        }
    }

    #[test]
    fn a_ruled_table_draws_lines_between_its_columns() {
        let verticals = |ruled: bool| {
            let mut table = Table::new([
                Column::new("Oppgave", Width::Fraction(1.0)),
                Column::new("Dato", Width::Mm(24.0)),
                Column::new("Kommentar", Width::Mm(40.0)),
            ]);
            if ruled {
                table = table.ruled();
            }
            table.group("Gruppe");
            table.row(["Første"]);
            table.row(["Andre"]);
            let mut doc = Document::new("Kommune", "Prøve", date());
            doc.table(table);
            let pages = doc.pages();
            pages[0]
                .iter()
                .filter(|p| matches!(p, Prim::Stroke { points, .. } if points[0].0 == points[1].0))
                .count()
        };
        assert_eq!(verticals(false), 0);
        // Frame and two column lines in the header and both rows; the frame alone in the group.
        assert_eq!(verticals(true), 4 + 2 + 4 + 4);
    }

    #[test]
    fn signatures_stay_on_one_page_with_their_captions() {
        let mut doc = Document::new("Kommune", "Prøve", date());
        for _ in 0..42 {
            doc.paragraph("En linje.");
        }
        doc.signatures(["Arbeidsgiver", "Fadder", "Programrådgiver"]);
        let pages = doc.pages();
        let last = page_texts(pages.last().unwrap());
        for party in ["Arbeidsgiver", "Fadder", "Programrådgiver"] {
            assert!(
                last.contains(&party.to_string()),
                "{party} not on the last page"
            );
        }
        assert_eq!(last.iter().filter(|t| *t == "Signatur").count(), 3);
        assert_eq!(last.iter().filter(|t| *t == "Sted og dato").count(), 3);
    }

    #[test]
    fn landscape_pages_are_wider_than_tall_and_page_break_starts_a_page() {
        let mut doc = Document::new("Kommune", "Prøve", date()).orientation(Orientation::Landscape);
        doc.paragraph("Første side");
        doc.page_break();
        doc.space(10.0);
        doc.callout(Callout::note("Merk", "Andre side"));
        assert_eq!(doc.page_size(), (297.0, 210.0));
        let pages = doc.pages();
        assert_eq!(pages.len(), 2);
        assert!(page_texts(&pages[1]).contains(&"Andre side".to_string()));
    }

    #[test]
    fn rendering_is_deterministic() {
        let doc = long_table(30);
        let first = doc.render().unwrap();
        let second = doc.render().unwrap();
        assert!(first.starts_with(b"%PDF-1.7"));
        assert_eq!(first, second);
    }

    /// A point on the cubic curve from `p0` to `p3` steered by `p1` and `p2`.
    fn bezier(p: [(f32, f32); 4], t: f32) -> (f32, f32) {
        let u = 1.0 - t;
        let w = [u * u * u, 3.0 * u * u * t, 3.0 * u * t * t, t * t * t];
        (
            (0..4).map(|i| w[i] * p[i].0).sum(),
            (0..4).map(|i| w[i] * p[i].1).sum(),
        )
    }

    #[test]
    fn arcs_stay_on_their_circle() {
        let centre = (50.0, 60.0);
        let path = Path::ring_segment(centre, 20.0, 40.0, 30.0, 200.0);
        let points = &path.points;
        let start = on_circle(centre, 40.0, 30.0);
        assert!((points[0].x - start.0).abs() < 1e-4 && (points[0].y - start.1).abs() < 1e-4);
        // Two quarter-turn pieces out, two back in, each a line to its start and a curve.
        let curves: Vec<[(f32, f32); 4]> = points
            .windows(4)
            .filter(|w| !w[0].control && w[1].control && w[2].control && !w[3].control)
            .map(|w| [0, 1, 2, 3].map(|i| (w[i].x, w[i].y)))
            .collect();
        assert_eq!(curves.len(), 4);
        for curve in curves {
            let r0 = ((curve[0].0 - centre.0).powi(2) + (curve[0].1 - centre.1).powi(2)).sqrt();
            for t in [0.25, 0.5, 0.75] {
                let (x, y) = bezier(curve, t);
                let r = ((x - centre.0).powi(2) + (y - centre.1).powi(2)).sqrt();
                assert!((r - r0).abs() < r0 * 0.001, "{r} off a circle of {r0}");
            }
        }
    }

    #[test]
    fn an_arc_label_turns_its_letters_with_the_circle() {
        let mut drawing = Drawing::new(100.0, 100.0);
        let circle = ((50.0, 50.0), 30.0);
        drawing.arc_label("Nav", Style::Bold, 8.0, circle, 0.0, ArcReading::Clockwise);
        drawing.arc_label(
            "Nav",
            Style::Bold,
            8.0,
            circle,
            180.0,
            ArcReading::CounterClockwise,
        );
        let letters: Vec<(f32, f32, f32)> = drawing
            .prims
            .iter()
            .filter_map(|p| match p {
                Prim::Text { x, y, rotation, .. } => Some((*x, *y, *rotation)),
                _ => None,
            })
            .collect();
        assert_eq!(letters.len(), 6);
        let (top, bottom) = letters.split_at(3);
        // Over the top, left to right, each letter turned a little further clockwise.
        assert!(top[0].0 < top[1].0 && top[1].0 < top[2].0);
        assert!(top[0].2 > 0.0 && top[2].2 < 0.0, "{top:?}");
        assert!(top.iter().all(|l| l.1 < 25.0));
        // Under the bottom, also left to right and upright.
        assert!(bottom[0].0 < bottom[1].0 && bottom[1].0 < bottom[2].0);
        assert!(
            bottom.iter().all(|l| l.2.abs() < 15.0 && l.1 > 75.0),
            "{bottom:?}"
        );
    }

    #[test]
    fn a_list_item_hangs_its_lines_beside_the_marker() {
        let mut doc = Document::new("Kommune", "Prøve", date());
        doc.list_item(
            "10.",
            "Hvilke yrker passer for deltakere med lite eller ingen skolebakgrunn, og hvilke \
             krav stiller arbeidsgiverne til dem som søker?",
        );
        let pages = doc.pages();
        let texts: Vec<(f32, &str)> = pages[0]
            .iter()
            .filter_map(|p| match p {
                Prim::Text { x, text, .. } if !text.starts_with("Side") => {
                    Some((*x, text.as_str()))
                }
                _ => None,
            })
            .collect();
        let marker = texts.iter().position(|t| t.1 == "10.").unwrap();
        let lines = &texts[marker + 1..marker + 3];
        assert!(lines[0].0 > texts[marker].0 + 5.0);
        assert_eq!(lines[0].0, lines[1].0, "wrapped lines line up: {texts:?}");
    }

    #[test]
    fn smaller_table_text_fits_more_on_a_line() {
        let requirement = "Norsk muntlig på B1-nivå og førerkort";
        // Room for the line at 8 pt, and the cell's padding.
        let column = Text::from(requirement).width(8.0) + 2.0 * CELL_PAD_X;
        let height = |size: f32| {
            let mut table = Table::new([
                Column::new("Krav", Width::Mm(column)),
                Column::new("Kilde", Width::Fraction(1.0)),
            ])
            .text_size(size);
            table.row([requirement]);
            let mut doc = Document::new("Kommune", "Prøve", date());
            doc.table(table);
            let pages = doc.pages();
            pages[0]
                .iter()
                .filter(|p| matches!(p, Prim::Text { text, .. } if text.contains("Norsk") || text.contains("førerkort")))
                .count()
        };
        assert_eq!(height(9.0), 2);
        assert_eq!(height(7.0), 1);
    }
}
