// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/chart_editor.h"

#include "dialogs/indicator_picker.h"
#include "document/document.h"
#include "document/value_fields.h"
#include "query/validation.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalBlocker>
#include <QTableWidget>
#include <QVBoxLayout>

namespace cs {

namespace {

enum SeriesColumn { ColIndicator, ColSubject, ColStyle, ColAxis, ColVisible, ColLabelZh, ColLabelEn, ColumnCount };

bool hasQuery(ChartKind k) { return k == ChartKind::Breakdown || k == ChartKind::GrowthComparison; }

void selectData(QComboBox *box, const QString &data)
{
    const int i = box->findData(data);
    box->setCurrentIndex(i < 0 ? 0 : i);
}

// An editable combo box of indicator ids (the name as a tooltip): an id the workspace does not
// know can still be shown, and validation says so.
QComboBox *indicatorBox(const Workspace &ws, const QString &current, bool allowEmpty, QWidget *parent)
{
    auto *box = new QComboBox(parent);
    box->setEditable(true);
    box->setInsertPolicy(QComboBox::NoInsert);
    if (allowEmpty)
        box->addItem(QString());
    for (const Indicator &ind : ws.indicators) {
        box->addItem(ind.id);
        box->setItemData(box->count() - 1, ind.name.zh + QStringLiteral(" / ") + ind.name.en, Qt::ToolTipRole);
    }
    box->setEditText(current);
    return box;
}

QStringList splitIds(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[,，;；\\s]+"));
    return text.split(separators, Qt::SkipEmptyParts);
}

} // namespace

ChartEditorDialog::ChartEditorDialog(const Workspace &ws, const ChartSpec &spec, QWidget *parent)
    : QDialog(parent), m_ws(ws), m_original(spec)
{
    setWindowTitle(tr("Chart definition"));
    m_index = -1;
    for (qsizetype i = 0; i < ws.charts.size(); ++i) {
        if (ws.charts[i].id == spec.id && !spec.id.isEmpty()) {
            m_index = int(i);
            break;
        }
    }
    m_new = m_index < 0;
    if (m_new)
        m_index = int(ws.charts.size());

    auto *form = new QFormLayout;
    m_id = new QLineEdit(spec.id, this);
    m_id->setObjectName(QStringLiteral("chartId"));
    m_id->setReadOnly(!m_new);
    m_id->setToolTip(m_new ? tr("A short name for the chart, unique in the workspace")
                           : tr("The id of a chart in the workspace cannot be changed"));
    form->addRow(tr("Id:"), m_id);
    m_titleZh = new QLineEdit(spec.title.zh, this);
    m_titleZh->setObjectName(QStringLiteral("titleZh"));
    form->addRow(tr("Title (Chinese):"), m_titleZh);
    m_titleEn = new QLineEdit(spec.title.en, this);
    m_titleEn->setObjectName(QStringLiteral("titleEn"));
    form->addRow(tr("Title (English):"), m_titleEn);
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("kind"));
    m_kind->addItem(tr("Time series"), chartKindId(ChartKind::TimeSeries));
    m_kind->addItem(tr("Breakdown"), chartKindId(ChartKind::Breakdown));
    m_kind->addItem(tr("Growth comparison"), chartKindId(ChartKind::GrowthComparison));
    m_kind->addItem(tr("Taxonomy"), chartKindId(ChartKind::Taxonomy));
    selectData(m_kind, chartKindId(spec.kind));
    form->addRow(tr("Kind:"), m_kind);

