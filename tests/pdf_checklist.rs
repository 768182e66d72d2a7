//! The stepwise-training checklist ("Trinnvis opplæring") read back the way a fadder's or an
//! adviser's PDF reader would (poppler's `pdftotext`, `pdfinfo`, `pdffonts`): the tasks in
//! order under their measuring points, the column titles on every page, each phase on its own
//! page, the names in the header, and on a status sheet the recorded dates, comments, ticks
//! and progress.

mod common;

use std::path::PathBuf;

use chrono::NaiveDate;
use stegvis::criteria::Criterion;
use stegvis::pdf::opplaeringsplan::{
    self, Checklist, ChecklistKind, ChecklistPhase, ChecklistTask,
};

use common::{flat, PdfFile};

const PARTICIPANT: &str = "Дарина Коваленко";
const WORKPLACE: &str = "Matbutikken Lørenskog Sentrum";
const MENTOR: &str = "Åse Bjørnæs";
const ADVISER: &str = "Nguyễn Thị Hương";

fn date(day: u32, month: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2027, month, day).unwrap()
}

fn task(criterion: Criterion, text: &str) -> ChecklistTask {
    ChecklistTask {
        text: text.to_owned(),
        criterion,
        hint: None,
        done_on: None,
        mentor_confirmed: false,
        participant_confirmed: false,
        comment: None,
    }
}

fn hinted(criterion: Criterion, text: &str, hint: &str) -> ChecklistTask {
    ChecklistTask {
        hint: Some(hint.to_owned()),
        ..task(criterion, text)
    }
}

use Criterion::{Language as L, Performance as P, Suitability as S};

/// Tasks in the plan's order, measuring points mixed as a plan author would enter them.
fn phase_one_tasks() -> Vec<ChecklistTask> {
    vec![
        task(P, "Har gjennomført butikkens digitale introduksjonskurs"),
        task(L, "Hilser på kolleger og kunder på norsk"),
        task(
            S,
            "Møter presis og gir beskjed før arbeidstid ved sykdom eller annet fravær",
        ),
        task(P, "Kjenner butikkens avdelinger og vet hvor varene står"),
        hinted(
            L,
            "Forstår enkle beskjeder fra fadder om dagens oppgaver",
            "Bruk korte setninger, og vis gjerne samtidig som du forklarer.",
        ),
        task(
            S,
            "Bruker riktig arbeidstøy og følger butikkens regler for hygiene og håndvask",
        ),
        task(
            P,
            "Sorterer avfall og tar imot pant etter butikkens rutiner",
        ),
        task(
            L,
            "Kan navnet på de vanligste varene i frukt- og grøntavdelingen",
        ),
        hinted(
            P,
            "Fyller på varer i tørrvareavdelingen og i frukt og grønt, med eldste dato fremst",
            "Vis hvordan dere roterer varene på en hylle med meieriprodukter, og la deltakeren \
             gjøre det selv etterpå.",
        ),
        task(S, "Samarbeider med kolleger og tar imot veiledning"),
        task(
            L,
            "Spør når noe er uklart, og gjentar beskjeden med egne ord for å vise at den er \
             forstått",
        ),
        task(
            P,
            "Tar imot varer, teller antall mot pakkseddelen, sjekker at etikett og vare \
             stemmer overens og melder avvik til fadder eller butikksjef",
        ),
    ]
}

fn phase_two_tasks() -> Vec<ChecklistTask> {
    vec![
        task(L, "Svarer kunder som spør etter en vare, og følger dem dit"),
        task(P, "Setter opp en kampanjehylle etter planogram"),
        task(S, "Tar ansvar for egne oppgaver uten å bli minnet på dem"),
        hinted(
            P,
            "Sjekker datostempling og tar ut varer som har gått ut på dato",
            "Gå gjennom en avdeling sammen første gang.",
        ),
        task(L, "Leser plukklister og enkle oppslag i personalrommet"),
        task(P, "Registrerer svinn i håndterminalen"),
        task(S, "Holder orden på lageret og i sin egen avdeling"),
        task(L, "Forklarer en kollega hva som er gjort i løpet av vakten"),
        task(P, "Bruker pallejekk trygt og etter opplæringen"),
        task(S, "Viser interesse for nye arbeidsoppgaver"),
        task(P, "Rengjør kjøledisker etter butikkens renholdsplan"),
        task(L, "Ringer og gir beskjed på norsk ved fravær"),
    ]
}

