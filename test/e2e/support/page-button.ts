import type { Page } from '@playwright/test';

/** The in-page button as the browser's own inspector sees it: through its closed shadow root. */
export async function pageButton(
  page: Page,
): Promise<{ text: string; disabled: boolean; x: number; y: number }> {
  const cdp = await page.context().newCDPSession(page);
  type Node = {
    nodeId: number;
    localName?: string;
    nodeValue?: string;
    attributes?: string[];
    children?: Node[];
    shadowRoots?: Node[];
  };
  const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: Node };
  const find = (n: Node, want: (n: Node) => boolean): Node | undefined =>
    want(n) ? n : [...(n.children ?? []), ...(n.shadowRoots ?? [])].map((c) => find(c, want)).find(Boolean);
  const host = find(root, (n) => (n.attributes ?? []).join(' ').includes('id embudo-capture-button'));
  const button = host && find(host, (n) => n.localName === 'button');
  if (!button) throw new Error('no in-page button');
  const { model } = (await cdp.send('DOM.getBoxModel', { nodeId: button.nodeId })) as {
    model: { content: number[] };
  };
  const [x1 = 0, y1 = 0, , , x3 = 0, y3 = 0] = model.content;
  await cdp.detach();
  return {
    text: button.children?.find((c) => c.nodeValue !== undefined)?.nodeValue ?? '',
    disabled: (button.attributes ?? []).includes('disabled'),
    x: (x1 + x3) / 2,
    y: (y1 + y3) / 2,
  };
}
