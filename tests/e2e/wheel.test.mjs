// End-to-end: Årshjul in the real Stegvis window, on a fresh app-data folder. A working group
// opens its empty annual wheel, starts from the municipality's fixed budget and accounting dates
// (they appear in the list and as arcs in the chart), tries to add an activity without a month
// (the months field says so and nothing is saved), adds intake in January and August with the
// refugee service responsible and adult education involved, changes it, removes it and puts it
// back with "Angre", prints the wheel, restarts the app and finds it all again. axe-core scans the
// empty and the filled screen; serious or critical findings fail.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';
import { shots, axeScan, shoot, KEY, press, activeTestId, activeId, appUnderTest, text, count, printTo } from './support.mjs';

const { home, inApp } = appUnderTest({ prefix: 'stegvis-e2e-arshjul-', port: 4514 });

const activities = (s) => count(s, '[data-testid="wheel-activity"]');
const arcs = (s) => count(s, '[data-testid="wheel-chart"] [data-testid="wheel-arc"]');
const statusText = (s) => s.execute(`return document.querySelector('[data-testid="wheel-status"]')?.textContent.trim() ?? ''`);

/** The activity in the list named `name`, as a CSS selector (by its id). */
async function activityCss(s, name) {
  const id = await s.execute(
    `const li = [...document.querySelectorAll('[data-testid="wheel-activity"]')]
       .find((e) => e.querySelector('[data-testid="wheel-activity-name"]')?.textContent.trim() === arguments[0]);
     return li?.dataset.activityId ?? null;`,
    [name],
  );
  assert.ok(id, `${name} is in the list`);
  return `[data-testid="wheel-activity"][data-activity-id="${id}"]`;
}

/** What one activity's row shows: number, name, months, kind, units (dt → dd) and note. */
const rowFacts = (s, css) =>
  s.execute(
    `const li = document.querySelector(arguments[0]);
     const get = (id) => li.querySelector('[data-testid="' + id + '"]')?.textContent.trim() ?? null;
     const units = Object.fromEntries([...li.querySelectorAll('dl div')].map((d) => [d.querySelector('dt').textContent.trim(), d.querySelector('dd').textContent.trim()]));
     return { number: li.querySelector('[data-testid="wheel-activity-number"] [aria-hidden]').textContent.trim(),
              name: get('wheel-activity-name'), months: get('wheel-activity-months'), kind: get('wheel-activity-kind'),
              fixed: !!li.querySelector('[data-testid="wheel-fixed-tag"]'), units, note: get('wheel-activity-note') };`,
    [css],
  );

/**
 * Ticks or unticks a box from the keyboard (focus, Space). In the edit form, low in a long list,
 * WebKit's driver can press the mouse on a box and release it beside it; the keyboard is exact.
 */
async function toggleBox(s, css) {
  await s.execute(`document.querySelector(arguments[0]).focus()`, [css]);
  await press(s, KEY.space);
}
/** Month `m` (1–12) in the activity form. */
const tickMonth = (s, m) => toggleBox(s, `#activity-month-${m}`);
/** `unit` among the involved units. */
const involve = (s, unit) => toggleBox(s, `[data-testid="activity-involved-unit"][data-unit="${unit}"]`);

const groupName = 'Kvalifisering Lørenskog 2027';
const intake = 'Inntak til introduksjonsprogrammet';
const note = 'Nye deltakere starter etter skolestart og etter nyttår.';

