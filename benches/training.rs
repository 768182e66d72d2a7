//! `cargo bench --bench training`: printing the largest demo plan (three phases, over 60 tasks,
//! every one commented) as the fadder's checklist, and the work behind the tick grid, in a
//! release build. Target per document: under 25 ms and under 120 KB. Figures are printed, not
//! asserted: speed targets are judged here, never in tests.

mod support;

use stegvis::plans::{self, Confirmer, PrintChoice};
use stegvis::store::Store;
use stegvis::{demo, pdf};
use support::{ms, time};

fn main() {
    let mut store = Store::open_in_memory().unwrap();
    let loaded = demo::load(&mut store).unwrap();
    let largest = loaded
        .plans
        .iter()
        .map(|id| plans::get(&mut store, *id).unwrap())
        .max_by_key(|p| p.phases.iter().map(|f| f.tasks.len()).sum::<usize>())
        .unwrap();
    let tasks: usize = largest.phases.iter().map(|f| f.tasks.len()).sum();
    let commented = largest
        .phases
        .iter()
        .flat_map(|f| &f.tasks)
        .filter(|t| !t.comment.is_empty())
        .count();
    println!(
        "largest demo plan: {} phases, {tasks} tasks, {commented} with comments\n",
        largest.phases.len()
    );
    println!("{:<52} {:>10} {:>10}", "", "median", "bytes");

    for (label, choice) in [
        (
            "render status checklist, whole plan",
            PrintChoice::default(),
        ),
        (
            "render blank checklist, whole plan",
            PrintChoice {
                phase: None,
                blank: true,
            },
        ),
        (
            "render blank checklist, phase 1",
            PrintChoice {
                phase: Some(1),
                blank: true,
            },
        ),
    ] {
        let checklist = plans::checklist(&largest, "Stegvik kommune".into(), choice).unwrap();
        let bytes = pdf::opplaeringsplan::render(&checklist).unwrap().len();
        let render = time(30, || pdf::opplaeringsplan::render(&checklist).unwrap());
        println!("{label:<52} {:>7.2} ms {bytes:>10}", ms(render));
    }
    let print = time(30, || {
        plans::print(&mut store, largest.id, PrintChoice::default()).unwrap()
    });
    println!(
        "{:<52} {:>7.2} ms",
        "load from the database and render (status)",
        ms(print)
    );

    let load = time(30, || plans::get(&mut store, largest.id).unwrap());
    println!("{:<52} {:>7.2} ms", "load the plan (one screen)", ms(load));
    let task = largest.phases[2].tasks[0].id;
    let mut on = false;
    let tick = time(30, || {
        on = !on;
        plans::set_confirmed(&mut store, task, Confirmer::Participant, on, None).unwrap()
    });
    println!(
        "{:<52} {:>7.2} ms",
        "tick one box (write, history, reload the plan)",
        ms(tick)
    );
}
