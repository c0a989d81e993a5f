/**
 * One citation model for the site: CSL-JSON, the format reference managers and citation
 * processors share. Source records and the site's own pages become CSL items here; every
 * citation format (Harvard, APA, BibTeX, RIS) is rendered from these items by citation-js
 * (lib/citation-formats.ts), never written by hand.
 */
import type { SourceRecord } from './citation';

/** A CSL name: family and given, or a literal for an organisation. */
export type CslName = { family: string; given: string } | { literal: string };

/** The CSL-JSON fields this site uses. */
export interface CslItem {
	id: string;
	type: 'book' | 'chapter' | 'report' | 'article-journal' | 'webpage';
	title: string;
	author?: CslName[];
	editor?: CslName[];
	issued?: { 'date-parts': number[][] } | { literal: string };
	'container-title'?: string;
	'collection-title'?: string;
	publisher?: string;
	'publisher-place'?: string;
	page?: string;
	volume?: string;
	issue?: string;
	ISBN?: string;
	ISSN?: string;
	URL?: string;
	accessed?: { 'date-parts': number[][] };
	note?: string;
}

/** "Surname, I." as CSL: { family: "Surname", given: "I." }. */
export function cslName(name: string): CslName {
	const [family, given = ''] = name.split(/,\s*/);
	return { family, given };
}

const CSL_TYPE: Record<SourceRecord['type'], CslItem['type']> = {
	book: 'book',
	chapter: 'chapter',
	report: 'report',
	article: 'article-journal',
	briefing: 'report',
};

/** A year as CSL reads it; "c. 1997" stays literal, so no exact year is invented. */
function issued(year: string): CslItem['issued'] {
	return /^\d{4}$/.test(year) ? { 'date-parts': [[Number(year)]] } : { literal: year };
}

/** A source record (and, for a chapter, its book) as a CSL item. */
export function cslOfSource(id: string, s: SourceRecord & { url?: string; note?: string }, book?: SourceRecord): CslItem {
	const item: CslItem = {
		id,
		type: CSL_TYPE[s.type],
		title: s.title,
		issued: issued(s.year),
	};
	if (s.authors?.length) item.author = s.authors.map(cslName);
	else if (s.corporateAuthor) item.author = [{ literal: s.corporateAuthor }];
	const editors = s.editors ?? book?.editors;
	if (editors?.length) item.editor = editors.map(cslName);
	const container = s.type === 'chapter' ? book?.title : s.journal;
	if (container) item['container-title'] = container;
	if (s.series) item['collection-title'] = s.series;
	const publisher = s.publisher ?? book?.publisher;
	const place = s.place ?? book?.place;
	if (publisher) item.publisher = publisher;
	if (place) item['publisher-place'] = place;
	if (s.pages) item.page = s.pages.replace(/–/g, '-');
	if (s.volume) item.volume = s.volume;
	if (s.issue) item.issue = s.issue;
	const isbn = s.isbn ?? book?.isbn;
	if (isbn) item.ISBN = isbn;
	if (s.issn) item.ISSN = s.issn;
	if (s.url) item.URL = s.url;
	return item;
}

/** A page of this site as a CSL item: a web page published by Joined Up, dated by its last review. */
export function cslOfPage(page: { id: string; title: string; url: string; lastReviewed: Date }): CslItem {
	const d = page.lastReviewed;
	return {
		id: page.id,
		type: 'webpage',
		title: page.title,
		author: [{ literal: 'Joined Up' }],
		'container-title': 'Joined Up',
		issued: { 'date-parts': [[d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()]] },
		URL: page.url,
	};
}