fn phase_three_tasks() -> Vec<ChecklistTask> {
    vec![
        task(P, "Betjener kassen alene en hel vakt"),
        task(L, "Gir kunder råd om varer og tilbud"),
        task(
            S,
            "Møter misfornøyde kunder rolig og henter hjelp ved behov",
        ),
        task(P, "Teller opp kassen ved vaktslutt og fører oppgjøret"),
        task(L, "Skriver en kort rapport om avvik i varemottaket"),
        task(
            P,
            "Bestiller varer til egen avdeling med hjelp av bestillingsforslaget",
        ),
        task(S, "Lærer opp en ny kollega i en enkel oppgave"),
        task(P, "Følger rutinene for alderskontroll ved salg av øl"),
        task(L, "Deltar i personalmøter og sier sin mening"),
        task(P, "Planlegger egen arbeidsdag ut fra dagens varelevering"),
        task(S, "Holder avtaler og er til å stole på"),
        task(P, "Kjenner brannrutinene og vet hvor nødutgangene er"),
    ]
}

fn phase(number: usize, language: &str, goal: &str, tasks: Vec<ChecklistTask>) -> ChecklistPhase {
    ChecklistPhase {
        number,
        of: 3,
        goal: goal.to_owned(),
        language: language.to_owned(),
        tasks,
        completed_on: None,
    }
}

fn blank_plan() -> Checklist {
    Checklist {
        kind: ChecklistKind::Blank,
        municipality: "Lørenskog kommune".to_owned(),
        printed_on: date(5, 3),
        plan_name: "Butikkmedarbeider".to_owned(),
        trade: "Butikk".to_owned(),
        participant: Some(PARTICIPANT.to_owned()),
        workplace: Some(WORKPLACE.to_owned()),
        mentor: Some(MENTOR.to_owned()),
        adviser: Some(ADVISER.to_owned()),
        start: Some(date(1, 3)),
        end: Some(date(30, 6)),
        days_per_week: Some(3),
        phases: vec![
            phase(
                1,
                "A1",
                "Deltakeren blir kjent med butikken, rutinene og kollegene.",
                phase_one_tasks(),
            ),
            phase(
                2,
                "A1 (lese A2)",
                "Deltakeren gjør de faste oppgavene i varehandelen med litt hjelp.",
                phase_two_tasks(),
            ),
            phase(
                3,
                "A2",
                "Deltakeren arbeider selvstendig i kasse og avdeling.",
                phase_three_tasks(),
            ),
        ],
    }
}

fn template_plan() -> Checklist {
    Checklist {
        kind: ChecklistKind::Template,
        participant: None,
        workplace: None,
        mentor: None,
        adviser: None,
        start: None,
        end: None,
        days_per_week: None,
        ..blank_plan()
    }
}

const FIRST_COMMENT: &str = "Gikk fint, trenger litt øving på å gjenta beskjeder";
const SECOND_COMMENT: &str = "Сделано – måtte spørre om pakkseddelen én gang";

