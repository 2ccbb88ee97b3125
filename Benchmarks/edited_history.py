"""The second history benchmark's reports: a register from the single-register generator,
and the next month's report made from it by another program, as an office's export would be.

    make_edited_history(register, folder, seed)

reads REGISTER (`regq-generate ROWS SEED`'s output: names with commas and quotes) and
writes, like `regq-generate --pair`:

    FOLDER/regq/2022-01.csv   FOLDER/regq/2022-02.csv    the register format, for regq
    FOLDER/keyed/2022-01.csv  FOLDER/keyed/2022-02.csv   the same rows with an `id` first, for DuckDB

It differs from the first benchmark where that one is regular: the edits are drawn by
Python's generator, not the Swift one; new artefacts come at the end, not among the rows;
and the second report is sorted by kind and name, as a spreadsheet sorted before saving,
so no row is where it was. See Benchmarks/README.md.
"""

import csv
import os
import random
import re

HEADER = ["kind", "ref", "name", "wg", "subgroups", "status", "blocker", "sg", "review", "dag"]
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
STATUSES = ["Sub-Group Review", "First Draft Not Complete", "Maintenance", "Draft Not Complete",
            "Draft Complete", "Agreed", "Not Started"]
BLOCKERS = ["Change of Agent", "Interface Approach", "Supplier Interaction"]


def later(month, by):
    """`Mon-YY` moved `by` months on; TBC stays TBC."""
    if month.upper() == "TBC":
        return month
    index = MONTHS.index(month[:3]) + 12 * int(month[4:]) + by
    return f"{MONTHS[index % 12]}-{index // 12:02d}"


def distinct_names(rows):
    """A row with no ref is known by its kind and name: a second row of a kind under the
    same name is numbered, as a person keeping the register would (`… (2)`)."""
    seen = {}
    for row in rows:
        if row[1]:
            continue
        key = (row[0], "-".join(re.findall("[a-z0-9]+", row[2].lower())))  # as `=` compares
        seen[key] = seen.get(key, 0) + 1
        if seen[key] > 1:
            row[2] = f"{row[2]} ({seen[key]})"


def edited(rows, seed):
    """The second report's rows, each with the index of its first-report row (None for new)."""
    draw = random.Random(seed)
    out = []
    for index, row in enumerate(rows):
        if draw.random() < 0.01:
            continue  # removed
        row = list(row)
        if draw.random() < 0.10:
            row[9] = later(row[9], draw.randint(1, 3))
        if draw.random() < 0.05:
            if row[5] == "Blocked":
                row[5], row[6] = draw.choice(STATUSES), ""
            elif draw.random() < 0.5:
                row[5], row[6] = "Blocked", draw.choice(BLOCKERS)
            else:
                row[5] = draw.choice([s for s in STATUSES if s != row[5]])
        out.append((row, index))
    for number in range(len(rows) // 100):
        kind = draw.choice(["BP", "IF", "BRS"])
        out.append(([kind, f"MHHSP-{kind}-N{number}", f"New artefact {number}, added", "BPRWG", "Smart",
                     "Not Started", "", "TBC", "TBC", later("Jun-22", draw.randint(0, 12))], None))
    return out


def write(path, rows, ids=None):
    with open(path, "w", newline="", encoding="utf-8") as out:
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow((["id"] if ids is not None else []) + HEADER)
        for position, row in enumerate(rows):
            writer.writerow(([ids[position]] if ids is not None else []) + row)


def make_edited_history(register, folder, seed):
    with open(register, newline="", encoding="utf-8") as source:
        reader = csv.reader(source)
        if next(reader) != HEADER:
            raise SystemExit(f"{register}: not a register in the schema's column order")
        first = [row for row in reader]
    distinct_names(first)
    second = edited(first, seed)
    second.sort(key=lambda entry: (entry[0][0], entry[0][2].lower(), entry[0][1]))
    # Ids follow the second report's order (as regq orders a diff); the removed come after,
    # in the first report's order.
    first_ids = [None] * len(first)
    for position, (_, index) in enumerate(second):
        if index is not None:
            first_ids[index] = position
    following = len(second)
    for index, value in enumerate(first_ids):
        if value is None:
            first_ids[index] = following + index
    for sub in ("regq", "keyed"):
        os.makedirs(os.path.join(folder, sub), exist_ok=True)
    second_rows = [row for row, _ in second]
    write(os.path.join(folder, "regq", "2022-01.csv"), first)
    write(os.path.join(folder, "regq", "2022-02.csv"), second_rows)
    write(os.path.join(folder, "keyed", "2022-01.csv"), first, first_ids)
    write(os.path.join(folder, "keyed", "2022-02.csv"), second_rows, list(range(len(second))))
