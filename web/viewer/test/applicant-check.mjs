// Drives the system Chromium through the applicant's page for OnlinePagesBrowserTest:
//   node applicant-check.mjs BASE_URL OUT_DIR USERNAME BUYER_NAME BUYER_ID
// As the owner: confirms the application awaiting them, answers the correction request with the loan's amount,
// downloads the certificate, files a transfer of the flat to the buyer. Prints one JSON object.
import { launch, signIn } from './browser.mjs';

const [base, out, username, buyerName, buyerId] = process.argv.slice(2);
const result = { hosts: [] };
const browser = await launch();
const statuses = page => page.getAttribute('body', 'data-statuses');
try {
  const page = await browser.newPage({ viewport: { width: 1200, height: 1100 }, acceptDownloads: true });
  page.on('request', r => result.hosts.push(new URL(r.url()).host || new URL(r.url()).protocol));
  await signIn(page, base + '/viewer/applications.html', username);
  await page.waitForSelector('body[data-applications]', { state: 'attached', timeout: 30000 });
  result.before = await statuses(page);
  result.units = await page.textContent('#units');
  await page.screenshot({ path: out + '/applicant-before.png', fullPage: true });

  await page.click('[data-status="awaiting-consent"] button[data-act="consent"]');
  await page.waitForFunction(() => !document.body.dataset.statuses.includes('awaiting-consent'), null, { timeout: 30000 });
  result.afterConsent = await statuses(page);

  await page.fill('[data-status="needs-correction"] textarea', 'amount=800000.00');
  await page.click('[data-status="needs-correction"] button[data-act="corrections"]');
  await page.waitForFunction(() => !document.body.dataset.statuses.includes('needs-correction'), null, { timeout: 30000 });
  result.afterCorrection = await statuses(page);

  const download = page.waitForEvent('download', { timeout: 30000 });
  await page.click('[data-status="recorded"] button[data-act="download"]');
  result.downloaded = (await download).suggestedFilename();
  result.downloadedBytes = await page.getAttribute('body', 'data-downloaded');

  await page.selectOption('#type', 'transfer');
  await page.fill('#other-name', buyerName);
  await page.fill('#other-id', buyerId);
  await page.click('#file button[type=submit]');
  await page.waitForFunction(() => document.body.dataset.statuses.includes('awaiting-consent'), null, { timeout: 30000 });
  result.message = await page.textContent('#message');
  result.after = await statuses(page);
  result.screenshot = out + '/applicant.png';
  await page.screenshot({ path: result.screenshot, fullPage: true });
  result.text = await page.textContent('#applications');
} catch (e) {
  result.failure = e.message;
} finally {
  await browser.close();
}
result.hosts = [...new Set(result.hosts)];
console.log(JSON.stringify(result));
