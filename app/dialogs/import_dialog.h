// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "import/data_file.h"
#include "import/table_import.h"

#include <QDialog>
#include <QList>
#include <QPointer>
#include <optional>

class QAbstractItemModel;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressDialog;
class QPushButton;
class QSpinBox;
class QTableView;
class QTableWidget;
class QTimer;

namespace cs {

class BackgroundJob;

class ImportPreviewModel;
class LineSpinBox;

// File → Import…: reads a data file off the UI thread (with a progress dialog that can cancel),
// shows how it was read (encoding, delimiter or sheet, header row, layout, column roles, each of
// which can be overridden), a preview of its first rows, and a report of what will be imported
// and what will be skipped. OK is enabled only when the import would succeed; result() is then
// the TableImportResult to merge into the workspace.
class ImportDialog : public QDialog
{
    Q_OBJECT
public:
    // The roles a column can be given in the mapping.
    // Dimension: a column of words that qualifies the names of the row's indicators (a sector, a
    // sex) in the indicator columns layout.
    enum class Role { None, Subject, Indicator, Period, Value, Unit, Ignore, Data, Key, Dimension };

    // `sourceTitle`, for a table that is not a file the user chose (pasted from the clipboard and
    // saved to `path`): the source is named by it, in a box the user can edit.
    explicit ImportDialog(const QString &path, QWidget *parent = nullptr, const QString &sourceTitle = {});
    ~ImportDialog() override;

    QString path() const { return m_path; }
    const TableImportResult &result() const { return m_import; }
    const DataFileResult &file() const { return m_file; }
    // Whether the import would succeed: the file was read, nothing is pending, and no error.
    bool canImport() const;
    // A read or re-parse is scheduled or running.
    bool isBusy() const;
    // The user cancelled the first read (the dialog is then rejected).
    bool readCancelled() const { return m_readCancelled; }
    // Test hook: processes events until no read or re-parse is pending, at most `ms`
    // milliseconds. True when the dialog is idle.
    bool waitUntilRead(int ms);

    // The widgets, for tests.
    QComboBox *encodingBox() const { return m_encoding; }
    QComboBox *delimiterBox() const { return m_delimiter; }
    QComboBox *sheetBox() const { return m_sheet; }
    QSpinBox *headerRowBox() const;
    QComboBox *layoutBox() const { return m_layout; }
    int roleBoxCount() const { return int(m_roleBoxes.size()); }
    QComboBox *roleBox(int column) const { return m_roleBoxes.value(column); }
    QTableView *preview() const { return m_preview; }
    QLabel *reportLabel() const { return m_report; }
    QListWidget *problemList() const { return m_problems; }
    QPushButton *okButton() const { return m_ok; }
    QAbstractItemModel *previewModel() const;
    // The role the mapping gives a column.
    Role roleOf(int column) const;
    void setRole(int column, Role role);

    static constexpr int kPreviewRows = 50;

signals:
    // A read or re-parse finished and the dialog shows its result.
    void parsed();

private:
    static QString formatDescription(const DataFileResult &file);
    enum class Stage { Import = 1, Parse = 2, Read = 3 }; // each includes the stages below it
    struct JobOutput;

    void schedule(Stage stage);
    void startJob();
    void jobFinished(quint64 generation, JobOutput &&out);
    void cancelJob();
    void showProgress();
    void hideProgress();
    void apply(JobOutput &&out, Stage stage);
    void refresh();
    void rebuildRoleBoxes();
    void roleChosen(int column);
    void fillProblems();
    void updateOk();

    DataFileOptions fileOptions() const;
    TableImportOptions importOptions() const;
    ColumnRoles rolesFromBoxes() const;
    TableLayout layoutForRoles(const ColumnRoles &roles) const;
    QString where(qint64 line, int column) const;
    static QString roleName(Role role);

    QString m_path;
    QLineEdit *m_sourceTitle = nullptr; // a pasted table's source
    QByteArray m_bytes;             // the file, read once
    bool m_haveBytes = false;
    DataFileResult m_file;          // the table as read with the current options
    QStringList m_sheetNames;       // XLSX
    QString m_sheetRead;
    TableImportResult m_import;     // what will be imported with the current options
    QStringList m_ragged;           // rows of the table body with another number of fields than the header
    std::optional<ColumnRoles> m_roles; // the user's mapping; unset: detected
    bool m_stale = false;           // a re-parse was cancelled: what is shown is out of date
    bool m_readCancelled = false;
    bool m_syncing = false;

    // The background job.
    quint64 m_generation = 0;
    Stage m_pending = Stage::Import;
    bool m_scheduled = false;
    Stage m_running = Stage::Import;
    Stage m_minStage = Stage::Import; // after a cancelled job: what the next one must redo
    BackgroundJob *m_job = nullptr; // the running job
    QTimer *m_scheduleTimer;
    QTimer *m_progressTimer;
    QPointer<QProgressDialog> m_progress;

    QFormLayout *m_form;
    QLabel *m_formatLabel;
    QComboBox *m_encoding;
    QComboBox *m_delimiter;
    QComboBox *m_sheet;
    LineSpinBox *m_headerRow;
    QComboBox *m_layout;
    QTableWidget *m_mapping;
    QList<QComboBox *> m_roleBoxes;
    QTableView *m_preview;
    ImportPreviewModel *m_model;
    QLabel *m_report;
    QListWidget *m_problems;
    QPushButton *m_ok;
};

} // namespace cs
