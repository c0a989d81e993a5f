import { expect, test } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

/** One page of each type. */
const PAGES = {
	home: '/',
	'case index': '/cases/',
	case: '/cases/wrexham-gypsy-travellers/',
	'barrier index': '/barriers/',
	barrier: '/barriers/lack-of-trust/',
	principle: '/principles/build-relationships/',
	'client group': '/client-groups/rural-communities/',
	source: '/sources/ahmad-et-al-2004/',
	'source index': '/sources/',
	guides: '/guides/',
	glossary: '/glossary/',
	search: '/search/?q=trust',
	'not found': '/404.html',
};

const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

for (const scheme of ['light', 'dark'] as const) {
	test.describe(`Accessibility in the ${scheme} scheme`, () => {
		test.use({ colorScheme: scheme });
		for (const [name, path] of Object.entries(PAGES)) {
			test(`the ${name} page has no WCAG 2.2 AA violations`, async ({ page }) => {
				await page.goto(path);
				if (name === 'search') await expect(page.locator('pagefind-results .pf-result-title').first()).toBeVisible();
				const results = await new AxeBuilder({ page }).withTags(WCAG_22_AA).analyze();
				const summary = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
				expect(summary).toEqual([]);
			});
		}
	});
}

test('the skip link is the first thing the keyboard reaches and moves focus to the content', async ({ page }) => {
	await page.goto('/cases/easton-bristol/');
	await page.keyboard.press('Tab');
	const skip = page.getByRole('link', { name: 'Skip to main content' });
	await expect(skip).toBeFocused();
	await expect(skip).toBeVisible();
	await page.keyboard.press('Enter');
	await expect(page.locator('main')).toBeFocused();
});

test('each page has exactly one h1', async ({ page }) => {
	for (const path of Object.values(PAGES)) {
		await page.goto(path);
		await expect(page.getByRole('heading', { level: 1 }), path).toHaveCount(1);
	}
});