/// Phase 1 passed, phase 2 under way with 9 of 12 confirmed, phase 3 not started.
fn status_plan() -> Checklist {
    let mut plan = Checklist {
        kind: ChecklistKind::Status,
        printed_on: date(20, 5),
        ..blank_plan()
    };
    for (i, task) in plan.phases[0].tasks.iter_mut().enumerate() {
        task.done_on = Some(date(3 + i as u32, 3));
        task.mentor_confirmed = true;
        task.participant_confirmed = true;
    }
    plan.phases[0].tasks[10].comment = Some(FIRST_COMMENT.to_owned());
    plan.phases[0].tasks[11].comment = Some(SECOND_COMMENT.to_owned());
    plan.phases[0].completed_on = Some(date(2, 4));
    for (i, task) in plan.phases[1].tasks.iter_mut().enumerate().take(10) {
        task.done_on = Some(date(5 + i as u32, 4));
        task.participant_confirmed = true;
        task.mentor_confirmed = i != 4;
    }
    plan.phases[1].tasks[4].comment = Some("Fadder går gjennom oppslagene en gang til".into());
    plan
}

/// A plan as large as the biggest real ones: 3 phases of 22 tasks, all commented.
fn large_status_plan() -> Checklist {
    let mut plan = status_plan();
    for phase in &mut plan.phases {
        let base = phase.tasks.clone();
        phase.tasks = (0..22)
            .map(|i| {
                let mut task = base[i % base.len()].clone();
                task.text = format!("{} (runde {})", task.text, i / base.len() + 1);
                task.comment = Some(format!(
                    "Kommentar {i}: øvd sammen med fadder, går bedre for hver gang"
                ));
                task.done_on = Some(date(1 + i as u32, 4));
                task
            })
            .collect();
    }
    plan
}

impl PdfFile {
    fn text(&self) -> String {
        self.pdftotext("-layout", None)
    }

    fn page_text(&self, page: usize) -> String {
        self.pdftotext("-layout", Some(page))
    }

    /// The pages' text, each page's lines trimmed and empty lines dropped.
    fn page_lines(&self) -> Vec<Vec<String>> {
        (1..=self.pages())
            .map(|page| {
                self.page_text(page)
                    .lines()
                    .map(|l| l.trim().to_owned())
                    .filter(|l| !l.is_empty())
                    .collect()
            })
            .collect()
    }
}

fn render(checklist: &Checklist) -> PdfFile {
    PdfFile::new(opplaeringsplan::render(checklist).unwrap())
}

/// The plan's tasks in the order the sheet should print them: by measuring point in the
/// handbook's order, the plan's order within each.
fn expected_order(tasks: &[ChecklistTask]) -> Vec<&ChecklistTask> {
    Criterion::ALL
        .into_iter()
        .flat_map(|c| tasks.iter().filter(move |t| t.criterion == c))
        .collect()
}

fn is_column_titles(line: &str) -> bool {
    let words: Vec<&str> = line.split_whitespace().collect();
    words
        == [
            "Arbeidsoppgave",
            "Fullført",
            "Fadder",
            "Deltaker",
            "Kommentar",
        ]
}

#[test]
fn every_task_is_printed_under_its_measuring_point_in_plan_order() {
    let plan = blank_plan();
    let text = flat(&render(&plan).text());
    let mut last = 0;
    for phase in &plan.phases {
        for task in expected_order(&phase.tasks) {
            let at = text[last..]
                .find(&flat(&task.text))
                .unwrap_or_else(|| panic!("«{}» missing or out of order in:\n{text}", task.text))
                + last;
            last = at;
        }
    }
    // Within phase 1 the groups come in the handbook's order, each before its tasks.
    let phase_one = &text[..text.find("Fase 2 av 3").unwrap()];
    let language = phase_one.find("Språkutvikling Hilser på kolleger").unwrap();
    let suitability = phase_one.find("Personlig egnethet Møter presis").unwrap();
    let performance = phase_one
        .find("Arbeidsutførelse Har gjennomført butikkens")
        .unwrap();
    assert!(
        language < suitability && suitability < performance,
        "{phase_one}"
    );
}

