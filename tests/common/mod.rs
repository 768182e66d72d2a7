//! What the PDF tests share: a rendered PDF in a file of its own, read back with poppler's
//! tools (`pdftotext`, `pdfinfo`, `pdffonts`) and lopdf, the way a reader's PDF viewer would.
//! Each test uses only some of it.
#![allow(dead_code)]

use std::path::PathBuf;
use std::process::Command;

/// Writes the PDF to a fresh file and keeps the directory alive as long as the value.
pub struct PdfFile {
    _dir: tempfile::TempDir,
    pub path: PathBuf,
    pub bytes: Vec<u8>,
}

impl PdfFile {
    pub fn new(bytes: impl AsRef<[u8]>) -> Self {
        let bytes = bytes.as_ref().to_vec();
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("dokument.pdf");
        std::fs::write(&path, &bytes).unwrap();
        Self {
            _dir: dir,
            path,
            bytes,
        }
    }

    /// Runs one of poppler's tools on the file and returns what it printed.
    pub fn run(&self, tool: &str, args: &[&str]) -> String {
        let mut command = Command::new(tool);
        command.args(args).arg(&self.path);
        if tool == "pdftotext" {
            command.arg("-");
        }
        let output = command
            .output()
            .unwrap_or_else(|e| panic!("{tool} (poppler-utils) must be installed: {e}"));
        assert!(output.status.success(), "{tool} failed: {output:?}");
        String::from_utf8(output.stdout).unwrap()
    }

    /// `pdftotext` with `mode` (`-layout`, `-raw`), of one page or of all.
    pub fn pdftotext(&self, mode: &str, page: Option<usize>) -> String {
        match page {
            Some(page) => {
                let page = page.to_string();
                self.run("pdftotext", &[mode, "-f", &page, "-l", &page])
            }
            None => self.run("pdftotext", &[mode]),
        }
    }

    pub fn pages(&self) -> usize {
        let info = self.run("pdfinfo", &[]);
        info_field(&info, "Pages").parse().unwrap()
    }

    /// Ticks drawn in tick boxes: the only paths of three points (a box is a rectangle and a
    /// rule a two-point line).
    pub fn ticks(&self) -> usize {
        let pdf = lopdf::Document::load_mem(&self.bytes).unwrap();
        let mut ticks = 0;
        for page in pdf.get_pages().into_values() {
            let content = pdf.get_and_decode_page_content(page).unwrap();
            let mut points = 0;
            for op in &content.operations {
                match op.operator.as_str() {
                    "m" => points = 1,
                    "l" => points += 1,
                    "S" => {
                        ticks += usize::from(points == 3);
                        points = 0;
                    }
                    _ => {}
                }
            }
        }
        ticks
    }

    /// `pdffonts` lists two fonts, regular and bold, both subsets of DejaVu Sans that are
    /// embedded and carry a Unicode map (so any script's text comes back out).
    pub fn assert_dejavu_subsets(&self) {
        let fonts = self.run("pdffonts", &[]);
        let rows: Vec<&str> = fonts.lines().skip(2).collect();
        assert_eq!(rows.len(), 2, "regular and bold:\n{fonts}");
        for row in rows {
            let columns: Vec<&str> = row.split_whitespace().collect();
            // name type encoding emb sub uni object-id
            let (name, flags) = (columns[0], &columns[columns.len() - 5..columns.len() - 2]);
            assert!(name.contains("+DejaVuSans"), "{row}");
            assert_eq!(flags, ["yes", "yes", "yes"], "emb, sub, uni in: {row}");
        }
    }
}

/// A field of `pdfinfo`'s output, such as `Pages` or `Title`.
pub fn info_field<'a>(info: &'a str, field: &str) -> &'a str {
    info.lines()
        .find_map(|l| l.strip_prefix(&format!("{field}:")))
        .unwrap_or_else(|| panic!("no {field} in pdfinfo output:\n{info}"))
        .trim()
}

/// Whitespace (including line breaks of wrapped cells) collapsed to single spaces.
pub fn flat(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}
