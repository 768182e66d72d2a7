//! The Stegvis window: a Tauri 2 shell around the core. Each command is one call into the core
//! through the session that holds the database.

#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

use std::path::PathBuf;

use stegvis::annual_wheel::{ActivityInput, RemovedActivity, Wheel};
use stegvis::checklists::{ChecklistId, ChecklistState, EntryInput};
use stegvis::employers::{
    ContactInput, Employer, EmployerFilter, EmployerInput, EmployerSummary, MentorInput,
    SuitabilityInput,
};
use stegvis::evaluations::{Evaluation, EvaluationForm, EvaluationInput, FormDefinition};
use stegvis::meetings::{
    AgendaItemInput, EntryInput as MeetingEntryInput, FollowUp, FollowUpInput, FollowUpStatus,
    Meeting, MeetingInput, MeetingSummary, OwnerFollowUps, RemovedAgendaItem,
};
use stegvis::outline::{OutlineKind, Outlined, PhaseInput, RemovedTask, TaskInput};
use stegvis::participants::{Participant, ParticipantInput, Placement, PlacementInput};
use stegvis::people::{Person, PersonInput};
use stegvis::plans::{Confirmer, HistoryEntry, Plan, PlanSummary, PrintChoice};
use stegvis::process::{ProcessOverview, ProcessSummary, StepView};
use stegvis::reference::ReferenceData;
use stegvis::session::{Session, Status};
use stegvis::settings::Settings;
use stegvis::specs::{
    AgreementInput, Coverage, ExampleSpec, NewSpecInput, RemovedRequirement, RequirementInput,
    Spec, SpecSummary,
};
use stegvis::templates::{Template, TemplateSummary};
use stegvis::tools::{RemovedToolRow, ToolRowInput, ToolTable};
use stegvis::units::Unit;
use stegvis::work_groups::{WorkGroup, WorkGroupSummary};
use stegvis::{
    annual_wheel, checklists, employers, evaluations, meetings, outline, participants, people,
    plans, process, reference, settings, specs, templates, tools, units, work_groups, Result,
};
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

