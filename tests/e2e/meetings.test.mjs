// End-to-end: Arbeidsmøter in the real Stegvis window, on a fresh app-data folder with the demo
// data (people of the three units and the demo working group). The group leader plans a step-1
// meeting – first with the end before the start, which the end field points out and nothing is
// saved – and finds the agenda seeded from the kjøreplan, summing to 3 t 30 min; an agenda item
// of 0 minutes is refused at its field. In presentation mode (full window, large type: body text
// at least 28 px at 1920×1080, no scrolling at 1280×720) the keyboard starts the timer, advances
// two items, captures a decision and a follow-up with owner and deadline, and Escape leaves with
// focus back on the button. The meeting page lists both, the minutes are printed and read back,
// the open follow-ups are listed under their owner, and a follow-up without an owner carries a
// warning. After a restart the time each item took is still there and presenting resumes at the
// last item that has time. axe-core scans the screen in normal and in presentation mode. With
// STEGVIS_SCREENSHOTS set, the README's pictures of presentation mode are taken at 1920×1080
// and 1280×720.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';
import { axeScan, shoot, shots, KEY, press, activeTestId, appUnderTest, text, count, typeInto, printTo } from './support.mjs';

const { home, inApp } = appUnderTest({ prefix: 'stegvis-e2e-moter-', port: 4504, demo: true });

/** Text of an element that may be visually hidden (WebDriver reports only what is seen). */
const textOf = (s, css) => s.execute(`return document.querySelector(arguments[0])?.textContent.replace(/\\s+/g, ' ').trim() ?? null`, [css]);

const nextYear = new Date().getFullYear() + 1;
const meetingDate = `10.03.${nextYear}`;
const deadline = `01.06.${nextYear}`;
const decision = 'Vi kartlegger butikk, renhold og lager først, og tar helse og omsorg i neste runde.';
const followUp = 'Hente tall for ledige stillinger i renhold fra markedskontakten i Nav';
const noOwner = 'Finne en dato for møtet med kommunalsjefen';
const owner = 'Sara Lie';

