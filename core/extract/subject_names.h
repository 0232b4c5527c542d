// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringView>

namespace cs {
struct Workspace;
}

namespace cs::extract {

// Finds who a figure is about in a clause: the workspace's subjects by name, China's provinces
// and large cities, and names that end like an organisation or a place (…公司, …集团, …科学城).
class SubjectNames
{
public:
    explicit SubjectNames(const Workspace *workspace);

    struct Match {
        qsizetype start = -1; // in the text searched; -1 when none
        qsizetype end = -1;
        QString name;         // as written
        QString subjectId;    // the workspace subject it names, or empty
    };
    // The first subject named in `text`.
    Match first(QStringView text) const;
    // The workspace subject a name stands for (深圳 for 深圳市), or empty.
    QString idFor(const QString &name) const;

private:
    Match firstFrom(QStringView text, qsizetype from) const;

    struct Name {
        QString text;
        QString subjectId;
    };
    QList<Name> m_names; // longest first
};

} // namespace cs::extract