#[tauri::command]
fn set_current_user(s: S, person_id: Option<Uuid>) -> Result<Settings> {
    s.with(|st| settings::set_current_user(st, person_id))
}
#[tauri::command]
fn list_templates(s: S) -> Result<Vec<TemplateSummary>> {
    s.with(templates::list)
}
#[tauri::command]
fn get_template(s: S, id: Uuid) -> Result<Template> {
    s.with(|st| templates::get(st, id))
}
#[tauri::command]
fn create_template(s: S, name: String, trade: String) -> Result<Template> {
    s.with(|st| templates::create(st, &name, &trade))
}
#[tauri::command]
fn rename_template(s: S, id: Uuid, name: String, trade: String) -> Result<Template> {
    s.with(|st| templates::rename(st, id, &name, &trade))
}
#[tauri::command]
fn duplicate_template(s: S, id: Uuid) -> Result<Template> {
    s.with(|st| templates::duplicate(st, id))
}
#[tauri::command]
fn delete_template(s: S, id: Uuid) -> Result<()> {
    s.with(|st| templates::delete(st, id))
}
#[tauri::command]
fn print_template(s: S, id: Uuid, path: PathBuf) -> Result<()> {
    s.with(|st| templates::print_to(st, id, &path))
}
#[tauri::command]
fn add_task(
    s: S,
    kind: OutlineKind,
    phase_id: Uuid,
    input: TaskInput,
    position: Option<usize>,
) -> Result<Outlined> {
    s.with(|st| outline::add_task(st, kind, phase_id, &input, position))
}
#[tauri::command]
fn update_task(s: S, kind: OutlineKind, task_id: Uuid, input: TaskInput) -> Result<Outlined> {
    s.with(|st| outline::update_task(st, kind, task_id, &input))
}
#[tauri::command]
fn move_task(s: S, kind: OutlineKind, task_id: Uuid, to: usize) -> Result<Outlined> {
    s.with(|st| outline::move_task(st, kind, task_id, to))
}
#[tauri::command]
fn remove_task(s: S, kind: OutlineKind, task_id: Uuid) -> Result<(Outlined, RemovedTask)> {
    s.with(|st| outline::remove_task(st, kind, task_id))
}
#[tauri::command]
fn restore_task(s: S, kind: OutlineKind, removed: RemovedTask) -> Result<Outlined> {
    s.with(|st| outline::restore_task(st, kind, &removed))
}
#[tauri::command]
fn add_phase(s: S, kind: OutlineKind, owner_id: Uuid) -> Result<Outlined> {
    s.with(|st| outline::add_phase(st, kind, owner_id))
}
#[tauri::command]
fn update_phase(s: S, kind: OutlineKind, phase_id: Uuid, input: PhaseInput) -> Result<Outlined> {
    s.with(|st| outline::update_phase(st, kind, phase_id, &input))
}
#[tauri::command]
fn move_phase(s: S, kind: OutlineKind, phase_id: Uuid, to: usize) -> Result<Outlined> {
    s.with(|st| outline::move_phase(st, kind, phase_id, to))
}
#[tauri::command]
fn remove_phase(s: S, kind: OutlineKind, phase_id: Uuid) -> Result<Outlined> {
    s.with(|st| outline::remove_phase(st, kind, phase_id))
}
#[tauri::command]
fn list_participants(s: S) -> Result<Vec<Participant>> {
    s.with(participants::list)
}
#[tauri::command]
fn create_participant(s: S, input: ParticipantInput) -> Result<Participant> {
    s.with(|st| participants::create(st, &input))
}
#[tauri::command]
fn update_participant(s: S, id: Uuid, input: ParticipantInput) -> Result<Participant> {
    s.with(|st| participants::update(st, id, &input))
}
#[tauri::command]
fn delete_participant(s: S, id: Uuid) -> Result<()> {
    s.with(|st| participants::delete(st, id))
}
#[tauri::command]
fn list_placements(s: S, participant_id: Option<Uuid>) -> Result<Vec<Placement>> {
    s.with(|st| participants::list_placements(st, participant_id))
}
#[tauri::command]
fn create_placement(s: S, input: PlacementInput) -> Result<Placement> {
    s.with(|st| participants::create_placement(st, &input))
}
#[tauri::command]
fn update_placement(s: S, id: Uuid, input: PlacementInput) -> Result<Placement> {
    s.with(|st| participants::update_placement(st, id, &input))
}
#[tauri::command]
fn delete_placement(s: S, id: Uuid) -> Result<()> {
    s.with(|st| participants::delete_placement(st, id))
}
#[tauri::command]
fn list_plans(s: S) -> Result<Vec<PlanSummary>> {
    s.with(plans::list)
}
#[tauri::command]
fn get_plan(s: S, id: Uuid) -> Result<Plan> {
    s.with(|st| plans::get(st, id))
}
#[tauri::command]
fn create_plan(s: S, placement_id: Uuid, template_id: Uuid) -> Result<Plan> {
    s.with(|st| plans::create(st, placement_id, template_id))
}
#[tauri::command]
fn delete_plan(s: S, id: Uuid) -> Result<()> {
    s.with(|st| plans::delete(st, id))
}
#[tauri::command]
fn set_task_done(s: S, task_id: Uuid, date: Option<String>) -> Result<Plan> {
    s.with(|st| plans::set_done(st, task_id, date.as_deref()))
}
#[tauri::command]
fn set_task_confirmed(
    s: S,
    task_id: Uuid,
    who: Confirmer,
    confirmed: bool,
    date: Option<String>,
) -> Result<Plan> {
    s.with(|st| plans::set_confirmed(st, task_id, who, confirmed, date.as_deref()))
}
#[tauri::command]
fn set_task_comment(s: S, task_id: Uuid, comment: String) -> Result<Plan> {
    s.with(|st| plans::set_comment(st, task_id, &comment))
}
#[tauri::command]
fn pass_phase(s: S, plan_id: Uuid, phase_id: Uuid, date: Option<String>) -> Result<Plan> {
    s.with(|st| plans::pass_phase(st, plan_id, phase_id, date.as_deref()))
}
#[tauri::command]
fn reopen_phase(s: S, plan_id: Uuid, phase_id: Uuid) -> Result<Plan> {
    s.with(|st| plans::reopen_phase(st, plan_id, phase_id))
}
#[tauri::command]
fn plan_history(s: S, plan_id: Uuid, task_id: Option<Uuid>) -> Result<Vec<HistoryEntry>> {
    s.with(|st| plans::history(st, plan_id, task_id))
}
#[tauri::command]
fn print_plan(s: S, plan_id: Uuid, phase: Option<usize>, blank: bool, path: PathBuf) -> Result<()> {
    s.with(|st| plans::print_to(st, plan_id, PrintChoice { phase, blank }, &path))
}

