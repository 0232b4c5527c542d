// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/table_import.h"

#include "import/repeated_values.h"
#include "model/enum_ids.h"
#include "persist/input_limits.h"
#include "import/text_values.h"
#include "model/unit.h"

#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <cmath>

namespace cs {

namespace {

// The cells of row r holding more than spaces, read in place.
int nonEmpty(const TextRows &rows, qsizetype r)
{
    int n = 0;
    for (int c = 0; c < rows.cellCount(r); ++c)
        n += !rows.cell(r, c).trimmed().isEmpty();
    return n;
}

bool hasChinese(const QString &s)
{
    for (QChar c : s) {
        if (c.unicode() >= 0x3400 && c.unicode() <= 0x9FFF)
            return true;
    }
    return false;
}

LocalizedText nameOf(const QString &text) { return hasChinese(text) ? LocalizedText{text, QString()} : LocalizedText{QString(), text}; }

// A stable id from a name: lower-case ASCII words joined by '-', other scripts kept as written.
QString slug(const QString &text)
{
    QString out;
    bool dash = false;
    for (QChar c : text.trimmed()) {
        if (c.isLetterOrNumber()) {
            out += c.toLower();
            dash = false;
        } else if (!dash && !out.isEmpty()) {
            out += QLatin1Char('-');
            dash = true;
        }
    }
    while (out.endsWith(QLatin1Char('-')))
        out.chop(1);
    return out.isEmpty() ? QStringLiteral("unnamed") : out;
}

Measure inferMeasure(const QString &name, const Unit *unit)
{
    const QString n = name.toLower();
    if (unit && unit->dimension == Dimension::Percent) {
        if (n.contains(QStringLiteral("增长")) || n.contains(QStringLiteral("增速")) || n.contains(QStringLiteral("growth"))
            || n.contains(QStringLiteral("change")) || n.contains(QStringLiteral("同比")))
            return Measure::Growth;
        if (n.contains(QStringLiteral("比重")) || n.contains(QStringLiteral("占")) || n.contains(QStringLiteral("share")))
            return Measure::Share;
        return Measure::Ratio;
    }
    if (unit && (unit->dimension == Dimension::Count || unit->dimension == Dimension::Persons))
        return Measure::Count;
    if (unit && unit->dimension == Dimension::Duration)
        return Measure::Duration;
    return Measure::Level;
}

bool startsWithNoteMarker(const QString &text)
{
    static const QRegularExpression marker(
        QStringLiteral("^\\s*(注|附注|说明|符号说明|数据来源|资料来源|来源|source|sources|note|notes|footnote|data from|last updated|"
                       "symbols?\\b|legend|special value|explanation of symbols)"),
        QRegularExpression::CaseInsensitiveOption);
    return marker.match(text).hasMatch();
}

bool isCumulativeName(const Indicator &indicator); // below
Period cumulativeSpan(const Period &p);

struct Context {
    Context(const TextTable &t, const TableImportOptions &o, TableImportResult &r) : table(t), options(o), result(r) {}

    const TextTable &table;
    const TableImportOptions &options;
    TableImportResult &result;
    QString sourceId;
    QHash<QString, QString> subjectIds;   // name → id
    QSet<QString> subjectIdSet;           // the ids given
    QHash<QString, int> indicatorIndex;   // key (name|unit) → index in workspace.indicators
    qint64 nextObservation = 1;
    // The file names subjects: it is a panel, each indicator one measure for many subjects, and
    // each value names its subject. Otherwise every indicator has the one (default) subject.
    bool perSubject = false;
    RepeatedValues repeated; // for "a second value for …"
    QString fileName; // "panel.csv", for the source rows
    int headerRow = -1;  // the header's source row, added with the first value
    qint64 lastLine = -1; // the data row of the last value, and its source row
    int lastRow = -1;
    QSet<QString> indicatorIds;           // ids given so far
    std::vector<qint8> cumulative;        // by indicator: its values are year-to-date (1), or not (0); -1 not yet known

    bool fail(qint64 line, int column, const QString &message)
    {
        result.error = message;
        result.errorLine = line;
        result.errorColumn = column;
        return false;
    }

    // Rows come grouped by subject: the same text as the row before gives the same subject.
    struct SubjectRef {
        QString name, id;
        int key = -1; // the id's key in the observation store
    } lastSubject;
    const SubjectRef &subjectFor(QStringView name)
    {
        if (lastSubject.key >= 0 && name == lastSubject.name)
            return lastSubject;
        lastSubject.name = name.toString();
        lastSubject.id = subjectForUncached(lastSubject.name);
        lastSubject.key = result.workspace.observations.internKey(lastSubject.id);
        return lastSubject;
    }

    QString subjectForUncached(const QString &name)
    {
        const QString n = name.trimmed().isEmpty() ? defaultSubject() : name.trimmed();
        auto it = subjectIds.constFind(n);
        if (it != subjectIds.constEnd())
            return it.value();
        QString id = slug(n);
        for (int i = 2; subjectIdSet.contains(id); ++i)
            id = slug(n) + QLatin1Char('-') + QString::number(i);
        subjectIds.insert(n, id);
        subjectIdSet.insert(id);
        result.workspace.subjects.append(Subject{id, SubjectKind::Region, nameOf(n), QString()});
        return id;
    }

    QString defaultSubject() const
    {
        if (!options.defaultSubject.isEmpty())
            return options.defaultSubject;
        for (const QString &m : result.metadata) { // NBS: "地区：北京市"
            static const QRegularExpression re(QStringLiteral("^(地区|region)\\s*[:：]\\s*(.+)$"), QRegularExpression::CaseInsensitiveOption);
            if (const auto match = re.match(m); match.hasMatch())
                return match.captured(2).trimmed();
        }
        return QStringLiteral("unspecified");
    }

