// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/extract_dialog.h"

#include "dialogs/figure_table_model.h"
#include "document/article_reader.h"
#include "document/document.h"
#include "extract/figure.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
#include <QTextBlock>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace cs {

namespace {
constexpr int kDebounceMs = 400; // re-extract once typing pauses, not on every key
constexpr int kStatusMs = 200;   // the duplicates scan the workspace: once the review pauses
}

ExtractDialog::ExtractDialog(Document *doc, QWidget *parent) : QDialog(parent), m_doc(doc)
{
    setWindowTitle(tr("Extract from text"));
    const Lang lang = doc->language();

    // The article.
    m_text = new QPlainTextEdit(this);
    m_text->setObjectName(QStringLiteral("articleText"));
    m_text->setPlaceholderText(tr("Paste a news report or a bulletin here, or open a file"));
    auto *open = new QPushButton(tr("Open…"), this);
    m_date = new QDateEdit(QDate::currentDate(), this);
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_date->setToolTip(tr("The article's date: 今年, 去年 and 目前 are read from it"));
    m_extract = new QPushButton(tr("Extract"), this);
    auto *articleBar = new QHBoxLayout;
    articleBar->addWidget(open);
    articleBar->addWidget(new QLabel(tr("Article date"), this));
    articleBar->addWidget(m_date);
    articleBar->addStretch();
    articleBar->addWidget(m_extract);
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addLayout(articleBar);
    leftLayout->addWidget(m_text);

    // The figures and the source.
    m_model = new FigureTableModel(&doc->workspace(), lang, this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("figures"));
    m_table->setModel(m_model);
    m_table->setItemDelegate(new FigureChoiceDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_title = new QLineEdit(this);
    m_publisher = new QLineEdit(this);
    m_reference = new QLineEdit(this);
    m_reference->setPlaceholderText(tr("URL, file or citation"));
    auto *sourceForm = new QFormLayout;
    sourceForm->addRow(tr("Title"), m_title);
    sourceForm->addRow(tr("Publisher"), m_publisher);
    sourceForm->addRow(tr("Reference"), m_reference);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_table, 1);
    rightLayout->addWidget(m_status);
    rightLayout->addLayout(sourceForm);

    auto *split = new QSplitter(this);
    split->addWidget(left);
    split->addWidget(right);
    split->setStretchFactor(1, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_accept = buttons->addButton(tr("Add to workspace"), QDialogButtonBox::AcceptRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &ExtractDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(split, 1);
    layout->addWidget(buttons);
    resize(1200, 700);

    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(kDebounceMs);
    connect(m_debounce, &QTimer::timeout, this, &ExtractDialog::extractNow);
    connect(m_text, &QPlainTextEdit::textChanged, this, [this] {
        // The figures' offsets are off until they are found again: no highlight till then.
        m_stale = true;
        m_text->setExtraSelections({});
        m_debounce->start();
    });
    connect(m_date, &QDateEdit::dateChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_extract, &QPushButton::clicked, this, &ExtractDialog::extractNow);
    connect(open, &QPushButton::clicked, this, &ExtractDialog::openInteractive);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ExtractDialog::highlightCurrent);
    // The source's fields change nothing the status shows (the duplicates do not depend on them).
    m_statusTimer = new QTimer(this);
    m_statusTimer->setSingleShot(true);
    m_statusTimer->setInterval(kStatusMs);
    connect(m_statusTimer, &QTimer::timeout, this, &ExtractDialog::updateStatus);
    connect(m_model, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &, const QModelIndex &, const QList<int> &roles) {
                const bool onlyWarnings = !roles.isEmpty() && std::all_of(roles.begin(), roles.end(), [](int role) {
                    return role == Qt::BackgroundRole || role == Qt::ToolTipRole;
                });
                if (!onlyWarnings) // setWarnings()' own change
                    m_statusTimer->start();
            });
    updateStatus();
}

ExtractDialog::~ExtractDialog() = default;

bool ExtractDialog::openFile(const QString &path, QString *error)
{
    extract::ArticleText article;
    if (readArticleFile(path, &article, error) != extract::ArticleError::None)
        return false;
    m_title->setText(article.title.isEmpty() ? QFileInfo(path).completeBaseName() : article.title);
    m_reference->setText(QFileInfo(path).fileName());
    m_model->setFigures({}); // another article: no review to keep
    setArticleText(article.text);
    return true;
}

void ExtractDialog::openInteractive()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open article"), QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
        tr("Articles (*.txt *.md *.html *.htm *.pdf);;All files (*)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!openFile(path, &error))
        QMessageBox::warning(this, tr("Open article"), tr("Cannot read %1:\n%2").arg(QFileInfo(path).fileName(), error));
}

