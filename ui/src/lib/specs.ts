// Pure helpers for the Kravspesifikasjoner screen and the placement agreement form: the groups of
// requirements and their labels, the requirement form's values and checks (the core checks again,
// with the same wording), version and status texts, the address of a specification, file names,
// coverage counts and the choices of the placement form. No DOM and no api calls here.

import { KINDS } from './employers';
import { compareNorwegian, formatDate, parseDate, safeFileName } from './format';
import { hashFor } from './nav';
import { collapseSpaces, MAX_PHASES, taskName } from './outline';
import { strings } from './strings';
import { charCount, validateDate, validateName, type FieldErrors } from './validate';
import type {
  Coverage,
  CoverageItem,
  Need,
  Placement,
  PlacementKind,
  PlacementKindKey,
  Requirement,
  RequirementGroup,
  RequirementGroupKey,
  RequirementInput,
  Spec,
  SpecSummary,
  SpecVersion,
  VersionSummary,
} from './types';

const t = strings.specs;
const r = t.requirements;

/** As in the core (`specs.rs`): a requirement is as long as a task may be. */
export const MAX_REQUIREMENT_CHARS = 300;

// ---- groups and labels

export interface GroupInfo {
  group: RequirementGroup;
  key: RequirementGroupKey;
  label: string;
}

/** The six groups in the order the specification is read and printed. */
export const GROUPS: readonly GroupInfo[] = [
  { group: 'work', key: 'arbeid', label: r.groups.work },
  { group: 'basicSkills', key: 'grunnleggende', label: r.groups.basicSkills },
  { group: 'language', key: 'sprak', label: r.groups.language },
  { group: 'personal', key: 'personlig', label: r.groups.personal },
  { group: 'safety', key: 'hms', label: r.groups.safety },
  { group: 'certificates', key: 'sertifikat', label: r.groups.certificates },
];

export function groupKey(group: RequirementGroup): RequirementGroupKey {
  return GROUPS.find((g) => g.group === group)?.key ?? 'arbeid';
}

export function groupLabel(group: RequirementGroup): string {
  return r.groups[group];
}

/** The five basic skills (grunnleggende ferdigheter), as stored. */
export const BASIC_SKILLS = ['lesing', 'skriving', 'muntlig', 'regning', 'digitale'] as const;
/** The skills a language requirement may name; none means the overall level. */
export const LANGUAGE_SKILLS = ['lytte', 'lese', 'muntlig', 'skrive'] as const;
export const CEFR_LEVELS = ['A1', 'A2', 'B1', 'B2', 'C1'] as const;

export function basicSkillLabel(key: string): string | null {
  return (r.basicSkills as Record<string, string>)[key] ?? null;
}

export function languageSkillLabel(key: string | null): string {
  return key ? ((r.languageSkills as Record<string, string>)[key] ?? key) : r.overall;
}

/** "Lesing", "Lytte", "Samlet"; null for the groups that name no skill. */
export function skillLabel(req: Pick<Requirement, 'group' | 'skill'>): string | null {
  if (req.group === 'basicSkills') return req.skill ? basicSkillLabel(req.skill) : null;
  if (req.group === 'language') return languageSkillLabel(req.skill);
  return null;
}

/**
 * One line, worded as the core's `describe()`: "Lytte: A1 – forstår korte beskjeder",
 * "Regning: teller varer", "Vet hva en butikkmedarbeider gjør".
 */
export function describeRequirement(req: Pick<Requirement, 'group' | 'skill' | 'cefr' | 'text'>): string {
  const skill = skillLabel(req);
  let line = '';
  if (req.group === 'language' && req.cefr) line = `${skill}: ${req.cefr}`;
  else if (skill) line = skill;
  if (req.text) {
    if (!line) line = req.text;
    else line = req.group === 'language' ? `${line} – ${req.text}` : `${line}: ${req.text}`;
  }
  return line;
}

/** A requirement as a short name for buttons and messages. */
export function requirementName(req: Pick<Requirement, 'group' | 'skill' | 'cefr' | 'text'>): string {
  return taskName(describeRequirement(req));
}

export function needLabel(need: Need): string {
  return r.need[need];
}

/**
 * "Innen fase 2"; without a phase, a "må" is needed before the start and a "bør" is wanted
 * underway ("Underveis"), as the printed specification says.
 */
export function phaseLabel(byPhase: number | null, need: Need = 'must'): string {
  if (byPhase !== null) return r.byPhase(byPhase);
  return need === 'must' ? r.beforeStart : r.during;
}

export interface GroupedRequirements extends GroupInfo {
  requirements: Requirement[];
  mustCount: number;
}

