// SPDX-License-Identifier: GPL-3.0-or-later
// Reading a .clusterscope database as untrusted input (schema: workspace_sqlite_schema.h).
#include "persist/workspace_sqlite.h"

#include "model/unit.h"
#include "persist/input_limits.h"
#include "persist/observation_blocks.h"
#include "persist/sqlite_rows.h"
#include "query/validation.h"

#include <QFile>
#include <QHash>

#include <sqlite3.h>

#include <algorithm>
#include <chrono>
#include <future>
#include <optional>
#include <vector>

namespace cs {

namespace {

using sqlite::Damaged;
using sqlite::Row;
using sqlite::Statement;
using sqlite::damaged;
using sqlite::prepared;
using sqlite::readPeriod;

constexpr qsizetype kMaxListedProblems = 1000;

class WorkspaceReader
{
public:
    WorkspaceReader(sqlite::Database &db, int version) : m_db(db), m_version(version) {}

    void readMetadata(Workspace &ws)
    {
        Statement s(m_db, "SELECT key, value FROM metadata");
        prepared(s, "metadata");
        QHash<QString, QString> meta;
        while (s.step()) {
            if (!s.isText(0) || !s.isText(1))
                damaged(QStringLiteral("metadata: keys and values must be text"));
            meta.insert(s.text(0), s.text(1));
        }
        if (s.failed())
            damaged(QStringLiteral("table metadata: %1").arg(s.error()));
        if (meta.value(QStringLiteral("format")) != QLatin1String(kWorkspaceFormat))
            throw Problem{QString(), QStringLiteral("not a Clusterscope workspace: metadata 'format' must be \"%1\"").arg(QLatin1String(kWorkspaceFormat)),
                          {}, ProblemCode::WrongFormat, {QLatin1String(kWorkspaceFormat)}};
        if (meta.value(QStringLiteral("version")) != QString::number(m_version))
            damaged(QStringLiteral("metadata 'version' is '%1', but the file's user_version is %2")
                        .arg(meta.value(QStringLiteral("version"))).arg(m_version));
        ws.title = {meta.value(QStringLiteral("title.zh")), meta.value(QStringLiteral("title.en"))};
    }

    void readSources(Workspace &ws)
    {
        Statement s(m_db, "SELECT key, id, title, label_zh, label_en, publisher, date, reference, confidence, note "
                          "FROM sources ORDER BY key");
        Row row(prepared(s, "sources"), "sources");
        while (row.next()) {
            Source src;
            src.id = row.text(1, "id", true);
            src.title = row.text(2, "title", true);
            src.label = row.localized(3, "label_zh", "label_en");
            src.publisher = row.text(5, "publisher", false);
            src.date = row.text(6, "date", false);
            src.reference = row.text(7, "reference", false);
            src.confidence = row.choice(8, "confidence", confidenceFromId);
            src.note = row.text(9, "note", false);
            m_sourceIds.insert(row.key(), src.id);
            ws.sources.append(src);
        }
    }

    void readSubjects(Workspace &ws)
    {
        Statement s(m_db, "SELECT s.key, s.id, s.kind, s.name_zh, s.name_en, s.parent, p.id, s.parent_unresolved "
                          "FROM subjects s LEFT JOIN subjects p ON p.key = s.parent ORDER BY s.key");
        Row row(prepared(s, "subjects"), "subjects");
        while (row.next()) {
            Subject sub;
            sub.id = row.text(1, "id", true);
            sub.kind = row.choice(2, "kind", subjectKindFromId);
            sub.name = row.localized(3, "name_zh", "name_en");
            sub.parent = row.reference(5, "parent", true);
            m_subjectIds.insert(row.key(), sub.id);
            ws.subjects.append(sub);
        }
    }

