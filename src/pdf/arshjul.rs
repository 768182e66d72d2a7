//! The annual wheel on one A4 landscape page: a ring chart on the left — twelve month sectors
//! with January at the top, running clockwise, one ring per unit from the centre out, and every
//! activity a numbered segment in the ring of the unit responsible for it over its months — and
//! on the right the list the numbers refer to: activity, kind, months, and the units
//! responsible, doing it and involved.
//!
//! The kinds have colours, but the numbers and the list carry everything, so the page reads as
//! well from a black-and-white printer. Activities that share a unit and a month are set side by
//! side in the ring, each in a lane of its own. If the list does not fit beside the wheel even
//! in small type, the rest continues on a second page.

use chrono::NaiveDate;

use super::kravspesifikasjon::municipality;
use super::layout::{
    on_circle, Anchor, ArcReading, Cell, Colour, Column, Document, Drawing, Orientation, Path,
    Style, Table, Text, Width,
};
use crate::annual_wheel::{months_to_bits, ActivityKind, Wheel, WheelActivity, ACTIVITY_KINDS};
use crate::words::join_with_og;
use crate::{dates, Result};

/// The wheel as PDF bytes.
pub fn render(municipality_name: &str, wheel: &Wheel) -> Result<Vec<u8>> {
    document(municipality_name, wheel, dates::today()).render()
}

use crate::dates::MONTHS;

/// Millimetres per point, for text measured in points and placed in millimetres.
const MM_PER_PT: f32 = 25.4 / 72.0;
/// The list beside the wheel gets this much of the page's width: enough for a line naming three
/// units at 7.5 pt.
const LEGEND_WIDTH: f32 = 112.0;
const GUTTER: f32 = 7.0;
/// The key to the kinds and rings under the wheel.
const KEY_SIZE: f32 = 7.5;
const KEY_HEIGHT: f32 = 11.0;
const MONTH_SIZE: f32 = 8.5;
/// Space between the wheel's edge and the month names.
const MONTH_GAP: f32 = 2.5;
/// The band at the inside of each ring that carries the unit's name.
const NAME_BAND: f32 = 3.6;
const NAME_SIZE: f32 = 6.5;
const RING_GAP: f32 = 2.5;
/// Lanes never grow thicker than this, however few activities there are; the centre grows.
const MAX_LANE: f32 = 11.0;
/// Space between neighbouring segments, in degrees and millimetres.
const SEGMENT_INSET_DEG: f32 = 0.9;
const SEGMENT_INSET_MM: f32 = 0.35;
/// Sizes the list is tried in, largest first; never below 7 pt.
const LIST_SIZES: [f32; 4] = [8.5, 8.0, 7.5, 7.0];
const BADGE_W: f32 = 5.6;
const BADGE_GAP: f32 = 1.8;
const MONTHS_COLUMN: f32 = 19.0;

/// Fill and outline of each kind's segments: fills light enough for the numbers on them to
/// read, in colour and in grey, and dark enough to stand out from the ring behind them. The hues
/// are the screen's (`ui/src/lib/wheel.ts`), so the printed wheel matches the one on screen.
fn kind_colours(kind: ActivityKind) -> (Colour, Colour) {
    match kind {
        ActivityKind::Budget => (Colour::rgb(0xb9, 0xd4, 0xf2), Colour::rgb(0x2f, 0x6f, 0xb0)),
        ActivityKind::Accounts => (Colour::rgb(0xdb, 0xc8, 0xee), Colour::rgb(0x6b, 0x3f, 0xa0)),
        ActivityKind::Planning => (Colour::rgb(0xc0, 0xe3, 0xbd), Colour::rgb(0x0b, 0x6b, 0x4f)),
        ActivityKind::Intake => (Colour::rgb(0xf9, 0xd6, 0xa0), Colour::rgb(0x9c, 0x47, 0x00)),
        ActivityKind::Course => (Colour::rgb(0xf2, 0xc4, 0xdc), Colour::rgb(0xa3, 0x17, 0x5d)),
        ActivityKind::Other => (Colour::rgb(0xd6, 0xd9, 0xde), Colour::rgb(0x6a, 0x70, 0x78)),
    }
}

