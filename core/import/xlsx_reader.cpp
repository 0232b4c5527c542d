// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/xlsx_reader.h"

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>

#include <QDate>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QIODevice>
#include <QLocale>
#include <QUrl>
#include <QXmlStreamReader>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <limits>
#include <new>
#include <optional>
#include <vector>

namespace cs {

namespace {

// Excel's own bounds: XFD1048576.
constexpr int kMaxColumns = 16384;
constexpr qint64 kMaxRows = 1048576;
// A cell holds at most 32767 characters (10 bytes each at worst, as &#1114111;): a longer run of
// bytes without markup is not a workbook.
constexpr qint64 kMaxTokenBytes = 8ll << 20;
// More entries than any workbook has; bounds the work spent on a hostile central directory.
constexpr int kMaxZipEntries = 100000;

// An error that ends the read: the part it is in (empty for the container) and the XML position.
struct XlsxFailure {
    QString part;
    QString message;
    qint64 line = 0;
    int column = 0;
};

[[noreturn]] void fail(const QString &part, const QString &message, qint64 line = 0, int column = 0)
{
    throw XlsxFailure{part, message, line, column};
}

// A sequential read-only view of another device that counts the bytes it passes on against a
// budget shared by every part of the package. Past the budget it reports an error instead of data,
// so a zip bomb stops as soon as the limit is crossed, whatever the archive declares.
class CountingDevice : public QIODevice
{
public:
    CountingDevice(QIODevice *source, qint64 *total, qint64 limit)
        : source_(source), total_(total), limit_(limit)
    {
    }
    bool isSequential() const override { return true; }
    bool limitExceeded() const { return exceeded_; }
    bool tokenTooLong() const { return tokenTooLong_; }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        if (exceeded_ || tokenTooLong_)
            return -1;
        const qint64 n = source_->read(data, maxSize);
        if (n > 0) {
            *total_ += n;
            if (limit_ > 0 && *total_ > limit_) {
                exceeded_ = true;
                return -1;
            }
            // QXmlStreamReader holds a whole text or tag in memory (twice, as UTF-16): bound it.
            const char *p = data, *end = data + n;
            while (const char *lt = static_cast<const char *>(std::memchr(p, '<', size_t(end - p)))) {
                if (sinceMarkup_ + (lt - p) > kMaxTokenBytes)
                    tokenTooLong_ = true;
                sinceMarkup_ = 0;
                p = lt + 1;
            }
            sinceMarkup_ += end - p;
            if (sinceMarkup_ > kMaxTokenBytes || tokenTooLong_) {
                tokenTooLong_ = true;
                return -1;
            }
        }
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QIODevice *source_;
    qint64 *total_;
    qint64 limit_;
    qint64 sinceMarkup_ = 0;
    bool exceeded_ = false;
    bool tokenTooLong_ = false;
};

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

// One XML part being read: a QXmlStreamReader that refuses DTDs (and so every entity
// declaration: QXmlStreamReader expands internal entities, nested ones included) and turns every
// XML, zip or limit error into an XlsxFailure naming the part and the position.
class XmlPart
{
public:
    XmlPart(const QString &name, CountingDevice *device, QuaZipFile *file, qint64 limit)
        : name_(name), device_(device), file_(file), limit_(limit), xml_(device)
    {
        xml_.setNamespaceProcessing(true);
        xml_.setEntityExpansionLimit(0); // belt and braces: DTDs are refused below anyway
    }

    const QString &name() const { return name_; }
    QXmlStreamReader &xml() { return xml_; }

    QXmlStreamReader::TokenType next()
    {
        const QXmlStreamReader::TokenType t = xml_.readNext();
        switch (t) {
        case QXmlStreamReader::Invalid:
            failFromReader();
        case QXmlStreamReader::DTD:
            failHere(QStringLiteral("DOCTYPE and entity declarations are not allowed in a workbook part"));
        case QXmlStreamReader::EntityReference:
            failHere(QStringLiteral("entity reference &%1; is not allowed").arg(xml_.name()));
        default:
            return t;
        }
    }

    // Moves to the root element; false when the document has none.
    bool toRoot()
    {
        for (;;) {
            const auto t = next();
            if (t == QXmlStreamReader::StartElement)
                return true;
            if (t == QXmlStreamReader::EndDocument)
                return false;
        }
    }

