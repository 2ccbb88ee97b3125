#!/usr/bin/env python3
"""regq side by side with sqlite3, DuckDB and Miller: `make bench`.

Builds regq and regq-generate (release, static; a no-op when up to date), generates synthetic
registers under a temporary folder, installs the peers where missing, checks that every
tool gives the same answer to each of Q1-Q4 at each size, then times them all in one
run (whole process: load the CSV, run the query, write CSV to /dev/null), interleaved
run by run so that the machine's drift touches every tool alike. Reports medians, peak
memory (max RSS, from GNU time), the ratios regq/peer pair by pair, the
linearity (1M time / 100k time) and the issue's targets, met or not; writes them to
Benchmarks/RESULTS.md and prints them.

Standard library only. Usage:

    python3 Benchmarks/run.py                 # embedded, 100k and 1M rows
    python3 Benchmarks/run.py --quick         # embedded and 100k, fewer runs
    python3 Benchmarks/run.py --bin DIR       # time the regq in DIR, build nothing
    BENCH_SIZES=100000 python3 Benchmarks/run.py
    BENCH_SIZES=embedded,20000 BENCH_RUNS=3 python3 Benchmarks/run.py

A partial run (--quick, BENCH_SIZES, BENCH_RUNS, --history-only or --no-history) prints
its tables but leaves RESULTS.md alone unless --results PATH names a file.

History: at each generated size, `regq-generate --pair` writes two monthly reports (the
second the first with documented edits); regq pairs their rows by content, DuckDB is
given the same reports with an `id` column and joins on it. Both answer `diff` and the
slipped-dag query, checked equal, timed side by side.

Streamed: at 1M and 10M rows (BENCH_STREAM_SIZES), regq answers a batch grouped count as
the register streams past, against DuckDB; time and peak memory (--stream-only, --no-stream).
"""

import argparse
import csv
import datetime
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

from edited_history import make_edited_history

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PEERS_DIR = os.path.join(ROOT, "Benchmarks", "peers")
RESULTS = os.path.join(ROOT, "Benchmarks", "RESULTS.md")
RELEASE = os.path.join(ROOT, ".build", "release")
SEED = 2022
EMBEDDED = "embedded"
DEFAULT_SIZES = [EMBEDDED, 100_000, 1_000_000]
MEMORY_RUNS = 2  # runs under GNU time for the peak memory, per tool and query (the first checks answers)

QUERIES = {
    "Q1": "select ref, name, dag from IF where status = blocked and dag < May-22",
    "Q2": "select * where status = blocked group by blocker",
    "Q3": "select * where subgroups is not empty group by subgroups",
    "Q4": "select * where dag between Feb-22 and Apr-22 group by kind pivot dag",
}

# History: regq over two reports (paired by content) against DuckDB over the same two
# reports with an id column (a join on it). The DuckDB query files name the reports
# $FIRST and $SECOND.
HISTORY_QUERIES = {
    "diff": ("diff", "diff.duckdb.sql"),
    "slipped": ("select ref, name, dag@prev, dag where dag slipped", "slipped.duckdb.sql"),
}

# Streamed: a one-shot batch grouped count over a large register, which regq answers as
# the file streams past (memory follows the groups, not the file), against DuckDB.
STREAM_SIZES = [1_000_000, 10_000_000]
STREAM_QUERY = "select status, count(*) group by status"
STREAM_PEER = "grouped-count.duckdb.sql"
TARGET_STREAM_MEMORY_VS_DUCKDB = 0.5
TARGET_STREAM_TIME_VS_DUCKDB = 0.7
TARGET_STREAM_MEMORY_GROWTH = 1.25  # regq's peak at 10M over its peak at 1M: flat

# The targets (ratios regq/peer in the same run).
TARGET_TIME_VS_SQLITE_EMBEDDED = 1.0
TARGET_TIME_VS_DUCKDB = 1.0
TARGET_LINEARITY = 11.0
TARGET_HISTORY_TIME_VS_DUCKDB = 0.7
# The monthly pack: `regq report --history DIR` over 12 reports of 1,000 rows.
PACK_REPORTS = 12
PACK_ROWS = 1_000
TARGET_PACK_MS = 1000.0
STRETCH_TIME_VS_DUCKDB_1M = 0.5


# ─── small helpers ────────────────────────────────────────────────────────────────────

def say(message):
    """Progress on standard error, so that standard output holds only the tables."""
    print(message, file=sys.stderr, flush=True)


def fail(message):
    """Stops the run loudly with exit status 1."""
    print(f"\nbench: FAILED: {message}", file=sys.stderr, flush=True)
    sys.exit(1)


def size_label(size):
    """'embedded', '100k', '1M' …"""
    if size == EMBEDDED:
        return EMBEDDED
    if size % 1_000_000 == 0:
        return f"{size // 1_000_000}M"
    if size % 1_000 == 0:
        return f"{size // 1_000}k"
    return str(size)


def file_size(size):
    """Bytes as KiB or MiB."""
    return f"{size / 1024:.0f} KiB" if size < 2**20 else f"{size / 2**20:.1f} MiB"


def run_quietly(argv, **kwargs):
    """Runs a setup command, printing it; fails the run when it fails."""
    say("  $ " + " ".join(argv))
    result = subprocess.run(argv, **kwargs)
    if result.returncode != 0:
        fail(f"'{' '.join(argv)}' exited with status {result.returncode}")
    return result


# ─── options ──────────────────────────────────────────────────────────────────────────

def parse_sizes(text):
    """BENCH_SIZES: a comma list of row counts and/or 'embedded' (100k and 1M allowed)."""
    sizes = []
    for item in text.split(","):
        item = item.strip().lower().replace("_", "")
        if not item:
            continue
        if item == EMBEDDED:
            sizes.append(EMBEDDED)
            continue
        factor = {"k": 1_000, "m": 1_000_000}.get(item[-1], 1)
        digits = item[:-1] if factor != 1 else item
        if not digits.isdigit() or int(digits) * factor <= 0:
            fail(f"BENCH_SIZES: '{item}' is neither a row count nor 'embedded'")
        sizes.append(int(digits) * factor)
    return sizes


def runs_for(size, quick):
    """How many timed runs per tool and query at this size (BENCH_RUNS overrides)."""
    if os.environ.get("BENCH_RUNS"):
        return max(1, int(os.environ["BENCH_RUNS"]))
    if size == EMBEDDED:
        return 10 if quick else 30
    if quick:
        return 3
    return 7 if size <= 200_000 else 5


