// Arranging a working group's members for display, and which people can still be added.

import { compareNorwegian } from './format';
import type { Member, Person, Unit } from './types';

/** The three units every working group should have a member from, in the handbook's order. */
export const REQUIRED_KINDS = ['flyktningtjeneste', 'voksenopplaering', 'nav'] as const;

export interface MemberGroup {
  unitId: string;
  unitName: string;
  unitKind: string;
  /** One of the three units the group should have a member from. */
  required: boolean;
  members: Member[];
}

function kindRank(kind: string): number {
  const i = (REQUIRED_KINDS as readonly string[]).indexOf(kind);
  return i === -1 ? REQUIRED_KINDS.length : i;
}

/**
 * Members grouped by unit: the required units first (flyktningtjeneste, voksenopplæring, NAV),
 * also when they have nobody yet, then any other unit that has members, by name. Members within a
 * unit are in Norwegian alphabetical order.
 */
export function groupMembersByUnit(members: readonly Member[], units: readonly Unit[]): MemberGroup[] {
  const groups = new Map<string, MemberGroup>();
  for (const u of units) {
    if (kindRank(u.kind) < REQUIRED_KINDS.length) {
      groups.set(u.id, { unitId: u.id, unitName: u.name, unitKind: u.kind, required: true, members: [] });
    }
  }
  for (const m of members) {
    let g = groups.get(m.unitId);
    if (!g) {
      const unit = units.find((u) => u.id === m.unitId);
      const kind = unit?.kind ?? m.unitKind;
      g = {
        unitId: m.unitId,
        unitName: unit?.name ?? m.unitName,
        unitKind: kind,
        required: kindRank(kind) < REQUIRED_KINDS.length,
        members: [],
      };
      groups.set(m.unitId, g);
    }
    g.members.push(m);
  }
  const list = [...groups.values()];
  for (const g of list) g.members.sort((a, b) => compareNorwegian(a.name, b.name));
  return list.sort(
    (a, b) => kindRank(a.unitKind) - kindRank(b.unitKind) || compareNorwegian(a.unitName, b.unitName),
  );
}

export interface PersonChoiceGroup {
  unitName: string;
  people: Person[];
}

/**
 * People not yet in the group, grouped by unit for the member picker: the required units first
 * (in the handbook's order), then the others by name. People keep the core's (Norwegian) order.
 */
export function availablePeople(
  people: readonly Person[],
  members: readonly Member[],
  units: readonly Unit[] = [],
): PersonChoiceGroup[] {
  const inGroup = new Set(members.map((m) => m.personId));
  const byUnit = new Map<string, PersonChoiceGroup & { rank: number }>();
  for (const p of people) {
    if (inGroup.has(p.id)) continue;
    let g = byUnit.get(p.unitId);
    if (!g) {
      const unit = units.find((u) => u.id === p.unitId);
      g = { unitName: unit?.name ?? p.unitName, people: [], rank: kindRank(unit?.kind ?? '') };
      byUnit.set(p.unitId, g);
    }
    g.people.push(p);
  }
  return [...byUnit.values()]
    .sort((a, b) => a.rank - b.rank || compareNorwegian(a.unitName, b.unitName))
    .map(({ unitName, people }) => ({ unitName, people }));
}

/** The member who leads the process, if any. */
export function leaderOf(members: readonly Member[]): Member | null {
  return members.find((m) => m.leadsProcess) ?? null;
}
