import { expect, test } from '@playwright/test';
import { FLAGSHIP_CASES } from './flagship';

test.describe('Browsing', () => {
	for (const flagship of FLAGSHIP_CASES) {
		test(`a reader gets from the home page to ${flagship.id} and its facts`, async ({ page }) => {
			await page.goto('/');
			await page.getByRole('region', { name: 'Case studies' }).getByRole('link', { name: flagship.title }).click();
			await expect(page).toHaveURL(`/cases/${flagship.id}/`);
			await expect(page.getByRole('heading', { level: 1 })).toHaveText(flagship.title);
			const facts = page.getByRole('region', { name: 'At a glance' });
			for (const fact of ['Place', 'Period', 'Setting', 'Client groups', 'Barriers met', 'Principles', 'Partners', 'Evidence', 'Limits of the evidence', 'Sources']) {
				await expect(facts.getByText(fact, { exact: true })).toBeVisible();
			}
			// Each partner's part is on the page, a link away from the panel's list of names.
			await facts.getByRole('link', { name: 'what each did' }).click();
			await expect(page).toHaveURL(/#partners-heading$/);
			expect(await page.getByRole('region', { name: 'Partners and what each did' }).getByRole('definition').count()).toBeGreaterThanOrEqual(1);
			await expect(page.getByRole('heading', { name: 'Questions for discussion' })).toBeVisible();
			expect(await page.getByRole('region', { name: 'Questions for discussion' }).getByRole('listitem').count()).toBeGreaterThanOrEqual(3);
			await expect(page.getByRole('region', { name: 'Sources' }).getByText('Cited at:').first()).toBeVisible();
			// Students can cite the page itself, with its address, and take the citation away.
			const cite = page.getByRole('region', { name: 'Cite this page' });
			await expect(cite.getByText(new RegExp(`^Joined Up \\(\\d{4}\\) .*Available at: http\\S+/cases/${flagship.id}/`))).toBeVisible();
			for (const file of ['BibTeX (.bib)', 'RIS (.ris)', 'CSL-JSON (.json)']) await expect(cite.getByRole('link', { name: file })).toBeVisible();
		});
	}

	test('a case links to its barrier, and the barrier page lists the case and the principles that answer it', async ({ page }) => {
		await page.goto('/cases/lockleaze-upper-horfield-bristol/');
		const barrierLink = page.getByRole('region', { name: 'At a glance' }).getByRole('link', { name: /time and capacity/i });
		await barrierLink.click();
		await expect(page).toHaveURL('/barriers/time-and-capacity/');
		await expect(page.getByRole('region', { name: /Cases where this barrier was met/ }).getByRole('link', { name: /Lockleaze/ })).toBeVisible();
		const principles = page.getByRole('region', { name: 'Principles that answer it' }).getByRole('link');
		expect(await principles.count()).toBeGreaterThan(0);
		const firstPrinciple = (await principles.first().textContent())!.trim();
		await principles.first().click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(firstPrinciple);
		// …and the principle links back to the barrier.
		await expect(page.getByRole('region', { name: 'Barriers it answers' }).getByRole('link', { name: /time and capacity/i })).toBeVisible();
	});

	test('a client-group page lists exactly the cases linked to it, as a reading path', async ({ page }) => {
		await page.goto('/client-groups/gypsy-travellers/');
		const path = page.getByRole('region', { name: /Reading path/ });
		await expect(path.getByRole('link', { name: /Wrexham/ })).toBeVisible();
		// Every case in the path is linked to this group: none from elsewhere.
		for (const href of await path.locator('a[href*="/cases/"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')))) {
			expect(href).toMatch(/wrexham-gypsy-travellers/);
		}
	});

	test('a source page lists the cases drawn from it, including those citing its chapters', async ({ page }) => {
		await page.goto('/sources/carnwell-buchanan-2005/');
		const cases = page.getByRole('region', { name: 'Cases drawn from it' });
		// Pugh's chapter (Powys) and Roberts's (Wrexham) are chapters of this book.
		await expect(cases.getByRole('link', { name: /Powys/ })).toBeVisible();
		await expect(cases.getByRole('link', { name: /Wrexham/ })).toBeVisible();
	});

	test('an unknown address shows the not-found page', async ({ page }) => {
		const response = await page.goto('/cases/no-such-case/');
		expect(response?.status()).toBe(404);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
	});
});
