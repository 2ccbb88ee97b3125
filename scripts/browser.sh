#!/bin/sh
# Installs what the pack's browser tests drive, where it is missing: headless Chromium
# (loads each page, takes screenshots, prints it to PDF) and poppler-utils (pdfinfo counts
# the PDF's pages). Debian packages.
set -eu
SUDO=$( [ "$(id -u)" = 0 ] || echo sudo )
missing=""
command -v chromium >/dev/null 2>&1 || missing="$missing chromium"
command -v pdfinfo >/dev/null 2>&1 || missing="$missing poppler-utils"
if [ -n "$missing" ]; then
    echo "installing$missing (the browser the pack's tests load pages in)"
    $SUDO apt-get update -qq && $SUDO apt-get install -y -qq $missing >/dev/null
fi