    QString defaultIndicator() const
    {
        if (!options.defaultIndicator.isEmpty())
            return options.defaultIndicator;
        for (const QString &m : result.metadata) { // NBS: "指标：地区生产总值(亿元)"
            static const QRegularExpression re(QStringLiteral("^(指标|indicator|series)\\s*[:：]\\s*(.+)$"), QRegularExpression::CaseInsensitiveOption);
            if (const auto match = re.match(m); match.hasMatch())
                return match.captured(2).trimmed();
        }
        return QFileInfo(options.fileName).completeBaseName();
    }

    // The indicator for a name, a subject and a unit text (the name may carry the unit: "GDP (亿元)").
    // In a panel the indicator is one for all subjects (its values name theirs); otherwise it
    // belongs to its subject.
    int indicatorFor(QStringView rawName, QStringView subject, QStringView unitText, bool percentValue)
    {
        // Rows come in runs of one indicator: the same texts give the same indicator.
        if (lastFor.index >= 0 && rawName == lastFor.name && unitText == lastFor.unit && percentValue == lastFor.percent
            && (perSubject || subject == lastFor.subject))
            return lastFor.index;
        lastFor = {rawName.toString(), subject.toString(), unitText.toString(), percentValue, -1};
        // A wide table cycles through its indicators for every subject: the same texts met
        // before give the indicator found then, without reading the name's unit again.
        // (each text after its length, so that no two sets of texts give one key)
        QString memoKey = QString::number(lastFor.name.size()) + QLatin1Char(':') + lastFor.name
            + QString::number(lastFor.unit.size()) + QLatin1Char(':') + lastFor.unit + QChar(percentValue ? u'%' : u'-');
        if (!perSubject)
            memoKey += lastFor.subject;
        if (const auto it = indicatorMemo.constFind(memoKey); it != indicatorMemo.constEnd()) {
            lastFor.index = it.value();
            return lastFor.index;
        }
        lastFor.index = indicatorForUncached(lastFor.name, lastFor.subject, lastFor.unit, percentValue);
        indicatorMemo.insert(memoKey, lastFor.index);
        return lastFor.index;
    }
    QHash<QString, int> indicatorMemo;
    struct LastIndicator {
        QString name, subject, unit;
        bool percent = false;
        int index = -1;
    } lastFor;

    int indicatorForUncached(const QString &rawName, const QString &subject, const QString &unitText, bool percentValue)
    {
        const HeaderName split = splitHeaderUnit(rawName.trimmed().isEmpty() ? defaultIndicator() : rawName);
        QString unitLabel = unitText.trimmed();
        if (unitLabel.isEmpty())
            unitLabel = split.unit;
        if (unitLabel.isEmpty())
            unitLabel = options.defaultUnit;
        if (unitLabel.isEmpty() && percentValue)
            unitLabel = QStringLiteral("%");
        const QString subjectId = perSubject ? QString() : subjectFor(subject).id;
        const QString key = split.name + QLatin1Char('|') + subjectId + QLatin1Char('|') + unitLabel;
        if (const auto it = indicatorIndex.constFind(key); it != indicatorIndex.constEnd())
            return it.value();
        const Unit *unit = units::fromText(unitLabel);
        QString unitId = unit ? unit->id : (unitLabel.isEmpty() ? QStringLiteral("number") : units::customUnitId(unitLabel));
        Indicator ind;
        // A second measure of the same name in another unit ("Adjusted net national income
        // (current US$)" after "(constant 2005 US$)") keeps its header whole, so that the two
        // can be told apart by name.
        const QString whole = rawName.trimmed();
        const QString name = indicatorIds.contains(slug(split.name)) && !whole.isEmpty() && whole != split.name ? whole : split.name;
        const QString baseId = slug(name);
        ind.id = baseId;
        for (int i = 2; indicatorIds.contains(ind.id); ++i)
            ind.id = baseId + QLatin1Char('-') + QString::number(i);
        indicatorIds.insert(ind.id);
        ind.name = nameOf(name);
        ind.unit = unitId;
        ind.measure = inferMeasure(name, units::find(unitId));
        ind.subject = subjectId;
        result.workspace.indicators.append(ind);
        indicatorIndex.insert(key, int(result.workspace.indicators.size() - 1));
        return int(result.workspace.indicators.size() - 1);
    }

    // The store's key of an indicator's id, by its index in the workspace's indicators.
    int indicatorKey(int indicator)
    {
        if (size_t(indicator) >= indicatorKeys.size())
            indicatorKeys.resize(size_t(indicator) + 1, -1);
        int &key = indicatorKeys[size_t(indicator)];
        if (key < 0)
            key = result.workspace.observations.internKey(result.workspace.indicators[indicator].id);
        return key;
    }
    std::vector<int> indicatorKeys;

