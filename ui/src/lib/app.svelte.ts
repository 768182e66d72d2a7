// State shared by the whole window: reference data loaded at start, the municipality shown in
// the navigation, and the large-text (projector) display choice.

import type { CodeLabel } from './types';

const PROJECTOR_KEY = 'stegvis.storTekst';

export const app = $state({
  municipality: '',
  roles: [] as CodeLabel[],
  unitKinds: [] as CodeLabel[],
  projector: false,
  /** The working group last opened, so it stays open when the user comes back to the screen. */
  selectedGroupId: null as string | null,
});

export function unitKindLabel(code: string): string {
  return app.unitKinds.find((k) => k.code === code)?.label ?? code;
}

/** Large text for projectors: Designsystemet's size mode `lg` on the whole document. */
export function setProjector(on: boolean): void {
  app.projector = on;
  if (on) document.documentElement.dataset.size = 'lg';
  else delete document.documentElement.dataset.size;
  try {
    localStorage.setItem(PROJECTOR_KEY, on ? '1' : '0');
  } catch {
    // Storage may be unavailable; the choice then lasts for this session only.
  }
}

export function restoreProjector(): void {
  let on = false;
  try {
    on = localStorage.getItem(PROJECTOR_KEY) === '1';
  } catch {
    on = false;
  }
  setProjector(on);
}
