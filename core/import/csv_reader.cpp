// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/csv_reader.h"

#include "model/memory_tuning.h"

#include <QHash>
#include <QUtf8StringView>
#include <QtAlgorithms>
#include <QtEndian>

#include <algorithm>
#include <array>
#include <atomic>
#include <cstdint>
#include <cstring>
#include <string>
#include <thread>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

namespace cs {

namespace {

// How records are split (one scanner serves scanCsvUtf8, readCsv and delimiter detection):
// - A record ends at CRLF, LF or a lone CR outside quotes; the line count advances by one for
//   each of them, inside quotes too, so every record knows the line where it starts.
// - A field is quoted when its first byte is the quote. Inside, a doubled quote is one quote and
//   line breaks are kept as they are (CRLF stays CRLF).
// - After a closing quote, spaces and tabs before the delimiter or the end of the line are
//   dropped (as PapaParse and Commons CSV do). Any other text there is a StrayQuote: the field
//   goes on unquoted to the next delimiter, so `"b"c` reads `bc` (as Python's csv does).
// - A quote inside an unquoted field is kept as text, with a StrayQuote warning.
// - The end of the input inside quotes is an UnterminatedQuote: the field holds the rest.
// - An empty line is a record of one empty field; the line break that ends the last record
//   does not start another one, and empty input has no records.

enum ByteClass : std::uint8_t { Ordinary = 0, Delimiter = 1, CarriageReturn = 2, LineFeed = 3, Quote = 4 };

constexpr int kWarningsPerKind = 100;

// Collects warnings, at most kWarningsPerKind of each kind, then one that counts the rest.
class WarningSink
{
public:
    explicit WarningSink(QList<CsvWarning> *out) : m_out(out) { }

