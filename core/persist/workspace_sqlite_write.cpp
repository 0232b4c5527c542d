// SPDX-License-Identifier: GPL-3.0-or-later
// Writing a workspace as a new .clusterscope database (schema: workspace_sqlite_schema.h).
#include "persist/workspace_sqlite.h"

#include "persist/observation_blocks.h"
#include "persist/sqlite_db.h"
#include "persist/workspace_sqlite_schema.h"

#include <QHash>

namespace cs {

namespace {

using sqlite::Statement;

// Row keys by id (the first row of an id, as lookups by id find the first).
class Keys
{
public:
    void add(const QString &id, qint64 key) { m_keys.insert(id, key); }
    template <class List>
    static Keys of(const List &items)
    {
        Keys k;
        k.m_keys.reserve(items.size());
        for (qsizetype i = items.size() - 1; i >= 0; --i)
            k.add(items[i].id, i + 1);
        return k;
    }
    // Binds the reference `id` to `keyParam` (its row's key) and `unresolvedParam` (NULL, or the
    // id when it names no row; both NULL when `id` is empty and `optional`).
    void bind(Statement &s, int keyParam, int unresolvedParam, const QString &id, bool optional) const
    {
        const auto it = m_keys.constFind(id);
        if (it != m_keys.cend() && !id.isEmpty()) {
            s.bind(keyParam, *it);
            s.bindNull(unresolvedParam);
        } else {
            s.bindNull(keyParam);
            if (optional && id.isEmpty())
                s.bindNull(unresolvedParam);
            else
                s.bind(unresolvedParam, id);
        }
    }

private:
    QHash<QString, qint64> m_keys;
};

void bindText(Statement &s, int zhParam, const LocalizedText &t)
{
    s.bindOptional(zhParam, t.zh);
    s.bindOptional(zhParam + 1, t.en);
}

// Runs `s` and returns its error, or nothing.
QString run(Statement &s) { return s.run() ? QString() : s.error(); }

QString writeMetadata(sqlite::Database &db, const Workspace &ws)
{
    Statement s(db, "INSERT INTO metadata (key, value) VALUES (?, ?)");
    const QList<std::pair<QString, QString>> rows = {
        {QStringLiteral("format"), QLatin1String(kWorkspaceFormat)},
        {QStringLiteral("version"), QString::number(kSqliteFormatVersion)},
        {QStringLiteral("title.zh"), ws.title.zh},
        {QStringLiteral("title.en"), ws.title.en},
    };
    for (const auto &[key, value] : rows) {
        if (value.isEmpty())
            continue;
        s.bind(1, key);
        s.bind(2, value);
        if (const QString e = run(s); !e.isEmpty())
            return e;
    }
    return QString();
}

QString writeSources(sqlite::Database &db, const Workspace &ws)
{
    Statement s(db, "INSERT INTO sources (key, id, title, label_zh, label_en, publisher, date, reference, confidence, note) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    for (qsizetype i = 0; i < ws.sources.size(); ++i) {
        const Source &src = ws.sources[i];
        s.bind(1, qint64(i + 1));
        s.bind(2, src.id);
        s.bind(3, src.title);
        bindText(s, 4, src.label);
        s.bindOptional(6, src.publisher);
        s.bindOptional(7, src.date);
        s.bindOptional(8, src.reference);
        s.bind(9, confidenceId(src.confidence));
        s.bindOptional(10, src.note);
        if (const QString e = run(s); !e.isEmpty())
            return e;
    }
    return QString();
}

QString writeSubjects(sqlite::Database &db, const Workspace &ws, const Keys &subjects)
{
    Statement s(db, "INSERT INTO subjects (key, id, kind, name_zh, name_en, parent, parent_unresolved) VALUES (?, ?, ?, ?, ?, ?, ?)");
    for (qsizetype i = 0; i < ws.subjects.size(); ++i) {
        const Subject &sub = ws.subjects[i];
        s.bind(1, qint64(i + 1));
        s.bind(2, sub.id);
        s.bind(3, subjectKindId(sub.kind));
        bindText(s, 4, sub.name);
        subjects.bind(s, 6, 7, sub.parent, true);
        if (const QString e = run(s); !e.isEmpty())
            return e;
    }
    return QString();
}

QString writeTaxonomy(sqlite::Database &db, const Taxonomy &t, const Keys &sources, Keys *nodes)
{
    if (t.isEmpty() && t.id.isEmpty()) // as in JSON: no taxonomy
        return QString();
    Statement head(db, "INSERT INTO taxonomy (key, id, edition, title_zh, title_en, source, source_unresolved) "
                       "VALUES (1, ?, ?, ?, ?, ?, ?)");
    head.bind(1, t.id);
    head.bind(2, t.edition);
    bindText(head, 3, t.title);
    sources.bind(head, 5, 6, t.source, true);
    if (const QString e = run(head); !e.isEmpty())
        return e;
    Statement s(db, "INSERT INTO taxonomy_nodes (key, kind, category, id, name_zh, name_en, note) VALUES (?, ?, ?, ?, ?, ?, ?)");
    qint64 key = 0;
    QList<std::pair<QString, qint64>> firstKeys; // node ids in order, for references from indicators
    auto node = [&](const char *kind, qint64 category, const QString &id, const LocalizedText &name, const QString &note) {
        s.bind(1, ++key);
        s.bind(2, QLatin1String(kind));
        if (category > 0)
            s.bind(3, category);
        else
            s.bindNull(3);
        s.bind(4, id);
        bindText(s, 5, name);
        s.bindOptional(7, note);
        firstKeys.append({id, key});
        return run(s);
    };
    for (const ClusterCategory &c : t.categories) {
        if (const QString e = node("category", 0, c.id, c.name, QString()); !e.isEmpty())
            return e;
        const qint64 category = key;
        for (const Cluster &cl : c.clusters)
            if (const QString e = node("cluster", category, cl.id, cl.name, cl.note); !e.isEmpty())
                return e;
    }
    for (const Cluster &f : t.futureIndustries)
        if (const QString e = node("future-industry", 0, f.id, f.name, f.note); !e.isEmpty())
            return e;
    for (qsizetype i = firstKeys.size() - 1; i >= 0; --i)
        nodes->add(firstKeys[i].first, firstKeys[i].second);
    return QString();
}

QString writeIndicators(sqlite::Database &db, const Workspace &ws, const Keys &subjects, const Keys &nodes,
                        const Keys &indicators)
{
    Statement s(db, "INSERT INTO indicators (key, id, name_zh, name_en, subject, subject_unresolved, cluster, "
                    "cluster_unresolved, unit, measure, part_of, part_of_unresolved, growth_of, growth_of_unresolved, note) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    for (qsizetype i = 0; i < ws.indicators.size(); ++i) {
        const Indicator &ind = ws.indicators[i];
        s.bind(1, qint64(i + 1));
        s.bind(2, ind.id);
        bindText(s, 3, ind.name);
        subjects.bind(s, 5, 6, ind.subject, true); // a panel indicator has none
        nodes.bind(s, 7, 8, ind.cluster, true);
        s.bind(9, ind.unit);
        s.bind(10, measureId(ind.measure));
        indicators.bind(s, 11, 12, ind.partOf, true);
        indicators.bind(s, 13, 14, ind.growthOf, true);
        s.bindOptional(15, ind.note);
        if (const QString e = run(s); !e.isEmpty())
            return e;
    }
    return QString();
}

QString writeCharts(sqlite::Database &db, const Workspace &ws)
{
    Statement s(db, "INSERT INTO charts (key, id, kind, spec) VALUES (?, ?, ?, ?)");
    for (qsizetype i = 0; i < ws.charts.size(); ++i) {
        const ChartSpec &c = ws.charts[i];
        s.bind(1, qint64(i + 1));
        s.bind(2, c.id);
        s.bind(3, chartKindId(c.kind));
        s.bind(4, QString::fromUtf8(writeChartSpec(c)));
        if (const QString e = run(s); !e.isEmpty())
            return e;
    }
    return QString();
}

} // namespace

constexpr int kLargeWorkspaceValues = 100000;

QString writeWorkspaceSqlite(const Workspace &ws, const QString &path)
{
    sqlite::Database db;
    if (const QString e = db.create(path); !e.isEmpty())
        return e;
    // A fresh file nobody else sees until the caller renames it: no rollback journal, and no
    // syncs of SQLite's own (the caller syncs the finished file once).
    // Large workspaces get 64 KiB pages: their blocks are read in a tenth of the system calls
    // (a 10M-value file opens in 0.84 s instead of 0.93 s); small ones keep SQLite's 4 KiB, so
    // that each table's first page does not make a small workspace a megabyte.
    const int pageSize = ws.observations.size() >= kLargeWorkspaceValues ? 65536 : 4096;
    const QByteArray pragmas = QByteArrayLiteral("PRAGMA page_size = ") + QByteArray::number(pageSize)
        + "; PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF;";
    if (const QString e = db.exec(pragmas.constData()); !e.isEmpty())
        return e;
    return writeWorkspaceTables(db, ws);
}

QString writeWorkspaceTables(sqlite::Database &db, const Workspace &ws)
{
    const QByteArray pragmas = QByteArrayLiteral("PRAGMA application_id = ") + QByteArray::number(qint64(kSqliteApplicationId))
        + "; PRAGMA user_version = " + QByteArray::number(kSqliteFormatVersion) + ";";
    if (const QString e = db.exec(pragmas.constData()); !e.isEmpty())
        return e;
    if (const QString e = db.exec("BEGIN"); !e.isEmpty())
        return e;
    if (const QString e = db.exec(sqlite_schema::kCreate); !e.isEmpty())
        return e;
    const Keys sources = Keys::of(ws.sources);
    const Keys subjects = Keys::of(ws.subjects);
    const Keys indicators = Keys::of(ws.indicators);
    Keys nodes;
    QString error = writeMetadata(db, ws);
    if (error.isEmpty())
        error = writeSources(db, ws);
    if (error.isEmpty())
        error = writeSubjects(db, ws, subjects);
    if (error.isEmpty())
        error = writeTaxonomy(db, ws.taxonomy, sources, &nodes);
    if (error.isEmpty())
        error = writeIndicators(db, ws, subjects, nodes, indicators);
    if (error.isEmpty())
        error = ObservationBlocks::write(db, ws.observations);
    if (error.isEmpty())
        error = writeCharts(db, ws);
    if (error.isEmpty())
        error = db.exec(sqlite_schema::kCreateIndexes);
    if (error.isEmpty())
        error = db.exec("COMMIT");
    return error;
}

} // namespace cs