def parse_options():
    """Command-line flags and the BENCH_* environment variables."""
    parser = argparse.ArgumentParser(description="regq versus sqlite3, DuckDB and Miller")
    parser.add_argument("--quick", action="store_true",
                        help="embedded and 100k rows only, fewer runs; RESULTS.md untouched")
    parser.add_argument("--results", metavar="PATH",
                        help="where to write the results (default Benchmarks/RESULTS.md on a full run)")
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder")
    parser.add_argument("--bin", metavar="DIR",
                        help="take regq and regq-generate from DIR as they are (no build)")
    parser.add_argument("--history-only", action="store_true",
                        help="only the history benchmark (diff and slipped over two reports)")
    parser.add_argument("--no-history", action="store_true", help="skip the history benchmark")
    parser.add_argument("--stream-only", action="store_true",
                        help="only the streamed grouped count (1M and 10M rows; BENCH_STREAM_SIZES overrides)")
    parser.add_argument("--no-stream", action="store_true", help="skip the streamed grouped count")
    parser.add_argument("--pack-only", action="store_true",
                        help=f"only the pack benchmark (regq report over {PACK_REPORTS} reports of {PACK_ROWS:,} rows)")
    options = parser.parse_args()
    env_sizes = os.environ.get("BENCH_SIZES")
    if env_sizes:
        options.sizes = parse_sizes(env_sizes)
    elif options.quick:
        options.sizes = [EMBEDDED, 100_000]
    else:
        options.sizes = list(DEFAULT_SIZES)
    env_stream = os.environ.get("BENCH_STREAM_SIZES")
    if env_stream:
        options.stream_sizes = [s for s in parse_sizes(env_stream) if s != EMBEDDED]
    elif options.quick:
        options.stream_sizes = [1_000_000]
    else:
        options.stream_sizes = list(STREAM_SIZES)
    if options.no_stream or ((options.history_only or options.pack_only) and not options.stream_only):
        options.stream_sizes = []
    partial = (options.quick or bool(env_sizes) or bool(env_stream) or bool(os.environ.get("BENCH_RUNS"))
               or options.history_only or options.no_history or options.pack_only or options.stream_only
               or options.no_stream)
    if options.results is None and not partial:
        options.results = RESULTS
    return options


# ─── building regq ────────────────────────────────────────────────────────────────────

# The Makefile's release flags: one static executable (start-up under 2 ms), else the
# Swift runtime alone linked statically.
RELEASE_FLAGS = ["-c", "release", "--static-swift-stdlib", "--disable-local-rpath"]
STATIC_EXECUTABLE = ["-Xswiftc", "-static-executable", "-Xlinker", "-ltinfo", "-Xlinker", "-lbsd", "-Xlinker", "-lmd"]


def build_binaries(bin_dir):
    """Builds regq and regq-generate (release, static) with the Makefile's flags; SwiftPM
    does nothing when they are up to date, and rebuilds one built otherwise (a plain
    `swift build -c release` links the Swift runtime dynamically: slower to start).

    With bin_dir, takes both from there as they are. (regq report runs regq-report, which
    must be beside regq: `make release` builds both.)"""
    if bin_dir:
        paths = tuple(os.path.abspath(os.path.join(bin_dir, p)) for p in ("regq", "regq-generate"))
        if not os.access(os.path.join(os.path.abspath(bin_dir), "regq-report"), os.X_OK):
            fail(f"--bin: no executable regq-report in {bin_dir} (regq report runs it)")
        for path in paths:
            if not os.access(path, os.X_OK):
                fail(f"--bin: no executable {path}")
        return paths
    for product in ("regq", "regq-report", "regq-generate"):
        say(f"building {product} (release)")
        static = subprocess.run(["swift", "build", *RELEASE_FLAGS, *STATIC_EXECUTABLE, "--product", product],
                                cwd=ROOT, capture_output=True, text=True)
        if static.returncode != 0:
            run_quietly(["swift", "build", *RELEASE_FLAGS, "--product", product], cwd=ROOT)
    return os.path.join(RELEASE, "regq"), os.path.join(RELEASE, "regq-generate")


def snapshot(binary, workdir):
    """A copy of a binary in workdir, so that a rebuild during the run cannot change what is timed."""
    copy = os.path.join(workdir, os.path.basename(binary))
    shutil.copy2(binary, copy)
    return copy


def regq_version():
    """The commit regq was built from (git rev-parse; read-only), noting local changes."""
    def git(*args):
        result = subprocess.run(["git", "--no-optional-locks", *args], cwd=ROOT,
                                capture_output=True, text=True)
        return result.stdout.strip() if result.returncode == 0 else ""
    commit = git("rev-parse", "--short", "HEAD") or "unknown"
    if git("status", "--porcelain", "--untracked-files=no"):
        commit += " + uncommitted changes"
    return commit


# ─── installing the peers ─────────────────────────────────────────────────────────────

def apt_install(packages):
    """apt-get install, with apt-get update and a retry when the first attempt fails."""
    sudo = [] if os.geteuid() == 0 else ["sudo"]
    say(f"installing {' '.join(packages)} from apt")
    install = sudo + ["apt-get", "install", "-y", "-qq", *packages]
    if subprocess.run(install).returncode != 0:
        run_quietly(sudo + ["apt-get", "update", "-qq"])
        run_quietly(install)


def pip_install(package):
    """pip install for this Python; on a system Python that refuses (PEP 668), installs
    python3-pip where missing and retries with --break-system-packages."""
    say(f"installing {package} from PyPI")
    pip = [sys.executable, "-m", "pip", "install", "--quiet"]
    if subprocess.run(pip + [package]).returncode == 0:
        return
    if subprocess.run([sys.executable, "-m", "pip", "--version"], capture_output=True).returncode != 0:
        apt_install(["python3-pip"])
    run_quietly(pip + ["--break-system-packages", package])


def duckdb_binary():
    """The real DuckDB CLI inside the duckdb-cli package (the one on PATH is a slow wrapper)."""
    probe = "import duckdb_cli, os; print(os.path.dirname(duckdb_cli.__file__))"
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True)
    if result.returncode != 0:
        return None
    binary = os.path.join(result.stdout.strip(), "duckdb")
    return binary if os.access(binary, os.X_OK) else None


def install_peers():
    """Finds sqlite3, mlr, the DuckDB CLI and GNU time, installing what is missing; returns their paths."""
    wanted = (("sqlite3", "sqlite3"), ("mlr", "miller"), ("/usr/bin/time", "time"))
    missing = [package for command, package in wanted if shutil.which(command) is None]
    if missing:
        apt_install(missing)
    if duckdb_binary() is None:
        pip_install("duckdb-cli")
    paths = {"sqlite3": shutil.which("sqlite3"), "mlr": shutil.which("mlr"), "duckdb": duckdb_binary(),
             "time": shutil.which("/usr/bin/time")}
    for name, path in paths.items():
        if not path:
            fail(f"{name} is still missing after the install")
    return paths


