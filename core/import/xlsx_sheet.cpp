// SPDX-License-Identifier: GPL-3.0-or-later
// One XLSX worksheet into a table of strings: cells placed by their references (or following the
// previous one), each value written as text by its type and number format, merged ranges filled
// with their top-left value, and every cell the grid grows by counted against the cell limit.
#include "import/xlsx_parts.h"

#include <expat.h>

#include <algorithm>
#include <cerrno>
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <string>

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

// The worksheet is parsed with expat (Debian libexpat1-dev): a worksheet is most of a
// workbook's bytes, and expat reads its XML several times faster than QXmlStreamReader, which
// still reads the small parts (xlsx_package.cpp). The same rules hold: no DTD (so no entity
// declared, and a reference to one is an error), elements known by their local names, errors as
// Failures naming the part, line and column.
class SheetReader
{
public:
    // Rows that come in order, as every writer writes them, go straight into the compact table,
    // one row at a time; a sheet whose rows or cells come out of order, or that has merged ranges,
    // is built as a grid of cells (rows grow as cells and merges land) and turned into the table
    // once read.
    struct Grid {
        QList<QStringList> rows;
        QList<qint64> lines;
    };
    // `partBytes`: the size the archive declares for the part, for reserving the table's room.
    SheetReader(const QString &part, const SheetInput &input, QStringList &warnings, quint64 partBytes)
        : part_(part), in_(input), partBytes_(partBytes), warnings_(warnings), parser_(XML_ParserCreate(nullptr))
    {
        if (!parser_)
            throw std::bad_alloc();
        XML_SetUserData(parser_, this);
        XML_SetElementHandler(parser_, &SheetReader::onStart, &SheetReader::onEnd);
        XML_SetCharacterDataHandler(parser_, &SheetReader::onText);
        XML_SetStartDoctypeDeclHandler(parser_, &SheetReader::onDoctype);
        XML_SetEntityDeclHandler(parser_, &SheetReader::onEntityDecl);
        XML_SetParamEntityParsing(parser_, XML_PARAM_ENTITY_PARSING_NEVER);
    }
    ~SheetReader() { XML_ParserFree(parser_); }
    SheetReader(const SheetReader &) = delete;
    SheetReader &operator=(const SheetReader &) = delete;

    // Bytes of the part as they come; none at the end. False when no more are wanted (the rows
    // asked for are read).
    bool feed(const char *data, qint64 size)
    {
        const bool last = size == 0;
        while (size > 0 || last) {
            const int chunk = int(std::min<qint64>(size, 1 << 30));
            const XML_Status status = XML_Parse(parser_, data, chunk, last ? XML_TRUE : XML_FALSE);
            if (pending_)
                throw *pending_;
            if (stopped_)
                return false;
            if (status != XML_STATUS_OK)
                failFromParser();
            if (last)
                break;
            data += chunk;
            size -= chunk;
        }
        if (last && !sawRoot_)
            failHere(QStringLiteral("no root element"));
        return true;
    }

    // The table read (after the last bytes, or an early stop): the rows, with the merged ranges
    // filled.
    TextTable take()
    {
        flushRow();
        if (!merges_.empty()) {
            toGrid();
            applyMerges();
        }
        if (!gridMode_)
            return std::move(stream_);
        TextTable table;
        for (qsizetype r = 0; r < table_.rows.size(); ++r) {
            table.append(table_.lines[r], table_.rows[r]);
            table_.rows[r] = QStringList(); // the grid's row goes as the table's is made
        }
        return table;
    }

private:
    enum class State { Document, Worksheet, SheetData, Row, Cell, Value, InlineText, Run, Text, MergeCells, Skip };

