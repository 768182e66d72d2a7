// End-to-end: plan templates, participants and placements, and the current user, in the real
// Stegvis window on a fresh app-data folder. The adviser copies the shipped butikk example,
// adds a task by keyboard, is stopped at the field when the task text is empty (nothing typed is
// lost), moves a task with Alt+ArrowDown, removes one and takes it back with "Angre"; adds a
// participant and a placement (an end date before the start is refused at the field); chooses
// who uses the machine; restarts and finds it all again. Each screen gets an axe-core scan.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';
import { axeScan, shoot, KEY, press, activeTestId, activeId, answerConfirm, appUnderTest } from './support.mjs';

const { inApp } = appUnderTest({ prefix: 'stegvis-e2e-maler-', port: 4454 });

/** The texts of the tasks of phase `n` (1-based), in order. */
function taskTexts(s, n) {
  return s.execute(
    `const phase = document.querySelectorAll('[data-testid="phase"]')[arguments[0] - 1];
     return phase ? [...phase.querySelectorAll('[data-testid="task-text"]')].map((e) => e.textContent.trim()) : null;`,
    [n],
  );
}

const phaseCss = (n) => `[data-testid="phase"]:nth-of-type(${n})`;
const copyName = 'Butikkmedarbeider (kopi)';
const newTask = 'Rydder handlekurver ved inngangen';
const adviser = 'Åse Berg';
const participant = 'Amina Yusuf';