def tool_versions(regq, peers):
    """One line per tool: its version as it prints it."""
    def first_line(argv):
        result = subprocess.run(argv, capture_output=True, text=True)
        return (result.stdout or result.stderr).strip().splitlines()[0] if result.returncode == 0 else "?"
    return {
        "regq": regq_version(),
        "sqlite3": " ".join(first_line([peers["sqlite3"], "--version"]).split()[:2]),
        "duckdb": first_line([peers["duckdb"], "--version"]),
        "mlr": first_line([peers["mlr"], "--version"]),
    }


# ─── the registers ────────────────────────────────────────────────────────────────────

def make_register(size, workdir, regq, generate):
    """Writes the register for a size to workdir: generated, or the embedded one as CSV."""
    path = os.path.join(workdir, f"register-{size_label(size)}.csv")
    argv = [regq, "-f", "csv", "-e", "select *"] if size == EMBEDDED else [generate, str(size), str(SEED)]
    with open(path, "wb") as out:
        run_quietly(argv, stdout=out)
    say(f"  {os.path.basename(path)}: {file_size(os.path.getsize(path))}")
    return path


def make_history(size, workdir, generate):
    """Writes the report pair for a size: workdir/history-SIZE/{regq,keyed}/2022-0{1,2}.csv."""
    folder = os.path.join(workdir, f"history-{size_label(size)}")
    run_quietly([generate, "--pair", str(size), str(SEED), folder])
    for sub in ("regq", "keyed"):
        for month in ("2022-01", "2022-02"):
            path = os.path.join(folder, sub, f"{month}.csv")
            say(f"  {sub}/{month}.csv: {file_size(os.path.getsize(path))}")
    return folder


def make_edited(size, workdir, generate):
    """Writes the second benchmark's reports for a size: workdir/edited-SIZE/{regq,keyed}/…:
    the single-register generator's register, and a report made from it by
    edited_history.py (edits at the end, sorted by kind and name)."""
    folder = os.path.join(workdir, f"edited-{size_label(size)}")
    register = os.path.join(workdir, f"edited-source-{size_label(size)}.csv")
    with open(register, "wb") as out:
        run_quietly([generate, str(size), str(SEED)], stdout=out)
    make_edited_history(register, folder, SEED)
    os.remove(register)
    for sub in ("regq", "keyed"):
        for month in ("2022-01", "2022-02"):
            path = os.path.join(folder, sub, f"{month}.csv")
            say(f"  {sub}/{month}.csv: {file_size(os.path.getsize(path))}")
    return folder


# The two history benchmarks: how each makes its reports, and how its section names it.
HISTORY_SETS = {
    "pair": (make_history, "History: two reports, regq (paired by content) vs DuckDB (joined on an id)",
             f"`regq-generate --pair ROWS {SEED}` writes a first report of ROWS rows and a second derived "
             "from it (1% removed, 10% dag slipped 1–3 months, 5% re-statused, 0.2% renamed, 1% new; "
             "see Benchmarks/README.md), and the same two with an `id` column for DuckDB. "
             "regq gets the reports as published and pairs their rows itself; DuckDB joins on the id."),
    "edited": (make_edited, "History, second benchmark: the single register, edited and re-sorted by another program",
               f"`regq-generate ROWS {SEED}` (names with commas and quotes) is the first report; "
               "`Benchmarks/edited_history.py` makes the second (1% removed, 10% dag slipped, 5% re-statused, "
               "1% new at the end, then sorted by kind and name, so no row stays where it was) and gives "
               "DuckDB an `id`. regq pairs by content; DuckDB joins on the id."),
}


def history_commands(regq, duckdb, folder, workdir):
    """(tool, query) -> (argv, None) for regq (--history on the plain reports) and DuckDB
    (its query file with the keyed reports' paths filled in)."""
    commands = {}
    keyed = os.path.join(folder, "keyed")
    for query, (text, filename) in HISTORY_QUERIES.items():
        commands[("regq", query)] = ([regq, "--history", os.path.join(folder, "regq"), "-f", "csv", "-e", text], None)
        with open(os.path.join(PEERS_DIR, filename), encoding="utf-8") as source:
            sql = (source.read().replace("$FIRST", os.path.join(keyed, "2022-01.csv"))
                   .replace("$SECOND", os.path.join(keyed, "2022-02.csv")))
        script = os.path.join(workdir, f"{os.path.basename(folder)}-{filename}")
        with open(script, "w", encoding="utf-8") as out:
            out.write(sql)
        commands[("duckdb", query)] = ([duckdb, "-no-init", "-batch", "-csv", "-nullvalue", "", "-f", script], None)
    return commands


def stream_benchmark(regq, duckdb, generate, gnu_time, workdir, sizes, quick):
    """The batch grouped count (STREAM_QUERY) at each of `sizes` rows, regq against DuckDB:
    answers checked equal, then timed interleaved and measured under GNU time. The
    registers are generated here and deleted after. Returns {size: {"stats", "bytes", "groups"}}."""
    results = {}
    for size in sizes:
        say(f"streamed grouped count, {size_label(size)} rows:")
        register = make_register(size, workdir, regq, generate)
        script = render_peer_query(STREAM_PEER, register, workdir, os.path.basename(register))
        commands = {("regq", "count"): ([regq, "-r", register, "-f", "csv", "-e", STREAM_QUERY], None),
                    ("duckdb", "count"): ([duckdb, "-no-init", "-batch", "-csv", "-nullvalue", "", "-f", script], None)}
        expected, regq_peak = run_for_answer(gnu_time, "regq", "count", size, commands[("regq", "count")], workdir)
        actual, duck_peak = run_for_answer(gnu_time, "duckdb", "count", size, commands[("duckdb", "count")], workdir)
        if len(expected) < 2:
            fail(f"regq returned no groups at {size_label(size)}: nothing to compare")
        if actual != expected:
            fail(describe_mismatch("duckdb", "the grouped count", size, expected, actual))
        say(f"  answers agree: {len(expected) - 1} groups")
        peaks = {("regq", "count"): regq_peak, ("duckdb", "count"): duck_peak}
        times = time_commands(commands, size, 3 if quick else 5)
        measure_memory(gnu_time, size, commands, workdir, peaks, MEMORY_RUNS - 1)
        results[size] = {"stats": summarise(times, peaks), "bytes": os.path.getsize(register), "groups": len(expected) - 1}
        os.remove(register)
    return results


