// The only module that talks to the Tauri shell. Components call these typed functions; every
// failure rejects with an `AppError` ({ code, message, field }), never anything else.
//
// Argument keys are camelCase; Tauri maps them to the Rust commands' snake_case parameters.

import { invoke } from '@tauri-apps/api/core';
import { save } from '@tauri-apps/plugin-dialog';
import { toAppError } from './errors';
import { ensurePdfExtension } from './format';
import { strings } from './strings';
import type {
  ActivityInput,
  Evaluation,
  EvaluationFormDefinition,
  EvaluationFormKey,
  EvaluationInput,
  AgendaItemInput,
  FollowUp,
  FollowUpInput,
  FollowUpStatus,
  Meeting,
  MeetingEntryInput,
  MeetingInput,
  MeetingSummary,
  OwnerFollowUps,
  ProcessOverview,
  ProcessSummary,
  RemovedActivity,
  RemovedAgendaItem,
  RemovedToolRow,
  StepView,
  ToolRowInput,
  ToolTable,
  Wheel,
  AgreementInput,
  ChecklistId,
  ChecklistState,
  ContactInput,
  Coverage,
  Employer,
  EmployerFilter,
  EmployerInput,
  EmployerSummary,
  EntryInput,
  ExampleSpec,
  MentorInput,
  NewSpecInput,
  RemovedRequirement,
  RequirementInput,
  Spec,
  SpecSummary,
  SuitabilityInput,
  AppStatus,
  Confirmer,
  HistoryEntry,
  OutlineKind,
  Participant,
  ParticipantInput,
  PhaseInput,
  Placement,
  PlacementInput,
  Plan,
  PlanSummary,
  RemovedTask,
  TaskInput,
  Template,
  TemplateSummary,
  Person,
  PersonInput,
  ReferenceData,
  Settings,
  Unit,
  WorkGroup,
  WorkGroupSummary,
} from './types';

async function call<T>(command: string, args?: Record<string, unknown>): Promise<T> {
  try {
    return await invoke<T>(command, args);
  } catch (e) {
    throw toAppError(e);
  }
}

// Start-up and reference data
export const appStatus = () => call<AppStatus>('app_status');
export const referenceData = () => call<ReferenceData>('reference_data');

// Settings
export const getSettings = () => call<Settings>('get_settings');
export const setMunicipality = (name: string) => call<Settings>('set_municipality', { name });

// Units
export const listUnits = () => call<Unit[]>('list_units');
export const createUnit = (name: string) => call<Unit>('create_unit', { name });
export const renameUnit = (id: string, name: string) => call<Unit>('rename_unit', { id, name });
/** Refused with code `unitHasPeople` while people belong to the unit. */
export const deleteUnit = (id: string) => call<null>('delete_unit', { id });

// People
/** Sorted in Norwegian order by the core. */
export const listPeople = () => call<Person[]>('list_people');
export const createPerson = (input: PersonInput) => call<Person>('create_person', { input });
export const updatePerson = (id: string, input: PersonInput) =>
  call<Person>('update_person', { id, input });
/** Refused with code `personInGroups` while the person is in a working group. */
export const deletePerson = (id: string) => call<null>('delete_person', { id });

// Working groups
export const listWorkGroups = () => call<WorkGroupSummary[]>('list_work_groups');
export const createWorkGroup = (name: string) => call<WorkGroup>('create_work_group', { name });
export const renameWorkGroup = (id: string, name: string) =>
  call<WorkGroup>('rename_work_group', { id, name });
export const deleteWorkGroup = (id: string) => call<null>('delete_work_group', { id });
export const getWorkGroup = (id: string) => call<WorkGroup>('get_work_group', { id });
/**
 * Refused with code `duplicateMember`, field `member`, if the person is already in the group.
 * With `leadsProcess` the person also takes over leading the process, in the same step.
 */
export const addMember = (groupId: string, personId: string, leadsProcess = false) =>
  call<WorkGroup>('add_member', { groupId, personId, leadsProcess });
