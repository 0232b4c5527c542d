// SPDX-License-Identifier: GPL-3.0-or-later
#include "extract/article_text.h"
#include "import/text_encoding.h"

#include <QFile>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using cs::extract::ArticleError;
using cs::extract::ArticleText;

// Failures print the text, not its UTF-16 code units.
static void PrintTo(const QString &s, std::ostream *os)
{
    *os << '"' << s.toStdString() << '"';
}

namespace {

const QString kBulletin = QStringLiteral("2023年深圳市地区生产总值34606.40亿元，比上年增长6.0%。\n全年规模以上工业增加值增长6.0%。");

QByteArray gb18030(const QString &text)
{
    QStringEncoder encoder("GB18030");
    EXPECT_TRUE(encoder.isValid());
    QByteArray bytes = encoder.encode(text);
    EXPECT_FALSE(encoder.hasError());
    return bytes;
}

QByteArray utf16le(const QString &text)
{
    QByteArray out("\xFF\xFE", 2);
    for (QChar c : text) {
        out += char(c.unicode() & 0xFF);
        out += char(c.unicode() >> 8);
    }
    return out;
}

struct Read {
    ArticleError error;
    ArticleText article;
    QString message;
};

Read fromBytes(const QByteArray &bytes, const QString &name)
{
    Read r;
    r.error = cs::extract::articleFromBytes(bytes, name, &r.article, &r.message);
    return r;
}

class ArticleFile : public ::testing::Test {
protected:
    QString write(const QString &name, const QByteArray &bytes)
    {
        const QString path = dir.filePath(name);
        QFile f(path);
        EXPECT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(bytes);
        return path;
    }
    Read read(const QString &path)
    {
        Read r;
        r.error = cs::extract::readArticle(path, &r.article, &r.message);
        return r;
    }
    QTemporaryDir dir;
};

} // namespace

TEST_F(ArticleFile, Utf8TextKeepsItsLines)
{
    const Read r = read(write("a.txt", kBulletin.toUtf8()));
    ASSERT_EQ(r.error, ArticleError::None) << r.message.toStdString();
    EXPECT_EQ(r.article.text, kBulletin);
    EXPECT_EQ(r.article.encoding, "UTF-8");
    EXPECT_TRUE(r.article.title.isEmpty());
    EXPECT_TRUE(r.message.isEmpty());
}

TEST_F(ArticleFile, GbkTextIsDecoded)
{
    const Read r = read(write("gbk.txt", gb18030(kBulletin)));
    ASSERT_EQ(r.error, ArticleError::None) << r.message.toStdString();
    EXPECT_EQ(r.article.text, kBulletin);
    EXPECT_EQ(r.article.encoding, "GB18030");
}

TEST_F(ArticleFile, Utf16WithBomIsDecoded)
{
    const Read r = read(write("u16.txt", utf16le(kBulletin)));
    ASSERT_EQ(r.error, ArticleError::None) << r.message.toStdString();
    EXPECT_EQ(r.article.text, kBulletin);
    EXPECT_EQ(r.article.encoding, "UTF-16LE");
}

// Plain text is kept as decoded, so that --extract's offsets are offsets into it; only the
// byte-order mark goes. (The extractor reads through its spaces and line breaks.)
TEST(ArticleText, PlainTextIsKeptAsDecoded)
{
    const QString body = QStringLiteral("  　　第一段   有  空格\r\n第二行\t\r\n\r\n\r\n\r\n第二段\n");
    const Read r = fromBytes("\xEF\xBB\xBF" + body.toUtf8(), "a.txt");
    ASSERT_EQ(r.error, ArticleError::None);
    EXPECT_EQ(r.article.text, body);
}

