import { describe, expect, it, vi } from 'vitest';
import { backoffMs, followChanges } from '../../../../shared/sync/changes-feed';
import { couchClient } from '../../../../shared/sync/couch-client';

type Step = 'hang' | 'offline' | { ids: string[]; last_seq: number };

/**
 * A team server that answers `_changes` requests from a script, one step per
 * request: an answer, a network failure, or no answer until the request is
 * aborted (what PouchDB Server does with a quiet longpoll). Past the script, it hangs.
 */
function fakeServer(script: Step[]) {
  const calls: { since: string; signal: AbortSignal }[] = [];
  const fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(String(input));
    expect(url.pathname).toBe('/team/_changes');
    expect(url.searchParams.get('feed')).toBe('longpoll');
    const signal = init?.signal as AbortSignal;
    calls.push({ since: url.searchParams.get('since') ?? '', signal });
    const step = script.shift() ?? 'hang';
    if (step === 'offline') throw new TypeError('Failed to fetch');
    if (step === 'hang')
      return new Promise<Response>((_, reject) =>
        signal.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))),
      );
    const results = step.ids.map((id, i) => ({ id, seq: i + 1, changes: [{ rev: '1-a' }] }));
    return new Response(JSON.stringify({ results, last_seq: step.last_seq }), { status: 200 });
  }) as typeof globalThis.fetch;
  return { calls, client: couchClient({ server: 'http://team.test', database: 'team', fetch }) };
}

/** A feed over the fake server; `since` is the pull checkpoint, moved on by each successful run. */
function feedOver(script: Step[], runs: boolean[] = [], reopenMs = 60_000) {
  const server = fakeServer(script);
  let checkpoint = 0;
  const slept: number[] = [];
  const onChange = vi.fn(async () => {
    const ok = runs.shift() ?? true;
    if (ok) checkpoint += 10;
    return ok;
  });
  const feed = followChanges({
    client: server.client,
    since: async () => checkpoint,
    onChange,
    sleep: async (ms) => {
      slept.push(ms);
    },
    reopenMs,
  });
  return { ...server, feed, onChange, slept };
}

const until = (check: () => void) => vi.waitFor(check, { timeout: 10_000, interval: 5 });

describe('the changes feed loop', () => {
  it('re-opens a quiet request by aborting it, pulls when something changed, then waits from the new checkpoint', async () => {
    const { calls, feed, onChange, slept } = feedOver(['hang', { ids: ['lead:a1'], last_seq: 3 }], [], 20);
    await until(() => expect(calls.length).toBe(3));
    expect(calls[0]?.signal.aborted).toBe(true);
    expect(calls.map((c) => c.since)).toEqual(['0', '0', '10']);
    expect(onChange).toHaveBeenCalledTimes(1);
    expect(slept).toEqual([]);
    feed.stop();
    await feed.done;
    expect(calls[2]?.signal.aborted).toBe(true);
  });

  it('passes over an answer with only design documents: no pull, the next wait starts after it', async () => {
    const { calls, feed, onChange } = feedOver([{ ids: ['_design/embudo-playbook'], last_seq: 7 }]);
    await until(() => expect(calls.length).toBe(2));
    expect(calls.map((c) => c.since)).toEqual(['0', '7']);
    expect(onChange).not.toHaveBeenCalled();
    feed.stop();
    await feed.done;
  });

  it('backs off while offline or while runs fail, and starts over once one succeeds', async () => {
    const { calls, feed, onChange, slept } = feedOver(
      ['offline', 'offline', 'offline', { ids: ['lead:a1'], last_seq: 4 }, { ids: ['lead:a2'], last_seq: 5 }],
      [true, false],
    );
    await until(() => expect(calls.length).toBe(6));
    expect(slept).toEqual([1000, 2000, 4000, 1000]);
    expect(onChange).toHaveBeenCalledTimes(2);
    // The failed run left the checkpoint where it was: the feed waits from there again.
    expect(calls.map((c) => c.since)).toEqual(['0', '0', '0', '0', '10', '10']);
    feed.stop();
    await feed.done;
  });

  it('stops while it backs off, and caps the wait at a minute', async () => {
    const server = fakeServer(['offline']);
    let wake: () => void = () => {};
    const feed = followChanges({
      client: server.client,
      since: async () => 0,
      onChange: async () => true,
      sleep: (_ms, signal) =>
        new Promise<void>((resolve) => {
          wake = resolve;
          signal.addEventListener('abort', () => resolve());
        }),
    });
    await until(() => expect(server.calls.length).toBe(1));
    feed.stop();
    await feed.done;
    wake();
    expect(server.calls.length).toBe(1);
    expect(backoffMs(10)).toBe(60_000);
  });
});
