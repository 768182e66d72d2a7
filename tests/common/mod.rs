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

/// The qualifying units' fixed ids (the same in every installation).
pub const REFUGEE_SERVICE: &str = "5b0c7d1e-2f4a-4c8e-9a1b-000000000001";
pub const ADULT_EDUCATION: &str = "5b0c7d1e-2f4a-4c8e-9a1b-000000000002";
pub const NAV: &str = "5b0c7d1e-2f4a-4c8e-9a1b-000000000003";

pub fn unit(id: &str) -> uuid::Uuid {
    uuid::Uuid::parse_str(id).unwrap()
}

/// A working group named `group` with one member from each qualifying unit, in the order
/// flyktningtjenesten, voksenopplæringen, Nav, with the names and roles given; the first leads
/// the process. Returns the group's id and the people's ids.
pub fn group_of_three(
    store: &mut stegvis::Store,
    group: &str,
    members: [(&str, stegvis::people::Role); 3],
) -> (uuid::Uuid, [uuid::Uuid; 3]) {
    let group = stegvis::work_groups::create(store, group).unwrap().id;
    let mut people = [uuid::Uuid::nil(); 3];
    for (i, ((name, role), unit_id)) in members
        .into_iter()
        .zip([REFUGEE_SERVICE, ADULT_EDUCATION, NAV])
        .enumerate()
    {
        people[i] = stegvis::people::create(
            store,
            &stegvis::people::PersonInput {
                name: name.into(),
                unit_id: Some(unit(unit_id)),
                role: role.code().into(),
                email: None,
                phone: None,
            },
        )
        .unwrap()
        .id;
        stegvis::work_groups::add_member(store, group, people[i], i == 0).unwrap();
    }
    (group, people)
}

/// A participant named `participant` (followed up by `adviser`, if any) in a placement at
/// `workplace` with `mentor` as fadder, three days a week, that started `started_days_ago` days
/// ago and lasts 150 days. Returns the placement's id.
pub fn placement_started(
    store: &mut stegvis::Store,
    participant: &str,
    adviser: Option<uuid::Uuid>,
    (workplace, mentor): (&str, &str),
    started_days_ago: u64,
) -> uuid::Uuid {
    use stegvis::participants::{self, ParticipantInput, PlacementInput};
    let participant = participants::create(
        store,
        &ParticipantInput {
            name: participant.into(),
            initials_only: false,
            adviser_id: adviser,
        },
    )
    .unwrap();
    let start = stegvis::dates::today() - chrono::Days::new(started_days_ago);
    participants::create_placement(
        store,
        &PlacementInput {
            participant_id: Some(participant.id),
            workplace: workplace.into(),
            mentor_name: mentor.into(),
            start_date: stegvis::dates::format_date(start),
            end_date: stegvis::dates::format_date(start + chrono::Days::new(150)),
            days_per_week: Some(3),
            ..Default::default()
        },
    )
    .unwrap()
    .id
}

/// A database of its own holding one working group of three: Kari Nordmann
/// (flyktningtjenesten, leads the process), Per Hansen (voksenopplæringen) and Åse Øvrebø (Nav).
pub struct GroupFixture {
    _dir: tempfile::TempDir,
    pub store: stegvis::Store,
    pub group: uuid::Uuid,
    /// Kari, Per, Åse, in that order.
    pub people: Vec<uuid::Uuid>,
}

pub fn group_fixture(group_name: &str) -> GroupFixture {
    use stegvis::people::Role;
    let dir = tempfile::tempdir().unwrap();
    let mut store = stegvis::Store::open(dir.path().join("stegvis.sqlite")).unwrap();
    let (group, people) = group_of_three(
        &mut store,
        group_name,
        [
            ("Kari Nordmann", Role::Programraadgiver),
            ("Per Hansen", Role::Laerer),
            ("Åse Øvrebø", Role::NavVeileder),
        ],
    );
    GroupFixture {
        _dir: dir,
        store,
        group,
        people: people.to_vec(),
    }
}
