// End-to-end: De sju stegene in the real Stegvis window, on a fresh app-data folder. The leader
// sets up three people and a working group (with one unit missing at first, which the overview
// points out), ticks two items of "Før dere setter i gang", opens step 1 and fills in 1.1: a row
// without its source is stopped at that field and nothing is saved, then two valid rows, moved
// with Alt+arrows, one removed and put back with "Angre", one edited. The lines of work are
// offered in 1.2 and in step 2's 2.2; a line of work picked in 1.2 cannot be removed from 1.1
// (said in its row). A bad date in the roles matrix is stopped at its field. A follow-up of step 1
// is carried over to step 2. The step is marked done with the roles matrix missing: the
// confirmation lists what is missing, and the step then shows who marked it done, when, and what
// was missing; it prints. After a restart everything is still there; the step is reopened and
// step 4's 4.1 checklist is ticked. axe-core scans the overview and step pages; screenshots at
// 1280 × 800.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';
import { shots, axeScan, shoot, KEY, press, activeTestId, answerConfirm, appUnderTest, text, count, typeInto, printTo } from './support.mjs';

const { home, inApp } = appUnderTest({ prefix: 'stegvis-e2e-steg-', port: 4494 });

const heading = async (s) => (await s.find('#screen-title')).text();

const people = [
  { name: 'Åse Berg', unit: 'Flyktningtjenesten', role: 'Programrådgiver' },
  { name: 'Zahra Ahmadi', unit: 'Voksenopplæringen', role: 'Lærer' },
  { name: 'Øystein Lie', unit: 'Nav', role: 'Nav-veileder' },
];
const groupName = 'Arbeidsrettet løp butikk 2027';
const followUp = 'Hente tall fra Navs bedriftsundersøkelse';

/** dd.mm.åååå of today, as the core writes the date a step was done. */
function today() {
  const d = new Date();
  const pad = (n) => String(n).padStart(2, '0');
  return `${pad(d.getDate())}.${pad(d.getMonth() + 1)}.${d.getFullYear()}`;
}

/** The section of tool `key` ("1.1"), and a CSS selector inside it. */
const tool = (key, inner = '') => `[data-testid="tool-section"][data-tool="${key}"] ${inner}`.trim();
/** The add form of tool `key`. */
const addForm = (key, inner = '') => tool(key, `[data-testid="toolrow-form"] ${inner}`);

async function addPerson(s, { name, unit, role }) {
  await (await s.byTestId('person-name')).replace(name);
  await (await s.byTestId('person-unit')).choose(unit);
  await (await s.byTestId('person-role')).choose(role);
  await (await s.byTestId('person-save')).click();
  await s.until(`${name} is listed`, async () => (await text(s, 'people-table')).includes(name));
}

async function addMember(s, name) {
  await (await s.byTestId('member-select')).choose(name);
  await (await s.byTestId('member-add')).click();
  await s.until(`${name} is a member`, async () => (await text(s, 'members-table')).includes(name));
}

/** Opens tool `key` unless it is open. */
async function openTool(s, key) {
  const toggle = await s.find(tool(key, '[data-testid="tool-toggle"]'));
  if ((await s.execute(`return document.querySelector(arguments[0]).getAttribute('aria-expanded')`, [tool(key, '[data-testid="tool-toggle"]')])) !== 'true') {
    await toggle.click();
  }
  await s.waitFor(addForm(key));
}

/** The labels a select of the add form of `key` offers for column `column`, without the placeholder. */
const offered = (s, key, column) =>
  s.execute(
    `return [...document.querySelectorAll(arguments[0] + ' option')].filter((o) => o.value).map((o) => o.textContent.trim())`,
    [addForm(key, `[data-testid="tool-field-${column}"]`)],
  );

/** The text of each row of tool `key`. */
const rowTexts = (s, key) =>
  s.execute(`return [...document.querySelectorAll(arguments[0])].map((r) => r.innerText)`, [tool(key, '[data-testid="toolrow-row"]')]);