test('a working group builds its annual wheel from the fixed dates and adds intake', async () => {
  await inApp({ width: 1440, height: 1000 }, async (s) => {
    await (await s.byTestId('nav-arbeidsgruppe')).click();
    await (await s.byTestId('group-name-input')).replace(groupName);
    await (await s.byTestId('group-create')).click();
    await s.until('the group is listed', async () => (await text(s, 'group-list')).includes(groupName));

    // ---- the empty wheel: three empty rings and the offer to start from the fixed dates
    await (await s.byTestId('nav-arshjul')).click();
    await s.until('the empty wheel says so', async () => (await text(s, 'wheel-empty')).includes('Årshjulet er tomt.'));
    assert.match(await text(s, 'process-picker'), new RegExp(groupName));
    assert.equal(await count(s, '[data-testid="wheel-ring"]'), 3);
    assert.equal(await arcs(s), 0);
    assert.equal(await text(s, 'wheel-rings-caption'), 'Ringene, fra midten og ut: Flyktningtjenesten, Voksenopplæringen og Nav.');
    const label = await s.execute(`return document.querySelector('[data-testid="wheel-chart"]').getAttribute('aria-label')`);
    assert.match(label, /^Årshjul med 0 aktiviteter\. .*januar øverst/);
    assert.equal(await text(s, 'wheel-fixed-dates'), 'Start med kommunens faste budsjett- og regnskapsfrister');
    await axeScan(s, 'Årshjul (tomt)');
    await shoot(s, 'arshjul-tomt.png', { calm: true });

    // ---- the fixed budget and accounting dates: six activities, seven arcs (one has two months apart)
    await (await s.byTestId('wheel-fixed-dates')).click();
    await s.until('the fixed dates are listed', async () => (await activities(s)) === 6);
    assert.equal(await arcs(s), 7);
    assert.equal(await count(s, '[data-testid="wheel-fixed-tag"]'), 6);
    assert.equal(await statusText(s), '6 faste frister er lagt inn.');
    assert.equal(await activeId(s), 'wheel-list-heading', 'focus goes to the list');
    assert.equal(await text(s, 'wheel-count'), '(6 aktiviteter)');
    const first = await rowFacts(s, '[data-testid="wheel-activity"]');
    assert.deepEqual(first, {
      number: '1',
      name: 'Årsregnskapet for fjoråret legges fram',
      months: 'feb',
      kind: 'Regnskap',
      fixed: true,
      units: { Ansvarlig: 'Flyktningtjenesten', 'Utføres av': 'Flyktningtjenesten', Involvert: 'Nav og Voksenopplæringen' },
      note: first.note,
    });
    assert.match(first.note, /22\. februar/);
    assert.match(
      await s.execute(`return document.querySelector('[data-testid="wheel-chart"]').getAttribute('aria-label')`),
      /^Årshjul med 6 aktiviteter\./,
    );
    // All in the refugee service's ring, budget and accounts in their own colours.
    assert.equal(await count(s, '[data-testid="wheel-arc"][data-kind="budget"]'), 4);
    assert.equal(await count(s, '[data-testid="wheel-arc"][data-kind="accounts"]'), 3);
    // The same action, now for what is missing, adds nothing twice.
    assert.equal(await text(s, 'wheel-fixed-dates'), 'Legg inn faste frister som mangler');
    await (await s.byTestId('wheel-fixed-dates')).click();
    await s.until('it says none were missing', async () => (await statusText(s)) === 'Alle de faste fristene står allerede i årshjulet.');
    assert.equal(await activities(s), 6);

    // ---- an activity without a month: the months field says so, nothing is saved
    await (await s.byTestId('wheel-add')).click();
    await s.until('the name field has the cursor', async () => (await activeTestId(s)) === 'activity-name');
    await press(s, intake);
    await (await s.byTestId('activity-kind')).choose('Inntak');
    await (await s.byTestId('activity-responsible')).choose('Flyktningtjenesten');
    await involve(s, 'Voksenopplæringen');
    await (await s.byTestId('activity-save')).click();
    await s.until('the months are pointed out', async () => (await count(s, '[data-testid="field-error-months"]')) === 1);
    assert.equal(await text(s, 'field-error-months'), 'Velg minst én måned.');
    assert.equal(await activeId(s), 'activity-month-1', 'focus goes to the months');
    assert.equal(await activities(s), 6, 'nothing was saved');
    assert.equal(await (await s.byTestId('activity-name')).value(), intake, 'nothing typed is lost');

    // January and August: the message goes as soon as a month is ticked.
    await press(s, KEY.space);
    await s.until('the message goes away', async () => (await count(s, '[data-testid="field-error-months"]')) === 0);
    await tickMonth(s, 8);
    assert.equal(await text(s, 'activity-months-chosen'), 'Valgt: jan og aug');
    await (await s.byTestId('activity-save')).click();
    await s.until('the activity is listed', async () => (await activities(s)) === 7);
    assert.equal(await statusText(s), `${intake} er lagt til.`);
    assert.equal(await arcs(s), 9, 'two arcs: January and August');
    assert.equal(await count(s, '[data-testid="activity-form"]'), 0);
    const intakeCss = await activityCss(s, intake);
    const intakeId = await s.execute(`return document.querySelector(arguments[0]).dataset.activityId`, [intakeCss]);
    assert.equal(await activeId(s), `activity-${intakeId}`, 'focus goes to the new activity');
    assert.deepEqual(await rowFacts(s, intakeCss), {
      number: '1',
      name: intake,
      months: 'jan og aug',
      kind: 'Inntak',
      fixed: false,
      units: { Ansvarlig: 'Flyktningtjenesten', Involvert: 'Voksenopplæringen' },
      note: null,
    });
    assert.equal(await count(s, `[data-testid="wheel-arc"][data-activity-id="${intakeId}"][data-kind="intake"]`), 2);

    // Focus in the list highlights the activity in the chart.
    await s.execute(`document.querySelector(arguments[0] + ' [data-testid="wheel-activity-edit"]').focus()`, [intakeCss]);
    await s.until('its arcs are highlighted', async () => (await count(s, `[data-testid="wheel-arc"].on[data-activity-id="${intakeId}"]`)) === 2);
    assert.equal(await count(s, '[data-testid="wheel-arc"].off'), 7, 'the others fade');
    await shoot(s, 'arshjul-markert.png');
    await press(s, KEY.tab, KEY.tab);
    await s.until('the next one is highlighted', async () =>
      (await count(s, `[data-testid="wheel-arc"].on:not([data-activity-id="${intakeId}"])`)) > 0,
    );

    // ---- change it: adult education does it, Nav is involved too, a note
    await (await s.find(`${intakeCss} [data-testid="wheel-activity-edit"]`)).click();
    await s.until('the form has the cursor', async () => (await activeTestId(s)) === 'activity-name');
    assert.equal(await (await s.byTestId('activity-name')).value(), intake);
    // Unticking both months is pointed out at once.
    await tickMonth(s, 1);
    await tickMonth(s, 8);
    await s.until('the months are pointed out', async () => (await count(s, '[data-testid="field-error-months"]')) === 1);
    await tickMonth(s, 1);
    await tickMonth(s, 8);
    await (await s.byTestId('activity-performing')).choose('Voksenopplæringen');
    await involve(s, 'Nav');
    await (await s.byTestId('activity-note')).replace(note);
    await axeScan(s, 'Årshjul (endre aktivitet)');
    await shoot(s, 'arshjul-skjema.png', { calm: true, scrollTo: '[data-testid="activity-form"]' });
    await (await s.byTestId('activity-save')).click();
    await s.until('the change is saved', async () => (await statusText(s)) === `Endringene i ${intake} er lagret.`);
    assert.equal(await activeTestId(s), 'wheel-activity-edit', 'focus is back on "Endre"');
    assert.deepEqual((await rowFacts(s, intakeCss)).units, {
      Ansvarlig: 'Flyktningtjenesten',
      'Utføres av': 'Voksenopplæringen',
      Involvert: 'Nav og Voksenopplæringen',
    });
    assert.equal((await rowFacts(s, intakeCss)).note, note);

    // Escape leaves the form without saving.
    await (await s.find(`${intakeCss} [data-testid="wheel-activity-edit"]`)).click();
    await s.until('the form has the cursor', async () => (await activeTestId(s)) === 'activity-name');
    await press(s, ' (endret)', KEY.escape);
    await s.until('the form is closed', async () => (await count(s, '[data-testid="activity-form"]')) === 0);
    assert.equal(await activeTestId(s), 'wheel-activity-edit');
    assert.equal((await rowFacts(s, intakeCss)).name, intake);

    // ---- remove it, and "Angre"
    await (await s.find(`${intakeCss} [data-testid="wheel-activity-remove"]`)).click();
    await s.until('it is gone', async () => (await activities(s)) === 6);
    assert.equal(await arcs(s), 7);
    assert.match(await statusText(s), new RegExp(`^${intake} er fjernet\\.\\s*Angre$`));
    assert.equal(await activeTestId(s), 'wheel-undo', 'focus goes to "Angre"');
    await press(s, KEY.enter);
    await s.until('it is back', async () => (await activities(s)) === 7);
    assert.equal(await statusText(s), `${intake} er lagt tilbake.`);
    assert.equal(await activeId(s), `activity-${intakeId}`);
    assert.equal((await rowFacts(s, intakeCss)).note, note, 'with everything it had');
    assert.equal(await arcs(s), 9);

    await axeScan(s, 'Årshjul (fylt)');

    // ---- the screen at 1280 × 800, and nothing to scroll sideways
    await s.setWindowSize(1280, 800);
    await sleep(300);
    await shoot(s, 'arshjul.png', { calm: true });
    assert.equal(await s.execute('return document.documentElement.scrollWidth > window.innerWidth'), false);

    // ---- print: one A4 landscape page
    const pdf = join(home, `Årshjul - ${groupName}.pdf`);
    await printTo(s, pdf, { button: 'wheel-print', pathTestId: 'wheel-print-path', errorTestId: 'wheel-print-error' });
    assert.equal(readFileSync(pdf).subarray(0, 5).toString(), '%PDF-');
    const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
    assert.match(info, /^Pages:\s+1$/m);
    const [, w, h] = info.match(/Page size:\s+([\d.]+) x ([\d.]+)/);
    assert.ok(Number(w) > Number(h), `landscape (${w} × ${h})`);
    const printed = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
    assert.match(printed, /Inntak til introduksjonsprogrammet/);
    if (shots) execFileSync('pdftoppm', ['-png', '-r', '60', '-singlefile', pdf, join(shots, 'utskrift-arshjul')]);
  });
});

