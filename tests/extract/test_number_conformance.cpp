// SPDX-License-Identifier: GPL-3.0-or-later
// The public number suites (Recognizers-Text zh/en, JioNLP money) run against findQuantities()
// and findNumberRanges(). Pass rates are printed per file; the floors are asserted.
#include "extract/quantities.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>
#include <cmath>
#include <functional>
#include <gtest/gtest.h>

using namespace cs::extract;

namespace {

const QString kConformance = QStringLiteral(CLUSTERSCOPE_SHARED_DIR "/conformance");
const QString kSection = QStringLiteral("--- numbers, percentages, ranges, currency");

bool sameNumber(double a, double b)
{
    return std::abs(a - b) <= 1e-9 * std::max({1.0, std::abs(a), std::abs(b)}) || std::abs(a - b) < 1e-12;
}

// file (relative to conformance/) → index → reason, from this test's section of out_of_scope.tsv.
QHash<QString, QHash<int, QString>> outOfScope()
{
    QHash<QString, QHash<int, QString>> map;
    QFile f(QStringLiteral(CLUSTERSCOPE_EXTRACT_DATA "/out_of_scope.tsv"));
    if (!f.open(QIODevice::ReadOnly))
        return map;
    bool inSection = false;
    for (const QByteArray &raw : f.readAll().split('\n')) {
        const QString line = QString::fromUtf8(raw);
        if (line.startsWith(QLatin1String("# ---"))) {
            inSection = line.contains(kSection.mid(4));
            continue;
        }
        if (!inSection || line.startsWith(QLatin1Char('#')) || line.trimmed().isEmpty())
            continue;
        const QStringList cols = line.split(QLatin1Char('\t'));
        if (cols.size() < 3) {
            ADD_FAILURE() << "malformed out_of_scope.tsv line: " << line.toStdString();
            continue;
        }
        bool ok = false;
        const int index = cols[1].toInt(&ok);
        if (!ok || cols[2].trimmed().isEmpty()) {
            ADD_FAILURE() << "malformed out_of_scope.tsv line: " << line.toStdString();
            continue;
        }
        map[cols[0]][index] = cols[2];
    }
    return map;
}

QJsonArray loadArray(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).array();
}

bool notSupportedByDotnet(const QJsonObject &c)
{
    for (const char *key : {"NotSupported", "NotSupportedByDesign"}) {
        const QStringList platforms = c.value(QLatin1String(key)).toString().split(QLatin1Char(','));
        for (const QString &p : platforms)
            if (p.trimmed().compare(QLatin1String("dotnet"), Qt::CaseInsensitive) == 0)
                return true;
    }
    return false;
}

// One found entity, as the spec compares it: inclusive offsets and a value.
struct Found {
    qsizetype start = 0, end = 0; // inclusive, like the specs
    double value = 0;
    QString iso;     // currency only
    QString interval; // ranges only
};

using Finder = std::function<QList<Found>(const QString &)>;
using Checker = std::function<bool(const QJsonObject &, QString *why)>;

struct Rate {
    int pass = 0, inScope = 0, outOfScope = 0, notSupported = 0;
    double rate() const { return inScope ? double(pass) / inScope : 1; }
};

