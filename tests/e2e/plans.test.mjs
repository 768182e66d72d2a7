// End-to-end: Opplæringsplaner in the real Stegvis window, on a fresh app-data folder filled with
// the demo data (`stegvis demo`). The adviser deletes Amina's plan, makes a new one from the
// butikk template, enters a returned paper checklist by keyboard alone (and times it), sees a
// refused date stay refused, moves on to phase 2 and takes it back, restarts the app and finds
// every tick still there, and prints phase 1 (through the command line: the save dialog cannot
// be driven). axe-core runs on the list and on the plan; serious or critical findings fail.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';
import { cli, shots, axeScan, shoot, KEY, press, appUnderTest, answerConfirm } from './support.mjs';

const { home, database, inApp } = appUnderTest({ prefix: 'stegvis-e2e-plans-', port: 4464, demo: true });

/** The focused grid cell as "row:column" (row 0-based in the grid, column name). */
function focusedCell(s) {
  return s.execute(`
    const el = document.activeElement?.closest('[data-cell]');
    if (!el) return null;
    const rows = [...document.querySelectorAll('[data-testid="grid-row"]')];
    const row = rows.indexOf(el.closest('tr'));
    return row + ':' + el.dataset.testid.replace('cell-', '');
  `);
}

/** What the grid shows (as seen, without screen-reader-only text): per row [text, date, fadder, deltaker, comment]. */
function gridState(s) {
  return s.execute(`
    const seen = (el) => {
      const copy = el.cloneNode(true);
      copy.querySelectorAll('.ds-sr-only').forEach((n) => n.remove());
      return copy.textContent.trim();
    };
    return [...document.querySelectorAll('[data-testid="grid-row"]')].map((tr) => [
      seen(tr.querySelector('[data-testid="cell-task"]')),
      seen(tr.querySelector('[data-testid="cell-done"]')),
      tr.querySelector('[data-testid="cell-mentor"]').getAttribute('aria-checked') === 'true',
      tr.querySelector('[data-testid="cell-participant"]').getAttribute('aria-checked') === 'true',
      seen(tr.querySelector('[data-testid="cell-comment"]')),
    ]);
  `);
}

/** The grid's live region (visually hidden, so WebDriver's element text is empty). */
function liveText(s) {
  return s.execute(`return document.querySelector('[data-testid="grid-live"]').textContent`);
}

function norwegianDate(d) {
  return `${String(d.getDate()).padStart(2, '0')}.${String(d.getMonth() + 1).padStart(2, '0')}.${d.getFullYear()}`;
}

async function openPlanOf(s, name) {
  await (await s.byTestId('nav-opplaeringsplaner')).click();
  await s.until('the plans are listed', async () => (await (await s.byTestId('plans-table')).text()).includes(name));
  await (await s.findXPath(`//*[@data-testid="plan-open"][normalize-space(.)=${JSON.stringify(name)}]`)).click();
  await s.until(`the plan of ${name} is open`, async () =>
    (await (await s.byTestId('plan-heading')).text()).includes(name),
  );
  await s.byTestId('tick-grid');
}

const today = norwegianDate(new Date());
const tomorrow = norwegianDate(new Date(Date.now() + 24 * 3600 * 1000));
const PHASE_1_TASKS = 13;