    // Time series: the series.
    m_seriesBox = new QGroupBox(tr("Series"), this);
    m_indicatorModel = new IndicatorListModel(ws.indicators, m_lang, this);
    m_picker = new IndicatorPicker(m_indicatorModel, m_seriesBox);
    m_picker->setObjectName(QStringLiteral("indicatorPicker"));
    m_subjectPane = new QWidget(m_seriesBox);
    m_subjectTitle = new QLabel(m_subjectPane);
    m_subjectTitle->setObjectName(QStringLiteral("subjectTitle"));
    m_subjectTitle->setWordWrap(true);
    m_subjects = new SubjectPicker(m_subjectPane);
    m_subjects->setObjectName(QStringLiteral("subjectPicker"));
    auto *subjectLayout = new QVBoxLayout(m_subjectPane);
    subjectLayout->setContentsMargins(0, 0, 0, 0);
    subjectLayout->addWidget(m_subjectTitle);
    subjectLayout->addWidget(m_subjects);
    m_subjectPane->setVisible(false);
    auto *indicatorPane = new QWidget(m_seriesBox);
    auto *indicatorLayout = new QVBoxLayout(indicatorPane);
    indicatorLayout->setContentsMargins(0, 0, 0, 0);
    indicatorLayout->addWidget(new QLabel(tr("Indicator of the selected series:"), indicatorPane));
    indicatorLayout->addWidget(m_picker);
    auto *pickers = new QHBoxLayout;
    pickers->addWidget(indicatorPane, 3);
    pickers->addWidget(m_subjectPane, 2);
    m_series = new QTableWidget(0, ColumnCount, m_seriesBox);
    m_series->setObjectName(QStringLiteral("seriesTable"));
    m_series->setHorizontalHeaderLabels(
        {tr("Indicator"), tr("Subject"), tr("Style"), tr("Axis"), tr("Visible"), tr("Label (Chinese)"), tr("Label (English)")});
    m_series->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_series->setSelectionMode(QAbstractItemView::SingleSelection);
    m_series->horizontalHeader()->setSectionResizeMode(ColIndicator, QHeaderView::Stretch);
    for (const SeriesSpec &s : spec.series)
        addSeriesRow(s);
    connect(m_series, &QTableWidget::currentCellChanged, this, &ChartEditorDialog::currentRowChanged);
    connect(m_picker, &IndicatorPicker::indicatorChosen, this, &ChartEditorDialog::indicatorChosen);
    connect(m_subjects, &SubjectPicker::toggled, this, &ChartEditorDialog::subjectToggled);
    // Working in a row's boxes makes it the selected series, whose indicator the pickers show.
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget *, QWidget *now) {
        const int row = rowOfWidget(now);
        if (row >= 0 && row != m_series->currentRow())
            selectSeriesRow(row); // not the focus: it is in the box clicked
    });
    auto *add = new QPushButton(tr("Add series"), m_seriesBox);
    add->setObjectName(QStringLiteral("addSeries"));
    auto *remove = new QPushButton(tr("Remove series"), m_seriesBox);
    remove->setObjectName(QStringLiteral("removeSeries"));
    auto *up = new QPushButton(tr("Move up"), m_seriesBox);
    auto *down = new QPushButton(tr("Move down"), m_seriesBox);
    connect(add, &QPushButton::clicked, this, [this] {
        SeriesSpec s;
        s.indicator = m_picker->currentIndicator();
        if (s.indicator.isEmpty() && !m_ws.indicators.isEmpty())
            s.indicator = m_ws.indicators.first().id;
        if (!panelSubjectsOf(s.indicator).isEmpty())
            s.style = SeriesStyle::Line;
        addSeries(s);
    });
    connect(remove, &QPushButton::clicked, this, &ChartEditorDialog::removeSelectedSeries);
    connect(up, &QPushButton::clicked, this, [this] { moveSelectedSeries(-1); });
    connect(down, &QPushButton::clicked, this, [this] { moveSelectedSeries(1); });
    auto *seriesButtons = new QHBoxLayout;
    seriesButtons->addWidget(add);
    seriesButtons->addWidget(remove);
    seriesButtons->addWidget(up);
    seriesButtons->addWidget(down);
    seriesButtons->addStretch();
    auto *seriesLayout = new QVBoxLayout(m_seriesBox);
    seriesLayout->addLayout(pickers, 3);
    seriesLayout->addWidget(m_series, 2);
    seriesLayout->addLayout(seriesButtons);

    // Breakdown and growth comparison: the query.
    m_queryBox = new QGroupBox(tr("Query"), this);
    auto *queryForm = new QFormLayout(m_queryBox);
    m_scope = new QComboBox(m_queryBox);
    m_scope->setObjectName(QStringLiteral("scope"));
    m_scope->addItem(tr("Parts of a total"), breakdownScopeId(BreakdownScope::Parts));
    m_scope->addItem(tr("Listed indicators"), breakdownScopeId(BreakdownScope::Indicators));
    m_scope->addItem(tr("Clusters"), breakdownScopeId(BreakdownScope::Clusters));
    m_scope->addItem(tr("Categories"), breakdownScopeId(BreakdownScope::Categories));
    m_scope->addItem(tr("All indicators"), breakdownScopeId(BreakdownScope::All));
    selectData(m_scope, breakdownScopeId(spec.query.scope));
    queryForm->addRow(tr("Scope:"), m_scope);
    m_total = indicatorBox(ws, spec.query.total, true, m_queryBox);
    m_total->setObjectName(QStringLiteral("total"));
    queryForm->addRow(tr("Total:"), m_total);
    m_indicators = new QLineEdit(spec.query.indicators.join(QStringLiteral(", ")), m_queryBox);
    m_indicators->setObjectName(QStringLiteral("indicators"));
    m_indicators->setPlaceholderText(tr("indicator ids, separated by commas"));
    queryForm->addRow(tr("Indicators:"), m_indicators);
    m_measure = new QComboBox(m_queryBox);
    m_measure->setObjectName(QStringLiteral("measure"));
    m_measure->addItem(tr("(any)"), QString());
    const std::pair<Measure, QString> measures[] = {
        {Measure::Level, tr("Level")},       {Measure::Growth, tr("Growth")},     {Measure::Share, tr("Share")},
        {Measure::Cumulative, tr("Cumulative")}, {Measure::Count, tr("Count")}, {Measure::Ratio, tr("Ratio")},
        {Measure::Duration, tr("Duration")}, {Measure::Target, tr("Target")},
    };
    for (const auto &[m, label] : measures)
        m_measure->addItem(label, measureId(m));
    selectData(m_measure, spec.query.measure ? measureId(*spec.query.measure) : QString());
    queryForm->addRow(tr("Measure:"), m_measure);
    m_period = new QLineEdit(spec.query.period.isValid() ? spec.query.period.toString() : QString(), m_queryBox);
    m_period->setObjectName(QStringLiteral("period"));
    m_period->setPlaceholderText(tr("2023, 2023-Q3, 2023-09, 2023-Q1/2023-Q3"));
    queryForm->addRow(tr("Period:"), m_period);

    m_sort = new QComboBox(this);
    m_sort->setObjectName(QStringLiteral("sort"));
    m_sort->addItem(tr("As listed"), sortOrderId(SortOrder::None));
    m_sort->addItem(tr("Ascending"), sortOrderId(SortOrder::Ascending));
    m_sort->addItem(tr("Descending"), sortOrderId(SortOrder::Descending));
    selectData(m_sort, sortOrderId(spec.sort));
    m_view = new QComboBox(this);
    m_view->setObjectName(QStringLiteral("view"));
    m_view->addItem(tr("Bars"), breakdownViewId(BreakdownView::Bars));
    m_view->addItem(tr("Shares, stacked"), breakdownViewId(BreakdownView::ShareStacked));
    m_view->addItem(tr("Donut"), breakdownViewId(BreakdownView::Donut));
    selectData(m_view, breakdownViewId(spec.view));
    auto *optionsForm = new QFormLayout;
    optionsForm->addRow(tr("Sort:"), m_sort);
    optionsForm->addRow(tr("View:"), m_view);

    m_problemLabel = new QLabel(this);
    m_problemLabel->setObjectName(QStringLiteral("problems"));
    m_problemLabel->setWordWrap(true);
    m_problemLabel->setTextFormat(Qt::PlainText);
    m_problemLabel->setStyleSheet(QStringLiteral("color: #b00020"));

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (isAcceptable())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_seriesBox);
    layout->addWidget(m_queryBox);
    layout->addLayout(optionsForm);
    layout->addWidget(m_problemLabel);
    layout->addWidget(m_buttons);

    for (QLineEdit *e : {m_id, m_titleZh, m_titleEn, m_indicators, m_period})
        connect(e, &QLineEdit::textChanged, this, &ChartEditorDialog::revalidate);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &ChartEditorDialog::kindChanged);
    connect(m_scope, &QComboBox::currentIndexChanged, this, &ChartEditorDialog::scopeChanged);
    connect(m_total, &QComboBox::editTextChanged, this, &ChartEditorDialog::revalidate);
    for (QComboBox *c : {m_measure, m_sort, m_view})
        connect(c, &QComboBox::currentIndexChanged, this, &ChartEditorDialog::revalidate);
    kindChanged();
    scopeChanged();
    if (m_series->rowCount() > 0)
        selectSeriesRow(0);
    else
        currentRowChanged();
    resize(900, 760);
}

