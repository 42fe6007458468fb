// Drives the system Chromium through the officer's worklist for OnlinePagesBrowserTest:
//   node officer-check.mjs BASE_URL OUT_DIR APPLICATION_ID
// Opens the application from the queue, waits for its unit on the map, screenshots it, then accepts, approves and
// records it. Prints one JSON object.
import { launch, signIn } from './browser.mjs';

const [base, out, id] = process.argv.slice(2);
const result = { hosts: [] };
const browser = await launch();
const decide = async (page, act, status) => {
  await page.click('#case button[data-act="' + act + '"]');
  await page.waitForSelector('body[data-opened="' + status + '"]', { state: 'attached', timeout: 30000 });
};
try {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  page.on('request', r => result.hosts.push(new URL(r.url()).host || new URL(r.url()).protocol));
  await signIn(page, base + '/viewer/worklist.html', 'officer');
  await page.waitForSelector('body[data-queue]', { state: 'attached', timeout: 30000 });
  result.queue = await page.getAttribute('body', 'data-queue');
  result.queueText = await page.textContent('#queue');
  await page.click('#queue tr[data-id="' + id + '"]');
  await page.waitForSelector('body[data-highlighted]', { state: 'attached', timeout: 60000 });
  result.drawn = await page.getAttribute('body', 'data-drawn');
  result.highlighted = await page.getAttribute('body', 'data-highlighted');
  await page.waitForTimeout(2000);
  result.mapShot = out + '/worklist-map.png';
  await page.screenshot({ path: result.mapShot });
  result.caseText = await page.textContent('#case');
  await decide(page, 'accept', 'in-review');
  result.timeLeft = await page.textContent('#case p');
  await decide(page, 'approve', 'approved');
  await decide(page, 'record', 'recorded');
  result.finalText = await page.textContent('#case');
  result.screenshot = out + '/worklist.png';
  await page.screenshot({ path: result.screenshot });
} catch (e) {
  result.failure = e.message;
} finally {
  await browser.close();
}
result.hosts = [...new Set(result.hosts)];
console.log(JSON.stringify(result));
