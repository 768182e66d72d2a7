//! Declares the app's own commands, so that the capability file can grant exactly these and
//! nothing else.

const COMMANDS: &[&str] = &[
    "app_status",
    "reference_data",
    "get_settings",
    "set_municipality",
    "list_units",
    "create_unit",
    "rename_unit",
    "delete_unit",
    "list_people",
    "create_person",
    "update_person",
    "delete_person",
    "list_work_groups",
    "create_work_group",
    "rename_work_group",
    "delete_work_group",
    "get_work_group",
    "add_member",
    "remove_member",
    "set_leader",
    "print_work_group",
];

fn main() {
    tauri_build::try_build(
        tauri_build::Attributes::new()
            .app_manifest(tauri_build::AppManifest::new().commands(COMMANDS)),
    )
    .expect("the Tauri build step failed");
}
