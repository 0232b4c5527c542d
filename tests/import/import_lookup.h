// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Importing bytes as --import and the import dialog do (readDataBytes, then importTable), and
// finding an imported value by the names the file gives its indicator and subject.
#include "import/data_file.h"
#include "import/table_import.h"

#include <gtest/gtest.h>
#include <optional>

namespace cs::test {

struct Imported {
    DataFileResult file;
    TableImportResult import;
};

inline Imported importBytes(const QByteArray &bytes, const char *name = "data")
{
    Imported r;
    r.file = readDataBytes(bytes);
    if (!r.file.ok())
        return r;
    TableImportOptions options;
    options.fileName = QString::fromUtf8(name);
    r.import = importTable(r.file.table, options);
    return r;
}

// The value of the indicator named `indicator` for the subject named `subject` (any subject when
// empty) at `period`, or nothing.
inline std::optional<Observation> valueAt(const Imported &r, const QString &indicator, const QString &subject, const QString &period)
{
    for (const Observation &o : r.import.workspace.observations) {
        if (o.indicator != importedId(indicator) || o.period != Period::parse(period))
            continue;
        if (!subject.isEmpty() && o.subject != importedId(subject))
            continue;
        return o;
    }
    return std::nullopt;
}

inline void expectValue(const Imported &r, const char *indicator, const char *subject, const char *period, double value,
                        const char *note = "")
{
    const std::optional<Observation> o = valueAt(r, QString::fromUtf8(indicator), QString::fromUtf8(subject), QString::fromUtf8(period));
    ASSERT_TRUE(o.has_value()) << indicator << " @ " << subject << " " << period << " was not imported";
    EXPECT_DOUBLE_EQ(o->value, value) << indicator << " @ " << subject << " " << period;
    EXPECT_EQ(o->note.toStdString(), note) << indicator << " @ " << subject << " " << period;
}

} // namespace cs::test
