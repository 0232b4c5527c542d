// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Reading rows of a .clusterscope database with checks: the pieces of workspace_sqlite_read.cpp
// that know nothing of the workspace's tables. Internal to core/persist.

#include "model/period.h"
#include "persist/sqlite_db.h"

#include <QString>

#include <cmath>
#include <optional>

namespace cs::sqlite {

// What stops a read: the file is damaged or holds values no workspace has. One message.
struct Damaged {
    QString message;
};

[[noreturn]] inline void damaged(const QString &message) { throw Damaged{message}; }

// One row of a table being read, with checked getters: a value of the wrong type, or NULL
// where one is required, stops the read with "TABLE row KEY: COLUMN …".
class Row
{
public:
    Row(Statement &s, const char *table) : m_s(s), m_table(table) {}

    bool next()
    {
        if (!m_s.step()) {
            if (m_s.failed())
                throw Damaged{QStringLiteral("table %1: %2").arg(QLatin1String(m_table), m_s.error())};
            return false;
        }
        m_key = m_s.integer(0);
        return true;
    }
    qint64 key() const { return m_key; }

    [[noreturn]] void fail(const char *column, const QString &what) const
    {
        damaged(QStringLiteral("%1 row %2: %3 %4").arg(QLatin1String(m_table)).arg(m_key).arg(QLatin1String(column), what));
    }
    QString text(int col, const char *name, bool required) const
    {
        if (m_s.isNull(col)) {
            if (required)
                fail(name, QStringLiteral("is NULL"));
            return QString();
        }
        if (!m_s.isText(col))
            fail(name, QStringLiteral("is not text"));
        return m_s.text(col);
    }
    LocalizedText localized(int zhCol, const char *zh, const char *en) const
    {
        return {text(zhCol, zh, false), text(zhCol + 1, en, false)};
    }
    template <class FromId>
    auto choice(int col, const char *name, FromId fromId) const
    {
        const QString id = text(col, name, true);
        const auto value = fromId(id);
        if (!value)
            fail(name, QStringLiteral("'%1' is not a known value").arg(id));
        return *value;
    }
    std::optional<qint64> integer(int col, const char *name) const
    {
        if (m_s.isNull(col))
            return std::nullopt;
        if (!m_s.isInteger(col))
            fail(name, QStringLiteral("is not an integer"));
        return m_s.integer(col);
    }
    // A reference: the key in `keyCol`, the referenced row's id (joined) in `keyCol + 1`, and the
    // unresolved id in `keyCol + 2`.
    QString reference(int keyCol, const char *name, bool optional) const
    {
        if (const std::optional<qint64> key = integer(keyCol, name)) {
            if (!m_s.isNull(keyCol + 2))
                fail(name, QStringLiteral("has both a key and an unresolved id"));
            if (m_s.isNull(keyCol + 1))
                fail(name, QStringLiteral("refers to key %1, which is not in the file").arg(*key));
            return text(keyCol + 1, name, true);
        }
        return text(keyCol + 2, name, !optional);
    }
    // A reference without a join: the key in `keyCol`, looked up in `ids` (key → id), and the
    // unresolved id in `keyCol + 1`. For a million rows, a hash lookup instead of a join each.
    QString reference(int keyCol, const char *name, bool optional, const QHash<qint64, QString> &ids) const
    {
        if (const std::optional<qint64> key = integer(keyCol, name)) {
            if (!m_s.isNull(keyCol + 1))
                fail(name, QStringLiteral("has both a key and an unresolved id"));
            const auto it = ids.constFind(*key);
            if (it == ids.constEnd())
                fail(name, QStringLiteral("refers to key %1, which is not in the file").arg(*key));
            return it.value();
        }
        return text(keyCol + 1, name, !optional);
    }
    double number(int col, const char *name) const
    {
        if (m_s.isNull(col))
            fail(name, QStringLiteral("is NULL"));
        if (!m_s.isNumber(col))
            fail(name, QStringLiteral("is not a number"));
        const double v = m_s.real(col);
        if (!std::isfinite(v))
            fail(name, QStringLiteral("is not a finite number"));
        return v;
    }
    Statement &statement() const { return m_s; }

private:
    Statement &m_s;
    const char *m_table;
    qint64 m_key = 0;
};

// `s` when it was prepared; otherwise the table or one of its columns is missing: Damaged.
Statement &prepared(Statement &s, const char *table);

// The four period columns from `col` (period_step, period_kind, period_first, period_last): all
// NULL for no period; otherwise they must be the bounds of whole steps within one year.
Period readPeriod(const Row &row, int col);

} // namespace cs::sqlite
