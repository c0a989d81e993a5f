/**
 * Checking what the site says against the source texts: that every quotation is word for
 * word, and that no page repeats a long run of a source's words outside a quotation.
 */

/**
 * Text reduced to what "word for word" compares: ligatures as plain letters, curly quotes
 * and dashes as straight ones, Markdown emphasis marks dropped, white space collapsed.
 * (Astro's smart punctuation curls quotes and turns "..." into "…" on the page.)
 */
export function normaliseText(text: string): string {
	return text
		.normalize('NFKC')
		.replace(/[\u2018\u2019\u201B\u2032]/g, "'")
		.replace(/[\u201C\u201D\u201F\u2033]/g, '"')
		.replace(/[\u2013\u2014\u2212]/g, '-')
		.replace(/\u2026/g, '...')
		.replace(/[*_]/g, '')
		.replace(/\s+/g, ' ')
		.trim();
}

/** The pieces of a quotation that must each appear in the source: split at omissions and insertions. */
export function quotationPieces(quotation: string): string[] {
	return normaliseText(quotation)
		.split(/\s*(?:\.\.\.|\[[^\]]*\])\s*/)
		.map((piece) => piece.trim().replace(/^[.,;:]+|[.,;:]+$/g, '').trim())
		.filter((piece) => piece.length > 0);
}

/** Whether every piece of the quotation appears in the source, in order. */
export function quotationIsVerbatim(quotation: string, normalisedSource: string): boolean {
	const pieces = quotationPieces(quotation);
	if (pieces.length === 0) return false;
	let start = normalisedSource.indexOf(pieces[0]);
	while (start !== -1) {
		let cursor = start + pieces[0].length;
		const inOrder = pieces.slice(1).every((piece) => {
			const at = normalisedSource.indexOf(piece, cursor);
			if (at === -1) return false;
			cursor = at + piece.length;
			return true;
		});
		if (inOrder) return true;
		start = normalisedSource.indexOf(pieces[0], start + 1);
	}
	return false;
}

/** Words for comparing prose: lower case, letters and digits only. */
export function wordsOf(text: string): string[] {
	return normaliseText(text)
		.toLowerCase()
		.replace(/[^\p{L}\p{N}\s]+/gu, ' ')
		.split(/\s+/)
		.filter(Boolean);
}

/** Every run of `length` consecutive words in a text, as strings. */
export function wordRuns(words: readonly string[], length: number): Set<string> {
	const runs = new Set<string>();
	for (let i = 0; i + length <= words.length; i++) runs.add(words.slice(i, i + length).join(' '));
	return runs;
}

/** The first run of `length` words of `text` that also stands in the sources, if any. */
export function firstSharedRun(text: string, sourceRuns: ReadonlySet<string>, length: number): string | undefined {
	const words = wordsOf(text);
	for (let i = 0; i + length <= words.length; i++) {
		const run = words.slice(i, i + length).join(' ');
		if (sourceRuns.has(run)) return run;
	}
	return undefined;
}
