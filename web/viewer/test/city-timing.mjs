// Times the viewer drawing a city as a citizen meets it, for scripts/bench viewer:
//   node city-timing.mjs BASE_URL RUNS
// Each run is a fresh browser context (no cache, no session): from opening the page, through signing in, to the page
// reporting its volumes drawn. Prints one JSON object per run (the time drawn, when the first and the last 3D tile
// answered, how many tiles, the volumes reported) and nothing else on stdout.
import { launch, signIn } from './browser.mjs';

const [base, runsText] = process.argv.slice(2);
const runs = Number(runsText || 5);
const browser = await launch();
try {
  for (let run = 1; run <= runs; run++) {
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    const page = await context.newPage();
    const tiles = { count: 0, first: null, last: null };
    const started = Date.now();
    page.on('response', response => {
      if (!new URL(response.url()).pathname.endsWith('.glb')) {
        return;
      }
      const at = Date.now() - started;
      tiles.first = tiles.first === null ? at : Math.min(tiles.first, at);
      tiles.last = Math.max(tiles.last || 0, at);
      tiles.count++;
    });
    await signIn(page, base + '/viewer/', 'citizen');
    const signedIn = Date.now() - started;
    await page.waitForSelector('body[data-rendered-volumes]', { state: 'attached', timeout: 120000 });
    const drawnMillis = Date.now() - started;
    const volumes = await page.evaluate(() => Number(document.body.dataset.renderedVolumes));
    const tiled = await page.evaluate(() => document.body.dataset.tiled === 'true');
    console.log(JSON.stringify({
      run, drawnMillis, signedInMillis: signedIn, firstTileMillis: tiles.first, lastTileMillis: tiles.last,
      tiles: tiles.count, volumes, tiled,
    }));
    await context.close();
  }
} finally {
  await browser.close();
}