fn document(municipality_name: &str, wheel: &Wheel, printed_on: NaiveDate) -> Document {
    let group = wheel.group_name.trim();
    let mut doc = Document::new(
        municipality(municipality_name),
        if group.is_empty() {
            "Årshjul".to_owned()
        } else {
            format!("Årshjul – {group}")
        },
        printed_on,
    )
    .orientation(Orientation::Landscape);
    let (width, height) = doc.body_size();
    let mut drawing = Drawing::new(width, height);
    let wheel_width = width - LEGEND_WIDTH - GUTTER;
    draw_wheel(&mut drawing, wheel, (wheel_width, height - KEY_HEIGHT));
    draw_key(&mut drawing, wheel, wheel_width, height - KEY_HEIGHT);
    let listed = draw_legend(&mut drawing, wheel, wheel_width + GUTTER);
    doc.drawing(drawing);

    if listed < wheel.activities.len() {
        doc.page_break();
        doc.heading("Aktivitetene i årshjulet (forts.)");
        doc.table(rest_table(&wheel.activities, listed));
    }
    doc
}

// ---------------------------------------------------------------------------------------------
// The wheel

/// A ring of the chart: a unit, its activities and how many lanes they need.
struct Ring<'a> {
    name: &'a str,
    /// Each activity with its number (1-based) and lane (0 = innermost).
    activities: Vec<(usize, usize, &'a WheelActivity)>,
    lanes: usize,
}

fn rings(wheel: &Wheel) -> Vec<Ring<'_>> {
    wheel
        .rings
        .iter()
        .map(|unit| {
            // Lanes are handed out first come, first served: each activity takes the innermost
            // lane where none of its months is taken yet.
            let mut taken: Vec<u16> = Vec::new();
            let mut activities = Vec::new();
            for (i, activity) in wheel.activities.iter().enumerate() {
                if activity.responsible.id != unit.id {
                    continue;
                }
                let months = months_to_bits(&activity.months);
                let lane = match taken.iter().position(|t| t & months == 0) {
                    Some(lane) => lane,
                    None => {
                        taken.push(0);
                        taken.len() - 1
                    }
                };
                taken[lane] |= months;
                activities.push((i + 1, lane, activity));
            }
            Ring {
                name: unit.name.trim(),
                activities,
                lanes: taken.len().max(1),
            }
        })
        .collect()
}

/// The months of an activity as runs of consecutive months, a run over new year kept whole:
/// (first month, number of months), months 1–12.
fn month_runs(months: &[u8]) -> Vec<(u8, u8)> {
    let bits = months_to_bits(months);
    if bits == 0xfff {
        return vec![(1, 12)];
    }
    let has = |m: i32| bits & (1 << (m.rem_euclid(12))) != 0;
    (0..12)
        .filter(|&m| has(m) && !has(m - 1))
        .map(|start| {
            let length = (0..12).take_while(|k| has(start + k)).count();
            (start as u8 + 1, length as u8)
        })
        .collect()
}

/// The largest wheel that fits `area` with the month names round it, and its centre: the names
/// differ in length, so the wheel is centred on the whole, names included.
fn wheel_geometry(area: (f32, f32)) -> ((f32, f32), f32) {
    let mut radius = area.0.min(area.1) / 2.0;
    loop {
        let (mut left, mut top, mut right, mut bottom) = (-radius, -radius, radius, radius);
        for m in 0..12 {
            let (x, y, w, h) = month_box((0.0, 0.0), radius, m);
            left = left.min(x);
            top = top.min(y);
            right = right.max(x + w);
            bottom = bottom.max(y + h);
        }
        if (right - left <= area.0 && bottom - top <= area.1) || radius <= 20.0 {
            let centre = (
                (area.0 - (right - left)) / 2.0 - left,
                (area.1 - (bottom - top)) / 2.0 - top,
            );
            return (centre, radius);
        }
        radius -= 0.5;
    }
}

/// The box (left, top, width, height) of month `m`'s name (0 = January) outside a wheel of
/// `radius`: pushed out along the month's middle until its nearest corner clears the edge.
fn month_box(centre: (f32, f32), radius: f32, m: usize) -> (f32, f32, f32, f32) {
    let angle = m as f32 * 30.0 + 15.0;
    let w = Text::from(MONTHS[m]).width(MONTH_SIZE);
    let h = MONTH_SIZE * MM_PER_PT;
    let (sin, cos) = angle.to_radians().sin_cos();
    let reach = radius + MONTH_GAP + sin.abs() * w / 2.0 + cos.abs() * h / 2.0;
    let (x, y) = on_circle(centre, reach, angle);
    (x - w / 2.0, y - h / 2.0, w, h)
}

