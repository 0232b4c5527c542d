// SPDX-License-Identifier: GPL-3.0-or-later
// Period phrases against public suites: JioNLP's time parser cases and Recognizers-Text's Chinese
// date-period specs (../shared/conformance). Cases out of scope are listed, with their reasons, in
// tests/extract/data/out_of_scope.tsv ("periods" section); the pass rate is over the rest.
//
// A case passes when findPeriods finds the phrase and its period covers the expected days: the
// resolved period's start and end dates equal the expected first and last day (both inclusive).
// A point in time (年底, 三季度末: a stock at the end of the period) is compared by its end date.
// Recognizers-Text ends a range of written dates (一月十日到十二日) before its last day; such ranges
// are compared with their written days, as Chinese reads 到/至 inclusively.
#include "extract/period_phrases.h"

#include <gtest/gtest.h>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QRegularExpression>
#include <QTextStream>

using namespace cs;
using namespace cs::extract;

namespace {

const QString kTimeParser = QStringLiteral("jionlp/time_parser.json");
const QString kDpParser = QStringLiteral("recognizers-text-zh/Specs/DateTime/Chinese/DatePeriodParser.json");
const QString kDpExtractor = QStringLiteral("recognizers-text-zh/Specs/DateTime/Chinese/DatePeriodExtractor.json");

QString conformanceDir() { return QStringLiteral(CLUSTERSCOPE_SHARED_DIR "/conformance"); }
bool verbose() { return qEnvironmentVariableIsSet("CLUSTERSCOPE_CONFORMANCE_VERBOSE"); }

// file -> index -> reason, for the period suites.
QMap<QString, QMap<int, QString>> outOfScope()
{
    QMap<QString, QMap<int, QString>> r;
    QFile f(QStringLiteral(CLUSTERSCOPE_EXTRACT_DATA "/out_of_scope.tsv"));
    EXPECT_TRUE(f.open(QIODevice::ReadOnly)) << "out_of_scope.tsv";
    QTextStream in(&f);
    while (!in.atEnd()) {
        const QString line = in.readLine();
        if (line.startsWith(QLatin1Char('#')) || line.trimmed().isEmpty())
            continue;
        const QStringList cols = line.split(QLatin1Char('\t'));
        if (cols.size() < 3 || (cols[0] != kTimeParser && cols[0] != kDpParser && cols[0] != kDpExtractor))
            continue;
        bool ok = false;
        const int index = cols[1].toInt(&ok);
        EXPECT_TRUE(ok) << line.toStdString();
        EXPECT_FALSE(cols[2].trimmed().isEmpty()) << "a reason is required: " << line.toStdString();
        r[cols[0]][index] = cols[2];
    }
    return r;
}

QJsonArray readArray(const QString &relative)
{
    QFile f(conformanceDir() + QLatin1Char('/') + relative);
    if (!f.open(QIODevice::ReadOnly)) {
        ADD_FAILURE() << "cannot read " << relative.toStdString();
        return {};
    }
    QByteArray bytes = f.readAll();
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes.remove(0, 3);
    return QJsonDocument::fromJson(bytes).array();
}

// Every listed index exists in its file.
void checkListed(const QMap<int, QString> &listed, qsizetype count, const QString &file)
{
    for (auto it = listed.begin(); it != listed.end(); ++it)
        EXPECT_TRUE(it.key() >= 0 && it.key() < count) << file.toStdString() << ": listed case " << it.key() << " does not exist";
}

bool matches(const PeriodPhrase &p, const QDate &first, const QDate &last)
{
    if (!p.period.isValid())
        return false;
    if (p.kind == PeriodPhraseKind::PointInTime)
        return p.period.endDate() == last;
    return p.period.startDate() == first && p.period.endDate() == last;
}

std::string describe(const QList<PeriodPhrase> &found)
{
    QStringList parts;
    for (const PeriodPhrase &p : found)
        parts << QStringLiteral("[%1,%2) %3 k%4").arg(p.start).arg(p.end)
                     .arg(p.period.isValid() ? p.period.toString() : QStringLiteral("-")).arg(int(p.kind));
    return parts.join(QStringLiteral("; ")).toStdString();
}

struct Tally {
    int pass = 0, inScope = 0, out = 0;
    double rate() const { return inScope ? 100.0 * pass / inScope : 100.0; }
    void print(const QString &name) const
    {
        std::printf("%s: %d/%d in scope = %.1f%%, %d out of scope\n", qPrintable(name), pass, inScope, rate(), out);
    }
};

// JioNLP's time base: [year, month, day, ...], {year, month, ...}, or a local date-time string.
// A missing month or day is unknown: the last day of the part that is known stands for it.
QDate jioBase(const QJsonObject &c)
{
    const QString local = c.value(QStringLiteral("time_base_local")).toString();
    if (!local.isEmpty())
        return QDate::fromString(local.left(10), Qt::ISODate);
    const QJsonValue b = c.value(QStringLiteral("time_base"));
    int y = 0, m = 0, d = 0;
    if (b.isArray()) {
        const QJsonArray a = b.toArray();
        y = a.size() > 0 ? a[0].toInt() : 0;
        m = a.size() > 1 ? a[1].toInt() : 0;
        d = a.size() > 2 ? a[2].toInt() : 0;
    } else if (b.isObject()) {
        const QJsonObject o = b.toObject();
        y = o.value(QStringLiteral("year")).toInt();
        m = o.value(QStringLiteral("month")).toInt();
        d = o.value(QStringLiteral("day")).toInt();
    } else if (b.isString()) {
        return QDate::fromString(b.toString().left(10), Qt::ISODate);
    }
    if (y <= 0)
        return {};
    if (m <= 0)
        return QDate(y, 12, 31);
    if (d <= 0)
        return QDate(y, m, 1).addMonths(1).addDays(-1);
    return QDate(y, m, d);
}

} // namespace

