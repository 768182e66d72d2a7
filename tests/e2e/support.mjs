// What every end-to-end file shares: where the app and the CLI are, a fresh app-data folder with
// tauri-driver started on it, the app started anew for each test, reading texts and counting
// elements, the axe-core scan, screenshots for the README, keys pressed and text typed as a user
// does, where focus is, answering the confirmation and save dialogs, and printing to a file.
import { before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setTimeout as sleep } from 'node:timers/promises';
import { Session, startDriver } from './webdriver.mjs';

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

/** Fills a new database at `database` with the demo data (`stegvis demo`). */
export function fillWithDemoData(database) {
  mkdirSync(dirname(database), { recursive: true });
  execFileSync(cli, ['--db', database, 'demo']);
}

/**
 * The app a test file drives: a fresh home (`prefix` names its folder; with `demo`, the database
 * is filled with the demo data first) and tauri-driver on `port`, started before the file's tests
 * and stopped after them. Besides the folders it gives `inApp`, which starts the app for one test:
 * each test starts it anew, so a file's later tests see what a restart shows.
 */
export function appUnderTest({ prefix, port, demo = false }) {
  const folders = freshHome(prefix);
  let driver;
  before(async () => {
    if (demo) fillWithDemoData(folders.database);
    driver = await startDriver({ env: folders.env, port });
  });
  after(() => driver?.stop());

  /**
   * Starts the app (with `args` on its command line), sets the window to `width` × `height` when
   * given, runs `body` with the session and closes the window after, also when `body` fails.
   */
  async function inApp({ width, height, args = [] }, body) {
    const s = await Session.open(driver.base, app, args);
    try {
      if (width) await s.setWindowSize(width, height);
      await body(s);
    } finally {
      await s.close();
    }
  }
  return { ...folders, inApp };
}

/** The text of the element with `testId` as shown, once it is in the page. */
export const text = async (s, testId) => (await s.byTestId(testId)).text();
/** How many elements match `css` now. */
export const count = async (s, css) => (await s.findAll(css)).length;

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

/** Types into the field with `testId` as a user does (emptied, clicked, then keys). */
export async function typeInto(s, testId, value) {
  const el = await s.byTestId(testId);
  await el.clear();
  await el.click();
  await press(s, value);
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

/**
 * Answers the save dialog with `path`: the operating system's dialog cannot be driven. Tauri's
 * IPC sends each command with `fetch` to its own protocol (its functions are frozen, `fetch` is
 * not), so the dialog plugin's "save" is answered here and every other command goes through.
 */
export async function answerSaveDialogWith(s, path) {
  await s.execute(
    `const answer = arguments[0];
     const fetchBefore = window.fetch.bind(window);
     window.fetch = (url, init) =>
       String(url).includes(encodeURIComponent('plugin:dialog|save'))
         ? Promise.resolve(new Response(JSON.stringify(answer), { headers: { 'Tauri-Response': 'ok', 'Content-Type': 'application/json' } }))
         : fetchBefore(url, init);`,
    [path],
  );
}

/**
 * Prints with the button `button`, the save dialog answered with `pdf`. Waits until the screen
 * names the file (`pathTestId`) or says what went wrong (`errorTestId`); fails on the latter, and
 * unless the named file is `pdf` and is there.
 */
export async function printTo(s, pdf, { button, pathTestId, errorTestId }) {
  await answerSaveDialogWith(s, pdf);
  await (await s.byTestId(button)).click();
  await s.until(
    'the print is done',
    async () => (await count(s, `[data-testid="${pathTestId}"], [data-testid="${errorTestId}"]`)) > 0,
    20000,
  );
  const printError = await s.findAll(`[data-testid="${errorTestId}"]`);
  assert.equal(printError.length, 0, printError.length ? await printError[0].text() : '');
  assert.equal(await text(s, pathTestId), pdf);
  assert.ok(existsSync(pdf));
}
