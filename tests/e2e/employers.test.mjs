// End-to-end: Arbeidsgivere in the real Stegvis window, on a fresh app-data folder. The adviser
// registers an employer with a mistyped organisation number (the field says so at once, and a
// save keeps everything typed), fixes it and saves; starts a second one with the same number and
// is offered to open the first instead; adds a contact person (a bad phone number is pointed out
// and fixed), a fadder with fadder training, ticks two checklist items with a note, marks a
// second employer as not suitable (a reason is required), filters the list, prints the 4.2
// preparation sheet, restarts the app and finds it all again. axe-core scans the empty and the
// filled screen; serious or critical findings fail.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';
import { shots, freshHome, fillWithDemoData, axeScan, shoot, KEY, press, activeTestId, answerConfirm, appUnderTest, text, count, printTo } from './support.mjs';

const { home, inApp } = appUnderTest({ prefix: 'stegvis-e2e-arbeidsgivere-', port: 4474 });

/** Text of a visually hidden element (WebDriver reports only what is seen). */
const hiddenText = (s, testId) => s.execute(`return document.querySelector('[data-testid="${testId}"]')?.textContent.trim() ?? null`);

/** The names in the employer list, as shown. */
const listedNames = (s) =>
  s.execute(`return [...document.querySelectorAll('[data-testid="employer-item"] .name')].map((e) => e.firstChild.textContent.trim())`);

/** Opens the filters (a disclosure under the search field) unless they are open. */
async function openFilters(s) {
  const open = await s.execute(`return document.querySelector('[data-testid="employer-filters-toggle"]').open`);
  if (!open) await (await s.find('[data-testid="employer-filters-toggle"] summary')).click();
  await s.until('the filters are shown', () =>
    s.execute(`return document.querySelector('[data-testid="employer-filter-trained"]').getBoundingClientRect().height > 0`),
  );
  await sleep(400); // the disclosure slides open
}

/** Ticks the filter for a trained fadder from the keyboard (Space), as a click may land while the list scrolls. */
async function tickTrainedFilter(s) {
  await openFilters(s);
  await s.execute(`document.querySelector('[data-testid="employer-filter-trained"]').focus()`);
  await press(s, KEY.space);
  await s.until('the filter is ticked', () =>
    s.execute(`return document.querySelector('[data-testid="employer-filter-trained"]').checked`),
  );
}

/** The checklist item with `key` (formal, kontaktperson, forventninger, kompetansekrav, fadder, praktisk). */
const entryCss = (key) => `[data-testid="checklist-entry"][data-key="${key}"]`;

const kiwi = 'Kiwi Sentrum';
const kiwiOrg = '974760673';
const sykehjem = 'Lørenskog sykehjem';
const contact = 'Line Hansen';
const mentor = 'Ahmed Ali';
const note = 'Språkpraksis to dager i uken fra mars';

