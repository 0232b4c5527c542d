// SPDX-License-Identifier: GPL-3.0-or-later
// Articles from PDFs: text back from a PDF that Qt writes in Noto Sans CJK SC, and the errors of
// files that are not PDFs, are cut short or have no text.
#include "document/article_reader.h"
#include "document/pdf_article.h"
#include "testutils.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFont>
#include <QPainter>
#include <QPdfWriter>
#include <QTemporaryDir>
#include <gtest/gtest.h>

#include <algorithm>

using cs::extract::ArticleError;
using cs::extract::ArticleText;

namespace {

// 比, 长 and 门 share their glyphs with radicals: Qt's writer maps them to ⽐ ⻓ ⻔. Qt also leaves
// digits shaped in a Latin run of Noto Sans CJK out of the ToUnicode map (they would come back
// as nothing, from poppler as from pdftotext), so Latin lines with digits are drawn in Open Sans.
const QStringList kPage1 = {QStringLiteral("深圳市2023年国民经济和社会发展统计公报"),
                            QStringLiteral("地区生产总值34606.40亿元，比上年增长6.0%。"),
                            QStringLiteral("部门统计长期公开，Exports and imports rose。"),
                            QStringLiteral("Exports rose 12.5% in 2023.")};
const QStringList kPage2 = {QStringLiteral("第二页：规模以上工业增加值增长6.0%。"),
                            QStringLiteral("Second page, 1,234.5 million yuan.")};

bool isAscii(const QString &s)
{
    return std::all_of(s.begin(), s.end(), [](QChar c) { return c.unicode() < 128; });
}

QString withoutSpace(QString s)
{
    s.removeIf([](QChar c) { return c.isSpace(); });
    return s;
}

bool hasRadicals(const QString &text)
{
    for (char32_t c : text.toUcs4())
        if ((c >= 0x2E80 && c <= 0x2FDF) || (c >= 0x31C0 && c <= 0x31EF))
            return true;
    return false;
}

// A PDF with one page per list of lines; no lines at all: a scan's
// worth of drawing with no text.
QByteArray writePdf(const QString &path, const QList<QStringList> &pages, const QString &title = QString())
{
    {
        QPdfWriter writer(path);
        writer.setTitle(title);
        writer.setResolution(72);
        writer.setPageSize(QPageSize(QPageSize::A4));
        QPainter painter(&writer);
        QFont cjk(QStringLiteral("Noto Sans CJK SC")), latin(QStringLiteral("Open Sans"));
        cjk.setPixelSize(12);
        latin.setPixelSize(12);
        for (qsizetype p = 0; p < pages.size(); ++p) {
            if (p > 0)
                writer.newPage();
            if (pages[p].isEmpty())
                painter.fillRect(QRectF(50, 50, 300, 200), Qt::gray);
            for (qsizetype l = 0; l < pages[p].size(); ++l) {
                painter.setFont(isAscii(pages[p][l]) ? latin : cjk);
                painter.drawText(QPointF(40, 60 + 24 * l), pages[p][l]);
            }
        }
    }
    return cs::test::readFile(path);
}

struct Read {
    ArticleError error = ArticleError::None;
    ArticleText article;
    QString message;
};

Read readPdf(const QString &path)
{
    Read r;
    r.error = cs::readPdfArticle(path, &r.article, &r.message);
    return r;
}

void writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

} // namespace

TEST(PdfArticle, TwoPagesOfChineseAndLatinTextComeBackInOrder)
{
    const QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bulletin.pdf"));
    writePdf(path, {kPage1, kPage2}, QStringLiteral("2023年统计公报"));
    const Read r = readPdf(path);
    ASSERT_EQ(r.error, ArticleError::None) << r.message.toStdString();
    EXPECT_EQ(r.article.title, QStringLiteral("2023年统计公报"));
    EXPECT_EQ(r.article.encoding, QStringLiteral("PDF"));
    // Extraction may space or break CJK text differently from how it was drawn: compare without.
    const QString text = withoutSpace(r.article.text);
    qsizetype previous = -1;
    for (const QString &line : kPage1 + kPage2) {
        const qsizetype at = text.indexOf(withoutSpace(line));
        EXPECT_GT(at, previous) << "missing or out of order: " << line.toStdString() << "\nin:\n" << r.article.text.toStdString();
        previous = std::max(previous, at);
    }
    EXPECT_FALSE(hasRadicals(r.article.text)) << r.article.text.toStdString();
    // The pages apart by a blank line.
    const QStringList pages = r.article.text.split(QStringLiteral("\n\n"));
    ASSERT_EQ(pages.size(), 2) << r.article.text.toStdString();
    EXPECT_TRUE(withoutSpace(pages[1]).startsWith(withoutSpace(kPage2[0]))) << pages[1].toStdString();
}

