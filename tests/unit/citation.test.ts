import { describe, expect, it } from 'vitest';
import { chapterLabel, formatLocator, fullCitation, joinNames, shortCitation, type SourceRecord } from '../../src/lib/citation';

const book: SourceRecord = {
	type: 'book',
	editors: ['Carnwell, R.', 'Buchanan, J.'],
	year: '2005',
	title: 'Effective practice in health and social care: A partnership approach',
	publisher: 'Open University Press',
};
const chapter: SourceRecord = { type: 'chapter', authors: ['Roberts, A.'], year: '2005', title: 'Working with Gypsy Travellers', chapter: '7' };
const report: SourceRecord = {
	type: 'report',
	authors: ['Ahmad, Y.', 'Broussine, M.', 'Davies, J.'],
	year: '2004',
	title: 'A review of partnership',
	place: 'Bristol',
	publisher: 'University of the West of England',
};
const text = (segments: { text: string }[]) => segments.map((s) => s.text).join('');

describe('citations', () => {
	it('joins names the British way', () => {
		expect(joinNames(['A'])).toBe('A');
		expect(joinNames(['A', 'B', 'C'])).toBe('A, B and C');
	});

	it('cites a chapter within its edited book, with the book title in italics', () => {
		const segments = fullCitation(chapter, book);
		expect(text(segments)).toBe(
			'Roberts, A. (2005) ‘Working with Gypsy Travellers’, ch. 7 in Carnwell, R. and Buchanan, J. (eds), Effective practice in health and social care: A partnership approach. Open University Press.',
		);
		expect(segments.filter((s) => s.italic).map((s) => s.text)).toEqual([book.title]);
	});

	it('cites a report with its place and publisher', () => {
		expect(text(fullCitation(report))).toBe(
			'Ahmad, Y., Broussine, M. and Davies, J. (2004) A review of partnership. Bristol: University of the West of England.',
		);
	});

	it('shortens three or more authors to et al.', () => {
		expect(shortCitation(report)).toBe('Ahmad et al. (2004)');
		expect(shortCitation(book)).toBe('Carnwell and Buchanan (2005)');
	});

	it('writes locators as readers expect them', () => {
		expect(formatLocator({ section: '3.1' })).toBe('s. 3.1');
		expect(formatLocator({ section: '3.2 Lockleaze' })).toBe('s. 3.2 Lockleaze');
		expect(formatLocator({ chapter: '7', section: 'The project' })).toBe('ch. 7, ‘The project’');
		expect(formatLocator({ pages: '12–21' })).toBe('pp. 12–21');
		expect(formatLocator({ pages: '98' })).toBe('p. 98');
	});
});

describe('chapters listed under their book', () => {
	it('gives the number, the chapter’s own authors and its title', () => {
		expect(chapterLabel({ type: 'chapter', authors: ['Mayo, M.', 'Taylor, M.'], year: '2001', title: 'Partnerships and power in community regeneration', chapter: '2' })).toBe(
			'Chapter 2, Mayo and Taylor: Partnerships and power in community regeneration',
		);
		expect(chapterLabel({ type: 'chapter', authors: ['Balloch, S.', 'Taylor, M.'], year: '2001', title: 'Conclusion – can partnerships work?', chapter: 'Conclusion' })).toBe(
			'Conclusion, Balloch and Taylor: Conclusion – can partnerships work?',
		);
	});
});
