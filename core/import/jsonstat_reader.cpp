// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/jsonstat_reader.h"

#include "import/table_import.h"
#include "import/text_values.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>

#include <algorithm>
#include <map>

namespace cs {

namespace {

struct Dimension {
    QString id;
    QString label;
    QStringList codes;  // in index order
    QStringList labels; // the same order; the code when the category has no label
    QJsonObject category;
    bool time = false, geo = false, metric = false;
    QList<Period> periods; // time: one per category
};

QString text(const QJsonValue &v)
{
    return v.isString() ? v.toString().trimmed() : QString();
}

// The categories in index order: `index` as an array of codes or an object of code → position;
// without an index, a dimension of one category is its one label's code.
bool readCategories(Dimension &d, int size, QString *error)
{
    const QJsonValue index = d.category.value(QLatin1String("index"));
    const QJsonObject labels = d.category.value(QLatin1String("label")).toObject();
    if (index.isArray()) {
        for (const QJsonValue &c : index.toArray())
            d.codes.append(c.toString());
    } else if (index.isObject()) {
        const QJsonObject o = index.toObject();
        d.codes = QStringList(o.size());
        for (auto it = o.begin(); it != o.end(); ++it) {
            const int at = it.value().toInt(-1);
            if (at < 0 || at >= o.size() || !d.codes[at].isNull()) {
                *error = QStringLiteral("dimension %1: the category index of %2 is not a position from 0 to %3")
                             .arg(d.id, it.key()).arg(o.size() - 1);
                return false;
            }
            d.codes[at] = it.key();
        }
    } else if (labels.size() == 1) {
        d.codes = labels.keys();
    }
    if (d.codes.size() != size) {
        *error = QStringLiteral("dimension %1 has %2 categories, but its size is %3").arg(d.id).arg(d.codes.size()).arg(size);
        return false;
    }
    for (const QString &code : std::as_const(d.codes)) {
        const QString label = text(labels.value(code));
        d.labels.append(label.isEmpty() ? code : label);
    }
    return true;
}

// A year code's `child` categories, as its halves, quarters or months by their count (INE writes
// "2005 - 1" … "2005 - 4" under "2005").
QHash<QString, Period> childPeriods(const Dimension &d)
{
    QHash<QString, Period> periods;
    const QJsonObject children = d.category.value(QLatin1String("child")).toObject();
    for (auto it = children.begin(); it != children.end(); ++it) {
        const Period year = parsePeriodText(it.key());
        const QJsonArray list = it.value().toArray();
        if (!year.isValid() || !year.isFullYear())
            continue;
        const int n = int(list.size());
        for (int k = 0; k < n; ++k) {
            Period p;
            if (n == 4)
                p = Period::quarter(year.year(), k + 1);
            else if (n == 12)
                p = Period::month(year.year(), k + 1);
            else if (n == 2)
                p = Period::span(Period::quarter(year.year(), 2 * k + 1), Period::quarter(year.year(), 2 * k + 2));
            if (p.isValid())
                periods.insert(list.at(k).toString(), p);
        }
    }
    return periods;
}

// A time category: its code as statistics APIs write it (2023, 2023-Q3, 2023Q3, 2023M07,
// 2023-07, 2023-W31, 2023-S2, 2023H2, 2023-07-15), else its label.
Period timePeriod(const QString &code, const QString &label, const QHash<QString, Period> &children)
{
    if (const auto it = children.constFind(code); it != children.constEnd())
        return *it;
    const Period p = parsePeriodText(code);
    return p.isValid() ? p : parsePeriodText(label);
}

bool readPeriods(Dimension &d)
{
    const QHash<QString, Period> children = childPeriods(d);
    d.periods.clear();
    for (qsizetype k = 0; k < d.codes.size(); ++k) {
        const Period p = timePeriod(d.codes[k], d.labels[k], children);
        if (!p.isValid())
            return false;
        d.periods.append(p);
    }
    return true;
}

QStringList roleIds(const QJsonObject &role, const char *name)
{
    QStringList ids;
    for (const QJsonValue &v : role.value(QLatin1String(name)).toArray())
        ids.append(v.toString());
    return ids;
}

HeaderRole nameRole(const Dimension &d)
{
    const HeaderRole byId = headerRole(d.id);
    return byId != HeaderRole::None ? byId : headerRole(d.label);
}

// A category's unit, from a metric dimension's `unit` (label, else symbol).
QString categoryUnit(const Dimension &d, qsizetype k)
{
    const QJsonObject unit = d.category.value(QLatin1String("unit")).toObject().value(d.codes[k]).toObject();
    const QString label = text(unit.value(QLatin1String("label")));
    return label.isEmpty() ? text(unit.value(QLatin1String("symbol"))) : label;
}

struct Dataset {
    QString label;
    QList<Dimension> dims;
    QJsonValue value, status;
    int time = -1, geo = -1, unit = -1;
    bool metricUnits = false;
};

// One dataset's dimensions and roles (2.0: id, size and role beside dimension; 1.x: inside it).
bool readDataset(const QJsonObject &ds, Dataset &out, QString *error)
{
    const QJsonObject dimension = ds.value(QLatin1String("dimension")).toObject();
    auto member = [&](const char *key) {
        const QJsonValue v = ds.value(QLatin1String(key));
        return v.isUndefined() ? dimension.value(QLatin1String(key)) : v;
    };
    const QJsonArray ids = member("id").toArray(), sizes = member("size").toArray();
    const QJsonObject role = member("role").toObject();
    out.label = text(ds.value(QLatin1String("label")));
    out.value = ds.value(QLatin1String("value"));
    out.status = ds.value(QLatin1String("status"));
    if (ids.isEmpty() || ids.size() != sizes.size()) {
        *error = QStringLiteral("a dataset without its dimensions' \"id\" and \"size\"");
        return false;
    }
    const QStringList timeIds = roleIds(role, "time"), geoIds = roleIds(role, "geo"), metricIds = roleIds(role, "metric");
    for (qsizetype i = 0; i < ids.size(); ++i) {
        Dimension d;
        d.id = ids[i].toString();
        const QJsonObject dim = dimension.value(d.id).toObject();
        if (dim.isEmpty()) {
            *error = QStringLiteral("dimension %1 is listed in \"id\" but not described").arg(d.id);
            return false;
        }
        d.label = text(dim.value(QLatin1String("label")));
        if (d.label.isEmpty())
            d.label = d.id;
        d.category = dim.value(QLatin1String("category")).toObject();
        const int size = sizes[i].toInt(-1);
        if (size < 1 || !readCategories(d, size, error)) {
            if (size < 1)
                *error = QStringLiteral("dimension %1 has no size").arg(d.id);
            return false;
        }
        d.time = timeIds.contains(d.id);
        d.geo = geoIds.contains(d.id);
        d.metric = metricIds.contains(d.id);
        out.dims.append(d);
    }
    // Roles the file does not give are found by name, then (time) by content.
    for (int i = 0; i < out.dims.size(); ++i) {
        Dimension &d = out.dims[i];
        if (out.time < 0 && d.time)
            out.time = i;
        if (out.geo < 0 && d.geo)
            out.geo = i;
    }
    for (int pass = 0; pass < 2 && out.time < 0; ++pass)
        for (int i = 0; i < out.dims.size() && out.time < 0; ++i)
            if ((pass == 1 || nameRole(out.dims[i]) == HeaderRole::Period) && readPeriods(out.dims[i]))
                out.time = i;
    if (out.time < 0) {
        *error = QStringLiteral("no dimension holds periods (none has the role \"time\", and none has only periods as categories)");
        return false;
    }
    if (out.dims[out.time].periods.isEmpty() && !readPeriods(out.dims[out.time])) {
        *error = QStringLiteral("the time dimension %1 has a category that is not a period").arg(out.dims[out.time].id);
        return false;
    }
    for (int i = 0; i < out.dims.size(); ++i) {
        if (i == out.time)
            continue;
        const HeaderRole r = nameRole(out.dims[i]);
        if (out.geo < 0 && r == HeaderRole::Subject)
            out.geo = i;
        if (out.unit < 0 && r == HeaderRole::Unit && i != out.geo)
            out.unit = i;
        out.metricUnits = out.metricUnits || (out.dims[i].metric && out.dims[i].category.contains(QLatin1String("unit")));
    }
    return true;
}

// The datasets of a document: a 2.0 dataset, the datasets a 2.0 collection embeds, or a 1.x
// bundle's.
QList<QJsonObject> datasetsOf(const QJsonObject &root, QString *error)
{
    const QString cls = root.value(QLatin1String("class")).toString();
    if (cls == QLatin1String("dataset") || (cls.isEmpty() && root.contains(QLatin1String("dimension"))))
        return {root};
    if (cls == QLatin1String("collection")) {
        QList<QJsonObject> sets;
        for (const QJsonValue &item : root.value(QLatin1String("link")).toObject().value(QLatin1String("item")).toArray())
            if (item.toObject().contains(QLatin1String("dimension")))
                sets.append(item.toObject());
        if (sets.isEmpty())
            *error = QStringLiteral("a JSON-stat collection that only links to its datasets: download the datasets themselves");
        return sets;
    }
    if (!cls.isEmpty()) {
        *error = QStringLiteral("a JSON-stat %1, not a dataset: it has no values").arg(cls);
        return {};
    }
    QList<QJsonObject> sets; // 1.x: {"NAME": {"dimension": …}, …}
    for (auto it = root.begin(); it != root.end(); ++it)
        if (it.value().toObject().contains(QLatin1String("dimension")))
            sets.append(it.value().toObject());
    if (sets.isEmpty()) {
        *error = root.value(QLatin1String("format")).toString() == QLatin1String("clusterscope-workspace")
            ? QStringLiteral("a Clusterscope workspace, not a data file: open it instead")
            : QStringLiteral("JSON, but not JSON-stat: no dataset with \"dimension\" in it");
    }
    return sets;
}

// The flag of value `flat`, from `status` as one string, an array or an object.
QString statusAt(const QJsonValue &status, qint64 flat)
{
    QString s;
    if (status.isString())
        s = status.toString();
    else if (status.isArray())
        s = status.toArray().at(flat).toString();
    else if (status.isObject())
        s = status.toObject().value(QString::number(flat)).toString();
    s = s.trimmed().toLower();
    static const QRegularExpression flag(QStringLiteral("^[a-z]{1,4}$"));
    return flag.match(s).hasMatch() ? s : QString();
}

QString numberText(const QJsonValue &v)
{
    if (v.isDouble())
        return QString::number(v.toDouble(), 'f', QLocale::FloatingPointShortest); // 1e21 written out, never "1e+21"
    if (v.isString())
        return v.toString().trimmed(); // some APIs quote their numbers, or write ".."
    return QString();                  // null: missing
}

} // namespace

bool looksLikeJson(const QByteArray &bytes)
{
    qsizetype i = bytes.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    while (i < bytes.size() && (bytes[i] == ' ' || bytes[i] == '\t' || bytes[i] == '\r' || bytes[i] == '\n'))
        ++i;
    return i < bytes.size() && bytes[i] == '{';
}

JsonStatResult readJsonStat(const QByteArray &bytes, qint64 maxCells)
{
    JsonStatResult r;
    QJsonParseError parseError;
    const QByteArray json = bytes.startsWith("\xEF\xBB\xBF") ? bytes.mid(3) : bytes;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (!doc.isObject()) {
        r.error = QStringLiteral("not valid JSON: %1 at byte %2").arg(parseError.errorString()).arg(parseError.offset);
        return r;
    }
    const QList<QJsonObject> sets = datasetsOf(doc.object(), &r.error);
    if (!r.error.isEmpty())
        return r;
    QList<Dataset> datasets;
    bool subjects = false, units = false;
    for (const QJsonObject &o : sets) {
        Dataset ds;
        if (!readDataset(o, ds, &r.error)) {
            if (sets.size() > 1)
                r.error = QStringLiteral("dataset %1: %2").arg(ds.label, r.error);
            return r;
        }
        subjects = subjects || ds.geo >= 0;
        units = units || ds.unit >= 0 || ds.metricUnits;
        datasets.append(ds);
    }
    QStringList header = {QStringLiteral("Indicator")};
    if (subjects)
        header.append(QStringLiteral("Subject"));
    header += {QStringLiteral("Period"), QStringLiteral("Value")};
    if (units)
        header.append(QStringLiteral("Unit"));
    r.table.append(1, header);
    qint64 cells = header.size();
    for (const Dataset &ds : std::as_const(datasets)) {
        r.datasets.append(ds.label);
        const int n = int(ds.dims.size());
        std::vector<qint64> stride(size_t(n), 1);
        qint64 total = 1;
        for (int i = n - 1; i >= 0; --i) {
            stride[size_t(i)] = total;
            const qint64 size = ds.dims[i].codes.size();
            if (size > 0 && total > (qint64(1) << 40) / size) { // checked before multiplying, which could overflow
                r.error = QStringLiteral("dataset %1 has more cells than any file could hold").arg(ds.label);
                return r;
            }
            total *= size;
        }
        // The dimensions that name the indicator: metric ones first, then the others of more
        // than one category; none: the dataset's label.
        QList<int> naming;
        for (int pass = 0; pass < 2; ++pass)
            for (int i = 0; i < n; ++i)
                if (i != ds.time && i != ds.geo && i != ds.unit
                    && (pass == 0 ? ds.dims[i].metric : !ds.dims[i].metric && ds.dims[i].codes.size() > 1))
                    naming.append(i);
        // Nothing varies but the unit: the dimensions of one category name it (Eurostat's na_item
        // "GDP"), except the frequency, which the periods say.
        static const QRegularExpression frequency(QStringLiteral("^(freq|frequency|time frequency)$"),
                                                  QRegularExpression::CaseInsensitiveOption);
        for (int i = 0; i < n && naming.isEmpty(); ++i)
            for (int j = i; j < n; ++j)
                if (j != ds.time && j != ds.geo && j != ds.unit && !frequency.match(ds.dims[j].id).hasMatch()
                    && !frequency.match(ds.dims[j].label).hasMatch())
                    naming.append(j);
        if (ds.unit >= 0 && ds.dims[ds.unit].codes.size() > 1)
            naming.append(ds.unit); // "GDP at market prices, Chain linked volumes, index 2020=100"
        // The flat indices of the values present, in order.
        std::vector<std::pair<qint64, QJsonValue>> values;
        if (ds.value.isArray()) {
            const QJsonArray a = ds.value.toArray();
            if (a.size() != total) {
                r.error = QStringLiteral("dataset %1 has %2 values, but its dimensions make %3").arg(ds.label).arg(a.size()).arg(total);
                return r;
            }
            values.reserve(size_t(a.size()));
            for (qsizetype k = 0; k < a.size(); ++k)
                values.emplace_back(k, a.at(k));
        } else if (ds.value.isObject()) {
            const QJsonObject o = ds.value.toObject();
            for (auto it = o.begin(); it != o.end(); ++it) {
                bool ok = false;
                const qint64 k = it.key().toLongLong(&ok);
                if (!ok || k < 0 || k >= total) {
                    r.error = QStringLiteral("dataset %1: the value key \"%2\" is not a position from 0 to %3")
                                  .arg(ds.label, it.key()).arg(total - 1);
                    return r;
                }
                values.emplace_back(k, it.value());
            }
            std::sort(values.begin(), values.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
        } else {
            r.error = QStringLiteral("dataset %1 has no \"value\"").arg(ds.label);
            return r;
        }
        for (const auto &entry : values) {
            const qint64 flat = entry.first;
            const QJsonValue &v = entry.second;
            cells += header.size();
            if (cells > maxCells) {
                r.error = QStringLiteral("more than %1 cells: split the download").arg(QLocale::c().toString(maxCells));
                return r;
            }
            auto at = [&](int i) { return qsizetype((flat / stride[size_t(i)]) % ds.dims[i].codes.size()); };
            QStringList parts;
            for (int i : naming)
                parts.append(ds.dims[i].labels[at(i)]);
            QStringList row = {parts.isEmpty() ? (ds.label.isEmpty() ? QStringLiteral("value") : ds.label) : parts.join(QStringLiteral(", "))};
            if (subjects)
                row.append(ds.geo >= 0 ? ds.dims[ds.geo].labels[at(ds.geo)] : QString());
            row.append(ds.dims[ds.time].periods[at(ds.time)].toString());
            QString number = numberText(v);
            if (const QString flag = statusAt(ds.status, flat); !flag.isEmpty())
                number = (number.isEmpty() ? QStringLiteral(":") : number) + QLatin1Char(' ') + flag;
            row.append(number);
            if (units) {
                QString unit = ds.unit >= 0 ? ds.dims[ds.unit].labels[at(ds.unit)] : QString();
                for (int i = 0; i < n && unit.isEmpty(); ++i)
                    if (ds.dims[i].metric)
                        unit = categoryUnit(ds.dims[i], at(i));
                row.append(unit);
            }
            r.table.append(flat + 1, row); // the "line": the value's position in the dataset, from 1
        }
    }
    return r;
}

} // namespace cs
