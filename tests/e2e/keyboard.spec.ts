import { expect, test, type Page } from '@playwright/test';

/** Tabs through a page, checking that whatever has focus shows it; returns what was reached. */
async function tabThrough(page: Page, presses: number): Promise<string[]> {
	const reached: string[] = [];
	for (let i = 0; i < presses; i++) {
		await page.keyboard.press('Tab');
		const focus = await page.evaluate(() => {
			const el = document.activeElement as HTMLElement | null;
			if (!el || el === document.body) return null;
			const style = getComputedStyle(el);
			const visible = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
			const label = (el as HTMLInputElement).labels?.[0]?.textContent;
			return { name: (el.getAttribute('aria-label') || label || el.textContent || el.tagName).trim().slice(0, 40), visible, shadow: style.boxShadow };
		});
		if (!focus) break;
		expect(focus.visible || focus.shadow !== 'none', `focus on "${focus.name}" is not visible`).toBe(true);
		reached.push(focus.name);
	}
	return reached;
}

test.describe('Keyboard', () => {
	test('the skip link comes first and moves focus to the content', async ({ page }) => {
		await page.goto('/cases/easton-bristol/');
		await page.keyboard.press('Tab');
		const skip = page.getByRole('link', { name: 'Skip to main content' });
		await expect(skip).toBeFocused();
		await expect(skip).toBeVisible();
		await page.keyboard.press('Enter');
		await expect(page.locator('main')).toBeFocused();
	});

	test('the home page can be walked with visible focus, from the skip link to the search box and the cases', async ({ page }) => {
		await page.goto('/');
		const reached = await tabThrough(page, 20);
		expect(reached[0]).toBe('Skip to main content');
		expect(reached).toContain('Search');
		expect(reached.some((name) => name.startsWith('Easton'))).toBe(true);
	});

	test('a case page can be walked with visible focus through its facts panel links', async ({ page }) => {
		await page.goto('/cases/powys-mental-health-alliance/');
		// Past the "On this page" list, into the facts panel.
		const reached = await tabThrough(page, 40);
		expect(reached).toContain('People who use mental health services');
	});

	test('search and its filters work from the keyboard with visible focus', async ({ page }) => {
		await page.goto('/search/');
		const reached = await tabThrough(page, 20);
		expect(reached).toContain('Search for words or places');
		for (const filter of ['Type of page', 'Client group', 'Barrier', 'Principle', 'Nation', 'Setting']) {
			expect(reached.some((name) => name.startsWith(filter)), `${filter} filter reached by Tab`).toBe(true);
		}
		// Open the client group filter and tick "Rural communities" with the keyboard.
		await page.locator('summary', { hasText: 'Client group' }).focus();
		await page.keyboard.press('Enter');
		await page.getByRole('checkbox', { name: 'Rural communities' }).focus();
		await page.keyboard.press('Space');
		await expect(page).toHaveURL('/search/?client_group=Rural+communities');
		await expect(page.getByRole('status')).toHaveText(/pages? found with the filters chosen/);
		await expect(page.locator('[data-search-results] li h3 a', { hasText: /Powys/ })).toBeVisible();
	});
});
