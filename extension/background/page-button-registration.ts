import { PAGE_BUTTON_ORIGINS } from '../ui/page-button-origins';

// The sites live in ui/ so the settings screen can ask for them without this module.
export { PAGE_BUTTON_ORIGINS };

const SCRIPT_ID = 'embudo-page-button';

/**
 * Registers the in-page button for the sites the rep granted, or removes it.
 * Nothing runs on any page until then: the manifest has no content scripts.
 */
export async function setPageButton(enabled: boolean): Promise<{ enabled: boolean; origins: string[] }> {
  const registered = await browser.scripting.getRegisteredContentScripts({ ids: [SCRIPT_ID] });
  if (registered.length) await browser.scripting.unregisterContentScripts({ ids: [SCRIPT_ID] });
  if (!enabled) return { enabled: false, origins: [] };
  const granted: string[] = [];
  for (const origin of PAGE_BUTTON_ORIGINS) {
    if (await browser.permissions.contains({ origins: [origin] })) granted.push(origin);
  }
  if (granted.length === 0) return { enabled: false, origins: [] };
  await browser.scripting.registerContentScripts([
    {
      id: SCRIPT_ID,
      js: ['page-button.js'],
      matches: granted,
      runAt: 'document_idle',
      persistAcrossSessions: true,
    },
  ]);
  return { enabled: true, origins: granted };
}

export async function pageButtonState(): Promise<{ enabled: boolean; origins: string[] }> {
  const [script] = await browser.scripting.getRegisteredContentScripts({ ids: [SCRIPT_ID] });
  return { enabled: Boolean(script), origins: script?.matches ?? [] };
}
