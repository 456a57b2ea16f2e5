import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/**
 * WCAG 2.1 AA scan of the page as it is now (or only of the part `include` selects: a scan of the
 * whole page takes seconds), failing with each violation's rule and elements.
 */
export async function expectNoAxeViolations(page: Page, include?: string): Promise<void> {
  // Scan the screen at rest: a toast fading in or a button changing colour is mid-way between two
  // colours, which axe would measure as they are in that instant.
  await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'));
  const builder = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']);
  const results = await (include ? builder.include(include) : builder).analyze();
  const summary = results.violations.map(
    (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
  expect(summary).toEqual([]);
}
