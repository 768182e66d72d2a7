// What the field components share: how a field points screen readers at its description and
// its validation message.

/** The ids for `aria-describedby`: the description, then the message, when they are shown. */
export function describedBy(id: string, description: string | undefined, error: string | null): string | undefined {
  const ids = [description ? `${id}-description` : null, error ? `${id}-error` : null].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}