async function fill(s, key, values) {
  for (const [column, value] of Object.entries(values)) {
    const field = await s.find(addForm(key, `[data-testid="tool-field-${column}"]`));
    const tag = await s.execute(`return document.querySelector(arguments[0]).tagName`, [addForm(key, `[data-testid="tool-field-${column}"]`)]);
    if (tag === 'SELECT') await field.choose(value);
    else await field.replace(value);
  }
}

async function addRow(s, key, values) {
  const before = (await rowTexts(s, key)).length;
  await fill(s, key, values);
  await (await s.find(addForm(key, '[data-testid="toolrow-add"]'))).click();
  await s.until(`a row is added to ${key}`, async () => (await rowTexts(s, key)).length === before + 1);
}

async function openStep(s, n) {
  await s.execute(`location.hash = arguments[0]`, [`#/steg/${n}`]);
  await s.until(`step ${n} is shown`, async () =>
    (await s.execute(`return document.querySelector('[data-testid="step-page"]')?.dataset.step`)) === String(n) &&
    (await heading(s)).startsWith(`Steg ${n}: `));
}

test('the group ticks "Før dere setter i gang", fills in step 1 and marks it done with something missing', async () => {
  await inApp({ width: 1280, height: 800 }, async (s) => {

    // ---- people in the three units, the current user, and a group with two of them
    await (await s.byTestId('nav-innstillinger')).click();
    for (const p of people) await addPerson(s, p);
    const userSelect = await s.byTestId('current-user-select');
    await userSelect.choose(people[0].name);
    await s.until('the person is chosen', async () =>
      (await s.execute(`const el = document.querySelector('[data-testid="current-user-select"]'); return el.options[el.selectedIndex]?.text`))
        ?.startsWith(people[0].name),
    );
    await (await s.byTestId('current-user-save')).click();
    await s.until('the current user is saved', async () => (await text(s, 'current-user-status')) !== '');

    await (await s.byTestId('nav-arbeidsgruppe')).click();
    await (await s.byTestId('group-name-input')).replace(groupName);
    await (await s.byTestId('group-create')).click();
    await s.until('the group is listed', async () => (await text(s, 'group-list')).includes(groupName));
    for (const p of people.slice(0, 2)) await addMember(s, p.name);

    // ---- the overview: Nav is missing; the seven steps, step 1 current
    await (await s.byTestId('nav-steg')).click();
    await s.byTestId('steps-overview');
    assert.match(await text(s, 'missing-units-warning'), /Ingen fra Nav er med i arbeidsgruppen/);
    assert.equal(await count(s, '[data-testid="step-item"]'), 7);
    const first = '[data-testid="step-item"][data-step="1"]';
    assert.equal(await s.execute(`return document.querySelector(arguments[0]).getAttribute('aria-current')`, [first]), 'step');
    assert.match(await (await s.find(`${first} [data-testid="step-estimate"]`)).text(), /3 t 30 min/);
    assert.equal(await (await s.find(`${first} [data-testid="step-state"]`)).text(), 'Ikke startet');
    assert.equal(await (await s.find(`${first} [data-testid="step-documents"]`)).text(), '0 av 3 dokumenter');

    // Two items of "Før dere setter i gang", the second by keyboard.
    await s.until('the checklist is loaded', async () => (await count(s, '[data-testid="checklist-entry"]')) >= 2);
    const total = await count(s, '[data-testid="checklist-entry"]');
    await (await s.find('[data-testid="checklist-entry"]:nth-child(1) [data-testid="checklist-done"]')).click();
    await s.until('one is ticked', async () => (await text(s, 'checklist-progress')) === `1 av ${total} avklart`);
    await s.execute(`document.querySelector('[data-testid="checklist-entry"]:nth-child(2) [data-testid="checklist-done"]').focus()`);
    await press(s, KEY.space);
    await s.until('two are ticked', async () => (await text(s, 'checklist-progress')) === `2 av ${total} avklart`);
    await axeScan(s, 'De sju stegene (oversikt)');

    // The third unit joins; the warning goes.
    await (await s.byTestId('nav-arbeidsgruppe')).click();
    await addMember(s, people[2].name);
    await (await s.byTestId('nav-steg')).click();
    await s.byTestId('steps-overview');
    assert.equal(await count(s, '[data-testid="missing-units-warning"]'), 0);
    await shoot(s, 'steg-oversikt.png', { calm: true });

    // ---- step 1 from its link; 1.1 is open as the first tool not filled in
    await (await s.find(`${first} [data-testid="step-link"]`)).click();
    await s.until('step 1 is open', async () => (await s.execute('return location.hash')) === '#/steg/1');
    await s.until('the heading names the step', async () => /^Steg 1: /.test(await heading(s)));
    assert.equal(await activeTestId(s), 'H1', 'focus moves to the step heading');
    assert.equal(await count(s, '[data-testid="step-earlier-notice"]'), 0, 'step 1 has no earlier step');
    await s.waitFor(addForm('1.1'));

    // A row without its source: stopped at that field, nothing saved.
    await fill(s, '1.1', { enhet: 'Nav', bransje: 'Butikk', behov: 'Stort behov' });
    await (await s.find(addForm('1.1', '[data-testid="toolrow-add"]'))).click();
    await s.until('the source is asked for', async () =>
      (await (await s.find(addForm('1.1', '[data-testid="field-error-kilde"]'))).text()) === 'Kilde må fylles ut.',
    );
    assert.equal(await s.execute('return document.activeElement.dataset.testid'), 'tool-field-kilde');
    assert.equal((await rowTexts(s, '1.1')).length, 0, 'nothing was saved');
    assert.equal(await (await s.find(addForm('1.1', '[data-testid="tool-field-bransje"]'))).value(), 'Butikk', 'what was typed stays');

    await press(s, 'NAVs bedriftsundersøkelse');
    await s.until('the message goes', async () => (await count(s, addForm('1.1', '[data-testid="field-error-kilde"]'))) === 0);
    await (await s.find(addForm('1.1', '[data-testid="toolrow-add"]'))).click();
    await s.until('the row is listed', async () => (await rowTexts(s, '1.1')).length === 1);
    assert.match((await rowTexts(s, '1.1'))[0], /Enhet\s+Nav[\s\S]*Bransje\/yrke\s+Butikk[\s\S]*Behov\s+Stort behov/);
    assert.equal(
      await (await s.find(addForm('1.1', '[data-testid="tool-field-enhet"]'))).value() !== '',
      true,
      'the unit is kept for the next row',
    );
    await addRow(s, '1.1', { bransje: 'Renhold', behov: 'Noe behov', kilde: 'Samtaler med arbeidsgivere' });
    assert.equal(await (await s.find(tool('1.1', '[data-testid="tool-detail"]'))).text(), '2 rader');

    // Alt+ArrowDown on the first row moves it; focus stays on it.
    await s.execute(`document.querySelector(arguments[0]).focus()`, [tool('1.1', '[data-testid="toolrow-row"]')]);
    await press(s, [KEY.alt, KEY.down]);
    await s.until('Renhold is first', async () => (await rowTexts(s, '1.1'))[0].includes('Renhold'));
    assert.equal(await activeTestId(s), 'toolrow-row');
    await press(s, [KEY.alt, KEY.up]);
    await s.until('Butikk is first again', async () => (await rowTexts(s, '1.1'))[0].includes('Butikk'));

    // ---- 1.2 offers the lines of work from 1.1
    await openTool(s, '1.2');
    assert.deepEqual(await offered(s, '1.2', 'bransje'), ['Butikk', 'Renhold']);
    await addRow(s, '1.2', { bransje: 'Butikk', aktuell: 'Ja', oppgaver: 'Varepåfylling, kasse og renhold i butikken' });

    // A line of work picked in 1.2 is not removed from 1.1: said in its row.
    const butikkRow = `//*[@data-testid="tool-section"][@data-tool="1.1"]//*[@data-testid="toolrow-row"][contains(., "Butikk")]`;
    await (await s.findXPath(`${butikkRow}//*[@data-testid="toolrow-remove"]`)).click();
    await s.until('the refusal is shown', async () => (await count(s, tool('1.1', '[data-testid="toolrow-refusal"]'))) === 1);
    assert.match(await (await s.find(tool('1.1', '[data-testid="toolrow-refusal"]'))).text(), /Raden er valgt i 1\.2/);
    assert.equal((await rowTexts(s, '1.1')).length, 2);

    // Renhold is not picked anywhere: removed, then put back with "Angre".
    const renholdRow = `//*[@data-testid="tool-section"][@data-tool="1.1"]//*[@data-testid="toolrow-row"][contains(., "Renhold")]`;
    await (await s.findXPath(`${renholdRow}//*[@data-testid="toolrow-remove"]`)).click();
    await s.until('Renhold is removed', async () => (await rowTexts(s, '1.1')).length === 1);
    assert.equal(await activeTestId(s), 'toolrow-undo');
    await press(s, KEY.enter);
    await s.until('Renhold is back', async () => (await rowTexts(s, '1.1')).length === 2);
    assert.match(await (await s.find(tool('1.1', '[data-testid="toolrow-status"]'))).text(), /«Renhold» er lagt tilbake/);

    // Edited in its row: the form takes the cursor, and the change is shown after saving.
    await (await s.findXPath(`${renholdRow}//*[@data-testid="toolrow-edit"]`)).click();
    const editForm = tool('1.1', '[data-testid="toolrow-edit-form"]');
    await s.waitFor(editForm);
    assert.equal(await activeTestId(s), 'tool-field-enhet');
    await (await s.find(`${editForm} [data-testid="tool-field-kilde"]`)).replace('Samtaler med arbeidsgivere i regionen');
    await (await s.find(`${editForm} [data-testid="toolrow-save"]`)).click();
    await s.until('the change is shown', async () => (await rowTexts(s, '1.1'))[1].includes('Samtaler med arbeidsgivere i regionen'));
    assert.equal(await count(s, editForm), 0);
    assert.match(await (await s.find(tool('1.1', '[data-testid="toolrow-status"]'))).text(), /Endringen er lagret/);
    assert.equal(await activeTestId(s), 'toolrow-row', 'focus is back on the row');

    // ---- the roles matrix: a date that does not exist is stopped at its field
    await openTool(s, '1.3');
    assert.match(await (await s.find(tool('1.3', '[data-testid="tool-toggle"]'))).text(), /1\.3 Roller og ansvarsfordeling/);
    await fill(s, '1.3', { oppgave: 'Samle enhetenes lister', ansvarlig: 'Flyktningtjenesten', frist: '31.02.2027' });
    await (await s.find(addForm('1.3', '[data-testid="toolrow-add"]'))).click();
    await s.until('the date is refused', async () =>
      (await (await s.find(addForm('1.3', '[data-testid="field-error-frist"]'))).text()).includes('«31.02.2027» er ikke en gyldig dato'),
    );
    assert.equal((await rowTexts(s, '1.3')).length, 0, 'nothing was saved');
    // Left unsaved: the step is marked done without its roles matrix.
    await (await s.find(addForm('1.3', '[data-testid="tool-field-frist"]'))).clear();

    // ---- a follow-up of step 1 that came up outside a meeting, added on the step page
    await (await s.byTestId('step-followup-add')).click();
    await s.until('the follow-up form takes the cursor', async () => (await activeTestId(s)) === 'follow-up-what');
    await typeInto(s, 'follow-up-what', followUp);
    await shoot(s, 'steg-1-oppfolging.png');
    await (await s.byTestId('follow-up-save')).click();
    await s.until('it is listed', async () => (await count(s, '[data-testid="followup-row"]')) === 1);
    assert.match(await text(s, 'followups-status'), /lagt til/);
    await s.execute(`location.hash = '#/steg'`);
    await s.byTestId('steps-overview');
    assert.equal(await (await s.find(`${first} [data-testid="step-followups"]`)).text(), '1 åpent oppfølgingspunkt');
    await openStep(s, 1);
    assert.match(await text(s, 'followup-row'), new RegExp(`${followUp}[\\s\\S]*Ingen ansvarlig[\\s\\S]*Åpen`));
    assert.match(await text(s, 'followup-warning'), /ansvarlig/i);
    assert.match(await text(s, 'step-missing'), /1 oppfølgingspunkt er verken utført eller overført/);
    // Carried over to step 2: no longer keeps step 1 from being done.
    await (await s.byTestId('followup-carry-select')).choose('Steg 2');
    await (await s.byTestId('followup-carry')).click();
    await s.until('it is carried over', async () => (await text(s, 'followup-status')) === 'Overført til steg 2');
    assert.equal(await text(s, 'followups-status'), `«${followUp}» er overført til steg 2.`);
    assert.equal(await activeTestId(s), 'followup-reopen');
    assert.equal(await count(s, '[data-testid="step-missing"]'), 0);

    // ---- step 2: the lines of work from 1.1 in 2.2; the measures from 2.1 are not there yet
    await openStep(s, 2);
    assert.match(await text(s, 'step-earlier-notice'), /^Steg 1 er ikke ferdig\. Dere kan jobbe med flere steg samtidig/);
    assert.match(await text(s, 'followup-row'), new RegExp(`${followUp}[\\s\\S]*Overført fra steg 1`));
    await openTool(s, '2.2');
    assert.deepEqual(await offered(s, '2.2', 'bransje'), ['Butikk', 'Renhold']);
    assert.match(await s.execute(`return document.querySelector(arguments[0]).textContent`, [addForm('2.2')]), /Legg inn tiltak i 2\.1 først\./);
    await axeScan(s, 'Steg 2');

    // ---- back to step 1: marked done with 1.3 missing, after confirming
    await (await s.byTestId('steps-back')).click();
    await s.byTestId('steps-overview');
    assert.equal(await (await s.find(`${first} [data-testid="step-state"]`)).text(), 'Pågår');
    assert.equal(await (await s.find(`${first} [data-testid="step-documents"]`)).text(), '2 av 3 dokumenter');
    await openStep(s, 1);
    assert.equal(
      await s.execute(`return document.querySelector('[data-testid="step-document"][data-tool="1.3"]').dataset.present`),
      'false',
      'the roles matrix is marked as missing',
    );
    await axeScan(s, 'Steg 1');
    await shoot(s, 'steg-1.png', { calm: true });
    await shoot(s, 'steg-1-verktoy.png', { calm: true, scrollTo: '[data-testid="step-tools"]' });

    await (await s.byTestId('step-mark-done')).click();
    await answerConfirm(s, ['Markere steg 1 som ferdig?', 'Roller og ansvarsfordeling for steg 1']);
    await s.until('the step is done', async () => (await text(s, 'step-state')) === `Ferdig ${today()}`);
    assert.equal(await text(s, 'step-status'), 'Steg 1 er markert som ferdig.');
    assert.match(await text(s, 'step-done-record'), new RegExp(`Markert som ferdig ${today().replace(/\./g, '\\.')} av Åse Berg\\.`));
    assert.match(await text(s, 'step-done-missing'), /Roller og ansvarsfordeling for steg 1 \(1\.3/);
    assert.equal(await activeTestId(s), 'step-reopen');
    await shoot(s, 'steg-1-ferdig.png', { calm: true });

    // "Skriv ut steg 1": the filled-in tools as PDF.
    const pdf = join(home, 'Steg 1.pdf');
    await printTo(s, pdf, { button: 'step-print', pathTestId: 'step-print-path', errorTestId: 'step-print-error' });
    const printed = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
    assert.match(printed, /Steg 1/);
    assert.match(printed, /Butikk/);
    assert.match(printed, /Renhold/);
    if (shots) execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', '-singlefile', pdf, join(shots, 'utskrift-steg-1')]);

    // Nothing to scroll sideways at 1280 × 800.
    assert.equal(await s.execute('return document.documentElement.scrollWidth > window.innerWidth'), false);
  });
});

test('after a restart the checklist, the rows and the done step are still there', async () => {
  await inApp({ width: 1280, height: 800 }, async (s) => {
    await (await s.byTestId('nav-steg')).click();
    await s.byTestId('steps-overview');
    const first = '[data-testid="step-item"][data-step="1"]';
    await s.until('step 1 is done', async () => (await (await s.find(`${first} [data-testid="step-state"]`)).text()) === `Ferdig ${today()}`);
    assert.equal(
      await s.execute(`return document.querySelector('[data-testid="step-item"][data-step="2"]').getAttribute('aria-current')`),
      'step',
      'step 2 is the current one now',
    );
    // The checklist is still open (not every item ticked) with two ticked.
    await s.until('the checklist is loaded', async () => /^2 av \d+ avklart$/.test(await text(s, 'checklist-progress')));
    const ticked = await s.execute(
      `return [...document.querySelectorAll('[data-testid="checklist-entry"]')].filter((e) => e.querySelector('input[type=checkbox]').checked).length`,
    );
    assert.equal(ticked, 2);

    await openStep(s, 1);
    assert.match(await text(s, 'step-done-record'), /av Åse Berg/);
    assert.match(await text(s, 'step-done-missing'), /1\.3/);
    await openTool(s, '1.1');
    const rows = await rowTexts(s, '1.1');
    assert.equal(rows.length, 2);
    assert.match(rows[0], /Butikk/);
    assert.match(rows[1], /Renhold/);
    await openTool(s, '1.2');
    assert.match((await rowTexts(s, '1.2'))[0], /Bransje\/yrke\s+Butikk[\s\S]*Aktuell for målgruppen\s+Ja/);

    // Reopened after confirming; then "Marker steget som ferdig" is back.
    await (await s.byTestId('step-reopen')).click();
    await answerConfirm(s, 'Åpne steg 1 igjen?');
    await s.until('the step is open again', async () => (await text(s, 'step-state')) === 'Pågår');
    assert.equal(await activeTestId(s), 'step-mark-done');
    assert.equal(await count(s, '[data-testid="step-done-record"]'), 0);

    // Step 4's checklist (4.1) for the process: ticking an item is saved and counted at once.
    await openStep(s, 4);
    assert.match(await text(s, 'step-earlier-notice'), /^Steg 1, 2 og 3 er ikke ferdige\./);
    await s.waitFor(tool('4.1', '[data-testid="checklist-entry"]'));
    await (await s.find(tool('4.1', '[data-testid="checklist-entry"]:nth-child(1) [data-testid="checklist-done"]'))).click();
    await s.until('the tool counts it', async () => /^1 av \d+ punkter avklart$/.test(await (await s.find(tool('4.1', '[data-testid="tool-detail"]'))).text()));
    assert.match(await (await s.find(tool('4.1', '[data-testid="checklist-entry"]'))).text(), /Forslag til forbedring/);
    await axeScan(s, 'Steg 4 (sjekkliste)');

    // A step that does not exist says so.
    await s.execute(`location.hash = '#/steg/9'`);
    await s.until('the message is shown', async () => (await count(s, '[data-testid="step-not-found"]')) === 1);
    await sleep(100);
  });
});
