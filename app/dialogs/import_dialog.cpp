// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/import_dialog.h"

#include <QAbstractTableModel>
#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressDialog>
#include <QPromise>
#include <QPushButton>
#include <QSet>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>
#include <new>

#include "document/background_job.h"

namespace cs {

namespace {

constexpr int kMaxRoleColumns = 1000;   // mapping editors beyond this are not built
constexpr int kMaxListedSkips = 1000;   // skipped rows listed one by one
constexpr int kCellPreviewChars = 120;
constexpr qint64 kReadChunk = 4 << 20;
constexpr int kProgressDelayMs = 300;   // a job shorter than this shows no progress dialog
constexpr int kScheduleDelayMs = 120;   // changes closer than this give one re-parse

const QColor kHeaderBackground(204, 222, 246);
const QColor kSkippedBackground(232, 232, 232);
const QColor kErrorBackground(255, 205, 205);
const QColor kErrorText(190, 0, 0);
const QColor kWarningText(150, 90, 0);

bool singleValued(ImportDialog::Role r)
{
    using R = ImportDialog::Role;
    return r == R::Subject || r == R::Indicator || r == R::Period || r == R::Value || r == R::Unit || r == R::Key;
}

ImportDialog::Role roleIn(const ColumnRoles &roles, int c)
{
    using R = ImportDialog::Role;
    if (c == 0 && roles.eurostatKey)
        return R::Key;
    if (c == roles.subject)
        return R::Subject;
    if (c == roles.indicator)
        return R::Indicator;
    if (c == roles.period)
        return R::Period;
    if (c == roles.value)
        return R::Value;
    if (c == roles.unit)
        return R::Unit;
    if (roles.data.contains(c))
        return R::Data;
    if (roles.dimensions.contains(c))
        return R::Dimension;
    if (roles.ignored.contains(c))
        return R::Ignore;
    return R::None;
}

} // namespace

// The header-row chooser: its value is the row's index in the table (-1: detect, shown as the
// special value text), and it shows and accepts the row's line in the file, as the preview and
// the report do.
class LineSpinBox : public QSpinBox
{
public:
    using QSpinBox::QSpinBox;
    void setLines(const QList<qint64> &lines) { m_lines = lines; }

protected:
    QString textFromValue(int value) const override
    {
        return value >= 0 && value < m_lines.size() ? QString::number(m_lines[value]) : QString::number(value + 1);
    }
    int valueFromText(const QString &text) const override
    {
        if (text == specialValueText())
            return minimum();
        const qint64 line = text.trimmed().toLongLong();
        const auto it = std::lower_bound(m_lines.begin(), m_lines.end(), line);
        return it == m_lines.end() ? maximum() : int(it - m_lines.begin());
    }
    QValidator::State validate(QString &input, int &) const override
    {
        if (input == specialValueText())
            return QValidator::Acceptable;
        const QString t = input.trimmed();
        if (t.isEmpty() || specialValueText().startsWith(t))
            return QValidator::Intermediate;
        for (QChar c : t)
            if (!c.isDigit())
                return QValidator::Invalid;
        return QValidator::Acceptable;
    }

private:
    QList<qint64> m_lines;
};

// The first rows of the table as read, with the header row and the skipped rows shaded, the
// columns labelled with their roles and the cell of an error marked.
class ImportPreviewModel : public QAbstractTableModel
{
public:
    using QAbstractTableModel::QAbstractTableModel;
    static constexpr int KindRole = Qt::UserRole + 1; // "header", "skipped", "data"

    struct Content {
        QList<QStringList> rows;
        QList<qint64> lines;
        int columns = 0;
        int headerRow = -1;
        QHash<int, QString> skipped; // row → reason
        QStringList columnLabels;
        QList<bool> columnUsed;
        int errorRow = -1;
        int errorColumn = -1;
    };

    void setContent(Content c)
    {
        beginResetModel();
        m_c = std::move(c);
        endResetModel();
    }

