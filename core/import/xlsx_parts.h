// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The pieces of the XLSX reader (private to core/import): xlsx_package.cpp reads the ZIP
// container and its XML parts (relationships, the workbook's sheet list, shared strings);
// xlsx_styles.cpp the number formats (which show dates) and how numbers become text;
// xlsx_sheet.cpp one worksheet's cells and merged ranges. xlsx_reader.cpp puts them together.
// Every failure is thrown as an xlsx::Failure naming its part and position, and caught there.

#include "import/text_table.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QXmlStreamReader>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

class QIODevice;
class QuaZip;
class QuaZipFile;

namespace cs::xlsx {

// Excel's own bounds: XFD1048576.
constexpr int kMaxColumns = 16384;
constexpr qint64 kMaxRows = 1048576;
// A cell holds at most 32767 characters (10 bytes each at worst, as &#1114111;): a longer run of
// bytes without markup is not a workbook.
constexpr qint64 kMaxTokenBytes = 8ll << 20;
// Parts declared at least this large are inflated on a second thread, ahead of their parser.
constexpr quint64 kReadAheadFrom = 4ull << 20;
// More entries than any workbook has; bounds the work spent on a hostile central directory.
constexpr int kMaxZipEntries = 100000;

// An error that ends the read: the part it is in (empty for the container) and the XML position.
struct Failure {
    QString part;
    QString message;
    qint64 line = 0;
    int column = 0;
};

[[noreturn]] void fail(const QString &part, const QString &message, qint64 line = 0, int column = 0);

class CountingDevice;

// One XML part being read: a QXmlStreamReader that refuses DTDs (and so every entity
// declaration: QXmlStreamReader expands internal entities, nested ones included) and turns every
// XML, zip or limit error into a Failure naming the part and the position.
//
// Parts are walked with nextChild(): each element it returns must be consumed to its end (by
// skip(), text(), or a nested nextChild() loop) before the next call.
class XmlPart
{
public:
    XmlPart(const QString &name, CountingDevice *device, QuaZipFile *file, qint64 limit);

    const QString &name() const { return name_; }
    QXmlStreamReader &xml() { return xml_; }
    // The current element's local name; valid until the reader moves on.
    QStringView elementName() const { return xml_.name(); }

    // Moves to the root element, refusing a DTD on the way; false when the document has none.
    bool toRoot();
    // The next child element of the current one (true), or its end (false).
    bool nextChild();
    // At a StartElement: skips to its EndElement.
    void skip();
    // At a StartElement: the text it holds, child elements' text included; ends at its EndElement.
    QString text();

    // An attribute without a namespace of the current element (a copy: views into the reader's
    // attributes do not outlive the token).
    QString attribute(QStringView localName) const { return attributeIn(xml_.attributes(), localName).toString(); }
    bool hasAttribute(QStringView localName) const { return hasAttributeIn(xml_.attributes(), localName); }
    static QStringView attributeIn(const QXmlStreamAttributes &attrs, QStringView localName);
    static bool hasAttributeIn(const QXmlStreamAttributes &attrs, QStringView localName);

    [[noreturn]] void failHere(const QString &message) const;

private:
    void failOnError() const
    {
        if (xml_.hasError())
            failFromReader();
    }
    [[noreturn]] void failFromReader() const;

    QString name_;
    CountingDevice *device_;
    QuaZipFile *file_;
    qint64 limit_;
    QXmlStreamReader xml_;
};

// The ZIP container: part names (matched without regard to case or backslashes, as some writers
// differ) and their declared sizes, and the budget of uncompressed bytes shared by every part.
class Package
{
public:
    Package(QIODevice *device, qint64 limit);
    ~Package();

    void open();
    bool has(const QString &part) const;
    // The uncompressed size the archive declares for a part (checked against the limit when read;
    // good only for estimates).
    quint64 declaredSize(const QString &part) const;
    // Streams one part through `parse`, which receives the part positioned on its root element.
    void read(const QString &part, const std::function<void(XmlPart &)> &parse);
    // Streams one part's bytes, as they are inflated and counted against the same limits, through
    // `consume` (for a parser of its own: the worksheets' expat reader); a last call with no bytes
    // marks the end. `consume` returns false to stop early.
    void readBytes(const QString &part, const std::function<bool(const char *, qint64)> &consume);

private:
    struct Entry {
        QString name;
        quint64 size = 0;
    };
    static QString normalize(QString name);
    void openPart(const QString &part, QuaZipFile &file);

    std::unique_ptr<QuaZip> zip_;
    qint64 limit_;
    qint64 read_ = 0;
    QHash<QString, Entry> entries_;
};

// ---- Relationships, the workbook and shared strings (xlsx_package.cpp) ----

struct Relationship {
    QString id;
    QString type;
    QString target; // resolved to a part name
};

QString dirOf(const QString &part);
QString relsPartOf(const QString &part); // "xl/workbook.xml" → "xl/_rels/workbook.xml.rels"
QList<Relationship> readRelationships(Package &pkg, const QString &relsPart, const QString &baseDir);
const Relationship *relationshipOfType(const QList<Relationship> &rels, QStringView typeSuffix);

struct SheetEntry {
    QString name;
    QString relId;
};

struct Workbook {
    QList<SheetEntry> sheets;
    bool date1904 = false;
};

Workbook readWorkbook(Package &pkg, const QString &part);
QStringList readSharedStrings(Package &pkg, const QString &part, qint64 maxStrings);
// At an <si> or <is>: its text, the runs of rich text concatenated, phonetic runs left out.
QString readRichText(XmlPart &p);
// OOXML escapes characters XML cannot hold as _xHHHH_ (and a literal "_x" as _x005F_).
QString decodeEscapes(QString s);

// ---- Number formats (xlsx_styles.cpp) ----

// What a number format shows of a serial date-time.
enum class DateKind { None, Date, DateTime, Time };

// The date kind of each cell format (cellXfs index).
std::vector<DateKind> readStyles(Package &pkg, const QString &part);
// The shortest decimal that reads back as the same double.
QString formatNumber(double v);
// Whether a decimal is already what formatNumber would write for it.
bool isShortestDecimal(QStringView s);
// A serial date-time as text, or nothing when it is outside the dates Excel shows.
std::optional<QString> formatSerialDate(double serial, DateKind kind, bool date1904);

// ---- Worksheets (xlsx_sheet.cpp) ----

struct SheetInput {
    const QStringList &sharedStrings;
    const std::vector<DateKind> &styles;
    bool date1904 = false;
    qint64 maxCells = 0; // 0: no limit
    qint64 maxTextChars = 0; // characters of all the cells' text, each cell counted; 0: no limit
    qint64 maxRows = 0;  // 0: every row; else the sheet is read up to its first row past them
};

// Reads the worksheet `part` into `table`, adding "PART:LINE: message" warnings.
void readSheet(Package &pkg, const QString &part, const SheetInput &input, TextTable &table, QStringList &warnings);

} // namespace cs::xlsx
