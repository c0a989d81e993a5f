import { expect, test, type Page } from '@playwright/test';

const resultTitles = (page: Page) => page.locator('[data-search-results] li h3 a');
const results = (page: Page) => page.locator('[data-search-results] > li');

test.describe('Search', () => {
	test('searching for "Lockleaze" from the URL puts that case first', async ({ page }) => {
		await page.goto('/search/?q=Lockleaze');
		await expect(resultTitles(page).first()).toHaveText(/Lockleaze and Upper Horfield/);
		await expect(page.getByLabel('Search for words or places')).toHaveValue('Lockleaze');
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
		await page.getByLabel('Search for words or places').fill('Wrexham');
		await expect(page).toHaveURL('/search/?q=Wrexham');
		await expect(resultTitles(page).first()).toHaveText(/Wrexham/);
	});

	test('nothing is downloaded for search until the reader starts to search', async ({ page }) => {
		const fetched: string[] = [];
		page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
		await page.goto('/search/');
		await page.waitForLoadState('networkidle');
		expect(fetched.filter((path) => path.startsWith('/pagefind/'))).toEqual([]);
		await page.getByLabel('Search for words or places').focus();
		await expect.poll(() => fetched.some((path) => path.endsWith('/pagefind.js'))).toBe(true);
	});

	test('each result says what kind of page it is and, for a case, where and when', async ({ page }) => {
		await page.goto('/search/?q=Wrexham');
		const first = results(page).first();
		await expect(first.locator('.result__type')).toHaveText('Case study');
		await expect(first.locator('.result__facts')).toHaveText(/Wrexham.* · Wales · \d{4}/);
		await expect(first.locator('.result__summary')).not.toBeEmpty();
	});

	test('a result links to the section of the page that matched', async ({ page }) => {
		await page.goto('/search/?q=caravan');
		const section = results(page).first().locator('.result__match a');
		await expect(section).toHaveAttribute('href', /\/cases\/wrexham-gypsy-travellers\/#[\w-]+/);
	});

	test('the number of results is announced, and no placeholders are shown while they load', async ({ page }) => {
		await page.goto('/search/?q=Powys');
		await expect(page.getByRole('status')).toHaveText(/\d+ pages? found for “Powys”/);
		await expect(page.locator('.pf-skeleton, [aria-busy="true"]')).toHaveCount(0);
	});

	test('on a slow line the first result shows without waiting for the ones below it', async ({ page }) => {
		// Every result's fragment but the first is held back, as a slow connection would.
		let fragments = 0;
		await page.context().route('**/pagefind/fragment/*', async (route) => {
			if (fragments++ > 0) await new Promise((resolve) => setTimeout(resolve, 4000));
			await route.continue();
		});
		await page.goto('/search/?q=partnership');
		await expect(resultTitles(page).first()).toBeVisible();
		await expect(resultTitles(page)).toHaveCount(1);
		await expect(resultTitles(page)).toHaveCount(5, { timeout: 15_000 });
	});

	test('a search with no results suggests other words and the browse pages', async ({ page }) => {
		await page.goto('/search/?q=zzyzxqq');
		await expect(page.getByRole('status')).toHaveText('No pages found for “zzyzxqq”.');
		await expect(page.getByText('Try fewer words, another spelling')).toBeVisible();
		await expect(page.locator('[data-search-empty]').getByRole('link', { name: 'all case studies' })).toBeVisible();
	});

	test('a client-group filter in the URL shows exactly that group’s cases', async ({ page }) => {
		await page.goto('/search/?client_group=Gypsy+Travellers&type=Case+study');
		await expect(resultTitles(page)).toHaveText([/Wrexham/]);
		await expect(page.getByRole('checkbox', { name: 'Gypsy Travellers' })).toBeChecked();
	});

	test('two values of one filter show pages with either, not only pages with both', async ({ page }) => {
		await page.goto('/search/?type=Case+study&nation=Wales');
		const wales = await resultTitles(page).count();
		await page.goto('/search/?type=Case+study&nation=England&nation=Wales');
		await expect.poll(() => resultTitles(page).count()).toBeGreaterThan(wales);
	});

	test('choosing a filter updates the results and the URL, and Back undoes it', async ({ page }) => {
		await page.goto('/search/?q=partnership');
		await expect(resultTitles(page).first()).toBeVisible();
		const before = await page.getByRole('status').textContent();
		await page.locator('summary', { hasText: 'Nation' }).click();
		await page.getByRole('checkbox', { name: 'Wales' }).check();
		await expect(page).toHaveURL('/search/?q=partnership&nation=Wales');
		await expect(page.getByRole('status')).toHaveText(/with the filters chosen/);
		for (const title of await resultTitles(page).allTextContents()) expect(title).toMatch(/Powys|Wrexham|Wales/);
		await page.goBack();
		await expect(page).toHaveURL('/search/?q=partnership');
		await expect(page.getByRole('status')).toHaveText(before!);
		await expect(page.getByRole('checkbox', { name: 'Wales' })).not.toBeChecked();
	});

	test('filters by what became of a barrier', async ({ page }) => {
		await page.goto('/search/?q=');
		await page.locator('summary', { hasText: 'What became of a barrier' }).click();
		const first = page.locator('input[name="barrier_status"]').first();
		const value = await first.getAttribute('value');
		await first.check();
		await expect(resultTitles(page).first()).toBeVisible();
		expect(new URL(page.url()).searchParams.get('barrier_status')).toBe(value);
	});
});
