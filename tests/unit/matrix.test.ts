import { describe, expect, it } from 'vitest';
import { crossTab, rowSentence, statusTotals, type MatrixCase } from '../../src/lib/matrix';

const cases: MatrixCase[] = [
	{ rows: [{ key: 'funding', status: 'persisted' }], cols: ['families', 'rural'] },
	{ rows: [{ key: 'funding', status: 'overcome' }, { key: 'trust', status: 'not reported' }], cols: ['families'] },
	{ rows: [{ key: 'funding', status: 'persisted' }], cols: ['families'] },
];

describe('the evidence matrix', () => {
	it('counts the cases at each crossing and how many overcame the barrier, with gaps as zero', () => {
		const table = crossTab(cases, ['funding', 'trust'], ['families', 'rural', 'travellers']);
		expect(table.get('funding')!.get('families')).toEqual({ cases: 3, overcome: 1 });
		expect(table.get('funding')!.get('rural')).toEqual({ cases: 1, overcome: 0 });
		expect(table.get('trust')!.get('travellers')).toEqual({ cases: 0, overcome: 0 });
	});

	it('says in words what a row shows, gaps included', () => {
		const totals = statusTotals(cases).get('funding')!;
		expect(rowSentence('Short-term funding', totals, ['Gypsy Travellers'])).toBe(
			'Short-term funding was met in 3 cases: it persisted in 2 and was overcome in 1. No case concerns it for Gypsy Travellers.',
		);
		expect(rowSentence('Lack of trust', statusTotals(cases).get('trust')!, [])).toBe('Lack of trust was met in 1 case, and no case reports what became of it.');
	});
});
