#!/usr/bin/env bash
# Every test: types and content, unit tests, a full build, then browser tests on the built site.
set -euo pipefail
export ASTRO_TELEMETRY_DISABLED=1
cd "$(dirname "$0")/.."
rm -rf test-reports && mkdir -p test-reports

echo "== Types and content (astro check)"
npx astro check --minimumSeverity error

echo "== Unit tests"
npx vitest run --reporter=default --reporter=json --outputFile=test-reports/unit.json

echo "== Build"
npm run build

echo "== Browser tests"
bash scripts/ensure-browser.sh
npx playwright test

node scripts/test-summary.mjs test-reports/unit.json test-reports/e2e.json