    // At a StartElement: the text it holds, child elements' text included; ends at its EndElement.
    QString text()
    {
        QString s;
        int depth = 1;
        while (depth > 0) {
            switch (next()) {
            case QXmlStreamReader::StartElement: ++depth; break;
            case QXmlStreamReader::EndElement: --depth; break;
            case QXmlStreamReader::Characters: s += xml_.text(); break;
            case QXmlStreamReader::EndDocument: failHere(QStringLiteral("unexpected end of document"));
            default: break;
            }
        }
        return s;
    }

    // At a StartElement: skips to its EndElement.
    void skip()
    {
        int depth = 1;
        while (depth > 0) {
            switch (next()) {
            case QXmlStreamReader::StartElement: ++depth; break;
            case QXmlStreamReader::EndElement: --depth; break;
            case QXmlStreamReader::EndDocument: failHere(QStringLiteral("unexpected end of document"));
            default: break;
            }
        }
    }

    // An attribute without a namespace of the current element (a copy: views into the reader's
    // attributes do not outlive the token).
    QString attribute(QStringView localName) const { return attributeIn(xml_.attributes(), localName).toString(); }
    bool hasAttribute(QStringView localName) const { return hasAttributeIn(xml_.attributes(), localName); }

    static QStringView attributeIn(const QXmlStreamAttributes &attrs, QStringView localName)
    {
        for (const QXmlStreamAttribute &a : attrs)
            if (a.name() == localName && a.namespaceUri().isEmpty())
                return a.value();
        return {};
    }
    static bool hasAttributeIn(const QXmlStreamAttributes &attrs, QStringView localName)
    {
        for (const QXmlStreamAttribute &a : attrs)
            if (a.name() == localName && a.namespaceUri().isEmpty())
                return true;
        return false;
    }

    [[noreturn]] void failHere(const QString &message) const
    {
        fail(name_, message, xml_.lineNumber(), int(xml_.columnNumber()));
    }

private:
    [[noreturn]] void failFromReader() const
    {
        if (device_->limitExceeded())
            fail(name_, QStringLiteral("the uncompressed workbook exceeds the limit of %1 bytes "
                                       "(a zip bomb?)").arg(limit_));
        if (device_->tokenTooLong())
            fail(name_, QStringLiteral("more than %1 bytes without markup: not a workbook part").arg(kMaxTokenBytes));
        if (file_->getZipError() != UNZ_OK)
            fail(name_, QStringLiteral("damaged compressed data (zip error %1)").arg(file_->getZipError()));
        failHere(xml_.errorString());
    }

    QString name_;
    CountingDevice *device_;
    QuaZipFile *file_;
    qint64 limit_;
    QXmlStreamReader xml_;
};

// The ZIP container: part names (matched without regard to case or backslashes, as some writers
// differ) and their declared sizes, and the shared budget of uncompressed bytes.
class Package
{
public:
    Package(QIODevice *device, qint64 limit) : zip_(device), limit_(limit) {}

    void open()
    {
        if (!zip_.open(QuaZip::mdUnzip))
            fail(QString(), QStringLiteral("not an XLSX workbook: not a ZIP archive (zip error %1)")
                                .arg(zip_.getZipError()));
        int count = 0;
        for (bool more = zip_.goToFirstFile(); more; more = zip_.goToNextFile()) {
            if (++count > kMaxZipEntries)
                fail(QString(), QStringLiteral("not an XLSX workbook: more than %1 entries in the ZIP archive")
                                    .arg(kMaxZipEntries));
            QuaZipFileInfo64 info;
            if (!zip_.getCurrentFileInfo(&info))
                fail(QString(), QStringLiteral("damaged ZIP archive (zip error %1)").arg(zip_.getZipError()));
            const QString key = normalize(info.name);
            if (!entries_.contains(key))
                entries_.insert(key, Entry{info.name, info.uncompressedSize});
        }
        if (zip_.getZipError() != UNZ_OK)
            fail(QString(), QStringLiteral("damaged ZIP archive (zip error %1)").arg(zip_.getZipError()));
    }

    bool has(const QString &part) const { return entries_.contains(normalize(part)); }

