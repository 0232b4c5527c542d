// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/value_fields.h"
#include "extract/figure.h"
#include "model/workspace.h"

#include <QCoreApplication>
#include <QDialog>
#include <memory>

class QComboBox;
class QFormLayout;
class QGroupBox;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace cs {

// The rows that describe an indicator: Chinese and English names, unit and measure (and, for a
// new indicator, its subject: an existing one or a name typed in, which makes a new subject).
class IndicatorForm
{
    Q_DECLARE_TR_FUNCTIONS(IndicatorForm)
public:
    IndicatorForm(const Indicator &indicator, Lang lang, QFormLayout *form, QWidget *parent,
                  const Workspace *subjectsOf = nullptr);
    Indicator indicator() const;
    // The subject typed in when it names none of the workspace's (empty: an existing one).
    std::optional<Subject> newSubject() const;
    QComboBox *subjectBox() const { return m_subject; }
    QLineEdit *zhEdit() const { return m_zh; }
    QComboBox *unitBox() const { return m_unit; }
    QComboBox *measureBox() const { return m_measure; }
    // Takes a figure's unit (`number` when it has none) and measure, fitted to each other as the
    // Extract dialog stores them (a level in % becomes a ratio), its indicator name (when none is
    // typed, or the one typed is the name an earlier figure filled in) and subject.
    void fillFrom(const extract::Figure &figure);

private:
    Indicator m_indicator;
    const Workspace *m_ws = nullptr;
    QLineEdit *m_zh = nullptr;
    QLineEdit *m_en = nullptr;
    QComboBox *m_unit = nullptr;
    QComboBox *m_measure = nullptr;
    QComboBox *m_subject = nullptr;
    QString m_filledName; // the name the last fillFrom() put in, while it is not edited
};

// The rows that describe a source: title, publisher, date, reference, confidence and note.
class SourceForm
{
    Q_DECLARE_TR_FUNCTIONS(SourceForm)
public:
    SourceForm(const Source &source, Lang lang, QFormLayout *form, QWidget *parent);
    Source source() const;
    QLineEdit *titleEdit() const { return m_title; }
    QLineEdit *publisherEdit() const { return m_publisher; }

private:
    Source m_source;
    QLineEdit *m_title = nullptr;
    QLineEdit *m_publisher = nullptr;
    QLineEdit *m_date = nullptr;
    QLineEdit *m_reference = nullptr;
    QComboBox *m_confidence = nullptr;
    QPlainTextEdit *m_note = nullptr;
};

// "Add value…": indicator, period, value (with an optional qualifier), source and quote. The
// source is never preselected. "New indicator…" and "New source…" in their lists open their
// fields in place, so a value can be typed into an empty workspace.
class AddValueDialog : public QDialog
{
    Q_OBJECT
public:
    AddValueDialog(const Workspace &ws, const QString &indicator, Lang lang, QWidget *parent = nullptr);
    ~AddValueDialog() override;
    NewValueFields fields() const;

    QComboBox *indicatorBox() const { return m_indicator; }
    QComboBox *sourceBox() const { return m_source; }
    QLineEdit *periodEdit() const { return m_period; }
    QLineEdit *valueEdit() const { return m_value; }
    IndicatorForm *newIndicatorForm() const { return m_newIndicator.get(); }
    SourceForm *newSourceForm() const { return m_newSource.get(); }
    static const QString kNew; // the item data of "New indicator…" and "New source…"
    QPushButton *fromSentenceButton() const { return m_fromSentence; }
    QPlainTextEdit *quoteEdit() const { return m_quote; }
    // Fills the value, qualifier, period and quote from a figure, and the indicator: its match,
    // else the chosen one, when the figure's unit converts into theirs (the value is converted
    // into it), else a new one in the figure's unit.
    void fillFromFigure(const extract::Figure &figure);

private:
    const Workspace &m_ws;
    QComboBox *m_indicator = nullptr;
    QLineEdit *m_period = nullptr;
    QLineEdit *m_value = nullptr;
    QComboBox *m_source = nullptr;
    QPlainTextEdit *m_quote = nullptr;
    QPushButton *m_fromSentence = nullptr;
    Lang m_lang;
    QGroupBox *m_indicatorBox = nullptr;
    QGroupBox *m_sourceBox = nullptr;
    std::unique_ptr<IndicatorForm> m_newIndicator;
    std::unique_ptr<SourceForm> m_newSource;
};

// "Edit indicator…" and "Add indicator…" (with its subject).
class IndicatorDialog : public QDialog
{
    Q_OBJECT
public:
    // `subjectsOf`: for a new indicator, the workspace whose subjects it may take (or add to).
    IndicatorDialog(const Indicator &indicator, Lang lang, QWidget *parent = nullptr, const Workspace *subjectsOf = nullptr);
    ~IndicatorDialog() override;
    Indicator indicator() const { return m_form->indicator(); }
    std::optional<Subject> newSubject() const { return m_form->newSubject(); }
    IndicatorForm *form() const { return m_form.get(); }

private:
    std::unique_ptr<IndicatorForm> m_form;
};

// "Edit source…".
class SourceDialog : public QDialog
{
    Q_OBJECT
public:
    SourceDialog(const Source &source, Lang lang, QWidget *parent = nullptr);
    ~SourceDialog() override;
    Source source() const { return m_form->source(); }

private:
    std::unique_ptr<SourceForm> m_form;
};

} // namespace cs
