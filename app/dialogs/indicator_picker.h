// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/indicator.h"
#include "model/localized_text.h"

#include <QAbstractListModel>
#include <QHash>
#include <QList>
#include <QWidget>

class QLineEdit;
class QListView;
class QSortFilterProxyModel;

namespace cs {

// The workspace's indicators in workspace order, each shown by its name in the UI language (its
// id when it has none), with the other language's name and the id as a tooltip. SearchRole holds
// both names and the id, case-folded, for filtering. One model serves the picker and every series
// row's indicator box, so ten thousand indicators are held once.
class IndicatorListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    static constexpr int IdRole = Qt::UserRole + 1;
    static constexpr int SearchRole = Qt::UserRole + 2;

    IndicatorListModel(const QList<Indicator> &indicators, Lang lang, QObject *parent = nullptr);

    void setLanguage(Lang lang);
    Lang language() const { return m_lang; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    int rowOf(const QString &id) const { return m_rows.value(id, -1); }
    QString idAt(int row) const { return row >= 0 && row < m_entries.size() ? m_entries[row].id : QString(); }
    QString displayName(int row) const;
    // The indicator whose id is `text`, else the one whose shown name is `text` (when only one
    // has it); empty when none.
    QString idForText(const QString &text) const;

private:
    struct Entry {
        QString id;
        LocalizedText name;
        QString search;
    };
    void indexNames();

    QList<Entry> m_entries;
    QHash<QString, int> m_rows;  // id → row
    QHash<QString, int> m_named; // shown name → row; -1 when several indicators share it
    Lang m_lang;
};

// A search field over a list of indicators (IndicatorListModel): typing filters by Chinese name,
// English name or id; clicking or moving to an indicator chooses it, and so does Enter in the
// search field (the highlighted one, else the first match).
class IndicatorPicker : public QWidget
{
    Q_OBJECT
public:
    explicit IndicatorPicker(IndicatorListModel *model, QWidget *parent = nullptr);

    QString currentIndicator() const { return m_current; }
    // Highlights `id` without announcing it as chosen; clears a filter that hides it.
    void setCurrentIndicator(const QString &id);

    QLineEdit *searchField() const { return m_search; }
    QListView *view() const { return m_view; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    void retranslate();

signals:
    // The user chose an indicator (not sent by setCurrentIndicator).
    void indicatorChosen(const QString &id);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void filterChanged(const QString &text);
    void choose(const QModelIndex &proxyIndex);
    void showCurrent();

    IndicatorListModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_search;
    QListView *m_view;
    QString m_current;
    bool m_quiet = false; // moving the highlight ourselves: not a choice
};

} // namespace cs
