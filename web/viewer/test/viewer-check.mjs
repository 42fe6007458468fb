// Drives the system Chromium (never a downloaded one) through the viewer for ViewerBrowserTest:
//   node viewer-check.mjs BASE_URL OUT_DIR FOOTBRIDGE_CODE SEARCH_CODE AS_OF_DATE
// Prints one JSON object: WebGL, drawn volumes and view bbox, time to first drawing, every host requested, the
// inspector's text after a click on the footbridge, and the screenshots written (map, 3d, underground).
import { launch, signIn } from './browser.mjs';

const [base, out, footbridge, searchCode, asOfDate] = process.argv.slice(2);
const result = { hosts: [], screenshots: {}, console: [] };
const browser = await launch();
try {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  page.on('request', r => result.hosts.push(new URL(r.url()).host || new URL(r.url()).protocol));
  page.on('console', m => { if (m.type() === 'error') result.console.push(m.text()); });
  const started = Date.now();
  await signIn(page, base + '/viewer/', 'citizen');
  await page.waitForSelector('body[data-rendered-volumes]', { state: 'attached', timeout: 60000 });
  result.drawnMillis = Date.now() - started;
  result.timings = await page.evaluate(() => ({ fetch: document.body.dataset.fetchMs, draw: document.body.dataset.drawMs }));
  const attrs = () => page.evaluate(() => ({
    volumes: Number(document.body.dataset.renderedVolumes),
    bbox: document.body.dataset.viewBbox,
    mode: document.body.dataset.viewMode,
    version: Number(document.body.dataset.viewVersion),
  }));
  Object.assign(result, await attrs());
  result.webgl = await page.evaluate(() => {
    const gl = window.strata.viewer.scene.context._gl;
    return !!gl && !gl.isContextLost() && (gl instanceof WebGL2RenderingContext || gl instanceof WebGLRenderingContext);
  });
  const next = async action => {
    const before = (await attrs()).version;
    await action();
    await page.waitForFunction(v => Number(document.body.dataset.viewVersion) > v, before, { timeout: 30000 });
  };
  result.screenshots['3d'] = out + '/viewer-3d.png';
  await page.screenshot({ path: result.screenshots['3d'] });

  await next(() => page.click('#underground'));
  result.screenshots.underground = out + '/viewer-underground.png';
  await page.screenshot({ path: result.screenshots.underground });
  await next(() => page.click('#underground'));

  await next(() => page.click('#mode-map'));
  result.screenshots.map = out + '/viewer-map.png';
  await page.screenshot({ path: result.screenshots.map });
  result.afterModes = await attrs();

  const spot = await page.evaluate(code => window.strata.screenPositionOf(code), footbridge);
  await page.mouse.click(spot.x, spot.y);
  await page.waitForSelector('#inspect[data-loaded]', { state: 'attached', timeout: 30000 });
  result.inspectedCodes = await page.getAttribute('#inspect', 'data-codes');
  result.panelText = await page.textContent('#inspect');

  await next(async () => {
    await page.fill('#code', searchCode);
    await page.click('#search button[type=submit]');
  });
  result.selected = await page.getAttribute('body', 'data-selected');

  await next(() => page.fill('#asof', asOfDate));
  result.asOf = await attrs();
} catch (e) {
  result.failure = e.message;
  result.state = await browser.contexts()[0].pages()[0].evaluate(() => ({
    ...document.body.dataset,
    ready: window.strata && window.strata.viewer.dataSourceDisplay.ready,
    tiles: window.strata && window.strata.viewer.scene.globe.tilesLoaded,
  })).catch(() => null);
} finally {
  await browser.close();
}
result.hosts = [...new Set(result.hosts)];
console.log(JSON.stringify(result));