ChartEditorDialog::~ChartEditorDialog()
{
    // The focus moves while the child widgets are destroyed, after this class's part of the
    // object is gone: the application's focus signal must not reach it then.
    disconnect(qApp, nullptr, this, nullptr);
}

void ChartEditorDialog::setLanguage(Lang lang)
{
    m_lang = lang;
    m_indicatorModel->setLanguage(lang);
    m_panelSubjects.clear(); // sorted by name in the old language
    const QString shown = m_subjectsFor;
    m_subjectsFor.clear();
    showSubjectsOf(shown);
    for (int row = 0; row < m_series->rowCount(); ++row)
        setRowSubject(row, m_rowBase[row].subject);
    revalidate();
}

void ChartEditorDialog::addSeries(const SeriesSpec &series)
{
    addSeriesRow(series);
    m_series->selectRow(m_series->rowCount() - 1); // its indicator box takes the focus: type a name
    revalidate();
}

void ChartEditorDialog::appendSeries(const SeriesSpec &series)
{
    addSeriesRow(series);
    selectSeriesRow(m_series->rowCount() - 1);
    revalidate();
}

void ChartEditorDialog::selectSeriesRow(int row)
{
    // The subject cell has no box of its own: the focus stays where the user types (a row's
    // first cell would hand it to the indicator box).
    m_series->setCurrentCell(row, ColSubject);
}