    // Streams one part through `parse`, which receives the part positioned on its root element.
    template<typename Parse>
    void read(const QString &part, Parse &&parse)
    {
        const auto it = entries_.constFind(normalize(part));
        if (it == entries_.constEnd())
            fail(part, QStringLiteral("missing from the workbook"));
        // The sizes the archive declares, checked before inflating anything...
        if (limit_ > 0 && (it->size > quint64(limit_) || it->size > quint64(limit_ - read_)))
            fail(part, QStringLiteral("%1 bytes uncompressed; with the parts already read this exceeds the "
                                      "limit of %2 bytes (a zip bomb?)")
                           .arg(it->size)
                           .arg(limit_));
        if (!zip_.setCurrentFile(it->name, QuaZip::csSensitive))
            fail(part, QStringLiteral("cannot be found in the ZIP archive (zip error %1)").arg(zip_.getZipError()));
        QuaZipFile file(&zip_);
        if (!file.open(QIODevice::ReadOnly))
            fail(part, QStringLiteral("cannot be opened (zip error %1; encrypted or an unsupported "
                                      "compression method?)")
                           .arg(file.getZipError()));
        // ...and the bytes actually inflated, counted as they stream.
        CountingDevice device(&file, &read_, limit_);
        device.open(QIODevice::ReadOnly);
        XmlPart xml(part, &device, &file, limit_);
        if (!xml.toRoot())
            xml.failHere(QStringLiteral("no root element"));
        parse(xml);
        file.close();
        if (file.getZipError() == UNZ_CRCERROR)
            fail(part, QStringLiteral("damaged: the data does not match its CRC"));
    }

    qint64 bytesRead() const { return read_; }

private:
    struct Entry {
        QString name;
        quint64 size = 0;
    };
    static QString normalize(QString name)
    {
        name.replace(QLatin1Char('\\'), QLatin1Char('/'));
        while (name.startsWith(QLatin1Char('/')))
            name.remove(0, 1);
        return name.toLower();
    }

