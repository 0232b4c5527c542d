// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "extract/figure.h"
#include "model/localized_text.h"

#include <QAbstractTableModel>
#include <QList>
#include <QStyledItemDelegate>

namespace cs {

struct Workspace;

// The figures found in an article, for review: each can be kept or rejected (the check box),
// corrected in place, and matched to an indicator of the open workspace.
class FigureTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Use, Value, Unit, Qualifier, Period, Measure, Subject, Indicator, Match, ColumnCount };
    static constexpr int kChoicesRole = Qt::UserRole + 1; // a column's (label, data) pairs for its combo box

    FigureTableModel(const Workspace *ws, Lang lang, QObject *parent = nullptr);

    // Sets the figures found (again). A figure at the same place in the text ((start, end) and
    // unitText as found) as one already listed keeps its row's review: checked or not, and every
    // correction made to it; a new figure is kept; a figure no longer found loses its row.
    void setFigures(const QList<extract::Figure> &figures);
    const QList<extract::Figure> &figures() const { return m_figures; }
    const extract::Figure &figure(int row) const { return m_figures[row]; }
    bool isUsed(int row) const { return m_used[row]; }
    QList<extract::Figure> usedFigures() const;
    // Marks rows (e.g. the ones repeating a value of the workspace) with a tinted background and a tooltip.
    void setWarnings(const QHash<int, QString> &warnings);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    // Edits take the text as typed (value, unit, period, subject, indicator name) or, for the
    // combo-box columns, the choice's data (qualifier code, measure id, indicator id or "").
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

private:
    QList<QPair<QString, QString>> choices(int column) const;
    QString matchLabel(const QString &indicatorId) const;
    // Whether a value in `unitId` can be stored in the indicator (the same unit, or one it converts into).
    bool matchConverts(const QString &unitId, const QString &indicatorId) const;

    const Workspace *m_ws;
    Lang m_lang;
    QList<extract::Figure> m_figures;  // as reviewed
    QList<extract::Figure> m_found;    // as found: what a row is recognized by when extracted again
    QList<int> m_edited;               // per row, the columns corrected (bit 1 << column)
    QList<bool> m_used;
    QHash<int, QString> m_warnings;
};

// Edits the qualifier, measure and match columns with a combo box of the model's choices.
class FigureChoiceDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;
};

} // namespace cs