#[tauri::command]
fn list_employers(s: S, filter: EmployerFilter) -> Result<Vec<EmployerSummary>> {
    s.with(|st| employers::list(st, &filter))
}
#[tauri::command]
fn employer_trades(s: S) -> Result<Vec<String>> {
    s.with(employers::trades)
}
#[tauri::command]
fn get_employer(s: S, id: Uuid) -> Result<Employer> {
    s.with(|st| employers::get(st, id))
}
#[tauri::command]
fn find_employer_by_org_number(s: S, org_number: String) -> Result<Option<Uuid>> {
    s.with(|st| employers::find_by_org_number(st, &org_number))
}
#[tauri::command]
fn create_employer(s: S, input: EmployerInput) -> Result<Employer> {
    s.with(|st| employers::create(st, &input))
}
#[tauri::command]
fn update_employer(s: S, id: Uuid, input: EmployerInput) -> Result<Employer> {
    s.with(|st| employers::update(st, id, &input))
}
#[tauri::command]
fn set_employer_suitability(s: S, id: Uuid, input: SuitabilityInput) -> Result<Employer> {
    s.with(|st| employers::set_suitability(st, id, &input))
}
#[tauri::command]
fn delete_employer(s: S, id: Uuid) -> Result<()> {
    s.with(|st| employers::delete(st, id))
}
#[tauri::command]
fn add_contact(s: S, employer_id: Uuid, input: ContactInput) -> Result<Employer> {
    s.with(|st| employers::add_contact(st, employer_id, &input))
}
#[tauri::command]
fn update_contact(s: S, id: Uuid, input: ContactInput) -> Result<Employer> {
    s.with(|st| employers::update_contact(st, id, &input))
}
#[tauri::command]
fn remove_contact(s: S, id: Uuid) -> Result<Employer> {
    s.with(|st| employers::remove_contact(st, id))
}
#[tauri::command]
fn add_mentor(s: S, employer_id: Uuid, input: MentorInput) -> Result<Employer> {
    s.with(|st| employers::add_mentor(st, employer_id, &input))
}
#[tauri::command]
fn update_mentor(s: S, id: Uuid, input: MentorInput) -> Result<Employer> {
    s.with(|st| employers::update_mentor(st, id, &input))
}
#[tauri::command]
fn remove_mentor(s: S, id: Uuid) -> Result<Employer> {
    s.with(|st| employers::remove_mentor(st, id))
}
#[tauri::command]
fn print_employer_preparation(s: S, id: Uuid, path: PathBuf) -> Result<()> {
    s.with(|st| employers::print_preparation_to(st, id, &path))
}
#[tauri::command]
fn get_checklist(s: S, checklist: ChecklistId, owner_id: Uuid) -> Result<ChecklistState> {
    s.with(|st| checklists::get(st, checklist, owner_id))
}
#[tauri::command]
fn set_checklist_entry(
    s: S,
    checklist: ChecklistId,
    owner_id: Uuid,
    item: String,
    input: EntryInput,
) -> Result<ChecklistState> {
    s.with(|st| checklists::set_entry(st, checklist, owner_id, &item, &input))
}
#[tauri::command]
fn list_specs(s: S, employer_id: Option<Uuid>) -> Result<Vec<SpecSummary>> {
    s.with(|st| specs::list(st, employer_id))
}
#[tauri::command]
fn spec_examples() -> Result<Vec<ExampleSpec>> {
    specs::examples()
}
#[tauri::command]
fn get_spec(s: S, id: Uuid, version: Option<u32>) -> Result<Spec> {
    s.with(|st| specs::get(st, id, version))
}
#[tauri::command]
fn create_spec(s: S, input: NewSpecInput) -> Result<Spec> {
    s.with(|st| specs::create(st, &input))
}
#[tauri::command]
fn rename_spec(s: S, id: Uuid, position: String) -> Result<Spec> {
    s.with(|st| specs::rename(st, id, &position))
}
#[tauri::command]
fn delete_spec(s: S, id: Uuid) -> Result<()> {
    s.with(|st| specs::delete(st, id))
}
#[tauri::command]
fn add_requirement(s: S, spec_id: Uuid, input: RequirementInput) -> Result<Spec> {
    s.with(|st| specs::add_requirement(st, spec_id, &input))
}
#[tauri::command]
fn update_requirement(s: S, id: Uuid, input: RequirementInput) -> Result<Spec> {
    s.with(|st| specs::update_requirement(st, id, &input))
}
#[tauri::command]
fn move_requirement(s: S, id: Uuid, to: usize) -> Result<Spec> {
    s.with(|st| specs::move_requirement(st, id, to))
}
#[tauri::command]
fn remove_requirement(s: S, id: Uuid) -> Result<(Spec, RemovedRequirement)> {
    s.with(|st| specs::remove_requirement(st, id))
}
#[tauri::command]
fn restore_requirement(s: S, spec_id: Uuid, removed: RemovedRequirement) -> Result<Spec> {
    s.with(|st| specs::restore_requirement(st, spec_id, &removed))
}
#[tauri::command]
fn agree_spec(s: S, spec_id: Uuid, input: AgreementInput) -> Result<Spec> {
    s.with(|st| specs::agree(st, spec_id, &input))
}
#[tauri::command]
fn withdraw_spec_agreement(s: S, spec_id: Uuid) -> Result<Spec> {
    s.with(|st| specs::withdraw_agreement(st, spec_id))
}
#[tauri::command]
fn discard_spec_draft(s: S, spec_id: Uuid) -> Result<Spec> {
    s.with(|st| specs::discard_draft(st, spec_id))
}
#[tauri::command]
fn spec_coverage(s: S, spec_id: Uuid, version: Option<u32>, template_id: Uuid) -> Result<Coverage> {
    s.with(|st| specs::coverage(st, spec_id, version, template_id))
}
#[tauri::command]
fn create_template_from_spec(
    s: S,
    spec_id: Uuid,
    version: Option<u32>,
    name: String,
) -> Result<Template> {
    s.with(|st| specs::create_template(st, spec_id, version, &name))
}
#[tauri::command]
fn align_template_to_spec(
    s: S,
    spec_id: Uuid,
    version: Option<u32>,
    template_id: Uuid,
) -> Result<Coverage> {
    s.with(|st| specs::align_template(st, spec_id, version, template_id))
}
#[tauri::command]
fn print_spec(s: S, id: Uuid, version: Option<u32>, path: PathBuf) -> Result<()> {
    s.with(|st| specs::print_to(st, id, version, &path))
}
#[tauri::command]
fn print_placement_agreement(s: S, id: Uuid, path: PathBuf) -> Result<()> {
    s.with(|st| participants::print_agreement_to(st, id, &path))
}

