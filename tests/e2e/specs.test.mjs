// End-to-end: Kravspesifikasjoner and the placement agreement in the real Stegvis window, on a
// fresh app-data folder. An employer with a contact person and a fadder is registered through the
// app's own commands (the Arbeidsgivere screen has its own test). The adviser writes a
// specification from the butikk example, is stopped at the field when a requirement has no text
// or a language requirement no level (nothing is saved), moves and removes a requirement (and
// takes it back), marks the specification agreed, changes it so that version 2 appears, looks at
// version 1 read-only, prints both versions (the same command the button calls, since the save
// dialog belongs to the operating system) and reads the PDFs back, makes a template that covers
// every "må", links a placement to the employer and the agreed version, and prints its placement
// agreement. axe-core runs on the list, the editor with coverage, and the placement form.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';
import { shots, axeScan, shoot, KEY, press, activeTestId, activeId, answerConfirm, appUnderTest } from './support.mjs';

const { home, inApp } = appUnderTest({ prefix: 'stegvis-e2e-specs-', port: 4484 });

const employerName = 'Matbutikken Stegvik';
const contactName = 'Kari Nilsen';
const mentorName = 'Line Hansen';
const adviser = 'Åse Berg';
const participant = 'Amina Yusuf';

function norwegianDate(d) {
  return `${String(d.getDate()).padStart(2, '0')}.${String(d.getMonth() + 1).padStart(2, '0')}.${d.getFullYear()}`;
}
const today = norwegianDate(new Date());
const todayRe = today.replace(/\./g, '\\.');

/** Calls one of the app's commands from inside the window, as api.ts does; rejects with its error. */
async function invoke(s, command, args = {}) {
  const [ok, value] = await s.executeAsync(
    `const done = arguments[arguments.length - 1];
     window.__TAURI_INTERNALS__.invoke(arguments[0], arguments[1])
       .then((v) => done([true, v ?? null]), (e) => done([false, e]));`,
    [command, args],
  );
  if (!ok) throw new Error(`${command}: ${JSON.stringify(value)}`);
  return value;
}

/**
 * Sets the window's size and waits until the page has it: the window manager answers late, and a
 * layout that shifts under the pointer between press and release loses the click.
 */
async function resize(s, width, height) {
  await s.setWindowSize(width, height);
  await s.until(`the window is ${width}×${height}`, () =>
    s.execute('return innerWidth === arguments[0] && innerHeight === arguments[1]', [width, height]),
  );
  await sleep(200);
}

/** Moves the mouse out of the way, so no button shows its hover colour in a screenshot. */
async function parkPointer(s) {
  await s.req('POST', '/actions', {
    actions: [{ type: 'pointer', id: 'mouse', parameters: { pointerType: 'mouse' }, actions: [{ type: 'pointerMove', x: 1, y: 1, origin: 'viewport' }] }],
  });
  await s.req('DELETE', '/actions');
}

const groupCss = (key) => `[data-testid="requirement-group"][data-group="${key}"]`;

/** The requirements shown in a group, as the row reads them. */
function groupTexts(s, key) {
  return s.execute(
    `const g = document.querySelector(arguments[0]);
     return g ? [...g.querySelectorAll('[data-testid="requirement-text-shown"]')].map((e) => e.textContent.replace(/\\s+/g, ' ').trim()) : null;`,
    [groupCss(key)],
  );
}

const rowCount = (s) => s.execute(`return document.querySelectorAll('[data-testid="requirement-row"]').length`);
const specIdFromHash = (s) => s.execute(`return decodeURIComponent(location.hash.split('/')[2] ?? '')`);

async function statusText(s) {
  return (await (await s.byTestId('spec-status')).text()).trim();
}

function pdfText(path) {
  assert.ok(existsSync(path), `${path} was written`);
  assert.equal(readFileSync(path).subarray(0, 5).toString(), '%PDF-');
  return execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' });
}

let employerId;

