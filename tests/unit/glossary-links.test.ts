import { describe, expect, it } from 'vitest';
import { linkFirstUses } from '../../src/lib/glossary-links';

const terms = [
	{ id: 'yisp', term: 'YISP' },
	{ id: 'srb', term: 'SRB' },
];
const href = (id: string) => `/glossary/#${id}`;
const page = (main: string) => `<html><head><title>YISP</title></head><body><nav>YISP</nav><main>${main}</main><footer>SRB</footer></body></html>`;

describe('glossary links on first use', () => {
	it('links only the first use of each term, inside the main content', () => {
		const { html, used } = linkFirstUses(page('<p>The YISP met. Each YISP had a panel; the SRB paid.</p>'), terms, href);
		expect(html).toContain('<main><p>The <a class="glossary-link" href="/glossary/#yisp">YISP</a> met. Each YISP had a panel; the <a class="glossary-link" href="/glossary/#srb">SRB</a> paid.</p></main>');
		expect(html).toContain('<nav>YISP</nav>');
		expect(html).toContain('<footer>SRB</footer>');
		expect(used.sort()).toEqual(['srb', 'yisp']);
	});

	it('never links inside a heading, a link or a quotation, and matches whole words only', () => {
		const { html } = linkFirstUses(page('<h2>YISP</h2><a href="/x">YISP</a><q>the YISP</q><p>YISPed, yisp and the YISP.</p>'), terms, href);
		expect(html).toContain('<h2>YISP</h2><a href="/x">YISP</a><q>the YISP</q><p>YISPed, yisp and the <a class="glossary-link" href="/glossary/#yisp">YISP</a>.</p>');
	});

	it('links a plural first use to the term', () => {
		const { html } = linkFirstUses(page('<p>Two YISPs met; each YISP had a panel.</p>'), terms, href);
		expect(html).toContain('<p>Two <a class="glossary-link" href="/glossary/#yisp">YISPs</a> met; each YISP had a panel.</p>');
	});

	it('counts a term used only where it cannot be linked as used', () => {
		expect(linkFirstUses(page('<h2>SRB</h2>'), terms, href).used).toEqual(['srb']);
	});

	it('matches an apostrophe however the page wrote it', () => {
		const withApostrophe = [{ id: 'childrens-fund', term: "Children's Fund" }];
		const { html } = linkFirstUses(page('<p>The Children&#39;s Fund paid.</p>'), withApostrophe, href);
		expect(html).toContain('<p>The <a class="glossary-link" href="/glossary/#childrens-fund">Children&#39;s Fund</a> paid.</p>');
		expect(linkFirstUses(page('<p>The Children’s Fund</p>'), withApostrophe, href).used).toEqual(['childrens-fund']);
	});

	it('does not count a term that appears only in a link to another page', () => {
		expect(linkFirstUses(page('<ul><li><a href="/cases/x/">The YISP in Easton</a></li></ul><p>SRB</p>'), terms, href).used).toEqual(['srb']);
	});
});
