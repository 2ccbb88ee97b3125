#!/usr/bin/env python3
"""Makes the workbooks under Tests/Fixtures/workbooks, as the tools programme offices use
write them: openpyxl (inline strings), LibreOffice headless (shared strings, as Excel
writes them), msoffcrypto-tool (a password), and Python's zipfile for the hostile ones.

    pip install openpyxl msoffcrypto-tool
    apt-get install libreoffice-calc-nogui
    python3 scripts/make-workbook-fixtures.py

The tests read the committed files; only this script needs the tools."""

import datetime
import os
import shutil
import subprocess
import tempfile
import zipfile

import openpyxl
from openpyxl.utils.datetime import CALENDAR_MAC_1904

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "Tests", "Fixtures", "workbooks")
D = datetime.date

# MARK: the tracker


def business_processes(wb, rows=None):
    ws = wb.create_sheet("Business Processes")
    ws.append(["MHHS Business Process Maps - Current Status"])
    ws.append(["As at 1 March 2022"])
    ws.append([])
    ws.append(["Reference", "Name", "Sub-Group(s)", "Current Status",
               "Sub-Group Activity Complete", "BPRWG Review Complete", "DAG Review Complete"])
    for row in rows or [
        ["MHHSP-BP001", "Change of Supplier", "Registration", "Blocked- Change of Agent", D(2022, 3, 1), D(2022, 4, 1), D(2022, 5, 1)],
        ["MHHSP-BP004", "Data Collection", "Smart;Advanced;Unmetered", "Sub-Group Review", D(2022, 2, 1), D(2022, 3, 1), D(2022, 4, 1)],
        ["MHHSP-BPD001", "Registration Process Description", "Registration", "First Draft Not Complete", D(2022, 3, 15), D(2022, 4, 1), None],
    ]:
        ws.append(row)
    return ws


def interface_specifications(wb, dag7="01/05/2022", sg4="Mar-22"):
    ws = wb.create_sheet("Interface Specifications")
    ws.append(["MHHS Interface Specifications"])
    ws.append([])
    ws.append(["Reference", "Name", "Working Group", "Sub-Group(s)", "Current Status",
               "Sub-Group Activity Complete", "BPRWG Review Complete", "DAG Review Complete", "Owner"])
    ws.append(["MHHSP-IF-001", "Market Messages", "BPRWG", "Smart\nAdvanced", "Blocked- Interface Approach", sg4, "2022-04", "2022-05-01", "Ann"])
    ws.append(["MHHSP-IF-002", "Registration Data", None, "Smart, Advanced", "Sub-Group Review", "May 2022", "Jun-22", "Jul-22", "Bob"])
    ws.append(["MHHSP-IF-003", "Meter Data", None, "Registration", "Blocked - Change of Agent", D(2022, 4, 1), "TBC", "", "Cy"])
    ws.append(["MHHSP-IF-004", "Settlement Data", None, "All", "Draft Complete", "2022-03", "2022-04", dag7, "Di"])
    ws.merge_cells("C4:C7")
    ws.row_dimensions[6].hidden = True
    return ws


def technical_design(wb):
    ws = wb.create_sheet("Technical Design")
    ws.append(["MHHS TDWG & SDWG - Technical Design Artefacts - Current Status"])
    ws.append(["Working Group", "Document Type", "Blocking Issue", "Status", "Sub-Group Activity", "Level 4 Review", "DAG Review"])
    ws.append(["TDWG", "Design Principles & Assumptions", None, "Agreed", D(2021, 11, 1), D(2022, 1, 1), D(2022, 2, 1)])
    ws.append([None, "DIP Functional Specification", "Addressing\nSecurity Clarifications", "Initial review by Sub-Group", "Nov-21", "Feb-22", "Mar-22"])
    ws.append([None, "Architecture Principles", None, "Agreed", "Nov-21", "Feb-22", "Mar-22"])
    ws.append(["SDWG", "E2E Solution Architecture", None, "Not Started", "Mar-22", "Apr-22", "May-22"])
    ws.merge_cells("A3:A5")
    return ws


def summary(wb):
    ws = wb.create_sheet("Summary")
    ws.append(["Kind", "Count"])
    ws.append(["BP", 3])
    return ws


def tracker(path, **kwargs):
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    summary(wb)
    business_processes(wb)
    interface_specifications(wb, **kwargs)
    technical_design(wb)
    old = business_processes(wb)
    old.title = "Old Register"
    old.sheet_state = "hidden"
    wb.save(path)


def libreoffice(source, target):
    """Saves `source` again through LibreOffice, which writes shared strings as Excel does."""
    with tempfile.TemporaryDirectory() as folder:
        subprocess.run(["soffice", "--headless", "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", folder, source],
                       check=True, capture_output=True)
        shutil.move(os.path.join(folder, os.path.basename(source)), target)


def libreoffice_xls(source, target):
    with tempfile.TemporaryDirectory() as folder:
        subprocess.run(["soffice", "--headless", "--convert-to", "xls", "--outdir", folder, source], check=True, capture_output=True)
        shutil.move(os.path.join(folder, os.path.splitext(os.path.basename(source))[0] + ".xls"), target)


