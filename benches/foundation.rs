//! `cargo bench --bench foundation`: how long the foundation's user-visible work takes in a
//! release build, and how large the printed roster is. Figures are printed, not asserted: speed
//! targets are judged here, never in tests.

mod support;

use stegvis::people::{self, PersonInput, Role};
use stegvis::store::Store;
use stegvis::{units, work_groups};

use support::{ms, time};

fn group_with(store: &mut Store, members: usize) -> uuid::Uuid {
    let units = units::list(store).unwrap();
    let group = work_groups::create(store, &format!("Arbeidsrettet løp {members}")).unwrap();
    for i in 0..members {
        let input = PersonInput {
            name: format!("Åse Øyen-Æbeltoft {i:03}"),
            unit_id: Some(units[i % 3].id),
            role: Role::ALL[i % Role::ALL.len()].code().into(),
            email: Some(format!("person.{i}@lorenskog.kommune.no")),
            phone: Some("+47 912 34 567".into()),
        };
        let person = people::create(store, &input).unwrap();
        work_groups::add_member(store, group.id, person.id, i == 0).unwrap();
    }
    group.id
}

fn main() {
    let printed_on = chrono::NaiveDate::from_ymd_opt(2027, 3, 5).unwrap();
    let mut store = Store::open_in_memory().unwrap();
    println!("{:<44} {:>10} {:>10}", "", "median", "bytes");
    for members in [5, 60, 200] {
        let group = group_with(&mut store, members);
        let roster = work_groups::roster(&mut store, group, printed_on).unwrap();
        let bytes = stegvis::pdf::arbeidsgruppe::render(&roster).unwrap().len();
        let render = time(30, || stegvis::pdf::arbeidsgruppe::render(&roster).unwrap());
        println!(
            "{:<44} {:>7.2} ms {:>10}",
            format!("render roster, {members} members"),
            ms(render),
            bytes
        );
        let load = time(30, || work_groups::get(&mut store, group).unwrap());
        println!(
            "{:<44} {:>7.2} ms",
            format!("load group, {members} members"),
            ms(load)
        );
    }

    let dir = tempfile::tempdir().unwrap();
    let mut n = 0;
    let create = time(10, || {
        n += 1;
        Store::open(dir.path().join(format!("new-{n}.sqlite"))).unwrap()
    });
    println!(
        "{:<44} {:>7.2} ms",
        "create and migrate a new database",
        ms(create)
    );
    let existing = dir.path().join("new-1.sqlite");
    let reopen = time(30, || Store::open(&existing).unwrap());
    println!("{:<44} {:>7.2} ms", "open an existing database", ms(reopen));
}
