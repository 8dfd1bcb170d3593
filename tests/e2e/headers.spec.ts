// Served like production: `serve` with the build's serve.json sends every security header, compressed,
// on pages of both languages, a tools page and a 404; a policy violation fails the console guard; no other
// origin can frame a page. What the built files hold is checked in node (tests/build/csp.test.ts).
import {readdirSync} from 'node:fs';
import {join} from 'node:path';
import {test, expect, openPage} from './support/fixtures';
import {BUILD, expectedHeaders as expected} from '../build/builtSite';

const served = [
  {name: 'en home', path: '/', status: 200},
  {name: 'zh-Hans home', path: '/zh-Hans/', status: 200},
  {name: 'en tools page', path: '/docs/tools/ip-whitelist', status: 200},
  {name: 'zh-Hans tools page, trailing slash', path: '/zh-Hans/docs/tools/ip-whitelist/', status: 200},
  {name: 'en guide', path: '/docs/backpack-tealstreet', status: 200},
  {name: 'en 404', path: '/docs/no-such-page', status: 404},
  {name: 'zh-Hans 404', path: '/zh-Hans/docs/no-such-page', status: 404},
  {name: 'a script', path: '', status: 200},
];

// Requests only, no page: one test for all of them.
test('served pages, 404s and a script: every security header, compressed', async ({request}) => {
  for (const {name, path, status} of served) {
    await test.step(name, async () => {
      const url = path || `/assets/js/${readdirSync(join(BUILD, 'assets', 'js')).find((f) => f.startsWith('main.'))}`;
      const res = await request.get(url, {headers: {'Accept-Encoding': 'br, gzip'}, maxRedirects: 0});
      expect.soft(res.status(), name).toBe(status);
      const headers = res.headers();
      for (const [key, value] of Object.entries(expected))
        expect.soft(headers[key.toLowerCase()], `${name}: ${key}`).toBe(value);
      expect.soft(headers['content-encoding'], name).toMatch(/^(br|gzip)$/);
      if (path) expect.soft(headers['content-type'], name).toBe('text/html; charset=utf-8');
      else expect.soft(headers['cache-control'], name).toBe('public, max-age=31536000, immutable');
    });
  }
});

test('pages are served at the URLs Docusaurus links to, with and without a trailing slash', async ({request}) => {
  for (const path of ['/docs/faq', '/docs/faq/', '/zh-Hans/docs/faq', '/docs/tools/', '/zh-Hans/docs/tools/']) {
    const res = await request.get(path, {maxRedirects: 0});
    expect(res.status(), path).toBe(200);
    expect(await res.text(), path).toContain('<meta http-equiv="Content-Security-Policy"');
  }
});

test('the console guard catches a script the policy blocks', async ({page, problems}) => {
  await openPage(page, '/docs/tools/ip-whitelist');
  await page.evaluate(() => {
    const s = document.createElement('script');
    s.textContent = 'window.kbInjected = true';
    document.body.append(s);
  });
  await expect.poll(() => problems.join('\n')).toMatch(/Content Security Policy/);
  expect(await page.evaluate(() => (window as unknown as {kbInjected?: boolean}).kbInjected)).toBeUndefined();
  problems.length = 0; // the violation was the point of this test
});

test('the browser accepts every header without a warning', async ({page}) => {
  const warnings: string[] = [];
  page.on('console', (msg) => {
    if (/Permissions-Policy|Content-Security-Policy|Cross-Origin|Referrer-Policy/i.test(msg.text()))
      warnings.push(msg.text());
  });
  await openPage(page, '/docs/tools/ip-whitelist');
  await openPage(page, '/zh-Hans/');
  expect(warnings).toEqual([]);
});

test('another origin cannot frame a tools page', async ({page, baseURL, problems}) => {
  const target = `${baseURL}/docs/tools/ip-whitelist`;
  const loaded: string[] = [];
  page.on('response', (res) => {
    if (res.url() === target) loaded.push(res.headers()['content-security-policy'] ?? '');
  });
  await page.setContent(`<iframe src="${target}" title="framed"></iframe>`);
  await expect.poll(() => problems.join('\n')).toMatch(/frame-ancestors/);
  expect(loaded).toHaveLength(1); // the page was fetched, and refused by its own policy
  const frame = page.frames().find((f) => f !== page.mainFrame())!;
  // What shows in the frame is the browser's error page, not the tool.
  await expect(frame.locator('html[data-has-hydrated], article textarea')).toHaveCount(0);
  await expect(frame.locator('body')).not.toContainText('IP whitelist checker');
  expect(problems.join('\n')).toMatch(/ERR_BLOCKED_BY_RESPONSE/);
  problems.length = 0; // the refusal was the point of this test
});
