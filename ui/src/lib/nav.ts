// The screens of the main navigation. New areas (opplæringsplaner, arbeidsgivere, de sju stegene)
// are added here and in `App.svelte`'s screen switch; the rest of the frame follows.

import { strings } from './strings';

export type ScreenId =
  | 'arbeidsgruppe'
  | 'steg'
  | 'moter'
  | 'arshjul'
  | 'arbeidsgivere'
  | 'kravspesifikasjoner'
  | 'deltakere'
  | 'opplaeringsplaner'
  | 'maler'
  | 'innstillinger';

export interface NavEntry {
  id: ScreenId;
  label: string;
  /** `data-testid` of the navigation link, for the end-to-end tests. */
  testId: string;
  icon: 'group' | 'steps' | 'meeting' | 'wheel' | 'employer' | 'spec' | 'person' | 'plan' | 'template' | 'settings';
  /** Shown apart from the work screens, at the bottom of the navigation. */
  secondary?: boolean;
}

export const NAV: readonly NavEntry[] = [
  { id: 'arbeidsgruppe', label: strings.nav.arbeidsgruppe, testId: 'nav-arbeidsgruppe', icon: 'group' },
  { id: 'steg', label: strings.nav.steg, testId: 'nav-steg', icon: 'steps' },
  { id: 'moter', label: strings.nav.moter, testId: 'nav-moter', icon: 'meeting' },
  { id: 'arshjul', label: strings.nav.arshjul, testId: 'nav-arshjul', icon: 'wheel' },
  { id: 'arbeidsgivere', label: strings.nav.arbeidsgivere, testId: 'nav-arbeidsgivere', icon: 'employer' },
  {
    id: 'kravspesifikasjoner',
    label: strings.nav.kravspesifikasjoner,
    testId: 'nav-kravspesifikasjoner',
    icon: 'spec',
  },
  { id: 'deltakere', label: strings.nav.deltakere, testId: 'nav-deltakere', icon: 'person' },
  {
    id: 'opplaeringsplaner',
    label: strings.nav.opplaeringsplaner,
    testId: 'nav-opplaeringsplaner',
    icon: 'plan',
  },
  { id: 'maler', label: strings.nav.maler, testId: 'nav-maler', icon: 'template' },
  {
    id: 'innstillinger',
    label: strings.nav.innstillinger,
    testId: 'nav-innstillinger',
    icon: 'settings',
    secondary: true,
  },
];

export const DEFAULT_SCREEN: ScreenId = 'arbeidsgruppe';

/** `#/innstillinger` → `innstillinger`; anything unknown gives the default screen. */
export function screenFromHash(hash: string): ScreenId {
  const id = hash.replace(/^#\/?/, '').split(/[/?]/)[0].toLowerCase();
  return NAV.find((e) => e.id === id)?.id ?? DEFAULT_SCREEN;
}

/** `#/kravspesifikasjoner/ID` → `ID`: the record a screen should open, if the hash names one. */
export function detailFromHash(hash: string): string | null {
  const parts = hash.replace(/^#\/?/, '').split('?')[0].split('/');
  return parts[1] ? decodeURIComponent(parts[1]) : null;
}

/** `#/arbeidsgivere`, or `#/arbeidsgivere/ID` to open one record there. */
export function hashFor(id: ScreenId, detail?: string): string {
  return detail ? `#/${id}/${encodeURIComponent(detail)}` : `#/${id}`;
}
