// SPDX-License-Identifier: GPL-3.0-or-later
// extractFigures: quantities (quantities.h) and period phrases (period_phrases.h) are found in the
// prepared text; each quantity that is a figure gets its qualifier, period, measure, subject and
// indicator name from the words around it, sentence by sentence, with the period and subject of a
// paragraph carried from one sentence to the next.
#include "extract/figure.h"

#include "extract/figure_words.h"
#include "extract/period_phrases.h"
#include "extract/prepared_text.h"
#include "extract/quantities.h"
#include "extract/subject_names.h"
#include "model/unit.h"
#include "model/workspace.h"

#include <cmath>

namespace cs::extract {

QString figureMeasureId(FigureMeasure m)
{
    switch (m) {
    case FigureMeasure::Change:
        return QStringLiteral("change");
    default:
        return measureId(modelMeasure(m));
    }
}

Measure modelMeasure(FigureMeasure m)
{
    switch (m) {
    case FigureMeasure::Level: return Measure::Level;
    case FigureMeasure::Growth: return Measure::Growth;
    case FigureMeasure::Share: return Measure::Share;
    case FigureMeasure::Cumulative: return Measure::Cumulative;
    case FigureMeasure::Count: return Measure::Count;
    case FigureMeasure::Ratio: return Measure::Ratio;
    case FigureMeasure::Duration: return Measure::Duration;
    case FigureMeasure::Target: return Measure::Target;
    case FigureMeasure::Change: return Measure::Level;
    }
    return Measure::Level;
}

namespace {

// The period in force at a point of the text, and where it came from.
struct PeriodState {
    Period period;
    bool pointInTime = false;
    bool isSet() const { return period.isValid(); }
};

PeriodState stateOf(const PeriodPhrase &p)
{
    return PeriodState{p.period, p.kind == PeriodPhraseKind::PointInTime || p.kind == PeriodPhraseKind::Current};
}

bool carriesPeriod(const PeriodPhrase &p)
{
    return p.kind != PeriodPhraseKind::SamePeriod && p.period.isValid();
}

// "比2017年增长40%", "较上年", "compared with 2021": the period a change is measured from, not the
// period of the figure.
bool isComparisonBase(const QString &t, qsizetype phraseStart)
{
    QStringView before = QStringView(t).mid(std::max<qsizetype>(0, phraseStart - 16), std::min<qsizetype>(16, phraseStart));
    while (!before.isEmpty() && before.back() == u' ')
        before.chop(1);
    for (const char16_t *w : {u"比", u"较", u"相比", u"相较", u"与", u"同", u"than", u"compared with", u"compared to", u"versus",
                              u"vs.", u"over"}) {
        if (before.endsWith(QStringView(w), Qt::CaseInsensitive))
            return true;
    }
    return false;
}

// "2019 年的 37.7%": a period joined to the figure by 的 belongs to that figure alone.
bool isLocalTo(const QString &t, const PeriodPhrase &p, qsizetype figureStart)
{
    if (figureStart < p.end || figureStart - p.end > 4)
        return false;
    const QStringView between = QStringView(t).mid(p.end, figureStart - p.end);
    for (QChar c : between) {
        if (isClauseBreak(c))
            return false;
    }
    return between.contains(u'的') || between.isEmpty() || between == QStringView(u"为") || between == QStringView(u"是");
}

bool overlaps(qsizetype a0, qsizetype a1, qsizetype b0, qsizetype b1) { return a0 < b1 && b0 < a1; }

qsizetype clauseStartBefore(const QString &t, qsizetype pos, qsizetype floor)
{
    qsizetype i = pos;
    while (i > floor && !isClauseBreak(t.at(i - 1)))
        --i;
    return i;
}

qsizetype clauseEndAfter(const QString &t, qsizetype pos, qsizetype ceiling)
{
    qsizetype i = pos;
    while (i < ceiling && !isClauseBreak(t.at(i)) && t.at(i) != u'。')
        ++i;
    return i;
}

// The text from `start` to `end` without the period phrases in it.
QString withoutPeriods(const QString &t, qsizetype start, qsizetype end, const QList<PeriodPhrase> &phrases, qsizetype base)
{
    QString out;
    qsizetype pos = start;
    for (const PeriodPhrase &p : phrases) {
        const qsizetype ps = p.start + base, pe = p.end + base;
        if (pe <= pos || ps >= end)
            continue;
        out += QStringView(t).mid(pos, std::max<qsizetype>(0, ps - pos));
        pos = std::max(pos, pe);
    }
    if (pos < end)
        out += QStringView(t).mid(pos, end - pos);
    return out;
}

bool isCountKind(QuantityKind k) { return k == QuantityKind::Count || k == QuantityKind::Persons; }

// The clause before a figure ends with a verb (or 的, 了): what the figure counts is named after it.
bool endsWithVerb(const QString &prefix)
{
    QString p = prefix.trimmed();
    qsizetype ql = 0;
    qualifierBefore(p, &ql);
    p.chop(ql);
    static const char16_t *const verbs[] = {u"的", u"了", u"有", u"交付", u"布局", u"推出", u"发展", u"培育", u"引进", u"建成",
                                            u"认定", u"拥有", u"汇聚", u"聚集", u"吸引", u"提供", u"新增", u"落地", u"签约", u"历经",
                                            u" home to", u" has", u" have", u" had", u" hosts", u" employs", u" with",
                                            u" provide", u" add", u" added", u" build", u" built"};
    for (const char16_t *v : verbs) {
        if (p.endsWith(QStringView(v)))
            return true;
    }
    return false;
}

// The noun after an English bare number that makes it a count: "62,000 jobs", "500 listed
// companies", "742 "little giant" firms" (the last word of the noun phrase). *length gets the
// characters the phrase takes after the number.
QString englishNounAfter(const QString &t, qsizetype pos, qsizetype *length)
{
    static const QStringList stops = {
        QStringLiteral("and"), QStringLiteral("or"), QStringLiteral("to"), QStringLiteral("in"), QStringLiteral("of"),
        QStringLiteral("from"), QStringLiteral("per"), QStringLiteral("percent"), QStringLiteral("the"), QStringLiteral("a"),
        QStringLiteral("on"), QStringLiteral("at"), QStringLiteral("by"), QStringLiteral("for"), QStringLiteral("with"),
        QStringLiteral("year"), QStringLiteral("years"), QStringLiteral("was"), QStringLiteral("were"), QStringLiteral("is"),
        QStringLiteral("are"), QStringLiteral("have"), QStringLiteral("has"), QStringLiteral("that"), QStringLiteral("than"),
        QStringLiteral("as"), QStringLiteral("over"), QStringLiteral("last"), QStringLiteral("this"), QStringLiteral("study"),
        QStringLiteral("work"), QStringLiteral("live"),
    };
    QString noun;
    qsizetype end = pos, i = pos;
    for (int words = 0; words < 4; ++words) {
        while (i < t.size() && (t.at(i) == u' ' || t.at(i) == u'"' || t.at(i) == u'“' || t.at(i) == u'”'))
            ++i;
        qsizetype e = i;
        while (e < t.size() && ((t.at(e).isLetter() && t.at(e).unicode() < 0x2E80) || t.at(e) == u'-'))
            ++e;
        const QString word = t.mid(i, e - i);
        if (word.isEmpty() || !word.front().isLower() || stops.contains(word))
            break;
        noun = word;
        end = e;
        i = e;
        if (e < t.size() && t.at(e) != u' ' && t.at(e) != u'"' && t.at(e) != u'”')
            break; // punctuation ends the phrase
    }
    // A phrase ending in an adjective ("500 listed") names nothing countable.
    if (noun.size() < 3 || noun.endsWith(QLatin1String("ed")) || noun.endsWith(QLatin1String("al")))
        return {};
    *length = end - pos;
    return noun;
}

// 一家企业, 一批企业, 一个个功能岛: "one" before a measure word is the indefinite article.
bool isIndefiniteOne(const QString &t, const Quantity &q)
{
    return q.value == 1 && q.numberEnd - q.start == 1 && (t.at(q.start) == u'一' || t.at(q.start) == u'壹');
}

// Fixed terms with a numeral in them that are names, not figures: 三次产业 (the three sectors).
bool isTermWithNumeral(const QString &t, const Quantity &q)
{
    return QStringView(t).mid(q.start).startsWith(QStringView(u"三次产业"));
}

class Extractor
{
public:
    Extractor(const QString &text, const ExtractOptions &options)
        : m_prepared(text), m_t(m_prepared.text()), m_options(options), m_names(options.workspace)
    {
    }

