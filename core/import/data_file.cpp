// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/data_file.h"

#include "import/jsonstat_reader.h"
#include "import/header_rows.h"
#include "import/period_matrix.h"
#include "import/sdmx_csv.h"
#include "import/table_import.h"
#include "import/series_columns.h"
#include "import/xls_reader.h"

#include <functional>

#include <QFile>
#include <QFileInfo>

namespace cs {

namespace {

DataFileWarning::Kind warningKind(CsvWarning::Kind kind)
{
    switch (kind) {
    case CsvWarning::Kind::RaggedRow: return DataFileWarning::Kind::RaggedRow;
    case CsvWarning::Kind::UnterminatedQuote: return DataFileWarning::Kind::UnterminatedQuote;
    case CsvWarning::Kind::StrayQuote: return DataFileWarning::Kind::StrayQuote;
    case CsvWarning::Kind::InvalidEncoding: return DataFileWarning::Kind::InvalidEncoding;
    }
    return DataFileWarning::Kind::StrayQuote;
}

} // namespace

QString DataFileWarning::text() const
{
    if (kind == Kind::Workbook)
        return message;
    return QStringLiteral("%1:%2: %3").arg(line).arg(column).arg(message);
}

CsvOptions textOptionsFor(const QByteArray &bytes, const DataFileOptions &options)
{
    CsvOptions csv = options.csv;
    const QString suffix = QFileInfo(options.fileName).suffix().toLower();
    if (!csv.delimiter && (suffix == QLatin1String("tsv") || suffix == QLatin1String("tab")))
        csv.delimiter = '\t'; // the name says tab-separated
    if (!csv.delimiter) {
        // Eurostat's key column ("freq,unit,geo\TIME_PERIOD") holds more commas than there are
        // tab-separated periods in a short extract: its header settles the delimiter.
        const QByteArray firstLine = bytes.left(std::min<qsizetype>(bytes.size(), 4096)).split('\n').value(0).toLower();
        if (firstLine.contains('\t') && (firstLine.contains("\\time") || firstLine.contains("\\time_period")))
            csv.delimiter = '\t';
    }
    return csv;
}

namespace {

// A years × months (or quarters) matrix, or series in columns under metadata rows, is read as
// the long table of its series.
void reshape(DataFileResult &r, const DataFileOptions &options)
{
    if (!r.ok() || !options.reshape)
        return;
    if (std::optional<TextTable> long_ = periodMatrixAsLongTable(r.table)) {
        r.table = std::move(*long_);
        r.periodMatrix = true;
    } else if (std::optional<TextTable> series = seriesColumnsAsLongTable(r.table)) {
        r.table = std::move(*series);
        r.seriesColumns = true;
    } else if (std::optional<TextTable> joined = joinedTwoRowHeader(r.table)) {
        r.table = std::move(*joined);
        r.twoRowHeader = true;
    }
}

// A worksheet read (XLSX or .xls), with the same limits, warnings and errors.
DataFileResult fromWorkbook(const QString &format, XlsxResult x, const DataFileOptions &options)
{
    DataFileResult r;
    r.format = format;
    r.table = std::move(x.table);
    for (const QString &w : std::as_const(x.warnings))
        r.warnings.append({DataFileWarning::Kind::Workbook, 0, 0, w});
    r.sheetNames = x.sheetNames;
    r.sheet = x.sheet;
    r.error = x.error;
    r.errorLine = x.errorLine;
    r.errorColumn = x.errorColumn;
    reshape(r, options);
    return r;
}

// Whether the importer reads a table's first rows without an error: enough to tell a sheet of data
// from an index or notes sheet, at the cost of a few hundred rows.
bool firstRowsImport(const TextTable &t)
{
    TextTable head;
    for (qsizetype r = 0; r < std::min<qsizetype>(t.rows.size(), 300); ++r)
        head.append(t.lines.value(r, r + 1), t.rows[r]);
    return importTable(head).ok();
}

// The sheet asked for; when none was, the first that holds a table the importer can read (an
// index or notes sheet before the data is passed over, with a warning). The other sheets are
// probed by their first rows and only the one chosen is read whole; when none will do, the
// first sheet is returned as read, with its error if it had one.
DataFileResult readWorkbook(const QString &format, const std::function<XlsxResult(const XlsxOptions &)> &read,
                            const DataFileOptions &options)
{
    // A sheet is judged by the table the importer would read, reshaped even when the caller
    // wants it as read (--dump-table shows the sheet --import reads).
    DataFileOptions judged = options;
    judged.reshape = true;
    constexpr qint64 kProbeRows = 300;
    const auto imports = [&](const XlsxResult &x) {
        if (!x.ok())
            return false;
        XlsxResult head; // the first rows only: a whole sheet is never copied to be judged
        for (qsizetype r = 0; r < std::min<qsizetype>(x.table.rows.size(), kProbeRows); ++r)
            head.table.append(x.table.lines.value(r, r + 1), x.table.rows[r]);
        const DataFileResult r = fromWorkbook(format, std::move(head), judged);
        return r.ok() && firstRowsImport(r.table);
    };
    XlsxResult firstRead = read(options.xlsx);
    if (options.xlsx.sheetGiven || firstRead.sheetNames.size() < 2 || imports(firstRead))
        return fromWorkbook(format, std::move(firstRead), options);
    DataFileResult first = fromWorkbook(format, std::move(firstRead), options);
    for (int i = 1; i < first.sheetNames.size(); ++i) {
        XlsxOptions probe = options.xlsx;
        probe.sheetIndex = i;
        probe.sheetName.clear();
        probe.maxRows = kProbeRows;
        if (!imports(read(probe)))
            continue;
        XlsxOptions whole = probe;
        whole.maxRows = options.xlsx.maxRows;
        DataFileResult r = fromWorkbook(format, read(whole), options);
        if (!r.ok())
            continue;
        r.warnings.prepend({DataFileWarning::Kind::Workbook, 0, 0,
                            (first.ok() ? QStringLiteral("sheet \"%1\" holds no table to import: read sheet \"%2\" instead (choose the sheet to read another)")
                                        : QStringLiteral("sheet \"%1\" cannot be read (%3): read sheet \"%2\" instead (choose the sheet to read another)"))
                                .arg(first.sheet.isEmpty() ? first.sheetNames.value(0) : first.sheet, r.sheet, first.error)});
        return r;
    }
    return first;
}

} // namespace

DataFileResult readDataBytes(const QByteArray &bytes, const DataFileOptions &options)
{
    DataFileResult r;
    if (looksLikeZip(bytes))
        return readWorkbook(QStringLiteral("xlsx"), [&](const XlsxOptions &o) { return readXlsx(bytes, o); }, options);
    if (looksLikeOle2(bytes))
        return readWorkbook(QStringLiteral("xls"), [&](const XlsxOptions &o) { return readXls(bytes, o); }, options);
    if (looksLikeJson(bytes)) {
        r.format = QStringLiteral("json-stat");
        JsonStatResult j = readJsonStat(bytes, options.csv.maxCells);
        r.table = std::move(j.table);
        r.sheet = j.datasets.join(QStringLiteral("; "));
        r.error = j.error;
        return r;
    }
    r.format = QStringLiteral("csv");
    CsvResult c = readCsv(bytes, textOptionsFor(bytes, options));
    r.table = std::move(c.table);
    r.encoding = textEncodingName(c.encoding);
    r.delimiter = c.delimiter;
    r.detected = c.encodingDetected || c.delimiterDetected;
    for (const CsvWarning &w : std::as_const(c.warnings))
        r.warnings.append({warningKind(w.kind), w.line, w.column, w.message});
    r.error = c.error;
    r.errorLine = c.errorLine;
    r.errorColumn = c.errorColumn;
    if (r.ok() && options.reshape && isSdmxCsv(r.table)) {
        r.format = QStringLiteral("sdmx-csv");
        SdmxCsvResult s = readSdmxCsv(r.table);
        r.table = std::move(s.table);
        r.sheet = s.dataflow;
        r.error = s.error;
        return r;
    }
    reshape(r, options);
    return r;
}

DataFileResult readDataFile(const QString &path, const DataFileOptions &options)
{
    QFile f(path);
    if (const QString error = openForReading(f); !error.isEmpty()) {
        DataFileResult r;
        r.ioError = true;
        r.error = error;
        return r;
    }
    if (options.maxFileBytes > 0 && f.size() > options.maxFileBytes) {
        DataFileResult r;
        r.error = fileTooLargeMessage(f.size(), options.maxFileBytes);
        return r;
    }
    DataFileOptions opts = options;
    if (opts.fileName.isEmpty())
        opts.fileName = path;
    if (looksLikeOle2(f.peek(8))) // FreeXL reads the file itself
        return readWorkbook(QStringLiteral("xls"), [&](const XlsxOptions &o) { return readXlsFile(path, o); }, opts);
    // Map the file rather than copy it where the platform allows: a large download is read in place.
    if (uchar *mapped = f.size() > 0 ? f.map(0, f.size()) : nullptr) {
        const QByteArray view = QByteArray::fromRawData(reinterpret_cast<const char *>(mapped), f.size());
        opts.csv.fileMapped = true;
        DataFileResult r = readDataBytes(view, opts);
        f.unmap(mapped);
        return r;
    }
    return readDataBytes(f.readAll(), opts);
}

} // namespace cs