test('a plan is made from the butikk template and a paper checklist is entered by keyboard', async () => {
  await inApp({ width: 1440, height: 1000 }, async (s) => {
    await (await s.byTestId('nav-opplaeringsplaner')).click();
    await s.until('three demo plans are listed', async () => (await s.findAll('[data-testid="plan-row"]')).length === 3);
    const list = await (await s.byTestId('plans-table')).text();
    assert.match(list, /Amina Yusuf[\s\S]*Matbutikken Sentrum[\s\S]*Fase \d av 3/);
    // Every placement has a plan, so the form says where new placements are made.
    assert.match(await (await s.byTestId('plan-no-placements')).text(), /Deltakere/);
    await axeScan(s, 'Opplæringsplaner (liste)');

    // Delete Amina's demo plan; her placement is free again.
    await openPlanOf(s, 'Amina Yusuf');
    await (await s.byTestId('plan-delete')).click();
    await answerConfirm(s, 'Amina Yusuf');
    await s.until('the list says it was deleted', async () =>
      /Opplæringsplanen for Amina Yusuf er slettet/.test(await (await s.byTestId('plans-status')).text()),
    );
    assert.equal((await s.findAll('[data-testid="plan-row"]')).length, 2);

    // A new plan from the butikk example.
    await (await s.byTestId('plan-create')).click();
    assert.match(await (await s.byTestId('field-error-template')).text(), /Velg en mal/);
    await (await s.byTestId('plan-placement')).choose('Amina Yusuf – Matbutikken Sentrum');
    await (await s.byTestId('plan-template')).choose('Butikkmedarbeider (Butikk) – eksempel');
    await (await s.byTestId('plan-create')).click();
    await s.until('the new plan opens', async () =>
      (await (await s.byTestId('plan-heading')).text()) === 'Opplæringsplan for Amina Yusuf',
    );
    assert.match(await (await s.byTestId('plan-status')).text(), /Opplæringsplanen for Amina Yusuf er laget/);
    const facts = await (await s.byTestId('plan-facts')).text();
    assert.match(facts, /Matbutikken Sentrum/);
    assert.match(facts, /Butikkmedarbeider/);
    assert.match(await (await s.byTestId('phase-total')).text(), new RegExp(`0 av ${PHASE_1_TASKS} arbeidsoppgaver bekreftet`));
    const tabs = await (await s.byTestId('phase-tabs')).text();
    assert.match(tabs, /Fase 1\s*Nåværende fase/);
    const rows = await gridState(s);
    assert.equal(rows.length, PHASE_1_TASKS);

    // Into the grid with Tab from the date field: one cell is in the tab order, the first.
    // The date field is looked up each time: the grid is made anew when the phase changes.
    const date = () => s.byTestId('tick-date');
    assert.equal(await (await date()).value(), today);
    await (await date()).click();
    await press(s, KEY.tab);
    assert.equal(await focusedCell(s), '0:task');

    // The fadder's and the participant's ticks on the first two tasks.
    await press(s, KEY.right, KEY.right);
    assert.equal(await focusedCell(s), '0:mentor');
    await press(s, KEY.space);
    await s.until('the first task is confirmed by the fadder', async () => (await gridState(s))[0][2]);
    assert.equal(await focusedCell(s), '0:mentor', 'focus stays on the cell after the update');
    await s.until('the tick is announced', async () => (await liveText(s)) === `Fadder bekreftet: ${rows[0][0]}`);
    assert.equal((await gridState(s))[0][1], today, 'ticking dated the task');
    await press(s, KEY.right, KEY.space, KEY.down, KEY.space, KEY.left, KEY.space);
    await s.until('two tasks are ticked by both', async () => {
      const g = await gridState(s);
      return g[0][3] && g[1][2] && g[1][3];
    });
    assert.equal(await focusedCell(s), '1:mentor');
    assert.match(await (await s.byTestId('phase-total')).text(), new RegExp(`2 av ${PHASE_1_TASKS} arbeidsoppgaver bekreftet`));

    // A comment, typed straight into the cell; Enter saves it.
    await press(s, KEY.end, KEY.left);
    assert.equal(await focusedCell(s), '1:comment');
    await press(s, 'Går fint med fadder', KEY.enter);
    await s.until('the comment is saved', async () => (await gridState(s))[1][4] === 'Går fint med fadder');
    assert.equal(await focusedCell(s), '1:comment');
    // Escape leaves the editor without saving.
    await press(s, KEY.f2, ' i kassa', KEY.escape);
    assert.equal((await gridState(s))[1][4], 'Går fint med fadder');
    assert.equal(await focusedCell(s), '1:comment');

    // A date in the future is refused at the date field, and nothing changes.
    await (await date()).replace(tomorrow);
    // Enter in the date field goes back into the grid, to the cell last used.
    await press(s, KEY.enter);
    assert.equal(await focusedCell(s), '1:comment');
    await press(s, [KEY.control, KEY.home]);
    await press(s, KEY.down, KEY.down, KEY.right, KEY.right);
    assert.equal(await focusedCell(s), '2:mentor');
    const before = await gridState(s);
    await press(s, KEY.space);
    const refusal = await s.byTestId('field-error-doneOn');
    assert.match(await refusal.text(), /Datoen kan ikke være etter i dag/);
    assert.deepEqual(await gridState(s), before);
    assert.equal(await focusedCell(s), '2:mentor');
    await (await date()).replace(today);

    // The rest of the returned sheet: every remaining task confirmed by the fadder, timed.
    await (await date()).click();
    await press(s, KEY.tab);
    assert.equal(await focusedCell(s), '2:mentor');
    const started = Date.now();
    for (let i = 2; i < PHASE_1_TASKS; i++) await press(s, KEY.space, KEY.down);
    await s.until('all tasks of phase 1 are confirmed', async () => (await gridState(s)).every((r) => r[2]));
    const seconds = (Date.now() - started) / 1000;
    assert.ok(seconds < 30, `entering ${PHASE_1_TASKS - 2} ticks took ${seconds} s`);
    console.log(`${PHASE_1_TASKS - 2} fadder ticks by keyboard in ${seconds.toFixed(1)} s`);
    assert.equal(await focusedCell(s), `${PHASE_1_TASKS - 1}:mentor`);

    // The phase is complete: the proposal, and moving on with "Angre" after.
    const proposal = await s.byTestId('proposal');
    assert.match(await proposal.text(), /Deltakeren kan gå videre til fase 2/);
    await s.until('the proposal is announced', async () => /Fadderen har bekreftet alle arbeidsoppgavene i fase 1/.test(await liveText(s)));
    await axeScan(s, 'Opplæringsplan med forslag');
    const pass = await s.byTestId('proposal-pass');
    assert.equal(await pass.text(), 'Gå videre til fase 2');
    await (await s.byTestId('proposal-date')).replace(tomorrow);
    await pass.click();
    assert.match(await (await s.byTestId('field-error-passedOn')).text(), /Datoen kan ikke være etter i dag/);
    await (await s.byTestId('proposal-date')).replace(today);
    await (await s.byTestId('proposal-pass')).click();
    await s.until('phase 1 is passed', async () =>
      new RegExp(`Fase 1 er markert som fullført ${today.replace(/\./g, '\\.')}`).test(await (await s.byTestId('plan-status')).text()),
    );
    assert.match(await (await s.byTestId('phase-tabs')).text(), /Fase 1\s*Fullført/);
    assert.match(await (await s.byTestId('phase-tabs')).text(), /Fase 2\s*Nåværende fase/);
    await (await s.byTestId('pass-undo')).click();
    await s.until('phase 1 is open again', async () => /Fase 1 er åpnet igjen/.test(await (await s.byTestId('plan-status')).text()));
    await s.byTestId('proposal');

    // The first task's history, opened from its row by keyboard.
    await (await date()).click();
    await press(s, KEY.tab);
    await press(s, [KEY.control, KEY.home]);
    await press(s, KEY.end, KEY.enter);
    const history = await s.byTestId('task-history');
    const lines = await history.text();
    assert.match(lines, /\d\d\.\d\d\.\d{4} kl\. \d\d:\d\d – .+ – Deltaker bekreftet/);
    assert.match(lines, /Fadder bekreftet/);
    assert.ok(lines.indexOf('Deltaker bekreftet') < lines.indexOf('Fadder bekreftet'), 'newest first');
    await press(s, KEY.enter);
    await s.until('the history closes', async () => (await s.findAll('[data-testid="task-history"]')).length === 0);

    // Delete clears a tick; Space on the date cell clears and sets the date.
    await press(s, KEY.home, KEY.down, KEY.down, KEY.down, KEY.right, KEY.right, KEY.right);
    assert.equal(await focusedCell(s), '3:participant');
    await press(s, KEY.space);
    await s.until('the participant ticked row 4', async () => (await gridState(s))[3][3]);
    await press(s, KEY.delete);
    await s.until('Delete took the tick away', async () => !(await gridState(s))[3][3]);
    await press(s, KEY.left, KEY.left);
    assert.equal(await focusedCell(s), '3:done');
    assert.equal((await gridState(s))[3][1], today);
    await press(s, KEY.space);
    await s.until('Space cleared the date', async () => (await gridState(s))[3][1] === '–');
    await press(s, KEY.space);
    await s.until('Space set the date again', async () => (await gridState(s))[3][1] === today);
    // Enter opens the date editor; a date before the placement started is refused there.
    await press(s, KEY.enter, '01.01.2020', KEY.enter);
    assert.match(await (await s.byTestId('grid-editor-error')).text(), /før praksisperioden startet/);
    await press(s, KEY.escape);
    assert.equal((await gridState(s))[3][1], today);
    assert.equal(await focusedCell(s), '3:done');

    // "Tilpass planen": the shared outline editor on this plan. A removed task comes back with
    // "Angre", ticks and all.
    await (await s.byTestId('plan-view-adjust')).click();
    await s.byTestId('outline-editor');
    await axeScan(s, 'Opplæringsplan, tilpass');
    await (await s.byTestId('task-remove')).click();
    await s.until('the task is removed', async () => /er fjernet/.test(await (await s.byTestId('task-status')).text()));
    await (await s.byTestId('task-undo')).click();
    await s.until('the task is back', async () => /er lagt tilbake/.test(await (await s.byTestId('task-status')).text()));
    await (await s.byTestId('plan-view-tick')).click();
    await s.byTestId('tick-grid');
    assert.equal((await gridState(s)).length, PHASE_1_TASKS);

    await axeScan(s, 'Opplæringsplan');
    if (shots) {
      // Partly ticked: take back the last few fadder ticks so the picture shows work in progress.
      await (await date()).click();
      await press(s, KEY.tab);
      await press(s, [KEY.control, KEY.home]);
      for (let i = 0; i < 6; i++) await press(s, KEY.down);
      await press(s, KEY.right, KEY.right);
      for (let i = 6; i < PHASE_1_TASKS; i++) await press(s, KEY.delete, KEY.down);
      await s.until('seven tasks left unconfirmed', async () => (await gridState(s)).filter((r) => !r[2]).length === 7);
      for (let i = 0; i < 8; i++) await press(s, KEY.up);
      await s.execute("document.querySelector('[data-testid=\"phase-tabs\"]').scrollIntoView({ block: 'start' }); window.scrollBy(0, -24)");
      await sleep(300);
      await shoot(s, 'opplaeringsplan.png');
    }

    // The print panel offers the choices; the save dialog itself is the operating system's.
    await (await s.byTestId('plan-print')).click();
    const panel = await s.byTestId('print-panel');
    assert.match(await panel.text(), /Denne fasen \(fase 1\)[\s\S]*Hele planen[\s\S]*Status \(med det som er registrert\)[\s\S]*Blankt skjema \(fylles ut for hånd\)/);
    await axeScan(s, 'Opplæringsplan, utskrift');
    await press(s, KEY.escape);
    await s.until('the print panel closes', async () => (await s.findAll('[data-testid="print-panel"]')).length === 0);

    // The whole plan's history, newest first.
    await (await s.byTestId('plan-view-history')).click();
    const all = await (await s.byTestId('plan-history-table')).text();
    assert.match(all, /Planen ble laget fra malen «Butikkmedarbeider»/);
    assert.match(all, /Fasen ble åpnet igjen/);
    await axeScan(s, 'Opplæringsplan, historikk');
  });
});

