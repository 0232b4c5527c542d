// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/extract_command.h"

#include "cli/command_line.h"
#include "cli/exit_codes.h"
#include "chart/quantity_format.h"
#include "document/article_reader.h"
#include "extract/figures_workspace.h"
#include "persist/workspace_file.h"
#include "persist/workspace_json.h"
#include "query/observation_csv.h"
#include "default_workspace.h"

#include <QFileInfo>
#include <cstdio>

namespace cs {

QByteArray figuresCsv(const QList<extract::Figure> &figures)
{
    QByteArray out = "value,unit,qualifier,period,measure,subject,indicator_name,quote,start,end\r\n";
    for (const extract::Figure &f : figures) {
        const QStringList fields = {
            plainDecimal(f.value), csvField(f.unitText), csvField(qualifierCode(f.qualifier)),
            f.period.isValid() ? f.period.toString() : QString(), extract::figureMeasureId(f.measure),
            csvField(f.subject), csvField(f.indicatorName), csvField(f.quote), QString::number(f.start), QString::number(f.end),
        };
        out += fields.join(QLatin1Char(',')).toUtf8();
        out += "\r\n";
    }
    return out;
}

int runExtractCommand(const CommandLine &cl)
{
    extract::ArticleText article;
    QString error;
    const extract::ArticleError read = readArticleFile(cl.file, &article, &error);
    if (read != extract::ArticleError::None) {
        printErrorLine(QStringLiteral("clusterscope: %1").arg(error));
        return read == extract::ArticleError::Unreadable ? ExitIoError : ExitInvalidInput;
    }
    // Names of subjects and indicators are matched against the embedded workspace, the one the
    // window opens with.
    const Workspace names = readWorkspace(defaultWorkspaceJson()).workspace;
    extract::ExtractOptions options;
    options.articleDate = cl.articleDate;
    options.workspace = &names;
    QList<extract::Figure> figures = extract::extractFigures(article.text, options);

    if (cl.output.isEmpty()) {
        const QByteArray csv = figuresCsv(figures);
        if (std::fwrite(csv.constData(), 1, size_t(csv.size()), stdout) != size_t(csv.size()) || std::fflush(stdout) != 0) {
            printErrorLine(QStringLiteral("clusterscope: cannot write to standard output"));
            return ExitIoError;
        }
        return ExitOk;
    }

    // A new workspace: the figures' subjects and indicators are made in it, not borrowed.
    for (extract::Figure &f : figures) {
        f.subjectId.clear();
        f.indicatorId.clear();
    }
    Workspace ws;
    const QString title = article.title.isEmpty() ? QFileInfo(cl.file).completeBaseName() : article.title;
    ws.title = {title, title};
    Source source;
    source.title = title;
    source.date = cl.articleDate.isValid() ? cl.articleDate.toString(Qt::ISODate) : QString();
    source.reference = QFileInfo(cl.file).fileName();
    source.confidence = Confidence::Primary;
    const extract::FigureAdditions additions = extract::additionsForFigures(ws, figures, source);
    extract::applyAdditions(ws, additions);
    const SaveResult saved = saveWorkspace(ws, cl.output);
    if (!saved.ok) {
        printErrorLine(QStringLiteral("clusterscope: %1").arg(saved.error));
        return ExitIoError;
    }
    std::printf("%s\n", QStringLiteral("extracted %1 figures into %2 indicators").arg(figures.size()).arg(ws.indicators.size())
                            .toUtf8().constData());
    return ExitOk;
}

} // namespace cs
