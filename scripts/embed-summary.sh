#!/bin/sh
# Writes Sources/Commands/EmbeddedSummary.swift from Data/summary.csv, so that
# `regq reconcile` works from any folder (no resource bundle to lose).
set -eu
cd "$(dirname "$0")/.."
if grep -q '"""#' Data/summary.csv; then
    echo 'Data/summary.csv holds """#, which cannot be embedded as a raw string' >&2
    exit 1
fi
{
    printf '// Generated from Data/summary.csv by scripts/embed-summary.sh; do not edit.\n\n'
    printf '/// The default summary for `regq reconcile`, Data/summary.csv byte for byte.\n'
    printf 'public let embeddedSummaryCSV = #"""\n'
    cat Data/summary.csv
    printf '\n"""#\n'
} > Sources/Commands/EmbeddedSummary.swift
