// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "extract/figures_workspace.h"

#include <QDialog>

class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableView;
class QTimer;

namespace cs {

class Document;
class FigureTableModel;

// File → Extract from text…: an article (pasted, or opened from .txt, .md, .html or .pdf) on the
// left, every figure found in it on the right for review, and the article's source fields.
// Accept adds the checked figures to the Document as one undoable step.
class ExtractDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ExtractDialog(Document *doc, QWidget *parent = nullptr);
    ~ExtractDialog() override;

    // Reads an article file into the text (and its title into the source); false and *error when it cannot.
    bool openFile(const QString &path, QString *error = nullptr);
    // Both extract at once. Extracting again keeps the review (checks and corrections) of the
    // figures still found at the same place.
    void setArticleText(const QString &text);
    void setArticleDate(const QDate &date);
    void extractNow();

    // What accepting the checked figures would add (duplicates listed in it).
    extract::FigureAdditions pendingAdditions() const;
    // Adds the checked figures through the Document (extracting first when an edit of the text or
    // the date is waiting to be); false and *error when it refuses them.
    bool acceptFigures(QString *error = nullptr);
    // What the last successful acceptFigures() added.
    const extract::FigureAdditions &accepted() const { return m_accepted; }

    QPlainTextEdit *textEdit() const { return m_text; }
    QTableView *table() const { return m_table; }
    FigureTableModel *model() const { return m_model; }
    QLineEdit *titleEdit() const { return m_title; }
    QLineEdit *publisherEdit() const { return m_publisher; }
    QLineEdit *referenceEdit() const { return m_reference; }
    QDateEdit *dateEdit() const { return m_date; }
    QLabel *statusLabel() const { return m_status; }

    void accept() override; // Accept: acceptFigures(), with its messages

private:
    Source source() const;
    void openInteractive();
    void highlightCurrent();
    void updateStatus(); // the duplicates and the counts: after the figures or their review change

    Document *m_doc;
    QPlainTextEdit *m_text = nullptr;
    QDateEdit *m_date = nullptr;
    QPushButton *m_extract = nullptr;
    QTableView *m_table = nullptr;
    FigureTableModel *m_model = nullptr;
    QLineEdit *m_title = nullptr;
    QLineEdit *m_publisher = nullptr;
    QLineEdit *m_reference = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_accept = nullptr;
    QTimer *m_debounce = nullptr;     // extracts once typing pauses
    QTimer *m_statusTimer = nullptr;  // updateStatus() once the review pauses
    bool m_stale = false;             // the text changed since the figures were found: offsets are off
    extract::FigureAdditions m_accepted;
};

} // namespace cs