# MARK: hostile workbooks, from the tracker with one part replaced


def with_part(source, target, name, data):
    with zipfile.ZipFile(source) as zin, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as zout:
        for item in zin.infolist():
            if item.filename != name:
                zout.writestr(item, zin.read(item.filename))
        if isinstance(data, bytes):
            zout.writestr(name, data)
        else:
            with zout.open(name, "w") as out:
                for piece in data:
                    out.write(piece)


def one_sheet(path, rows, merges=()):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Register"
    for row in rows:
        ws.append(row)
    for merge in merges:
        ws.merge_cells(merge)
    wb.save(path)


HEADER = ["Reference", "Name", "Working Group", "Status", "DAG Review Complete"]


def hostile(folder):
    base = os.path.join(folder, "base.xlsx")
    one_sheet(base, [HEADER, ["MHHSP-IF-001", "Market Messages", "BPRWG", "Sub-Group Review", "May-22"]])
    sheet = "xl/worksheets/sheet1.xml"
    with zipfile.ZipFile(base) as z:
        xml = z.read(sheet).decode()

    # A shared-string table of 80 MB from a file of a few hundred KB.
    item = b"<si><t>" + b"x" * 1000 + b"</t></si>"

    def strings():
        yield b'<?xml version="1.0"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        for _ in range(80_000):
            yield item
        yield b"</sst>"

    with_part(base, os.path.join(OUT, "hostile-zip-bomb.xlsx"), "xl/sharedStrings.xml", strings())
    # The same, its table of contents claiming the part inflates to 1 KB.
    with open(os.path.join(OUT, "hostile-zip-bomb.xlsx"), "rb") as bomb:
        data = bytearray(bomb.read())
    entry = data.rfind(b"PK\x01\x02", 0, data.rfind(b"xl/sharedStrings.xml"))
    data[entry + 24 : entry + 28] = (1024).to_bytes(4, "little")
    with open(os.path.join(OUT, "hostile-zip-bomb-lying.xlsx"), "wb") as lying:
        lying.write(data)

    # A cell at the sheet's last column and row, beside the register.
    far = xml.replace("</sheetData>", '<row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t>far</t></is></c></row></sheetData>')
    with_part(base, os.path.join(OUT, "hostile-last-cell.xlsx"), sheet, far.encode())

    # A cell beyond any sheet's last row.
    beyond = xml.replace("</sheetData>", '<row r="3"><c r="A99999999" t="inlineStr"><is><t>x</t></is></c></row></sheetData>')
    with_part(base, os.path.join(OUT, "hostile-beyond-last-row.xlsx"), sheet, beyond.encode())

    # A cell holding XML nested 100,000 deep.
    nested = xml.replace("</sheetData>", '<row r="3"><c r="F3" t="inlineStr"><is>' + "<r>" * 100_000 + "<t>deep</t>"
                         + "</r>" * 100_000 + "</is></c></row></sheetData>")
    with_part(base, os.path.join(OUT, "hostile-nested.xlsx"), sheet, nested.encode())

    # A merged range over a million rows.
    million = xml.replace("</sheetData>", '</sheetData><mergeCells count="1"><mergeCell ref="C2:C1048576"/></mergeCells>')
    with_part(base, os.path.join(OUT, "hostile-merged-million.xlsx"), sheet, million.encode())


def history(folder):
    os.makedirs(folder, exist_ok=True)
    for month, dag in [("Feb-22", D(2022, 5, 1)), ("Mar-22", D(2022, 7, 1))]:
        wb = openpyxl.Workbook()
        wb.remove(wb.active)
        business_processes(wb, rows=[
            ["MHHSP-BP001", "Change of Supplier", "Registration", "Blocked- Change of Agent", D(2022, 3, 1), D(2022, 4, 1), dag],
            ["MHHSP-BP004", "Data Collection", "Smart;Advanced", "Sub-Group Review", D(2022, 2, 1), D(2022, 3, 1), D(2022, 4, 1)],
        ])
        wb.save(os.path.join(folder, month + ".xlsx"))


def main():
    os.makedirs(OUT, exist_ok=True)
    path = lambda name: os.path.join(OUT, name)
    tracker(path("tracker.xlsx"))
    libreoffice(path("tracker.xlsx"), path("tracker-libreoffice.xlsx"))
    tracker(path("bad-months.xlsx"), dag7="Mayy-22", sg4="Marchh 2022")

    wb = openpyxl.Workbook()
    wb.epoch = CALENDAR_MAC_1904
    wb.remove(wb.active)
    business_processes(wb)
    wb.save(path("date1904.xlsx"))

    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    summary(wb)
    wb.save(path("no-register.xlsx"))

    libreoffice_xls(path("tracker.xlsx"), path("old.xls"))
    subprocess.run(["msoffcrypto-tool", "-e", "-p", "secret", path("tracker.xlsx"), path("encrypted.xlsx")], check=True)
    with open(path("tracker.xlsx"), "rb") as source:
        data = source.read()
    with open(path("damaged.xlsx"), "wb") as target:
        target.write(data[: len(data) // 2])

    history(path("history"))
    with tempfile.TemporaryDirectory() as folder:
        hostile(folder)


if __name__ == "__main__":
    main()