test('an adviser writes a specification with the employer, agrees it, changes it into version 2 and builds training on it', async () => {
  await inApp({}, async (s) => {
    await resize(s, 1440, 1000);

    // ---- the register: who uses the machine, and the employer with a contact and a fadder
    const units = await invoke(s, 'list_units');
    const unit = units.find((u) => u.kind === 'flyktningtjeneste') ?? units[0];
    const person = await invoke(s, 'create_person', {
      input: { name: adviser, unitId: unit.id, role: 'programraadgiver', email: null, phone: null },
    });
    await invoke(s, 'set_current_user', { personId: person.id });
    const employer = await invoke(s, 'create_employer', {
      input: {
        name: employerName,
        orgNumber: '',
        trade: 'Butikk',
        address: 'Storgata 1, Stegvik',
        sector: 'privat',
        notes: '',
        kinds: ['arbeidspraksis'],
        busyMonths: [],
      },
    });
    employerId = employer.id;
    await invoke(s, 'add_contact', { employerId, input: { name: contactName, role: 'Butikksjef', phone: null, email: null } });
    await invoke(s, 'add_mentor', {
      employerId,
      input: { name: mentorName, role: 'Butikkmedarbeider', phone: null, trained: false, trainedOn: null },
    });

    // ---- the empty list
    await (await s.byTestId('nav-kravspesifikasjoner')).click();
    await s.byTestId('specs-empty');
    await axeScan(s, 'Kravspesifikasjoner (tom liste)');

    // ---- the form for a new one, opened as the Arbeidsgivere screen links to it
    await s.execute(`location.hash = arguments[0]`, [`#/kravspesifikasjoner?ny=${employerId}`]);
    await s.byTestId('spec-new-form');
    await s.until('the employer is chosen', async () =>
      (await s.execute(`const el = document.querySelector('[data-testid="spec-new-employer"]'); return el.options[el.selectedIndex]?.text`)) ===
      employerName,
    );
    // Starting from an example is the default; the butikk example fills in the position.
    const example = await s.byTestId('spec-new-example');
    await example.choose('Butikkmedarbeider');
    const exampleLabel = await s.execute(
      `const el = document.querySelector('[data-testid="spec-new-example"]'); return el.options[el.selectedIndex].text`,
    );
    const exampleCount = Number(/(\d+) krav/.exec(exampleLabel)[1]);
    assert.equal(await (await s.byTestId('spec-new-position')).value(), 'Butikkmedarbeider');
    await axeScan(s, 'Ny kravspesifikasjon');
    await (await s.byTestId('spec-new-submit')).click();
    await s.until('the specification opens', async () => (await (await s.byTestId('spec-heading')).text()) === 'Butikkmedarbeider');
    assert.match(await statusText(s), new RegExp(`Kravspesifikasjonen Butikkmedarbeider for ${employerName} er laget`));
    assert.equal(await rowCount(s), exampleCount, 'every requirement of the example is there');
    assert.match(await (await s.byTestId('spec-version-status')).text(), /Versjon 1 er et utkast/);
    const item = await s.byTestId('spec-item');
    assert.match(await item.text(), /Butikkmedarbeider[\s\S]*Utkast/);
    assert.match(await (await s.byTestId('spec-list')).text(), new RegExp(employerName));
    assert.equal(await (await s.byTestId('spec-employer-link')).text(), employerName);
    const specId = await specIdFromHash(s);
    assert.ok(specId, 'the address names the specification');
    const languageBefore = await groupTexts(s, 'sprak');
    assert.ok(languageBefore.some((t) => /Lytte A1/.test(t)), `language requirements: ${languageBefore}`);

    // ---- a language requirement without a level is stopped at the level; nothing is saved
    const language = await s.find(`${groupCss('sprak')} [data-testid="requirement-form"]`);
    await (await language.find('[data-testid="requirement-skill"]')).choose('Lese');
    const languageText = await language.find('[data-testid="requirement-text"]');
    await languageText.replace('Leser oppslag på pauserommet');
    await (await language.find('[data-testid="requirement-add"]')).click();
    assert.equal(await (await language.find('[data-testid="field-error-cefr"]')).text(), 'Språknivå må fylles ut.');
    assert.equal(await languageText.value(), 'Leser oppslag på pauserommet', 'what was typed is kept');
    assert.equal(await activeTestId(s), 'requirement-cefr', 'focus goes to the field with the message');
    assert.deepEqual(await groupTexts(s, 'sprak'), languageBefore, 'nothing was added');
    await (await language.find('[data-testid="requirement-cefr"]')).choose('A2');
    await s.until('the message goes as soon as a level is chosen', async () =>
      (await s.findAll(`${groupCss('sprak')} [data-testid="field-error-cefr"]`)).length === 0,
    );
    await (await language.find('[data-testid="requirement-add"]')).click();
    await s.until('the language requirement is added', async () => (await groupTexts(s, 'sprak')).length === languageBefore.length + 1);
    assert.match((await groupTexts(s, 'sprak')).at(-1), /Lese A2 – Leser oppslag på pauserommet/);

    // ---- an empty requirement text is refused at the field; nothing is saved
    const work = await s.find(`${groupCss('arbeid')} [data-testid="requirement-form"]`);
    const workText = await work.find('[data-testid="requirement-text"]');
    const workBefore = await groupTexts(s, 'arbeid');
    await (await work.find('[data-testid="requirement-need"]')).choose('Bør');
    await workText.replace('   ');
    await (await work.find('[data-testid="requirement-add"]')).click();
    assert.equal(await (await work.find('[data-testid="field-error-text"]')).text(), 'Krav må fylles ut.');
    assert.deepEqual(await groupTexts(s, 'arbeid'), workBefore);
    assert.equal(
      await s.execute(`return document.querySelector('${groupCss('arbeid')} [data-testid="requirement-form"] [data-testid="requirement-need"]').value`),
      'bor',
      'the choice of "bør" is kept',
    );

    // ...and one added by keyboard: text, then Enter.
    await workText.click();
    await press(s, 'Kan kildesortere og ta imot pant', KEY.enter);
    await s.until('the requirement is added last', async () => (await groupTexts(s, 'arbeid')).at(-1) === 'Kan kildesortere og ta imot pant');
    const added = await s.execute(
      `const rows = document.querySelectorAll('${groupCss('arbeid')} [data-testid="requirement-row"]'); const row = rows[rows.length - 1];
       return [row.querySelector('[data-testid="requirement-need-shown"]').textContent.trim(), row.querySelector('[data-testid="requirement-phase-shown"]').textContent.trim()];`,
    );
    assert.deepEqual(added, ['Bør', 'Underveis']);
    assert.equal(await activeTestId(s), 'requirement-text', 'the cursor is ready for the next requirement');

    // ---- move the first requirement down with Alt+ArrowDown; focus stays on it
    const before = await groupTexts(s, 'arbeid');
    const firstRow = await s.execute(`return document.querySelector('${groupCss('arbeid')} [data-testid="requirement-row"]').id`);
    await s.execute(`document.getElementById(arguments[0]).focus()`, [firstRow]);
    await press(s, [KEY.alt, KEY.down]);
    await s.until('it moved one place down', async () => (await groupTexts(s, 'arbeid'))[1] === before[0]);
    await s.until('focus stays on it', async () => (await activeId(s)) === firstRow);
    assert.match(await (await s.find(`${groupCss('arbeid')} [data-testid="requirement-status"]`)).text(), /er nå nummer 2/);
    await (await s.find(`#${firstRow}-up`)).click();
    await s.until('it is first again', async () => (await groupTexts(s, 'arbeid'))[0] === before[0]);

    // ---- remove the new one, then "Angre"
    await (
      await s.findXPath(
        `//*[@data-testid="requirement-row"][.//*[@data-testid="requirement-text-shown"][normalize-space(.)="Kan kildesortere og ta imot pant"]]//*[@data-testid="requirement-remove"]`,
      )
    ).click();
    await s.until('it is gone', async () => !(await groupTexts(s, 'arbeid')).includes('Kan kildesortere og ta imot pant'));
    assert.equal(await activeTestId(s), 'requirement-undo', 'focus is on "Angre"');
    await (await s.byTestId('requirement-undo')).click();
    await s.until('it is back', async () => (await groupTexts(s, 'arbeid')).at(-1) === 'Kan kildesortere og ta imot pant');
    const v1Count = await rowCount(s);

    // ---- the position can be renamed; Escape leaves it as it was
    await (await s.byTestId('spec-rename')).click();
    await (await s.byTestId('spec-rename-input')).replace('Butikkmedarbeider helg');
    await press(s, KEY.escape);
    assert.equal(await (await s.byTestId('spec-heading')).text(), 'Butikkmedarbeider');
    assert.equal(await activeTestId(s), 'spec-rename', 'focus is back on the button');
    await (await s.byTestId('spec-rename')).click();
    await (await s.byTestId('spec-rename-input')).replace('Butikkmedarbeider helg');
    await press(s, KEY.enter);
    await s.until('the heading has the new name', async () => (await (await s.byTestId('spec-heading')).text()) === 'Butikkmedarbeider helg');
    await s.until('so has the list', async () => /Butikkmedarbeider helg/.test(await (await s.byTestId('spec-item')).text()));
    // The list reloads after a rename and may redraw the header just as the button is pressed.
    await s.until('the rename field is open again', async () => {
      if ((await s.findAll('[data-testid="spec-rename-input"]')).length > 0) return true;
      await (await s.find('[data-testid="spec-rename"]')).click();
      return false;
    });
    await (await s.byTestId('spec-rename-input')).replace('Butikkmedarbeider');
    await (await s.byTestId('spec-rename-save')).click();
    await s.until('the name is back', async () => (await (await s.byTestId('spec-heading')).text()) === 'Butikkmedarbeider');

    // ---- "Marker som avtalt": today, with the employer's contact suggested
    await (await s.byTestId('spec-agree-open')).click();
    assert.equal(await (await s.byTestId('spec-agreed-on')).value(), today);
    const suggested = await s.execute(`return [...document.querySelectorAll('#spec-agreed-with-names option')].map((o) => o.value)`);
    assert.ok(suggested.includes(contactName) && suggested.includes(mentorName), `suggestions: ${suggested}`);
    await (await s.byTestId('spec-agree-save')).click();
    assert.equal(await (await s.byTestId('field-error-agreedWith')).text(), 'Avtalt med må fylles ut.');
    await (await s.byTestId('spec-agreed-with')).replace(contactName);
    await (await s.byTestId('spec-agree-save')).click();
    await s.until('the version is agreed', async () =>
      new RegExp(`Avtalt ${todayRe} med ${contactName} \\(registrert av ${adviser}\\)`).test(await (await s.byTestId('spec-version-status')).text()),
    );
    assert.match(await statusText(s), new RegExp(`Versjon 1 er markert som avtalt ${todayRe}`));
    await s.until('the list says so', async () => new RegExp(`Avtalt ${todayRe} \\(v1\\)`).test(await (await s.byTestId('spec-item')).text()));
    assert.match(await (await s.byTestId('spec-new-version-note')).text(), /Versjon 1 er avtalt\. Endringer lager versjon 2\./);

    // "Angre" takes the agreement back, and it is marked again.
    await (await s.byTestId('spec-withdraw')).click();
    await s.until('it is a draft again', async () => /Versjon 1 er et utkast/.test(await (await s.byTestId('spec-version-status')).text()));
    assert.match(await statusText(s), /Versjon 1 er et utkast igjen/);
    await (await s.byTestId('spec-agree-open')).click();
    await (await s.byTestId('spec-agreed-with')).replace(contactName);
    await (await s.byTestId('spec-agree-save')).click();
    await s.until('agreed again', async () => /Avtalt/.test(await (await s.byTestId('spec-version-status')).text()));
    await axeScan(s, 'Kravspesifikasjon (avtalt)');

    // ---- an edit of the agreed version makes version 2; version 1 stays as agreed
    const firstWork = (await groupTexts(s, 'arbeid'))[0];
    await (await s.find(`${groupCss('arbeid')} [data-testid="requirement-edit"]`)).click();
    const editForm = await s.byTestId('requirement-edit-form');
    assert.match(await editForm.text(), /Versjon 1 er avtalt\. Endringer lager versjon 2\./, 'the form says so before saving');
    const editText = await editForm.find('[data-testid="requirement-text"]');
    await editText.replace('Vet hva en butikkmedarbeider gjør gjennom en hel vakt, også i helgene.');
    await (await editForm.find('[data-testid="requirement-save"]')).click();
    await s.until('version 2 is made', async () => /Versjon 2 er laget med endringen\. Versjon 1 er uendret\./.test(await statusText(s)));
    assert.equal((await groupTexts(s, 'arbeid'))[0], 'Vet hva en butikkmedarbeider gjør gjennom en hel vakt, også i helgene.');
    assert.match(await (await s.byTestId('spec-version-status')).text(), /Versjon 2 er et utkast/);
    const versions = await s.execute(`return [...document.querySelector('[data-testid="spec-version-select"]').options].map((o) => o.text)`);
    assert.deepEqual(versions, [`Versjon 1 – avtalt ${today}`, 'Versjon 2 – utkast']);
    await s.until('the list shows the draft', async () => /Utkast \(v2\) · v1 er avtalt/.test(await (await s.byTestId('spec-item')).text()));
    await s.byTestId('spec-discard');

    // ---- version 1 is read-only, with the way back to the latest
    await (await s.byTestId('spec-version-select')).choose('Versjon 1');
    await s.byTestId('spec-old-version-note');
    assert.equal((await groupTexts(s, 'arbeid'))[0], firstWork, 'version 1 is as agreed');
    assert.equal((await s.findAll('[data-testid="requirement-edit"]')).length, 0, 'no edit buttons');
    assert.equal((await s.findAll('[data-testid="requirement-form"]')).length, 0, 'no add forms');
    assert.equal(await rowCount(s), v1Count);
    assert.match(await (await s.byTestId('spec-print')).text(), /Skriv ut versjon 1/);
    await axeScan(s, 'Kravspesifikasjon (eldre versjon)');
    await (await s.byTestId('spec-go-latest')).click();
    await s.until('back at version 2', async () => /Versjon 2 er et utkast/.test(await (await s.byTestId('spec-version-status')).text()));

    // ---- print both versions, and read them back
    const v1Pdf = join(home, `Kravspesifikasjon – ${employerName} – Butikkmedarbeider v1.pdf`);
    const v2Pdf = join(home, `Kravspesifikasjon – ${employerName} – Butikkmedarbeider v2.pdf`);
    await invoke(s, 'print_spec', { id: specId, version: 1, path: v1Pdf });
    await invoke(s, 'print_spec', { id: specId, version: 2, path: v2Pdf });
    const v1Text = pdfText(v1Pdf);
    const v2Text = pdfText(v2Pdf);
    assert.notEqual(v1Text, v2Text);
    assert.match(v1Text, /[Vv]ersjon 1/);
    assert.match(v2Text, /[Vv]ersjon 2/);
    assert.match(v1Text, new RegExp(employerName));
    assert.match(v2Text, /gjennom en hel vakt/);
    assert.doesNotMatch(v1Text, /gjennom en hel vakt/);
    if (shots) {
      mkdirSync(shots, { recursive: true });
      execFileSync('pdftoppm', ['-png', '-r', '80', '-f', '1', '-l', '1', '-singlefile', v2Pdf, join(shots, 'utskrift-kravspesifikasjon')]);
    }

    // ---- version 2 agreed too
    await (await s.byTestId('spec-agree-open')).click();
    await (await s.byTestId('spec-agreed-with')).replace(contactName);
    await (await s.byTestId('spec-agree-save')).click();
    await s.until('version 2 is agreed', async () => /Avtalt/.test(await (await s.byTestId('spec-version-status')).text()));
    await s.until('the list says v2', async () => new RegExp(`Avtalt ${todayRe} \\(v2\\)`).test(await (await s.byTestId('spec-item')).text()));

    // ---- training: the example template does not cover everything, and cannot be changed
    const template = await s.byTestId('coverage-template');
    await template.choose('Butikkmedarbeider – eksempel');
    const uncovered = await s.byTestId('coverage-uncovered');
    await s.until('the coverage is shown', async () => /må-krav/.test(await uncovered.text()));
    const missing = await s.findAll('[data-testid="coverage-row"][data-missing="true"]');
    if (missing.length > 0) {
      assert.match(await uncovered.text(), new RegExp(`${missing.length} må-krav er ikke dekket`));
      await (await s.byTestId('coverage-align')).click();
      assert.match(await (await s.byTestId('coverage-example-help')).text(), /Eksempelmalene kan ikke endres/);
    }
    // A new template from the specification covers every "må".
    const name = await s.byTestId('coverage-template-name');
    assert.equal(await name.value(), `Butikkmedarbeider – ${employerName}`);
    await (await s.byTestId('coverage-create')).click();
    await s.until('the template is made', async () => /Malen .* er laget/.test(await (await s.byTestId('coverage-status')).text()));
    await s.until('every må is covered', async () => (await (await s.byTestId('coverage-uncovered')).text()) === 'Alle må-krav er dekket.');
    assert.equal((await s.findAll('[data-testid="coverage-row"][data-missing="true"]')).length, 0);
    await s.byTestId('coverage-open-templates');
    await axeScan(s, 'Kravspesifikasjon med dekning');

    await parkPointer(s);
    await shoot(s, 'kravspesifikasjon.png', { calm: true });
  });
});