    QuaZip zip_;
    qint64 limit_;
    qint64 read_ = 0;
    QHash<QString, Entry> entries_;
};

struct Relationship {
    QString id;
    QString type;
    QString target; // resolved to a part name
};

// A relationship target, relative to the directory of the part that holds the relationship.
QString resolveTarget(const QString &baseDir, const QString &target)
{
    QString t = QUrl::fromPercentEncoding(target.toUtf8());
    t.replace(QLatin1Char('\\'), QLatin1Char('/'));
    QString path = t.startsWith(QLatin1Char('/')) ? t.mid(1) : baseDir + t;
    path = QDir::cleanPath(path);
    while (path.startsWith(QLatin1String("../")))
        path.remove(0, 3);
    return path;
}

QString dirOf(const QString &part)
{
    const int slash = part.lastIndexOf(QLatin1Char('/'));
    return slash < 0 ? QString() : part.left(slash + 1);
}

QString relsPartOf(const QString &part)
{
    const int slash = part.lastIndexOf(QLatin1Char('/'));
    return dirOf(part) + QStringLiteral("_rels/") + part.mid(slash + 1) + QStringLiteral(".rels");
}

QList<Relationship> readRelationships(Package &pkg, const QString &relsPart, const QString &baseDir)
{
    QList<Relationship> rels;
    pkg.read(relsPart, [&](XmlPart &p) {
        int depth = 1;
        while (depth > 0) {
            const auto t = p.next();
            if (t == QXmlStreamReader::EndElement) {
                --depth;
            } else if (t == QXmlStreamReader::StartElement) {
                if (p.xml().name() == u"Relationship") {
                    if (p.attribute(u"TargetMode").compare(u"External", Qt::CaseInsensitive) != 0)
                        rels.append({p.attribute(u"Id"), p.attribute(u"Type"),
                                     resolveTarget(baseDir, p.attribute(u"Target"))});
                    p.skip();
                } else {
                    ++depth;
                }
            }
        }
    });
    return rels;
}

const Relationship *relationshipOfType(const QList<Relationship> &rels, QStringView typeSuffix)
{
    for (const Relationship &r : rels)
        if (r.type.endsWith(typeSuffix))
            return &r;
    return nullptr;
}

struct SheetEntry {
    QString name;
    QString relId;
};

struct Workbook {
    QList<SheetEntry> sheets;
    bool date1904 = false;
};

bool xmlTrue(QStringView v)
{
    return v == u"1" || v.compare(u"true", Qt::CaseInsensitive) == 0 || v.compare(u"on", Qt::CaseInsensitive) == 0;
}

Workbook readWorkbook(Package &pkg, const QString &part)
{
    Workbook wb;
    pkg.read(part, [&](XmlPart &p) {
        int depth = 1;
        while (depth > 0) {
            const auto t = p.next();
            if (t == QXmlStreamReader::EndElement) {
                --depth;
            } else if (t == QXmlStreamReader::StartElement) {
                const QStringView name = p.xml().name();
                if (name == u"workbookPr") {
                    wb.date1904 = xmlTrue(p.attribute(u"date1904"));
                    p.skip();
                } else if (name == u"sheet") {
                    SheetEntry s;
                    s.name = p.attribute(u"name");
                    // r:id, in the transitional or the strict relationships namespace.
                    const QXmlStreamAttributes attrs = p.xml().attributes();
                    for (const QXmlStreamAttribute &a : attrs)
                        if (a.name() == u"id" && !a.namespaceUri().isEmpty())
                            s.relId = a.value().toString();
                    wb.sheets.append(s);
                    p.skip();
                } else {
                    ++depth;
                }
            }
        }
    });
    return wb;
}

// What a number format shows of a serial date-time.
enum class DateKind { None, Date, DateTime, Time };

DateKind builtInDateKind(int id)
{
    if ((id >= 14 && id <= 17))
        return DateKind::Date;
    if (id == 22)
        return DateKind::DateTime;
    if ((id >= 18 && id <= 21) || (id >= 45 && id <= 47))
        return DateKind::Time;
    // East Asian built-ins (zh-CN, zh-TW, ja-JP, ko-KR), such as 31 = yyyy"年"m"月"d"日".
    if ((id >= 27 && id <= 31) || id == 36 || (id >= 50 && id <= 54) || id == 57 || id == 58)
        return DateKind::Date;
    if ((id >= 32 && id <= 35) || id == 55 || id == 56)
        return DateKind::Time;
    return DateKind::None;
}

// Classifies a custom format code by the tokens outside quotes, escapes and brackets (elapsed-time
// brackets such as [h] count as time). "m" is a month only next to a day or year; otherwise minutes.
DateKind formatCodeDateKind(QStringView code)
{
    bool hasYearOrDay = false, hasMonthOrMinute = false, hasTime = false;
    const qsizetype n = code.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar ch = code[i];
        if (ch == u';')
            break; // the first section decides
        if (ch == u'"') {
            ++i;
            while (i < n && code[i] != u'"')
                ++i;
            continue;
        }
        if (ch == u'\\' || ch == u'_' || ch == u'*') {
            ++i;
            continue;
        }
        if (ch == u'[') {
            const qsizetype close = code.indexOf(u']', i + 1);
            const QStringView inside = code.mid(i + 1, close < 0 ? n - i - 1 : close - i - 1);
            if (!inside.isEmpty()) {
                const QChar first = inside[0].toLower();
                bool same = first == u'h' || first == u'm' || first == u's';
                for (QChar c : inside)
                    same = same && c.toLower() == first;
                if (same)
                    hasTime = true;
            }
            if (close < 0)
                break;
            i = close;
            continue;
        }
        const QChar lower = ch.toLower();
        if (lower == u'a') {
            if (code.mid(i, 5).compare(u"am/pm", Qt::CaseInsensitive) == 0) {
                hasTime = true;
                i += 4;
            } else if (code.mid(i, 3).compare(u"a/p", Qt::CaseInsensitive) == 0) {
                hasTime = true;
                i += 2;
            }
            continue;
        }
        if (lower == u'y' || lower == u'd')
            hasYearOrDay = true;
        else if (lower == u'm')
            hasMonthOrMinute = true;
        else if (lower == u'h' || lower == u's')
            hasTime = true;
    }
    if (hasYearOrDay)
        return hasTime ? DateKind::DateTime : DateKind::Date;
    if (hasTime)
        return DateKind::Time;
    Q_UNUSED(hasMonthOrMinute);
    return DateKind::None;
}

// The date kind of each cell format (cellXfs index).
std::vector<DateKind> readStyles(Package &pkg, const QString &part)
{
    QHash<int, QString> customFormats;
    std::vector<int> xfFormatIds;
    pkg.read(part, [&](XmlPart &p) {
        int depth = 1;
        bool inCellXfs = false;
        while (depth > 0) {
            const auto t = p.next();
            if (t == QXmlStreamReader::EndElement) {
                --depth;
                if (p.xml().name() == u"cellXfs")
                    inCellXfs = false;
            } else if (t == QXmlStreamReader::StartElement) {
                const QStringView name = p.xml().name();
                if (name == u"numFmt") {
                    bool ok = false;
                    const int id = p.attribute(u"numFmtId").toInt(&ok);
                    if (ok)
                        customFormats.insert(id, p.attribute(u"formatCode"));
                    p.skip();
                } else if (name == u"xf" && inCellXfs) {
                    xfFormatIds.push_back(p.attribute(u"numFmtId").toInt());
                    p.skip();
                } else if (name == u"cellXfs") {
                    inCellXfs = true;
                    ++depth;
                } else if (name == u"cellStyleXfs" || name == u"dxfs" || name == u"extLst") {
                    p.skip();
                } else {
                    ++depth;
                }
            }
        }
    });
    std::vector<DateKind> kinds;
    kinds.reserve(xfFormatIds.size());
    for (int id : xfFormatIds) {
        const auto it = customFormats.constFind(id);
        kinds.push_back(it != customFormats.constEnd() ? formatCodeDateKind(*it) : builtInDateKind(id));
    }
    return kinds;
}

// OOXML escapes characters XML cannot hold as _xHHHH_ (and a literal "_x" as _x005F_).
QString decodeEscapes(QString s)
{
    if (!s.contains(QLatin1String("_x")))
        return s;
    QString out;
    out.reserve(s.size());
    const qsizetype n = s.size();
    for (qsizetype i = 0; i < n; ++i) {
        if (s[i] == u'_' && i + 6 < n && s[i + 1] == u'x' && s[i + 6] == u'_') {
            bool ok = false;
            const uint code = QStringView(s).mid(i + 2, 4).toUInt(&ok, 16);
            if (ok) {
                out += QChar(char16_t(code));
                i += 6;
                continue;
            }
        }
        out += s[i];
    }
    return out;
}

// At an <si> or <is>: its text, the runs of rich text concatenated, phonetic runs (<rPh>) left out.
QString readRichText(XmlPart &p)
{
    QString s;
    int depth = 1;
    while (depth > 0) {
        const auto t = p.next();
        if (t == QXmlStreamReader::EndElement) {
            --depth;
        } else if (t == QXmlStreamReader::StartElement) {
            const QStringView name = p.xml().name();
            if (name == u"t")
                s += p.text();
            else if (name == u"rPh" || name == u"phoneticPr" || name == u"rPr")
                p.skip();
            else
                ++depth;
        }
    }
    return decodeEscapes(s);
}

QStringList readSharedStrings(Package &pkg, const QString &part, qint64 maxStrings)
{
    QStringList strings;
    pkg.read(part, [&](XmlPart &p) {
        int depth = 1;
        while (depth > 0) {
            const auto t = p.next();
            if (t == QXmlStreamReader::EndElement)
                --depth;
            else if (t == QXmlStreamReader::StartElement) {
                if (p.xml().name() == u"si") {
                    if (maxStrings > 0 && strings.size() >= maxStrings)
                        p.failHere(QStringLiteral("more than %1 shared strings (the cell limit)").arg(maxStrings));
                    strings.append(readRichText(p));
                }
                else
                    ++depth;
            }
        }
    });
    return strings;
}

// "AA10" → zero-based (row, column); nullopt unless 1–3 letters then a row number, within XFD1048576.
struct CellRef {
    qint64 row = 0;
    int column = 0;
};

std::optional<CellRef> parseCellRef(QStringView ref)
{
    qsizetype i = 0;
    const qsizetype n = ref.size();
    if (i < n && ref[i] == u'$')
        ++i;
    int column = 0, letters = 0;
    while (i < n && ((ref[i] >= u'A' && ref[i] <= u'Z') || (ref[i] >= u'a' && ref[i] <= u'z'))) {
        if (++letters > 3)
            return std::nullopt;
        column = column * 26 + (ref[i].toUpper().unicode() - u'A' + 1);
        ++i;
    }
    if (letters == 0 || column > kMaxColumns)
        return std::nullopt;
    if (i < n && ref[i] == u'$')
        ++i;
    qint64 row = 0;
    int digits = 0;
    while (i < n && ref[i] >= u'0' && ref[i] <= u'9') {
        if (++digits > 7)
            return std::nullopt;
        row = row * 10 + (ref[i].unicode() - u'0');
        ++i;
    }
    if (digits == 0 || i != n || row < 1 || row > kMaxRows)
        return std::nullopt;
    return CellRef{row - 1, column - 1};
}

// The shortest decimal that reads back as the same double; exponent form only for magnitudes
// outside [1e-7, 1e21), as JavaScript does.
QString formatNumber(double v)
{
    if (v == 0)
        return QStringLiteral("0");
    const double a = std::fabs(v);
    const char format = (a >= 1e21 || a < 1e-7) ? 'g' : 'f';
    return QLocale::c().toString(v, format, QLocale::FloatingPointShortest);
}

// Whether a decimal is already what formatNumber would write for it: no sign but a minus on a
// non-zero value, no leading or trailing zeros, no exponent, at most 15 significant digits (so
// no shorter decimal reads as the same double) and not below 1e-7.
bool isShortestDecimal(QStringView s)
{
    qsizetype i = 0;
    const qsizetype n = s.size();
    if (i < n && s[i] == u'-')
        ++i;
    const qsizetype intStart = i;
    while (i < n && s[i] >= u'0' && s[i] <= u'9')
        ++i;
    const qsizetype intDigits = i - intStart;
    if (intDigits == 0 || (intDigits > 1 && s[intStart] == u'0'))
        return false;
    const bool zeroInt = intDigits == 1 && s[intStart] == u'0';
    int significant = zeroInt ? 0 : int(intDigits);
    if (i == n)
        return significant <= 15 && !zeroInt; // "0" and "-0" take the slow path
    if (s[i] != u'.' || ++i == n)
        return false;
    int leadingZeros = 0;
    bool seenNonZero = !zeroInt;
    for (; i < n; ++i) {
        if (s[i] < u'0' || s[i] > u'9')
            return false;
        if (seenNonZero)
            ++significant;
        else if (s[i] == u'0')
            ++leadingZeros;
        else {
            seenNonZero = true;
            ++significant;
        }
    }
    return seenNonZero && s[n - 1] != u'0' && significant <= 15 && leadingZeros < 6;
}

// A serial date-time as text, or nothing when it is outside the dates Excel shows.
std::optional<QString> formatSerialDate(double serial, DateKind kind, bool date1904)
{
    if (!std::isfinite(serial) || serial < 0 || serial >= 2958466.0)
        return std::nullopt;
    qint64 days = qint64(std::floor(serial));
    qint64 seconds = qRound64((serial - double(days)) * 86400.0);
    if (seconds >= 86400) {
        ++days;
        seconds -= 86400;
    }
    const auto timeText = [&] {
        return QStringLiteral("%1:%2:%3")
            .arg(seconds / 3600, 2, 10, QLatin1Char('0'))
            .arg((seconds / 60) % 60, 2, 10, QLatin1Char('0'))
            .arg(seconds % 60, 2, 10, QLatin1Char('0'));
    };
    if (kind == DateKind::Time && serial < 1)
        return timeText();
    if (kind == DateKind::Date) { // the date shown, not rounded up by its time
        days = qint64(std::floor(serial));
        seconds = 0;
    }
    QString dateText;
    if (date1904) {
        dateText = QDate(1904, 1, 1).addDays(days).toString(Qt::ISODate);
    } else if (days == 60) {
        dateText = QStringLiteral("1900-02-29"); // Excel's (and Lotus 1-2-3's) day that never was
    } else {
        // Serial 1 is 1900-01-01; past the phantom 29 February everything is one day later.
        dateText = (days < 60 ? QDate(1899, 12, 31) : QDate(1899, 12, 30)).addDays(days).toString(Qt::ISODate);
    }
    if (seconds != 0)
        return dateText + QLatin1Char(' ') + timeText();
    return dateText;
}

struct MergeRange {
    CellRef first, last;
};

class SheetReader
{
public:
    SheetReader(TextTable &table, const QStringList &sharedStrings, const std::vector<DateKind> &styles,
                bool date1904, qint64 maxCells, QStringList &warnings)
        : table_(table), sharedStrings_(sharedStrings), styles_(styles), date1904_(date1904), maxCells_(maxCells),
          warnings_(warnings)
    {
    }