def stream_section(streamed):
    """Markdown: the streamed grouped count, size by size."""
    if not streamed:
        return []
    out = ["## Batch grouped count over a large register (streamed)", "",
           f"`regq -r FILE -f csv -e '{STREAM_QUERY}'` against `peers/{STREAM_PEER}`, over "
           f"`regq-generate ROWS {SEED}` generated for the run and deleted after. regq checks every row as a load "
           "does, but keeps only the groups: its memory does not grow with the file.", "",
           "| rows | file | runs | regq ms | duckdb ms | regq/duckdb | regq MiB | duckdb MiB | regq/duckdb |",
           "|---:|---:|---:|---:|---:|---:|---:|---:|---:|"]
    for size, result in streamed.items():
        regq, duck = result["stats"][("regq", "count")], result["stats"][("duckdb", "count")]
        out.append(f"| {size_label(size)} | {file_size(result['bytes'])} | {regq['runs']} | {regq['ms']:.0f} | {duck['ms']:.0f} "
                   f"| {regq['ms'] / duck['ms']:.2f}× | {regq['mib']:.1f} | {duck['mib']:.1f} | {regq['mib'] / duck['mib']:.2f}× |")
    return out + [""]


def stream_target_rows(streamed):
    """At the largest size: regq ≤ 0.5× DuckDB's memory and ≤ 0.7× its time; and regq's
    memory flat from the smallest size to the largest."""
    if not streamed:
        return []
    largest, smallest = max(streamed), min(streamed)
    regq, duck = streamed[largest]["stats"][("regq", "count")], streamed[largest]["stats"][("duckdb", "count")]
    rows = [(f"streamed {size_label(largest)} grouped count: peak memory ≤ {TARGET_STREAM_MEMORY_VS_DUCKDB}× DuckDB's",
             f"{regq['mib']:.1f} vs {duck['mib']:.1f} MiB", regq["mib"] <= TARGET_STREAM_MEMORY_VS_DUCKDB * duck["mib"]),
            (f"streamed {size_label(largest)} grouped count: time ≤ {TARGET_STREAM_TIME_VS_DUCKDB}× DuckDB's",
             f"{regq['ms'] / duck['ms']:.2f}×", regq["ms"] <= TARGET_STREAM_TIME_VS_DUCKDB * duck["ms"])]
    if largest != smallest:
        small = streamed[smallest]["stats"][("regq", "count")]
        growth = regq["mib"] / small["mib"]
        rows.append((f"streamed: regq's peak memory at {size_label(largest)} ≤ {TARGET_STREAM_MEMORY_GROWTH}× at {size_label(smallest)}",
                     f"{growth:.2f}×", growth <= TARGET_STREAM_MEMORY_GROWTH))
    return rows


def pack_benchmark(regq, generate, gnu_time, workdir, quick):
    """`regq report --history DIR` (the standard pack, page to /dev/null) over a history of
    PACK_REPORTS reports of PACK_ROWS rows (`regq-generate --history`): checked to make the
    whole page, then timed. Returns {ms, mib, runs, bytes, page}."""
    folder = os.path.join(workdir, "pack-history")
    run_quietly([generate, "--history", str(PACK_ROWS), str(SEED), str(PACK_REPORTS), folder])
    reports = sorted(os.listdir(folder))
    size = sum(os.path.getsize(os.path.join(folder, name)) for name in reports)
    say(f"  {len(reports)} reports, {reports[0]} to {reports[-1]}: {file_size(size)}")
    argv = [regq, "report", "--history", folder]
    page = os.path.join(workdir, "pack.html")
    _, status = spawn(argv, None, page)
    with open(page, encoding="utf-8") as text:
        html = text.read()
    if status != 0 or "<h2>Trend of what slipped" not in html or not html.endswith("</html>\n"):
        fail(f"regq report exited with status {status} or made no whole page over the {PACK_REPORTS}-report history")
    say(f"  page: {file_size(len(html.encode()))}, {html.count('<h2>')} sections, {html.count('<svg')} charts")
    runs = 7 if quick else 21
    times = []
    for _ in range(runs):
        elapsed, status = spawn(argv, None, "/dev/null")
        if status != 0:
            fail(f"regq report exited with status {status} while timing")
        times.append(elapsed)
    peak = max(peak_memory(gnu_time, argv, None, workdir)[0] for _ in range(MEMORY_RUNS))
    shutil.rmtree(folder, ignore_errors=True)
    return {"ms": statistics.median(times) * 1000, "mib": peak / 1024, "runs": runs, "bytes": size,
            "page": len(html.encode())}


def pack_section(pack):
    """Markdown: the pack benchmark."""
    if not pack:
        return []
    return ["## The monthly pack: `regq report --history DIR`", "",
            f"The standard pack (every section, its charts as SVG, one HTML page written to /dev/null) over "
            f"`regq-generate --history {PACK_ROWS} {SEED} {PACK_REPORTS} DIR`: {PACK_REPORTS} reports of "
            f"{PACK_ROWS:,} rows, each derived from the one before (Benchmarks/README.md), "
            f"{file_size(pack['bytes'])} in all; the page is {file_size(pack['page'])}.", "",
            "| runs | median ms | peak MiB |", "|---:|---:|---:|",
            f"| {pack['runs']} | {pack['ms']:.1f} | {pack['mib']:.1f} |", ""]


def without_empty_columns(rows):
    """The table without the columns empty in every row below the header.

    regq's diff shows only the fields that changed somewhere; the SQL lists them all."""
    keep = [i for i in range(len(rows[0])) if any(row[i] for row in rows[1:])] if rows else []
    return [[row[i] for i in keep] for row in rows]


def check_history_answers(gnu_time, size, commands, workdir):
    """DuckDB's answer must equal regq's (diff: once the columns empty throughout are dropped).

    Returns (answer row counts per query, peak RSS in KiB per (tool, query))."""
    row_counts, peaks = {}, {}
    for query in HISTORY_QUERIES:
        expected, peaks[("regq", query)] = run_for_answer(
            gnu_time, "regq", query, size, commands[("regq", query)], workdir)
        actual, peaks[("duckdb", query)] = run_for_answer(
            gnu_time, "duckdb", query, size, commands[("duckdb", query)], workdir)
        if len(expected) < 2:
            fail(f"regq returned no rows for {query} at {size_label(size)}: nothing to compare")
        if query == "diff":
            expected, actual = without_empty_columns(expected), without_empty_columns(actual)
        if actual != expected:
            fail(describe_mismatch("duckdb", query, size, expected, actual))
        row_counts[query] = len(expected) - 1
    say(f"  answers agree: " + ", ".join(f"{q} {n} rows" for q, n in row_counts.items()))
    return row_counts, peaks


