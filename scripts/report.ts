// `npm run report -- FILE [FILE…] [--period …] [--json] [--lang en|es]`: the metrics and problems of
// one or more backup files, computed by the same engine as the popup. Logic lives in ./report/run.ts.
import { readFileSync } from 'node:fs';
import { runReport } from './report/run';

process.exitCode = runReport(process.argv.slice(2), {
  readFile: (path) => readFileSync(path),
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  now: () => Date.now(),
});
