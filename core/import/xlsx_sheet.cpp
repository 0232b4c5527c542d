// SPDX-License-Identifier: GPL-3.0-or-later
// One XLSX worksheet into a table of strings: cells placed by their references (or following the
// previous one), each value written as text by its type and number format, merged ranges filled
// with their top-left value, and every cell the grid grows by counted against the cell limit.
#include "import/xlsx_parts.h"

#include <algorithm>
#include <cmath>

namespace cs::xlsx {

namespace {

// "AA10" → zero-based (row, column); nullopt unless 1–3 letters then a row number, within XFD1048576.
struct CellRef {
    qint64 row = 0;
    int column = 0;
};

std::optional<CellRef> parseCellRef(QStringView ref)
{
    qsizetype i = 0;
    const qsizetype n = ref.size();
    if (i < n && ref[i] == u'$')
        ++i;
    int column = 0, letters = 0;
    while (i < n && ((ref[i] >= u'A' && ref[i] <= u'Z') || (ref[i] >= u'a' && ref[i] <= u'z'))) {
        if (++letters > 3)
            return std::nullopt;
        column = column * 26 + (ref[i].toUpper().unicode() - u'A' + 1);
        ++i;
    }
    if (letters == 0 || column > kMaxColumns)
        return std::nullopt;
    if (i < n && ref[i] == u'$')
        ++i;
    qint64 row = 0;
    int digits = 0;
    while (i < n && ref[i] >= u'0' && ref[i] <= u'9') {
        if (++digits > 7)
            return std::nullopt;
        row = row * 10 + (ref[i].unicode() - u'0');
        ++i;
    }
    if (digits == 0 || i != n || row < 1 || row > kMaxRows)
        return std::nullopt;
    return CellRef{row - 1, column - 1};
}

QString cellName(qint64 row, int column)
{
    QString letters;
    for (int c = column + 1; c > 0; c = (c - 1) / 26)
        letters.prepend(QChar(u'A' + (c - 1) % 26));
    return letters + QString::number(row + 1);
}

struct MergeRange {
    CellRef first, last;
};

class SheetReader
{
public:
    // The sheet is built as a grid of cells (rows grow as cells and merges land), and `grid` is
    // turned into a TextTable once read.
    struct Grid {
        QList<QStringList> rows;
        QList<qint64> lines;
    };
    SheetReader(const SheetInput &input, Grid &grid, QStringList &warnings) : in_(input), table_(grid), warnings_(warnings) {}

    // At <worksheet>.
    void read(XmlPart &p)
    {
        while (!stopped_ && p.nextChild()) {
            const QStringView name = p.elementName();
            if (name == u"sheetData")
                readSheetData(p);
            else if (name == u"mergeCells")
                readMergeCells(p);
            else
                p.skip(); // dimension, sheetPr, sheetViews, cols, conditionalFormatting, extLst, …
        }
        applyMerges(p);
    }

private:
    void readSheetData(XmlPart &p)
    {
        while (p.nextChild()) {
            const QStringView name = p.elementName();
            if (name == u"row") {
                startRow(p);
                if (in_.maxRows > 0 && row_ >= in_.maxRows) {
                    stopped_ = true; // the rows asked for are read: the rest is not
                    return;
                }
                while (p.nextChild()) {
                    if (p.elementName() == u"c")
                        readCell(p);
                    else
                        p.skip(); // extLst
                }
            } else if (name == u"c") {
                if (row_ < 0)
                    row_ = 0; // a cell outside any row: tolerated as row 1
                readCell(p);
            } else {
                p.skip();
            }
        }
    }

    void startRow(XmlPart &p)
    {
        if (p.hasAttribute(u"r")) {
            bool ok = false;
            const qint64 r = p.attribute(u"r").toLongLong(&ok);
            if (!ok || r < 1 || r > kMaxRows)
                p.failHere(QStringLiteral("invalid row number \"%1\"").arg(p.attribute(u"r")));
            row_ = r - 1;
        } else {
            ++row_; // rows without a number follow the previous one
            if (row_ >= kMaxRows)
                p.failHere(QStringLiteral("more than %1 rows").arg(kMaxRows));
        }
        column_ = -1;
    }

