import { handleMessage } from '../background/handle-message';
import { getDb } from '../data/db';

async function injectCapture(tabId: number): Promise<unknown> {
  const [frame] = await browser.scripting.executeScript({ target: { tabId }, files: ['/capture.js'] });
  return frame?.result;
}

export default defineBackground(() => {
  // Returning the promise keeps the channel open until the answer is ready (MV3).
  browser.runtime.onMessage.addListener((message, sender) => {
    // Only our own pages talk to the background; web pages cannot reach it.
    if (sender.id !== browser.runtime.id) return undefined;
    return handleMessage(message, { db: getDb(), inject: injectCapture });
  });
});