    void read(XmlPart &p)
    {
        int depth = 1;
        bool inSheetData = false, inMergeCells = false;
        qint64 row = -1;   // zero-based current row
        int column = -1;   // zero-based column of the previous cell in the row
        while (depth > 0) {
            const auto t = p.next();
            if (t == QXmlStreamReader::EndElement) {
                --depth;
                const QStringView name = p.xml().name();
                if (name == u"sheetData")
                    inSheetData = false;
                else if (name == u"mergeCells")
                    inMergeCells = false;
                continue;
            }
            if (t != QXmlStreamReader::StartElement)
                continue;
            const QStringView name = p.xml().name();
            if (inSheetData && name == u"row") {
                if (p.hasAttribute(u"r")) {
                    bool ok = false;
                    const qint64 r = p.attribute(u"r").toLongLong(&ok);
                    if (!ok || r < 1 || r > kMaxRows)
                        p.failHere(QStringLiteral("invalid row number \"%1\"").arg(p.attribute(u"r")));
                    row = r - 1;
                } else {
                    ++row; // rows without a number follow the previous one
                    if (row >= kMaxRows)
                        p.failHere(QStringLiteral("more than %1 rows").arg(kMaxRows));
                }
                column = -1;
                ++depth;
            } else if (inSheetData && name == u"c") {
                if (row < 0)
                    row = 0; // a cell outside any row: tolerated as row 1
                readCell(p, row, column);
            } else if (name == u"sheetData") {
                inSheetData = true;
                ++depth;
            } else if (name == u"mergeCells") {
                inMergeCells = true;
                ++depth;
            } else if (inMergeCells && name == u"mergeCell") {
                const QString ref = p.attribute(u"ref");
                const qsizetype colon = ref.indexOf(u':');
                const auto a = parseCellRef(colon < 0 ? QStringView(ref) : QStringView(ref).left(colon));
                const auto b = colon < 0 ? a : parseCellRef(QStringView(ref).mid(colon + 1));
                if (a && b)
                    merges_.push_back({{std::min(a->row, b->row), std::min(a->column, b->column)},
                                       {std::max(a->row, b->row), std::max(a->column, b->column)}});
                else
                    warnings_.append(QStringLiteral("%1:%2: invalid merged range \"%3\" ignored")
                                         .arg(p.name())
                                         .arg(p.xml().lineNumber())
                                         .arg(ref));
                p.skip();
            } else if (name == u"extLst" || name == u"sheetPr" || name == u"sheetViews" || name == u"cols"
                       || name == u"conditionalFormatting" || name == u"dataValidations") {
                p.skip();
            } else {
                ++depth;
            }
        }
        applyMerges(p);
    }

private:
    void readCell(XmlPart &p, qint64 &row, int &column)
    {
        if (maxCells_ > 0 && ++cellsRead_ > maxCells_)
            p.failHere(QStringLiteral("more than %1 cells (the limit)").arg(maxCells_));
        const QXmlStreamAttributes attrs = p.xml().attributes(); // keeps the views below valid
        if (XmlPart::hasAttributeIn(attrs, u"r")) {
            const QStringView ref = XmlPart::attributeIn(attrs, u"r");
            const auto cell = parseCellRef(ref);
            if (!cell)
                p.failHere(QStringLiteral("invalid cell reference \"%1\"").arg(ref));
            row = cell->row;
            column = cell->column;
        } else {
            ++column; // cells without a reference follow the previous one
            if (column >= kMaxColumns)
                p.failHere(QStringLiteral("more than %1 columns").arg(kMaxColumns));
        }
        const QString type = XmlPart::attributeIn(attrs, u"t").toString();
        const int style = XmlPart::attributeIn(attrs, u"s").toInt();
        const qint64 line = p.xml().lineNumber();
        const int xmlColumn = int(p.xml().columnNumber());

        QString value;
        bool hasValue = false, inlineText = false;
        int depth = 1;
        while (depth > 0) {
            const auto t = p.next();
            if (t == QXmlStreamReader::EndElement) {
                --depth;
            } else if (t == QXmlStreamReader::StartElement) {
                const QStringView name = p.xml().name();
                if (name == u"v") {
                    value = p.text();
                    hasValue = true;
                } else if (name == u"is") {
                    value = readRichText(p);
                    hasValue = inlineText = true;
                } else {
                    p.skip(); // <f>, <extLst>
                }
            }
        }
        if (!hasValue)
            return;

        QString text;
        if (inlineText || type == u"inlineStr") {
            text = value;
        } else if (type == u"s") {
            bool ok = false;
            const qint64 index = value.trimmed().toLongLong(&ok);
            if (!ok || index < 0 || index >= sharedStrings_.size())
                fail(p.name(),
                     QStringLiteral("cell %1: shared string index \"%2\" is out of range (%3 shared strings)")
                         .arg(cellName(row, column), value)
                         .arg(sharedStrings_.size()),
                     line, xmlColumn);
            text = sharedStrings_.at(index);
        } else if (type == u"str" || type == u"e") {
            text = decodeEscapes(value);
        } else if (type == u"b") {
            const QString v = value.trimmed();
            text = v == u"1" || v.compare(u"true", Qt::CaseInsensitive) == 0    ? QStringLiteral("TRUE")
                   : v == u"0" || v.compare(u"false", Qt::CaseInsensitive) == 0 ? QStringLiteral("FALSE")
                                                                                  : v;
        } else if (type == u"d") { // ISO 8601, in strict OOXML
            text = value.trimmed();
            if (text.endsWith(QLatin1String("T00:00:00")) || text.endsWith(QLatin1String("T00:00:00Z")))
                text.truncate(text.indexOf(u'T'));
            else
                text.replace(u'T', u' ');
        } else if (type.isEmpty() || type == u"n") {
            text = numberText(value, style, row, column, p.name(), line);
        } else {
            warnings_.append(QStringLiteral("%1:%2: cell %3: unknown cell type \"%4\"; its value is kept as text")
                                 .arg(p.name())
                                 .arg(line)
                                 .arg(cellName(row, column), type));
            text = value;
        }
        setCell(p, row, column, std::move(text));
    }

