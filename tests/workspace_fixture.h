// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/workspace.h"

namespace cs::test {

// A small valid workspace: a region, a two-category taxonomy, a total with two parts, a share
// with a full-year and a year-to-date value, and one chart of each kind.
inline Workspace smallWorkspace()
{
    Workspace ws;
    ws.title = {QStringLiteral("测试"), QStringLiteral("Test")};
    ws.sources = {{QStringLiteral("bulletin"), QStringLiteral("Statistical bulletin"), {QStringLiteral("统计局"), QStringLiteral("Bureau")}, QStringLiteral("Bureau"),
                   QStringLiteral("2024-03-01"), QString(), Confidence::Primary, QString()},
                  {QStringLiteral("news"), QStringLiteral("News report"), {}, QStringLiteral("Daily"), QStringLiteral("2024-01"),
                   QString(), Confidence::Secondary, QString()}};
    ws.subjects = {{QStringLiteral("city"), SubjectKind::Region, {QStringLiteral("城"), QStringLiteral("City")}, QString()}};
    ws.taxonomy.id = QStringLiteral("tax");
    ws.taxonomy.edition = QStringLiteral("2022");
    ws.taxonomy.source = QStringLiteral("bulletin");
    ws.taxonomy.categories = {
        {QStringLiteral("cat-a"), {QStringLiteral("甲"), QStringLiteral("A")}, {{QStringLiteral("cl-a1"), {QStringLiteral("甲一"), QStringLiteral("A1")}, QString()}}},
        {QStringLiteral("cat-b"), {QStringLiteral("乙"), QStringLiteral("B")}, {{QStringLiteral("cl-b1"), {QStringLiteral("乙一"), QStringLiteral("B1")}, QString()}}},
    };
    ws.taxonomy.futureIndustries = {{QStringLiteral("fut"), {QStringLiteral("未来"), QStringLiteral("Future")}, QString()}};
    auto indicator = [](const char *id, const char *unit, Measure m, const char *cluster = "", const char *partOf = "") {
        Indicator i;
        i.id = QString::fromUtf8(id);
        i.name = {i.id + QStringLiteral("（中）"), i.id};
        i.subject = QStringLiteral("city");
        i.cluster = QString::fromUtf8(cluster);
        i.unit = QString::fromUtf8(unit);
        i.measure = m;
        i.partOf = QString::fromUtf8(partOf);
        return i;
    };
    ws.indicators = {indicator("total", "yi-yuan", Measure::Level),
                     indicator("part-a", "yi-yuan", Measure::Level, "cat-a", "total"),
                     indicator("part-b", "yi-yuan", Measure::Level, "cat-b", "total"),
                     indicator("share", "percent", Measure::Share),
                     indicator("growth-a", "percent", Measure::Growth, "cl-a1"),
                     indicator("firms", "jia", Measure::Count, "fut")};
    auto obs = [](const char *id, const char *ind, Period p, double v, const char *src = "bulletin",
                  Qualifier q = Qualifier::Exact) {
        Observation o;
        o.id = QString::fromUtf8(id);
        o.indicator = QString::fromUtf8(ind);
        o.period = p;
        o.value = v;
        o.source = QString::fromUtf8(src);
        o.qualifier = q;
        o.quote = QStringLiteral("Quote for ") + o.id;
        return o;
    };
    const Period y2023 = Period::year(2023);
    const Period ytd = Period::parse(QStringLiteral("2023-Q1/2023-Q3"));
    ws.observations = {obs("t-2023", "total", y2023, 100.5),       obs("a-2023", "part-a", y2023, 60.25),
                       obs("b-2023", "part-b", y2023, 40),          obs("s-2022", "share", Period::year(2022), 41.1),
                       obs("s-ytd", "share", ytd, 42.5),            obs("s-2023", "share", y2023, 41.9),
                       obs("s-2023-news", "share", y2023, 40, "news", Qualifier::MoreThan),
                       obs("g-ytd", "growth-a", ytd, 9.4),          obs("f-now", "firms", Period::month(2023, 11), 80, "bulletin", Qualifier::MoreThan)};
    ChartSpec ts;
    ts.id = QStringLiteral("share-chart");
    ts.kind = ChartKind::TimeSeries;
    ts.title = {QStringLiteral("占比"), QStringLiteral("Share")};
    ts.series = {SeriesSpec{QStringLiteral("share"), SeriesStyle::Bars, Axis::Left, {QStringLiteral("bulletin")}, {}, true, {}, {}}};
    ChartSpec bd;
    bd.id = QStringLiteral("parts-chart");
    bd.kind = ChartKind::Breakdown;
    bd.title = {QStringLiteral("构成"), QStringLiteral("Parts")};
    bd.query.scope = BreakdownScope::Parts;
    bd.query.total = QStringLiteral("total");
    bd.query.period = y2023;
    bd.sort = SortOrder::Descending;
    ws.charts = {ts, bd};
    return ws;
}

} // namespace cs::test
