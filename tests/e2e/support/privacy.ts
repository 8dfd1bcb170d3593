// Records everything a page could leak a pasted value through, so a spec can assert that a sentinel
// typed into a widget appears nowhere: requests (URL, headers, body), the page URL, storage and console.
import {expect, type Locator, type Page} from '@playwright/test';

export interface Recording {
  requests: string[];
  console: string[];
  /** Requests made since the last call to `mark()`. */
  requestsSinceMark(): string[];
  /**
   * Lets the page finish what it loads by itself, then starts counting. Docusaurus prefetches the
   * pages that links point to once they scroll into view, so the page is scrolled through first and
   * the count starts only when no request has come for a while.
   */
  mark(): Promise<void>;
  /** Everything that could hold the sentinel, as text: requests, console, URL, storage, cookies. */
  dump(): Promise<string>;
}

/**
 * A widget downloads its checker code (the site's own scripts) on first use. Focus it before `mark()`,
 * which waits for those downloads to end, so that what is recorded after the mark is what typing sends.
 */
export async function startWidget(widget: Locator): Promise<void> {
  await widget.locator('textarea, input').first().focus();
}

export function recordTraffic(page: Page): Recording {
  const requests: string[] = [];
  const consoleLines: string[] = [];
  let markAt = 0;
  page.on('request', (req) => {
    requests.push([req.method(), req.url(), JSON.stringify(req.headers()), req.postData() ?? ''].join(' '));
  });
  page.on('console', (msg) => consoleLines.push(msg.text()));
  return {
    requests,
    console: consoleLines,
    mark: async () => {
      const height = await page.evaluate(() => document.documentElement.scrollHeight);
      for (let y = 0; y <= height; y += 400) await page.evaluate((top) => window.scrollTo(0, top), y);
      await page.evaluate(() => window.scrollTo(0, 0));
      let seen = -1;
      while (seen !== requests.length) {
        seen = requests.length;
        await page.waitForTimeout(500);
      }
      markAt = requests.length;
    },
    requestsSinceMark: () => requests.slice(markAt),
    dump: async () => {
      const storage = await page.evaluate(async () => {
        const dumpArea = (s: Storage) =>
          Object.keys(s)
            .map((k) => `${k}=${s.getItem(k)}`)
            .join('\n');
        const dbs = 'databases' in indexedDB ? await indexedDB.databases() : [];
        return [dumpArea(localStorage), dumpArea(sessionStorage), document.cookie, JSON.stringify(dbs)].join('\n');
      });
      const cookies = JSON.stringify(await page.context().cookies());
      return [...requests, ...consoleLines, page.url(), storage, cookies].join('\n');
    },
  };
}

/** A value no page would contain by chance; include something that looks like each kind of input. */
export function sentinel(label: string): string {
  return `KBSENTINEL${label}${Math.random().toString(36).slice(2, 10)}`;
}

/** What every text field of a widget must carry: no autofill, spellcheck, autocorrect or password manager. */
const PRIVATE_ATTRIBUTES = {
  autocomplete: 'off',
  spellcheck: 'false',
  autocapitalize: 'off',
  autocorrect: 'off',
  'data-1p-ignore': 'true',
  'data-lpignore': 'true',
  'data-form-type': 'other',
};

/** Every field carries the private attributes and sits outside any <form> that could submit it. */
export async function expectPrivateFields(fields: Locator): Promise<void> {
  const all = await fields.all();
  expect(all.length, 'no fields found').toBeGreaterThan(0);
  for (const [i, field] of all.entries()) {
    for (const [name, value] of Object.entries(PRIVATE_ATTRIBUTES)) {
      await expect(field, `field ${i} ${name}`).toHaveAttribute(name, value);
    }
    expect(await field.evaluate((el) => el.closest('form')), `field ${i} is inside a form`).toBeNull();
  }
}
