import type { Page } from '@playwright/test';

/**
 * Every visible element under `root` with text of its own whose colour, against
 * the colours really behind it (its own and its ancestors' backgrounds,
 * composited), has a WCAG contrast under 4.5:1 (3:1 for large text). Listed as
 * "text: ratio" so a failure says what to fix.
 */
export function lowContrastText(page: Page, root: string): Promise<string[]> {
  return page.evaluate((selector) => {
    type Rgba = [number, number, number, number];
    const parse = (c: string): Rgba => {
      const n = (c.match(/[\d.]+/g) ?? []).map(Number);
      return [n[0] ?? 0, n[1] ?? 0, n[2] ?? 0, n[3] ?? 1];
    };
    const over = (top: Rgba, under: Rgba): Rgba => {
      const a = top[3];
      return [0, 1, 2].map((i) => (top[i] as number) * a + (under[i] as number) * (1 - a)).concat(1) as Rgba;
    };
    const backdrop = (el: Element): Rgba => {
      const chain: Rgba[] = [];
      for (let e: Element | null = el; e; e = e.parentElement)
        chain.push(parse(getComputedStyle(e).backgroundColor));
      return chain.reverse().reduce((under, top) => over(top, under), [255, 255, 255, 1] as Rgba);
    };
    const lum = ([r, g, b]: Rgba) => {
      const f = (v: number) => {
        const s = v / 255;
        return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      };
      return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
    };
    const out: string[] = [];
    for (const el of document.querySelectorAll(`${selector}, ${selector} *`)) {
      const own = [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent?.trim());
      const box = el.getBoundingClientRect();
      if (!own || box.width === 0 || box.height === 0) continue;
      const style = getComputedStyle(el);
      if (style.visibility === 'hidden') continue;
      const bg = backdrop(el);
      const fg = over(parse(style.color), bg);
      const [hi, lo] = [lum(fg), lum(bg)].sort((a, b) => b - a) as [number, number];
      const ratio = (hi + 0.05) / (lo + 0.05);
      const size = Number.parseFloat(style.fontSize);
      const large = size >= 24 || (size >= 18.66 && Number(style.fontWeight) >= 700);
      if (ratio < (large ? 3 : 4.5)) out.push(`${el.textContent?.trim().slice(0, 40)}: ${ratio.toFixed(2)}`);
    }
    return out;
  }, root);
}
