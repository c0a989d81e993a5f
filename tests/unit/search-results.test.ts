import { describe, expect, it } from 'vitest';
import { excerptPieces, periodYears, viewOfResult } from '../../src/lib/search-results';

describe('search results a reader can judge at a glance', () => {
	it('keeps the highlighted words and drops any other markup from an excerpt', () => {
		expect(excerptPieces('the <mark>forum</mark> met &amp; <b>agreed</b>')).toEqual([
			{ text: 'the ', marked: false },
			{ text: 'forum', marked: true },
			{ text: ' met & agreed', marked: false },
		]);
	});

	it('gives a case its place, nation and period, and the section that matched best', () => {
		const view = viewOfResult({
			url: '/cases/wrexham/',
			excerpt: 'a <mark>forum</mark>',
			meta: { title: 'Wrexham', type: 'Case study', place: 'Wrexham, North Wales', nation: 'Wales', period: '1999–2004', summary: 'Agencies met.' },
			sub_results: [
				{ title: 'Wrexham', url: '/cases/wrexham/', excerpt: 'top', locations: [1, 2, 3, 4] },
				{ title: 'The partnership', url: '/cases/wrexham/#the-partnership', excerpt: 'the <mark>forum</mark>', locations: [10, 11] },
				{ title: 'Outcomes', url: '/cases/wrexham/#outcomes', excerpt: 'x', locations: [30] },
			],
		});
		expect(view).toMatchObject({ type: 'Case study', facts: 'Wrexham, North Wales · Wales · 1999–2004', summary: 'Agencies met.' });
		expect(view.section).toEqual({ title: 'The partnership', url: '/cases/wrexham/#the-partnership', excerpt: 'the <mark>forum</mark>' });
	});

	it('shows no facts line for a page that is not a case', () => {
		expect(viewOfResult({ url: '/barriers/x/', excerpt: '', meta: { title: 'X', type: 'Barrier' } }).facts).toBeUndefined();
	});

	it('sums up a period by the years it mentions', () => {
		expect(periodYears('Forum expanded from 1999; funding in 2001; under way c. 2004')).toBe('1999–2004');
		expect(periodYears('2003–2004 (fieldwork)')).toBe('2003–2004');
		expect(periodYears('Not stated')).toBe('Period not stated');
		expect(periodYears('Not stated (the account cites Pugh and Richards 1996)')).toBe('Period not stated');
		expect(periodYears('2003–2004 (review began in 2003). The report sketches the area back to about 1900.')).toBe('2003–2004');
	});
});
