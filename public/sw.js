// QI Involve's service worker: after one visit, every screen loads with no
// network. Registered by src/components/update_prompt.rs with the app's base
// as its scope, so a sub-path build has its own worker and caches.
//
// The list of files comes from a short build step, .ci/precache, which
// writes the PRECACHE line below from exactly what trunk wrote. Workbox
// would do the same through a Node build tool and its dependency tree, and
// its runtime would add to the first visit; all this worker needs is a list
// and a version, and it stays small enough to read in one sitting.
//
// install:  fetch every file of this build into a cache named by its
//           version, beside any older one. It then waits: pages keep the
//           version they loaded until the person presses Reload.
// message:  'skip-waiting', sent by that Reload button.
// activate: delete this app's older caches and take control of its pages.
// fetch:    a navigation gets the route's copy of index.html from the cache
//           (the query is the app's business); other same-origin GETs come
//           from the cache, then the network.
'use strict';

const PRECACHE = { version: 'dev', files: [] }; // written by .ci/precache

const SCOPE = self.registration.scope;
// Cache Storage is shared by the whole origin: the scope in the name keeps
// two deployments on one host (say / and /qi-involve/) from deleting each
// other's files.
const PREFIX = `qi-involve ${new URL(SCOPE).pathname} `;
const CACHE = PREFIX + PRECACHE.version;

// trunk names the wasm, JS, CSS and favicon by a hash of their contents, so
// a copy in the HTTP cache (the page has just fetched them) is the right
// one. Anything else may be a copy from the last deploy: fetch it afresh.
const HASHED = /-[0-9a-f]{16}(_bg)?\.[a-z]+$/;

self.addEventListener('install', (event) => {
  const requests = PRECACHE.files.map(
    (file) => new Request(new URL(file, SCOPE), { cache: HASHED.test(file) ? 'default' : 'reload' }),
  );
  event.waitUntil(
    caches.open(CACHE).then((cache) => Promise.all(requests.map((r) => precache(cache, r)))),
  );
});

// A host with "clean URLs" may answer /index.html with a redirect, and a
// redirected response may not answer a navigation (Chromium refuses it):
// keep a plain copy of its body instead.
async function precache(cache, request) {
  const response = await fetch(request);
  if (!response.ok) throw new Error(`precache: ${request.url} answered ${response.status}`);
  const plain = response.redirected
    ? new Response(await response.blob(), { status: 200, headers: response.headers })
    : response;
  await cache.put(request, plain);
}

self.addEventListener('message', (event) => {
  if (event.data === 'skip-waiting') self.skipWaiting();
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const name of await caches.keys()) {
        if (name.startsWith(PREFIX) && name !== CACHE) await caches.delete(name);
      }
      // The first visit's page then works offline without a reload.
      await self.clients.claim();
    })(),
  );
});

self.addEventListener('fetch', (event) => {
  const { request } = event;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) return;
  event.respondWith(request.mode === 'navigate' ? page(url, request) : cacheFirst(request));
});

async function cacheFirst(request) {
  const cache = await caches.open(CACHE);
  return (await cache.match(request)) || fetch(request);
}

// /guide and /guide/ are guide/index.html, and /project?id=… is
// project/index.html; a file such as /404.html is itself.
async function page(url, request) {
  const cache = await caches.open(CACHE);
  const path = url.origin + url.pathname;
  const dir = path.endsWith('/') ? path : `${path}/`;
  const hit = (await cache.match(path)) || (await cache.match(`${dir}index.html`));
  if (hit) return hit;
  // Not a route of this build. The host may serve something of its own
  // there, so ask it; with no network, the 404 page, where the app says
  // what it cannot find.
  try {
    return await fetch(request);
  } catch (offline) {
    const notFound = await cache.match(new URL('404.html', SCOPE));
    if (notFound) return notFound;
    throw offline;
  }
}
