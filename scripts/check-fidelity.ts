/**
 * `node scripts/check-fidelity.ts content/cases/x.mdx …`: checks content files against the
 * source texts before any build, naming the file and line of each problem: a <Quote> that is
 * not word for word in the source it cites, and a run of 20 source words outside a quotation.
 * `npm test` checks the same on the built site; this is the quick check while writing.
 * Needs ../shared/sources/; says so and exits 0 where it is missing.
 */
import { readFileSync } from 'node:fs';
import { firstSharedRun, normaliseText, quotationIsVerbatim, wordRuns, wordsOf } from '../src/lib/fidelity.ts';
import { haveSourceTexts, readSourceText, sourceTextFiles, SOURCES_DIR } from './source-texts.ts';

const LONGEST_ALLOWED_RUN = 19;
const QUOTE = /<Quote\b([^>]*)>([\s\S]*?)<\/Quote>/g;

const paths = process.argv.slice(2);
if (paths.length === 0) {
	console.error('Name the files to check: node scripts/check-fidelity.ts content/cases/<id>.mdx');
	process.exit(2);
}
if (!haveSourceTexts) {
	console.log(`Fidelity check skipped: the source texts are not at ${SOURCES_DIR}.`);
	process.exit(0);
}

const fileOf = sourceTextFiles();
const texts = new Map([...new Set(fileOf.values())].map((file) => [file, readSourceText(file)]));
const normalised = new Map([...texts].map(([file, text]) => [file, normaliseText(text)]));
const sourceRuns = new Set([...texts.values()].flatMap((text) => [...wordRuns(wordsOf(text), LONGEST_ALLOWED_RUN + 1)]));

const lineAt = (text: string, index: number) => text.slice(0, index).split('\n').length;
const problems: string[] = [];
let quotations = 0;
for (const path of paths) {
	const text = readFileSync(path, 'utf8');
	for (const match of text.matchAll(QUOTE)) {
		quotations++;
		const source = /\bsource="([^"]+)"/.exec(match[1])?.[1] ?? '';
		const file = fileOf.get(source);
		const quotation = match[2].replace(/<[^>]+>/g, ' ');
		if (!file) problems.push(`${path}, line ${lineAt(text, match.index)}: the quotation cites "${source}", which has no source text.`);
		else if (!quotationIsVerbatim(quotation, normalised.get(file)!))
			problems.push(`${path}, line ${lineAt(text, match.index)}: "${normaliseText(quotation)}" is not word for word in ${source}.`);
	}
	// Prose outside quotations, frontmatter included: summaries and outcomes are ours too.
	text.replace(QUOTE, ' … ')
		.split('\n')
		.forEach((line, i, lines) => {
			const window = lines.slice(i, i + 3).join(' ');
			const run = firstSharedRun(window, sourceRuns, LONGEST_ALLOWED_RUN + 1);
			if (run && !firstSharedRun(lines.slice(i + 1, i + 3).join(' '), sourceRuns, LONGEST_ALLOWED_RUN + 1))
				problems.push(`${path}, near line ${i + 1}: "${run}" repeats ${LONGEST_ALLOWED_RUN + 1} words of a source. Quote it (under 40 words) or put it in your own words.`);
		});
}

if (problems.length) {
	console.error(`Fidelity check: ${problems.length} problem(s):\n${problems.join('\n')}`);
	process.exit(1);
}
console.log(`Fidelity check: ${paths.length} file(s), ${quotations} quotation(s) word for word, no run of ${LONGEST_ALLOWED_RUN + 1} source words outside them.`);
