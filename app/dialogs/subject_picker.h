// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/localized_text.h"

#include <QAbstractListModel>
#include <QList>
#include <QSet>
#include <QWidget>

class QLabel;
class QLineEdit;
class QListView;
class QSortFilterProxyModel;

namespace cs {

struct Workspace;
class WorkspaceIndex;

// A subject a panel indicator has values for.
struct PanelSubject {
    QString id;
    LocalizedText name; // empty when the workspace does not list the subject
};

// The subjects that values of one indicator carry, found in one pass over that indicator's rows
// (WorkspaceIndex::observationsOf), sorted by name in `lang`; empty for an indicator of one
// subject, whose values carry none.
QList<PanelSubject> panelSubjects(const Workspace &ws, const WorkspaceIndex &index, const QString &indicatorId, Lang lang);

// Subjects with checkboxes, by name in the UI language; SearchRole holds both names and the id,
// case-folded. At most `limit` can be ticked: once that many are, the others are disabled.
class SubjectListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    static constexpr int IdRole = Qt::UserRole + 1;
    static constexpr int SearchRole = Qt::UserRole + 2;

    SubjectListModel(int limit, QObject *parent = nullptr);

    void setSubjects(const QList<PanelSubject> &subjects, const QSet<QString> &ticked, Lang lang);
    void setTicked(const QSet<QString> &ticked);
    void setLanguage(Lang lang);
    QSet<QString> ticked() const { return m_ticked; }
    int limit() const { return m_limit; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

signals:
    // The user ticked or unticked a subject (not sent by setSubjects or setTicked).
    void toggled(const QString &id, bool ticked);

private:
    void refreshAll();

    QList<PanelSubject> m_subjects;
    QSet<QString> m_ticked;
    int m_limit;
    Lang m_lang = Lang::Zh;
};

// A search field over a list of subjects with checkboxes (SubjectListModel), and a line saying
// how many are ticked and that more than the limit would make an unreadable chart.
class SubjectPicker : public QWidget
{
    Q_OBJECT
public:
    static constexpr int kMaxTicked = 12;

    explicit SubjectPicker(QWidget *parent = nullptr);

    void setSubjects(const QList<PanelSubject> &subjects, const QSet<QString> &ticked, Lang lang);
    void setTicked(const QSet<QString> &ticked);
    void setLanguage(Lang lang);
    QSet<QString> ticked() const { return m_model->ticked(); }

    QLineEdit *searchField() const { return m_search; }
    QListView *view() const { return m_view; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    QLabel *limitLabel() const { return m_limit; }
    void retranslate();

signals:
    void toggled(const QString &id, bool ticked);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateLimitText();

    SubjectListModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_search;
    QListView *m_view;
    QLabel *m_limit;
};

} // namespace cs
