/**
 * The evidence matrix: how many cases sit where two lists cross (barriers by client groups,
 * barriers by principles), how many of them overcame the barrier, where the gaps are, and a
 * sentence that says so in words. Plain data in, plain data out.
 */
import type { BarrierStatus } from './vocabulary';

/** What one case contributes: the rows and columns it sits in, and each row's status. */
export interface MatrixCase {
	rows: { key: string; status: BarrierStatus }[];
	cols: string[];
}

/** One cell: the cases at a crossing, and how many of them overcame the row's barrier. */
export interface Cell {
	cases: number;
	overcome: number;
}

/** Cells by row and column key; a crossing no case reaches is a gap (0 cases). */
export function crossTab(cases: readonly MatrixCase[], rowKeys: readonly string[], colKeys: readonly string[]): Map<string, Map<string, Cell>> {
	const table = new Map(rowKeys.map((r) => [r, new Map(colKeys.map((c) => [c, { cases: 0, overcome: 0 }]))]));
	for (const c of cases) {
		for (const row of c.rows) {
			for (const col of new Set(c.cols)) {
				const cell = table.get(row.key)?.get(col);
				if (!cell) continue;
				cell.cases++;
				if (row.status === 'overcome') cell.overcome++;
			}
		}
	}
	return table;
}

/** How many cases met each row's barrier, by status. */
export function statusTotals(cases: readonly MatrixCase[]): Map<string, Record<BarrierStatus, number> & { all: number }> {
	const totals = new Map<string, Record<BarrierStatus, number> & { all: number }>();
	for (const c of cases) {
		for (const row of c.rows) {
			const t = totals.get(row.key) ?? { all: 0, overcome: 0, 'partly overcome': 0, persisted: 0, 'not reported': 0 };
			t.all++;
			t[row.status]++;
			totals.set(row.key, t);
		}
	}
	return totals;
}

/** "A, B and C"; more than `max` items become "A, B, C and 4 others". */
function list(items: readonly string[], max = 3): string {
	const shown = items.length > max ? [...items.slice(0, max), `${items.length - max} others`] : items;
	return shown.length <= 1 ? shown.join('') : `${shown.slice(0, -1).join(', ')} and ${shown.at(-1)}`;
}

/**
 * What a row of the matrix shows, in words: "Short-term funding was met in 9 cases: it
 * persisted in 6 and was overcome in 1. No case concerns it for Gypsy Travellers or carers."
 */
export function rowSentence(rowTitle: string, totals: Record<BarrierStatus, number> & { all: number }, gapTitles: readonly string[], gapLead = 'No case concerns it for'): string {
	const parts = (
		[
			['persisted', totals.persisted],
			['was overcome', totals.overcome],
			['was partly overcome', totals['partly overcome']],
		] as const
	)
		.filter(([, n]) => n > 0)
		.map(([verb, n]) => `${verb} in ${n}`);
	const met = `${rowTitle} was met in ${totals.all} ${totals.all === 1 ? 'case' : 'cases'}`;
	const outcome = parts.length ? `: it ${list(parts, 3)}` : ', and no case reports what became of it';
	const gaps = gapTitles.length ? ` ${gapLead} ${list(gapTitles, 4)}.` : '';
	return `${met}${outcome}.${gaps}`;
}
