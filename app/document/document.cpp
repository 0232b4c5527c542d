// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/document.h"

#include "document/problem_text.h"

#include "document/background_job.h"
#include "document/edit_commands.h"
#include "extract/figures_workspace.h"
#include "import/data_file.h"
#include "persist/workspace_file.h"
#include "persist/workspace_json.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QHashFunctions>
#include <QLocale>
#include <QTimer>
#include <QUndoStack>

#include <algorithm>

namespace cs {

namespace {
constexpr int kAutosaveMs = 30000;
constexpr int kDiskSettleMs = 200; // a save by another program is often several writes

// The file's content, as a number that changes when it does (with its size): for noticing another
// program's change, not against tampering, so Qt's fast seeded hash of 1 MiB chunks rather than
// SHA-256, which took a third of a second for a million-value workspace on every open and save.
QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QByteArray chunk(1 << 20, Qt::Uninitialized);
    size_t hash = 0;
    qint64 n = 0;
    while ((n = file.read(chunk.data(), chunk.size())) > 0)
        hash = qHashBits(chunk.constData(), size_t(n), hash);
    if (n < 0)
        return {};
    return QByteArray::number(quint64(hash), 16) + ':' + QByteArray::number(file.size());
}
} // namespace

Document::ModifiedBlocker::~ModifiedBlocker()
{
    if (--m_doc->m_blocked == 0)
        m_doc->updateModified();
}

Document::Document(Workspace workspace, QObject *parent) : QObject(parent), m_ws(std::move(workspace))
{
    m_undo = new QUndoStack(this);
    m_watcher = new QFileSystemWatcher(this);
    m_diskTimer = new QTimer(this);
    m_diskTimer->setSingleShot(true);
    m_diskTimer->setInterval(kDiskSettleMs);
    connect(m_diskTimer, &QTimer::timeout, this, &Document::checkDisk);
    connect(m_watcher, &QFileSystemWatcher::fileChanged, this, [this](const QString &path) {
        if (path == m_path)
            m_diskTimer->start(); // restarted by every event: checked once the writes settle
    });
    m_autosave = new QTimer(this);
    m_autosave->setInterval(kAutosaveMs);
    connect(m_autosave, &QTimer::timeout, this, [this] {
        if (m_autosaveDirty) // nothing changed since the last write: nothing to write again
            autosaveSoon();
    });
    m_autosave->start();
    m_lastAutosaveMs = m_ws.observations.size() / 300; // an estimate until a write is timed (see load())
    m_sinceAutosave.start();
    m_autosaveSoon = new QTimer(this);
    m_autosaveSoon->setSingleShot(true);
    connect(m_autosaveSoon, &QTimer::timeout, this, &Document::autosaveNow);
    connect(m_undo, &QUndoStack::cleanChanged, this, &Document::updateModified);
    connect(m_undo, &QUndoStack::indexChanged, this, [this] {
        if (m_blocked > 0)
            return;
        updateModified();
        m_autosaveDirty = m_modified;
        if (m_modified)
            autosaveSoon(); // every edit is structural enough to keep
        else
            removeRecovery(m_path); // undone back to the saved state
    });
}

Document::~Document()
{
    // The stack empties itself as it goes: that is no edit (and must not touch the recovery
    // file, which outlives the document until a normal close).
    disconnect(m_undo, nullptr, this, nullptr);
}

QString Document::describe(const Problem &problem, Lang lang)
{
    return problemText(problem, lang);
}

std::optional<Observation> Document::observation(const QString &id) const
{
    const qsizetype i = observationIndex(id);
    return i < 0 ? std::nullopt : std::optional<Observation>(m_ws.observations.at(int(i)));
}

// The id index survives edits that keep every value in its place (replacing a value, a quote):
// an entry is trusted only when the value at that position still has the id, and a miss or a
// moved value rebuilds the index once. Adding or removing values rebuilds it too (applied()).
qsizetype Document::observationIndex(const QString &id) const
{
    if (id.isEmpty())
        return -1; // no value has an empty id; asking must not rebuild the index
    const ObservationStore &obs = m_ws.observations;
    auto rebuild = [&] {
        m_index.clear();
        m_index.reserve(obs.size());
        for (int i = obs.size() - 1; i >= 0; --i) // the first of duplicate ids wins
            m_index.insert(obs.idKey(i), i);
        m_indexValid = true;
        m_indexFresh = true;
    };
    if (!m_indexValid)
        rebuild();
    const std::optional<quint64> key = obs.idKeyOf(id);
    if (!key)
        return -1; // no value's id has this prefix
    qsizetype i = m_index.value(*key, -1);
    if (i >= 0 && i < obs.size() && obs.idKey(int(i)) == *key)
        return i;
    if (m_indexFresh)
        return -1; // built since the last change: the id is not there
    rebuild();
    return m_index.value(*key, -1);
}