    int rowCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : int(m_c.rows.size()); }
    int columnCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : m_c.columns; }

    QVariant data(const QModelIndex &index, int role) const override
    {
        if (!index.isValid())
            return {};
        const int r = index.row();
        const int c = index.column();
        const QString text = m_c.rows[r].value(c);
        const bool header = r == m_c.headerRow;
        const bool skipped = m_c.skipped.contains(r);
        const bool error = r == m_c.errorRow && (c == m_c.errorColumn || m_c.errorColumn < 0);
        switch (role) {
        case Qt::DisplayRole: {
            QString shown = text;
            shown.replace(QLatin1Char('\n'), QChar(0x23CE)).replace(QLatin1Char('\r'), QString());
            return shown.size() > kCellPreviewChars ? shown.left(kCellPreviewChars) + QChar(0x2026) : shown;
        }
        case Qt::ToolTipRole:
            if (skipped)
                return QCoreApplication::translate("cs::ImportDialog", "Skipped: %1").arg(m_c.skipped[r]);
            if (header)
                return QCoreApplication::translate("cs::ImportDialog", "The header row: the names of the columns");
            return text.size() > kCellPreviewChars ? text : QVariant();
        case Qt::BackgroundRole:
            if (error)
                return kErrorBackground;
            if (header)
                return kHeaderBackground;
            if (skipped)
                return kSkippedBackground;
            return {};
        case Qt::ForegroundRole:
            if (error)
                return kErrorText;
            if (skipped || (!header && r > m_c.headerRow && m_c.headerRow >= 0 && !m_c.columnUsed.value(c, false)))
                return QColor(Qt::gray);
            return {};
        case Qt::FontRole:
            if (header) {
                QFont f;
                f.setBold(true);
                return f;
            }
            return {};
        case KindRole:
            return header ? QStringLiteral("header") : skipped ? QStringLiteral("skipped") : QStringLiteral("data");
        }
        return {};
    }

    QVariant headerData(int section, Qt::Orientation orientation, int role) const override
    {
        if (orientation == Qt::Vertical) {
            if (role == Qt::DisplayRole)
                return m_c.lines.value(section);
            if (role == Qt::ToolTipRole)
                return QCoreApplication::translate("cs::ImportDialog", "Line %1 of the file").arg(m_c.lines.value(section));
            return {};
        }
        if (role == Qt::DisplayRole)
            return m_c.columnLabels.value(section, QString::number(section + 1));
        return {};
    }

private:
    Content m_c;
};

struct ImportDialog::JobOutput {
    bool haveBytes = false;
    QByteArray bytes;
    bool parsed = false;
    DataFileResult file;   // its ragged rows are not shown: see raggedRows()
    TableImportResult import;
    QStringList ragged;    // "LINE:COLUMN: message" for rows of the table body
};

namespace {

// Rows of the table body (after the header, not skipped) whose number of fields differs from the
// header's. The reader compares rows with the most common count, which in a small NBS download
// is the one-field metadata lines: every data row would be reported.
QStringList raggedRows(const TextTable &t, const TableImportResult &r)
{
    QStringList out;
    if (r.headerRow < 0 || r.headerRow >= t.rows.size())
        return out;
    QSet<qint64> skipped;
    for (const SkippedRow &s : r.skipped)
        if (s.column == 0)
            skipped.insert(s.line);
    const qsizetype expected = t.rows[r.headerRow].size();
    constexpr int kMax = 100;
    qsizetype more = 0;
    for (qsizetype i = r.headerRow + 1; i < t.rows.size(); ++i) {
        const qsizetype n = t.rows[i].size();
        if (n == expected || skipped.contains(t.lines[i]))
            continue;
        if (out.size() == kMax) {
            ++more;
            continue;
        }
        out << QStringLiteral("%1:%2: %3").arg(t.lines[i]).arg(std::min(n, expected) + 1)
                   .arg(QCoreApplication::translate("cs::ImportDialog", "row has %1 fields, the header has %2").arg(n).arg(expected));
    }
    if (more > 0)
        out << QCoreApplication::translate("cs::ImportDialog", "%1 more rows with a different number of fields").arg(more);
    return out;
}

} // namespace

