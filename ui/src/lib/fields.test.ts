import { describe, expect, it } from 'vitest';
import { describedBy } from './fields';

describe('describedBy', () => {
  it('points at what the field shows, description first', () => {
    expect(describedBy('person-email', 'Valgfritt', 'E-postadressen ser ikke riktig ut.')).toBe(
      'person-email-description person-email-error',
    );
    expect(describedBy('person-email', undefined, 'Feil')).toBe('person-email-error');
    expect(describedBy('person-email', 'Valgfritt', null)).toBe('person-email-description');
  });

  it('leaves the attribute out when there is nothing to point at', () => {
    expect(describedBy('person-email', undefined, null)).toBeUndefined();
  });
});
