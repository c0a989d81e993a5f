/** Dates and other formats, in one place so the site speaks British English throughout. */

const LONG_DATE = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** "23 November 2026". */
export function formatDate(date: Date): string {
	return LONG_DATE.format(date);
}

/** "2026-11-23", for `<time datetime>`. */
export function isoDate(date: Date): string {
	return date.toISOString().slice(0, 10);
}