// ---- Evaluations of a placement (6.5, 7.4) ----
#[tauri::command]
fn evaluation_forms() -> Vec<&'static FormDefinition> {
    EvaluationForm::ALL
        .into_iter()
        .map(EvaluationForm::definition)
        .collect()
}
#[tauri::command]
fn list_evaluations(s: S, placement_id: Uuid) -> Result<Vec<Evaluation>> {
    s.with(|st| evaluations::list(st, placement_id))
}
#[tauri::command]
fn create_evaluation(
    s: S,
    placement_id: Uuid,
    form: EvaluationForm,
    input: EvaluationInput,
) -> Result<Evaluation> {
    s.with(|st| evaluations::create(st, placement_id, form, &input))
}
#[tauri::command]
fn update_evaluation(s: S, id: Uuid, input: EvaluationInput) -> Result<Evaluation> {
    s.with(|st| evaluations::update(st, id, &input))
}
#[tauri::command]
fn delete_evaluation(s: S, id: Uuid) -> Result<Evaluation> {
    s.with(|st| evaluations::delete(st, id))
}
#[tauri::command]
fn restore_evaluation(s: S, evaluation: Evaluation) -> Result<Evaluation> {
    s.with(|st| evaluations::restore(st, &evaluation))
}
#[tauri::command]
fn apply_evaluation_suitability(s: S, id: Uuid) -> Result<Employer> {
    s.with(|st| evaluations::apply_suitability(st, id))
}
#[tauri::command]
fn print_evaluation(s: S, id: Uuid, path: PathBuf) -> Result<()> {
    s.with(|st| evaluations::print_to(st, id, &path))
}
#[tauri::command]
fn print_blank_evaluation(
    s: S,
    placement_id: Uuid,
    form: EvaluationForm,
    path: PathBuf,
) -> Result<()> {
    s.with(|st| evaluations::print_blank_to(st, placement_id, form, &path))
}

