// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/value_fields.h"
#include "model/workspace.h"

#include <QDialog>

class QComboBox;
class QLineEdit;
class QPlainTextEdit;

namespace cs {

// "Add value…": indicator, period, value (with an optional qualifier), source and quote.
class AddValueDialog : public QDialog
{
    Q_OBJECT
public:
    AddValueDialog(const Workspace &ws, const QString &indicator, Lang lang, QWidget *parent = nullptr);
    NewValueFields fields() const;

private:
    QComboBox *m_indicator = nullptr;
    QLineEdit *m_period = nullptr;
    QLineEdit *m_value = nullptr;
    QComboBox *m_source = nullptr;
    QPlainTextEdit *m_quote = nullptr;
};

// "Edit indicator…": Chinese and English names, unit and measure.
class IndicatorDialog : public QDialog
{
    Q_OBJECT
public:
    IndicatorDialog(const Indicator &indicator, Lang lang, QWidget *parent = nullptr);
    Indicator indicator() const;

private:
    Indicator m_indicator;
    QLineEdit *m_zh = nullptr;
    QLineEdit *m_en = nullptr;
    QComboBox *m_unit = nullptr;
    QComboBox *m_measure = nullptr;
};

// "Edit source…": title, publisher, date, reference, confidence and note.
class SourceDialog : public QDialog
{
    Q_OBJECT
public:
    SourceDialog(const Source &source, Lang lang, QWidget *parent = nullptr);
    Source source() const;

private:
    Source m_source;
    QLineEdit *m_title = nullptr;
    QLineEdit *m_publisher = nullptr;
    QLineEdit *m_date = nullptr;
    QLineEdit *m_reference = nullptr;
    QComboBox *m_confidence = nullptr;
    QPlainTextEdit *m_note = nullptr;
};

} // namespace cs
