// SPDX-License-Identifier: GPL-3.0-or-later
#include "persist/workspace_json.h"

#include "model/unit.h"
#include "persist/json_positions.h"
#include "query/validation.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <cmath>
#include <optional>

namespace cs {

namespace {

constexpr qsizetype kMaxListedProblems = 1000;

// ---- reading -------------------------------------------------------------------------------

// The JSON type of `v` as an argument of a problem: "null", "boolean", "number", "string", …
QString typeId(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null: return QStringLiteral("null");
    case QJsonValue::Bool: return QStringLiteral("boolean");
    case QJsonValue::Double: return QStringLiteral("number");
    case QJsonValue::String: return QStringLiteral("string");
    case QJsonValue::Array: return QStringLiteral("array");
    case QJsonValue::Object: return QStringLiteral("object");
    case QJsonValue::Undefined: return QStringLiteral("nothing");
    }
    return {};
}

// The same in an English message: "a string", "an array", "null".
QString typeName(const QJsonValue &v)
{
    const QString id = typeId(v);
    if (v.isNull() || v.isUndefined())
        return id;
    return (v.isArray() || v.isObject() ? QStringLiteral("an ") : QStringLiteral("a ")) + id;
}

class Reader
{
public:
    explicit Reader(Problems &problems) : m_problems(problems) {}

    void problem(const QString &path, ProblemCode code, const QStringList &args, const QString &message)
    {
        m_problems.append({path, message, {}, code, args});
    }
    void missing(const QString &path, const char *key)
    {
        problem(path, ProblemCode::MissingKey, {QLatin1String(key)},
                QStringLiteral("missing required key '%1'").arg(QLatin1String(key)));
    }
    // `expected` names the type for the arguments; `words` says it in the English message.
    void wrongType(const QString &path, const char *expected, const char *words, const QJsonValue &found)
    {
        problem(path, ProblemCode::WrongType, {QLatin1String(expected), typeId(found)},
                QStringLiteral("expected %1, found %2").arg(QLatin1String(words), typeName(found)));
    }

    // Reports keys of `obj` that the format does not define (usually typos).
    void checkKeys(const QJsonObject &obj, const QString &path, std::initializer_list<const char *> allowed)
    {
        for (auto it = obj.begin(); it != obj.end(); ++it) {
            bool known = false;
            for (const char *k : allowed)
                known = known || it.key() == QLatin1String(k);
            if (!known)
                problem(JsonPositions::childPath(path, it.key()), ProblemCode::UnknownKey, {it.key()},
                        QStringLiteral("unknown key '%1'").arg(it.key()));
        }
    }

    QString str(const QJsonObject &obj, const QString &path, const char *key, bool required)
    {
        const QString p = JsonPositions::childPath(path, QLatin1String(key));
        const QJsonValue v = obj.value(QLatin1String(key));
        if (v.isUndefined()) {
            if (required)
                missing(p, key);
            return {};
        }
        if (!v.isString()) {
            wrongType(p, "string", "a string", v);
            return {};
        }
        if (required && v.toString().isEmpty())
            problem(p, ProblemCode::EmptyValue, {}, QStringLiteral("must not be empty"));
        return v.toString();
    }

    std::optional<double> number(const QJsonObject &obj, const QString &path, const char *key)
    {
        const QString p = JsonPositions::childPath(path, QLatin1String(key));
        const QJsonValue v = obj.value(QLatin1String(key));
        if (v.isUndefined()) {
            missing(p, key);
            return std::nullopt;
        }
        if (!v.isDouble() || !std::isfinite(v.toDouble())) {
            wrongType(p, "number", "a finite number", v);
            return std::nullopt;
        }
        return v.toDouble();
    }

    bool boolean(const QJsonObject &obj, const QString &path, const char *key, bool fallback)
    {
        const QJsonValue v = obj.value(QLatin1String(key));
        if (v.isUndefined())
            return fallback;
        if (!v.isBool()) {
            wrongType(JsonPositions::childPath(path, QLatin1String(key)), "boolean", "true or false", v);
            return fallback;
        }
        return v.toBool();
    }

    QJsonArray array(const QJsonObject &obj, const QString &path, const char *key)
    {
        const QJsonValue v = obj.value(QLatin1String(key));
        if (v.isUndefined())
            return {};
        if (!v.isArray()) {
            wrongType(JsonPositions::childPath(path, QLatin1String(key)), "array", "an array", v);
            return {};
        }
        return v.toArray();
    }