void ChartEditorDialog::addSeriesRow(const SeriesSpec &s)
{
    const int row = m_series->rowCount();
    m_series->insertRow(row);
    m_rowBase.insert(row, s);
    // One model for every row: shown by name, completed from any part of the name as it is typed;
    // an id the workspace does not know is shown as it is, and validation says so.
    auto *indicator = new QComboBox(m_series);
    indicator->setEditable(true);
    indicator->setInsertPolicy(QComboBox::NoInsert);
    indicator->setModel(m_indicatorModel);
    indicator->completer()->setFilterMode(Qt::MatchContains);
    indicator->completer()->setCompletionMode(QCompleter::PopupCompletion);
    const int known = m_indicatorModel->rowOf(s.indicator);
    indicator->setCurrentIndex(known);
    if (known < 0)
        indicator->setEditText(s.indicator);
    indicator->lineEdit()->setCursorPosition(0); // a long name shows its beginning
    indicator->setToolTip(s.indicator);
    connect(indicator, &QComboBox::editTextChanged, this, [this, indicator] {
        rowIndicatorEdited(rowOfWidget(indicator));
        revalidate();
    });
    m_series->setCellWidget(row, ColIndicator, indicator);
    auto *subject = new QTableWidgetItem;
    subject->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    m_series->setItem(row, ColSubject, subject);
    setRowSubject(row, s.subject);
    auto *style = new QComboBox(m_series);
    style->addItem(tr("Bars"), seriesStyleId(SeriesStyle::Bars));
    style->addItem(tr("Line"), seriesStyleId(SeriesStyle::Line));
    selectData(style, seriesStyleId(s.style));
    connect(style, &QComboBox::currentIndexChanged, this, &ChartEditorDialog::revalidate);
    m_series->setCellWidget(row, ColStyle, style);
    auto *axis = new QComboBox(m_series);
    axis->addItem(tr("Left"), axisId(Axis::Left));
    axis->addItem(tr("Right"), axisId(Axis::Right));
    selectData(axis, axisId(s.axis));
    connect(axis, &QComboBox::currentIndexChanged, this, &ChartEditorDialog::revalidate);
    m_series->setCellWidget(row, ColAxis, axis);
    auto *visible = new QCheckBox(m_series);
    visible->setChecked(s.visible);
    connect(visible, &QCheckBox::toggled, this, &ChartEditorDialog::revalidate);
    m_series->setCellWidget(row, ColVisible, visible);
    auto *zh = new QLineEdit(s.label.zh, m_series);
    connect(zh, &QLineEdit::textChanged, this, &ChartEditorDialog::revalidate);
    m_series->setCellWidget(row, ColLabelZh, zh);
    auto *en = new QLineEdit(s.label.en, m_series);
    connect(en, &QLineEdit::textChanged, this, &ChartEditorDialog::revalidate);
    m_series->setCellWidget(row, ColLabelEn, en);
}

