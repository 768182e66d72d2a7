// End-to-end: the evaluations of a placement (forms 6.5 and 7.4) in the "Evaluering" view of a
// training plan, in the real Stegvis window on a fresh app-data folder filled with the demo data.
// The adviser opens Amina's plan and starts a follow-up (6.5): a date in the future is refused at
// the date field with the cursor there and nothing saved; with the date of the talk, a choice, the
// 1–10 scale (by arrow keys), two ticks and a text with æøå, it is saved and listed as "5 av 23
// besvart". The plan cannot be deleted while its placement has an evaluation (the refusal shows).
// After a restart every answer is still there; a form left unsaved comes back as a draft, and
// closing it asks first. The evaluation is deleted and put back with "Angre". The saved and a blank
// 7.4 are printed and read back. axe-core scans the view and the open form.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';
import {
  cli,
  shots,
  axeScan,
  shoot,
  KEY,
  press,
  activeTestId,
  activeId,
  answerConfirm,
  answerSaveDialogWith,
  appUnderTest,
  text,
  count,
  typeInto,
  printTo,
} from './support.mjs';

const { home, database, inApp } = appUnderTest({ prefix: 'stegvis-e2e-evaluering-', port: 4524, demo: true });

function norwegianDate(d) {
  return `${String(d.getDate()).padStart(2, '0')}.${String(d.getMonth() + 1).padStart(2, '0')}.${d.getFullYear()}`;
}

/** The date `n` days from today (by the calendar, so a change to summer time does not move it). */
function daysFromNow(n) {
  const d = new Date();
  d.setDate(d.getDate() + n);
  return norwegianDate(d);
}
const today = daysFromNow(0);
const tomorrow = daysFromNow(1);
// Amina's placement started 70 days ago (demo data); the talk was the day after.
const placementStart = daysFromNow(-70);
const heldOn = daysFromNow(-69);
const present = 'Amina, fadder Kari og programrådgiveren';
const wish = 'Mer øving på å skrive bestillinger, og færre vakter alene i kassa på lørdager.';
const FOLLOW_UP_ITEMS = 23;

const row = `[data-testid="evaluation-row"][data-held-on="${heldOn}"][data-form="6.5"]`;
const option = (key, value) => `[data-testid="evaluation-option-${key}"][data-value="${value}"]`;
const checked = (s, css) => s.execute(`return document.querySelector(arguments[0])?.checked ?? null`, [css]);
const fieldValue = async (s, testId) => (await s.byTestId(testId)).value();
const statusText = (s) => s.execute(`return document.querySelector('[data-testid="evaluation-status"]')?.textContent.trim() ?? ''`);

/** The evaluations the core has for all placements, as `stegvis list evaluations` lists them. */
const listed = () =>
  execFileSync(cli, ['--db', database, 'list', 'evaluations'], { encoding: 'utf8' })
    .split('\n')
    .filter((l) => l.trim() !== '');

async function openEvaluationsOf(s, name) {
  await (await s.byTestId('nav-opplaeringsplaner')).click();
  await s.until('the plans are listed', async () => (await text(s, 'plans-table')).includes(name));
  await (await s.findXPath(`//*[@data-testid="plan-open"][normalize-space(.)=${JSON.stringify(name)}]`)).click();
  await s.until(`the plan of ${name} is open`, async () => (await text(s, 'plan-heading')).includes(name));
  await (await s.byTestId('plan-view-evaluate')).click();
  await s.byTestId('evaluations-panel');
  await s.until('the forms are offered', async () => (await count(s, '[data-testid="evaluation-card"]')) === 2);
}

/** Prints the saved follow-up with its row's button, the dialog answered with `pdf`. */
async function printRow(s, pdf) {
  await answerSaveDialogWith(s, pdf);
  await (await s.find(`${row} [data-testid="evaluation-print"]`)).click();
  await s.until(
    'the print is done',
    async () => (await count(s, '[data-testid="evaluation-print-path"], [data-testid="evaluation-print-error"]')) > 0,
    20000,
  );
  const printError = await s.findAll('[data-testid="evaluation-print-error"]');
  assert.equal(printError.length, 0, printError.length ? await printError[0].text() : '');
  assert.equal(await text(s, 'evaluation-print-path'), pdf);
  assert.ok(existsSync(pdf));
}