    void readMergeCells(XmlPart &p)
    {
        while (p.nextChild()) {
            if (p.elementName() == u"mergeCell") {
                const QString ref = p.attribute(u"ref");
                const qsizetype colon = ref.indexOf(u':');
                const auto a = parseCellRef(colon < 0 ? QStringView(ref) : QStringView(ref).left(colon));
                const auto b = colon < 0 ? a : parseCellRef(QStringView(ref).mid(colon + 1));
                if (a && b)
                    merges_.push_back({{std::min(a->row, b->row), std::min(a->column, b->column)},
                                       {std::max(a->row, b->row), std::max(a->column, b->column)}});
                else
                    warnings_.append(QStringLiteral("%1:%2: invalid merged range \"%3\" ignored")
                                         .arg(p.name())
                                         .arg(p.xml().lineNumber())
                                         .arg(ref));
            }
            p.skip();
        }
    }

    void readCell(XmlPart &p)
    {
        if (in_.maxCells > 0 && ++cellsRead_ > in_.maxCells)
            p.failHere(QStringLiteral("more than %1 cells (the limit)").arg(in_.maxCells));
        const QXmlStreamAttributes attrs = p.xml().attributes(); // keeps the views below valid
        if (XmlPart::hasAttributeIn(attrs, u"r")) {
            const QStringView ref = XmlPart::attributeIn(attrs, u"r");
            const auto cell = parseCellRef(ref);
            if (!cell)
                p.failHere(QStringLiteral("invalid cell reference \"%1\"").arg(ref));
            row_ = cell->row;
            column_ = cell->column;
        } else {
            ++column_; // cells without a reference follow the previous one
            if (column_ >= kMaxColumns)
                p.failHere(QStringLiteral("more than %1 columns").arg(kMaxColumns));
        }
        const QString type = XmlPart::attributeIn(attrs, u"t").toString();
        const int style = XmlPart::attributeIn(attrs, u"s").toInt();
        const qint64 line = p.xml().lineNumber();
        const int xmlColumn = int(p.xml().columnNumber());

        QString value;
        bool hasValue = false, inlineText = false;
        while (p.nextChild()) {
            const QStringView name = p.elementName();
            if (name == u"v") {
                value = p.text();
                hasValue = true;
            } else if (name == u"is") {
                value = readRichText(p);
                hasValue = inlineText = true;
            } else {
                p.skip(); // <f>, <extLst>
            }
        }
        if (!hasValue)
            return;

        QString text;
        if (inlineText || type == u"inlineStr") {
            text = value;
        } else if (type == u"s") {
            bool ok = false;
            const qint64 index = value.trimmed().toLongLong(&ok);
            if (!ok || index < 0 || index >= in_.sharedStrings.size())
                fail(p.name(),
                     QStringLiteral("cell %1: shared string index \"%2\" is out of range (%3 shared strings)")
                         .arg(cellName(row_, column_), value)
                         .arg(in_.sharedStrings.size()),
                     line, xmlColumn);
            text = in_.sharedStrings.at(index);
        } else if (type == u"str" || type == u"e") {
            text = decodeEscapes(value);
        } else if (type == u"b") {
            const QString v = value.trimmed();
            text = v == u"1" || v.compare(u"true", Qt::CaseInsensitive) == 0    ? QStringLiteral("TRUE")
                   : v == u"0" || v.compare(u"false", Qt::CaseInsensitive) == 0 ? QStringLiteral("FALSE")
                                                                                  : v;
        } else if (type == u"d") { // ISO 8601, in strict OOXML
            text = value.trimmed();
            if (text.endsWith(QLatin1String("T00:00:00")) || text.endsWith(QLatin1String("T00:00:00Z")))
                text.truncate(text.indexOf(u'T'));
            else
                text.replace(u'T', u' ');
        } else if (type.isEmpty() || type == u"n") {
            text = numberText(value, style, p.name(), line);
        } else {
            warnings_.append(QStringLiteral("%1:%2: cell %3: unknown cell type \"%4\"; its value is kept as text")
                                 .arg(p.name())
                                 .arg(line)
                                 .arg(cellName(row_, column_), type));
            text = value;
        }
        setCell(p, row_, column_, std::move(text));
    }

