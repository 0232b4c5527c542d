// SPDX-License-Identifier: GPL-3.0-or-later
#include "extract/figures_workspace.h"

#include "chart/quantity_format.h"
#include "import/table_import.h"
#include "model/unit.h"
#include "model/workspace.h"

#include <QHash>
#include <QSet>
#include <algorithm>
#include <functional>

namespace cs::extract {

namespace {

bool hasChinese(const QString &s)
{
    for (QChar c : s)
        if (c.unicode() >= 0x3400 && c.unicode() <= 0x9FFF)
            return true;
    return false;
}

// A name as the import stores one: Chinese text as the Chinese name, other text as the English.
LocalizedText nameOf(const QString &text)
{
    return hasChinese(text) ? LocalizedText{text, QString()} : LocalizedText{QString(), text};
}

bool namedAs(const LocalizedText &name, const QString &text)
{
    return name.zh == text || name.en.compare(text, Qt::CaseInsensitive) == 0;
}

// `wanted` as an id (the import's ids: ASCII lower-cased, other scripts kept), made unique
// with "-2", "-3"... against `taken`.
QString uniqueImportedId(const QString &wanted, const std::function<bool(const QString &)> &taken)
{
    const QString base = importedId(wanted);
    QString id = base;
    for (int n = 2; taken(id); ++n)
        id = base + QLatin1Char('-') + QString::number(n);
    return id;
}

// Guessed from the name's form: companies by their legal words, places by what they end with
// (科学城, 产业园, 盐田港), else a region (深圳市, 南山区, 深圳).
SubjectKind guessKind(const QString &name)
{
    const QString n = name.trimmed();
    const QString lower = n.toLower();
    static const char *const company[] = {"公司", "集团", "有限公司", "co.", "ltd", "inc.", "corporation", "group"};
    for (const char *w : company)
        if (lower.contains(QString::fromUtf8(w)))
            return SubjectKind::Company;
    static const char *const place[] = {"科学城", "城", "园", "港", "science city", "park", "port"};
    for (const char *w : place)
        if (lower.endsWith(QString::fromUtf8(w)))
            return SubjectKind::Place;
    return SubjectKind::Region; // 市 省 区 县 city province, and any other name
}

class Builder
{
public:
    Builder(const Workspace &ws, FigureAdditions &out) : ws(ws), idx(ws), out(out) {}

    void addSource(const Source &given)
    {
        out.source = given;
        const QString wanted = !given.id.isEmpty() ? given.id
            : !given.title.trimmed().isEmpty()     ? given.title
            : !given.date.isEmpty()                ? QStringLiteral("article-") + given.date
                                                   : QStringLiteral("article");
        out.source.id = uniqueImportedId(wanted, [this](const QString &id) { return idx.source(id) != nullptr; });
    }

    void addFigure(int index, const Figure &f)
    {
        Observation o;
        o.period = f.period;
        o.value = f.value;
        o.qualifier = f.qualifier;
        o.quote = f.quote;
        o.source = out.source.id;
        const Indicator *matched = f.indicatorId.isEmpty() ? nullptr : indicatorById(f.indicatorId);
        if (matched) {
            // A value is stored in its indicator's unit; a match in a unit the figure's does not
            // convert into (a % matched to an amount) is not used: the figure gets its own indicator.
            if (const std::optional<double> v = valueInUnit(f.value, f.unitId, matched->unit))
                o.value = *v;
            else
                matched = nullptr;
        }
        QString subject; // the value's subject, for the duplicate checks
        if (matched && !matched->subject.isEmpty()) {
            o.indicator = matched->id;
            subject = matched->subject; // the user matched it: the value is of its subject
        } else {
            subject = subjectFor(f);
            if (matched) { // a panel indicator: each value names its subject
                o.indicator = matched->id;
                o.subject = subject;
            } else {
                const Indicator &ind = indicatorFor(f, subject);
                o.indicator = ind.id;
                if (ind.subject.isEmpty())
                    o.subject = subject;
            }
        }
        if (o.period.isValid()) {
            const QString key = o.indicator + QChar(0x1f) + subject + QChar(0x1f) + QString::number(o.period.code());
            if (const auto it = figures.constFind(key); it != figures.constEnd()) {
                const Observation &first = out.observations[*it];
                out.duplicates.append(first.value == o.value
                    ? QStringLiteral("%1 %2: %3 is given twice in the article; kept once")
                          .arg(o.indicator, o.period.toString(), plainDecimal(o.value))
                    : QStringLiteral("%1 %2: the article gives %3, then %4; kept %3")
                          .arg(o.indicator, o.period.toString(), plainDecimal(first.value), plainDecimal(o.value)));
                out.duplicateFigures.append(index);
                out.repeatedFigures.append(index);
                return;
            }
            figures.insert(key, int(out.observations.size()));
        }
        checkExisting(index, o, subject);
        o.id = observationId(o);
        out.observations.append(o);
        out.figureOf.append(index);
    }

private:
    const Workspace &ws;
    WorkspaceIndex idx;
    FigureAdditions &out;
    QHash<QString, int> figures; // "indicator␟subject␟period code" → its observation
    QSet<QString> observationIds;