TEST(ArticleText, HtmlIsReducedToItsText)
{
    const QByteArray html = QStringLiteral(
        "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>统计公报_深圳市统计局</title>"
        "<style>p { color: red } .x:after { content: '<p>样式</p>' }</style>"
        "<script>var s = \"<div>脚本</div>\"; if (a < b && c > d) {}</script></head>"
        "<body><!-- 注释 <p>不要</p> --><noscript>请启用脚本</noscript><template><p>模板</p></template>"
        "<h1>统计公报</h1><div class=\"t\"><p>地区生产总值&nbsp;34606.40&#20159;&#x5143;，\n    增长6.0&#37;。</p>"
        "<p>A &amp; B &lt;C&gt; &ldquo;引号&rdquo; &copy; &unknown; &#150;</p>"
        "<ul><li>第一</li><li>第二<br>换行</li></ul>"
        "<table><tr><th>指标</th><th>数值</th></tr><tr><td>工业</td><td>6.0</td></tr></table></div></body></html>")
                                .toUtf8();
    const Read r = fromBytes(html, "page.html");
    ASSERT_EQ(r.error, ArticleError::None) << r.message.toStdString();
    EXPECT_EQ(r.article.title, QStringLiteral("统计公报")); // the <h1>: <title> adds the site's name
    EXPECT_EQ(r.article.text, QStringLiteral("统计公报\n地区生产总值 34606.40亿元， 增长6.0%。\n"
                                             "A & B <C> “引号” © &unknown; –\n第一\n第二\n换行\n指标 数值\n工业 6.0"));
    for (const char *dropped : {"样式", "脚本", "注释", "不要", "请启用", "模板", "color", "var s"})
        EXPECT_FALSE(r.article.text.contains(QString::fromUtf8(dropped))) << dropped;
}

TEST(ArticleText, HtmlTitleWithoutHeadingLeadsTheText)
{
    const Read r = fromBytes("<html><head><title>Report &amp; figures</title></head><body><p>GDP rose 5%.</p></body></html>",
                             "r.htm");
    ASSERT_EQ(r.error, ArticleError::None);
    EXPECT_EQ(r.article.title, "Report & figures");
    EXPECT_EQ(r.article.text, "Report & figures\nGDP rose 5%.");
}

TEST(ArticleText, HtmlIsRecognisedByContentWithoutAnExtension)
{
    const Read r = fromBytes("  <!doctype html><p>One</p><p>Two</p>", "download");
    ASSERT_EQ(r.error, ArticleError::None);
    EXPECT_EQ(r.article.text, "One\nTwo");
}

TEST(ArticleText, HtmlMetaCharsetWinsOverDetection)
{
    // Isolated hanzi between ASCII do not look Chinese to detection (it says Latin-1); the page
    // declares GBK.
    const QString body = QStringLiteral("<p>A股 B股 C股 1季 2季</p>");
    const QByteArray gbk = gb18030(body);
    ASSERT_NE(cs::detectEncoding(gbk).encoding, cs::TextEncoding::Gb18030) << "the test needs detection to miss";
    for (const char *meta : {"<meta charset=gbk>", "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=GB2312\">"}) {
        const Read r = fromBytes(QByteArray("<html><head>") + meta + "</head><body>" + gbk + "</body></html>", "p.html");
        ASSERT_EQ(r.error, ArticleError::None) << meta;
        EXPECT_EQ(r.article.text, QStringLiteral("A股 B股 C股 1季 2季")) << meta;
        EXPECT_EQ(r.article.encoding, "GB18030") << meta;
    }
}

TEST(ArticleText, WrongMetaCharsetLosesToCleanDetection)
{
    // A template declaring GBK around UTF-8 text: GB18030 decoding would give mojibake and errors.
    const QByteArray page = "<html><head><meta charset=gbk></head><body><p>" + kBulletin.toUtf8() + "</p></body></html>";
    const Read r = fromBytes(page, "p.html");
    ASSERT_EQ(r.error, ArticleError::None);
    EXPECT_EQ(r.article.encoding, "UTF-8");
    EXPECT_TRUE(r.article.text.contains(QStringLiteral("地区生产总值34606.40亿元")));
}

TEST(ArticleText, MarkdownKeepsItsText)
{
    const QString md = QStringLiteral(
        "# 2023年 **统计** 公报 #\n\n"
        "全年 **地区生产总值** 增长 *6.0%*，见[统计局网站](https://tjj.sz.gov.cn/a(b).html)。\n"
        "![图表](chart.png)\n"
        "> 引用 `代码 *不变*` 与 ~~删除~~ 1~3月 snake_case_name _强调_\n"
        "- 第一项\n* 第二项\n1. 有序\n\n"
        "```python\nprint('**原样**')\n```\n"
        "| 指标 | 数值 |\n|---|---:|\n| 工业 | 6.0 |\n\n"
        "## 第二节\n---\n[ref]: https://example.com\n\\*转义\\* [参考][ref]\n");
    const Read r = fromBytes(md.toUtf8(), "a.md");
    ASSERT_EQ(r.error, ArticleError::None) << r.message.toStdString();
    EXPECT_EQ(r.article.title, QStringLiteral("2023年 统计 公报"));
    EXPECT_EQ(r.article.text, QStringLiteral("2023年 统计 公报\n\n"
                                             "全年 地区生产总值 增长 6.0%，见统计局网站。\n"
                                             "引用 代码 *不变* 与 删除 1~3月 snake_case_name 强调\n"
                                             "第一项\n第二项\n1. 有序\n\n"
                                             "print('**原样**')\n"
                                             "指标 数值\n工业 6.0\n\n"
                                             "第二节\n\n*转义* 参考"));
}

