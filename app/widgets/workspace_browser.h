// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/localized_text.h"
#include "model/workspace.h"
#include "widgets/indicator_values.h"

#include <QHash>
#include <QWidget>

class QLineEdit;
class QSortFilterProxyModel;
class QStandardItem;
class QStandardItemModel;
class QTreeView;

namespace cs {

// The left pane: the workspace's own taxonomy (none when it has none), the subjects and the
// indicators (with their latest values), filtered by Chinese or English name. An edit of values
// changes only the rows it touches; the tree is built again only for another workspace, another
// language or another catalogue.
class WorkspaceBrowser : public QWidget
{
    Q_OBJECT
public:
    enum class ItemKind { Group, TaxonomyNode, Subject, Indicator };
    static constexpr int KindRole = Qt::UserRole + 1;
    static constexpr int IdRole = Qt::UserRole + 2;
    static constexpr int SearchRole = Qt::UserRole + 3;

    explicit WorkspaceBrowser(QWidget *parent = nullptr);

    // Builds the tree (another workspace, another language).
    void setWorkspace(const Workspace *ws, Lang lang);
    // After each edit, undo or redo of that workspace (every Document::changed). When its
    // catalogue (sources, subjects, taxonomy, indicators) changed, builds the tree again and
    // returns true. Otherwise updates the latest value of each indicator whose values changed and
    // the value counts of the taxonomy, and leaves every other row as it was.
    bool workspaceChanged();
    void setFilterText(const QString &text);
    QTreeView *view() const { return m_view; }
    QStandardItemModel *model() const { return m_model; }
    int visibleRowCount() const; // rows left by the filter, at every depth

signals:
    void indicatorChosen(const QString &id);
    void taxonomyNodeChosen(const QString &id);
    void subjectChosen(const QString &id);
    // Several subjects selected together (Ctrl+click): to compare them on one chart.
    void subjectsChosen(const QStringList &ids);

protected:
    void changeEvent(QEvent *event) override;

private:
    // What the tree was built from, besides the values: shared copies, so comparing them with the
    // workspace costs nothing while they are untouched.
    struct Catalogue {
        QList<Source> sources; // their confidence decides which of two values is shown
        QList<Subject> subjects;
        Taxonomy taxonomy;
        QList<Indicator> indicators;
        bool operator==(const Catalogue &o) const
        {
            return sources == o.sources && subjects == o.subjects && taxonomy == o.taxonomy && indicators == o.indicators;
        }
    };
    static Catalogue catalogueOf(const Workspace &ws);

    void rebuild();
    void retranslate();
    void activate(const QModelIndex &proxyIndex);
    QStringList selectedSubjects() const; // in the order shown
    void showLatestValue(QStandardItem *cell, const Indicator &indicator, const std::optional<Observation> &latest) const;
    void showValueCounts(); // on the taxonomy's rows

    const Workspace *m_ws = nullptr;
    Catalogue m_catalogue;
    IndicatorValues m_values;                           // as last shown
    QHash<QString, QStandardItem *> m_latestItems;      // indicator id → its "latest value" cell
    QHash<QString, QStandardItem *> m_countItems;       // taxonomy node id → its "N values" cell
    Lang m_lang = Lang::Zh;
    QLineEdit *m_filter;
    QTreeView *m_view;
    QStandardItemModel *m_model;
    QSortFilterProxyModel *m_proxy;
};

} // namespace cs