def time_commands(commands, size, runs):
    """Times every command `runs` times, interleaved run by run: {key: [seconds, …]}."""
    times = {key: [] for key in commands}
    for run in range(runs):
        for key, (argv, stdin_path) in commands.items():
            elapsed, status = spawn(argv, stdin_path, "/dev/null")
            if status != 0:
                fail(f"{key[0]} exited with status {status} on {key[1]} at {size_label(size)} while timing")
            times[key].append(elapsed)
        say(f"  timing: run {run + 1}/{runs} done")
    return times


# ─── the tools ────────────────────────────────────────────────────────────────────────

class Tool:
    """One program that answers the queries: how to start it on a register for a query."""

    def __init__(self, name, command):
        self.name = name
        # (query id, register path, workdir, embedded?) -> (argv, stdin path or None)
        self.command = command


def render_peer_query(filename, register, workdir, tag):
    """Copies a peer's query file into workdir with $REGISTER replaced by the register's path."""
    with open(os.path.join(PEERS_DIR, filename), encoding="utf-8") as source:
        text = source.read().replace("$REGISTER", register)
    path = os.path.join(workdir, f"{tag}-{filename}")
    with open(path, "w", encoding="utf-8") as out:
        out.write(text)
    return path


def make_tools(regq, peers):
    """regq and the three peers, each as a Tool; regq first."""
    def regq_command(query, register, workdir, embedded):
        argv = [regq, "-f", "csv", "-e", QUERIES[query]]
        return (argv if embedded else argv[:1] + ["-r", register] + argv[1:]), None

    def sqlite_command(query, register, workdir, embedded):
        script = render_peer_query(f"{query.lower()}.sql", register, workdir, os.path.basename(register))
        return [peers["sqlite3"], "-batch", "-csv", "-header", ":memory:"], script

    def duckdb_command(query, register, workdir, embedded):
        script = render_peer_query(f"{query.lower()}.duckdb.sql", register, workdir, os.path.basename(register))
        return [peers["duckdb"], "-no-init", "-batch", "-csv", "-nullvalue", "", "-f", script], None

    def mlr_command(query, register, workdir, embedded):
        return [peers["mlr"], "-s", os.path.join(PEERS_DIR, f"{query.lower()}.mlr"), register], None

    return [Tool("regq", regq_command), Tool("sqlite3", sqlite_command),
            Tool("duckdb", duckdb_command), Tool("mlr", mlr_command)]


def prepare_commands(tools, size, register, workdir):
    """Every (tool, query) command for one size, built once before anything is timed."""
    embedded = size == EMBEDDED
    return {(tool.name, query): tool.command(query, register, workdir, embedded)
            for tool in tools for query in QUERIES}


# ─── running a child ──────────────────────────────────────────────────────────────────

def spawn(argv, stdin_path, stdout_path, stderr_path="/dev/null"):
    """Runs argv to completion; returns (wall seconds, exit status).

    posix_spawn plus wait4, so that no wrapper process adds to the time."""
    actions = [
        (os.POSIX_SPAWN_OPEN, 0, stdin_path or "/dev/null", os.O_RDONLY, 0),
        (os.POSIX_SPAWN_OPEN, 1, stdout_path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644),
        (os.POSIX_SPAWN_OPEN, 2, stderr_path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644),
    ]
    start = time.perf_counter()
    pid = os.posix_spawn(argv[0], argv, os.environ, file_actions=actions)
    _, status, _ = os.wait4(pid, 0)
    return time.perf_counter() - start, os.waitstatus_to_exitcode(status)


def peak_memory(gnu_time, argv, stdin_path, workdir, stdout_path="/dev/null", stderr_path="/dev/null"):
    """Runs argv once under GNU time; returns (peak RSS in KiB, exit status).

    Not wait4's rusage: a child spawned from Python inherits Python's own high-water
    RSS through exec, so small processes would all read ≈13 MiB. GNU time forks from
    a process of ≈1 MiB, which is the floor of these figures."""
    report = os.path.join(workdir, "peak-rss.txt")
    _, status = spawn([gnu_time, "-f", "%M", "-o", report, *argv], stdin_path, stdout_path, stderr_path)
    with open(report, encoding="utf-8") as handle:
        lines = handle.read().split()
    return (int(lines[-1]) if lines and lines[-1].isdigit() else 0), status


# ─── checking answers ─────────────────────────────────────────────────────────────────

def read_csv_rows(path):
    """A CSV file as a list of rows (lists of cells), header first."""
    with open(path, encoding="utf-8", newline="") as handle:
        return [row for row in csv.reader(handle)]


def first_difference(expected, actual):
    """The index of the first row where two tables differ, or None when they are equal."""
    for index, (left, right) in enumerate(zip(expected, actual)):
        if left != right:
            return index
    return None if len(expected) == len(actual) else min(len(expected), len(actual))


def describe_mismatch(tool, query, size, expected, actual):
    """A readable account of where a peer's answer parts from regq's."""
    index = first_difference(expected, actual)
    lines = [f"{tool} disagrees with regq on {query} at {size_label(size)} "
             f"({len(expected)} vs {len(actual)} rows including the header); first difference at row {index}:"]
    for offset in range(index, min(index + 3, max(len(expected), len(actual)))):
        left = expected[offset] if offset < len(expected) else "(none)"
        right = actual[offset] if offset < len(actual) else "(none)"
        lines.append(f"  row {offset}: regq {left}")
        lines.append(f"  row {offset}: {tool:<4} {right}")
    return "\n".join(lines)


def run_for_answer(gnu_time, tool, query, size, command, workdir):
    """Runs one command once under GNU time, keeping its output; fails loudly when it fails.

    Returns (rows, peak RSS in KiB)."""
    argv, stdin_path = command
    out = os.path.join(workdir, f"answer-{size_label(size)}-{query}-{tool}.csv")
    err = out + ".stderr"
    kib, status = peak_memory(gnu_time, argv, stdin_path, workdir, out, err)
    if status != 0:
        with open(err, encoding="utf-8", errors="replace") as handle:
            fail(f"{tool} exited with status {status} on {query} at {size_label(size)}:\n{handle.read()[-2000:]}")
    return read_csv_rows(out), kib


