/**
 * Citations a reference manager imports cleanly: each format rendered from the CSL item is
 * read back with a real parser (Better BibTeX's parser for BibTeX; citation-js's RIS reader)
 * and must give the same title, authors and year.
 */
import { describe, expect, it } from 'vitest';
import { parse as parseBibtex } from '@retorquere/bibtex-parser';
import { Cite } from '@citation-js/core';
import { cslOfPage, cslOfSource } from '../../src/lib/csl';
import { citationFile, citationText } from '../../src/lib/citation-formats';

const book = { type: 'book' as const, editors: ['Balloch, S.', 'Taylor, M.'], year: '2001', title: 'Partnership working: Policy and practice', place: 'Bristol', publisher: 'The Policy Press', isbn: '978 1 86134 220 1' };
const chapter = cslOfSource('ambrose-2001', { type: 'chapter', authors: ['Ambrose, P.'], year: '2001', title: "'Holism' and urban regeneration", chapter: '1', pages: '17–38' }, book);
const page = cslOfPage({ id: 'joined-up-cases-wrexham', title: 'Wrexham, North Wales: the Multi-agency Traveller Forum', url: 'https://example.org/cases/wrexham/', lastReviewed: new Date('2026-11-28') });

describe('citation files a reference manager imports', () => {
	it('BibTeX parses, with the chapter’s own author, its book, editors and pages', () => {
		const { entries, errors } = parseBibtex(citationFile(chapter, 'bib'));
		expect(errors).toEqual([]);
		expect(entries).toHaveLength(1);
		const [entry] = entries;
		expect(entry.type).toBe('inbook');
		expect(entry.fields.title).toContain('urban regeneration');
		expect(entry.fields.author).toEqual([{ lastName: 'Ambrose', firstName: 'P.' }]);
		expect(entry.fields.editor).toEqual([
			{ lastName: 'Balloch', firstName: 'S.' },
			{ lastName: 'Taylor', firstName: 'M.' },
		]);
		expect(entry.fields.booktitle).toBe('Partnership working: Policy and practice');
		expect(entry.fields.pages).toBe('17–38');
		expect(entry.fields.year).toBe('2001');
	});

	it('RIS reads back as a book section with its author, year and book', () => {
		const [read] = new Cite(citationFile(chapter, 'ris')).data as { type: string; title: string; author: { family: string }[]; issued: { 'date-parts': number[][] }; 'container-title': string }[];
		expect(read.type).toBe('chapter');
		expect(read.title).toBe("'Holism' and urban regeneration");
		expect(read.author.map((a) => a.family)).toEqual(['Ambrose']);
		expect(read.issued['date-parts'][0][0]).toBe(2001);
		expect(read['container-title']).toBe('Partnership working: Policy and practice');
	});

	it('a page of the site is a web page by Joined Up, with its address and review date', () => {
		const { entries, errors } = parseBibtex(citationFile(page, 'bib'));
		expect(errors).toEqual([]);
		expect(entries[0].fields.url).toBe('https://example.org/cases/wrexham/');
		expect(entries[0].fields.year).toBe('2026');
		const csl = JSON.parse(citationFile(page, 'json'));
		expect(csl).toEqual([expect.objectContaining({ type: 'webpage', URL: 'https://example.org/cases/wrexham/', issued: { 'date-parts': [[2026, 11, 28]] } })]);
	});

	it('a year the source only infers ("c. 1997") is never made exact', () => {
		const jrf = cslOfSource('jrf', { type: 'briefing', corporateAuthor: 'Joseph Rowntree Foundation', year: 'c. 1997', title: 'The effectiveness of local service partnerships on disadvantaged estates', series: 'Findings' });
		expect(jrf.issued).toEqual({ literal: 'c. 1997' });
		expect(citationText(jrf, 'harvard1')).toContain('c. 1997');
	});
});

// citation-js compiles each CSL style on first use, which can take seconds on a busy machine.
describe('citations to read', { timeout: 30_000 }, () => {
	it('Harvard and APA name the chapter’s author, the editors and the book', () => {
		expect(citationText(chapter, 'harvard1')).toMatch(/^Ambrose, P\. \(2001\).*urban regeneration.*Balloch and M\. Taylor \(eds\.\) Partnership working: Policy and practice\. Bristol: The Policy Press, pp\. 17–38\.$/);
		expect(citationText(chapter, 'apa')).toMatch(/^Ambrose, P\. \(2001\)\..*In S\. Balloch & M\. Taylor \(Eds\.\), Partnership working: Policy and practice \(pp\. 17–38\)\. The Policy Press\.$/);
	});
});
