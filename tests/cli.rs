//! The `stegvis` command line as a script or an administrator uses it: exit codes, one Norwegian
//! line on stderr for every failure, and output one can parse.

use std::path::Path;
use std::process::{Command, Output};

use stegvis::people::{self, PersonInput, Role};
use stegvis::store::Store;
use stegvis::{units, work_groups};

fn stegvis(db: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_stegvis"))
        .arg("--db")
        .arg(db)
        .args(args)
        .env_remove("STEGVIS_DB")
        .output()
        .unwrap()
}

fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).unwrap()
}

fn stderr(o: &Output) -> String {
    String::from_utf8(o.stderr.clone()).unwrap()
}

/// A failure is one line on stderr, in Norwegian, and a non-zero exit.
fn assert_fails(o: &Output, code: i32, needle: &str) {
    assert_eq!(o.status.code(), Some(code), "stderr: {}", stderr(o));
    let err = stderr(o);
    assert_eq!(err.lines().count(), 1, "one line: {err:?}");
    assert!(err.contains(needle), "{err:?} should contain {needle:?}");
}

#[test]
fn init_then_check_then_list_units() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("s.sqlite");
    let o = stegvis(&db, &["init"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let schema = format!("skjemaversjon {}", stegvis::store::SCHEMA_VERSION);
    assert!(stdout(&o).contains(&schema), "{}", stdout(&o));

    let o = stegvis(&db, &["check"]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(stdout(&o).contains("er i orden"));

    let o = stegvis(&db, &["list", "units"]);
    let lines: Vec<String> = stdout(&o).lines().map(String::from).collect();
    assert_eq!(lines.len(), 3);
    let (id, name) = lines[2].split_once('\t').unwrap();
    assert_eq!(uuid::Uuid::parse_str(id).unwrap().to_string(), id);
    assert_eq!(name, "Nav");
}

#[test]
fn list_people_and_groups_in_norwegian_order() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("s.sqlite");
    {
        let mut store = Store::open(&db).unwrap();
        let unit = units::list(&mut store).unwrap()[0].id;
        for name in ["Åse", "Zahra", "Øystein", "Ærlig"] {
            let input = PersonInput {
                name: name.into(),
                unit_id: Some(unit),
                role: Role::Leder.code().into(),
                email: None,
                phone: None,
            };
            people::create(&mut store, &input).unwrap();
        }
        work_groups::create(&mut store, "Økonomi").unwrap();
        work_groups::create(&mut store, "Butikk").unwrap();
    }
    let names = |kind: &str| -> Vec<String> {
        stdout(&stegvis(&db, &["list", kind]))
            .lines()
            .map(|l| l.split_once('\t').unwrap().1.to_string())
            .collect()
    };
    assert_eq!(names("people"), ["Zahra", "Ærlig", "Øystein", "Åse"]);
    assert_eq!(names("groups"), ["Butikk", "Økonomi"]);
}

#[test]
fn check_fails_on_a_missing_or_foreign_or_newer_database() {
    let dir = tempfile::tempdir().unwrap();
    let missing = dir.path().join("none.sqlite");
    assert_fails(&stegvis(&missing, &["check"]), 1, "stegvis init");
    assert!(!missing.exists(), "check must not create a database");

    let text = dir.path().join("text.sqlite");
    std::fs::write(&text, "ikke en database").unwrap();
    assert_fails(&stegvis(&text, &["check"]), 1, "ikke en SQLite-fil");

    let newer = dir.path().join("newer.sqlite");
    drop(Store::open(&newer).unwrap());
    rusqlite::Connection::open(&newer)
        .unwrap()
        .pragma_update(None, "user_version", 99)
        .unwrap();
    assert_fails(&stegvis(&newer, &["check"]), 1, "nyere");
}

#[test]
fn bad_paths_fail_with_a_clear_line() {
    let dir = tempfile::tempdir().unwrap();
    let o = stegvis(&dir.path().join("nope/s.sqlite"), &["init"]);
    assert_fails(&o, 1, "finnes ikke");
    #[cfg(target_os = "linux")]
    assert_fails(
        &stegvis(Path::new("/sys/stegvis.sqlite"), &["init"]),
        1,
        "skrivetilgang",
    );
}

#[test]
fn usage_errors_exit_2_and_point_to_help() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("s.sqlite");
    assert_fails(&stegvis(&db, &[]), 2, "--help");
    assert_fails(&stegvis(&db, &["fly"]), 2, "Ukjent kommando «fly»");
    assert_fails(
        &stegvis(&db, &["list", "katter"]),
        2,
        "units, people, groups, templates, plans, participants, placements, employers, specs, \
         processes, evaluations eller meetings",
    );
    assert_fails(&stegvis(&db, &["pdf", "arbeidsgruppe"]), 2, "--out");
    assert_fails(
        &stegvis(
            &db,
            &["pdf", "arbeidsgruppe", "--out", "x.pdf", "--group", "abc"],
        ),
        2,
        "ikke en gyldig id",
    );
    let help = stegvis(&db, &["--help"]);
    assert!(help.status.success());
    assert!(stdout(&help).contains("pdf arbeidsgruppe"));
}

