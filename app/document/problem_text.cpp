// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/problem_text.h"

#include "model/measure.h"
#include "model/period.h"
#include "model/unit.h"
#include "persist/input_limits.h"

#include <QRegularExpression>

namespace cs {

namespace {

struct Names {
    const char *id;
    const char *zh;
    const char *en;
};

QString named(const QString &id, std::initializer_list<Names> table, Lang lang)
{
    for (const Names &n : table) {
        if (id == QLatin1String(n.id))
            return lang == Lang::Zh ? QString::fromUtf8(n.zh) : QString::fromUtf8(n.en);
    }
    return id;
}

// The lists and objects of a workspace file, as a path names them.
QString partName(const QString &key, Lang lang)
{
    return named(key,
                 {{"sources", "来源", "source"}, {"subjects", "主体", "subject"}, {"indicators", "指标", "indicator"},
                  {"observations", "数值", "value"}, {"charts", "图表", "chart"}, {"categories", "类别", "category"},
                  {"clusters", "集群", "cluster"}, {"futureIndustries", "未来产业", "future industry"},
                  {"series", "系列", "series"}, {"inputs", "所依据的数值", "input"}, {"references", "参考指标", "reference"},
                  {"periodKinds", "时期类型", "period kind"}, {"taxonomy", "产业分类", "taxonomy"}},
                 lang);
}

QString kindName(const QString &kind, Lang lang)
{
    return named(kind,
                 {{"source", "来源", "source"}, {"subject", "主体", "subject"}, {"indicator", "指标", "indicator"},
                  {"observation", "数值", "value"}, {"chart", "图表", "chart"}},
                 lang);
}

QString typeName(const QString &type, Lang lang)
{
    return named(type,
                 {{"string", "文本", "a text"}, {"number", "数字", "a number"}, {"boolean", "true 或 false", "true or false"},
                  {"array", "列表", "a list"}, {"object", "对象", "an object"},
                  {"text", "含“zh”和“en”的文本", "a text with \"zh\" and \"en\""}, {"null", "null（空值）", "null"},
                  {"nothing", "空", "nothing"}},
                 lang);
}

QString chartKindName(const QString &kind, Lang lang)
{
    return named(kind,
                 {{"time-series", "时间序列图", "time series"}, {"breakdown", "构成图", "breakdown"},
                  {"growth-comparison", "增长对比图", "growth comparison"}, {"taxonomy", "产业分类图", "taxonomy overview"}},
                 lang);
}

QString measureText(const QString &id, Lang lang)
{
    const std::optional<Measure> m = measureFromId(id);
    return m ? measureName(*m).text(lang) : id;
}

QString unitText(const QString &id, Lang lang)
{
    const Unit *u = units::find(id);
    return u ? u->label.text(lang) : id;
}

QString periodText(const QString &canonical, Lang lang)
{
    const Period p = Period::parse(canonical);
    return p.isValid() ? p.label(lang) : canonical;
}

QString quoted(const QString &text, Lang lang)
{
    return lang == Lang::Zh ? QStringLiteral("“%1”").arg(text) : QStringLiteral("\"%1\"").arg(text);
}

// What is wrong, from the code and its arguments.
QString sentence(const Problem &p, Lang lang)
{
    const bool zh = lang == Lang::Zh;
    auto a = [&p](int i) { return p.args.value(i); };
    auto q = [lang](const QString &text) { return quoted(text, lang); };
    switch (p.code) {
    case ProblemCode::CannotRead:
        if (a(0) == QLatin1String("it is a directory"))
            return zh ? QStringLiteral("这是一个文件夹，不是文件") : QStringLiteral("it is a folder, not a file");
        return zh ? QStringLiteral("无法读取此文件（%1）").arg(a(0)) : QStringLiteral("cannot read the file (%1)").arg(a(0));
    case ProblemCode::FileTooLarge: {
        const QString size = byteSizeText(a(0).toLongLong()), limit = byteSizeText(a(1).toLongLong());
        return zh ? QStringLiteral("文件大小为 %1，超过上限 %2").arg(size, limit)
                  : QStringLiteral("the file is %1, more than the limit of %2").arg(size, limit);
    }
    case ProblemCode::JsonRefused:
        return zh ? QStringLiteral("文件的结构超出了可安全读取的范围，未读取（%1）").arg(a(0))
                  : QStringLiteral("not read: the file goes beyond what can be read safely (%1)").arg(a(0));
    case ProblemCode::InvalidJson:
        if (!a(1).isEmpty())
            return zh ? QStringLiteral("不是有效的 JSON：文件提前结束，可能不完整")
                      : QStringLiteral("not valid JSON: the file ends too early (is it truncated?)");
        return zh ? QStringLiteral("不是有效的 JSON（%1）").arg(a(0)) : QStringLiteral("not valid JSON (%1)").arg(a(0));
    case ProblemCode::NotAWorkspace:
        return zh ? QStringLiteral("这不是 Clusterscope 工作区文件") : QStringLiteral("this is not a Clusterscope workspace");
    case ProblemCode::WrongFormat:
        return zh ? QStringLiteral("这不是 Clusterscope 工作区文件（“format”应为“%1”）").arg(a(0))
                  : QStringLiteral("this is not a Clusterscope workspace (\"format\" must be \"%1\")").arg(a(0));
    case ProblemCode::BadVersion:
        return zh ? QStringLiteral("“version”应为从 1 起的整数") : QStringLiteral("\"version\" must be a whole number from 1");
    case ProblemCode::NewerVersion:
        return zh ? QStringLiteral("此工作区为第 %1 版格式，比本程序能读取的第 %2 版更新；请用新版 Clusterscope 打开").arg(a(0), a(1))
                  : QStringLiteral("this workspace is format version %1, newer than this Clusterscope reads (%2); "
                                   "open it with a newer Clusterscope").arg(a(0), a(1));
    case ProblemCode::MoreProblems:
        return zh ? QStringLiteral("另有 %1 个问题未列出").arg(a(0)) : QStringLiteral("%1 more problems not listed").arg(a(0));
    case ProblemCode::UnknownKey:
        return zh ? QStringLiteral("未知的键%1（是否拼写有误？）").arg(q(a(0))) : QStringLiteral("unknown key %1 (a typo?)").arg(q(a(0)));
    case ProblemCode::MissingKey:
        return zh ? QStringLiteral("缺少必需的键%1").arg(q(a(0))) : QStringLiteral("the required key %1 is missing").arg(q(a(0)));
    case ProblemCode::WrongType:
        return zh ? QStringLiteral("应为%1，实际为%2").arg(typeName(a(0), lang), typeName(a(1), lang))
                  : QStringLiteral("expected %1, found %2").arg(typeName(a(0), lang), typeName(a(1), lang));
    case ProblemCode::EmptyValue:
        return zh ? QStringLiteral("不能为空") : QStringLiteral("must not be empty");
    case ProblemCode::NeedsText:
        return zh ? QStringLiteral("需要中文或英文文本") : QStringLiteral("needs a Chinese or an English text");
    case ProblemCode::NotOneOf:
        return zh ? QStringLiteral("%1不是可选值之一（%2）").arg(q(a(0)), a(1))
                  : QStringLiteral("%1 is not one of: %2").arg(q(a(0)), a(1));
    case ProblemCode::UnknownUnit:
        return zh ? QStringLiteral("未知单位%1").arg(q(a(0))) : QStringLiteral("unknown unit %1").arg(q(a(0)));
    case ProblemCode::MalformedPeriod:
        return zh ? QStringLiteral("%1不是有效的时期").arg(q(a(0))) : QStringLiteral("%1 is not a valid period (%2)").arg(q(a(0)), a(1));
    case ProblemCode::DuplicateId:
        return zh ? QStringLiteral("%1标识%2重复（首次用于%3）").arg(kindName(a(0), lang), q(a(1)), problemPlace(a(2), lang, false))
                  : QStringLiteral("the %1 id %2 is used twice (first by %3)").arg(kindName(a(0), lang), q(a(1)), problemPlace(a(2), lang, false));
    case ProblemCode::DuplicateTaxonomyId:
        return zh ? QStringLiteral("产业分类中的标识%1重复").arg(q(a(0))) : QStringLiteral("the taxonomy id %1 is used twice").arg(q(a(0)));
    case ProblemCode::BadSourceDate:
        return zh ? QStringLiteral("来源日期应写作 YYYY-MM-DD、YYYY-MM 或 YYYY，而不是%1").arg(q(a(0)))
                  : QStringLiteral("a source's date is YYYY-MM-DD, YYYY-MM or YYYY, not %1").arg(q(a(0)));
    case ProblemCode::UnknownReference:
        return zh ? QStringLiteral("本工作区没有%1%2").arg(kindName(a(0), lang), q(a(1)))
                  : QStringLiteral("there is no %1 %2 in this workspace").arg(kindName(a(0), lang), q(a(1)));
    case ProblemCode::SubjectContainsItself:
        return zh ? QStringLiteral("主体不能包含自身") : QStringLiteral("a subject cannot contain itself");
    case ProblemCode::NotATaxonomyNode:
        return zh ? QStringLiteral("%1不是产业分类中的集群、类别或未来产业").arg(q(a(0)))
                  : QStringLiteral("%1 is not a cluster, category or future industry of the taxonomy").arg(q(a(0)));
    case ProblemCode::UnitDoesNotFit:
        return zh ? QStringLiteral("单位%1不适用于“%2”类指标").arg(q(unitText(a(1), lang)), measureText(a(0), lang))
                  : QStringLiteral("the unit %1 does not fit a %2").arg(q(unitText(a(1), lang)), measureText(a(0), lang));
    case ProblemCode::PartOfItself:
        return zh ? QStringLiteral("指标不能是自身的组成部分") : QStringLiteral("an indicator cannot be a part of itself");
    case ProblemCode::PartUnitDiffers:
        return zh ? QStringLiteral("以%1计的部分不能与以%2计的总量相加").arg(q(unitText(a(0), lang)), q(unitText(a(1), lang)))
                  : QStringLiteral("a part in %1 cannot be added to a total in %2").arg(q(unitText(a(0), lang)), q(unitText(a(1), lang)));
    case ProblemCode::PartMeasureDiffers:
        return zh ? QStringLiteral("部分是“%1”，而总量是“%2”").arg(measureText(a(0), lang), measureText(a(1), lang))
                  : QStringLiteral("the part is a %1 but its total a %2").arg(measureText(a(0), lang), measureText(a(1), lang));
    case ProblemCode::RatesAreNotParts:
        return zh ? QStringLiteral("“%1”不能相加，因此不能作为总量的组成部分").arg(measureText(a(0), lang))
                  : QStringLiteral("%1 rates do not add up, so they cannot be parts of a total").arg(measureText(a(0), lang));
    case ProblemCode::GrowthOfNonGrowth:
        return zh ? QStringLiteral("只有增长率指标才能是另一指标的增长，而此指标是“%1”").arg(measureText(a(0), lang))
                  : QStringLiteral("only a growth indicator can be the growth of another, and this one is a %1").arg(measureText(a(0), lang));
    case ProblemCode::GrowthOfGrowth:
        return zh ? QStringLiteral("%1本身就是增长率").arg(q(a(0))) : QStringLiteral("%1 is itself a growth rate").arg(q(a(0)));
    case ProblemCode::PanelValueWithoutSubject:
        return zh ? QStringLiteral("%1是多个主体共用的指标，其数值必须注明主体").arg(q(a(0)))
                  : QStringLiteral("%1 is an indicator of many subjects: each of its values must name its subject").arg(q(a(0)));
    case ProblemCode::SubjectNotTheIndicators:
        return zh ? QStringLiteral("数值注明的主体%1与指标的主体%2不同").arg(q(a(0)), q(a(1)))
                  : QStringLiteral("the value names the subject %1, but its indicator is of %2").arg(q(a(0)), q(a(1)));
    case ProblemCode::DerivedWithoutInputs:
        return zh ? QStringLiteral("推算值必须注明由哪些数值算出") : QStringLiteral("a derived value must name the values it comes from");
    case ProblemCode::SameFigureTwice:
        return zh ? QStringLiteral("来源%1已给出指标%2在%3的数值（见%4）")
                        .arg(q(a(0)), q(a(1)), periodText(a(2), lang), problemPlace(a(3), lang, false))
                  : QStringLiteral("the source %1 already gives %2 for %3 (%4)")
                        .arg(q(a(0)), q(a(1)), periodText(a(2), lang), problemPlace(a(3), lang, false));
    case ProblemCode::ShareOutOfRange:
        return zh ? QStringLiteral("占比应在 0 到 100% 之间，而不是 %1%").arg(a(0))
                  : QStringLiteral("a share must lie between 0 and 100%, not %1%").arg(a(0));
    case ProblemCode::NegativeValue:
        return zh ? QStringLiteral("“%1”不能为负数（%2）").arg(measureText(a(0), lang), a(1))
                  : QStringLiteral("a %1 cannot be negative (%2)").arg(measureText(a(0), lang), a(1));
    case ProblemCode::FallBeyondAll:
        return zh ? QStringLiteral("下降超过 100%（%1%）是不可能的").arg(a(0))
                  : QStringLiteral("a fall of more than 100% (%1%) is impossible").arg(a(0));
    case ProblemCode::ChartNeedsSeries:
        return zh ? QStringLiteral("时间序列图至少需要一个系列") : QStringLiteral("a time series needs at least one series");
    case ProblemCode::ChartNeedsPeriod:
        return zh ? QStringLiteral("%1需要一个时期").arg(chartKindName(a(0), lang))
                  : QStringLiteral("a %1 needs a period").arg(chartKindName(a(0), lang));
    case ProblemCode::BreakdownNeedsTotal:
        return zh ? QStringLiteral("按组成部分拆分的构成图需要一个总量指标") : QStringLiteral("a breakdown into parts needs a total");
    case ProblemCode::BreakdownNeedsIndicators:
        return zh ? QStringLiteral("跨指标的构成图需要列出指标") : QStringLiteral("a breakdown across indicators needs its indicators");
    case ProblemCode::PartsExceedTotal:
        return zh ? QStringLiteral("%1在%2的各组成部分之和为 %3，超过总量 %4（多出 %5）")
                        .arg(q(a(0)), periodText(a(1), lang), a(2), a(3), a(4))
                  : QStringLiteral("the parts of %1 in %2 add up to %3, more than the total %4 (by %5)")
                        .arg(q(a(0)), periodText(a(1), lang), a(2), a(3), a(4));
    }
    return p.message;
}

// Codes about the value at the path itself (its type, its text), not about what it refers to:
// their place names the key.
bool namesTheKey(ProblemCode code)
{
    return code == ProblemCode::WrongType || code == ProblemCode::EmptyValue || code == ProblemCode::NeedsText
        || code == ProblemCode::NotOneOf || code == ProblemCode::MalformedPeriod;
}

} // namespace

QString problemPlace(const QString &path, Lang lang, bool withKey)
{
    static const QRegularExpression segmentRe(QStringLiteral("^([^\\[\\]]*)(?:\\[(\\d+)\\])?$"));
    const QStringList segments = path.split(QLatin1Char('.'), Qt::SkipEmptyParts);
    QStringList parts;
    QString key;
    for (qsizetype i = 0; i < segments.size(); ++i) {
        const QRegularExpressionMatch m = segmentRe.match(segments[i]);
        if (!m.hasMatch())
            continue;
        const QString name = m.captured(1);
        if (!m.captured(2).isEmpty()) {
            const int ordinal = m.captured(2).toInt() + 1;
            parts << (lang == Lang::Zh ? QStringLiteral("第%1个%2").arg(ordinal).arg(partName(name, lang))
                                       : QStringLiteral("%1 %2").arg(partName(name, lang)).arg(ordinal));
        } else if (i + 1 == segments.size()) {
            key = name; // the last key: named only when asked
        } else if (i == 0 && segments.size() == 2 && name == QLatin1String("taxonomy")) {
            parts << partName(name, lang); // "taxonomy.source": a key of the taxonomy itself
        }
    }
    if (withKey && !key.isEmpty())
        parts << quoted(key, lang);
    QString out = parts.join(lang == Lang::Zh ? QStringLiteral("的") : QStringLiteral(", "));
    if (lang == Lang::En && !out.isEmpty() && out.at(0).isLower())
        out[0] = out.at(0).toUpper();
    return out;
}

QString problemText(const Problem &problem, Lang lang)
{
    const QString place = problemPlace(problem.path, lang, namesTheKey(problem.code));
    QString what = sentence(problem, lang);
    if (place.isEmpty()) {
        if (lang == Lang::En && !what.isEmpty())
            what[0] = what.at(0).toUpper();
        return what;
    }
    return place + (lang == Lang::Zh ? QStringLiteral("：") : QStringLiteral(": ")) + what;
}

} // namespace cs
