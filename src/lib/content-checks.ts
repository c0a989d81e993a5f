/**
 * Checks on the content files themselves, run before Astro builds, for the mistakes whose
 * own errors would not name the file and the fix: an empty file, frontmatter that is not
 * YAML, two entries with one id or one title, a quotation of 40 words or more, and an
 * acronym the glossary does not explain.
 */
import { parseDocument } from 'yaml';
import { countWords, MAX_QUOTE_WORDS } from './quotations.ts';

/** A content file as read from disk. */
export interface ContentFile {
	/** Path from the project root, as the maintainer sees it: `content/cases/easton.mdx`. */
	path: string;
	/** The collection folder it is in: `cases`. */
	collection: string;
	text: string;
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/;

/** The id a file gives its entry: its name without the extension. */
export function idOf(path: string): string {
	return path.replace(/^.*\//, '').replace(/\.(md|mdx)$/, '');
}

/** Problems within one file: empty, no frontmatter, frontmatter that is not YAML, long quotations. */
export function checkFile(file: ContentFile): string[] {
	if (!file.text.trim()) {
		return [`${file.path} is empty. Start a case with npm run new:case -- "Title", or copy the frontmatter of another ${file.collection} file.`];
	}
	const match = FRONTMATTER.exec(file.text);
	if (!match) {
		return [`${file.path} has no frontmatter. The file must start with a line of three hyphens (---), the fields, and another line of three hyphens.`];
	}
	const problems: string[] = [];
	const document = parseDocument(match[1]);
	for (const error of document.errors) {
		const line = (error.linePos?.[0].line ?? 0) + 1;
		problems.push(
			`${file.path}, frontmatter line ${line}: this is not valid YAML (${error.message.split('\n')[0]}). ` +
				'Look for an unclosed quotation mark or bracket, a missing space after a colon, or a tab used for indenting.',
		);
	}
	const bodyStartLine = match[0].split('\n').length;
	const body = file.text.slice(match[0].length);
	for (const quote of body.matchAll(/<Quote\b[^>]*>([\s\S]*?)<\/Quote>/g)) {
		const words = countWords(quote[1]);
		if (words > MAX_QUOTE_WORDS) {
			const line = bodyStartLine + body.slice(0, quote.index).split('\n').length - 1;
			const opening = quote[1].trim().split(/\s+/).slice(0, 8).join(' ');
			problems.push(
				`${file.path}, line ${line}: a quotation has ${words} words ("${opening} …"). ` +
					`Quote under 40 words, word for word, and put the rest in your own words.`,
			);
		}
	}
	return problems;
}

/** The title in a file's frontmatter, if it has one that parses. */
function titleOf(file: ContentFile): string | undefined {
	const match = FRONTMATTER.exec(file.text);
	const title = match ? parseDocument(match[1]).get('title') : undefined;
	return typeof title === 'string' ? title : undefined;
}

/** Two files of one collection with the same id (`a.md` and `a.mdx`) or the same title. */
export function checkDuplicates(files: readonly ContentFile[]): string[] {
	const problems: string[] = [];
	const seen = new Map<string, string>();
	for (const file of files) {
		for (const [kind, value] of [
			['id', idOf(file.path)],
			['title', titleOf(file)?.trim().toLowerCase()],
		] as const) {
			if (!value) continue;
			const key = `${file.collection}\u0000${kind}\u0000${value}`;
			const first = seen.get(key);
			if (first) {
				problems.push(
					kind === 'id'
						? `${file.path} and ${first} would both be ${file.collection}/${value}. Rename one of them: the file name is the page's address.`
						: `${file.path} has the same title as ${first} ("${titleOf(file)}"). Give each ${file.collection} entry its own title so readers can tell them apart.`,
				);
			} else {
				seen.set(key, file.path);
			}
		}
	}
	return problems;
}

/** Ids repeated within a YAML file of records (sources.yaml, glossary.yaml). */
export function checkRecordIds(path: string, text: string): string[] {
	const records = parseDocument(text).toJS() as unknown;
	if (!Array.isArray(records)) return [`${path} must be a list of records, each starting "- id: ..."`];
	const seen = new Set<string>();
	const problems: string[] = [];
	for (const record of records as { id?: unknown }[]) {
		const id = typeof record?.id === 'string' ? record.id : undefined;
		if (!id) problems.push(`${path}: a record has no id. Give each record an "id:" in kebab-case.`);
		else if (seen.has(id)) problems.push(`${path}: the id "${id}" is used twice. Each record needs its own id.`);
		else seen.add(id);
	}
	return problems;
}

/**
 * Capitalised words that are not acronyms a reader needs explained: country and broadcast
 * abbreviations everyone knows, parts of proper names (HM Inspectorate, MIND), a Roman
 * numeral, a road number, a grade range and a pseudonym's initials (Ambrose's 'JB').
 */
const NOT_GLOSSARY_TERMS = new Set(['UK', 'US', 'UN', 'TV', 'HM', 'II', 'III', 'DIY', 'MIND', 'M32', 'A-C', 'JB']);

/** Acronyms in a text: two or more capitals or digits, starting with a capital ("YISP", "E-MAP", "CD4"), plurals made singular. */
export function acronymsIn(text: string): string[] {
	const found = text.match(/(?<![\w-])[A-Z](?:[A-Z0-9]|-(?=[A-Z]))*[A-Z0-9]s?(?![\w-])/g) ?? [];
	return [...new Set(found.map((word) => word.replace(/s$/, '')))].filter((word) => !NOT_GLOSSARY_TERMS.has(word));
}

/**
 * Acronyms a page uses that the glossary does not explain. Every acronym on the site has an
 * entry (content standard), so a reader can always look one up; the first page to use a new
 * one names it.
 */
export function checkAcronyms(files: readonly ContentFile[], glossaryTerms: readonly string[]): string[] {
	const known = new Set(glossaryTerms);
	const firstUse = new Map<string, string>();
	for (const file of files) {
		const withoutIds = file.text.replace(/^\s*(?:- )?id: .*$/gm, '');
		for (const acronym of acronymsIn(withoutIds)) if (!known.has(acronym) && !firstUse.has(acronym)) firstUse.set(acronym, file.path);
	}
	return [...firstUse].map(
		([acronym, path]) =>
			`${path} uses "${acronym}", which the glossary does not explain. Add an entry to content/glossary.yaml (term, expansion, a definition in our words, sources with a locator; "spelledOut: false" where no source spells it out).`,
	);
}