export const removeMember = (groupId: string, personId: string) =>
  call<WorkGroup>('remove_member', { groupId, personId });
/** `personId` null clears the mark; at most one member leads the process. */
export const setLeader = (groupId: string, personId: string | null) =>
  call<WorkGroup>('set_leader', { groupId, personId });

/**
 * Asks where to save the roster PDF, then has the core write it there.
 * Resolves to the path written, or null if the user cancelled the dialog.
 */
export const printWorkGroup = (groupId: string, suggestedName: string) =>
  saveAndPrint(suggestedName, (path) => call<null>('print_work_group', { groupId, path }));

/** The save dialog, then `write(path)`; resolves to the path, or null if cancelled. */
async function saveAndPrint(
  suggestedName: string,
  write: (path: string) => Promise<unknown>,
): Promise<string | null> {
  let chosen: string | null;
  try {
    chosen = await save({
      defaultPath: suggestedName,
      filters: [{ name: strings.print.filterName, extensions: ['pdf'] }],
      title: strings.print.dialogTitle,
    });
  } catch (e) {
    throw toAppError(e);
  }
  if (!chosen) return null;
  const path = ensurePdfExtension(chosen);
  await write(path);
  return path;
}

/** Who uses this installation (null clears it). Error field `currentUser`. */
export const setCurrentUser = (personId: string | null) =>
  call<Settings>('set_current_user', { personId });

// Plan templates
/** The municipality's own first, then the shipped examples; by name. */
export const listTemplates = () => call<TemplateSummary[]>('list_templates');
export const getTemplate = (id: string) => call<Template>('get_template', { id });
/** A new template with three empty phases. Error fields `name`, `trade`. */
export const createTemplate = (name: string, trade: string) =>
  call<Template>('create_template', { name, trade });
export const renameTemplate = (id: string, name: string, trade: string) =>
  call<Template>('rename_template', { id, name, trade });
/** A copy named "NAME (kopi)", editable even when the source is an example. */
export const duplicateTemplate = (id: string) => call<Template>('duplicate_template', { id });
/** Plans made from it keep their own copy. Examples are refused (code `refused`). */
export const deleteTemplate = (id: string) => call<null>('delete_template', { id });
export const printTemplate = (id: string, suggestedName: string) =>
  saveAndPrint(suggestedName, (path) => call<null>('print_template', { id, path }));

// Editing phases and tasks: the same calls for a template (resolves to a Template) and a plan
// (resolves to a Plan). Example templates refuse every edit with code `refused`.
type Outlined<K extends OutlineKind> = K extends 'template' ? Template : Plan;
/** At `position` (0-based) of the phase, or at the end. Error fields `text`, `criterion`, `hint`. */
export const addTask = <K extends OutlineKind>(
  kind: K,
  phaseId: string,
  input: TaskInput,
  position: number | null = null,
) => call<Outlined<K>>('add_task', { kind, phaseId, input, position });
export const updateTask = <K extends OutlineKind>(kind: K, taskId: string, input: TaskInput) =>
  call<Outlined<K>>('update_task', { kind, taskId, input });
/** To position `to` (0-based) within its phase. */
export const moveTask = <K extends OutlineKind>(kind: K, taskId: string, to: number) =>
  call<Outlined<K>>('move_task', { kind, taskId, to });
/** Resolves to the owner after removal and the removed task, for `restoreTask` ("Angre"). */
export async function removeTask<K extends OutlineKind>(
  kind: K,
  taskId: string,
): Promise<{ owner: Outlined<K>; removed: RemovedTask }> {
  const [owner, removed] = await call<[Outlined<K>, RemovedTask]>('remove_task', { kind, taskId });
  return { owner, removed };
}
export const restoreTask = <K extends OutlineKind>(kind: K, removed: RemovedTask) =>
  call<Outlined<K>>('restore_task', { kind, removed });
