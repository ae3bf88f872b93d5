import type { QuickCaptureResponse } from '../../shared/capture/messages';
import type { EmbudoDb } from '../data/db';
import { candidateFromSelection } from '../extractors/context-menu';
import { saveNow } from './quick-capture';

const MENU_LINK = 'embudo-capture-mailto';
const MENU_SELECTION = 'embudo-capture-selection';

/** Right-click on a `mailto:` link or on selected text, on any page: no page access is needed. */
export function createMenus(title: string): void {
  browser.contextMenus.removeAll(() => {
    browser.contextMenus.create({
      id: MENU_LINK,
      title,
      contexts: ['link'],
      targetUrlPatterns: ['mailto:*'],
    });
    browser.contextMenus.create({ id: MENU_SELECTION, title, contexts: ['selection'] });
  });
}

interface MenuClick {
  menuItemId: string | number;
  pageUrl?: string;
  linkUrl?: string;
  selectionText?: string;
}

/** What a click on "Capture as prospect" stores; the menu info is all it reads. */
export async function onMenuClick(db: EmbudoDb, info: MenuClick): Promise<QuickCaptureResponse> {
  if (info.menuItemId !== MENU_LINK && info.menuItemId !== MENU_SELECTION) {
    return { ok: false, reason: 'invalid', detail: 'unknown menu item' };
  }
  const candidate = candidateFromSelection({
    pageUrl: info.pageUrl ?? '',
    selectionText: info.menuItemId === MENU_SELECTION ? info.selectionText : undefined,
    linkUrl: info.menuItemId === MENU_LINK ? info.linkUrl : undefined,
  });
  if (!candidate) return { ok: false, reason: 'nothing-here' };
  return saveNow(db, candidate);
}
