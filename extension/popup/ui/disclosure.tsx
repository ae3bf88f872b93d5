import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';

interface Props {
  summary: ComponentChildren;
  /** Opens it (a field inside needs a fix); once open it stays open until the rep closes it. */
  forceOpen?: boolean;
  class?: string;
  children: ComponentChildren;
}

/**
 * A <details> that remembers being opened. Binding `open` to "has errors"
 * alone closed it under the rep's fingers as soon as the last error was fixed.
 */
export function Disclosure({ summary, forceOpen = false, class: cls, children }: Props) {
  const [open, setOpen] = useState(false);
  return (
    <details class={cls} open={open || forceOpen} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{summary}</summary>
      {children}
    </details>
  );
}
