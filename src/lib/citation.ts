/**
 * Citations in one house style (author–date, as the sources' own reference lists use),
 * built as plain segments so components render them as text and never as HTML.
 */


/** A run of citation text; `italic` marks a title that is set in italics. */
export interface Segment {
	text: string;
	italic?: boolean;
}

/** The fields of a source record that a citation uses. */
export interface SourceRecord {
	type: 'book' | 'chapter' | 'report' | 'article' | 'briefing';
	authors?: string[];
	editors?: string[];
	corporateAuthor?: string;
	year: string;
	title: string;
	chapter?: string;
	journal?: string;
	volume?: string;
	issue?: string;
	pages?: string;
	series?: string;
	place?: string;
	publisher?: string;
	isbn?: string;
	issn?: string;
}

/** A locator as written in frontmatter. */
export interface Locator {
	chapter?: string;
	section?: string;
	pages?: string;
}

/** "A", "A and B", "A, B and C": the way British reference lists join names. */
export function joinNames(names: readonly string[]): string {
	if (names.length <= 1) return names.join('');
	return `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

function creators(s: SourceRecord): string {
	if (s.authors?.length) return joinNames(s.authors);
	if (s.editors?.length) return `${joinNames(s.editors)} (eds)`;
	return s.corporateAuthor ?? '';
}

function imprint(s: SourceRecord): string {
	return [s.place, s.publisher].filter(Boolean).join(': ');
}

/** The full reference-list entry for a source; `book` is the parent of a chapter. */
export function fullCitation(s: SourceRecord, book?: SourceRecord): Segment[] {
	const head = `${creators(s)} (${s.year}) `;
	switch (s.type) {
		case 'chapter': {
			// "ch. 1", but an introduction or conclusion is named by its title alone.
			const number = s.chapter && /^\d+$/.test(s.chapter) ? `, ch. ${s.chapter}` : '';
			const segments: Segment[] = [{ text: `${head}‘${s.title}’${number}` }];
			if (book) {
				segments.push({ text: ` in ${creators(book)}, ` }, { text: book.title, italic: true });
				if (s.pages) segments.push({ text: `, pp. ${s.pages}` });
				const place = imprint(book);
				if (place) segments.push({ text: `. ${place}` });
			}
			return [...segments, { text: '.' }];
		}
		case 'article':
			return [
				{ text: `${head}‘${s.title}’, ` },
				{ text: s.journal ?? '', italic: true },
				{ text: `, ${s.volume}${s.issue ? `(${s.issue})` : ''}${s.pages ? `, pp. ${s.pages}` : ''}.` },
			];
		default: {
			const tail = [s.series, imprint(s)].filter(Boolean).join('. ');
			return [{ text: head }, { text: s.title, italic: true }, { text: tail ? `. ${tail}.` : '.' }];
		}
	}
}

/** The short in-text form: "Roberts (2005)", "Ahmad et al. (2004)". */
export function shortCitation(s: SourceRecord): string {
	const surnames = (s.authors ?? s.editors ?? []).map((name) => name.split(',')[0]);
	const who =
		surnames.length === 0 ? (s.corporateAuthor ?? '') : surnames.length > 2 ? `${surnames[0]} et al.` : joinNames(surnames);
	return `${who} (${s.year})`;
}

/** A locator in reading form: "ch. 7, ‘The project’, p. 98" or "s. 3.1, pp. 12–21". */
export function formatLocator(l: Locator): string {
	const parts: string[] = [];
	if (l.chapter) parts.push(`ch. ${l.chapter}`);
	// A numbered section ("3.1", "3.2 Lockleaze") reads "s. 3.1"; a heading alone is quoted.
	if (l.section) parts.push(/^\d+(\.\d+)*\b/.test(l.section) ? `s. ${l.section}` : `‘${l.section}’`);
	if (l.pages) parts.push(/[–-]/.test(l.pages) ? `pp. ${l.pages}` : `p. ${l.pages}`);
	return parts.join(', ');
}

/** How a chapter is listed under its book: "Chapter 1, Ambrose: ‘Holism’ and urban regeneration". */
export function chapterLabel(s: SourceRecord): string {
	const surnames = joinNames((s.authors ?? []).map((name) => name.split(',')[0]));
	const number = s.chapter && /^\d+$/.test(s.chapter) ? `Chapter ${s.chapter}` : (s.chapter ?? 'Chapter');
	return `${number}, ${surnames}: ${s.title}`;
}
