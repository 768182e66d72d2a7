//! Opening databases: new files, migrations, and every kind of bad path or file, where the user
//! must get a clear message and nothing already saved may change.

use std::fs;

use stegvis::people::{self, PersonInput, Role};
use stegvis::store::{Store, SCHEMA_VERSION};
use stegvis::{settings, units, work_groups};

fn tempdir() -> tempfile::TempDir {
    tempfile::tempdir().unwrap()
}

#[test]
fn an_empty_file_is_migrated_to_the_current_schema_with_wal_and_foreign_keys() {
    let dir = tempdir();
    let path = dir.path().join("stegvis.sqlite");
    fs::write(&path, b"").unwrap();
    let store = Store::open(&path).unwrap();
    assert_eq!(store.schema_version().unwrap(), SCHEMA_VERSION);
    assert!(store.check().unwrap().is_healthy());
    drop(store);

    let conn = rusqlite::Connection::open(&path).unwrap();
    let mode: String = conn
        .query_row("PRAGMA journal_mode", [], |r| r.get(0))
        .unwrap();
    assert_eq!(mode, "wal");
    let version: i64 = conn
        .query_row("PRAGMA user_version", [], |r| r.get(0))
        .unwrap();
    assert_eq!(version, SCHEMA_VERSION);
}

#[test]
fn reopening_keeps_everything_and_does_not_seed_twice() {
    let dir = tempdir();
    let path = dir.path().join("stegvis.sqlite");
    {
        let mut store = Store::open(&path).unwrap();
        settings::set_municipality(&mut store, "Bærum kommune").unwrap();
        let unit = units::list(&mut store).unwrap()[1].id;
        let input = PersonInput {
            name: "Åse Berg".into(),
            unit_id: Some(unit),
            role: Role::Laerer.code().into(),
            email: None,
            phone: None,
        };
        let person = people::create(&mut store, &input).unwrap();
        let group = work_groups::create(&mut store, "Arbeidsrettet løp renhold").unwrap();
        work_groups::add_member(&mut store, group.id, person.id, false).unwrap();
    }
    let mut store = Store::open(&path).unwrap();
    assert_eq!(
        settings::get(&mut store).unwrap().municipality,
        "Bærum kommune"
    );
    assert_eq!(units::list(&mut store).unwrap().len(), 3);
    let groups = work_groups::list(&mut store).unwrap();
    assert_eq!(groups[0].member_count, 1);
}

#[test]
fn foreign_keys_are_enforced() {
    let mut store = Store::open_in_memory().unwrap();
    let result = store.write(|tx| {
        tx.execute(
            "INSERT INTO people (id, name, unit_id, role, created_at, updated_at) \
             VALUES ('x', 'Ola', 'no-such-unit', 'leder', '', '')",
            [],
        )?;
        Ok(())
    });
    assert!(result.is_err());
}

#[test]
fn a_database_from_a_newer_version_is_refused_and_left_untouched() {
    let dir = tempdir();
    let path = dir.path().join("newer.sqlite");
    drop(Store::open(&path).unwrap());
    {
        let conn = rusqlite::Connection::open(&path).unwrap();
        conn.pragma_update(None, "user_version", SCHEMA_VERSION + 1)
            .unwrap();
    }
    let before = fs::read(&path).unwrap();
    let err = Store::open(&path)
        .err()
        .expect("must refuse a newer schema");
    assert_eq!(err.code(), "newerSchema");
    assert!(
        err.to_string().contains("nyere versjon av Stegvis"),
        "{err}"
    );
    assert_eq!(fs::read(&path).unwrap(), before);
}

#[test]
fn a_file_that_is_not_sqlite_is_refused_and_left_untouched() {
    let dir = tempdir();
    let path = dir.path().join("notes.sqlite");
    let text = "Møtereferat 12.03.2027\n".repeat(50);
    fs::write(&path, &text).unwrap();
    let err = Store::open(&path).err().unwrap();
    assert_eq!(err.code(), "notADatabase");
    assert!(err.to_string().contains("ikke en SQLite-fil"), "{err}");
    assert_eq!(fs::read_to_string(&path).unwrap(), text);
}