ImportDialog::ImportDialog(const QString &path, QWidget *parent, const QString &sourceTitle)
    : QDialog(parent), m_path(path), m_scheduleTimer(new QTimer(this)), m_progressTimer(new QTimer(this)),
      m_form(new QFormLayout), m_formatLabel(new QLabel(this)), m_encoding(new QComboBox(this)),
      m_delimiter(new QComboBox(this)), m_sheet(new QComboBox(this)), m_headerRow(new LineSpinBox(this)),
      m_layout(new QComboBox(this)), m_mapping(new QTableWidget(0, 2, this)), m_preview(new QTableView(this)),
      m_model(new ImportPreviewModel(this)), m_report(new QLabel(this)), m_problems(new QListWidget(this))
{
    setObjectName(QStringLiteral("ImportDialog"));
    setWindowTitle(tr("Import %1").arg(QFileInfo(path).fileName()));

    m_encoding->addItem(tr("Auto"), QString());
    for (const QString &name : {QStringLiteral("utf-8"), QStringLiteral("utf-16le"), QStringLiteral("utf-16be"),
                                QStringLiteral("gb18030"), QStringLiteral("latin1")})
        m_encoding->addItem(name, name);
    m_delimiter->addItem(tr("Auto"), 0);
    m_delimiter->addItem(tr("comma"), int(','));
    m_delimiter->addItem(tr("semicolon"), int(';'));
    m_delimiter->addItem(tr("tab"), int('\t'));
    m_delimiter->addItem(tr("pipe"), int('|'));
    m_layout->addItem(tr("Auto"), int(TableLayout::Auto));
    m_layout->addItem(tr("long (one row per value)"), int(TableLayout::Long));
    m_layout->addItem(tr("wide (periods as columns)"), int(TableLayout::Wide));
    m_layout->addItem(tr("indicator columns (a period column, then one column per indicator)"), int(TableLayout::IndicatorColumns));
    m_headerRow->setRange(-1, 0);
    m_headerRow->setValue(-1);
    m_headerRow->setSpecialValueText(tr("auto"));
    m_headerRow->setToolTip(tr("The line holding the column names; lines above it are skipped as metadata"));
    m_encoding->setToolTip(tr("The text encoding: detected, or chosen here"));
    m_delimiter->setToolTip(tr("The character between fields: detected, or chosen here"));

    if (sourceTitle.isEmpty()) {
        auto *fileLabel = new QLabel(QDir::toNativeSeparators(path), this);
        fileLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
        fileLabel->setWordWrap(true);
        m_form->addRow(tr("File:"), fileLabel);
    } else {
        m_sourceTitle = new QLineEdit(sourceTitle, this);
        m_sourceTitle->setPlaceholderText(sourceTitle);
        m_sourceTitle->setObjectName(QStringLiteral("sourceTitle"));
        m_sourceTitle->setToolTip(tr("The source the imported values will name"));
        connect(m_sourceTitle, &QLineEdit::textEdited, this, [this] { schedule(Stage::Import); });
        m_form->addRow(tr("Source:"), m_sourceTitle);
    }
    m_form->addRow(tr("Format:"), m_formatLabel);
    m_form->addRow(tr("Encoding:"), m_encoding);
    m_form->addRow(tr("Delimiter:"), m_delimiter);
    m_form->addRow(tr("Sheet:"), m_sheet);
    m_form->addRow(tr("Header line:"), m_headerRow);
    m_form->addRow(tr("Layout:"), m_layout);
    m_form->setRowVisible(m_sheet, false);
    auto *readBox = new QGroupBox(tr("How the file is read"), this);
    readBox->setLayout(m_form);

    m_mapping->setHorizontalHeaderLabels({tr("Column"), tr("Role")});
    m_mapping->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_mapping->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Fixed); // sized to the role boxes
    m_mapping->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_mapping->verticalHeader()->hide();
    m_mapping->setSelectionMode(QAbstractItemView::NoSelection);
    m_mapping->setToolTip(tr("What each column holds. Data: a period column (wide layout) or an indicator column "
                             "(indicator columns layout)."));
    auto *mapBox = new QGroupBox(tr("Columns"), this);
    auto *mapLayout = new QVBoxLayout(mapBox);
    mapLayout->addWidget(m_mapping);

    auto *top = new QHBoxLayout;
    top->addWidget(readBox, 1);
    top->addWidget(mapBox, 1);

    m_preview->setModel(m_model);
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->setWordWrap(false);
    m_preview->verticalHeader()->setDefaultSectionSize(m_preview->fontMetrics().height() + 6);
    m_preview->horizontalHeader()->setDefaultSectionSize(110);
    auto *previewBox = new QGroupBox(tr("Preview: the first %1 rows as read").arg(kPreviewRows), this);
    auto *previewLayout = new QVBoxLayout(previewBox);
    previewLayout->addWidget(m_preview);

    m_report->setWordWrap(true);
    m_report->setTextFormat(Qt::PlainText);
    m_report->setObjectName(QStringLiteral("importReport"));
    m_problems->setObjectName(QStringLiteral("importProblems"));
    m_problems->setUniformItemSizes(true);
    auto *reportBox = new QWidget(this);
    auto *reportLayout = new QVBoxLayout(reportBox);
    reportLayout->setContentsMargins(0, 0, 0, 0);
    reportLayout->addWidget(m_report);
    reportLayout->addWidget(m_problems, 1);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(previewBox);
    splitter->addWidget(reportBox);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("Import"));
    m_ok->setEnabled(false);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (canImport())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(splitter, 1);
    layout->addWidget(buttons);
    resize(1100, 760);

    m_scheduleTimer->setSingleShot(true);
    m_scheduleTimer->setInterval(kScheduleDelayMs);
    connect(m_scheduleTimer, &QTimer::timeout, this, &ImportDialog::startJob);
    m_progressTimer->setSingleShot(true);
    m_progressTimer->setInterval(kProgressDelayMs);
    connect(m_progressTimer, &QTimer::timeout, this, &ImportDialog::showProgress);

    auto reparse = [this] {
        if (m_syncing)
            return;
        m_roles.reset();
        schedule(Stage::Parse);
    };
    connect(m_encoding, &QComboBox::currentIndexChanged, this, reparse);
    connect(m_delimiter, &QComboBox::currentIndexChanged, this, reparse);
    connect(m_sheet, &QComboBox::currentIndexChanged, this, [this] {
        if (m_syncing)
            return;
        m_syncing = true;
        m_headerRow->setValue(-1); // another sheet: detect its header again
        m_syncing = false;
        m_roles.reset();
        schedule(Stage::Parse);
    });
    auto remap = [this] {
        if (m_syncing)
            return;
        m_roles.reset();
        schedule(Stage::Import);
    };
    connect(m_headerRow, &QSpinBox::valueChanged, this, remap);
    connect(m_layout, &QComboBox::currentIndexChanged, this, remap);

    // The first read starts at once, off the UI thread.
    m_report->setText(tr("Reading %1…").arg(QFileInfo(path).fileName()));
    m_formatLabel->setText(tr("reading…"));
    startJob();
}