// Runs every case of `file` with `check`, prints the rate, and fails when an out-of-scope index
// does not exist. Returns nullopt when the file is absent.
std::optional<Rate> runSuite(const QString &file, const QString &label, const Checker &check)
{
    const QString path = kConformance + QLatin1Char('/') + file;
    if (!QFile::exists(path))
        return std::nullopt;
    const QJsonArray cases = loadArray(path);
    EXPECT_FALSE(cases.isEmpty()) << path.toStdString();
    const auto excluded = outOfScope().value(file);
    for (auto it = excluded.cbegin(); it != excluded.cend(); ++it)
        EXPECT_TRUE(it.key() >= 0 && it.key() < cases.size())
            << file.toStdString() << ": out-of-scope index " << it.key() << " does not exist";
    Rate r;
    const bool verbose = qEnvironmentVariableIsSet("CLUSTERSCOPE_CONFORMANCE_VERBOSE");
    for (int i = 0; i < cases.size(); ++i) {
        const QJsonObject c = cases[i].toObject();
        if (notSupportedByDotnet(c)) {
            ++r.notSupported;
            continue;
        }
        if (excluded.contains(i)) {
            ++r.outOfScope;
            continue;
        }
        ++r.inScope;
        QString why;
        if (check(c, &why))
            ++r.pass;
        else if (verbose)
            printf("  FAIL %s #%d: %s\n", qPrintable(file), i, qPrintable(why));
    }
    printf("%s: %d/%d in scope = %.1f%%, %d out of scope%s\n", qPrintable(label), r.pass, r.inScope, 100 * r.rate(),
           r.outOfScope, r.notSupported ? qPrintable(QStringLiteral(", %1 not supported by .NET").arg(r.notSupported)) : "");
    fflush(stdout);
    return r;
}

QString describe(const QList<Found> &list)
{
    QStringList parts;
    for (const Found &f : list)
        parts << QStringLiteral("[%1,%2]=%3%4%5").arg(f.start).arg(f.end).arg(f.value, 0, 'g', 15).arg(f.iso, f.interval);
    return parts.join(QLatin1Char(' '));
}

double specNumber(const QJsonValue &v)
{
    QString s = v.toString();
    s.remove(QLatin1Char('%'));
    return s.toDouble();
}

// Recognizers-Text model files: compare count, order, Start, End and value (and isoCurrency).
Checker modelChecker(const Finder &find)
{
    return [find](const QJsonObject &c, QString *why) {
        const QJsonArray expected = c.value(QLatin1String("Results")).toArray();
        const QList<Found> got = find(c.value(QLatin1String("Input")).toString());
        bool ok = got.size() == expected.size();
        const bool ignoreValue = c.value(QLatin1String("IgnoreResolution")).toBool();
        for (int i = 0; ok && i < expected.size(); ++i) {
            const QJsonObject e = expected[i].toObject();
            const QJsonObject res = e.value(QLatin1String("Resolution")).toObject();
            ok = got[i].start == e.value(QLatin1String("Start")).toInt() && got[i].end == e.value(QLatin1String("End")).toInt();
            if (ok && !ignoreValue && !res.value(QLatin1String("value")).isNull())
                ok = sameNumber(got[i].value, specNumber(res.value(QLatin1String("value"))));
            else if (ok && res.contains(QLatin1String("value")) && res.value(QLatin1String("value")).isNull())
                ok = false; // a bare currency name: nothing for us to find
            if (ok && res.contains(QLatin1String("isoCurrency")) && res.value(QLatin1String("isoCurrency")).isString())
                ok = got[i].iso == res.value(QLatin1String("isoCurrency")).toString();
        }
        if (!ok) {
            QStringList want;
            for (const QJsonValue &v : expected) {
                const QJsonObject e = v.toObject();
                want << QStringLiteral("[%1,%2]=%3").arg(e.value(QLatin1String("Start")).toInt()).arg(e.value(QLatin1String("End")).toInt())
                            .arg(e.value(QLatin1String("Resolution")).toObject().value(QLatin1String("value")).toString());
            }
            *why = QStringLiteral("%1 | want %2 | got %3").arg(c.value(QLatin1String("Input")).toString(), want.join(QLatin1Char(' ')), describe(got));
        }
        return ok;
    };
}

QList<Found> numbers(const QString &text)
{
    QList<Found> out;
    for (const Quantity &q : findQuantities(text))
        out.append({q.numberStart, q.numberEnd - 1, q.numeralValue, {}, {}});
    return out;
}

QList<Found> percentages(const QString &text)
{
    QList<Found> out;
    for (const Quantity &q : findQuantities(text)) {
        if (q.kind == QuantityKind::Percent || q.kind == QuantityKind::PercentagePoint)
            out.append({q.start, q.end - 1, q.value, {}, {}});
        else if (q.kind == QuantityKind::Permille)
            out.append({q.start, q.end - 1, q.value / 10, {}, {}});
    }
    return out;
}