    // An element's local name: after its prefix, if any (x:row). Namespaces are not resolved, as
    // the reader never needed their URIs: only local names were ever compared, which also saves
    // expat building a URI-qualified name for every element.
    static const char *localName(const XML_Char *name)
    {
        const char *colon = std::strchr(name, ':');
        return colon ? colon + 1 : name;
    }
    // An attribute without a prefix (a prefixed one, such as r:id or x14ac:dyDescent, never matches).
    static const char *attribute(const XML_Char **atts, const char *name)
    {
        for (; *atts; atts += 2)
            if (std::strcmp(atts[0], name) == 0)
                return atts[1];
        return nullptr;
    }

    static void XMLCALL onStart(void *self, const XML_Char *name, const XML_Char **atts)
    {
        static_cast<SheetReader *>(self)->guarded([&](SheetReader &r) { r.start(localName(name), atts); });
    }
    static void XMLCALL onEnd(void *self, const XML_Char *)
    {
        static_cast<SheetReader *>(self)->guarded([](SheetReader &r) { r.end(); });
    }
    static void XMLCALL onText(void *self, const XML_Char *s, int len)
    {
        auto *r = static_cast<SheetReader *>(self);
        if (r->capturing_ > 0)
            r->text_.append(s, size_t(len));
    }
    static void XMLCALL onDoctype(void *self, const XML_Char *, const XML_Char *, const XML_Char *, int)
    {
        static_cast<SheetReader *>(self)->guarded(
            [](SheetReader &r) { r.failHere(QStringLiteral("DOCTYPE and entity declarations are not allowed in a workbook part")); });
    }
    static void XMLCALL onEntityDecl(void *self, const XML_Char *, int, const XML_Char *, int, const XML_Char *, const XML_Char *,
                                     const XML_Char *, const XML_Char *)
    {
        static_cast<SheetReader *>(self)->guarded(
            [](SheetReader &r) { r.failHere(QStringLiteral("DOCTYPE and entity declarations are not allowed in a workbook part")); });
    }

    // Runs a handler's work; a Failure stops the parser and is thrown again once expat returns
    // (never through expat's C frames).
    template <typename F>
    void guarded(F &&work)
    {
        if (pending_ || stopped_)
            return;
        try {
            work(*this);
        } catch (const Failure &f) {
            pending_ = f;
            XML_StopParser(parser_, XML_FALSE);
        }
    }

    void start(const char *name, const XML_Char **atts)
    {
        const State parent = states_.empty() ? State::Document : states_.back();
        State state = State::Skip;
        switch (parent) {
        case State::Document:
            sawRoot_ = true;
            state = State::Worksheet;
            break;
        case State::Worksheet:
            // dimension, sheetPr, sheetViews, cols, conditionalFormatting, extLst, … are skipped
            state = std::strcmp(name, "sheetData") == 0 ? State::SheetData : std::strcmp(name, "mergeCells") == 0 ? State::MergeCells : State::Skip;
            break;
        case State::SheetData:
            if (std::strcmp(name, "row") == 0) {
                startRow(atts);
                if (in_.maxRows > 0 && row_ >= in_.maxRows) {
                    stopped_ = true; // the rows asked for are read: the rest is not
                    XML_StopParser(parser_, XML_FALSE);
                    return;
                }
                state = State::Row;
            } else if (std::strcmp(name, "c") == 0) {
                if (row_ < 0)
                    row_ = 0; // a cell outside any row: tolerated as row 1
                startCell(atts);
                state = State::Cell;
            }
            break;
        case State::Row:
            if (std::strcmp(name, "c") == 0) {
                startCell(atts);
                state = State::Cell;
            }
            break; // extLst
        case State::Cell:
            if (std::strcmp(name, "v") == 0) {
                text_.clear();
                hasValue_ = true;
                inlineText_ = false;
                state = State::Value;
            } else if (std::strcmp(name, "is") == 0) {
                text_.clear();
                hasValue_ = inlineText_ = true;
                state = State::InlineText;
            }
            break; // <f>, <extLst>
        case State::InlineText: // <t> directly, or in runs <r><rPr/><t/></r>; <rPh> and <phoneticPr> left out
            state = std::strcmp(name, "t") == 0 ? State::Text : std::strcmp(name, "r") == 0 ? State::Run : State::Skip;
            break;
        case State::Run:
            state = std::strcmp(name, "t") == 0 ? State::Text : State::Skip;
            break;
        case State::MergeCells:
            if (std::strcmp(name, "mergeCell") == 0)
                mergeCell(atts);
            break;
        case State::Value:
        case State::Text:
        case State::Skip:
            break; // inside a value, a child's text counts (as QXmlStreamReader's IncludeChildElements)
        }
        if (state == State::Value || state == State::Text)
            ++capturing_;
        states_.push_back(state);
    }