test('an adviser adapts a template, adds a participant with a placement and says who uses the machine', async () => {
  await inApp({ width: 1440, height: 1000 }, async (s) => {

    // ---- Innstillinger: one person, chosen as the current user
    await (await s.byTestId('nav-innstillinger')).click();
    await (await s.byTestId('person-name')).replace(adviser);
    await (await s.byTestId('person-unit')).choose('Flyktningtjenesten');
    await (await s.byTestId('person-role')).choose('Programrådgiver');
    await (await s.byTestId('person-save')).click();
    await s.until('the person is listed', async () => (await (await s.byTestId('people-table')).text()).includes(adviser));
    const userSelect = await s.byTestId('current-user-select');
    await s.until('the person can be chosen', async () => (await userSelect.text()).includes(adviser));
    await userSelect.choose(adviser);
    await (await s.byTestId('current-user-save')).click();
    await s.until('the choice is saved', async () =>
      (await (await s.byTestId('current-user-status')).text()).includes(`Historikken skriver nå ${adviser}`),
    );
    await axeScan(s, 'Innstillinger');

    // ---- Maler: the examples are read-only
    await (await s.byTestId('nav-maler')).click();
    const butikk = await s.findXPath(`//*[@data-testid="template-item"][contains(normalize-space(.), "Butikkmedarbeider")]`);
    await butikk.click();
    await s.until('the example is open', async () => (await (await s.byTestId('template-heading')).text()).includes('Butikkmedarbeider'));
    await s.byTestId('template-example-notice');
    assert.equal((await s.findAll('[data-testid="task-remove"]')).length, 0, 'no edit controls on an example');
    assert.equal((await s.findAll('[data-testid="task-form"]')).length, 0, 'no task form on an example');
    await axeScan(s, 'Maler (eksempel)');

    // "Lag kopi for å tilpasse" opens the copy, which can be edited.
    await (await s.byTestId('template-copy-to-adapt')).click();
    await s.until('the copy is open', async () => (await (await s.byTestId('template-heading')).text()).includes(copyName));
    await s.until('the copy is listed', async () => (await (await s.byTestId('template-list')).text()).includes(copyName));
    const before = await taskTexts(s, 1);
    assert.ok(before.length >= 8, `phase 1 has the example's tasks: ${before}`);

    // ---- add a task by keyboard: text, Tab, measuring point, Tab, hint, Enter
    const text1 = await s.find(`${phaseCss(1)} [data-testid="task-form"] [data-testid="task-text-input"]`);
    await text1.click();
    await press(s, newTask, KEY.tab, KEY.down, KEY.tab, 'Vis hvor kurvene står', KEY.enter);
    await s.until('the task is added last in phase 1', async () => (await taskTexts(s, 1)).at(-1) === newTask);
    const added = await s.execute(
      `const rows = document.querySelectorAll('${phaseCss(1)} [data-testid="task-row"]'); const row = rows[rows.length - 1];
       return [row.querySelector('[data-testid="task-criterion"]').textContent.trim(), row.querySelector('[data-testid="task-hint"]')?.textContent.trim()];`,
    );
    assert.ok(['Språkutvikling', 'Personlig egnethet', 'Arbeidsutførelse'].includes(added[0]), added[0]);
    assert.match(added[1], /Vis hvor kurvene står/);
    assert.equal(await activeTestId(s), 'task-text-input', 'the cursor is ready for the next task');
    assert.equal(await text1.value(), '', 'the form is emptied for the next task');

    // ---- an empty task text is refused at the field; nothing typed is lost
    const hint1 = await s.find(`${phaseCss(1)} [data-testid="task-form"] [data-testid="task-hint-input"]`);
    await hint1.replace('Gjør det sammen første dag');
    await text1.replace('   ');
    await (await s.find(`${phaseCss(1)} [data-testid="task-add"]`)).click();
    const textError = await s.find(`${phaseCss(1)} [data-testid="task-form"] [data-testid="field-error-text"]`);
    assert.equal(await textError.text(), 'Arbeidsoppgaven må fylles ut.');
    assert.equal(await hint1.value(), 'Gjør det sammen første dag', 'the hint is kept');
    assert.equal(await activeTestId(s), 'task-text-input', 'focus goes to the field with the message');
    assert.equal((await taskTexts(s, 1)).length, before.length + 1, 'nothing was added');
    // Typing makes the message go away as soon as the text is fine.
    await text1.replace('Setter fram skilt om våte gulv');
    await s.until('the message is gone', async () =>
      (await s.findAll(`${phaseCss(1)} [data-testid="task-form"] [data-testid="field-error-text"]`)).length === 0,
    );
    await text1.clear();
    await hint1.clear();

    // ---- move the first task down with Alt+ArrowDown; focus stays on it
    const first = before[0];
    const firstRowId = await s.execute(`return document.querySelector('${phaseCss(1)} [data-testid="task-row"]').id`);
    await s.execute(`document.getElementById(arguments[0]).focus()`, [firstRowId]);
    await press(s, [KEY.alt, KEY.down]);
    await s.until('the task moved one place down', async () => (await taskTexts(s, 1))[1] === first);
    assert.equal((await taskTexts(s, 1))[0], before[1]);
    await s.until('focus stays on the moved task', async () => (await activeId(s)) === firstRowId);
    assert.match(await (await s.find(`${phaseCss(1)} [data-testid="task-status"]`)).text(), /er nå nummer 2/);

    // ...and back up with the button, which keeps focus too.
    await (await s.find(`#${firstRowId}-up`)).click();
    await s.until('the task is first again', async () => (await taskTexts(s, 1))[0] === first);
    await s.until('focus stays on its button', async () => (await activeId(s)) === `${firstRowId}-up`);

    // ---- remove the new task, then "Angre"
    const removeNew = await s.findXPath(
      `//*[@data-testid="task-row"][.//*[@data-testid="task-text"][normalize-space(.)=${JSON.stringify(newTask)}]]//*[@data-testid="task-remove"]`,
    );
    await removeNew.click();
    await s.until('the task is gone', async () => !(await taskTexts(s, 1)).includes(newTask));
    assert.match(await (await s.find(`${phaseCss(1)} [data-testid="task-status"]`)).text(), /er fjernet/);
    assert.equal(await activeTestId(s), 'task-undo', 'focus is on "Angre"');
    await (await s.byTestId('task-undo')).click();
    await s.until('the task is back in its place', async () => (await taskTexts(s, 1)).at(-1) === newTask);
    assert.equal((await taskTexts(s, 1)).length, before.length + 1);

    // ---- a phase's language requirement, with a level for one skill
    await (await s.find(`${phaseCss(2)} [data-testid="phase-edit"]`)).click();
    const phaseForm = await s.byTestId('phase-form');
    await (await phaseForm.find('[data-testid="phase-cefr"]')).choose('A2');
    await (await phaseForm.find('[data-testid="phase-skills"] summary')).click();
    await s.until('the skill levels are shown', () =>
      s.execute(`return document.querySelector('[data-testid="phase-cefrReading"]').getBoundingClientRect().height > 10`),
    );
    await sleep(400); // the disclosure slides open
    await (await phaseForm.find('[data-testid="phase-cefrReading"]')).choose('B1');
    await (await phaseForm.find('[data-testid="phase-save"]')).click();
    await s.until('the requirement is shown', async () =>
      (await (await s.find(`${phaseCss(2)} [data-testid="phase-language"]`)).text()) === 'A2 (lese B1)',
    );

    // ---- a fourth phase, empty: the template is a draft until it is removed again
    await (await s.byTestId('phase-add')).click();
    await s.until('there are four phases', async () => (await s.findAll('[data-testid="phase"]')).length === 4);
    assert.equal(await activeTestId(s), 'phase-heading', 'focus moves to the new phase');
    assert.match(await (await s.byTestId('template-warnings')).text(), /Fase 4 har ingen arbeidsoppgaver\./);
    await (await s.find(`${phaseCss(4)} [data-testid="phase-remove"]`)).click();
    await answerConfirm(s, 'Slette fase 4?');
    await s.until('there are three phases again', async () => (await s.findAll('[data-testid="phase"]')).length === 3);
    assert.equal(await (await s.byTestId('outline-status')).text(), 'Fase 4 er slettet.');
    assert.equal((await s.findAll('[data-testid="template-warnings"]')).length, 0);

    await axeScan(s, 'Maler (egen mal)');
    await shoot(s, 'maler.png', { calm: true });
    await shoot(s, 'maler-oppgaver.png', { calm: true, scrollTo: phaseCss(1) + ' [data-testid="task-form"]' });

    // ---- a new template has three empty phases: a draft, and printing asks first
    await (await s.byTestId('template-name-input')).replace('Lagermedarbeider Coop Lager');
    await (await s.byTestId('template-trade-input')).replace('Lager');
    await (await s.byTestId('template-create')).click();
    await s.until('the new template is open', async () =>
      (await (await s.byTestId('template-heading')).text()).includes('Lagermedarbeider Coop Lager'),
    );
    assert.equal((await s.findAll('[data-testid="phase"]')).length, 3);
    assert.match(await (await s.byTestId('template-warnings')).text(), /Fase 1 har ingen arbeidsoppgaver\./);
    await (await s.byTestId('template-print')).click();
    await answerConfirm(s, ['Skrive ut en mal med tomme faser?', 'Fase 1 har ingen arbeidsoppgaver.'], false);

    // ---- Deltakere: a participant, then a placement
    await (await s.byTestId('nav-deltakere')).click();
    await (await s.byTestId('participant-name')).replace(participant);
    assert.match(await (await s.byTestId('participant-adviser')).text(), new RegExp(adviser), 'the adviser can be chosen');
    await (await s.byTestId('participant-save')).click();
    await s.until('the participant is listed', async () => (await (await s.byTestId('participants-table')).text()).includes(participant));
    const row = await (await s.byTestId('participants-table')).text();
    assert.match(row, new RegExp(`${participant}[\\s\\S]*${adviser}[\\s\\S]*0 praksisplasser`), 'the current user is the adviser');
    await s.until('the placements are shown', async () =>
      (await (await s.byTestId('placements-heading')).text()) === `Praksisplasser for ${participant}`,
    );

    await (await s.byTestId('placement-workplace')).replace('Kiwi Sentrum');
    await (await s.byTestId('placement-mentor')).replace('Line Hansen');
    // A date that does not exist is pointed out as soon as the field is left.
    await (await s.byTestId('placement-start')).replace('31.02.2027');
    await (await s.byTestId('placement-end')).click();
    assert.match(await (await s.byTestId('field-error-startDate')).text(), /«31.02.2027» er ikke en gyldig dato/);
    await (await s.byTestId('placement-start')).replace('01.02.2027');
    await s.until('the start is fine', async () => (await s.findAll('[data-testid="field-error-startDate"]')).length === 0);
    await (await s.byTestId('placement-end')).replace('01.01.2027');
    await (await s.byTestId('placement-days')).choose('3');
    await (await s.byTestId('placement-save')).click();
    assert.equal(
      await (await s.byTestId('field-error-endDate')).text(),
      'Sluttdatoen kan ikke være før startdatoen (01.02.2027).',
    );
    assert.equal(await (await s.byTestId('placement-workplace')).value(), 'Kiwi Sentrum', 'what was typed is kept');
    assert.equal(await activeTestId(s), 'placement-end');
    assert.match(await (await s.byTestId('placements-table')).text(), /Ingen praksisplasser ennå/);
    await (await s.byTestId('placement-end')).replace('30.06.2027');
    await (await s.byTestId('placement-save')).click();
    await s.until('the placement is listed', async () =>
      (await (await s.byTestId('placements-table')).text()).includes('Kiwi Sentrum'),
    );
    const placementRow = await (await s.byTestId('placement-row')).text();
    assert.match(placementRow, /Line Hansen/);
    assert.match(placementRow, /01\.02\.2027–30\.06\.2027/);
    assert.match(placementRow, /Ingen ennå/);
    await s.until('the count is updated', async () =>
      (await (await s.byTestId('participants-table')).text()).includes('1 praksisplass'),
    );
    // A participant with a placement is not deleted; the reason is shown at the row.
    await (await s.byTestId('participant-delete')).click();
    await answerConfirm(s, `Slette ${participant}?`);
    assert.match(await (await s.byTestId('participant-error')).text(), /har 1 praksisplass\. Slett praksisplassene først\./);

    await axeScan(s, 'Deltakere');
    await shoot(s, 'deltakere.png', { calm: true });
  });
});