test('a follow-up (6.5) is refused a future date at its field, then saved with its answers', async () => {
  await inApp({ width: 1440, height: 1000 }, async (s) => {
    await openEvaluationsOf(s, 'Amina Yusuf');
    assert.equal(await s.execute(`return document.getElementById('plan-view-evaluate').getAttribute('aria-selected')`), 'true');
    assert.match(await text(s, 'evaluations-panel'), /6\.5 Oppfølging underveis[\s\S]*7\.4 Sluttevaluering/);
    await axeScan(s, 'Evaluering (liste)');
    const before = listed().length;

    // ---- a new follow-up: the date of today, the cursor in it
    await (await s.byTestId('evaluation-new-6.5')).click();
    await s.byTestId('evaluation-form');
    assert.equal(await text(s, 'evaluation-form-heading'), '6.5 Oppfølging og evaluering av deltakeren i praksisperioden');
    await s.until('the date has the cursor', async () => (await activeTestId(s)) === 'evaluation-held-on');
    assert.equal(await fieldValue(s, 'evaluation-held-on'), today);
    assert.equal(await text(s, 'evaluation-form-progress'), `0 av ${FOLLOW_UP_ITEMS} besvart`);
    // Legends are the sections' titles.
    const legends = await s.execute(
      `return [...document.querySelectorAll('[data-testid="evaluation-section"] > legend')].map((l) => l.textContent.trim())`,
    );
    assert.deepEqual(legends, ['Deltakerens egen vurdering', 'Arbeidsplassens vurdering', 'Hva skal til for å bli vurdert til ordinær jobb']);

    // A date that is not one is pointed out as it is typed.
    await typeInto(s, 'evaluation-held-on', '31.02.2026');
    await s.until('the date is pointed out', async () => (await count(s, '[data-testid="field-error-heldOn"]')) === 1);
    assert.match(await text(s, 'field-error-heldOn'), /«31\.02\.2026» er ikke en gyldig dato/);

    // ---- tomorrow: the core refuses it, at the date, with the cursor there; nothing is saved
    await typeInto(s, 'evaluation-held-on', tomorrow);
    await s.until('the typed date is accepted for now', async () => (await count(s, '[data-testid="field-error-heldOn"]')) === 0);
    await typeInto(s, 'evaluation-present', present);
    await (await s.find(option('deltaker.oppgaver', 'litt'))).click();
    await (await s.byTestId('evaluation-save')).click();
    await s.until('the date is refused', async () => (await count(s, '[data-testid="field-error-heldOn"]')) === 1);
    assert.equal(await text(s, 'field-error-heldOn'), `Evalueringen kan ikke være etter i dag (${today}). Skriv datoen samtalen var.`);
    assert.equal(await activeTestId(s), 'evaluation-held-on', 'the cursor goes to the date');
    assert.equal(await count(s, '[data-testid="evaluation-form"]'), 1, 'the form stays open');
    assert.equal(await fieldValue(s, 'evaluation-present'), present, 'nothing typed is lost');
    assert.equal(await checked(s, option('deltaker.oppgaver', 'litt')), true);
    assert.equal(listed().length, before, 'nothing was saved');

    // Before the placement started: refused too.
    await typeInto(s, 'evaluation-held-on', daysFromNow(-71));
    await press(s, KEY.enter);
    await s.until('the early date is refused', async () => (await text(s, 'field-error-heldOn')).includes('før praksisperioden startet'));
    assert.equal(await text(s, 'field-error-heldOn'), `Datoen er før praksisperioden startet (${placementStart}).`);
    assert.equal(listed().length, before);

    // ---- the date of the talk, the scale by arrow keys, two ticks, a text with æøå
    await typeInto(s, 'evaluation-held-on', heldOn);
    await s.until('the message goes as the date is changed', async () => (await count(s, '[data-testid="field-error-heldOn"]')) === 0);
    await s.execute(`document.querySelector(arguments[0]).focus()`, [option('deltaker.utvikling', '1')]);
    await press(s, KEY.space, KEY.right, KEY.right, KEY.right, KEY.right, KEY.right, KEY.right);
    assert.equal(await checked(s, option('deltaker.utvikling', '7')), true, 'the arrow keys move along the scale');
    assert.equal(await checked(s, option('deltaker.utvikling', '1')), false);
    for (const key of ['arbeidsplassen.fravaer', 'arbeidsplassen.tid']) {
      await s.execute(`document.querySelector(arguments[0]).focus()`, [`[data-testid="evaluation-check-${key}"]`]);
      await press(s, KEY.space);
    }
    await typeInto(s, 'evaluation-text-deltaker.endre', wish);
    // Enter in an answer is a line break, not "Lagre" (the core keeps it as a space).
    await press(s, KEY.enter);
    assert.equal(await fieldValue(s, 'evaluation-text-deltaker.endre'), `${wish}\n`);
    assert.equal(await count(s, '[data-testid="evaluation-form"]'), 1);
    await s.until('five are answered', async () => (await text(s, 'evaluation-form-progress')) === `5 av ${FOLLOW_UP_ITEMS} besvart`);

    // A text over 1000 characters says so as it is typed, and stops "Lagre" there.
    const setText = (key, value) =>
      s.execute(
        `const el = document.querySelector('[data-testid="evaluation-text-' + arguments[0] + '"]');
         el.value = arguments[1]; el.dispatchEvent(new Event('input', { bubbles: true }));`,
        [key, value],
      );
    await setText('jobb.mangler', 'ø'.repeat(1001));
    await s.until('the length is pointed out', async () => (await count(s, '[data-testid="field-error-jobb.mangler"]')) === 1);
    assert.equal(await text(s, 'field-error-jobb.mangler'), 'Svaret kan være høyst 1000 tegn (nå 1001).');
    assert.equal(await text(s, 'evaluation-count-jobb.mangler'), '1001 av 1000 tegn');
    await (await s.byTestId('evaluation-save')).click();
    await s.until('the cursor goes to the long text', async () => (await activeTestId(s)) === 'evaluation-text-jobb.mangler');
    assert.equal(listed().length, before, 'nothing was saved');
    await setText('jobb.mangler', '');
    await s.until('the message goes', async () => (await count(s, '[data-testid="field-error-jobb.mangler"]')) === 0);

    // A choice can be emptied again, and answered again.
    await (await s.byTestId('evaluation-clear-deltaker.oppgaver')).click();
    assert.equal(await checked(s, option('deltaker.oppgaver', 'litt')), false);
    assert.equal(await text(s, 'evaluation-form-progress'), `4 av ${FOLLOW_UP_ITEMS} besvart`);
    assert.equal(await activeId(s), 'evaluation-deltaker-oppgaver-option-0', 'focus stays in the group');
    await press(s, KEY.right);
    assert.equal(await checked(s, option('deltaker.oppgaver', 'litt')), true);

    await (await s.byTestId('evaluation-save')).click();
    await s.until('the form closes', async () => (await count(s, '[data-testid="evaluation-form"]')) === 0);
    await s.until('the follow-up is listed', async () => (await count(s, row)) === 1);
    assert.equal(await statusText(s), `Oppfølgingen fra ${heldOn} er lagret (5 av ${FOLLOW_UP_ITEMS} besvart).`);
    assert.equal((await (await s.find(`${row} [data-testid="evaluation-answered"]`)).text()).trim(), `5 av ${FOLLOW_UP_ITEMS} besvart`);
    assert.equal((await (await s.find(`${row} [data-testid="evaluation-form-label"]`)).text()).trim(), '6.5 Oppfølging underveis');
    assert.equal(await activeTestId(s), 'evaluation-open', 'focus goes to the saved evaluation');
    const after = listed();
    assert.equal(after.length, before + 1);
    assert.ok(
      after.some((l) => l.includes(`Amina Yusuf – Matbutikken Sentrum – 6.5`) && l.includes(`(${heldOn}, 5 av ${FOLLOW_UP_ITEMS} svar)`)),
      after.join('\n'),
    );

    // ---- the plan cannot be deleted from under its evaluations; the refusal says why
    await (await s.byTestId('plan-delete')).click();
    await answerConfirm(s, 'Slette opplæringsplanen for Amina Yusuf?');
    await s.until('the refusal shows', async () => (await count(s, '[data-testid="plan-error"]')) === 1);
    assert.match(await text(s, 'plan-error'), /^Praksisplassen har \d+ evalueringe?r? \(skjema 6\.5 eller 7\.4\)\. Slett (den|dem) først/);
    assert.equal(await count(s, '[data-testid="plan-view"]'), 1, 'the plan is still open');
  });
});

