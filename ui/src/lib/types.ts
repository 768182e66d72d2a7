// The shapes the Tauri shell sends and receives (camelCase JSON). Keep in step with the core's
// serde types; the command list lives in `api.ts`.

/** What every failed command rejects with. `message` is already Norwegian; `field` names the
 * input that caused it (`name`, `email`, `phone`, `unit`, `role`, `member`, `municipality`). */
export interface AppError {
  code: string;
  message: string;
  field: string | null;
}

export interface AppStatus {
  dbPath: string;
  schemaVersion: number;
  /** Set when the database could not be opened at start. */
  error: AppError | null;
}

export interface CodeLabel {
  code: string;
  label: string;
}

export interface ReferenceData {
  roles: CodeLabel[];
  unitKinds: CodeLabel[];
}

export interface Settings {
  municipality: string;
  /** The person using this installation; the plan history names them. */
  currentUserId: string | null;
  currentUserName: string | null;
}

export type UnitKind = 'flyktningtjeneste' | 'voksenopplaering' | 'nav' | 'annen';

export interface Unit {
  id: string;
  kind: UnitKind;
  name: string;
  peopleCount: number;
  createdAt: string;
  updatedAt: string;
}

export interface Person {
  id: string;
  name: string;
  unitId: string;
  unitName: string;
  /** A code from `ReferenceData.roles`: programraadgiver, laerer, navVeileder, leder, annen. */
  role: string;
  roleLabel: string;
  email: string | null;
  phone: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface PersonInput {
  name: string;
  unitId: string;
  role: string;
  email: string | null;
  phone: string | null;
}

export interface WorkGroupSummary {
  id: string;
  name: string;
  memberCount: number;
  missingUnits: string[];
}

export interface Member {
  personId: string;
  name: string;
  unitId: string;
  unitName: string;
  unitKind: string;
  role: string;
  roleLabel: string;
  leadsProcess: boolean;
}

export interface WorkGroup {
  id: string;
  name: string;
  members: Member[];
  /** Names of the required units that have no member yet. */
  missingUnits: string[];
  /** A Norwegian sentence, or null when all three units are present. */
  warning: string | null;
  createdAt: string;
  updatedAt: string;
}

// ---- Stepwise training (trinnvis opplæring) ----

/** The three measuring points, in the handbook's order. Labels in `strings.training.criteria`. */
export type Criterion = 'language' | 'suitability' | 'performance';
/** What `TaskInput.criterion` takes (the stored key). */
export type CriterionKey = 'sprak' | 'egnethet' | 'arbeid';
export type CefrLevel = 'A1' | 'A2' | 'B1' | 'B2' | 'C1';

export interface LanguageRequirement {
  overall: CefrLevel | null;
  listening: CefrLevel | null;
  reading: CefrLevel | null;
  speaking: CefrLevel | null;
  writing: CefrLevel | null;
}

export interface Task {
  id: string;
  text: string;
  criterion: Criterion;
  hint: string | null;
  /** ISO date (åååå-mm-dd); plans only. */
  doneOn: string | null;
  mentorConfirmed: boolean;
  participantConfirmed: boolean;
  comment: string;
}

export interface Phase {
  id: string;
  /** 1-based. */
  number: number;
  goal: string;
  language: LanguageRequirement;
  tasks: Task[];
  /** ISO date the participant moved on from this phase (plans only). */
  passedOn: string | null;
}

export interface TaskInput {
  text: string;
  criterion: CriterionKey;
  hint: string | null;
}

/** Levels as text ("A2"); blank or null means not set. Errors name the fields `goal`, `cefr`,
 * `cefrListening`, `cefrReading`, `cefrSpeaking`, `cefrWriting`. */
export interface PhaseInput {
  goal: string;
  cefr: string | null;
  cefrListening: string | null;
  cefrReading: string | null;
  cefrSpeaking: string | null;
  cefrWriting: string | null;
}

export type OutlineKind = 'template' | 'plan';

export interface TemplateSummary {
  id: string;
  name: string;
  trade: string;
  isExample: boolean;
  phaseCount: number;
  taskCount: number;
  planCount: number;
}

export interface Template {
  id: string;
  name: string;
  trade: string;
  /** Shipped with Stegvis; read-only (duplicate it to adapt). */
  isExample: boolean;
  phases: Phase[];
  planCount: number;
  /** "Fase 2 har ingen arbeidsoppgaver." per empty phase. */
  warnings: string[];
  createdAt: string;
  updatedAt: string;
}

/** A removed task, to hand back to `restoreTask` for "Angre". */
export interface RemovedTask {
  phaseId: string;
  /** 0-based place in the phase. */
  position: number;
  task: Task;
}

export interface Participant {
  id: string;
  name: string;
  initialsOnly: boolean;
  /** The name or the initials, as printed forms show it. */
  printedName: string;
  adviserId: string | null;
  adviserName: string | null;
  placementCount: number;
  createdAt: string;
  updatedAt: string;
}

/** Errors name the fields `name`, `adviser`. */
export interface ParticipantInput {
  name: string;
  initialsOnly: boolean;
  adviserId: string | null;
}

export interface Placement {
  id: string;
  participantId: string;
  participantName: string;
  workplace: string;
  /** The fadder; empty until named. */
  mentorName: string;
  /** ISO dates. */
  startDate: string;
  endDate: string;
  daysPerWeek: number;
  planId: string | null;
  /** The employer in the register; null on placements made before it. */
  employerId: string | null;
  employerName: string | null;
  mentorId: string | null;
  contactId: string | null;
  contactName: string | null;
  kind: PlacementKind | null;
  schoolDaysPerWeek: number | null;
  goal: string;
  specVersionId: string | null;
  specId: string | null;
  /** "Butikkmedarbeider, versjon 2". */
  specLabel: string | null;
  createdAt: string;
  updatedAt: string;
}

/** Dates as typed, dd.mm.åååå. Errors name the fields `participant`, `workplace`,
 * `mentorName`, `startDate`, `endDate`, `daysPerWeek`, `employer`, `mentor`, `contact`, `kind`,
 * `schoolDaysPerWeek`, `goal`, `specVersion`. With an employer, a blank workplace becomes the
 * employer's name and a chosen mentor's name replaces `mentorName`. Only an agreed spec version
 * of the same employer is accepted. */
export interface PlacementInput {
  participantId: string | null;
  workplace: string;
  mentorName: string;
  startDate: string;
  endDate: string;
  daysPerWeek: number | null;
  employerId?: string | null;
  mentorId?: string | null;
  contactId?: string | null;
  /** A PlacementKindKey, or null/'' for not chosen. */
  kind?: string | null;
  schoolDaysPerWeek?: number | null;
  goal?: string;
  specVersionId?: string | null;
}

export interface PlanSummary {
  id: string;
  name: string;
  trade: string;
  participantName: string;
  workplace: string;
  phaseCount: number;
  /** The phase the participant is in; null when all are passed. */
  currentPhase: number | null;
  confirmed: number;
  total: number;
}

export interface CriterionProgress {
  criterion: Criterion;
  label: string;
  confirmed: number;
  total: number;
}

export interface PhaseProgress {
  number: number;
  /** Tasks the fadder has confirmed. */
  confirmed: number;
  total: number;
  byCriterion: CriterionProgress[];
  complete: boolean;
  passedOn: string | null;
}

export interface Proposal {
  phaseId: string;
  phaseNumber: number;
  nextPhase: number | null;
  message: string;
}

export interface Plan {
  id: string;
  name: string;
  trade: string;
  templateId: string | null;
  templateName: string;
  placement: Placement;
  participantPrintedName: string;
  adviserName: string | null;
  phases: Phase[];
  progress: PhaseProgress[];
  currentPhase: number | null;
  /** Set when the current phase is complete but not yet passed. */
  proposal: Proposal | null;
  warnings: string[];
  createdAt: string;
  updatedAt: string;
}

export type Confirmer = 'mentor' | 'participant';

export interface HistoryEntry {
  /** "05.03.2027 kl. 14:05" */
  at: string;
  by: string;
  taskId: string | null;
  subject: string;
  what: string;
}

// ---- Employers (arbeidsgivere) ----

export type PlacementKind = 'jobShadowing' | 'languagePractice' | 'workPractice' | 'trainingArena';
/** As sent in inputs and filters. */
export type PlacementKindKey = 'hospitering' | 'sprakpraksis' | 'arbeidspraksis' | 'opplaeringsarena';
export type Sector = 'public' | 'private';
/** As sent in EmployerInput. */
export type SectorKey = 'offentlig' | 'privat';

export interface Contact {
  id: string;
  name: string;
  role: string;
  phone: string | null;
  email: string | null;
  /** Placements naming this contact; removal is refused while > 0. */
  placementCount: number;
}

/** Errors name `name`, `role`, `phone`, `email`. */
export interface ContactInput {
  name: string;
  role: string;
  phone: string | null;
  email: string | null;
}

export interface Mentor {
  id: string;
  name: string;
  role: string;
  phone: string | null;
  trained: boolean;
  /** ISO date. */
  trainedOn: string | null;
  placementCount: number;
}

/** Errors name `name`, `role`, `phone`, `trainedOn` (dd.mm.åååå, not in the future; ignored unless trained). */
export interface MentorInput {
  name: string;
  role: string;
  phone: string | null;
  trained: boolean;
  trainedOn: string | null;
}

export interface EmployerSummary {
  id: string;
  name: string;
  /** Nine digits, no spaces. */
  orgNumber: string | null;
  trade: string;
  address: string;
  sector: Sector;
  kinds: PlacementKind[];
  suitable: boolean;
  hasTrainedMentor: boolean;
  mentorCount: number;
  /** Not yet ended (running or starting later). */
  currentPlacements: number;
  pastPlacements: number;
  specCount: number;
}

export interface Employer {
  id: string;
  name: string;
  orgNumber: string | null;
  trade: string;
  address: string;
  sector: Sector;
  notes: string;
  kinds: PlacementKind[];
  /** 1 = januar … 12 = desember. */
  busyMonths: number[];
  suitable: boolean;
  /** ISO date. */
  suitabilityAssessedOn: string | null;
  suitabilityReason: string;
  contacts: Contact[];
  mentors: Mentor[];
  currentPlacements: number;
  pastPlacements: number;
  specCount: number;
  createdAt: string;
  updatedAt: string;
}

/** Errors name `name`, `orgNumber` (MOD11-checked; code `duplicateOrgNumber` when another
 * employer has it), `trade`, `address`, `sector`, `notes`, `kinds`, `busyMonths`. */
export interface EmployerInput {
  name: string;
  orgNumber: string;
  trade: string;
  address: string;
  sector: SectorKey;
  notes: string;
  kinds: PlacementKindKey[];
  busyMonths: number[];
}

/** Errors name `assessedOn` (dd.mm.åååå, not in the future) and `reason` (required when not suitable). */
export interface SuitabilityInput {
  suitable: boolean;
  assessedOn: string;
  reason: string;
}

export interface EmployerFilter {
  search?: string | null;
  trade?: string | null;
  kind?: PlacementKindKey | null;
  suitable?: boolean | null;
  hasTrainedMentor?: boolean | null;
}

// ---- Checklists (4.1) ----

export type ChecklistId =
  | 'beforeStart'
  | 'employerPreparation'
  | 'participantPreparation'
  | 'placementFollowUp'
  | 'finalEvaluation';

export interface ChecklistEntry {
  key: string;
  label: string;
  help: string;
  done: boolean;
  note: string;
  responsible: string;
  updatedAt: string | null;
}

export interface ChecklistState {
  id: ChecklistId;
  ownerId: string;
  title: string;
  entries: ChecklistEntry[];
  doneCount: number;
}

/** Errors name `note` (≤ 500) and `responsible`. */
export interface EntryInput {
  done: boolean;
  note: string;
  responsible: string;
}

// ---- Requirement specifications (kravspesifikasjoner) ----

export type RequirementGroup = 'work' | 'basicSkills' | 'language' | 'personal' | 'safety' | 'certificates';
/** As sent in RequirementInput. */
export type RequirementGroupKey = 'arbeid' | 'grunnleggende' | 'sprak' | 'personlig' | 'hms' | 'sertifikat';
export type Need = 'must' | 'should';

export interface Requirement {
  id: string;
  /** The same in every version of this requirement. */
  lineage: string;
  group: RequirementGroup;
  /** basicSkills: lesing|skriving|muntlig|regning|digitale; language: lytte|lese|muntlig|skrive or null (overall). */
  skill: string | null;
  cefr: CefrLevel | null;
  text: string;
  need: Need;
  /** null = before the placement starts. */
  byPhase: number | null;
}

/** Errors name `group`, `skill`, `cefr`, `text`, `need`, `byPhase`. `need` is 'ma' or 'bor'. */
export interface RequirementInput {
  group: RequirementGroupKey;
  skill: string | null;
  cefr: string | null;
  text: string;
  need: 'ma' | 'bor';
  byPhase: number | null;
}

export interface SpecVersion {
  id: string;
  number: number;
  /** ISO date; null while a draft. */
  agreedOn: string | null;
  agreedWith: string | null;
  agreedBy: string | null;
  isLatest: boolean;
  placementCount: number;
  requirements: Requirement[];
  createdAt: string;
}

export interface VersionSummary {
  id: string;
  number: number;
  agreedOn: string | null;
  agreedWith: string | null;
  placementCount: number;
  requirementCount: number;
}

export interface Spec {
  id: string;
  employerId: string;
  employerName: string;
  position: string;
  /** Oldest first. */
  versions: VersionSummary[];
  /** The version asked for (the latest by default). Editing an agreed latest version makes a new one. */
  version: SpecVersion;
  createdAt: string;
  updatedAt: string;
}

export interface SpecSummary {
  id: string;
  employerId: string;
  employerName: string;
  position: string;
  latestVersion: number;
  latestAgreedOn: string | null;
  agreedVersion: number | null;
  agreedVersionId: string | null;
  requirementCount: number;
  mustCount: number;
  updatedAt: string;
}

/** Errors name `employer`, `position`, `example`, `copyOf`. */
export interface NewSpecInput {
  employerId: string | null;
  position: string;
  example: string | null;
  copyOf: string | null;
}

export interface ExampleSpec {
  key: string;
  position: string;
  trade: string;
  requirementCount: number;
}

/** Errors name `agreedOn` (dd.mm.åååå, not in the future) and `agreedWith`. */
export interface AgreementInput {
  agreedOn: string;
  agreedWith: string;
}

export interface RemovedRequirement {
  position: number;
  requirement: Requirement;
}

export interface CoverageItem {
  requirement: Requirement;
  description: string;
  /** Empty when nothing in the template covers it. */
  coveredBy: string[];
}

export interface Coverage {
  specId: string;
  version: number;
  templateId: string;
  templateName: string;
  templateIsExample: boolean;
  items: CoverageItem[];
  uncoveredMust: number;
}

// ---- The seven steps (process = a working group's process) ----

export interface RequiredDocument {
  label: string;
  /** Tool key, e.g. "1.1". */
  tool: string;
}

export interface DefaultAgendaItem {
  title: string;
  minutes: number;
}

export interface StepDefinition {
  number: number;
  title: string;
  summary: string;
  why: string[];
  outcomes: string[];
  questions: string[];
  guidance: string[];
  estimateMinutes: number;
  preparation: string[];
  agenda: DefaultAgendaItem[];
  tools: string[];
  documents: RequiredDocument[];
}

export type StepState = 'notStarted' | 'inProgress' | 'ready' | 'done';

export interface DocumentStatus {
  label: string;
  tool: string;
  toolTitle: string;
  present: boolean;
  /** "3 rader", "4 av 6 punkter avklart", "Ikke fylt ut" */
  detail: string;
}

export interface DoneRecord {
  doneOn: string;
  doneBy: string;
  /** What the step lacked when the group confirmed it done anyway. */
  missing: string[];
}

export interface StepStatus {
  number: number;
  title: string;
  summary: string;
  estimateMinutes: number;
  state: StepState;
  done: DoneRecord | null;
  documents: DocumentStatus[];
  openFollowUps: number;
  /** Sentences: what keeps the step from being done. */
  missing: string[];
  earlierUnfinished: number[];
  meetingCount: number;
}

export interface ProcessSummary {
  id: string;
  name: string;
  stepsDone: number;
  /** First step not done; 8 when all are. */
  currentStep: number;
  openFollowUps: number;
  meetingCount: number;
}

export interface ProcessOverview {
  groupId: string;
  name: string;
  missingUnits: string[];
  beforeStart: ChecklistState;
  steps: StepStatus[];
  currentStep: number;
  openFollowUps: number;
  upcomingMeetings: MeetingSummary[];
}

export interface ToolSummary {
  key: string;
  title: string;
  purpose: string;
  roles: boolean;
  kind: 'table' | 'checklist' | 'placementForm';
  checklist: ChecklistId | null;
  present: boolean;
  detail: string;
}

export interface StepView {
  groupId: string;
  groupName: string;
  definition: StepDefinition;
  status: StepStatus;
  tools: ToolSummary[];
  meetings: MeetingSummary[];
  /** The step's own follow-ups and those carried over to it. */
  followUps: FollowUp[];
}

// ---- Step tools as tables ----

export interface ToolChoice {
  key: string;
  label: string;
}

export type ColumnKind =
  | { type: 'text' }
  | { type: 'longText' }
  | { type: 'unit' }
  | { type: 'date' }
  | { type: 'number' }
  | { type: 'choice'; options: ToolChoice[] }
  /** Picks a row of an earlier tool (value = that row's id). */
  | { type: 'from'; tool: string; column: string };

export interface ToolColumn {
  key: string;
  label: string;
  kind: ColumnKind;
  required: boolean;
}

export type ToolKind = { type: 'table'; columns: ToolColumn[] } | { type: 'checklist'; checklist: ChecklistId };

export interface ToolDefinition {
  key: string;
  step: number;
  title: string;
  purpose: string;
  kind: ToolKind;
  roles: boolean;
}

export interface OptionItem {
  value: string;
  label: string;
}

export interface ToolRow {
  id: string;
  /** As edited: unit/row ids, dates as dd.mm.åååå. */
  values: Record<string, string>;
  /** As read: unit names, choice labels. */
  labels: Record<string, string>;
}

export interface ToolTable {
  groupId: string;
  tool: ToolDefinition;
  rows: ToolRow[];
  /** By column key, for unit, choice and from-columns. */
  options: Record<string, OptionItem[]>;
}

/** Errors name the column key as `field`. */
export interface ToolRowInput {
  values: Record<string, string>;
}

export interface RemovedToolRow {
  id: string;
  groupId: string;
  tool: string;
  position: number;
  cells: Record<string, string>;
}

// ---- Workshop meetings ----

export type EntryKind = 'note' | 'decision' | 'anchoring';
export type FollowUpStatus = 'open' | 'done' | 'carriedOver';

export interface FieldWarning {
  field: string;
  message: string;
}

export interface MeetingSummary {
  id: string;
  groupId: string;
  groupName: string;
  step: number;
  stepTitle: string;
  /** dd.mm.åååå */
  date: string;
  startsAt: string;
  endsAt: string;
  place: string;
  followUpCount: number;
}

export interface Attendee {
  /** The invitation's id (for setAttendance). */
  id: string;
  personId: string | null;
  name: string;
  unitName: string;
  attended: boolean;
}

export interface AgendaItem {
  id: string;
  title: string;
  minutes: number;
  usedSeconds: number;
  /** "09:45" */
  plannedStart: string;
}

export interface MeetingEntry {
  id: string;
  kind: EntryKind;
  kindLabel: string;
  text: string;
  agendaItemId: string | null;
  agendaItemTitle: string | null;
}

export interface FollowUp {
  id: string;
  groupId: string;
  meetingId: string | null;
  meetingDate: string | null;
  step: number;
  what: string;
  ownerId: string | null;
  /** Empty when nobody owns it. */
  ownerName: string;
  deadline: string | null;
  status: FollowUpStatus;
  statusLabel: string;
  carriedToStep: number | null;
  /** Saved, but worth a look: no owner, deadline passed. `field` is ownerId or deadline. */
  warnings: FieldWarning[];
}

export interface Meeting {
  id: string;
  groupId: string;
  groupName: string;
  step: number;
  stepTitle: string;
  date: string;
  startsAt: string;
  endsAt: string;
  place: string;
  availableMinutes: number;
  plannedMinutes: number;
  usedSeconds: number;
  people: Attendee[];
  agenda: AgendaItem[];
  entries: MeetingEntry[];
  followUps: FollowUp[];
}

/** Errors name `step`, `date`, `startsAt`, `endsAt`, `place`, `invitees`. */
export interface MeetingInput {
  step: number;
  date: string;
  startsAt: string;
  endsAt: string;
  place: string;
  invitees: string[];
}

/** Errors name `title`, `minutes` (1–480). */
export interface AgendaItemInput {
  title: string;
  minutes: number;
}

/** Errors name `text`, `agendaItemId`. */
export interface MeetingEntryInput {
  kind: EntryKind;
  text: string;
  agendaItemId: string | null;
}

/** Errors name `what`, `ownerId`, `deadline`. No owner or a past deadline is saved with a warning. */
export interface FollowUpInput {
  what: string;
  ownerId: string | null;
  deadline: string | null;
}

export interface RemovedAgendaItem {
  id: string;
  meetingId: string;
  position: number;
  title: string;
  minutes: number;
  usedSeconds: number;
}

export interface OwnerFollowUps {
  ownerId: string | null;
  /** Empty for follow-ups nobody owns (listed last). */
  ownerName: string;
  items: FollowUp[];
}

// ---- Annual wheel (årshjul) ----

export type ActivityKind = 'budget' | 'accounts' | 'planning' | 'intake' | 'course' | 'other';

export interface UnitRef {
  id: string;
  name: string;
}

export interface WheelActivity {
  id: string;
  name: string;
  kind: ActivityKind;
  kindLabel: string;
  responsible: UnitRef;
  performing: UnitRef | null;
  involved: UnitRef[];
  /** 1 = January … 12 = December. */
  months: number[];
  /** "apr–jun", "mai og sep" */
  monthsLabel: string;
  note: string;
  /** One of the fixed budget and accounting dates. */
  fixed: boolean;
}

export interface Wheel {
  groupId: string;
  groupName: string;
  /** One ring per unit, centre outwards. */
  rings: UnitRef[];
  activities: WheelActivity[];
}

/** Errors name `name`, `kind`, `responsibleUnitId`, `performingUnitId`, `involvedUnitIds`, `months`, `note`. */
export interface ActivityInput {
  name: string;
  kind: ActivityKind | null;
  responsibleUnitId: string | null;
  performingUnitId: string | null;
  involvedUnitIds: string[];
  months: number[];
  note: string;
}

export interface RemovedActivity {
  id: string;
  groupId: string;
  name: string;
  kind: ActivityKind;
  responsibleUnitId: string;
  performingUnitId: string | null;
  involvedUnitIds: string[];
  months: number[];
  note: string;
  fixed: boolean;
}

// ---- Evaluations of a placement (forms 6.5 and 7.4), as `src/evaluations.rs` sends them

export type EvaluationFormKey = '6.5' | '7.4';

export interface EvaluationChoice {
  key: string;
  label: string;
}

export type EvaluationItemKind =
  | { type: 'text' }
  | { type: 'choice'; options: EvaluationChoice[] }
  | { type: 'scale'; max: number }
  | { type: 'check' };

export interface EvaluationItem {
  /** Unique in the form, e.g. "deltaker.norsk"; also the field name of its errors. */
  key: string;
  label: string;
  kind: EvaluationItemKind;
  /** A topic heading shown above this item (the final evaluation's "Hva var bra?" pairs). */
  topic: string | null;
}

export type EvaluationRespondent = 'participant' | 'employer' | 'municipality' | 'together';

export interface EvaluationSection {
  key: string;
  title: string;
  respondent: EvaluationRespondent;
  intro: string;
  items: EvaluationItem[];
}

export interface EvaluationFormDefinition {
  form: EvaluationFormKey;
  tool: string;
  title: string;
  purpose: string;
  sections: EvaluationSection[];
}

export interface Evaluation {
  id: string;
  placementId: string;
  form: EvaluationFormKey;
  /** dd.mm.åååå */
  heldOn: string;
  present: string;
  /** Item key → answer: the text, a choice's key, the scale's number as text, or "ja" for a tick. */
  answers: Record<string, string>;
  answered: number;
  total: number;
  createdAt: string;
  updatedAt: string;
}

export interface EvaluationInput {
  /** As typed, dd.mm.åååå. */
  heldOn: string;
  present: string;
  /** Blank means not answered. */
  answers: Record<string, string>;
}
