//! The printed evaluation forms 6.5 and 7.4, made through the core API the way an adviser makes
//! them after a talk at the workplace (or prints them blank for the fadder and the participant),
//! and read back the way their PDF reader would: poppler's `pdftotext` and `pdffonts`.

mod common;

use chrono::Days;
use stegvis::evaluations::{self, EvaluationForm, EvaluationInput};
use stegvis::people::{self, PersonInput, Role};
use stegvis::{dates, settings, units, Store};
use uuid::Uuid;

use common::{flat, PdfFile};

const MUNICIPALITY: &str = "Lørenskog kommune";
const PARTICIPANT: &str = "Amina Yusuf";
const WORKPLACE: &str = "Bjørkås Dagligvare";
const MENTOR: &str = "Åse Bjørnæs";
const ADVISER: &str = "Nguyễn Thị Hương";
const PRESENT: &str = "Amina Yusuf, Åse Bjørnæs og Nguyễn Thị Hương";
const LIKES: &str = "Jeg liker å snakke med kundene og å lære nye ord ved frukt og grønt.";
const MISSING: &str = "Må kunne ta kassa alene på travle dager, også lørdager.";
const MUNICIPALITY_PART: &str = "Kommunen gir norskkurs med fagspråk for butikk to dager i uka.";

const FOLLOW_UP_SECTIONS: [&str; 3] = [
    "Deltakerens egen vurdering",
    "Arbeidsplassens vurdering",
    "Hva skal til for å bli vurdert til ordinær jobb",
];
const FINAL_SECTIONS: [&str; 3] = [
    "Kommunens vurdering",
    "Deltakerens vurdering",
    "Arbeidsgiverens vurdering",
];
const MARKED_NUMBERS: &str = "❶❷❸❹❺❻❼❽❾❿";

struct World {
    store: Store,
    placement: Uuid,
    /// "dd.mm.åååå–dd.mm.åååå"
    period: String,
}

/// Amina in a placement at the shop that started 60 days ago, followed by a programrådgiver.
fn world() -> World {
    let mut store = Store::open_in_memory().unwrap();
    settings::set_municipality(&mut store, MUNICIPALITY).unwrap();
    let unit = units::list(&mut store)
        .unwrap()
        .into_iter()
        .find(|u| u.name.starts_with("Flyktning"))
        .expect("the refugee service is one of the default units")
        .id;
    let adviser = people::create(
        &mut store,
        &PersonInput {
            name: ADVISER.into(),
            unit_id: Some(unit),
            role: Role::Programraadgiver.code().into(),
            email: None,
            phone: None,
        },
    )
    .unwrap()
    .id;
    let placement = common::placement_started(
        &mut store,
        PARTICIPANT,
        Some(adviser),
        (WORKPLACE, MENTOR),
        60,
    );
    let start = dates::today() - Days::new(60);
    let end = start + Days::new(150);
    World {
        store,
        placement,
        period: format!("{}–{}", dates::format_date(start), dates::format_date(end)),
    }
}

fn days_ago(n: u64) -> String {
    dates::format_date(dates::today() - Days::new(n))
}

fn evaluation(w: &mut World, form: EvaluationForm, answers: &[(&str, &str)]) -> Uuid {
    evaluations::create(
        &mut w.store,
        w.placement,
        form,
        &EvaluationInput {
            held_on: days_ago(10),
            present: PRESENT.into(),
            answers: answers
                .iter()
                .map(|(k, v)| (k.to_string(), v.to_string()))
                .collect(),
        },
    )
    .unwrap()
    .id
}

/// A talk along the way: a few of the participant's answers, one rating, two ticks, and what is
/// missing for an ordinary job; the rest left for later.
fn follow_up_talk(w: &mut World) -> Uuid {
    evaluation(
        w,
        EvaluationForm::FollowUp,
        &[
            ("deltaker.oppgaver", "ja"),
            ("deltaker.norsk", "litt"),
            ("deltaker.utvikling", "7"),
            ("deltaker.mer", LIKES),
            ("arbeidsplassen.kommunikasjon", "bra"),
            ("arbeidsplassen.fravaer", "ja"),
            ("arbeidsplassen.tid", "ja"),
            ("jobb.mangler", MISSING),
            ("jobb.kommunen", MUNICIPALITY_PART),
        ],
    )
}

/// Where each of `needles` first occurs in `haystack`, failing on one that is missing.
fn positions(haystack: &str, needles: &[&str]) -> Vec<usize> {
    needles
        .iter()
        .map(|n| {
            haystack
                .find(n)
                .unwrap_or_else(|| panic!("«{n}» not in:\n{haystack}"))
        })
        .collect()
}

fn assert_in_order(haystack: &str, needles: &[&str]) {
    let found = positions(haystack, needles);
    assert!(
        found.windows(2).all(|w| w[0] < w[1]),
        "{needles:?} out of order at {found:?}"
    );
}