test('a placement is linked to the employer and the agreed version, and its agreement prints', async () => {
  await inApp({}, async (s) => {
    await resize(s, 1440, 1000);
    await (await s.byTestId('nav-deltakere')).click();
    await (await s.byTestId('participant-name')).replace(participant);
    await (await s.byTestId('participant-save')).click();
    await s.until('the participant is listed', async () => (await (await s.byTestId('participants-table')).text()).includes(participant));
    await s.until('the placements are shown', async () =>
      (await (await s.byTestId('placements-heading')).text()) === `Praksisplasser for ${participant}`,
    );

    // Choosing the employer fills in the workplace and offers its fadders, contacts and agreed versions.
    await (await s.byTestId('placement-employer')).choose(employerName);
    await s.until('the workplace is filled in', async () => (await (await s.byTestId('placement-workplace')).value()) === employerName);
    await (await s.byTestId('placement-mentor-select')).choose(mentorName);
    await (await s.byTestId('placement-contact')).choose(contactName);
    await (await s.byTestId('placement-kind')).choose('Arbeidspraksis');
    const specOptions = await s.execute(`return [...document.querySelector('[data-testid="placement-spec"]').options].map((o) => o.text)`);
    assert.deepEqual(specOptions, ['Ingen', `Butikkmedarbeider, versjon 2 (avtalt ${today})`], 'only the agreed version is offered');
    await (await s.byTestId('placement-spec')).choose('Butikkmedarbeider, versjon 2');
    await (await s.byTestId('placement-start')).replace('01.09.2027');
    await (await s.byTestId('placement-end')).replace('31.12.2027');
    await (await s.byTestId('placement-days')).choose('4');
    await (await s.byTestId('placement-school-days')).choose('4');
    await (await s.byTestId('placement-goal')).replace('Fast deltidsjobb i butikken etter praksisen.');

    // Eight days a week is refused by the core at the field; nothing typed is lost.
    await (await s.byTestId('placement-save')).click();
    assert.match(await (await s.byTestId('field-error-schoolDaysPerWeek')).text(), /En uke har sju dager/);
    assert.equal(await (await s.byTestId('placement-goal')).value(), 'Fast deltidsjobb i butikken etter praksisen.');
    assert.equal(await (await s.byTestId('placement-workplace')).value(), employerName);
    assert.match(await (await s.byTestId('placements-table')).text(), /Ingen praksisplasser ennå/);
    await axeScan(s, 'Praksisplass med avtale');
    await (await s.byTestId('placement-school-days')).choose('1');
    await (await s.byTestId('placement-save')).click();
    await s.until('the placement is listed', async () => (await s.findAll('[data-testid="placement-row"]')).length === 1);
    const row = await (await s.byTestId('placement-row')).text();
    assert.match(row, new RegExp(employerName));
    assert.match(row, /Arbeidspraksis/);
    assert.match(row, /Kravspesifikasjon: Butikkmedarbeider, versjon 2/);
    assert.match(row, new RegExp(mentorName));
    assert.match(row, /\+ 1 på skolen/);
    await s.byTestId('placement-print');
    await axeScan(s, 'Deltakere med praksisavtale');

    // The agreement prints (the same command the row's button calls).
    const placements = await invoke(s, 'list_placements', { participantId: null });
    assert.equal(placements.length, 1);
    assert.equal(placements[0].specLabel, 'Butikkmedarbeider, versjon 2');
    const pdf = join(home, `Praksisavtale – ${participant} – ${employerName}.pdf`);
    await invoke(s, 'print_placement_agreement', { id: placements[0].id, path: pdf });
    const text = pdfText(pdf);
    assert.match(text, new RegExp(participant));
    assert.match(text, new RegExp(employerName));
    assert.match(text, new RegExp(mentorName));
    if (shots) mkdirSync(shots, { recursive: true });
    if (shots) execFileSync('pdftoppm', ['-png', '-r', '80', '-f', '1', '-l', '1', '-singlefile', pdf, join(shots, 'utskrift-praksisavtale')]);

    // The spec link in the row opens the specification; now that a placement is made against
    // version 2, its agreement cannot be taken back and the specification cannot be deleted.
    await (await s.byTestId('placement-spec-link')).click();
    await s.until('the specification opens', async () => (await (await s.byTestId('spec-heading')).text()) === 'Butikkmedarbeider');
    await s.until('version 2 is shown', async () => /Avtalt/.test(await (await s.byTestId('spec-version-status')).text()));
    assert.equal((await s.findAll('[data-testid="spec-withdraw"]')).length, 0);
    await (await s.byTestId('spec-delete')).click();
    await answerConfirm(s, 'Slette kravspesifikasjonen Butikkmedarbeider?');
    assert.match(await (await s.byTestId('spec-error')).text(), /1 praksisavtale er laget etter denne kravspesifikasjonen/);
    assert.equal((await s.findAll('[data-testid="spec-item"]')).length, 1);

    // A change makes version 3; "Forkast endringene" throws it away and version 2 holds again.
    await (await s.find(`${groupCss('hms')} [data-testid="requirement-remove"]`)).click();
    await s.until('version 3 is made', async () => /Versjon 3 er laget med endringen/.test(await statusText(s)));
    await (await s.byTestId('spec-discard')).click();
    await answerConfirm(s, ['Forkaste versjon 3?', 'versjon 2 gjelder igjen']);
    await s.until('version 2 holds again', async () => /Endringene er forkastet\. Versjon 2 gjelder\./.test(await statusText(s)));
    const versions = await s.execute(`return [...document.querySelector('[data-testid="spec-version-select"]').options].map((o) => o.text)`);
    assert.deepEqual(versions, [`Versjon 1 – avtalt ${today}`, `Versjon 2 – avtalt ${today}`]);
    assert.match(await (await s.byTestId('spec-version-status')).text(), new RegExp(`Avtalt ${todayRe} med ${contactName}`));
  });
});