test('an adviser registers employers with contacts, a trained fadder and the 4.1 checklist', async () => {
  await inApp({ width: 1440, height: 1000 }, async (s) => {
    await (await s.byTestId('nav-arbeidsgivere')).click();
    await s.until('the empty list says so', async () => (await text(s, 'employers-empty')).includes('Ingen arbeidsgivere er registrert ennå'));
    await axeScan(s, 'Arbeidsgivere (tom)');

    // ---- a new employer; the cursor goes to the name
    await (await s.byTestId('employer-new')).click();
    await s.byTestId('employer-form');
    await s.until('the name field has the cursor', async () => (await activeTestId(s)) === 'employer-name');
    await press(s, kiwi);
    // One digit wrong: the field says so as soon as the ninth digit is typed.
    const org = await s.byTestId('employer-org');
    await org.click();
    await press(s, '974 760 674');
    await s.until('the check digit is pointed out', async () =>
      (await text(s, 'field-error-orgNumber')).includes('kontrollsifferet'),
    );
    assert.match(await text(s, 'field-error-orgNumber'), /974 760 674 er ikke et gyldig organisasjonsnummer/);
    await (await s.byTestId('employer-trade')).replace('Butikk');
    await (await s.byTestId('employer-address')).replace('Storgata 1, 1470 Lørenskog');
    await (await s.byTestId('employer-sector-privat')).click();
    await (await s.byTestId('employer-kind-sprakpraksis')).click();
    await (await s.byTestId('employer-kind-arbeidspraksis')).click();
    for (const month of [6, 7, 12]) await (await s.find(`#employer-month-${month}`)).click();
    await (await s.byTestId('employer-notes')).replace('Ring butikksjefen før kl. 10.');

    // Saving is stopped at the number; nothing typed is lost.
    await (await s.byTestId('employer-save')).click();
    await s.until('focus is on the number', async () => (await activeTestId(s)) === 'employer-org');
    assert.equal(await (await s.byTestId('employer-name')).value(), kiwi);
    assert.equal(await (await s.byTestId('employer-trade')).value(), 'Butikk');
    assert.equal(await count(s, '[data-testid="employer-item"]'), 0, 'nothing was saved');

    await org.replace(kiwiOrg);
    await s.until('the message goes away', async () => (await count(s, '[data-testid="field-error-orgNumber"]')) === 0);
    assert.match(await text(s, 'employer-org-valid'), /974 760 673 er et gyldig organisasjonsnummer/);
    await (await s.byTestId('employer-save')).click();
    await s.until('the employer is open', async () => (await text(s, 'employer-heading')) === kiwi);
    assert.equal(await activeTestId(s), 'employer-heading', 'focus moves to the new employer');
    assert.equal(await text(s, 'employers-status'), `${kiwi} er registrert.`);
    assert.match(await text(s, 'employer-meta'), /Butikk\s*·\s*Org\.nr\. 974 760 673\s*·\s*Privat/);
    assert.equal(await text(s, 'employer-fact-months'), 'juni, juli og desember');
    assert.match(await text(s, 'employer-fact-kinds'), /Språkpraksis[\s\S]*Arbeidspraksis/);
    assert.match(await text(s, 'employer-item'), /Kiwi Sentrum\s+Butikk\s+Org\.nr\. 974 760 673\s+Ingen praksisplasser ennå/);
    const kiwiId = await s.execute(`return decodeURIComponent(location.hash.split('/')[2] ?? '')`);
    assert.ok(kiwiId, 'the address names the employer');

    // ---- the same number again: pointed out at once, with a way to open the one that has it
    await (await s.byTestId('employer-new')).click();
    await s.until('the name field has the cursor', async () => (await activeTestId(s)) === 'employer-name');
    await press(s, 'Kiwi Lørenskog');
    await (await s.byTestId('employer-org')).click();
    await press(s, '974 760 673');
    await s.until('the number is known', async () =>
      (await text(s, 'field-error-orgNumber')) ===
      `Organisasjonsnummeret 974 760 673 er allerede registrert på ${kiwi}. Åpne den i stedet for å registrere den på nytt.`,
    );
    const openExisting = await s.byTestId('employer-open-existing');
    assert.equal(await openExisting.text(), `Åpne ${kiwi}`);
    await openExisting.click();
    await s.until('the first employer is open', async () => (await text(s, 'employer-heading')) === kiwi);
    assert.equal(await s.execute('return location.hash'), `#/arbeidsgivere/${kiwiId}`);
    assert.equal(await count(s, '[data-testid="employer-item"]'), 1);

    // ---- a contact person: a wrong phone number is pointed out, then fixed
    await (await s.byTestId('contact-name')).replace(contact);
    await (await s.byTestId('contact-role')).replace('Butikksjef');
    await (await s.byTestId('contact-phone')).replace('12 34');
    await (await s.byTestId('contact-email')).replace('line.hansen@kiwi.no');
    await (await s.byTestId('contact-save')).click();
    assert.equal(await text(s, 'field-error-phone'), 'Telefonnummeret ser ikke riktig ut. Bruk 8 siffer, gjerne med +47 foran.');
    assert.equal(await activeTestId(s), 'contact-phone');
    assert.equal(await count(s, '[data-testid="contact-row"]'), 0);
    await (await s.byTestId('contact-phone')).replace('+47 912 34 567');
    await s.until('the phone is fine', async () => (await count(s, '[data-testid="field-error-phone"]')) === 0);
    await (await s.byTestId('contact-save')).click();
    await s.until('the contact is listed', async () => (await count(s, '[data-testid="contact-row"]')) === 1);
    assert.match(await text(s, 'contact-row'), /Line Hansen\s*Butikksjef\s*\+47 912 34 567\s*line\.hansen@kiwi\.no/);
    assert.equal(await text(s, 'contacts-status'), `${contact} er lagt til som kontaktperson.`);
    assert.equal(await activeTestId(s), 'contact-name', 'the form is ready for the next one');

    // ---- a fadder with fadder training; the hint about training goes away
    assert.match(await text(s, 'mentors-training-hint'), /Ingen fadder er registrert/);
    await (await s.byTestId('mentor-name')).replace(mentor);
    await (await s.byTestId('mentor-role')).replace('Butikkmedarbeider');
    await (await s.byTestId('mentor-trained')).click();
    await (await s.byTestId('mentor-trained-on')).replace('15.01.2025');
    await (await s.byTestId('mentor-save')).click();
    await s.until('the fadder is listed', async () => (await count(s, '[data-testid="mentor-row"]')) === 1);
    assert.equal(await text(s, 'mentor-trained-cell'), 'Ja, 15.01.2025');
    assert.equal(await count(s, '[data-testid="mentors-training-hint"]'), 0);

    // ---- the 4.1 checklist: two items ticked, one with a note; by keyboard
    assert.equal(await text(s, 'checklist-progress'), '0 av 6 avklart');
    await (await s.find(`${entryCss('formal')} [data-testid="checklist-done"]`)).click();
    await s.until('one is settled', async () => (await text(s, 'checklist-progress')) === '1 av 6 avklart');
    await press(s, KEY.tab); // to the note
    assert.equal(await activeTestId(s), 'checklist-note');
    await press(s, note, KEY.tab, 'Åse Berg', KEY.tab);
    await s.until('the note is saved', async () =>
      (await hiddenText(s, 'checklist-status')) === 'Lagret: Formålet med praksisen er avklart.',
    );
    // Space on the next item's box ticks it.
    await s.execute(`document.querySelector('${entryCss('fadder')} [data-testid="checklist-done"]').focus()`);
    await press(s, KEY.space);
    await s.until('two are settled', async () => (await text(s, 'checklist-progress')) === '2 av 6 avklart');
    assert.match(await hiddenText(s, 'checklist-status'), /^Krysset av: Fadder er utpekt/);

    // ---- a second employer, marked as not suitable: a reason is required
    await (await s.byTestId('employer-new')).click();
    await s.until('the name field has the cursor', async () => (await activeTestId(s)) === 'employer-name');
    await press(s, sykehjem);
    await (await s.byTestId('employer-trade')).replace('Helse og omsorg');
    await (await s.byTestId('employer-save')).click();
    assert.equal(await text(s, 'field-error-sector'), 'Velg om arbeidsgiveren er offentlig eller privat.');
    await (await s.byTestId('employer-sector-offentlig')).click();
    await (await s.byTestId('employer-kind-opplaeringsarena')).click();
    await (await s.byTestId('employer-save')).click();
    await s.until('the second employer is open', async () => (await text(s, 'employer-heading')) === sykehjem);
    assert.deepEqual(await listedNames(s), [kiwi, sykehjem], 'in Norwegian order');

    assert.match(await text(s, 'suitability-current'), /^Tar imot nye deltakere\s+Ikke vurdert ennå\.$/);
    await (await s.byTestId('suitability-nei')).click();
    await (await s.byTestId('suitability-save')).click();
    assert.equal(await text(s, 'field-error-reason'), 'Begrunnelse må fylles ut.');
    assert.equal(await activeTestId(s), 'suitability-reason');
    await press(s, 'Ombygging av avdelingen hele våren');
    const assessedOn = await (await s.byTestId('suitability-date')).value();
    await (await s.byTestId('suitability-save')).click();
    await s.until('the assessment is shown', async () =>
      (await text(s, 'suitability-current')) ===
      `Ikke egnet for nye deltakere (vurdert ${assessedOn}: Ombygging av avdelingen hele våren)`,
    );
    await s.until('the list marks it', async () => (await count(s, '[data-testid="employer-unsuitable-tag"]')) === 1);

    // ---- filters: "Viser 1 av 2"
    await tickTrainedFilter(s);
    assert.equal(await (await s.find('[data-testid="employer-filters-toggle"] summary')).text(), 'Filtrer (1 valgt)');
    await s.until('only the one with a trained fadder is shown', async () => (await text(s, 'employers-count')) === 'Viser 1 av 2');
    assert.deepEqual(await listedNames(s), [kiwi]);
    await (await s.byTestId('employer-filter-clear')).click();
    await (await s.byTestId('employer-filter-suitable-nei')).click();
    await s.until('only the unsuitable one is shown', async () => (await listedNames(s)).join() === sykehjem);
    await (await s.byTestId('employer-filter-suitable-alle')).click();
    await (await s.byTestId('employer-search')).replace('974 760');
    await s.until('the number is found', async () => (await listedNames(s)).join() === kiwi);
    await (await s.byTestId('employer-filter-clear')).click();
    await s.until('all are shown', async () => (await text(s, 'employers-count')) === 'Viser alle 2');
    // Closed again, so the list has the room.
    await (await s.find('[data-testid="employer-filters-toggle"] summary')).click();
    await s.until('the filters are closed', () => s.execute(`return !document.querySelector('[data-testid="employer-filters-toggle"]').open`));
    await sleep(400);

    // ---- back to Kiwi for the filled screen
    await (await s.findXPath(`//*[@data-testid="employer-item"][contains(normalize-space(.), "${kiwi}")]`)).click();
    await s.until('Kiwi is open', async () => (await text(s, 'employer-heading')) === kiwi);
    await s.until('its checklist is shown', async () => (await text(s, 'checklist-progress')) === '2 av 6 avklart');
    await axeScan(s, 'Arbeidsgivere (fylt)');
    await shoot(s, 'arbeidsgivere.png', { calm: true });
    await shoot(s, 'arbeidsgivere-sjekkliste.png', { calm: true, scrollTo: '[data-testid="mentors-section"]' });

    // The form open for a change, also scanned.
    await (await s.byTestId('employer-edit')).click();
    await s.until('the form has the cursor', async () => (await activeTestId(s)) === 'employer-name');
    await axeScan(s, 'Arbeidsgivere (endre opplysninger)');
    await shoot(s, 'arbeidsgivere-skjema.png', { calm: true, scrollTo: '[data-testid="employer-info"]' });
    await (await s.byTestId('employer-name')).click();
    await press(s, KEY.escape);
    await s.until('focus is back on the button', async () => (await activeTestId(s)) === 'employer-edit');

    // ---- print the 4.2 sheet (the save dialog answered with a path in the test's home)
    const pdf = join(home, `Forberedelse – ${kiwi}.pdf`);
    await printTo(s, pdf, { button: 'employer-print', pathTestId: 'employer-print-path', errorTestId: 'employer-print-error' });
    assert.equal(readFileSync(pdf).subarray(0, 5).toString(), '%PDF-');
    const printed = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
    assert.match(printed, /Kiwi Sentrum/);
    assert.match(printed, /974 760 673/);
    if (shots) execFileSync('pdftoppm', ['-png', '-r', '80', '-f', '1', '-l', '1', '-singlefile', pdf, join(shots, 'utskrift-forberedelse')]);
  });
});

