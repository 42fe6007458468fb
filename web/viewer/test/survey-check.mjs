// Drives the system Chromium through the surveyor's page for ViewerBrowserTest:
//   node survey-check.mjs BASE_URL OUT_DIR COMMISSION PACKAGE_ZIP
// Prints one JSON object: the verdict shown, the features flagged on the map, the hosts requested, the screenshot.
import { launch, signIn } from './browser.mjs';

const [base, out, commission, zip] = process.argv.slice(2);
const result = { hosts: [] };
const browser = await launch();
try {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  page.on('request', r => result.hosts.push(new URL(r.url()).host || new URL(r.url()).protocol));
  await signIn(page, base + '/viewer/survey.html', 'surveyor');
  await page.waitForSelector('#commission option', { state: 'attached', timeout: 30000 });
  await page.selectOption('#commission', commission);
  await page.setInputFiles('#file', zip);
  await page.click('#upload');
  await page.waitForSelector('body[data-report]', { state: 'attached', timeout: 60000 });
  await page.waitForTimeout(1500);
  result.verdict = await page.textContent('#verdict');
  result.report = await page.getAttribute('body', 'data-report');
  result.flagged = await page.getAttribute('body', 'data-flagged');
  result.reportText = await page.textContent('#report');
  result.screenshot = out + '/survey-report.png';
  await page.screenshot({ path: result.screenshot });
} catch (e) {
  result.failure = e.message;
} finally {
  await browser.close();
}
result.hosts = [...new Set(result.hosts)];
console.log(JSON.stringify(result));