    bool addValue(qint64 line, int column, int tableRow, int indicator, const SubjectRef &subject, const Period &given,
                  QStringView cell, const NumberText &n)
    {
        if (size_t(indicator) >= cumulative.size())
            cumulative.resize(size_t(indicator) + 1, -1);
        qint8 &isCumulative = cumulative[size_t(indicator)]; // decided once per indicator, from its name
        if (isCumulative < 0)
            isCumulative = isCumulativeName(result.workspace.indicators[indicator]) ? 1 : 0;
        const Period period = isCumulative ? cumulativeSpan(given) : given;
        if (n.status == NumberText::Status::Missing) {
            ++result.missing;
            return true;
        }
        // A bound the publisher gives instead of the value ("< 15", "> 1000", "超过270"): the
        // number with its qualifier.
        Qualifier qualifier = Qualifier::Exact;
        double boundValue = n.value;
        if (n.status == NumberText::Status::Invalid) {
            static const QRegularExpression mark(QStringLiteral("^[A-Z]$"));
            const TypedValue typed = parseTypedValue(cell.trimmed());
            if (mark.match(cell.trimmed()).hasMatch()) {
                // One capital letter in a cell of numbers is a symbol of the legend: S withheld,
                // N not available, X not applicable. Missing, never zero.
                ++result.missing;
                return true;
            }
            if (typed.number.status != NumberText::Status::Value || typed.qualifier == Qualifier::Exact || !typed.unit.isEmpty())
                return fail(line, column + 1, QStringLiteral("'%1' is not a number").arg(oneLineMessage(cell.trimmed().toString(), 60)));
            qualifier = typed.qualifier;
            boundValue = typed.number.value;
        }
        if (options.maxObservations > 0 && result.imported >= options.maxObservations)
            return fail(line, column + 1, QStringLiteral("more than %1 values: the import limit").arg(options.maxObservations));
        if (nextObservation > 999999999)
            return fail(line, column + 1, QStringLiteral("more than 999,999,999 values"));
        ObservationStore &store = result.workspace.observations;
        if (idPrefixKey < 0) {
            idPrefixKey = store.internKey(sourceId + QLatin1Char('#'));
            sourceKey = store.internKey(sourceId);
        }
        ObservationStore::KeyedValue v;
        v.idPrefix = idPrefixKey;
        v.idNumber = qint32(nextObservation++);
        v.indicator = indicatorKey(indicator);
        v.subject = subject.key >= 0 ? subject.key : 0; // 0: the empty text (an indicator's own subject)
        v.source = sourceKey;
        v.period = period;
        v.value = boundValue;
        v.row = sourceRow(line, tableRow);
        v.column = column;
        store.appendKeyed(v);
        if (!n.flag.isEmpty())
            store.update(store.size() - 1, [&](Observation &o) { o.note = QStringLiteral("flag: %1").arg(n.flag); });
        if (qualifier != Qualifier::Exact)
            store.update(store.size() - 1, [&](Observation &o) { o.qualifier = qualifier; });
        if (const std::optional<int> first = repeated.add(store, store.size() - 1)) {
            store.removeAt(store.size() - 1);
            // The same value again (a row the publisher repeated): left out, not an error.
            if (store.value(*first) == boundValue && store.at(*first).qualifier == qualifier && store.at(*first).note == (n.flag.isEmpty() ? QString() : QStringLiteral("flag: %1").arg(n.flag))) {
                // One note per repeated row, at its first repeated cell.
                const QString reason = QStringLiteral("the same value as line %1: a repeated row").arg(store.sourceRow(store.sourceRowOf(*first)).line);
                if (result.skipped.isEmpty() || result.skipped.last().line != line || result.skipped.last().reason != reason)
                    result.skipped.append({line, column + 1, reason});
                return true;
            }
            const Indicator &ind = result.workspace.indicators[indicator];
            return fail(line, column + 1, QStringLiteral("a second value for %1%2 at %3 (the first is on line %4): "
                                                         "are the columns mapped right?")
                                              .arg(ind.id, subject.id.isEmpty() ? QString() : QStringLiteral(" of ") + subject.id,
                                                   period.label(Lang::En))
                                              .arg(store.sourceRow(store.sourceRowOf(*first)).line));
        }
        ++result.imported;
        return true;
    }
    int idPrefixKey = -1, sourceKey = -1; // "file-x#" and "file-x" in the store

