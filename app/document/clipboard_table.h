// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

class QMimeData;

namespace cs {

// The table on the clipboard as tab-separated UTF-8 text, for the import dialog (Edit → Paste
// data): a spreadsheet's or a web page's text/html table (the first one, each cell's text, a cell
// spanning columns repeated across them, quoted when it holds a tab, a line break or a quote),
// else its plain text as it is (a spreadsheet copies tab-separated rows). Empty when the
// clipboard holds neither.
QByteArray clipboardTableAsTsv(const QMimeData *mime);

} // namespace cs