ImportDialog::~ImportDialog()
{
    if (m_job) {
        m_job->disconnect(this);
        m_job->cancel(); // the job stops at its next check
    }
}

QSpinBox *ImportDialog::headerRowBox() const { return m_headerRow; }
QAbstractItemModel *ImportDialog::previewModel() const { return m_model; }

bool ImportDialog::isBusy() const { return m_job != nullptr || m_scheduled; }

bool ImportDialog::canImport() const
{
    return !isBusy() && !m_stale && m_haveBytes && m_file.ok() && m_import.ok() && m_import.imported > 0;
}

bool ImportDialog::waitUntilRead(int ms)
{
    QElapsedTimer clock;
    clock.start();
    while (isBusy()) {
        const qint64 left = ms - clock.elapsed();
        if (left <= 0)
            return false;
        QEventLoop loop;
        QTimer::singleShot(int(std::min<qint64>(left, 50)), &loop, &QEventLoop::quit);
        connect(this, &ImportDialog::parsed, &loop, &QEventLoop::quit);
        connect(this, &QDialog::finished, &loop, &QEventLoop::quit);
        loop.exec();
        if (m_readCancelled)
            return false;
    }
    return true;
}

void ImportDialog::schedule(Stage stage)
{
    m_pending = m_scheduled ? std::max(m_pending, stage) : stage;
    m_scheduled = true;
    m_ok->setEnabled(false);
    m_scheduleTimer->start();
}

DataFileOptions ImportDialog::fileOptions() const
{
    DataFileOptions o;
    o.fileName = m_path;
    if (const QString name = m_encoding->currentData().toString(); !name.isEmpty())
        o.csv.encoding = textEncodingFromName(name);
    if (const int d = m_delimiter->currentData().toInt(); d != 0)
        o.csv.delimiter = char(d);
    if (m_sheet->count() > 0 && m_sheet->currentIndex() >= 0) {
        o.xlsx.sheetIndex = m_sheet->currentIndex();
        o.xlsx.sheetName = m_sheet->currentText();
        o.xlsx.sheetGiven = true;
    }
    return o;
}

TableLayout ImportDialog::layoutForRoles(const ColumnRoles &roles) const
{
    if (roles.value >= 0)
        return TableLayout::Long;
    if (!roles.data.isEmpty())
        return roles.period >= 0 ? TableLayout::IndicatorColumns : TableLayout::Wide;
    return m_import.layout != TableLayout::Auto ? m_import.layout : TableLayout::Long;
}

TableImportOptions ImportDialog::importOptions() const
{
    TableImportOptions o;
    o.fileName = m_path;
    if (m_sourceTitle)
        o.sourceTitle = m_sourceTitle->text().trimmed().isEmpty() ? m_sourceTitle->placeholderText() : m_sourceTitle->text().trimmed();
    o.headerRow = m_headerRow->value();
    o.layout = TableLayout(m_layout->currentData().toInt());
    if (m_roles) {
        o.roles = m_roles;
        // With roles given, the core would take any layout but long for wide: say which.
        if (o.layout == TableLayout::Auto)
            o.layout = layoutForRoles(*m_roles);
    }
    return o;
}

