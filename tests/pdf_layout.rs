//! Reads the printed documents back the way a user's PDF reader would (poppler's `pdftotext`,
//! `pdffonts` and `pdfinfo`) and checks what a reader would see: the text in order, the pages,
//! the embedded font, the metadata.

mod common;

use chrono::NaiveDate;
use stegvis::pdf::arbeidsgruppe::{self, Roster, RosterMember};
use stegvis::pdf::{Callout, Cell, Column, Document, Table, Text, Width};

use common::{info_field, PdfFile};

const GROUP: &str = "Arbeidsrettet løp butikk 2027";

fn printed_on() -> NaiveDate {
    NaiveDate::from_ymd_opt(2027, 3, 5).unwrap()
}

fn member(name: &str, unit: &str, role: &str, leads: bool) -> RosterMember {
    let login: String = name
        .to_lowercase()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(".");
    RosterMember {
        name: name.to_owned(),
        unit: unit.to_owned(),
        role: role.to_owned(),
        email: Some(format!("{login}@lorenskog.kommune.no")),
        phone: Some("+47 912 34 567".to_owned()),
        leads_process: leads,
    }
}

/// Five members from two units, NAV missing, with names from several scripts.
fn small_roster() -> Roster {
    Roster {
        municipality: "Lørenskog kommune".to_owned(),
        group_name: GROUP.to_owned(),
        members: vec![
            member("Åse Bjørnæs", "Flyktningtjenesten", "Programrådgiver", true),
            member(
                "Дмитрий Ковальчук",
                "Flyktningtjenesten",
                "Programrådgiver",
                false,
            ),
            member("Nguyễn Thị Hương", "Voksenopplæringen", "Lærer", false),
            member("Łukasz Żółć", "Voksenopplæringen", "Avdelingsleder", false),
            RosterMember {
                email: None,
                phone: None,
                ..member("Øystein Aas", "Voksenopplæringen", "Lærer", false)
            },
        ],
        missing_units: vec!["NAV".to_owned()],
        printed_on: printed_on(),
    }
}

fn large_roster(n: usize) -> Roster {
    let units = ["Flyktningtjenesten", "NAV", "Voksenopplæringen"];
    let members = (0..n)
        .map(|i| {
            let unit = units[i * units.len() / n];
            member(&format!("Deltaker Nummer{i:02}"), unit, "Rådgiver", i == 0)
        })
        .collect();
    Roster {
        members,
        missing_units: Vec::new(),
        ..small_roster()
    }
}

impl PdfFile {
    fn text(&self) -> String {
        self.pdftotext("-layout", None)
    }

    fn page_text(&self, page: usize) -> String {
        self.pdftotext("-layout", Some(page))
    }
}

fn render(roster: &Roster) -> PdfFile {
    PdfFile::new(arbeidsgruppe::render(roster).unwrap())
}

#[test]
fn every_name_is_printed_exactly_and_in_the_given_order() {
    let roster = small_roster();
    let text = render(&roster).text();
    let mut last = 0;
    for member in &roster.members {
        let at = text
            .find(&member.name)
            .unwrap_or_else(|| panic!("{} is missing from:\n{text}", member.name));
        assert!(at >= last, "{} is out of order in:\n{text}", member.name);
        last = at;
    }
    for exact in [
        "Lørenskog kommune",
        "Дмитрий Ковальчук",
        "Łukasz Żółć",
        "Voksenopplæringen",
    ] {
        assert!(text.contains(exact), "{exact} not extracted exactly");
    }
}