QString ChartEditorDialog::rowIndicator(int row) const
{
    const auto *box = static_cast<QComboBox *>(m_series->cellWidget(row, ColIndicator));
    const QString text = box->currentText().trimmed();
    if (box->currentIndex() >= 0 && text == box->itemText(box->currentIndex()).trimmed())
        return m_indicatorModel->idAt(box->currentIndex());
    const QString id = m_indicatorModel->idForText(text);
    return id.isEmpty() ? text : id;
}

int ChartEditorDialog::rowOfWidget(const QWidget *w) const
{
    if (!w || !m_series->isAncestorOf(w))
        return -1;
    for (int row = 0; row < m_series->rowCount(); ++row) {
        for (int col = 0; col < ColumnCount; ++col) {
            const QWidget *cell = m_series->cellWidget(row, col);
            if (cell && (cell == w || cell->isAncestorOf(w)))
                return row;
        }
    }
    return -1;
}

void ChartEditorDialog::rowIndicatorEdited(int row)
{
    if (row < 0 || row >= m_rowBase.size())
        return;
    const QString id = rowIndicator(row);
    static_cast<QComboBox *>(m_series->cellWidget(row, ColIndicator))->setToolTip(id);
    if (id == m_rowBase[row].indicator)
        return;
    // Another indicator: a subject chosen for the old one does not carry over.
    m_rowBase[row].indicator = id;
    setRowSubject(row, QString());
    if (row == m_series->currentRow()) {
        m_picker->setCurrentIndicator(id);
        showSubjectsOf(id);
    } else {
        refreshTicks();
    }
}

void ChartEditorDialog::setRowSubject(int row, const QString &subject)
{
    m_rowBase[row].subject = subject;
    QTableWidgetItem *item = m_series->item(row, ColSubject);
    if (!item)
        return;
    item->setText(subjectName(m_rowBase[row].indicator, subject));
    item->setToolTip(subject);
}

QString ChartEditorDialog::subjectName(const QString &indicatorId, const QString &subject) const
{
    if (subject.isEmpty())
        return QString();
    for (const PanelSubject &p : panelSubjectsOf(indicatorId)) {
        if (p.id == subject)
            return p.name.text(m_lang).isEmpty() ? p.id : p.name.text(m_lang);
    }
    const Subject *known = m_ws.subject(subject);
    return known && !known->name.text(m_lang).isEmpty() ? known->name.text(m_lang) : subject;
}

const QList<PanelSubject> &ChartEditorDialog::panelSubjectsOf(const QString &indicatorId) const
{
    static const QList<PanelSubject> none;
    // Only an indicator without a subject of its own can be a panel: the others cost nothing.
    const Indicator *ind = indicatorId.isEmpty() ? nullptr : m_ws.indicator(indicatorId);
    if (!ind || !ind->subject.isEmpty())
        return none;
    auto it = m_panelSubjects.constFind(indicatorId);
    if (it == m_panelSubjects.constEnd()) {
        if (!m_wsIndex)
            m_wsIndex = std::make_unique<WorkspaceIndex>(m_ws);
        it = m_panelSubjects.insert(indicatorId, panelSubjects(m_ws, *m_wsIndex, indicatorId, m_lang));
    }
    return it.value();
}

void ChartEditorDialog::currentRowChanged()
{
    const int row = m_series->currentRow();
    if (row < 0 || row >= m_rowBase.size() || m_series->rowCount() != m_rowBase.size())
        return; // no series selected: the pickers keep what they show
    const QString id = rowIndicator(row);
    m_picker->setCurrentIndicator(id);
    showSubjectsOf(id);
}