void ImportDialog::startJob()
{
    m_scheduleTimer->stop();
    Stage stage = std::max(m_scheduled ? m_pending : Stage::Import, m_minStage);
    m_scheduled = false;
    if (m_job) {
        // A newer job replaces the running one (which stops), and redoes whatever it was redoing.
        stage = std::max(stage, m_running);
        m_job->disconnect(this);
        m_job->cancel();
        m_job->deleteLater();
        m_job = nullptr;
    }
    if (!m_haveBytes)
        stage = Stage::Read;
    const quint64 generation = ++m_generation;
    m_running = stage;

    const QString path = m_path;
    const QByteArray bytes = m_bytes;
    const DataFileOptions fopts = fileOptions();
    const TextTable table = m_file.table;
    const TableImportOptions iopts = importOptions();
    // Only delimited text has rows of fields that can be short or long; a sheet's rows end at
    // their last cell, and a reshaped table is written whole.
    const auto delimited = [](const DataFileResult &f) { return f.format == QLatin1String("csv") && !f.periodMatrix && !f.seriesColumns; };
    const bool tableDelimited = delimited(m_file);
    auto result = std::make_shared<JobOutput>();
    auto work = [stage, path, bytes, fopts, table, iopts, result, delimited, tableDelimited](JobControl &promise) {
        JobOutput out;
        try {
            QByteArray data = bytes;
            if (stage == Stage::Read) {
                out.parsed = true;
                promise.setProgressRange(0, 1000);
                QFile f(path);
                if (const QString error = openForReading(f); !error.isEmpty()) {
                    out.file.ioError = true;
                    out.file.error = error;
                    *result = std::move(out);
                    return;
                }
                const qint64 size = f.size();
                if (fopts.maxFileBytes > 0 && size > fopts.maxFileBytes) {
                    out.file.error = fileTooLargeMessage(size, fopts.maxFileBytes);
                    *result = std::move(out);
                    return;
                }
                if (f.isSequential() || size == 0) {
                    data = f.readAll();
                } else {
                    data.resize(qsizetype(size));
                    qint64 done = 0;
                    while (done < size) {
                        if (promise.isCancelled())
                            return;
                        const qint64 n = f.read(data.data() + done, std::min(kReadChunk, size - done));
                        if (n <= 0)
                            break;
                        done += n;
                        promise.setProgress(int(done * 1000 / size));
                    }
                    if (done < size) {
                        out.file.ioError = true;
                        out.file.error = QStringLiteral("cannot read: %1").arg(f.errorString());
                        *result = std::move(out);
                        return;
                    }
                }
                out.haveBytes = true;
                out.bytes = data;
            }
            if (promise.isCancelled())
                return;
            promise.setProgressRange(0, 0); // parsing: no progress to report
            TableImportOptions options = iopts;
            if (stage >= Stage::Parse) {
                out.parsed = true;
                out.file = readDataBytes(data, fopts);
                if (options.headerRow >= out.file.table.rows.size())
                    options.headerRow = -1;
                if (promise.isCancelled())
                    return;
            }
            if (!out.parsed || out.file.ok()) {
                const TextTable &t = out.parsed ? out.file.table : table;
                out.import = importTable(t, options);
                if (out.parsed ? delimited(out.file) : tableDelimited)
                    out.ragged = raggedRows(t, out.import);
            }
        } catch (const std::bad_alloc &) {
            out = JobOutput();
            out.parsed = true;
            out.file.error = QStringLiteral("not enough memory to read the file");
        }
        *result = std::move(out);
    };

    m_job = new BackgroundJob(std::move(work), this);
    connect(m_job, &BackgroundJob::finished, this, [this, generation, result] { jobFinished(generation, std::move(*result)); });
    connect(m_job, &BackgroundJob::progressChanged, this, [this](int value, int, int max) {
        if (!m_progress)
            return;
        if (max != m_progress->maximum()) {
            m_progress->setRange(0, max);
            if (max == 0)
                m_progress->setLabelText(tr("Parsing %1…").arg(QFileInfo(m_path).fileName()));
        }
        if (max > 0)
            m_progress->setValue(value);
    });
    m_ok->setEnabled(false);
    m_progressTimer->start();
}

void ImportDialog::showProgress()
{
    if (!m_job || m_progress)
        return;
    auto *p = new QProgressDialog(this);
    p->setWindowTitle(windowTitle());
    p->setWindowModality(Qt::WindowModal);
    p->setAutoClose(false);
    p->setAutoReset(false);
    p->setMinimumDuration(0);
    p->setCancelButtonText(tr("Cancel"));
    const QString name = QFileInfo(m_path).fileName();
    const bool reading = m_running == Stage::Read && m_job->progressMaximum() > 0;
    p->setLabelText(reading ? tr("Reading %1…").arg(name)
                    : m_running == Stage::Import ? tr("Mapping the table…") : tr("Parsing %1…").arg(name));
    p->setRange(m_job->progressMinimum(), m_job->progressMaximum());
    if (p->maximum() > 0)
        p->setValue(m_job->progressValue());
    connect(p, &QProgressDialog::canceled, this, &ImportDialog::cancelJob);
    m_progress = p;
    p->show();
}

void ImportDialog::hideProgress()
{
    m_progressTimer->stop();
    if (m_progress) {
        m_progress->disconnect(this);
        m_progress->hide();
        m_progress->deleteLater();
        m_progress = nullptr;
    }
}

void ImportDialog::cancelJob()
{
    hideProgress();
    if (!m_job)
        return;
    // The job stops at its next check (between reading chunks and between phases).
    m_job->disconnect(this);
    m_job->cancel();
    m_job->deleteLater();
    m_job = nullptr;
    ++m_generation;
    m_scheduleTimer->stop();
    m_scheduled = false;
    if (!m_haveBytes) {
        m_readCancelled = true;
        emit parsed();
        reject();
        return;
    }
    m_minStage = std::max(m_minStage, m_running);
    m_stale = true;
    refresh();
    emit parsed();
}

void ImportDialog::jobFinished(quint64 generation, JobOutput &&out)
{
    if (generation != m_generation || !m_job)
        return;
    const bool cancelled = m_job->isCancelled();
    const Stage stage = m_running;
    m_job->disconnect(this);
    m_job->deleteLater();
    m_job = nullptr;
    if (!m_scheduled)
        hideProgress();
    if (!cancelled)
        apply(std::move(out), stage);
    else
        refresh();
    emit parsed();
}

