// SPDX-License-Identifier: GPL-3.0-or-later
// Articles written for these tests (tests/extract/data/articles): a statistical bulletin and an
// English press release, each with its figures annotated by hand in NAME.expected.tsv. Every
// annotated figure must be found with its value, unit, qualifier, period and measure, with at most
// two rows that are not annotated figures.
#include "extract/figure.h"
#include "model/unit.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <gtest/gtest.h>

#include <cmath>

using namespace cs;
using namespace cs::extract;

namespace {

struct Row {
    double value = 0;
    QString unit, qualifier, period, measure;
};

struct Base {
    double value = 0;
    QString unit;
};

Base baseOf(const Figure &f)
{
    const Unit *u = units::find(f.unitId);
    if (!u || u->id.startsWith(QLatin1String("custom:")))
        return {f.value, f.unitId};
    const Unit *b = units::baseOf(*u);
    return {f.value * u->scale, b ? b->id : u->id};
}

bool sameValue(double a, double b) { return std::abs(a - b) <= 1e-9 * std::max(std::abs(a), std::abs(b)); }

QString describe(const Figure &f)
{
    return QStringLiteral("%1 %2 (%3) [%4] %5 %6 | %7 / %8")
        .arg(f.value).arg(f.unitText, f.unitId, qualifierCode(f.qualifier), f.period.toString(), figureMeasureId(f.measure),
             f.subject, f.indicatorName);
}

void checkArticle(const QString &name)
{
    const QString dir = QStringLiteral(CLUSTERSCOPE_EXTRACT_DATA "/articles/");
    QFile text(dir + name + QStringLiteral(".txt")), expected(dir + name + QStringLiteral(".expected.tsv"));
    ASSERT_TRUE(text.open(QIODevice::ReadOnly) && expected.open(QIODevice::ReadOnly)) << qPrintable(name);
    const QString article = QString::fromUtf8(text.readAll());
    QList<Row> rows;
    QDate date;
    for (const QString &line : QString::fromUtf8(expected.readAll()).split(QLatin1Char('\n'))) {
        if (line.startsWith(QLatin1Char('#'))) {
            const QRegularExpressionMatch m = QRegularExpression(QStringLiteral("article date (\\d{4}-\\d\\d-\\d\\d)")).match(line);
            if (m.hasMatch())
                date = QDate::fromString(m.captured(1), Qt::ISODate);
            continue;
        }
        const QStringList f = line.split(QLatin1Char('\t'));
        if (f.size() < 5)
            continue;
        rows.append({f[0].toDouble(), f[1], f[2], f[3], f[4]});
    }
    ASSERT_TRUE(date.isValid());
    ASSERT_GE(rows.size(), 10);

    ExtractOptions options;
    options.articleDate = date;
    const QList<Figure> figures = extractFigures(article, options);
    int found = 0;
    for (const Row &r : rows) {
        bool hit = false;
        for (const Figure &f : figures) {
            const Base b = baseOf(f);
            hit = hit
                || (b.unit == r.unit && sameValue(b.value, r.value) && qualifierCode(f.qualifier) == r.qualifier
                    && f.period.toString() == r.period && figureMeasureId(f.measure) == r.measure);
        }
        found += hit ? 1 : 0;
        EXPECT_TRUE(hit) << qPrintable(name) << ": not found: " << r.value << ' ' << qPrintable(r.unit) << " ["
                         << qPrintable(r.qualifier) << "] " << qPrintable(r.period) << ' ' << qPrintable(r.measure);
    }
    int extra = 0;
    for (const Figure &f : figures) {
        const Base b = baseOf(f);
        bool annotated = false;
        for (const Row &r : rows)
            annotated = annotated || (b.unit == r.unit && sameValue(b.value, r.value));
        if (!annotated) {
            ++extra;
            std::printf("  %s: not annotated: %s\n", qPrintable(name), qPrintable(describe(f)));
        }
    }
    if (found < rows.size()) {
        for (const Figure &f : figures)
            std::printf("  %s: extracted: %s\n", qPrintable(name), qPrintable(describe(f)));
    }
    std::printf("%s: %d/%lld annotated figures found whole, %d rows not annotated\n", qPrintable(name), found,
                static_cast<long long>(rows.size()), extra);
    EXPECT_LE(extra, 2);
}

} // namespace

TEST(Articles, StatisticalBulletinInChinese) { checkArticle(QStringLiteral("bulletin_zh")); }
TEST(Articles, PressReleaseInEnglish) { checkArticle(QStringLiteral("press_release_en")); }
