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
  AppStatus,
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
export async function printWorkGroup(groupId: string, suggestedName: string): Promise<string | null> {
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
  await call<null>('print_work_group', { groupId, path });
  return path;
}
