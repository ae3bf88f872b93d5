/** Keyboard rules shared by the screens. */

/** True when the key went to a field the rep types in: shortcuts must leave it alone. */
export function isTyping(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  return !!el && (el.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(el.tagName));
}

/**
 * Escape leaves a lead or the add form, but not while a dialog is open (it
 * closes the dialog) nor from inside a field, where it would throw away what
 * the rep was typing.
 */
export function escapeCloses(e: KeyboardEvent): boolean {
  return e.key === 'Escape' && !isTyping(e.target) && !document.querySelector('dialog[open]');
}