    void end()
    {
        const State state = states_.back();
        states_.pop_back();
        if (state == State::Value || state == State::Text)
            --capturing_;
        else if (state == State::Cell)
            endCell();
        else if (state == State::Row)
            flushRow();
    }

    // ---- Rows in order, straight into the table ----

    // Appends the open row (when it has a cell) after empty rows for any row numbers skipped.
    void flushRow()
    {
        if (gridMode_ || openRow_ < 0)
            return;
        int last = -1;
        for (int c = 0; c < int(rowCells_.size()); ++c)
            if (rowCells_[size_t(c)].second > 0)
                last = c;
        if (last >= 0) {
            while (stream_.rows.size() < openRow_) {
                stream_.lines.append(stream_.rows.size() + 1);
                stream_.rows.endRow();
            }
            for (int c = 0; c <= last; ++c)
                stream_.rows.addCell(QStringView(rowText_).mid(rowCells_[size_t(c)].first, rowCells_[size_t(c)].second));
            stream_.rows.endRow();
            stream_.lines.append(openRow_ + 1);
            if (!reserved_)
                reserveRoom();
        }
        openRow_ = -1;
        rowCells_.clear();
        rowText_.clear();
    }

    // The open row's cell `column` is rowText_ from `at` on; counted as the grid counts: a cell for
    // each row it would add, and for each cell.
    void placeInRow(qint64 row, int column, qsizetype at)
    {
        if (row + 1 > rowsCounted_) {
            grow(row + 1 - rowsCounted_);
            rowsCounted_ = row + 1;
        }
        if (column >= int(rowCells_.size())) {
            grow(column + 1 - qint64(rowCells_.size()));
            rowCells_.resize(size_t(column) + 1, {0, 0});
        }
        rowCells_[size_t(column)] = {int(at), int(rowText_.size() - at)};
    }

    // The common cell, a number already written as its shortest decimal and not shown as a date:
    // its ASCII goes straight into the open row, with no string of its own. False when it is
    // another kind of cell (or the sheet is a grid): the general path reads it.
    bool placeShortestNumber()
    {
        if (inlineText_ || !(type_.isEmpty() || type_ == u"n") || gridMode_)
            return false;
        if (style_ >= 0 && size_t(style_) < in_.styles.size() && in_.styles[size_t(style_)] != DateKind::None)
            return false;
        const char *b = text_.data(), *e = b + text_.size();
        while (b < e && (*b == ' ' || *b == '\t' || *b == '\n' || *b == '\r'))
            ++b;
        while (e > b && (e[-1] == ' ' || e[-1] == '\t' || e[-1] == '\n' || e[-1] == '\r'))
            --e;
        if (b == e || e - b > 40 || !std::all_of(b, e, [](char c) { return c >= 0 && c < 0x7f; }))
            return false;
        if (!streams(row_))
            return false;
        const qsizetype at = rowText_.size();
        rowText_.append(QLatin1String(b, e - b));
        if (!isShortestDecimal(QStringView(rowText_).mid(at))) {
            rowText_.truncate(at);
            return false;
        }
        countText(e - b);
        placeInRow(row_, column_, at);
        return true;
    }

