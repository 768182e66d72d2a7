// End-to-end: the real Stegvis window, driven as a user would, on a fresh app-data folder.
// It sets the municipality, adds three people and a working group, restarts the app and finds
// them all still there; on each screen it runs axe-core and fails on serious or critical findings.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';
import { cli, shots, axeScan, shoot, appUnderTest, answerConfirm } from './support.mjs';

const { home, database, inApp } = appUnderTest({ prefix: 'stegvis-e2e-' });

async function addPerson(s, { name, unit, role, email = '', phone = '' }) {
  await (await s.byTestId('person-name')).replace(name);
  await (await s.byTestId('person-unit')).choose(unit);
  await (await s.byTestId('person-role')).choose(role);
  if (email) await (await s.byTestId('person-email')).replace(email);
  if (phone) await (await s.byTestId('person-phone')).replace(phone);
  await (await s.byTestId('person-save')).click();
  await s.until(`${name} is listed`, async () => (await (await s.byTestId('people-table')).text()).includes(name));
}

const people = [
  { name: 'Åse Berg', unit: 'Flyktningtjenesten', role: 'Programrådgiver', email: 'ase.berg@lorenskog.kommune.no', phone: '+47 912 34 567' },
  { name: 'Zahra Ahmadi', unit: 'Voksenopplæringen', role: 'Lærer' },
  { name: 'Øystein Lie', unit: 'Nav', role: 'Nav-veileder', phone: '22 33 44 55' },
];
const groupName = 'Arbeidsrettet løp butikk 2027';

test('first start creates the database in the app-data folder and the user sets everything up', async () => {
  await inApp({}, async (s) => {
    assert.ok(existsSync(database), `database created at ${database}`);

    await (await s.byTestId('nav-innstillinger')).click();
    const municipality = await s.byTestId('municipality-input');
    await municipality.replace('Lørenskog kommune');
    await (await s.byTestId('municipality-save')).click();
    await s.until('the municipality shows in the frame', async () => (await s.pageText()).includes('Lørenskog kommune'));

    // Bad input: a blank name is refused at its field and nothing is added.
    await (await s.byTestId('person-name')).replace('   ');
    await (await s.byTestId('person-save')).click();
    const error = await s.byTestId('field-error-name');
    assert.match(await error.text(), /Navn må fylles ut/);
    // An impossible e-mail address is refused at its field, and what was typed stays.
    await (await s.byTestId('person-name')).replace('Test Person');
    await (await s.byTestId('person-email')).replace('test@');
    await (await s.byTestId('person-save')).click();
    assert.match(await (await s.byTestId('field-error-email')).text(), /E-postadressen ser ikke riktig ut/);
    assert.equal(await (await s.byTestId('person-name')).value(), 'Test Person');
    await (await s.byTestId('person-email')).clear();
    await (await s.byTestId('person-name')).clear();

    for (const p of people) await addPerson(s, p);
    const table = await (await s.byTestId('people-table')).text();
    const order = people.map((p) => table.indexOf(p.name));
    assert.ok(order.every((i) => i >= 0), table);
    // Norwegian order: Z before Ø before Å.
    assert.ok(table.indexOf('Zahra Ahmadi') < table.indexOf('Øystein Lie'), table);
    assert.ok(table.indexOf('Øystein Lie') < table.indexOf('Åse Berg'), table);
    assert.ok(!table.includes('Test Person'), 'the refused person was not saved');

    await axeScan(s, 'Innstillinger');

    await (await s.byTestId('nav-arbeidsgruppe')).click();
    await (await s.byTestId('group-name-input')).replace(groupName);
    await (await s.byTestId('group-create')).click();
    await s.until('the group is listed', async () => (await (await s.byTestId('group-list')).text()).includes(groupName));
    const warning = await s.byTestId('unit-warning');
    assert.match(await warning.text(), /Flyktningtjenesten, Voksenopplæringen og Nav/);

    for (const p of people.slice(0, 2)) {
      await (await s.byTestId('member-select')).choose(p.name);
      await (await s.byTestId('member-add')).click();
      await s.until(`${p.name} is a member`, async () => (await (await s.byTestId('members-table')).text()).includes(p.name));
    }
    assert.match(await (await s.byTestId('unit-warning')).text(), /ingen fra Nav/);
    await axeScan(s, 'Arbeidsgruppe med advarsel');

    await (await s.byTestId('member-select')).choose(people[2].name);
    await (await s.byTestId('member-add')).click();
    await s.until('the warning is gone', async () => (await s.findAll('[data-testid="unit-warning"]')).length === 0);

    // Åse Berg (listed first, under Flyktningtjenesten) leads the process.
    await (await s.byTestId('leader-set')).click();
    await s.until('the leader is marked', async () => (await (await s.byTestId('members-table')).text()).includes('Leder prosessen'));
    await axeScan(s, 'Arbeidsgruppe');
    if (shots) {
      await s.setWindowSize(1440, 1000);
      await sleep(500); // let the layout settle at the new size before scrolling to the top
      await s.execute("document.activeElement?.blur(); document.querySelectorAll('*').forEach((e) => { e.scrollTop = 0; }); window.scrollTo(0, 0)");
      await sleep(200);
      await shoot(s, 'arbeidsgruppe.png');
    }
  });
});

