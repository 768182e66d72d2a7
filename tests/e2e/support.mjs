// What every end-to-end file shares: where the app and the CLI are, a fresh app-data folder, the
// axe-core scan, screenshots for the README, keys pressed as a user presses them, where focus is,
// and answering the confirmation dialog.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setTimeout as sleep } from 'node:timers/promises';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const app = process.env.STEGVIS_APP ?? join(root, 'target', 'release', 'stegvis-app');
export const cli = join(dirname(app), 'stegvis');
/** Set by `./dev screenshots`: the folder to save the README pictures in. */
export const shots = process.env.STEGVIS_SCREENSHOTS;

/** A new, empty home and app-data folder, and the environment that makes the app use them. */
export function freshHome(prefix) {
  const home = mkdtempSync(join(tmpdir(), prefix));
  const dataHome = join(home, 'data');
  const env = { ...process.env, XDG_DATA_HOME: dataHome, HOME: home };
  delete env.STEGVIS_DB;
  return { home, dataHome, env, database: join(dataHome, 'no.stegvis.app', 'stegvis.sqlite') };
}

const axeSource = readFileSync(join(root, 'ui', 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');

/** Runs axe-core on the page and fails on serious or critical findings. */
export async function axeScan(s, screen) {
  await s.execute(axeSource);
  const violations = await s.executeAsync(`
    const done = arguments[arguments.length - 1];
    axe.run(document, { resultTypes: ['violations'] })
      .then(r => done(r.violations.map(v => ({ id: v.id, impact: v.impact, help: v.help,
         nodes: v.nodes.map(n => n.target.join(' ')).slice(0, 5) }))))
      .catch(e => done([{ id: 'axe-failed', impact: 'critical', help: String(e), nodes: [] }]));
  `);
  const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  assert.deepEqual(serious, [], `axe on ${screen}: ${JSON.stringify(serious, null, 1)}`);
}

/**
 * Saves a screenshot when `shots` is set. With `calm`, focus is taken away and the page
 * scrolled to the top, or to `scrollTo` (a CSS selector), first.
 */
export async function shoot(s, name, { calm = false, scrollTo = null } = {}) {
  if (!shots) return;
  mkdirSync(shots, { recursive: true });
  if (calm) {
    await s.execute(
      `document.activeElement?.blur(); window.scrollTo(0, 0);
       const el = arguments[0] && document.querySelector(arguments[0]);
       if (el) el.scrollIntoView({ block: 'start' });`,
      [scrollTo],
    );
    await sleep(300);
  }
  writeFileSync(join(shots, name), await s.screenshot());
}

/** WebDriver key codes. */
export const KEY = {
  tab: '\uE004',
  control: '\uE009',
  alt: '\uE00A',
  enter: '\uE007',
  escape: '\uE00C',
  space: '\uE00D',
  end: '\uE010',
  home: '\uE011',
  left: '\uE012',
  up: '\uE013',
  right: '\uE014',
  down: '\uE015',
  delete: '\uE017',
  f2: '\uE032',
};

/**
 * Presses keys, or types text, on whatever has focus, as a user at the keyboard does. An array
 * is a chord, e.g. `[KEY.alt, KEY.down]`.
 */
export async function press(s, ...keys) {
  const actions = [];
  for (const k of keys) {
    if (Array.isArray(k)) {
      for (const part of k) actions.push({ type: 'keyDown', value: part });
      for (const part of [...k].reverse()) actions.push({ type: 'keyUp', value: part });
    } else {
      for (const ch of [...k]) actions.push({ type: 'keyDown', value: ch }, { type: 'keyUp', value: ch });
    }
  }
  await s.req('POST', '/actions', { actions: [{ type: 'key', id: 'keyboard', actions }] });
  await s.req('DELETE', '/actions');
}

/** The focused element's test id (else its tag name), and its id. */
export const activeTestId = (s) => s.execute('return document.activeElement?.dataset?.testid ?? document.activeElement?.tagName');
export const activeId = (s) => s.execute('return document.activeElement?.id ?? null');

/** Waits for the confirmation dialog saying `texts` (one or several), and answers it. */
export async function answerConfirm(s, texts, ok = true) {
  const wanted = [texts].flat();
  await s.until(`the dialog says ${wanted.join(' … ')}`, async () =>
    s.execute(
      `const d = document.querySelector('[data-testid="confirm-dialog"]');
       return !!d?.open && arguments[0].every((t) => d.textContent.includes(t));`,
      [wanted],
    ),
  );
  // The dialog slides in (300 ms); a click during the slide can miss the button.
  await s.until('the dialog has settled', () =>
    s.execute(`return document.querySelector('[data-testid="confirm-dialog"]').getAnimations().every((a) => a.playState !== 'running')`),
  );
  await sleep(100);
  await (await s.byTestId(ok ? 'confirm-ok' : 'confirm-cancel')).click();
  await s.until('the dialog is closed', () => s.execute(`return !document.querySelector('[data-testid="confirm-dialog"]').open`));
}
