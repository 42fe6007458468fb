// Drives the system Chromium through the viewer over a city drawn from 3D Tiles, for CityViewerBrowserTest:
//   node city-check.mjs BASE_URL OUT_DIR
// Prints one JSON object: time from sign-in to the first drawing, the volumes the page reports drawn, whether it
// drew them from 3D Tiles, the map canvas's screenshot, the volume picked in the middle of the view and the
// inspector's codes after a click there, the count as of the median registration date of what is drawn with the
// count the drawn volumes' validity predicts, the 2D map drawn from the vector tiles with the volumes hidden (the whole
// district from overview tiles, then a street from the parcels themselves, each with its canvas's screenshot), and
// every host requested.
import { launch, signIn } from './browser.mjs';

const [base, out] = process.argv.slice(2);
const result = { hosts: [], console: [] };
const browser = await launch();
try {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  page.on('request', r => result.hosts.push(new URL(r.url()).host || new URL(r.url()).protocol));
  page.on('console', m => { if (m.type() === 'error') result.console.push(m.text()); });
  const started = Date.now();
  await signIn(page, base + '/viewer/', 'citizen');
  await page.waitForSelector('body[data-rendered-volumes]', { state: 'attached', timeout: 120000 });
  result.drawnMillis = Date.now() - started;
  const attrs = () => page.evaluate(() => ({
    volumes: Number(document.body.dataset.renderedVolumes),
    tiled: document.body.dataset.tiled === 'true',
    version: Number(document.body.dataset.viewVersion),
    fetch: document.body.dataset.fetchMs,
    draw: document.body.dataset.drawMs,
  }));
  Object.assign(result, await attrs());
  result.status = await page.textContent('#status');
  result.layers = await page.evaluate(() => {
    const counts = {};
    for (const v of window.strata.drawnVolumes()) {
      const key = v.kind === 'building-unit' ? 'unit' : v.layer;
      counts[key] = (counts[key] || 0) + 1;
    }
    return counts;
  });
  result.sample = await page.evaluate(() => {
    const codes = window.strata.drawnVolumes().map(v => v.code);
    return Array.from({ length: 20 }, (_, i) => codes[Math.floor(i * codes.length / 20)]);
  });
  result.canvas = out + '/city-3d-canvas.png';
  await page.locator('#map canvas').first().screenshot({ path: result.canvas });

  const box = await page.locator('#map canvas').first().boundingBox();
  const at = { x: box.width / 2, y: box.height * 0.6 };
  result.picked = await page.evaluate(p => {
    const feature = window.strata.viewer.scene.pick(new Cesium.Cartesian2(p.x, p.y));
    return feature instanceof Cesium.Cesium3DTileFeature ? feature.getProperty('unitCode') : null;
  }, at);
  await page.mouse.click(box.x + at.x, box.y + at.y);
  await page.waitForSelector('#inspect[data-loaded]', { state: 'attached', timeout: 30000 });
  result.inspected = await page.getAttribute('#inspect', 'data-loaded');
  result.inspectedCodes = await page.getAttribute('#inspect', 'data-codes');

  // the median start of the drawn volumes' registrations, as a date in Beijing time, and what it should show
  const validity = await page.evaluate(() => window.strata.drawnVolumes().map(v => [v.validFrom, v.validTo]));
  const starts = validity.map(v => v[0]).filter(v => v !== undefined).sort((a, b) => a - b);
  const median = new Date((starts[Math.floor(starts.length / 2)] + 8 * 3600) * 1000);
  result.asOfDate = median.toISOString().slice(0, 10);
  const endOfDay = Date.parse(result.asOfDate + 'T23:59:59+08:00') / 1000;
  result.expectedAsOf = validity
    .filter(([from, to]) => (from === undefined || from <= endOfDay) && (to === undefined || endOfDay < to)).length;
  const before = (await attrs()).version;
  await page.fill('#asof', result.asOfDate);
  await page.waitForFunction(v => Number(document.body.dataset.viewVersion) > v, before, { timeout: 60000 });
  result.asOf = await attrs();

  const mapStats = () => page.evaluate(() => ({
    mode: document.body.dataset.viewMode,
    tiles: Number(document.body.dataset.mapTiles),
    features: Number(document.body.dataset.mapFeatures),
    overviewTiles: Number(document.body.dataset.mapOverviewTiles),
    volumes: Number(document.body.dataset.renderedVolumes),
  }));
  const step = async action => {
    const v = (await attrs()).version;
    await action();
    await page.waitForFunction(v => Number(document.body.dataset.viewVersion) > v, v, { timeout: 60000 });
  };
  await step(() => page.click('#mode-map'));
  await step(() => page.uncheck('#volumes'));
  result.map = await mapStats();
  result.mapCanvas = out + '/city-map-canvas.png';
  await page.locator('#map canvas').first().screenshot({ path: result.mapCanvas });
  // a street in the middle of the district: some 400 m across
  await page.evaluate(async () => {
    const e = window.strata.extent;
    const lon = (e[0] + e[2]) / 2;
    const lat = (e[1] + e[3]) / 2;
    window.strata.viewer.camera.setView({ destination: Cesium.Rectangle.fromDegrees(lon - 0.002, lat - 0.0015, lon + 0.002, lat + 0.0015) });
    await window.strata.rendered();
  });
  result.street = await mapStats();
  result.streetCanvas = out + '/city-street-canvas.png';
  await page.locator('#map canvas').first().screenshot({ path: result.streetCanvas });
} catch (e) {
  result.failure = e.message;
  result.state = await browser.contexts()[0].pages()[0].evaluate(() => ({ ...document.body.dataset }))
    .catch(() => null);
} finally {
  await browser.close();
}
result.hosts = [...new Set(result.hosts)];
console.log(JSON.stringify(result));