    void readTaxonomy(Workspace &ws)
    {
        Statement s(m_db, "SELECT t.key, t.id, t.edition, t.title_zh, t.title_en, t.source, src.id, t.source_unresolved "
                          "FROM taxonomy t LEFT JOIN sources src ON src.key = t.source ORDER BY t.key");
        Row row(prepared(s, "taxonomy"), "taxonomy");
        Taxonomy &t = ws.taxonomy;
        if (!row.next())
            return;
        t.id = row.text(1, "id", true);
        t.edition = row.text(2, "edition", true);
        t.title = row.localized(3, "title_zh", "title_en");
        t.source = row.reference(5, "source", true);
        if (row.next())
            row.fail("key", QStringLiteral("is a second taxonomy"));

        Statement n(m_db, "SELECT key, kind, category, id, name_zh, name_en, note FROM taxonomy_nodes ORDER BY key");
        Row node(prepared(n, "taxonomy_nodes"), "taxonomy_nodes");
        QHash<qint64, qsizetype> categories; // key → index in t.categories
        while (node.next()) {
            const QString kind = node.text(1, "kind", true);
            const std::optional<qint64> category = node.integer(2, "category");
            const QString id = node.text(3, "id", true);
            const LocalizedText name = node.localized(4, "name_zh", "name_en");
            const QString note = node.text(6, "note", false);
            if (kind == QLatin1String("category") && !category && note.isEmpty()) {
                categories.insert(node.key(), t.categories.size());
                t.categories.append({id, name, {}});
            } else if (kind == QLatin1String("cluster") && category && categories.contains(*category)) {
                t.categories[categories.value(*category)].clusters.append({id, name, note});
            } else if (kind == QLatin1String("future-industry") && !category) {
                t.futureIndustries.append({id, name, note});
            } else {
                node.fail("kind", QStringLiteral("'%1' with this category and note is not a taxonomy node").arg(kind));
            }
        }
    }

    void readIndicators(Workspace &ws, Problems &problems)
    {
        Statement s(m_db,
                    "SELECT i.key, i.id, i.name_zh, i.name_en, i.subject, sub.id, i.subject_unresolved, i.cluster, node.id, "
                    "i.cluster_unresolved, i.unit, i.measure, i.part_of, total.id, i.part_of_unresolved, i.growth_of, "
                    "level.id, i.growth_of_unresolved, i.note FROM indicators i "
                    "LEFT JOIN subjects sub ON sub.key = i.subject LEFT JOIN taxonomy_nodes node ON node.key = i.cluster "
                    "LEFT JOIN indicators total ON total.key = i.part_of LEFT JOIN indicators level ON level.key = i.growth_of "
                    "ORDER BY i.key");
        Row row(prepared(s, "indicators"), "indicators");
        while (row.next()) {
            Indicator ind;
            ind.id = row.text(1, "id", true);
            ind.name = row.localized(2, "name_zh", "name_en");
            ind.subject = row.reference(4, "subject", m_version >= 2); // version 2: a panel has none
            ind.cluster = row.reference(7, "cluster", true);
            ind.unit = row.text(10, "unit", true);
            if (!units::find(ind.unit)) // as the JSON reader says it
                problems.append({QStringLiteral("indicators[%1].unit").arg(ws.indicators.size()),
                                 QStringLiteral("unknown unit '%1'; known units: %2").arg(ind.unit, units::ids().join(QStringLiteral(", "))),
                                 {}, ProblemCode::UnknownUnit, {ind.unit}});
            ind.measure = row.choice(11, "measure", measureFromId);
            ind.partOf = row.reference(12, "part_of", true);
            ind.growthOf = row.reference(15, "growth_of", true);
            ind.note = row.text(18, "note", false);
            m_indicatorIds.insert(row.key(), ind.id);
            ws.indicators.append(ind);
        }
    }

    // Versions 1 and 2 (version 3 is read by ObservationBlocks): a row per value.
    // Version 2: the rows of imported files. Keys must run 1, 2, 3…: observations refer to them
    // by key, and they are stored at key − 1.
    void readSourceRows(Workspace &ws)
    {
        if (m_version < 2)
            return;
        Statement s(m_db, "SELECT key, file, line, cells, header FROM source_rows ORDER BY key");
        Row row(prepared(s, "source_rows"), "source_rows");
        ObservationStore &obs = ws.observations;
        while (row.next()) {
            if (row.key() != obs.sourceRowCount() + 1)
                row.fail("key", QStringLiteral("must number the rows 1, 2, 3… without gaps"));
            const std::optional<qint64> line = row.integer(2, "line");
            if (!line || *line < 0)
                row.fail("line", QStringLiteral("must be a line number"));
            if (!row.statement().isBlob(3) && !row.statement().isText(3))
                row.fail("cells", QStringLiteral("must be the row's cells"));
            int header = -1;
            if (!row.statement().isNull(4)) {
                const std::optional<qint64> h = row.integer(4, "header");
                if (!h || *h < 1 || *h > row.key())
                    row.fail("header", QStringLiteral("must name an earlier row"));
                header = int(*h - 1);
            }
            obs.addSourceRowEncoded(row.text(1, "file", false), *line, row.statement().blob(3), header);
        }
    }

