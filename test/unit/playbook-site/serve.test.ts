import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveStaticPath, servePlaybook } from '../../../playbook-site/serve';

describe('resolveStaticPath', () => {
  it('maps paths inside the root and refuses to leave it', () => {
    expect(resolveStaticPath('/srv/site', '/')).toBe('/srv/site/index.html');
    expect(resolveStaticPath('/srv/site', '/es.html?lang=en')).toBe('/srv/site/es.html');
    expect(resolveStaticPath('/srv/site', '/../etc/passwd')).toBe('/srv/site/etc/passwd');
    expect(resolveStaticPath('/srv/site', '/%2e%2e/%2e%2e/etc/passwd')).toBe('/srv/site/etc/passwd');
    expect(resolveStaticPath('/srv/site', '/a%00b')).toBeNull();
    expect(resolveStaticPath('/srv/site', '/%E0%A4%A')).toBeNull();
  });
});

describe('servePlaybook', () => {
  const dir = mkdtempSync(join(tmpdir(), 'playbook-serve-'));
  let server: Awaited<ReturnType<typeof servePlaybook>>;
  beforeAll(async () => {
    writeFileSync(join(dir, 'index.html'), '<!doctype html><p>hi</p>');
    writeFileSync(join(dir, 'playbook.js'), 'void 0');
    server = await servePlaybook(0, dir);
  });
  afterAll(() => server.close());

  it('listens on 127.0.0.1 and serves files with their content type', async () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    const page = await fetch(server.url);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await page.text()).toContain('hi');
    const js = await fetch(`${server.url}playbook.js`);
    expect(js.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
  });

  it('answers 404 for missing files and 405 for writes', async () => {
    expect((await fetch(`${server.url}nope.html`)).status).toBe(404);
    expect((await fetch(`${server.url}index.html`, { method: 'POST' })).status).toBe(405);
  });
});