#[test]
fn the_roster_says_who_leads_and_groups_members_by_unit() {
    let text = render(&small_roster()).text();
    assert!(text.contains("Leder prosessen: Åse Bjørnæs"), "{text}");
    let lines: Vec<&str> = text.lines().collect();
    let row = lines
        .iter()
        .position(|l| l.trim_start().starts_with("Åse Bjørnæs"))
        .expect("the leader's table row");
    assert!(
        lines[row + 1]
            .trim_start()
            .starts_with("(leder av prosessen)"),
        "{text}"
    );
    assert_eq!(text.matches("(leder av prosessen)").count(), 1);
    assert!(text.contains("Arbeidsgruppe"));
    assert!(text.contains(GROUP));
    assert!(text.contains("sju steg"));
    let flyktning = text.find("Flyktningtjenesten").unwrap();
    let voksen = text.rfind("Voksenopplæringen").unwrap();
    let first = text.find("Дмитрий").unwrap();
    let later = text.find("Łukasz").unwrap();
    assert!(
        flyktning < first && first < voksen && voksen < later,
        "{text}"
    );
    for column in ["Navn", "Rolle", "E-post", "Telefon"] {
        assert!(text.contains(column), "column {column} missing");
    }
    assert!(text.contains("+47 912 34 567"));
    assert!(text.contains("Antall medlemmer: 5"), "{text}");
}

#[test]
fn a_missing_unit_is_flagged_and_a_complete_group_is_not() {
    let text = render(&small_roster()).text();
    assert!(text.contains("mangler medlem fra NAV"), "{text}");

    let complete = Roster {
        missing_units: Vec::new(),
        ..small_roster()
    };
    let text = render(&complete).text();
    assert!(!text.contains("mangler"), "{text}");
}

#[test]
fn an_empty_roster_says_so() {
    let roster = Roster {
        municipality: String::new(),
        members: Vec::new(),
        missing_units: vec!["Voksenopplæringen".into(), "NAV".into()],
        ..small_roster()
    };
    let text = render(&roster).text();
    assert!(text.contains("Kommune ikke satt"), "{text}");
    assert!(text.contains("ingen medlemmer"), "{text}");
    assert!(text.contains("Leder prosessen: ikke valgt"), "{text}");
    assert!(text.contains("Voksenopplæringen og NAV"), "{text}");
    assert!(!text.contains("Telefon"), "no table without members");
}

#[test]
fn the_font_is_embedded_as_a_subset() {
    render(&small_roster()).assert_dejavu_subsets();
}

#[test]
fn a_long_roster_continues_with_the_column_titles_and_page_numbers() {
    let pdf = render(&large_roster(60));
    let pages = pdf.pages();
    assert!(pages >= 2, "60 members should need two pages, got {pages}");
    let text = pdf.text();
    for page in 1..=pages {
        assert!(
            text.contains(&format!("Side {page} av {pages}")),
            "page {page}"
        );
    }
    assert!(!text.contains(&format!("Side {} av", pages + 1)));
    assert_eq!(text.matches("Utskrevet 05.03.2027").count(), pages);

    let second = pdf.page_text(2);
    assert!(
        second.contains("Navn") && second.contains("Rolle"),
        "{second}"
    );
    assert!(
        second.contains("Lørenskog kommune"),
        "running header on page 2"
    );
    let mut last = 0;
    for i in 0..60 {
        let name = format!("Deltaker Nummer{i:02}");
        let at = text.find(&name).unwrap_or_else(|| panic!("{name} missing"));
        assert!(at > last, "{name} out of order");
        last = at;
    }
    assert!(text.contains("Antall medlemmer: 60"));
}