    void add(CsvWarning::Kind kind, qint64 line, int column, const char *message)
    {
        if (!m_out)
            return;
        const int k = int(kind);
        if (m_count[k]++ < kWarningsPerKind) {
            m_out->append(CsvWarning{kind, line, column, QString::fromUtf8(message)});
        } else if (m_count[k] == kWarningsPerKind + 1) {
            m_firstSuppressedLine[k] = line;
            m_firstSuppressedColumn[k] = column;
        }
    }
    void finish()
    {
        if (!m_out)
            return;
        for (int k = 0; k < int(m_count.size()); ++k) {
            const qint64 more = m_count[k] - kWarningsPerKind;
            if (more > 0)
                m_out->append(CsvWarning{CsvWarning::Kind(k), m_firstSuppressedLine[k], m_firstSuppressedColumn[k],
                                         QStringLiteral("%1 more warnings of this kind, from here on, not listed").arg(more)});
        }
    }

private:
    QList<CsvWarning> *m_out;
    std::array<qint64, 4> m_count{};
    std::array<qint64, 4> m_firstSuppressedLine{};
    std::array<int, 4> m_firstSuppressedColumn{};
};

struct ScanConfig {
    char delimiter = ',';
    char quote = '"';
    qint64 maxFieldBytes = 0;
    qint64 maxRecordBytes = 0;
    int maxColumns = 0;
    qint64 maxRecords = 0; // 0: all (delimiter detection reads a few)
    qint64 firstLine = 1;  // line number of the first byte (parts of a parallel scan)
    bool skipBom = true;   // skip a UTF-8 byte-order mark at the start
};

// The scanner. `onRow(line, fields)` returns false to stop. Returns the records delivered.
template <class OnRow>
qint64 scan(std::string_view input, const ScanConfig &config, OnRow &&onRow, WarningSink &warnings, CsvScanError *error)
{
    using Byte = unsigned char;
    const Byte delimiter = Byte(config.delimiter), quote = Byte(config.quote);

    // Bytes that end a run of ordinary bytes: outside quotes, and inside them.
    std::array<std::uint8_t, 256> outside{}, inside{};
    outside[delimiter] = Delimiter;
    outside[Byte('\r')] = CarriageReturn;
    outside[Byte('\n')] = LineFeed;
    outside[quote] = Quote;
    inside[Byte('\r')] = CarriageReturn;
    inside[Byte('\n')] = LineFeed;
    inside[quote] = Quote;

    const Byte *p = reinterpret_cast<const Byte *>(input.data());
    const Byte *const end = p + input.size();
    if (config.skipBom && input.size() >= 3 && p[0] == 0xEF && p[1] == 0xBB && p[2] == 0xBF)
        p += 3;

    // Skips ordinary bytes (outside quotes) from q; returns the first special byte or end.
    // Eight bytes at a time: a byte equal to c makes (w ^ c*0x01..) have a zero byte, and
    // (v - 0x01..) & ~v & 0x80.. flags the lowest zero byte exactly (SWAR).
#if Q_BYTE_ORDER == Q_LITTLE_ENDIAN
    constexpr std::uint64_t kOnes = 0x0101010101010101ULL, kHighBits = 0x8080808080808080ULL;
    const std::uint64_t delimiters = kOnes * delimiter, quotes = kOnes * quote, crs = kOnes * Byte('\r'),
                        lfs = kOnes * Byte('\n');
    auto zeroBytes = [](std::uint64_t v) { return (v - kOnes) & ~v & kHighBits; };
#endif
    auto skipOrdinary = [&](const Byte *q) {
#if Q_BYTE_ORDER == Q_LITTLE_ENDIAN
        while (end - q >= 8) {
            std::uint64_t w;
            std::memcpy(&w, q, 8);
            const std::uint64_t special = zeroBytes(w ^ delimiters) | zeroBytes(w ^ quotes) | zeroBytes(w ^ crs) | zeroBytes(w ^ lfs);
            if (special)
                return q + (qCountTrailingZeroBits(special) >> 3);
            q += 8;
        }
#else
        while (end - q >= 8) {
            if (outside[q[0]]) return q;
            if (outside[q[1]]) return q + 1;
            if (outside[q[2]]) return q + 2;
            if (outside[q[3]]) return q + 3;
            if (outside[q[4]]) return q + 4;
            if (outside[q[5]]) return q + 5;
            if (outside[q[6]]) return q + 6;
            if (outside[q[7]]) return q + 7;
            q += 8;
        }
#endif
        while (q < end && !outside[*q])
            ++q;
        return q;
    };
    auto skipQuoted = [&](const Byte *q) {
        while (end - q >= 4) {
            if (inside[q[0]]) return q;
            if (inside[q[1]]) return q + 1;
            if (inside[q[2]]) return q + 2;
            if (inside[q[3]]) return q + 3;
            q += 4;
        }
        while (q < end && !inside[*q])
            ++q;
        return q;
    };
    // Scans an unquoted stretch from q to the next delimiter or line break; quotes in it are text.
    // Returns its end; *strayQuote tells whether it held a quote.
    auto scanUnquoted = [&](const Byte *q, bool *strayQuote) {
        for (;;) {
            q = skipOrdinary(q);
            if (q < end && *q == quote) {
                *strayQuote = true;
                ++q;
                continue;
            }
            return q;
        }
    };

    std::vector<std::string_view> fields;
    fields.reserve(32);
    std::string scratch; // unescaped fields of the current record
    struct Fixup {
        std::size_t field, offset, length;
    };
    std::vector<Fixup> fixups;

    qint64 line = config.firstLine, records = 0;
    auto fail = [&](qint64 atLine, int column, const QString &message) {
        if (error) {
            error->message = message;
            error->line = atLine;
            error->column = column;
        }
    };
    auto tooLong = [&](std::size_t length) { return config.maxFieldBytes > 0 && qint64(length) > config.maxFieldBytes; };
    auto fieldTooLong = [&](qint64 atLine, int column) {
        fail(atLine, column, QStringLiteral("field longer than the limit of %1 bytes").arg(config.maxFieldBytes));
    };

    auto recordTooLong = [&](const Byte *recordStart, qint64 atLine) {
        if (config.maxRecordBytes <= 0 || p - recordStart <= config.maxRecordBytes)
            return false;
        fail(atLine, 1, QStringLiteral("a line longer than the limit of %1").arg(byteSizeText(config.maxRecordBytes)));
        warnings.finish();
        return true;
    };

    while (p < end) {
        const qint64 recordLine = line;
        const Byte *const recordStart = p;
        fields.clear();
        scratch.clear();
        fixups.clear();
        for (;;) { // one field
            const int column = int(fields.size()) + 1;
            if (config.maxColumns > 0 && column > config.maxColumns) {
                fail(line, column, QStringLiteral("more than the limit of %1 columns").arg(config.maxColumns));
                warnings.finish();
                return records;
            }
            if (recordTooLong(recordStart, recordLine))
                return records;
            const qint64 fieldLine = line;
            if (p < end && *p == quote) {
                const Byte *q = p + 1, *segment = q;
                bool inScratch = false;
                std::size_t scratchStart = 0;
                bool closed = false;
                for (;;) {
                    q = skipQuoted(q);
                    if (q == end)
                        break;
                    const Byte c = *q;
                    if (c == '\n') {
                        ++line;
                        ++q;
                    } else if (c == '\r') {
                        ++line;
                        ++q;
                        if (q < end && *q == '\n')
                            ++q;
                    } else if (q + 1 < end && q[1] == quote) { // a doubled quote: one quote
                        if (!inScratch) {
                            inScratch = true;
                            scratchStart = scratch.size();
                        }
                        scratch.append(reinterpret_cast<const char *>(segment), std::size_t(q + 1 - segment));
                        q += 2;
                        segment = q;
                        if (tooLong(scratch.size() - scratchStart)) {
                            fieldTooLong(fieldLine, column);
                            warnings.finish();
                            return records;
                        }
                    } else {
                        closed = true;
                        break;
                    }
                }
                const std::size_t tailLength = std::size_t(q - segment);
                const std::size_t length = (inScratch ? scratch.size() - scratchStart : 0) + tailLength;
                if (tooLong(length)) {
                    fieldTooLong(fieldLine, column);
                    warnings.finish();
                    return records;
                }
                if (inScratch)
                    scratch.append(reinterpret_cast<const char *>(segment), tailLength);
                if (!closed) {
                    warnings.add(CsvWarning::Kind::UnterminatedQuote, fieldLine, column,
                                 "the file ends inside a quoted field that starts here");
                    p = end;
                } else {
                    p = q + 1;
                    // Spaces and tabs after the closing quote are dropped before a delimiter or a
                    // line break; other text makes the field go on unquoted.
                    const Byte *t = p;
                    while (t < end && (*t == ' ' || *t == '\t') && *t != delimiter && *t != quote)
                        ++t;
                    if (!(t == end || *t == delimiter || *t == '\r' || *t == '\n')) {
                        warnings.add(CsvWarning::Kind::StrayQuote, fieldLine, column,
                                     "text after the closing quote of a field is kept");
                        if (!inScratch) {
                            inScratch = true;
                            scratchStart = scratch.size();
                            scratch.append(reinterpret_cast<const char *>(segment), tailLength);
                        }
                        bool stray = false;
                        const Byte *rest = scanUnquoted(p, &stray);
                        scratch.append(reinterpret_cast<const char *>(p), std::size_t(rest - p));
                        p = rest;
                        if (tooLong(scratch.size() - scratchStart)) {
                            fieldTooLong(fieldLine, column);
                            warnings.finish();
                            return records;
                        }
                    } else {
                        p = t;
                    }
                }
                if (inScratch) {
                    fixups.push_back({fields.size(), scratchStart, scratch.size() - scratchStart});
                    fields.emplace_back();
                } else {
                    fields.emplace_back(reinterpret_cast<const char *>(segment), tailLength);
                }
            } else {
                const Byte *start = p;
                p = skipOrdinary(p);
                if (p < end && *p == quote) {
                    bool stray = false;
                    p = scanUnquoted(p, &stray);
                    warnings.add(CsvWarning::Kind::StrayQuote, fieldLine, column, "a quote inside an unquoted field is kept");
                }
                if (tooLong(std::size_t(p - start))) {
                    fieldTooLong(fieldLine, column);
                    warnings.finish();
                    return records;
                }
                fields.emplace_back(reinterpret_cast<const char *>(start), std::size_t(p - start));
            }
            // p is at a delimiter, a line break or the end.
            if (p == end)
                break;
            if (*p == delimiter) {
                ++p;
                continue;
            }
            if (*p == '\r') {
                ++p;
                if (p < end && *p == '\n')
                    ++p;
            } else {
                ++p;
            }
            ++line;
            break;
        }
        if (recordTooLong(recordStart, recordLine))
            return records;
        for (const Fixup &f : fixups)
            fields[f.field] = std::string_view(scratch.data() + f.offset, f.length);
        ++records;
        if (!onRow(recordLine, fields))
            break;
        if (config.maxRecords > 0 && records >= config.maxRecords)
            break;
    }
    warnings.finish();
    return records;
}

bool validQuote(char c)
{
    return c != '\r' && c != '\n' && c != '\0' && static_cast<unsigned char>(c) < 0x80;
}

bool validDelimiter(char delimiter, char quote)
{
    return validQuote(delimiter) && delimiter != quote;
}

QString describeByte(char c)
{
    if (c == '\t')
        return QStringLiteral("tab");
    if (static_cast<unsigned char>(c) < 0x20 || static_cast<unsigned char>(c) >= 0x7F)
        return QStringLiteral("byte 0x%1").arg(static_cast<unsigned char>(c), 2, 16, QLatin1Char('0'));
    return QStringLiteral("'%1'").arg(QLatin1Char(c));
}

bool isBlankRow(const TextRows &rows, qsizetype r)
{
    return rows.cellCount(r) == 1 && rows.cell(r, 0).isEmpty();
}

} // namespace

qint64 scanCsvUtf8(std::string_view utf8, char delimiter, char quote, const CsvRowCallback &onRow,
                   QList<CsvWarning> *warnings, qint64 maxFieldBytes, int maxColumns, CsvScanError *error,
                   qint64 maxRecordBytes)
{
    if (error)
        *error = {};
    if (!validQuote(quote) || !validDelimiter(delimiter, quote)) {
        if (error)
            error->message = QStringLiteral("invalid delimiter %1 or quote %2").arg(describeByte(delimiter), describeByte(quote));
        return 0;
    }
    WarningSink sink(warnings);
    ScanConfig config;
    config.delimiter = delimiter;
    config.quote = quote;
    config.maxFieldBytes = maxFieldBytes;
    config.maxRecordBytes = maxRecordBytes;
    config.maxColumns = maxColumns;
    return scan(utf8, config, onRow, sink, error);
}

qint64 scanCsvUtf8(std::string_view utf8, char delimiter, char quote, const CsvRowCallback &onRow,
                   QList<CsvWarning> *warnings)
{
    return scanCsvUtf8(utf8, delimiter, quote, onRow, warnings, 0, 0, nullptr);
}

CsvParallelScan scanCsvUtf8Parallel(std::string_view utf8, char delimiter, char quote, int threads,
                                    const CsvPartRowCallback &onRow, QList<CsvWarning> *warnings)
{
    CsvParallelScan result;
    if (!validQuote(quote) || !validDelimiter(delimiter, quote))
        return result;
    constexpr std::size_t kMinPart = 1 << 20;
    const std::size_t size = utf8.size();
    const int wanted = int(std::max<std::size_t>(1, std::min<std::size_t>(std::size_t(std::max(threads, 1)), size / kMinPart)));

    const char *const data = utf8.data();
    // Line breaks (CRLF, LF, lone CR: one each) and quotes in [from, to).
    struct Counts {
        qint64 breaks = 0, quotes = 0;
    };
    // One pass: quotes, LFs, CRs, and CRs followed by an LF (16 bytes at a time with SSE2).
    // Set bits of a 16-bit mask, by table: baseline x86-64 has no POPCNT instruction, and the
    // library call that replaces it cost a tenth of a panel scan.
    static const auto byteBits = [] {
        std::array<unsigned char, 256> t{};
        for (int i = 0; i < 256; ++i)
            t[std::size_t(i)] = static_cast<unsigned char>((i & 1) + t[std::size_t(i >> 1)]);
        return t;
    }();
    auto bits16 = [](unsigned m) { return qint64(byteBits[m & 0xFF] + byteBits[(m >> 8) & 0xFF]); };
    auto count = [&](std::size_t from, std::size_t to) {
        Counts c;
        const char *p = data + from, *const e = data + to;
        qint64 lfs = 0, crs = 0, crlfs = 0;
#ifdef __SSE2__
        const __m128i q16 = _mm_set1_epi8(quote), lf16 = _mm_set1_epi8('\n'), cr16 = _mm_set1_epi8('\r');
        unsigned carry = 0; // a CR in the last byte of the previous block
        for (; e - p >= 16; p += 16) {
            const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p));
            const unsigned mq = unsigned(_mm_movemask_epi8(_mm_cmpeq_epi8(v, q16)));
            const unsigned ml = unsigned(_mm_movemask_epi8(_mm_cmpeq_epi8(v, lf16)));
            const unsigned mc = unsigned(_mm_movemask_epi8(_mm_cmpeq_epi8(v, cr16)));
            if (mq)
                c.quotes += bits16(mq);
            if (ml)
                lfs += bits16(ml);
            if (mc | carry) {
                crs += bits16(mc);
                crlfs += bits16(((mc << 1) | carry) & ml);
                carry = mc >> 15;
            }
        }
        if (carry && p < data + size && *p == '\n') // the LF may start the next chunk
            ++crlfs;
#endif
        for (; p < e; ++p) {
            c.quotes += *p == quote;
            lfs += *p == '\n';
            if (*p == '\r') {
                ++crs;
                crlfs += p + 1 < data + size && p[1] == '\n';
            }
        }
        c.breaks = lfs + crs - crlfs;
        return c;
    };

    // 1. Nominal chunks, counted concurrently.
    std::vector<std::size_t> nominal(std::size_t(wanted) + 1);
    for (int k = 0; k <= wanted; ++k)
        nominal[std::size_t(k)] = size * std::size_t(k) / std::size_t(wanted);
    std::vector<Counts> chunk(static_cast<std::size_t>(wanted));
    {
        std::vector<std::thread> pool;
        for (int k = 1; k < wanted; ++k)
            pool.emplace_back([&, k] { chunk[std::size_t(k)] = count(nominal[std::size_t(k)], nominal[std::size_t(k) + 1]); });
        chunk[0] = count(nominal[0], nominal[1]);
        for (std::thread &t : pool)
            t.join();
    }

    // 2. Part boundaries: the first line break after each nominal start that is outside quotes
    //    by parity. Parts that would be empty merge with the previous one.
    struct Part {
        std::size_t begin, end;
        qint64 firstLine;
    };
    std::vector<Part> parts{{0, size, 1}};
    qint64 quotesBefore = 0, breaksBefore = 0;
    for (int k = 1; k < wanted; ++k) {
        quotesBefore += chunk[std::size_t(k) - 1].quotes;
        breaksBefore += chunk[std::size_t(k) - 1].breaks;
        // Counted as in count(): an LF always, a CR when no LF follows (so the LF of a CRLF
        // whose CR ends the previous chunk is the break).
        std::size_t i = nominal[std::size_t(k)];
        qint64 quotes = quotesBefore, breaks = breaksBefore;
        bool found = false;
        for (; i < nominal[std::size_t(k) + 1]; ++i) {
            const char c = data[i];
            if (c == quote) {
                ++quotes;
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < size && data[i + 1] == '\n')
                    ++i;
                ++breaks;
                if (quotes % 2 == 0) {
                    found = true;
                    ++i;
                    break;
                }
            }
        }
        if (!found || i >= size || i <= parts.back().begin)
            continue;
        parts.back().end = i;
        parts.push_back({i, size, breaks + 1});
    }
    result.parts = int(parts.size());

    // 3. Scan the parts concurrently.
    std::atomic<bool> stop{false};
    std::vector<qint64> records(parts.size(), 0);
    std::vector<QList<CsvWarning>> partWarnings(parts.size());
    auto run = [&](std::size_t k) {
        WarningSink sink(&partWarnings[k]);
        ScanConfig config;
        config.delimiter = delimiter;
        config.quote = quote;
        config.firstLine = parts[k].firstLine;
        config.skipBom = k == 0;
        const int part = int(k);
        records[k] = scan(utf8.substr(parts[k].begin, parts[k].end - parts[k].begin), config,
                          [&](qint64 line, const std::vector<std::string_view> &fields) {
                              if (stop.load(std::memory_order_relaxed))
                                  return false;
                              if (!onRow(part, line, fields)) {
                                  stop.store(true, std::memory_order_relaxed);
                                  return false;
                              }
                              return true;
                          },
                          sink, nullptr);
    };
    {
        std::vector<std::thread> pool;
        for (std::size_t k = 1; k < parts.size(); ++k)
            pool.emplace_back(run, k);
        run(0);
        for (std::thread &t : pool)
            t.join();
    }
    for (std::size_t k = 0; k < parts.size(); ++k) {
        result.records += records[k];
        for (const CsvWarning &w : std::as_const(partWarnings[k])) {
            if (parts.size() > 1 && (w.kind == CsvWarning::Kind::StrayQuote || w.kind == CsvWarning::Kind::UnterminatedQuote))
                result.consistent = false;
            if (warnings)
                warnings->append(w);
        }
    }
    return result;
}