    QString numberText(const QString &value, int style, const QString &part, qint64 line)
    {
        const QString trimmed = value.trimmed();
        if (trimmed.isEmpty())
            return QString();
        const DateKind kind =
            style >= 0 && size_t(style) < in_.styles.size() ? in_.styles[size_t(style)] : DateKind::None;
        if (kind == DateKind::None && isShortestDecimal(trimmed))
            return trimmed;
        bool ok = false;
        const double v = trimmed.toDouble(&ok);
        if (!ok || !std::isfinite(v)) {
            warnings_.append(QStringLiteral("%1:%2: cell %3: \"%4\" is not a number; kept as text")
                                 .arg(part)
                                 .arg(line)
                                 .arg(cellName(row_, column_), trimmed));
            return trimmed;
        }
        if (kind != DateKind::None) {
            if (const auto date = formatSerialDate(v, kind, in_.date1904))
                return *date;
            warnings_.append(QStringLiteral("%1:%2: cell %3: %4 is outside Excel's dates; kept as a number")
                                 .arg(part)
                                 .arg(line)
                                 .arg(cellName(row_, column_), trimmed));
        }
        return formatNumber(v);
    }

    // Grows the grid to hold (row, column), counting every row and cell it adds against maxCells.
    void ensure(XmlPart &p, qint64 row, int column)
    {
        if (row >= table_.rows.size()) {
            grow(p, row + 1 - table_.rows.size());
            while (table_.rows.size() <= row) {
                table_.lines.append(table_.rows.size() + 1);
                table_.rows.append(QStringList());
            }
        }
        QStringList &fields = table_.rows[row];
        if (column >= fields.size()) {
            grow(p, column + 1 - fields.size());
            fields.resize(column + 1);
        }
    }

    void grow(XmlPart &p, qint64 added)
    {
        gridCells_ += added;
        if (in_.maxCells > 0 && gridCells_ > in_.maxCells)
            p.failHere(QStringLiteral("the sheet spans more than %1 cells (the limit)").arg(in_.maxCells));
    }

    void setCell(XmlPart &p, qint64 row, int column, QString text)
    {
        if (text.isEmpty()) {
            if (row < table_.rows.size() && column < table_.rows[row].size())
                table_.rows[row][column].clear();
            return;
        }
        ensure(p, row, column);
        table_.rows[row][column] = std::move(text);
    }

    // The top-left value of each merged range, repeated across the range.
    void applyMerges(XmlPart &p)
    {
        for (const MergeRange &m : merges_) {
            if (m.first.row >= table_.rows.size() || m.first.column >= table_.rows[m.first.row].size())
                continue;
            const QString value = table_.rows[m.first.row][m.first.column];
            if (value.isEmpty())
                continue;
            const qint64 area = (m.last.row - m.first.row + 1) * qint64(m.last.column - m.first.column + 1);
            if (in_.maxCells > 0 && area > in_.maxCells) // checked before filling anything
                p.failHere(QStringLiteral("merged range %1:%2 spans more than %3 cells (the limit)")
                               .arg(cellName(m.first.row, m.first.column), cellName(m.last.row, m.last.column))
                               .arg(in_.maxCells));
            for (qint64 r = m.first.row; r <= m.last.row; ++r) {
                ensure(p, r, m.last.column);
                QStringList &fields = table_.rows[r];
                for (int c = m.first.column; c <= m.last.column; ++c)
                    fields[c] = value;
            }
        }
    }

    const SheetInput &in_;
    Grid &table_;
    QStringList &warnings_;
    qint64 row_ = -1;   // zero-based current row
    int column_ = -1;   // zero-based column of the previous cell in the row
    qint64 cellsRead_ = 0;
    bool stopped_ = false; // at maxRows
    qint64 gridCells_ = 0;
    std::vector<MergeRange> merges_;
};

} // namespace

void readSheet(Package &pkg, const QString &part, const SheetInput &input, TextTable &table, QStringList &warnings)
{
    SheetReader::Grid grid;
    SheetReader reader(input, grid, warnings);
    pkg.read(part, [&](XmlPart &p) { reader.read(p); });
    table = TextTable();
    for (qsizetype r = 0; r < grid.rows.size(); ++r) {
        table.append(grid.lines[r], grid.rows[r]);
        grid.rows[r] = QStringList(); // the grid's row goes as the table's is made
    }
}

} // namespace cs::xlsx
