import { describe, expect, it } from 'vitest';
import { acronymsIn, checkAcronyms } from '../../src/lib/content-checks';

describe('acronyms a reader can look up', () => {
	it('finds acronyms, plurals and hyphenated ones, but not ordinary capitals or known abbreviations', () => {
		expect(acronymsIn('The YISPs met the YOT, E-MAP and CD4 in the UK. A Nurse, I think, read TACII.').sort()).toEqual(['CD4', 'E-MAP', 'TACII', 'YISP', 'YOT']);
	});

	it('names the first file that uses an acronym the glossary lacks, and ignores ids', () => {
		const files = [
			{ path: 'content/cases/a.mdx', collection: 'cases', text: '---\nsources:\n  - id: ahmad-et-al-2004\n---\nThe YISP and the DAT.' },
			{ path: 'content/cases/b.mdx', collection: 'cases', text: 'The DAT again.' },
		];
		const problems = checkAcronyms(files, ['YISP']);
		expect(problems).toHaveLength(1);
		expect(problems[0]).toMatch(/^content\/cases\/a\.mdx uses "DAT", which the glossary does not explain\./);
	});
});
