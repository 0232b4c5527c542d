// SPDX-License-Identifier: GPL-3.0-or-later
// The window on a workspace of a million values (issue 12, "Speed and memory"): the real
// MainWindow, offscreen, timed from the user's action until its result is painted. Generates
// 200 subjects × 50 indicators × 100 quarters into a .clusterscope file in a temporary directory,
// then repeats: open it, type a filter into the browser key by key, choose an indicator in the
// browser, edit its latest value through the Document (as the value dialog's OK does), undo, redo
// (not timed), save (a new file, as the first save after opening writes), edit and save again
// (in place), and clear the filter. Then the same, but open and save, on the same workspace
// built in memory (as an import builds one). Prints the median, minimum and maximum of each action.
//
//   window_bench [REPETITIONS [SUBJECTS [INDICATORS_PER_SUBJECT [QUARTERS]]]]   (default 5 200 50 100)
//
// Target (issue 12): each action under 100 ms, except open and save.
#include "model/memory_tuning.h"
#include "persist/workspace_file.h"
#include "widgets/chart_view.h"
#include "widgets/main_window.h"
#include "widgets/workspace_browser.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLineEdit>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QUndoStack>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <map>
#include <vector>

using namespace cs;

namespace {

// Bytes this process has handed to write() so far (/proc/self/io's wchar): what a save wrote,
// journal included, whatever the file system.
qint64 bytesWritten()
{
    QFile io(QStringLiteral("/proc/self/io"));
    if (!io.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : io.readAll().split('\n'))
        if (line.startsWith("wchar:"))
            return line.mid(6).trimmed().toLongLong();
    return 0;
}

QString indicatorId(int i) { return QStringLiteral("ind%1").arg(i, 5, 10, QLatin1Char('0')); }
QString observationId(int i, int q) { return QStringLiteral("o%1-%2").arg(i).arg(q); }
Period quarterAt(int q) { return Period::quarter(2000 + q / 4, q % 4 + 1); }

// `subjects` regions, each with `perSubject` indicators of `quarters` quarterly values; the
// indicators are spread over a taxonomy of 4 categories of 5 clusters.
Workspace generate(int subjects, int perSubject, int quarters)
{
    Workspace ws;
    ws.title = {QStringLiteral("基准"), QStringLiteral("Benchmark")};
    Source src;
    src.id = QStringLiteral("src");
    src.title = QStringLiteral("A statistics office");
    src.label = {QStringLiteral("统计局"), QStringLiteral("Statistics office")};
    src.publisher = QStringLiteral("Statistics office");
    src.date = QStringLiteral("2024-03-01");
    src.confidence = Confidence::Primary;
    ws.sources << src;
    ws.taxonomy.id = QStringLiteral("tax");
    ws.taxonomy.edition = QStringLiteral("2024");
    ws.taxonomy.title = {QStringLiteral("产业"), QStringLiteral("Industries")};
    ws.taxonomy.source = src.id;
    QStringList clusters;
    for (int c = 0; c < 4; ++c) {
        ClusterCategory cat;
        cat.id = QStringLiteral("cat%1").arg(c);
        cat.name = {QStringLiteral("类别%1").arg(c), QStringLiteral("Category %1").arg(c)};
        for (int k = 0; k < 5; ++k) {
            Cluster cl;
            cl.id = QStringLiteral("cl%1-%2").arg(c).arg(k);
            cl.name = {QStringLiteral("集群%1-%2").arg(c).arg(k), QStringLiteral("Cluster %1-%2").arg(c).arg(k)};
            cat.clusters << cl;
            clusters << cl.id;
        }
        ws.taxonomy.categories << cat;
    }
    ws.indicators.reserve(subjects * perSubject);
    ws.observations.reserve(qsizetype(subjects) * perSubject * quarters);
    for (int s = 0; s < subjects; ++s) {
        Subject subject;
        subject.id = QStringLiteral("region%1").arg(s);
        subject.name = {QStringLiteral("地区%1").arg(s), QStringLiteral("Region %1").arg(s)};
        ws.subjects << subject;
        for (int k = 0; k < perSubject; ++k) {
            const int i = s * perSubject + k;
            Indicator ind;
            ind.id = indicatorId(i);
            ind.name = {QStringLiteral("指标%1").arg(i), QStringLiteral("Indicator %1").arg(i)};
            ind.subject = subject.id;
            ind.cluster = clusters[i % clusters.size()];
            ind.unit = QStringLiteral("yi-yuan");
            ws.indicators << ind;
            for (int q = 0; q < quarters; ++q) {
                Observation o;
                o.id = observationId(i, q);
                o.indicator = ind.id;
                o.period = quarterAt(q);
                o.value = 100 + i % 97 + q;
                o.source = src.id;
                ws.observations << o;
            }
        }
    }
    return ws;
}

// Counts the paint events of a widget: an action's result is on screen once the widgets that
// show it have painted.
class PaintCounter : public QObject
{
public:
    explicit PaintCounter(QWidget *w) { w->installEventFilter(this); }
    int count = 0;

protected:
    bool eventFilter(QObject *, QEvent *e) override
    {
        if (e->type() == QEvent::Paint)
            ++count;
        return false;
    }
};

// Processes events until every widget in `painted` has painted since `before` and nothing is
// left to do (a minute at most: then the action is reported as that long).
void settle(const std::vector<std::pair<PaintCounter *, int>> &painted)
{
    QElapsedTimer t;
    t.start();
    for (;;) {
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents(QEventLoop::AllEvents);
        const bool done = std::all_of(painted.begin(), painted.end(), [](const auto &p) { return p.first->count > p.second; });
        if (done)
            break;
        if (t.elapsed() > 60000) {
            std::fprintf(stderr, "warning: a widget did not repaint within a minute\n");
            break;
        }
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 5);
    }
    QCoreApplication::processEvents(QEventLoop::AllEvents); // what the paint itself posted
}

