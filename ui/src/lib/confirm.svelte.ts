// One confirmation dialog for the whole window. `confirmAction` opens it and resolves to true
// when the user confirms, false on "Avbryt", Escape or closing.

export interface ConfirmRequest {
  title: string;
  body: string;
  confirmLabel: string;
  danger?: boolean;
}

interface Pending extends ConfirmRequest {
  resolve: (ok: boolean) => void;
}

export const confirmState = $state<{ current: Pending | null }>({ current: null });

export function confirmAction(request: ConfirmRequest): Promise<boolean> {
  // A second request while one is open answers the first with "no".
  confirmState.current?.resolve(false);
  return new Promise((resolve) => {
    confirmState.current = { ...request, resolve };
  });
}

export function answerConfirm(ok: boolean): void {
  const pending = confirmState.current;
  confirmState.current = null;
  pending?.resolve(ok);
}
