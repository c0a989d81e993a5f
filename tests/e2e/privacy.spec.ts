import { expect, test } from '@playwright/test';

/** Pages that between them load everything the site ever loads. */
const PAGES = ['/', '/cases/easton-bristol/', '/barriers/lack-of-trust/', '/sources/', '/search/?q=trust&nation=England'];

test.describe('Privacy and security', () => {
	for (const path of PAGES) {
		test(`${path} asks nothing of any other host and breaks none of its own security policy`, async ({ page, baseURL }) => {
			const origin = new URL(baseURL!).origin;
			const elsewhere: string[] = [];
			await page.route('**/*', (route) => {
				const url = route.request().url();
				if (url.startsWith(origin) || url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
				elsewhere.push(url);
				return route.abort('blockedbyclient');
			});
			const violations: string[] = [];
			page.on('console', (message) => {
				if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text());
			});
			await page.goto(path);
			if (path.startsWith('/search/')) {
				await expect(page.locator('[data-search-results] li h3 a').first()).toBeVisible();
			}
			await page.waitForLoadState('networkidle');
			expect(elsewhere).toEqual([]);
			expect(violations).toEqual([]);
			await expect(page.locator('meta[http-equiv="content-security-policy"]')).toHaveAttribute('content', /default-src 'self'/);
		});
	}

	test('links to other sites open without giving them a handle on this page', async ({ page }) => {
		await page.goto('/sources/tett-2005/');
		const external = page.locator('a[href^="http"]');
		expect(await external.count()).toBeGreaterThan(0);
		for (const link of await external.all()) await expect(link).toHaveAttribute('rel', /noopener/);
	});
});
