// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/text_location.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace cs {

// What is wrong, as a code with arguments (ids, numbers, paths: data, not words), so that the
// window can word it for people in its own language; `Problem::message` is the same in English
// developer form, for the command line. The arguments of each code are listed after it.
enum class ProblemCode {
    // The file as a whole.
    CannotRead,          // reason (from the system, English)
    FileTooLarge,        // size in bytes, limit in bytes
    JsonRefused,         // reason (English): nesting, length or count beyond the limits
    InvalidJson,         // reason (English), "truncated" when the file ends too early
    NotAWorkspace,       //
    WrongFormat,         // the format name expected
    BadVersion,          //
    NewerVersion,        // the file's version, the newest this build reads
    MoreProblems,        // how many more
    // Reading the workspace's JSON.
    UnknownKey,          // key
    MissingKey,          // key
    WrongType,           // expected ("string", "number", "boolean", "array", "object", "text"), found (a JSON type id)
    EmptyValue,          //
    NeedsText,           //
    NotOneOf,            // value, the accepted values (comma-separated)
    UnknownUnit,         // unit
    MalformedPeriod,     // text, reason (English)
    // The workspace's rules.
    DuplicateId,         // kind ("source", "subject", "indicator", "observation", "chart"), id, path first used
    DuplicateTaxonomyId, // id
    BadSourceDate,       // date
    UnknownReference,    // kind ("source", "subject", "indicator", "observation"), id
    SubjectContainsItself, //
    NotATaxonomyNode,    // id
    UnitDoesNotFit,      // measure id, unit id
    PartOfItself,        //
    PartUnitDiffers,     // unit of the part, unit of the total
    PartMeasureDiffers,  // measure of the part, measure of the total
    RatesAreNotParts,    // measure id
    GrowthOfNonGrowth,   // measure id
    GrowthOfGrowth,      // indicator id
    DerivedWithoutInputs, //
    SameFigureTwice,     // source, indicator, period (canonical), path of the first
    ShareOutOfRange,     // value
    NegativeValue,       // measure id, value
    FallBeyondAll,       // value (a growth below -100%)
    ChartNeedsSeries,    //
    ChartNeedsPeriod,    // chart kind id
    BreakdownNeedsTotal, //
    BreakdownNeedsIndicators, //
    PartsExceedTotal,    // indicator, period (canonical), sum, total, excess
    PanelValueWithoutSubject, // indicator: a panel (no subject of its own) whose value names none
    SubjectNotTheIndicators,  // the value's subject, the indicator's subject
};
inline constexpr int kProblemCodeCount = int(ProblemCode::SubjectNotTheIndicators) + 1;

// One thing wrong with a workspace: where (a JSON path, and a line and column once the file's
// text is known) and what, in words a user can act on.
struct Problem {
    QString path; // "observations[12].period"; empty for the whole file
    QString message; // English
    TextLocation location;
    ProblemCode code = ProblemCode::CannotRead;
    QStringList args;

    // "FILE:LINE:COLUMN: PATH: MESSAGE", or without the location when it is not known.
    QString format(const QString &fileName) const
    {
        QString out = fileName;
        if (location.isValid())
            out += QStringLiteral(":%1:%2").arg(location.line).arg(location.column);
        out += QStringLiteral(": ");
        if (!path.isEmpty())
            out += path + QStringLiteral(": ");
        return out + message;
    }
};

using Problems = QList<Problem>;

} // namespace cs