/** An empty phase at the end; at most six (code `refused`). */
export const addPhase = <K extends OutlineKind>(kind: K, ownerId: string) =>
  call<Outlined<K>>('add_phase', { kind, ownerId });
export const updatePhase = <K extends OutlineKind>(kind: K, phaseId: string, input: PhaseInput) =>
  call<Outlined<K>>('update_phase', { kind, phaseId, input });
export const movePhase = <K extends OutlineKind>(kind: K, phaseId: string, to: number) =>
  call<Outlined<K>>('move_phase', { kind, phaseId, to });
/** With its tasks; the last phase is refused (code `refused`). */
export const removePhase = <K extends OutlineKind>(kind: K, phaseId: string) =>
  call<Outlined<K>>('remove_phase', { kind, phaseId });

// Participants and placements
export const listParticipants = () => call<Participant[]>('list_participants');
export const createParticipant = (input: ParticipantInput) =>
  call<Participant>('create_participant', { input });
export const updateParticipant = (id: string, input: ParticipantInput) =>
  call<Participant>('update_participant', { id, input });
/** Refused (code `refused`) while the participant has placements. */
export const deleteParticipant = (id: string) => call<null>('delete_participant', { id });
/** Newest first; of one participant, or all. */
export const listPlacements = (participantId: string | null = null) =>
  call<Placement[]>('list_placements', { participantId });
export const createPlacement = (input: PlacementInput) =>
  call<Placement>('create_placement', { input });
export const updatePlacement = (id: string, input: PlacementInput) =>
  call<Placement>('update_placement', { id, input });
/** Refused (code `refused`) while the placement has a plan. */
export const deletePlacement = (id: string) => call<null>('delete_placement', { id });

// Training plans
export const listPlans = () => call<PlanSummary[]>('list_plans');
export const getPlan = (id: string) => call<Plan>('get_plan', { id });
/** A copy of the template for the placement. Error fields `placement`, `template`. */
export const createPlan = (placementId: string, templateId: string) =>
  call<Plan>('create_plan', { placementId, templateId });
export const deletePlan = (id: string) => call<null>('delete_plan', { id });
/** `date` dd.mm.åååå, or null to clear. Error field `doneOn` (future, before the placement). */
export const setTaskDone = (taskId: string, date: string | null) =>
  call<Plan>('set_task_done', { taskId, date });
/** Ticking a task without a date also dates it `date` (today when null). Error field `doneOn`. */
export const setTaskConfirmed = (
  taskId: string,
  who: Confirmer,
  confirmed: boolean,
  date: string | null = null,
) => call<Plan>('set_task_confirmed', { taskId, who, confirmed, date });
/** Blank removes the comment. Error field `comment` (at most 500 characters). */
export const setTaskComment = (taskId: string, comment: string) =>
  call<Plan>('set_task_comment', { taskId, comment });
/** Moves on from the current, completed phase on `date` (today when null). Error field `passedOn`;
 * code `refused` when the phase is not complete or not the current one. */
export const passPhase = (planId: string, phaseId: string, date: string | null = null) =>
  call<Plan>('pass_phase', { planId, phaseId, date });
/** "Angre" of passPhase. */
export const reopenPhase = (planId: string, phaseId: string) =>
  call<Plan>('reopen_phase', { planId, phaseId });
/** Newest first; of one task, or the whole plan. */
export const planHistory = (planId: string, taskId: string | null = null) =>
  call<HistoryEntry[]>('plan_history', { planId, taskId });
/** `phase` 1-based or null for all; `blank` for an empty sheet to fill in by hand. */
export const printPlan = (planId: string, phase: number | null, blank: boolean, suggestedName: string) =>
  saveAndPrint(suggestedName, (path) => call<null>('print_plan', { planId, phase, blank, path }));

// Employers (arbeidsgivere)
export const listEmployers = (filter: EmployerFilter = {}) =>
  call<EmployerSummary[]>('list_employers', { filter });
