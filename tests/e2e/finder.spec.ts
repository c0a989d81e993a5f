import { expect, test, type Page } from '@playwright/test';

const shown = (page: Page) => page.locator('[data-finder-list] > li:visible h3 a');
/** Opens a filter group by its key, unless the URL's choices have opened it already. */
const open = async (page: Page, key: string) => {
	const group = page.locator(`[data-facet="${key}"]`);
	if ((await group.getAttribute('open')) === null) await group.locator('summary').click();
};

test.describe('The case finder', () => {
	test('a student narrows the cases to one client group and one barrier, shares the view, and Back undoes it', async ({ page }) => {
		await page.goto('/cases/');
		const all = await shown(page).count();
		await open(page, 'client_group');
		await page.getByRole('checkbox', { name: /^Children and young people/ }).check();
		await expect(page).toHaveURL(/\/cases\/\?client_group=Children\+and\+young\+people$/);
		await open(page, 'barrier');
		await page.locator('[data-facet="barrier"]').getByRole('checkbox', { name: /^Lack of trust/ }).check();
		await expect(page).toHaveURL(/client_group=Children\+and\+young\+people&barrier=Lack\+of\+trust/);
		await expect(page.getByRole('status')).toHaveText(/^Showing \d+ of \d+ cases$/);
		const narrowed = await shown(page).allTextContents();
		expect(narrowed.length).toBeGreaterThan(0);
		expect(narrowed.length).toBeLessThan(all);
		expect(narrowed).toContainEqual(expect.stringMatching(/Easton/));

		// The URL is the view: a fresh page on it shows the same cases, boxes ticked.
		const shared = page.url();
		const other = await page.context().newPage();
		await other.goto(shared);
		await expect(shown(other)).toHaveText(narrowed);
		await expect(other.getByRole('checkbox', { name: /^Lack of trust/ }).first()).toBeChecked();

		await page.goBack();
		await expect(page).toHaveURL(/\/cases\/\?client_group=Children\+and\+young\+people$/);
		await page.goBack();
		await expect(shown(page)).toHaveCount(all);
	});

	test('two values in one group show cases with either', async ({ page }) => {
		await page.goto('/cases/?nation=Wales');
		const wales = await shown(page).count();
		await page.goto('/cases/?nation=Wales&nation=England');
		await expect.poll(() => shown(page).count()).toBeGreaterThan(wales);
	});

	test('each option says how many cases it would show, and the chosen filters can be removed one by one or all at once', async ({ page }) => {
		await page.goto('/cases/?nation=Wales&setting=Rural');
		await open(page, 'nation');
		await expect(page.getByRole('checkbox', { name: /^Wales/ })).toBeChecked();
		await expect(page.locator('label', { hasText: /^\s*Wales/ }).locator('[data-count]')).toHaveText(/^\(\d+\)$/);
		await page.getByRole('link', { name: 'Remove setting: Rural' }).click();
		await expect(page).toHaveURL(/\/cases\/\?nation=Wales$/);
		await page.getByRole('link', { name: 'Clear all filters' }).click();
		await expect(page).toHaveURL(/\/cases\/$/);
		await expect(page.getByRole('status')).toHaveText(/^\d+ cases$/);
	});

	test('sorts by place and by period', async ({ page }) => {
		await page.goto('/cases/?sort=period');
		await expect(page.locator('[data-finder-sort]')).toHaveValue('period');
		const years = await page.locator('[data-finder-list] > li').evaluateAll((items) => items.map((li) => (li as HTMLElement).dataset.sortPeriod!));
		expect(years).toEqual([...years].sort());
		await page.locator('[data-finder-sort]').selectOption('place');
		await expect(page).toHaveURL(/sort=place/);
	});

	test('works from the keyboard alone', async ({ page }) => {
		await page.goto('/cases/');
		await page.locator('[data-finder-form] summary', { hasText: 'Nation' }).focus();
		await page.keyboard.press('Enter');
		await page.keyboard.press('Tab');
		await page.keyboard.press('Space');
		await expect(page).toHaveURL(/\/cases\/\?nation=/);
		await expect(page.getByRole('status')).toHaveText(/^Showing/);
	});

	test('"Compare" boxes gather cases for the side-by-side view', async ({ page }) => {
		await page.goto('/cases/');
		await page.getByRole('checkbox', { name: /^Compare.*Easton/ }).check();
		await page.getByRole('checkbox', { name: /^Compare.*Wrexham/ }).check();
		await page.getByRole('checkbox', { name: /^Compare.*Powys/ }).check();
		await page.getByRole('link', { name: 'Compare the 3 cases ticked' }).click();
		await expect(page).toHaveURL(/\/compare\/\?cases=/);
		const table = page.getByRole('table', { name: '3 cases side by side' });
		await expect(table.getByRole('columnheader')).toHaveText([/Easton/, /Wrexham|Powys/, /Wrexham|Powys/]);
		await expect(table.getByRole('rowheader', { name: 'Barriers (what became of them)' })).toBeVisible();
	});
});

test.describe('The case finder without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('lists every case and links every filter value to a page of its own', async ({ page }) => {
		await page.goto('/cases/');
		const cases = await page.locator('[data-finder-list] > li').count();
		await expect(page.locator('[data-finder-list] > li:visible')).toHaveCount(cases);
		await page.locator('.nojs-only summary', { hasText: 'Nation' }).click();
		await page.getByRole('link', { name: 'Wales', exact: true }).click();
		await expect(page).toHaveURL('/cases/nation/wales/');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Cases by nation: Wales');
		await expect(page.getByRole('link', { name: /Powys/ })).toBeVisible();
	});

	test('the compare page shows every case as a table', async ({ page }) => {
		await page.goto('/compare/?cases=easton-bristol');
		const rows = page.getByRole('table').getByRole('row');
		expect(await rows.count()).toBeGreaterThan(4);
	});
});
