import { expect, test } from '@playwright/test';

/** Sum of layout shifts not caused by the reader's own input, as Chrome reports them. */
function cumulativeLayoutShift(): Promise<number> {
	return new Promise((resolve) => {
		let total = 0;
		new PerformanceObserver((list) => {
			for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
				if (!entry.hadRecentInput) total += entry.value;
			}
		}).observe({ type: 'layout-shift', buffered: true });
		setTimeout(() => resolve(total), 1500);
	});
}

test.describe('Layout stability', () => {
	for (const path of ['/', '/cases/wrexham-gypsy-travellers/', '/barriers/lack-of-trust/', '/search/?q=Powys']) {
		test(`${path} does not shift as it loads`, async ({ page }) => {
			await page.goto(path);
			await page.waitForLoadState('networkidle');
			expect(await page.evaluate(cumulativeLayoutShift)).toBeLessThan(0.01);
		});
	}
});
