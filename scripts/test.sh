#!/usr/bin/env bash
# Every test: types and content, unit tests, a full build and the checks on it (valid HTML,
# links, content fidelity, page weight), then browser tests on the built site.
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

echo "== Valid HTML on every page"
npx html-validate 'dist/**/*.html'

echo "== A maintainer's mistakes fail the build; what the site says and weighs"
npx vitest run --config vitest.build.config.ts --reporter=default --reporter=json --outputFile=test-reports/build.json

echo "== Links, and the same site built under a sub-path (SITE_BASE=/joined-up/)"
node scripts/check-links.ts dist
rm -rf dist-base
SITE_BASE=/joined-up/ npx astro build --outDir dist-base > test-reports/base-build.log
npx pagefind --site dist-base > /dev/null
node scripts/check-links.ts dist-base --base /joined-up/

echo "== Browser tests"
bash scripts/ensure-browser.sh
npx playwright test

node scripts/test-summary.mjs test-reports/unit.json test-reports/build.json test-reports/e2e.json