    QList<Figure> run();

private:
    void sentence(const PreparedText::Range &s);
    bool isLabelNumber(const Quantity &q) const;
    qsizetype nextQuantityStart(qsizetype from, qsizetype limit) const;
    qsizetype nextQuantityFrom(qsizetype index, qsizetype from, qsizetype limit) const;
    QString sentenceQuote(const PreparedText::Range &s) const;
    Figure makeFigure(const Quantity &q, const PreparedText::Range &s) const;
    void measureOf(Figure &f, const Quantity &q, const PreparedText::Range &s) const;
    void nameOf(Figure &f, const Quantity &q, qsizetype qualifierStart, const PreparedText::Range &s);
    void match(Figure &f) const;

    PreparedText m_prepared;
    const QString &m_t;
    ExtractOptions m_options;
    SubjectNames m_names;
    QList<Quantity> m_quantities;
    Period m_documentPeriod; // the period of a title such as "2022年…统计公报": what 全年 and 1-9月 mean in it
    qsizetype m_next = 0; // the first quantity not yet looked at
    QList<Figure> m_out;

    // What a paragraph carries from one sentence to the next.
    int m_paragraph = -1;
    PeriodState m_carried;
    QString m_carriedSubject;
    // Within the sentence being read.
    QList<PeriodPhrase> m_phrases; // offsets relative to the sentence start
    QString m_lastIndicator;
    QString m_lastSubject;
    QString m_quote; // the sentence's quote, shared by its figures
    qsizetype m_lastFigureEnd = 0; // where the sentence's last figure ended (clean offset)
};

QList<Figure> Extractor::run()
{
    m_quantities = findQuantities(m_t);
    // A title line naming a year sets the year of the whole document.
    if (!m_prepared.sentences().isEmpty()) {
        const PreparedText::Range &first = m_prepared.sentences().first();
        const QStringView title = QStringView(m_t).mid(first.start, first.end - first.start);
        if (first.paragraph == 0 && title.size() <= 60 && !title.endsWith(u'。') && !title.endsWith(u'.')) {
            for (const PeriodPhrase &p : findPeriods(title, m_options.articleDate)) {
                if (p.kind == PeriodPhraseKind::Period && p.period.isValid() && !p.relative && !p.yearImplied) {
                    m_documentPeriod = p.period;
                    break;
                }
            }
        }
    }
    for (const PreparedText::Range &s : m_prepared.sentences())
        sentence(s);
    return m_out;
}

qsizetype Extractor::nextQuantityStart(qsizetype from, qsizetype limit) const
{
    return nextQuantityFrom(m_next, from, limit);
}

qsizetype Extractor::nextQuantityFrom(qsizetype index, qsizetype from, qsizetype limit) const
{
    for (qsizetype k = index; k < m_quantities.size() && m_quantities.at(k).start < limit; ++k) {
        if (m_quantities.at(k).start >= from)
            return m_quantities.at(k).start;
    }
    return limit;
}

// The sentence as quoted: one string shared by all its figures. A sentence quoted whole (“…。”)
// goes without its marks: the source panel adds its own.
QString Extractor::sentenceQuote(const PreparedText::Range &s) const
{
    QString quote = m_t.mid(s.start, s.end - s.start);
    if (quote.size() > 2 && quote.front() == u'“' && quote.back() == u'”' && quote.count(u'“') == 1)
        quote = quote.mid(1, quote.size() - 2);
    return quote;
}

bool Extractor::isLabelNumber(const Quantity &q) const
{
    // 第一个“100 万辆”: a number quoted after an ordinal names a milestone; it is not a figure.
    qsizetype i = q.start;
    if (i > 0 && (m_t.at(i - 1) == u'“' || m_t.at(i - 1) == u'"')) {
        const QStringView before = QStringView(m_t).mid(std::max<qsizetype>(0, i - 5), std::min<qsizetype>(4, i - 1));
        if (before.contains(u'第'))
            return true;
    }
    return false;
}

void Extractor::sentence(const PreparedText::Range &s)
{
    if (s.paragraph != m_paragraph) {
        m_paragraph = s.paragraph;
        m_carried = PeriodState{m_documentPeriod, false};
        m_carriedSubject.clear();
    }
    const QStringView text = QStringView(m_t).mid(s.start, s.end - s.start);
    m_phrases = findPeriods(text, m_options.articleDate, m_carried.isSet() ? m_carried.period.year() : 0);
    m_lastIndicator.clear();
    m_lastSubject.clear();
    m_lastFigureEnd = s.start;

    while (m_next < m_quantities.size() && m_quantities.at(m_next).start < s.start)
        ++m_next;
    const qsizetype firstQuantity = m_next;
    const qsizetype firstFigure = m_out.size();
    m_quote = sentenceQuote(s);
    PeriodState sentencePeriod = m_carried;
    bool statedBefore = false; // a period stated in this sentence before the figure
    qsizetype phraseIndex = 0;
    for (; m_next < m_quantities.size() && m_quantities.at(m_next).start < s.end; ++m_next) {
        Quantity q = m_quantities.at(m_next);
        // Periods stated before this figure in the sentence.
        const PeriodPhrase *local = nullptr;
        for (; phraseIndex < m_phrases.size() && m_phrases.at(phraseIndex).end + s.start <= q.start; ++phraseIndex) {
            const PeriodPhrase &p = m_phrases.at(phraseIndex);
            if (!carriesPeriod(p) || isComparisonBase(m_t, p.start + s.start))
                continue;
            if (isLocalTo(m_t, PeriodPhrase{p.start + s.start, p.end + s.start, p.kind, p.period}, q.start)) {
                local = &p;
            } else {
                sentencePeriod = stateOf(p);
                statedBefore = true;
            }
        }
        bool inPeriod = false;
        for (const PeriodPhrase &p : m_phrases)
            inPeriod = inPeriod || overlaps(q.start, q.end, p.start + s.start, p.end + s.start);
        if (inPeriod || q.role != NumberRole::Figure || isLabelNumber(q))
            continue;

        // "20＋8": a label of two counts.
        if (q.kind == QuantityKind::Number && m_next + 1 < m_quantities.size()) {
            const Quantity &r = m_quantities.at(m_next + 1);
            const QStringView between = QStringView(m_t).mid(q.end, r.start - q.end);
            if ((between == QStringView(u"＋") || between == QStringView(u"+")) && r.kind == QuantityKind::Number && q.start > 0
                && (m_t.at(q.start - 1) == u'“' || m_t.at(q.start - 1) == u'"')) {
                for (Quantity part : {q, r}) {
                    part.kind = QuantityKind::Count;
                    part.unitId = QStringLiteral("ge");
                    part.unitText = QStringLiteral("个");
                    Figure f = makeFigure(part, s);
                    f.period = local ? local->period : sentencePeriod.period;
                    f.pointInTime = sentencePeriod.pointInTime;
                    f.measure = FigureMeasure::Count;
                    qsizetype e = r.end;
                    while (e < s.end && (m_t.at(e) == u'”' || m_t.at(e) == u'"'))
                        ++e;
                    f.indicatorName = trimIndicatorName(QStringView(m_t).mid(e, clauseEndAfter(m_t, e, s.end) - e));
                    f.subject = m_lastSubject.isEmpty() ? m_carriedSubject : m_lastSubject;
                    match(f);
                    m_out.append(f);
                }
                ++m_next;
                continue;
            }
        }
        if (isIndefiniteOne(m_t, q) || isTermWithNumeral(m_t, q))
            continue;
        if (q.kind == QuantityKind::Number) {
            qsizetype length = 0;
            const QString noun = englishNounAfter(m_t, q.end, &length);
            if (noun.isEmpty())
                continue; // a bare number: no unit, no figure
            q.kind = QuantityKind::Count;
            q.unitText = noun;
            q.unitId = units::customUnitId(noun);
            q.end += length;
        }
        // 连续5年每年推出…: the streak qualifies the figure that follows; it is not one.
        if (q.kind == QuantityKind::Duration && q.start >= 2 && QStringView(m_t).mid(q.start - 2, 2) == QStringView(u"连续"))
            continue;

        Figure f = makeFigure(q, s);
        qsizetype qualifierLength = 0;
        if (q.inner == Qualifier::Exact) {
            f.qualifier = qualifierBefore(QStringView(m_t).mid(s.start, q.start - s.start), &qualifierLength);
            if (f.qualifier == Qualifier::Exact)
                f.qualifier = qualifierAfter(QStringView(m_t).mid(q.end, std::min<qsizetype>(12, s.end - q.end)));
        } else {
            f.qualifier = q.inner;
            qualifierBefore(QStringView(m_t).mid(s.start, q.start - s.start), &qualifierLength);
        }
        measureOf(f, q, s);

        // The period: one joined to this figure by 的, else the sentence's (or the paragraph's);
        // with none stated before it in the sentence, one stated after it ("grew 5.4 per cent in
        // the first three quarters of 2023").
        if (f.measure != FigureMeasure::Duration) {
            PeriodState st = local ? stateOf(*local) : sentencePeriod;
            if (!local && !statedBefore) {
                for (qsizetype k = phraseIndex; k < m_phrases.size(); ++k) {
                    const PeriodPhrase &p = m_phrases.at(k);
                    if (carriesPeriod(p) && !isComparisonBase(m_t, p.start + s.start) && !isLocalTo(m_t, PeriodPhrase{p.start + s.start, p.end + s.start, p.kind, p.period},
                                                       nextQuantityStart(p.end + s.start, s.end))) {
                        st = stateOf(p);
                        break;
                    }
                }
            }
            f.period = st.period;
            f.pointInTime = st.pointInTime;
            const qsizetype clauseStart = clauseStartBefore(m_t, q.start, s.start);
            if (!f.period.isValid() && m_options.articleDate.isValid() && f.measure != FigureMeasure::Growth
                && hasPerfectWord(QStringView(m_t).mid(clauseStart, q.start - clauseStart))) {
                // 已经汇聚了 80 多家: a stock as of the article's month.
                sentencePeriod = PeriodState{Period::month(m_options.articleDate.year(), m_options.articleDate.month()), true};
                f.period = sentencePeriod.period;
                f.pointInTime = true;
            }
        }
        nameOf(f, q, q.start - qualifierLength, s);
        match(f);
        m_out.append(f);
        m_lastFigureEnd = q.end;
    }
    // 分别 lists: "A、B和C分别增长17.3%、14.6%和9.2%" pairs the names with the figures in order.
    // (Handled after the sentence's figures are made, on the figures of this sentence.)
    {
        const qsizetype at = text.indexOf(QStringView(u"分别"));
        if (at > 0) {
            const qsizetype abs = s.start + at;
            QList<Figure *> after;
            for (qsizetype k = firstFigure; k < m_out.size(); ++k) {
                if (m_prepared.originalStart(abs) <= m_out[k].start)
                    after.append(&m_out[k]);
            }
            // The list runs back over 、 and 和 to the clause's comma.
            qsizetype cs = abs;
            while (cs > s.start && (m_t.at(cs - 1) == u'、' || !isClauseBreak(m_t.at(cs - 1))))
                --cs;
            QString list = withoutPeriods(m_t, cs, abs, m_phrases, s.start);
            QStringList items;
            QString cur;
            for (QChar c : list) {
                if (c == u'、' || c == u'和' || c == u'及' || c == u'与' || c == u',' || c == u'，') {
                    items << cur;
                    cur.clear();
                } else {
                    cur += c;
                }
            }
            items << cur;
            for (QString &i : items)
                i = trimIndicatorName(i);
            items.removeAll(QString());
            if (items.size() >= 2 && items.size() == after.size()) {
                for (qsizetype i = 0; i < items.size(); ++i) {
                    Figure &f = *after.at(i);
                    const SubjectNames::Match m = m_names.first(items.at(i));
                    if (m.start == 0 && m.end == items.at(i).size()) {
                        f.subject = m.name;
                    } else {
                        f.indicatorName = items.at(i);
                    }
                    f.subjectId.clear();
                    f.indicatorId.clear();
                    match(f);
                }
            }
        }
    }
    // What this sentence leaves in force for the next: its last period stated for all of it.
    for (const PeriodPhrase &p : m_phrases) {
        if (!carriesPeriod(p) || isComparisonBase(m_t, p.start + s.start))
            continue;
        const qsizetype next = nextQuantityFrom(firstQuantity, p.end + s.start, s.end);
        if (next >= s.end || !isLocalTo(m_t, PeriodPhrase{p.start + s.start, p.end + s.start, p.kind, p.period}, next))
            m_carried = stateOf(p);
    }
    if (!m_lastSubject.isEmpty())
        m_carriedSubject = m_lastSubject;
}

Figure Extractor::makeFigure(const Quantity &q, const PreparedText::Range &s) const
{
    Figure f;
    f.value = q.value;
    f.unitText = q.unitText;
    f.unitId = q.unitId;
    f.start = m_prepared.originalStart(q.start);
    f.end = m_prepared.originalEnd(q.end);
    f.sentenceStart = m_prepared.originalStart(s.start);
    f.sentenceEnd = m_prepared.originalEnd(s.end);
    f.quote = m_quote;
    return f;
}

void Extractor::measureOf(Figure &f, const Quantity &q, const PreparedText::Range &s) const
{
    const QStringView before = QStringView(m_t).mid(s.start, q.start - s.start);
    const qsizetype cs = clauseStartBefore(m_t, q.start, s.start);
    const QStringView clause = QStringView(m_t).mid(cs, q.start - cs);
    MeasureCue cue = measureCueBefore(before);
    while (cue.kind == MeasureCue::Level && cue.at > 0)
        cue = measureCueBefore(before.left(cue.at));
    // A plan stated for the figure (计划, 力争, 目标); a clause saying what has been reached is not one.
    const bool target = hasTargetWord(before) && !hasPerfectWord(clause) && !hasCumulativeWord(clause);
    if (target && q.kind != QuantityKind::Duration && q.kind != QuantityKind::PercentagePoint) {
        f.measure = FigureMeasure::Target;
        return;
    }
    switch (q.kind) {
    case QuantityKind::PercentagePoint:
        f.measure = FigureMeasure::Change;
        if (cue.negative)
            f.value = -f.value;
        return;
    case QuantityKind::Percent:
    case QuantityKind::Permille:
        switch (cue.kind) {
        case MeasureCue::Growth:
            f.measure = FigureMeasure::Growth;
            if (cue.negative)
                f.value = -f.value;
            return;
        case MeasureCue::Share:
            f.measure = FigureMeasure::Share;
            return;
        default:
            f.measure = FigureMeasure::Ratio;
            return;
        }
    case QuantityKind::Duration:
        f.measure = FigureMeasure::Duration;
        return;
    default:
        break;
    }
    // 第600万辆 rolled off the line: a running total reached.
    const bool milestone = q.start > 0 && m_t.at(q.start - 1) == u'第';
    if (milestone || hasCumulativeWord(clause)) {
        f.measure = FigureMeasure::Cumulative;
        return;
    }
    qsizetype ql = 0;
    qualifierBefore(clause, &ql);
    const QStringView verb = clause.chopped(ql).right(2);
    if (verb == QStringView(u"增加") || verb == QStringView(u"减少") || verb == QStringView(u"下降") || verb == QStringView(u"增长")) {
        f.measure = FigureMeasure::Change;
        if (verb == QStringView(u"减少") || verb == QStringView(u"下降"))
            f.value = -f.value;
        return;
    }
    f.measure = isCountKind(q.kind) ? FigureMeasure::Count : FigureMeasure::Level;
}

void Extractor::nameOf(Figure &f, const Quantity &q, qsizetype qualifierStart, const PreparedText::Range &s)
{
    // The name is in the clause before the figure, after the figure before it ("500 listed
    // companies and 742 firms").
    qsizetype cs = clauseStartBefore(m_t, qualifierStart, s.start);
    if (m_lastFigureEnd > cs && m_lastFigureEnd <= qualifierStart)
        cs = m_lastFigureEnd;
    const QString prefix = withoutPeriods(m_t, cs, qualifierStart, m_phrases, s.start);
    const QString trimmedPrefix = trimIndicatorName(prefix);
    // "…，占全市GDP的27.1%": a share of what the clause before named; its subject stays.
    const SubjectNames::Match m = trimmedPrefix.startsWith(u'占') ? SubjectNames::Match{} : m_names.first(prefix);
    QString indicator;
    if (m.start >= 0) {
        f.subject = m.name;
        indicator = trimIndicatorName(QStringView(prefix).mid(m.end));
    } else {
        // The subject named earlier in the sentence, else the paragraph's.
        if (m_lastSubject.isEmpty()) {
            const SubjectNames::Match sm = m_names.first(QStringView(m_t).mid(s.start, cs - s.start));
            if (sm.start >= 0)
                m_lastSubject = sm.name;
        }
        f.subject = m_lastSubject.isEmpty() ? m_carriedSubject : m_lastSubject;
        indicator = trimIndicatorName(prefix);
    }
    // 拥有 6.2万名在校生, 汇聚了 80 多家研发企业, 推出不少于 2000 万平方米的厂房空间: after a verb,
    // the figure names what it counts after its unit.
    if (q.kind != QuantityKind::Percent && q.kind != QuantityKind::PercentagePoint && q.kind != QuantityKind::Permille
        && q.kind != QuantityKind::Duration && (indicator.isEmpty() || endsWithVerb(prefix))) {
        const qsizetype e = clauseEndAfter(m_t, q.end, nextQuantityStart(q.end, s.end));
        const QString after = trimIndicatorName(QStringView(m_t).mid(q.end, e - q.end));
        if (!after.isEmpty())
            indicator = after;
    }
    // "20个战略性新兴产业集群之一的高端医疗器械产业集群增加值": the name is what follows 之一的.
    if (const qsizetype one = indicator.lastIndexOf(QStringView(u"之一的")); one >= 0 && one + 3 < indicator.size())
        indicator = indicator.mid(one + 3);
    if (indicator.isEmpty() && !q.unitText.isEmpty() && q.unitId.startsWith(QLatin1String("custom:"))
        && q.unitText.front().unicode() < 0x2E80)
        indicator = q.unitText; // "is home to 742 firms": firms
    if (indicator.isEmpty())
        indicator = m_lastIndicator;
    else if (indicator.startsWith(u'占') && !m_lastIndicator.isEmpty()) // 增加值…，占 GDP 比重
        indicator = m_lastIndicator.left(m_lastIndicator.contains(u'占') ? m_lastIndicator.indexOf(u'占') : m_lastIndicator.size()) + indicator;
    f.indicatorName = indicator;
    if (!indicator.isEmpty())
        m_lastIndicator = indicator;
    if (!f.subject.isEmpty())
        m_lastSubject = f.subject;
}

// Matches the figure's subject and indicator to the workspace's by name.
void Extractor::match(Figure &f) const
{
    if (!f.subject.isEmpty())
        f.subjectId = m_names.idFor(f.subject);
    if (!m_options.workspace || f.indicatorName.isEmpty())
        return;
    const Unit *unit = units::find(f.unitId);
    const Measure measure = modelMeasure(f.measure);
    const Indicator *best = nullptr;
    qsizetype bestGap = 0;
    for (const Indicator &ind : m_options.workspace->indicators) {
        if (ind.measure != measure)
            continue;
        const Unit *iu = units::find(ind.unit);
        if (!(ind.unit == f.unitId || (unit && iu && unit->convertibleTo(*iu))))
            continue;
        if (!f.subjectId.isEmpty() && !ind.subject.isEmpty() && ind.subject != f.subjectId)
            continue;
        const QString &name = ind.name.zh;
        if (name.isEmpty() || !(name.contains(f.indicatorName) || f.indicatorName.contains(name)))
            continue;
        const qsizetype gap = std::abs(name.size() - f.indicatorName.size());
        if (!best || gap < bestGap) {
            best = &ind;
            bestGap = gap;
        }
    }
    if (best) {
        f.indicatorId = best->id;
        if (f.subjectId.isEmpty())
            f.subjectId = best->subject;
    }
}

} // namespace

QList<Figure> extractFigures(const QString &text, const ExtractOptions &options)
{
    return Extractor(text, options).run();
}

} // namespace cs::extract
