//! The printed documents: a small page-layout layer on printpdf and one file per printed form
//! on top of it. Forms are what employers, fadders and the working group read and sign, so
//! they are laid out for paper: A4, a running header with the municipality's name, "Side X av
//! Y", and an embedded font that covers Norwegian, Latin-extended and Cyrillic names.

pub mod arbeidsgruppe;
pub mod arshjul;
pub mod evaluering;
mod font;
pub mod forberedelse;
pub mod innkalling;
pub mod kravspesifikasjon;
pub mod layout;

pub use layout::{Callout, Cell, Column, Document, Orientation, Style, Table, Text, Width};
pub mod opplaeringsplan;
pub mod praksisavtale;
pub mod referat;
pub mod steg;

/// Writes a rendered document to the file the user chose.
pub fn write_file(path: &std::path::Path, bytes: &[u8]) -> crate::Result<()> {
    std::fs::write(path, bytes).map_err(|source| crate::Error::Io {
        path: path.to_path_buf(),
        source,
    })
}
