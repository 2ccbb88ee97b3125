#!/bin/sh
# Rebuilds the fuzzers' seed corpus in Fuzz/Corpus/ from what the repository already
# holds: the saved queries (Queries/*.rq), the examples in docs/LANGUAGE.md, the queries
# in the tests, the embedded register and the csv-spectrum fixtures, the seed report's text
# and variants of it, plus a few hand-made
# hostile seeds (Fuzz/Corpus/*/hostile-*, kept as they are). `make fuzz` runs on it.
set -eu
cd "$(dirname "$0")/.."
statement=Fuzz/Corpus/Statement
splitter=Fuzz/Corpus/Splitter
register=Fuzz/Corpus/Register
report=Fuzz/Corpus/Report
mkdir -p "$statement" "$splitter" "$register" "$report"
find "$statement" "$splitter" "$register" "$report" -type f ! -name 'hostile-*' -delete

# Saved queries: whole files, for both the statement pipeline and the splitter.
for file in Queries/*.rq; do
    [ -f "$file" ] || continue
    name=$(basename "$file" .rq)
    cp "$file" "$statement/query-$name.rq"
    cp "$file" "$splitter/query-$name.rq"
done

# The documentation's examples: each `regq> ` line of docs/LANGUAGE.md.
n=0
grep '^regq> ' docs/LANGUAGE.md | sed 's/^regq> //' | while IFS= read -r line; do
    n=$((n + 1))
    printf '%s\n' "$line" > "$statement/doc-$(printf %03d "$n").rq"
done
# …and all of them as one file, as the splitter sees a pasted session.
grep '^regq> ' docs/LANGUAGE.md | sed 's/^regq> //' > "$splitter/doc-all.rq"

# Queries written in the tests: double-quoted strings that start with select or explain,
# and the diagnostic cases with their ⟦ ⟧ markers removed.
n=0
grep -rhoE '"(select|explain) [^"\\]*"' Tests | sed 's/^"//; s/"$//' | sort -u | while IFS= read -r line; do
    n=$((n + 1))
    printf '%s\n' "$line" > "$statement/test-$(printf %03d "$n").rq"
done
n=0
grep -rhoE 'marked: "[^"]*"' Tests | sed 's/^marked: "//; s/"$//; s/⟦//g; s/⟧//g' | while IFS= read -r line; do
    n=$((n + 1))
    printf '%s\n' "$line" > "$statement/diagnostic-$(printf %03d "$n").rq"
done

# Registers: the embedded one, a small slice of it, and the csv-spectrum files.
cp Data/register.csv "$register/register.csv"
head -12 Data/register.csv > "$register/register-head.csv"
for file in Tests/Conformance/csv-spectrum/csvs/*.csv; do cp "$file" "$register/spectrum-$(basename "$file")"; done

# Reports: the seed's text, each of its pages alone, with CRLF line ends, with its
# trailing spaces gone (every wrap then a break between cells), and with a month garbled.
seed=Tests/Fixtures/reports/seed.txt
cp "$seed" "$report/seed.txt"
awk -v dir="$report" '/^ ?MHHS [A-Z& ]*WG- / { page++ } { print > (dir "/page-" page ".txt") }' "$seed"
sed 's/$/\r/' "$seed" > "$report/seed-crlf.txt"
sed 's/ *$//' "$seed" > "$report/seed-no-trailing-spaces.txt"
sed 's/Apr-22 May-22$/Aprr-22 May-22/' "$seed" > "$report/seed-garbled-month.txt"
echo "seed corpus: $(ls "$statement" | wc -l) statements, $(ls "$splitter" | wc -l) splitter inputs, $(ls "$register" | wc -l) registers, $(ls "$report" | wc -l) reports"