def check_answers(gnu_time, tools, size, commands, workdir):
    """Each peer's answer must equal regq's, parsed as CSV.

    Returns (answer row counts per query, peak RSS in KiB per (tool, query)). These runs
    also warm the page cache before the timed runs."""
    row_counts, peaks = {}, {}
    for query in QUERIES:
        expected, peaks[("regq", query)] = run_for_answer(
            gnu_time, "regq", query, size, commands[("regq", query)], workdir)
        if len(expected) < 2:
            fail(f"regq returned no rows for {query} at {size_label(size)}: nothing to compare")
        for tool in tools[1:]:
            actual, peaks[(tool.name, query)] = run_for_answer(
                gnu_time, tool.name, query, size, commands[(tool.name, query)], workdir)
            if actual != expected:
                fail(describe_mismatch(tool.name, query, size, expected, actual))
        row_counts[query] = len(expected) - 1
    say(f"  answers agree: " + ", ".join(f"{q} {n} rows" for q, n in row_counts.items()))
    return row_counts, peaks


# ─── timing ───────────────────────────────────────────────────────────────────────────

def time_size(tools, size, commands, runs):
    """Times every (tool, query) `runs` times, interleaved run by run.

    Returns {(tool, query): [seconds, …]}."""
    times = {key: [] for key in commands}
    for run in range(runs):
        for query in QUERIES:
            for tool in tools:
                argv, stdin_path = commands[(tool.name, query)]
                elapsed, status = spawn(argv, stdin_path, "/dev/null")
                if status != 0:
                    fail(f"{tool.name} exited with status {status} on {query} at {size_label(size)} while timing")
                times[(tool.name, query)].append(elapsed)
        say(f"  timing: run {run + 1}/{runs} done")
    return times


def measure_memory(gnu_time, size, commands, workdir, peaks, runs):
    """Raises each (tool, query)'s peak RSS (KiB) in `peaks` to the largest of `runs` more runs."""
    for _ in range(runs):
        for (tool, query), (argv, stdin_path) in commands.items():
            kib, status = peak_memory(gnu_time, argv, stdin_path, workdir)
            if status != 0:
                fail(f"{tool} exited with status {status} on {query} at {size_label(size)} under GNU time")
            peaks[(tool, query)] = max(peaks[(tool, query)], kib)
    say(f"  memory: {runs} more run(s) under GNU time done")
    return peaks


def summarise(times, peaks):
    """Medians in ms and peak RSS in MiB for each (tool, query)."""
    return {key: {"ms": statistics.median(times[key]) * 1000,
                  "mib": peaks[key] / 1024,
                  "runs": len(times[key])}
            for key in times}


# ─── the report ───────────────────────────────────────────────────────────────────────

def machine_description():
    """nproc, CPU model, memory, OS, load average: what the figures were measured on."""
    model = "unknown CPU"
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as handle:
            for line in handle:
                if line.startswith("model name"):
                    model = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    memory = "unknown"
    try:
        with open("/proc/meminfo", encoding="utf-8") as handle:
            for line in handle:
                if line.startswith("MemTotal"):
                    memory = f"{int(line.split()[1]) / 2**20:.1f} GiB"
                    break
    except OSError:
        pass
    load = ", ".join(f"{value:.2f}" for value in os.getloadavg())
    return {"cpus": os.cpu_count(), "model": model, "memory": memory,
            "os": f"{platform.system()} {platform.release()}", "load": load}


def verdict(ok):
    """'met', or 'NOT met' in bold."""
    return "met" if ok else "**NOT met**"


def time_table(tools, stats, size):
    """Markdown: median ms per tool per query, then regq/peer ratios."""
    peers = [tool.name for tool in tools[1:]]
    header = ["query"] + [f"{tool.name} ms" for tool in tools] + [f"regq/{peer}" for peer in peers]
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" + "---:|" * (len(header) - 1)]
    for query in QUERIES:
        regq_ms = stats[size][("regq", query)]["ms"]
        cells = [query] + [f"{stats[size][(tool.name, query)]['ms']:.1f}" for tool in tools]
        cells += [f"{regq_ms / stats[size][(peer, query)]['ms']:.2f}×" for peer in peers]
        lines.append("| " + " | ".join(cells) + " |")
    return lines


def memory_table(tools, stats, size):
    """Markdown: peak RSS in MiB per tool per query, and regq/duckdb."""
    header = ["query"] + [f"{tool.name} MiB" for tool in tools] + ["regq/duckdb"]
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" + "---:|" * (len(header) - 1)]
    for query in QUERIES:
        cells = [query] + [f"{stats[size][(tool.name, query)]['mib']:.1f}" for tool in tools]
        cells.append(f"{stats[size][('regq', query)]['mib'] / stats[size][('duckdb', query)]['mib']:.2f}×")
        lines.append("| " + " | ".join(cells) + " |")
    return lines


def linearity_table(tools, stats, small, large):
    """Markdown: time at the large size over time at the small size, per tool per query."""
    header = ["query"] + [tool.name for tool in tools]
    lines = [f"Linearity: median time at {size_label(large)} / median time at {size_label(small)} "
             f"(the rows grow {large // small}×).", "",
             "| " + " | ".join(header) + " |", "|" + "---|" + "---:|" * (len(header) - 1)]
    for query in QUERIES:
        cells = [query] + [f"{stats[large][(t.name, query)]['ms'] / stats[small][(t.name, query)]['ms']:.2f}×"
                           for t in tools]
        lines.append("| " + " | ".join(cells) + " |")
    return lines


def target_rows(stats):
    """Each target of the issue with this run's figures and whether it is met."""
    rows = []

    def ratio(size, query, peer, field="ms"):
        return stats[size][("regq", query)][field] / stats[size][(peer, query)][field]

    if EMBEDDED in stats:
        for query in QUERIES:
            value = ratio(EMBEDDED, query, "sqlite3")
            rows.append((f"embedded {query}: time ≤ {TARGET_TIME_VS_SQLITE_EMBEDDED}× sqlite3",
                         f"{value:.2f}×", value <= TARGET_TIME_VS_SQLITE_EMBEDDED))
    for size in (100_000, 1_000_000):
        if size not in stats:
            continue
        for query in QUERIES:
            value = ratio(size, query, "duckdb")
            rows.append((f"{size_label(size)} {query}: time ≤ {TARGET_TIME_VS_DUCKDB}× DuckDB",
                         f"{value:.2f}×", value <= TARGET_TIME_VS_DUCKDB))
            value = ratio(size, query, "duckdb", "mib")
            rows.append((f"{size_label(size)} {query}: peak memory ≤ DuckDB's",
                         f"{stats[size][('regq', query)]['mib']:.1f} vs "
                         f"{stats[size][('duckdb', query)]['mib']:.1f} MiB", value <= 1.0))
    if 100_000 in stats and 1_000_000 in stats:
        for query in QUERIES:
            value = stats[1_000_000][("regq", query)]["ms"] / stats[100_000][("regq", query)]["ms"]
            rows.append((f"linear {query}: 1M time ≤ {TARGET_LINEARITY:g}× 100k time",
                         f"{value:.2f}×", value <= TARGET_LINEARITY))
    if 1_000_000 in stats:
        for query in QUERIES:
            value = ratio(1_000_000, query, "duckdb")
            rows.append((f"stretch, 1M {query}: time ≤ {STRETCH_TIME_VS_DUCKDB_1M}× DuckDB",
                         f"{value:.2f}×", value <= STRETCH_TIME_VS_DUCKDB_1M))
    return rows