TEST(PeriodConformance, JioNlpTimeParser)
{
    if (!QDir(conformanceDir()).exists())
        GTEST_SKIP() << "no conformance suites at " << conformanceDir().toStdString();
    const QMap<int, QString> listed = outOfScope().value(kTimeParser);
    const QJsonArray cases = readArray(kTimeParser);
    ASSERT_FALSE(cases.isEmpty());
    checkListed(listed, cases.size(), kTimeParser);

    QMap<QString, Tally> byType;
    for (int i = 0; i < cases.size(); ++i) {
        const QJsonObject c = cases[i].toObject();
        const QJsonObject expected = c.value(QStringLiteral("expected")).toObject();
        const QString type = expected.value(QStringLiteral("type")).toString();
        Tally &t = byType[type];
        if (listed.contains(i)) {
            ++t.out;
            continue;
        }
        ++t.inScope;
        const QString text = c.value(QStringLiteral("text")).toString();
        const QJsonArray span = expected.value(QStringLiteral("time")).toArray();
        const QDate first = QDate::fromString(span.at(0).toString().left(10), Qt::ISODate);
        const QDate last = QDate::fromString(span.at(1).toString().left(10), Qt::ISODate);
        const QList<PeriodPhrase> found = findPeriods(text, jioBase(c));
        const bool ok = (type == QLatin1String("time_span") || type == QLatin1String("time_point"))
            && found.size() == 1 && matches(found.first(), first, last);
        if (ok)
            ++t.pass;
        else if (verbose())
            std::printf("  FAIL %d %s: want %s..%s, got %s\n", i, qPrintable(text), qPrintable(first.toString(Qt::ISODate)),
                        qPrintable(last.toString(Qt::ISODate)), describe(found).c_str());
    }
    for (auto it = byType.begin(); it != byType.end(); ++it)
        it.value().print(QStringLiteral("time_parser.json ") + it.key());
    // The floor of issue #14: at least 85% of JioNLP's time spans in scope.
    EXPECT_GE(byType.value(QStringLiteral("time_span")).rate(), 85.0);
}

