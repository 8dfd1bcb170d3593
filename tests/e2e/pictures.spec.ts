// The drawn pictures in the guides: each connection guide opens with its value map, a picture (role img)
// whose accessible name lists every value and field; the dialog schematics are labelled as schematics.
// At 390 and 1280 px, in both languages and colour schemes, no drawn label runs past its drawing, and each run
// leaves screenshots of every picture in tests/e2e/screenshots/ to look at.
import {test, expect, openPage, localePath, LOCALES} from './support/fixtures';

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
    if (guide.map) {
      test(`${locale} ${guide.path}: the value map comes before the first step and names every field`, async ({
        page,
      }) => {
        await openPage(page, localePath(locale, guide.path));
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

    test(`${locale} ${guide.path}: each dialog schematic is a labelled picture, marked as a schematic`, async ({
      page,
    }) => {
      await openPage(page, localePath(locale, guide.path));
      for (const id of guide.schematics) {
        const figure = page.locator(`figure[data-dialog-schematic="${id}"]`);
        await expect(figure).toHaveCount(1);
        await expect(figure.locator('figcaption')).toContainText(SCHEMATIC_LABEL[locale]);
        await expect(figure.getByRole('img', {name: new RegExp(SCHEMATIC_LABEL[locale])})).toBeVisible();
      }
    });

    for (const [scheme, width] of [
      ['light', 390],
      ['dark', 390],
      ['light', 1280],
      ['dark', 1280],
    ] as const) {
      test(`${locale} ${scheme} ${guide.path}: at ${width} px every drawn label stays inside its picture`, async ({
        page,
      }) => {
        await page.setViewportSize({width, height: 844});
        await page.emulateMedia({colorScheme: scheme});
        await openPage(page, localePath(locale, guide.path));
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
          expect(overflowing, `labels past the edge of ${id}`).toEqual([]);
        }
      });
    }
  }
}
