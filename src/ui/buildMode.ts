/**
 * Which build this is. The offline build (`vite build --mode offline`, made alongside every
 * normal build as assets/offline-app.js) is the app inside a saved briefing file: it opens
 * from disk with no network, reads its dataset from the page, and is read-only. Features
 * that need the network or storage (the library, Open…, coding, scene editing) hide when
 * this is true; the bundler drops their code from that build.
 */
export const isOfflineBuild: boolean = import.meta.env.MODE === 'offline';