QString Document::indicatorName(const QString &id) const
{
    const Indicator *ind = m_ws.indicator(id);
    return ind ? ind->name.text(m_lang) : id;
}

void Document::updateModified()
{
    if (m_blocked > 0)
        return;
    const bool modified = m_recovered || !m_undo->isClean();
    if (modified == m_modified)
        return;
    m_modified = modified;
    emit modifiedChanged(modified);
}

void Document::applied()
{
    if (m_ws.observations.size() != m_index.size())
        m_indexValid = false; // values added or removed: positions moved
    m_indexFresh = false;
    if (m_trial == 0)
        emit changed();
}

// ---- Files --------------------------------------------------------------------------------

Document::Answer Document::ask(Prompt prompt, const QString &text) const
{
    if (m_prompt)
        return m_prompt(prompt, text);
    return prompt == Prompt::UnsavedChanges ? Answer::Cancel : Answer::No;
}

template<class T>
std::optional<T> Document::runJob(const QString &label, std::function<T(JobControl &)> work)
{
    return BackgroundJob::run<T>(std::move(work), [&](BackgroundJob *job) {
        if (m_jobs)
            m_jobs(job, label);
    });
}

void Document::setPath(const QString &path)
{
    if (!m_path.isEmpty())
        m_watcher->removePath(m_path);
    const QString absolute = path.isEmpty() ? QString() : QFileInfo(path).absoluteFilePath();
    const bool moved = absolute != m_path;
    m_path = absolute;
    watch();
    if (moved)
        emit pathChanged(m_path);
}

void Document::watch()
{
    m_diskHash = m_path.isEmpty() ? QByteArray() : fileHash(m_path);
    if (!m_path.isEmpty() && QFileInfo::exists(m_path) && !m_watcher->files().contains(m_path))
        m_watcher->addPath(m_path);
}

void Document::checkDisk()
{
    if (m_path.isEmpty())
        return;
    const bool exists = QFileInfo::exists(m_path);
    if (exists && !m_watcher->files().contains(m_path))
        m_watcher->addPath(m_path); // a rename over the file drops it from the watch list
    if (fileHash(m_path) == m_diskHash)
        return;
    const QString name = QFileInfo(m_path).fileName();
    emit changedOnDisk(exists ? tr("%1 was changed on disk by another program").arg(name)
                              : tr("%1 was removed or renamed by another program").arg(name));
}

bool Document::maybeSave()
{
    if (!m_modified)
        return true;
    const QString name = m_path.isEmpty() ? tr("The workspace") : QFileInfo(m_path).fileName();
    switch (ask(Prompt::UnsavedChanges, tr("%1 has unsaved changes. Save them?").arg(name))) {
    case Answer::Save: {
        QString error;
        if (save(&error))
            return true;
        if (!error.isEmpty())
            emit message(error, 10000);
        return false;
    }
    case Answer::Discard:
        return true;
    default:
        return false;
    }
}

void Document::load(Workspace ws, const QString &path, bool recovered)
{
    if (m_modified)
        removeRecovery(m_path); // the changes were saved or discarded
    {
        ModifiedBlocker blocker(this);
        m_undo->clear();
        m_ws = std::move(ws);
        m_indexValid = false;
        m_recovered = recovered;
        m_backupsKept.clear(); // the first save after opening keeps FILE~ again
        setPath(path);
    }
    // Until a recovery write is timed, its cost is estimated from the number of values (a few
    // microseconds each; openFile replaces this with the time reading the file took): the first
    // edit of a million imported values does not wait seconds for its recovery file.
    m_lastAutosaveMs = m_ws.observations.size() / 300;
    m_sinceAutosave.start();
    updateModified();
    emit loaded();
    emit changed();
}

bool Document::newWorkspace()
{
    if (!maybeSave())
        return false;
    load(Workspace(), QString(), false);
    return true;
}