    void readObservations(Workspace &ws)
    {
        readSourceRows(ws);
        // References are resolved through the keys read with their tables, not joined per row.
        const char *sql = m_version >= 2
            ? "SELECT key, id, indicator, indicator_unresolved, NULL, period_step, period_kind, period_first, "
              "period_last, value, qualifier, source, source_unresolved, NULL, quote, note, derived, subject, "
              "subject_unresolved, NULL, source_row, source_column FROM observations ORDER BY key"
            : "SELECT key, id, indicator, indicator_unresolved, NULL, period_step, period_kind, period_first, "
              "period_last, value, qualifier, source, source_unresolved, NULL, quote, note, derived, NULL, NULL, "
              "NULL, NULL, NULL FROM observations ORDER BY key";
        Statement s(m_db, sql);
        Row row(prepared(s, "observations"), "observations");
        ObservationStore &obs = ws.observations;
        {
            Statement count(m_db, "SELECT count(*) FROM observations");
            if (count.step() && count.integer(0) > 0 && count.integer(0) < (qint64(1) << 28))
                obs.reserve(int(count.integer(0))); // the columns grow once, not by doubling
        }
        while (row.next()) {
            Observation o;
            o.id = row.text(1, "id", true);
            o.indicator = row.reference(2, "indicator", false, m_indicatorIds);
            o.period = readPeriod(row, 5);
            o.value = row.number(9, "value");
            if (!row.statement().isNull(10))
                o.qualifier = row.choice(10, "qualifier", qualifierFromCode);
            o.source = row.reference(11, "source", false, m_sourceIds);
            o.quote = row.text(14, "quote", false);
            o.note = row.text(15, "note", false);
            const std::optional<qint64> derived = row.integer(16, "derived");
            if (!derived || (*derived != 0 && *derived != 1))
                row.fail("derived", QStringLiteral("must be 0 or 1"));
            o.derived = *derived == 1;
            o.subject = row.reference(17, "subject", true, m_subjectIds);
            if (!row.statement().isNull(20)) {
                const std::optional<qint64> r = row.integer(20, "source_row");
                const std::optional<qint64> c = row.integer(21, "source_column");
                if (!r || *r < 1 || *r > obs.sourceRowCount())
                    row.fail("source_row", QStringLiteral("is not in the file"));
                if (!c || *c < 0 || *c > (1 << 20))
                    row.fail("source_column", QStringLiteral("must be a column number"));
                o.row = int(*r - 1);
                o.column = int(*c);
            }
            m_observationKeys.append(row.key());
            obs.append(o);
        }
        QHash<int, QStringList> inputs; // row → inputs, set once all are read
        Statement in(m_db, "SELECT i.observation, i.input, o.id, i.input_unresolved FROM observation_inputs i "
                           "LEFT JOIN observations o ON o.key = i.input ORDER BY i.observation, i.position");
        Row input(prepared(in, "observation_inputs"), "observation_inputs");
        while (input.next()) {
            const auto at = std::lower_bound(m_observationKeys.cbegin(), m_observationKeys.cend(), input.key());
            if (at == m_observationKeys.cend() || *at != input.key())
                input.fail("observation", QStringLiteral("is not in the file"));
            inputs[int(at - m_observationKeys.cbegin())].append(input.reference(1, "input", false));
        }
        for (auto it = inputs.cbegin(); it != inputs.cend(); ++it) {
            Observation o = obs.at(it.key());
            o.inputs = it.value();
            obs.replace(it.key(), o);
        }
    }

