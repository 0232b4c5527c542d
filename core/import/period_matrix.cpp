// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/period_matrix.h"

#include "import/table_import.h"
#include "import/text_values.h"
#include "model/period.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

namespace cs {

namespace {

// What a row or column label says within its year.
struct Step {
    enum Kind { None, Month, Months, Quarter, Half, Year } kind = None;
    int index = 0; // month 1–12, quarter 1–4, half 1–2; the last month of Months
    int first = 0; // the first month of Months (NBS "1-2月": January and February together)
};

Step stepOf(QStringView label)
{
    QString t = label.trimmed().toString().toLower();
    t.remove(QLatin1Char('.'));
    static const QHash<QString, Step> names = [] {
        QHash<QString, Step> n;
        const char *shortMonths[] = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
        const char *longMonths[] = {"january", "february", "march", "april", "may", "june", "july", "august", "september",
                                    "october", "november", "december"};
        const char *zhMonths[] = {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二"};
        for (int m = 1; m <= 12; ++m) {
            const Step s{Step::Month, m};
            n.insert(QString::fromLatin1(shortMonths[m - 1]), s);
            n.insert(QString::fromLatin1(longMonths[m - 1]), s);
            n.insert(QStringLiteral("m%1").arg(m, 2, 10, QLatin1Char('0')), s);
            n.insert(QString::fromUtf8(zhMonths[m - 1]) + QStringLiteral("月"), s);
            n.insert(QStringLiteral("%1月").arg(m), s);
            n.insert(QStringLiteral("%1月份").arg(m), s);
        }
        n.insert(QStringLiteral("sept"), {Step::Month, 9});
        const char *zhNumbers[] = {"一", "二", "三", "四"};
        const char *ordinals[] = {"1st", "2nd", "3rd", "4th"};
        for (int q = 1; q <= 4; ++q) {
            const Step s{Step::Quarter, q};
            for (const QString &f : {QStringLiteral("q%1"), QStringLiteral("qtr%1"), QStringLiteral("qtr %1"), QStringLiteral("quarter %1"),
                                     QStringLiteral("%1季度"), QStringLiteral("第%1季度")})
                n.insert(f.arg(q), s);
            n.insert(QString::fromLatin1(ordinals[q - 1]) + QStringLiteral(" quarter"), s);
            n.insert(QString::fromUtf8(zhNumbers[q - 1]) + QStringLiteral("季度"), s);
            n.insert(QStringLiteral("第") + QString::fromUtf8(zhNumbers[q - 1]) + QStringLiteral("季度"), s);
        }
        for (int h = 1; h <= 2; ++h) {
            const Step s{Step::Half, h};
            for (const QString &f : {QStringLiteral("half%1"), QStringLiteral("half %1"), QStringLiteral("h%1"), QStringLiteral("s%1")})
                n.insert(f.arg(h), s);
            n.insert(QString::fromLatin1(ordinals[h - 1]) + QStringLiteral(" half"), s);
        }
        n.insert(QStringLiteral("上半年"), {Step::Half, 1});
        n.insert(QStringLiteral("下半年"), {Step::Half, 2});
        for (const char *y : {"annual", "annual average", "annual avg", "annual total", "total", "全年", "全年合计"})
            n.insert(QString::fromUtf8(y), {Step::Year, 0});
        return n;
    }();
    if (const auto it = names.constFind(t); it != names.constEnd())
        return *it;
    // NBS's cumulative months: "1-2月", "1—2月", "1~2月份" (a span, never one month).
    static const QRegularExpression span(QStringLiteral("^(\\d{1,2})\\s*[-—–~～至]\\s*(\\d{1,2})\\s*月份?$"));
    if (const QRegularExpressionMatch m = span.match(t); m.hasMatch()) {
        const int a = m.captured(1).toInt(), b = m.captured(2).toInt();
        if (a >= 1 && a < b && b <= 12)
            return Step{Step::Months, b, a};
    }
    return Step{};
}

// A year as a row or column label: 1913, 2023年, 2023 年度.
int yearOf(QStringView label)
{
    static const QRegularExpression re(QStringLiteral("^\\s*(\\d{4})\\s*(?:年度?)?\\s*$"));
    const QRegularExpressionMatch m = re.match(label);
    const int y = m.hasMatch() ? m.captured(1).toInt() : 0;
    return y >= 1800 && y <= 2100 ? y : 0;
}

Period periodOf(int year, const Step &s)
{
    switch (s.kind) {
    case Step::Month: return Period::month(year, s.index);
    case Step::Months: return Period::span(Period::month(year, s.first), Period::month(year, s.index));
    case Step::Quarter: return Period::quarter(year, s.index);
    case Step::Half: return Period::span(Period::quarter(year, 2 * s.index - 1), Period::quarter(year, 2 * s.index));
    case Step::Year: return Period::year(year);
    case Step::None: break;
    }
    return Period();
}

// Whether labels hold a matrix's steps: six distinct months, or the four quarters.
bool holdsSteps(const QList<Step> &steps)
{
    QSet<int> months, quarters;
    for (const Step &s : steps) {
        if (s.kind == Step::Month || s.kind == Step::Months)
            months.insert(s.index);
        else if (s.kind == Step::Quarter)
            quarters.insert(s.index);
    }
    return months.size() >= 6 || quarters.size() == 4;
}

// The metadata above the header: "Key: value" in one cell or over two, keyed in lower case
// without the colon; other non-empty rows are titles.
struct Metadata {
    QHash<QString, QString> values;
    QStringList titles;
    QString value(std::initializer_list<const char *> keys) const
    {
        for (const char *k : keys)
            if (const QString v = values.value(QString::fromUtf8(k)); !v.isEmpty())
                return v;
        return QString();
    }
};

Metadata metadataAbove(const TextTable &t, qsizetype header)
{
    Metadata m;
    static const QRegularExpression inline_(QStringLiteral("^([^:：]{1,40})[:：]\\s*(.+)$"));
    for (qsizetype r = 0; r < header; ++r) {
        const QString first = t.rows.cell(r, 0).trimmed().toString();
        const QString second = t.rows.cell(r, 1).trimmed().toString();
        if (first.isEmpty())
            continue;
        if ((first.endsWith(QLatin1Char(':')) || first.endsWith(QChar(0xFF1A))) && !second.isEmpty()) {
            m.values.insert(first.chopped(1).trimmed().toLower(), second);
        } else if (const QRegularExpressionMatch x = inline_.match(first); x.hasMatch()) {
            m.values.insert(x.captured(1).trimmed().toLower(), x.captured(2).trimmed());
        } else if (!m.titles.contains(first)) {
            m.titles.append(first);
        }
    }
    return m;
}

// Whether a row holds data: two or more numbers, and more numbers than words.
bool isDataRow(const TextTable &t, qsizetype r)
{
    int filled = 0, numbers = 0;
    for (int c = 0; c < t.rows.cellCount(r); ++c) {
        const QStringView cell = t.rows.cell(r, c).trimmed();
        if (cell.isEmpty())
            continue;
        ++filled;
        numbers += parseNumberText(cell).status == NumberText::Status::Value;
    }
    return numbers >= 2 && numbers * 2 > filled;
}

// Whether a row holds a number from column `from` on.
bool holdsNumber(const TextTable &t, qsizetype r, int from)
{
    for (int c = from; c < t.rows.cellCount(r); ++c)
        if (parseNumberText(t.rows.cell(r, c).trimmed()).status == NumberText::Status::Value)
            return true;
    return false;
}

// Years as column headers: two or more, distinct, in order (1990 … 2023, or 2023 … 1990).
bool yearsInOrder(const QList<int> &columnYears)
{
    QList<int> years;
    for (int y : columnYears)
        if (y > 0)
            years.append(y);
    if (years.size() < 2)
        return false;
    const bool up = years[1] > years[0];
    for (qsizetype i = 1; i < years.size(); ++i)
        if (up ? years[i] <= years[i - 1] : years[i] >= years[i - 1])
            return false;
    return true;
}

// The header of the rows' label column: blank, or a word for periods (Year, 年份, Quarter, 月份).
bool isPeriodLabelHeader(QStringView text)
{
    const QString h = text.trimmed().toString();
    static const QSet<QString> words = {QStringLiteral("年"), QStringLiteral("季度"), QStringLiteral("月份"), QStringLiteral("月"),
                                        QStringLiteral("年月"), QStringLiteral("统计时间")};
    return h.isEmpty() || headerRole(h) == HeaderRole::Period || words.contains(h);
}

} // namespace

std::optional<TextTable> periodMatrixAsLongTable(const TextTable &t)
{
    const qsizetype scan = std::min<qsizetype>(t.rows.size(), 60);
    for (qsizetype header = 0; header < scan; ++header) {
        if (header > 0 && isDataRow(t, header - 1))
            break; // the header of a matrix is above its data
        const int columns = t.rows.cellCount(header);
        QList<Step> columnSteps;
        QList<int> columnYears;
        for (int c = 0; c < columns; ++c) {
            columnSteps.append(stepOf(t.rows.cell(header, c)));
            columnYears.append(yearOf(t.rows.cell(header, c)));
        }
        const bool yearsInRows = holdsSteps(columnSteps);
        const bool yearsInColumns = !yearsInRows && yearsInOrder(columnYears);
        if (!yearsInRows && !yearsInColumns)
            continue;
        const int firstData = yearsInRows ? int(std::find_if(columnSteps.begin(), columnSteps.end(), [](const Step &s) { return s.kind != Step::None; })
                                                - columnSteps.begin())
                                          : int(std::find_if(columnYears.begin(), columnYears.end(), [](int y) { return y > 0; }) - columnYears.begin());
        if (firstData == 0)
            continue; // no column for the rows' labels
        // The rows' label column: the one left of the data, headed by nothing or by a word for
        // periods (Year, 年份, Quarter), whose labels are years (steps when transposed) on most
        // rows that hold numbers; the other label columns name the series or the subject.
        const auto labelOf = [&](qsizetype r, int c) {
            return yearsInRows ? yearOf(t.rows.cell(r, c)) > 0 : stepOf(t.rows.cell(r, c)).kind != Step::None;
        };
        int labelColumn = -1;
        for (int c = 0; c < firstData && labelColumn < 0; ++c) {
            if (!isPeriodLabelHeader(t.rows.cell(header, c)))
                continue;
            int rows = 0, hits = 0;
            for (qsizetype r = header + 1; r < t.rows.size() && r <= header + 200; ++r) {
                if (!holdsNumber(t, r, firstData))
                    continue;
                ++rows;
                hits += labelOf(r, c);
            }
            if (hits > 0 && hits * 5 >= rows * 4)
                labelColumn = c;
        }
        if (labelColumn < 0)
            continue;
        if (yearsInColumns) {
            QList<Step> steps;
            for (qsizetype r = header + 1; r < t.rows.size() && r <= header + 200; ++r)
                steps.append(stepOf(t.rows.cell(r, labelColumn)));
            if (!holdsSteps(steps))
                continue;
        }
        const Metadata meta = metadataAbove(t, header);
        QString name = meta.value({"series title", "title", "series", "item", "indicator", "指标", "指标名称", "项目"});
        if (name.isEmpty() && !meta.titles.isEmpty())
            name = meta.titles.first();
        if (const QString id = meta.value({"series id", "series code", "指标代码"}); !id.isEmpty())
            name = name.isEmpty() ? id : QStringLiteral("%1 [%2]").arg(name, id);
        const QString subject = meta.value({"area", "region", "country", "geography", "地区", "国家"});
        // A label column headed Region, 地区 or Country holds the rows' subjects, not series.
        int subjectColumn = -1;
        for (int c = 0; c < firstData && subjectColumn < 0; ++c)
            if (c != labelColumn && headerRole(t.rows.cell(header, c).toString()) == HeaderRole::Subject)
                subjectColumn = c;
        QString unit = meta.value({"unit", "units", "unit of measure", "单位", "计量单位"});
        if (unit.isEmpty())
            unit = meta.value({"base period", "基期"});

        TextTable out;
        QStringList head = {QStringLiteral("Indicator")};
        if (!subject.isEmpty() || subjectColumn >= 0)
            head.append(QStringLiteral("Subject"));
        head += {QStringLiteral("Period"), QStringLiteral("Value")};
        if (!unit.isEmpty())
            head.append(QStringLiteral("Unit"));
        out.append(t.lines.value(header, header + 1), head);
        for (qsizetype r = header + 1; r < t.rows.size(); ++r) {
            const int rowYear = yearsInRows ? yearOf(t.rows.cell(r, labelColumn)) : 0;
            const Step rowStep = yearsInColumns ? stepOf(t.rows.cell(r, labelColumn)) : Step{};
            if (yearsInRows ? rowYear == 0 : rowStep.kind == Step::None)
                continue; // a blank row, a note or a footnote
            QStringList series;
            for (int c = 0; c < firstData; ++c)
                if (c != labelColumn && c != subjectColumn && !t.rows.cell(r, c).trimmed().isEmpty())
                    series.append(t.rows.cell(r, c).trimmed().toString());
            const QString rowSubject = subjectColumn >= 0 ? t.rows.cell(r, subjectColumn).trimmed().toString() : subject;
            const QString indicator = series.isEmpty() ? (name.isEmpty() ? QStringLiteral("value") : name) : series.join(QStringLiteral(", "));
            for (int c = firstData; c < std::min(columns, t.rows.cellCount(r)); ++c) {
                const Period p = yearsInRows ? periodOf(rowYear, columnSteps[c]) : columnYears[c] > 0 ? periodOf(columnYears[c], rowStep) : Period();
                const QString value = t.rows.cell(r, c).trimmed().toString();
                if (!p.isValid() || value.isEmpty())
                    continue;
                QStringList row = {indicator};
                if (!subject.isEmpty() || subjectColumn >= 0)
                    row.append(rowSubject);
                row += {p.toString(), value};
                if (!unit.isEmpty())
                    row.append(unit);
                out.append(t.lines.value(r, r + 1), row);
            }
        }
        if (out.rows.size() > 1)
            return out;
    }
    return std::nullopt;
}

} // namespace cs