test('after a restart the answers are still there; a form left unsaved comes back; delete has "Angre"', async () => {
  await inApp({ width: 1440, height: 1000 }, async (s) => {
    await openEvaluationsOf(s, 'Amina Yusuf');
    await s.find(row);
    await (await s.find(`${row} [data-testid="evaluation-open"]`)).click();
    await s.byTestId('evaluation-form');
    assert.equal(await fieldValue(s, 'evaluation-held-on'), heldOn);
    assert.equal(await fieldValue(s, 'evaluation-present'), present);
    assert.equal(await checked(s, option('deltaker.oppgaver', 'litt')), true);
    assert.equal(await checked(s, option('deltaker.utvikling', '7')), true);
    assert.equal(await checked(s, '[data-testid="evaluation-check-arbeidsplassen.fravaer"]'), true);
    assert.equal(await checked(s, '[data-testid="evaluation-check-arbeidsplassen.tid"]'), true);
    assert.equal(await checked(s, '[data-testid="evaluation-check-arbeidsplassen.regler"]'), false);
    assert.equal(await fieldValue(s, 'evaluation-text-deltaker.endre'), wish);
    assert.equal(await text(s, 'evaluation-form-progress'), `5 av ${FOLLOW_UP_ITEMS} besvart`);
    await axeScan(s, 'Evaluering (skjema 6.5)');
    await shoot(s, 'evaluering.png', { calm: true, scrollTo: '[data-testid="plan-views"]' });

    // At 1280 × 720 nothing is cut off sideways.
    await s.setWindowSize(1280, 720);
    await sleep(300);
    assert.equal(await s.execute('return document.documentElement.scrollWidth > window.innerWidth'), false);
    await shoot(s, 'evaluering-1280.png', { calm: true, scrollTo: '[data-testid="evaluation-section"][data-key="arbeidsplassen"]' });
    await s.setWindowSize(1440, 1000);

    // Closing without changes asks nothing; focus goes back to the row.
    await (await s.byTestId('evaluation-close')).click();
    await s.until('the list is back', async () => (await count(s, row)) === 1);
    assert.equal(await activeTestId(s), 'evaluation-open');

    // ---- a 7.4 begun and left for another view comes back as it was; closing it asks first
    const note = 'Samarbeidet med Nav om oppfølgingen gikk godt.';
    await (await s.byTestId('evaluation-new-7.4')).click();
    await s.byTestId('evaluation-form');
    assert.equal(await count(s, '[data-testid="evaluation-topic"]'), 12, 'every topic with its pair');
    await typeInto(s, 'evaluation-text-kommunen.oppfolging.bra', note);
    await (await s.byTestId('plan-view-history')).click();
    await s.until('the history is shown', async () => (await count(s, '[data-testid="evaluation-form"]')) === 0);
    await (await s.byTestId('plan-view-evaluate')).click();
    await s.until('the draft is back', async () => (await count(s, '[data-testid="evaluation-draft-notice"]')) === 1);
    assert.equal(await fieldValue(s, 'evaluation-text-kommunen.oppfolging.bra'), note);
    await (await s.byTestId('evaluation-close')).click();
    await answerConfirm(s, 'Lukke skjemaet uten å lagre?', false);
    assert.equal(await count(s, '[data-testid="evaluation-form"]'), 1, '"Avbryt" keeps the form');
    await (await s.byTestId('evaluation-close')).click();
    await answerConfirm(s, 'Lukke skjemaet uten å lagre?');
    await s.until('the list is back', async () => (await count(s, row)) === 1);
    assert.equal(await count(s, '[data-testid="evaluation-row"][data-form="7.4"]'), 0, 'the 7.4 was not saved');
    assert.equal(await activeTestId(s), 'evaluation-new-7.4');

    // ---- delete, and "Angre" puts it back with every answer
    const id = await s.execute(`return document.querySelector(arguments[0]).dataset.evaluationId`, [row]);
    const before = listed().length;
    await (await s.find(`${row} [data-testid="evaluation-delete"]`)).click();
    await s.until('it is gone', async () => (await count(s, row)) === 0);
    assert.match(await statusText(s), new RegExp(`^Oppfølgingen fra ${heldOn.replace(/\./g, '\\.')} er slettet\\.\\s*Angre$`));
    assert.equal(await activeTestId(s), 'evaluation-undo', 'focus goes to "Angre"');
    assert.equal(listed().length, before - 1);
    await press(s, KEY.enter);
    await s.until('it is back', async () => (await count(s, row)) === 1);
    assert.equal(await statusText(s), `Oppfølgingen fra ${heldOn} er lagt tilbake.`);
    assert.equal(await activeId(s), `evaluation-open-${id}`, 'focus goes to the evaluation put back');
    assert.equal((await (await s.find(`${row} [data-testid="evaluation-answered"]`)).text()).trim(), `5 av ${FOLLOW_UP_ITEMS} besvart`);
    assert.equal(listed().length, before);
  });
});

