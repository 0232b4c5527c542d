// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/indicator_picker.h"

#include <QEvent>
#include <QKeyEvent>
#include <QLineEdit>
#include <QListView>
#include <QSortFilterProxyModel>
#include <QVBoxLayout>

namespace cs {

IndicatorListModel::IndicatorListModel(const QList<Indicator> &indicators, Lang lang, QObject *parent)
    : QAbstractListModel(parent), m_lang(lang)
{
    m_entries.reserve(indicators.size());
    m_rows.reserve(indicators.size());
    for (const Indicator &ind : indicators) {
        const QString search = (ind.name.zh + QLatin1Char('\n') + ind.name.en + QLatin1Char('\n') + ind.id).toCaseFolded();
        m_rows.insert(ind.id, int(m_entries.size()));
        m_entries.append({ind.id, ind.name, search});
    }
    indexNames();
}

void IndicatorListModel::indexNames()
{
    m_named.clear();
    m_named.reserve(m_entries.size());
    for (int row = 0; row < m_entries.size(); ++row) {
        const QString name = displayName(row);
        auto it = m_named.find(name);
        if (it == m_named.end())
            m_named.insert(name, row);
        else
            it.value() = -1;
    }
}

void IndicatorListModel::setLanguage(Lang lang)
{
    if (lang == m_lang)
        return;
    m_lang = lang;
    indexNames();
    if (!m_entries.isEmpty())
        emit dataChanged(index(0), index(int(m_entries.size()) - 1), {Qt::DisplayRole, Qt::ToolTipRole});
}

int IndicatorListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

QString IndicatorListModel::displayName(int row) const
{
    const Entry &e = m_entries[row];
    const QString name = e.name.text(m_lang);
    return name.isEmpty() ? e.id : name;
}

QVariant IndicatorListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    const Entry &e = m_entries[index.row()];
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return displayName(index.row());
    case Qt::ToolTipRole: {
        const QString other = m_lang == Lang::Zh ? e.name.en : e.name.zh;
        return other.isEmpty() ? e.id : other + QStringLiteral(" — ") + e.id;
    }
    case IdRole:
        return e.id;
    case SearchRole:
        return e.search;
    default:
        return {};
    }
}

QString IndicatorListModel::idForText(const QString &text) const
{
    if (m_rows.contains(text))
        return text;
    const int row = m_named.value(text, -1);
    return row >= 0 ? m_entries[row].id : QString();
}

IndicatorPicker::IndicatorPicker(IndicatorListModel *model, QWidget *parent)
    : QWidget(parent), m_model(model), m_proxy(new QSortFilterProxyModel(this)), m_search(new QLineEdit(this)),
      m_view(new QListView(this))
{
    m_proxy->setSourceModel(model);
    m_proxy->setFilterRole(IndicatorListModel::SearchRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_search->setObjectName(QStringLiteral("indicatorSearch"));
    m_search->setClearButtonEnabled(true);
    m_search->installEventFilter(this);
    m_view->setObjectName(QStringLiteral("indicatorList"));
    m_view->setModel(m_proxy);
    m_view->setUniformItemSizes(true); // ten thousand rows lay out without measuring each
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search);
    layout->addWidget(m_view);
    connect(m_search, &QLineEdit::textChanged, this, &IndicatorPicker::filterChanged);
    connect(m_view, &QAbstractItemView::clicked, this, &IndicatorPicker::choose);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex &current) {
        if (!m_quiet)
            choose(current);
    });
    retranslate();
}

void IndicatorPicker::retranslate()
{
    m_search->setPlaceholderText(tr("Search indicators by Chinese or English name or id"));
}

void IndicatorPicker::filterChanged(const QString &text)
{
    m_quiet = true; // rows leaving the view move the highlight: that is not a choice
    m_proxy->setFilterFixedString(text.trimmed().toCaseFolded());
    m_quiet = false;
    showCurrent();
}

void IndicatorPicker::showCurrent()
{
    const QModelIndex at = m_proxy->mapFromSource(m_model->index(m_model->rowOf(m_current)));
    m_quiet = true;
    if (at.isValid()) {
        m_view->selectionModel()->setCurrentIndex(at, QItemSelectionModel::ClearAndSelect);
        m_view->scrollTo(at);
    } else {
        m_view->selectionModel()->clear();
    }
    m_quiet = false;
}

void IndicatorPicker::setCurrentIndicator(const QString &id)
{
    m_current = id;
    const int row = m_model->rowOf(id);
    if (row >= 0 && !m_proxy->mapFromSource(m_model->index(row)).isValid())
        m_search->clear(); // calls showCurrent
    showCurrent();
}

void IndicatorPicker::choose(const QModelIndex &proxyIndex)
{
    if (!proxyIndex.isValid())
        return;
    const QString id = proxyIndex.data(IndicatorListModel::IdRole).toString();
    if (id == m_current)
        return;
    m_current = id;
    emit indicatorChosen(id);
}

bool IndicatorPicker::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            const QModelIndex current = m_view->currentIndex();
            choose(current.isValid() ? current : m_proxy->index(0, 0));
            showCurrent();
            return true;
        }
        if ((key == Qt::Key_Down || key == Qt::Key_Up) && m_proxy->rowCount() > 0) {
            m_view->setFocus();
            if (!m_view->currentIndex().isValid())
                m_view->setCurrentIndex(m_proxy->index(0, 0));
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace cs
