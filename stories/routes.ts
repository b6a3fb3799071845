/**
 * Feeds the stories answer themselves, so no story depends on a server route: the stories test,
 * the demo and Storybook (dev and static build) show the same thing.
 * - `LOADING` never answers (until the element aborts the request): the Loading state.
 * - `MISSING` answers 404: the Error state.
 * - `COMMENTS` answers as a WordPress comments endpoint, with the seed comments (hostile ones
 *   included) from test/fixtures/comments/seed.json.
 * Only these paths are answered here; every other request goes to the network unchanged.
 */
const ROOT = '/__stories';
export const LOADING = `${ROOT}/loading`;
export const MISSING = `${ROOT}/missing`;
export const COMMENTS = `${ROOT}/wp-json/wp/v2/comments?post=8`;

const SEED_COMMENTS = new URL('../test/fixtures/comments/seed.json', import.meta.url).href;
// The seed's avatar, wherever the bundle puts it (.storybook/main.ts keeps it a file: avatars
// are http(s) only).
const AVATAR = new URL('../test/fixtures/comments/avatar.svg', import.meta.url).href;

type Fetch = typeof globalThis.fetch;
const MARK = Symbol.for('news-blocks.story-routes');

function never(signal: AbortSignal | null | undefined): Promise<Response> {
  return new Promise((_, reject) => {
    const abort = () => reject(signal?.reason ?? new DOMException('Aborted', 'AbortError'));
    if (signal?.aborted) abort();
    else signal?.addEventListener('abort', abort, {once: true});
  });
}

async function comments(network: Fetch, url: URL): Promise<Response> {
  const list = url.searchParams.has('empty')
    ? []
    : ((await (await network(SEED_COMMENTS)).json()) as unknown[]);
  const body = JSON.stringify(list).replaceAll('/test/fixtures/comments/avatar.svg', AVATAR);
  return new Response(body, {
    headers: {
      'content-type': 'application/json',
      'x-wp-total': String(list.length),
      'x-wp-totalpages': list.length ? '1' : '0',
    },
  });
}

const network = globalThis.fetch as Fetch & {[MARK]?: true};
if (!network[MARK]) {
  const routed: Fetch = (input, init) => {
    const raw = input instanceof Request ? input.url : String(input);
    const url = new URL(raw, location.href);
    if (url.origin !== location.origin || !url.pathname.startsWith(ROOT))
      return network(input, init);
    const signal = init?.signal ?? (input instanceof Request ? input.signal : undefined);
    if (url.pathname === LOADING) return never(signal);
    if (url.pathname === new URL(COMMENTS, location.href).pathname) return comments(network, url);
    return Promise.resolve(new Response('Not found', {status: 404}));
  };
  globalThis.fetch = Object.assign(routed, {[MARK]: true as const});
}