test('the follow-up and a blank final evaluation are printed', async () => {
  await inApp({ width: 1440, height: 1000 }, async (s) => {
    await openEvaluationsOf(s, 'Amina Yusuf');
    await s.find(row);

    const blank = join(home, 'Sluttevaluering 7.4 – Amina Yusuf – blankt skjema.pdf');
    await printTo(s, blank, { button: 'evaluation-blank-7.4', pathTestId: 'evaluation-blank-path-7.4', errorTestId: 'evaluation-blank-error-7.4' });
    assert.equal(readFileSync(blank).subarray(0, 5).toString(), '%PDF-');
    const blankText = execFileSync('pdftotext', ['-layout', blank, '-'], { encoding: 'utf8' });
    assert.match(blankText, /Sluttevaluering av praksisperioden/);
    assert.match(blankText, /Amina Yusuf/);
    assert.match(blankText, /Kommunens vurdering[\s\S]*Deltakerens vurdering[\s\S]*Arbeidsgiverens vurdering/);

    const pdf = join(home, `Oppfølging 6.5 – Amina Yusuf – ${heldOn}.pdf`);
    await printRow(s, pdf);
    const printed = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    assert.match(printed, /Oppfølging og evaluering av deltakeren i praksisperioden/);
    assert.match(printed, /Amina Yusuf/);
    assert.ok(printed.includes(heldOn), 'the date of the talk');
    assert.ok(printed.includes(wish), 'the text with æøå, as typed');
    if (shots) execFileSync('pdftoppm', ['-png', '-r', '60', '-singlefile', pdf, join(shots, 'utskrift-evaluering')]);
  });
});