/** All six groups (also the empty ones, which get an add form), each in the specification's order. */
export function groupRequirements(requirements: readonly Requirement[]): GroupedRequirements[] {
  return GROUPS.map((g) => {
    const inGroup = requirements.filter((req) => req.group === g.group);
    return { ...g, requirements: inGroup, mustCount: inGroup.filter((req) => req.need === 'must').length };
  });
}

// ---- the requirement form

/** The form as typed: '' for not chosen; `skill` '' on a language requirement is the overall level. */
export interface RequirementFormValues {
  skill: string;
  cefr: string;
  text: string;
  need: 'ma' | 'bor';
  /** '' = before the start, else "1" … "6". */
  byPhase: string;
}

export const REQUIREMENT_FIELDS = ['skill', 'cefr', 'text', 'need', 'byPhase'] as const;
export type RequirementField = (typeof REQUIREMENT_FIELDS)[number];

/** The phases a requirement can name. */
export const PHASES: readonly number[] = Array.from({ length: MAX_PHASES }, (_, i) => i + 1);

/** A new requirement starts as a "må" before the start; `need` carries over to the next one. */
export function emptyRequirement(need: 'ma' | 'bor' = 'ma'): RequirementFormValues {
  return { skill: '', cefr: '', text: '', need, byPhase: '' };
}

export function requirementValues(req: Requirement): RequirementFormValues {
  return {
    skill: req.skill ?? '',
    cefr: req.cefr ?? '',
    text: req.text,
    need: req.need === 'must' ? 'ma' : 'bor',
    byPhase: req.byPhase === null ? '' : String(req.byPhase),
  };
}

/** The checks of the core, with its wording, for a requirement of `group`. */
export function validateRequirement(group: RequirementGroup, values: RequirementFormValues): FieldErrors {
  const errors: FieldErrors = {};
  const text = collapseSpaces(values.text);
  if (text === '' && group !== 'language') errors.text = strings.validation.required(r.textValidationLabel);
  else if (charCount(text) > MAX_REQUIREMENT_CHARS) {
    errors.text = strings.validation.tooLong(r.textValidationLabel, MAX_REQUIREMENT_CHARS, charCount(text));
  }
  if (group === 'basicSkills' && !(BASIC_SKILLS as readonly string[]).includes(values.skill)) {
    errors.skill = r.chooseSkill;
  }
  if (group === 'language' && !(CEFR_LEVELS as readonly string[]).includes(values.cefr)) {
    errors.cefr = strings.validation.required(r.cefrLabel);
  }
  return errors;
}

/** What is sent to the core; fields the group does not use are sent empty. */
export function toRequirementInput(group: RequirementGroup, values: RequirementFormValues): RequirementInput {
  const phase = Number.parseInt(values.byPhase, 10);
  const usesSkill = group === 'basicSkills' || group === 'language';
  return {
    group: groupKey(group),
    skill: usesSkill && values.skill !== '' ? values.skill : null,
    cefr: group === 'language' && values.cefr !== '' ? values.cefr : null,
    text: collapseSpaces(values.text),
    need: values.need,
    byPhase: Number.isNaN(phase) ? null : phase,
  };
}

/** The input would save the requirement as it already is: nothing to send. */
export function unchangedRequirement(req: Requirement, input: RequirementInput): boolean {
  return (
    input.group === groupKey(req.group) &&
    (input.skill ?? null) === (req.skill ?? null) &&
    (input.cefr ?? null) === (req.cefr ?? null) &&
    input.text === req.text &&
    input.need === (req.need === 'must' ? 'ma' : 'bor') &&
    input.byPhase === req.byPhase
  );
}

// ---- versions and status

/** "Avtalt 12.03.2027 med Kari Nilsen (registrert av Åse Berg)", or the draft sentence. */
export function versionStatus(version: SpecVersion): string {
  if (!version.agreedOn) return t.draftStatus(version.number);
  return t.agreedStatus(formatDate(version.agreedOn), version.agreedWith ?? '', version.agreedBy);
}

/** The list's status: "Avtalt 12.03.2027 (v2)", "Utkast", or "Utkast (v2) · v1 er avtalt". */
export function summaryStatus(s: SpecSummary): { text: string; agreed: boolean } {
  if (s.latestAgreedOn) return { text: t.statusAgreed(formatDate(s.latestAgreedOn), s.latestVersion), agreed: true };
  if (s.agreedVersion !== null) {
    return { text: `${t.statusDraftOf(s.latestVersion)} · ${t.statusEarlierAgreed(s.agreedVersion)}`, agreed: false };
  }
  return { text: s.latestVersion > 1 ? t.statusDraftOf(s.latestVersion) : t.statusDraft, agreed: false };
}