def usability_table():
    """Markdown: regq's one line per query beside the line count of each peer's query file."""
    files = [("sqlite3", "{}.sql"), ("duckdb", "{}.duckdb.sql"), ("mlr", "{}.mlr")]
    lines = ["| query | regq (1 line) | " + " | ".join(f"{name} lines" for name, _ in files) + " |",
             "|---|---|" + "---:|" * len(files)]
    for query, text in QUERIES.items():
        counts = []
        for _, pattern in files:
            with open(os.path.join(PEERS_DIR, pattern.format(query.lower())), encoding="utf-8") as handle:
                counts.append(str(len(handle.read().splitlines())))
        lines.append(f"| {query} | `{text}` | " + " | ".join(counts) + " |")
    return lines


def header_section(versions, machine, started, seconds):
    """Markdown: when, on what, with which versions, and how the figures were taken."""
    return ["# Benchmark results", "",
            f"`make bench` (Benchmarks/run.py), {started:%Y-%m-%d %H:%M} UTC, {seconds / 60:.1f} minutes.", "",
            f"- Machine: {machine['cpus']} × {machine['model']}, {machine['memory']} memory, {machine['os']}; "
            f"load average at the start {machine['load']}",
            f"- regq {versions['regq']} (release build); sqlite3 {versions['sqlite3']}; "
            f"DuckDB CLI {versions['duckdb']}; Miller {versions['mlr']}",
            "- Whole process each time: load the CSV, run the query, write CSV to /dev/null. "
            "Tools interleaved run by run; median wall time; peak memory is the largest max RSS "
            f"of {MEMORY_RUNS} runs under GNU time (`/usr/bin/time -f %M`: the answer check and "
            f"{MEMORY_RUNS - 1} more). Ratios are regq's median over the peer's, same query, same size, same run.",
            "- Every peer's answer was checked equal to regq's (parsed CSV rows) before timing.", ""]


def size_section(tools, stats, size, row_counts, register_bytes):
    """Markdown: one size's heading, answer sizes, time table and memory table."""
    what = ("89 rows, the embedded register (regq without -r; the peers read it as CSV)"
            if size == EMBEDDED else f"{size:,} rows (seed {SEED})")
    runs = stats[size][("regq", "Q1")]["runs"]
    return ([f"## {size_label(size)}: {what}, {file_size(register_bytes)}, {runs} runs", "",
             "Answer rows: " + ", ".join(f"{q} {n}" for q, n in row_counts.items()), ""]
            + time_table(tools, stats, size) + [""]
            + memory_table(tools, stats, size) + [""])


def history_target_rows(hstats):
    """The history targets, for each benchmark: regq ≤ 0.7× DuckDB's time and ≤ its peak
    memory at each size; linear growth."""
    rows = []
    for (name, size), stats in hstats.items():
        for query in HISTORY_QUERIES:
            regq, duck = stats[("regq", query)], stats[("duckdb", query)]
            rows.append((f"history ({name}) {size_label(size)} {query}: time ≤ {TARGET_HISTORY_TIME_VS_DUCKDB}× DuckDB",
                         f"{regq['ms'] / duck['ms']:.2f}×", regq["ms"] / duck["ms"] <= TARGET_HISTORY_TIME_VS_DUCKDB))
            rows.append((f"history ({name}) {size_label(size)} {query}: peak memory ≤ DuckDB's",
                         f"{regq['mib']:.1f} vs {duck['mib']:.1f} MiB", regq["mib"] <= duck["mib"]))
    for name in HISTORY_SETS:
        if (name, 100_000) in hstats and (name, 1_000_000) in hstats:
            for query in HISTORY_QUERIES:
                value = hstats[(name, 1_000_000)][("regq", query)]["ms"] / hstats[(name, 100_000)][("regq", query)]["ms"]
                rows.append((f"history ({name}) linear {query}: 1M time ≤ {TARGET_LINEARITY:g}× 100k time",
                             f"{value:.2f}×", value <= TARGET_LINEARITY))
    return rows


def history_section(name, hstats, hcounts, hbytes):
    """Markdown: one history benchmark, size by size, and its linearity."""
    _, title, description = HISTORY_SETS[name]
    hstats = {size: stats for (set_name, size), stats in hstats.items() if set_name == name}
    if not hstats:
        return []
    out = [f"## {title}", "", description, "",
           "| query | regq | DuckDB |", "|---|---|---|"]
    for query, (text, filename) in HISTORY_QUERIES.items():
        out.append(f"| {query} | `regq --history DIR -f csv -e '{text}'` | `peers/{filename}` (read_csv of both keyed reports) |")
    out.append("")
    for size, stats in hstats.items():
        runs = stats[("regq", "diff")]["runs"]
        out += [f"### {size_label(size)} rows per report, {file_size(hbytes[(name, size)])} (both reports), {runs} runs", "",
                "Answer rows: " + ", ".join(f"{q} {n}" for q, n in hcounts[(name, size)].items()), "",
                "| query | regq ms | duckdb ms | regq/duckdb | regq MiB | duckdb MiB | regq/duckdb |",
                "|---|---:|---:|---:|---:|---:|---:|"]
        for query in HISTORY_QUERIES:
            regq, duck = stats[("regq", query)], stats[("duckdb", query)]
            out.append(f"| {query} | {regq['ms']:.1f} | {duck['ms']:.1f} | {regq['ms'] / duck['ms']:.2f}× "
                       f"| {regq['mib']:.1f} | {duck['mib']:.1f} | {regq['mib'] / duck['mib']:.2f}× |")
        out.append("")
    if 100_000 in hstats and 1_000_000 in hstats:
        out += ["Linearity (median time at 1M / at 100k, the rows grow 10×):", "",
                "| query | regq | duckdb |", "|---|---:|---:|"]
        for query in HISTORY_QUERIES:
            cells = [f"{hstats[1_000_000][(t, query)]['ms'] / hstats[100_000][(t, query)]['ms']:.2f}×"
                     for t in ("regq", "duckdb")]
            out.append(f"| {query} | " + " | ".join(cells) + " |")
        out.append("")
    return out