QList<Found> currencies(const QString &text)
{
    QList<Found> out;
    for (const Quantity &q : findQuantities(text))
        if (q.kind == QuantityKind::Currency)
            out.append({q.start, q.end - 1, q.value * q.unitScale, q.currency, {}});
    return out;
}

QList<Found> dimensions(const QString &text)
{
    QList<Found> out;
    for (const Quantity &q : findQuantities(text))
        if (q.kind == QuantityKind::Area || q.kind == QuantityKind::Other)
            out.append({q.start, q.end - 1, q.value * q.unitScale, {}, {}});
    return out;
}

QString intervalOf(const NumberRange &r)
{
    auto num = [](const std::optional<double> &v) { return v ? QString::number(*v, 'g', 15) : QString(); };
    return QStringLiteral("%1%2,%3%4")
        .arg(r.low && r.lowInclusive ? QLatin1Char('[') : QLatin1Char('('))
        .arg(num(r.low), num(r.high))
        .arg(r.high && r.highInclusive ? QLatin1Char(']') : QLatin1Char(')'));
}

// "[20,35)", "(,100]" compared as numbers.
bool sameInterval(const QString &want, const NumberRange &r)
{
    if (want.size() < 3)
        return false;
    const QStringList ends = want.mid(1, want.size() - 2).split(QLatin1Char(','));
    if (ends.size() != 2)
        return false;
    auto endOk = [](const QString &s, const std::optional<double> &v) {
        return s.isEmpty() ? !v.has_value() : (v.has_value() && sameNumber(*v, s.toDouble()));
    };
    const bool lowIncl = want.front() == QLatin1Char('[');
    const bool highIncl = want.back() == QLatin1Char(']');
    return endOk(ends[0], r.low) && endOk(ends[1], r.high) && (ends[0].isEmpty() || lowIncl == r.lowInclusive)
        && (ends[1].isEmpty() || highIncl == r.highInclusive);
}

Checker rangeChecker()
{
    return [](const QJsonObject &c, QString *why) {
        const QJsonArray expected = c.value(QLatin1String("Results")).toArray();
        const QString input = c.value(QLatin1String("Input")).toString();
        const QList<NumberRange> got = findNumberRanges(input);
        bool ok = got.size() == expected.size();
        for (int i = 0; ok && i < expected.size(); ++i) {
            const QJsonObject e = expected[i].toObject();
            ok = got[i].start == e.value(QLatin1String("Start")).toInt() && got[i].end - 1 == e.value(QLatin1String("End")).toInt()
                && sameInterval(e.value(QLatin1String("Resolution")).toObject().value(QLatin1String("value")).toString(), got[i]);
        }
        if (!ok) {
            QStringList have;
            for (const NumberRange &r : got)
                have << QStringLiteral("[%1,%2]=%3").arg(r.start).arg(r.end - 1).arg(intervalOf(r));
            QStringList want;
            for (const QJsonValue &v : expected)
                want << QStringLiteral("[%1,%2]=%3").arg(v[QLatin1String("Start")].toInt()).arg(v[QLatin1String("End")].toInt())
                            .arg(v[QLatin1String("Resolution")][QLatin1String("value")].toString());
            *why = QStringLiteral("%1 | want %2 | got %3").arg(input, want.join(QLatin1Char(' ')), have.join(QLatin1Char(' ')));
        }
        return ok;
    };
}

