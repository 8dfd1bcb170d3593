// The Lighthouse bench reads its numbers from Lighthouse's reports. The fixture holds two reports of this
// site's English guide, cut down to the fields the bench reads: one whose trace failed (Lighthouse still
// writes a report, with no score and no metrics) and one that worked.
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import test from 'node:test';
import {RETRYABLE, scores, type Lhr} from '../bench/lighthouse.bench';

const reports = JSON.parse(readFileSync(join(__dirname, 'fixtures', 'lighthouse-reports.json'), 'utf8')) as Record<'failedTrace' | 'ok', Lhr>;

test('a report whose trace failed is an error the bench runs again, not a score of 0 with empty metrics', () => {
  assert.throws(() => scores(reports.failedTrace), (err: unknown) => {
    assert.match(String(err), /NO_NAVSTART/);
    assert.match(String(err), RETRYABLE);
    return true;
  });
});

test('a report that worked gives its score and metrics', () => {
  const s = scores(reports.ok);
  assert.equal(s.performance, 96);
  assert.equal(Math.round(s.tbt), 195);
  assert.equal(Math.round(s.lcp), 2267);
  assert.equal(s.cls, 0);
});
