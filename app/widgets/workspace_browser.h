// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/localized_text.h"
#include "model/workspace.h"

#include <QWidget>

class QLineEdit;
class QSortFilterProxyModel;
class QStandardItemModel;
class QTreeView;

namespace cs {

// The left pane: the workspace's own taxonomy (none when it has none), the subjects and the
// indicators (with their latest values), filtered by Chinese or English name.
class WorkspaceBrowser : public QWidget
{
    Q_OBJECT
public:
    enum class ItemKind { Group, TaxonomyNode, Subject, Indicator };
    static constexpr int KindRole = Qt::UserRole + 1;
    static constexpr int IdRole = Qt::UserRole + 2;
    static constexpr int SearchRole = Qt::UserRole + 3;

    explicit WorkspaceBrowser(QWidget *parent = nullptr);

    void setWorkspace(const Workspace *ws, Lang lang);
    void setFilterText(const QString &text);
    QTreeView *view() const { return m_view; }
    QStandardItemModel *model() const { return m_model; }
    int visibleRowCount() const; // rows left by the filter, at every depth

signals:
    void indicatorChosen(const QString &id);
    void taxonomyNodeChosen(const QString &id);
    void subjectChosen(const QString &id);

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
    void retranslate();
    void activate(const QModelIndex &proxyIndex);

    const Workspace *m_ws = nullptr;
    Lang m_lang = Lang::Zh;
    QLineEdit *m_filter;
    QTreeView *m_view;
    QStandardItemModel *m_model;
    QSortFilterProxyModel *m_proxy;
};

} // namespace cs
