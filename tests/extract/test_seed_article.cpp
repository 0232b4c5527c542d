// SPDX-License-Identifier: GPL-3.0-or-later
// The seed article (../shared/seeds): every figure of the table of issue #2, found with its value,
// unit, qualifier and period, and its measure for at least 30 of the 34; at most two rows that are
// not figures of the table (repeats are fine).
#include "extract/figure.h"
#include "model/unit.h"

#include <QFile>
#include <QRegularExpression>
#include <gtest/gtest.h>

#include <cmath>

using namespace cs;
using namespace cs::extract;

namespace {

struct Expected {
    double baseValue;  // in the unit's base: yuan, vehicles, months, m²
    const char *baseUnit;
    Qualifier qualifier;
    const char *period; // canonical, or "" for none
    const char *measure;
    const char *what;
};

const Expected kTable[] = {
    {6000000, "liang", Qualifier::Exact, "2023-11-24", "cumulative", "BYD NEVs produced"},
    {13 * 12, "month", Qualifier::Exact, "", "duration", "first million took 13 years"},
    {3, "month", Qualifier::MoreThan, "", "duration", "sixth million took 3+ months"},
    {125.8, "percent", Qualifier::Exact, "2023-Q1/2023-Q3", "growth", "NEV production growth"},
    {20, "ge", Qualifier::Exact, "2022", "count", "20 SEI clusters"},
    {8, "ge", Qualifier::Exact, "2022", "count", "8 future industries"},
    {10393.39e8, "yuan", Qualifier::Exact, "2023-Q1/2023-Q3", "level", "SEI added value"},
    {8.3, "percent", Qualifier::Exact, "2023-Q1/2023-Q3", "growth", "SEI added value growth"},
    {37.7, "percent", Qualifier::Exact, "2019", "share", "SEI share 2019"},
    {41.1, "percent", Qualifier::Exact, "2022", "share", "SEI share 2022"},
    {42.5, "percent", Qualifier::Exact, "2023-Q1/2023-Q3", "share", "SEI share 2023 Q1-Q3"},
    {85, "xiang", Qualifier::Exact, "", "count", "ECMO patents"},
    {3, "xiang", Qualifier::Exact, "", "count", "ECMO national standards"},
    {5, "xiang", Qualifier::Exact, "", "count", "ECMO enterprise standards"},
    {9.4, "percent", Qualifier::Exact, "2023-Q1/2023-Q3", "growth", "medical devices cluster growth"},
    {73.7, "percent", Qualifier::Exact, "2023-Q1/2023-Q3", "growth", "high-tech manufacturing investment growth"},
    {75.9, "percent", Qualifier::Exact, "2023-Q1/2023-Q3", "growth", "electronics investment growth"},
    {4566e8, "yuan", Qualifier::Exact, "2023-Q1/2023-Q3", "level", "Huawei sales revenue"},
    {2.4, "percent", Qualifier::Exact, "2023-Q1/2023-Q3", "growth", "Huawei revenue growth"},
    {16, "percent", Qualifier::Exact, "2023-Q1/2023-Q3", "ratio", "Huawei net profit margin"},
    {2000e4, "sqm", Qualifier::AtLeast, "", "target", "factory space each year"},
    {6000, "ge", Qualifier::MoreThan, "2023-11", "cumulative", "Standard Robots robots delivered"},
    {5.81, "percent", Qualifier::Exact, "2022", "ratio", "R&D intensity"},
    {94.9, "percent", Qualifier::Exact, "2022", "share", "enterprises' share of R&D"},
    {500, "jia", Qualifier::MoreThan, "2023-11", "count", "listed companies"},
    {742, "jia", Qualifier::Exact, "2023-11", "count", "little giants"},
    {80, "jia", Qualifier::MoreThan, "2023-11", "count", "synthetic-biology firms"},
    {270e8, "yuan", Qualifier::MoreThan, "2023-11", "level", "their valuation"},
    {3 * 12, "month", Qualifier::MoreThan, "", "duration", "facility construction time"},
    {6.2e4, "ming", Qualifier::Exact, "2023-11", "count", "students"},
    {2.4e4, "ming", Qualifier::Exact, "2023-11", "count", "staff"},
    {2000, "ming", Qualifier::MoreThan, "2023-11", "count", "postdocs"},
    {1100, "jia", Qualifier::MoreThan, "2023-11", "count", "high-tech enterprises"},
    {5.4, "percent", Qualifier::Exact, "2023-Q1/2023-Q3", "growth", "GDP growth"},
};

struct Base {
    double value = 0;
    QString unit;
};

Base baseOf(const Figure &f)
{
    const Unit *u = units::find(f.unitId);
    if (!u)
        return {f.value, f.unitId};
    const Unit *b = units::baseOf(*u);
    return {f.value * u->scale, b ? b->id : u->id};
}

bool sameValue(double a, double b) { return std::abs(a - b) <= 1e-9 * std::max(std::abs(a), std::abs(b)); }

QString seedText()
{
    QFile f(QStringLiteral(CLUSTERSCOPE_SHARED_DIR "/seeds/000_fdcd07c0151c0e94.txt"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readAll());
}

QString describe(const Figure &f)
{
    return QStringLiteral("%1 %2 [%3] %4 %5 %6/%7 «%8»")
        .arg(f.value).arg(f.unitText, qualifierCode(f.qualifier), f.period.toString(), figureMeasureId(f.measure),
             f.subject, f.indicatorName, f.quote.left(40));
}

} // namespace

TEST(SeedArticle, EveryFigureOfTheTableWithValueUnitQualifierPeriodAndMeasure)
{
    const QString text = seedText();
    if (text.isEmpty())
        GTEST_SKIP() << "../shared/seeds is absent";
    ExtractOptions options;
    options.articleDate = QDate(2023, 11, 24);
    const QList<Figure> figures = extractFigures(text, options);

    int found = 0, measured = 0;
    for (const Expected &e : kTable) {
        const Figure *hit = nullptr;
        for (const Figure &f : figures) {
            const Base b = baseOf(f);
            if (b.unit == QLatin1String(e.baseUnit) && sameValue(b.value, e.baseValue) && f.qualifier == e.qualifier
                && f.period.toString() == QLatin1String(e.period)) {
                if (!hit || figureMeasureId(f.measure) == QLatin1String(e.measure))
                    hit = &f;
            }
        }
        EXPECT_TRUE(hit) << "not found with its value, unit, qualifier and period: " << e.what;
        if (!hit)
            continue;
        ++found;
        if (figureMeasureId(hit->measure) == QLatin1String(e.measure))
            ++measured;
        else
            ADD_FAILURE() << "(counted, not fatal alone) measure of " << e.what << ": " << qPrintable(figureMeasureId(hit->measure));
    }
    int extra = 0;
    for (const Figure &f : figures) {
        const Base b = baseOf(f);
        bool inTable = false;
        for (const Expected &e : kTable)
            inTable = inTable || (b.unit == QLatin1String(e.baseUnit) && sameValue(b.value, e.baseValue));
        if (!inTable) {
            ++extra;
            std::printf("  not in the table: %s\n", qPrintable(describe(f)));
        }
    }
    std::printf("seed: %d/34 figures found, %d with the right measure, %d rows not in the table, %lld rows\n", found, measured,
                extra, static_cast<long long>(figures.size()));
    EXPECT_EQ(found, 34);
    EXPECT_GE(measured, 30);
    EXPECT_LE(extra, 2);
}

TEST(SeedArticle, OffsetsPointAtTheFigureInTheOriginalText)
{
    const QString text = seedText();
    if (text.isEmpty())
        GTEST_SKIP() << "../shared/seeds is absent";
    ExtractOptions options;
    options.articleDate = QDate(2023, 11, 24);
    for (const Figure &f : extractFigures(text, options)) {
        ASSERT_GE(f.start, f.sentenceStart);
        ASSERT_LE(f.end, f.sentenceEnd);
        ASSERT_LE(f.sentenceEnd, text.size());
        // The original span, with the layout's spaces and line breaks taken out, starts with the
        // figure's digits and ends with its unit.
        QString span = text.mid(f.start, f.end - f.start);
        span.remove(QRegularExpression(QStringLiteral("\\s")));
        EXPECT_FALSE(span.isEmpty());
        // (A count read from the "20＋8" label has its unit implied, not written.)
        if (!f.unitText.isEmpty() && f.unitText.front().script() == QChar::Script_Han && span.contains(f.unitText.back()))
            EXPECT_TRUE(span.endsWith(f.unitText.back())) << qPrintable(span) << " / " << qPrintable(f.unitText);
        else if (!f.unitText.isEmpty() && f.unitText.front().script() == QChar::Script_Han)
            EXPECT_TRUE(QRegularExpression(QStringLiteral("^[0-9０-９.]+$")).match(span).hasMatch()) << qPrintable(span);
        QString quote = text.mid(f.sentenceStart, f.sentenceEnd - f.sentenceStart);
        quote.remove(QRegularExpression(QStringLiteral("\\s")));
        QString q = f.quote;
        q.remove(QRegularExpression(QStringLiteral("\\s")));
        // A sentence quoted whole is quoted without its quotation marks.
        EXPECT_TRUE(quote == q || quote == QStringLiteral("“") + q + QStringLiteral("”")) << qPrintable(quote);
    }
}