TEST(ArticleText, SetextHeadingIsTheTitle)
{
    const Read r = fromBytes("Annual report\n=============\n\nGDP grew.\n", "r.md");
    ASSERT_EQ(r.error, ArticleError::None);
    EXPECT_EQ(r.article.title, "Annual report");
    EXPECT_EQ(r.article.text, "Annual report\n\nGDP grew.");
}

TEST_F(ArticleFile, EmptyFileIsRefused)
{
    const Read r = read(write("a.txt", QByteArray()));
    EXPECT_EQ(r.error, ArticleError::Empty);
    EXPECT_EQ(r.message, "a.txt: the file is empty");
}

TEST_F(ArticleFile, WhitespaceOnlyFileIsEmpty)
{
    const Read r = read(write("blank.txt", QStringLiteral(" \r\n\t　\n\n ").toUtf8()));
    EXPECT_EQ(r.error, ArticleError::Empty);
    EXPECT_TRUE(r.message.startsWith("blank.txt: ")) << r.message.toStdString();
    EXPECT_FALSE(r.message.contains(u'\n'));
}

TEST(ArticleText, HtmlWithOnlyMarkupIsEmpty)
{
    const Read r = fromBytes("<html><head><script>x()</script></head><body><div> &nbsp; </div></body></html>", "e.html");
    EXPECT_EQ(r.error, ArticleError::Empty);
    EXPECT_TRUE(r.message.startsWith("e.html: ")) << r.message.toStdString();
}

TEST_F(ArticleFile, PngRenamedTxtIsBinary)
{
    const QByteArray png("\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10\0\0\0\x10\x08\x06\0\0\0\x1f\xf3\xff" "a", 33);
    const Read r = read(write("chart.txt", png));
    EXPECT_EQ(r.error, ArticleError::Binary);
    EXPECT_TRUE(r.message.startsWith("chart.txt: ")) << r.message.toStdString();
    EXPECT_TRUE(r.message.contains("PNG")) << r.message.toStdString();
}

TEST(ArticleText, UnknownBinaryIsRefused)
{
    // No known signature: NUL bytes, or control characters when there are none.
    QByteArray withNul("\x01\x02\x03\x00\x05 some text", 15);
    EXPECT_EQ(fromBytes(withNul, "x.txt").error, ArticleError::Binary);
    QByteArray controls;
    for (int i = 0; i < 400; ++i)
        controls += char(1 + (i * 37) % 254);
    const Read r = fromBytes(controls, "y.txt");
    EXPECT_EQ(r.error, ArticleError::Binary) << r.message.toStdString();
}

TEST(ArticleText, Utf16WithoutBomIsNotBinary)
{
    const Read r = fromBytes(utf16le(QStringLiteral("GDP 增长 5%")).mid(2), "u.txt");
    ASSERT_EQ(r.error, ArticleError::None) << r.message.toStdString();
    EXPECT_EQ(r.article.text, QStringLiteral("GDP 增长 5%"));
}

TEST_F(ArticleFile, FileOverTheLimitIsRefusedBeforeReading)
{
    const QString path = dir.filePath("big.txt");
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    ASSERT_TRUE(f.resize(cs::extract::kMaxArticleBytes + 1)); // sparse: no disk, and all NULs if it were read
    f.close();
    const Read r = read(path);
    EXPECT_EQ(r.error, ArticleError::TooLarge);
    EXPECT_TRUE(r.message.startsWith("big.txt: the file is ")) << r.message.toStdString();
}

TEST_F(ArticleFile, MissingFileIsUnreadable)
{
    const Read r = read(dir.filePath("missing.txt"));
    EXPECT_EQ(r.error, ArticleError::Unreadable);
    EXPECT_TRUE(r.message.startsWith("missing.txt: cannot read")) << r.message.toStdString();
    EXPECT_EQ(cs::extract::readArticle(dir.path(), nullptr, nullptr), ArticleError::Unreadable); // a directory
}
