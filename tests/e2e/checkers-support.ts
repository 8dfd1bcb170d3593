// Shared by the checker widget specs: where each widget lives, and the assertion that a widget shows
// every finding of the real checker report, in the page's locale, with the real translated message.
import type {Locator, Page} from '@playwright/test';
import {describe, describeFix, type Report} from '../../src/checkers';
import {expect, localePath, openPage, type Locale} from './support/fixtures';

export const TOOL_PAGES = {
  publicKey: '/docs/tools/public-key',
  ipList: '/docs/tools/ip-whitelist',
  keyPair: '/docs/tools/key-pair',
  errorExplainer: '/docs/tools/error-explainer',
  index: '/docs/tools/',
} as const;

/** Opens a tools page in a locale and returns the checker widget on it. */
export async function openWidget(page: Page, locale: Locale, path: string): Promise<Locator> {
  await openPage(page, localePath(locale, path));
  return page.locator('article section[aria-label]').first();
}

export function verdictOf(widget: Locator): Locator {
  return widget.locator('[role="status"][data-verdict]');
}

/** The widget states the report's verdict and shows each finding's message and fix, translated. */
export async function expectReportShown(widget: Locator, report: Report, locale: Locale): Promise<void> {
  await expect(verdictOf(widget)).toHaveAttribute('data-verdict', report.verdict);
  for (const finding of report.findings) {
    const shown = widget.locator(`[data-code="${finding.code}"]`).filter({hasText: describe(finding, locale)});
    await expect(shown.first(), `${finding.code} in ${locale}`).toBeVisible();
    await expect(shown.first()).toContainText(describeFix(finding, locale));
  }
}
