// SPDX-License-Identifier: GPL-3.0-or-later
// File → Extract from text…: the figures of a pasted article are listed for review, can be
// rejected and corrected, and are added as one undoable step with their sentences and a new
// primary source; the value form's "From a sentence…" fills the form from one figure.
#include "chart/quantity_format.h"
#include "default_workspace.h"
#include "dialogs/extract_dialog.h"
#include "dialogs/figure_table_model.h"
#include "dialogs/sentence_figures_dialog.h"
#include "dialogs/value_dialogs.h"
#include "document/document.h"
#include "persist/workspace_json.h"

#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QUndoStack>
#include <gtest/gtest.h>

using namespace cs;

namespace {

// The seed's lede: five figures, three of them a series of shares.
const QString kLede = QString::fromUtf8("今年前三季度，深圳战略性新兴产业增加值达10393.39亿元、增长8.3％，占GDP比重从2019年的37.7％、"
                                        "2022年的41.1％，进一步提升至42.5％。");
const QDate kDate(2023, 11, 24);

int rowWithValue(const FigureTableModel *model, double value)
{
    for (int r = 0; r < model->rowCount(); ++r)
        if (model->figure(r).value == value)
            return r;
    return -1;
}

Workspace embedded() { return readWorkspace(defaultWorkspaceJson()).workspace; }

} // namespace

TEST(ExtractDialog, PastedTextListsItsFigures)
{
    Document doc;
    ExtractDialog dialog(&doc);
    dialog.setArticleDate(kDate);
    dialog.setArticleText(kLede);
    const FigureTableModel *model = dialog.model();
    ASSERT_GE(model->rowCount(), 5);
    for (double v : {10393.39, 8.3, 37.7, 41.1, 42.5})
        EXPECT_GE(rowWithValue(model, v), 0) << v;
    const int ytd = rowWithValue(model, 42.5);
    ASSERT_GE(ytd, 0);
    EXPECT_EQ(model->figure(ytd).period.toString(), QStringLiteral("2023-Q1/2023-Q3"));
    EXPECT_EQ(model->figure(rowWithValue(model, 37.7)).period.toString(), QStringLiteral("2019"));
    for (int r = 0; r < model->rowCount(); ++r)
        EXPECT_TRUE(model->isUsed(r));
}

TEST(ExtractDialog, SelectingAFigureHighlightsItsSentence)
{
    Document doc;
    ExtractDialog dialog(&doc);
    dialog.setArticleDate(kDate);
    dialog.setArticleText(QStringLiteral("这是第一句话。") + kLede);
    const int row = rowWithValue(dialog.model(), 10393.39);
    ASSERT_GE(row, 0);
    dialog.table()->setCurrentIndex(dialog.model()->index(row, FigureTableModel::Value));
    const QList<QTextEdit::ExtraSelection> selections = dialog.textEdit()->extraSelections();
    ASSERT_FALSE(selections.isEmpty());
    EXPECT_EQ(selections.first().cursor.selectedText(), kLede);
    EXPECT_EQ(dialog.textEdit()->textCursor().position(), dialog.model()->figure(row).start);
}

TEST(ExtractDialog, RejectEditAcceptAndUndoInOneStep)
{
    Document doc;
    ExtractDialog dialog(&doc);
    dialog.setArticleDate(kDate);
    dialog.setArticleText(kLede);
    FigureTableModel *model = dialog.model();
    const int growth = rowWithValue(model, 8.3);
    const int share2019 = rowWithValue(model, 37.7);
    ASSERT_GE(growth, 0);
    ASSERT_GE(share2019, 0);
    // Reject the growth; correct the 2019 share and its indicator's name.
    ASSERT_TRUE(model->setData(model->index(growth, FigureTableModel::Use), Qt::Unchecked, Qt::CheckStateRole));
    EXPECT_FALSE(model->isUsed(growth));
    ASSERT_TRUE(model->setData(model->index(share2019, FigureTableModel::Value), QStringLiteral("37.8")));
    EXPECT_EQ(model->figure(share2019).value, 37.8);
    EXPECT_FALSE(model->setData(model->index(share2019, FigureTableModel::Period), QStringLiteral("not a period")));
    ASSERT_TRUE(model->setData(model->index(share2019, FigureTableModel::Period), QStringLiteral("2019")));
    EXPECT_FALSE(model->setData(model->index(share2019, FigureTableModel::Match), QStringLiteral("no-such-indicator")));
    dialog.titleEdit()->setText(QStringLiteral("深圳战略性新兴产业报道"));
    dialog.publisherEdit()->setText(QStringLiteral("新华社"));

    const int before = doc.undoStack()->count();
    QString error;
    ASSERT_TRUE(dialog.acceptFigures(&error)) << error.toStdString();
    EXPECT_EQ(doc.undoStack()->count(), before + 1);
    const Workspace &ws = doc.workspace();
    ASSERT_EQ(ws.sources.size(), 1);
    EXPECT_EQ(ws.sources[0].title, QStringLiteral("深圳战略性新兴产业报道"));
    EXPECT_EQ(ws.sources[0].publisher, QStringLiteral("新华社"));
    EXPECT_EQ(ws.sources[0].date, QStringLiteral("2023-11-24"));
    EXPECT_EQ(ws.sources[0].confidence, Confidence::Primary);
    EXPECT_EQ(ws.observations.size(), dialog.accepted().observations.size());
    EXPECT_GE(ws.observations.size(), 4);
    bool edited = false;
    for (const Observation &o : ws.observations) {
        EXPECT_NE(o.value, 8.3); // rejected
        EXPECT_EQ(o.source, ws.sources[0].id);
        EXPECT_EQ(o.quote, kLede);
        edited = edited || (o.value == 37.8 && o.period == Period::year(2019));
    }
    EXPECT_TRUE(edited);
    EXPECT_FALSE(ws.indicators.isEmpty());

    doc.undoStack()->undo(); // one step takes them all back
    EXPECT_TRUE(doc.workspace().sources.isEmpty());
    EXPECT_TRUE(doc.workspace().indicators.isEmpty());
    EXPECT_TRUE(doc.workspace().subjects.isEmpty());
    EXPECT_EQ(doc.workspace().observations.size(), 0);
}