void ImportDialog::apply(JobOutput &&out, Stage)
{
    if (out.haveBytes) {
        m_bytes = out.bytes;
        m_haveBytes = true;
    }
    if (out.parsed) {
        m_file = std::move(out.file);
        m_sheetNames = m_file.sheetNames;
        m_sheetRead = m_file.sheet;
    }
    m_import = std::move(out.import);
    m_ragged = out.ragged;
    m_stale = false;
    m_minStage = Stage::Import;
    refresh();
}

QString ImportDialog::roleName(Role role)
{
    switch (role) {
    case Role::None: return tr("None");
    case Role::Subject: return tr("Subject");
    case Role::Indicator: return tr("Indicator");
    case Role::Period: return tr("Period");
    case Role::Value: return tr("Value");
    case Role::Unit: return tr("Unit");
    case Role::Ignore: return tr("Ignore");
    case Role::Data: return tr("Data");
    case Role::Key: return tr("Eurostat key");
    case Role::Dimension: return tr("Dimension");
    }
    return {};
}

QString ImportDialog::where(qint64 line, int column) const
{
    QString w = QFileInfo(m_path).fileName();
    if (line > 0)
        w += QStringLiteral(":%1:%2").arg(line).arg(std::max(1, column));
    return w;
}

// What the file is and, when its shape was recognised, how it is read: the preview then shows
// the long table it was turned into.
QString ImportDialog::formatDescription(const DataFileResult &file)
{
    QString format;
    if (file.format == QLatin1String("xlsx"))
        format = tr("XLSX workbook");
    else if (file.format == QLatin1String("xls"))
        format = tr("Excel 97–2003 workbook (.xls)");
    else if (file.format == QLatin1String("json-stat"))
        format = tr("JSON-stat: the cube as one row per value");
    else if (file.format == QLatin1String("sdmx-csv"))
        format = tr("SDMX-CSV: one row per value, dimensions named");
    else
        format = tr("delimited text");
    if (file.periodMatrix)
        format += tr(" — a years × months (or quarters) matrix, read as its series");
    else if (file.seriesColumns)
        format += tr(" — series in columns under metadata rows, read one row per value");
    else if (file.twoRowHeader)
        format += tr(" — a header over two rows, read as one");
    return format;
}

