import { expect, test } from '@playwright/test';
import { FLAGSHIP_CASES } from './flagship';

test.use({ javaScriptEnabled: false });

test.describe('Without JavaScript', () => {
	test('every flagship case is reachable from the cases index', async ({ page }) => {
		for (const flagship of FLAGSHIP_CASES) {
			await page.goto('/');
			await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Cases' }).click();
			await page.getByRole('link', { name: flagship.title }).click();
			await expect(page.getByRole('heading', { level: 1 })).toHaveText(flagship.title);
		}
	});

	test('a case is reachable by client group', async ({ page }) => {
		await page.goto('/client-groups/');
		await page.getByRole('link', { name: 'Rural communities' }).click();
		await page.getByRole('link', { name: /Powys/ }).click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Powys/);
	});

	test('the search page says it needs JavaScript and offers the browse pages', async ({ page }) => {
		await page.goto('/search/?q=Lockleaze');
		await expect(page.getByText('Search needs JavaScript')).toBeVisible();
		await expect(page.getByRole('link', { name: 'cases by client group' })).toBeVisible();
		await expect(page.locator('[data-search-app]')).toBeHidden();
	});
});