    // Each element of `arr` as an object; non-objects are reported and skipped.
    template<typename F>
    void objects(const QJsonArray &arr, const QString &path, F &&each)
    {
        for (qsizetype i = 0; i < arr.size(); ++i) {
            const QString p = JsonPositions::indexPath(path, i);
            if (!arr.at(i).isObject()) {
                wrongType(p, "object", "an object", arr.at(i));
                continue;
            }
            each(arr.at(i).toObject(), p);
        }
    }

    QStringList strings(const QJsonObject &obj, const QString &path, const char *key)
    {
        QStringList out;
        const QString p = JsonPositions::childPath(path, QLatin1String(key));
        const QJsonArray arr = array(obj, path, key);
        for (qsizetype i = 0; i < arr.size(); ++i) {
            if (arr.at(i).isString())
                out << arr.at(i).toString();
            else
                wrongType(JsonPositions::indexPath(p, i), "string", "a string", arr.at(i));
        }
        return out;
    }

    LocalizedText text(const QJsonObject &obj, const QString &path, const char *key, bool required)
    {
        const QString p = JsonPositions::childPath(path, QLatin1String(key));
        const QJsonValue v = obj.value(QLatin1String(key));
        if (v.isUndefined()) {
            if (required)
                missing(p, key);
            return {};
        }
        if (!v.isObject()) {
            wrongType(p, "text", "an object with \"zh\" and \"en\"", v);
            return {};
        }
        const QJsonObject o = v.toObject();
        checkKeys(o, p, {"zh", "en"});
        LocalizedText t{str(o, p, "zh", false), str(o, p, "en", false)};
        if (required && t.isEmpty())
            problem(p, ProblemCode::NeedsText, {}, QStringLiteral("needs a Chinese or an English text"));
        return t;
    }

    // An enum stored as an id; `fromId` maps it back.
    template<typename E>
    E choice(const QJsonObject &obj, const QString &path, const char *key, std::optional<E> (*fromId)(const QString &),
             E fallback, bool required, const QString &expected)
    {
        const QString id = str(obj, path, key, required);
        if (id.isEmpty())
            return fallback;
        const std::optional<E> e = fromId(id);
        if (!e) {
            notOneOf(JsonPositions::childPath(path, QLatin1String(key)), id, expected);
            return fallback;
        }
        return *e;
    }

    void notOneOf(const QString &path, const QString &value, const QString &expected)
    {
        problem(path, ProblemCode::NotOneOf, {value, expected}, QStringLiteral("'%1' is not one of: %2").arg(value, expected));
    }

