import { describe, expect, it } from 'vitest';
import { firstSharedRun, normaliseText, quotationIsVerbatim, quotationPieces, wordRuns, wordsOf } from '../../src/lib/fidelity';

const source = normaliseText(
	'Indeed, many agencies were surprised to learn that service users felt that professionals lacked empathy. ' +
		'There has been a real problem in this area [Easton] of projects coming and going. The *ﬁrst* thing.',
);

describe('quotations are word for word', () => {
	it('accepts an exact quotation, with curly quotes and ligatures as plain letters', () => {
		expect(quotationIsVerbatim('many agencies were surprised to learn', source)).toBe(true);
		expect(quotationIsVerbatim('The first thing.', source)).toBe(true);
	});

	it('accepts omissions marked with an ellipsis, in the source’s order', () => {
		expect(quotationIsVerbatim('many agencies … professionals lacked empathy', source)).toBe(true);
		expect(quotationIsVerbatim('professionals lacked empathy … many agencies', source)).toBe(false);
	});

	it('treats square-bracketed insertions as the author’s, not the source’s', () => {
		expect(quotationPieces('a real problem in this area [Bristol] of projects')).toEqual(['a real problem in this area', 'of projects']);
		expect(quotationIsVerbatim('a real problem in this area [Bristol] of projects', source)).toBe(true);
	});

	it('rejects a changed word', () => {
		expect(quotationIsVerbatim('many agencies were shocked to learn', source)).toBe(false);
	});
});

describe('no long runs of source text outside quotations', () => {
	const runs = wordRuns(wordsOf('one two three four five six seven'), 4);

	it('finds a shared run of the given length, ignoring case and punctuation', () => {
		expect(firstSharedRun('Zero, One two. Three four!', runs, 4)).toBe('one two three four');
	});

	it('finds nothing in text that only shares shorter runs', () => {
		expect(firstSharedRun('one two three nine five six seven', runs, 4)).toBeUndefined();
	});
});