    QString numberText(const QString &value, int style, qint64 row, int column, const QString &part, qint64 line)
    {
        const QString trimmed = value.trimmed();
        if (trimmed.isEmpty())
            return QString();
        const DateKind kind = style >= 0 && size_t(style) < styles_.size() ? styles_[size_t(style)] : DateKind::None;
        if (kind == DateKind::None && isShortestDecimal(trimmed))
            return trimmed;
        bool ok = false;
        const double v = trimmed.toDouble(&ok);
        if (!ok || !std::isfinite(v)) {
            warnings_.append(QStringLiteral("%1:%2: cell %3: \"%4\" is not a number; kept as text")
                                 .arg(part)
                                 .arg(line)
                                 .arg(cellName(row, column), trimmed));
            return trimmed;
        }
        if (kind != DateKind::None) {
            if (const auto date = formatSerialDate(v, kind, date1904_))
                return *date;
            warnings_.append(QStringLiteral("%1:%2: cell %3: %4 is outside Excel's dates; kept as a number")
                                 .arg(part)
                                 .arg(line)
                                 .arg(cellName(row, column), trimmed));
        }
        return formatNumber(v);
    }

    static QString cellName(qint64 row, int column)
    {
        QString letters;
        for (int c = column + 1; c > 0; c = (c - 1) / 26)
            letters.prepend(QChar(u'A' + (c - 1) % 26));
        return letters + QString::number(row + 1);
    }

