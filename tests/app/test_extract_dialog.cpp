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

// Extracting again (the date changed, or the text elsewhere) keeps the review of the figures
// still found: a rejected figure stays rejected and is not added, a correction stays made.
TEST(ExtractDialog, ReextractingKeepsTheReview)
{
    Document doc;
    ExtractDialog dialog(&doc);
    dialog.setArticleDate(kDate);
    dialog.setArticleText(kLede);
    FigureTableModel *model = dialog.model();
    const int rows = model->rowCount();
    ASSERT_GE(rowWithValue(model, 8.3), 0);
    ASSERT_TRUE(model->setData(model->index(rowWithValue(model, 8.3), FigureTableModel::Use), Qt::Unchecked, Qt::CheckStateRole));
    ASSERT_GE(rowWithValue(model, 37.7), 0);
    ASSERT_TRUE(model->setData(model->index(rowWithValue(model, 37.7), FigureTableModel::Value), QStringLiteral("37.8")));

    // Another date: the figures are found again, with their periods read from it.
    dialog.setArticleDate(kDate.addYears(1));
    ASSERT_EQ(model->rowCount(), rows);
    EXPECT_EQ(rowWithValue(model, 37.7), -1);
    ASSERT_GE(rowWithValue(model, 37.8), 0);
    ASSERT_GE(rowWithValue(model, 8.3), 0);
    EXPECT_FALSE(model->isUsed(rowWithValue(model, 8.3)));
    EXPECT_TRUE(model->isUsed(rowWithValue(model, 42.5)));
    EXPECT_EQ(model->figure(rowWithValue(model, 42.5)).period.toString(), QStringLiteral("2024-Q1/2024-Q3"));

    // The text edited after the figures: they are at the same place, their review kept.
    dialog.setArticleText(kLede + QStringLiteral("这是另一句话。"));
    EXPECT_EQ(rowWithValue(model, 37.7), -1);
    ASSERT_GE(rowWithValue(model, 37.8), 0);
    EXPECT_FALSE(model->isUsed(rowWithValue(model, 8.3)));

    // The date changed again, and Add pressed before the table is extracted again: what is added
    // is what the table shows once it is.
    dialog.dateEdit()->setDate(kDate);
    QString error;
    ASSERT_TRUE(dialog.acceptFigures(&error)) << error.toStdString();
    EXPECT_FALSE(model->isUsed(rowWithValue(model, 8.3)));
    EXPECT_EQ(model->figure(rowWithValue(model, 42.5)).period.toString(), QStringLiteral("2023-Q1/2023-Q3"));
    bool edited = false;
    for (const Observation &o : doc.workspace().observations) {
        EXPECT_NE(o.value, 8.3); // rejected
        EXPECT_NE(o.value, 37.7); // corrected
        edited = edited || o.value == 37.8;
        if (o.value == 42.5) {
            EXPECT_EQ(o.period.toString(), QStringLiteral("2023-Q1/2023-Q3"));
        }
    }
    EXPECT_TRUE(edited);
}

// A figure that is no longer found loses its row; a figure found anew is checked.
TEST(ExtractDialog, ReextractingDropsFiguresNoLongerFound)
{
    Document doc;
    ExtractDialog dialog(&doc);
    dialog.setArticleDate(kDate);
    dialog.setArticleText(kLede);
    FigureTableModel *model = dialog.model();
    ASSERT_TRUE(model->setData(model->index(rowWithValue(model, 8.3), FigureTableModel::Use), Qt::Unchecked, Qt::CheckStateRole));
    dialog.setArticleText(QString::fromUtf8("今年前三季度，深圳战略性新兴产业增加值达10393.39亿元。"));
    EXPECT_EQ(rowWithValue(model, 8.3), -1);
    ASSERT_GE(rowWithValue(model, 10393.39), 0);
    EXPECT_TRUE(model->isUsed(rowWithValue(model, 10393.39)));
    dialog.setArticleText(kLede); // found again, at the same place: a new figure, checked
    ASSERT_GE(rowWithValue(model, 8.3), 0);
    EXPECT_TRUE(model->isUsed(rowWithValue(model, 8.3)));
}

// Typing in the article leaves the figures' offsets stale until it is read again: no highlight.
TEST(ExtractDialog, EditingTheTextClearsTheHighlight)
{
    Document doc;
    ExtractDialog dialog(&doc);
    dialog.setArticleDate(kDate);
    dialog.setArticleText(kLede);
    const int row = rowWithValue(dialog.model(), 10393.39);
    ASSERT_GE(row, 0);
    dialog.table()->setCurrentIndex(dialog.model()->index(row, FigureTableModel::Value));
    ASSERT_FALSE(dialog.textEdit()->extraSelections().isEmpty());
    QTextCursor start(dialog.textEdit()->document());
    start.insertText(QStringLiteral("前言。"));
    EXPECT_TRUE(dialog.textEdit()->extraSelections().isEmpty());
    const int other = rowWithValue(dialog.model(), 8.3);
    ASSERT_GE(other, 0);
    dialog.table()->setCurrentIndex(dialog.model()->index(other, FigureTableModel::Value));
    EXPECT_TRUE(dialog.textEdit()->extraSelections().isEmpty());
    dialog.extractNow();
    const int moved = rowWithValue(dialog.model(), 10393.39);
    ASSERT_GE(moved, 0);
    dialog.table()->setCurrentIndex(dialog.model()->index(moved, FigureTableModel::Value));
    ASSERT_FALSE(dialog.textEdit()->extraSelections().isEmpty());
    EXPECT_EQ(dialog.textEdit()->textCursor().position(), dialog.model()->figure(moved).start);
}

