// The system Chromium (never a downloaded one) with the flags this machine needs, and signing in to a page.
import { chromium } from 'playwright-core';

export function launch() {
  return chromium.launch({
    executablePath: process.env.STRATA_CHROMIUM || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--use-angle=swiftshader', '--enable-unsafe-swiftshader'],
  });
}

export async function signIn(page, url, username) {
  await page.goto(url);
  await page.selectOption('#username', username);
  await page.fill('#password', 'demo');
  await page.click('#signin button[type=submit]');
}
