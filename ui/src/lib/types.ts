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