// The browser's row of an indicator, as the view shows it (through the filter).
QModelIndex indicatorRow(WorkspaceBrowser *b, const QString &id)
{
    const QAbstractItemModel *m = b->view()->model();
    for (int top = 0; top < m->rowCount(); ++top) {
        const QModelIndex group = m->index(top, 0);
        for (int r = 0; r < m->rowCount(group); ++r) {
            const QModelIndex row = m->index(r, 0, group);
            if (row.data(WorkspaceBrowser::KindRole).toInt() == int(WorkspaceBrowser::ItemKind::Indicator)
                && row.data(WorkspaceBrowser::IdRole).toString() == id)
                return row;
        }
    }
    return {};
}

// The first indicator the view shows (under the filter).
QString firstVisibleIndicator(WorkspaceBrowser *b)
{
    const QAbstractItemModel *m = b->view()->model();
    for (int top = 0; top < m->rowCount(); ++top) {
        const QModelIndex group = m->index(top, 0);
        for (int r = 0; r < m->rowCount(group); ++r) {
            const QModelIndex row = m->index(r, 0, group);
            if (row.data(WorkspaceBrowser::KindRole).toInt() == int(WorkspaceBrowser::ItemKind::Indicator))
                return row.data(WorkspaceBrowser::IdRole).toString();
        }
    }
    return {};
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    const size_t n = v.size();
    return n == 0 ? 0 : n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

// The times of each action, one per repetition, each until the widgets that show its result
// have painted.
class Timings
{
public:
    void time(const QString &action, const std::function<void()> &act, const std::vector<PaintCounter *> &shows)
    {
        std::vector<std::pair<PaintCounter *, int>> painted;
        for (PaintCounter *c : shows)
            painted.emplace_back(c, c->count);
        QElapsedTimer clock;
        clock.start();
        act();
        settle(painted);
        m_ms[action].push_back(double(clock.nsecsElapsed()) / 1e6);
        if (!m_order.contains(action))
            m_order << action;
    }

    void print(const QString &title) const
    {
        std::printf("\n%s\n%s %10s %10s %10s\n", qPrintable(title), qPrintable(QStringLiteral("action (ms, until painted)").leftJustified(44)),
                    "median", "min", "max");
        for (const QString &action : m_order) {
            const std::vector<double> &v = m_ms.at(action);
            const double m = median(v);
            const bool targeted = !action.startsWith(QLatin1String("a.")) && !action.startsWith(QLatin1String("f."));
            std::printf("%s %10.1f %10.1f %10.1f%s\n", qPrintable(action.leftJustified(44)), m, *std::min_element(v.begin(), v.end()),
                        *std::max_element(v.begin(), v.end()), targeted ? (m < 100 ? "   < 100 ok" : "   ≥ 100 SLOW") : "");
        }
        std::fflush(stdout);
    }

private:
    std::map<QString, std::vector<double>> m_ms;
    QStringList m_order;
};

// The window's widgets the actions go through, and their paint counters.
struct Window {
    explicit Window(MainWindow *w)
        : window(w), browser(w->browser()), filter(w->browser()->findChild<QLineEdit *>()), chartPaints(w->chartView()),
          browserPaints(w->browser()->view()->viewport())
    {
    }
    MainWindow *window;
    WorkspaceBrowser *browser;
    QLineEdit *filter;
    PaintCounter chartPaints;
    PaintCounter browserPaints;
};

// b–e, and f when `save`, on the workspace the window has open: type `typed` into the filter key
// by key, choose the first indicator it leaves, edit its value of the last quarter, undo, redo and
// save, and clear the filter. False when something went wrong.
bool actions(Window &w, Timings &timings, int rep, const QString &typed, int quarters, bool save)
{
    Document *doc = w.window->document();
    w.filter->setFocus();
    for (int k = 0; k < typed.size(); ++k) {
        timings.time(QStringLiteral("b. filter keystroke → \"%1\"").arg(typed.left(k + 1)),
                     [&] { QTest::keyClick(w.filter, typed[k].toLatin1()); }, {&w.browserPaints});
    }

    // c. the indicator is chosen as a user does: the filter narrows the list, the row is made
    // current, and Return activates it.
    const QString chosen = firstVisibleIndicator(w.browser);
    if (chosen.isEmpty()) {
        std::fprintf(stderr, "no indicator matches \"%s\"\n", qPrintable(typed));
        return false;
    }
    const QModelIndex row = indicatorRow(w.browser, chosen);
    w.browser->view()->setCurrentIndex(row);
    w.browser->view()->scrollTo(row);
    settle({});
    timings.time(QStringLiteral("c. choose an indicator → chart and table"),
                 [&] { QTest::keyClick(w.browser->view(), Qt::Key_Return); }, {&w.chartPaints});
    if (w.window->currentSpec().series.isEmpty() || w.window->currentSpec().series.first().indicator != chosen)
        std::fprintf(stderr, "warning: choosing %s did not chart it\n", qPrintable(chosen));

    // d. its latest value, edited as the value dialog's OK does.
    const int i = chosen.mid(3).toInt();
    Observation edited = *doc->observation(observationId(i, quarters - 1));
    edited.value += 1000 + rep;
    timings.time(QStringLiteral("d. edit one value"), [&] {
        QString error;
        if (!doc->replaceObservation(edited, &error))
            std::fprintf(stderr, "edit refused: %s\n", qPrintable(error));
    }, {&w.chartPaints});
    const QString shown = indicatorRow(w.browser, chosen).siblingAtColumn(1).data().toString();
    if (!shown.contains(QString::number(edited.value, 'f', 0).left(3)))
        std::fprintf(stderr, "warning: the browser shows \"%s\" after the edit to %g\n", qPrintable(shown), edited.value);

    timings.time(QStringLiteral("e. undo"), [&] { w.window->undoStack()->undo(); }, {&w.chartPaints});
    w.window->undoStack()->redo(); // something to save
    settle({});

    if (save) {
        // The first save after opening keeps FILE~ and writes a new file; a later one updates
        // the file in place, writing the block of the edited value.
        auto saveNow = [&] {
            QString error;
            if (!doc->save(&error))
                std::fprintf(stderr, "save failed: %s\n", qPrintable(error));
        };
        timings.time(QStringLiteral("f. first save (.clusterscope: a new file, FILE~ kept)"), saveNow, {});
        edited.value += 1;
        doc->replaceObservation(edited);
        settle({});
        const qint64 writtenBefore = bytesWritten();
        timings.time(QStringLiteral("g. save again (in place)"), saveNow, {});
        std::printf("the save in place wrote %.1f MB (the file is %.1f MB)\n", (bytesWritten() - writtenBefore) / 1e6,
                    QFileInfo(doc->path()).size() / 1e6);
    }

    // The filter is cleared last (a keystroke too), for the next repetition.
    w.filter->selectAll();
    timings.time(QStringLiteral("b. filter keystroke → \"\" (cleared)"), [&] { QTest::keyClick(w.filter, Qt::Key_Backspace); },
                 {&w.browserPaints});
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    cs::tuneAllocatorForLargeData(); // as the application's main() does
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("clusterscope-bench"));
    QCoreApplication::setApplicationName(QStringLiteral("window-bench"));
    QStandardPaths::setTestModeEnabled(true); // recovery files away from the user's
    QTemporaryDir dir;
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, dir.path()); // settings too
    const QStringList args = app.arguments();
    auto arg = [&](int i, int fallback) { return args.size() > i ? args[i].toInt() : fallback; };
    const int reps = std::max(1, arg(1, 5));
    const int subjects = arg(2, 200), perSubject = arg(3, 50), quarters = arg(4, 100);
    const QString typed = indicatorId(subjects * perSubject / 10).left(5); // "ind01" for 10,000 indicators
    auto answerDiscard = [](MainWindow::Prompt prompt, const QString &) {
        return prompt == MainWindow::Prompt::UnsavedChanges ? QMessageBox::Discard : QMessageBox::No;
    };

    QElapsedTimer t;
    t.start();
    const QString path = dir.filePath(QStringLiteral("window-bench.clusterscope"));
    {
        const Workspace ws = generate(subjects, perSubject, quarters);
        const SaveResult saved = saveWorkspace(ws, path, false);
        if (!saved.ok) {
            std::fprintf(stderr, "cannot write %s: %s\n", qPrintable(path), qPrintable(saved.error));
            return 1;
        }
    }
    const qint64 values = qint64(subjects) * perSubject * quarters;
    std::printf("%lld values (%d subjects × %d indicators × %d quarters) generated and saved in %lld ms\n",
                static_cast<long long>(values), subjects, perSubject, quarters, static_cast<long long>(t.elapsed()));

    // The file opened in the window, as File → Open does.
    Timings fromFile;
    {
        MainWindow window{Workspace()};
        window.setPromptHandler(answerDiscard);
        window.show();
        Window w(&window);
        settle({});
        for (int rep = 0; rep < reps; ++rep) {
            fromFile.time(QStringLiteral("a. open → first chart drawn"), [&] {
                QString report;
                if (!window.document()->openFile(path, &report))
                    std::fprintf(stderr, "open failed: %s\n", qPrintable(report));
            }, {&w.chartPaints});
            if (!actions(w, fromFile, rep, typed, quarters, true))
                return 1;
            std::printf("opened from the file: repetition %d of %d done\n", rep + 1, reps);
            std::fflush(stdout);
        }
    }
    fromFile.print(QStringLiteral("The workspace opened from its .clusterscope file (median of %1)").arg(reps));

    // The same workspace built in memory, as an import builds one: its values share their
    // indicator's and source's texts, which the reader of .clusterscope files does not give them.
    Timings inMemory;
    {
        MainWindow window{generate(subjects, perSubject, quarters)};
        window.setPromptHandler(answerDiscard);
        window.show();
        Window w(&window);
        settle({});
        { // Its first edit: the recovery write is spaced by an estimate from the number of values
          // (no write of it has been timed yet), not made at once.
            Observation o = *window.document()->observation(observationId(0, quarters - 1));
            o.value += 1;
            inMemory.time(QStringLiteral("d. the first edit (recovery write spaced)"),
                          [&] { window.document()->replaceObservation(o); }, {&w.chartPaints});
            window.undoStack()->undo();
            settle({});
        }
        for (int rep = 0; rep < reps; ++rep) {
            if (!actions(w, inMemory, rep, typed, quarters, false))
                return 1;
        }
    }
    inMemory.print(QStringLiteral("The same workspace built in memory, as an import builds it (median of %1)").arg(reps));
    return 0;
}