/** Distinct bransjer, in Norwegian order. */
export const employerTrades = () => call<string[]>('employer_trades');
export const getEmployer = (id: string) => call<Employer>('get_employer', { id });
/** The id of the employer with this organisation number, or null. */
export const findEmployerByOrgNumber = (orgNumber: string) =>
  call<string | null>('find_employer_by_org_number', { orgNumber });
export const createEmployer = (input: EmployerInput) => call<Employer>('create_employer', { input });
export const updateEmployer = (id: string, input: EmployerInput) =>
  call<Employer>('update_employer', { id, input });
export const setEmployerSuitability = (id: string, input: SuitabilityInput) =>
  call<Employer>('set_employer_suitability', { id, input });
/** Refused (code `refused`) while the employer has placements. */
export const deleteEmployer = (id: string) => call<null>('delete_employer', { id });
export const addContact = (employerId: string, input: ContactInput) =>
  call<Employer>('add_contact', { employerId, input });
export const updateContact = (id: string, input: ContactInput) =>
  call<Employer>('update_contact', { id, input });
export const removeContact = (id: string) => call<Employer>('remove_contact', { id });
export const addMentor = (employerId: string, input: MentorInput) =>
  call<Employer>('add_mentor', { employerId, input });
export const updateMentor = (id: string, input: MentorInput) =>
  call<Employer>('update_mentor', { id, input });
export const removeMentor = (id: string) => call<Employer>('remove_mentor', { id });
export const printEmployerPreparation = (id: string, suggestedName: string) =>
  saveAndPrint(suggestedName, (path) => call<null>('print_employer_preparation', { id, path }));

// Checklists
export const getChecklist = (checklist: ChecklistId, ownerId: string) =>
  call<ChecklistState>('get_checklist', { checklist, ownerId });
export const setChecklistEntry = (checklist: ChecklistId, ownerId: string, item: string, input: EntryInput) =>
  call<ChecklistState>('set_checklist_entry', { checklist, ownerId, item, input });

// Requirement specifications (kravspesifikasjoner)
export const listSpecs = (employerId: string | null = null) =>
  call<SpecSummary[]>('list_specs', { employerId });
export const specExamples = () => call<ExampleSpec[]>('spec_examples');
/** `version` null = the latest. */
export const getSpec = (id: string, version: number | null = null) =>
  call<Spec>('get_spec', { id, version });
export const createSpec = (input: NewSpecInput) => call<Spec>('create_spec', { input });
export const renameSpec = (id: string, position: string) => call<Spec>('rename_spec', { id, position });
/** Refused while a placement was made against one of its versions. */
export const deleteSpec = (id: string) => call<null>('delete_spec', { id });
/** Each edit returns the spec at its latest version; editing an agreed version makes a new one. */
export const addRequirement = (specId: string, input: RequirementInput) =>
  call<Spec>('add_requirement', { specId, input });
export const updateRequirement = (id: string, input: RequirementInput) =>
  call<Spec>('update_requirement', { id, input });
/** `to` is 0-based within the requirement's group. */
export const moveRequirement = (id: string, to: number) => call<Spec>('move_requirement', { id, to });
export const removeRequirement = (id: string) =>
  call<[Spec, RemovedRequirement]>('remove_requirement', { id });
export const restoreRequirement = (specId: string, removed: RemovedRequirement) =>
  call<Spec>('restore_requirement', { specId, removed });
export const agreeSpec = (specId: string, input: AgreementInput) =>
  call<Spec>('agree_spec', { specId, input });
export const withdrawSpecAgreement = (specId: string) =>
  call<Spec>('withdraw_spec_agreement', { specId });
export const discardSpecDraft = (specId: string) => call<Spec>('discard_spec_draft', { specId });
export const specCoverage = (specId: string, version: number | null, templateId: string) =>
  call<Coverage>('spec_coverage', { specId, version, templateId });
export const createTemplateFromSpec = (specId: string, version: number | null, name: string) =>
  call<Template>('create_template_from_spec', { specId, version, name });
export const alignTemplateToSpec = (specId: string, version: number | null, templateId: string) =>
  call<Coverage>('align_template_to_spec', { specId, version, templateId });
