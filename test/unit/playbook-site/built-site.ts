import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BuildResult, buildSite } from '../../../playbook-site/build';

/** Builds the real site once per test file into a temporary folder and reads its pages. */
export async function buildToTemp(): Promise<BuildResult & { page: (file: string) => string }> {
  const result = await buildSite({ outDir: mkdtempSync(join(tmpdir(), 'playbook-unit-')), quiet: true });
  return { ...result, page: (file) => readFileSync(join(result.outDir, file), 'utf8') };
}
