// The screens of the main navigation. New areas (opplæringsplaner, arbeidsgivere, de sju stegene)
// are added here and in `App.svelte`'s screen switch; the rest of the frame follows.

import { strings } from './strings';

export type ScreenId = 'arbeidsgruppe' | 'deltakere' | 'opplaeringsplaner' | 'maler' | 'innstillinger';

export interface NavEntry {
  id: ScreenId;
  label: string;
  /** `data-testid` of the navigation link, for the end-to-end tests. */
  testId: string;
  icon: 'group' | 'person' | 'plan' | 'template' | 'settings';
  /** Shown apart from the work screens, at the bottom of the navigation. */
  secondary?: boolean;
}

export const NAV: readonly NavEntry[] = [
  { id: 'arbeidsgruppe', label: strings.nav.arbeidsgruppe, testId: 'nav-arbeidsgruppe', icon: 'group' },
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

export function hashFor(id: ScreenId): string {
  return `#/${id}`;
}