void ImportDialog::refresh()
{
    m_syncing = true;
    const bool xlsx = m_file.format == QLatin1String("xlsx") || m_file.format == QLatin1String("xls");
    const bool text = m_file.format == QLatin1String("csv") || m_file.format == QLatin1String("sdmx-csv");
    const bool read = m_haveBytes || !m_file.format.isEmpty();
    m_formatLabel->setText(!read ? tr("reading…") : formatDescription(m_file));
    m_form->setRowVisible(m_encoding, text);
    m_form->setRowVisible(m_delimiter, text);
    m_form->setRowVisible(m_sheet, xlsx);
    m_encoding->setItemText(0, m_file.encoding.isEmpty() ? tr("Auto") : tr("Auto (%1)").arg(m_file.encoding));
    m_delimiter->setItemText(0, xlsx || m_file.format.isEmpty() ? tr("Auto")
                                : tr("Auto (%1)").arg(m_delimiter->itemText(std::max(0, m_delimiter->findData(int(m_file.delimiter))))));
    if (xlsx) {
        QStringList current;
        for (int i = 0; i < m_sheet->count(); ++i)
            current << m_sheet->itemText(i);
        if (current != m_sheetNames) {
            m_sheet->clear();
            m_sheet->addItems(m_sheetNames);
        }
        m_sheet->setCurrentIndex(std::max(0, int(m_sheetNames.indexOf(m_sheetRead))));
    }

    const TextTable &t = m_file.table;
    m_headerRow->setLines(t.lines);
    if (m_headerRow->value() >= t.rows.size())
        m_headerRow->setValue(-1); // as the job did: the row is not in this table, so detect it
    m_headerRow->setRange(-1, std::max(0, int(t.rows.size()) - 1));
    const int header = m_import.headerRow;
    m_headerRow->setSpecialValueText(header >= 0 && header < t.lines.size() ? tr("auto (line %1)").arg(t.lines[header]) : tr("auto"));
    m_headerRow->update();
    const QString layoutNames[] = {tr("Auto"), tr("long"), tr("wide"), tr("indicator columns")};
    m_layout->setItemText(0, m_import.layout == TableLayout::Auto ? tr("Auto")
                                                                  : tr("Auto (%1)").arg(layoutNames[int(m_import.layout)]));
    m_syncing = false;

    rebuildRoleBoxes();

    // The preview.
    ImportPreviewModel::Content c;
    const int rows = int(std::min<qsizetype>(t.rows.size(), kPreviewRows));
    c.rows = t.rows.mid(0, rows);
    c.lines = t.lines.mid(0, rows);
    for (const QStringList &r : std::as_const(c.rows))
        c.columns = std::max(c.columns, int(r.size()));
    c.headerRow = header < rows ? header : -1;
    QHash<qint64, QString> skippedLines;
    for (const SkippedRow &s : m_import.skipped)
        if (s.column == 0 && s.line <= c.lines.value(rows - 1, 0))
            skippedLines.insert(s.line, s.reason);
    for (int r = 0; r < rows; ++r)
        if (const auto it = skippedLines.constFind(c.lines[r]); it != skippedLines.constEnd() && r != c.headerRow)
            c.skipped.insert(r, it.value());
    for (int col = 0; col < c.columns; ++col) {
        const Role role = roleIn(m_import.roles, col);
        const bool used = role != Role::None && role != Role::Ignore;
        c.columnUsed << used;
        c.columnLabels << (header >= 0 ? QStringLiteral("%1 · %2").arg(col + 1).arg(roleName(role)) : QString::number(col + 1));
    }
    const qint64 errorLine = !m_file.ok() ? m_file.errorLine : m_import.errorLine;
    const int errorColumn = !m_file.ok() ? m_file.errorColumn : m_import.errorColumn;
    if ((!m_file.ok() || !m_import.ok()) && errorLine > 0) {
        c.errorRow = int(c.lines.indexOf(errorLine));
        c.errorColumn = errorColumn - 1;
    }
    // A metadata or note line is one cell: let it run across the columns.
    QList<int> spans;
    for (auto it = c.skipped.constBegin(); it != c.skipped.constEnd(); ++it) {
        const QStringList &row = c.rows[it.key()];
        const bool oneCell = !row.value(0).trimmed().isEmpty()
            && std::all_of(row.begin() + 1, row.end(), [](const QString &x) { return x.trimmed().isEmpty(); });
        if (oneCell && c.columns > 1)
            spans << it.key();
    }
    const int columns = c.columns;
    m_model->setContent(std::move(c));
    m_preview->clearSpans();
    for (int r : std::as_const(spans))
        m_preview->setSpan(r, 0, 1, columns);

    // The report.
    QPalette pal = m_report->palette();
    pal.setColor(QPalette::WindowText, palette().color(QPalette::WindowText));
    if (!m_haveBytes && m_file.ok()) {
        m_report->setText(tr("Reading %1…").arg(QFileInfo(m_path).fileName()));
    } else if (m_stale) {
        pal.setColor(QPalette::WindowText, kErrorText);
        m_report->setText(tr("Reading was cancelled: what is shown is out of date. Change an option to read the file again."));
    } else if (!m_file.ok()) {
        pal.setColor(QPalette::WindowText, kErrorText);
        m_report->setText(tr("The file cannot be read: %1").arg(m_file.error));
    } else if (!m_import.ok()) {
        pal.setColor(QPalette::WindowText, kErrorText);
        m_report->setText(tr("Nothing can be imported: %1").arg(m_import.error));
    } else {
        m_report->setText(tr("%1 values of %2 indicators for %3 subjects will be imported; %4 cells missing; %5 rows skipped")
                              .arg(m_import.imported)
                              .arg(m_import.workspace.indicators.size())
                              .arg(m_import.workspace.subjects.size())
                              .arg(m_import.missing)
                              .arg(m_import.skipped.size()));
    }
    m_report->setPalette(pal);
    fillProblems();
    updateOk();
}

void ImportDialog::rebuildRoleBoxes()
{
    const TextTable &t = m_file.table;
    const int header = m_import.headerRow;
    const QStringList head = header >= 0 && header < t.rows.size() ? t.rows[header] : QStringList();
    int columns = int(head.size());
    for (int r = 0; r < std::min<qsizetype>(t.rows.size(), kPreviewRows); ++r)
        columns = std::max(columns, int(t.rows[r].size()));
    if (head.isEmpty())
        columns = 0;
    columns = std::min(columns, kMaxRoleColumns);
    const ColumnRoles &roles = m_import.roles;

    m_syncing = true;
    bool same = m_roleBoxes.size() == columns && m_mapping->rowCount() == columns;
    for (int c = 0; same && c < columns; ++c)
        same = m_mapping->item(c, 0) && m_mapping->item(c, 0)->data(Qt::UserRole).toString() == head.value(c)
            && (m_roleBoxes[c]->findData(int(Role::Key)) >= 0) == (c == 0 && roles.eurostatKey);
    if (!same) {
        m_mapping->setRowCount(0);
        m_roleBoxes.clear();
        m_mapping->setRowCount(columns);
        for (int c = 0; c < columns; ++c) {
            const QString name = head.value(c);
            auto *item = new QTableWidgetItem(QStringLiteral("%1. %2").arg(c + 1).arg(name.trimmed().isEmpty() ? tr("(no name)") : name.simplified()));
            item->setData(Qt::UserRole, name);
            item->setToolTip(name);
            m_mapping->setItem(c, 0, item);
            auto *box = new QComboBox(m_mapping);
            for (Role r : {Role::None, Role::Subject, Role::Indicator, Role::Period, Role::Value, Role::Unit, Role::Ignore, Role::Data,
                           Role::Dimension})
                box->addItem(roleName(r), int(r));
            if (c == 0 && roles.eurostatKey)
                box->addItem(roleName(Role::Key), int(Role::Key));
            box->setItemData(box->findData(int(Role::Data)),
                             tr("A period column (wide layout) or an indicator column (indicator columns layout)"), Qt::ToolTipRole);
            box->setItemData(box->findData(int(Role::Dimension)),
                             tr("Words that tell a row's values apart (a sector, a sex, an age group): they qualify the names of "
                                "the row's indicators"),
                             Qt::ToolTipRole);
            connect(box, &QComboBox::currentIndexChanged, this, [this, c] { roleChosen(c); });
            m_mapping->setCellWidget(c, 1, box);
            m_roleBoxes << box;
        }
        // The header sizes columns by their items, not by cell widgets.
        if (!m_roleBoxes.isEmpty()) {
            int width = m_mapping->fontMetrics().horizontalAdvance(tr("Role")) + 24;
            for (const QComboBox *box : std::as_const(m_roleBoxes))
                width = std::max(width, box->sizeHint().width());
            m_mapping->horizontalHeader()->resizeSection(1, width);
        }
    }
    for (int c = 0; c < columns; ++c)
        m_roleBoxes[c]->setCurrentIndex(std::max(0, m_roleBoxes[c]->findData(int(roleIn(roles, c)))));
    m_syncing = false;
}