bool Document::openFile(const QString &path, QString *report)
{
    if (!maybeSave())
        return false;
    const QString name = QFileInfo(path).fileName();
    // Read and checked on a worker thread: a large or hostile file never freezes the window, and
    // Cancel stops the read between its phases.
    QElapsedTimer reading;
    reading.start();
    const std::optional<LoadResult> loaded = runJob<LoadResult>(tr("Opening %1…").arg(name), [path](JobControl &job) {
        WorkspaceReadOptions options;
        options.cancelled = [&job] { return job.isCancelled(); };
        return readWorkspaceFile(path, options);
    });
    if (!loaded) { // the user's own choice: said in the status bar, not in a warning
        if (report)
            report->clear();
        emit message(tr("Opening %1 was cancelled").arg(name), 5000);
        return false;
    }
    const LoadResult &r = *loaded;
    QStringList lines;
    for (const Problem &p : r.problems) {
        Problem worded = p; // the place is in the worded text (第8个图表…), not the JSON path
        worded.path.clear();
        worded.message = describe(p, m_lang);
        lines << worded.format(path);
    }
    if (!r.isUsable() && lines.isEmpty())
        lines << QStringLiteral("%1: %2").arg(path, r.status == LoadResult::Status::IoError ? tr("cannot read the file")
                                                                                            : tr("not a workspace"));
    if (report)
        *report = lines.join(QLatin1Char('\n'));
    if (!r.isUsable())
        return false;
    load(r.workspace, path, false);
    // Until a recovery write is timed, reading the file is the estimate of writing it: the first
    // edit of a workspace that took seconds to open does not wait seconds for its recovery file.
    m_lastAutosaveMs = reading.elapsed();
    m_sinceAutosave.start();
    emit opened(m_path);
    emit message(tr("Opened %1").arg(name), 5000);
    return true;
}

bool Document::save(QString *error)
{
    if (m_path.isEmpty()) {
        if (error)
            *error = tr("The workspace has no file yet: use Save As");
        return false;
    }
    return saveAs(m_path, error);
}

bool Document::saveAs(const QString &path, QString *error)
{
    const QString target = QFileInfo(path).absoluteFilePath();
    const QString name = QFileInfo(target).fileName();
    // Another program changed the file since we read or wrote it: ask before overwriting.
    const bool changedOnDisk = target == m_path && QFileInfo::exists(target) && fileHash(target) != m_diskHash;
    if (changedOnDisk
        && ask(Prompt::OverwriteChangedFile,
               tr("%1 was changed on disk by another program. Overwrite it with your version?").arg(name)) != Answer::Yes) {
        if (error)
            error->clear();
        return false;
    }
    m_watcher->removePath(target);
    // Written here, not on a worker: a save half done when the user cancels would be neither.
    // FILE~ keeps the file as it was before this document first saved to it (as Emacs does), or
    // as another program left it: later saves leave it alone, and a .clusterscope file is then
    // updated in place, writing only what changed.
    const SaveResult result = saveWorkspace(m_ws, target, changedOnDisk || !m_backupsKept.contains(target));
    if (!result.ok) {
        watch();
        if (error)
            *error = tr("Cannot save %1:\n%2").arg(target, result.error);
        return false;
    }
    m_backupsKept.insert(target);
    if (m_modified)
        removeRecovery(m_path);
    m_recovered = false;
    m_undo->setClean();
    setPath(target);
    updateModified();
    emit saved(target);
    emit message(tr("Saved %1").arg(name), 5000);
    return true;
}

// The recovery file is written after each edit. A write that takes under kQuickWriteMs (a
// workspace of some thousands of values) is made at once every time; a slower one (seconds for
// a million values) is spaced so that autosaving takes at most a twentieth of the time: typing
// stays instant and a burst of edits costs one write.
void Document::autosaveSoon()
{
    constexpr qint64 kQuickWriteMs = 50;
    // The last write's time, or more when the workspace grew since (an import of a million values
    // into a small one): a few microseconds per value.
    const qint64 cost = std::max<qint64>(m_lastAutosaveMs, m_ws.observations.size() / 300);
    const qint64 gap = 20 * cost;
    const qint64 since = m_sinceAutosave.isValid() ? m_sinceAutosave.elapsed() : gap;
    if (cost < kQuickWriteMs || since >= gap) {
        m_autosaveSoon->stop();
        autosaveNow();
    } else if (!m_autosaveSoon->isActive()) {
        m_autosaveSoon->start(int(std::min<qint64>(gap - since, kAutosaveMs)));
    }
}