/// The line of the page layout that holds `text`, with its spaces collapsed.
fn layout_line(layout: &str, text: &str) -> String {
    flat(
        layout
            .lines()
            .find(|l| flat(l).contains(text))
            .unwrap_or_else(|| panic!("no line with «{text}» in:\n{layout}")),
    )
}

/// The height (pt) `pdftotext -bbox` gives the first word `word`: it grows with the type size.
fn word_height(pdf: &PdfFile, word: &str) -> f32 {
    let html = pdf.run("pdftotext", &["-bbox"]);
    let line = html
        .lines()
        .find(|l| l.contains(&format!(">{word}</word>")))
        .unwrap_or_else(|| panic!("no word {word}"));
    let attribute = |name: &str| -> f32 {
        let start = line.find(&format!("{name}=\"")).unwrap() + name.len() + 2;
        let end = start + line[start..].find('"').unwrap();
        line[start..end].parse().unwrap()
    };
    attribute("yMax") - attribute("yMin")
}

#[test]
fn a_follow_up_talk_prints_every_question_with_the_answers_given() {
    let mut w = world();
    let id = follow_up_talk(&mut w);
    let pdf = PdfFile::new(evaluations::print(&mut w.store, id).unwrap());
    let text = flat(&pdf.pdftotext("-raw", None));
    let layout = pdf.pdftotext("-layout", None);

    assert!(
        text.contains("6.5 Oppfølging og evaluering av deltakeren i praksisperioden"),
        "{text}"
    );
    for fact in [
        MUNICIPALITY,
        PARTICIPANT,
        WORKPLACE,
        MENTOR,
        ADVISER,
        &w.period,
        &days_ago(10),
        PRESENT,
    ] {
        assert!(text.contains(fact), "{fact} missing");
    }
    assert_in_order(&text, &FOLLOW_UP_SECTIONS);

    // The chosen answer of a choice is crossed, and the others are still there to see.
    let tasks = layout_line(&layout, "Klarer du arbeidsoppgavene dine?");
    assert!(tasks.ends_with("☒ Ja ☐ Litt ☐ Nei"), "{tasks}");
    let language = layout_line(&layout, "Snakker du godt nok norsk");
    assert!(language.ends_with("☐ Ja ☒ Litt ☐ Nei"), "{language}");
    let communication = layout_line(&layout, "Muntlig og skriftlig kommunikasjon");
    assert!(
        communication.ends_with("☐ Ikke så bra ☒ Bra ☐ Meget bra"),
        "{communication}"
    );
    let service = layout_line(&layout, "Service");
    assert!(
        service.ends_with("☐ Ikke så bra ☐ Bra ☐ Meget bra"),
        "unanswered: {service}"
    );
    // The scale shows all ten numbers with the chosen one marked.
    assert!(text.contains("1 2 3 4 5 6 ❼ 8 9 10"), "{text}");
    // Two ticks among the nine habits, two choices and one rating: five crosses in all.
    assert!(text.contains("☒ Gir beskjed ved fravær"), "{text}");
    assert!(text.contains("☐ Tar initiativ selv"), "{text}");
    assert_eq!(text.matches('☒').count(), 5);
    assert_eq!(text.matches('☐').count(), 2 * 3 + 3 * 3 + 9 - 5);

    // The answers stand under their questions, in the form's order; an unanswered question is
    // still printed, to be answered by hand.
    assert_in_order(
        &text,
        &[
            "Er det noe som ikke har fungert, og som bør endres?",
            "Er det noe som har vært bra, og som du vil gjøre mer av?",
            LIKES,
            "Dette mangler deltakeren for å bli vurdert til ordinær jobb",
            MISSING,
            "Hvordan skal det gjøres?",
            "Kommunens ansvar",
            MUNICIPALITY_PART,
            "Arbeidsgiverens ansvar",
            "Underskrifter",
            "Fadder/arbeidsgiver",
        ],
    );
    assert!(text.contains("Punkter uten svar står tomme"), "{text}");

    // The participant's own part is in larger type than the workplace's.
    let participant_word = word_height(&pdf, "Klarer");
    let workplace_word = word_height(&pdf, "Generelle");
    assert!(
        participant_word >= workplace_word * 1.2,
        "{participant_word} against {workplace_word}"
    );

    pdf.assert_dejavu_subsets();
    let pages = pdf.pages();
    assert!((2..=3).contains(&pages), "{pages} pages");
}

