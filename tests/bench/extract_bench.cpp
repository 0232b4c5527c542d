// SPDX-License-Identifier: GPL-3.0-or-later
// Extraction speed (issue #14): a 10,000-character article in under 20 ms of extraction, and a
// 100-page PDF bulletin from open to the figures' table in under 2 s. The article is built from
// the test articles (tests/extract/data/articles) and, when ../shared is there, the seed article,
// repeated to 10,000 characters. The PDF is written by the benchmark (QPdfWriter, 100 pages of
// bulletin sentences in Noto Sans CJK SC) and read through the same function the window and the
// command line use.
#include "document/article_reader.h"
#include "extract/figure.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFont>
#include <QPainter>
#include <QPdfWriter>
#include <QTemporaryDir>
#include <benchmark/benchmark.h>

namespace {

QString readUtf8(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

QString articleOf(qsizetype size)
{
    QString source = readUtf8(QStringLiteral(CLUSTERSCOPE_SHARED_DIR "/seeds/000_fdcd07c0151c0e94.txt"));
    source += readUtf8(QStringLiteral(CLUSTERSCOPE_EXTRACT_DATA "/articles/bulletin_zh.txt"));
    source += readUtf8(QStringLiteral(CLUSTERSCOPE_EXTRACT_DATA "/articles/press_release_en.txt"));
    QString out;
    while (out.size() < size)
        out += source;
    out.truncate(size);
    return out;
}

void BM_Extract10000Characters(benchmark::State &state)
{
    const QString text = articleOf(10000);
    cs::extract::ExtractOptions options;
    options.articleDate = QDate(2023, 11, 24);
    qsizetype figures = 0;
    for (auto _ : state) {
        const QList<cs::extract::Figure> f = cs::extract::extractFigures(text, options);
        figures = f.size();
        benchmark::DoNotOptimize(f.data());
    }
    state.counters["figures"] = double(figures);
}
BENCHMARK(BM_Extract10000Characters)->Unit(benchmark::kMillisecond)->Repetitions(5)->ReportAggregatesOnly(true);

// 100 pages of bulletin text, drawn as text (not images) so the PDF has a text layer.
QString writeBulletinPdf(const QString &dir)
{
    const QString path = dir + QStringLiteral("/bulletin-100.pdf");
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setResolution(150);
    QPainter p(&writer);
    QFont font(QStringLiteral("Noto Sans CJK SC"));
    font.setPointSizeF(10);
    p.setFont(font);
    const QStringList lines = readUtf8(QStringLiteral(CLUSTERSCOPE_EXTRACT_DATA "/articles/bulletin_zh.txt")).split(u'\n');
    const int lineHeight = p.fontMetrics().height();
    const int perPage = (writer.height() - 200) / lineHeight;
    for (int page = 0; page < 100; ++page) {
        if (page > 0)
            writer.newPage();
        for (int l = 0; l < perPage; ++l) {
            // Lines cut to the column's width, as a bulletin's PDF gives them.
            const QString line = lines.at((page * perPage + l) % lines.size());
            p.drawText(100, 100 + l * lineHeight, line.left(40));
        }
    }
    p.end();
    return path;
}

void BM_Pdf100PagesOpenToTable(benchmark::State &state)
{
    QTemporaryDir dir;
    const QString path = writeBulletinPdf(dir.path());
    cs::extract::ExtractOptions options;
    options.articleDate = QDate(2023, 3, 20);
    qsizetype figures = 0;
    for (auto _ : state) {
        cs::extract::ArticleText article;
        QString error;
        if (cs::readArticleFile(path, &article, &error) != cs::extract::ArticleError::None) {
            state.SkipWithError(qPrintable(error));
            return;
        }
        figures = cs::extract::extractFigures(article.text, options).size();
    }
    state.counters["figures"] = double(figures);
}
BENCHMARK(BM_Pdf100PagesOpenToTable)->Unit(benchmark::kMillisecond)->Repetitions(3)->ReportAggregatesOnly(true)->Iterations(1);

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv); // QPdfWriter and fonts
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    return 0;
}
