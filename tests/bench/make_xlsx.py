#!/usr/bin/env python3
"""Writes a World-Bank-shaped XLSX workbook of about TARGET_MB megabytes for xlsx_import_bench.sh:
one sheet, a title row and a blank row above the header Country Name, Country Code, Indicator
Name, Indicator Code, 1960 ... 2023, then one row per economy and indicator with values of ten
significant digits (a few cells empty, as in the real downloads), names in shared strings.
  make_xlsx.py OUT.xlsx [TARGET_MB]"""
import random
import sys
import zipfile

out = sys.argv[1]
target = float(sys.argv[2]) if len(sys.argv) > 2 else 50.0
years = list(range(1960, 2024))
economies = 266
rng = random.Random(20261202)


def col(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


cols = [col(i) for i in range(4 + len(years))]
strings = ["World Development Indicators (synthetic, for the benchmark)", "Country Name", "Country Code", "Indicator Name",
           "Indicator Code"]
index = {s: i for i, s in enumerate(strings)}


def sid(s):
    if s not in index:
        index[s] = len(strings)
        strings.append(s)
    return index[s]


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


files = {
    "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
    '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
    '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
    '</Types>',
    "_rels/.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
    '</Relationships>',
    "xl/workbook.xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
    '<sheets><sheet name="Data" sheetId="1" r:id="rId1"/></sheets></workbook>',
    "xl/_rels/workbook.xml.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
    '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>'
    '</Relationships>',
}

with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=6) as z:
    for name, text in files.items():
        z.writestr(name, text)
    values = 0
    with z.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as f:
        f.write(b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>')
        f.write(b'<row r="1"><c r="A1" t="s"><v>0</v></c></row>')
        head = "".join('<c r="%s3" t="s"><v>%d</v></c>' % (cols[i], i + 1) for i in range(4))
        head += "".join('<c r="%s3" t="s"><v>%d</v></c>' % (cols[4 + k], sid(str(y))) for k, y in enumerate(years))
        f.write(('<row r="3">%s</row>' % head).encode())
        row = 4
        indicator = 0
        while z.fp.tell() < target * 1e6:
            name, code = "Synthetic indicator %d (current US$)" % indicator, "SYN.IND.%d" % indicator
            for e in range(economies):
                cells = ['<c r="A%d" t="s"><v>%d</v></c>' % (row, sid("Economy %d" % e)),
                         '<c r="B%d" t="s"><v>%d</v></c>' % (row, sid("E%03d" % e)),
                         '<c r="C%d" t="s"><v>%d</v></c>' % (row, sid(name)),
                         '<c r="D%d" t="s"><v>%d</v></c>' % (row, sid(code))]
                for k in range(len(years)):
                    if rng.random() < 0.1:
                        continue
                    cells.append('<c r="%s%d"><v>%.10g</v></c>' % (cols[4 + k], row, rng.uniform(1, 1e6)))
                    values += 1
                f.write(('<row r="%d">%s</row>' % (row, "".join(cells))).encode())
                row += 1
            indicator += 1
        f.write(b"</sheetData></worksheet>")
    sst = "".join("<si><t>%s</t></si>" % esc(s) for s in strings)
    z.writestr("xl/sharedStrings.xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
               '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="%d" uniqueCount="%d">%s</sst>'
               % (len(strings), len(strings), sst))
print("%s: %d rows, %d indicators, %d values" % (out, row - 4, indicator, values))
