//! `cargo bench --bench evaluations`: the evaluation forms 6.5 and 7.4 in a release build, on the
//! demo data as the app uses them: print the demo's filled-in follow-up talk (20 of 23 answers),
//! a blank final evaluation, and a final evaluation with every item answered; open the list of a
//! placement's evaluations; save one. Target: under 50 ms and 200 KB per printed form, under
//! 50 ms per screen load or save. Figures are printed, not asserted.

mod support;

use stegvis::evaluations::{self, EvaluationForm, EvaluationInput, ItemKind};
use stegvis::store::Store;
use stegvis::{dates, demo, participants};
use support::{ms, time};

const RUNS: usize = 30;

fn report(label: &str, mut print: impl FnMut() -> Vec<u8>) {
    let bytes = print().len();
    let median = time(RUNS, print);
    println!("{label:<52} {:>7.2} ms {bytes:>10}", ms(median));
}

/// Every item of the final evaluation answered, the texts at a few full sentences.
fn every_answer() -> EvaluationInput {
    let answers = EvaluationForm::Final
        .definition()
        .items()
        .map(|item| {
            let value = match item.kind {
                ItemKind::Text => "Samarbeidet fungerte godt, men vi må avklare tidligere hvem \
                                   som følger opp fadderen når programrådgiveren er borte. \
                                   Deltakeren ønsker flere samtaler på norsk med kollegene."
                    .to_string(),
                ItemKind::Choice { options } => options[0].key.to_string(),
                ItemKind::Scale { max } => max.to_string(),
                ItemKind::Check => "ja".to_string(),
            };
            (item.key.to_string(), value)
        })
        .collect();
    EvaluationInput {
        held_on: dates::format_date(dates::today()),
        present: "Deltakeren, Per Olsen (fadder), Morten Dahl (programrådgiver)".into(),
        answers,
    }
}

fn main() {
    let mut store = Store::open_in_memory().unwrap();
    demo::load(&mut store).unwrap();
    let placement = participants::list_placements(&mut store, None)
        .unwrap()
        .into_iter()
        .find(|p| p.workplace == "Solsiden omsorgssenter")
        .unwrap()
        .id;
    let talk = evaluations::list(&mut store, placement).unwrap()[0].id;
    let full = evaluations::create(
        &mut store,
        placement,
        EvaluationForm::Final,
        &every_answer(),
    )
    .unwrap()
    .id;

    println!("{:<52} {:>10} {:>10}", "", "median", "bytes");
    report("print 6.5, the demo's talk (20 of 23 answers)", || {
        evaluations::print(&mut store, talk).unwrap()
    });
    report("print 7.4 blank", || {
        evaluations::print_blank(&mut store, placement, EvaluationForm::Final).unwrap()
    });
    report("print 7.4, every item answered", || {
        evaluations::print(&mut store, full).unwrap()
    });
    let median = time(RUNS, || {
        evaluations::list(&mut store, placement).unwrap().len()
    });
    println!(
        "{:<52} {:>7.2} ms",
        "list a placement's evaluations (3)",
        ms(median)
    );
    let input = every_answer();
    let median = time(RUNS, || {
        evaluations::update(&mut store, full, &input)
            .unwrap()
            .answered
    });
    println!(
        "{:<52} {:>7.2} ms",
        "save a whole 7.4 (30 answers)",
        ms(median)
    );
}
