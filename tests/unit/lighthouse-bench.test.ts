// The Lighthouse bench reads its numbers from Lighthouse's reports. The fixture holds two reports of this
// site's English guide, cut down to the fields the bench reads: one whose trace failed (Lighthouse still
// writes a report, with no score and no metrics) and one that worked. The budgets judge what the table prints.
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import test from 'node:test';
import {BUDGETS, RETRYABLE, scores, withinBudget, type Lhr} from '../bench/lighthouse.bench';

const reports = JSON.parse(readFileSync(join(__dirname, 'fixtures', 'lighthouse-reports.json'), 'utf8')) as Record<
  'failedTrace' | 'ok',
  Lhr
>;

test('a report whose trace failed is an error the bench runs again, not a score of 0 with empty metrics', () => {
  assert.throws(
    () => scores(reports.failedTrace),
    (err: unknown) => {
      assert.match(String(err), /NO_NAVSTART/);
      assert.match(String(err), RETRYABLE);
      return true;
    },
  );
});

test('a report that worked gives its score and metrics', () => {
  const s = scores(reports.ok);
  assert.equal(s.performance, 96);
  assert.equal(Math.round(s.tbt), 195);
  assert.equal(Math.round(s.lcp), 2267);
  assert.equal(s.cls, 0);
});

test('each budget judges the value as the table prints it, on both sides of the limit', () => {
  const cases: {key: string; value: number; shown: string; ok: boolean}[] = [
    {key: 'tbt', value: 200.4, shown: '200 ms', ok: true},
    {key: 'tbt', value: 200.6, shown: '201 ms', ok: false},
    {key: 'lcp', value: 2504, shown: '2.50 s', ok: true},
    {key: 'lcp', value: 2506, shown: '2.51 s', ok: false},
    {key: 'performance', value: 89.6, shown: '90', ok: true},
    {key: 'performance', value: 89.4, shown: '89', ok: false},
    {key: 'cls', value: 0.0504, shown: '0.050', ok: true},
    {key: 'cls', value: 0.0506, shown: '0.051', ok: false},
  ];
  for (const {key, value, shown, ok} of cases) {
    const budget = BUDGETS.find((b) => b.key === key)!;
    assert.equal(budget.show(value), shown, `${key} ${value}`);
    assert.equal(withinBudget(budget, value), ok, `${key} ${value}`);
  }
});
