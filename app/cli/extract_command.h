// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "extract/figure.h"

#include <QByteArray>
#include <QList>

namespace cs {

struct CommandLine;

// --extract TEXTFILE [--date YYYY-MM-DD] [--lang zh|en] [-o OUT]: the figures of an article as CSV
// on standard output, or a workspace holding them with the article as their source. Returns the
// exit code.
int runExtractCommand(const CommandLine &cl);

// The CSV --extract prints: header value,unit,qualifier,period,measure,subject,indicator_name,
// quote,start,end; UTF-8, RFC 4180.
QByteArray figuresCsv(const QList<extract::Figure> &figures);

} // namespace cs