namespace {

// Recognizers-Text: each expected entity must be found (a phrase overlapping it) and, for the
// parser, resolved to its days (PastResolution: an article speaks of the past; end exclusive);
// no phrase may be found where none is expected.
Tally runRecognizers(const QString &file, bool resolve)
{
    Tally t;
    const QMap<int, QString> listed = outOfScope().value(file);
    const QJsonArray cases = readArray(file);
    EXPECT_FALSE(cases.isEmpty());
    checkListed(listed, cases.size(), file);
    for (int i = 0; i < cases.size(); ++i) {
        if (listed.contains(i)) {
            ++t.out;
            continue;
        }
        ++t.inScope;
        const QJsonObject c = cases[i].toObject();
        const QString input = c.value(QStringLiteral("Input")).toString();
        QDate ref = QDate::fromString(c.value(QStringLiteral("Context")).toObject()
                                          .value(QStringLiteral("ReferenceDateTime")).toString().left(10), Qt::ISODate);
        if (!ref.isValid())
            ref = QDate(2017, 3, 22); // the suite's usual reference date (extractor cases carry none)
        const QList<PeriodPhrase> found = findPeriods(input, ref);
        const QJsonArray results = c.value(QStringLiteral("Results")).toArray();
        QList<bool> used(found.size(), false);
        bool ok = true;
        for (const QJsonValue &rv : results) {
            const QJsonObject r = rv.toObject();
            const int start = r.value(QStringLiteral("Start")).toInt();
            const int end = start + r.value(QStringLiteral("Length")).toInt();
            bool hit = false;
            for (int k = 0; k < found.size() && !hit; ++k) {
                if (found[k].start >= end || found[k].end <= start)
                    continue;
                used[k] = true;
                if (!resolve) {
                    hit = true;
                    continue;
                }
                const QJsonObject past = r.value(QStringLiteral("Value")).toObject().value(QStringLiteral("PastResolution")).toObject();
                const QDate first = QDate::fromString(past.value(QStringLiteral("startDate")).toString(), Qt::ISODate);
                QDate last = QDate::fromString(past.value(QStringLiteral("endDate")).toString(), Qt::ISODate).addDays(-1);
                // A range of written dates, "(2016-01-10,2016-01-12,P2D)" for 一月十日到十二日: the
                // suite ends it before its last day; Chinese (and JioNLP) read 到/至 inclusively, so
                // the range is compared with its two written days.
                static const QRegularExpression dateRange(QStringLiteral("^\\((?:\\d{4}|XXXX)-\\d\\d-\\d\\d,(?:\\d{4}|XXXX)-\\d\\d-\\d\\d,P\\d+D\\)$"));
                if (dateRange.match(r.value(QStringLiteral("Value")).toObject().value(QStringLiteral("Timex")).toString()).hasMatch())
                    last = last.addDays(1);
                hit = matches(found[k], first, last);
            }
            ok = ok && hit;
        }
        ok = ok && !used.contains(false);
        if (ok)
            ++t.pass;
        else if (verbose())
            std::printf("  FAIL %d %s: got %s\n", i, qPrintable(input), describe(found).c_str());
    }
    return t;
}

} // namespace

TEST(PeriodConformance, RecognizersDatePeriodParser)
{
    if (!QDir(conformanceDir()).exists())
        GTEST_SKIP() << "no conformance suites at " << conformanceDir().toStdString();
    runRecognizers(kDpParser, true).print(QStringLiteral("DatePeriodParser.json"));
}

TEST(PeriodConformance, RecognizersDatePeriodExtractor)
{
    if (!QDir(conformanceDir()).exists())
        GTEST_SKIP() << "no conformance suites at " << conformanceDir().toStdString();
    runRecognizers(kDpExtractor, false).print(QStringLiteral("DatePeriodExtractor.json"));
}