ImportDialog::Role ImportDialog::roleOf(int column) const
{
    const QComboBox *box = m_roleBoxes.value(column);
    return box ? Role(box->currentData().toInt()) : Role::None;
}

void ImportDialog::setRole(int column, Role role)
{
    if (QComboBox *box = m_roleBoxes.value(column))
        box->setCurrentIndex(box->findData(int(role)));
}

void ImportDialog::roleChosen(int column)
{
    if (m_syncing)
        return;
    const Role role = roleOf(column);
    if (singleValued(role)) {
        // One column per role: the column that had it loses it.
        m_syncing = true;
        for (int c = 0; c < m_roleBoxes.size(); ++c)
            if (c != column && roleOf(c) == role)
                m_roleBoxes[c]->setCurrentIndex(m_roleBoxes[c]->findData(int(Role::None)));
        m_syncing = false;
    }
    m_roles = rolesFromBoxes();
    schedule(Stage::Import);
}

ColumnRoles ImportDialog::rolesFromBoxes() const
{
    ColumnRoles roles;
    for (int c = 0; c < m_roleBoxes.size(); ++c) {
        switch (roleOf(c)) {
        case Role::None: break;
        case Role::Subject: roles.subject = c; break;
        case Role::Indicator: roles.indicator = c; break;
        case Role::Period: roles.period = c; break;
        case Role::Value: roles.value = c; break;
        case Role::Unit: roles.unit = c; break;
        case Role::Ignore: roles.ignored << c; break;
        case Role::Data: roles.data << c; break;
        case Role::Key: roles.eurostatKey = c == 0; break;
        case Role::Dimension: roles.dimensions << c; break;
        }
    }
    return roles;
}

void ImportDialog::fillProblems()
{
    m_problems->clear();
    auto add = [this](const QString &text, const QColor &colour = QColor()) {
        auto *item = new QListWidgetItem(text, m_problems);
        if (colour.isValid())
            item->setForeground(colour);
        item->setToolTip(text);
    };
    const QString name = QFileInfo(m_path).fileName();
    if (!m_file.ok())
        add(QStringLiteral("%1: %2").arg(where(m_file.errorLine, m_file.errorColumn), m_file.error), kErrorText);
    else if (!m_import.ok())
        add(QStringLiteral("%1: %2").arg(where(m_import.errorLine, m_import.errorColumn), m_import.error), kErrorText);
    QStringList warnings;
    for (const DataFileWarning &w : std::as_const(m_file.warnings))
        if (w.kind != DataFileWarning::Kind::RaggedRow) // the table body's are m_ragged
            warnings << w.text();
    for (const QString &w : warnings + m_ragged) {
        const bool positioned = !w.isEmpty() && w.at(0).isDigit(); // "LINE:COLUMN: message"
        add(name + (positioned ? QStringLiteral(":") : QStringLiteral(": ")) + w, kWarningText);
    }
    int listed = 0;
    for (const SkippedRow &s : m_import.skipped) {
        if (listed++ == kMaxListedSkips) {
            add(tr("… and %1 more rows skipped").arg(m_import.skipped.size() - kMaxListedSkips));
            break;
        }
        add(s.column > 0 ? tr("Line %1, column %2: skipped: %3").arg(s.line).arg(s.column).arg(s.reason)
                         : tr("Line %1: skipped: %2").arg(s.line).arg(s.reason));
    }
}

void ImportDialog::updateOk()
{
    m_ok->setEnabled(canImport());
}

} // namespace cs
