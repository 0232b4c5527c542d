// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/value_fields.h"
#include "import/table_import.h"
#include "model/problem.h"
#include "model/workspace.h"
#include "query/validation.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QSet>
#include <functional>
#include <optional>

class QFileSystemWatcher;
class QTimer;
class QUndoCommand;
class QUndoStack;

namespace cs::extract {
struct FigureAdditions;
}

namespace cs {

class BackgroundJob;

// The open workspace and everything about keeping it: its file, the undo stack, the modified
// state, open and save (on a worker thread, with Cancel), the FILE~ backup, the check for changes
// made on disk by another program, autosave and crash recovery, and every edit. QtCore only: a
// question goes out through the prompt handler, a job's progress through the job handler, and
// what the user should know through message().
class Document : public QObject
{
    Q_OBJECT
public:
    explicit Document(Workspace workspace = {}, QObject *parent = nullptr);
    ~Document() override;

    const Workspace &workspace() const { return m_ws; }
    QString path() const { return m_path; }
    QUndoStack *undoStack() const { return m_undo; }
    bool isModified() const { return m_modified; }
    Lang language() const { return m_lang; }
    void setLanguage(Lang lang) { m_lang = lang; } // for the names in undo texts

    // The value with an id, through an index (constant time; rebuilt after a change).
    std::optional<Observation> observation(const QString &id) const;
    qsizetype observationIndex(const QString &id) const; // -1: none

    // The one wording of a problem of the workspace or an edit, in the window's language.
    static QString describe(const Problem &problem, Lang lang);

    // ---- Files
    enum class Prompt { UnsavedChanges, RestoreRecovery, OverwriteChangedFile };
    enum class Answer { Save, Discard, Cancel, Yes, No };
    using PromptHandler = std::function<Answer(Prompt, const QString &text)>;
    void setPromptHandler(PromptHandler handler) { m_prompt = std::move(handler); }
    // Told about every background job as it starts (the window shows its progress and Cancel).
    using JobHandler = std::function<void(BackgroundJob *, const QString &label)>;
    void setJobHandler(JobHandler handler) { m_jobs = std::move(handler); }

    void setPath(const QString &path);
    bool maybeSave();                                         // asks about unsaved changes
    bool newWorkspace();                                      // asks first; false when cancelled
    bool openFile(const QString &path, QString *report = nullptr); // *report: the file's problems, one per line
    bool save(QString *error = nullptr);                      // refused when there is no file yet
    bool saveAs(const QString &path, QString *error = nullptr);
    void autosaveSoon();  // after an edit: now, or later for a workspace whose write is slow
    bool autosaveNow();   // writes the recovery file when there are unsaved changes
    bool checkRecovery(); // offers to restore work left by a crash; true when restored
    void closed();        // a normal exit: the recovery file goes

    // ---- Edits: each validated against what it touches, then one undoable step. An edit that
    // does not parse or breaks a rule of the workspace is refused: false, *error says why.
    bool replaceObservation(const Observation &after, QString *error = nullptr);
    bool addValue(const NewValueFields &fields, QString *error = nullptr);
    bool removeObservation(const QString &observationId, QString *error = nullptr);
    bool editQuote(const QString &observationId, const QString &quote, QString *error = nullptr);
    bool replaceIndicator(const Indicator &after, QString *error = nullptr);
    bool replaceSource(const Source &after, QString *error = nullptr);
    bool addIndicator(const Indicator &indicator, QString *error = nullptr, const std::optional<Subject> &newSubject = {});
    bool removeIndicator(const QString &id, QString *error = nullptr);
    bool addSource(const Source &source, QString *error = nullptr);
    bool removeSource(const QString &id, QString *error = nullptr);
    bool addSubject(const Subject &subject, QString *error = nullptr);
    bool pushChart(const std::optional<ChartSpec> &before, const ChartSpec &after, QString *error = nullptr);
    // Imports a data file read on a worker thread and merges it as one step (see importFile in
    // the window); *error empty when the user cancelled.
    bool importFile(const QString &path, QString *error, TableImportResult *imported = nullptr);
    bool mergeImported(const TableImportResult &imported, const QString &path, QString *error);
    // Adds figures accepted from an article (extract/figures_workspace.h: its source, subjects,
    // indicators and values) as one step.
    bool addFigures(const extract::FigureAdditions &additions, QString *error = nullptr);

    // Counted: while one exists, loading and replaying do not mark the document modified.
    class ModifiedBlocker
    {
    public:
        explicit ModifiedBlocker(Document *doc) : m_doc(doc) { ++m_doc->m_blocked; }
        ~ModifiedBlocker();
        ModifiedBlocker(const ModifiedBlocker &) = delete;
        ModifiedBlocker &operator=(const ModifiedBlocker &) = delete;

    private:
        Document *m_doc;
    };

signals:
    void modifiedChanged(bool modified); // only when it flips
    void changed();                      // every change of the workspace (edit, undo, redo, load)
    void loaded();                       // another workspace replaced the open one
    void chartChanged(const QString &chartId); // a chart definition was added, edited or taken back
    void pathChanged(const QString &path);
    void saved(const QString &path);
    void opened(const QString &path);
    void changedOnDisk(const QString &reason); // another program changed or removed the file
    void message(const QString &text, int milliseconds);

private:
    bool commit(QUndoCommand *command, const EditScope &scope, QString *error);
    bool changeCatalogue(const Workspace &after, const EditScope &scope, const QString &text, QString *error);
    void applied();
    void updateModified();
    void load(Workspace ws, const QString &path, bool recovered);
    Answer ask(Prompt prompt, const QString &text) const;
    template<class T>
    std::optional<T> runJob(const QString &label, std::function<T(class JobControl &)> work);
    void watch();
    void checkDisk();
    QString indicatorName(const QString &id) const;

    Workspace m_ws;
    Lang m_lang = Lang::Zh;
    QString m_path;
    QUndoStack *m_undo = nullptr;
    bool m_modified = false;
    bool m_recovered = false; // restored from a recovery file: unsaved until saved
    int m_blocked = 0;
    int m_trial = 0;          // an edit applied only to be checked
    QByteArray m_diskHash;    // the file's contents when we last read or wrote it
    QSet<QString> m_backupsKept; // the files whose FILE~ this document's first save to each kept
    QFileSystemWatcher *m_watcher = nullptr;
    QTimer *m_diskTimer = nullptr;
    QTimer *m_autosave = nullptr;
    QTimer *m_autosaveSoon = nullptr; // a write put off after an edit (autosaveSoon)
    QElapsedTimer m_sinceAutosave;    // since the last recovery write
    qint64 m_lastAutosaveMs = 0;      // how long it took (or reading the file, before the first write)
    bool m_autosaveDirty = false;     // changed since the last recovery write
    PromptHandler m_prompt;
    JobHandler m_jobs;
    mutable QHash<quint64, qsizetype> m_index; // ObservationStore::idKey → row
    mutable bool m_indexValid = false;
    mutable bool m_indexFresh = false; // rebuilt since the last change
};

} // namespace cs
