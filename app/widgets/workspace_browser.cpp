// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/workspace_browser.h"

#include "chart/quantity_format.h"
#include "model/unit.h"
#include "query/workspace_queries.h"

#include <QEvent>
#include <functional>
#include <QHeaderView>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTreeView>
#include <QVBoxLayout>

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

QStandardItem *valueItem(const QString &text, bool muted = false)
{
    auto *i = new QStandardItem(text);
    i->setEditable(false);
    if (muted)
        i->setForeground(QBrush(Qt::gray));
    return i;
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

void WorkspaceBrowser::rebuild()
{
    m_model->removeRows(0, m_model->rowCount());
    retranslate();
    if (!m_ws)
        return;
    const Workspace &ws = *m_ws;
    const WorkspaceIndex idx(ws); // one pass, not one per indicator: workspaces can be large
    const Lang lang = m_lang;
    QHash<QString, int> dataCount; // taxonomy node → observations
    for (const Indicator &ind : ws.indicators) {
        if (!ind.cluster.isEmpty())
            dataCount[ind.cluster] += int(idx.observationsOf(ind.id).size());
    }
    auto nodeRow = [&](const QString &id, const LocalizedText &name) {
        const int n = dataCount.value(id);
        return QList<QStandardItem *>{item(name.text(lang), ItemKind::TaxonomyNode, id, name),
                                      valueItem(n ? countOf(n, tr("1 value"), tr("%1 values")) : tr("no data yet"), n == 0)};
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
            int categoryData = dataCount.value(cat.id);
            for (const Cluster &c : cat.clusters) {
                row.first()->appendRow(nodeRow(c.id, c.name));
                categoryData += dataCount.value(c.id);
            }
            row[1]->setText(categoryData ? countOf(categoryData, tr("1 value"), tr("%1 values")) : tr("no data yet"));
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

    QHash<QString, int> indicatorsOfSubject;
    for (const Indicator &i : ws.indicators)
        indicatorsOfSubject[i.subject] += 1;
    auto *subjects = item(tr("Subjects"), ItemKind::Group, QString(), {QStringLiteral("主体"), QStringLiteral("Subjects")});
    for (const Subject &s : ws.subjects) {
        const int indicators = indicatorsOfSubject.value(s.id);
        subjects->appendRow({item(s.name.text(lang), ItemKind::Subject, s.id, s.name),
                             valueItem(countOf(indicators, tr("1 indicator"), tr("%1 indicators")))});
    }
    m_model->appendRow({subjects, valueItem(QString::number(ws.subjects.size()))});

    auto *indicators = item(tr("Indicators"), ItemKind::Group, QString(), {QStringLiteral("指标"), QStringLiteral("Indicators")});
    for (const Indicator &ind : ws.indicators) {
        const std::optional<Observation> latest = latestOf(ws, idx.observationsOf(ind.id));
        const Unit *unit = units::find(ind.unit);
        QString value = tr("no data yet");
        if (latest && unit) {
            value = formatQuantity(latest->value, *unit, latest->qualifier, lang);
            value += QStringLiteral(" · ") + (latest->period.isValid() ? latest->period.label(lang) : tr("date not given"));
        }
        auto *name = item(ind.name.text(lang), ItemKind::Indicator, ind.id, ind.name);
        if (const Subject *subject = idx.subject(ind.subject))
            name->setToolTip(ind.name.zh + QStringLiteral(" / ") + ind.name.en + QStringLiteral("\n") + subject->name.text(lang));
        indicators->appendRow({name, valueItem(value, !latest)});
    }
    m_model->appendRow({indicators, valueItem(QString::number(ws.indicators.size()))});
    m_view->expandToDepth(0);
    // Names share the pane with their latest values: long English names are elided (the
    // tooltip has them whole) rather than push the values out of sight.
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->setColumnWidth(0, std::max(160, int(m_view->viewport()->width() * 0.6)));
    setFilterText(m_filter->text());
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
    case ItemKind::Subject: emit subjectChosen(id); break;
    case ItemKind::Group: break;
    }
}

} // namespace cs