export const printSpec = (id: string, version: number | null, suggestedName: string) =>
  saveAndPrint(suggestedName, (path) => call<null>('print_spec', { id, version, path }));
export const printPlacementAgreement = (id: string, suggestedName: string) =>
  saveAndPrint(suggestedName, (path) => call<null>('print_placement_agreement', { id, path }));

// Evaluations of a placement: 6.5 along the way, 7.4 at the end
export const evaluationForms = () => call<EvaluationFormDefinition[]>('evaluation_forms');
export const listEvaluations = (placementId: string) => call<Evaluation[]>('list_evaluations', { placementId });
/** Bad input is refused at its field: `heldOn`, `present`, or an item's key. */
export const createEvaluation = (placementId: string, form: EvaluationFormKey, input: EvaluationInput) =>
  call<Evaluation>('create_evaluation', { placementId, form, input });
export const updateEvaluation = (id: string, input: EvaluationInput) =>
  call<Evaluation>('update_evaluation', { id, input });
/** Returns the evaluation whole, for "Angre" with `restoreEvaluation`. */
export const deleteEvaluation = (id: string) => call<Evaluation>('delete_evaluation', { id });
export const restoreEvaluation = (evaluation: Evaluation) => call<Evaluation>('restore_evaluation', { evaluation });
/** The municipality's verdict in a final evaluation (7.4) set as the employer's suitability. */
export const applyEvaluationSuitability = (id: string) => call<Employer>('apply_evaluation_suitability', { id });
export const printEvaluation = (id: string, suggestedName: string) =>
  saveAndPrint(suggestedName, (path) => call<null>('print_evaluation', { id, path }));
export const printBlankEvaluation = (placementId: string, form: EvaluationFormKey, suggestedName: string) =>
  saveAndPrint(suggestedName, (path) => call<null>('print_blank_evaluation', { placementId, form, path }));

// The process and its seven steps (a process is a working group's; its id is the group's)
export const listProcesses = () => call<ProcessSummary[]>('list_processes');
export const processOverview = (groupId: string) => call<ProcessOverview>('process_overview', { groupId });
export const getStep = (groupId: string, step: number) => call<StepView>('get_step', { groupId, step });
/** Rejects with code `stepIncomplete` while something is missing, unless `confirmed`. */
export const markStepDone = (groupId: string, step: number, confirmed: boolean) =>
  call<StepView>('mark_step_done', { groupId, step, confirmed });
export const reopenStep = (groupId: string, step: number) => call<StepView>('reopen_step', { groupId, step });
export const printStep = (groupId: string, step: number, suggestedName: string) =>
  saveAndPrint(suggestedName, (path) => call<null>('print_step', { groupId, step, path }));

// Step tools (tables)
export const getToolTable = (groupId: string, tool: string) => call<ToolTable>('get_tool_table', { groupId, tool });
export const addToolRow = (groupId: string, tool: string, input: ToolRowInput) =>
  call<ToolTable>('add_tool_row', { groupId, tool, input });
export const updateToolRow = (rowId: string, input: ToolRowInput) =>
  call<ToolTable>('update_tool_row', { rowId, input });
/** `position` is 0-based. */
export const moveToolRow = (rowId: string, position: number) => call<ToolTable>('move_tool_row', { rowId, position });
/** Refused (code `refused`) while a later tool picks the row. */
export const removeToolRow = (rowId: string) => call<RemovedToolRow>('remove_tool_row', { rowId });
export const restoreToolRow = (removed: RemovedToolRow) => call<ToolTable>('restore_tool_row', { removed });

// Workshop meetings
export const listMeetings = (groupId: string | null) => call<MeetingSummary[]>('list_meetings', { groupId });
export const getMeeting = (id: string) => call<Meeting>('get_meeting', { id });
/** The agenda starts as the step's default kjøreplan. */
export const planMeeting = (groupId: string, input: MeetingInput) =>
  call<Meeting>('plan_meeting', { groupId, input });
