// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/figure_table_model.h"

#include "chart/quantity_format.h"
#include "extract/figures_workspace.h"
#include "import/text_values.h"
#include "model/unit.h"
#include "model/workspace.h"

#include <QBrush>
#include <QColor>
#include <QComboBox>

namespace cs {

namespace {

using extract::FigureMeasure;

const FigureMeasure kMeasures[] = {FigureMeasure::Level,    FigureMeasure::Growth, FigureMeasure::Share,
                                   FigureMeasure::Cumulative, FigureMeasure::Count, FigureMeasure::Ratio,
                                   FigureMeasure::Duration, FigureMeasure::Target, FigureMeasure::Change};
const cs::Qualifier kQualifiers[] = {cs::Qualifier::Exact, cs::Qualifier::MoreThan, cs::Qualifier::AtLeast,
                                     cs::Qualifier::About, cs::Qualifier::LessThan, cs::Qualifier::AtMost};

QString measureLabel(FigureMeasure m, Lang lang)
{
    if (m == FigureMeasure::Change)
        return lang == Lang::Zh ? QStringLiteral("变化") : QStringLiteral("change");
    return measureName(extract::modelMeasure(m)).text(lang);
}

QString qualifierLabel(cs::Qualifier q, Lang lang)
{
    return q == cs::Qualifier::Exact ? QString() : qualifierSymbol(q) + QLatin1Char(' ') + qualifierWords(q, lang);
}

} // namespace

FigureTableModel::FigureTableModel(const Workspace *ws, Lang lang, QObject *parent)
    : QAbstractTableModel(parent), m_ws(ws), m_lang(lang)
{
}

void FigureTableModel::setFigures(const QList<extract::Figure> &figures)
{
    // The rows listed so far, by the place of their figure in the text as found.
    QHash<QString, int> reviewed;
    auto key = [](const extract::Figure &f) {
        return QString::number(f.start) + QLatin1Char(':') + QString::number(f.end) + QLatin1Char(':') + f.unitText;
    };
    for (int r = 0; r < m_found.size(); ++r)
        if (!reviewed.contains(key(m_found[r])))
            reviewed.insert(key(m_found[r]), r);

    QList<extract::Figure> reviewedFigures;
    QList<int> edited;
    QList<bool> used;
    reviewedFigures.reserve(figures.size());
    for (const extract::Figure &found : figures) {
        extract::Figure f = found;
        int mask = 0;
        bool use = true;
        if (const auto it = reviewed.constFind(key(found)); it != reviewed.constEnd()) {
            const extract::Figure &old = m_figures[*it];
            mask = m_edited[*it];
            use = m_used[*it];
            auto was = [mask](int column) { return (mask & (1 << column)) != 0; };
            if (was(Value))
                f.value = old.value;
            if (was(Unit)) {
                f.unitText = old.unitText;
                f.unitId = old.unitId;
            }
            if (was(Qualifier))
                f.qualifier = old.qualifier;
            if (was(Period))
                f.period = old.period;
            if (was(Measure))
                f.measure = old.measure;
            if (was(Subject)) {
                f.subject = old.subject;
                f.subjectId = old.subjectId;
            }
            if (was(Indicator))
                f.indicatorName = old.indicatorName;
            if (was(Match))
                f.indicatorId = old.indicatorId;
        }
        if (!f.indicatorId.isEmpty() && !matchConverts(f.unitId, f.indicatorId))
            f.indicatorId.clear(); // not used when stored: a new indicator is made
        reviewedFigures.append(f);
        edited.append(mask);
        used.append(use);
    }

    beginResetModel();
    m_figures = reviewedFigures;
    m_found = figures;
    m_edited = edited;
    m_used = used;
    m_warnings.clear();
    endResetModel();
}

bool FigureTableModel::matchConverts(const QString &unitId, const QString &indicatorId) const
{
    const cs::Indicator *ind = m_ws ? m_ws->indicator(indicatorId) : nullptr;
    return ind && extract::valueInUnit(0, unitId, ind->unit).has_value();
}

QList<extract::Figure> FigureTableModel::usedFigures() const
{
    QList<extract::Figure> out;
    for (int i = 0; i < m_figures.size(); ++i)
        if (m_used[i])
            out.append(m_figures[i]);
    return out;
}

void FigureTableModel::setWarnings(const QHash<int, QString> &warnings)
{
    if (warnings == m_warnings)
        return;
    m_warnings = warnings;
    if (!m_figures.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1), {Qt::BackgroundRole, Qt::ToolTipRole});
}

int FigureTableModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_figures.size()); }

int FigureTableModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QString FigureTableModel::matchLabel(const QString &indicatorId) const
{
    if (indicatorId.isEmpty())
        return tr("New indicator");
    const cs::Indicator *ind = m_ws ? m_ws->indicator(indicatorId) : nullptr;
    if (!ind)
        return indicatorId;
    const cs::Subject *subject = m_ws->subject(ind->subject);
    return subject ? ind->name.text(m_lang) + QStringLiteral(" · ") + subject->name.text(m_lang) : ind->name.text(m_lang);
}

QList<QPair<QString, QString>> FigureTableModel::choices(int column) const
{
    QList<QPair<QString, QString>> out;
    switch (column) {
    case Qualifier:
        for (cs::Qualifier q : kQualifiers)
            out.append({q == cs::Qualifier::Exact ? tr("exact") : qualifierLabel(q, m_lang), qualifierCode(q)});
        break;
    case Measure:
        for (FigureMeasure m : kMeasures)
            out.append({measureLabel(m, m_lang), extract::figureMeasureId(m)});
        break;
    case Match:
        out.append({tr("New indicator"), QString()});
        if (m_ws)
            for (const cs::Indicator &ind : m_ws->indicators)
                out.append({matchLabel(ind.id), ind.id});
        break;
    default:
        break;
    }
    return out;
}

QVariant FigureTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_figures.size())
        return {};
    const extract::Figure &f = m_figures[index.row()];
    if (role == Qt::CheckStateRole && index.column() == Use)
        return m_used[index.row()] ? Qt::Checked : Qt::Unchecked;
    if (role == Qt::ToolTipRole)
        return m_warnings.contains(index.row()) ? m_warnings.value(index.row()) : f.quote;
    if (role == Qt::BackgroundRole && m_warnings.contains(index.row()))
        return QBrush(QColor(255, 240, 200)); // a value the workspace already holds
    if (role == Qt::ForegroundRole && !m_used[index.row()])
        return QBrush(Qt::gray); // rejected
    if (role == kChoicesRole) {
        QVariantList list;
        for (const auto &[label, value] : choices(index.column()))
            list.append(QVariant::fromValue(QStringList{label, value}));
        return list;
    }
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    const bool edit = role == Qt::EditRole;
    switch (index.column()) {
    case Use: return {};
    case Value: return plainDecimal(f.value);
    case Unit: return f.unitText;
    case Qualifier: return edit ? qualifierCode(f.qualifier) : qualifierLabel(f.qualifier, m_lang);
    case Period: return f.period.isValid() ? f.period.toString() : QString();
    case Measure: return edit ? extract::figureMeasureId(f.measure) : measureLabel(f.measure, m_lang);
    case Subject: return f.subject;
    case Indicator: return f.indicatorName;
    case Match: return edit ? f.indicatorId : matchLabel(f.indicatorId);
    default: return {};
    }
}

QVariant FigureTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    switch (section) {
    case Use: return tr("Use");
    case Value: return tr("Value");
    case Unit: return tr("Unit");
    case Qualifier: return tr("Qualifier");
    case Period: return tr("Period");
    case Measure: return tr("Measure");
    case Subject: return tr("Subject");
    case Indicator: return tr("Indicator");
    case Match: return tr("Match");
    default: return {};
    }
}