    Period period(const QJsonObject &obj, const QString &path, const char *key, bool required)
    {
        const QString text = str(obj, path, key, required);
        if (text.isEmpty())
            return {};
        QString error;
        const Period p = Period::parse(text, &error);
        if (!p.isValid())
            problem(JsonPositions::childPath(path, QLatin1String(key)), ProblemCode::MalformedPeriod, {text, error},
                    QStringLiteral("malformed period: %1").arg(error));
        return p;
    }

private:
    Problems &m_problems;
};

const QString kMeasures = QStringLiteral("level, growth, share, cumulative, count, ratio, duration, target");

void readSources(Reader &r, const QJsonObject &root, Workspace &ws)
{
    r.objects(r.array(root, QString(), "sources"), QStringLiteral("sources"), [&](const QJsonObject &o, const QString &p) {
        r.checkKeys(o, p, {"id", "title", "label", "publisher", "date", "reference", "confidence", "note"});
        Source s;
        s.id = r.str(o, p, "id", true);
        s.title = r.str(o, p, "title", true);
        s.label = r.text(o, p, "label", false);
        s.publisher = r.str(o, p, "publisher", false);
        s.date = r.str(o, p, "date", false);
        s.reference = r.str(o, p, "reference", false);
        s.confidence = r.choice(o, p, "confidence", confidenceFromId, Confidence::Secondary, true,
                                QStringLiteral("primary, official-copy, secondary, derived"));
        s.note = r.str(o, p, "note", false);
        ws.sources.append(s);
    });
}

void readSubjects(Reader &r, const QJsonObject &root, Workspace &ws)
{
    r.objects(r.array(root, QString(), "subjects"), QStringLiteral("subjects"), [&](const QJsonObject &o, const QString &p) {
        r.checkKeys(o, p, {"id", "kind", "name", "parent"});
        Subject s;
        s.id = r.str(o, p, "id", true);
        s.kind = r.choice(o, p, "kind", subjectKindFromId, SubjectKind::Region, true,
                          QStringLiteral("region, company, place, cluster, category"));
        s.name = r.text(o, p, "name", true);
        s.parent = r.str(o, p, "parent", false);
        ws.subjects.append(s);
    });
}

Cluster readCluster(Reader &r, const QJsonObject &o, const QString &p)
{
    r.checkKeys(o, p, {"id", "name", "note"});
    return Cluster{r.str(o, p, "id", true), r.text(o, p, "name", true), r.str(o, p, "note", false)};
}

void readTaxonomy(Reader &r, const QJsonObject &root, Workspace &ws)
{
    const QJsonValue v = root.value(QLatin1String("taxonomy"));
    if (v.isUndefined())
        return;
    const QString p = QStringLiteral("taxonomy");
    if (!v.isObject()) {
        r.wrongType(p, "object", "an object", v);
        return;
    }
    const QJsonObject o = v.toObject();
    r.checkKeys(o, p, {"id", "edition", "title", "source", "categories", "futureIndustries"});
    Taxonomy &t = ws.taxonomy;
    t.id = r.str(o, p, "id", true);
    t.edition = r.str(o, p, "edition", true);
    t.title = r.text(o, p, "title", false);
    t.source = r.str(o, p, "source", false);
    r.objects(r.array(o, p, "categories"), p + QStringLiteral(".categories"), [&](const QJsonObject &c, const QString &cp) {
        r.checkKeys(c, cp, {"id", "name", "clusters"});
        ClusterCategory cat{r.str(c, cp, "id", true), r.text(c, cp, "name", true), {}};
        r.objects(r.array(c, cp, "clusters"), cp + QStringLiteral(".clusters"),
                  [&](const QJsonObject &cl, const QString &clp) { cat.clusters.append(readCluster(r, cl, clp)); });
        t.categories.append(cat);
    });
    r.objects(r.array(o, p, "futureIndustries"), p + QStringLiteral(".futureIndustries"),
              [&](const QJsonObject &f, const QString &fp) { t.futureIndustries.append(readCluster(r, f, fp)); });
}

void readIndicators(Reader &r, const QJsonObject &root, Workspace &ws, int version)
{
    r.objects(r.array(root, QString(), "indicators"), QStringLiteral("indicators"), [&](const QJsonObject &o, const QString &p) {
        r.checkKeys(o, p, {"id", "name", "subject", "cluster", "unit", "measure", "partOf", "growthOf", "note"});
        Indicator i;
        i.id = r.str(o, p, "id", true);
        i.name = r.text(o, p, "name", true);
        i.subject = r.str(o, p, "subject", version < 2); // version 2: a panel indicator has none
        i.cluster = r.str(o, p, "cluster", false);
        i.unit = r.str(o, p, "unit", true);
        if (!i.unit.isEmpty() && !units::find(i.unit))
            r.problem(JsonPositions::childPath(p, QStringLiteral("unit")), ProblemCode::UnknownUnit, {i.unit},
                      QStringLiteral("unknown unit '%1'; known units: %2").arg(i.unit, units::ids().join(QStringLiteral(", "))));
        i.measure = r.choice(o, p, "measure", measureFromId, Measure::Level, true, kMeasures);
        i.partOf = r.str(o, p, "partOf", false);
        i.growthOf = r.str(o, p, "growthOf", false);
        i.note = r.str(o, p, "note", false);
        ws.indicators.append(i);
    });
}

// A whole number in [0, limit) under `key`, or -1 when the key is absent or the number is not.
int index(Reader &r, const QJsonObject &o, const QString &p, const char *key, qsizetype limit, const char *what)
{
    if (!o.contains(QLatin1String(key)))
        return -1;
    const std::optional<double> v = r.number(o, p, key);
    if (!v)
        return -1;
    if (*v != std::floor(*v) || *v < 0 || *v >= double(limit)) {
        r.problem(JsonPositions::childPath(p, QLatin1String(key)), ProblemCode::UnknownReference,
                  {QLatin1String(what), QString::number(*v)},
                  QStringLiteral("unknown %1 '%2'").arg(QLatin1String(what), QString::number(*v)));
        return -1;
    }
    return int(*v);
}

// Version 2: the rows of imported files, each once, that values refer to by index.
void readSourceRows(Reader &r, const QJsonObject &root, Workspace &ws)
{
    const QJsonArray rows = r.array(root, QString(), "rows");
    r.objects(rows, QStringLiteral("rows"), [&](const QJsonObject &o, const QString &p) {
        r.checkKeys(o, p, {"file", "line", "cells", "header"});
        SourceRow row;
        row.file = r.str(o, p, "file", false);
        row.line = qint64(r.number(o, p, "line").value_or(0));
        row.cells = r.strings(o, p, "cells");
        row.header = index(r, o, p, "header", rows.size(), "row");
        ws.observations.addSourceRow(row);
    });
}

void readObservations(Reader &r, const QJsonObject &root, Workspace &ws)
{
    const qsizetype rows = ws.observations.sourceRowCount();
    r.objects(r.array(root, QString(), "observations"), QStringLiteral("observations"), [&](const QJsonObject &o, const QString &p) {
        r.checkKeys(o, p, {"id", "indicator", "subject", "period", "value", "qualifier", "source", "quote", "row", "column",
                           "note", "derived", "inputs"});
        Observation ob;
        ob.id = r.str(o, p, "id", true);
        ob.indicator = r.str(o, p, "indicator", true);
        ob.subject = r.str(o, p, "subject", false);
        ob.row = index(r, o, p, "row", rows, "row");
        ob.column = ob.row < 0 ? -1 : index(r, o, p, "column", 1 << 20, "column");
        ob.period = r.period(o, p, "period", false);
        ob.value = r.number(o, p, "value").value_or(0);
        ob.qualifier = r.choice(o, p, "qualifier", qualifierFromCode, Qualifier::Exact, false,
                                QStringLiteral("\">\", \">=\", \"~\", \"<\", \"<=\" (or no key for exact)"));
        ob.source = r.str(o, p, "source", true);
        ob.quote = r.str(o, p, "quote", false);
        ob.note = r.str(o, p, "note", false);
        ob.derived = r.boolean(o, p, "derived", false);
        ob.inputs = r.strings(o, p, "inputs");
        ws.observations.append(ob);
    });
}

ChartSpec readChart(Reader &r, const QJsonObject &o, const QString &p)
{
    r.checkKeys(o, p, {"id", "kind", "title", "series", "query", "references", "sort", "view"});
    ChartSpec c;
    c.id = r.str(o, p, "id", true);
    c.kind = r.choice(o, p, "kind", chartKindFromId, ChartKind::TimeSeries, true,
                      QStringLiteral("time-series, breakdown, growth-comparison, taxonomy"));
    c.title = r.text(o, p, "title", true);
    r.objects(r.array(o, p, "series"), p + QStringLiteral(".series"), [&](const QJsonObject &s, const QString &sp) {
        r.checkKeys(s, sp, {"indicator", "subject", "style", "axis", "sources", "periodKinds", "visible", "label"});
        SeriesSpec spec;
        spec.indicator = r.str(s, sp, "indicator", true);
        spec.subject = r.str(s, sp, "subject", false);
        spec.style = r.choice(s, sp, "style", seriesStyleFromId, SeriesStyle::Bars, false, QStringLiteral("bars, line"));
        spec.axis = r.choice(s, sp, "axis", axisFromId, Axis::Left, false, QStringLiteral("left, right"));
        spec.sources = r.strings(s, sp, "sources");
        const QStringList kinds = r.strings(s, sp, "periodKinds");
        for (qsizetype k = 0; k < kinds.size(); ++k) {
            if (const auto kind = periodKindFromId(kinds[k]))
                spec.periodKinds.append(*kind);
            else
                r.notOneOf(JsonPositions::indexPath(sp + QStringLiteral(".periodKinds"), k), kinds[k],
                           QStringLiteral("year, quarter, month, week, day, year-to-date, span"));
        }
        spec.visible = r.boolean(s, sp, "visible", true);
        spec.label = r.text(s, sp, "label", false);
        c.series.append(spec);
    });
    const QJsonValue q = o.value(QLatin1String("query"));
    if (q.isObject()) {
        const QJsonObject qo = q.toObject();
        const QString qp = p + QStringLiteral(".query");
        r.checkKeys(qo, qp, {"scope", "total", "indicators", "subjects", "measure", "period"});
        c.query.scope = r.choice(qo, qp, "scope", breakdownScopeFromId, BreakdownScope::All, true,
                                 QStringLiteral("parts, indicators, clusters, categories, all, subjects"));
        c.query.total = r.str(qo, qp, "total", false);
        c.query.indicators = r.strings(qo, qp, "indicators");
        c.query.subjects = r.strings(qo, qp, "subjects");
        if (qo.contains(QLatin1String("measure")))
            c.query.measure = r.choice(qo, qp, "measure", measureFromId, Measure::Level, false, kMeasures);
        c.query.period = r.period(qo, qp, "period", false);
    } else if (!q.isUndefined()) {
        r.wrongType(p + QStringLiteral(".query"), "object", "an object", q);
    }
    c.references = r.strings(o, p, "references");
    c.sort = r.choice(o, p, "sort", sortOrderFromId, SortOrder::None, false, QStringLiteral("none, ascending, descending"));
    c.view = r.choice(o, p, "view", breakdownViewFromId, BreakdownView::Bars, false,
                      QStringLiteral("bars, share-stacked, donut"));
    return c;
}

void readCharts(Reader &r, const QJsonObject &root, Workspace &ws)
{
    r.objects(r.array(root, QString(), "charts"), QStringLiteral("charts"),
              [&](const QJsonObject &o, const QString &p) { ws.charts.append(readChart(r, o, p)); });
}

// ---- writing -------------------------------------------------------------------------------

void put(QJsonObject &o, const char *key, const QString &value)
{
    if (!value.isEmpty())
        o.insert(QLatin1String(key), value);
}

void put(QJsonObject &o, const char *key, const LocalizedText &t)
{
    QJsonObject j;
    put(j, "zh", t.zh);
    put(j, "en", t.en);
    if (!j.isEmpty())
        o.insert(QLatin1String(key), j);
}

void put(QJsonObject &o, const char *key, const QStringList &list)
{
    if (!list.isEmpty())
        o.insert(QLatin1String(key), QJsonArray::fromStringList(list));
}

QJsonObject clusterJson(const Cluster &c)
{
    QJsonObject o;
    put(o, "id", c.id);
    put(o, "name", c.name);
    put(o, "note", c.note);
    return o;
}

QJsonObject chartJson(const ChartSpec &c)
{
    QJsonObject o;
    put(o, "id", c.id);
    put(o, "kind", chartKindId(c.kind));
    put(o, "title", c.title);
    QJsonArray series;
    for (const SeriesSpec &s : c.series) {
        QJsonObject j;
        put(j, "indicator", s.indicator);
        put(j, "subject", s.subject);
        put(j, "style", seriesStyleId(s.style));
        put(j, "axis", axisId(s.axis));
        put(j, "sources", s.sources);
        QStringList kinds;
        for (PeriodKind k : s.periodKinds)
            kinds << periodKindId(k);
        put(j, "periodKinds", kinds);
        if (!s.visible)
            j.insert(QLatin1String("visible"), false);
        put(j, "label", s.label);
        series.append(j);
    }
    if (!series.isEmpty())
        o.insert(QLatin1String("series"), series);
    if (c.kind == ChartKind::Breakdown || c.kind == ChartKind::GrowthComparison) {
        QJsonObject q;
        put(q, "scope", breakdownScopeId(c.query.scope));
        put(q, "total", c.query.total);
        put(q, "indicators", c.query.indicators);
        put(q, "subjects", c.query.subjects);
        if (c.query.measure)
            put(q, "measure", measureId(*c.query.measure));
        put(q, "period", c.query.period.toString());
        o.insert(QLatin1String("query"), q);
    }
    put(o, "references", c.references);
    if (c.sort != SortOrder::None)
        put(o, "sort", sortOrderId(c.sort));
    if (c.kind == ChartKind::Breakdown)
        put(o, "view", breakdownViewId(c.view));
    return o;
}

// QJsonDocument (Qt 6.4) refuses a scalar at the top level, which RFC 8259 allows: `true` and
// "x" are valid JSON, just not a workspace. Tells them apart from broken JSON.
bool isJsonScalar(const QByteArray &bytes)
{
    QJsonParseError err{};
    const QJsonDocument wrapped = QJsonDocument::fromJson("[" + bytes + "]", &err);
    return err.error == QJsonParseError::NoError && wrapped.array().size() == 1 && !wrapped.array().at(0).isArray()
        && !wrapped.array().at(0).isObject();
}

Problem fileTooLarge(qint64 size, qint64 limit)
{
    return {QString(), fileTooLargeMessage(size, limit), {}, ProblemCode::FileTooLarge, {QString::number(size), QString::number(limit)}};
}

LoadResult notAnObject(const QByteArray &bytes)
{
    LoadResult result;
    result.problems.append({QString(), QStringLiteral("not a Clusterscope workspace: the top level is not a JSON object"),
                            locationOfOffset(bytes, 0), ProblemCode::NotAWorkspace, {}});
    return result;
}

} // namespace

