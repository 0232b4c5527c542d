// SPDX-License-Identifier: GPL-3.0-or-later
// The XLSX container: the ZIP archive and its limits, each XML part as a guarded stream, the
// relationships between parts, the workbook's list of sheets, and the shared strings.
#include "import/xlsx_parts.h"

#include "import/read_ahead.h"

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>

#include <QDir>
#include <QIODevice>
#include <QUrl>

#include <cstring>
#include <memory>
#include <system_error>

namespace cs::xlsx {

void fail(const QString &part, const QString &message, qint64 line, int column)
{
    throw Failure{part, message, line, column};
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

// ---- XmlPart ----

XmlPart::XmlPart(const QString &name, CountingDevice *device, QuaZipFile *file, qint64 limit)
    : name_(name), device_(device), file_(file), limit_(limit), xml_(device)
{
    xml_.setNamespaceProcessing(true);
    xml_.setEntityExpansionLimit(0); // belt and braces: DTDs are refused below anyway
}

bool XmlPart::toRoot()
{
    // A DTD (and with it every entity declaration) can only come before the root element: it is
    // refused here. Inside the root, an undeclared entity reference is an XML error, so nextChild(),
    // skip() and text() need no check of their own.
    for (;;) {
        switch (xml_.readNext()) {
        case QXmlStreamReader::Invalid:
            failFromReader();
        case QXmlStreamReader::DTD:
            failHere(QStringLiteral("DOCTYPE and entity declarations are not allowed in a workbook part"));
        case QXmlStreamReader::EntityReference:
            failHere(QStringLiteral("entity reference &%1; is not allowed").arg(xml_.name()));
        case QXmlStreamReader::StartElement:
            return true;
        case QXmlStreamReader::EndDocument:
            return false;
        default:
            break;
        }
    }
}

bool XmlPart::nextChild()
{
    const bool child = xml_.readNextStartElement();
    failOnError();
    return child;
}

void XmlPart::skip()
{
    xml_.skipCurrentElement();
    failOnError();
}

QString XmlPart::text()
{
    QString s = xml_.readElementText(QXmlStreamReader::IncludeChildElements);
    failOnError();
    return s;
}

QStringView XmlPart::attributeIn(const QXmlStreamAttributes &attrs, QStringView localName)
{
    for (const QXmlStreamAttribute &a : attrs)
        if (a.name() == localName && a.namespaceUri().isEmpty())
            return a.value();
    return {};
}

bool XmlPart::hasAttributeIn(const QXmlStreamAttributes &attrs, QStringView localName)
{
    for (const QXmlStreamAttribute &a : attrs)
        if (a.name() == localName && a.namespaceUri().isEmpty())
            return true;
    return false;
}

void XmlPart::failHere(const QString &message) const
{
    fail(name_, message, xml_.lineNumber(), int(xml_.columnNumber()));
}

void XmlPart::failFromReader() const
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

// ---- Package ----

Package::Package(QIODevice *device, qint64 limit) : zip_(std::make_unique<QuaZip>(device)), limit_(limit) {}

Package::~Package() = default;

void Package::open()
{
    if (!zip_->open(QuaZip::mdUnzip))
        fail(QString(), QStringLiteral("not an XLSX workbook: not a ZIP archive (zip error %1)")
                            .arg(zip_->getZipError()));
    int count = 0;
    for (bool more = zip_->goToFirstFile(); more; more = zip_->goToNextFile()) {
        if (++count > kMaxZipEntries)
            fail(QString(), QStringLiteral("not an XLSX workbook: more than %1 entries in the ZIP archive")
                                .arg(kMaxZipEntries));
        QuaZipFileInfo64 info;
        if (!zip_->getCurrentFileInfo(&info))
            fail(QString(), QStringLiteral("damaged ZIP archive (zip error %1)").arg(zip_->getZipError()));
        const QString key = normalize(info.name);
        if (!entries_.contains(key))
            entries_.insert(key, Entry{info.name, info.uncompressedSize});
    }
    if (zip_->getZipError() != UNZ_OK)
        fail(QString(), QStringLiteral("damaged ZIP archive (zip error %1)").arg(zip_->getZipError()));
}

bool Package::has(const QString &part) const
{
    return entries_.contains(normalize(part));
}

quint64 Package::declaredSize(const QString &part) const
{
    const auto it = entries_.constFind(normalize(part));
    return it == entries_.constEnd() ? 0 : it->size;
}

// Opens a part for streaming, after checking the size the archive declares against the budget.
void Package::openPart(const QString &part, QuaZipFile &file)
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
    if (!zip_->setCurrentFile(it->name, QuaZip::csSensitive))
        fail(part, QStringLiteral("cannot be found in the ZIP archive (zip error %1)").arg(zip_->getZipError()));
    file.setZip(zip_.get());
    if (!file.open(QIODevice::ReadOnly))
        fail(part, QStringLiteral("cannot be opened (zip error %1; encrypted or an unsupported "
                                  "compression method?)")
                       .arg(file.getZipError()));
}

void Package::read(const QString &part, const std::function<void(XmlPart &)> &parse)
{
    QuaZipFile file;
    openPart(part, file);
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

void Package::readBytes(const QString &part, const std::function<bool(const char *, qint64)> &consume)
{
    QuaZipFile file;
    openPart(part, file);
    CountingDevice device(&file, &read_, limit_);
    device.open(QIODevice::ReadOnly);
    // A large part (a worksheet) is inflated on a second thread while the parser reads the chunk
    // before; a small one is read here, where a thread would cost more than it saves.
    std::vector<char> buffer;
    std::unique_ptr<ReadAhead> ahead; // declared after the devices it reads: stopped before them
    if (declaredSize(part) >= kReadAheadFrom) {
        try {
            ahead = std::make_unique<ReadAhead>([&device](char *data, qint64 size) { return device.read(data, size); });
        } catch (const std::system_error &) { // no thread to be had: read here
        }
    }
    if (!ahead)
        buffer.resize(size_t(1) << 16);
    for (;;) {
        const char *data = buffer.data();
        const qint64 n = ahead ? ahead->next(&data) : device.read(buffer.data(), qint64(buffer.size()));
        if (n < 0 || (n == 0 && file.getZipError() != UNZ_OK)) {
            if (device.limitExceeded())
                fail(part, QStringLiteral("the uncompressed workbook exceeds the limit of %1 bytes (a zip bomb?)").arg(limit_));
            if (device.tokenTooLong())
                fail(part, QStringLiteral("more than %1 bytes without markup: not a workbook part").arg(kMaxTokenBytes));
            fail(part, QStringLiteral("damaged compressed data (zip error %1)").arg(file.getZipError()));
        }
        if (n == 0) {
            consume(nullptr, 0); // the end
            break;
        }
        if (!consume(data, n))
            return; // enough read: the rest is not checked, nor inflated beyond the chunks read ahead
    }
    file.close();
    if (file.getZipError() == UNZ_CRCERROR)
        fail(part, QStringLiteral("damaged: the data does not match its CRC"));
}

QString Package::normalize(QString name)
{
    name.replace(QLatin1Char('\\'), QLatin1Char('/'));
    while (name.startsWith(QLatin1Char('/')))
        name.remove(0, 1);
    return name.toLower();
}

// ---- Relationships ----

namespace {

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

bool xmlTrue(QStringView v)
{
    return v == u"1" || v.compare(u"true", Qt::CaseInsensitive) == 0 || v.compare(u"on", Qt::CaseInsensitive) == 0;
}

} // namespace

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
    pkg.read(relsPart, [&](XmlPart &p) { // <Relationships>
        while (p.nextChild()) {
            if (p.elementName() == u"Relationship"
                && p.attribute(u"TargetMode").compare(u"External", Qt::CaseInsensitive) != 0)
                rels.append({p.attribute(u"Id"), p.attribute(u"Type"), resolveTarget(baseDir, p.attribute(u"Target"))});
            p.skip();
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

// ---- The workbook ----

Workbook readWorkbook(Package &pkg, const QString &part)
{
    Workbook wb;
    pkg.read(part, [&](XmlPart &p) { // <workbook>
        while (p.nextChild()) {
            const QStringView name = p.elementName();
            if (name == u"workbookPr") {
                wb.date1904 = xmlTrue(p.attribute(u"date1904"));
                p.skip();
            } else if (name == u"sheets") {
                while (p.nextChild()) {
                    if (p.elementName() == u"sheet") {
                        SheetEntry s;
                        s.name = p.attribute(u"name");
                        // r:id, in the transitional or the strict relationships namespace.
                        const QXmlStreamAttributes attrs = p.xml().attributes();
                        for (const QXmlStreamAttribute &a : attrs)
                            if (a.name() == u"id" && !a.namespaceUri().isEmpty())
                                s.relId = a.value().toString();
                        wb.sheets.append(s);
                    }
                    p.skip();
                }
            } else {
                p.skip();
            }
        }
    });
    return wb;
}

// ---- Shared strings ----

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

QString readRichText(XmlPart &p)
{
    // <t> directly, or in runs <r><rPr/><t/></r>; <rPh> (phonetic runs) and <phoneticPr> left out.
    QString s;
    while (p.nextChild()) {
        const QStringView name = p.elementName();
        if (name == u"t") {
            s += p.text();
        } else if (name == u"r") {
            while (p.nextChild()) {
                if (p.elementName() == u"t")
                    s += p.text();
                else
                    p.skip(); // <rPr>
            }
        } else {
            p.skip();
        }
    }
    return decodeEscapes(s);
}

QStringList readSharedStrings(Package &pkg, const QString &part, qint64 maxStrings)
{
    QStringList strings;
    pkg.read(part, [&](XmlPart &p) { // <sst>
        while (p.nextChild()) {
            if (p.elementName() != u"si") {
                p.skip();
                continue;
            }
            if (maxStrings > 0 && strings.size() >= maxStrings)
                p.failHere(QStringLiteral("more than %1 shared strings (the cell limit)").arg(maxStrings));
            strings.append(readRichText(p));
        }
    });
    return strings;
}

} // namespace cs::xlsx
