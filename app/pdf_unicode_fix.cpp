// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdf_unicode_fix.h"

#include "equivalent_ideographs.h"

#include <QRegularExpression>

#include <qpdf/Buffer.hh>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFObjectHandle.hh>
#include <qpdf/QPDFWriter.hh>

#include <exception>
#include <memory>

namespace cs {

namespace {

bool isRadical(char32_t c) { return (c >= 0x2E80 && c <= 0x2FDF) || (c >= 0x31C0 && c <= 0x31EF); }

// The unified ideograph a radical stands for: Unicode's EquivalentUnifiedIdeograph.txt, which
// covers the Kangxi radicals (also reached by NFKC) and the radicals supplement (⻔ → 门,
// ⺠ → 民, which NFKC leaves alone). 0 when there is none.
char32_t equivalentIdeograph(char32_t c)
{
    for (const RadicalRange &r : kEquivalentIdeographs) {
        if (c >= r.first && c <= r.last)
            return r.ideograph;
    }
    const QString nfkc = QString::fromUcs4(&c, 1).normalized(QString::NormalizationForm_KC);
    return nfkc.size() == 1 && !isRadical(nfkc.at(0).unicode()) ? nfkc.at(0).unicode() : 0;
}

// A CMap destination: UTF-16BE as hex. Radicals in it are replaced by their NFKC forms.
QByteArray fixDestination(const QByteArray &hex, int *count)
{
    const QByteArray bytes = QByteArray::fromHex(hex);
    QString text;
    for (int i = 0; i + 1 < bytes.size(); i += 2)
        text += QChar(char16_t((uchar(bytes[i]) << 8) | uchar(bytes[i + 1])));
    QString out;
    bool changed = false;
    for (char32_t c : text.toUcs4()) {
        const char32_t ideograph = isRadical(c) ? equivalentIdeograph(c) : 0;
        out += ideograph ? QString::fromUcs4(&ideograph, 1) : QString::fromUcs4(&c, 1);
        changed = changed || ideograph;
    }
    if (!changed)
        return hex;
    ++*count;
    QByteArray utf16;
    for (QChar c : out) {
        utf16 += char(c.unicode() >> 8);
        utf16 += char(c.unicode() & 0xFF);
    }
    return utf16.toHex().toUpper();
}

} // namespace

QByteArray fixToUnicodeCMap(const QByteArray &cmap, int *fixedMappings)
{
    // Within "beginbfchar … endbfchar" a line is <src> <dst>; within "beginbfrange … endbfrange"
    // it is <lo> <hi> <dst> (dst counting up with the code) or <lo> <hi> [<dst> <dst> …], the form
    // Qt writes. Every destination is rewritten; a counting range that meets a radical becomes an
    // array, since its destinations cannot count through the fix.
    static const QRegularExpression hexToken(QStringLiteral("<([0-9A-Fa-f]*)>"));
    int count = 0;
    QList<QByteArray> out;
    enum { None, Char, Range } section = None;
    for (const QByteArray &line : cmap.split('\n')) {
        const QByteArray trimmed = line.trimmed();
        if (trimmed.endsWith("beginbfchar") || trimmed.endsWith("beginbfrange")) {
            section = trimmed.endsWith("beginbfchar") ? Char : Range;
            out << line;
            continue;
        }
        if (trimmed == "endbfchar" || trimmed == "endbfrange")
            section = None;
        QList<QByteArray> tokens;
        for (auto it = hexToken.globalMatch(QString::fromLatin1(line)); it.hasNext();)
            tokens << it.next().captured(1).toLatin1();
        const int sources = section == Char ? 1 : 2;
        if (section == None || tokens.size() <= sources) {
            out << line;
            continue;
        }
        QByteArray fixed = "<" + tokens[0] + ">";
        if (section == Range)
            fixed += " <" + tokens[1] + ">";
        if (section == Range && tokens.size() == 3 && !trimmed.contains('[')) {
            // <lo> <hi> <dst>: expand to an array only if the counted destinations meet a radical.
            const uint lo = tokens[0].toUInt(nullptr, 16), hi = tokens[1].toUInt(nullptr, 16);
            const uint dst = tokens[2].toUInt(nullptr, 16);
            bool meets = false;
            for (uint c = dst; c <= dst + (hi - lo) && hi >= lo && hi - lo < 0x10000; ++c)
                meets = meets || isRadical(c);
            if (!meets) {
                out << line;
                continue;
            }
            fixed += " [";
            for (uint c = dst; c <= dst + (hi - lo); ++c)
                fixed += "<" + fixDestination(QByteArray::number(c, 16).rightJustified(4, '0').toUpper(), &count) + "> ";
            fixed += "]";
        } else if (section == Range) {
            fixed += " [";
            for (int i = 2; i < tokens.size(); ++i)
                fixed += "<" + fixDestination(tokens[i], &count) + "> ";
            fixed += "]";
        } else {
            fixed += " <" + fixDestination(tokens[1], &count) + ">";
        }
        out << fixed;
    }
    if (fixedMappings)
        *fixedMappings = count;
    return out.join('\n');
}

QByteArray fixPdfToUnicode(const QByteArray &pdf, int *fixedMappings, QString *error)
{
    int total = 0;
    try {
        QPDF doc;
        doc.setSuppressWarnings(true);
        doc.processMemoryFile("chart.pdf", pdf.constData(), size_t(pdf.size()));
        for (QPDFObjectHandle object : doc.getAllObjects()) {
            if (!object.isDictionary() || !object.getKey("/ToUnicode").isStream())
                continue;
            QPDFObjectHandle cmap = object.getKey("/ToUnicode");
            const std::shared_ptr<Buffer> data = cmap.getStreamData(qpdf_dl_all);
            const QByteArray text(reinterpret_cast<const char *>(data->getBuffer()), qsizetype(data->getSize()));
            int count = 0;
            const QByteArray fixed = fixToUnicodeCMap(text, &count);
            if (count > 0) {
                cmap.replaceStreamData(fixed.toStdString(), QPDFObjectHandle::newNull(), QPDFObjectHandle::newNull());
                total += count;
            }
        }
        QPDFWriter writer(doc);
        writer.setOutputMemory();
        writer.setStaticID(true); // the same chart gives the same bytes
        writer.setCompressStreams(true);
        writer.write();
        const std::shared_ptr<Buffer> out(writer.getBufferSharedPointer());
        if (fixedMappings)
            *fixedMappings = total;
        return QByteArray(reinterpret_cast<const char *>(out->getBuffer()), qsizetype(out->getSize()));
    } catch (const std::exception &e) {
        if (error)
            *error = QString::fromLocal8Bit(e.what());
        return {};
    }
}

} // namespace cs