fn draw_wheel(drawing: &mut Drawing, wheel: &Wheel, area: (f32, f32)) {
    let (centre, radius) = wheel_geometry(area);
    let rings = rings(wheel);
    let count = rings.len().max(1) as f32;
    let lanes: usize = rings.iter().map(|r| r.lanes).sum::<usize>().max(1);
    let fixed = count * NAME_BAND + (count - 1.0) * RING_GAP;
    let smallest_hole = (radius * 0.18).max(10.0);
    let lane = ((radius - smallest_hole - fixed) / lanes as f32).clamp(2.5, MAX_LANE);
    let hole = radius - fixed - lanes as f32 * lane;

    // Month names round the outside, and the months' boundaries as ticks through the edge.
    for (m, name) in MONTHS.iter().enumerate() {
        let (x, y, w, h) = month_box(centre, radius, m);
        let baseline = y + h / 2.0 + 0.365 * MONTH_SIZE * MM_PER_PT;
        drawing.label(
            &Text::new().bold(*name),
            MONTH_SIZE,
            (x + w / 2.0, baseline),
            Anchor::Middle,
        );
    }

    let mut inner = hole;
    for ring in &rings {
        let outer = inner + NAME_BAND + ring.lanes as f32 * lane;
        let lanes_from = inner + NAME_BAND;
        drawing.shape(
            &Path::ring_segment(centre, inner, outer, 0.0, 360.0),
            Some(Colour::LIGHT_TINT),
            Some((Colour::MUTED, 0.6)),
        );
        drawing.shape(
            &Path::ring_segment(centre, inner, lanes_from, 0.0, 360.0),
            Some(Colour::TINT),
            None,
        );
        // The month boundaries cross the lanes only, so the unit's name runs unbroken.
        for m in 0..12 {
            let angle = m as f32 * 30.0;
            let quarter = m % 3 == 0;
            drawing.line(
                on_circle(centre, lanes_from, angle),
                on_circle(centre, outer, angle),
                if quarter { Colour::MUTED } else { Colour::RULE },
                if quarter { 0.7 } else { 0.45 },
            );
        }
        for &(number, lane_index, activity) in &ring.activities {
            let lane_in = lanes_from + lane_index as f32 * lane;
            let lane_out = lane_in + lane;
            let (fill, accent) = kind_colours(activity.kind);
            for (first, length) in month_runs(&activity.months) {
                let from = f32::from(first - 1) * 30.0 + SEGMENT_INSET_DEG;
                let to = f32::from(first - 1 + length) * 30.0 - SEGMENT_INSET_DEG;
                drawing.shape(
                    &Path::ring_segment(
                        centre,
                        lane_in + SEGMENT_INSET_MM,
                        lane_out - SEGMENT_INSET_MM,
                        from,
                        to,
                    ),
                    Some(fill),
                    Some((accent, 0.6)),
                );
                let size = ((lane - 1.0) / MM_PER_PT * 0.72).clamp(5.5, 8.0);
                let (x, y) = on_circle(centre, (lane_in + lane_out) / 2.0, (from + to) / 2.0);
                drawing.label(
                    &Text::new().bold(number.to_string()),
                    size,
                    (x, y + 0.365 * size * MM_PER_PT),
                    Anchor::Middle,
                );
            }
        }
        // The unit's name at the top of its ring, and again at the bottom the right way up.
        let longest = std::f32::consts::PI * (inner + NAME_BAND / 2.0) * 0.8;
        let name = shortened(ring.name, NAME_SIZE, longest);
        drawing.arc_label(
            &name,
            Style::Bold,
            NAME_SIZE,
            (centre, inner + 0.95),
            0.0,
            ArcReading::Clockwise,
        );
        drawing.arc_label(
            &name,
            Style::Bold,
            NAME_SIZE,
            (centre, lanes_from - 0.95),
            180.0,
            ArcReading::CounterClockwise,
        );
        inner = outer + RING_GAP;
    }
    drawing.shape(
        &Path::ring_segment(centre, 0.0, radius, 0.0, 360.0),
        None,
        Some((Colour::MUTED, 0.6)),
    );
    if rings.is_empty() {
        for m in 0..12 {
            let angle = m as f32 * 30.0;
            drawing.line(
                on_circle(centre, hole, angle),
                on_circle(centre, radius, angle),
                Colour::RULE,
                0.45,
            );
        }
    }
}