TEST(ExtractDialog, ValuesAlreadyInTheWorkspaceAreFlagged)
{
    Document doc(embedded());
    ExtractDialog dialog(&doc);
    dialog.setArticleDate(kDate);
    dialog.setArticleText(kLede);
    const int sei = rowWithValue(dialog.model(), 10393.39);
    ASSERT_GE(sei, 0);
    // The embedded workspace holds the article's figures: they are marked before accepting.
    EXPECT_TRUE(dialog.model()->data(dialog.model()->index(sei, FigureTableModel::Value), Qt::BackgroundRole).isValid());
    EXPECT_FALSE(dialog.pendingAdditions().duplicates.isEmpty());
    const qsizetype sources = doc.workspace().sources.size();
    QString error;
    ASSERT_TRUE(dialog.acceptFigures(&error)) << error.toStdString(); // another source may repeat them
    EXPECT_FALSE(dialog.accepted().duplicates.isEmpty());
    EXPECT_EQ(doc.workspace().sources.size(), sources + 1);
}

TEST(ExtractDialog, NothingCheckedAddsNothing)
{
    Document doc;
    ExtractDialog dialog(&doc);
    dialog.setArticleDate(kDate);
    dialog.setArticleText(kLede);
    for (int r = 0; r < dialog.model()->rowCount(); ++r)
        dialog.model()->setData(dialog.model()->index(r, FigureTableModel::Use), Qt::Unchecked, Qt::CheckStateRole);
    QString error;
    EXPECT_FALSE(dialog.acceptFigures(&error));
    EXPECT_FALSE(error.isEmpty());
    EXPECT_EQ(doc.undoStack()->count(), 0);
}

TEST(ExtractDialog, FromASentenceFillsTheValueForm)
{
    const Workspace ws;
    AddValueDialog form(ws, QString(), Lang::Zh);
    ASSERT_TRUE(form.findChild<QPushButton *>(QStringLiteral("fromSentence")));
    SentenceFiguresDialog pick(&ws, Lang::Zh);
    pick.setSentence(kLede);
    ASSERT_GE(pick.figures().size(), 5);
    EXPECT_EQ(pick.list()->count(), pick.figures().size());
    int share = -1;
    for (int i = 0; i < pick.figures().size(); ++i)
        if (pick.figures()[i].value == 42.5)
            share = i;
    ASSERT_GE(share, 0);
    pick.list()->setCurrentRow(share);
    ASSERT_TRUE(pick.chosen());
    form.fillFromFigure(*pick.chosen());
    EXPECT_EQ(form.valueEdit()->text(), QStringLiteral("42.5"));
    EXPECT_EQ(form.quoteEdit()->toPlainText(), kLede);
    EXPECT_EQ(form.indicatorBox()->currentData().toString(), AddValueDialog::kNew);
    EXPECT_EQ(form.newIndicatorForm()->unitBox()->currentData().toString(), QStringLiteral("percent"));
    // The filled fields make a value the document takes.
    NewValueFields fields = form.fields();
    fields.newSource = Source{QStringLiteral("s"), QStringLiteral("t"), {}, QString(), QString(), QString(), Confidence::Primary, QString()};
    fields.source = QStringLiteral("s");
    Observation o;
    QString error;
    EXPECT_TRUE(observationFromFields(ws, fields, &o, &error)) << error.toStdString();
    EXPECT_EQ(o.value, 42.5);
}
