#!/usr/bin/env python3
"""regq reading a register workbook, side by side with python-calamine: `make bench-workbook`.

Generates a 100k-row register (`regq-generate 100000 2022`), writes it as the workbook a
programme office keeps (openpyxl; months as date cells; then saved again by LibreOffice,
when it is installed, so that strings are shared as Excel writes them), then times, as
whole processes, interleaved run by run:

- regq answering a query on the workbook (`regq -r register.xlsx -f csv -e QUERY`);
- python-calamine (Rust) only reading the sheet into rows (`to_python()`).

Reports medians and peak memory (max RSS, GNU time) and the ratio regq/calamine against the
target (at most 1.0), prints them and writes Benchmarks/RESULTS-workbook.md.

    pip install openpyxl python-calamine
    python3 Benchmarks/workbook.py [--bin DIR] [--rows N] [--runs N]
"""

import argparse
import csv
import datetime
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
RESULTS = os.path.join(ROOT, "Benchmarks", "RESULTS-workbook.md")
QUERY = "select * where status = blocked group by blocker"
CALAMINE = ("import sys\nfrom python_calamine import CalamineWorkbook\n"
            "rows = CalamineWorkbook.from_path(sys.argv[1]).get_sheet_by_index(0).to_python()\n"
            "print(len(rows))\n")
TARGET = 1.0
MONTHS = {name: number for number, name in enumerate(
    ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"], start=1)}


def say(message):
    print(message, file=sys.stderr, flush=True)


def month_cell(text):
    """`May-22` as the first of the month (a date cell), TBC as an empty cell."""
    if text in ("", "TBC"):
        return None
    name, year = text.split("-")
    return datetime.date(2000 + int(year), MONTHS[name], 1)


def write_workbook(register_csv, path):
    import openpyxl
    wb = openpyxl.Workbook(write_only=True)
    ws = wb.create_sheet("Register")
    ws.append(["Register of design artefacts"])
    ws.append([])
    ws.append(["Kind", "Reference", "Name", "Working Group", "Sub-Group(s)", "Current Status",
               "Blocking Issue", "Sub-Group Activity Complete", "BPRWG Review Complete", "DAG Review Complete"])
    with open(register_csv, newline="") as source:
        rows = csv.reader(source)
        next(rows)
        for kind, ref, name, wg, subgroups, status, blocker, sg, review, dag in rows:
            ws.append([kind, ref, name, wg, subgroups, status, blocker, month_cell(sg), month_cell(review), month_cell(dag)])
    wb.save(path)


def through_libreoffice(path):
    if not shutil.which("soffice"):
        say("LibreOffice not installed: timing openpyxl's workbook (inline strings)")
        return "openpyxl (inline strings)"
    folder = os.path.dirname(path)
    out = os.path.join(folder, "lo")
    subprocess.run(["soffice", "--headless", "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", out, path],
                   check=True, capture_output=True)
    shutil.move(os.path.join(out, os.path.basename(path)), path)
    return "openpyxl, saved again by LibreOffice (shared strings, as Excel writes them)"


def timed(command):
    start = time.perf_counter()
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - start


def peak_memory(command):
    result = subprocess.run(["/usr/bin/time", "-f", "%M"] + command, check=True,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    return int(result.stderr.strip().splitlines()[-1]) / 1024


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--bin", default=os.path.join(ROOT, ".build", "release"))
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=7)
    arguments = parser.parse_args()
    regq = os.path.join(arguments.bin, "regq")
    generate = os.path.join(arguments.bin, "regq-generate")
    for tool in (regq, generate, "/usr/bin/time"):
        if not os.path.exists(tool):
            sys.exit(f"missing {tool}: make release, and `swift build -c release --product regq-generate`, and apt-get install time")
    with tempfile.TemporaryDirectory() as folder:
        register_csv = os.path.join(folder, "register.csv")
        with open(register_csv, "w") as out:
            subprocess.run([generate, str(arguments.rows), "2022"], check=True, stdout=out)
        workbook = os.path.join(folder, "register.xlsx")
        say(f"writing the {arguments.rows}-row workbook")
        write_workbook(register_csv, workbook)
        made_by = through_libreoffice(workbook)
        size = os.path.getsize(workbook) / 1e6
        script = os.path.join(folder, "calamine.py")
        with open(script, "w") as out:
            out.write(CALAMINE)
        commands = {
            "regq": [regq, "-r", workbook, "-f", "csv", "-e", QUERY],
            "python-calamine": [sys.executable, script, workbook],
        }
        # The answer regq gives must be the register: its row count read back.
        count = subprocess.run([regq, "-r", workbook, "-f", "csv", "-e", "select count(*)"], check=True,
                               capture_output=True, text=True).stdout.split()[-1]
        if int(count) != arguments.rows:
            sys.exit(f"regq read {count} rows of {arguments.rows}")
        times = {name: [] for name in commands}
        for run in range(arguments.runs + 1):
            for name, command in commands.items():
                elapsed = timed(command)
                if run > 0:  # the first run warms the page cache
                    times[name].append(elapsed)
        memory = {name: max(peak_memory(command) for _ in range(2)) for name, command in commands.items()}
    medians = {name: statistics.median(values) for name, values in times.items()}
    ratio = medians["regq"] / medians["python-calamine"]
    lines = [
        "# regq reading a workbook, beside python-calamine",
        "",
        f"Made by `python3 Benchmarks/workbook.py` on {datetime.date.today()}: a {arguments.rows:,}-row register "
        f"workbook ({size:.1f} MB; {made_by}), {arguments.runs} timed runs each, interleaved, whole processes.",
        "",
        "| tool | what it does | median | peak memory |",
        "|---|---|---|---|",
        f"| regq | answers `{QUERY}` (reads, checks and builds the register, writes CSV) | {medians['regq'] * 1000:.0f} ms | {memory['regq']:.0f} MB |",
        f"| python-calamine | reads the sheet into Python rows | {medians['python-calamine'] * 1000:.0f} ms | {memory['python-calamine']:.0f} MB |",
        "",
        f"regq / calamine: {ratio:.2f}× (target ≤ {TARGET}×: {'met' if ratio <= TARGET else 'NOT met'}).",
        "",
    ]
    text = "\n".join(lines)
    print(text)
    with open(RESULTS, "w") as out:
        out.write(text)


if __name__ == "__main__":
    main()