test('after a restart the template, the participant, the placement and the current user are still there', async () => {
  await inApp({}, async (s) => {
    await (await s.byTestId('nav-maler')).click();
    const copy = await s.findXPath(`//*[@data-testid="template-item"][contains(normalize-space(.), ${JSON.stringify(copyName)})]`);
    await copy.click();
    await s.until('the copy is open', async () => (await (await s.byTestId('template-heading')).text()).includes(copyName));
    await s.until('its tasks are shown', async () => (await taskTexts(s, 1))?.at(-1) === newTask);
    assert.equal(await (await s.find(`${phaseCss(2)} [data-testid="phase-language"]`)).text(), 'A2 (lese B1)');
    assert.equal((await s.findAll('[data-testid="phase"]')).length, 3);

    await (await s.byTestId('nav-deltakere')).click();
    await s.until('the participant is listed', async () => (await (await s.byTestId('participants-table')).text()).includes(participant));
    assert.match(await (await s.byTestId('participants-table')).text(), new RegExp(`${participant}[\\s\\S]*${adviser}[\\s\\S]*1 praksisplass`));
    await s.until('the placement is listed', async () => (await (await s.byTestId('placements-table')).text()).includes('Kiwi Sentrum'));

    await (await s.byTestId('nav-innstillinger')).click();
    const userSelect = await s.byTestId('current-user-select');
    await s.until('the current user is chosen', async () =>
      (await s.execute(`const el = document.querySelector('[data-testid="current-user-select"]'); return el.options[el.selectedIndex]?.text`))
        ?.startsWith(adviser),
    );
    assert.ok(userSelect);
  });
});