#[test]
fn a_path_in_a_missing_folder_is_refused_without_creating_it() {
    let dir = tempdir();
    let missing = dir.path().join("finnes-ikke");
    let err = Store::open(missing.join("stegvis.sqlite")).err().unwrap();
    assert_eq!(err.code(), "folderMissing");
    assert!(err.to_string().contains("finnes ikke"), "{err}");
    assert!(!missing.exists());
}

#[test]
fn a_folder_as_the_database_path_is_refused() {
    let dir = tempdir();
    assert_eq!(
        Store::open(dir.path()).err().unwrap().code(),
        "notADatabase"
    );
}

#[cfg(target_os = "linux")]
#[test]
fn a_folder_without_write_access_is_reported_as_such() {
    // /sys refuses new files even to root, so this holds when tests run as root in CI too.
    let err = Store::open("/sys/stegvis.sqlite").err().unwrap();
    assert_eq!(err.code(), "notWritable", "{err}");
    assert!(err.to_string().contains("skrivetilgang"), "{err}");
}

#[test]
fn a_foundation_database_is_upgraded_with_its_data_kept_and_the_example_templates_added() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("v1.sqlite");
    {
        let conn = rusqlite::Connection::open(&path).unwrap();
        conn.execute_batch(include_str!("../src/store/migrations/0001_foundation.sql"))
            .unwrap();
        conn.execute(
            "INSERT INTO work_groups (id, name, created_at, updated_at) \
             VALUES ('00000000-0000-4000-8000-000000000001', 'Løp 2026', 'x', 'x')",
            [],
        )
        .unwrap();
        conn.pragma_update(None, "user_version", 1).unwrap();
    }
    let mut store = Store::open(&path).unwrap();
    assert_eq!(store.schema_version().unwrap(), SCHEMA_VERSION);
    let groups = stegvis::work_groups::list(&mut store).unwrap();
    assert_eq!(groups[0].name, "Løp 2026");
    assert_eq!(stegvis::templates::list(&mut store).unwrap().len(), 6);
    assert!(store.check().unwrap().is_healthy());
}

#[test]
fn a_training_database_is_upgraded_with_its_placements_kept_and_no_employer_yet() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("v2.sqlite");
    {
        let conn = rusqlite::Connection::open(&path).unwrap();
        conn.execute_batch(include_str!("../src/store/migrations/0001_foundation.sql"))
            .unwrap();
        conn.execute_batch(include_str!("../src/store/migrations/0002_training.sql"))
            .unwrap();
        conn.execute_batch(
            "INSERT INTO participants (id, name, created_at, updated_at) \
             VALUES ('00000000-0000-4000-8000-000000000002', 'Amina Yusuf', 'x', 'x'); \
             INSERT INTO placements (id, participant_id, workplace, mentor_name, start_date, \
             end_date, days_per_week, created_at, updated_at) VALUES \
             ('00000000-0000-4000-8000-000000000003', '00000000-0000-4000-8000-000000000002', \
             'Matkroken', 'Line', '2026-01-05', '2026-06-30', 3, 'x', 'x');",
        )
        .unwrap();
        conn.pragma_update(None, "user_version", 2).unwrap();
    }
    let mut store = Store::open(&path).unwrap();
    assert_eq!(store.schema_version().unwrap(), SCHEMA_VERSION);
    let placements = stegvis::participants::list_placements(&mut store, None).unwrap();
    assert_eq!(placements.len(), 1);
    assert_eq!(placements[0].workplace, "Matkroken");
    assert_eq!(placements[0].mentor_name, "Line");
    assert_eq!(placements[0].employer_id, None);
    assert_eq!(placements[0].spec_label, None);
    assert!(stegvis::employers::list(&mut store, &Default::default())
        .unwrap()
        .is_empty());
    assert!(store.check().unwrap().is_healthy());
}