// ---- The process and its steps ----
#[tauri::command]
fn list_processes(s: S) -> Result<Vec<ProcessSummary>> {
    s.with(process::list)
}
#[tauri::command]
fn process_overview(s: S, group_id: Uuid) -> Result<ProcessOverview> {
    s.with(|st| process::overview(st, group_id))
}
#[tauri::command]
fn get_step(s: S, group_id: Uuid, step: u8) -> Result<StepView> {
    s.with(|st| process::step(st, group_id, step))
}
#[tauri::command]
fn mark_step_done(s: S, group_id: Uuid, step: u8, confirmed: bool) -> Result<StepView> {
    s.with(|st| process::mark_done(st, group_id, step, confirmed))
}
#[tauri::command]
fn reopen_step(s: S, group_id: Uuid, step: u8) -> Result<StepView> {
    s.with(|st| process::reopen(st, group_id, step))
}
#[tauri::command]
fn print_step(s: S, group_id: Uuid, step: u8, path: PathBuf) -> Result<()> {
    s.with(|st| process::print_step_to(st, group_id, step, &path))
}
#[tauri::command]
fn get_tool_table(s: S, group_id: Uuid, tool: String) -> Result<ToolTable> {
    s.with(|st| tools::table(st, group_id, &tool))
}
#[tauri::command]
fn add_tool_row(s: S, group_id: Uuid, tool: String, input: ToolRowInput) -> Result<ToolTable> {
    s.with(|st| tools::add_row(st, group_id, &tool, &input))
}
#[tauri::command]
fn update_tool_row(s: S, row_id: Uuid, input: ToolRowInput) -> Result<ToolTable> {
    s.with(|st| tools::update_row(st, row_id, &input))
}
#[tauri::command]
fn move_tool_row(s: S, row_id: Uuid, position: usize) -> Result<ToolTable> {
    s.with(|st| tools::move_row(st, row_id, position))
}
#[tauri::command]
fn remove_tool_row(s: S, row_id: Uuid) -> Result<RemovedToolRow> {
    s.with(|st| tools::remove_row(st, row_id))
}
#[tauri::command]
fn restore_tool_row(s: S, removed: RemovedToolRow) -> Result<ToolTable> {
    s.with(|st| tools::restore_row(st, &removed))
}

