// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/series_extract.h"

#include <QFile>
#include <QFileInfo>
#include <QThread>

#include <algorithm>

namespace cs {

namespace {

// Whether an ASCII field spells `id` the way importedId() writes it: letters and digits in lower
// case, every run of other characters as one '-', none at either end. No allocation.
bool spellsId(std::string_view field, std::string_view id)
{
    size_t j = 0;
    bool pendingDash = false;
    for (char c : field) {
        const auto u = static_cast<unsigned char>(c);
        if (u >= 0x80)
            return false; // not ASCII: the caller compares as text
        const bool upper = u >= 'A' && u <= 'Z';
        if (upper || (u >= 'a' && u <= 'z') || (u >= '0' && u <= '9')) { // inline: libc's are locale calls
            if (pendingDash && j > 0) {
                if (j >= id.size() || id[j] != '-')
                    return false;
                ++j;
            }
            pendingDash = false;
            if (j >= id.size() || id[j] != char(upper ? u + ('a' - 'A') : u))
                return false;
            ++j;
        } else {
            pendingDash = true;
        }
    }
    return j == id.size();
}

// Whether a field written in the file names `wanted` (as written, or by its id).
bool names(std::string_view field, std::string_view wanted, std::string_view wantedId, const QString &wantedIdText)
{
    if (field == wanted || spellsId(field, wantedId))
        return true;
    const bool ascii = std::all_of(field.begin(), field.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
    return !ascii && importedId(QString::fromUtf8(field.data(), qsizetype(field.size()))) == wantedIdText;
}

// Files that cannot be streamed (XLSX, text in other encodings, unusual layouts) are read whole,
// within the data-file limit.
TableImportResult wholeFile(const QByteArray &bytes, const DataFileOptions &fileOptions, const TableImportOptions &importOptions)
{
    if (fileOptions.maxFileBytes > 0 && bytes.size() > fileOptions.maxFileBytes) {
        TableImportResult r;
        r.error = fileTooLargeMessage(bytes.size(), fileOptions.maxFileBytes);
        return r;
    }
    const DataFileResult file = readDataBytes(bytes, fileOptions);
    if (!file.ok()) {
        TableImportResult r;
        r.error = file.error;
        r.errorLine = file.errorLine;
        r.errorColumn = file.errorColumn;
        return r;
    }
    return importTable(file.table, importOptions);
}

} // namespace

TableImportResult importSeries(const QString &path, const QString &indicator, const QString &subject,
                               const DataFileOptions &fileOptions, const TableImportOptions &importOptions, bool *ioError)
{
    QFile f(path);
    if (const QString error = openForReading(f); !error.isEmpty()) {
        if (ioError)
            *ioError = true;
        TableImportResult r;
        r.error = error;
        return r;
    }
    uchar *mapped = f.size() > 0 ? f.map(0, f.size()) : nullptr;
    const QByteArray bytes = mapped ? QByteArray::fromRawData(reinterpret_cast<const char *>(mapped), f.size()) : f.readAll();
    struct Unmap {
        QFile &f;
        uchar *p;
        ~Unmap() { if (p) f.unmap(p); }
    } unmap{f, mapped};

    DataFileOptions named = fileOptions;
    if (named.fileName.isEmpty())
        named.fileName = path; // .tsv means tab-separated, as for readDataFile
    const DetectedEncoding enc = fileOptions.csv.encoding ? DetectedEncoding{*fileOptions.csv.encoding, 0} : detectEncoding(bytes);
    if (looksLikeZip(bytes) || enc.encoding != TextEncoding::Utf8)
        return wholeFile(bytes, named, importOptions);

    // The structure, from the first lines.
    const std::string_view all(bytes.constData() + enc.bomLength, size_t(bytes.size() - enc.bomLength));
    qsizetype headSize = std::min<qsizetype>(qsizetype(all.size()), 256 * 1024);
    if (headSize < qsizetype(all.size())) {
        const size_t nl = all.rfind('\n', size_t(headSize));
        headSize = nl == std::string_view::npos ? headSize : qsizetype(nl + 1);
    }
    CsvOptions csv = textOptionsFor(bytes, named);
    csv.encoding = TextEncoding::Utf8;
    const CsvResult head = readCsv(QByteArray::fromRawData(all.data(), headSize), csv);
    if (!head.ok())
        return wholeFile(bytes, named, importOptions);
    TableImportResult structure = analyseTable(head.table, importOptions);
    if (!structure.ok() || structure.layout != TableLayout::Long || structure.roles.eurostatKey)
        return wholeFile(bytes, named, importOptions);

    // Scan every record; keep the header and the rows of the one series.
    const ColumnRoles roles = structure.roles;
    const qint64 headerLine = head.table.lines[structure.headerRow];
    const QByteArray wantedIndicator = indicator.toUtf8(), wantedSubject = subject.toUtf8();
    const QString indicatorId = importedId(indicator), subjectId = importedId(subject);
    const QByteArray indicatorIdBytes = indicatorId.toUtf8(), subjectIdBytes = subjectId.toUtf8();
    auto view = [](const QByteArray &b) { return std::string_view(b.constData(), size_t(b.size())); };
    TextTable kept;
    kept.append(headerLine, head.table.rows[structure.headerRow]);
    auto toStrings = [](const std::vector<std::string_view> &fields) {
        QStringList row;
        row.reserve(qsizetype(fields.size()));
        for (std::string_view v : fields)
            row << QString::fromUtf8(v.data(), qsizetype(v.size()));
        return row;
    };
    auto matches = [&](qint64 line, const std::vector<std::string_view> &fields) {
        if (line <= headerLine)
            return false;
        const bool indicatorOk = roles.indicator < 0 || indicator.isEmpty()
            || (size_t(roles.indicator) < fields.size()
                && names(fields[size_t(roles.indicator)], view(wantedIndicator), view(indicatorIdBytes), indicatorId));
        return indicatorOk // most rows stop here
            && (roles.subject < 0 || subject.isEmpty()
                || (size_t(roles.subject) < fields.size()
                    && names(fields[size_t(roles.subject)], view(wantedSubject), view(subjectIdBytes), subjectId)));
    };
    // On every core: each part keeps its matching rows, and the parts are joined in file order.
    const int threads = std::max(1, QThread::idealThreadCount());
    QList<TextTable> parts(threads);
    const CsvParallelScan scan = scanCsvUtf8Parallel(all, head.delimiter, csv.quote, threads,
                                                     [&](int part, qint64 line, const std::vector<std::string_view> &fields) {
                                                         if (matches(line, fields))
                                                             parts[part].append(line, toStrings(fields));
                                                         return true;
                                                     });
    if (scan.consistent) {
        for (const TextTable &part : parts)
            for (qsizetype i = 0; i < part.rows.size(); ++i)
                kept.append(part.lines[i], part.rows[i]);
    } else { // a stray quote made the split unreliable: scan again in one pass
        scanCsvUtf8(all, head.delimiter, csv.quote, [&](qint64 line, const std::vector<std::string_view> &fields) {
            if (matches(line, fields))
                kept.append(line, toStrings(fields));
            return true;
        });
    }
    TableImportOptions options = importOptions;
    options.headerRow = 0;
    options.roles = roles;
    options.layout = TableLayout::Long;
    if (options.defaultSubject.isEmpty() && !structure.metadata.isEmpty())
        options.defaultSubject = subject;
    return importTable(kept, options);
}

} // namespace cs
