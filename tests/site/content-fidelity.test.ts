/**
 * What the built site says, checked against the sources: quotations word for word, no long
 * runs of source text outside them, and every case and term properly linked. The source
 * texts are copyrighted and live outside the repository, in ../shared/sources/; where they
 * are not there, the checks that need them are skipped with a message.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { firstSharedRun, normaliseText, quotationIsVerbatim, wordRuns, wordsOf } from '../../src/lib/fidelity';
import { builtPages, mainOf, textOf } from './built-site';
import { haveSourceTexts, readSourceText, sourceTextFiles, SOURCES_DIR } from '../../scripts/source-texts';

/** Which text each source record is written from: chapters read their book's. */
const SOURCE_FILES = Object.fromEntries(haveSourceTexts ? sourceTextFiles() : []);
/** House rule: no page repeats this many consecutive words of a source outside a quotation. */
const LONGEST_ALLOWED_RUN = 19;
const QUOTATION = /<(q|blockquote)\b[^>]*\bdata-source="([^"]+)"[^>]*>([\s\S]*?)<\/\1>/g;

if (!haveSourceTexts) console.warn(`Skipping the checks against the source texts: ${SOURCES_DIR} is not here.`);

const pages = builtPages();

describe.skipIf(!haveSourceTexts)('against the source texts', () => {
	const texts = new Map<string, string>();
	let sourceRuns = new Set<string>();
	beforeAll(() => {
		for (const file of new Set(Object.values(SOURCE_FILES))) {
			texts.set(file, readSourceText(file));
		}
		sourceRuns = new Set([...texts.values()].flatMap((text) => [...wordRuns(wordsOf(text), LONGEST_ALLOWED_RUN + 1)]));
	});

	it('every quotation on the site appears word for word in the source it cites', () => {
		const normalised = new Map<string, string>();
		const wrong: string[] = [];
		let quotations = 0;
		for (const page of pages) {
			for (const [, , sourceId, inner] of page.html.matchAll(QUOTATION)) {
				quotations++;
				const file = SOURCE_FILES[sourceId];
				if (!file) {
					wrong.push(`${page.path}: a quotation cites "${sourceId}", which has no source text`);
					continue;
				}
				if (!normalised.has(file)) normalised.set(file, normaliseText(texts.get(file)!));
				const quotation = textOf(inner);
				if (!quotationIsVerbatim(quotation, normalised.get(file)!)) wrong.push(`${page.path}: "${quotation}" is not word for word in ${sourceId}`);
			}
		}
		expect(quotations).toBeGreaterThan(20);
		expect(wrong).toEqual([]);
	});

	it(`no page repeats ${LONGEST_ALLOWED_RUN + 1} or more consecutive words of a source outside a quotation`, () => {
		const copied = pages.flatMap((page) => {
			const prose = textOf(mainOf(page.html).replace(QUOTATION, ' … '));
			const run = firstSharedRun(prose, sourceRuns, LONGEST_ALLOWED_RUN + 1);
			return run ? [`${page.path}: "${run}"`] : [];
		});
		expect(copied).toEqual([]);
	});
});

describe('links between cases and the taxonomy', () => {
	const cases = pages.filter((p) => /^\/cases\/[^/]+\/$/.test(p.path));
	const count = (html: string, filter: string) => [...html.matchAll(new RegExp(`data-pagefind-filter="${filter}"`, 'g'))].length;

	it('there are cases to check', () => {
		expect(cases.length).toBeGreaterThanOrEqual(4);
	});

	// A case whose source shows no barrier says so in words (barriers: []), never by silence.
	it('every case links at least 1 client group, 1 barrier (or says its source shows none), 1 principle and 1 source with a locator', () => {
		const short = cases.flatMap((page) => {
			const problems = [];
			if (count(page.html, 'client_group') < 1) problems.push('no client group');
			if (count(page.html, 'barrier') < 1 && !page.html.includes('None that the source shows')) problems.push('no barrier');
			if (count(page.html, 'principle') < 1) problems.push('no principle');
			if (!/Cited at: [^<]*\w/.test(page.html)) problems.push('no source with a locator');
			return problems.map((problem) => `${page.path}: ${problem}`);
		});
		expect(short).toEqual([]);
	});

	it('every barrier, principle and client group links at least one case', () => {
		const terms = pages.filter((p) => /^\/(barriers|principles|client-groups)\/[^/]+\/$/.test(p.path));
		expect(terms.length).toBeGreaterThan(0);
		const orphans = terms.filter((page) => page.html.includes('No case links here yet.')).map((page) => page.path);
		expect(orphans).toEqual([]);
	});
});
