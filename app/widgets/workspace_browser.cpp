// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/workspace_browser.h"

#include "chart/quantity_format.h"
#include "model/unit.h"

#include <QEvent>
#include <functional>
#include <QHeaderView>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>

namespace cs {

namespace {

QStandardItem *item(const QString &text, WorkspaceBrowser::ItemKind kind, const QString &id, const LocalizedText &names)
{
    auto *i = new QStandardItem(text);
    i->setEditable(false);
    i->setData(int(kind), WorkspaceBrowser::KindRole);
    i->setData(id, WorkspaceBrowser::IdRole);
    i->setData(names.zh + QLatin1Char(' ') + names.en + QLatin1Char(' ') + id, WorkspaceBrowser::SearchRole);
    return i;
}

// "1 value" / "3 values": English plurals spelled out (Chinese has one form for both).
QString countOf(int n, const QString &one, const QString &many) { return n == 1 ? one : many.arg(n); }

// Grey for what has no data yet.
void setMuted(QStandardItem *cell, bool muted)
{
    if (muted)
        cell->setForeground(QBrush(Qt::gray));
    else if (cell->data(Qt::ForegroundRole).isValid())
        cell->setData(QVariant(), Qt::ForegroundRole);
}

QStandardItem *valueItem(const QString &text, bool muted = false)
{
    auto *i = new QStandardItem(text);
    i->setEditable(false);
    setMuted(i, muted);
    return i;
}

void setText(QStandardItem *cell, const QString &text)
{
    if (cell->text() != text) // an unchanged row is not touched at all
        cell->setText(text);
}

} // namespace

WorkspaceBrowser::WorkspaceBrowser(QWidget *parent)
    : QWidget(parent), m_filter(new QLineEdit(this)), m_view(new QTreeView(this)), m_model(new QStandardItemModel(this)),
      m_proxy(new QSortFilterProxyModel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_filter);
    layout->addWidget(m_view);
    m_filter->setClearButtonEnabled(true);
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterRole(SearchRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setRecursiveFilteringEnabled(true);
    m_view->setModel(m_proxy);
    m_view->setUniformRowHeights(true);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection); // Ctrl+click two countries
    m_view->header()->setStretchLastSection(true);
    connect(m_filter, &QLineEdit::textChanged, this, &WorkspaceBrowser::setFilterText);
    connect(m_view, &QTreeView::activated, this, &WorkspaceBrowser::activate);
    connect(m_view, &QTreeView::clicked, this, &WorkspaceBrowser::activate);
    retranslate();
}

void WorkspaceBrowser::setWorkspace(const Workspace *ws, Lang lang)
{
    m_ws = ws;
    m_lang = lang;
    rebuild();
}

void WorkspaceBrowser::setFilterText(const QString &text)
{
    if (m_filter->text() != text)
        m_filter->setText(text);
    m_proxy->setFilterFixedString(text.trimmed());
    if (!text.trimmed().isEmpty())
        m_view->expandAll();
}

int WorkspaceBrowser::visibleRowCount() const
{
    int n = 0;
    std::function<void(const QModelIndex &)> count = [&](const QModelIndex &parent) {
        for (int r = 0; r < m_proxy->rowCount(parent); ++r) {
            ++n;
            count(m_proxy->index(r, 0, parent));
        }
    };
    count(QModelIndex());
    return n;
}

void WorkspaceBrowser::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
}

void WorkspaceBrowser::retranslate()
{
    m_filter->setPlaceholderText(tr("Filter by Chinese or English name"));
    m_model->setHorizontalHeaderLabels({tr("Name"), tr("Latest value")});
}

WorkspaceBrowser::Catalogue WorkspaceBrowser::catalogueOf(const Workspace &ws)
{
    return {ws.sources, ws.subjects, ws.taxonomy, ws.indicators};
}

