import { describe, expect, it } from 'vitest';
import { availablePeople, groupMembersByUnit, leaderOf } from './members';
import type { Member, Person, Unit } from './types';

const t = '2027-01-01T00:00:00Z';
const unit = (id: string, kind: Unit['kind'], name: string): Unit => ({
  id,
  kind,
  name,
  peopleCount: 0,
  createdAt: t,
  updatedAt: t,
});
// Deliberately not in the handbook's order, to show the grouping puts them right.
const units: Unit[] = [
  unit('nav', 'nav', 'NAV Lørenskog'),
  unit('karriere', 'annen', 'Karrieresenteret'),
  unit('vo', 'voksenopplaering', 'Voksenopplæringen'),
  unit('ft', 'flyktningtjeneste', 'Flyktningtjenesten'),
  unit('aa', 'annen', 'Arbeidsmarkedsbedriften'),
];
const byId = Object.fromEntries(units.map((u) => [u.id, u]));

const member = (personId: string, name: string, unitId: string, leadsProcess = false): Member => ({
  personId,
  name,
  unitId,
  unitName: byId[unitId]?.name ?? 'Ukjent enhet',
  unitKind: byId[unitId]?.kind ?? 'annen',
  role: 'annen',
  roleLabel: 'Annen rolle',
  leadsProcess,
});

const person = (id: string, name: string, unitId: string): Person => ({
  id,
  name,
  unitId,
  unitName: byId[unitId].name,
  role: 'annen',
  roleLabel: 'Annen rolle',
  email: null,
  phone: null,
  createdAt: t,
  updatedAt: t,
});

describe('groupMembersByUnit', () => {
  it('lists the three required units first, in order, also when empty', () => {
    const groups = groupMembersByUnit([], units);
    expect(groups.map((g) => g.unitName)).toEqual(['Flyktningtjenesten', 'Voksenopplæringen', 'NAV Lørenskog']);
    expect(groups.every((g) => g.required && g.members.length === 0)).toBe(true);
  });

  it('adds other units only when they have members, sorted by name, and members in Norwegian order', () => {
    const groups = groupMembersByUnit(
      [
        member('p1', 'Åse Bråten', 'ft'),
        member('p2', 'Ahmed Yusuf', 'ft', true),
        member('p3', 'Øystein Ås', 'ft'),
        member('p4', 'Zofia Nowak', 'karriere'),
        member('p5', 'Ærlig Olsen', 'aa'),
      ],
      units,
    );
    expect(groups.map((g) => g.unitName)).toEqual([
      'Flyktningtjenesten',
      'Voksenopplæringen',
      'NAV Lørenskog',
      'Arbeidsmarkedsbedriften',
      'Karrieresenteret',
    ]);
    expect(groups[0].members.map((m) => m.name)).toEqual(['Ahmed Yusuf', 'Øystein Ås', 'Åse Bråten']);
    expect(groups[3].required).toBe(false);
  });

  it('keeps members whose unit is not in the list, under the name the member carries', () => {
    const groups = groupMembersByUnit([member('p9', 'Kari', 'gone')], units);
    expect(groups.at(-1)).toMatchObject({ unitId: 'gone', unitName: 'Ukjent enhet', members: [{ name: 'Kari' }] });
  });
});

describe('availablePeople', () => {
  const people = [
    person('p1', 'Ahmed Yusuf', 'ft'),
    person('p2', 'Ingrid Ødegård', 'vo'),
    person('p3', 'Kari Nordmann', 'ft'),
    person('p4', 'Zofia Nowak', 'nav'),
    person('p5', 'Åse Bråten', 'karriere'),
  ];

  it('leaves out people already in the group and groups the rest by unit', () => {
    const choices = availablePeople(people, [member('p1', 'Ahmed Yusuf', 'ft')], units);
    expect(choices).toEqual([
      { unitName: 'Flyktningtjenesten', people: [people[2]] },
      { unitName: 'Voksenopplæringen', people: [people[1]] },
      { unitName: 'NAV Lørenskog', people: [people[3]] },
      { unitName: 'Karrieresenteret', people: [people[4]] },
    ]);
  });

  it('gives nothing when everyone is already a member', () => {
    const all = people.map((p) => member(p.id, p.name, p.unitId));
    expect(availablePeople(people, all, units)).toEqual([]);
  });
});

describe('leaderOf', () => {
  it('finds the member who leads the process, or none', () => {
    expect(leaderOf([member('a', 'A', 'ft'), member('b', 'B', 'vo', true)])?.personId).toBe('b');
    expect(leaderOf([member('a', 'A', 'ft')])).toBeNull();
  });
});
