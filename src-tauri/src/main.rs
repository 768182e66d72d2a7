//! The Stegvis window: a Tauri 2 shell around the core. Each command is one call into the core
//! through the session that holds the database.

#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

use std::path::PathBuf;

use stegvis::people::{Person, PersonInput};
use stegvis::reference::ReferenceData;
use stegvis::session::{Session, Status};
use stegvis::settings::Settings;
use stegvis::units::Unit;
use stegvis::work_groups::{WorkGroup, WorkGroupSummary};
use stegvis::{people, reference, settings, units, work_groups, Result};
use tauri::State;
use uuid::Uuid;

type S<'a> = State<'a, Session>;

#[tauri::command]
fn app_status(s: S) -> Status {
    s.status()
}
#[tauri::command]
fn reference_data() -> ReferenceData {
    reference::reference_data()
}
#[tauri::command]
fn get_settings(s: S) -> Result<Settings> {
    s.with(settings::get)
}
#[tauri::command]
fn set_municipality(s: S, name: String) -> Result<Settings> {
    s.with(|st| settings::set_municipality(st, &name))
}
#[tauri::command]
fn list_units(s: S) -> Result<Vec<Unit>> {
    s.with(units::list)
}
#[tauri::command]
fn create_unit(s: S, name: String) -> Result<Unit> {
    s.with(|st| units::create(st, &name))
}
#[tauri::command]
fn rename_unit(s: S, id: Uuid, name: String) -> Result<Unit> {
    s.with(|st| units::rename(st, id, &name))
}
#[tauri::command]
fn delete_unit(s: S, id: Uuid) -> Result<()> {
    s.with(|st| units::delete(st, id))
}
#[tauri::command]
fn list_people(s: S) -> Result<Vec<Person>> {
    s.with(people::list)
}
#[tauri::command]
fn create_person(s: S, input: PersonInput) -> Result<Person> {
    s.with(|st| people::create(st, &input))
}
#[tauri::command]
fn update_person(s: S, id: Uuid, input: PersonInput) -> Result<Person> {
    s.with(|st| people::update(st, id, &input))
}
#[tauri::command]
fn delete_person(s: S, id: Uuid) -> Result<()> {
    s.with(|st| people::delete(st, id))
}
#[tauri::command]
fn list_work_groups(s: S) -> Result<Vec<WorkGroupSummary>> {
    s.with(work_groups::list)
}
#[tauri::command]
fn create_work_group(s: S, name: String) -> Result<WorkGroup> {
    s.with(|st| work_groups::create(st, &name))
}
#[tauri::command]
fn rename_work_group(s: S, id: Uuid, name: String) -> Result<WorkGroup> {
    s.with(|st| work_groups::rename(st, id, &name))
}
#[tauri::command]
fn delete_work_group(s: S, id: Uuid) -> Result<()> {
    s.with(|st| work_groups::delete(st, id))
}
#[tauri::command]
fn get_work_group(s: S, id: Uuid) -> Result<WorkGroup> {
    s.with(|st| work_groups::get(st, id))
}
#[tauri::command]
fn add_member(
    s: S,
    group_id: Uuid,
    person_id: Uuid,
    leads_process: Option<bool>,
) -> Result<WorkGroup> {
    s.with(|st| work_groups::add_member(st, group_id, person_id, leads_process.unwrap_or(false)))
}
#[tauri::command]
fn remove_member(s: S, group_id: Uuid, person_id: Uuid) -> Result<WorkGroup> {
    s.with(|st| work_groups::remove_member(st, group_id, person_id))
}
#[tauri::command]
fn set_leader(s: S, group_id: Uuid, person_id: Option<Uuid>) -> Result<WorkGroup> {
    s.with(|st| work_groups::set_leader(st, group_id, person_id))
}
#[tauri::command]
fn print_work_group(s: S, group_id: Uuid, path: PathBuf) -> Result<()> {
    s.with(|st| work_groups::print_roster(st, group_id, &path))
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    tauri::Builder::default()
        .plugin(tauri_plugin_dialog::init())
        .manage(Session::open_from_args(&args))
        .invoke_handler(tauri::generate_handler![
            app_status,
            reference_data,
            get_settings,
            set_municipality,
            list_units,
            create_unit,
            rename_unit,
            delete_unit,
            list_people,
            create_person,
            update_person,
            delete_person,
            list_work_groups,
            create_work_group,
            rename_work_group,
            delete_work_group,
            get_work_group,
            add_member,
            remove_member,
            set_leader,
            print_work_group,
        ])
        .run(tauri::generate_context!())
        .expect("Stegvis could not start its window");
}