#[test]
fn a_blank_follow_up_form_has_the_names_and_nothing_answered() {
    let mut w = world();
    // A filled-in talk exists, but the blank form takes nothing from it.
    follow_up_talk(&mut w);
    let pdf = PdfFile::new(
        evaluations::print_blank(&mut w.store, w.placement, EvaluationForm::FollowUp).unwrap(),
    );
    let text = flat(&pdf.pdftotext("-raw", None));

    for fact in [PARTICIPANT, WORKPLACE, MENTOR, ADVISER, &w.period] {
        assert!(text.contains(fact), "{fact} missing");
    }
    assert!(text.contains("til utfylling for hånd"), "{text}");
    assert_in_order(&text, &FOLLOW_UP_SECTIONS);
    for answer in [LIKES, MISSING, MUNICIPALITY_PART, PRESENT, &days_ago(10)] {
        assert!(!text.contains(answer), "{answer} on a blank form");
    }
    assert!(!text.contains('☒'), "nothing crossed: {text}");
    assert!(
        !text.chars().any(|c| MARKED_NUMBERS.contains(c)),
        "no number marked"
    );
    assert!(text.contains("1 2 3 4 5 6 7 8 9 10"), "{text}");
    assert_eq!(text.matches('☐').count(), 2 * 3 + 3 * 3 + 9);
    assert!(!text.contains("Punkter uten svar"), "{text}");

    pdf.assert_dejavu_subsets();
    let pages = pdf.pages();
    assert!((2..=3).contains(&pages), "{pages} pages");
}

#[test]
fn a_final_evaluation_prints_the_three_views_topic_by_topic() {
    let mut w = world();
    let id = evaluation(
        &mut w,
        EvaluationForm::Final,
        &[
            (
                "kommunen.opplaering.bra",
                "Voksenopplæringen og programrådgiveren møttes hver fjortende dag.",
            ),
            ("kommunen.egnet", "ja"),
            (
                "deltaker.formal.bra",
                "Jeg lærte å bruke kassa og å rydde lageret.",
            ),
            (
                "deltaker.formal.bedre",
                "Mer tid med fadderen i begynnelsen.",
            ),
            ("arbeidsgiver.videre", "nei"),
            (
                "arbeidsgiver.videre.forbedringer",
                "Færre møter midt i travle perioder.",
            ),
        ],
    );
    let pdf = PdfFile::new(evaluations::print(&mut w.store, id).unwrap());
    let text = flat(&pdf.pdftotext("-raw", None));
    let layout = pdf.pdftotext("-layout", None);

    assert!(
        text.contains("7.4 Sluttevaluering av praksisperioden"),
        "{text}"
    );
    for fact in [PARTICIPANT, WORKPLACE, MENTOR, ADVISER, PRESENT] {
        assert!(text.contains(fact), "{fact} missing");
    }
    assert_in_order(&text, &FINAL_SECTIONS);
    // Each view asks of every topic what was good and what can be better.
    assert_eq!(text.matches("Hva var bra?").count(), 3, "{text}");
    assert_eq!(text.matches("Hva kan bli bedre?").count(), 3, "{text}");
    assert_in_order(
        &text,
        &[
            "Samarbeidet i kommunen om opplæringen av deltakeren",
            "Voksenopplæringen og programrådgiveren møttes hver fjortende dag.",
            "Samarbeidet i kommunen om oppfølgingen av deltakeren",
            "Er arbeidsplassen egnet for nye deltakere?",
            "Deltakerens vurdering",
            "Praksisplassen: fikk du gjøre og lære det dere avtalte?",
            "Jeg lærte å bruke kassa og å rydde lageret.",
            "Mer tid med fadderen i begynnelsen.",
            "Opplæringen fra kommunen",
            "Arbeidsgiverens vurdering",
            "Kommunens oppfølging av dere som arbeidsgiver",
            "Vil dere være praksisarena igjen?",
            "Færre møter midt i travle perioder.",
            "Underskrifter",
        ],
    );
    let suitable = layout_line(&layout, "Er arbeidsplassen egnet for nye deltakere?");
    assert!(suitable.ends_with("☒ Ja ☐ Nei"), "{suitable}");
    let again = layout_line(&layout, "Vil dere være praksisarena igjen?");
    assert!(again.ends_with("☐ Ja ☒ Nei"), "{again}");
    let good_place = layout_line(&layout, "Er dette et godt sted for andre å ha praksis?");
    assert!(good_place.ends_with("☐ Ja ☐ Nei"), "{good_place}");

    pdf.assert_dejavu_subsets();
    let pages = pdf.pages();
    assert!((2..=4).contains(&pages), "{pages} pages");

    let blank = PdfFile::new(
        evaluations::print_blank(&mut w.store, w.placement, EvaluationForm::Final).unwrap(),
    );
    let blank_text = flat(&blank.pdftotext("-raw", None));
    assert_in_order(&blank_text, &FINAL_SECTIONS);
    assert!(!blank_text.contains("Mer tid med fadderen"), "{blank_text}");
    assert!(!blank_text.contains('☒'), "{blank_text}");
    let pages = blank.pages();
    assert!((2..=4).contains(&pages), "{pages} pages");
}