test('after a restart the ticks are still there, and phase 1 prints', async () => {
  let ticked;
  await inApp({}, async (s) => {
    await openPlanOf(s, 'Amina Yusuf');
    const rows = await gridState(s);
    ticked = rows.filter((r) => r[2]).length;
    assert.ok(ticked >= 6, `fadder ticks kept: ${ticked}`);
    assert.deepEqual(rows[0].slice(1, 4), [today, true, true]);
    assert.equal(rows[1][4], 'Går fint med fadder');
    assert.match(await (await s.byTestId('phase-total')).text(), new RegExp(`${ticked} av ${PHASE_1_TASKS} arbeidsoppgaver bekreftet`));
  });
  const plans = execFileSync(cli, ['--db', database, 'list', 'plans'], { encoding: 'utf8' });
  const line = plans.split('\n').find((l) => l.includes('Amina Yusuf'));
  assert.ok(line, plans);
  const id = line.split('\t')[0];
  const pdf = join(home, 'Opplæringsplan - Amina Yusuf - fase 1.pdf');
  execFileSync(cli, ['--db', database, 'pdf', 'opplaeringsplan', '--plan', id, '--phase', '1', '--out', pdf]);
  assert.ok(existsSync(pdf));
  assert.equal(readFileSync(pdf).subarray(0, 5).toString(), '%PDF-');
  const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
  assert.match(text, /Amina Yusuf/);
  assert.match(text, /Går fint med fadder/);
  if (shots) {
    execFileSync('pdftoppm', ['-png', '-r', '80', '-f', '1', '-l', '1', '-singlefile', pdf, join(shots, 'utskrift-opplaeringsplan')]);
  }
});
