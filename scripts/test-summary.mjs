// Prints one closing line for the whole run, "tests: N passed, N failed, N skipped",
// from the JSON reports of Vitest and Playwright.
import { readFileSync } from 'node:fs';

let passed = 0;
let failed = 0;
let skipped = 0;
for (const file of process.argv.slice(2)) {
	const report = JSON.parse(readFileSync(file, 'utf8'));
	if ('numPassedTests' in report) {
		passed += report.numPassedTests;
		failed += report.numFailedTests;
		skipped += report.numPendingTests + (report.numTodoTests ?? 0);
	} else {
		passed += report.stats.expected;
		failed += report.stats.unexpected + report.stats.flaky;
		skipped += report.stats.skipped;
	}
}
console.log(`tests: ${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed > 0 ? 1 : 0);