test("the final evaluation's verdict is carried over to the employer when the adviser asks", async () => {
  await inApp({ width: 1440, height: 1000 }, async (s) => {
    await openEvaluationsOf(s, 'Amina Yusuf');
    assert.equal(await count(s, '[data-testid="evaluation-suitability"]'), 0, 'no verdict yet');

    // A final evaluation where the municipality finds the shop not suitable for now.
    await (await s.byTestId('evaluation-new-7.4')).click();
    await s.byTestId('evaluation-form');
    await s.execute(`document.querySelector(arguments[0]).click()`, [option('kommunen.egnet', 'nei')]);
    const reason = 'Butikken bygges om i vår; fadderen får ikke satt av tid før etter sommeren.';
    await typeInto(s, 'evaluation-text-kommunen.egnet.forbedringer', reason);
    await (await s.byTestId('evaluation-save')).click();
    await s.until('it is saved', async () => /Sluttevalueringen fra .* er lagret/.test(await statusText(s)));

    await s.until('the verdict is offered to the employer', async () => (await count(s, '[data-testid="evaluation-suitability"]')) === 1);
    assert.match(await text(s, 'evaluation-suitability'), new RegExp(`Sluttevalueringen fra ${today.replace(/\./g, '\\.')} sier at arbeidsplassen ikke er egnet`));
    assert.match(await text(s, 'evaluation-suitability-current'), /Matbutikken Sentrum/);
    await (await s.byTestId('evaluation-suitability-apply')).click();
    await s.until('the employer is marked', async () =>
      (await text(s, 'evaluation-suitability-status')) ===
      `Matbutikken Sentrum er nå markert som ikke egnet for nye deltakere (vurdert ${today}).`,
    );
    assert.match(await text(s, 'evaluation-suitability-current'), /står Matbutikken Sentrum nå som ikke egnet/);
    await axeScan(s, 'Evaluering (egnethet ført inn)');

    // The register says so too, with the reason from the evaluation.
    const employers = execFileSync(cli, ['--db', database, 'list', 'employers'], { encoding: 'utf8' });
    assert.match(employers, /Matbutikken Sentrum – [^\n]* – ikke egnet –/);
    await (await s.byTestId('nav-arbeidsgivere')).click();
    await (await s.findXPath(`//*[@data-testid="employer-item"][contains(normalize-space(.), "Matbutikken Sentrum")]`)).click();
    await s.until('the suitability is shown', async () => (await text(s, 'suitability-current')).includes('Butikken bygges om i vår'));
    assert.match(await text(s, 'suitability-current'), /^Ikke egnet for nye deltakere/);
  });
});