Qt::ItemFlags FigureTableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    const Qt::ItemFlags base = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    return index.column() == Use ? base | Qt::ItemIsUserCheckable : base | Qt::ItemIsEditable;
}

bool FigureTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || index.row() >= m_figures.size())
        return false;
    extract::Figure &f = m_figures[index.row()];
    if (index.column() == Use) {
        if (role != Qt::CheckStateRole)
            return false;
        m_used[index.row()] = value.toInt() == Qt::Checked;
        m_edited[index.row()] |= 1 << Use;
        emit dataChanged(this->index(index.row(), 0), this->index(index.row(), ColumnCount - 1));
        return true;
    }
    if (role != Qt::EditRole)
        return false;
    const QString text = value.toString().trimmed();
    switch (index.column()) {
    case Value: {
        // As typed: 10393.39, 1,234, or with a qualifier (超过270, > 270), which is taken too.
        const TypedValue typed = parseTypedValue(text);
        if (typed.number.status != NumberText::Status::Value)
            return false;
        f.value = typed.number.value;
        if (typed.qualifier != cs::Qualifier::Exact) {
            f.qualifier = typed.qualifier;
            m_edited[index.row()] |= 1 << Qualifier;
        }
        break;
    }
    case Unit: {
        if (text.isEmpty())
            return false;
        const cs::Unit *unit = units::fromText(text);
        f.unitText = text;
        f.unitId = unit ? unit->id : units::customUnitId(text);
        if (!f.indicatorId.isEmpty() && !matchConverts(f.unitId, f.indicatorId)) {
            f.indicatorId.clear(); // its value could not be stored in the matched indicator's unit
            m_edited[index.row()] |= 1 << Match;
        }
        break;
    }
    case Qualifier: {
        const std::optional<cs::Qualifier> q = qualifierFromCode(text);
        if (!q)
            return false;
        f.qualifier = *q;
        break;
    }
    case Period: {
        if (text.isEmpty()) {
            f.period = cs::Period(); // no period: the value is stored undated
            break;
        }
        const cs::Period p = cs::Period::parseInput(text);
        if (!p.isValid())
            return false;
        f.period = p;
        break;
    }
    case Measure: {
        bool found = false;
        for (FigureMeasure m : kMeasures)
            if (extract::figureMeasureId(m) == text) {
                f.measure = m;
                found = true;
            }
        if (!found)
            return false;
        break;
    }
    case Subject:
        f.subject = text;
        f.subjectId.clear(); // matched again by name when the figures are stored
        break;
    case Indicator:
        f.indicatorName = text;
        break;
    case Match:
        // A value is stored in its indicator's unit: refused when the figure's does not convert into it.
        if (!text.isEmpty() && !matchConverts(f.unitId, text))
            return false;
        f.indicatorId = text;
        break;
    default:
        return false;
    }
    m_edited[index.row()] |= 1 << index.column();
    emit dataChanged(this->index(index.row(), 0), this->index(index.row(), ColumnCount - 1));
    return true;
}

// ---- The combo-box columns ----------------------------------------------------------------

QWidget *FigureChoiceDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QVariantList list = index.data(FigureTableModel::kChoicesRole).toList();
    if (list.isEmpty())
        return QStyledItemDelegate::createEditor(parent, option, index);
    auto *box = new QComboBox(parent);
    for (const QVariant &v : list) {
        const QStringList pair = v.toStringList();
        box->addItem(pair.value(0), pair.value(1));
    }
    return box;
}

void FigureChoiceDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    if (auto *box = qobject_cast<QComboBox *>(editor))
        box->setCurrentIndex(box->findData(index.data(Qt::EditRole).toString()));
    else
        QStyledItemDelegate::setEditorData(editor, index);
}

void FigureChoiceDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    if (auto *box = qobject_cast<QComboBox *>(editor))
        model->setData(index, box->currentData().toString());
    else
        QStyledItemDelegate::setModelData(editor, model, index);
}

} // namespace cs
