/**
 * Queries a student would type, each expecting the right page among the first three results:
 * acronyms and older names (GRT, BME, YISP, NDC), spellings with and without hyphens or
 * accents, and plain topics.
 */
import { expect, test } from '@playwright/test';
import { BUILT_PAGES } from './built-pages';

const QUERIES: [query: string, expected: RegExp][] = [
	['GRT', /\/(cases\/wrexham-gypsy-travellers|client-groups\/gypsy-travellers)\//],
	['Gypsies', /\/(cases\/wrexham-gypsy-travellers|client-groups\/gypsy-travellers)\//],
	['BME elders', /\/(cases\/twice-a-child-wolverhampton|client-groups\/minority-ethnic-elders)\//],
	['YISP', /\/cases\/bristol-youth-inclusion-and-support-panels\//],
	['looked after children', /\/(cases\/attachment-project-looked-after-children|client-groups\/looked-after-children)\//],
	['eating disorders', /\/(cases\/eating-disorders-team|client-groups\/people-with-eating-disorders)\//],
	['New Deal for Communities', /\/cases\/east-brighton-new-deal-for-communities\//],
	['short-term funding', /\/barriers\/short-term-funding\//],
	['information sharing', /\/(barriers\/poor-information-sharing|principles\/share-information-safely)\//],
	['Wales', /\/cases\/(wrexham-gypsy-travellers|powys-mental-health-alliance)\//],
	['Climbie', /\/cases\/victoria-climbie-inquiry\//],
	['Wood End', /\/cases\/wood-end-coventry\//],
	['Sheffield', /\/cases\/sheffield-users-network\//],
	['carers', /\/(cases\/carers-of-older-people-suffolk|client-groups\/carers)\//],
	['offenders', /\/(cases\/leeds-mentally-disordered-offenders-partnership|client-groups\/mentally-disordered-offenders)\//],
];

/** Queries for partnership working itself: the first three results must be about it by name. */
const NAMED_IN_TITLE: [query: string, title: RegExp][] = [
	['multiagency', /multi-?agency/i],
	['inter-agency', /inter-?agency|multi-?agency|partnership|forum/i],
	['joined-up working', /partnership|multi-?agency|forum|joined/i],
];

test.describe('Search finds what students type', () => {
	for (const [query, expected] of QUERIES) {
		test(`"${query}" puts the right page in the top three`, async ({ page }) => {
			// A query waits for its case: it is tested once a page it should find is on the site.
			test.skip(!BUILT_PAGES.some((path) => expected.test(path)), `no page for "${query}" yet`);
			await page.goto(`/search/?q=${encodeURIComponent(query)}`);
			const links = page.locator('[data-search-results] li h3 a');
			await expect(links.first()).toBeVisible();
			const top = await links.evaluateAll((as) => as.slice(0, 3).map((a) => new URL((a as HTMLAnchorElement).href).pathname));
			expect(top.some((path) => expected.test(path)), `top three for "${query}": ${top.join(', ')}`).toBe(true);
		});
	}

	for (const [query, title] of NAMED_IN_TITLE) {
		test(`"${query}" finds pages about partnership working`, async ({ page }) => {
			await page.goto(`/search/?q=${encodeURIComponent(query)}`);
			const links = page.locator('[data-search-results] li h3 a');
			await expect(links.first()).toBeVisible();
			const titles = (await links.allTextContents()).slice(0, 3);
			expect(titles.some((t) => title.test(t)), `top three for "${query}": ${titles.join(' | ')}`).toBe(true);
		});
	}
});