test('the group plans a step-1 meeting, runs it on the projector and prints the minutes', async () => {
  await inApp({ width: 1920, height: 1080 }, async (s) => {
    await (await s.byTestId('nav-moter')).click();
    await s.byTestId('meetings-list');
    const before = await count(s, '[data-testid="meeting-row"]');

    // ---- plan a meeting: the end before the start is pointed out at the end field, nothing is saved
    await (await s.byTestId('meeting-new')).click();
    await s.byTestId('meeting-form');
    await (await s.byTestId('meeting-step')).choose('Steg 1:');
    assert.equal(await (await s.byTestId('meeting-ends')).value(), '12:30', 'a new meeting lasts as long as the step');
    await typeInto(s, 'meeting-date', meetingDate);
    await typeInto(s, 'meeting-starts', '12:00');
    await typeInto(s, 'meeting-ends', '09:00');
    await s.until('the end field says so at once', async () =>
      (await text(s, 'field-error-endsAt')).includes('Møtet må slutte etter at det begynner'),
    );
    await typeInto(s, 'meeting-place', 'Møterommet Fjorden, rådhuset');
    assert.equal(await count(s, '[data-testid="meeting-invitee"]:checked'), await count(s, '[data-testid="meeting-invitee"]'), 'everyone is invited');
    await (await s.byTestId('meeting-save')).click();
    await s.until('focus goes to the end field', async () => (await activeTestId(s)) === 'meeting-ends');
    assert.match(await s.execute('return location.hash'), /\?ny=/, 'still the plan form: nothing was saved');
    assert.equal(await (await s.byTestId('meeting-date')).value(), meetingDate, 'what was typed is kept');

    await typeInto(s, 'meeting-starts', '09:00');
    await typeInto(s, 'meeting-ends', '12:30');
    await s.until('the message goes away', async () => (await count(s, '[data-testid="field-error-endsAt"]')) === 0);
    await (await s.byTestId('meeting-save')).click();
    await s.until('the meeting is open', async () => (await text(s, 'meeting-heading')) === 'Steg 1: Innhente og vurdere arbeidskraftbehovet');
    assert.match(await text(s, 'meetings-status'), /Møtet er planlagt/);
    assert.match(await text(s, 'meeting-when'), new RegExp(`^${meetingDate} kl\\. 09:00–12:30\\s*·\\s*Møterommet Fjorden, rådhuset$`));

    // ---- the agenda comes from the kjøreplan and fills the meeting exactly
    assert.equal(await count(s, '[data-testid="agenda-row"]'), 7);
    assert.equal(await text(s, 'agenda-sum'), 'Dagsordenen: 3 t 30 min av 3 t 30 min');
    assert.equal(await textOf(s, '[data-testid="agenda-row"] [data-testid="agenda-start"]'), 'kl. 09:00');

    // An item of 0 minutes is refused at the field; nothing is added.
    await typeInto(s, 'agenda-title-input', 'Oppsummering');
    await typeInto(s, 'agenda-minutes-input', '0');
    await s.until('the minutes field says so', async () => (await text(s, 'field-error-minutes')) === 'Et punkt må ha minst 1 minutt.');
    await (await s.byTestId('agenda-add')).click();
    await s.until('focus goes to the minutes', async () => (await activeTestId(s)) === 'agenda-minutes-input');
    assert.equal(await count(s, '[data-testid="agenda-row"]'), 7);
    // Ten minutes is accepted, and the sum warns that the agenda is now too long …
    await typeInto(s, 'agenda-minutes-input', '10');
    await (await s.byTestId('agenda-add')).click();
    await s.until('the item is added', async () => (await count(s, '[data-testid="agenda-row"]')) === 8);
    assert.equal(await text(s, 'agenda-sum'), 'Dagsordenen: 3 t 40 min – 10 min mer enn møtet varer');
    assert.equal(await s.execute(`return document.querySelector('[data-testid="agenda-sum"]').dataset.over`), 'true');
    // … until it is removed again.
    const rows = await s.findAll('[data-testid="agenda-row"] [data-testid="agenda-remove"]');
    await rows[7].click();
    await s.until('the removal offers Angre', async () => (await text(s, 'agenda-status')).includes('«Oppsummering» er fjernet'));
    assert.equal(await count(s, '[data-testid="agenda-row"]'), 7);
    assert.equal(await text(s, 'agenda-sum'), 'Dagsordenen: 3 t 30 min av 3 t 30 min');
    await axeScan(s, 'Arbeidsmøter: møtet');

    // ---- presentation mode: the whole window, large type
    await (await s.byTestId('meeting-present')).click();
    await s.until('presentation mode is open', () => s.execute(`return document.querySelector('[data-testid="presentation"]')?.open === true`));
    await s.until('the first item is shown', async () => (await text(s, 'presentation-progress')) === 'Punkt 1 av 7');
    assert.equal(await text(s, 'presentation-item'), 'Velkommen, formål og ønsket resultat av møtet');
    assert.equal(await text(s, 'presentation-clock'), '15:00');
    const look = await s.execute(`
      const stage = document.querySelector('[data-testid="presentation-stage"]');
      const probe = document.elementFromPoint(40, window.innerHeight / 2);
      return { width: window.innerWidth, font: parseFloat(getComputedStyle(stage).fontSize),
        coversFrame: !!probe && !!probe.closest('[data-testid="presentation"]'),
        fits: stage.scrollHeight <= stage.clientHeight + 1 };`);
    assert.equal(look.width, 1920);
    assert.ok(look.font >= 28, `body text is ${look.font} px at 1920×1080`);
    assert.ok(look.coversFrame, 'the navigation is covered');
    assert.ok(look.fits, 'nothing scrolls at 1920×1080');
    assert.equal(await activeTestId(s), 'presentation-stage');

    // Space starts the timer; two items on with the keyboard.
    await press(s, KEY.space);
    await s.until('the timer runs', async () => (await text(s, 'presentation-timer-state')) === 'Tiden går');
    await sleep(1500);
    await press(s, KEY.right);
    await s.until('item 2', async () => (await text(s, 'presentation-progress')) === 'Punkt 2 av 7');
    await press(s, 'n');
    await s.until('item 3', async () => (await text(s, 'presentation-progress')) === 'Punkt 3 av 7');
    assert.equal(await text(s, 'presentation-item'), 'Pause');
    assert.match(await text(s, 'presentation-next'), /Mulighetsrommet/);

    // B: a decision, typed and saved with Enter, without leaving the mode. The letters typed in
    // the field do not work as keys (no "n" to the next item, no "o" for a follow-up).
    await press(s, 'b');
    await s.until('the decision form is open', async () => (await activeTestId(s)) === 'entry-text');
    await press(s, decision, KEY.enter);
    await s.until('the decision is listed', async () => (await text(s, 'presentation-captured')).includes(decision));
    assert.equal(await text(s, 'presentation-progress'), 'Punkt 3 av 7');
    assert.equal(await activeTestId(s), 'presentation-stage', 'focus is back on the stage');

    // O: a follow-up with owner and deadline.
    await press(s, 'o');
    await s.until('the follow-up form is open', async () => (await activeTestId(s)) === 'follow-up-what');
    await press(s, followUp);
    // The meeting page behind has a follow-up form too: these are the panel's.
    const panel = (id) => s.waitFor(`[data-testid="presentation-capture"] [data-testid="${id}"]`);
    await (await panel('follow-up-owner')).choose(owner);
    const deadlineField = await panel('follow-up-deadline');
    await deadlineField.click();
    await press(s, deadline);
    await (await panel('follow-up-save')).click();
    await s.until('the follow-up is listed', async () => (await text(s, 'presentation-captured')).includes(followUp));
    assert.match(await text(s, 'presentation-captured'), new RegExp(`${owner} · frist ${deadline}`));
    assert.equal(await s.execute(`return document.querySelector('[data-testid="presentation"]').open`), true, 'still presenting');
    await axeScan(s, 'Arbeidsmøter: presentasjon');

    // The clock counts whole seconds: stay on item 3 long enough for it to have time of its own
    // (a fast machine types both captures in under a second), so the restart below resumes here.
    await sleep(1500);

    // The README pictures: a real item with the timer running.
    await press(s, KEY.left);
    await s.until('item 2 again', async () => (await text(s, 'presentation-progress')) === 'Punkt 2 av 7');
    await sleep(2500);
    await shoot(s, 'presentasjon-1920.png');

    await s.setWindowSize(1280, 720);
    await s.until('the window is 1280 wide', () => s.execute('return window.innerWidth === 1280'));
    await sleep(500);
    const small = await s.execute(`
      const stage = document.querySelector('[data-testid="presentation-stage"]');
      return { font: parseFloat(getComputedStyle(stage).fontSize), fits: stage.scrollHeight <= stage.clientHeight + 1,
        height: window.innerHeight, keysInside: document.querySelector('[data-testid="presentation-leave"]').getBoundingClientRect().bottom <= window.innerHeight };`);
    assert.ok(small.fits, 'nothing scrolls at 1280×720');
    assert.ok(small.keysInside, `the keys are on screen at 1280×${small.height}`);
    assert.ok(small.font >= 22, `body text is ${small.font} px at 1280×720`);
    await shoot(s, 'presentasjon-1280.png');
    await s.setWindowSize(1920, 1080);

    // ---- Escape leaves; focus is back on the button
    await press(s, KEY.escape);
    await s.until('presentation mode is closed', async () => (await count(s, '[data-testid="presentation"]')) === 0);
    await s.until('focus is back', async () => (await activeTestId(s)) === 'meeting-present');

    // The meeting page lists both, and the time the items took.
    assert.match(await text(s, 'captured-section'), new RegExp(decision.slice(0, 40)));
    const followUpRow = await s.byTestId('follow-up-row');
    assert.match(await followUpRow.text(), new RegExp(followUp));
    assert.match(await text(s, 'follow-up-row-detail'), new RegExp(`${owner} · frist ${deadline}`));
    assert.equal(await count(s, '[data-testid="follow-up-warning"]'), 0);
    assert.match(await textOf(s, '[data-testid="agenda-row"] [data-testid="agenda-used"]'), /^brukt 0:0[1-9]$/);

    // ---- the minutes, read back
    const pdf = join(home, 'Referat steg 1.pdf');
    await printTo(s, pdf, { button: 'meeting-print-minutes', pathTestId: 'minutes-path', errorTestId: 'minutes-error' });
    const printed = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    assert.ok(printed.includes(decision), 'the decision is in the minutes');
    assert.ok(printed.includes(followUp), 'the follow-up is in the minutes');
    assert.ok(printed.includes(owner), 'with its owner');
    if (shots) execFileSync('pdftoppm', ['-png', '-r', '80', '-f', '1', '-l', '1', '-singlefile', pdf, join(shots, 'utskrift-referat')]);

    // ---- a follow-up without an owner is saved, with a warning
    await typeInto(s, 'follow-up-what', noOwner);
    assert.match(await text(s, 'follow-up-owner-notice'), /Uten ansvarlig lagres punktet med en advarsel/);
    await (await s.byTestId('follow-up-save')).click();
    await s.until('it is listed', async () => (await count(s, '[data-testid="follow-up-row"]')) === 2);
    assert.match(await text(s, 'follow-up-warning'), /Ingen er ansvarlig ennå/);
    await axeScan(s, 'Arbeidsmøter: møtet med oppfølgingspunkter');

    // ---- the list: one more meeting, and the open follow-ups by owner
    await (await s.byTestId('meeting-back')).click();
    await s.byTestId('meetings-list');
    assert.equal(await count(s, '[data-testid="meeting-row"]'), before + 1);
    const upcoming = await text(s, 'meetings-upcoming');
    assert.match(upcoming, new RegExp(`${meetingDate}\\s*09:00–12:30\\s*Steg 1: Innhente og vurdere arbeidskraftbehovet`));
    const owners = await s.execute(`return [...document.querySelectorAll('[data-testid="open-owner"]')].map((o) => ({
      name: o.querySelector('[data-testid="open-owner-name"]').textContent.trim(),
      items: [...o.querySelectorAll('[data-testid="open-item-what"]')].map((i) => i.textContent.trim()),
      warnings: o.querySelectorAll('[data-testid="open-item-warning"]').length }))`);
    const sara = owners.find((o) => o.name === owner);
    assert.ok(sara?.items.includes(followUp), `the follow-up is under ${owner}: ${JSON.stringify(owners)}`);
    const last = owners[owners.length - 1];
    assert.equal(last.name, 'Uten ansvarlig', 'those without an owner come last');
    assert.ok(last.items.includes(noOwner));
    assert.ok(last.warnings >= 1, 'with the warning');
    await axeScan(s, 'Arbeidsmøter: listen');
  });
});