TEST(PdfArticle, ArticleReaderSendsPdfsToPopplerAndTextToTheCore)
{
    const QTemporaryDir dir;
    const QByteArray pdf = writePdf(dir.filePath(QStringLiteral("a.pdf")), {kPage2});
    // By its signature, whatever the name says.
    const QString unnamed = dir.filePath(QStringLiteral("download.dat"));
    writeBytes(unnamed, pdf);
    ArticleText article;
    QString error;
    ASSERT_EQ(cs::readArticleFile(unnamed, &article, &error), ArticleError::None) << error.toStdString();
    EXPECT_TRUE(withoutSpace(article.text).contains(withoutSpace(kPage2[1]))) << article.text.toStdString();
    EXPECT_EQ(article.encoding, QStringLiteral("PDF"));

    const QString txt = dir.filePath(QStringLiteral("a.txt"));
    writeBytes(txt, kPage1.join(u'\n').toUtf8());
    ASSERT_EQ(cs::readArticleFile(txt, &article, &error), ArticleError::None) << error.toStdString();
    EXPECT_EQ(article.text, kPage1.join(u'\n'));
    EXPECT_EQ(article.encoding, QStringLiteral("UTF-8"));
}

TEST(PdfArticle, NonPdfNamedPdfIsRefused)
{
    const QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("fake.pdf"));
    writeBytes(path, QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16));
    QString error;
    EXPECT_EQ(cs::readArticleFile(path, nullptr, &error), ArticleError::Binary);
    EXPECT_TRUE(error.startsWith(QStringLiteral("fake.pdf: "))) << error.toStdString();
    EXPECT_FALSE(error.contains(u'\n'));
}

TEST(PdfArticle, TruncatedOrDamagedPdfIsAnErrorNotACrash)
{
    const QTemporaryDir dir;
    const QByteArray pdf = writePdf(dir.filePath(QStringLiteral("whole.pdf")), {kPage1, kPage2});
    ASSERT_GT(pdf.size(), 2000);
    const QString path = dir.filePath(QStringLiteral("cut.pdf"));
    for (int tenths = 1; tenths <= 9; ++tenths) {
        writeBytes(path, pdf.left(pdf.size() * tenths / 10));
        const Read r = readPdf(path);
        EXPECT_EQ(r.error, ArticleError::Binary) << tenths << "/10: " << r.message.toStdString();
        EXPECT_TRUE(r.message.startsWith(QStringLiteral("cut.pdf: "))) << r.message.toStdString();
    }
    // A header and an end with nothing usable between.
    writeBytes(path, "%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 9 0 R >> endobj\ngarbage\ntrailer << /Root 1 0 R >>\n%%EOF\n");
    EXPECT_NE(readPdf(path).error, ArticleError::None);
    // Every byte of the middle overwritten: whatever poppler makes of it, no crash.
    QByteArray damaged = pdf;
    for (qsizetype i = damaged.size() / 4; i < damaged.size() * 3 / 4; i += 7)
        damaged[i] = char(i * 31);
    writeBytes(path, damaged);
    readPdf(path);
}

TEST(PdfArticle, PdfWithoutTextIsEmpty)
{
    const QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("scan.pdf"));
    writePdf(path, {QStringList()});
    const Read r = readPdf(path);
    EXPECT_EQ(r.error, ArticleError::Empty);
    EXPECT_EQ(r.message, QStringLiteral("scan.pdf: the PDF has no text (a scan?)"));
}

TEST(PdfArticle, MissingFileIsUnreadable)
{
    const QTemporaryDir dir;
    const Read r = readPdf(dir.filePath(QStringLiteral("missing.pdf")));
    EXPECT_EQ(r.error, ArticleError::Unreadable);
    EXPECT_TRUE(r.message.startsWith(QStringLiteral("missing.pdf: cannot read"))) << r.message.toStdString();
}
