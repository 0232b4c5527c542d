// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/clipboard_table.h"

#include <QMimeData>
#include <QStringList>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextTable>

namespace cs {

namespace {

QTextTable *firstTable(QTextFrame *frame)
{
    for (QTextFrame *child : frame->childFrames()) {
        if (auto *table = qobject_cast<QTextTable *>(child))
            return table;
        if (QTextTable *inner = firstTable(child))
            return inner;
    }
    return nullptr;
}

QString field(QString text)
{
    text.replace(QChar::ParagraphSeparator, QLatin1Char(' ')).replace(QChar::LineSeparator, QLatin1Char(' '));
    text = text.trimmed();
    if (text.contains(QLatin1Char('\t')) || text.contains(QLatin1Char('\n')) || text.contains(QLatin1Char('"')))
        return QLatin1Char('"') + text.replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
    return text;
}

} // namespace

QByteArray clipboardTableAsTsv(const QMimeData *mime)
{
    if (!mime)
        return {};
    if (mime->hasHtml()) {
        QTextDocument doc;
        doc.setHtml(mime->html());
        if (QTextTable *table = firstTable(doc.rootFrame())) {
            QStringList lines;
            for (int r = 0; r < table->rows(); ++r) {
                QStringList cells;
                for (int c = 0; c < table->columns(); ++c) {
                    const QTextTableCell cell = table->cellAt(r, c);
                    QTextCursor cursor = cell.firstCursorPosition();
                    cursor.setPosition(cell.lastCursorPosition().position(), QTextCursor::KeepAnchor);
                    cells << field(cursor.selectedText());
                }
                lines << cells.join(QLatin1Char('\t'));
            }
            return lines.join(QLatin1Char('\n')).toUtf8() + '\n';
        }
    }
    if (mime->hasText() && !mime->text().trimmed().isEmpty())
        return mime->text().toUtf8();
    return {};
}

} // namespace cs