// A value is stored in its indicator's unit: a match it does not convert into is refused, and a
// unit corrected into one that does not convert clears the match.
TEST(ExtractDialog, MatchesMustTakeTheFiguresUnit)
{
    Document doc(embedded());
    ExtractDialog dialog(&doc);
    dialog.setArticleDate(kDate);
    dialog.setArticleText(kLede);
    FigureTableModel *model = dialog.model();
    const QString sei = QStringLiteral("sei-added-value");
    ASSERT_TRUE(doc.workspace().indicator(sei));
    ASSERT_EQ(doc.workspace().indicator(sei)->unit, QStringLiteral("yi-yuan"));
    const int growth = rowWithValue(model, 8.3);
    const int amount = rowWithValue(model, 10393.39);
    ASSERT_GE(growth, 0);
    ASSERT_GE(amount, 0);
    EXPECT_FALSE(model->setData(model->index(growth, FigureTableModel::Match), sei)); // % into 亿元
    ASSERT_TRUE(model->setData(model->index(amount, FigureTableModel::Match), sei));
    ASSERT_TRUE(model->setData(model->index(amount, FigureTableModel::Unit), QStringLiteral("万元"))); // converts
    EXPECT_EQ(model->figure(amount).indicatorId, sei);
    ASSERT_TRUE(model->setData(model->index(amount, FigureTableModel::Unit), QStringLiteral("%")));
    EXPECT_TRUE(model->figure(amount).indicatorId.isEmpty());
    dialog.setArticleDate(kDate.addYears(1)); // the corrections are kept: the match stays cleared
    ASSERT_GE(rowWithValue(model, 10393.39), 0);
    EXPECT_EQ(model->figure(rowWithValue(model, 10393.39)).unitText, QStringLiteral("%"));
    EXPECT_TRUE(model->figure(rowWithValue(model, 10393.39)).indicatorId.isEmpty());
}

// The value form takes a matched indicator in another unit with the value converted into it.
TEST(ExtractDialog, FromASentenceConvertsIntoTheMatchedUnit)
{
    Workspace ws = embedded();
    const Indicator *sei = ws.indicator(QStringLiteral("sei-added-value"));
    ASSERT_TRUE(sei);
    AddValueDialog form(ws, QString(), Lang::Zh);
    extract::Figure f;
    f.value = 1.039339;
    f.unitText = QStringLiteral("万亿元");
    f.unitId = QStringLiteral("wanyi-yuan");
    f.indicatorId = sei->id;
    f.period = Period::year(2023);
    form.fillFromFigure(f);
    EXPECT_EQ(form.indicatorBox()->currentData().toString(), sei->id);
    EXPECT_EQ(form.valueEdit()->text(), QStringLiteral("10393.39"));
    // A % figure matched to it: a new indicator, in %, and the value as written.
    extract::Figure rate = f;
    rate.value = 8.3;
    rate.unitText = QStringLiteral("%");
    rate.unitId = QStringLiteral("percent");
    rate.measure = extract::FigureMeasure::Level;
    rate.indicatorName = QStringLiteral("增速");
    form.indicatorBox()->setCurrentIndex(form.indicatorBox()->findData(sei->id));
    form.fillFromFigure(rate);
    EXPECT_EQ(form.indicatorBox()->currentData().toString(), AddValueDialog::kNew);
    EXPECT_EQ(form.valueEdit()->text(), QStringLiteral("8.3"));
    EXPECT_EQ(form.newIndicatorForm()->unitBox()->currentData().toString(), QStringLiteral("percent"));
    // A level in % is stored as a ratio, as the Extract dialog stores it.
    EXPECT_EQ(form.newIndicatorForm()->measureBox()->currentData().toString(), measureId(Measure::Ratio));
    EXPECT_EQ(form.newIndicatorForm()->zhEdit()->text(), QStringLiteral("增速"));
    // Another pick overwrites the name the first filled in; a bare number is in `number`.
    extract::Figure bare = rate;
    bare.unitText.clear();
    bare.unitId.clear();
    bare.indicatorId.clear();
    bare.indicatorName = QStringLiteral("专利授权量");
    form.fillFromFigure(bare);
    EXPECT_EQ(form.newIndicatorForm()->zhEdit()->text(), QStringLiteral("专利授权量"));
    EXPECT_EQ(form.newIndicatorForm()->unitBox()->currentData().toString(), QStringLiteral("number"));
    // A name typed by the user is kept.
    form.newIndicatorForm()->zhEdit()->setText(QStringLiteral("自己的名字"));
    form.fillFromFigure(rate);
    EXPECT_EQ(form.newIndicatorForm()->zhEdit()->text(), QStringLiteral("自己的名字"));
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
