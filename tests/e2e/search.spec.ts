import { expect, test, type Page } from '@playwright/test';

const resultTitles = (page: Page) => page.locator('pagefind-results .pf-result-title');

test.describe('Search', () => {
	test('searching for "Lockleaze" from the URL puts that case first', async ({ page }) => {
		await page.goto('/search/?q=Lockleaze');
		await expect(resultTitles(page).first()).toHaveText(/Lockleaze and Upper Horfield/);
		await expect(page.locator('pagefind-input input')).toHaveValue('Lockleaze');
	});

	test('the home page search box leads to results', async ({ page }) => {
		await page.goto('/');
		await page.getByLabel('Search the evidence base').fill('Powys');
		await page.getByRole('button', { name: 'Search' }).click();
		await expect(page).toHaveURL('/search/?q=Powys');
		await expect(resultTitles(page).first()).toHaveText(/Powys/);
	});

	test('typing a search writes it into the address, so it can be shared', async ({ page }) => {
		await page.goto('/search/');
		// With no term, the page lists everything once the index has loaded.
		await expect(resultTitles(page).first()).toBeVisible();
		const box = page.locator('pagefind-input input');
		await box.fill('Wrexham');
		await expect(page).toHaveURL('/search/?q=Wrexham');
		await expect(resultTitles(page).first()).toHaveText(/Wrexham/);
	});

	test('a client-group filter in the URL shows exactly that group’s cases', async ({ page }) => {
		await page.goto('/search/?client_group=Gypsy+Travellers');
		await expect(resultTitles(page)).toHaveText([/Wrexham/]);
		await page.goto('/search/?client_group=Children+and+young+people');
		await expect(resultTitles(page)).toHaveText([/Easton/, /Lockleaze/]);
	});

	test('choosing a filter with the keyboard updates the results and the URL, and Back undoes it', async ({ page }) => {
		await page.goto('/search/?q=partnership');
		await expect(resultTitles(page).first()).toBeVisible();
		const before = await resultTitles(page).count();
		const nation = page.getByRole('combobox', { name: 'Nation' });
		await nation.focus();
		await page.keyboard.press('Enter');
		await expect(page.getByRole('option', { name: /Wales/ })).toBeVisible();
		// Type-ahead moves to the option; Enter chooses it.
		await page.keyboard.type('W');
		await page.keyboard.press('Enter');
		await expect(page).toHaveURL('/search/?q=partnership&nation=Wales');
		await expect.poll(() => resultTitles(page).count()).toBeLessThan(before);
		await expect(resultTitles(page)).toHaveText([/Powys|Wrexham/, /Powys|Wrexham/]);
		await page.goBack();
		await expect(page).toHaveURL('/search/?q=partnership');
		await expect.poll(() => resultTitles(page).count()).toBe(before);
	});
});
