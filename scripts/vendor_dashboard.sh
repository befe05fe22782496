#!/usr/bin/env bash
# Refresh the dashboard's vendored libraries from npm (no build step for users: the files ship in the package).
# Chart.js and Cytoscape.js are MIT-licensed; their licence texts are copied beside them and listed in NOTICE.
set -euo pipefail
CHART=4.6.1
CYTOSCAPE=3.35.0
dest="$(cd "$(dirname "$0")/.." && pwd)/src/realpolitik/api/static"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$work"
npm pack -q "chart.js@$CHART" "cytoscape@$CYTOSCAPE" >/dev/null
mkdir chart cyto
tar xzf "chart.js-$CHART.tgz" -C chart
tar xzf "cytoscape-$CYTOSCAPE.tgz" -C cyto
cp chart/package/dist/chart.umd.min.js "$dest/chart.umd.min.js"
cp chart/package/LICENSE.md "$dest/LICENSE-chart.js.txt"
cp cyto/package/dist/cytoscape.min.js "$dest/cytoscape.min.js"
cp cyto/package/LICENSE "$dest/LICENSE-cytoscape.txt"
echo "vendored Chart.js $CHART and Cytoscape.js $CYTOSCAPE into $dest"
