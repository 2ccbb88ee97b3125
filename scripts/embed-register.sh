#!/bin/sh
# Writes Sources/RegisterCSV/EmbeddedRegister.swift from Data/register.csv, so that the
# default register is compiled into the binary (no resource bundle to lose).
set -eu
cd "$(dirname "$0")/.."
if grep -q '"""#' Data/register.csv; then
    echo 'Data/register.csv holds """#, which cannot be embedded as a raw string' >&2
    exit 1
fi
{
    printf '// Generated from Data/register.csv by scripts/embed-register.sh (make embed); do not edit.\n\n'
    printf '/// The default register, Data/register.csv byte for byte.\n'
    printf 'public let embeddedRegisterCSV = #"""\n'
    cat Data/register.csv
    printf '\n"""#\n'
} > Sources/RegisterCSV/EmbeddedRegister.swift
