//! The typeface of every printed document: DejaVu Sans regular and bold, measured by real glyph
//! advances for line breaking, and cut down to the characters a document uses before it is
//! embedded.
//!
//! DejaVu covers Norwegian letters as well as the Latin-extended and Cyrillic names that
//! participants bring with them. The whole face is about 750 KB, so each document embeds a
//! subset made with allsorts (the subsetter printpdf already depends on). printpdf itself only
//! subsets with its heavy `text_layout` feature; parsing our subset with
//! [`ParsedFont::from_bytes`] keeps its cmap, so text is still written and extracted as
//! ordinary Unicode.

use std::collections::BTreeSet;
use std::sync::OnceLock;

use allsorts::binary::read::ReadScope;
use allsorts::font_data::FontData;
use allsorts::subset::{subset, CmapTarget, SubsetProfile};
use allsorts::tag;
use printpdf::ParsedFont;

use crate::error::{Error, Result};

/// The two weights a form uses.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Weight {
    Regular,
    Bold,
}

impl Weight {
    fn bytes(self) -> &'static [u8] {
        match self {
            Weight::Regular => dejavu::sans::regular(),
            Weight::Bold => dejavu::sans::bold(),
        }
    }

    fn postscript_name(self) -> &'static str {
        match self {
            Weight::Regular => "DejaVuSans",
            Weight::Bold => "DejaVuSans-Bold",
        }
    }

    /// The font's resource name inside the PDF. Fixed names (rather than printpdf's random
    /// ids) keep the output byte-for-byte reproducible.
    pub(crate) fn resource_name(self) -> &'static str {
        match self {
            Weight::Regular => "FR",
            Weight::Bold => "FB",
        }
    }
}

/// The full face, parsed once per process: measuring is on the hot path of every layout.
fn face(weight: Weight) -> &'static ParsedFont {
    static REGULAR: OnceLock<ParsedFont> = OnceLock::new();
    static BOLD: OnceLock<ParsedFont> = OnceLock::new();
    let cell = match weight {
        Weight::Regular => &REGULAR,
        Weight::Bold => &BOLD,
    };
    cell.get_or_init(|| {
        // The font is compiled into the binary, so a parse failure is a build defect, not
        // something a user could act on.
        ParsedFont::from_bytes(weight.bytes(), 0, &mut Vec::new())
            .expect("the bundled DejaVu Sans must parse")
    })
}

/// Horizontal advance of `text` set in `weight`, in em (multiply by the font size).
///
/// Characters the face lacks are measured as the `.notdef` box they will print as.
pub fn advance_em(weight: Weight, text: &str) -> f32 {
    let font = face(weight);
    let units: u32 = text
        .chars()
        .map(|c| {
            let gid = font.lookup_glyph_index(u32::from(c)).unwrap_or(0);
            u32::from(font.get_glyph_width(gid).unwrap_or(0))
        })
        .sum();
    units as f32 / f32::from(font.units_per_em)
}

/// Vertical metrics in em, from the `hhea` table: how far glyphs reach above and below the
/// baseline.
pub fn ascent_descent_em() -> (f32, f32) {
    let font = face(Weight::Regular);
    let upm = f32::from(font.units_per_em);
    (
        f32::from(font.font_metrics.ascent) / upm,
        -f32::from(font.font_metrics.descent) / upm,
    )
}

/// A copy of the face holding only the glyphs for `chars` (plus `.notdef`), ready for
/// `PdfDocument`'s font map.
///
/// The name carries a six-letter subset tag, as the PDF specification asks of subset fonts;
/// it is derived from the glyph set so the same document always gets the same name.
pub fn subset_for(weight: Weight, chars: &BTreeSet<char>) -> Result<ParsedFont> {
    let full = face(weight);
    let used: BTreeSet<u16> = chars
        .iter()
        .filter_map(|&c| full.lookup_glyph_index(u32::from(c)))
        .filter(|&gid| gid != 0)
        .collect();
    // allsorts requires `.notdef` first; it is also what a missing character prints as.
    let glyph_ids: Vec<u16> = std::iter::once(0).chain(used).collect();

    let fail = |what: &str, detail: String| {
        Error::Pdf(format!(
            "skrifttypen {} ({what}): {detail}",
            weight.postscript_name()
        ))
    };
    let font_data = ReadScope::new(weight.bytes())
        .read::<FontData<'_>>()
        .map_err(|e| fail("lesing", e.to_string()))?;
    let provider = font_data
        .table_provider(0)
        .map_err(|e| fail("lesing", e.to_string()))?;
    // Only what a PDF reader needs to draw TrueType glyphs, plus the cmap printpdf reads to
    // map text to glyphs. The `name` table is left out: DejaVu's carries the full licence
    // text, several kilobytes per font, and PDF readers never look at it.
    let profile = SubsetProfile::Custom(vec![
        tag::CMAP,
        tag::CVT,
        tag::FPGM,
        tag::HEAD,
        tag::HHEA,
        tag::HMTX,
        tag::MAXP,
        tag::POST,
        tag::PREP,
    ]);
    let bytes = subset(&provider, &glyph_ids, &profile, CmapTarget::Unicode)
        .map_err(|e| fail("utvalg av tegn", e.to_string()))?;

    let mut warnings = Vec::new();
    let mut parsed = ParsedFont::from_bytes(&bytes, 0, &mut warnings).ok_or_else(|| {
        fail(
            "tolking av utvalget",
            warnings
                .iter()
                .map(|w| w.message.clone())
                .collect::<Vec<_>>()
                .join("; "),
        )
    })?;
    parsed.font_name = Some(format!(
        "{}+{}",
        subset_tag(weight, &glyph_ids),
        weight.postscript_name()
    ));
    Ok(parsed)
}

/// Six capital letters from an FNV-1a hash of the glyph set.
fn subset_tag(weight: Weight, glyph_ids: &[u16]) -> String {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    let bytes = std::iter::once(weight as u8).chain(glyph_ids.iter().flat_map(|g| g.to_be_bytes()));
    for byte in bytes {
        hash ^= u64::from(byte);
        hash = hash.wrapping_mul(0x0000_0100_0000_01b3);
    }
    (0..6)
        .map(|i| char::from(b'A' + ((hash >> (i * 8)) % 26) as u8))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bold_is_wider_than_regular_and_widths_add_up() {
        let regular = advance_em(Weight::Regular, "Lørenskog");
        let bold = advance_em(Weight::Bold, "Lørenskog");
        assert!(
            bold > regular,
            "bold {bold} should be wider than regular {regular}"
        );
        let parts = advance_em(Weight::Regular, "Løren") + advance_em(Weight::Regular, "skog");
        assert!((parts - regular).abs() < 1e-5);
        assert!(advance_em(Weight::Regular, "") == 0.0);
    }

    #[test]
    fn subset_keeps_only_the_used_characters_and_maps_them() {
        let chars: BTreeSet<char> = "Łukasz Дмитрий æøå".chars().collect();
        let font = subset_for(Weight::Regular, &chars).unwrap();
        for c in chars {
            let gid = font.lookup_glyph_index(u32::from(c));
            assert!(
                matches!(gid, Some(g) if g != 0),
                "{c} is missing from the subset"
            );
        }
        assert_eq!(font.lookup_glyph_index(u32::from('Q')), None);
        assert!(
            font.original_bytes.len() < 40_000,
            "{}",
            font.original_bytes.len()
        );
        let name = font.font_name.unwrap();
        assert!(name.ends_with("+DejaVuSans"), "{name}");
        assert!(name[..6].chars().all(|c| c.is_ascii_uppercase()), "{name}");
    }
}
