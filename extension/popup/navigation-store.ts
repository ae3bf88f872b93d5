import { signal } from '@preact/signals';

/** Screens of the app, in tab-bar order (see screens.ts for which ones are present). */
export type ScreenId = 'pipeline' | 'problems' | 'metrics' | 'review' | 'team' | 'settings' | 'data';

export const currentScreen = signal<ScreenId>('pipeline');
/** This browser syncs with a team: the Team screen is offered (set after the first paint). */
export const teamMember = signal(false);
/** The lead whose detail is open over the current screen. */
export const openLeadId = signal<string | null>(null);
/** The "add by hand" form is open. */
export const addingLead = signal(false);

export function showScreen(id: ScreenId): void {
  currentScreen.value = id;
  openLeadId.value = null;
  addingLead.value = false;
}

/** Opens a lead's detail: any screen (pipeline, problems list, review) may call it. */
export function openLead(id: string): void {
  addingLead.value = false;
  openLeadId.value = id;
}

export function closeLead(): void {
  openLeadId.value = null;
}

export function startAddingLead(): void {
  openLeadId.value = null;
  addingLead.value = true;
}

export function stopAddingLead(): void {
  addingLead.value = false;
}