#[test]
fn pdf_arbeidsgruppe_writes_the_roster() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("s.sqlite");
    let out = dir.path().join("gruppe.pdf");
    assert_fails(
        &stegvis(
            &db,
            &["pdf", "arbeidsgruppe", "--out", out.to_str().unwrap()],
        ),
        1,
        "ingen arbeidsgrupper",
    );

    let group_id = {
        let mut store = Store::open(&db).unwrap();
        let unit = units::list(&mut store).unwrap()[2].id;
        let input = PersonInput {
            name: "Øystein Lie".into(),
            unit_id: Some(unit),
            role: Role::NavVeileder.code().into(),
            email: None,
            phone: None,
        };
        let person = people::create(&mut store, &input).unwrap();
        let g = work_groups::create(&mut store, "Lager 2027").unwrap();
        work_groups::add_member(&mut store, g.id, person.id, false).unwrap();
        work_groups::create(&mut store, "Kantine 2027").unwrap();
        g.id
    };
    assert_fails(
        &stegvis(
            &db,
            &["pdf", "arbeidsgruppe", "--out", out.to_str().unwrap()],
        ),
        2,
        "--group",
    );

    let o = stegvis(
        &db,
        &[
            "pdf",
            "arbeidsgruppe",
            "--out",
            out.to_str().unwrap(),
            "--group",
            &group_id.to_string(),
        ],
    );
    assert!(o.status.success(), "{}", stderr(&o));
    let bytes = std::fs::read(&out).unwrap();
    assert!(bytes.starts_with(b"%PDF-"));

    let into_missing = dir.path().join("mangler/gruppe.pdf");
    let o = stegvis(
        &db,
        &[
            "pdf",
            "arbeidsgruppe",
            "--out",
            into_missing.to_str().unwrap(),
            "--group",
            &group_id.to_string(),
        ],
    );
    assert_fails(&o, 1, "mappen finnes ikke");
}

fn pdftotext(pdf: &Path) -> String {
    let o = Command::new("pdftotext")
        .args(["-layout"])
        .arg(pdf)
        .arg("-")
        .output()
        .expect("pdftotext (poppler-utils) is installed");
    String::from_utf8(o.stdout).unwrap()
}

fn id_of(listing: &str, needle: &str) -> String {
    listing
        .lines()
        .find(|l| l.contains(needle))
        .unwrap_or_else(|| panic!("{needle} in {listing}"))
        .split('\t')
        .next()
        .unwrap()
        .to_string()
}

