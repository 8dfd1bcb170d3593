// The drawn pictures in the guides: each connection guide opens with its value map, a picture (role img)
// whose accessible name lists every value and field; the dialog schematics are labelled as schematics.
// At 390 and 1280 px, in both languages and colour schemes, no drawn label runs past its drawing, and each run
// leaves screenshots of every picture in tests/e2e/screenshots/ to look at. One page load per guide and
// language: the screen and the scheme change on the loaded page.
import {test, expect, openPage, localePath, LOCALES, switchColorScheme} from './support/fixtures';

const GUIDES = [
  {
    path: '/docs/backpack-tealstreet',
    map: 'backpack-tealstreet',
    fields: {en: ['API Key', 'API Secret', 'IP/CIDR'], 'zh-Hans': ['API Key', 'API Secret', 'IP/CIDR']},
    schematics: ['tealstreet-add-key'],
  },
  // OKX's field names as its English and Chinese screens show them.
  {
    path: '/docs/v5-insilico',
    map: 'okx-insilico',
    fields: {
      en: ['Secret key', 'Passphrase', 'IP address allowlist'],
      'zh-Hans': ['Secret Key', '密码短语', 'IP 地址白名单'],
    },
    schematics: ['okx-create-key', 'insilico-account'],
  },
  {path: '/docs/backpack-api-key', map: undefined, fields: {en: [], 'zh-Hans': []}, schematics: ['backpack-new-key']},
];

const SCHEMATIC_LABEL = {en: 'Schematic, not a screenshot', 'zh-Hans': '示意图，非截图'};

for (const locale of LOCALES) {
  for (const guide of GUIDES) {
    test(`${locale} ${guide.path}: the pictures are labelled, and every drawn label stays inside its picture at 390 and 1280 px, light and dark`, async ({
      page,
    }) => {
      await page.setViewportSize({width: 1280, height: 844});
      await openPage(page, localePath(locale, guide.path));

      if (guide.map) {
        await test.step('the value map comes before the first step and names every field', async () => {
          const figure = page.locator(`figure[data-value-map="${guide.map}"]`);
          await expect(figure).toHaveCount(1);
          // Before the first heading of the page's content: it opens the guide.
          const beforeFirstHeading = await figure.evaluate((el) => {
            const h2 = document.querySelector('article h2');
            return !!h2 && !!(el.compareDocumentPosition(h2) & Node.DOCUMENT_POSITION_FOLLOWING);
          });
          expect(beforeFirstHeading).toBe(true);
          const picture = figure.getByRole('img');
          await expect(picture).toHaveCount(1); // one drawing visible at a time
          await expect(picture).toBeVisible();
          await expect(picture).toHaveAccessibleName(
            new RegExp(`^${(await figure.locator('figcaption').textContent())!}`),
          );
          const name = await picture.evaluate((el) => (el as SVGElement).getAttribute('aria-labelledby')!);
          const alt = (await page.locator(`[id="${name}"]`).textContent())!;
          for (const field of guide.fields[locale]) expect(alt).toContain(field);
        });
      }

      await test.step('each dialog schematic is a labelled picture, marked as a schematic', async () => {
        for (const id of guide.schematics) {
          const figure = page.locator(`figure[data-dialog-schematic="${id}"]`);
          await expect(figure).toHaveCount(1);
          await expect(figure.locator('figcaption')).toContainText(SCHEMATIC_LABEL[locale]);
          await expect(figure.getByRole('img', {name: new RegExp(SCHEMATIC_LABEL[locale])})).toBeVisible();
        }
      });

      // The screen and scheme change on the loaded page: the drawing shown is chosen by the screen's width.
      for (const width of [1280, 390]) {
        for (const scheme of ['light', 'dark'] as const) {
          await test.step(`${scheme}, ${width} px: every drawn label stays inside its picture`, async () => {
            await page.setViewportSize({width, height: 844});
            await switchColorScheme(page, scheme);
            const figures = page.locator('figure[data-value-map], figure[data-dialog-schematic]');
            const count = await figures.count();
            expect(count).toBe(guide.schematics.length + (guide.map ? 1 : 0));
            for (let i = 0; i < count; i++) {
              const figure = figures.nth(i);
              await figure.scrollIntoViewIfNeeded();
              const id =
                (await figure.getAttribute('data-value-map')) ?? (await figure.getAttribute('data-dialog-schematic'));
              await figure.screenshot({path: `tests/e2e/screenshots/picture-${locale}-${scheme}-${width}-${id}.png`});
              const overflowing = await figure.evaluate((el) => {
                const svg = Array.from(el.querySelectorAll('svg')).find((s) => s.getBoundingClientRect().width > 0)!;
                const width = svg.viewBox.baseVal.width;
                return Array.from(svg.querySelectorAll('text'))
                  .filter((t) => {
                    const box = t.getBBox();
                    return box.x < 0 || box.x + box.width > width;
                  })
                  .map((t) => t.textContent);
              });
              expect.soft(overflowing, `labels past the edge of ${id}`).toEqual([]);
            }
          });
        }
      }
    });
  }
}
