/**
 * The optional in-page "Capture" button on LinkedIn profiles and Gmail threads.
 * It lives in a closed shadow root, so the site's CSS cannot restyle it and the
 * site's scripts cannot reach it (`host.shadowRoot` is null for them), and it
 * acts only on clicks the browser made from the rep's input (`isTrusted`): a
 * page script's `click()` or `dispatchEvent` captures nothing. Built with DOM
 * calls only (no markup strings).
 */
interface ButtonText {
  idle: string;
  busy: string;
  saved: (name: string) => string;
  failed: (why: string) => string;
}

type QuickCapture = () => Promise<{ ok: true; name: string } | { ok: false; message: string }>;

const HOST_ID = 'embudo-capture-button';
/** Pages where a single prospect is on screen; elsewhere the button hides itself. */
export function wantsButton(url: URL): boolean {
  if (/(^|\.)linkedin\.com$/.test(url.hostname)) return /^\/(in|company|sales\/lead)\//.test(url.pathname);
  if (url.hostname === 'mail.google.com') return /#[^/]+\/[A-Za-z0-9]{16,}/.test(url.hash);
  return false;
}

/** What the content script keeps: the page sees only `host`, never what is inside it. */
interface MountedButton {
  host: HTMLElement;
  button: HTMLButtonElement;
}

export function mountButton(doc: Document, text: ButtonText, capture: QuickCapture): MountedButton {
  doc.getElementById(HOST_ID)?.remove();
  const host = doc.createElement('div');
  host.id = HOST_ID;
  const root = host.attachShadow({ mode: 'closed' });
  const style = doc.createElement('style');
  style.textContent = `button{position:fixed;right:16px;bottom:16px;z-index:2147483647;font:600 14px system-ui,sans-serif;
    padding:8px 14px;border-radius:18px;border:0;background:#0b5cad;color:#fff;box-shadow:0 2px 8px #0004;cursor:pointer}
    button:focus-visible{outline:3px solid #ffbf47;outline-offset:2px}button[disabled]{opacity:.7;cursor:progress}`;
  const button = doc.createElement('button');
  button.type = 'button';
  button.textContent = text.idle;
  const status = doc.createElement('span');
  status.setAttribute('role', 'status');
  status.style.cssText = 'position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)';
  button.addEventListener('click', async (event) => {
    // Synthetic clicks come from scripts (the page's included), never from the rep.
    if (!event.isTrusted || button.disabled) return;
    button.disabled = true;
    button.textContent = text.busy;
    const res = await capture().catch((err: unknown) => ({ ok: false as const, message: String(err) }));
    const said = res.ok ? text.saved(res.name) : text.failed(res.message);
    button.textContent = said;
    status.textContent = said;
    setTimeout(() => {
      button.disabled = false;
      button.textContent = text.idle;
    }, 3000);
  });
  root.append(style, button, status);
  doc.documentElement.append(host);
  return { host, button };
}

/** Single-page sites change pages without reloading: show or hide the button as the URL changes. */
export function followNavigation(win: Window, onChange: (url: URL) => void): () => void {
  let last = win.location.href;
  const timer = win.setInterval(() => {
    if (win.location.href !== last) {
      last = win.location.href;
      onChange(new URL(last));
    }
  }, 800);
  return () => win.clearInterval(timer);
}