void WorkspaceBrowser::rebuild()
{
    m_model->removeRows(0, m_model->rowCount());
    m_catalogue = {};
    m_values = {};
    m_latestItems.clear();
    m_countItems.clear();
    retranslate();
    if (!m_ws)
        return;
    const Workspace &ws = *m_ws;
    const Lang lang = m_lang;
    m_catalogue = catalogueOf(ws);
    QHash<QString, QList<int>> values;
    m_values.reset(ws, &values); // one pass, not one per indicator: workspaces can be large
    auto nodeRow = [&](const QString &id, const LocalizedText &name) {
        QStandardItem *count = valueItem(QString()); // showValueCounts() fills it
        m_countItems.insert(id, count);
        return QList<QStandardItem *>{item(name.text(lang), ItemKind::TaxonomyNode, id, name), count};
    };

    const Taxonomy &t = ws.taxonomy;
    if (!t.isEmpty() || !t.id.isEmpty()) { // a workspace without a taxonomy shows none
        QString name = t.title.text(lang);
        if (name.isEmpty())
            name = t.id;
        if (!t.edition.isEmpty())
            name = tr("%1 (%2 edition)").arg(name, t.edition);
        auto *taxonomy = item(name, ItemKind::Group, QString(), t.title);
        for (const ClusterCategory &cat : t.categories) {
            QList<QStandardItem *> row = nodeRow(cat.id, cat.name);
            for (const Cluster &c : cat.clusters)
                row.first()->appendRow(nodeRow(c.id, c.name));
            taxonomy->appendRow(row);
        }
        QString summary = countOf(t.clusterCount(), tr("1 cluster"), tr("%1 clusters"));
        if (!t.futureIndustries.isEmpty()) {
            auto *future = item(tr("Future industries"), ItemKind::Group, QString(),
                                {QStringLiteral("未来产业"), QStringLiteral("Future industries")});
            for (const Cluster &f : t.futureIndustries)
                future->appendRow(nodeRow(f.id, f.name));
            taxonomy->appendRow({future, valueItem(QString())});
            summary = tr("%1 clusters + %2 future industries").arg(t.clusterCount()).arg(t.futureIndustries.size());
        }
        m_model->appendRow({taxonomy, valueItem(summary)});
    }
    showValueCounts();

    // Indicators per subject: its own, and the panels with values of it (one pass over the rows
    // of the panel indicators).
    QHash<QString, int> indicatorsOfSubject;
    for (const Indicator &i : ws.indicators) {
        if (!i.subject.isEmpty()) {
            indicatorsOfSubject[i.subject] += 1;
            continue;
        }
        QSet<int> seen;
        for (int row : values.value(i.id)) {
            if (!seen.contains(ws.observations.subjectKey(row))) {
                seen.insert(ws.observations.subjectKey(row));
                indicatorsOfSubject[ws.observations.subject(row)] += 1;
            }
        }
    }
    QHash<QString, const Subject *> subjectOf;
    auto *subjects = item(tr("Subjects"), ItemKind::Group, QString(), {QStringLiteral("主体"), QStringLiteral("Subjects")});
    for (const Subject &s : ws.subjects) {
        subjectOf.insert(s.id, &s);
        const int indicators = indicatorsOfSubject.value(s.id);
        subjects->appendRow({item(s.name.text(lang), ItemKind::Subject, s.id, s.name),
                             valueItem(countOf(indicators, tr("1 indicator"), tr("%1 indicators")))});
    }
    m_model->appendRow({subjects, valueItem(QString::number(ws.subjects.size()))});

    auto *indicators = item(tr("Indicators"), ItemKind::Group, QString(), {QStringLiteral("指标"), QStringLiteral("Indicators")});
    for (const Indicator &ind : ws.indicators) {
        auto *name = item(ind.name.text(lang), ItemKind::Indicator, ind.id, ind.name);
        if (const Subject *subject = subjectOf.value(ind.subject))
            name->setToolTip(ind.name.zh + QStringLiteral(" / ") + ind.name.en + QStringLiteral("\n") + subject->name.text(lang));
        QStandardItem *latest = valueItem(QString());
        showLatestValue(latest, ind, latestValue(ws, values.value(ind.id)));
        m_latestItems.insert(ind.id, latest);
        indicators->appendRow({name, latest});
    }
    m_model->appendRow({indicators, valueItem(QString::number(ws.indicators.size()))});
    m_view->expandToDepth(0);
    // Names share the pane with their latest values: long English names are elided (the
    // tooltip has them whole) rather than push the values out of sight.
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->setColumnWidth(0, std::max(160, int(m_view->viewport()->width() * 0.6)));
    setFilterText(m_filter->text());
}

