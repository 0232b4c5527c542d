// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/sentence_figures_dialog.h"

#include "chart/quantity_format.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace cs {

QString figureSummary(const extract::Figure &f, Lang lang)
{
    QStringList parts;
    const QString symbol = qualifierSymbol(f.qualifier);
    parts << (symbol.isEmpty() ? QString() : symbol + QLatin1Char(' ')) + plainDecimal(f.value) + QLatin1Char(' ') + f.unitText;
    if (f.period.isValid())
        parts << f.period.toString();
    parts << (f.measure == extract::FigureMeasure::Change ? extract::figureMeasureId(f.measure)
                                                          : measureName(extract::modelMeasure(f.measure)).text(lang));
    const QString what = (f.subject + QLatin1Char(' ') + f.indicatorName).trimmed();
    if (!what.isEmpty())
        parts << what;
    return parts.join(QStringLiteral(" · "));
}

SentenceFiguresDialog::SentenceFiguresDialog(const Workspace *ws, Lang lang, QWidget *parent)
    : QDialog(parent), m_ws(ws), m_lang(lang)
{
    setWindowTitle(tr("From a sentence"));
    m_sentence = new QPlainTextEdit(this);
    m_sentence->setPlaceholderText(tr("Paste the sentence the value comes from"));
    m_sentence->setTabChangesFocus(true);
    m_sentence->setMaximumHeight(m_sentence->fontMetrics().lineSpacing() * 6 + 12);
    m_date = new QDateEdit(QDate::currentDate(), this);
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_date->setToolTip(tr("The article's date: 今年, 去年 and 目前 are read from it"));
    m_list = new QListWidget(this);
    auto *form = new QFormLayout;
    form->addRow(tr("Sentence"), m_sentence);
    form->addRow(tr("Article date"), m_date);
    form->addRow(tr("Figures"), m_list);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Use this figure"));
    buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    setMinimumWidth(520);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (m_debounce->isActive()) { // the list is of the text before the last edit: list it anew first
            extract();
            return;
        }
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // Read again once typing pauses, not on every key (as the Extract dialog does).
    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(300);
    connect(m_debounce, &QTimer::timeout, this, &SentenceFiguresDialog::extract);
    connect(m_sentence, &QPlainTextEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_date, &QDateEdit::dateChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_list, &QListWidget::currentRowChanged, this,
            [buttons](int row) { buttons->button(QDialogButtonBox::Ok)->setEnabled(row >= 0); });
    connect(m_list, &QListWidget::itemDoubleClicked, this, &QDialog::accept);
}

void SentenceFiguresDialog::setSentence(const QString &text)
{
    m_sentence->setPlainText(text);
    extract();
}

void SentenceFiguresDialog::extract()
{
    m_debounce->stop();
    extract::ExtractOptions options;
    options.articleDate = m_date->date();
    options.workspace = m_ws;
    m_figures = extract::extractFigures(m_sentence->toPlainText(), options);
    m_list->clear();
    for (const extract::Figure &f : m_figures)
        m_list->addItem(figureSummary(f, m_lang));
    if (!m_figures.isEmpty())
        m_list->setCurrentRow(0);
}

std::optional<extract::Figure> SentenceFiguresDialog::chosen() const
{
    const int row = m_list->currentRow();
    return row >= 0 && row < m_figures.size() ? std::optional(m_figures[row]) : std::nullopt;
}

} // namespace cs