QString isoOfJioCase(const QString &name)
{
    static const QHash<QString, QString> iso = {
        {QStringLiteral("元"), QStringLiteral("CNY")},     {QStringLiteral("港元"), QStringLiteral("HKD")},
        {QStringLiteral("美元"), QStringLiteral("USD")},   {QStringLiteral("日元"), QStringLiteral("JPY")},
        {QStringLiteral("欧元"), QStringLiteral("EUR")},   {QStringLiteral("新台币"), QStringLiteral("TWD")},
        {QStringLiteral("泰铢"), QStringLiteral("THB")},   {QStringLiteral("卢布"), QStringLiteral("RUB")},
        {QStringLiteral("韩元"), QStringLiteral("KRW")},   {QStringLiteral("澳元"), QStringLiteral("AUD")},
    };
    return iso.value(name);
}

// JioNLP parse_money: the amount (in yuan, dollars … as base units) and its currency. A single
// amount is the first currency quantity (a bare number is yuan, as JioNLP reads it); a range is
// the first two-ended range, in the currency of the last currency quantity. `definition` (约, 近,
// 至少 …) comes from words around the amount, which the figure layer reads; it is not compared.
bool checkMoney(const QJsonObject &c, QString *why)
{
    const QString text = c.value(QLatin1String("text")).toString();
    const QJsonObject expected = c.value(QLatin1String("expected")).toObject();
    const QString iso = isoOfJioCase(expected.value(QLatin1String("case")).toString());
    const QList<Quantity> qs = findQuantities(text);
    QString gotIso = QStringLiteral("CNY");
    for (const Quantity &q : qs)
        if (q.kind == QuantityKind::Currency && !q.currency.isEmpty())
            gotIso = q.currency;
    const QJsonValue num = expected.value(QLatin1String("num"));
    bool ok = false;
    QString got;
    if (num.isString()) {
        for (const Quantity &q : qs) {
            if (q.kind != QuantityKind::Currency && q.kind != QuantityKind::Number)
                continue;
            const double v = q.value * q.unitScale;
            const QString qIso = q.kind == QuantityKind::Currency ? q.currency : QStringLiteral("CNY");
            ok = std::abs(v - num.toString().toDouble()) < 0.006 && qIso == iso;
            got = QStringLiteral("%1 %2").arg(v, 0, 'f', 2).arg(qIso);
            break;
        }
    } else {
        const QJsonArray pair = num.toArray();
        for (const NumberRange &r : findNumberRanges(text)) {
            if (!r.low || !r.high)
                continue;
            ok = std::abs(*r.low - pair[0].toString().toDouble()) < 0.006
                && std::abs(*r.high - pair[1].toString().toDouble()) < 0.006 && gotIso == iso;
            got = QStringLiteral("[%1, %2] %3").arg(*r.low, 0, 'f', 2).arg(*r.high, 0, 'f', 2).arg(gotIso);
            break;
        }
    }
    if (!ok)
        *why = QStringLiteral("%1 | want %2 %3 | got %4")
                   .arg(text, QString::fromUtf8(QJsonDocument(QJsonArray{num}).toJson(QJsonDocument::Compact)), iso, got);
    return ok;
}

// JioNLP extract_money: the spans of money amounts, [start, end).
bool checkMoneySpans(const QJsonObject &c, QString *why)
{
    const QString text = c.value(QLatin1String("text")).toString();
    const QJsonArray expected = c.value(QLatin1String("expected")).toArray();
    QList<QPair<qsizetype, qsizetype>> got;
    for (const Quantity &q : findQuantities(text))
        if (q.kind == QuantityKind::Currency)
            got.append({q.start, q.end});
    bool ok = got.size() == expected.size();
    for (int i = 0; ok && i < expected.size(); ++i) {
        const QJsonArray off = expected[i].toObject().value(QLatin1String("offset")).toArray();
        ok = got[i].first == off[0].toInt() && got[i].second == off[1].toInt();
    }
    if (!ok) {
        QStringList have;
        for (const auto &g : got)
            have << text.mid(g.first, g.second - g.first);
        *why = QStringLiteral("%1 | got %2").arg(text, have.join(QLatin1String(" / ")));
    }
    return ok;
}

#define SKIP_WITHOUT_SUITES()                                                                                          \
    if (!QDir(kConformance).exists())                                                                                  \
        GTEST_SKIP() << "no conformance suites at " << kConformance.toStdString();

