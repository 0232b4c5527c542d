// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/workspace.h"

#include <QCoreApplication>
#include <functional>
#include <optional>

namespace cs {

// The fields of a value to add, as the user types them.
struct NewValueFields {
    NewValueFields() = default;
    NewValueFields(QString indicator, QString period, QString value, QString source, QString quote)
        : indicator(std::move(indicator)), period(std::move(period)), value(std::move(value)), source(std::move(source)),
          quote(std::move(quote))
    {
    }

    QString indicator;
    QString period; // as typed (parsePeriodField); empty for none
    QString value;  // a number, optionally after a qualifier (parseValueField)
    QString source; // source id; empty when newSource is given
    QString quote;
    // Created with the value, in the same undoable step: its source, its indicator (whose id is
    // `indicator`) and the indicator's subject.
    std::optional<Source> newSource;
    std::optional<Indicator> newIndicator;
    std::optional<Subject> newSubject;
};

// The one place the forms parse a typed period and a typed value; an invalid Period or false
// with *error (the reason) when the text does not parse. An empty period is "no period".
// Periods are read as canonical text or as the app shows them, in either language
// (2023年前三季度, 2023 Q1–Q3, 2023年9月, Q3 2023: Period::parseInput). Values are read as typed or
// shown (超过270, 6000+, ≈9150, > 270亿元: parseTypedValue); a unit after the number must be the
// indicator's (`unitId`).
Period parsePeriodField(const QString &text, QString *error);
bool parseValueField(const QString &text, const QString &unitId, double *value, Qualifier *qualifier, QString *error);

// The value the fields describe, with a new unique id: false and *error when a field does not
// parse or names nothing in the workspace (the workspace's rules are checked by the Document).
bool observationFromFields(const Workspace &ws, const NewValueFields &fields, Observation *out, QString *error);

// A lower-case id made of a–z, 0–9 and "-" from any text ("My chart!" → "my-chart"); empty when
// the text has none of those characters.
QString idSlug(const QString &text);
// `wanted` slugged (or `fallback` when the slug is empty) and made unique with "-2", "-3"...
// against `taken`.
QString uniqueId(const QString &wanted, const QString &fallback, const std::function<bool(const QString &)> &taken);

} // namespace cs