bool WorkspaceBrowser::workspaceChanged()
{
    if (!m_ws)
        return false;
    const Workspace &ws = *m_ws;
    if (!(catalogueOf(ws) == m_catalogue)) {
        rebuild();
        return true;
    }
    const QSet<QString> changed = m_values.changedIndicators(ws);
    if (changed.isEmpty())
        return false;
    const QHash<QString, QList<int>> values = m_values.rowsOf(ws, changed);
    for (const Indicator &ind : ws.indicators) {
        if (!changed.contains(ind.id))
            continue;
        if (QStandardItem *cell = m_latestItems.value(ind.id))
            showLatestValue(cell, ind, latestValue(ws, values.value(ind.id)));
    }
    showValueCounts();
    return false;
}

void WorkspaceBrowser::showLatestValue(QStandardItem *cell, const Indicator &indicator, const std::optional<Observation> &latest) const
{
    const Unit *unit = units::find(indicator.unit);
    QString value = tr("no data yet");
    if (latest && unit) {
        value = formatQuantity(latest->value, *unit, latest->qualifier, m_lang);
        value += QStringLiteral(" · ") + (latest->period.isValid() ? latest->period.label(m_lang) : tr("date not given"));
    }
    setText(cell, value);
    setMuted(cell, !latest);
}

void WorkspaceBrowser::showValueCounts()
{
    QHash<QString, int> count; // taxonomy node → the values of its indicators
    for (const Indicator &ind : m_catalogue.indicators) {
        if (!ind.cluster.isEmpty())
            count[ind.cluster] += m_values.count(ind.id);
    }
    auto show = [&](const QString &id, int n) {
        if (QStandardItem *cell = m_countItems.value(id)) {
            setText(cell, n ? countOf(n, tr("1 value"), tr("%1 values")) : tr("no data yet"));
            setMuted(cell, n == 0);
        }
    };
    for (const ClusterCategory &cat : m_catalogue.taxonomy.categories) {
        int total = count.value(cat.id); // a category counts its own values and its clusters'
        for (const Cluster &c : cat.clusters) {
            show(c.id, count.value(c.id));
            total += count.value(c.id);
        }
        show(cat.id, total);
    }
    for (const Cluster &f : m_catalogue.taxonomy.futureIndustries)
        show(f.id, count.value(f.id));
}

QStringList WorkspaceBrowser::selectedSubjects() const
{
    QModelIndexList rows = m_view->selectionModel()->selectedRows(0);
    std::sort(rows.begin(), rows.end(), [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    QStringList ids;
    for (const QModelIndex &row : rows)
        if (ItemKind(row.data(KindRole).toInt()) == ItemKind::Subject)
            ids << row.data(IdRole).toString();
    return ids;
}

void WorkspaceBrowser::activate(const QModelIndex &proxyIndex)
{
    const QModelIndex first = proxyIndex.siblingAtColumn(0);
    const auto kind = ItemKind(first.data(KindRole).toInt());
    const QString id = first.data(IdRole).toString();
    if (id.isEmpty())
        return;
    switch (kind) {
    case ItemKind::Indicator: emit indicatorChosen(id); break;
    case ItemKind::TaxonomyNode: emit taxonomyNodeChosen(id); break;
    case ItemKind::Subject: {
        const QStringList selected = selectedSubjects();
        if (selected.size() >= 2 && selected.contains(id))
            emit subjectsChosen(selected);
        else
            emit subjectChosen(id);
        break;
    }
    case ItemKind::Group: break;
    }
}

} // namespace cs
