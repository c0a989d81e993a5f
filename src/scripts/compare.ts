/**
 * /compare/?cases=a,b,c: turns the all-cases table round for the chosen cases, so they stand
 * side by side (facts down the side, one column per case). Without the parameter, or without
 * JavaScript, the full table stays as it is.
 */
const region = document.querySelector<HTMLElement>('[data-compare]');
const statusLine = document.querySelector<HTMLElement>('[data-compare-status]');
const chosen = new URLSearchParams(location.search).get('cases')?.split(',').filter(Boolean) ?? [];

if (region && statusLine && chosen.length) {
	const table = region.querySelector('table')!;
	const rows = chosen.map((id) => table.querySelector<HTMLTableRowElement>(`tr[data-case="${CSS.escape(id)}"]`)).filter((r): r is HTMLTableRowElement => r !== null);
	const facts = [...table.querySelectorAll('thead th')].slice(1).map((th) => th.textContent!);
	const side = document.createElement('table');
	side.createCaption().textContent = `${rows.length} ${rows.length === 1 ? 'case' : 'cases'} side by side`;
	side.caption!.id = 'compare-caption';
	const head = side.createTHead().insertRow();
	head.append(Object.assign(document.createElement('td')));
	for (const row of rows) {
		const th = Object.assign(document.createElement('th'), { scope: 'col' });
		th.append(row.querySelector('th a')!.cloneNode(true));
		head.append(th);
	}
	const body = side.createTBody();
	facts.forEach((fact, i) => {
		const tr = body.insertRow();
		tr.append(Object.assign(document.createElement('th'), { scope: 'row', textContent: fact }));
		for (const row of rows) tr.append(row.cells[i + 1].cloneNode(true));
	});
	table.replaceWith(side);
	statusLine.replaceChildren(`Showing ${rows.length} chosen ${rows.length === 1 ? 'case' : 'cases'}. `, Object.assign(document.createElement('a'), { href: location.pathname, textContent: 'Show all cases' }));
}
export {};