LoadResult readWorkspace(const QByteArray &bytes, const WorkspaceReadOptions &options)
{
    LoadResult result;
    auto stopped = [&] {
        if (!options.cancelled || !options.cancelled())
            return false;
        result = LoadResult();
        result.problems.append({QString(), QStringLiteral("cancelled"), {}, ProblemCode::CannotRead, {QStringLiteral("cancelled")}});
        return true;
    };
    if (options.maxFileBytes > 0 && bytes.size() > options.maxFileBytes) {
        result.problems.append(fileTooLarge(bytes.size(), options.maxFileBytes));
        return result;
    }
    if (const JsonPrecheck pre = precheckJson(bytes, options.json); !pre.ok()) {
        result.problems.append({QString(), QStringLiteral("refused: %1").arg(pre.error), locationOfOffset(bytes, pre.offset),
                                ProblemCode::JsonRefused, {pre.error}});
        return result;
    }
    if (stopped())
        return result;
    QJsonParseError err{};
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &err);
    if (err.error != QJsonParseError::NoError && isJsonScalar(bytes))
        return notAnObject(bytes);
    if (err.error != QJsonParseError::NoError) {
        qsizetype contentEnd = bytes.size();
        while (contentEnd > 0 && QChar::isSpace(static_cast<unsigned char>(bytes[contentEnd - 1])))
            --contentEnd;
        const bool atEnd = err.offset >= contentEnd;
        QString message = err.errorString();
        if (atEnd)
            message += QStringLiteral(" (the file ends too early: is it truncated?)");
        result.problems.append({QString(), QStringLiteral("invalid JSON: %1").arg(message), locationOfOffset(bytes, err.offset),
                                ProblemCode::InvalidJson, {err.errorString(), atEnd ? QStringLiteral("truncated") : QString()}});
        return result;
    }
    // Positions are only needed to report problems: build them then (a large clean file never does).
    std::optional<JsonPositions> positions;
    auto locate = [&](const QString &path) {
        if (!positions)
            positions.emplace(bytes);
        return positions->locate(path);
    };
    auto fatal = [&](const QString &path, ProblemCode code, const QStringList &args, const QString &message) {
        result.problems.append({path, message, locate(path), code, args});
        return result;
    };
    if (!doc.isObject())
        return notAnObject(bytes);
    const QJsonObject root = doc.object();
    const QJsonValue format = root.value(QLatin1String("format"));
    if (format.toString() != QLatin1String(kWorkspaceFormat))
        return fatal(format.isUndefined() ? QString() : QStringLiteral("format"), ProblemCode::WrongFormat,
                     {QLatin1String(kWorkspaceFormat)}, QStringLiteral("not a Clusterscope workspace: \"format\" must be \"%1\"").arg(QLatin1String(kWorkspaceFormat)));
    const QJsonValue version = root.value(QLatin1String("version"));
    if (!version.isDouble() || version.toDouble() != std::floor(version.toDouble()) || version.toDouble() < 1)
        return fatal(QStringLiteral("version"), ProblemCode::BadVersion, {},
                     QStringLiteral("\"version\" must be a whole number from 1"));
    if (version.toDouble() > Workspace::kFormatVersion)
        return fatal(QStringLiteral("version"), ProblemCode::NewerVersion,
                     {QString::number(version.toDouble()), QString::number(Workspace::kFormatVersion)},
                     QStringLiteral("this workspace is format version %1, newer than this Clusterscope reads (%2); "
                                    "open it with a newer Clusterscope")
                         .arg(version.toDouble()).arg(Workspace::kFormatVersion));

    if (stopped())
        return result;
    Reader r(result.problems);
    r.checkKeys(root, QString(), {"format", "version", "title", "sources", "subjects", "taxonomy", "indicators",
                                  "observations", "rows", "charts"});
    Workspace &ws = result.workspace;
    ws.title = r.text(root, QString(), "title", false);
    readSources(r, root, ws);
    readSubjects(r, root, ws);
    readTaxonomy(r, root, ws);
    readIndicators(r, root, ws, int(version.toDouble()));
    readSourceRows(r, root, ws);
    readObservations(r, root, ws);
    ws.observations.squeeze();
    readCharts(r, root, ws);
    if (stopped())
        return result;
    result.problems += validate(ws);
    // A file can break a rule a million times; the first thousand say what is wrong.
    const qsizetype more = std::max<qsizetype>(0, result.problems.size() - kMaxListedProblems);
    result.problems.resize(result.problems.size() - more);
    for (Problem &p : result.problems)
        p.location = locate(p.path);
    if (more > 0)
        result.problems.append({QString(), QStringLiteral("%1 more problems not listed").arg(more), {}, ProblemCode::MoreProblems,
                                {QString::number(more)}});
    result.status = result.problems.isEmpty() ? LoadResult::Status::Ok : LoadResult::Status::HasProblems;
    return result;
}

