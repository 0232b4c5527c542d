// SPDX-License-Identifier: GPL-3.0-or-later
// The XLSX reader's entry points: finds the workbook and the sheet asked for, then reads its
// styles, shared strings and cells (the pieces are in xlsx_package.cpp, xlsx_styles.cpp and
// xlsx_sheet.cpp).
#include "import/xlsx_reader.h"

#include "import/xlsx_parts.h"

#include <QFile>
#include <QIODevice>

#include <algorithm>
#include <cstring>
#include <new>

namespace cs {

namespace {

using namespace xlsx;

// The bytes of an archive in memory, as a random-access device. Unlike QBuffer it refuses a seek
// past the end quietly: a damaged central directory points anywhere, and a hostile file must not
// fill stderr with Qt warnings.
class BytesDevice : public QIODevice
{
public:
    explicit BytesDevice(const QByteArray &bytes) : bytes_(bytes) {}
    qint64 size() const override { return bytes_.size(); }
    bool seek(qint64 pos) override
    {
        if (pos < 0 || pos > bytes_.size())
            return false;
        return QIODevice::seek(pos);
    }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        const qint64 n = std::min(maxSize, qint64(bytes_.size()) - pos());
        if (n <= 0)
            return 0;
        std::memcpy(data, bytes_.constData() + pos(), size_t(n));
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray bytes_;
};

void readPackage(QIODevice *device, const XlsxOptions &options, XlsxResult &result)
{
    Package pkg(device, options.maxUncompressedBytes);
    pkg.open();

    // The workbook part: named by the package relationships, xl/workbook.xml by convention.
    QString workbookPart = QStringLiteral("xl/workbook.xml");
    if (pkg.has(QStringLiteral("_rels/.rels"))) {
        const auto rels = readRelationships(pkg, QStringLiteral("_rels/.rels"), QString());
        if (const Relationship *r = relationshipOfType(rels, u"/officeDocument"); r && pkg.has(r->target))
            workbookPart = r->target;
    }
    if (!pkg.has(workbookPart))
        fail(workbookPart, QStringLiteral("missing: this ZIP archive is not an XLSX workbook"));
    const Workbook wb = readWorkbook(pkg, workbookPart);
    for (const SheetEntry &s : wb.sheets)
        result.sheetNames.append(s.name);
    if (wb.sheets.isEmpty())
        fail(workbookPart, QStringLiteral("the workbook has no sheets"));

    // The sheet asked for.
    qsizetype index = -1;
    if (!options.sheetName.isEmpty()) {
        for (qsizetype i = 0; i < wb.sheets.size() && index < 0; ++i)
            if (wb.sheets[i].name == options.sheetName)
                index = i;
        for (qsizetype i = 0; i < wb.sheets.size() && index < 0; ++i) // Excel's names ignore case
            if (wb.sheets[i].name.compare(options.sheetName, Qt::CaseInsensitive) == 0)
                index = i;
        if (index < 0)
            fail(workbookPart, QStringLiteral("no sheet named \"%1\" (the sheets are: %2)")
                                   .arg(options.sheetName, result.sheetNames.join(QStringLiteral(", "))));
    } else {
        if (options.sheetIndex < 0 || options.sheetIndex >= wb.sheets.size())
            fail(workbookPart, QStringLiteral("no sheet %1: the workbook has %2 sheet(s), numbered from 0")
                                   .arg(options.sheetIndex)
                                   .arg(wb.sheets.size()));
        index = options.sheetIndex;
    }
    const SheetEntry &sheet = wb.sheets[index];
    result.sheet = sheet.name;

    const QString relsPart = relsPartOf(workbookPart);
    if (!pkg.has(relsPart))
        fail(relsPart, QStringLiteral("missing: the workbook's sheets cannot be located"));
    const auto rels = readRelationships(pkg, relsPart, dirOf(workbookPart));
    const Relationship *sheetRel = nullptr;
    for (const Relationship &r : rels)
        if (r.id == sheet.relId)
            sheetRel = &r;
    if (!sheetRel)
        fail(relsPart, QStringLiteral("no relationship \"%1\" for sheet \"%2\"").arg(sheet.relId, sheet.name));
    if (sheetRel->type.endsWith(QLatin1String("/chartsheet")) || sheetRel->type.endsWith(QLatin1String("/dialogsheet")))
        fail(sheetRel->target, QStringLiteral("sheet \"%1\" is a chart or dialog sheet, not a worksheet").arg(sheet.name));
    if (!pkg.has(sheetRel->target))
        fail(sheetRel->target, QStringLiteral("missing from the workbook (sheet \"%1\")").arg(sheet.name));

    const auto partOr = [&](QStringView type, const QString &fallback) {
        const Relationship *r = relationshipOfType(rels, type);
        return r && pkg.has(r->target) ? r->target : fallback;
    };
    const QString stylesPart = partOr(u"/styles", dirOf(workbookPart) + QStringLiteral("styles.xml"));
    const QString stringsPart = partOr(u"/sharedStrings", dirOf(workbookPart) + QStringLiteral("sharedStrings.xml"));

    std::vector<DateKind> styles;
    if (pkg.has(stylesPart))
        styles = readStyles(pkg, stylesPart);
    QStringList sharedStrings;
    if (pkg.has(stringsPart))
        sharedStrings = readSharedStrings(pkg, stringsPart, options.maxCells);

    readSheet(pkg, sheetRel->target, SheetInput{sharedStrings, styles, wb.date1904, options.maxCells, options.maxTextChars, options.maxRows}, result.table,
              result.warnings);
}

XlsxResult readFromDevice(QIODevice *device, const XlsxOptions &options)
{
    XlsxResult result;
    try {
        readPackage(device, options, result);
    } catch (const Failure &f) {
        result.table = TextTable();
        result.error = f.part.isEmpty() ? f.message : f.part + QStringLiteral(": ") + f.message;
        result.errorLine = f.line;
        result.errorColumn = f.column;
        if (result.error.isEmpty())
            result.error = QStringLiteral("unreadable workbook");
    } catch (const std::bad_alloc &) {
        result.table = TextTable();
        result.error = QStringLiteral("out of memory while reading the workbook");
    }
    return result;
}

} // namespace

XlsxResult readXlsx(const QByteArray &bytes, const XlsxOptions &options)
{
    BytesDevice device(bytes);
    return readFromDevice(&device, options);
}

XlsxResult readXlsxFile(const QString &path, const XlsxOptions &options)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        XlsxResult result;
        result.error = QStringLiteral("%1: cannot be read: %2").arg(path, file.errorString());
        return result;
    }
    return readFromDevice(&file, options);
}

bool looksLikeZip(const QByteArray &bytes)
{
    return bytes.startsWith(QByteArrayLiteral("PK\x03\x04")) || bytes.startsWith(QByteArrayLiteral("PK\x05\x06"));
}

} // namespace cs