// ---- Workshop meetings ----
#[tauri::command]
fn list_meetings(s: S, group_id: Option<Uuid>) -> Result<Vec<MeetingSummary>> {
    s.with(|st| meetings::list(st, group_id))
}
#[tauri::command]
fn get_meeting(s: S, id: Uuid) -> Result<Meeting> {
    s.with(|st| meetings::get(st, id))
}
#[tauri::command]
fn plan_meeting(s: S, group_id: Uuid, input: MeetingInput) -> Result<Meeting> {
    s.with(|st| meetings::plan(st, group_id, &input))
}
#[tauri::command]
fn update_meeting(s: S, id: Uuid, input: MeetingInput) -> Result<Meeting> {
    s.with(|st| meetings::update(st, id, &input))
}
#[tauri::command]
fn delete_meeting(s: S, id: Uuid) -> Result<()> {
    s.with(|st| meetings::delete(st, id))
}
#[tauri::command]
fn set_attendance(s: S, attendee_id: Uuid, attended: bool) -> Result<Meeting> {
    s.with(|st| meetings::set_attendance(st, attendee_id, attended))
}
#[tauri::command]
fn add_agenda_item(
    s: S,
    meeting_id: Uuid,
    input: AgendaItemInput,
    position: Option<usize>,
) -> Result<Meeting> {
    s.with(|st| meetings::add_agenda_item(st, meeting_id, &input, position))
}
#[tauri::command]
fn update_agenda_item(s: S, item_id: Uuid, input: AgendaItemInput) -> Result<Meeting> {
    s.with(|st| meetings::update_agenda_item(st, item_id, &input))
}
#[tauri::command]
fn move_agenda_item(s: S, item_id: Uuid, position: usize) -> Result<Meeting> {
    s.with(|st| meetings::move_agenda_item(st, item_id, position))
}
#[tauri::command]
fn remove_agenda_item(s: S, item_id: Uuid) -> Result<RemovedAgendaItem> {
    s.with(|st| meetings::remove_agenda_item(st, item_id))
}
#[tauri::command]
fn restore_agenda_item(s: S, removed: RemovedAgendaItem) -> Result<Meeting> {
    s.with(|st| meetings::restore_agenda_item(st, &removed))
}
#[tauri::command]
fn record_agenda_time(s: S, item_id: Uuid, used_seconds: u32) -> Result<Meeting> {
    s.with(|st| meetings::record_time(st, item_id, used_seconds))
}
#[tauri::command]
fn add_meeting_entry(s: S, meeting_id: Uuid, input: MeetingEntryInput) -> Result<Meeting> {
    s.with(|st| meetings::add_entry(st, meeting_id, &input))
}
#[tauri::command]
fn update_meeting_entry(s: S, entry_id: Uuid, input: MeetingEntryInput) -> Result<Meeting> {
    s.with(|st| meetings::update_entry(st, entry_id, &input))
}
#[tauri::command]
fn remove_meeting_entry(s: S, entry_id: Uuid) -> Result<Meeting> {
    s.with(|st| meetings::remove_entry(st, entry_id))
}
#[tauri::command]
fn add_follow_up(s: S, meeting_id: Uuid, input: FollowUpInput) -> Result<Meeting> {
    s.with(|st| meetings::add_follow_up(st, meeting_id, &input))
}
#[tauri::command]
fn add_step_follow_up(s: S, group_id: Uuid, step: u8, input: FollowUpInput) -> Result<FollowUp> {
    s.with(|st| meetings::add_step_follow_up(st, group_id, step, &input))
}
#[tauri::command]
fn update_follow_up(s: S, id: Uuid, input: FollowUpInput) -> Result<FollowUp> {
    s.with(|st| meetings::update_follow_up(st, id, &input))
}
#[tauri::command]
fn set_follow_up_status(
    s: S,
    id: Uuid,
    status: FollowUpStatus,
    carried_to_step: Option<u8>,
) -> Result<FollowUp> {
    s.with(|st| meetings::set_follow_up_status(st, id, status, carried_to_step))
}
#[tauri::command]
fn remove_follow_up(s: S, id: Uuid) -> Result<()> {
    s.with(|st| meetings::remove_follow_up(st, id))
}
#[tauri::command]
fn open_follow_ups(s: S, group_id: Uuid) -> Result<Vec<OwnerFollowUps>> {
    s.with(|st| meetings::open_follow_ups(st, group_id))
}
#[tauri::command]
fn print_invitation(s: S, meeting_id: Uuid, path: PathBuf) -> Result<()> {
    s.with(|st| meetings::print_invitation_to(st, meeting_id, &path))
}
#[tauri::command]
fn print_minutes(s: S, meeting_id: Uuid, path: PathBuf) -> Result<()> {
    s.with(|st| meetings::print_minutes_to(st, meeting_id, &path))
}
/// Presentation mode fills the screen; this is the window's business, not the core's.
#[tauri::command]
fn set_fullscreen(window: tauri::Window, on: bool) -> std::result::Result<(), String> {
    window.set_fullscreen(on).map_err(|e| e.to_string())
}

