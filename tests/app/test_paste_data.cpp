// SPDX-License-Identifier: GPL-3.0-or-later
// Edit → Paste data: a spreadsheet's or a web page's table on the clipboard goes to the import
// dialog as tab-separated text, with the same detection as a file, its source "pasted on DATE".
#include "dialogs/import_dialog.h"
#include "document/clipboard_table.h"
#include "import/data_file.h"
#include "import/table_import.h"
#include "default_workspace.h"
#include "persist/workspace_json.h"
#include "testutils.h"
#include "widgets/main_window.h"

#include <QApplication>
#include <QClipboard>
#include <QDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QMimeData>
#include <QTimer>
#include <gtest/gtest.h>

using namespace cs;

namespace {

QString u(const char *s) { return QString::fromUtf8(s); }

// As a browser copies a table: HTML around it, a header cell spanning two columns, a cell with a
// line break and one with a quote.
const char kHtml[] = "<html><body><p>GDP by province</p><table>"
                     "<tr><th>地区</th><th colspan=\"2\">地区生产总值(亿元)</th></tr>"
                     "<tr><td>地区</td><td>2023年</td><td>2022年</td></tr>"
                     "<tr><td>北京市</td><td>43760.7</td><td>41610.9</td></tr>"
                     "<tr><td>Tianjin \"TJ\"<br>City</td><td>16737.3</td><td>16311.3</td></tr>"
                     "</table></body></html>";

} // namespace

TEST(PasteData, AnHtmlTableBecomesTabSeparatedRows)
{
    QMimeData mime;
    mime.setHtml(u(kHtml));
    mime.setText(u("ignored: the HTML table comes first"));
    EXPECT_EQ(clipboardTableAsTsv(&mime).toStdString(),
              "地区\t地区生产总值(亿元)\t地区生产总值(亿元)\n"
              "地区\t2023年\t2022年\n"
              "北京市\t43760.7\t41610.9\n"
              "\"Tianjin \"\"TJ\"\" City\"\t16737.3\t16311.3\n");

    QMimeData tsv; // a spreadsheet's rows as plain text
    tsv.setText(u("region\tyear\tvalue\nNorth\t2023\t1.5\n"));
    EXPECT_EQ(clipboardTableAsTsv(&tsv), QByteArray("region\tyear\tvalue\nNorth\t2023\t1.5\n"));
    QMimeData empty;
    EXPECT_TRUE(clipboardTableAsTsv(&empty).isEmpty());
    EXPECT_TRUE(clipboardTableAsTsv(nullptr).isEmpty());
}

// The pasted text imports as a file of it would, and its source is the paste, not a file.
TEST(PasteData, APastedTableImportsWithItsPasteAsTheSource)
{
    QMimeData mime;
    mime.setText(u("地区\t2023年\t2022年\n北京市\t43760.7\t41610.9\n天津市\t16737.3\t16311.3\n"));
    const DataFileResult file = readDataBytes(clipboardTableAsTsv(&mime));
    ASSERT_TRUE(file.ok()) << file.error.toStdString();
    TableImportOptions options;
    options.fileName = u("/tmp/x/pasted.tsv");
    options.sourceTitle = u("pasted on 2026-12-01 12:40");
    options.defaultIndicator = u("地区生产总值");
    const TableImportResult r = importTable(file.table, options);
    ASSERT_TRUE(r.ok()) << r.error.toStdString();
    EXPECT_EQ(r.imported, 4);
    ASSERT_EQ(r.workspace.sources.size(), 1);
    EXPECT_EQ(r.workspace.sources.first().title, u("pasted on 2026-12-01 12:40"));
    EXPECT_TRUE(r.workspace.sources.first().reference.isEmpty()) << "no file to refer to";
    EXPECT_EQ(r.workspace.sources.first().id, u("pasted-on-2026-12-01-12-40"));
}

// Ctrl+Shift+V with a table on the clipboard opens the import dialog with an editable source.
TEST(PasteData, CtrlShiftVOpensTheImportDialogOnTheClipboard)
{
    MainWindow window(readWorkspace(defaultWorkspaceJson()).workspace);
    window.show();
    auto *mime = new QMimeData;
    mime->setText(u("region\tyear\tvalue\nNorth\t2023\t1.5\n"));
    QApplication::clipboard()->setMimeData(mime);
    QString source;
    bool sawDialog = false;
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, [&] {
        if (auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget())) {
            sawDialog = true;
            if (auto *edit = dialog->findChild<QLineEdit *>(QStringLiteral("sourceTitle")))
                source = edit->text();
            dialog->reject();
        }
    });
    poll.start(20);
    window.pasteData();
    EXPECT_TRUE(sawDialog);
    EXPECT_TRUE(source.startsWith(u("pasted on "))) << source.toStdString();
}

namespace {

// Pastes `text` into the window and accepts the import dialog once it can import.
bool pasteAndAccept(MainWindow &window, const QString &text)
{
    auto *mime = new QMimeData;
    mime->setText(text);
    QApplication::clipboard()->setMimeData(mime);
    bool accepted = false;
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, [&] {
        if (auto *dialog = qobject_cast<ImportDialog *>(QApplication::activeModalWidget())) {
            if (dialog->canImport()) {
                accepted = true;
                dialog->accept();
            } else if (!dialog->isBusy()) {
                dialog->reject();
            }
        }
    });
    poll.start(20);
    window.pasteData();
    return accepted;
}

} // namespace

// Regressions: comma-separated text copied from an editor was written to pasted.tsv and read as
// one column; and two pastes in the same minute were both named "pasted on DATE HH:MM", so the
// second clashed with the first's source and could not be imported.
TEST(PasteData, CommaSeparatedTextAndTwoPastesInARowBothImport)
{
    MainWindow window(readWorkspace(defaultWorkspaceJson()).workspace);
    window.show();
    const qsizetype sources = window.workspace().sources.size();
    ASSERT_TRUE(pasteAndAccept(window, u("region,year,Widgets made\nNorth,2023,1.5\nSouth,2023,2.5\n")));
    ASSERT_TRUE(pasteAndAccept(window, u("region,year,Gadgets made\nNorth,2023,7\nSouth,2023,8\n")));
    ASSERT_EQ(window.workspace().sources.size(), sources + 2);
    QStringList pasted;
    for (const Source &s : window.workspace().sources)
        if (s.title.startsWith(u("pasted on ")))
            pasted << s.id;
    ASSERT_EQ(pasted.size(), 2);
    EXPECT_NE(pasted[0], pasted[1]);
    const Indicator *widgets = window.workspace().indicator(importedId(u("Widgets made")));
    ASSERT_TRUE(widgets) << "the comma-separated columns were read";
    EXPECT_TRUE(window.workspace().indicator(importedId(u("Gadgets made"))));
}
