// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/value_dialogs.h"

#include "chart/quantity_format.h"
#include "dialogs/sentence_figures_dialog.h"
#include "extract/figures_workspace.h"
#include "model/measure.h"
#include "model/unit.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScreen>
#include <QVBoxLayout>

#include <algorithm>

namespace cs {

namespace {

// Moves a visible dialog up (never above the screen's top) so that its bottom edge, with the
// buttons, is on the screen it is shown on.
void keepOnScreen(QWidget *dialog)
{
    if (!dialog->isVisible() || !dialog->screen())
        return;
    const QRect available = dialog->screen()->availableGeometry();
    const QRect frame = dialog->frameGeometry();
    if (frame.bottom() > available.bottom())
        dialog->move(dialog->x(), std::max(available.top(), available.bottom() - frame.height()));
}

void addButtons(QDialog *dialog, QLayout *content)
{
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    QObject::connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(dialog);
    layout->addLayout(content);
    layout->addWidget(buttons);
    dialog->setMinimumWidth(460); // names and titles are long
}

bool hasChineseText(const QString &s)
{
    return std::any_of(s.begin(), s.end(), [](QChar c) { return c.unicode() >= 0x3400 && c.unicode() <= 0x9FFF; });
}

} // namespace

const QString AddValueDialog::kNew = QStringLiteral("\x01new");

// ---- The forms ----------------------------------------------------------------------------

IndicatorForm::IndicatorForm(const Indicator &indicator, Lang lang, QFormLayout *form, QWidget *parent,
                             const Workspace *subjectsOf)
    : m_indicator(indicator), m_ws(subjectsOf)
{
    m_zh = new QLineEdit(indicator.name.zh, parent);
    m_en = new QLineEdit(indicator.name.en, parent);
    m_unit = new QComboBox(parent);
    for (const Unit &unit : units::all())
        m_unit->addItem(unit.label.text(lang) + QStringLiteral(" (") + unit.id + QLatin1Char(')'), unit.id);
    if (m_unit->findData(indicator.unit) < 0) // a custom unit keeps its id
        m_unit->addItem(indicator.unit, indicator.unit);
    m_unit->setCurrentIndex(m_unit->findData(indicator.unit));
    m_measure = new QComboBox(parent);
    for (Measure m : {Measure::Level, Measure::Growth, Measure::Share, Measure::Cumulative, Measure::Count, Measure::Ratio,
                      Measure::Duration, Measure::Target})
        m_measure->addItem(measureName(m).text(lang), measureId(m));
    m_measure->setCurrentIndex(m_measure->findData(measureId(indicator.measure)));
    if (!indicator.id.isEmpty())
        form->addRow(tr("Id"), new QLabel(indicator.id, parent));
    form->addRow(tr("Name (Chinese)"), m_zh);
    form->addRow(tr("Name (English)"), m_en);
    if (m_ws) {
        // Pick a subject or type a new one's name (e.g. 某市): it is created with the indicator.
        m_subject = new QComboBox(parent);
        m_subject->setEditable(true);
        m_subject->setInsertPolicy(QComboBox::NoInsert);
        for (const Subject &s : m_ws->subjects)
            m_subject->addItem(s.name.text(lang), s.id);
        m_subject->setCurrentIndex(m_subject->findData(indicator.subject));
        m_subject->lineEdit()->setPlaceholderText(tr("a subject, or the name of a new one"));
        form->addRow(tr("Subject"), m_subject);
    }
    form->addRow(tr("Unit"), m_unit);
    form->addRow(tr("Measure"), m_measure);
}

void IndicatorForm::fillFrom(const extract::Figure &figure)
{
    // As the Extract dialog stores a figure: a bare number in `number`, the measure fitted to the unit.
    Measure measure = extract::modelMeasure(figure.measure);
    QString unitId = figure.unitId.isEmpty() ? QStringLiteral("number") : figure.unitId;
    extract::fitMeasure(&measure, &unitId);
    if (m_unit->findData(unitId) < 0) // a custom unit keeps its id
        m_unit->addItem(unitId == figure.unitId && !figure.unitText.isEmpty() ? figure.unitText : unitId.section(QLatin1Char(':'), 1),
                        unitId);
    m_unit->setCurrentIndex(m_unit->findData(unitId));
    m_measure->setCurrentIndex(m_measure->findData(measureId(measure)));
    // The name: when none is typed, or it is still the one an earlier figure filled in.
    const QString zh = m_zh->text().trimmed();
    const QString en = m_en->text().trimmed();
    const bool untyped = (zh.isEmpty() && en.isEmpty())
        || (!m_filledName.isEmpty() && ((zh == m_filledName && en.isEmpty()) || (en == m_filledName && zh.isEmpty())));
    if (untyped) {
        const QString name = figure.indicatorName.trimmed();
        m_zh->clear();
        m_en->clear();
        (hasChineseText(name) ? m_zh : m_en)->setText(name);
        m_filledName = name;
    }
    if (m_subject && !figure.subject.isEmpty()) {
        const int at = m_subject->findData(figure.subjectId);
        if (!figure.subjectId.isEmpty() && at >= 0)
            m_subject->setCurrentIndex(at);
        else
            m_subject->setEditText(figure.subject);
    }
}

std::optional<Subject> IndicatorForm::newSubject() const
{
    const QString text = m_subject ? m_subject->currentText().trimmed() : QString();
    if (text.isEmpty() || m_subject->findText(text) >= 0 || m_ws->subject(text))
        return std::nullopt;
    Subject s;
    s.id = uniqueId(text, QStringLiteral("subject"), [this](const QString &id) { return m_ws->subject(id) != nullptr; });
    s.name = {text, text};
    return s;
}

Indicator IndicatorForm::indicator() const
{
    Indicator i = m_indicator;
    i.name.zh = m_zh->text().trimmed();
    i.name.en = m_en->text().trimmed();
    i.unit = m_unit->currentData().toString();
    i.measure = measureFromId(m_measure->currentData().toString()).value_or(i.measure);
    if (m_subject) {
        const QString text = m_subject->currentText().trimmed();
        const int at = m_subject->findText(text);
        i.subject = at >= 0 ? m_subject->itemData(at).toString() : m_ws->subject(text) ? text : QString();
        if (const std::optional<Subject> fresh = newSubject())
            i.subject = fresh->id;
    }
    return i;
}

SourceForm::SourceForm(const Source &source, Lang lang, QFormLayout *form, QWidget *parent) : m_source(source)
{
    m_title = new QLineEdit(source.title, parent);
    m_publisher = new QLineEdit(source.publisher, parent);
    m_date = new QLineEdit(source.date, parent);
    m_date->setPlaceholderText(tr("YYYY-MM-DD or YYYY-MM"));
    m_reference = new QLineEdit(source.reference, parent);
    m_confidence = new QComboBox(parent);
    for (Confidence c : {Confidence::Primary, Confidence::OfficialCopy, Confidence::Secondary, Confidence::Derived})
        m_confidence->addItem(confidenceName(c).text(lang), confidenceId(c));
    m_confidence->setCurrentIndex(m_confidence->findData(confidenceId(source.confidence)));
    m_note = new QPlainTextEdit(source.note, parent);
    m_note->setTabChangesFocus(true);
    if (!source.id.isEmpty())
        form->addRow(tr("Id"), new QLabel(source.id, parent));
    form->addRow(tr("Title"), m_title);
    form->addRow(tr("Publisher"), m_publisher);
    form->addRow(tr("Date"), m_date);
    form->addRow(tr("Reference"), m_reference);
    form->addRow(tr("Confidence"), m_confidence);
    form->addRow(tr("Note"), m_note);
}

Source SourceForm::source() const
{
    Source s = m_source;
    s.title = m_title->text().trimmed();
    s.publisher = m_publisher->text().trimmed();
    s.date = m_date->text().trimmed();
    s.reference = m_reference->text().trimmed();
    s.confidence = confidenceFromId(m_confidence->currentData().toString()).value_or(s.confidence);
    s.note = m_note->toPlainText().trimmed();
    return s;
}

// ---- Add value ----------------------------------------------------------------------------

AddValueDialog::AddValueDialog(const Workspace &ws, const QString &indicator, Lang lang, QWidget *parent)
    : QDialog(parent), m_ws(ws), m_lang(lang)
{
    setWindowTitle(tr("Add value"));
    auto *form = new QFormLayout;
    m_indicator = new QComboBox(this);
    for (const Indicator &ind : ws.indicators)
        m_indicator->addItem(ind.name.text(lang), ind.id);
    m_indicator->addItem(tr("New indicator…"), kNew);
    m_indicator->setCurrentIndex(std::max(0, m_indicator->findData(indicator)));
    m_period = new QLineEdit(this);
    m_period->setPlaceholderText(tr("as shown: 2023 Q1–Q3, Sep 2023, 2023; or empty"));
    m_value = new QLineEdit(this);
    m_value->setPlaceholderText(tr("as written: 5.4, more than 270, 6000+, ≈9150"));
    m_source = new QComboBox(this);
    for (const Source &s : ws.sources)
        m_source->addItem(sourceShortName(s, lang) + QStringLiteral(" (") + s.id + QLatin1Char(')'), s.id);
    m_source->addItem(tr("New source…"), kNew);
    m_source->setPlaceholderText(tr("Choose the source of the value"));
    m_source->setCurrentIndex(-1); // never a guess: a figure credited to the wrong source is worse than none
    m_quote = new QPlainTextEdit(this);
    m_quote->setTabChangesFocus(true);
    m_quote->setMaximumHeight(m_quote->fontMetrics().lineSpacing() * 5 + 12); // a sentence or two
    m_fromSentence = new QPushButton(tr("From a sentence…"), this);
    m_fromSentence->setObjectName(QStringLiteral("fromSentence"));
    m_fromSentence->setToolTip(tr("Paste the sentence the value comes from and pick one of its figures"));
    connect(m_fromSentence, &QPushButton::clicked, this, [this] {
        SentenceFiguresDialog pick(&m_ws, m_lang, this);
        if (pick.exec() == QDialog::Accepted)
            if (const std::optional<extract::Figure> f = pick.chosen())
                fillFromFigure(*f);
    });

    Indicator fresh;
    fresh.unit = QStringLiteral("percent");
    fresh.measure = Measure::Growth;
    if (!ws.subjects.isEmpty())
        fresh.subject = ws.subjects.first().id;
    m_indicatorBox = new QGroupBox(tr("New indicator"), this);
    auto *indicatorForm = new QFormLayout(m_indicatorBox);
    m_newIndicator = std::make_unique<IndicatorForm>(fresh, lang, indicatorForm, m_indicatorBox, &ws);
    m_sourceBox = new QGroupBox(tr("New source"), this);
    auto *sourceForm = new QFormLayout(m_sourceBox);
    m_newSource = std::make_unique<SourceForm>(Source(), lang, sourceForm, m_sourceBox);

    form->addRow(m_fromSentence);
    form->addRow(tr("Indicator"), m_indicator);
    form->addRow(m_indicatorBox);
    form->addRow(tr("Period"), m_period);
    form->addRow(tr("Value"), m_value);
    form->addRow(tr("Source"), m_source);
    form->addRow(m_sourceBox);
    form->addRow(tr("Quote"), m_quote);
    auto showNew = [this] {
        m_indicatorBox->setVisible(m_indicator->currentData().toString() == kNew);
        m_sourceBox->setVisible(m_source->currentData().toString() == kNew);
        adjustSize();
        keepOnScreen(this); // a form that opens in place grows the dialog: its buttons stay in reach
    };
    connect(m_indicator, &QComboBox::currentIndexChanged, this, showNew);
    connect(m_source, &QComboBox::currentIndexChanged, this, showNew);
    showNew();
    addButtons(this, form);
}

AddValueDialog::~AddValueDialog() = default;

void AddValueDialog::fillFromFigure(const extract::Figure &f)
{
    m_period->setText(f.period.isValid() ? f.period.toString() : QString());
    m_quote->setPlainText(f.quote);
    // A value is stored in its indicator's unit: an indicator is taken when the figure's unit
    // converts into its own, and the value converted (10393.39 亿元 → 103933900 万元).
    auto inUnitOf = [&f](const Indicator *ind) {
        return ind ? extract::valueInUnit(f.value, f.unitId, ind->unit) : std::nullopt;
    };
    const Indicator *matchedIndicator = f.indicatorId.isEmpty() ? nullptr : m_ws.indicator(f.indicatorId);
    const int matched = matchedIndicator ? m_indicator->findData(f.indicatorId) : -1;
    const std::optional<double> inMatched = matched >= 0 ? inUnitOf(matchedIndicator) : std::nullopt;
    const std::optional<double> inChosen = inUnitOf(m_ws.indicator(m_indicator->currentData().toString()));
    double value = f.value;
    if (inMatched) {
        m_indicator->setCurrentIndex(matched);
        value = *inMatched;
    } else if (inChosen) {
        value = *inChosen;
    } else {
        m_indicator->setCurrentIndex(m_indicator->findData(kNew));
        m_newIndicator->fillFrom(f);
    }
    // As the table's editor writes a value: the qualifier's code before the number (> 270).
    m_value->setText(qualifierCode(f.qualifier) + plainDecimal(value));
}

NewValueFields AddValueDialog::fields() const
{
    NewValueFields f{m_indicator->currentData().toString(), m_period->text(), m_value->text(),
                     m_source->currentData().toString(), m_quote->toPlainText().trimmed()};
    if (f.indicator == kNew) {
        Indicator ind = m_newIndicator->indicator();
        const QString name = ind.name.en.isEmpty() ? ind.name.zh : ind.name.en;
        if (ind.name.en.isEmpty())
            ind.name.en = ind.name.zh;
        if (ind.name.zh.isEmpty())
            ind.name.zh = ind.name.en;
        ind.id = uniqueId(name, QStringLiteral("indicator"), [this](const QString &id) { return m_ws.indicator(id) != nullptr; });
        f.indicator = ind.id;
        f.newIndicator = ind;
        f.newSubject = m_newIndicator->newSubject();
    }
    if (f.source == kNew) {
        Source s = m_newSource->source();
        s.id = uniqueId(s.title.isEmpty() ? s.publisher : s.title, QStringLiteral("source"),
                        [this](const QString &id) { return m_ws.source(id) != nullptr; });
        f.source = s.id;
        f.newSource = s;
    }
    return f;
}

// ---- Indicator and source -----------------------------------------------------------------

IndicatorDialog::IndicatorDialog(const Indicator &indicator, Lang lang, QWidget *parent, const Workspace *subjectsOf)
    : QDialog(parent)
{
    setWindowTitle(subjectsOf ? tr("Add indicator") : tr("Edit indicator"));
    auto *form = new QFormLayout;
    m_form = std::make_unique<IndicatorForm>(indicator, lang, form, this, subjectsOf);
    addButtons(this, form);
}

IndicatorDialog::~IndicatorDialog() = default;

SourceDialog::SourceDialog(const Source &source, Lang lang, QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Edit source"));
    auto *form = new QFormLayout;
    m_form = std::make_unique<SourceForm>(source, lang, form, this);
    addButtons(this, form);
}

SourceDialog::~SourceDialog() = default;

} // namespace cs
