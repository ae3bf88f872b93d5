// Runs before the popup's code is even compiled (a plain script, parsed in
// the page's head): it asks IndexedDB to open the database, so the browser
// loads it from disk while the app's JavaScript compiles. On the first open
// after the browser starts that load took longer than the compile; now the two
// overlap (see README, Performance: cold open). The connection is a warm-up
// only: it is closed as soon as the app has its own, or a newer version wants
// the database. A database that does not exist yet is not created here.
(() => {
  try {
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
