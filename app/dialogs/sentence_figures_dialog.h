// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "extract/figure.h"
#include "model/localized_text.h"

#include <QDialog>
#include <optional>

class QDateEdit;
class QListWidget;
class QPlainTextEdit;
class QTimer;

namespace cs {

struct Workspace;

// The value form's "From a sentence…": the user pastes one sentence, its figures are listed, and
// the one picked fills the form.
class SentenceFiguresDialog : public QDialog
{
    Q_OBJECT
public:
    SentenceFiguresDialog(const Workspace *ws, Lang lang, QWidget *parent = nullptr);

    void setSentence(const QString &text); // lists its figures at once (typing lists them once it pauses)
    const QList<extract::Figure> &figures() const { return m_figures; }
    std::optional<extract::Figure> chosen() const; // the selected figure, if any

    QPlainTextEdit *sentenceEdit() const { return m_sentence; }
    QListWidget *list() const { return m_list; }

private:
    void extract();

    const Workspace *m_ws;
    Lang m_lang;
    QPlainTextEdit *m_sentence = nullptr;
    QDateEdit *m_date = nullptr;
    QListWidget *m_list = nullptr;
    QTimer *m_debounce = nullptr;
    QList<extract::Figure> m_figures;
};

// One line for a figure: "> 270 亿元 · 2023 · 增长 · 深圳 战略性新兴产业增加值".
QString figureSummary(const extract::Figure &f, Lang lang);

} // namespace cs
