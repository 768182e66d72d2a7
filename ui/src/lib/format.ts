// Norwegian formatting of dates and small display helpers.

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;

interface Parts {
  day: string;
  month: string;
  year: string;
  hour: string;
  minute: string;
}

function parts(date: Date, timeZone?: string): Parts {
  const fmt = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  });
  const out: Record<string, string> = {};
  for (const p of fmt.formatToParts(date)) out[p.type] = p.value;
  return {
    day: out.day,
    month: out.month,
    year: out.year.padStart(4, '0'),
    hour: out.hour,
    minute: out.minute,
  };
}

function parse(value: string): Date | null {
  const d = new Date(value);
  return Number.isNaN(d.getTime()) ? null : d;
}

/**
 * An RFC 3339 timestamp (or a plain `åååå-mm-dd` date) as `dd.mm.åååå`, in the computer's own
 * time zone unless one is given. Empty input gives ''; anything unreadable is returned as it was.
 */
export function formatDate(value: string | null | undefined, timeZone?: string): string {
  if (!value) return '';
  const dateOnly = DATE_ONLY.exec(value);
  if (dateOnly) return `${dateOnly[3]}.${dateOnly[2]}.${dateOnly[1]}`;
  const d = parse(value);
  if (!d) return value;
  const p = parts(d, timeZone);
  return `${p.day}.${p.month}.${p.year}`;
}

const TYPED_DATE = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/;

/**
 * A date as a user types it, `dd.mm.åååå` (also `d.m.åååå`), as `åååå-mm-dd`; null when it is
 * not a real date (31.02.2027) or not written that way. Surrounding spaces are ignored.
 */
export function parseDate(text: string | null | undefined): string | null {
  const m = TYPED_DATE.exec((text ?? '').trim());
  if (!m) return null;
  const [day, month, year] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (month < 1 || month > 12 || day < 1) return null;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > daysInMonth) return null;
  const pad = (n: number, width = 2) => String(n).padStart(width, '0');
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

/** An RFC 3339 timestamp as `dd.mm.åååå kl. HH:MM` (24-hour clock). */
export function formatDateTime(value: string | null | undefined, timeZone?: string): string {
  if (!value) return '';
  if (DATE_ONLY.test(value)) return formatDate(value);
  const d = parse(value);
  if (!d) return value;
  const p = parts(d, timeZone);
  return `${p.day}.${p.month}.${p.year} kl. ${p.hour}:${p.minute}`;
}

/** Norwegian alphabetical order (… X Y Z Æ Ø Å), case-insensitive. */
export function compareNorwegian(a: string, b: string): number {
  return a.localeCompare(b, 'nb', { sensitivity: 'base' }) || a.localeCompare(b, 'nb');
}

// Characters Windows, macOS or Linux refuse in file names, and control characters.
// eslint-disable-next-line no-control-regex
const UNSAFE_IN_FILE_NAME = /[<>:"/\\|?*\u0000-\u001f]+/g;

/** A name fit for a file: unsafe characters become "-", spaces are tidied, Norwegian letters stay. */
export function safeFileName(name: string): string {
  const cleaned = name
    .replace(UNSAFE_IN_FILE_NAME, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[.\s]+|[.\s]+$/g, '');
  return cleaned === '' ? 'Stegvis' : cleaned;
}

/** Adds `.pdf` unless the path already ends with it (any case). */
export function ensurePdfExtension(path: string): string {
  return /\.pdf$/i.test(path) ? path : `${path}.pdf`;
}

/**
 * An e-mail address cut into pieces a narrow table cell may wrap between: before each "." and
 * after the "@" (`kari` `.nordmann@` `lorenskog` `.kommune` `.no`). Joined they give the address
 * back unchanged.
 */
export function emailBreakParts(email: string): string[] {
  const at = email.lastIndexOf('@');
  const split = (s: string) => s.split(/(?=\.)/).filter((p) => p !== '');
  if (at < 0) return split(email);
  return [...split(email.slice(0, at + 1)), ...split(email.slice(at + 1))];
}