    // Grows the grid to hold (row, column), counting every row and cell it adds against maxCells.
    void ensure(XmlPart &p, qint64 row, int column)
    {
        if (row >= table_.rows.size()) {
            grow(p, row + 1 - table_.rows.size());
            while (table_.rows.size() <= row) {
                table_.lines.append(table_.rows.size() + 1);
                table_.rows.append(QStringList());
            }
        }
        QStringList &fields = table_.rows[row];
        if (column >= fields.size()) {
            grow(p, column + 1 - fields.size());
            fields.resize(column + 1);
        }
    }

    void grow(XmlPart &p, qint64 added)
    {
        gridCells_ += added;
        if (maxCells_ > 0 && gridCells_ > maxCells_)
            p.failHere(QStringLiteral("the sheet spans more than %1 cells (the limit)").arg(maxCells_));
    }

    void setCell(XmlPart &p, qint64 row, int column, QString text)
    {
        if (text.isEmpty()) {
            if (row < table_.rows.size() && column < table_.rows[row].size())
                table_.rows[row][column].clear();
            return;
        }
        ensure(p, row, column);
        table_.rows[row][column] = std::move(text);
    }

    // The top-left value of each merged range, repeated across the range.
    void applyMerges(XmlPart &p)
    {
        for (const MergeRange &m : merges_) {
            if (m.first.row >= table_.rows.size() || m.first.column >= table_.rows[m.first.row].size())
                continue;
            const QString value = table_.rows[m.first.row][m.first.column];
            if (value.isEmpty())
                continue;
            const qint64 area = (m.last.row - m.first.row + 1) * qint64(m.last.column - m.first.column + 1);
            if (maxCells_ > 0 && area > maxCells_) // checked before filling anything
                p.failHere(QStringLiteral("merged range %1:%2 spans more than %3 cells (the limit)")
                               .arg(cellName(m.first.row, m.first.column), cellName(m.last.row, m.last.column))
                               .arg(maxCells_));
            for (qint64 r = m.first.row; r <= m.last.row; ++r) {
                ensure(p, r, m.last.column);
                QStringList &fields = table_.rows[r];
                for (int c = m.first.column; c <= m.last.column; ++c)
                    fields[c] = value;
            }
        }
    }

    TextTable &table_;
    const QStringList &sharedStrings_;
    const std::vector<DateKind> &styles_;
    bool date1904_;
    qint64 maxCells_;
    QStringList &warnings_;
    qint64 cellsRead_ = 0;
    qint64 gridCells_ = 0;
    std::vector<MergeRange> merges_;
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

    SheetReader reader(result.table, sharedStrings, styles, wb.date1904, options.maxCells, result.warnings);
    pkg.read(sheetRel->target, [&](XmlPart &p) { reader.read(p); });
}

XlsxResult readFromDevice(QIODevice *device, const XlsxOptions &options)
{
    XlsxResult result;
    try {
        readPackage(device, options, result);
    } catch (const XlsxFailure &f) {
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