#[test]
fn hints_are_printed_under_their_task() {
    let text = flat(&render(&blank_plan()).text());
    assert!(
        text.contains(
            "Forstår enkle beskjeder fra fadder om dagens oppgaver Tips til fadder: Bruk korte \
             setninger, og vis gjerne samtidig som du forklarer."
        ),
        "{text}"
    );
}

#[test]
fn a_group_without_tasks_is_left_out() {
    let mut plan = blank_plan();
    plan.phases.truncate(1);
    plan.phases[0].tasks.retain(|t| t.criterion != S);
    let text = render(&plan).text();
    assert!(!text.contains("Personlig egnethet"), "{text}");
    assert!(text.contains("Språkutvikling") && text.contains("Arbeidsutførelse"));
}

#[test]
fn each_phase_starts_at_the_top_of_a_new_page_with_its_header() {
    let pdf = render(&blank_plan());
    let pages = pdf.page_lines();
    for number in 1..=3 {
        let heading = format!("Fase {number} av 3");
        let starts: Vec<usize> = pages
            .iter()
            .enumerate()
            .filter(|(_, lines)| lines.contains(&heading))
            .map(|(i, _)| i)
            .collect();
        assert_eq!(starts.len(), 1, "{heading} printed once: {pages:#?}");
        let page = &pages[starts[0]];
        // Below the running header (and on page 1 the title) the phase is the first thing.
        let at = page.iter().position(|l| *l == heading).unwrap();
        if number == 1 {
            assert!(page[..at].iter().any(|l| l == "Trinnvis opplæring"));
        } else {
            assert_eq!(at, 1, "{heading} is not at the top of its page: {page:#?}");
        }
        // The header block and the table start on the same page.
        let rest = &page[at..];
        for expected in ["Språkkrav:", "Mål for fasen:", "Slik fyller du ut"] {
            assert!(
                rest.iter().any(|l| l.starts_with(expected)),
                "{expected} {page:#?}"
            );
        }
        assert!(rest.iter().any(|l| is_column_titles(l)), "{page:#?}");
    }
    let text = pdf.text();
    assert!(text.contains("Språkkrav: A1 (lese A2)"), "{text}");
    assert!(text.contains("Mål for fasen: Deltakeren arbeider selvstendig"));
}

#[test]
fn a_phase_header_moves_to_the_next_page_with_its_first_tasks() {
    // Ten phases make the status overview so long that phase 1, still under way and so with
    // its instructions, no longer fits under it.
    let mut plan = status_plan();
    plan.phases[0].tasks[11].mentor_confirmed = false;
    let more: Vec<ChecklistPhase> = (4..=10)
        .map(|number| ChecklistPhase {
            number,
            ..plan.phases[2].clone()
        })
        .collect();
    plan.phases.extend(more);
    for phase in &mut plan.phases {
        phase.of = 10;
    }
    let pages = render(&plan).page_lines();
    let first = &pages[0];
    assert!(first.iter().any(|l| l.starts_with("Fase 10")), "{first:#?}");
    assert!(!first.iter().any(|l| l == "Fase 1 av 10"), "{first:#?}");
    let second = &pages[1];
    assert_eq!(second[1], "Fase 1 av 10", "{second:#?}");
    assert!(second.iter().any(|l| is_column_titles(l)), "{second:#?}");
    assert!(second.iter().any(|l| l.starts_with("Hilser på kolleger")));
}

#[test]
fn the_header_names_the_people_and_the_period() {
    let pdf = render(&blank_plan());
    let text = pdf.text();
    for exact in [
        PARTICIPANT,
        WORKPLACE,
        MENTOR,
        ADVISER,
        "01.03.2027–30.06.2027",
        "Lørenskog kommune",
        "Butikkmedarbeider – Butikk",
        "Trinnvis opplæring",
    ] {
        assert!(
            text.contains(exact),
            "{exact} not extracted exactly:\n{text}"
        );
    }
    for label in [
        "Deltaker",
        "Arbeidssted",
        "Fadder",
        "Programrådgiver",
        "Periode",
    ] {
        assert!(text.contains(label), "{label}");
    }
    // Every phase repeats the header, so a phase printed alone still says whose it is.
    assert_eq!(text.matches(PARTICIPANT).count(), 3 + pdf.pages(), "{text}");
    let info = pdf.run("pdfinfo", &[]);
    assert!(
        info.contains(&format!("Trinnvis opplæring – {PARTICIPANT}")),
        "{info}"
    );
}