/// `name` cut with "…" to fit `width` mm on one line.
fn shortened(name: &str, size: f32, width: f32) -> String {
    let fits = |s: &str| Text::new().bold(s).width(size) <= width;
    if fits(name) {
        return name.to_owned();
    }
    let mut kept: String = name.to_owned();
    while !kept.is_empty() && !fits(&format!("{kept}…")) {
        kept.pop();
    }
    format!("{}…", kept.trim_end())
}

// ---------------------------------------------------------------------------------------------
// The list beside it

/// Under the wheel: the kinds' colours side by side, and the rings from the centre out.
fn draw_key(drawing: &mut Drawing, wheel: &Wheel, width: f32, top: f32) {
    let swatch = 3.2;
    let items: Vec<(ActivityKind, Text, f32)> = ACTIVITY_KINDS
        .into_iter()
        .map(|kind| {
            let label = Text::from(kind.label());
            let w = swatch + 1.4 + label.width(KEY_SIZE);
            (kind, label, w)
        })
        .collect();
    let spacing = 4.5;
    let total: f32 = items.iter().map(|i| i.2).sum::<f32>() + spacing * (items.len() - 1) as f32;
    let mut x = ((width - total) / 2.0).max(0.0);
    let line = KEY_SIZE * MM_PER_PT * 1.5;
    for (kind, label, w) in items {
        let (fill, accent) = kind_colours(kind);
        let box_top = top + (line - swatch) / 2.0;
        drawing.rect(
            (x, box_top, swatch, swatch),
            Some(fill),
            Some((accent, 0.6)),
        );
        drawing.label(
            &label,
            KEY_SIZE,
            (
                x + swatch + 1.4,
                box_top + swatch / 2.0 + 0.365 * KEY_SIZE * MM_PER_PT,
            ),
            Anchor::Start,
        );
        x += w + spacing;
    }
    let ring_names: Vec<&str> = wheel.rings.iter().map(|u| u.name.trim()).collect();
    if !ring_names.is_empty() {
        let rings = Text::new()
            .bold("Ringene fra midten og ut: ")
            .plain(join_with_og(&ring_names));
        drawing.label(
            &rings,
            KEY_SIZE,
            (width / 2.0, top + line + 0.9 * line),
            Anchor::Middle,
        );
    }
}

/// "Ansvarlig og utfører: Flyktningtjenesten · Involvert: Voksenopplæringen og Nav"
fn who(activity: &WheelActivity) -> String {
    let responsible = activity.responsible.name.trim();
    let mut parts = Vec::new();
    match activity.performing.as_ref().map(|u| u.name.trim()) {
        Some(performing) if performing == responsible => {
            parts.push(format!("Ansvarlig og utfører: {responsible}"));
        }
        Some(performing) => {
            parts.push(format!("Ansvarlig: {responsible}"));
            parts.push(format!("Utfører: {performing}"));
        }
        None => parts.push(format!("Ansvarlig: {responsible}")),
    }
    if !activity.involved.is_empty() {
        let involved: Vec<&str> = activity.involved.iter().map(|u| u.name.trim()).collect();
        parts.push(format!("Involvert: {}", join_with_og(&involved)));
    }
    parts.join(" · ")
}

/// Draws the title and as much of the list as fits at `x`, in the largest size that takes all
/// of it; returns how many activities it listed.
fn draw_legend(drawing: &mut Drawing, wheel: &Wheel, x: f32) -> usize {
    let height = drawing.height();
    let width = drawing.width() - x;
    for (i, &size) in LIST_SIZES.iter().enumerate() {
        let mut trial = Drawing::new(drawing.width(), height);
        let listed = legend(&mut trial, wheel, x, width, size, height);
        if listed == wheel.activities.len() || i + 1 == LIST_SIZES.len() {
            legend(drawing, wheel, x, width, size, height);
            return listed;
        }
    }
    0
}

