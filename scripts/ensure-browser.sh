#!/usr/bin/env bash
# Makes sure the browser tests have a Chromium: Debian's package where this is a Debian
# machine without one (Playwright cannot download its own browser here), else Playwright's.
set -euo pipefail
if [ -x /usr/bin/chromium ]; then exit 0; fi
if [ -f /etc/debian_version ] && [ "$(id -u)" = 0 ]; then
	echo "Installing Debian's chromium for the browser tests…"
	export DEBIAN_FRONTEND=noninteractive
	apt-get update -qq
	apt-get install -y -qq chromium >/dev/null
else
	npx playwright install chromium
fi