def targets_section(stats, hstats, pack, streamed):
    """Markdown: the issue's targets, each with this run's figure and met / not met."""
    targets = target_rows(stats) + history_target_rows(hstats) + stream_target_rows(streamed)
    if pack:
        targets.append((f"pack: {PACK_REPORTS} reports of {PACK_ROWS:,} rows, median ≤ {TARGET_PACK_MS:g} ms",
                        f"{pack['ms']:.0f} ms", pack["ms"] <= TARGET_PACK_MS))
    met = sum(ok for _, _, ok in targets)
    return (["## Targets", "",
             "Embedded register: regq ≤ 1.0× sqlite3's time. 100k and 1M rows: regq ≤ 1.0× DuckDB's time "
             "and ≤ DuckDB's peak memory. Linear: 1M ≤ 11× the 100k time. Stretch: ≤ 0.5× DuckDB at 1M. "
             f"History (both benchmarks): diff and slipped ≤ {TARGET_HISTORY_TIME_VS_DUCKDB}× DuckDB's time, "
             "≤ its peak memory, 1M ≤ 11× the 100k time. "
             f"The monthly pack: under {TARGET_PACK_MS / 1000:g} s. "
             f"Streamed grouped count at 10M rows: ≤ {TARGET_STREAM_MEMORY_VS_DUCKDB}× DuckDB's peak memory, "
             f"≤ {TARGET_STREAM_TIME_VS_DUCKDB}× its time, memory flat from 1M.", "",
             "| target | this run | |", "|---|---:|---|"]
            + [f"| {name} | {value} | {verdict(ok)} |" for name, value, ok in targets]
            + ["", f"{met} of {len(targets)} met.", ""])


def report(tools, stats, row_counts, versions, machine, registers, started, seconds, history, pack, streamed):
    """The whole results page as Markdown text."""
    hstats, hcounts, hbytes = history
    out = header_section(versions, machine, started, seconds)
    for size in stats:
        out += size_section(tools, stats, size, row_counts[size], registers[size])
    if 100_000 in stats and 1_000_000 in stats:
        out += ["## Linearity", ""] + linearity_table(tools, stats, 100_000, 1_000_000) + [""]
    for name in HISTORY_SETS:
        out += history_section(name, hstats, hcounts, hbytes)
    out += stream_section(streamed)
    out += pack_section(pack)
    out += targets_section(stats, hstats, pack, streamed)
    out += ["## Query text (the usability half)", "",
            "Lines in each peer's query file (`Benchmarks/peers/`), against regq's one line:", ""]
    out += usability_table() + [""]
    return "\n".join(out)


# ─── main ─────────────────────────────────────────────────────────────────────────────

def main():
    """Build, generate, install, check, time, report."""
    options = parse_options()
    started = datetime.datetime.now(datetime.timezone.utc)
    clock = time.monotonic()
    machine = machine_description()
    regq, generate = build_binaries(options.bin)
    peers = install_peers()
    versions = tool_versions(regq, peers)
    workdir = tempfile.mkdtemp(prefix="regq-bench-")
    say(f"working in {workdir}; sizes {', '.join(size_label(s) for s in options.sizes)}")
    # regq report runs regq-report from beside regq: it is copied with it.
    snapshot(os.path.join(os.path.dirname(regq), "regq-report"), workdir)
    regq, generate = (snapshot(binary, workdir) for binary in (regq, generate))
    tools = make_tools(regq, peers)
    stats, row_counts, registers = {}, {}, {}
    hstats, hcounts, hbytes = {}, {}, {}
    only = options.history_only or options.pack_only or options.stream_only
    sizes = [] if only else options.sizes
    pack, streamed = None, {}
    try:
        for size in sizes:
            say(f"{size_label(size)}:")
            register = make_register(size, workdir, regq, generate)
            registers[size] = os.path.getsize(register)
            commands = prepare_commands(tools, size, register, workdir)
            row_counts[size], peaks = check_answers(peers["time"], tools, size, commands, workdir)
            times = time_size(tools, size, commands, runs_for(size, options.quick))
            measure_memory(peers["time"], size, commands, workdir, peaks, MEMORY_RUNS - 1)
            stats[size] = summarise(times, peaks)
            if size != EMBEDDED:
                os.remove(register)
        histories = {} if options.no_history or options.pack_only or options.stream_only else HISTORY_SETS
        for name, (make_reports, _, _) in histories.items():
            for size in [s for s in options.sizes if s != EMBEDDED]:
                say(f"history ({name}), {size_label(size)} rows per report:")
                folder = make_reports(size, workdir, generate)
                hbytes[(name, size)] = sum(os.path.getsize(os.path.join(folder, "regq", f"2022-0{m}.csv")) for m in (1, 2))
                commands = history_commands(regq, peers["duckdb"], folder, workdir)
                hcounts[(name, size)], peaks = check_history_answers(peers["time"], size, commands, workdir)
                times = time_commands(commands, size, runs_for(size, options.quick))
                measure_memory(peers["time"], size, commands, workdir, peaks, MEMORY_RUNS - 1)
                hstats[(name, size)] = summarise(times, peaks)
                shutil.rmtree(folder, ignore_errors=True)
        streamed = stream_benchmark(regq, peers["duckdb"], generate, peers["time"], workdir, options.stream_sizes, options.quick)
        if not options.history_only and not options.stream_only:
            say(f"the monthly pack, {PACK_REPORTS} reports of {PACK_ROWS:,} rows:")
            pack = pack_benchmark(regq, generate, peers["time"], workdir, options.quick)
    finally:
        if options.keep:
            say(f"kept {workdir}")
        else:
            shutil.rmtree(workdir, ignore_errors=True)
    text = report(tools, stats, row_counts, versions, machine, registers, started, time.monotonic() - clock,
                  (hstats, hcounts, hbytes), pack, streamed)
    print(text)
    if options.results:
        with open(options.results, "w", encoding="utf-8") as out:
            out.write(text)
        say(f"wrote {os.path.relpath(options.results, ROOT)}")
    else:
        say("partial run: RESULTS.md left alone (pass --results PATH to write one)")


if __name__ == "__main__":
    main()