test('after a restart the wheel is still there, also in the compact layout with large text', async () => {
  await inApp({ width: 1280, height: 800 }, async (s) => {
    await (await s.byTestId('nav-arshjul')).click();
    await s.until('the wheel is loaded', async () => (await activities(s)) === 7);
    assert.equal(await arcs(s), 9);
    const intakeCss = await activityCss(s, intake);
    const facts = await rowFacts(s, intakeCss);
    assert.equal(facts.months, 'jan og aug');
    assert.equal(facts.note, note);
    assert.deepEqual(facts.units, { Ansvarlig: 'Flyktningtjenesten', 'Utføres av': 'Voksenopplæringen', Involvert: 'Nav og Voksenopplæringen' });

    // A narrow window: the compact layout, the chart above the list.
    await s.setWindowSize(1000, 800);
    await s.until('the layout is compact', () => s.execute(`return document.documentElement.dataset.layout === 'compact'`));
    assert.equal(await s.execute('return document.documentElement.scrollWidth > window.innerWidth'), false);
    await shoot(s, 'arshjul-smal.png', { calm: true, scrollTo: '[data-testid="wheel-chart-panel"]' });
    await s.setWindowSize(1280, 800);

    // Large text ("Stor tekst") switches to the compact layout: chart above the list, nothing cut off.
    await s.execute(`localStorage.setItem('stegvis.storTekst', '1')`);
    await s.execute('location.reload()');
    await s.until('the wheel is loaded again', async () => (await activities(s)) === 7, 20000);
    await s.until('the layout is compact', () => s.execute(`return document.documentElement.dataset.layout === 'compact'`));
    assert.equal(await s.execute('return document.documentElement.scrollWidth > window.innerWidth'), false);
    const [chartBottom, listTop] = await s.execute(
      `return [document.querySelector('[data-testid="wheel-chart-panel"]').getBoundingClientRect().bottom,
               document.querySelector('[data-testid="wheel-list-panel"]').getBoundingClientRect().top]`,
    );
    assert.ok(chartBottom <= listTop, 'the list comes under the chart');
    await shoot(s, 'arshjul-stor-tekst.png', { calm: true, scrollTo: '[data-testid="wheel-chart-panel"]' });
    await shoot(s, 'arshjul-stor-tekst-liste.png', { calm: true, scrollTo: '[data-testid="wheel-list-panel"]' });
    await axeScan(s, 'Årshjul (stor tekst)');
    await s.execute(`localStorage.setItem('stegvis.storTekst', '0')`);
  });
});