#[test]
fn the_metadata_names_the_document_and_its_language() {
    let bytes = arbeidsgruppe::render(&small_roster()).unwrap();
    let info = PdfFile::new(&bytes).run("pdfinfo", &[]);
    assert_eq!(
        info_field(&info, "Title"),
        format!("Arbeidsgruppe – {GROUP}")
    );
    assert_eq!(info_field(&info, "Author"), "Lørenskog kommune");
    assert!(
        !info.contains("PDF/X"),
        "claims a conformance it lacks:\n{info}"
    );

    let pdf = lopdf::Document::load_mem(&bytes).unwrap();
    let catalog = pdf.catalog().unwrap();
    assert_eq!(catalog.get(b"Lang").unwrap().as_str().unwrap(), b"nb-NO");
    let preferences = catalog
        .get(b"ViewerPreferences")
        .unwrap()
        .as_dict()
        .unwrap();
    assert!(preferences
        .get(b"DisplayDocTitle")
        .unwrap()
        .as_bool()
        .unwrap());
    let info_id = pdf.trailer.get(b"Info").unwrap().as_reference().unwrap();
    let created = pdf
        .get_dictionary(info_id)
        .unwrap()
        .get(b"CreationDate")
        .unwrap();
    assert!(
        created.as_str().unwrap().starts_with(b"D:20270305"),
        "the print date"
    );
}

#[test]
fn the_same_roster_gives_the_same_bytes() {
    let roster = small_roster();
    assert_eq!(
        arbeidsgruppe::render(&roster).unwrap(),
        arbeidsgruppe::render(&roster).unwrap()
    );
}

#[test]
fn a_typical_roster_is_small() {
    for (label, roster) in [("5", small_roster()), ("60", large_roster(60))] {
        let size = arbeidsgruppe::render(&roster).unwrap().len();
        println!("roster with {label} members: {size} bytes");
        // The whole DejaVu Sans is ~750 KB; anything near that means subsetting broke.
        assert!(size < 200_000, "{label} members: {size} bytes");
    }
}

#[test]
fn a_checklist_form_prints_tick_boxes_lines_and_signatures() {
    let mut doc = Document::new("Lørenskog kommune", "Opplæringsplan – fase 1", printed_on());
    doc.title("Opplæringsplan")
        .subtitle("Fase 1: Bli kjent med arbeidsplassen");
    doc.callout(Callout::note(
        "Slik bruker du skjemaet",
        "Kryss av når oppgaven er gjennomgått.",
    ));
    let mut table = Table::new([
        Column::new("Arbeidsoppgave", Width::Fraction(1.0)),
        Column::new("Vist", Width::Mm(16.0)).centered(),
        Column::new("Øvd", Width::Mm(16.0)).centered(),
        Column::new("Kommentar", Width::Mm(50.0)),
    ])
    .min_row_height(9.0);
    for phase in ["Lager", "Kasse"] {
        table.group(phase);
        for task in 0..30 {
            table.row([
                Cell::from(format!("{phase}oppgave {task:02}")),
                Cell::Tick(task % 3 == 0),
                Cell::Tick(false),
                Cell::Blank,
            ]);
        }
    }
    doc.table(table);
    doc.heading("Oppsummering");
    doc.tick_box(true, "Deltakeren har fått omvisning");
    doc.tick_box(false, Text::new().bold("Verneutstyr: ").plain("utlevert"));
    doc.write_in(Some("Kommentar fra fadder"), 3);
    doc.keep_together(|d| {
        d.heading("Underskrifter");
        d.signatures(["Arbeidsgiver", "Fadder"]);
    });

    let pdf = PdfFile::new(doc.render().unwrap());
    let pages = pdf.pages();
    assert!(pages >= 3, "{pages} pages");
    for page in 2..=pages {
        let text = pdf.page_text(page);
        assert!(
            text.contains("Opplæringsplan – fase 1"),
            "running title on page {page}"
        );
    }
    let second = pdf.page_text(2);
    assert!(
        second.contains("Arbeidsoppgave") && second.contains("Kommentar"),
        "{second}"
    );
    let last = pdf.page_text(pages);
    for expected in [
        "Underskrifter",
        "Arbeidsgiver",
        "Fadder",
        "Sted og dato",
        "Signatur",
    ] {
        assert!(
            last.contains(expected),
            "{expected} not on the last page:\n{last}"
        );
    }
    let text = pdf.text();
    assert!(text.contains("Verneutstyr: utlevert"));
    assert!(text.contains("Kasseoppgave 29"));
}