void ChartEditorDialog::indicatorChosen(const QString &id)
{
    const int row = m_series->currentRow();
    if (row < 0 || row >= m_rowBase.size()) {
        SeriesSpec s;
        s.indicator = id;
        if (!panelSubjectsOf(id).isEmpty())
            s.style = SeriesStyle::Line;
        appendSeries(s);
        return;
    }
    auto *box = static_cast<QComboBox *>(m_series->cellWidget(row, ColIndicator));
    box->setCurrentIndex(m_indicatorModel->rowOf(id));
    box->lineEdit()->setCursorPosition(0);
    rowIndicatorEdited(row);
    showSubjectsOf(id);
    revalidate();
}

void ChartEditorDialog::showSubjectsOf(const QString &indicatorId)
{
    if (indicatorId == m_subjectsFor && !m_subjectsFor.isEmpty()) {
        refreshTicks();
        return;
    }
    m_subjectsFor = indicatorId;
    const QList<PanelSubject> &subjects = panelSubjectsOf(indicatorId);
    m_subjectPane->setVisible(!subjects.isEmpty());
    if (subjects.isEmpty()) {
        m_subjects->setSubjects({}, {}, m_lang);
        return;
    }
    const int row = m_indicatorModel->rowOf(indicatorId);
    m_subjectTitle->setText(tr("Subjects of “%1” (each ticked one is a line):").arg(m_indicatorModel->displayName(row)));
    m_subjects->searchField()->clear();
    QSet<QString> ticked;
    for (const SeriesSpec &s : m_rowBase)
        if (s.indicator == indicatorId && !s.subject.isEmpty())
            ticked.insert(s.subject);
    m_subjects->setSubjects(subjects, ticked, m_lang);
}

void ChartEditorDialog::refreshTicks()
{
    QSet<QString> ticked;
    for (const SeriesSpec &s : m_rowBase)
        if (s.indicator == m_subjectsFor && !s.subject.isEmpty())
            ticked.insert(s.subject);
    m_subjects->setTicked(ticked);
}

void ChartEditorDialog::subjectToggled(const QString &subject, bool ticked)
{
    const QString indicator = m_subjectsFor;
    if (ticked) {
        // The selected series takes the subject when it is this panel's and has none yet.
        const int row = m_series->currentRow();
        if (row >= 0 && row < m_rowBase.size() && m_rowBase[row].indicator == indicator && m_rowBase[row].subject.isEmpty()) {
            setRowSubject(row, subject);
            selectData(static_cast<QComboBox *>(m_series->cellWidget(row, ColStyle)), seriesStyleId(SeriesStyle::Line));
            revalidate();
            return;
        }
        SeriesSpec s;
        s.indicator = indicator;
        s.subject = subject;
        s.style = SeriesStyle::Line;
        appendSeries(s);
        return;
    }
    const int current = m_series->currentRow();
    bool removedCurrent = false;
    {
        const QSignalBlocker quiet(m_series);
        for (int row = m_series->rowCount() - 1; row >= 0; --row) {
            if (m_rowBase[row].indicator == indicator && m_rowBase[row].subject == subject) {
                removedCurrent = removedCurrent || row == current;
                m_series->removeRow(row);
                m_rowBase.removeAt(row);
            }
        }
    }
    if (removedCurrent) {
        // Another series of this panel is selected, so the subject list stays; with none left,
        // no series is, and the next indicator chosen is a new series.
        int next = -1;
        for (int row = 0; row < m_rowBase.size() && next < 0; ++row)
            if (m_rowBase[row].indicator == indicator)
                next = row;
        const QSignalBlocker quiet(m_series);
        if (next >= 0) {
            selectSeriesRow(next);
        } else {
            m_series->clearSelection();
            m_series->setCurrentCell(-1, -1);
        }
    }
    refreshTicks();
    revalidate();
}