const QString kZh = QStringLiteral("recognizers-text-zh/Specs/");

} // namespace

TEST(NumberConformance, OutOfScopeListNamesExistingCases)
{
    SKIP_WITHOUT_SUITES();
    const auto map = outOfScope();
    EXPECT_FALSE(map.isEmpty());
    for (auto it = map.cbegin(); it != map.cend(); ++it) {
        const QString path = kConformance + QLatin1Char('/') + it.key();
        ASSERT_TRUE(QFile::exists(path)) << "out_of_scope.tsv names a missing file: " << it.key().toStdString();
        const qsizetype size = loadArray(path).size();
        for (auto c = it.value().cbegin(); c != it.value().cend(); ++c)
            EXPECT_TRUE(c.key() >= 0 && c.key() < size) << it.key().toStdString() << ": no case " << c.key();
    }
}

TEST(NumberConformance, ChineseNumberModel)
{
    SKIP_WITHOUT_SUITES();
    const auto r = runSuite(kZh + QStringLiteral("Number/Chinese/NumberModel.json"), QStringLiteral("NumberModel.json (Chinese)"), modelChecker(numbers));
    ASSERT_TRUE(r);
    EXPECT_GE(r->rate(), 0.95);
}

TEST(NumberConformance, ChinesePercentModel)
{
    SKIP_WITHOUT_SUITES();
    const auto r = runSuite(kZh + QStringLiteral("Number/Chinese/PercentModel.json"), QStringLiteral("PercentModel.json (Chinese)"), modelChecker(percentages));
    ASSERT_TRUE(r);
    EXPECT_GE(r->rate(), 0.95);
}

TEST(NumberConformance, ChineseCurrencyModel)
{
    SKIP_WITHOUT_SUITES();
    const auto r = runSuite(kZh + QStringLiteral("NumberWithUnit/Chinese/CurrencyModel.json"), QStringLiteral("CurrencyModel.json (Chinese)"), modelChecker(currencies));
    ASSERT_TRUE(r);
    EXPECT_GE(r->rate(), 0.95);
}

TEST(NumberConformance, ChineseNumberRangeModel)
{
    SKIP_WITHOUT_SUITES();
    const auto r = runSuite(kZh + QStringLiteral("Number/Chinese/NumberRangeModel.json"), QStringLiteral("NumberRangeModel.json (Chinese)"), rangeChecker());
    ASSERT_TRUE(r);
    EXPECT_GE(r->rate(), 0.90);
}

TEST(NumberConformance, JioNlpMoneyParser)
{
    SKIP_WITHOUT_SUITES();
    const auto r = runSuite(QStringLiteral("jionlp/money_parser.json"), QStringLiteral("money_parser.json (JioNLP)"), checkMoney);
    ASSERT_TRUE(r);
    EXPECT_GE(r->rate(), 0.90);
}

// Reported, no floor: these suites ask for more than a statistics reader needs (weights, bytes,
// English number words in every form).
TEST(NumberConformance, ReportedWithoutFloor)
{
    SKIP_WITHOUT_SUITES();
    runSuite(kZh + QStringLiteral("NumberWithUnit/Chinese/DimensionModel.json"), QStringLiteral("DimensionModel.json (Chinese)"), modelChecker(dimensions));
    runSuite(QStringLiteral("jionlp/money_extractor.json"), QStringLiteral("money_extractor.json (JioNLP)"), checkMoneySpans);
    runSuite(kZh + QStringLiteral("Number/English/NumberModel.json"), QStringLiteral("NumberModel.json (English)"), modelChecker(numbers));
    runSuite(kZh + QStringLiteral("Number/English/PercentModel.json"), QStringLiteral("PercentModel.json (English)"), modelChecker(percentages));
    runSuite(kZh + QStringLiteral("NumberWithUnit/English/CurrencyModel.json"), QStringLiteral("CurrencyModel.json (English)"), modelChecker(currencies));
}