char detectDelimiter(std::string_view utf8Head, char quote)
{
    // Candidates in order of preference when everything else is equal.
    static constexpr char candidates[] = {'\t', ',', ';', '|'}; // tab first: Eurostat keys hold commas
    constexpr int kLines = 50;
    char best = ',';
    qint64 bestAgreeing = 0;
    int bestFields = 1;
    for (char candidate : candidates) {
        if (!validDelimiter(candidate, quote))
            continue;
        QHash<int, int> frequency; // field count -> records with that count
        WarningSink none(nullptr);
        ScanConfig config;
        config.delimiter = candidate;
        config.quote = quote;
        config.maxRecords = kLines;
        scan(utf8Head, config,
             [&](qint64, const std::vector<std::string_view> &fields) {
                 if (!(fields.size() == 1 && fields.front().empty())) // blank lines say nothing
                     ++frequency[int(fields.size())];
                 return true;
             },
             none, nullptr);
        // The most common field count, and how many records have it (ties: more fields).
        int fields = 1;
        qint64 agreeing = 0;
        for (auto it = frequency.cbegin(); it != frequency.cend(); ++it) {
            if (it.value() > agreeing || (it.value() == agreeing && it.key() > fields)) {
                agreeing = it.value();
                fields = it.key();
            }
        }
        if (fields <= 1)
            continue; // this delimiter splits nothing
        if (agreeing > bestAgreeing || (agreeing == bestAgreeing && fields > bestFields)) {
            best = candidate;
            bestAgreeing = agreeing;
            bestFields = fields;
        }
    }
    return best;
}

