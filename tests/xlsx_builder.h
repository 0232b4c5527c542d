// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Building XLSX workbooks in tests with QuaZip: parts laid out as Excel writes them, and hostile
// archives (zip bombs, sizes that lie). Shared by the XLSX reader's tests and the hostile-file
// tests of the command line.

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipnewinfo.h>

#include <QBuffer>
#include <QByteArray>
#include <QDir>
#include <QList>
#include <QString>
#include <QStringList>
#include <gtest/gtest.h>

#include <cstring>
#include <utility>

namespace cs::test::xlsx {

using Parts = QList<std::pair<QString, QByteArray>>;

// A ZIP archive of the given parts, deflated.
inline QByteArray zipOf(const Parts &parts)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    QuaZip zip(&buffer);
    EXPECT_TRUE(zip.open(QuaZip::mdCreate));
    for (const auto &[name, data] : parts) {
        QuaZipFile file(&zip);
        EXPECT_TRUE(file.open(QIODevice::WriteOnly, QuaZipNewInfo(name)));
        EXPECT_EQ(file.write(data), data.size());
        file.close();
    }
    zip.close();
    return bytes;
}

inline QByteArray worksheet(const QByteArray &body)
{
    return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
           "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
           "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">\n"
           + body + "\n</worksheet>";
}

inline QByteArray sheetData(const QByteArray &rows)
{
    return worksheet("<sheetData>" + rows + "</sheetData>");
}

inline QByteArray escaped(const QString &s)
{
    return s.toHtmlEscaped().toUtf8();
}

inline QByteArray sharedStrings(const QStringList &strings)
{
    QByteArray xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                     "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">";
    for (const QString &s : strings)
        xml += "<si><t>" + escaped(s) + "</t></si>";
    return xml + "</sst>";
}

// cellXfs with these number formats (index = style), and custom formats from id 164 on.
inline QByteArray styles(const QList<int> &cellFormatIds, const QStringList &customCodes = {})
{
    QByteArray xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                     "<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">";
    if (!customCodes.isEmpty()) {
        xml += "<numFmts count=\"" + QByteArray::number(customCodes.size()) + "\">";
        for (int i = 0; i < customCodes.size(); ++i)
            xml += "<numFmt numFmtId=\"" + QByteArray::number(164 + i) + "\" formatCode=\"" + escaped(customCodes[i])
                   + "\"/>";
        xml += "</numFmts>";
    }
    // cellStyleXfs come first in real files and must not be taken for cell formats.
    xml += "<cellStyleXfs count=\"1\"><xf numFmtId=\"14\"/></cellStyleXfs>";
    xml += "<cellXfs count=\"" + QByteArray::number(cellFormatIds.size()) + "\">";
    for (int id : cellFormatIds)
        xml += "<xf numFmtId=\"" + QByteArray::number(id) + "\" fontId=\"0\" applyNumberFormat=\"1\"/>";
    return xml + "</cellXfs></styleSheet>";
}

struct Sheet {
    QString name;
    QByteArray xml;
    QString target; // relative to xl/; default worksheets/sheetN.xml
};

// A workbook as Excel lays it out: content types, package and workbook relationships, the
// workbook, its sheets, and optionally shared strings and styles.
struct Book {
    QList<Sheet> sheets;
    QByteArray sharedStrings;
    QByteArray styles;
    bool date1904 = false;
    Parts extra;
    bool withWorkbook = true;

