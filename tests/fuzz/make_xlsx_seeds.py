#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes a few small XLSX workbooks into OUT_DIR as seeds for fuzz_xlsx_reader, copying what
tests/test_xlsx_reader.cpp covers: shared and inline strings, numbers, dates by number format,
merged header cells, two sheets with relationship ids out of order, an NBS-like wide table.
Stored (not deflated) parts too, so that mutations reach the XML."""
import sys
import zipfile

MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG = "http://schemas.openxmlformats.org/package/2006/relationships"


def workbook(sheets, shared=None, styles=None, date1904=False):
    parts = {
        "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/></Types>',
        "_rels/.rels": f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="{PKG}"><Relationship Id="rId1" '
        f'Type="{REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>',
    }
    wb = f'<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="{MAIN}" xmlns:r="{REL}">'
    if date1904:
        wb += '<workbookPr date1904="1"/>'
    wb += "<sheets>"
    rels = f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="{PKG}">'
    for i, (name, body) in enumerate(sheets):
        rid = f"rId{10 + len(sheets) - i}"
        wb += f'<sheet name="{name}" sheetId="{i + 1}" r:id="{rid}"/>'
        rels += f'<Relationship Id="{rid}" Type="{REL}/worksheet" Target="worksheets/sheet{i + 1}.xml"/>'
        parts[f"xl/worksheets/sheet{i + 1}.xml"] = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                                                    f'<worksheet xmlns="{MAIN}" xmlns:r="{REL}">{body}</worksheet>')
    wb += "</sheets></workbook>"
    if shared is not None:
        rels += f'<Relationship Id="rId1" Type="{REL}/sharedStrings" Target="sharedStrings.xml"/>'
        parts["xl/sharedStrings.xml"] = (f'<?xml version="1.0" encoding="UTF-8"?><sst xmlns="{MAIN}">'
                                         + "".join(f"<si><t>{s}</t></si>" for s in shared) + "</sst>")
    if styles is not None:
        rels += f'<Relationship Id="rId2" Type="{REL}/styles" Target="styles.xml"/>'
        parts["xl/styles.xml"] = styles
    rels += "</Relationships>"
    parts["xl/workbook.xml"] = wb
    parts["xl/_rels/workbook.xml.rels"] = rels
    return parts


STYLES = (f'<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="{MAIN}"><numFmts count="1">'
          '<numFmt numFmtId="164" formatCode="yyyy\\-mm\\-dd"/></numFmts>'
          '<cellStyleXfs count="1"><xf numFmtId="14"/></cellStyleXfs><cellXfs count="3"><xf numFmtId="0"/>'
          '<xf numFmtId="14" applyNumberFormat="1"/><xf numFmtId="164" applyNumberFormat="1"/></cellXfs></styleSheet>')

BOOKS = {
    "basic": workbook(
        [("Sheet1", '<dimension ref="A1"/><sheetData>'
          '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c></row>'
          '<row r="2"><c r="A2" t="s"><v>3</v></c><c r="B2"><v>41610.9</v></c><c r="C2"><v>1E-3</v></c></row>'
          '<row r="4"><c r="A4" t="inlineStr"><is><t>河北省</t></is></c><c r="C4" t="str"><v>..</v></c>'
          '<c r="D4" t="b"><v>1</v></c><c r="E4" t="e"><v>#N/A</v></c></row></sheetData>')],
        shared=["地区", "2022年", "2021年", "北京市"]),
    "dates-1904": workbook(
        [("Data", '<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>observation_date</t></is></c>'
          '<c r="B1" t="inlineStr"><is><t>GDPC1</t></is></c></row>'
          '<row r="2"><c r="A2" s="1"><v>44927</v></c><c r="B2"><v>22112.329</v></c></row>'
          '<row r="3"><c r="A3" s="2"><v>45017.5</v></c><c r="B3" s="0"><v>.</v></c></row></sheetData>')],
        styles=STYLES, date1904=True),
    "merged-two-sheets": workbook(
        [("Notes", '<sheetData><row r="1"><c r="A1" t="inlineStr"><is><r><t>rich </t></r><r><t>text</t></r></is></c></row></sheetData>'),
         ("表", '<sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row>'
          '<row r="2"><c r="A2" t="s"><v>2</v></c><c r="B2"><v>4.0</v></c><c r="C2"><v>3.9</v></c></row></sheetData>'
          '<mergeCells count="1"><mergeCell ref="B1:C1"/></mergeCells>')],
        shared=["指标", "2023年1-9月", "规模以上工业增加值_累计增长(%)"]),
}


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: make_xlsx_seeds.py OUT_DIR")
    out = sys.argv[1]
    for name, parts in BOOKS.items():
        for method, suffix in ((zipfile.ZIP_STORED, "stored"), (zipfile.ZIP_DEFLATED, "deflated")):
            with zipfile.ZipFile(f"{out}/{name}-{suffix}.xlsx", "w", method) as z:
                for part, text in parts.items():
                    info = zipfile.ZipInfo(part, date_time=(2024, 1, 1, 0, 0, 0)) # deterministic bytes
                    info.compress_type = method
                    z.writestr(info, text.encode("utf-8"))


if __name__ == "__main__":
    main()