void ExtractDialog::setArticleText(const QString &text)
{
    m_text->setPlainText(text);
    extractNow();
}

void ExtractDialog::setArticleDate(const QDate &date)
{
    m_date->setDate(date);
    extractNow();
}

void ExtractDialog::extractNow()
{
    m_debounce->stop();
    extract::ExtractOptions options;
    options.articleDate = m_date->date();
    options.workspace = &m_doc->workspace();
    m_model->setFigures(extract::extractFigures(m_text->toPlainText(), options));
    m_stale = false;
    m_text->setExtraSelections({});
    updateStatus(); // at once: the figures are all new
}

Source ExtractDialog::source() const
{
    Source s;
    s.title = m_title->text().trimmed();
    s.publisher = m_publisher->text().trimmed();
    s.reference = m_reference->text().trimmed();
    s.date = m_date->date().toString(Qt::ISODate);
    s.confidence = Confidence::Primary; // the article itself
    return s;
}

extract::FigureAdditions ExtractDialog::pendingAdditions() const
{
    return extract::additionsForFigures(m_doc->workspace(), m_model->usedFigures(), source());
}

// The repeats are marked in the table as the figures are reviewed, so that none is a surprise.
void ExtractDialog::updateStatus()
{
    m_statusTimer->stop();
    const extract::FigureAdditions a = pendingAdditions();
    QList<int> usedRows; // additions' figure index → the table's row
    for (int r = 0; r < m_model->rowCount(); ++r)
        if (m_model->isUsed(r))
            usedRows.append(r);
    QHash<int, QString> warnings;
    for (qsizetype k = 0; k < a.duplicateFigures.size(); ++k)
        warnings.insert(usedRows.value(a.duplicateFigures[k]), a.duplicates.value(k));
    m_model->setWarnings(warnings);
    QString text = tr("%n figure(s) found", nullptr, m_model->rowCount()) + QStringLiteral("; ")
        + tr("%n to add", nullptr, int(a.observations.size()));
    if (!a.duplicates.isEmpty())
        text += QStringLiteral("; ") + tr("%n repeat(s) a value already there (marked)", nullptr, int(a.duplicates.size()));
    m_status->setText(text);
    m_accept->setEnabled(!a.observations.isEmpty());
}

void ExtractDialog::highlightCurrent()
{
    const QModelIndex current = m_table->currentIndex();
    if (m_stale || !current.isValid() || current.row() >= m_model->rowCount()) {
        m_text->setExtraSelections({});
        return;
    }
    const extract::Figure &f = m_model->figure(current.row());
    const int length = m_text->document()->characterCount() - 1;
    auto selection = [&](qsizetype from, qsizetype to, const QColor &color) {
        QTextEdit::ExtraSelection s;
        s.cursor = QTextCursor(m_text->document());
        s.cursor.setPosition(int(std::clamp<qsizetype>(from, 0, length)));
        s.cursor.setPosition(int(std::clamp<qsizetype>(to, 0, length)), QTextCursor::KeepAnchor);
        s.format.setBackground(color);
        return s;
    };
    m_text->setExtraSelections({selection(f.sentenceStart, f.sentenceEnd, QColor(255, 244, 170)),
                                selection(f.start, f.end, QColor(255, 200, 90))});
    QTextCursor at(m_text->document());
    at.setPosition(int(std::clamp<qsizetype>(f.start, 0, length)));
    m_text->setTextCursor(at);
    m_text->centerCursor();
}

bool ExtractDialog::acceptFigures(QString *error)
{
    if (m_debounce->isActive())
        extractNow(); // what is added is what the table shows once the edit is read
    const extract::FigureAdditions a = pendingAdditions();
    if (a.observations.isEmpty()) {
        if (error)
            *error = tr("No figure is checked");
        return false;
    }
    if (!m_doc->addFigures(a, error))
        return false;
    m_accepted = a;
    return true;
}

void ExtractDialog::accept()
{
    QString error;
    if (!acceptFigures(&error)) {
        QMessageBox::warning(this, tr("Extract from text"), tr("Cannot add the figures:\n%1").arg(error));
        return;
    }
    if (!m_accepted.duplicates.isEmpty())
        QMessageBox::information(this, tr("Extract from text"),
                                 tr("Added %n value(s). Some repeat values already there:", nullptr,
                                    int(m_accepted.observations.size()))
                                     + QStringLiteral("\n") + m_accepted.duplicates.join(QLatin1Char('\n')));
    QDialog::accept();
}

} // namespace cs
