// The patches to Docusaurus's start-up code (patches/, see the README) keep what they change working:
// links in view still prefetch their pages' code (now in idle time), moving to another page loads its
// code, and the phone menu still shows the docs sidebar (its content goes through the patched
// useShallowMemoObject).
import {expect, LOCALES, localePath, openPage, test} from './support/fixtures';
import {scaled} from './support/timeouts';

for (const locale of LOCALES) {
  test.describe(`start-up (${locale})`, () => {
    // One page load: the phone menu first, then the prefetching and the move to another page.
    test('on a phone the menu shows the docs sidebar; links in view still prefetch their pages, and moving to another page loads its code', async ({
      page,
    }) => {
      await page.setViewportSize({width: 390, height: 844});
      await openPage(page, localePath(locale, '/docs/backpack-tealstreet'));
      await page.locator('.navbar__toggle').click();
      const sidebar = page.locator('.navbar-sidebar');
      await expect(sidebar.locator('.navbar-sidebar__back')).toBeVisible();
      await expect(sidebar.locator('a.menu__link--active[href$="/docs/backpack-tealstreet"]')).toBeVisible();
      await sidebar.locator('.navbar-sidebar__close').click();
      await expect(sidebar).toBeHidden();
      // Back on a desktop screen, where the browser lays out the whole article: on a phone the blocks it
      // skips grow as the click scrolls past them, and can move the link from under the pointer.
      await page.setViewportSize({width: 1280, height: 720});

      await expect
        .poll(() => page.locator('link[rel="prefetch"]').count(), {timeout: scaled(10_000)})
        .toBeGreaterThan(0);
      const heading = await page.locator('article h1').innerText();
      await page.locator('.pagination-nav').getByRole('link').first().click();
      await expect(page.locator('article h1')).not.toHaveText(heading);
      await expect(page.locator('article h1')).toBeVisible();
    });
  });
}
