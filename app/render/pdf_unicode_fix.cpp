// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/pdf_unicode_fix.h"

#include "equivalent_ideographs.h"

#include <QList>

#include <qpdf/Buffer.hh>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFObjectHandle.hh>
#include <qpdf/QPDFWriter.hh>

#include <exception>
#include <memory>

namespace cs {

namespace {

bool isRadical(char32_t c) { return (c >= 0x2E80 && c <= 0x2FDF) || (c >= 0x31C0 && c <= 0x31EF); }

char32_t equivalentIdeograph(char32_t c)
{
    for (const RadicalRange &r : kEquivalentIdeographs) {
        if (c >= r.first && c <= r.last)
            return r.ideograph;
    }
    const QString nfkc = QString::fromUcs4(&c, 1).normalized(QString::NormalizationForm_KC);
    return nfkc.size() == 1 && !isRadical(nfkc.at(0).unicode()) ? nfkc.at(0).unicode() : 0;
}

QString fromUtf16Hex(const QByteArray &hex)
{
    const QByteArray bytes = QByteArray::fromHex(hex);
    QString text;
    for (qsizetype i = 0; i + 1 < bytes.size(); i += 2)
        text += QChar(char16_t((uchar(bytes[i]) << 8) | uchar(bytes[i + 1])));
    return text;
}

QByteArray toUtf16Hex(const QString &text)
{
    QByteArray utf16;
    for (QChar c : text) {
        utf16 += char(c.unicode() >> 8);
        utf16 += char(c.unicode() & 0xFF);
    }
    return utf16.toHex().toUpper();
}

bool isHex(char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'); }

struct Token {
    enum Kind { Hex, Open, Close } kind;
    qsizetype begin, end; // [begin, end) in the CMap
};

} // namespace

QString standardToUnicodeFix(const QString &text)
{
    QString out;
    for (char32_t c : text.toUcs4()) {
        if (const char32_t ideograph = isRadical(c) ? equivalentIdeograph(c) : 0)
            out += QString::fromUcs4(&ideograph, 1);
        else if (c >= 0xFB00 && c <= 0xFB06) // ligatures: ﬃ → ffi
            out += QString::fromUcs4(&c, 1).normalized(QString::NormalizationForm_KC);
        else
            out += QString::fromUcs4(&c, 1);
    }
    return out;
}

QByteArray fixToUnicodeCMap(const QByteArray &cmap, const ToUnicodeFix &fix, int *fixedMappings)
{
    // Tokens of the bfchar and bfrange sections: <hex>, [ and ].
    struct Section { qsizetype begin, end; bool range; };
    QList<Section> sections;
    for (qsizetype at = 0;;) {
        const qsizetype c = cmap.indexOf("beginbfchar", at), r = cmap.indexOf("beginbfrange", at);
        if (c < 0 && r < 0)
            break;
        const bool range = c < 0 || (r >= 0 && r < c);
        const qsizetype begin = (range ? r : c) + (range ? 12 : 11);
        const qsizetype end = cmap.indexOf(range ? "endbfrange" : "endbfchar", begin);
        if (end < 0)
            break;
        sections.append({begin, end, range});
        at = end;
    }
    struct Edit { qsizetype begin, end; QByteArray text; };
    QList<Edit> edits;
    int count = 0;
    auto fixHex = [&](const Token &t) {
        const QByteArray hex = cmap.mid(t.begin + 1, t.end - t.begin - 2);
        const QString before = fromUtf16Hex(hex);
        const QString after = fix(before);
        if (after != before) {
            edits.append({t.begin, t.end, '<' + toUtf16Hex(after) + '>'});
            ++count;
        }
    };
    for (const Section &s : sections) {
        QList<Token> tokens;
        for (qsizetype i = s.begin; i < s.end; ++i) {
            const char c = cmap[i];
            if (c == '[' || c == ']') {
                tokens.append({c == '[' ? Token::Open : Token::Close, i, i + 1});
            } else if (c == '<') {
                qsizetype j = i + 1;
                while (j < s.end && isHex(cmap[j]))
                    ++j;
                if (j < s.end && cmap[j] == '>') {
                    tokens.append({Token::Hex, i, j + 1});
                    i = j;
                }
            }
        }
        qsizetype k = 0;
        while (k < tokens.size()) {
            if (!s.range) { // <src> <dst>
                if (k + 1 < tokens.size() && tokens[k].kind == Token::Hex && tokens[k + 1].kind == Token::Hex)
                    fixHex(tokens[k + 1]);
                k += 2;
                continue;
            }
            // <lo> <hi> <dst> or <lo> <hi> [<dst> ...]
            if (k + 2 >= tokens.size() || tokens[k].kind != Token::Hex || tokens[k + 1].kind != Token::Hex)
                break;
            const Token &third = tokens[k + 2];
            if (third.kind == Token::Open) {
                qsizetype j = k + 3;
                for (; j < tokens.size() && tokens[j].kind == Token::Hex; ++j)
                    fixHex(tokens[j]);
                k = j + 1; // past ']'
                continue;
            }
            // A counting range: expand it to an array only if one of its destinations changes.
            const uint lo = cmap.mid(tokens[k].begin + 1, tokens[k].end - tokens[k].begin - 2).toUInt(nullptr, 16);
            const uint hi = cmap.mid(tokens[k + 1].begin + 1, tokens[k + 1].end - tokens[k + 1].begin - 2).toUInt(nullptr, 16);
            const QString first = fromUtf16Hex(cmap.mid(third.begin + 1, third.end - third.begin - 2));
            if (hi >= lo && hi - lo < 0x10000 && first.size() == 1) {
                QByteArray array = "[";
                bool changed = false;
                for (uint n = 0; n <= hi - lo; ++n) {
                    const QString dst(QChar(char16_t(first.at(0).unicode() + n)));
                    const QString fixedDst = fix(dst);
                    changed = changed || fixedDst != dst;
                    count += fixedDst != dst;
                    array += (n ? " <" : "<") + toUtf16Hex(fixedDst) + '>';
                }
                if (changed)
                    edits.append({third.begin, third.end, array + ']'});
            }
            k += 3;
        }
    }
    QByteArray out = cmap;
    for (qsizetype i = edits.size() - 1; i >= 0; --i)
        out.replace(edits[i].begin, edits[i].end - edits[i].begin, edits[i].text);
    if (fixedMappings)
        *fixedMappings = count;
    return out;
}

QByteArray fixPdfToUnicode(const QByteArray &pdf, const ToUnicodeFix &fix, int *fixedMappings, QString *error)
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
            const QByteArray fixed = fixToUnicodeCMap(text, fix, &count);
            if (count > 0) {
                cmap.replaceStreamData(fixed.toStdString(), QPDFObjectHandle::newNull(), QPDFObjectHandle::newNull());
                total += count;
            }
        }
        QPDFWriter writer(doc);
        writer.setOutputMemory();
        writer.setStaticID(true);
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
