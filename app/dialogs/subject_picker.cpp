// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/subject_picker.h"

#include "model/workspace.h"

#include <QCollator>
#include <QEvent>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QSortFilterProxyModel>
#include <QVBoxLayout>

#include <algorithm>

namespace cs {

namespace {

QString shownName(const PanelSubject &s, Lang lang)
{
    const QString name = s.name.text(lang);
    return name.isEmpty() ? s.id : name;
}

void sortByName(QList<PanelSubject> &subjects, Lang lang)
{
    QCollator collator(lang == Lang::Zh ? QLocale(QLocale::Chinese, QLocale::China) : QLocale(QLocale::English));
    collator.setNumericMode(true);
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::stable_sort(subjects.begin(), subjects.end(), [&](const PanelSubject &a, const PanelSubject &b) {
        return collator.compare(shownName(a, lang), shownName(b, lang)) < 0;
    });
}

} // namespace

QList<PanelSubject> panelSubjects(const Workspace &ws, const WorkspaceIndex &index, const QString &indicatorId, Lang lang)
{
    const ObservationStore &obs = ws.observations;
    QSet<int> seen; // subject keys
    QList<PanelSubject> out;
    for (int row : index.observationsOf(indicatorId)) {
        const int key = obs.subjectKey(row);
        if (seen.contains(key))
            continue;
        seen.insert(key);
        const QString &id = obs.subject(row);
        if (id.isEmpty())
            continue;
        const Subject *subject = index.subject(id);
        out.append({id, subject ? subject->name : LocalizedText()});
    }
    sortByName(out, lang);
    return out;
}

SubjectListModel::SubjectListModel(int limit, QObject *parent) : QAbstractListModel(parent), m_limit(limit) {}

void SubjectListModel::setSubjects(const QList<PanelSubject> &subjects, const QSet<QString> &ticked, Lang lang)
{
    beginResetModel();
    m_subjects = subjects;
    m_ticked = ticked;
    m_lang = lang;
    endResetModel();
}

void SubjectListModel::setTicked(const QSet<QString> &ticked)
{
    if (ticked == m_ticked)
        return;
    m_ticked = ticked;
    refreshAll();
}

void SubjectListModel::setLanguage(Lang lang)
{
    if (lang == m_lang)
        return;
    m_lang = lang;
    refreshAll();
}

void SubjectListModel::refreshAll()
{
    if (!m_subjects.isEmpty())
        emit dataChanged(index(0), index(int(m_subjects.size()) - 1));
}

int SubjectListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_subjects.size());
}

QVariant SubjectListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_subjects.size())
        return {};
    const PanelSubject &s = m_subjects[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        return shownName(s, m_lang);
    case Qt::ToolTipRole: {
        const QString other = m_lang == Lang::Zh ? s.name.en : s.name.zh;
        return other.isEmpty() ? s.id : other + QStringLiteral(" — ") + s.id;
    }
    case Qt::CheckStateRole:
        return m_ticked.contains(s.id) ? Qt::Checked : Qt::Unchecked;
    case IdRole:
        return s.id;
    case SearchRole:
        return (s.name.zh + QLatin1Char('\n') + s.name.en + QLatin1Char('\n') + s.id).toCaseFolded();
    default:
        return {};
    }
}

Qt::ItemFlags SubjectListModel::flags(const QModelIndex &index) const
{
    if (!index.isValid() || index.row() >= m_subjects.size())
        return Qt::NoItemFlags;
    const bool full = m_ticked.size() >= m_limit;
    if (full && !m_ticked.contains(m_subjects[index.row()].id))
        return Qt::ItemNeverHasChildren; // no room for another line: shown disabled
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable | Qt::ItemNeverHasChildren;
}

bool SubjectListModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::CheckStateRole || !index.isValid() || index.row() >= m_subjects.size())
        return false;
    const QString id = m_subjects[index.row()].id;
    const bool tick = value.toInt() == Qt::Checked;
    if (tick == m_ticked.contains(id))
        return true;
    if (tick && m_ticked.size() >= m_limit)
        return false;
    const bool wasFull = m_ticked.size() >= m_limit;
    if (tick)
        m_ticked.insert(id);
    else
        m_ticked.remove(id);
    if (wasFull != (m_ticked.size() >= m_limit))
        refreshAll(); // the others' enabled state changed
    else
        emit dataChanged(index, index, {Qt::CheckStateRole});
    emit toggled(id, tick);
    return true;
}

SubjectPicker::SubjectPicker(QWidget *parent)
    : QWidget(parent), m_model(new SubjectListModel(kMaxTicked, this)), m_proxy(new QSortFilterProxyModel(this)),
      m_search(new QLineEdit(this)), m_view(new QListView(this)), m_limit(new QLabel(this))
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterRole(SubjectListModel::SearchRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_search->setObjectName(QStringLiteral("subjectSearch"));
    m_search->setClearButtonEnabled(true);
    m_search->installEventFilter(this);
    m_view->setObjectName(QStringLiteral("subjectList"));
    m_view->setModel(m_proxy);
    m_view->setUniformItemSizes(true);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_limit->setObjectName(QStringLiteral("subjectLimit"));
    m_limit->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search);
    layout->addWidget(m_view);
    layout->addWidget(m_limit);
    connect(m_search, &QLineEdit::textChanged, this,
            [this](const QString &text) { m_proxy->setFilterFixedString(text.trimmed().toCaseFolded()); });
    connect(m_model, &SubjectListModel::toggled, this, [this](const QString &id, bool ticked) {
        updateLimitText();
        emit toggled(id, ticked);
    });
    retranslate();
}

void SubjectPicker::setSubjects(const QList<PanelSubject> &subjects, const QSet<QString> &ticked, Lang lang)
{
    m_model->setSubjects(subjects, ticked, lang);
    updateLimitText();
}

void SubjectPicker::setTicked(const QSet<QString> &ticked)
{
    m_model->setTicked(ticked);
    updateLimitText();
}

void SubjectPicker::setLanguage(Lang lang) { m_model->setLanguage(lang); }

void SubjectPicker::retranslate()
{
    m_search->setPlaceholderText(tr("Search subjects by name"));
    updateLimitText();
}

void SubjectPicker::updateLimitText()
{
    const int n = int(m_model->ticked().size());
    const bool full = n >= m_model->limit();
    m_limit->setText(full ? tr("%1 subjects ticked, the most one chart can show readably: untick one to choose another.")
                                .arg(n)
                          : tr("%1 of at most %2 subjects ticked; each is one line.").arg(n).arg(m_model->limit()));
    m_limit->setStyleSheet(full ? QStringLiteral("color: #b00020") : QString());
}

bool SubjectPicker::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_search && event->type() == QEvent::KeyPress && m_proxy->rowCount() > 0) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            // Ticks (or unticks) the highlighted match, else the first one.
            QModelIndex at = m_view->currentIndex();
            if (!at.isValid())
                at = m_proxy->index(0, 0);
            const bool ticked = at.data(Qt::CheckStateRole).toInt() == Qt::Checked;
            m_proxy->setData(at, ticked ? Qt::Unchecked : Qt::Checked, Qt::CheckStateRole);
            return true;
        }
        if (key == Qt::Key_Down || key == Qt::Key_Up) {
            m_view->setFocus();
            if (!m_view->currentIndex().isValid())
                m_view->setCurrentIndex(m_proxy->index(0, 0));
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace cs
