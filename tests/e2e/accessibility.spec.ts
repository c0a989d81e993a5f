import { expect, test, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { BUILT_PAGES } from './built-pages';

const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

async function open(page: Page, path: string) {
	// The search page is checked with results showing, the state people use it in.
	await page.goto(path === '/search/' ? '/search/?q=trust' : path);
	if (path === '/search/') await expect(page.locator('[data-search-results] li h3 a').first()).toBeVisible();
}

for (const scheme of ['light', 'dark'] as const) {
	test.describe(`Accessibility in the ${scheme} scheme`, () => {
		test.use({ colorScheme: scheme });
		for (const path of BUILT_PAGES) {
			test(`${path} has no WCAG 2.2 AA violations`, async ({ page }) => {
				// Axe over a long case page takes seconds on a busy two-core machine.
				test.setTimeout(60_000);
				await open(page, path);
				const results = await new AxeBuilder({ page }).withTags(WCAG_22_AA).analyze();
				const summary = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
				expect(summary).toEqual([]);
			});
		}
	});
}

test.describe('Page structure', () => {
	test('every page has exactly one h1, a main landmark and the site navigation', async ({ page }) => {
		test.setTimeout(BUILT_PAGES.length * 2_000);
		for (const path of BUILT_PAGES) {
			await open(page, path);
			await expect(page.getByRole('heading', { level: 1 }), path).toHaveCount(1);
			await expect(page.getByRole('main'), path).toHaveCount(1);
			await expect(page.getByRole('navigation', { name: 'Main' }), path).toBeVisible();
		}
	});
});

test.describe('Reflow at 320 CSS pixels (400% zoom)', () => {
	test.use({ viewport: { width: 320, height: 640 } });
	test('no page scrolls sideways', async ({ page }) => {
		test.setTimeout(BUILT_PAGES.length * 2_000);
		for (const path of BUILT_PAGES) {
			await open(page, path);
			const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
			expect(overflow, `${path} is ${overflow}px wider than the screen`).toBeLessThanOrEqual(0);
		}
	});
});

test.describe('Reduced motion', () => {
	test.use({ reducedMotion: 'reduce' });
	test('nothing animates or transitions for someone who asked for less motion', async ({ page }) => {
		for (const path of ['/', '/cases/easton-bristol/', '/search/']) {
			await open(page, path);
			const moving = await page.evaluate(() =>
				[...document.querySelectorAll('*')]
					.map((el) => getComputedStyle(el))
					.filter((s) => parseFloat(s.animationDuration) > 0.01 || parseFloat(s.transitionDuration) > 0.01).length,
			);
			expect(moving, path).toBe(0);
		}
	});
});