/// The legend at `size` points; returns how many activities fitted above `limit`.
fn legend(
    drawing: &mut Drawing,
    wheel: &Wheel,
    x: f32,
    width: f32,
    size: f32,
    limit: f32,
) -> usize {
    let mut y = 0.0;
    y += drawing.text(&Text::new().bold("Årshjul"), 17.0, (x, y), width);
    let group = wheel.group_name.trim();
    if !group.is_empty() {
        y += drawing.text(&Text::new().muted(group), 10.5, (x, y), width);
    }
    y += 2.0;
    let intro = Text::from(
        "Det som skjer hvert år, måned for måned. Hver ring er en enhet, og en aktivitet står i \
         ringen til enheten som har ansvaret. Tallene i hjulet viser til listen.",
    );
    y += drawing.text(&intro, size, (x, y), width) + 2.5;

    // The list: number, activity, kind and units, months.
    let head = size * MM_PER_PT * 1.3 + 2.0;
    drawing.rect((x, y, width, head), Some(Colour::TINT), None);
    let baseline = y + head / 2.0 + 0.365 * size * MM_PER_PT;
    drawing.label(
        &Text::new().bold("Nr."),
        size,
        (x + 0.6, baseline),
        Anchor::Start,
    );
    drawing.label(
        &Text::new().bold("Aktivitet og enheter"),
        size,
        (x + BADGE_W + BADGE_GAP, baseline),
        Anchor::Start,
    );
    drawing.label(
        &Text::new().bold("Måned"),
        size,
        (x + width - 0.8, baseline),
        Anchor::End,
    );
    y += head;
    drawing.line((x, y), (x + width, y), Colour::MUTED, 0.7);

    if wheel.activities.is_empty() {
        y += 2.0;
        drawing.text(
            &Text::new().muted(
                "Ingen aktiviteter er lagt inn ennå. Begynn med kommunens faste budsjett- og \
                 regnskapsfrister, og legg til planlegging, inntak og kurs.",
            ),
            size,
            (x, y),
            width,
        );
        return 0;
    }

    let text_x = x + BADGE_W + BADGE_GAP;
    let text_width = width - BADGE_W - BADGE_GAP;
    let name_width = text_width - MONTHS_COLUMN;
    let pad = 0.9;
    let line = size * MM_PER_PT * 1.3;
    for (i, activity) in wheel.activities.iter().enumerate() {
        let name = Text::new()
            .bold(activity.name.trim())
            .muted(format!(" · {}", activity.kind_label));
        let details = Text::new().muted(who(activity));
        let entry =
            pad + name.height_in(size, name_width) + details.height_in(size, text_width) + pad;
        if y + entry > limit {
            return i;
        }
        let top = y + pad;
        let (fill, accent) = kind_colours(activity.kind);
        let badge_h = line + 0.3;
        drawing.rect((x, top, BADGE_W, badge_h), Some(fill), Some((accent, 0.6)));
        let middle = top + badge_h / 2.0 + 0.365 * size * MM_PER_PT;
        drawing.label(
            &Text::new().bold((i + 1).to_string()),
            size,
            (x + BADGE_W / 2.0, middle),
            Anchor::Middle,
        );
        let name_h = drawing.text(&name, size, (text_x, top), name_width);
        drawing.label(
            &Text::from(activity.months_label.as_str()),
            size,
            (x + width - 0.8, top + line / 2.0 + 0.365 * size * MM_PER_PT),
            Anchor::End,
        );
        drawing.text(&details, size, (text_x, top + name_h), text_width);
        y += entry;
        drawing.line((x, y), (x + width, y), Colour::RULE, 0.45);
    }
    wheel.activities.len()
}

/// The activities the page had no room for, as a table on the next page.
fn rest_table(activities: &[WheelActivity], from: usize) -> Table {
    let mut table = Table::new([
        Column::new("Nr.", Width::Mm(12.0)),
        Column::new("Aktivitet", Width::Fraction(1.4)),
        Column::new("Måned", Width::Mm(30.0)),
        Column::new("Enheter", Width::Fraction(1.6)),
    ])
    .ruled();
    for (i, activity) in activities.iter().enumerate().skip(from) {
        table.row([
            Cell::from((i + 1).to_string()),
            Cell::Text(
                Text::new()
                    .bold(activity.name.trim())
                    .muted(format!(" · {}", activity.kind_label)),
            ),
            Cell::from(activity.months_label.as_str()),
            Cell::from(who(activity)),
        ]);
    }
    table
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn months_run_together_also_over_new_year() {
        assert_eq!(month_runs(&[2]), vec![(2, 1)]);
        assert_eq!(month_runs(&[4, 5, 6]), vec![(4, 3)]);
        assert_eq!(month_runs(&[5, 9]), vec![(5, 1), (9, 1)]);
        assert_eq!(month_runs(&[1, 2, 11, 12]), vec![(11, 4)]);
        assert_eq!(month_runs(&(1..=12).collect::<Vec<_>>()), vec![(1, 12)]);
    }
}
