/**
 * `fetch` with a cookie jar of one server, as a browser keeps `AuthSession`
 * after `POST /_session` (Node's fetch keeps no cookies). Also counts requests
 * and can fail on demand, so tests can stop a sync between any two requests.
 */
export interface CookieFetch {
  fetch: typeof fetch;
  requests: string[];
  /** Called before each request; throw to make that request fail. */
  before?: (method: string, url: string) => void | Promise<void>;
}

export function cookieFetch(): CookieFetch {
  let cookie = '';
  const jar: CookieFetch = {
    requests: [],
    fetch: async (input, init) => {
      const url = String(input);
      const method = init?.method ?? 'GET';
      await jar.before?.(method, url);
      jar.requests.push(`${method} ${new URL(url).pathname}`);
      const headers = new Headers(init?.headers);
      if (cookie) headers.set('cookie', cookie);
      const res = await fetch(url, { ...init, headers });
      const set = res.headers.get('set-cookie');
      const session = set?.match(/AuthSession=([^;]*)/);
      if (session) cookie = session[1] ? `AuthSession=${session[1]}` : '';
      return res;
    },
  };
  return jar;
}