#[test]
fn an_employer_database_is_upgraded_and_its_groups_start_their_process_at_step_one() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("v3.sqlite");
    {
        let conn = rusqlite::Connection::open(&path).unwrap();
        for sql in [
            include_str!("../src/store/migrations/0001_foundation.sql"),
            include_str!("../src/store/migrations/0002_training.sql"),
            include_str!("../src/store/migrations/0003_employers.sql"),
        ] {
            conn.execute_batch(sql).unwrap();
        }
        conn.execute_batch(
            "INSERT INTO work_groups (id, name, created_at, updated_at) \
             VALUES ('00000000-0000-4000-8000-000000000010', 'Arbeidsrettet løp lager', 'x', 'x'); \
             INSERT INTO checklist_answers (checklist, owner_id, item, done, note, responsible, \
             updated_at) VALUES ('4.1', '00000000-0000-4000-8000-000000000099', \
             'formal', 1, '', '', 'x');",
        )
        .unwrap();
        conn.pragma_update(None, "user_version", 3).unwrap();
    }
    let mut store = Store::open(&path).unwrap();
    assert_eq!(store.schema_version().unwrap(), SCHEMA_VERSION);
    let processes = stegvis::process::list(&mut store).unwrap();
    assert_eq!(processes.len(), 1);
    assert_eq!(processes[0].name, "Arbeidsrettet løp lager");
    assert_eq!(processes[0].current_step, 1);
    assert_eq!(processes[0].steps_done, 0);
    let n: i64 = rusqlite::Connection::open(&path)
        .unwrap()
        .query_row("SELECT count(*) FROM checklist_answers", [], |r| r.get(0))
        .unwrap();
    assert_eq!(n, 1, "an employer's checklist answers are kept");
    assert!(store.check().unwrap().is_healthy());
}

#[test]
fn a_process_database_is_upgraded_and_its_placements_can_be_evaluated() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("v4.sqlite");
    {
        let conn = rusqlite::Connection::open(&path).unwrap();
        for sql in [
            include_str!("../src/store/migrations/0001_foundation.sql"),
            include_str!("../src/store/migrations/0002_training.sql"),
            include_str!("../src/store/migrations/0003_employers.sql"),
            include_str!("../src/store/migrations/0004_process.sql"),
        ] {
            conn.execute_batch(sql).unwrap();
        }
        conn.execute_batch(
            "INSERT INTO participants (id, name, created_at, updated_at) \
             VALUES ('00000000-0000-4000-8000-000000000002', 'Amina Yusuf', 'x', 'x'); \
             INSERT INTO placements (id, participant_id, workplace, mentor_name, start_date, \
             end_date, days_per_week, created_at, updated_at) VALUES \
             ('00000000-0000-4000-8000-000000000003', '00000000-0000-4000-8000-000000000002', \
             'Matkroken', 'Line', '2026-01-05', '2026-06-30', 3, 'x', 'x');",
        )
        .unwrap();
        conn.pragma_update(None, "user_version", 4).unwrap();
    }
    let mut store = Store::open(&path).unwrap();
    assert_eq!(store.schema_version().unwrap(), SCHEMA_VERSION);
    let placement = uuid::Uuid::parse_str("00000000-0000-4000-8000-000000000003").unwrap();
    assert!(stegvis::evaluations::list(&mut store, placement)
        .unwrap()
        .is_empty());
    let made = stegvis::evaluations::create(
        &mut store,
        placement,
        stegvis::evaluations::EvaluationForm::Final,
        &stegvis::evaluations::EvaluationInput {
            held_on: "30.06.2026".into(),
            present: String::new(),
            answers: [("kommunen.egnet".to_string(), "ja".to_string())].into(),
        },
    )
    .unwrap();
    assert_eq!(made.answered, 1);
    assert!(store.check().unwrap().is_healthy());
}