    const Indicator *indicatorById(const QString &id) const
    {
        if (const Indicator *i = idx.indicator(id))
            return i;
        for (const Indicator &i : out.indicators)
            if (i.id == id)
                return &i;
        return nullptr;
    }

    // The subject's id: the figure's match, else one of the workspace's or of this batch's by
    // name, else a new one.
    QString subjectFor(const Figure &f)
    {
        if (!f.subjectId.isEmpty() && idx.subject(f.subjectId))
            return f.subjectId;
        const bool unnamed = f.subject.trimmed().isEmpty();
        const QString name = unnamed ? QStringLiteral("未指明") : f.subject.trimmed();
        for (const Subject &s : ws.subjects)
            if (namedAs(s.name, name))
                return s.id;
        for (const Subject &s : out.subjects)
            if (namedAs(s.name, name) || (unnamed && s.id == QLatin1String("unspecified")))
                return s.id;
        Subject s;
        s.kind = guessKind(name);
        if (unnamed) {
            s.name = {name, QStringLiteral("Unspecified")};
            s.id = uniqueImportedId(QStringLiteral("unspecified"), [this](const QString &id) { return subjectTaken(id); });
        } else {
            s.name = nameOf(name);
            s.id = uniqueImportedId(name, [this](const QString &id) { return subjectTaken(id); });
        }
        out.subjects.append(s);
        return s.id;
    }

    bool subjectTaken(const QString &id) const
    {
        if (idx.subject(id))
            return true;
        for (const Subject &s : out.subjects)
            if (s.id == id)
                return true;
        return false;
    }

    bool indicatorTaken(const QString &id) const { return indicatorById(id) != nullptr; }

    // The indicator of `subject` named as the figure names it, in its unit and measure: one of
    // the workspace's or of this batch's, else a new one.
    const Indicator &indicatorFor(const Figure &f, const QString &subject)
    {
        Measure measure = modelMeasure(f.measure);
        QString unit = f.unitId.isEmpty() ? QStringLiteral("number") : f.unitId; // a bare number
        fitMeasure(&measure, &unit);
        const QString name = f.indicatorName.trimmed().isEmpty() ? measureName(measure).zh : f.indicatorName.trimmed();
        auto fits = [&](const Indicator &i) {
            return (i.subject == subject || i.subject.isEmpty()) && namedAs(i.name, name) && i.unit == unit
                && i.measure == measure;
        };
        for (const Indicator &i : out.indicators)
            if (fits(i))
                return i;
        for (const Indicator &i : ws.indicators)
            if (fits(i))
                return i;
        Indicator ind;
        ind.subject = subject;
        ind.unit = unit;
        ind.measure = measure;
        ind.name = nameOf(name);
        // Two indicators of one subject with one name (增加值 as a level and as its growth) are told
        // apart by their measure.
        auto sameName = [&](const Indicator &i) { return i.subject == subject && namedAs(i.name, name); };
        if (std::any_of(ws.indicators.begin(), ws.indicators.end(), sameName)
            || std::any_of(out.indicators.begin(), out.indicators.end(), sameName)) {
            const LocalizedText m = measureName(measure);
            ind.name = hasChinese(name) ? LocalizedText{name + QStringLiteral("（") + m.zh + QStringLiteral("）"), QString()}
                                        : LocalizedText{QString(), name + QStringLiteral(" (") + m.en + QLatin1Char(')')};
        }
        QString wanted = subject + QLatin1Char('-') + name;
        if (measure != Measure::Level)
            wanted += QLatin1Char('-') + measureId(measure);
        ind.id = uniqueImportedId(wanted, [this](const QString &id) { return indicatorTaken(id); });
        out.indicators.append(ind);
        return out.indicators.last();
    }

