#!/usr/bin/env bash
# Copies the user guide's screenshots from the window tests' output (run `mvn -B verify` first; they are written to
# target/screenshots/) into this folder, as 256-colour PNGs (ImageMagick's convert; a third of the size, no visible
# change on the dark theme). The list is the set docs/user-guide.md shows.
set -euo pipefail
cd "$(dirname "$0")/../../.."
for name in start-screen browser-demo-case viewer-demo-case viewer-demo-case-1920x1080 viewer-demo-polygon-drawing \
    viewer-demo-brush roi-grow-leak roi-ibsi-polygon-gtv outline-choose-label outline-other-grid-refused \
    recovery-offered recovery-restored help-overlay problem-series-with-errors case-result case-what-if \
    model-tabs-modelCard-1000x700 case-folder-moved case-damaged case-result-zh presentation; do
  convert "target/screenshots/$name.png" -strip -dither None -colors 256 "PNG8:docs/images/workstation/$name.png"
done
