// A small W3C WebDriver client for the end-to-end tests: it starts tauri-driver (which drives
// the real Stegvis window through WebKitWebDriver) and speaks the protocol with fetch, so the
// tests need no browser-automation framework.
import { spawn } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';

const ELEMENT = 'element-6066-11e4-a52e-4f735466cecf';

/**
 * Starts tauri-driver on `port` (WebKitWebDriver on `port + 1`). Each test file passes its own
 * port, so files can also run side by side.
 */
export async function startDriver({ port = 4444, env = process.env } = {}) {
  // Its own process group, so that stopping it also ends any app window it started: an app left
  // behind (after a failed test) would keep the test runner's output pipe open, and the run
  // would never finish.
  const driver = spawn('tauri-driver', ['--port', String(port), '--native-port', String(port + 1)], {
    env,
    stdio: ['ignore', 'inherit', 'inherit'],
    detached: true,
  });
  const stop = () => {
    try {
      process.kill(-driver.pid, 'SIGKILL');
    } catch {
      /* already gone */
    }
  };
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 100; i++) {
    try {
      const r = await fetch(`${base}/status`);
      if (r.ok) return { base, stop };
    } catch {
      /* not listening yet */
    }
    await sleep(100);
  }
  stop();
  throw new Error('tauri-driver did not start');
}

async function call(base, method, path, body, timeoutMs = undefined) {
  const r = await fetch(base + path, {
    method,
    signal: timeoutMs ? AbortSignal.timeout(timeoutMs) : undefined,
    headers: { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const json = await r.json();
  if (!r.ok || (json.value && json.value.error)) {
    throw new Error(`${method} ${path}: ${JSON.stringify(json.value)}`);
  }
  return json.value;
}

export class Session {
  static async open(base, application, args = []) {
    const capabilities = { alwaysMatch: { 'tauri:options': { application, args } } };
    let value;
    try {
      value = await call(base, 'POST', '/session', { capabilities }, 60000);
    } catch (e) {
      // On a busy machine the window very rarely fails to reach the X display on the first try
      // ("Failed to initialize GTK"), and the driver then never answers. One more start tells
      // that apart from an app that really does not start.
      console.error(`# the app did not start (${e.message}); trying once more`);
      await sleep(2000);
      value = await call(base, 'POST', '/session', { capabilities }, 60000);
    }
    const s = new Session(base, value.sessionId);
    await s.waitFor('main');
    return s;
  }

  constructor(base, id) {
    this.base = base;
    this.path = `/session/${id}`;
  }

  req(method, sub, body) {
    return call(this.base, method, this.path + sub, body);
  }

  async close() {
    await this.req('DELETE', '');
  }

  /**
   * The element matching `css`, waited for (up to 10 s) as a user waits for a screen to fill:
   * lists and forms are filled after the screen is shown, more slowly on a busy machine.
   */
  find(css) {
    return this.waitFor(css);
  }

  async findAll(css) {
    const v = await this.req('POST', '/elements', { using: 'css selector', value: css });
    return v.map((e) => new Element(this, e[ELEMENT]));
  }

  /**
   * Waits until an element matching `xpath` is in the page, and returns it: the lists it is used
   * on are filled after the screen is shown, so the first look can come too early.
   */
  async findXPath(xpath, timeoutMs = 10000) {
    const end = Date.now() + timeoutMs;
    let last;
    while (Date.now() < end) {
      try {
        const v = await this.req('POST', '/element', { using: 'xpath', value: xpath });
        return new Element(this, v[ELEMENT]);
      } catch (e) {
        last = e;
      }
      await sleep(100);
    }
    throw new Error(`timed out waiting for ${xpath}: ${last}`);
  }

  /** Waits until an element matching `css` is in the page, and returns it. */
  async waitFor(css, timeoutMs = 10000) {
    const end = Date.now() + timeoutMs;
    let last;
    while (Date.now() < end) {
      try {
        const v = await this.req('POST', '/element', { using: 'css selector', value: css });
        return new Element(this, v[ELEMENT]);
      } catch (e) {
        last = e;
      }
      await sleep(100);
    }
    throw new Error(`timed out waiting for ${css}: ${last}`);
  }

  /** Waits until `predicate()` resolves truthy. */
  async until(what, predicate, timeoutMs = 10000) {
    const end = Date.now() + timeoutMs;
    while (Date.now() < end) {
      try {
        if (await predicate()) return;
      } catch {
        /* not yet */
      }
      await sleep(100);
    }
    throw new Error(`timed out waiting until ${what}`);
  }

  byTestId(id) {
    return this.waitFor(`[data-testid="${id}"]`);
  }

  execute(script, args = []) {
    return this.req('POST', '/execute/sync', { script, args });
  }

  executeAsync(script, args = []) {
    return this.req('POST', '/execute/async', { script, args });
  }

  async pageText() {
    return this.execute('return document.body.innerText');
  }

  async screenshot() {
    return Buffer.from(await this.req('GET', '/screenshot'), 'base64');
  }

  async setWindowSize(width, height) {
    await this.req('POST', '/window/rect', { width, height });
  }
}

export class Element {
  constructor(session, id) {
    this.s = session;
    this.path = `/element/${id}`;
    this.ref = { [ELEMENT]: id };
  }

  click() {
    return this.s.req('POST', `${this.path}/click`, {});
  }

  async type(text) {
    await this.s.req('POST', `${this.path}/value`, { text });
  }

  async clear() {
    await this.s.req('POST', `${this.path}/clear`, {});
  }

  async replace(text) {
    await this.clear();
    await this.type(text);
  }

  text() {
    return this.s.req('GET', `${this.path}/text`);
  }

  value() {
    return this.s.req('GET', `${this.path}/property/value`);
  }

  async find(css) {
    const v = await this.s.req('POST', `${this.path}/element`, { using: 'css selector', value: css });
    return new Element(this.s, v[ELEMENT]);
  }

  /** Picks the option of a <select> whose visible text is `label`, or starts with it. */
  /** Picks the option labelled `label` (or starting with it), once the list offers it. */
  async choose(label, timeoutMs = 10000) {
    const text = JSON.stringify(label);
    const end = Date.now() + timeoutMs;
    for (;;) {
      try {
        const v = await this.s.req('POST', `${this.path}/element`, {
          using: 'xpath',
          value: `(.//option[normalize-space(.)=${text}] | .//option[starts-with(normalize-space(.), ${text})])[1]`,
        });
        await new Element(this.s, v[ELEMENT]).click();
        return;
      } catch (e) {
        if (Date.now() > end) throw new Error(`no option ${label}: ${e}`);
      }
      await sleep(100);
    }
  }
}

export const KEYS = { enter: '\uE007', escape: '\uE00C', tab: '\uE004' };