bool Document::autosaveNow()
{
    if (!m_modified)
        return false;
    QString error;
    QElapsedTimer took;
    took.start();
    const bool written = writeRecovery(m_ws, m_path, &error);
    m_lastAutosaveMs = took.elapsed();
    m_sinceAutosave.start();
    m_autosaveDirty = !written;
    if (!written) {
        emit message(tr("Cannot write the recovery file: %1").arg(error), 10000);
        return false;
    }
    return true;
}

bool Document::checkRecovery()
{
    const QList<RecoveryFile> pending = pendingRecoveries();
    for (const RecoveryFile &file : pending) {
        const QString name = file.documentPath.isEmpty() ? tr("an untitled workspace") : file.documentPath;
        const QString when = QLocale().toString(file.written.toLocalTime(), QLocale::ShortFormat);
        if (ask(Prompt::RestoreRecovery,
                tr("Clusterscope did not close normally. Restore the unsaved changes to %1 from %2?").arg(name, when))
            != Answer::Yes) {
            removeRecovery(file.documentPath); // the file and its sidecar
            QFile::remove(file.path);
            continue;
        }
        Workspace ws;
        QString error;
        if (!readRecovery(file, &ws, &error)) {
            emit message(tr("Cannot restore: %1").arg(error), 10000);
            continue;
        }
        load(std::move(ws), file.documentPath, true);
        emit message(tr("Restored unsaved changes; save them to keep them"), 10000);
        return true;
    }
    return false;
}

void Document::closed()
{
    removeRecovery(m_path);
}

// ---- Edits --------------------------------------------------------------------------------

bool Document::commit(QUndoCommand *command, const EditScope &scope, QString *error)
{
    std::unique_ptr<QUndoCommand> cmd(command);
    const Problems before = validateEdit(m_ws, scope);
    Problems added;
    {
        // Applied in place and taken back: a copy of a million values would cost more than the check.
        ++m_trial;
        cmd->redo();
        added = newProblems(before, validateEdit(m_ws, scope));
        cmd->undo();
        --m_trial;
    }
    if (!added.isEmpty()) {
        if (error)
            *error = describe(added.first(), m_lang);
        return false;
    }
    m_undo->push(cmd.release());
    return true;
}

bool Document::replaceObservation(const Observation &after, QString *error)
{
    const qsizetype row = observationIndex(after.id);
    const std::optional<Observation> before = observation(after.id);
    if (!before) {
        if (error)
            *error = tr("There is no value %1 in this workspace").arg(after.id);
        return false;
    }
    if (*before == after)
        return true;
    EditScope scope;
    scope.touch(*before);
    scope.touch(after);
    return commit(new ReplaceObservationCommand(&m_ws, int(row), *before, after, [this] { applied(); },
                                                tr("Edit %1").arg(indicatorName(after.indicator))),
                  scope, error);
}

bool Document::addValue(const NewValueFields &fields, QString *error)
{
    Observation o;
    if (!observationFromFields(m_ws, fields, &o, error))
        return false;
    // After the indicator's last value, so the file keeps an indicator's values together.
    qsizetype index = m_ws.observations.size();
    const int key = m_ws.observations.keyOf(o.indicator);
    for (int i = m_ws.observations.size() - 1; key >= 0 && i >= 0; --i) {
        if (m_ws.observations.indicatorKey(i) == key) {
            index = i + 1;
            break;
        }
    }
    EditScope scope;
    scope.touch(o);
    const QString text = tr("Add a value of %1").arg(fields.newIndicator ? fields.newIndicator->name.text(m_lang)
                                                                          : indicatorName(o.indicator));
    auto *command = new QUndoCommand(text); // the value and what it brings along are one step
    if (fields.newSubject) {
        scope.subjects.insert(fields.newSubject->id);
        new AppendItemCommand<Subject, &Workspace::subjects>(&m_ws, *fields.newSubject, [this] { applied(); }, command);
    }
    if (fields.newIndicator) {
        scope.indicators.insert(fields.newIndicator->id);
        new AppendItemCommand<Indicator, &Workspace::indicators>(&m_ws, *fields.newIndicator, [this] { applied(); }, command);
    }
    if (fields.newSource) {
        scope.sources.insert(fields.newSource->id);
        new AppendItemCommand<Source, &Workspace::sources>(&m_ws, *fields.newSource, [this] { applied(); }, command);
    }
    new InsertObservationCommand(&m_ws, index, o, [this] { applied(); }, text, command);
    return commit(command, scope, error);
}