    // Once the first MiB of the part is read, room for the whole table, projected from the rows so
    // far and the part's declared size, is reserved at once (growing by doubling copies it all
    // over and touches twice the memory). Bounded by the cell limit; the room is only address
    // space until it is written, so a size that lies costs nothing real.
    void reserveRoom()
    {
        const qint64 read = XML_GetCurrentByteIndex(parser_);
        if (read < (qint64(1) << 20) || partBytes_ == 0)
            return;
        reserved_ = true;
        const double scale = std::min(double(partBytes_) / double(read), 1e4) * 1.05;
        qint64 cells = qint64(double(stream_.rows.cellsIn(0, stream_.rows.size())) * scale);
        if (in_.maxCells > 0)
            cells = std::min(cells, in_.maxCells);
        const qint64 rows = std::min<qint64>(qint64(double(stream_.rows.size()) * scale), kMaxRows);
        const qint64 text = std::min<qint64>(qint64(double(stream_.rows.textSize()) * scale), qint64(partBytes_));
        if (cells <= stream_.rows.cellsIn(0, stream_.rows.size()))
            return;
        stream_.rows.reserve(cells, rows);
        stream_.rows.reserveText(text);
        stream_.lines.reserve(rows);
    }

    // Whether a cell of `row` can go into the open row: rows only move forward.
    bool streams(qint64 row)
    {
        if (gridMode_)
            return false;
        if (row == openRow_)
            return true;
        if (openRow_ >= 0 || row < stream_.rows.size()) {
            // Cells of another row inside this one, or a row that comes back: build a grid.
            if (openRow_ >= 0 && row > openRow_) {
                flushRow();
                openRow_ = row;
                return true;
            }
            toGrid();
            return false;
        }
        openRow_ = row;
        return true;
    }

    // From here on the sheet is built as a grid: what has been read so far moves into it.
    void toGrid()
    {
        if (gridMode_)
            return;
        const qint64 open = openRow_;
        const auto cells = std::move(rowCells_);
        const QString text = std::move(rowText_);
        openRow_ = -1;
        gridMode_ = true;
        for (qsizetype r = 0; r < stream_.rows.size(); ++r) {
            table_.rows.append(stream_.rows.at(r));
            table_.lines.append(stream_.lines[r]);
        }
        stream_ = TextTable();
        for (int c = 0; c < int(cells.size()); ++c)
            if (cells[size_t(c)].second > 0) {
                textChars_ -= cells[size_t(c)].second; // counted when first placed; setCell counts it again
                setCell(open, c, text.mid(cells[size_t(c)].first, cells[size_t(c)].second));
            }
    }

    void startRow(const XML_Char **atts)
    {
        if (const char *r = attribute(atts, "r")) {
            char *endp = nullptr;
            errno = 0;
            const long long n = std::strtoll(r, &endp, 10);
            if (endp == r || *endp != '\0' || errno != 0 || n < 1 || n > kMaxRows)
                failHere(QStringLiteral("invalid row number \"%1\"").arg(QString::fromUtf8(r)));
            row_ = n - 1;
        } else {
            ++row_; // rows without a number follow the previous one
            if (row_ >= kMaxRows)
                failHere(QStringLiteral("more than %1 rows").arg(kMaxRows));
        }
        column_ = -1;
    }

    void startCell(const XML_Char **atts)
    {
        if (in_.maxCells > 0 && ++cellsRead_ > in_.maxCells)
            failHere(QStringLiteral("more than %1 cells (the limit)").arg(in_.maxCells));
        if (const char *ref = attribute(atts, "r")) {
            const QString refText = QString::fromUtf8(ref);
            const auto cell = parseCellRef(refText);
            if (!cell)
                failHere(QStringLiteral("invalid cell reference \"%1\"").arg(refText));
            row_ = cell->row;
            column_ = cell->column;
        } else {
            ++column_; // cells without a reference follow the previous one
            if (column_ >= kMaxColumns)
                failHere(QStringLiteral("more than %1 columns").arg(kMaxColumns));
        }
        const char *type = attribute(atts, "t");
        type_ = type ? QString::fromUtf8(type) : QString();
        const char *style = attribute(atts, "s");
        style_ = style ? QByteArray(style).toInt() : 0;
        cellLine_ = XML_GetCurrentLineNumber(parser_);
        cellColumn_ = int(XML_GetCurrentColumnNumber(parser_)) + 1; // expat counts from 0
        hasValue_ = inlineText_ = false;
        text_.clear();
    }