#[test]
fn demo_data_lists_and_prints_training_plans_and_templates() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("s.sqlite");
    let o = stegvis(&db, &["demo"]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(stdout(&o).contains("3 deltakere og 3 opplæringsplaner"));
    assert_fails(&stegvis(&db, &["demo"]), 1, "allerede lastet inn");

    let plans = stdout(&stegvis(&db, &["list", "plans"]));
    assert_eq!(plans.lines().count(), 3, "{plans}");
    assert!(plans.contains("Amina Yusuf – Matbutikken Sentrum – Butikkmedarbeider (fase 2 av 3)"));
    let participants = stdout(&stegvis(&db, &["list", "participants"]));
    let names: Vec<&str> = participants
        .lines()
        .map(|l| l.split('\t').nth(1).unwrap())
        .collect();
    assert_eq!(
        names,
        ["Amina Yusuf", "Oksana Kovalenko", "Tesfay Gebremariam"]
    );
    let placements = stdout(&stegvis(&db, &["list", "placements"]));
    assert_eq!(placements.lines().count(), 3, "{placements}");
    let templates = stdout(&stegvis(&db, &["list", "templates"]));
    assert_eq!(templates.lines().count(), 6);
    assert!(templates.contains("Butikkmedarbeider – Butikk (eksempel)"));

    let amina = id_of(&plans, "Amina");
    let out = dir.path().join("fase2.pdf");
    let o = stegvis(
        &db,
        &[
            "pdf",
            "opplaeringsplan",
            "--plan",
            &amina,
            "--phase",
            "2",
            "--blank",
            "--out",
            out.to_str().unwrap(),
        ],
    );
    assert!(o.status.success(), "{}", stderr(&o));
    let text = pdftotext(&out);
    assert!(text.contains("Fase 2 av 3"), "{text}");
    assert!(!text.contains("Fase 1 av 3"));
    assert!(text.contains("Amina Yusuf") && text.contains("Line Hansen"));

    let status = dir.path().join("status.pdf");
    let o = stegvis(
        &db,
        &[
            "pdf",
            "opplaeringsplan",
            "--plan",
            &amina,
            "--out",
            status.to_str().unwrap(),
        ],
    );
    assert!(o.status.success(), "{}", stderr(&o));
    let text = pdftotext(&status);
    assert!(text.contains("Fase 1 av 3") && text.contains("Fase 3 av 3"));

    let o = stegvis(
        &db,
        &[
            "pdf",
            "opplaeringsplan",
            "--plan",
            &amina,
            "--phase",
            "7",
            "--out",
            status.to_str().unwrap(),
        ],
    );
    assert_fails(&o, 1, "Planen har ikke fase 7. Velg en fase fra 1 til 3.");
    let o = stegvis(
        &db,
        &[
            "pdf",
            "opplaeringsplan",
            "--phase",
            "1",
            "--out",
            status.to_str().unwrap(),
        ],
    );
    assert_fails(&o, 2, "--plan ID");
    let o = stegvis(
        &db,
        &[
            "pdf",
            "opplaeringsplan",
            "--plan",
            &amina,
            "--phase",
            "null",
            "--out",
            "x.pdf",
        ],
    );
    assert_fails(&o, 2, "«null» er ikke et fasenummer");
    let o = stegvis(
        &db,
        &[
            "pdf",
            "opplaeringsplan",
            "--plan",
            &amina,
            "--group",
            &amina,
            "--out",
            "x.pdf",
        ],
    );
    assert_fails(&o, 2, "Valget --group passer ikke");

    let lager = id_of(&templates, "Lager");
    let mal = dir.path().join("mal.pdf");
    let o = stegvis(
        &db,
        &[
            "pdf",
            "mal",
            "--template",
            &lager,
            "--out",
            mal.to_str().unwrap(),
        ],
    );
    assert!(o.status.success(), "{}", stderr(&o));
    let text = pdftotext(&mal);
    assert!(text.contains("Lagermedarbeider"));
    assert!(!text.contains("Amina"));
}

#[test]
fn a_template_with_an_empty_phase_prints_with_a_warning() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("s.sqlite");
    let id = {
        let mut store = Store::open(&db).unwrap();
        stegvis::templates::create(&mut store, "Vaktmester", "Drift")
            .unwrap()
            .id
    };
    let out = dir.path().join("mal.pdf");
    let o = stegvis(
        &db,
        &[
            "pdf",
            "mal",
            "--template",
            &id.to_string(),
            "--out",
            out.to_str().unwrap(),
        ],
    );
    assert!(o.status.success(), "{}", stderr(&o));
    let err = stderr(&o);
    assert!(
        err.contains("Advarsel: Fase 1 har ingen arbeidsoppgaver."),
        "{err}"
    );
    assert!(err.contains("Fase 3 har ingen arbeidsoppgaver."), "{err}");
    assert!(out.exists());
}