    void readCharts(Workspace &ws, Problems &problems)
    {
        Statement s(m_db, "SELECT key, id, kind, spec FROM charts ORDER BY key");
        Row row(prepared(s, "charts"), "charts");
        while (row.next()) {
            const QString id = row.text(1, "id", true);
            const QString kind = row.text(2, "kind", true);
            const QString path = QStringLiteral("charts[%1]").arg(ws.charts.size());
            const ChartSpec c = readChartSpec(row.text(3, "spec", true).toUtf8(), path, problems);
            if (c.id != id || chartKindId(c.kind) != kind)
                row.fail("spec", QStringLiteral("disagrees with the row's id or kind"));
            ws.charts.append(c);
        }
    }

private:
    sqlite::Database &m_db;
    int m_version;
    QHash<qint64, QString> m_sourceIds, m_subjectIds, m_indicatorIds; // key → id, as read
    QList<qint64> m_observationKeys; // ascending, as read
};

LoadResult invalid(const Problem &p)
{
    LoadResult r;
    r.problems.append(p);
    return r;
}

LoadResult notAWorkspace(const QString &why)
{
    return invalid({QString(), QStringLiteral("not a Clusterscope workspace: %1").arg(why), {}, ProblemCode::NotAWorkspace, {}});
}

LoadResult unreadable(const QString &reason)
{
    const QString why = oneLineMessage(reason); // SQLite's own messages may span lines
    return invalid({QString(), QStringLiteral("damaged Clusterscope workspace: %1").arg(why), {}, ProblemCode::CannotRead, {why}});
}

// Checks the first 100 bytes, before SQLite opens the file: a refusal, or nothing.
std::optional<LoadResult> identify(QFile &f)
{
    const qint64 size = f.size();
    const QByteArray head = f.read(sqlite::kHeaderBytes);
    const sqlite::Header h = sqlite::parseHeader(head);
    if (!h.isSqlite) {
        if (head.trimmed().startsWith('{'))
            return notAWorkspace(QStringLiteral("not an SQLite database (JSON? a JSON workspace is read from a .json file)"));
        return notAWorkspace(size < sqlite::kHeaderBytes && head.startsWith("SQLite format 3")
                                 ? QStringLiteral("an SQLite database cut short (%1 bytes)").arg(size)
                                 : QStringLiteral("not an SQLite database"));
    }
    if (h.applicationId != kSqliteApplicationId)
        return notAWorkspace(QStringLiteral("an SQLite database of another application (application_id %1)").arg(h.applicationId));
    if (h.userVersion > quint32(kSqliteFormatVersion))
        return invalid({QString(),
                        QStringLiteral("this workspace is format version %1, newer than this Clusterscope reads (%2); "
                                       "open it with a newer Clusterscope").arg(h.userVersion).arg(kSqliteFormatVersion),
                        {}, ProblemCode::NewerVersion, {QString::number(h.userVersion), QString::number(kSqliteFormatVersion)}});
    if (h.userVersion < quint32(kSqliteOldestVersion))
        return invalid({QString(), QStringLiteral("the format version (user_version) must be a whole number from 1"), {},
                        ProblemCode::BadVersion, {}});
    if (h.pageSize < 512 || h.pageSize > 65536 || (h.pageSize & (h.pageSize - 1)) != 0)
        return unreadable(QStringLiteral("the page size %1 is not one SQLite writes").arg(h.pageSize));
    if (size % h.pageSize != 0 || (h.pageCount > 0 && size < qint64(h.pageCount) * h.pageSize))
        return unreadable(QStringLiteral("the file is truncated (%1 bytes; its header says %2 pages of %3 bytes)")
                              .arg(size).arg(h.pageCount).arg(h.pageSize));
    return std::nullopt;
}

} // namespace

bool isSqliteWorkspacePath(const QString &path)
{
    // FILE~, the backup a save keeps, is in the format of FILE.
    const QString name = path.endsWith(QLatin1Char('~')) ? path.chopped(1) : path;
    return name.endsWith(QLatin1String(kSqliteExtension), Qt::CaseInsensitive);
}

LoadResult readWorkspaceSqliteFile(const QString &path, const WorkspaceReadOptions &options)
{
    qint64 size = 0;
    int version = kSqliteFormatVersion;
    // A save in place killed midway left its journal: the file's old state comes back first.
    if (const QString e = sqlite::rollBackInterruptedSave(path); !e.isEmpty())
        return unreadable(QStringLiteral("an interrupted save could not be undone: %1").arg(e));
    {
        QFile f(path);
        if (const QString error = openForReading(f); !error.isEmpty()) {
            LoadResult r;
            r.status = LoadResult::Status::IoError;
            QString reason = error;
            reason.remove(QStringLiteral("cannot read: "));
            r.problems.append({QString(), error, {}, ProblemCode::CannotRead, {reason}});
            return r;
        }
        if (std::optional<LoadResult> refused = identify(f))
            return *refused;
        size = f.size();
        f.seek(0);
        version = int(sqlite::parseHeader(f.read(sqlite::kHeaderBytes)).userVersion);
    }
    sqlite::Database db;
    // Enough steps to read and check any file of this size many times over; a file built to make
    // a statement loop is stopped.
    const qint64 maxSteps = 200'000'000 + size * 200;
    if (const QString e = db.openUntrusted(path, maxSteps, options.cancelled); !e.isEmpty())
        return unreadable(e);
    // quick_check reads every page of the file: it runs on a second connection beside the
    // reading, and the reading counts only when the check then says ok (its message comes first).
    sqlite::Database checkDb;
    if (const QString e = checkDb.openUntrusted(path, maxSteps, {}); !e.isEmpty())
        return unreadable(e);
    // Reading one series checks every table but the blocks', and reads only its blocks.
    const bool oneSeries = options.series && version >= 3;
    std::vector<QByteArray> checks = {"PRAGMA quick_check(1)"};
    if (oneSeries) {
        checks.clear();
        for (const char *table : {"metadata", "sources", "subjects", "taxonomy", "taxonomy_nodes", "indicators", "strings",
                                  "observation_block_keys", "observation_notes", "observation_inputs", "charts"})
            if (version >= 4 || qstrcmp(table, "observation_block_keys") != 0)
                checks.push_back(QByteArray("PRAGMA quick_check(") + table + ")");
    }
    std::future<QString> check = std::async(std::launch::async, [&checkDb, maxSteps, checks] {
        for (const QByteArray &sql : checks) {
            Statement s(checkDb, sql.constData());
            if (s.step()) {
                if (s.text(0) != QLatin1String("ok"))
                    return QStringLiteral("quick_check: %1").arg(s.text(0));
                continue;
            }
            if (checkDb.wasInterrupted())
                return QStringLiteral("reading it took more than %1 steps; it is damaged or built to stall").arg(maxSteps);
            if (sqlite3_errcode(checkDb.handle()) == SQLITE_INTERRUPT)
                return QString(); // cancelled: the reading says so
            return s.failed() ? s.error() : QStringLiteral("quick_check gave no answer");
        }
        return QString();
    });
    // The check's verdict, once it is done (a cancel stops it).
    auto checked = [&] {
        while (check.wait_for(std::chrono::milliseconds(50)) != std::future_status::ready)
            if (options.cancelled && options.cancelled())
                sqlite3_interrupt(checkDb.handle());
        const QString e = check.get();
        checkDb.close();
        return e;
    };
    LoadResult result;
    try {
        WorkspaceReader reader(db, version);
        Workspace &ws = result.workspace;
        reader.readMetadata(ws);
        reader.readSources(ws);
        reader.readSubjects(ws);
        reader.readTaxonomy(ws);
        reader.readIndicators(ws, result.problems);
        if (oneSeries) {
            if (const auto series = options.series(ws)) {
                const ObservationBlocks::Series only{series->first, series->second};
                ObservationBlocks::read(db, ws.observations, version, size, &only);
            }
        } else if (version >= 3) {
            ObservationBlocks::read(db, ws.observations, version, size);
        } else {
            reader.readObservations(ws);
        }
        ws.observations.squeeze();
        reader.readCharts(ws, result.problems);
    } catch (const Damaged &d) {
        if (const QString e = checked(); !e.isEmpty())
            return unreadable(e);
        if (db.wasInterrupted() && options.cancelled && options.cancelled())
            return invalid({QString(), QStringLiteral("cancelled"), {}, ProblemCode::CannotRead, {}});
        if (db.wasInterrupted())
            return unreadable(QStringLiteral("reading it took more than %1 steps; it is damaged or built to stall").arg(maxSteps));
        return unreadable(d.message);
    } catch (const Problem &p) {
        if (const QString e = checked(); !e.isEmpty())
            return unreadable(e);
        return invalid(p);
    }
    if (const QString e = checked(); !e.isEmpty())
        return unreadable(e);
    db.close();
    if (options.cancelled && options.cancelled())
        return invalid({QString(), QStringLiteral("cancelled"), {}, ProblemCode::CannotRead, {}});
    result.problems += oneSeries ? validateSubset(result.workspace) : validate(result.workspace);
    const qsizetype more = std::max<qsizetype>(0, result.problems.size() - kMaxListedProblems);
    result.problems.resize(result.problems.size() - more);
    if (more > 0)
        result.problems.append({QString(), QStringLiteral("%1 more problems not listed").arg(more), {}, ProblemCode::MoreProblems,
                                {QString::number(more)}});
    result.status = result.problems.isEmpty() ? LoadResult::Status::Ok : LoadResult::Status::HasProblems;
    return result;
}

} // namespace cs