    void endCell()
    {
        if (!hasValue_ || placeShortestNumber())
            return;
        const QString value = QString::fromUtf8(text_.data(), qsizetype(text_.size()));
        const QString &type = type_;
        QString text;
        if (inlineText_) {
            text = decodeEscapes(value);
        } else if (type == u"inlineStr") {
            text = value;
        } else if (type == u"s") {
            bool ok = false;
            const qint64 index = value.trimmed().toLongLong(&ok);
            if (!ok || index < 0 || index >= in_.sharedStrings.size())
                fail(part_,
                     QStringLiteral("cell %1: shared string index \"%2\" is out of range (%3 shared strings)")
                         .arg(cellName(row_, column_), value)
                         .arg(in_.sharedStrings.size()),
                     cellLine_, cellColumn_);
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
            text = numberText(value, style_, cellLine_);
        } else {
            warnings_.append(QStringLiteral("%1:%2: cell %3: unknown cell type \"%4\"; its value is kept as text")
                                 .arg(part_)
                                 .arg(cellLine_)
                                 .arg(cellName(row_, column_), type));
            text = value;
        }
        setCell(row_, column_, std::move(text));
    }

    void mergeCell(const XML_Char **atts)
    {
        const char *refText = attribute(atts, "ref");
        const QString ref = refText ? QString::fromUtf8(refText) : QString();
        const qsizetype colon = ref.indexOf(u':');
        const auto a = parseCellRef(colon < 0 ? QStringView(ref) : QStringView(ref).left(colon));
        const auto b = colon < 0 ? a : parseCellRef(QStringView(ref).mid(colon + 1));
        if (a && b)
            merges_.push_back({{std::min(a->row, b->row), std::min(a->column, b->column)},
                               {std::max(a->row, b->row), std::max(a->column, b->column)}});
        else
            warnings_.append(QStringLiteral("%1:%2: invalid merged range \"%3\" ignored").arg(part_).arg(XML_GetCurrentLineNumber(parser_)).arg(ref));
    }