#[test]
fn the_columns_repeat_on_every_page_of_a_long_phase() {
    let mut plan = blank_plan();
    let mut tasks = Vec::new();
    for round in 1..=4 {
        for task in phase_one_tasks() {
            tasks.push(ChecklistTask {
                text: format!("{} – runde {round}", task.text),
                ..task
            });
        }
    }
    plan.phases = vec![ChecklistPhase {
        tasks,
        ..plan.phases[0].clone()
    }];
    let pdf = render(&plan);
    let pages = pdf.page_lines();
    assert!(
        pages.len() >= 3,
        "48 tasks should need 3 pages, got {}",
        pages.len()
    );
    let total = pages.len();
    for (i, page) in pages.iter().enumerate() {
        let has_tasks = page.iter().any(|l| l.contains("runde"));
        if has_tasks {
            assert!(
                page.iter().any(|l| is_column_titles(l)),
                "page {} has tasks but no column titles: {page:#?}",
                i + 1
            );
        }
        assert!(page
            .iter()
            .any(|l| l.contains(&format!("Side {} av {total}", i + 1))));
    }
    // The signatures come once, after the last task.
    let text = pdf.text();
    assert_eq!(text.matches("Underskrifter").count(), 1);
    assert!(text.rfind("runde 4").unwrap() < text.find("Underskrifter").unwrap());
}

#[test]
fn every_phase_ends_with_signatures() {
    let text = render(&blank_plan()).text();
    assert_eq!(text.matches("Sted og dato").count(), 3, "{text}");
    assert_eq!(
        text.matches("Programrådgiver").count(),
        6,
        "in the header and to sign: {text}"
    );
    for n in 1..=3 {
        let heading = format!("Underskrifter – fase {n} er fullført");
        let at = text.find(&heading).unwrap_or_else(|| panic!("{heading}"));
        let after = &text[at..];
        let signers: Vec<usize> = ["Fadder", "Deltaker", "Programrådgiver"]
            .iter()
            .map(|who| {
                after
                    .find(who)
                    .unwrap_or_else(|| panic!("{who} signs phase {n}"))
            })
            .collect();
        assert!(signers.windows(2).all(|w| w[0] < w[1]), "{signers:?}");
    }
}

#[test]
fn a_blank_sheet_ignores_what_has_been_recorded() {
    let recorded = Checklist {
        kind: ChecklistKind::Blank,
        ..status_plan()
    };
    let cleared = Checklist {
        phases: recorded
            .phases
            .iter()
            .map(|p| ChecklistPhase {
                completed_on: None,
                tasks: p
                    .tasks
                    .iter()
                    .map(|t| ChecklistTask {
                        done_on: None,
                        mentor_confirmed: false,
                        participant_confirmed: false,
                        comment: None,
                        ..t.clone()
                    })
                    .collect(),
                ..p.clone()
            })
            .collect(),
        ..recorded.clone()
    };
    let pdf = render(&recorded);
    let text = pdf.text();
    for absent in [
        "03.03.2027",
        "02.04.2027",
        "Gikk fint",
        "Сделано",
        "Status:",
        "Pågår",
    ] {
        assert!(!text.contains(absent), "{absent} on a blank sheet:\n{text}");
    }
    assert_eq!(pdf.ticks(), 0, "every box empty");
    assert_eq!(
        pdf.bytes,
        opplaeringsplan::render(&cleared).unwrap(),
        "a blank sheet looks the same whatever has been recorded"
    );
}