test('after a restart everything is still there', async () => {
  await inApp({}, async (s) => {
    await s.until('the municipality is shown', async () => (await s.pageText()).includes('Lørenskog kommune'));
    await (await s.byTestId('nav-arbeidsgruppe')).click();
    await s.until('the group is listed', async () => (await (await s.byTestId('group-list')).text()).includes(groupName));
    const groupEntry = await s.findXPath(`//*[@data-testid="group-item"][contains(normalize-space(.), ${JSON.stringify(groupName)})]`);
    await groupEntry.click();
    await s.until('all three members are shown', async () => {
      const members = await (await s.byTestId('members-table')).text();
      return people.every((p) => members.includes(p.name));
    });
    const members = await (await s.byTestId('members-table')).text();
    assert.match(members, /Åse Berg[\s\S]*Leder prosessen/, 'the leader mark was kept');
    await (await s.byTestId('nav-innstillinger')).click();
    await s.until('the people are listed', async () =>
      (await (await s.byTestId('people-table')).text()).includes(people.at(-1).name),
    );
    const table = await (await s.byTestId('people-table')).text();
    for (const p of people) assert.ok(table.includes(p.name), `${p.name} in ${table}`);

    // Deleting someone who sits in a working group is refused at their row; nothing is lost.
    const row = `//*[@data-testid="person-row"][contains(normalize-space(.), "Åse Berg")]`;
    await (await s.findXPath(`${row}//*[@data-testid="person-delete"]`)).click();
    await answerConfirm(s, 'Åse Berg');
    const refusal = await s.byTestId('person-error');
    assert.match(await refusal.text(), /Åse Berg er med i 1 arbeidsgruppe/);
    assert.ok((await (await s.byTestId('people-table')).text()).includes('Åse Berg'));
  });
  // The same data, seen from the command line over the same database.
  const groups = execFileSync(cli, ['--db', database, 'list', 'groups'], { encoding: 'utf8' });
  assert.match(groups, new RegExp(`^[0-9a-f-]{36}\\t${groupName}$`, 'm'));
  if (shots) {
    const pdf = join(home, 'arbeidsgruppe.pdf');
    execFileSync(cli, ['--db', database, 'pdf', 'arbeidsgruppe', '--out', pdf]);
    execFileSync('pdftoppm', ['-png', '-r', '80', '-f', '1', '-l', '1', '-singlefile', pdf, join(shots, 'utskrift-arbeidsgruppe')]);
  }
});

test('a database path in a missing folder shows a clear message instead of crashing', async () => {
  const missing = join(home, 'finnes-ikke', 'stegvis.sqlite');
  await inApp({ args: ['--db', missing] }, async (s) => {
    const error = await s.byTestId('startup-error');
    const text = await error.text();
    assert.match(text, /finnes ikke/);
    assert.ok(text.includes(join(home, 'finnes-ikke')), text);
    await axeScan(s, 'Oppstartsfeil');
  });
  assert.ok(!existsSync(join(home, 'finnes-ikke')), 'no folder was created');
});
