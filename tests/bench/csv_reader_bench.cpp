// SPDX-License-Identifier: GPL-3.0-or-later
// CSV reader throughput on a user's panel: 1,000,000 rows of region,indicator,period,value,unit
// (about 37 MB), generated in memory, deterministically.
//
//   cmake --build build --target csv_reader_bench && ./build/tests/bench/csv_reader_bench
//
// bytes_per_second is the input size over the time per iteration (MB/s as 10^6 bytes).
#include "import/csv_reader.h"
#include "import/text_encoding.h"

#include <benchmark/benchmark.h>

#include <QByteArray>

#include <cstdint>
#include <cstdio>
#include <string>
#include <thread>

namespace {

// The panel: region,indicator,period,value,unit, e.g. city007,ind03,2021Q3,1234.56,亿元.
const QByteArray &panel()
{
    static const QByteArray bytes = [] {
        const char *units[] = {"亿元", "万人", "%", "家", "万元"};
        std::uint64_t state = 20240501; // fixed seed: the same bytes every run
        auto next = [&state] {
            state = state * 6364136223846793005ULL + 1442695040888963407ULL;
            return std::uint32_t(state >> 33);
        };
        std::string out = "region,indicator,period,value,unit\n";
        out.reserve(40 * 1000000 + 64);
        char line[96];
        for (int i = 0; i < 1000000; ++i) {
            const int region = i / 10000;          // 100 regions
            const int indicator = (i / 40) % 250;  // 250 indicators
            const int year = 2013 + (i % 40) / 4;  // 10 years of quarters
            const int quarter = i % 4 + 1;
            const std::uint32_t cents = next() % 100000000; // up to 999999.99
            const int n = std::snprintf(line, sizeof line, "city%03d,ind%02d,%dQ%d,%u.%02u,%s\n", region,
                                        indicator % 100, year, quarter, cents / 100, cents % 100, units[next() % 5]);
            out.append(line, std::size_t(n));
        }
        return QByteArray(out.data(), qsizetype(out.size()));
    }();
    return bytes;
}

std::string_view panelView()
{
    return std::string_view(panel().constData(), std::size_t(panel().size()));
}

void ScanCsvUtf8Panel(benchmark::State &state)
{
    const std::string_view input = panelView();
    for (auto _ : state) {
        std::size_t bytes = 0, fields = 0;
        const qint64 records = cs::scanCsvUtf8(input, ',', '"', [&](qint64, const std::vector<std::string_view> &row) {
            fields += row.size();
            for (std::string_view f : row)
                bytes += f.size();
            return true;
        });
        benchmark::DoNotOptimize(records);
        benchmark::DoNotOptimize(bytes);
        if (records != 1000001 || fields != 5000005)
            state.SkipWithError("wrong number of records or fields");
    }
    state.SetBytesProcessed(std::int64_t(state.iterations()) * std::int64_t(input.size()));
    state.counters["MB"] = double(input.size()) / 1e6;
}
BENCHMARK(ScanCsvUtf8Panel)->Unit(benchmark::kMillisecond)->MinTime(2.0);

// Split at record boundaries and scan the parts concurrently, one per hardware thread.
void ScanCsvUtf8PanelParallel(benchmark::State &state)
{
    const std::string_view input = panelView();
    const int threads = int(std::max(1u, std::thread::hardware_concurrency()));
    struct alignas(64) PartCount { // one cache line per part: no false sharing between threads
        std::size_t fields = 0;
    };
    for (auto _ : state) {
        std::vector<PartCount> fields(static_cast<std::size_t>(threads));
        const cs::CsvParallelScan scan = cs::scanCsvUtf8Parallel(
            input, ',', '"', threads, [&](int part, qint64, const std::vector<std::string_view> &row) {
                fields[std::size_t(part)].fields += row.size();
                return true;
            });
        std::size_t total = 0;
        for (const PartCount &f : fields)
            total += f.fields;
        benchmark::DoNotOptimize(total);
        if (scan.records != 1000001 || total != 5000005)
            state.SkipWithError("wrong number of records or fields");
        state.counters["parts"] = scan.parts;
    }
    state.SetBytesProcessed(std::int64_t(state.iterations()) * std::int64_t(input.size()));
    state.counters["threads"] = threads;
}
BENCHMARK(ScanCsvUtf8PanelParallel)->Unit(benchmark::kMillisecond)->MinTime(2.0)->UseRealTime();

// The whole of readCsv: encoding and delimiter detection, UTF-8 check, a QString per field.
void ReadCsvPanel(benchmark::State &state)
{
    const QByteArray &input = panel();
    for (auto _ : state) {
        const cs::CsvResult result = cs::readCsv(input);
        if (!result.ok() || result.table.rows.size() != 1000001 || result.delimiter != ',')
            state.SkipWithError("unexpected result");
        benchmark::DoNotOptimize(result.table.rows.size());
    }
    state.SetBytesProcessed(std::int64_t(state.iterations()) * std::int64_t(input.size()));
}
BENCHMARK(ReadCsvPanel)->Unit(benchmark::kMillisecond)->MinTime(2.0);

// Encoding detection looks at the first MiB.
void DetectEncodingPanel(benchmark::State &state)
{
    const QByteArray &input = panel();
    for (auto _ : state)
        benchmark::DoNotOptimize(cs::detectEncoding(input).encoding);
    state.SetBytesProcessed(std::int64_t(state.iterations()) * std::min<std::int64_t>(input.size(), 1 << 20));
}
BENCHMARK(DetectEncodingPanel)->Unit(benchmark::kMicrosecond);

} // namespace

BENCHMARK_MAIN();
