import { expect, test } from '@playwright/test';
import { parse as parseBibtex } from '@retorquere/bibtex-parser';
import { parse as parseCsv } from 'csv-parse/sync';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-ris';

test.describe('The evidence matrix', () => {
	test('reads as a table with row and column headers, each cell linking to those cases', async ({ page }) => {
		await page.goto('/matrix/');
		const table = page.getByRole('table', { name: /Barriers by client group/ });
		await expect(table.getByRole('columnheader', { name: 'Gypsy Travellers' })).toBeVisible();
		await expect(table.getByRole('rowheader', { name: 'Lack of trust' })).toBeVisible();
		const cell = table.getByRole('row', { name: /Lack of trust/ }).getByRole('link', { name: /^\d+ cases?/ }).first();
		await cell.click();
		await expect(page).toHaveURL(/\/cases\/\?.*barrier=Lack\+of\+trust/);
		await expect(page.getByRole('status')).toHaveText(/^Showing [1-9]\d* of/);
	});

	test('marks gaps in the evidence and says in words what each table shows', async ({ page }) => {
		await page.goto('/matrix/');
		expect(await page.getByText('gap: no cases').count()).toBeGreaterThan(0);
		await expect(page.getByText(/was met in \d+ cases/).first()).toBeVisible();
	});
});

test.describe('Citing and taking the evidence away', () => {
	test('a case page carries citation meta tags that reference managers read', async ({ page }) => {
		await page.goto('/cases/wrexham-gypsy-travellers/');
		await expect(page.locator('meta[name="citation_title"]')).toHaveAttribute('content', /Wrexham/);
		await expect(page.locator('meta[name="citation_publication_date"]')).toHaveAttribute('content', /^\d{4}\/\d{2}\/\d{2}$/);
		const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
		expect(jsonLd).toMatchObject({ '@type': 'Article', publisher: { name: 'Joined Up' } });
	});

	test('every citation download imports: BibTeX, RIS and CSL-JSON read back by real parsers', async ({ page, request }) => {
		await page.goto('/sources/roberts-2005/');
		const cite = page.getByRole('region', { name: 'How to cite it' });
		await expect(cite.getByText(/^Roberts, A\. \(2005\)/).first()).toBeVisible();
		const bib = await (await request.get(await cite.getByRole('link', { name: 'BibTeX (.bib)' }).getAttribute('href').then((h) => `/sources/roberts-2005/${h}`))).text();
		const { entries, errors } = parseBibtex(bib);
		expect(errors).toEqual([]);
		expect(entries[0].fields.author).toEqual([{ lastName: 'Roberts', firstName: 'A.' }]);
		expect(entries[0].fields.booktitle).toBe('Effective practice in health and social care: A partnership approach');
		const ris = await (await request.get('/sources/roberts-2005/cite.ris')).text();
		const [item] = new Cite(ris).data as { type: string; title: string }[];
		expect(item).toMatchObject({ type: 'chapter', title: 'Working with Gypsy Travellers: a partnership approach' });
		const csl = await (await request.get('/cases/easton-bristol/cite.json')).json();
		expect(csl[0]).toMatchObject({ type: 'webpage', title: expect.stringMatching(/^Easton/) });
	});

	test('the whole evidence base downloads as JSON and CSV, every case with its stable id', async ({ page, request }) => {
		await page.goto('/data/');
		await expect(page.getByRole('table', { name: /Fields of each case record/ }).getByRole('rowheader')).toHaveCount(19);
		await expect(page.getByText(/Creative Commons Attribution 4\.0/)).toBeVisible();
		const json = await (await request.get('/data/cases.json')).json();
		const csv = parseCsv(await (await request.get('/data/cases.csv')).text(), { columns: true, bom: true }) as Record<string, string>[];
		expect(csv.map((r) => r.id)).toEqual(json.cases.map((c: { id: string }) => c.id));
		const easton = csv.find((r) => r.id === 'easton-bristol')!;
		expect(easton.url).toMatch(/\/cases\/easton-bristol\/$/);
		expect(easton.barriers.split(' | ').length).toBeGreaterThan(1);
	});

	test('a feed of cases and guides, newest first, and a sitemap', async ({ page, request }) => {
		await page.goto('/');
		const feedHref = await page.locator('link[rel="alternate"][type="application/rss+xml"]').getAttribute('href');
		const xml = await (await request.get(feedHref!)).text();
		const items = await page.evaluate((text) => {
			const doc = new DOMParser().parseFromString(text, 'application/xml');
			return [...doc.querySelectorAll('item')].map((i) => ({ title: i.querySelector('title')!.textContent, date: Date.parse(i.querySelector('pubDate')!.textContent!) }));
		}, xml);
		expect(items.length).toBeGreaterThanOrEqual(4);
		expect(items.map((i) => i.date)).toEqual([...items.map((i) => i.date)].sort((a, b) => b - a));
		expect((await request.get('/sitemap-index.xml')).ok()).toBe(true);
	});
});

test.describe('Study support', () => {
	test('a client group page offers a reading path with a reason for each case', async ({ page }) => {
		await page.goto('/client-groups/gypsy-travellers/');
		const path = page.getByRole('region', { name: /Reading path/ });
		await expect(path.getByRole('link', { name: /Wrexham/ })).toBeVisible();
		await expect(path.getByText(/barriers/).first()).toBeVisible();
	});

	test('a long page has an "On this page" list that leads to its sections', async ({ page }) => {
		await page.goto('/cases/powys-mental-health-alliance/');
		const contents = page.getByRole('navigation', { name: 'On this page' });
		await contents.getByRole('link', { name: 'Questions for discussion' }).click();
		await expect(page).toHaveURL(/#questions-heading$/);
	});

	test('a case prints as a handout: no navigation, the source and address at the foot', async ({ page }) => {
		await page.goto('/cases/wrexham-gypsy-travellers/');
		await page.emulateMedia({ media: 'print' });
		await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
		await expect(page.getByRole('navigation', { name: 'On this page' })).toBeHidden();
		await expect(page.getByText(/^From Joined Up, http\S+\/cases\/wrexham-gypsy-travellers\//)).toBeVisible();
		await expect(page.getByRole('heading', { name: 'Cite this page' })).toBeVisible();
	});

	test('the about page, linked from every page, says how cases are written and checked', async ({ page }) => {
		await page.goto('/cases/easton-bristol/');
		await page.getByRole('contentinfo').getByRole('link', { name: /About the evidence base/ }).click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('About the evidence base');
		for (const heading of ['How every case is checked', 'How far to trust it', 'How to cite it', 'Licence', 'Propose or correct a case']) {
			await expect(page.getByRole('heading', { name: heading })).toBeVisible();
		}
		await expect(page.getByText(/1997 and 2005/)).toBeVisible();
	});
});

test.describe('Glossary links', () => {
	test('the first use of an acronym on a page links to its glossary entry, which lists the pages using it', async ({ page }) => {
		await page.goto('/cases/easton-bristol/');
		const links = page.locator('main a.glossary-link', { hasText: /^YISP$/ });
		await expect(links).toHaveCount(1);
		await links.click();
		await expect(page).toHaveURL(/\/glossary\/#yisp$/);
		const entry = page.locator('dd', { has: page.locator('[data-glossary-uses], .glossary__uses') }).filter({ hasText: 'Youth Inclusion' }).first();
		await entry.getByText(/^Used on \d+ pages?$/).click();
		await expect(entry.getByRole('link', { name: /Easton/ })).toBeVisible();
	});
});
