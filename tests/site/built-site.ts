/** Reading the built site in dist/ for the tests that check what it says and weighs. */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { htmlPagesUnder } from '../../scripts/files';

export const DIST = 'dist';

/** A built page: its path on the site and its HTML. */
export interface BuiltPage {
	path: string;
	file: string;
	html: string;
}

/** Every page of the built site. */
export function builtPages(): BuiltPage[] {
	return htmlPagesUnder(DIST).map((file) => ({ file, path: '/' + relative(DIST, file).replace(/index\.html$/, ''), html: readFileSync(file, 'utf8') }));
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", apos: "'", nbsp: ' ' };

/** The text of some HTML, as a reader would read it. */
export function textOf(html: string): string {
	return html
		.replace(/<(script|style)\b[\s\S]*?<\/\1>/g, ' ')
		.replace(/<[^>]+>/g, ' ')
		.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (entity, code: string) => {
			if (code.startsWith('#x')) return String.fromCodePoint(parseInt(code.slice(2), 16));
			if (code.startsWith('#')) return String.fromCodePoint(parseInt(code.slice(1), 10));
			return ENTITIES[code] ?? entity;
		})
		.replace(/\s+/g, ' ')
		.trim();
}

/** The part of a page inside <main>. */
export function mainOf(html: string): string {
	return /<main\b[\s\S]*<\/main>/.exec(html)?.[0] ?? '';
}
