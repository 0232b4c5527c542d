// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/observation_table_model.h"

#include "chart/quantity_format.h"
#include "document/document.h"
#include "model/unit.h"

#include <QComboBox>
#include <QLineEdit>
#include <QPoint>

namespace cs {

ObservationTableModel::ObservationTableModel(const Document *document, QObject *parent)
    : QAbstractTableModel(parent), m_doc(document)
{
}

void ObservationTableModel::setChart(const ChartModel *chart, Lang lang)
{
    beginResetModel();
    m_chart = chart;
    m_lang = lang;
    m_rows.clear();
    for (int s = 0; chart && s < chart->series.size(); ++s) {
        if (!chart->series[s].visible)
            continue;
        for (int p = 0; p < chart->series[s].points.size(); ++p)
            m_rows.append(PointRef{s, p});
    }
    endResetModel();
}

PointRef ObservationTableModel::pointAt(int row) const { return row >= 0 && row < m_rows.size() ? m_rows[row] : PointRef(); }

int ObservationTableModel::rowOf(PointRef ref) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows[row].series == ref.series && m_rows[row].point == ref.point)
            return row;
    }
    return -1;
}

QString ObservationTableModel::observationIdAt(int row) const
{
    const PointRef ref = pointAt(row);
    return ref.isValid() ? m_chart->series[ref.series].points[ref.point].observationId : QString();
}

int ObservationTableModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_rows.size()); }
int ObservationTableModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : 4; }

QVariant ObservationTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section > 3)
        return {};
    const QString labels[] = {tr("Series"), tr("Period"), tr("Value"), tr("Source")};
    return labels[section];
}

QString ObservationTableModel::cellText(const ChartPoint &point, const ChartSeries &series, const Observation *o,
                                        int column) const
{
    const Workspace &ws = m_doc->workspace();
    switch (column) {
    case 0:
        // A breakdown or a growth comparison has one series across indicators: a row names the
        // indicator (its category), not the series ("同比增长" on every row says nothing).
        if (m_chart->kind != ChartKind::TimeSeries && point.category >= 0 && point.category < m_chart->categories.size())
            return m_chart->categories.at(point.category);
        return series.name;
    case 1: {
        QString period = o ? (o->period.isValid() ? o->period.label(m_lang) : tr("date not given"))
                           : m_chart->categories.value(point.category);
        if (point.yearToDate)
            period += tr(" (year to date)");
        return period;
    }
    case 2: {
        const Indicator *ind = o ? ws.indicator(o->indicator) : nullptr;
        const Unit *unit = ind ? units::find(ind->unit) : nullptr;
        QString value = (o && unit) ? formatQuantity(o->value, *unit, o->qualifier, m_lang) : point.valueLabel;
        if (point.derived)
            value += tr(" (derived)");
        return value;
    }
    default: {
        const Source *src = o ? ws.source(o->source) : nullptr;
        QString source = src ? sourceShortName(*src, m_lang) : tr("derived");
        if (src && src->confidence != Confidence::Primary)
            source += QStringLiteral(" · ") + confidenceName(src->confidence).text(m_lang);
        return source;
    }
    }
}

QVariant ObservationTableModel::data(const QModelIndex &index, int role) const
{
    const PointRef ref = pointAt(index.row());
    if (!index.isValid() || !ref.isValid() || index.column() < 0 || index.column() > 3)
        return {};
    const ChartSeries &series = m_chart->series[ref.series];
    const ChartPoint &point = series.points[ref.point];
    const std::optional<Observation> o = m_doc->observation(point.observationId);
    switch (role) {
    case Qt::DisplayRole:
        return cellText(point, series, o ? &*o : nullptr, index.column());
    case kRefRole:
        return QPoint(ref.series, ref.point);
    case kEditRole:
    case Qt::EditRole:
        switch (index.column()) {
        case 1:
            return o ? o->period.toString() : QString();
        case 2:
            return o ? qualifierCode(o->qualifier) + plainDecimal(o->value) : QString();
        case 3:
            return o ? o->source : QString();
        default:
            return QString();
        }
    case Qt::TextAlignmentRole:
        return index.column() == 2 ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    default:
        return {};
    }
}

Qt::ItemFlags ObservationTableModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (!index.isValid() || index.column() == 0)
        return f;
    // A published value (not one Clusterscope computes) can be edited: period, value, source.
    const std::optional<Observation> o = m_doc->observation(observationIdAt(index.row()));
    return o && !o->derived ? f | Qt::ItemIsEditable : f;
}

bool ObservationTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !(flags(index) & Qt::ItemIsEditable))
        return false;
    const QString text = value.toString();
    if (text == data(index, kEditRole).toString())
        return false;
    emit editRequested(index.row(), index.column(), text);
    return true;
}

QWidget *CellDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    if (index.column() != 3)
        return QStyledItemDelegate::createEditor(parent, option, index);
    auto *box = new QComboBox(parent);
    for (const Source &src : m_doc->workspace().sources)
        box->addItem(QStringLiteral("%1 (%2)").arg(sourceShortName(src, m_doc->language()), src.id), src.id);
    return box;
}

void CellDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    const QString raw = index.data(ObservationTableModel::kEditRole).toString();
    if (auto *box = qobject_cast<QComboBox *>(editor))
        box->setCurrentIndex(box->findData(raw));
    else if (auto *line = qobject_cast<QLineEdit *>(editor))
        line->setText(raw);
    else
        QStyledItemDelegate::setEditorData(editor, index);
}

void CellDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    if (auto *box = qobject_cast<QComboBox *>(editor))
        model->setData(index, box->currentData());
    else if (auto *line = qobject_cast<QLineEdit *>(editor))
        model->setData(index, line->text());
}

} // namespace cs
