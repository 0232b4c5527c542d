// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chart/chart_model.h"
#include "render/chart_renderer.h"

#include <QAbstractTableModel>
#include <QStyledItemDelegate>

namespace cs {

class Document;

// The observation table: one row per visible point of the chart on screen (series, period, value,
// source), read from the Document through its id index. Published values are editable: period,
// value and source. Edits go out through editRequested (the window stores them after the editor
// has closed, since storing one rebuilds the table).
class ObservationTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    static constexpr int kRefRole = Qt::UserRole + 1;  // the point: QPoint(series, point)
    static constexpr int kEditRole = Qt::UserRole + 2; // the raw period, value or source id

    explicit ObservationTableModel(const Document *document, QObject *parent = nullptr);

    // Shows the visible points of `chart` (kept by the caller while shown).
    void setChart(const ChartModel *chart, Lang lang);
    // The point a row shows, and the row of a point (-1: none).
    PointRef pointAt(int row) const;
    int rowOf(PointRef ref) const;
    // The observation a row shows (empty for a computed value or no such row).
    QString observationIdAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

signals:
    void editRequested(int row, int column, const QString &text);

private:
    QString cellText(const ChartPoint &point, const ChartSeries &series, const Observation *o, int column) const;

    const Document *m_doc;
    const ChartModel *m_chart = nullptr;
    Lang m_lang = Lang::Zh;
    QList<PointRef> m_rows;
};

// The table's editors: a line edit starting from the raw value or period, a list of the
// workspace's sources for the source column.
class CellDelegate : public QStyledItemDelegate
{
public:
    CellDelegate(const Document *document, QObject *parent) : QStyledItemDelegate(parent), m_doc(document) {}
    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;

private:
    const Document *m_doc;
};

} // namespace cs