    QByteArray build() const
    {
        Parts parts;
        parts.append({QStringLiteral("[Content_Types].xml"),
                      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                      "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                      "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                      "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                      "<Override PartName=\"/xl/workbook.xml\" "
                      "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                      "</Types>"});
        parts.append({QStringLiteral("_rels/.rels"),
                      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                      "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                      "<Relationship Id=\"rId1\" "
                      "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" "
                      "Target=\"xl/workbook.xml\"/></Relationships>"});
        QByteArray workbook = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                              "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
                              "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">";
        if (date1904)
            workbook += "<workbookPr date1904=\"1\"/>";
        workbook += "<sheets>";
        QByteArray rels = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                          "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">";
        const QByteArray relType = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
        for (int i = 0; i < sheets.size(); ++i) {
            // Relationship ids deliberately do not follow sheet order.
            const QByteArray id = "rId" + QByteArray::number(10 + sheets.size() - i);
            workbook += "<sheet name=\"" + escaped(sheets[i].name) + "\" sheetId=\"" + QByteArray::number(i + 1)
                        + "\" r:id=\"" + id + "\"/>";
            const QString target = sheets[i].target.isEmpty()
                                       ? QStringLiteral("worksheets/sheet%1.xml").arg(i + 1)
                                       : sheets[i].target;
            rels += "<Relationship Id=\"" + id + "\" Type=\"" + relType + "worksheet\" Target=\"" + target.toUtf8()
                    + "\"/>";
            const QString part = QDir::cleanPath(target.startsWith(u'/') ? target.mid(1) : QStringLiteral("xl/") + target);
            parts.append({part, sheets[i].xml});
        }
        workbook += "</sheets></workbook>";
        if (!sharedStrings.isEmpty()) {
            rels += "<Relationship Id=\"rId1\" Type=\"" + relType + "sharedStrings\" Target=\"sharedStrings.xml\"/>";
            parts.append({QStringLiteral("xl/sharedStrings.xml"), sharedStrings});
        }
        if (!styles.isEmpty()) {
            rels += "<Relationship Id=\"rId2\" Type=\"" + relType + "styles\" Target=\"styles.xml\"/>";
            parts.append({QStringLiteral("xl/styles.xml"), styles});
        }
        rels += "</Relationships>";
        if (withWorkbook) {
            parts.append({QStringLiteral("xl/workbook.xml"), workbook});
            parts.append({QStringLiteral("xl/_rels/workbook.xml.rels"), rels});
        }
        parts.append(extra);
        return zipOf(parts);
    }
};

inline QByteArray oneSheet(const QByteArray &sheetXml, const QByteArray &sst = {}, const QByteArray &styleXml = {},
                    bool date1904 = false)
{
    Book book;
    book.sheets.append({QStringLiteral("Sheet1"), sheetXml, {}});
    book.sharedStrings = sst;
    book.styles = styleXml;
    book.date1904 = date1904;
    return book.build();
}

// A worksheet part of about `megabytes` MB that deflates to almost nothing: one row, then empty
// comments (valid XML of short tokens, so only the byte limit can stop it).
inline QByteArray bombWorkbook(int megabytes)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    QuaZip zip(&buffer);
    EXPECT_TRUE(zip.open(QuaZip::mdCreate));
    const auto add = [&](const QString &name, const QByteArray &data) {
        QuaZipFile file(&zip);
        EXPECT_TRUE(file.open(QIODevice::WriteOnly, QuaZipNewInfo(name)));
        file.write(data);
        file.close();
    };
    add(QStringLiteral("xl/workbook.xml"),
        R"(<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="bomb" sheetId="1" r:id="rId1"/></sheets></workbook>)");
    add(QStringLiteral("xl/_rels/workbook.xml.rels"),
        R"(<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>)");
    QuaZipFile sheet(&zip);
    EXPECT_TRUE(sheet.open(QIODevice::WriteOnly, QuaZipNewInfo(QStringLiteral("xl/worksheets/sheet1.xml")), nullptr, 0,
                           Z_DEFLATED, Z_BEST_COMPRESSION));
    sheet.write(R"(<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1"><v>1</v></c></row>)");
    QByteArray comments;
    while (comments.size() < (1 << 20))
        comments += "<!---->";
    comments.truncate(1 << 20);
    comments.chop(comments.size() % 7);
    for (int i = 0; i < megabytes; ++i)
        sheet.write(comments);
    sheet.write("</sheetData></worksheet>");
    sheet.close();
    zip.close();
    return bytes;
}

// Overwrites every declared uncompressed size of `part` (local header and central directory).
inline void falsifyDeclaredSize(QByteArray &zip, const QByteArray &part, quint32 size)
{
    for (const QByteArray &signature : {QByteArrayLiteral("PK\x03\x04"), QByteArrayLiteral("PK\x01\x02")}) {
        const bool central = signature[2] == '\x01';
        const int sizeOffset = central ? 24 : 22, nameLengthOffset = central ? 28 : 26, nameOffset = central ? 46 : 30;
        for (qsizetype at = zip.indexOf(signature); at >= 0; at = zip.indexOf(signature, at + 4)) {
            quint16 nameLength;
            std::memcpy(&nameLength, zip.constData() + at + nameLengthOffset, 2);
            if (zip.mid(at + nameOffset, nameLength) == part)
                std::memcpy(zip.data() + at + sizeOffset, &size, 4);
        }
    }
}


} // namespace cs::test::xlsx
