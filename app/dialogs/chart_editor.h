// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dialogs/subject_picker.h"
#include "document/edit_commands.h"
#include "model/workspace.h"

#include <QCoreApplication>
#include <QDialog>
#include <QList>
#include <QStringList>
#include <QUndoCommand>
#include <QHash>
#include <functional>
#include <memory>
#include <optional>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QTableWidget;

namespace cs {

class IndicatorListModel;
class IndicatorPicker;
class WorkspaceIndex;

// Edits one chart definition: its id (only for a chart not yet in the workspace), its titles,
// kind, series (time series), query (breakdown, growth comparison), sort order and view. OK is
// enabled only when the workspace with the edited chart in it passes validate() for that chart.
// What the dialog does not show (a series' sources and period kinds, a growth comparison's
// references) is kept as it was.
//
// A time series' indicators are chosen by name: a searchable list (Chinese or English name, or
// id) sets the selected series' indicator, and each row's indicator box completes names as they
// are typed. When that indicator is a panel (no subject of its own; its values carry subjects),
// its subjects are listed with checkboxes: each ticked subject is one line series, at most
// SubjectPicker::kMaxTicked of them.
class ChartEditorDialog : public QDialog
{
    Q_OBJECT
public:
    ChartEditorDialog(const Workspace &ws, const ChartSpec &spec, QWidget *parent = nullptr);
    ~ChartEditorDialog() override;

    // The edited definition.
    ChartSpec spec() const;
    // Whether the edited definition may be stored (OK is enabled), and what is wrong otherwise.
    bool isAcceptable() const { return m_problems.isEmpty(); }
    QStringList problems() const { return m_problems; }
    // Whether the chart is new (not in the workspace): only then can its id be edited.
    bool isNewChart() const { return m_new; }

    // The language problems are worded in (the window's).
    void setLanguage(Lang lang);

    // Adds a series row (time series), as the "Add series" button does.
    void addSeries(const SeriesSpec &series);

    // The indicator and subject pickers of the time-series part.
    IndicatorPicker *indicatorPicker() const { return m_picker; }
    SubjectPicker *subjectPicker() const { return m_subjects; }

private:
    void addSeriesRow(const SeriesSpec &series);
    // Adds a series row and selects it, leaving the focus where it is.
    void appendSeries(const SeriesSpec &series);
    void selectSeriesRow(int row);
    QString rowIndicator(int row) const;
    int rowOfWidget(const QWidget *w) const;
    void rowIndicatorEdited(int row);
    void setRowSubject(int row, const QString &subject);
    void currentRowChanged();
    void indicatorChosen(const QString &id);
    void subjectToggled(const QString &subject, bool ticked);
    void showSubjectsOf(const QString &indicatorId);
    void refreshTicks();
    // The subjects a panel indicator has values for, by name; empty for other indicators.
    const QList<PanelSubject> &panelSubjectsOf(const QString &indicatorId) const;
    QString subjectName(const QString &indicatorId, const QString &subject) const;
    void removeSelectedSeries();
    void moveSelectedSeries(int delta);
    void kindChanged();
    void scopeChanged();
    void revalidate();
    QList<SeriesSpec> seriesFromTable() const;

    Workspace m_ws;
    ChartSpec m_original;
    bool m_new = false;
    Lang m_lang = Lang::Zh;
    int m_index = -1; // where the chart is (or will be) in the workspace's list
    QList<SeriesSpec> m_rowBase; // per series row: the fields the dialog does not show
    QStringList m_problems;
    QString m_periodError;

    QLineEdit *m_id = nullptr;
    QLineEdit *m_titleZh = nullptr;
    QLineEdit *m_titleEn = nullptr;
    QComboBox *m_kind = nullptr;
    QGroupBox *m_seriesBox = nullptr;
    IndicatorListModel *m_indicatorModel = nullptr;
    IndicatorPicker *m_picker = nullptr;
    QWidget *m_subjectPane = nullptr;
    QLabel *m_subjectTitle = nullptr;
    SubjectPicker *m_subjects = nullptr;
    QString m_subjectsFor; // the indicator whose subjects are listed
    mutable std::unique_ptr<WorkspaceIndex> m_wsIndex; // built when a panel is first shown
    mutable QHash<QString, QList<PanelSubject>> m_panelSubjects;
    QTableWidget *m_series = nullptr;
    QGroupBox *m_queryBox = nullptr;
    QComboBox *m_scope = nullptr;
    QComboBox *m_total = nullptr;
    QLineEdit *m_indicators = nullptr;
    QComboBox *m_measure = nullptr;
    QLineEdit *m_period = nullptr;
    QComboBox *m_sort = nullptr;
    QComboBox *m_view = nullptr;
    QLabel *m_problemLabel = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

// A lower-case id made of a–z, 0–9 and "-" from any text ("My chart!" → "my-chart"); empty when
// the text has none of those characters.
QString chartIdSlug(const QString &text);
// `wanted` slugged and made unique among the workspace's charts ("x", "x-2", "x-3", ...); "chart"
// when the slug is empty.
QString uniqueChartId(const Workspace &ws, const QString &wanted);

// "Create a new chart from the current selection": the chart on screen (a workspace chart or an
// ad-hoc one such as indicatorChartSpec's "indicator:ID" or taxonomyNodeChartSpec's "node:ID")
// as a workspace chart definition, with the same kind, series, query, references, sort, view and
// titles, and an id derived from `newId` (or from the current id when `newId` has no usable
// characters) that no chart of `ws` uses.
ChartSpec chartSpecFromSelection(const Workspace &ws, const ChartSpec &current, const QString &newId);

} // namespace cs
