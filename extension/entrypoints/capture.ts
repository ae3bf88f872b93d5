import { extractPage } from '../extractors/registry';

// Injected on demand with scripting.executeScript (activeTab): it reads the page
// as it is now, returns a plain object to the background and leaves nothing behind.
export default defineUnlistedScript(() => extractPage(document, location.href));