bool Document::removeObservation(const QString &observationId, QString *error)
{
    const qsizetype index = observationIndex(observationId);
    if (index < 0) {
        if (error)
            *error = tr("There is no value %1 in this workspace").arg(observationId);
        return false;
    }
    const Observation o = m_ws.observations.at(int(index));
    EditScope scope; // a derived value may be computed from it
    scope.touch(o);
    return commit(new RemoveObservationCommand(&m_ws, index, o, [this] { applied(); },
                                               tr("Remove a value of %1").arg(indicatorName(o.indicator))),
                  scope, error);
}

bool Document::editQuote(const QString &observationId, const QString &quote, QString *error)
{
    const std::optional<Observation> o = observation(observationId);
    if (!o) {
        if (error)
            *error = tr("There is no value %1 in this workspace").arg(observationId);
        return false;
    }
    Observation after = *o;
    after.quote = quote;
    return replaceObservation(after, error);
}

bool Document::replaceIndicator(const Indicator &after, QString *error)
{
    const Indicator *before = m_ws.indicator(after.id);
    if (!before) {
        if (error)
            *error = tr("There is no indicator %1 in this workspace").arg(after.id);
        return false;
    }
    if (*before == after)
        return true;
    EditScope scope;
    scope.indicators.insert(after.id);
    return commit(new ReplaceIndicatorCommand(&m_ws, *before, after, [this] { applied(); },
                                              tr("Edit indicator %1").arg(after.name.text(m_lang))),
                  scope, error);
}

bool Document::replaceSource(const Source &after, QString *error)
{
    const Source *before = m_ws.source(after.id);
    if (!before) {
        if (error)
            *error = tr("There is no source %1 in this workspace").arg(after.id);
        return false;
    }
    if (*before == after)
        return true;
    EditScope scope;
    scope.sources.insert(after.id);
    return commit(new ReplaceSourceCommand(&m_ws, *before, after, [this] { applied(); },
                                           tr("Edit source %1").arg(sourceShortName(after, m_lang))),
                  scope, error);
}

bool Document::changeCatalogue(const Workspace &after, const EditScope &scope, const QString &text, QString *error)
{
    return commit(new ReplaceWorkspaceCommand(&m_ws, m_ws, after, [this] { applied(); }, text), scope, error);
}

bool Document::addIndicator(const Indicator &indicator, QString *error, const std::optional<Subject> &newSubject)
{
    Workspace after = m_ws;
    EditScope scope;
    scope.indicators.insert(indicator.id);
    if (newSubject) { // a subject typed in the form is created with the indicator, in one step
        after.subjects.append(*newSubject);
        scope.subjects.insert(newSubject->id);
    }
    after.indicators.append(indicator);
    return changeCatalogue(after, scope, tr("Add indicator %1").arg(indicator.id), error);
}

bool Document::removeIndicator(const QString &id, QString *error)
{
    if (!m_ws.indicator(id)) {
        if (error)
            *error = tr("There is no indicator %1 in this workspace").arg(id);
        return false;
    }
    // The indicator goes with its values; a chart that still draws it keeps it (the rules say so).
    Workspace after = m_ws;
    after.indicators.removeIf([&](const Indicator &i) { return i.id == id; });
    const int key = after.observations.keyOf(id);
    after.observations.removeRows([&](int row) { return after.observations.indicatorKey(row) == key; });
    EditScope scope;
    scope.indicators.insert(id);
    return changeCatalogue(after, scope, tr("Remove indicator %1").arg(id), error);
}

bool Document::addSource(const Source &source, QString *error)
{
    EditScope scope;
    scope.sources.insert(source.id);
    return commit(new AppendItemCommand<Source, &Workspace::sources>(&m_ws, source, [this] { applied(); }, nullptr,
                                                                     tr("Add source %1").arg(source.id)),
                  scope, error);
}