test('after a restart the time each item took is still there, and presenting resumes where it stopped', async () => {
  await inApp({ width: 1440, height: 1000 }, async (s) => {
    await (await s.byTestId('nav-moter')).click();
    await s.byTestId('meetings-list');
    const link = await s.findXPath(`//a[@data-testid="meeting-link"][starts-with(normalize-space(.), "${meetingDate}")]`);
    await link.click();
    await s.until('the meeting is open', async () => (await text(s, 'meeting-heading')).startsWith('Steg 1:'));
    const used = await s.execute(`return [...document.querySelectorAll('[data-testid="agenda-row"]')].map((r) => r.querySelector('[data-testid="agenda-used"]')?.textContent.trim() ?? '')`);
    assert.ok(used.slice(0, 3).every((u) => /^brukt \d+:\d\d$/.test(u)), `items 1–3 have their time: ${JSON.stringify(used)}`);
    assert.deepEqual(used.slice(3), ['', '', '', ''], 'the items not reached have none');

    await (await s.byTestId('meeting-present')).click();
    await s.until('presentation mode is open', async () => (await text(s, 'presentation-progress')) === 'Punkt 3 av 7');
    assert.equal(await text(s, 'presentation-item'), 'Pause');
    assert.match(await text(s, 'presentation-clock'), /^14:\d\d$/, 'the clock goes on from the time recorded');
    assert.equal(await text(s, 'presentation-timer-state'), 'Stoppet');
    assert.equal(await count(s, '[data-testid="presentation-captured-item"]'), 3, 'the decision and both follow-ups');
    await press(s, KEY.escape);
    await s.until('focus is back', async () => (await activeTestId(s)) === 'meeting-present');
  });
});
