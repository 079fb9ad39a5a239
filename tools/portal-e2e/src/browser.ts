import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { commandWorks, missing } from '@stratum/testing';
import { REPO_ROOT } from './portal';

/** Debian's Chromium; a test tool's own browser download is not used. STRATUM_CHROMIUM names another binary. */
export const CHROMIUM = process.env.STRATUM_CHROMIUM || '/usr/bin/chromium';

/** Why the browser tests cannot run here, or undefined (throws under STRATUM_REQUIRE_PREREQS=1). */
export function chromiumSkipReason(): string | undefined {
  return missing(
    'chromium',
    commandWorks(CHROMIUM, ['--version']),
    'apt-get install chromium, or set STRATUM_CHROMIUM',
  );
}

/** Headless Chromium with the flags a container needs and nothing that phones home. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** Screenshots go to test-results/portal/ at the repository root (git-ignored). */
export const SCREENSHOTS = join(REPO_ROOT, 'test-results', 'portal');

/** Saves a full-page screenshot as test-results/portal/<name>.png and returns its path. */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const path = join(SCREENSHOTS, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}

/** Opens the app and signs in as guest on the sign-in page, as a person does the first time. */
export async function signInAsGuest(page: Page, appUrl: string): Promise<void> {
  await page.goto(appUrl);
  await page.getByText('Guest', { exact: true }).waitFor();
  const enter = page.getByRole('button', { name: /enter/i });
  await enter.click();
  await enter.waitFor({ state: 'detached' });
  await page.getByRole('link', { name: 'Settings' }).first().waitFor();
}
