// SPDX-License-Identifier: GPL-3.0-or-later
#include "extract/subject_names.h"

#include "model/workspace.h"

#include <algorithm>

namespace cs::extract {

namespace {

// Provinces, autonomous regions, municipalities, special administrative regions and the larger
// cities, as news and bulletins name them, plus the words bulletins use for "this place".
const char16_t *const kPlaces[] = {
    u"全国", u"我国", u"全省", u"全市", u"全区", u"北京", u"天津", u"上海", u"重庆", u"河北", u"山西", u"辽宁", u"吉林",
    u"黑龙江", u"江苏", u"浙江", u"安徽", u"福建", u"江西", u"山东", u"河南", u"湖北", u"湖南", u"广东", u"海南", u"四川",
    u"贵州", u"云南", u"陕西", u"甘肃", u"青海", u"台湾", u"内蒙古", u"广西", u"西藏", u"宁夏", u"新疆", u"香港", u"澳门",
    u"深圳", u"广州", u"杭州", u"南京", u"苏州", u"武汉", u"成都", u"西安", u"郑州", u"长沙", u"合肥", u"青岛", u"宁波",
    u"厦门", u"福州", u"济南", u"沈阳", u"大连", u"哈尔滨", u"长春", u"石家庄", u"太原", u"昆明", u"贵阳", u"南宁", u"南昌",
    u"兰州", u"西宁", u"银川", u"乌鲁木齐", u"呼和浩特", u"拉萨", u"海口", u"东莞", u"佛山", u"珠海", u"惠州", u"无锡",
    u"常州", u"温州", u"泉州", u"烟台", u"徐州", u"南通", u"绍兴", u"嘉兴", u"金华", u"台州", u"潍坊", u"洛阳", u"宜昌",
    u"襄阳", u"中山", u"江门", u"汕头", u"湛江", u"雄安", u"浦东", u"滨海", u"大湾区", u"粤港澳大湾区", u"长三角", u"京津冀",
    u"China", u"Shenzhen", u"Beijing", u"Shanghai", u"Guangzhou", u"Guangdong", u"Hong Kong", u"Hangzhou", u"Chongqing",
    u"Tianjin", u"Wuhan", u"Chengdu", u"Jiangsu", u"Zhejiang", u"the country", u"the city", u"the province",
};

// A name ending in one of these is an organisation or a place: 华为技术有限公司, 光明科学城.
const char16_t *const kNameEndings[] = {
    u"有限公司", u"公司", u"集团", u"银行", u"大学", u"研究院", u"科学城", u"科教城", u"高新区", u"开发区", u"新区",
    u"自贸区", u"产业园", u"园区", u"市", u"省", u"自治区", u"县",
};

QString stripped(QString name)
{
    for (const char16_t *suffix : {u"有限公司", u"公司", u"集团", u"市", u"省"}) {
        const QStringView s(suffix);
        if (name.size() > s.size() + 1 && name.endsWith(s))
            return name.chopped(s.size());
    }
    return name;
}

bool isHan(QChar c) { return c.script() == QChar::Script_Han; }

} // namespace

SubjectNames::SubjectNames(const Workspace *workspace)
{
    if (workspace) {
        for (const Subject &s : workspace->subjects) {
            for (const QString &n : {s.name.zh, s.name.en}) {
                if (n.size() >= 2) {
                    m_names.append({n, s.id});
                    const QString short_ = stripped(n);
                    if (short_ != n)
                        m_names.append({short_, s.id});
                }
            }
        }
    }
    for (const char16_t *p : kPlaces)
        m_names.append({QString::fromUtf16(p), idFor(QString::fromUtf16(p))});
    std::stable_sort(m_names.begin(), m_names.end(), [](const Name &a, const Name &b) { return a.text.size() > b.text.size(); });
}

QString SubjectNames::idFor(const QString &name) const
{
    const QString s = stripped(name);
    for (const Name &n : m_names) {
        if (!n.subjectId.isEmpty() && (n.text == name || n.text == s))
            return n.subjectId;
    }
    return {};
}

SubjectNames::Match SubjectNames::first(QStringView text) const
{
    // "总部位于深圳的比亚迪公司": a place followed by 的 qualifies the name after it.
    Match m = firstFrom(text, 0);
    if (m.start >= 0 && m.end < text.size() && text.at(m.end) == u'的') {
        const Match next = firstFrom(text, m.end + 1);
        if (next.start >= 0)
            return next;
    }
    return m;
}

SubjectNames::Match SubjectNames::firstFrom(QStringView text, qsizetype from) const
{
    Match best;
    for (const Name &n : m_names) {
        // Latin names whatever their case ("The city", "the city").
        const qsizetype at = text.indexOf(n.text, from, isHan(n.text.front()) ? Qt::CaseSensitive : Qt::CaseInsensitive);
        if (at < 0 || (best.start >= 0 && at >= best.start))
            continue;
        // A Latin name stands alone ("China" is not in "Chinatown").
        if (!isHan(n.text.front()) && ((at > 0 && text.at(at - 1).isLetter())
                                       || (at + n.text.size() < text.size() && text.at(at + n.text.size()).isLetter())))
            continue;
        qsizetype end = at + n.text.size();
        // 深圳市, 深圳汉诺医疗科技有限公司: take the whole name when an ending follows closely.
        for (const char16_t *e : kNameEndings) {
            const QStringView ending(e);
            const qsizetype found = text.indexOf(ending, end);
            if (found >= end && found - end <= 12) {
                bool allHan = true; // and no 的 or 和 between: "深圳的比亚迪公司" is two names
                for (qsizetype i = end; i < found; ++i)
                    allHan = allHan && isHan(text.at(i)) && text.at(i) != u'的' && text.at(i) != u'和' && text.at(i) != u'与';
                if (allHan && (found > end || ending.size() > 1) && ending != QStringView(u"市") && ending != QStringView(u"省")) {
                    end = found + ending.size();
                    break;
                }
                if (allHan && found == end) {
                    end = found + ending.size();
                    break;
                }
            }
        }
        best = Match{at, end, text.mid(at, end - at).toString(), n.subjectId};
    }
    // With no known name, an organisation by its ending: the Han run before 公司/集团/….
    if (best.start < 0) {
        for (const char16_t *e : kNameEndings) {
            const QStringView ending(e);
            if (ending.size() < 2)
                continue;
            const qsizetype found = text.indexOf(ending, from);
            if (found <= from)
                continue;
            qsizetype start = found;
            while (start > from && isHan(text.at(start - 1)) && text.at(start - 1) != u'的' && found - start < 12)
                --start;
            if (found - start >= 2 && (best.start < 0 || start < best.start))
                best = Match{start, found + ending.size(), text.mid(start, found + ending.size() - start).toString(), {}};
        }
    }
    if (best.start >= 0 && best.subjectId.isEmpty())
        best.subjectId = idFor(best.name);
    return best;
}

} // namespace cs::extract