LoadResult readWorkspaceJsonFile(const QString &path, const WorkspaceReadOptions &options)
{
    QFile f(path);
    if (const QString error = openForReading(f); !error.isEmpty()) {
        LoadResult r;
        r.status = LoadResult::Status::IoError;
        QString reason = error;
        reason.remove(QRegularExpression(QStringLiteral("^cannot read: ")));
        r.problems.append({QString(), error, {}, ProblemCode::CannotRead, {reason}});
        return r;
    }
    if (options.maxFileBytes > 0 && f.size() > options.maxFileBytes) { // refused before reading
        LoadResult r;
        r.problems.append(fileTooLarge(f.size(), options.maxFileBytes));
        return r;
    }
    return readWorkspace(f.readAll(), options);
}

namespace {

// Appends `json` (one serialized value, ending in a line break) with `pad` before every line.
void appendPadded(QByteArray &out, const QByteArray &json, const QByteArray &pad)
{
    qsizetype start = 0;
    const qsizetype size = json.endsWith('\n') ? json.size() - 1 : json.size();
    while (start < size) {
        qsizetype end = json.indexOf('\n', start);
        if (end < 0 || end > size)
            end = size;
        if (start > 0)
            out += '\n';
        out += pad;
        out.append(json.constData() + start, end - start);
        start = end + 1;
    }
}

// Appends `items` as an indented JSON array whose closing bracket is `indent` spaces in, byte for
// byte as QJsonDocument writes it, but one element at a time: a million observations never exist
// as one QJsonArray and one more copy of the text.
template <class List, class ToJson>
void appendArray(QByteArray &out, const List &items, ToJson toJson, int indent, bool oneLineEach = false)
{
    const QByteArray pad(indent + 4, ' ');
    out += "[\n";
    bool first = true;
    for (const auto &item : items) {
        if (!first)
            out += ",\n";
        first = false;
        if (oneLineEach) // source rows: a million of them in a large import, read by machines
            out += pad + QJsonDocument(toJson(item)).toJson(QJsonDocument::Compact);
        else
            appendPadded(out, QJsonDocument(toJson(item)).toJson(QJsonDocument::Indented), pad);
    }
    if (!first)
        out += '\n';
    out += QByteArray(indent, ' ') + ']';
}

QJsonObject sourceJson(const Source &s)
{
    QJsonObject o;
    put(o, "id", s.id);
    put(o, "title", s.title);
    put(o, "label", s.label);
    put(o, "publisher", s.publisher);
    put(o, "date", s.date);
    put(o, "reference", s.reference);
    put(o, "confidence", confidenceId(s.confidence));
    put(o, "note", s.note);
    return o;
}

QJsonObject subjectJson(const Subject &s)
{
    QJsonObject o;
    put(o, "id", s.id);
    put(o, "kind", subjectKindId(s.kind));
    put(o, "name", s.name);
    put(o, "parent", s.parent);
    return o;
}

QJsonObject taxonomyJson(const Taxonomy &t)
{
    QJsonObject o;
    put(o, "id", t.id);
    put(o, "edition", t.edition);
    put(o, "title", t.title);
    put(o, "source", t.source);
    QJsonArray cats;
    for (const ClusterCategory &c : t.categories) {
        QJsonObject co;
        put(co, "id", c.id);
        put(co, "name", c.name);
        QJsonArray clusters;
        for (const Cluster &cl : c.clusters)
            clusters.append(clusterJson(cl));
        co.insert(QLatin1String("clusters"), clusters);
        cats.append(co);
    }
    o.insert(QLatin1String("categories"), cats);
    QJsonArray future;
    for (const Cluster &f : t.futureIndustries)
        future.append(clusterJson(f));
    o.insert(QLatin1String("futureIndustries"), future);
    return o;
}

QJsonObject indicatorJson(const Indicator &i)
{
    QJsonObject o;
    put(o, "id", i.id);
    put(o, "name", i.name);
    put(o, "subject", i.subject);
    put(o, "cluster", i.cluster);
    put(o, "unit", i.unit);
    put(o, "measure", measureId(i.measure));
    put(o, "partOf", i.partOf);
    put(o, "growthOf", i.growthOf);
    put(o, "note", i.note);
    return o;
}

QJsonObject observationJson(const Observation &ob)
{
    QJsonObject o;
    put(o, "id", ob.id);
    put(o, "indicator", ob.indicator);
    put(o, "subject", ob.subject);
    if (ob.row >= 0) { // already renumbered to the written rows
        o.insert(QLatin1String("row"), ob.row);
        o.insert(QLatin1String("column"), ob.column);
    }
    put(o, "period", ob.period.toString());
    o.insert(QLatin1String("value"), ob.value);
    put(o, "qualifier", qualifierCode(ob.qualifier));
    put(o, "source", ob.source);
    put(o, "quote", ob.quote);
    put(o, "note", ob.note);
    if (ob.derived)
        o.insert(QLatin1String("derived"), true);
    put(o, "inputs", ob.inputs);
    return o;
}

QJsonObject sourceRowJson(const SourceRow &r)
{
    QJsonObject o;
    put(o, "file", r.file);
    o.insert(QLatin1String("line"), r.line);
    o.insert(QLatin1String("cells"), QJsonArray::fromStringList(r.cells));
    if (r.header >= 0)
        o.insert(QLatin1String("header"), r.header);
    return o;
}

// A scalar as QJsonDocument writes it.
QByteArray scalarJson(const QJsonValue &v)
{
    const QByteArray wrapped = QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact);
    return wrapped.mid(1, wrapped.size() - 2);
}

} // namespace

