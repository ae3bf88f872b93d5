import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Every source file under the given folders, with its text: what the conventions tests read. */
export function sourceFiles(...dirs: string[]): { path: string; text: string }[] {
  const out: { path: string; text: string }[] = [];
  const walk = (d: string) => {
    for (const entry of readdirSync(d)) {
      const p = join(d, entry);
      if (statSync(p).isDirectory()) {
        if (entry !== 'node_modules' && entry !== 'dist') walk(p);
      } else if (/\.(ts|tsx|mjs)$/.test(entry)) out.push({ path: p, text: readFileSync(p, 'utf8') });
    }
  };
  for (const d of dirs) walk(d);
  return out;
}
