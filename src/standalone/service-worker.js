/*
 * Lapkin's service worker: keeps the standalone page's own files so the page opens without a connection.
 * The build replaces self.__LAPKIN_FILES__ and self.__LAPKIN_VERSION__ (webpack.config.js, ServiceWorkerPlugin).
 * Pages are fetched network-first (a new build shows when online); hashed scripts cache-first.
 * Only same-origin GET requests are touched; nothing else is fetched.
 */
/* eslint-disable no-undef */
const FILES = self.__LAPKIN_FILES__;
const CACHE = `lapkin-${self.__LAPKIN_VERSION__}`;

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll(FILES.map((f) => new Request(f, { cache: 'reload' }))))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith('lapkin-') && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  if (request.mode === 'navigate') {
    event.respondWith(
      fetch(request)
        .then((response) => {
          const copy = response.clone();
          if (response.ok) caches.open(CACHE).then((cache) => cache.put(request, copy));
          return response;
        })
        .catch(() => caches.match(request, { ignoreSearch: true }).then((hit) => hit || caches.match('index.html'))),
    );
    return;
  }
  event.respondWith(caches.match(request, { ignoreSearch: true }).then((hit) => hit || fetch(request)));
});