#[test]
fn a_status_sheet_shows_dates_comments_ticks_and_progress() {
    let plan = status_plan();
    let pdf = render(&plan);
    let text = pdf.text();
    for expected in [
        "Status per 20.05.2027",
        "03.03.2027",
        "14.03.2027",
        "Status: Fase fullført 02.04.2027",
        "Bekreftet av fadder: 12 av 12 oppgaver",
        "Status: Pågår",
        "Bekreftet av fadder: 9 av 12 oppgaver",
        "Bekreftet av deltaker: 10 av 12 oppgaver",
        "Bekreftet av fadder: 0 av 12 oppgaver",
        "Gikk fint",
        "Fadder går gjennom",
    ] {
        assert!(text.contains(expected), "{expected} missing:\n{text}");
    }
    let flat_text = flat(&text);
    assert!(
        flat_text.contains(
            "Bekreftet av fadder: 9 av 12 oppgaver Språkutvikling 2 av 4 · Personlig egnethet \
             3 av 3 · Arbeidsutførelse 4 av 5 Bekreftet av deltaker: 10 av 12 oppgaver"
        ),
        "{flat_text}"
    );
    assert!(flat_text.contains("Сделано"), "Cyrillic comment");
    // Ticks: phase 1 all (12 + 12), phase 2 nine by the fadder and ten by the participant.
    assert_eq!(pdf.ticks(), 24 + 9 + 10);
}

#[test]
fn a_status_sheet_opens_with_an_overview_of_the_phases() {
    let pdf = render(&status_plan());
    let first = pdf.page_lines().remove(0);
    let row = |phase: &str| {
        first
            .iter()
            .find(|l| l.starts_with(phase))
            .unwrap_or_else(|| panic!("no overview row for {phase}: {first:#?}"))
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
    };
    assert!(
        first
            .iter()
            .any(|l| flat(l) == "Fase Språkkrav Bekreftet av fadder Status"),
        "{first:#?}"
    );
    assert_eq!(
        row("Fase 1 "),
        "Fase 1 A1 12 av 12 Fase fullført 02.04.2027"
    );
    assert_eq!(row("Fase 2 "), "Fase 2 A1 (lese A2) 9 av 12 Pågår");
    assert_eq!(row("Fase 3 "), "Fase 3 A2 0 av 12 Pågår");
}

#[test]
fn a_phase_is_complete_only_when_the_fadder_has_confirmed_every_task() {
    let mut plan = status_plan();
    // A date recorded for a phase that is not actually finished does not make it finished.
    plan.phases[1].completed_on = Some(date(28, 4));
    // Every task confirmed but no phase date: the last task's date stands in.
    plan.phases[2]
        .tasks
        .iter_mut()
        .enumerate()
        .for_each(|(i, t)| {
            t.mentor_confirmed = true;
            t.done_on = Some(date(1 + i as u32, 5));
        });
    let text = render(&plan).text();
    assert!(!text.contains("28.04.2027"), "{text}");
    assert_eq!(text.matches("Status: Pågår").count(), 1, "phase 2 only");
    assert!(text.contains("Status: Fase fullført 12.05.2027"), "{text}");
}

#[test]
fn a_template_prints_without_a_participant() {
    let pdf = render(&template_plan());
    assert!(pdf.pages() >= 3);
    let text = pdf.text();
    for absent in [PARTICIPANT, MENTOR, WORKPLACE, ADVISER, "01.03.2027"] {
        assert!(!text.contains(absent), "{absent} on a template:\n{text}");
    }
    assert!(text.contains("Mal: Butikkmedarbeider – Butikk"), "{text}");
    assert!(text.contains("Dette er en mal"));
    assert!(text.contains("Deltaker") && text.contains("Arbeidssted"));
    assert!(flat(&text).contains("Har gjennomført butikkens digitale introduksjonskurs"));
    assert_eq!(pdf.ticks(), 0);
    let info = pdf.run("pdfinfo", &[]);
    assert!(
        info.contains("Trinnvis opplæring – Butikkmedarbeider – Butikk"),
        "{info}"
    );
}