test('after a restart the employers, contact, fadder and checklist are still there; one is deleted', async () => {
  await inApp({ width: 1280, height: 720 }, async (s) => {
    await (await s.byTestId('nav-arbeidsgivere')).click();
    await s.until('the first employer is open', async () => (await text(s, 'employer-heading')) === kiwi);
    assert.deepEqual(await listedNames(s), [kiwi, sykehjem]);
    assert.match(await text(s, 'contact-row'), /Line Hansen[\s\S]*\+47 912 34 567/);
    assert.match(await text(s, 'mentor-row'), /Ahmed Ali[\s\S]*Ja, 15\.01\.2025/);
    await s.until('the checklist is loaded', async () => (await text(s, 'checklist-progress')) === '2 av 6 avklart');
    assert.equal(await (await s.find(`${entryCss('formal')} [data-testid="checklist-note"]`)).value(), note);
    assert.equal(await (await s.find(`${entryCss('formal')} [data-testid="checklist-responsible"]`)).value(), 'Åse Berg');
    const ticked = await s.execute(
      `return [...document.querySelectorAll('[data-testid="checklist-entry"]')].filter((e) => e.querySelector('input[type=checkbox]').checked).map((e) => e.dataset.key)`,
    );
    assert.deepEqual(ticked, ['formal', 'fadder']);

    // The narrow window: list above the detail, nothing cut off.
    await shoot(s, 'arbeidsgivere-1280.png', { calm: true });
    const overflow = await s.execute('return document.documentElement.scrollWidth > window.innerWidth');
    assert.equal(overflow, false, 'no sideways scrolling at 1280 × 720');

    // The filter for a trained fadder.
    await tickTrainedFilter(s);
    await s.until('one of two', async () => (await text(s, 'employers-count')) === 'Viser 1 av 2');
    await (await s.byTestId('employer-filter-clear')).click();

    // The address opens an employer.
    await (await s.findXPath(`//*[@data-testid="employer-item"][contains(normalize-space(.), "${sykehjem}")]`)).click();
    await s.until('the second is open', async () => (await text(s, 'employer-heading')) === sykehjem);
    assert.match(await text(s, 'suitability-current'), /^Ikke egnet for nye deltakere \(vurdert \d\d\.\d\d\.\d{4}: Ombygging/);

    // Deleting asks first; the list then has one left and focus is on "Ny arbeidsgiver".
    await (await s.byTestId('employer-delete')).click();
    await answerConfirm(s, `Slette ${sykehjem}?`);
    await s.until('it is gone', async () => (await listedNames(s)).join() === kiwi);
    assert.equal(await text(s, 'employers-status'), `${sykehjem} er slettet.`);
    assert.equal(await activeTestId(s), 'employer-new');
    await s.until('Kiwi is shown', async () => (await text(s, 'employer-heading')) === kiwi);
  });
});

test('with the demo data: an employer with placements is not deleted, and its specs link to the spec screen', async () => {
  // A database of its own, filled by `stegvis demo`, opened with --db.
  const demo = freshHome('stegvis-e2e-arbeidsgivere-demo-');
  fillWithDemoData(demo.database);
  await inApp({ width: 1440, height: 1000, args: ['--db', demo.database] }, async (s) => {
    await (await s.byTestId('nav-arbeidsgivere')).click();
    await s.until('the list is loaded', async () => (await count(s, '[data-testid="employer-item"]')) > 3);
    const withPlacements = await s.execute(
      `const item = [...document.querySelectorAll('[data-testid="employer-item"]')].find((e) => e.textContent.includes('pågående'));
       return item ? item.querySelector('.name').firstChild.textContent.trim() : null;`,
    );
    assert.ok(withPlacements, 'the demo has an employer with placements');
    await (await s.findXPath(`//*[@data-testid="employer-item"][contains(normalize-space(.), ${JSON.stringify(withPlacements)})]`)).click();
    await s.until('it is open', async () => (await text(s, 'employer-heading')) === withPlacements);
    await axeScan(s, 'Arbeidsgivere (demodata)');

    await (await s.byTestId('employer-delete')).click();
    await answerConfirm(s, `Slette ${withPlacements}?`);
    const refusal = await text(s, 'employer-error');
    assert.match(refusal, /kan ikke slettes/);
    assert.match(refusal, /Marker arbeidsgiveren som ikke egnet for nye deltakere i stedet\./);
    assert.equal(await text(s, 'employer-heading'), withPlacements, 'still there');

    // "Ny kravspesifikasjon" and the spec links lead to the spec screen.
    assert.match(
      await s.execute(`return document.querySelector('[data-testid="employer-new-spec"]').getAttribute('href')`),
      /^#\/kravspesifikasjoner\?ny=/,
    );
    const links = await s.findAll('[data-testid="employer-spec-link"]');
    if (links.length > 0) {
      assert.match(await s.execute(`return document.querySelector('[data-testid="employer-spec-link"]').getAttribute('href')`), /^#\/kravspesifikasjoner\/[0-9a-f-]{36}$/);
    }

    // The address opens an employer from elsewhere, and Back comes here again.
    const other = (await listedNames(s)).find((n) => n !== withPlacements);
    await (await s.findXPath(`//*[@data-testid="employer-item"][contains(normalize-space(.), ${JSON.stringify(other)})]`)).click();
    await s.until('the other is open', async () => (await text(s, 'employer-heading')) === other);
    const hash = await s.execute('return location.hash');
    await (await s.byTestId('nav-maler')).click();
    await s.execute(`location.hash = arguments[0]`, [hash]);
    await s.until('the address opened it again', async () => (await text(s, 'employer-heading')) === other);
  });
});