// ---- The annual wheel ----
#[tauri::command]
fn get_wheel(s: S, group_id: Uuid) -> Result<Wheel> {
    s.with(|st| annual_wheel::get(st, group_id))
}
#[tauri::command]
fn add_wheel_activity(s: S, group_id: Uuid, input: ActivityInput) -> Result<Wheel> {
    s.with(|st| annual_wheel::add_activity(st, group_id, &input))
}
#[tauri::command]
fn update_wheel_activity(s: S, id: Uuid, input: ActivityInput) -> Result<Wheel> {
    s.with(|st| annual_wheel::update_activity(st, id, &input))
}
#[tauri::command]
fn remove_wheel_activity(s: S, id: Uuid) -> Result<RemovedActivity> {
    s.with(|st| annual_wheel::remove_activity(st, id))
}
#[tauri::command]
fn restore_wheel_activity(s: S, removed: RemovedActivity) -> Result<Wheel> {
    s.with(|st| annual_wheel::restore_activity(st, &removed))
}
#[tauri::command]
fn add_fixed_dates(s: S, group_id: Uuid) -> Result<Wheel> {
    s.with(|st| annual_wheel::add_fixed_dates(st, group_id))
}
#[tauri::command]
fn print_wheel(s: S, group_id: Uuid, path: PathBuf) -> Result<()> {
    s.with(|st| annual_wheel::print_to(st, group_id, &path))
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
            set_current_user,
            list_templates,
            get_template,
            create_template,
            rename_template,
            duplicate_template,
            delete_template,
            print_template,
            add_task,
            update_task,
            move_task,
            remove_task,
            restore_task,
            add_phase,
            update_phase,
            move_phase,
            remove_phase,
            list_participants,
            create_participant,
            update_participant,
            delete_participant,
            list_placements,
            create_placement,
            update_placement,
            delete_placement,
            list_plans,
            get_plan,
            create_plan,
            delete_plan,
            set_task_done,
            set_task_confirmed,
            set_task_comment,
            pass_phase,
            reopen_phase,
            plan_history,
            print_plan,
            list_employers,
            employer_trades,
            get_employer,
            find_employer_by_org_number,
            create_employer,
            update_employer,
            set_employer_suitability,
            delete_employer,
            add_contact,
            update_contact,
            remove_contact,
            add_mentor,
            update_mentor,
            remove_mentor,
            print_employer_preparation,
            get_checklist,
            set_checklist_entry,
            list_specs,
            spec_examples,
            get_spec,
            create_spec,
            rename_spec,
            delete_spec,
            add_requirement,
            update_requirement,
            move_requirement,
            remove_requirement,
            restore_requirement,
            agree_spec,
            withdraw_spec_agreement,
            discard_spec_draft,
            spec_coverage,
            create_template_from_spec,
            align_template_to_spec,
            print_spec,
            print_placement_agreement,
            evaluation_forms,
            list_evaluations,
            create_evaluation,
            update_evaluation,
            delete_evaluation,
            restore_evaluation,
            apply_evaluation_suitability,
            print_evaluation,
            print_blank_evaluation,
            list_processes,
            process_overview,
            get_step,
            mark_step_done,
            reopen_step,
            print_step,
            get_tool_table,
            add_tool_row,
            update_tool_row,
            move_tool_row,
            remove_tool_row,
            restore_tool_row,
            list_meetings,
            get_meeting,
            plan_meeting,
            update_meeting,
            delete_meeting,
            set_attendance,
            add_agenda_item,
            update_agenda_item,
            move_agenda_item,
            remove_agenda_item,
            restore_agenda_item,
            record_agenda_time,
            add_meeting_entry,
            update_meeting_entry,
            remove_meeting_entry,
            add_follow_up,
            add_step_follow_up,
            update_follow_up,
            set_follow_up_status,
            remove_follow_up,
            open_follow_ups,
            print_invitation,
            print_minutes,
            set_fullscreen,
            get_wheel,
            add_wheel_activity,
            update_wheel_activity,
            remove_wheel_activity,
            restore_wheel_activity,
            add_fixed_dates,
            print_wheel,
        ])
        .run(tauri::generate_context!())
        .expect("Stegvis could not start its window");
}