export const updateMeeting = (id: string, input: MeetingInput) => call<Meeting>('update_meeting', { id, input });
export const deleteMeeting = (id: string) => call<null>('delete_meeting', { id });
export const setAttendance = (attendeeId: string, attended: boolean) =>
  call<Meeting>('set_attendance', { attendeeId, attended });
export const addAgendaItem = (meetingId: string, input: AgendaItemInput, position: number | null) =>
  call<Meeting>('add_agenda_item', { meetingId, input, position });
export const updateAgendaItem = (itemId: string, input: AgendaItemInput) =>
  call<Meeting>('update_agenda_item', { itemId, input });
export const moveAgendaItem = (itemId: string, position: number) =>
  call<Meeting>('move_agenda_item', { itemId, position });
export const removeAgendaItem = (itemId: string) => call<RemovedAgendaItem>('remove_agenda_item', { itemId });
export const restoreAgendaItem = (removed: RemovedAgendaItem) => call<Meeting>('restore_agenda_item', { removed });
/** The presentation timer's total for the item so far. */
export const recordAgendaTime = (itemId: string, usedSeconds: number) =>
  call<Meeting>('record_agenda_time', { itemId, usedSeconds });
export const addMeetingEntry = (meetingId: string, input: MeetingEntryInput) =>
  call<Meeting>('add_meeting_entry', { meetingId, input });
export const updateMeetingEntry = (entryId: string, input: MeetingEntryInput) =>
  call<Meeting>('update_meeting_entry', { entryId, input });
export const removeMeetingEntry = (entryId: string) => call<Meeting>('remove_meeting_entry', { entryId });
export const addFollowUp = (meetingId: string, input: FollowUpInput) =>
  call<Meeting>('add_follow_up', { meetingId, input });
export const addStepFollowUp = (groupId: string, step: number, input: FollowUpInput) =>
  call<FollowUp>('add_step_follow_up', { groupId, step, input });
export const updateFollowUp = (id: string, input: FollowUpInput) => call<FollowUp>('update_follow_up', { id, input });
/** `carriedToStep` is required for `carriedOver` and must be a later step. */
export const setFollowUpStatus = (id: string, status: FollowUpStatus, carriedToStep: number | null) =>
  call<FollowUp>('set_follow_up_status', { id, status, carriedToStep });
export const removeFollowUp = (id: string) => call<null>('remove_follow_up', { id });
export const openFollowUps = (groupId: string) => call<OwnerFollowUps[]>('open_follow_ups', { groupId });
export const printInvitation = (meetingId: string, suggestedName: string) =>
  saveAndPrint(suggestedName, (path) => call<null>('print_invitation', { meetingId, path }));
export const printMinutes = (meetingId: string, suggestedName: string) =>
  saveAndPrint(suggestedName, (path) => call<null>('print_minutes', { meetingId, path }));
/** Presentation mode: the window fills the screen. */
export const setFullscreen = (on: boolean) => call<null>('set_fullscreen', { on });

// The annual wheel (årshjul)
export const getWheel = (groupId: string) => call<Wheel>('get_wheel', { groupId });
export const addWheelActivity = (groupId: string, input: ActivityInput) =>
  call<Wheel>('add_wheel_activity', { groupId, input });
export const updateWheelActivity = (id: string, input: ActivityInput) =>
  call<Wheel>('update_wheel_activity', { id, input });
export const removeWheelActivity = (id: string) => call<RemovedActivity>('remove_wheel_activity', { id });
export const restoreWheelActivity = (removed: RemovedActivity) =>
  call<Wheel>('restore_wheel_activity', { removed });
/** Adds the municipality's fixed budget and accounting dates not already in the wheel. */
export const addFixedDates = (groupId: string) => call<Wheel>('add_fixed_dates', { groupId });
export const printWheel = (groupId: string, suggestedName: string) =>
  saveAndPrint(suggestedName, (path) => call<null>('print_wheel', { groupId, path }));