QList<SeriesSpec> ChartEditorDialog::seriesFromTable() const
{
    QList<SeriesSpec> out;
    for (int row = 0; row < m_series->rowCount(); ++row) {
        SeriesSpec s = m_rowBase.value(row);
        s.indicator = rowIndicator(row);
        s.style = seriesStyleFromId(static_cast<QComboBox *>(m_series->cellWidget(row, ColStyle))->currentData().toString())
                      .value_or(SeriesStyle::Bars);
        s.axis = axisFromId(static_cast<QComboBox *>(m_series->cellWidget(row, ColAxis))->currentData().toString())
                     .value_or(Axis::Left);
        s.visible = static_cast<QCheckBox *>(m_series->cellWidget(row, ColVisible))->isChecked();
        s.label.zh = static_cast<QLineEdit *>(m_series->cellWidget(row, ColLabelZh))->text();
        s.label.en = static_cast<QLineEdit *>(m_series->cellWidget(row, ColLabelEn))->text();
        out << s;
    }
    return out;
}

void ChartEditorDialog::removeSelectedSeries()
{
    const int row = m_series->currentRow();
    if (row < 0)
        return;
    {
        const QSignalBlocker quiet(m_series); // the rows and m_rowBase differ until both are done
        m_series->removeRow(row);
        m_rowBase.removeAt(row);
    }
    currentRowChanged();
    refreshTicks();
    revalidate();
}

void ChartEditorDialog::moveSelectedSeries(int delta)
{
    const int row = m_series->currentRow();
    const int to = row + delta;
    if (row < 0 || to < 0 || to >= m_series->rowCount())
        return;
    QList<SeriesSpec> all = seriesFromTable();
    all.move(row, to);
    {
        const QSignalBlocker quiet(m_series);
        m_series->setRowCount(0);
        m_rowBase.clear();
        for (const SeriesSpec &s : all)
            addSeriesRow(s);
    }
    selectSeriesRow(to);
    currentRowChanged();
    revalidate();
}

void ChartEditorDialog::kindChanged()
{
    const ChartKind kind = chartKindFromId(m_kind->currentData().toString()).value_or(ChartKind::TimeSeries);
    m_seriesBox->setVisible(kind == ChartKind::TimeSeries);
    m_queryBox->setVisible(hasQuery(kind));
    m_sort->setEnabled(hasQuery(kind));
    m_view->setEnabled(kind == ChartKind::Breakdown);
    revalidate();
}

void ChartEditorDialog::scopeChanged()
{
    const BreakdownScope scope = breakdownScopeFromId(m_scope->currentData().toString()).value_or(BreakdownScope::All);
    m_total->setEnabled(scope == BreakdownScope::Parts);
    m_indicators->setEnabled(scope == BreakdownScope::Indicators);
    revalidate();
}

ChartSpec ChartEditorDialog::spec() const
{
    ChartSpec c = m_original;
    c.id = m_new ? m_id->text().trimmed() : m_original.id;
    c.title.zh = m_titleZh->text();
    c.title.en = m_titleEn->text();
    c.kind = chartKindFromId(m_kind->currentData().toString()).value_or(ChartKind::TimeSeries);
    const bool sameKind = c.kind == m_original.kind;
    // What belongs to another kind is dropped when the kind changes, so the file holds no leftovers.
    if (c.kind == ChartKind::TimeSeries)
        c.series = seriesFromTable();
    else if (!sameKind)
        c.series.clear();
    if (hasQuery(c.kind)) {
        BreakdownQuery &q = c.query;
        q.scope = breakdownScopeFromId(m_scope->currentData().toString()).value_or(BreakdownScope::All);
        q.total = q.scope == BreakdownScope::Parts ? m_total->currentText().trimmed() : m_original.query.total;
        q.indicators = q.scope == BreakdownScope::Indicators ? splitIds(m_indicators->text()) : m_original.query.indicators;
        if (q.scope != m_original.query.scope) { // fields of the old scope do not carry over
            if (q.scope != BreakdownScope::Parts)
                q.total.clear();
            if (q.scope != BreakdownScope::Indicators)
                q.indicators.clear();
        }
        const QString measure = m_measure->currentData().toString();
        q.measure = measure.isEmpty() ? std::nullopt : measureFromId(measure);
        q.period = parsePeriodField(m_period->text(), nullptr);
        c.sort = sortOrderFromId(m_sort->currentData().toString()).value_or(SortOrder::None);
    } else if (!sameKind) {
        c.query = BreakdownQuery();
    }
    if (c.kind != ChartKind::GrowthComparison && !sameKind)
        c.references.clear();
    c.view = breakdownViewFromId(m_view->currentData().toString()).value_or(BreakdownView::Bars);
    return c;
}