/** "Versjon 2 – avtalt 12.03.2027" or "Versjon 3 – utkast". */
export function versionOptionLabel(v: VersionSummary): string {
  return t.versionOption(v.number, v.agreedOn ? formatDate(v.agreedOn) : null);
}

export function latestNumber(spec: Spec): number {
  return spec.versions.at(-1)?.number ?? spec.version.number;
}

/** Requirements can be changed only in the latest version. */
export function isEditable(spec: Spec): boolean {
  return spec.version.isLatest;
}

/** The shown version is the latest and agreed: the next change makes a new version. */
export function editMakesNewVersion(spec: Spec): boolean {
  return spec.version.isLatest && spec.version.agreedOn !== null;
}

export function canAgree(spec: Spec): boolean {
  return spec.version.isLatest && spec.version.agreedOn === null;
}

/** "Angre" of the agreement: the core allows it until a placement is made against the version. */
export function canWithdraw(spec: Spec): boolean {
  return spec.version.isLatest && spec.version.agreedOn !== null && spec.version.placementCount === 0;
}

/** A new, unagreed version after an agreed one can be thrown away. */
export function canDiscard(spec: Spec): boolean {
  return spec.version.isLatest && spec.version.agreedOn === null && spec.versions.length > 1;
}

/** After an edit: the sentence saying a new version was made, or null when the edit went into a draft. */
export function newVersionNotice(before: Spec, after: Spec): string | null {
  const previous = latestNumber(before);
  return after.version.number > previous ? t.newVersionMade(after.version.number, previous) : null;
}

// ---- the list

export interface EmployerSpecs {
  employerId: string;
  employerName: string;
  specs: SpecSummary[];
}

/** The list under each employer (Norwegian order), positions in order within each. */
export function groupByEmployer(summaries: readonly SpecSummary[]): EmployerSpecs[] {
  const byEmployer = new Map<string, EmployerSpecs>();
  for (const s of summaries) {
    const entry = byEmployer.get(s.employerId) ?? { employerId: s.employerId, employerName: s.employerName, specs: [] };
    entry.specs.push(s);
    byEmployer.set(s.employerId, entry);
  }
  const groups = [...byEmployer.values()];
  for (const g of groups) g.specs.sort((a, b) => compareNorwegian(a.position, b.position));
  return groups.sort((a, b) => compareNorwegian(a.employerName, b.employerName));
}

// ---- the address

/** `#/kravspesifikasjoner`, or `#/kravspesifikasjoner/<id>` to open one. */
export function specHash(id: string | null): string {
  return hashFor('kravspesifikasjoner', id ?? undefined);
}

/** `#/kravspesifikasjoner?ny=<employerId>`: the form for a new one, with the employer chosen. */
export function newSpecHash(employerId: string | null = null): string {
  return `${hashFor('kravspesifikasjoner')}?ny=${employerId ? encodeURIComponent(employerId) : ''}`;
}

export interface SpecRoute {
  specId: string | null;
  /** The form for a new specification is asked for. */
  creating: boolean;
  /** The employer it should start with. */
  employerId: string | null;
}

