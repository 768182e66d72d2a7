import { beforeEach, describe, expect, it, vi } from 'vitest';

const invoke = vi.fn();
const save = vi.fn();
vi.mock('@tauri-apps/api/core', () => ({ invoke: (...a: unknown[]) => invoke(...a) }));
vi.mock('@tauri-apps/plugin-dialog', () => ({ save: (...a: unknown[]) => save(...a) }));

const api = await import('./api');

beforeEach(() => {
  invoke.mockReset();
  save.mockReset();
});

describe('api', () => {
  it('calls the commands with camelCase arguments', async () => {
    invoke.mockResolvedValue({});
    const input = { name: 'Åse', unitId: 'u1', role: 'laerer', email: null, phone: null };
    await api.appStatus();
    await api.setMunicipality('Bø kommune');
    await api.renameUnit('u1', 'NAV Bø');
    await api.updatePerson('p1', input);
    await api.addMember('g1', 'p1');
    await api.addMember('g1', 'p2', true);
    await api.setLeader('g1', null);
    expect(invoke.mock.calls).toEqual([
      ['app_status', undefined],
      ['set_municipality', { name: 'Bø kommune' }],
      ['rename_unit', { id: 'u1', name: 'NAV Bø' }],
      ['update_person', { id: 'p1', input }],
      ['add_member', { groupId: 'g1', personId: 'p1', leadsProcess: false }],
      ['add_member', { groupId: 'g1', personId: 'p2', leadsProcess: true }],
      ['set_leader', { groupId: 'g1', personId: null }],
    ]);
  });

  it('passes on what the core returns', async () => {
    invoke.mockResolvedValue({ municipality: 'Ås kommune' });
    await expect(api.getSettings()).resolves.toEqual({ municipality: 'Ås kommune' });
  });

  it('rejects with the core’s error as it is', async () => {
    const err = { code: 'personInGroups', message: 'Kari er med i 1 arbeidsgruppe. Ta personen ut av den først.', field: null };
    invoke.mockRejectedValue(err);
    await expect(api.deletePerson('p1')).rejects.toEqual(err);
  });

  it('rejects with an AppError also when Tauri throws a plain string', async () => {
    invoke.mockRejectedValue('invalid args `id` for command `delete_unit`');
    await expect(api.deleteUnit('x')).rejects.toMatchObject({ code: 'unexpected', field: null });
  });
});

describe('printWorkGroup', () => {
  it('asks where to save, adds .pdf when missing and has the core write there', async () => {
    save.mockResolvedValue('/home/åse/Arbeidsgruppe - Butikk');
    invoke.mockResolvedValue(null);
    const path = await api.printWorkGroup('g1', 'Arbeidsgruppe - Butikk.pdf');
    expect(path).toBe('/home/åse/Arbeidsgruppe - Butikk.pdf');
    expect(save).toHaveBeenCalledWith({
      defaultPath: 'Arbeidsgruppe - Butikk.pdf',
      filters: [{ name: 'PDF', extensions: ['pdf'] }],
      title: 'Lagre som PDF',
    });
    expect(invoke).toHaveBeenCalledWith('print_work_group', { groupId: 'g1', path: '/home/åse/Arbeidsgruppe - Butikk.pdf' });
  });

  it('keeps an existing .pdf ending', async () => {
    save.mockResolvedValue('C:\\Users\\kari\\Gruppe.PDF');
    invoke.mockResolvedValue(null);
    await expect(api.printWorkGroup('g1', 'Gruppe.pdf')).resolves.toBe('C:\\Users\\kari\\Gruppe.PDF');
  });

  it('does nothing and gives null when the user cancels', async () => {
    save.mockResolvedValue(null);
    await expect(api.printWorkGroup('g1', 'x.pdf')).resolves.toBeNull();
    expect(invoke).not.toHaveBeenCalled();
  });

  it('rejects with the core’s message when writing fails', async () => {
    save.mockResolvedValue('/mnt/usb/gruppe.pdf');
    const err = { code: 'io', message: 'Kunne ikke lagre filen /mnt/usb/gruppe.pdf: Ingen tilgang', field: null };
    invoke.mockRejectedValue(err);
    await expect(api.printWorkGroup('g1', 'gruppe.pdf')).rejects.toEqual(err);
  });

  it('turns a failing dialog into an AppError', async () => {
    save.mockRejectedValue('dialog.save not allowed');
    await expect(api.printWorkGroup('g1', 'gruppe.pdf')).rejects.toMatchObject({ code: 'unexpected' });
  });
});
