import { bundleSizes } from './bundle-sizes';
import { type FigureResult, resultOf } from './runner';

/**
 * Bundle sizes: bytes do not change with the machine or its load, so these
 * keep absolute targets and need no floor.
 */
export function sizeFigures(): FigureResult[] {
  const sizes = bundleSizes('.output/chrome-mv3', 'playbook-site/dist');
  const kb = (
    id: string,
    label: string,
    size: { raw: number; gzip: number },
    max: number | undefined,
  ): FigureResult =>
    resultOf(
      { id, label, group: 'sizes', unit: 'KB', target: max === undefined ? undefined : { max } },
      [size.gzip],
      undefined,
      `${size.raw.toFixed(1)} KB raw`,
    );
  return [
    kb('size-popup', 'popup JS at first paint, gzipped', sizes.popup, 80),
    {
      ...kb('size-popup-sync', 'team sync code in the popup at first paint, gzipped', sizes.popupSync, 0),
      group: 'sync',
    },
    kb('size-background', 'background JS, gzipped', sizes.background, undefined),
    kb('size-capture', 'capture script, gzipped', sizes.capture, 10),
    kb('size-playbook', 'playbook page (HTML+CSS+JS), gzipped', sizes.playbook, 60),
  ];
}
