// Checker code (the checkers, i18next and the message catalogues) is not part of a page with widgets: it
// loads when the reader first uses a widget, and what was typed meanwhile is checked once it arrives.
import {generateKeyPairSync} from 'node:crypto';
import type {Page} from '@playwright/test';
import {expect, openPage, test} from './support/fixtures';

// Strings found only in checker code: a message key from the catalogues and i18next's logger prefix.
const MARKERS = ['pubkey.small-order', 'i18next:'];

/** The bodies of the scripts this page has loaded (not prefetches of linked pages). */
function collectScripts(page: Page): Promise<string>[] {
  const bodies: Promise<string>[] = [];
  page.on('response', (res) => {
    const prefetch = /prefetch/.test(res.request().headers()['sec-purpose'] ?? '');
    if (res.request().resourceType() === 'script' && !prefetch) bodies.push(res.text());
  });
  return bodies;
}

const loadedMarkers = async (bodies: Promise<string>[]) => {
  const texts = await Promise.all(bodies);
  return MARKERS.filter((m) => texts.some((t) => t.includes(m)));
};

test('a tools page loads no checker code until the widget is used; typing meanwhile is checked', async ({page}) => {
  const bodies = collectScripts(page);
  await openPage(page, '/docs/tools/public-key');
  await page.waitForLoadState('networkidle');
  expect(await loadedMarkers(bodies)).toEqual([]);
  const before = bodies.length;

  // A real Ed25519 public key made by node's crypto (its last 32 SPKI bytes), typed key by key.
  const spki = generateKeyPairSync('ed25519').publicKey.export({type: 'spki', format: 'der'});
  const key = spki.subarray(-32).toString('base64');
  const box = page.locator('article section textarea').first();
  await box.pressSequentially(key);
  // A bare 32-byte key could also be an API secret, so even a valid point is a warning, never a plain ✓.
  await expect(page.locator('article section [role="status"]').first()).toHaveAttribute('data-verdict', 'warning');
  await expect(box).toHaveValue(key);
  await expect(page.getByTestId('normalized-key')).toHaveText(key);
  expect(bodies.length).toBeGreaterThan(before);
  expect(await loadedMarkers(bodies)).toEqual(MARKERS);
});