CsvResult readCsv(const QByteArray &bytes, const CsvOptions &options)
{
    CsvResult result;
    auto failWith = [&](const QString &message, qint64 line, int column) {
        result.table = {};
        result.error = message;
        result.errorLine = line;
        result.errorColumn = column;
        return result;
    };
    if (!validQuote(options.quote))
        return failWith(QStringLiteral("invalid quote character %1").arg(describeByte(options.quote)), 0, 0);
    if (options.delimiter && !validDelimiter(*options.delimiter, options.quote))
        return failWith(QStringLiteral("invalid delimiter %1").arg(describeByte(*options.delimiter)), 0, 0);

    // 1. Encoding: to UTF-8 text (the bytes themselves when they are valid UTF-8).
    const auto *b = reinterpret_cast<const unsigned char *>(bytes.constData());
    TextEncoding encoding;
    if (options.encoding) {
        encoding = *options.encoding;
        // With UTF-16, a byte-order mark in the file decides the byte order.
        if ((encoding == TextEncoding::Utf16Le || encoding == TextEncoding::Utf16Be) && bytes.size() >= 2) {
            if (b[0] == 0xFF && b[1] == 0xFE)
                encoding = TextEncoding::Utf16Le;
            else if (b[0] == 0xFE && b[1] == 0xFF)
                encoding = TextEncoding::Utf16Be;
        }
    } else {
        const DetectedEncoding detected = detectEncoding(bytes);
        encoding = detected.encoding;
        result.encodingDetected = true;
        // The sample (1 MiB) said UTF-8 without a byte-order mark, but the whole file is not:
        // decide again on all of it (GBK or Latin-1 text may start after a long ASCII part).
        if (encoding == TextEncoding::Utf8 && detected.bomLength == 0
            && !QUtf8StringView(bytes.constData(), bytes.size()).isValidUtf8())
            encoding = detectEncoding(bytes, bytes.size()).encoding;
    }
    result.encoding = encoding;

    QByteArray converted;
    std::string_view text(bytes.constData(), std::size_t(bytes.size()));
    qsizetype invalidCharacters = 0;
    bool needsDecoding = encoding != TextEncoding::Utf8;
    if (!needsDecoding) {
        // Valid UTF-8 is scanned in place; anything else goes through the decoder, which
        // replaces the bad bytes.
        needsDecoding = !QUtf8StringView(bytes.constData(), bytes.size()).isValidUtf8();
    }
    if (needsDecoding) {
        converted = decodeText(bytes, encoding, &invalidCharacters).toUtf8();
        text = std::string_view(converted.constData(), std::size_t(converted.size()));
    }

    if (qint64(text.size()) > TextRows::kMaxText) // (a table's text is at most 4 Gi characters, never more than the bytes)
        return failWith(QStringLiteral("more than %1 bytes of text, the most a table read whole holds").arg(TextRows::kMaxText), 0, 0);

    // 2. Delimiter: from the first lines (up to 64 KiB, cut at a line break).
    if (options.delimiter) {
        result.delimiter = *options.delimiter;
    } else {
        std::string_view head = text.substr(0, 64 * 1024);
        if (head.size() < text.size()) {
            const std::size_t lastBreak = head.find_last_of("\r\n");
            if (lastBreak != std::string_view::npos && lastBreak > 0)
                head = head.substr(0, lastBreak + 1);
        }
        result.delimiter = detectDelimiter(head, options.quote);
        result.delimiterDetected = true;
    }

    // 3. Split.
    CsvScanError scanError;
    TextTable &table = result.table;
    WarningSink sink(&result.warnings);
    ScanConfig config;
    config.delimiter = result.delimiter;
    config.quote = options.quote;
    config.maxFieldBytes = options.maxFieldBytes;
    config.maxRecordBytes = options.maxRecordBytes;
    config.maxColumns = options.maxColumns;
    qint64 cells = 0;
    // The table's size, estimated from the lines of the file and the fields per line of its
    // first 64 KiB, so that its index is allocated once.
    {
        const std::string_view sample = text.substr(0, 64 * 1024);
        const qint64 sampleLines = std::max<qint64>(1, std::count(sample.begin(), sample.end(), '\n'));
        const qint64 sampleFields = sampleLines + std::count(sample.begin(), sample.end(), result.delimiter);
        const qint64 lines = std::count(text.begin(), text.end(), '\n') + 1;
        qint64 estimate = lines * sampleFields / sampleLines + lines / 64;
        qint64 rows = lines;
        if (options.maxCells > 0) { // past it the read stops: no room beyond it
            estimate = std::min(estimate, options.maxCells);
            rows = std::min(rows, options.maxCells);
        }
        table.rows.reserve(qsizetype(estimate), qsizetype(rows));
        table.lines.reserve(qsizetype(rows));
        // The cells' text never takes more UTF-16 units than the file has bytes: room for it once
        // (only address space until written; a panel's repeated cells leave much of it untouched).
        table.rows.reserveText(qsizetype(text.size()));
    }
    // A column's text repeating the row above's (a panel's region, indicator, period and unit,
    // a million times) shares its text instead of holding a copy.
    std::vector<std::string> aboveBytes;
    std::vector<qsizetype> aboveCell; // -1: none yet
    // A mapped file's pages already read go back as the scan moves on (the file itself, never
    // bytes decoded into memory).
    const bool releaseRead = options.fileMapped && !needsDecoding;
    std::size_t released = 0;
    qint64 rowsRead = 0, rowsStored = 0;
    constexpr qint64 kRunRestart = 32768;
    scan(text, config,
         [&](qint64 line, const std::vector<std::string_view> &fields) {
             if (releaseRead && ++rowsRead % 65536 == 0 && !fields.empty() && fields[0].data() >= text.data()
                 && fields[0].data() < text.data() + text.size()) {
                 const std::size_t at = std::size_t(fields[0].data() - text.data());
                 releasePages(text.data() + released, at - released);
                 // (from the page holding `at`: the whole pages before it are given back)
                 const std::uintptr_t end = reinterpret_cast<std::uintptr_t>(text.data()) + at;
                 released = at - std::size_t(end % pageSize());
             }
             cells += qint64(fields.size());
             if (options.maxCells > 0 && cells > options.maxCells) {
                 scanError = {QStringLiteral("more than %1 cells (the limit for a table read whole)").arg(options.maxCells), line, 1};
                 return false;
             }
             if (aboveCell.size() < fields.size()) {
                 aboveCell.resize(fields.size(), -1);
                 aboveBytes.resize(fields.size());
             }
             // (a run is stored again every kRunRestart rows: a column saying the same all
             // the way down must not keep the whole table's text from being given back as the
             // rows are imported, TextRows::releaseRows)
             const bool restart = ++rowsStored % kRunRestart == 0;
             for (size_t c = 0; c < fields.size(); ++c) {
                 const std::string_view f = fields[c];
                 if (aboveCell[c] >= 0 && f == aboveBytes[c] && !restart) {
                     table.rows.addCellLike(aboveCell[c]);
                     continue;
                 }
                 aboveBytes[c].assign(f);
                 aboveCell[c] = table.rows.addCellUtf8(f.data(), qsizetype(f.size()));
             }
             table.rows.endRow();
             table.lines.append(line);
             return true;
         },
         sink, &scanError);
    if (!scanError.message.isEmpty())
        return failWith(scanError.message, scanError.line, scanError.column);

    // 4. Bytes the encoding could not decode: where the first replacement character is.
    if (invalidCharacters > 0) {
        qint64 line = 0;
        int column = 0;
        for (qsizetype r = 0; r < table.rows.size() && line == 0; ++r) {
            for (int c = 0; c < table.rows.cellCount(r); ++c) {
                if (table.rows.cell(r, c).contains(QChar::ReplacementCharacter)) {
                    line = table.lines[r];
                    column = int(c) + 1;
                    break;
                }
            }
        }
        result.warnings.append(CsvWarning{CsvWarning::Kind::InvalidEncoding, line, column,
                                          QStringLiteral("%1 byte sequence(s) not valid in %2 were replaced by U+FFFD")
                                              .arg(invalidCharacters)
                                              .arg(textEncodingName(encoding))});
    }

    // 5. Ragged rows: rows whose field count differs from the most common one (ties: the
    //    earliest). Blank lines are not ragged.
    if (!table.rows.isEmpty()) {
        QHash<qsizetype, qsizetype> frequency;
        const TextRows &rows = table.rows;
        for (qsizetype r = 0; r < rows.size(); ++r) {
            if (!isBlankRow(rows, r))
                ++frequency[rows.cellCount(r)];
        }
        qsizetype expected = -1, best = 0;
        for (qsizetype r = 0; r < rows.size(); ++r) {
            if (isBlankRow(rows, r))
                continue;
            const qsizetype f = frequency.value(rows.cellCount(r));
            if (f > best) {
                best = f;
                expected = rows.cellCount(r);
            }
        }
        WarningSink ragged(&result.warnings);
        for (qsizetype r = 0; r < rows.size(); ++r) {
            const qsizetype n = rows.cellCount(r);
            if (expected < 0 || isBlankRow(rows, r) || n == expected)
                continue;
            const int column = int(std::min(n, expected)) + 1;
            const QByteArray message = QStringLiteral("row has %1 fields, most rows have %2").arg(n).arg(expected).toUtf8();
            ragged.add(CsvWarning::Kind::RaggedRow, table.lines[r], column, message.constData());
        }
        ragged.finish();
    }
    std::stable_sort(result.warnings.begin(), result.warnings.end(),
                     [](const CsvWarning &a, const CsvWarning &b) { return a.line < b.line; });
    return result;
}

} // namespace cs
