/**
 * Requests as the server admin, for `npm run team`. COUCHDB_URL carries the
 * admin's credentials (http://admin:secret@host:5984); fetch refuses URLs with
 * credentials, so they move into a Basic Authorization header.
 */
export class SetupError extends Error {}

export interface AdminClient {
  server: string;
  request(
    method: string,
    path: string,
    body?: unknown,
  ): Promise<{ status: number; data: Record<string, unknown> }>;
  /** Whether `name` / `password` can sign in (how a member's password is compared without reading it). */
  canSignIn(name: string, password: string): Promise<boolean>;
}

export function adminClient(couchdbUrl: string | undefined, doFetch: typeof fetch = fetch): AdminClient {
  if (!couchdbUrl) throw new SetupError('COUCHDB_URL is not set (e.g. http://admin:secret@127.0.0.1:5984)');
  let url: URL;
  try {
    url = new URL(couchdbUrl);
  } catch {
    throw new SetupError('COUCHDB_URL is not a URL');
  }
  if (!/^https?:$/.test(url.protocol))
    throw new SetupError('COUCHDB_URL must start with http:// or https://');
  if (!url.username)
    throw new SetupError('COUCHDB_URL has no admin name and password (http://admin:secret@host:5984)');
  const auth = `Basic ${Buffer.from(`${decodeURIComponent(url.username)}:${decodeURIComponent(url.password)}`).toString('base64')}`;
  url.username = '';
  url.password = '';
  const server = url.origin + url.pathname.replace(/\/+$/, '');

  async function send(method: string, path: string, body: unknown, authorization?: string) {
    let res: Response;
    try {
      res = await doFetch(server + path, {
        method,
        headers: {
          accept: 'application/json',
          'content-type': 'application/json',
          ...(authorization ? { authorization } : {}),
        },
        body: body === undefined ? undefined : JSON.stringify(body),
        signal: AbortSignal.timeout(30_000),
      });
    } catch (err) {
      const cause = (err as Error).cause as Error | undefined;
      throw new SetupError(`cannot reach ${server} (${cause?.message ?? (err as Error).message})`);
    }
    const data = (await res.json().catch(() => ({}))) as Record<string, unknown>;
    return { status: res.status, data };
  }

  return {
    server,
    request: (method, path, body) => send(method, path, body, auth),
    async canSignIn(name, password) {
      const { status } = await send('POST', '/_session', { name, password });
      return status === 200;
    },
  };
}