#[test]
fn an_empty_phase_is_flagged_on_the_sheet_and_before_printing() {
    let mut plan = blank_plan();
    plan.phases[1].tasks.clear();
    assert_eq!(
        opplaeringsplan::warnings(&plan),
        ["Fase 2 har ingen arbeidsoppgaver."]
    );
    assert!(opplaeringsplan::warnings(&blank_plan()).is_empty());

    let pdf = render(&plan);
    let text = pdf.text();
    assert!(
        text.contains("Denne fasen har ingen arbeidsoppgaver ennå"),
        "{text}"
    );
    let pages = pdf.page_lines();
    let phase_two = pages
        .iter()
        .find(|p| p.iter().any(|l| l == "Fase 2 av 3"))
        .unwrap();
    assert!(phase_two
        .iter()
        .any(|l| l.contains("ingen arbeidsoppgaver")));
    assert!(
        !phase_two.iter().any(|l| is_column_titles(l)),
        "{phase_two:#?}"
    );

    let status = Checklist {
        kind: ChecklistKind::Status,
        ..plan
    };
    let text = render(&status).text();
    assert!(text.contains("Mangler oppgaver"), "{text}");
}

#[test]
fn names_in_any_script_come_back_out_of_the_font_subset() {
    let pdf = render(&status_plan());
    pdf.assert_dejavu_subsets();
    let text = pdf.text();
    for exact in [
        PARTICIPANT,
        ADVISER,
        MENTOR,
        "Personlig egnethet",
        "Språkutvikling",
    ] {
        assert!(text.contains(exact), "{exact}");
    }
}

#[test]
fn the_same_plan_gives_the_same_bytes_and_a_small_file() {
    let plan = large_status_plan();
    let bytes = opplaeringsplan::render(&plan).unwrap();
    assert_eq!(bytes, opplaeringsplan::render(&plan).unwrap());
    // The whole DejaVu Sans is ~750 KB; anything near that means subsetting broke.
    assert!(bytes.len() < 200_000, "{} bytes", bytes.len());
}

/// Writes the sample sheets to `$CHECKLIST_SAMPLES` (default: a `checklist` folder in the system's temporary folder) and reports how
/// long the large status plan takes. For looking at the pages; run with
/// `cargo test --release --test pdf_checklist -- --ignored --nocapture`.
#[test]
#[ignore]
fn write_samples() {
    let plan = large_status_plan();
    let tasks: usize = plan.phases.iter().map(|p| p.tasks.len()).sum();
    let cold = std::time::Instant::now();
    let bytes = opplaeringsplan::render(&plan).unwrap();
    let cold = cold.elapsed();
    let runs = 20;
    let warm = std::time::Instant::now();
    for _ in 0..runs {
        std::hint::black_box(opplaeringsplan::render(&plan).unwrap());
    }
    let warm = warm.elapsed() / runs;
    println!(
        "{tasks} tasks, {} pages: {} bytes, first render {cold:?}, then {warm:?} per render",
        PdfFile::new(bytes.clone()).pages(),
        bytes.len()
    );

    let dir = std::env::var("CHECKLIST_SAMPLES")
        .map(PathBuf::from)
        .unwrap_or_else(|_| std::env::temp_dir().join("checklist"));
    std::fs::create_dir_all(&dir).unwrap();
    let mut empty = blank_plan();
    empty.phases[1].tasks.clear();
    for (name, plan) in [
        ("blank", blank_plan()),
        ("status", status_plan()),
        ("template", template_plan()),
        ("empty-phase", empty),
        ("large-status", large_status_plan()),
    ] {
        std::fs::write(
            dir.join(format!("{name}.pdf")),
            opplaeringsplan::render(&plan).unwrap(),
        )
        .unwrap();
    }
}
