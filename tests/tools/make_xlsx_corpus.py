#!/usr/bin/env python3
"""Writes the hostile workbooks of tests/corpus (run from the repository root).

They are written by hand (zipfile, raw XML) because a real spreadsheet program would not write
them: a cell at XFD1048576, a shared-strings table that claims 10^12 entries, a formula without
a stored result, a zip bomb. The encrypted workbook needs `pip install msoffcrypto-tool`.
"""
import io, zipfile, subprocess, sys, os

HEADER = ["period", "utförar_id", "utförare", "verksamhet", "regi", "volym", "indikator", "värde", "antal_svar"]
ROW = ["2025", "A1", "Alfa", "säbo", "privat", 40, "helhet", 80, 12]

def col(c):
    s = ""
    c += 1
    while c:
        c, r = divmod(c - 1, 26)
        s = chr(65 + r) + s
    return s

def cell(r, c, v):
    ref = f"{col(c)}{r}"
    if isinstance(v, (int, float)):
        return f'<c r="{ref}"><v>{v}</v></c>'
    return f'<c r="{ref}" t="inlineStr"><is><t>{v}</t></is></c>'

def sheet(rows_xml, dimension="A1:I2"):
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
            f'<dimension ref="{dimension}"/><sheetData>{rows_xml}</sheetData></worksheet>')

def rows(extra_cells=""):
    h = "".join(cell(1, c, v) for c, v in enumerate(HEADER))
    d = "".join(cell(2, c, v) for c, v in enumerate(ROW))
    return f'<row r="1">{h}</row><row r="2">{d}{extra_cells}</row>'

def book(path, sheet_xml, shared=None, compress=zipfile.ZIP_DEFLATED):
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
          '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
          + ('<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>' if shared else '')
          + '</Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
            '</Relationships>')
    wb = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
          '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
          '<sheets><sheet name="Blad1" sheetId="1" r:id="rId1"/></sheets></workbook>')
    wbrels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
              '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
              '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
              + ('<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>' if shared else '')
              + '</Relationships>')
    with zipfile.ZipFile(path, "w", compress) as z:
        z.writestr("[Content_Types].xml", ct)
        z.writestr("_rels/.rels", rels)
        z.writestr("xl/workbook.xml", wb)
        z.writestr("xl/_rels/workbook.xml.rels", wbrels)
        z.writestr("xl/worksheets/sheet1.xml", sheet_xml)
        if shared:
            z.writestr("xl/sharedStrings.xml", shared)

d = "tests/corpus"
book(f"{d}/60_xlsx_cell_at_xfd1048576.xlsx",
     sheet(rows() + '<row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t>x</t></is></c></row>', "A1:XFD1048576"))
book(f"{d}/61_xlsx_shared_strings_claim.xlsx", sheet(rows()),
     shared='<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="1000000000000" uniqueCount="1000000000000"><si><t>x</t></si></sst>')
book(f"{d}/62_xlsx_formula_without_value.xlsx",
     sheet(rows().replace('<c r="H2"><v>80</v></c>', '<c r="H2"><f>SUM(1,2)</f></c>')))
# 200 MB of blank rows: compresses about 1000:1.
bomb = rows() + ("<row/>" * (200_000_000 // 6))
book(f"{d}/64_xlsx_zip_bomb.xlsx", sheet(bomb))
plain = f"{d}/.plain.xlsx"
book(plain, sheet(rows()))
try:
    subprocess.run([sys.executable, "-m", "msoffcrypto.method.ecma376_agile"], capture_output=True)
    import msoffcrypto
    from msoffcrypto.format.ooxml import OOXMLFile
    with open(plain, "rb") as f, open(f"{d}/63_xlsx_encrypted.xlsx", "wb") as out:
        OOXMLFile(f).encrypt("hemligt", out)
finally:
    os.remove(plain)