    QString numberText(const QString &value, int style, qint64 line)
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
                                 .arg(part_)
                                 .arg(line)
                                 .arg(cellName(row_, column_), trimmed));
            return trimmed;
        }
        if (kind != DateKind::None) {
            if (const auto date = formatSerialDate(v, kind, in_.date1904))
                return *date;
            warnings_.append(QStringLiteral("%1:%2: cell %3: %4 is outside Excel's dates; kept as a number")
                                 .arg(part_)
                                 .arg(line)
                                 .arg(cellName(row_, column_), trimmed));
        }
        return formatNumber(v);
    }

    // Grows the grid to hold (row, column), counting every row and cell it adds against maxCells.
    void ensure(qint64 row, int column)
    {
        if (row >= table_.rows.size()) {
            grow(row + 1 - table_.rows.size());
            while (table_.rows.size() <= row) {
                table_.lines.append(table_.rows.size() + 1);
                table_.rows.append(QStringList());
            }
        }
        QStringList &fields = table_.rows[row];
        if (column >= fields.size()) {
            grow(column + 1 - fields.size());
            fields.resize(column + 1);
        }
    }

    void grow(qint64 added)
    {
        gridCells_ += added;
        if (in_.maxCells > 0 && gridCells_ > in_.maxCells)
            failHere(QStringLiteral("the sheet spans more than %1 cells (the limit)").arg(in_.maxCells));
    }

    // Counts a cell's characters against the limit on the sheet's text. A shared string or a
    // merged cell is counted once for every cell showing it: the table holds each copy, so a few
    // MB of workbook repeating one long string over millions of cells would otherwise take GBs.
    void countText(qint64 characters)
    {
        textChars_ += characters;
        if (in_.maxTextChars > 0 && textChars_ > in_.maxTextChars)
            failHere(QStringLiteral("the sheet's cells hold more than %1 characters of text (the limit)").arg(in_.maxTextChars));
    }

    void setCell(qint64 row, int column, QString text)
    {
        countText(text.size());
        if (!gridMode_ && streams(row)) {
            if (text.isEmpty()) {
                if (column < int(rowCells_.size()))
                    rowCells_[size_t(column)] = {0, 0};
                return;
            }
            const qsizetype at = rowText_.size();
            rowText_ += text;
            placeInRow(row, column, at);
            return;
        }
        if (text.isEmpty()) {
            if (row < table_.rows.size() && column < table_.rows[row].size())
                table_.rows[row][column].clear();
            return;
        }
        ensure(row, column);
        table_.rows[row][column] = std::move(text);
    }

    // The top-left value of each merged range, repeated across the range.
    void applyMerges()
    {
        for (const MergeRange &m : merges_) {
            if (m.first.row >= table_.rows.size() || m.first.column >= table_.rows[m.first.row].size())
                continue;
            const QString value = table_.rows[m.first.row][m.first.column];
            if (value.isEmpty())
                continue;
            const qint64 area = (m.last.row - m.first.row + 1) * qint64(m.last.column - m.first.column + 1);
            if (in_.maxCells > 0 && area > in_.maxCells) // checked before filling anything
                failHere(QStringLiteral("merged range %1:%2 spans more than %3 cells (the limit)")
                             .arg(cellName(m.first.row, m.first.column), cellName(m.last.row, m.last.column))
                             .arg(in_.maxCells));
            countText((area - 1) * value.size()); // each cell of the range shows the text
            for (qint64 r = m.first.row; r <= m.last.row; ++r) {
                ensure(r, m.last.column);
                QStringList &fields = table_.rows[r];
                for (int c = m.first.column; c <= m.last.column; ++c)
                    fields[c] = value;
            }
        }
    }

    [[noreturn]] void failHere(const QString &message) const
    {
        fail(part_, message, qint64(XML_GetCurrentLineNumber(parser_)), int(XML_GetCurrentColumnNumber(parser_)) + 1); // expat counts from 0
    }

    [[noreturn]] void failFromParser() const
    {
        const XML_Error code = XML_GetErrorCode(parser_);
        // Without a DTD no entity is declared: a reference to one is an error, never skipped.
        const QString message = code == XML_ERROR_UNDEFINED_ENTITY ? QStringLiteral("reference to an undeclared entity")
                                                                   : QString::fromUtf8(XML_ErrorString(code));
        failHere(message);
    }

    QString part_;
    const SheetInput &in_;
    quint64 partBytes_ = 0;
    bool reserved_ = false;
    TextTable stream_;   // rows so far, while they come in order
    qint64 textChars_ = 0; // of every cell read, for the limit on the text
    qint64 openRow_ = -1; // the row being read into rowCells_ (zero-based)
    std::vector<std::pair<int, int>> rowCells_; // its cells' (start, length) in rowText_
    QString rowText_;
    bool gridMode_ = false;
    qint64 rowsCounted_ = 0; // rows counted against the limit while streaming
    Grid table_;
    QStringList &warnings_;
    XML_Parser parser_;
    std::vector<State> states_;
    int capturing_ = 0;      // Value and Text elements open: their text (children's included) is the value
    std::string text_;       // the current value's UTF-8
    QString type_;           // the current cell's t attribute
    int style_ = 0;          // and its s
    qint64 cellLine_ = 0;
    int cellColumn_ = 0;
    bool hasValue_ = false, inlineText_ = false;
    bool sawRoot_ = false;
    std::optional<Failure> pending_;
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
    SheetReader reader(part, input, warnings, pkg.declaredSize(part));
    pkg.readBytes(part, [&](const char *data, qint64 size) { return reader.feed(data, size); });
    table = reader.take();
}

} // namespace cs::xlsx