/** What the address asks the screen to show. */
export function specRoute(hash: string): SpecRoute {
  const [path, query = ''] = hash.replace(/^#\/?/, '').split('?');
  const parts = path.split('/');
  const specId = parts[1] ? decodeURIComponent(parts[1]) : null;
  const params = new URLSearchParams(query);
  const creating = params.has('ny');
  const employerId = params.get('ny') || null;
  return { specId: creating ? null : specId, creating, employerId };
}

export function employerHash(employerId: string): string {
  return hashFor('arbeidsgivere', employerId);
}

// ---- printing

/** "Kravspesifikasjon – Matbutikken – Butikkmedarbeider v2.pdf", safe as a file name. */
export function specFileName(employerName: string, position: string, version: number): string {
  return safeFileName(t.fileName(employerName, position, version));
}

/** "Praksisavtale – Amina Yusuf – Matbutikken Sentrum.pdf" */
export function agreementFileName(participant: string, workplace: string): string {
  return safeFileName(strings.participants.placements.agreementFileName(participant, workplace));
}

// ---- the agreement form

export interface AgreementFormValues {
  agreedOn: string;
  agreedWith: string;
}

export function dateText(d: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(d.getDate())}.${pad(d.getMonth() + 1)}.${d.getFullYear()}`;
}

/** `today` as åååå-mm-dd: the agreement cannot be dated later. */
export function validateAgreement(values: AgreementFormValues, today: string): FieldErrors {
  const errors: FieldErrors = {};
  const date = validateDate(values.agreedOn, t.agreement.dateLabel);
  if (date) errors.agreedOn = date;
  else if ((parseDate(values.agreedOn) ?? '') > today) errors.agreedOn = t.agreement.future;
  const who = validateName(values.agreedWith, t.agreement.withLabel);
  if (who) errors.agreedWith = who;
  return errors;
}

/** The names to suggest for "Avtalt med": the employer's contacts and fadders, each once, in order. */
export function agreedWithSuggestions(people: readonly { name: string }[]): string[] {
  return [...new Set(people.map((p) => p.name.trim()).filter((n) => n !== ''))].sort(compareNorwegian);
}

// ---- coverage

export function coveredCount(coverage: Coverage): number {
  return coverage.items.filter((i) => i.coveredBy.length > 0).length;
}

export interface CoverageGroup extends GroupInfo {
  items: CoverageItem[];
}

/** The coverage rows under their group, empty groups left out. */
export function coverageGroups(coverage: Coverage): CoverageGroup[] {
  return GROUPS.map((g) => ({ ...g, items: coverage.items.filter((i) => i.requirement.group === g.group) })).filter(
    (g) => g.items.length > 0,
  );
}

/** An uncovered "må": what the screen marks. */
export function isMissingMust(item: CoverageItem): boolean {
  return item.requirement.need === 'must' && item.coveredBy.length === 0;
}

// ---- the placement agreement form

/** The key a placement's kind is sent as; '' when none is chosen. */
export function kindKey(kind: PlacementKind | null): PlacementKindKey | '' {
  return KINDS.find((k) => k.kind === kind)?.key ?? '';
}

/** Days at school besides the placement: 0 … 6. */
export const SCHOOL_DAYS: readonly number[] = [0, 1, 2, 3, 4, 5, 6];

/** The placement form's agreement fields as typed; '' for not chosen. */
export interface AgreementFields {
  employerId: string;
  mentorId: string;
  contactId: string;
  kind: PlacementKindKey | '';
  schoolDaysPerWeek: string;
  goal: string;
  specVersionId: string;
}

export function agreementFields(p: Placement | null): AgreementFields {
  return {
    employerId: p?.employerId ?? '',
    mentorId: p?.mentorId ?? '',
    contactId: p?.contactId ?? '',
    kind: kindKey(p?.kind ?? null),
    schoolDaysPerWeek: p?.schoolDaysPerWeek === null || p?.schoolDaysPerWeek === undefined ? '' : String(p.schoolDaysPerWeek),
    goal: p?.goal ?? '',
    specVersionId: p?.specVersionId ?? '',
  };
}

/** The agreement part of a PlacementInput; without an employer nothing of it is sent. */
export function toAgreementInput(fields: AgreementFields) {
  const none = (v: string) => (v === '' ? null : v);
  const days = Number.parseInt(fields.schoolDaysPerWeek, 10);
  const employer = none(fields.employerId);
  return {
    employerId: employer,
    mentorId: employer ? none(fields.mentorId) : null,
    contactId: employer ? none(fields.contactId) : null,
    kind: none(fields.kind),
    schoolDaysPerWeek: Number.isNaN(days) ? null : days,
    goal: collapseSpaces(fields.goal),
    specVersionId: employer ? none(fields.specVersionId) : null,
  };
}

/** As in the core (`participants.rs`). */
export const MAX_PLACEMENT_GOAL_CHARS = 500;

export function validatePlacementGoal(goal: string): string | null {
  const n = charCount(collapseSpaces(goal));
  return n > MAX_PLACEMENT_GOAL_CHARS
    ? strings.validation.tooLong(strings.participants.placements.goalLabel, MAX_PLACEMENT_GOAL_CHARS, n)
    : null;
}

export interface SpecVersionOption {
  versionId: string;
  label: string;
}

/** "Butikkmedarbeider, versjon 2 (avtalt 12.03.2027)"; `agreedOn` as åååå-mm-dd. */
export function specVersionOption(position: string, version: number, agreedOn: string | null): string {
  return strings.participants.placements.specOption(position, version, agreedOn ? formatDate(agreedOn) : null);
}

/**
 * The specifications' agreed versions a placement can be made against: the newest agreed one of
 * each. `agreedOn` gives the date of a version the summary does not date (when a newer draft
 * exists); without it the label goes without the date.
 */
export function agreedSpecOptions(
  summaries: readonly SpecSummary[],
  agreedOn: (s: SpecSummary) => string | null = () => null,
): SpecVersionOption[] {
  return summaries
    .filter((s) => s.agreedVersion !== null && s.agreedVersionId !== null)
    .map((s) => ({
      versionId: s.agreedVersionId as string,
      label: specVersionOption(
        s.position,
        s.agreedVersion as number,
        s.agreedVersion === s.latestVersion ? s.latestAgreedOn : agreedOn(s),
      ),
    }));
}
