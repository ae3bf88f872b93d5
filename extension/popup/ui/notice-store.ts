import { signal } from '@preact/signals';

/** A short message after an action, with an optional Undo (e.g. after a delete). */
interface Notice {
  text: string;
  undo?: () => Promise<void>;
}

export const notice = signal<Notice | null>(null);

export function showNotice(n: Notice): void {
  notice.value = n;
}

export function dismissNotice(): void {
  notice.value = null;
}