bool Document::removeSource(const QString &id, QString *error)
{
    if (!m_ws.source(id)) {
        if (error)
            *error = tr("There is no source %1 in this workspace").arg(id);
        return false;
    }
    Workspace after = m_ws;
    after.sources.removeIf([&](const Source &s) { return s.id == id; });
    EditScope scope;
    scope.sources.insert(id);
    return changeCatalogue(after, scope, tr("Remove source %1").arg(id), error);
}

bool Document::addSubject(const Subject &subject, QString *error)
{
    EditScope scope;
    scope.subjects.insert(subject.id);
    return commit(new AppendItemCommand<Subject, &Workspace::subjects>(&m_ws, subject, [this] { applied(); }, nullptr,
                                                                       tr("Add subject %1").arg(subject.name.text(m_lang))),
                  scope, error);
}

bool Document::pushChart(const std::optional<ChartSpec> &before, const ChartSpec &after, QString *error)
{
    EditScope scope;
    scope.charts.insert(after.id);
    if (before)
        scope.charts.insert(before->id);
    const QString id = after.id;
    return commit(new ReplaceChartCommand(&m_ws, before, after, [this, id] {
                      applied();
                      if (m_trial == 0)
                          emit chartChanged(id);
                  }),
                  scope, error);
}

bool Document::addFigures(const extract::FigureAdditions &additions, QString *error)
{
    Workspace after = m_ws;
    extract::applyAdditions(after, additions);
    EditScope scope;
    scope.sources.insert(additions.source.id);
    for (const Subject &s : additions.subjects)
        scope.subjects.insert(s.id);
    for (const Indicator &i : additions.indicators)
        scope.indicators.insert(i.id);
    for (const Observation &o : additions.observations)
        scope.touch(o);
    const QString from = additions.source.title.isEmpty() ? additions.source.id : additions.source.title;
    return changeCatalogue(after, scope, tr("Add %n figure(s) from %1", nullptr, int(additions.observations.size())).arg(from),
                           error);
}

bool Document::importFile(const QString &path, QString *error, TableImportResult *importedOut)
{
    const QString name = QFileInfo(path).fileName();
    // Read and analysed on a worker thread, like Open; Cancel stops it and leaves the workspace untouched.
    struct Read {
        DataFileResult file;
        TableImportResult imported;
    };
    const std::optional<Read> read = runJob<Read>(tr("Importing %1…").arg(name), [path](JobControl &job) {
        Read r;
        r.file = readDataFile(path);
        if (r.file.ok() && !job.isCancelled()) {
            TableImportOptions options;
            options.fileName = path;
            r.imported = importTable(std::move(r.file.table), options); // its rows given back as imported
            r.file.table = {};
        }
        return r;
    });
    if (!read) {
        if (error)
            error->clear();
        emit message(tr("Importing %1 was cancelled").arg(name), 5000);
        return false;
    }
    auto fail = [&](qint64 line, int column, const QString &text) {
        if (error) {
            QString where = path;
            if (line > 0)
                where += QStringLiteral(":%1:%2").arg(line).arg(std::max(1, column));
            *error = QStringLiteral("%1: %2").arg(where, text);
        }
        return false;
    };
    if (!read->file.ok())
        return fail(read->file.errorLine, read->file.errorColumn, read->file.error);
    if (!read->imported.ok())
        return fail(read->imported.errorLine, read->imported.errorColumn, read->imported.error);
    QString mergeError;
    if (!mergeImported(read->imported, path, &mergeError))
        return fail(0, 0, mergeError);
    if (importedOut)
        *importedOut = read->imported;
    return true;
}

bool Document::mergeImported(const TableImportResult &imported, const QString &path, QString *error)
{
    Workspace merged = m_ws;
    if (!mergeWorkspace(merged, imported.workspace, error)) // all or nothing: m_ws is untouched on failure
        return false;
    m_undo->push(new ReplaceWorkspaceCommand(&m_ws, m_ws, std::move(merged), [this] { applied(); },
                                             tr("Import %1").arg(QFileInfo(path).fileName())));
    emit message(tr("Imported %1 values in %2 indicators from %3; %4 cells missing; %5 rows skipped")
                     .arg(imported.imported)
                     .arg(imported.workspace.indicators.size())
                     .arg(QFileInfo(path).fileName())
                     .arg(imported.missing)
                     .arg(imported.skipped.size()),
                 10000);
    return true;
}

} // namespace cs