    // The source row of a data row, stored once for all its values, naming the header row.
    int sourceRow(qint64 line, int tableRow)
    {
        ObservationStore &store = result.workspace.observations;
        if (fileName.isNull())
            fileName = QFileInfo(options.fileName).fileName();
        if (headerRow < 0) {
            const int h = result.headerRow;
            headerRow = store.addSourceRow(SourceRow{fileName, table.lines[h], table.rows[h], -1});
        }
        if (line != lastLine) {
            cellViews.clear();
            for (int c = 0; c < table.rows.cellCount(tableRow); ++c)
                cellViews.push_back(table.rows.cell(tableRow, c));
            lastRow = store.addSourceRow(fileName, line, cellViews.data(), qsizetype(cellViews.size()), headerRow);
            lastLine = line;
        }
        return lastRow;
    }
    std::vector<QStringView> cellViews;
};

// NBS publishes year-to-date totals under quarter and month headers: "国内生产总值累计值" for
// 2021年第三季度 is Q1–Q3, and for 2021年第四季度 the whole year. Such a value takes the span it
// covers, so it is never passed off as one quarter's (or one month's) figure.
bool isCumulativeName(const Indicator &indicator)
{
    const QString name = indicator.name.zh + indicator.name.en;
    return name.contains(QStringLiteral("累计")) || name.contains(QStringLiteral("cumulative"), Qt::CaseInsensitive)
        || name.contains(QStringLiteral("year to date"), Qt::CaseInsensitive);
}

// The year-to-date span a cumulative indicator's value at `p` covers.
Period cumulativeSpan(const Period &p)
{
    if (!p.isValid() || p.isSpan()
        || (p.granularity() != Granularity::Quarter && p.granularity() != Granularity::Month) || p.firstIndex() == 1)
        return p;
    const Period first = p.granularity() == Granularity::Quarter ? Period::quarter(p.year(), 1) : Period::month(p.year(), 1);
    const bool wholeYear = (p.granularity() == Granularity::Quarter && p.firstIndex() == 4) || p.firstIndex() == 12;
    return wholeYear ? Period::year(p.year()) : Period::span(first, p);
}

} // namespace

// The row holding the column names: the first with enough filled cells, after metadata lines.
int detectHeaderRow(const TextTable &t)
{
    const int scan = int(std::min<qsizetype>(t.rows.size(), 200));
    QHash<int, int> counts;
    for (int i = 0; i < scan; ++i) {
        const int n = nonEmpty(t.rows, i);
        if (n >= 2)
            counts[n] += 1;
    }
    int modal = 2, best = 0;
    for (auto it = counts.begin(); it != counts.end(); ++it) {
        if (it.value() > best || (it.value() == best && it.key() > modal)) {
            best = it.value();
            modal = it.key();
        }
    }
    const int needed = std::max(2, (modal + 1) / 2);
    for (int i = 0; i < scan; ++i) {
        if (nonEmpty(t.rows, i) >= needed && (i + 1 >= t.rows.size() || nonEmpty(t.rows, i + 1) >= 2))
            return i;
    }
    return -1;
}

QString tableLayoutId(TableLayout l)
{
    switch (l) {
    case TableLayout::Auto: return QStringLiteral("auto");
    case TableLayout::Long: return QStringLiteral("long");
    case TableLayout::Wide: return QStringLiteral("wide");
    case TableLayout::IndicatorColumns: return QStringLiteral("indicator-columns");
    }
    return {};
}

std::optional<TableLayout> tableLayoutFromId(const QString &id)
{
    return enumFromId(id, {TableLayout::Auto, TableLayout::Long, TableLayout::Wide, TableLayout::IndicatorColumns}, tableLayoutId);
}

QString importedId(const QString &name) { return slug(name); }

HeaderRole headerRole(const QString &header)
{
    const QString h = splitHeaderUnit(header).name.trimmed().toLower().remove(QLatin1Char('"'));
    static const QHash<QString, HeaderRole> names = {
        {QStringLiteral("地区"), HeaderRole::Subject}, {QStringLiteral("地区名称"), HeaderRole::Subject},
        {QStringLiteral("国家"), HeaderRole::Subject}, {QStringLiteral("国家和地区"), HeaderRole::Subject},
        {QStringLiteral("省份"), HeaderRole::Subject}, {QStringLiteral("城市"), HeaderRole::Subject},
        {QStringLiteral("经济体"), HeaderRole::Subject}, {QStringLiteral("region"), HeaderRole::Subject},
        {QStringLiteral("country"), HeaderRole::Subject}, {QStringLiteral("country name"), HeaderRole::Subject},
        {QStringLiteral("entity"), HeaderRole::Subject}, {QStringLiteral("geo"), HeaderRole::Subject},
        {QStringLiteral("area"), HeaderRole::Subject}, {QStringLiteral("location"), HeaderRole::Subject},
        {QStringLiteral("reference area"), HeaderRole::Subject}, {QStringLiteral("subject"), HeaderRole::Subject},
        {QStringLiteral("geographic area name"), HeaderRole::Subject}, {QStringLiteral("geographic area"), HeaderRole::Subject},
        {QStringLiteral("geography"), HeaderRole::Subject}, {QStringLiteral("area name"), HeaderRole::Subject},
        {QStringLiteral("country or area"), HeaderRole::Subject}, {QStringLiteral("state"), HeaderRole::Subject},
        {QStringLiteral("province"), HeaderRole::Subject}, {QStringLiteral("省"), HeaderRole::Subject},
        {QStringLiteral("指标"), HeaderRole::Indicator}, {QStringLiteral("指标名称"), HeaderRole::Indicator},
        {QStringLiteral("项目"), HeaderRole::Indicator}, {QStringLiteral("indicator"), HeaderRole::Indicator},
        {QStringLiteral("indicator name"), HeaderRole::Indicator}, {QStringLiteral("series"), HeaderRole::Indicator},
        {QStringLiteral("series name"), HeaderRole::Indicator}, {QStringLiteral("variable"), HeaderRole::Indicator},
        {QStringLiteral("时间"), HeaderRole::Period}, {QStringLiteral("年份"), HeaderRole::Period},
        {QStringLiteral("年度"), HeaderRole::Period}, {QStringLiteral("时期"), HeaderRole::Period},
        {QStringLiteral("日期"), HeaderRole::Period}, {QStringLiteral("期间"), HeaderRole::Period},
        {QStringLiteral("period"), HeaderRole::Period}, {QStringLiteral("year"), HeaderRole::Period},
        {QStringLiteral("date"), HeaderRole::Period}, {QStringLiteral("time"), HeaderRole::Period},
        {QStringLiteral("time_period"), HeaderRole::Period}, {QStringLiteral("observation_date"), HeaderRole::Period},
        {QStringLiteral("quarter"), HeaderRole::Period}, {QStringLiteral("month"), HeaderRole::Period},
        {QStringLiteral("数值"), HeaderRole::Value}, {QStringLiteral("值"), HeaderRole::Value},
        {QStringLiteral("value"), HeaderRole::Value}, {QStringLiteral("obs_value"), HeaderRole::Value},
        {QStringLiteral("单位"), HeaderRole::Unit}, {QStringLiteral("计量单位"), HeaderRole::Unit},
        {QStringLiteral("unit"), HeaderRole::Unit}, {QStringLiteral("units"), HeaderRole::Unit},
        {QStringLiteral("unit of measure"), HeaderRole::Unit},
        {QStringLiteral("code"), HeaderRole::Code}, {QStringLiteral("country code"), HeaderRole::Code},
        {QStringLiteral("indicator code"), HeaderRole::Code}, {QStringLiteral("series code"), HeaderRole::Code},
        {QStringLiteral("iso3"), HeaderRole::Code}, {QStringLiteral("iso code"), HeaderRole::Code},
        {QStringLiteral("代码"), HeaderRole::Code}, {QStringLiteral("地区代码"), HeaderRole::Code},
    };
    if (const auto it = names.constFind(h); it != names.constEnd())
        return *it;
    // "2017 NAICS Code", "Country Code", "行业代码": codes, not values ("Meaning of NAICS Code" is
    // the code's words).
    static const QRegularExpression words(QStringLiteral("^(meaning|description|name|label|title) of "));
    if ((h.endsWith(QLatin1String(" code")) || h.endsWith(QLatin1String(" id")) || h.endsWith(QStringLiteral("代码")))
        && !words.match(h).hasMatch())
        return HeaderRole::Code;
    return HeaderRole::None;
}

namespace {

// A column of remarks about the values: notes, comments, sources, status flags.
bool isRemarkColumn(QStringView header)
{
    static const QSet<QString> words = {
        QStringLiteral("note"), QStringLiteral("notes"), QStringLiteral("footnote"), QStringLiteral("footnotes"),
        QStringLiteral("comment"), QStringLiteral("comments"), QStringLiteral("remark"), QStringLiteral("remarks"),
        QStringLiteral("source"), QStringLiteral("sources"), QStringLiteral("data source"), QStringLiteral("status"),
        QStringLiteral("flag"), QStringLiteral("flags"), QStringLiteral("obs_status"), QStringLiteral("obs_flag"),
        QStringLiteral("observation status"), QStringLiteral("description"), QStringLiteral("definition"),
        QStringLiteral("备注"), QStringLiteral("注"), QStringLiteral("注释"), QStringLiteral("说明"), QStringLiteral("来源"),
        QStringLiteral("数据来源"), QStringLiteral("资料来源"), QStringLiteral("状态"),
    };
    return words.contains(header.trimmed().toString().toLower());
}

// The columns of words (ignored so far) that take two or more values for one subject: they tell
// a row's values apart, so they qualify its indicators' names. Without a subject column, any
// such column that varies at all.
QList<int> qualifyingColumns(const TextTable &table, int header, const ColumnRoles &roles)
{
    QList<int> dimensions;
    for (int c : roles.ignored) {
        if (c == roles.subject || c == roles.period || c == roles.unit || c == roles.indicator)
            continue;
        if (headerRole(table.rows.cell(header, c).toString()) == HeaderRole::Code || isRemarkColumn(table.rows.cell(header, c)))
            continue;
        // A dimension is filled on (nearly) every row with a short word or phrase; notes and
        // comments are sparse sentences.
        qsizetype rows = 0, filled = 0, length = 0;
        for (qsizetype i = header + 1; i < table.rows.size() && rows < 2000; ++i) {
            if (nonEmpty(table.rows, int(i)) < 2)
                continue;
            ++rows;
            const QStringView word = table.rows.cell(i, c).trimmed();
            filled += !word.isEmpty();
            length += word.size();
        }
        if (filled * 10 < rows * 9 || length > filled * 60)
            continue;
        QHash<QStringView, QStringView> first; // subject → its first word in this column
        bool varies = false;
        for (qsizetype i = header + 1; i < table.rows.size() && !varies; ++i) {
            const QStringView word = table.rows.cell(i, c).trimmed();
            if (word.isEmpty())
                continue;
            const QStringView subject = roles.subject >= 0 ? table.rows.cell(i, roles.subject) : QStringView();
            const auto it = first.constFind(subject);
            if (it == first.constEnd())
                first.insert(subject, word);
            else
                varies = *it != word;
        }
        if (varies)
            dimensions << c;
    }
    return dimensions;
}

// "Number of owners (%)" qualified by ", Retail trade, Female" → "Number of owners, Retail trade,
// Female (%)": the unit stays last, where the header reader finds it. The header is split once.
QString qualifiedName(const QString &header, const HeaderName &split, const QString &qualifiers)
{
    return split.unit.isEmpty() ? header + qualifiers : split.name + qualifiers + QStringLiteral(" (") + split.unit + QLatin1Char(')');
}

} // namespace

TableImportResult analyseTable(const TextTable &table, const TableImportOptions &options)
{
    TableImportResult result;
    Context cx(table, options, result);
    // Header and metadata.
    const int header = options.headerRow >= 0 ? options.headerRow : detectHeaderRow(table);
    if (header < 0 || header >= table.rows.size()) {
        cx.fail(table.lines.value(0, 1), 1, QStringLiteral("no header row: no line has two or more column names"));
        return result;
    }
    result.headerRow = header;
    for (int i = 0; i < header; ++i) {
        QStringList cells;
        for (const QString &c : table.rows[i])
            if (!c.trimmed().isEmpty())
                cells << c.trimmed();
        if (!cells.isEmpty())
            result.metadata << cells.join(QLatin1Char(' '));
        result.skipped.append({table.lines[i], 0, QStringLiteral("metadata above the table")});
    }
    const QStringList &head = table.rows[header];
    const qint64 headLine = table.lines[header];

    // Column roles.
    ColumnRoles roles;
    if (options.roles) {
        roles = *options.roles;
    } else {
        roles.eurostatKey = head.value(0).contains(QLatin1Char('\\'));
        QList<int> periodHeaders;
        for (int c = 0; c < head.size(); ++c) {
            if (c == 0 && roles.eurostatKey)
                continue;
            switch (headerRole(head[c])) {
            case HeaderRole::Subject: if (roles.subject < 0) roles.subject = c; else roles.ignored << c; break;
            case HeaderRole::Indicator: if (roles.indicator < 0) roles.indicator = c; else roles.ignored << c; break;
            case HeaderRole::Period: if (roles.period < 0) roles.period = c; else roles.ignored << c; break;
            case HeaderRole::Value: if (roles.value < 0) roles.value = c; else roles.ignored << c; break;
            case HeaderRole::Unit: if (roles.unit < 0) roles.unit = c; else roles.ignored << c; break;
            case HeaderRole::Code: roles.ignored << c; break;
            case HeaderRole::None:
                if (parsePeriodText(head[c]).isValid())
                    periodHeaders << c;
                else if (!head[c].trimmed().isEmpty())
                    roles.data << c; // a candidate indicator column
                else
                    roles.ignored << c; // WDI's trailing comma
                break;
            }
        }
        TableLayout layout = options.layout;
        if (layout == TableLayout::Auto) {
            if (!periodHeaders.isEmpty() && roles.period < 0)
                layout = TableLayout::Wide;
            else if (roles.period >= 0 && roles.value >= 0)
                layout = TableLayout::Long;
            else if (roles.period >= 0)
                layout = TableLayout::IndicatorColumns;
        }
        result.layout = layout;
        if (layout == TableLayout::Wide) {
            roles.ignored += roles.data; // text columns beside the periods are not imported
            roles.data = periodHeaders;
        }
        if (layout == TableLayout::Long)
            roles.ignored += roles.data, roles.data.clear();
        if (layout == TableLayout::IndicatorColumns) {
            // A column of words beside the indicators ("World region according to OWID") is
            // described, not measured: ignore columns whose cells are mostly text, not numbers.
            QList<int> numeric;
            for (int c : roles.data) {
                int numbers = 0, words = 0;
                for (int i = header + 1; i < std::min<qsizetype>(table.rows.size(), header + 201); ++i) {
                    const NumberText n = parseNumberText(table.rows[i].value(c));
                    numbers += n.status == NumberText::Status::Value;
                    words += n.status == NumberText::Status::Invalid;
                }
                (words > numbers ? roles.ignored : numeric) << c;
            }
            roles.data = numeric;
            roles.dimensions = qualifyingColumns(table, header, roles);
            for (int c : std::as_const(roles.dimensions))
                roles.ignored.removeAll(c);
        }
    }
    if (options.roles && options.layout == TableLayout::Auto) // roles given: the layout follows from them
        result.layout = roles.value >= 0 ? TableLayout::Long : roles.period >= 0 ? TableLayout::IndicatorColumns : TableLayout::Wide;
    else if (options.roles)
        result.layout = options.layout;
    result.roles = roles;

    const TableLayout layout = result.layout;
    if (layout == TableLayout::Auto) {
        cx.fail(headLine, 1, QStringLiteral("cannot find the periods: no column is named like 时间, 年份, period, year or date, "
                                            "and no column name is a period such as 2023 or 2023年第三季度"));
        return result;
    }
    if (layout == TableLayout::Long && (roles.period < 0 || roles.value < 0)) {
        cx.fail(headLine, 1, QStringLiteral("a long table needs a period column and a value column"));
        return result;
    }
    if (layout != TableLayout::Long && roles.data.isEmpty()) {
        cx.fail(headLine, 1, layout == TableLayout::Wide ? QStringLiteral("no column name is a period")
                                                         : QStringLiteral("no indicator columns beside the period column"));
        return result;
    }

    return result;
}

namespace {

constexpr int kReleaseRows = 65536; // rows imported between two releases of their text

// `consumed`: the table's rows, which may be given back as they are imported (the same object
// as `table.rows`), or null.
TableImportResult importRows(const TextTable &table, const TableImportOptions &options, TextRows *consumed)
{
    TableImportResult result = analyseTable(table, options);
    if (!result.ok())
        return result;
    Context cx(table, options, result);
    const QString base = QFileInfo(options.fileName).fileName();
    cx.sourceId = !options.sourceTitle.isEmpty() ? slug(options.sourceTitle)
                                                 : QStringLiteral("file-") + slug(base.isEmpty() ? QStringLiteral("import") : base);
    const int header = result.headerRow;
    const QStringList &head = table.rows[header];
    const qint64 headLine = table.lines[header];
    const ColumnRoles &roles = result.roles;
    const TableLayout layout = result.layout;

    // Header periods (wide) and indicator columns (indicator columns layout), with their units
    // split off once for the names qualified by dimension columns.
    QList<Period> columnPeriods;
    QHash<int, HeaderName> headSplit;
    if (layout == TableLayout::IndicatorColumns && !roles.dimensions.isEmpty())
        for (int c : roles.data)
            headSplit.insert(c, splitHeaderUnit(head[c]));
    if (layout == TableLayout::Wide) {
        for (int c : roles.data) {
            QString error;
            columnPeriods << parsePeriodText(head[c], &error);
            if (!columnPeriods.last().isValid()) {
                cx.fail(headLine, c + 1, QStringLiteral("column name: %1").arg(error));
                return result;
            }
        }
        coarsenFirstOfPeriodDates(columnPeriods);
    }

    // Data rows end where notes begin.
    int end = int(table.rows.size());
    for (int i = header + 1; i < end; ++i) {
        const int n = nonEmpty(table.rows, i);
        if (n == 1 && (startsWithNoteMarker(table.rows[i].value(0)) || startsWithNoteMarker(table.rows[i].join(QString())))) {
            end = i;
            break;
        }
    }
    for (int i = end; i < table.rows.size(); ++i)
        if (nonEmpty(table.rows, i) > 0)
            result.skipped.append({table.lines[i], 0, QStringLiteral("note below the table")});

    // Period column values (long and indicator-columns layouts), coarsened together.
    QList<Period> rowPeriods;
    if (layout != TableLayout::Wide) {
        rowPeriods.reserve(end - header);
        // A panel repeats a few hundred period texts a million times: parse each text once.
        QHash<QStringView, Period> parsed; // views of the table's text, which outlives this
        for (int i = header + 1; i < end; ++i) {
            if (nonEmpty(table.rows, i) == 0) {
                rowPeriods << Period();
                continue;
            }
            QString error;
            const QStringView text = table.rows.cell(i, roles.period);
            auto known = parsed.constFind(text);
            if (known == parsed.constEnd()) {
                const Period p = parsePeriodText(text.toString(), &error);
                known = p.isValid() ? parsed.insert(text, p) : known;
            }
            const Period p = known != parsed.constEnd() ? known.value() : Period();
            if (!p.isValid()) {
                cx.fail(table.lines[i], roles.period + 1, QStringLiteral("period: %1").arg(error));
                return result;
            }
            rowPeriods << p;
        }
        coarsenFirstOfPeriodDates(rowPeriods);
    }

    cx.perSubject = roles.subject >= 0 || roles.eurostatKey;

    // Dimension columns that all say the same total ("All owners" for sex, ethnicity, race and
    // veteran status, as the US Census Bureau writes them) qualify a name once, not five times,
    // as long as no two rows' words then read alike; otherwise every word is kept.
    QHash<QString, QString> shortQualifiers; // a row's words → the same without repeats
    if (layout == TableLayout::IndicatorColumns && roles.dimensions.size() > 1) {
        QHash<QString, QString> fullOf; // shortened → the words it came from
        bool distinct = true;
        for (int i = header + 1; i < end && distinct; ++i) {
            QString full, shortened;
            QStringView previous;
            for (int d : roles.dimensions) {
                const QStringView w = table.rows.cell(i, d).trimmed();
                if (w.isEmpty())
                    continue;
                full += QStringLiteral(", ") + w.toString();
                if (w != previous)
                    shortened += QStringLiteral(", ") + w.toString();
                previous = w;
            }
            if (full.isEmpty() || shortQualifiers.contains(full))
                continue;
            const auto it = fullOf.constFind(shortened);
            distinct = it == fullOf.constEnd() || *it == full;
            fullOf.insert(shortened, full);
            shortQualifiers.insert(full, shortened);
        }
        if (!distinct)
            shortQualifiers.clear();
    }
    // Room for every row and value at once; the rows' UTF-8 estimated from the first thousand.
    const qsizetype dataRows = std::max(0, end - header - 1);
    qint64 sampleBytes = 0;
    const int sampleRows = int(std::min<qsizetype>(dataRows, 1000));
    for (int i = header + 1; i < header + 1 + sampleRows; ++i)
        for (int c = 0; c < table.rows.cellCount(i); ++c) {
            for (const QChar ch : table.rows.cell(i, c))
                sampleBytes += ch.unicode() < 0x80 ? 1 : ch.unicode() < 0x800 ? 2 : 3;
            sampleBytes += 1; // the separator after the cell
        }
    // (never more than every cell's text at three bytes a character: a few long cells at the top
    // must not reserve for millions of short rows like them)
    const qint64 rowBytes = sampleRows > 0 ? std::min(sampleBytes * dataRows / sampleRows * 21 / 20,
                                                      3 * table.rows.textLength(header + 1, end) + table.rows.cellsIn(header + 1, end))
                                           : 0;
    result.workspace.observations.reserveSourceRows(dataRows + 1, rowBytes);
    result.workspace.observations.reserve(
        int(std::min<qint64>(qint64(dataRows) * (layout == TableLayout::Long ? 1 : std::max<qsizetype>(1, roles.data.size())),
                             qint64(1) << 28)));
    std::vector<NumberText> numbers; // a wide row's cells, parsed once

    for (int i = header + 1; i < end; ++i) {
        // The rows imported so far are read no more: a large file's text goes as its values come.
        if (consumed && (i - header - 1) % kReleaseRows == 0 && i > header + 1)
            consumed->releaseRows(header + 1, i);
        const qint64 line = table.lines[i];
        const int filled = nonEmpty(table.rows, i);
        if (filled == 0) {
            result.skipped.append({line, 0, QStringLiteral("empty row")});
            continue;
        }
        const int cellCount = table.rows.cellCount(i);
        if (cellCount < head.size() && filled < 2 && layout != TableLayout::Long) {
            result.skipped.append({line, 0, QStringLiteral("a row with a single cell inside the table")});
            continue;
        }
        // Cells are read in place: a row's text is copied only into its source row.
        auto cell = [&](int c) { return table.rows.cell(i, c); };
        QStringView subject = cell(roles.subject);
        QStringView indicatorName = cell(roles.indicator);
        QStringView unitText = cell(roles.unit);
        QString keySubject, keyIndicator, keyUnit;
        if (roles.eurostatKey) {
            // "unit,na_item,geo\time" key: geo is the subject, unit the unit, the rest the indicator.
            const QStringList dims = head.value(0).section(QLatin1Char('\\'), 0, 0).split(QLatin1Char(','));
            const QStringList values = cell(0).toString().split(QLatin1Char(','));
            QStringList parts;
            for (int d = 0; d < dims.size(); ++d) {
                const QString dim = dims[d].trimmed().toLower();
                const QString v = values.value(d).trimmed();
                if (dim == QLatin1String("geo"))
                    keySubject = v;
                else if (dim == QLatin1String("unit"))
                    keyUnit = v;
                else if (dim != QLatin1String("freq"))
                    parts << v;
            }
            keyIndicator = parts.isEmpty() ? cx.defaultIndicator() : parts.join(QStringLiteral(" / "));
            subject = keySubject;
            indicatorName = keyIndicator;
            unitText = keyUnit;
        }
        const Context::SubjectRef subjectRef = cx.perSubject ? cx.subjectFor(subject) : Context::SubjectRef();
        switch (layout) {
        case TableLayout::Wide: {
            bool percent = false;
            numbers.clear();
            for (int c : roles.data) {
                numbers.push_back(parseNumberText(cell(c)));
                percent = percent || numbers.back().percent;
            }
            const int ind = cx.indicatorFor(indicatorName, subject, unitText, percent);
            for (int k = 0; k < roles.data.size(); ++k) {
                if (!cx.addValue(line, roles.data[k], i, ind, subjectRef, columnPeriods[k], cell(roles.data[k]), numbers[size_t(k)]))
                    return result;
            }
            break;
        }
        case TableLayout::Long: {
            const QStringView text = cell(roles.value);
            const NumberText number = parseNumberText(text);
            const int ind = cx.indicatorFor(indicatorName, subject, unitText, number.percent);
            if (!cx.addValue(line, roles.value, i, ind, subjectRef, rowPeriods[i - header - 1], text, number))
                return result;
            break;
        }
        case TableLayout::IndicatorColumns: {
            QString qualifiers; // the row's words of the dimension columns
            for (int d : roles.dimensions)
                if (const QStringView w = cell(d).trimmed(); !w.isEmpty())
                    qualifiers += QStringLiteral(", ") + w.toString();
            if (!qualifiers.isEmpty())
                qualifiers = shortQualifiers.value(qualifiers, qualifiers);
            for (int c : roles.data) {
                const NumberText number = parseNumberText(cell(c));
                const int ind = cx.indicatorFor(qualifiers.isEmpty() ? head[c] : qualifiedName(head[c], headSplit.value(c), qualifiers), subject, unitText,
                                                number.percent);
                if (!cx.addValue(line, c, i, ind, subjectRef, rowPeriods[i - header - 1], cell(c), number))
                    return result;
            }
            break;
        }
        case TableLayout::Auto:
            break;
        }
    }
    if (result.imported == 0) {
        cx.fail(headLine, 1, QStringLiteral("no values to import: every data cell is empty or marked missing"));
        return result;
    }

    // Indicators whose column held no value at all are dropped; a "share" guessed from a name
    // whose values leave 0–100 is a ratio after all; the source names the file.
    QSet<QString> used;
    QSet<QString> notShares;
    QSet<QString> usedSubjects;
    {
        const ObservationStore &obs = result.workspace.observations;
        // By the store's string keys: a flag per key, no hashing per value.
        enum : quint8 { UsedIndicator = 1, NotShare = 2, UsedSubject = 4 };
        std::vector<quint8> flags;
        auto flag = [&](int key, quint8 f) {
            if (size_t(key) >= flags.size())
                flags.resize(size_t(key) + 1, 0);
            flags[size_t(key)] |= f;
        };
        for (int i = 0; i < obs.size(); ++i) {
            flag(obs.indicatorKey(i), UsedIndicator);
            flag(obs.subjectKey(i), UsedSubject);
            if (obs.value(i) < 0 || obs.value(i) > 100)
                flag(obs.indicatorKey(i), NotShare);
        }
        auto has = [&](const QString &id, quint8 f) {
            const int key = obs.keyOf(id);
            return key >= 0 && size_t(key) < flags.size() && (flags[size_t(key)] & f);
        };
        for (const Indicator &ind : result.workspace.indicators) {
            if (has(ind.id, UsedIndicator))
                used.insert(ind.id);
            if (has(ind.id, NotShare))
                notShares.insert(ind.id);
        }
        for (const Subject &subject : result.workspace.subjects)
            if (has(subject.id, UsedSubject))
                usedSubjects.insert(subject.id);
    }
    for (Indicator &ind : result.workspace.indicators)
        if (ind.measure == Measure::Share && notShares.contains(ind.id))
            ind.measure = Measure::Ratio;
    for (const Indicator &ind : result.workspace.indicators)
        if (used.contains(ind.id))
            usedSubjects.insert(ind.subject);
    result.workspace.subjects.erase(std::remove_if(result.workspace.subjects.begin(), result.workspace.subjects.end(),
                                                   [&](const Subject &s) { return !usedSubjects.contains(s.id); }),
                                    result.workspace.subjects.end());
    result.workspace.indicators.erase(std::remove_if(result.workspace.indicators.begin(), result.workspace.indicators.end(),
                                                     [&](const Indicator &ind) { return !used.contains(ind.id); }),
                                      result.workspace.indicators.end());
    result.workspace.observations.squeeze();
    Source src;
    src.id = cx.sourceId;
    src.title = !options.sourceTitle.isEmpty() ? options.sourceTitle : base.isEmpty() ? QStringLiteral("imported table") : base;
    src.reference = options.sourceTitle.isEmpty() ? options.fileName : QString();
    src.confidence = Confidence::Primary;
    src.note = result.metadata.join(QStringLiteral("; "));
    for (const SkippedRow &s : result.skipped) {
        if (s.reason == QLatin1String("note below the table"))
            src.note += QStringLiteral("%1line %2: %3").arg(src.note.isEmpty() ? QString() : QStringLiteral("; ")).arg(s.line)
                            .arg(table.rows[table.lines.indexOf(s.line)].join(QLatin1Char(' ')).trimmed());
    }
    result.workspace.sources.append(src);
    return result;
}

} // namespace

TableImportResult importTable(const TextTable &table, const TableImportOptions &options)
{
    return importRows(table, options, nullptr);
}

TableImportResult importTable(TextTable &&table, const TableImportOptions &options)
{
    return importRows(table, options, &table.rows);
}

bool mergeWorkspace(Workspace &ws, const Workspace &imported, QString *error)
{
    auto clash = [&](const QString &what, const QString &id) {
        if (error)
            *error = QStringLiteral("the workspace already has a %1 '%2'").arg(what, id);
        return false;
    };
    const WorkspaceIndex existing(ws);
    for (const Source &s : imported.sources)
        if (existing.source(s.id))
            return clash(QStringLiteral("source"), s.id);
    for (int i = 0; i < imported.observations.size(); ++i)
        if (const QString id = imported.observations.id(i); existing.observationRow(id))
            return clash(QStringLiteral("value"), id);
    for (const Indicator &i : imported.indicators)
        if (const Indicator *e = existing.indicator(i.id); e && !(*e == i))
            return clash(QStringLiteral("different indicator"), i.id);
    for (const Subject &s : imported.subjects)
        if (const Subject *e = existing.subject(s.id); e && !(*e == s))
            return clash(QStringLiteral("different subject"), s.id);
    // Nothing clashes: add everything.
    ws.sources += imported.sources;
    for (const Subject &s : imported.subjects)
        if (!existing.subject(s.id))
            ws.subjects.append(s);
    for (const Indicator &i : imported.indicators)
        if (!existing.indicator(i.id))
            ws.indicators.append(i);
    ws.observations.appendStore(imported.observations);
    return true;
}

} // namespace cs
