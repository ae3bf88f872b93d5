// Runs before the popup's code is even compiled (a plain script, parsed in
// the page's head): it asks IndexedDB to open the database, so the browser
// loads it from disk while the app's JavaScript compiles. On the first open
// after the browser starts that load took longer than the compile; now the two
// overlap (see README, Performance: cold open). The connection is a warm-up
// only: it is closed as soon as the app has its own, or a newer version wants
// the database. A database that does not exist yet is not created here. When the
// first frame comes from a recent copy, the warm-up is left out (firstScreenCopied).
(() => {
  try {
    if (firstScreenCopied()) return;
    const req = indexedDB.open('embudo');
    req.onupgradeneeded = () => req.transaction?.abort();
    req.onerror = (e) => e.preventDefault();
    req.onsuccess = () => {
      const db = req.result;
      db.onversionchange = () => db.close();
      setTimeout(() => db.close(), 3000);
    };
  } catch {
    // No IndexedDB here: the app reports it when it opens its own connection.
  }
})();

// With a recent copy of the first screen (extension/popup/pipeline/first-screen-cache.ts: read
// today or up to COPY_MAX_DAYS before) the popup's first frame needs no database, and the browser
// loading it from disk (25–300 ms of its work after a start) would only compete with that frame
// for the machine: the app opens it after the frame. The same rule as decodeCachedPipeline, on
// the copy's date alone (a damaged copy only costs the warm-up; the app still checks it whole).
function firstScreenCopied() {
  const COPY_MAX_DAYS = 4;
  try {
    const raw = localStorage.getItem('embudo.first-screen.pipeline');
    const m = /"today":"(\d{4})-(\d{2})-(\d{2})"/.exec(raw ?? '');
    if (!m) return false;
    const d = new Date();
    const age = Math.round(
      (Date.UTC(d.getFullYear(), d.getMonth(), d.getDate()) - Date.UTC(+m[1], m[2] - 1, +m[3])) / 86400000,
    );
    return age >= 0 && age <= COPY_MAX_DAYS;
  } catch {
    return false;
  }
}