void ChartEditorDialog::revalidate()
{
    // Called while the widgets are being built: wait for the last one.
    if (!m_buttons)
        return;
    const ChartSpec c = spec();
    QStringList problems;
    if (c.id.isEmpty())
        problems << tr("The chart needs an id");
    for (qsizetype i = 0; i < m_ws.charts.size(); ++i) {
        if (i != m_index && !c.id.isEmpty() && m_ws.charts[i].id == c.id)
            problems << tr("Another chart already has the id “%1”").arg(c.id);
    }
    if (hasQuery(c.kind)) {
        QString error;
        const QString text = m_period->text().trimmed();
        if (!text.isEmpty() && !parsePeriodField(text, &error).isValid())
            problems << tr("“%1” is not a period: %2").arg(text, error);
    }
    // Only this chart is checked, which reads no values: the copy leaves them out, so a keystroke
    // does not copy a million values.
    Workspace copy;
    copy.title = m_ws.title;
    copy.sources = m_ws.sources;
    copy.subjects = m_ws.subjects;
    copy.taxonomy = m_ws.taxonomy;
    copy.indicators = m_ws.indicators;
    copy.charts = m_ws.charts;
    if (m_index < copy.charts.size())
        copy.charts[m_index] = c;
    else
        copy.charts.append(c);
    const QString own = QStringLiteral("charts[%1]").arg(m_index);
    EditScope scope; // this chart only: a keystroke never checks the workspace's values
    scope.charts.insert(c.id);
    for (const Problem &p : validateEdit(copy, scope)) {
        if (!p.path.startsWith(QLatin1String("charts[")))
            continue;
        // Only this chart's problems: the others were there before and are not this edit's doing.
        if (p.path != own && !p.path.startsWith(own + QLatin1Char('.')))
            continue;
        if (c.id.isEmpty() || p.code != ProblemCode::DuplicateId) // said above
            problems << Document::describe(p, m_lang);
    }
    if (c.kind == ChartKind::TimeSeries) {
        for (qsizetype i = 0; i < c.series.size(); ++i) {
            const SeriesSpec &s = c.series[i];
            const QList<PanelSubject> &subjects = panelSubjectsOf(s.indicator);
            if (subjects.isEmpty())
                continue;
            const QString name = m_indicatorModel->displayName(m_indicatorModel->rowOf(s.indicator));
            if (s.subject.isEmpty()) {
                problems << tr("Series %1: “%2” has values for several subjects: tick the ones to draw").arg(i + 1).arg(name);
            } else if (std::none_of(subjects.cbegin(), subjects.cend(), [&](const PanelSubject &p) { return p.id == s.subject; })) {
                problems << tr("Series %1: “%2” has no values for “%3”").arg(i + 1).arg(name, s.subject);
            }
        }
    }
    problems.removeDuplicates();
    m_problems = problems;
    m_problemLabel->setText(problems.join(QLatin1Char('\n')));
    m_problemLabel->setVisible(!problems.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problems.isEmpty());
}

QString chartIdSlug(const QString &text) { return idSlug(text); }

QString uniqueChartId(const Workspace &ws, const QString &wanted)
{
    return uniqueId(wanted, QStringLiteral("chart"), [&](const QString &id) { return ws.chart(id) != nullptr; });
}

ChartSpec chartSpecFromSelection(const Workspace &ws, const ChartSpec &current, const QString &newId)
{
    ChartSpec c = current;
    const QString wanted = chartIdSlug(newId).isEmpty() ? current.id : newId;
    c.id = uniqueChartId(ws, wanted);
    if (c.kind != ChartKind::TimeSeries)
        c.series.clear();
    if (!hasQuery(c.kind))
        c.query = BreakdownQuery();
    return c;
}

} // namespace cs