    // Flags a value the workspace already holds: same indicator, subject, period and value.
    void checkExisting(int index, const Observation &o, const QString &subject)
    {
        if (!idx.indicator(o.indicator))
            return; // a new indicator has no values yet
        const Indicator *ind = idx.indicator(o.indicator);
        const ObservationStore &obs = ws.observations;
        for (int row : idx.observationsOf(o.indicator)) {
            const QString rowSubject = obs.subject(row).isEmpty() ? ind->subject : obs.subject(row);
            if (rowSubject != subject || obs.period(row) != o.period || obs.value(row) != o.value)
                continue;
            const Source *from = idx.source(obs.source(row));
            out.duplicates.append(QStringLiteral("%1 %2: %3 is already in the workspace (%4, from %5)")
                                      .arg(o.indicator, o.period.isValid() ? o.period.toString() : QStringLiteral("undated"),
                                           plainDecimal(o.value), obs.id(row),
                                           from ? sourceShortName(*from, Lang::Zh) : obs.source(row)));
            out.duplicateFigures.append(index);
            return;
        }
    }

    // As the value form names values: obs-INDICATOR-PERIOD-SOURCE, numbered when taken.
    QString observationId(const Observation &o)
    {
        const QString base = QStringLiteral("obs-%1-%2-%3")
                                 .arg(o.indicator, o.period.isValid() ? o.period.toString() : QStringLiteral("undated"), o.source);
        QString id = base;
        for (int n = 2; idx.observationRow(id) || observationIds.contains(id); ++n)
            id = base + QLatin1Char('-') + QString::number(n);
        observationIds.insert(id);
        return id;
    }
};

} // namespace

void fitMeasure(Measure *measure, QString *unitId)
{
    const Unit *unit = units::find(*unitId);
    if (!unit || unitMismatch(*measure, *unit).isEmpty())
        return;
    switch (unit->dimension) {
    case Dimension::Percent: *measure = Measure::Ratio; break;
    case Dimension::Duration: *measure = Measure::Duration; break;
    case Dimension::Count: *measure = Measure::Count; break;
    case Dimension::PercentagePoint:
        *measure = Measure::Level;
        *unitId = units::customUnitId(unit->label.zh);
        break;
    default: *measure = Measure::Level; break;
    }
}

std::optional<double> valueInUnit(double value, const QString &fromUnitId, const QString &toUnitId)
{
    const QString from = fromUnitId.isEmpty() ? QStringLiteral("number") : fromUnitId;
    const QString to = toUnitId.isEmpty() ? QStringLiteral("number") : toUnitId;
    if (from == to)
        return value;
    const Unit *fromUnit = units::find(from);
    const Unit *toUnit = units::find(to);
    if (!fromUnit || !toUnit)
        return std::nullopt;
    const std::optional<double> converted = units::convert(value, *fromUnit, *toUnit);
    if (!converted)
        return std::nullopt;
    // 15 significant digits: 10393.39 亿元 is 103933900 万元, not 103933900.00000001.
    return QString::number(*converted, 'g', 15).toDouble();
}

FigureAdditions additionsForFigures(const Workspace &ws, const QList<Figure> &figures, const Source &source)
{
    FigureAdditions out;
    Builder builder(ws, out);
    builder.addSource(source);
    out.indicators.reserve(figures.size()); // indicatorFor() hands out references into the list
    for (int i = 0; i < figures.size(); ++i)
        builder.addFigure(i, figures[i]);
    return out;
}

void applyAdditions(Workspace &ws, const FigureAdditions &additions)
{
    ws.sources.append(additions.source);
    ws.subjects.append(additions.subjects);
    ws.indicators.append(additions.indicators);
    for (const Observation &o : additions.observations)
        ws.observations.append(o);
}

} // namespace cs::extract