QByteArray writeChartSpec(const ChartSpec &chart)
{
    return QJsonDocument(chartJson(chart)).toJson(QJsonDocument::Compact);
}

ChartSpec readChartSpec(const QByteArray &json, const QString &path, Problems &problems)
{
    QJsonParseError err{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &err);
    if (err.error != QJsonParseError::NoError || !doc.isObject()) {
        problems.append({path, QStringLiteral("not a chart: %1").arg(err.error != QJsonParseError::NoError ? err.errorString() : QStringLiteral("not a JSON object")),
                         {}, ProblemCode::WrongType, {QStringLiteral("object"), QStringLiteral("text")}});
        return {};
    }
    Reader r(problems);
    return readChart(r, doc.object(), path);
}

int jsonVersionFor(const Workspace &ws)
{
    const ObservationStore &obs = ws.observations;
    const int none = obs.keyOf(QString());
    for (int i = 0; i < obs.size(); ++i)
        if (obs.sourceRowOf(i) >= 0 || obs.subjectKey(i) != none)
            return 2;
    return 1;
}

QByteArray writeWorkspace(const Workspace &ws)
{
    // Top-level keys in reading order (format and version first, so a glance tells what the file
    // is); within each entry, keys are sorted as QJsonDocument sorts them.
    QByteArray out = "{\n";
    auto key = [&out](const char *name, bool first = false) {
        if (!first)
            out += ",\n";
        out += "    \"" + QByteArray(name) + "\": ";
    };
    key("format", true);
    out += scalarJson(QLatin1String(kWorkspaceFormat));
    key("version");
    out += scalarJson(jsonVersionFor(ws));
    {
        QJsonObject title;
        put(title, "title", ws.title);
        if (const QJsonValue t = title.value(QLatin1String("title")); !t.isUndefined()) {
            key("title");
            QByteArray text;
            appendPadded(text, QJsonDocument(t.toObject()).toJson(QJsonDocument::Indented), "    ");
            out += text.mid(4); // the opening brace follows the key
        }
    }
    key("sources");
    appendArray(out, ws.sources, sourceJson, 4);
    key("subjects");
    appendArray(out, ws.subjects, subjectJson, 4);
    if (!ws.taxonomy.isEmpty() || !ws.taxonomy.id.isEmpty()) {
        key("taxonomy");
        QByteArray text;
        appendPadded(text, QJsonDocument(taxonomyJson(ws.taxonomy)).toJson(QJsonDocument::Indented), "    ");
        out += text.mid(4);
    }
    key("indicators");
    appendArray(out, ws.indicators, indicatorJson, 4);
    key("observations");
    out.reserve(out.size() + ws.observations.size() * 300);
    std::vector<qint32> position;
    const QList<int> rows = ws.observations.usedSourceRows(&position);
    struct Renumbered { // the observations, with rows numbered as written
        const ObservationStore &store;
        const std::vector<qint32> &position;
        struct It {
            const Renumbered *r;
            int i;
            Observation operator*() const
            {
                Observation o = r->store.at(i);
                o.row = o.row >= 0 && size_t(o.row) < r->position.size() ? r->position[size_t(o.row)] : -1;
                return o;
            }
            It &operator++() { ++i; return *this; }
            bool operator!=(const It &o) const { return i != o.i; }
        };
        It begin() const { return {this, 0}; }
        It end() const { return {this, store.size()}; }
    };
    appendArray(out, Renumbered{ws.observations, position}, observationJson, 4);
    if (!rows.isEmpty()) {
        key("rows");
        QList<SourceRow> written;
        written.reserve(rows.size());
        for (int k : rows) {
            SourceRow r = ws.observations.sourceRow(k);
            r.header = r.header >= 0 && size_t(r.header) < position.size() ? position[size_t(r.header)] : -1;
            written.append(r);
        }
        appendArray(out, written, sourceRowJson, 4, true);
    }
    key("charts");
    appendArray(out, ws.charts, chartJson, 4);
    out += "\n}\n";
    return out;
}

} // namespace cs
