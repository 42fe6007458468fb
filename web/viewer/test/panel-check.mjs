// Signs in to the viewer as one account, clicks a unit on the map and prints what the inspector panel shows:
//   node panel-check.mjs BASE_URL OUT_DIR USERNAME UNIT_CODE
import { launch, signIn } from './browser.mjs';

const [base, out, username, code] = process.argv.slice(2);
const result = {};
const browser = await launch();
try {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  await signIn(page, base + '/viewer/', username);
  await page.waitForSelector('body[data-rendered-volumes]', { state: 'attached', timeout: 60000 });
  const before = Number(await page.getAttribute('body', 'data-view-version'));
  await page.click('#mode-map');
  await page.waitForFunction(v => Number(document.body.dataset.viewVersion) > v, before, { timeout: 30000 });
  const spot = await page.evaluate(c => window.strata.screenPositionOf(c), code);
  await page.mouse.click(spot.x, spot.y);
  await page.waitForSelector('#inspect[data-loaded]', { state: 'attached', timeout: 30000 });
  result.inspectedCodes = await page.getAttribute('#inspect', 'data-codes');
  result.panel = await page.$eval('#inspect .volume[data-code="' + code + '"]', e => e.textContent);
  result.screenshot = out + '/viewer-' + username + '.png';
  await page.screenshot({ path: result.screenshot });
} catch (e) {
  result.failure = e.message;
} finally {
  await browser.close();
}
console.log(JSON.stringify(result));
