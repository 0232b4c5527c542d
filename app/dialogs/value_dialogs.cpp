// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/value_dialogs.h"

#include "model/measure.h"
#include "model/qualifier.h"
#include "import/text_values.h"
#include "model/unit.h"
#include "query/validation.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHash>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace cs {

namespace {

QDialogButtonBox *addButtons(QDialog *dialog, QFormLayout *form)
{
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    QObject::connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(dialog);
    layout->addLayout(form);
    layout->addWidget(buttons);
    dialog->setMinimumWidth(460); // names and titles are long
    return buttons;
}

} // namespace

// ---- Add value ----------------------------------------------------------------------------

AddValueDialog::AddValueDialog(const Workspace &ws, const QString &indicator, Lang lang, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Add value"));
    auto *form = new QFormLayout;
    m_indicator = new QComboBox(this);
    for (const Indicator &ind : ws.indicators)
        m_indicator->addItem(ind.name.text(lang), ind.id);
    m_indicator->setCurrentIndex(std::max(0, m_indicator->findData(indicator)));
    m_period = new QLineEdit(this);
    m_period->setPlaceholderText(tr("2023, 2023-Q3, 2023-09 or empty"));
    m_value = new QLineEdit(this);
    m_value->setPlaceholderText(tr("a number, optionally after > >= ~ < <="));
    m_source = new QComboBox(this);
    for (const Source &s : ws.sources)
        m_source->addItem(sourceShortName(s, lang) + QStringLiteral(" (") + s.id + QLatin1Char(')'), s.id);
    m_quote = new QPlainTextEdit(this);
    m_quote->setTabChangesFocus(true);
    form->addRow(tr("Indicator"), m_indicator);
    form->addRow(tr("Period"), m_period);
    form->addRow(tr("Value"), m_value);
    form->addRow(tr("Source"), m_source);
    form->addRow(tr("Quote"), m_quote);
    addButtons(this, form);
}

NewValueFields AddValueDialog::fields() const
{
    return {m_indicator->currentData().toString(), m_period->text(), m_value->text(), m_source->currentData().toString(),
            m_quote->toPlainText().trimmed()};
}

// ---- Indicator ----------------------------------------------------------------------------

IndicatorDialog::IndicatorDialog(const Indicator &indicator, Lang lang, QWidget *parent)
    : QDialog(parent), m_indicator(indicator)
{
    setWindowTitle(tr("Edit indicator"));
    auto *form = new QFormLayout;
    m_zh = new QLineEdit(indicator.name.zh, this);
    m_en = new QLineEdit(indicator.name.en, this);
    m_unit = new QComboBox(this);
    for (const Unit &unit : units::all())
        m_unit->addItem(unit.label.text(lang) + QStringLiteral(" (") + unit.id + QLatin1Char(')'), unit.id);
    if (m_unit->findData(indicator.unit) < 0) // a custom unit keeps its id
        m_unit->addItem(indicator.unit, indicator.unit);
    m_unit->setCurrentIndex(m_unit->findData(indicator.unit));
    m_measure = new QComboBox(this);
    for (Measure m : {Measure::Level, Measure::Growth, Measure::Share, Measure::Cumulative, Measure::Count, Measure::Ratio,
                      Measure::Duration, Measure::Target})
        m_measure->addItem(measureName(m).text(lang), measureId(m));
    m_measure->setCurrentIndex(m_measure->findData(measureId(indicator.measure)));
    form->addRow(tr("Id"), new QLabel(indicator.id, this));
    form->addRow(tr("Name (Chinese)"), m_zh);
    form->addRow(tr("Name (English)"), m_en);
    form->addRow(tr("Unit"), m_unit);
    form->addRow(tr("Measure"), m_measure);
    addButtons(this, form);
}

Indicator IndicatorDialog::indicator() const
{
    Indicator i = m_indicator;
    i.name.zh = m_zh->text().trimmed();
    i.name.en = m_en->text().trimmed();
    i.unit = m_unit->currentData().toString();
    i.measure = measureFromId(m_measure->currentData().toString()).value_or(i.measure);
    return i;
}

// ---- Source -------------------------------------------------------------------------------

SourceDialog::SourceDialog(const Source &source, Lang lang, QWidget *parent) : QDialog(parent), m_source(source)
{
    setWindowTitle(tr("Edit source"));
    auto *form = new QFormLayout;
    m_title = new QLineEdit(source.title, this);
    m_publisher = new QLineEdit(source.publisher, this);
    m_date = new QLineEdit(source.date, this);
    m_date->setPlaceholderText(tr("YYYY-MM-DD or YYYY-MM"));
    m_reference = new QLineEdit(source.reference, this);
    m_confidence = new QComboBox(this);
    for (Confidence c : {Confidence::Primary, Confidence::OfficialCopy, Confidence::Secondary, Confidence::Derived})
        m_confidence->addItem(confidenceName(c).text(lang), confidenceId(c));
    m_confidence->setCurrentIndex(m_confidence->findData(confidenceId(source.confidence)));
    m_note = new QPlainTextEdit(source.note, this);
    m_note->setTabChangesFocus(true);
    form->addRow(tr("Id"), new QLabel(source.id, this));
    form->addRow(tr("Title"), m_title);
    form->addRow(tr("Publisher"), m_publisher);
    form->addRow(tr("Date"), m_date);
    form->addRow(tr("Reference"), m_reference);
    form->addRow(tr("Confidence"), m_confidence);
    form->addRow(tr("Note"), m_note);
    addButtons(this, form);
}

Source SourceDialog::source() const
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

} // namespace cs