#[test]
fn a_template_exported_to_a_file_is_imported_by_another_municipality_as_its_own() {
    let dir = tempfile::tempdir().unwrap();
    let here = dir.path().join("her.sqlite");
    let there = dir.path().join("der.sqlite");
    let id = {
        let mut store = Store::open(&here).unwrap();
        let copy = stegvis::templates::duplicate(
            &mut store,
            uuid::Uuid::parse_str("6f1e2d3c-5a4b-4c00-8000-000000000104").unwrap(),
        )
        .unwrap();
        stegvis::templates::rename(&mut store, copy.id, "Renholder på skole", "Renhold").unwrap();
        copy.id
    };
    let file = dir.path().join("renhold.txt");
    let o = stegvis(
        &here,
        &[
            "export",
            "mal",
            "--template",
            &id.to_string(),
            "--out",
            file.to_str().unwrap(),
        ],
    );
    assert!(o.status.success(), "{}", stderr(&o));

    let o = stegvis(&there, &["import", "mal", file.to_str().unwrap()]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(stdout(&o), format!("{id}\tRenholder på skole\n"));
    let (mine, theirs) = {
        let mut a = Store::open(&here).unwrap();
        let mut b = Store::open(&there).unwrap();
        (
            stegvis::templates::get(&mut a, id).unwrap(),
            stegvis::templates::get(&mut b, id).unwrap(),
        )
    };
    assert!(!theirs.is_example);
    let shape = |t: &stegvis::templates::Template| {
        t.phases
            .iter()
            .map(|p| {
                let tasks: Vec<_> = p
                    .tasks
                    .iter()
                    .map(|t| (t.text.clone(), t.criterion, t.hint.clone()))
                    .collect();
                (p.goal.clone(), p.language.clone(), tasks)
            })
            .collect::<Vec<_>>()
    };
    assert_eq!(shape(&theirs), shape(&mine));

    assert_fails(
        &stegvis(&there, &["import", "mal", file.to_str().unwrap()]),
        1,
        "finnes allerede",
    );
    std::fs::write(&file, "id: 1\n").unwrap();
    assert_fails(
        &stegvis(&there, &["import", "mal", file.to_str().unwrap()]),
        1,
        "Linje 1: ugyldig id.",
    );
    assert_fails(
        &stegvis(&there, &["import", "mal", "finnes-ikke.txt"]),
        1,
        "Kunne ikke lese filen",
    );
}

/// The text of a PDF as lopdf reads it, after checking that the file is a PDF at all.
fn pdf_text(path: &Path) -> String {
    let bytes = std::fs::read(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    assert!(
        bytes.starts_with(b"%PDF-"),
        "{} is not a PDF",
        path.display()
    );
    let pdf = lopdf::Document::load_mem(&bytes).unwrap();
    let pages: Vec<u32> = pdf.get_pages().keys().copied().collect();
    assert!(!pages.is_empty());
    let text = pdf.extract_text(&pages).unwrap();
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Runs `stegvis pdf ARGS --out OUT`, checks that it succeeded, and returns the PDF's text.
fn printed(db: &Path, args: &[&str], out: &Path) -> String {
    let mut all = vec!["pdf"];
    all.extend_from_slice(args);
    all.extend(["--out", out.to_str().unwrap()]);
    let o = stegvis(db, &all);
    assert!(o.status.success(), "{}", stderr(&o));
    pdf_text(out)
}

/// `stegvis pdf ARGS --out OUT` must fail with `code` and a message containing `needle`.
fn pdf_fails(db: &Path, args: &[&str], out: &str, code: i32, needle: &str) {
    let mut all = vec!["pdf"];
    all.extend_from_slice(args);
    all.extend(["--out", out]);
    assert_fails(&stegvis(db, &all), code, needle);
}

fn loaded_demo() -> (tempfile::TempDir, std::path::PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("s.sqlite");
    let o = stegvis(&db, &["demo"]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(
        stdout(&o).contains("7 arbeidsgivere, 2 kravspesifikasjoner"),
        "{}",
        stdout(&o)
    );
    (dir, db)
}

#[test]
fn demo_employers_and_specs_are_listed_one_line_each() {
    let (_dir, db) = loaded_demo();
    let o = stegvis(&db, &["list", "employers"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let employers = stdout(&o);
    let lines: Vec<(&str, &str)> = employers
        .lines()
        .map(|l| l.split_once('\t').unwrap())
        .collect();
    assert_eq!(lines.len(), 7, "{employers}");
    for (id, _) in &lines {
        uuid::Uuid::parse_str(id).unwrap();
    }
    let names: Vec<&str> = lines
        .iter()
        .map(|(_, rest)| rest.split(" – ").next().unwrap())
        .collect();
    assert_eq!(
        names,
        [
            "Bakeriet i Bakken",
            "Eventyrskogen barnehage",
            "Glans Renhold AS",
            "Kantina på rådhuset",
            "Matbutikken Sentrum",
            "Nordlager Logistikk AS",
            "Solsiden omsorgssenter",
        ]
    );
    for expected in [
        "Matbutikken Sentrum – 929 403 215 – Butikk – egnet – praksisplasser: 1 nå, 0 tidligere",
        "Bakeriet i Bakken – 807 982 184 – Kjøkken og kantine – ikke egnet – praksisplasser: 0 nå, 0 tidligere",
        "Nordlager Logistikk AS – 948 612 909 – Lager – egnet – praksisplasser: 0 nå, 0 tidligere",
        "Solsiden omsorgssenter – 943 954 143 – Helse og omsorg (pleie) – egnet",
    ] {
        assert!(employers.contains(expected), "{expected} in {employers}");
    }

    let specs = stdout(&stegvis(&db, &["list", "specs"]));
    assert_eq!(specs.lines().count(), 2, "{specs}");
    assert!(specs.contains(
        "Matbutikken Sentrum – Butikkmedarbeider – versjon 2, utkast (versjon 1 er avtalt)"
    ));
    let care = specs
        .lines()
        .find(|l| {
            l.contains("Solsiden omsorgssenter – Assistent i helse og omsorg – versjon 1, avtalt ")
        })
        .unwrap_or_else(|| panic!("{specs}"));
    let date = care.rsplit(' ').next().unwrap();
    assert!(stegvis::dates::parse_date(date).is_some(), "{date}");
}

#[test]
fn the_specification_prints_the_version_asked_for() {
    let (dir, db) = loaded_demo();
    let specs = stdout(&stegvis(&db, &["list", "specs"]));
    let shop = id_of(&specs, "Butikkmedarbeider");
    let latest = dir.path().join("krav.pdf");
    let first = dir.path().join("krav-v1.pdf");
    let o = stegvis(
        &db,
        &[
            "pdf",
            "kravspesifikasjon",
            "--spec",
            &shop,
            "--out",
            latest.to_str().unwrap(),
        ],
    );
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(stdout(&o), format!("Skrev {}\n", latest.display()));
    let o = stegvis(
        &db,
        &[
            "pdf",
            "kravspesifikasjon",
            "--spec",
            &shop,
            "--version",
            "1",
            "--out",
            first.to_str().unwrap(),
        ],
    );
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(
        !stdout(&o).contains("stegvis 0."),
        "--version after the command is the spec's"
    );
    let (latest, first) = (pdf_text(&latest), pdf_text(&first));
    assert_ne!(latest, first);
    for text in [&latest, &first] {
        assert!(text.contains("Kravspesifikasjon"), "{text}");
        assert!(text.contains("Matbutikken Sentrum"), "{text}");
        assert!(text.contains("929 403 215"), "{text}");
    }
    // Version 2 adds a requirement and makes the course a «må» before the first shift.
    assert!(latest.contains("legitimasjon"), "{latest}");
    assert!(!first.contains("legitimasjon"), "{first}");
    assert!(latest.contains("før første vakt") && !first.contains("før første vakt"));

    let out = dir.path().join("x.pdf");
    let out = out.to_str().unwrap();
    pdf_fails(
        &db,
        &["kravspesifikasjon", "--spec", &shop, "--version", "9"],
        out,
        1,
        "Kravspesifikasjonen har ikke versjon 9. Velg en versjon fra 1 til 2.",
    );
    pdf_fails(
        &db,
        &["kravspesifikasjon", "--spec", &shop, "--version", "0"],
        out,
        2,
        "«0» er ikke et versjonsnummer",
    );
    pdf_fails(
        &db,
        &["kravspesifikasjon", "--spec", &shop, "--version"],
        out,
        2,
        "«--out» er ikke et versjonsnummer",
    );
    pdf_fails(
        &db,
        &["kravspesifikasjon", "--spec", "krav-1"],
        out,
        2,
        "«krav-1» er ikke en gyldig id. Finn id-en med «stegvis list specs».",
    );
    pdf_fails(
        &db,
        &["kravspesifikasjon", "--version", "1"],
        out,
        2,
        "--spec ID",
    );
    pdf_fails(
        &db,
        &[
            "kravspesifikasjon",
            "--spec",
            &uuid::Uuid::new_v4().to_string(),
        ],
        out,
        1,
        "kravspesifikasjonen",
    );
    pdf_fails(
        &db,
        &["kravspesifikasjon", "--spec", &shop, "--plan", &shop],
        out,
        2,
        "Valget --plan passer ikke",
    );
    assert!(!Path::new(out).exists());
}

#[test]
fn the_placement_agreement_and_the_meeting_sheet_print_the_demo_employer() {
    let (dir, db) = loaded_demo();
    let placements = stdout(&stegvis(&db, &["list", "placements"]));
    let amina = id_of(&placements, "Amina Yusuf");
    let agreement = dir.path().join("avtale.pdf");
    let text = printed(&db, &["praksisavtale", "--placement", &amina], &agreement);
    for needle in [
        "Praksisavtale",
        "Amina Yusuf",
        "Matbutikken Sentrum",
        "929 403 215",
        "Line Hansen",
        "Kari Nilsen",
        "Arbeidspraksis",
        "Butikkmedarbeider, versjon 1",
    ] {
        assert!(text.contains(needle), "{needle} in {text}");
    }

    let employers = stdout(&stegvis(&db, &["list", "employers"]));
    let shop = id_of(&employers, "Matbutikken Sentrum");
    let sheet = dir.path().join("forberedelse.pdf");
    let text = printed(&db, &["forberedelse", "--employer", &shop], &sheet);
    for needle in [
        "Matbutikken Sentrum",
        "929 403 215",
        "Kari Nilsen",
        "Line Hansen",
        "Butikkmedarbeider",
    ] {
        assert!(text.contains(needle), "{needle} in {text}");
    }

    let out = dir.path().join("x.pdf");
    let out = out.to_str().unwrap();
    pdf_fails(
        &db,
        &["praksisavtale", "--placement", "amina"],
        out,
        2,
        "«amina» er ikke en gyldig id. Finn id-en med «stegvis list placements».",
    );
    pdf_fails(
        &db,
        &["praksisavtale", "--placement", &shop],
        out,
        1,
        "Fant ikke praksisplassen",
    );
    pdf_fails(&db, &["praksisavtale"], out, 2, "--placement ID");
    pdf_fails(
        &db,
        &["forberedelse", "--employer", &amina],
        out,
        1,
        "arbeidsgiveren",
    );
    pdf_fails(
        &db,
        &["forberedelse", "--employer", "x"],
        out,
        2,
        "Finn id-en med «stegvis list employers».",
    );
    pdf_fails(
        &db,
        &["forberedelse", "--employer", &shop, "--spec", &shop],
        out,
        2,
        "Valget --spec passer ikke",
    );
    assert_fails(
        &stegvis(&db, &["pdf", "forberedelse", "--employer", &shop]),
        2,
        "--out FIL.pdf",
    );
    pdf_fails(
        &db,
        &["kontrakt"],
        out,
        2,
        "praksisavtale, forberedelse, steg, innkalling, referat, arshjul og evaluering",
    );
    assert!(!Path::new(out).exists());

    let help = stdout(&stegvis(&db, &["--help"]));
    for form in [
        "pdf kravspesifikasjon",
        "pdf praksisavtale",
        "pdf forberedelse",
        "employers|specs",
    ] {
        assert!(help.contains(form), "{form} in {help}");
    }
    let version = stegvis(&db, &["--version"]);
    assert!(
        stdout(&version).starts_with("stegvis "),
        "{}",
        stdout(&version)
    );
}

const DEMO_PROCESS: &str = "Arbeidsrettet løp butikk og omsorg (demo)";

#[test]
fn the_demo_process_and_its_meetings_are_listed_one_line_each() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("s.sqlite");
    let o = stegvis(&db, &["demo"]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(
        stdout(&o).contains(&format!(
            "Prosessen «{DEMO_PROCESS}» har steg 1 og 2 ferdige og 2 arbeidsmøter."
        )),
        "{}",
        stdout(&o)
    );

    let o = stegvis(&db, &["list", "processes"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let processes = stdout(&o);
    let (id, line) = processes.trim_end().split_once('\t').unwrap();
    assert_eq!(processes.lines().count(), 1, "{processes}");
    uuid::Uuid::parse_str(id).unwrap();
    assert_eq!(
        line,
        format!("{DEMO_PROCESS} – 3 av 7 steg ferdige – nå: steg 4 – 1 åpent oppfølgingspunkt")
    );

    let all = stdout(&stegvis(&db, &["list", "meetings"]));
    let of_process = stegvis(&db, &["list", "meetings", "--process", id]);
    assert!(of_process.status.success(), "{}", stderr(&of_process));
    assert_eq!(stdout(&of_process), all);
    let lines: Vec<&str> = all.lines().collect();
    assert_eq!(lines.len(), 2, "{all}");
    // By date: the step 1 meeting that was held, then the step 4 meeting ahead.
    let today = stegvis::dates::today();
    for (line, step, time, past) in [
        (
            lines[0],
            "steg 1 Innhente og vurdere arbeidskraftbehovet",
            "09:00–12:30",
            true,
        ),
        (
            lines[1],
            "steg 4 Samarbeide med arbeidsgiver",
            "09:00–11:30",
            false,
        ),
    ] {
        let (meeting, rest) = line.split_once('\t').unwrap();
        uuid::Uuid::parse_str(meeting).unwrap();
        let (date, rest) = rest.split_once(' ').unwrap();
        let day = stegvis::dates::parse_date(date).unwrap_or_else(|| panic!("{line}"));
        assert_eq!(day < today, past, "{line}");
        assert_eq!(rest, format!("{time} – {step} – {DEMO_PROCESS}"));
    }

    assert_fails(
        &stegvis(&db, &["list", "meetings", "--process", "demo"]),
        2,
        "«demo» er ikke en gyldig id. Finn id-en med «stegvis list processes».",
    );
    assert_fails(
        &stegvis(&db, &["list", "meetings", "--process"]),
        2,
        "--process må følges av en verdi.",
    );
    assert_fails(
        &stegvis(&db, &["list", "meetings", "--step", "1"]),
        2,
        "Valget --step passer ikke til «list meetings».",
    );
    assert_fails(
        &stegvis(
            &db,
            &[
                "list",
                "meetings",
                "--process",
                &uuid::Uuid::new_v4().to_string(),
            ],
        ),
        1,
        "Fant ikke arbeidsgruppen",
    );

    let help = stdout(&stegvis(&db, &["--help"]));
    for line in [
        "list meetings [--process ID]",
        "specs|processes",
        "pdf steg --process ID --step N --out FIL.pdf",
        "pdf innkalling --meeting ID --out FIL.pdf",
        "pdf referat --meeting ID --out FIL.pdf",
        "pdf arshjul --process ID --out FIL.pdf",
    ] {
        assert!(help.contains(line), "{line} in {help}");
    }
}

/// Whether the PDF's text has `needle`, wherever its lines were broken: a table cell wraps
/// between words, and the text read back runs the lines together.
fn assert_has(text: &str, needle: &str) {
    let squeeze = |t: &str| t.split_whitespace().collect::<String>();
    assert!(
        squeeze(text).contains(&squeeze(needle)),
        "{needle} in {text}"
    );
}

#[test]
fn the_demo_process_prints_its_step_its_meetings_and_its_annual_wheel() {
    let (dir, db) = loaded_demo();
    let processes = stdout(&stegvis(&db, &["list", "processes"]));
    let process = id_of(&processes, DEMO_PROCESS);
    let meetings = stdout(&stegvis(&db, &["list", "meetings"]));
    let held = id_of(&meetings, "steg 1 ");
    let ahead = id_of(&meetings, "steg 4 ");

    let step = printed(
        &db,
        &["steg", "--process", &process, "--step", "1"],
        &dir.path().join("steg1.pdf"),
    );
    for needle in [
        "Innhente og vurdere arbeidskraftbehovet",
        "Butikk (dagligvare)",
        "Navs bedriftsundersøkelse",
    ] {
        assert_has(&step, needle);
    }

    let invitation = printed(
        &db,
        &["innkalling", "--meeting", &ahead],
        &dir.path().join("innkalling.pdf"),
    );
    for needle in [
        "Samarbeide med arbeidsgiver",
        "Ingrid Bakke",
        "Møterommet Fjorden",
    ] {
        assert_has(&invitation, needle);
    }

    let minutes = printed(
        &db,
        &["referat", "--meeting", &held],
        &dir.path().join("referat.pdf"),
    );
    for needle in [
        "Vi går videre med butikk og renhold",
        "Kommunalsjefen må godkjenne",
        "Legge fram prioriteringen av butikk og renhold for kommunalsjefen",
        "Morten Dahl",
    ] {
        assert_has(&minutes, needle);
    }

    let wheel_pdf = dir.path().join("arshjul.pdf");
    let wheel = printed(&db, &["arshjul", "--process", &process], &wheel_pdf);
    assert_has(&wheel, "Inntak av nye deltakere");
    assert_has(&wheel, "Budsjett og økonomiplan vedtas");
    let pages = lopdf::Document::load(&wheel_pdf).unwrap().get_pages().len();
    assert_eq!(pages, 1, "the demo's wheel fits one page");

    let out = dir.path().join("x.pdf");
    let out = out.to_str().unwrap();
    pdf_fails(
        &db,
        &["steg", "--process", &process, "--step", "9"],
        out,
        1,
        "Modellen har steg 1 til 7; 9 er ikke et steg.",
    );
    pdf_fails(&db, &["steg", "--process", &process], out, 2, "--step N");
    pdf_fails(
        &db,
        &["steg", "--process", &process, "--step", "en"],
        out,
        2,
        "«en» er ikke et stegnummer",
    );
    pdf_fails(&db, &["steg", "--step", "1"], out, 2, "--process ID");
    pdf_fails(
        &db,
        &["steg", "--process", &held, "--step", "1"],
        out,
        1,
        "Fant ikke arbeidsgruppen",
    );
    pdf_fails(&db, &["innkalling"], out, 2, "--meeting ID");
    pdf_fails(
        &db,
        &["referat", "--meeting", &process],
        out,
        1,
        "Fant ikke møtet",
    );
    pdf_fails(
        &db,
        &["referat", "--meeting", "møte-1"],
        out,
        2,
        "Finn id-en med «stegvis list meetings».",
    );
    pdf_fails(
        &db,
        &["arshjul", "--process", &process, "--meeting", &held],
        out,
        2,
        "Valget --meeting passer ikke",
    );
    assert!(!Path::new(out).exists());
}

#[test]
fn the_demo_follow_up_talks_are_listed_and_print_filled_in_or_blank() {
    let (dir, db) = loaded_demo();
    let listed = stdout(&stegvis(&db, &["list", "evaluations"]));
    let lines: Vec<&str> = listed.lines().collect();
    assert_eq!(lines.len(), 2, "{listed}");
    for line in &lines {
        assert!(
            line.contains("Solsiden omsorgssenter – 6.5 Oppfølging og evaluering"),
            "{line}"
        );
    }
    assert!(lines[0].contains("20 av 23 svar"), "{listed}");
    let first = id_of(&listed, "20 av 23 svar");

    let filled = printed(
        &db,
        &["evaluering", "--evaluation", &first],
        &dir.path().join("oppfolging.pdf"),
    );
    for needle in [
        "Oppfølging og evaluering av deltakeren i praksisperioden",
        "Solsiden omsorgssenter",
        "Per Olsen",
        "Muntlig rapport ved vaktskifte og å lese tiltaksplaner.",
    ] {
        assert_has(&filled, needle);
    }
    assert!(
        !filled.contains("Tesfay"),
        "Tesfay asked for initials on paper"
    );

    let placements = stdout(&stegvis(&db, &["list", "placements"]));
    let placement = id_of(&placements, "Solsiden omsorgssenter");
    let blank = printed(
        &db,
        &["evaluering", "--placement", &placement, "--form", "7.4"],
        &dir.path().join("slutt.pdf"),
    );
    assert_has(&blank, "Sluttevaluering av praksisperioden");
    assert_has(&blank, "Per Olsen");
    assert!(!blank.contains("Muntlig rapport ved vaktskifte"));

    let out = dir.path().join("x.pdf");
    let out = out.to_str().unwrap();
    pdf_fails(
        &db,
        &["evaluering", "--placement", &placement],
        out,
        2,
        "--form 6.5 eller --form 7.4",
    );
    pdf_fails(
        &db,
        &["evaluering", "--placement", &placement, "--form", "6.4"],
        out,
        1,
        "«6.4» er ikke et av skjemaene",
    );
    pdf_fails(&db, &["evaluering"], out, 2, "--evaluation ID");
    pdf_fails(
        &db,
        &["evaluering", "--evaluation", &first, "--step", "1"],
        out,
        2,
        "Valget --step passer ikke",
    );
    assert!(!Path::new(out).exists(), "nothing is written on a refusal");
}
