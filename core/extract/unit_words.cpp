// SPDX-License-Identifier: GPL-3.0-or-later
#include "extract/unit_words.h"

namespace cs::extract::unitwords {

using K = QuantityKind;

const QList<UnitWord> &unitWords()
{
    static const QList<UnitWord> words = {
        // percentages
        {u"%", K::Percent, "percent", ""}, {u"％", K::Percent, "percent", ""},
        {u"percent", K::Percent, "percent", ""}, {u"per cent", K::Percent, "percent", ""},
        {u"pct", K::Percent, "percent", ""}, {u"‰", K::Permille, "", ""},
        {u"个百分点", K::PercentagePoint, "pp", ""}, {u"百分点", K::PercentagePoint, "pp", ""},
        {u"percentage points", K::PercentagePoint, "pp", ""}, {u"percentage point", K::PercentagePoint, "pp", ""},
        // money
        {u"元", K::Currency, "yuan", "CNY"}, {u"元人民币", K::Currency, "yuan", "CNY"},
        {u"元整", K::Currency, "yuan", "CNY"}, {u"人民币", K::Currency, "yuan", "CNY"},
        {u"美元", K::Currency, "usd", "USD"}, {u"美圆", K::Currency, "usd", "USD"}, {u"美金", K::Currency, "usd", "USD"},
        {u"港元", K::Currency, "", "HKD"}, {u"港币", K::Currency, "", "HKD"}, {u"欧元", K::Currency, "", "EUR"},
        {u"日元", K::Currency, "", "JPY"}, {u"日币", K::Currency, "", "JPY"}, {u"英镑", K::Currency, "", "GBP"},
        {u"台币", K::Currency, "", "TWD"}, {u"新台币", K::Currency, "", "TWD"}, {u"瑞士法郎", K::Currency, "", "CHF"},
        {u"奈拉", K::Currency, "", "NGN"}, {u"卢布", K::Currency, "", "RUB"}, {u"泰铢", K::Currency, "", "THB"},
        {u"韩元", K::Currency, "", "KRW"}, {u"澳元", K::Currency, "", "AUD"}, {u"加元", K::Currency, "", "CAD"},
        {u"新加坡元", K::Currency, "", "SGD"}, {u"个比特币", K::Currency, "", ""}, {u"比特币", K::Currency, "", ""},
        {u"yuan", K::Currency, "yuan", "CNY"},
        {u"dollars", K::Currency, "usd", "USD"}, {u"dollar", K::Currency, "usd", "USD"},
        {u"US dollars", K::Currency, "usd", "USD"}, {u"euros", K::Currency, "", "EUR"}, {u"euro", K::Currency, "", "EUR"},
        {u"pounds", K::Currency, "", "GBP"}, {u"yen", K::Currency, "", "JPY"}, {u"USD", K::Currency, "usd", "USD"},
        {u"EUR", K::Currency, "", "EUR"}, {u"GBP", K::Currency, "", "GBP"}, {u"CNY", K::Currency, "yuan", "CNY"},
        {u"RMB", K::Currency, "yuan", "CNY"}, {u"HKD", K::Currency, "", "HKD"}, {u"JPY", K::Currency, "", "JPY"},
        {u"US dollar", K::Currency, "usd", "USD"}, {u"Hong Kong dollars", K::Currency, "", "HKD"},
        {u"Australian dollars", K::Currency, "", "AUD"}, {u"Canadian dollars", K::Currency, "", "CAD"},
        {u"yuan renminbi", K::Currency, "yuan", "CNY"}, {u"francs", K::Currency, "", ""}, {u"percents", K::Percent, "percent", ""},
        // counts by measure word
        {u"家", K::Count, "", ""}, {u"项", K::Count, "", ""}, {u"个", K::Count, "", ""}, {u"辆", K::Count, "", ""},
        {u"台", K::Count, "", ""}, {u"名", K::Count, "", ""}, {u"件", K::Count, "", ""}, {u"座", K::Count, "", ""},
        {u"所", K::Count, "", ""}, {u"款", K::Count, "", ""}, {u"条", K::Count, "", ""}, {u"套", K::Count, "", ""},
        {u"批", K::Count, "", ""}, {u"次", K::Count, "", ""}, {u"位", K::Count, "", ""}, {u"户", K::Count, "", ""},
        {u"种", K::Count, "", ""}, {u"类", K::Count, "", ""}, {u"只", K::Count, "", ""}, {u"部", K::Count, "", ""},
        {u"架", K::Count, "", ""}, {u"艘", K::Count, "", ""}, {u"场", K::Count, "", ""}, {u"篇", K::Count, "", ""},
        {u"本", K::Count, "", ""}, {u"张", K::Count, "", ""}, {u"间", K::Count, "", ""}, {u"处", K::Count, "", ""},
        {u"支", K::Count, "", ""}, {u"例", K::Count, "", ""}, {u"枚", K::Count, "", ""}, {u"栋", K::Count, "", ""},
        {u"人次", K::Count, "", ""}, {u"jobs", K::Count, "", ""}, {u"firms", K::Count, "", ""},
        {u"companies", K::Count, "", ""}, {u"enterprises", K::Count, "", ""},
        // persons
        {u"人", K::Persons, "person", ""}, {u"people", K::Persons, "person", ""}, {u"persons", K::Persons, "person", ""},
        // areas
        {u"平方米", K::Area, "sqm", ""}, {u"平米", K::Area, "sqm", ""}, {u"平方公里", K::Area, "", ""},
        {u"平方千米", K::Area, "", ""}, {u"亩", K::Area, "", ""}, {u"公顷", K::Area, "", ""},
        {u"square metres", K::Area, "sqm", ""}, {u"square meters", K::Area, "sqm", ""},
        {u"square kilometres", K::Area, "", ""}, {u"square kilometers", K::Area, "", ""}, {u"hectares", K::Area, "", ""},
        // durations (年 and 月 are decided by their context in quantities.cpp)
        {u"年", K::Duration, "year", ""}, {u"个月", K::Duration, "month", ""}, {u"月", K::Duration, "month", ""},
        {u"天", K::Duration, "", ""}, {u"个工作日", K::Duration, "", ""}, {u"个小时", K::Duration, "", ""},
        {u"小时", K::Duration, "", ""}, {u"周", K::Duration, "", ""}, {u"个星期", K::Duration, "", ""},
        {u"years", K::Duration, "year", ""}, {u"year", K::Duration, "year", ""}, {u"months", K::Duration, "month", ""},
        {u"days", K::Duration, "", ""},
        // other measures
        {u"吨", K::Other, "", ""}, {u"千克", K::Other, "", ""}, {u"公斤", K::Other, "", ""}, {u"克", K::Other, "", ""},
        {u"微克", K::Other, "", ""}, {u"斤", K::Other, "", ""}, {u"公里", K::Other, "", ""}, {u"千米", K::Other, "", ""},
        {u"米", K::Other, "", ""}, {u"厘米", K::Other, "", ""}, {u"公分", K::Other, "", ""}, {u"毫米", K::Other, "", ""},
        {u"千瓦时", K::Other, "", ""}, {u"千瓦", K::Other, "", ""}, {u"兆瓦", K::Other, "", ""}, {u"吉瓦", K::Other, "", ""},
        {u"度", K::Other, "", ""}, {u"立方米", K::Other, "", ""}, {u"标准箱", K::Other, "", ""}, {u"TEU", K::Other, "", ""},
        {u"字节", K::Other, "", ""}, {u"比特", K::Other, "", ""}, {u"千卡", K::Other, "", ""},
        {u"千字节", K::Other, "", ""}, {u"兆字节", K::Other, "", ""}, {u"千比特", K::Other, "", ""},
        {u"千帕", K::Other, "", ""}, {u"千焦", K::Other, "", ""},
        {u"km", K::Other, "", ""}, {u"kg", K::Other, "", ""}, {u"cm", K::Other, "", ""}, {u"mm", K::Other, "", ""},
        {u"m", K::Other, "", ""}, {u"kWh", K::Other, "", ""}, {u"MW", K::Other, "", ""}, {u"GW", K::Other, "", ""},
        {u"tonnes", K::Other, "", ""}, {u"tons", K::Other, "", ""},
    };
    return words;
}

const QList<Multiplier> &multipliers()
{
    static const QList<Multiplier> list = {
        {u"万", 1e4}, {u"十万", 1e5}, {u"百万", 1e6}, {u"千万", 1e7}, {u"亿", 1e8}, {u"十亿", 1e9},
        {u"百亿", 1e10}, {u"千亿", 1e11}, {u"万亿", 1e12},
    };
    return list;
}

const QList<RatioPrefix> &ratioPrefixes()
{
    static const QList<RatioPrefix> list = {
        {u"百分之", K::Percent, 1},      {u"千分之", K::Permille, 1},      {u"万分之", K::Percent, 1e-2},
        {u"十万分之", K::Percent, 1e-3}, {u"百万分之", K::Percent, 1e-4}, {u"千万分之", K::Percent, 1e-5},
        {u"万万分之", K::Percent, 1e-6}, {u"亿分之", K::Percent, 1e-6},   {u"百万万分之", K::Percent, 1e-8},
    };
    return list;
}

const QList<CurrencySymbol> &currencySymbols()
{
    static const QList<CurrencySymbol> list = {
        {u"US$", "usd", "USD"}, {u"US $", "usd", "USD"}, {u"HK$", "", "HKD"}, {u"$", "usd", "USD"},
        {u"＄", "usd", "USD"}, {u"￥", "yuan", "CNY"}, {u"¥", "yuan", "CNY"}, {u"RMB", "yuan", "CNY"},
        {u"€", "", "EUR"}, {u"£", "", "GBP"}, {u"￡", "", "GBP"}, {u"USD ", "usd", "USD"}, {u"EUR ", "", "EUR"},
        {u"GBP ", "", "GBP"}, {u"CNY ", "yuan", "CNY"}, {u"RMB ", "yuan", "CNY"}, {u"HKD ", "", "HKD"},
    };
    return list;
}

const QList<QStringView> &nonNumberWords()
{
    static const QList<QStringView> list = {
        u"一切", u"壹切", u"一看", u"一些", u"一起", u"统一", u"万一", u"一带一路", u"一样", u"一般", u"一直", u"一定",
        u"一致", u"一旦", u"唯一", u"一体", u"一同", u"一方面", u"一边", u"一下", u"一律", u"一再", u"一向",
        u"一贯", u"一举", u"一流", u"一线", u"一并", u"一经", u"进一步", u"一时", u"逐一", u"专一", u"一站式", u"一度", u"一个个", u"一批批", u"一批", u"一大批", u"一次性",
        u"一系列", u"一揽子", u"一体化",
        u"四川", u"陆地", u"大陆", u"海陆空", u"登陆", u"着陆", u"陆续", u"陆路", u"队伍", u"入伍", u"退伍",
        u"伍仁", u"收拾", u"夕拾", u"拾取", u"拾起", u"拾到", u"放肆", u"肆意", u"肆无忌惮", u"十足", u"十分",
        u"两岸", u"两会", u"两两", u"三农", u"三次产业", u"半数", u"千方百计", u"万众", u"一心", u"十全十美", u"三心二意",
        u"五湖四海", u"四面八方", u"一窝蜂",
    };
    return list;
}

const QList<CurrencySymbol> &currencyNamesBefore()
{
    static const QList<CurrencySymbol> list = {
        {u"新台币", "", "TWD"}, {u"台币", "", "TWD"}, {u"港币", "", "HKD"}, {u"人民币", "yuan", "CNY"},
        {u"美元", "usd", "USD"}, {u"日币", "", "JPY"}, {u"欧元", "", "EUR"},
    };
    return list;
}

const QList<QStringView> &durationWords()
{
    static const QList<QStringView> list = {
        u"用时", u"用了", u"耗时", u"历时", u"历经", u"经过", u"连续", u"持续", u"为期", u"长达", u"花了",
        u"仅用", u"过去", u"近", u"整整", u"超过", u"不到", u"累计", u"历", u"等了", u"坚持",
    };
    return list;
}

QChar fold(QChar c)
{
    switch (c.unicode()) {
    case u'個': return u'个';
    case u'點': return u'点';
    case u'萬': return u'万';
    case u'億': return u'亿';
    case u'圓': case u'圆': return u'元';
    case u'佰': return u'百';
    case u'仟': return u'千';
    case u'臺': return u'台';
    case u'項': return u'项';
    case u'輛': return u'辆';
    case u'場': return u'场';
    case u'種': return u'种';
    case u'類': return u'类';
    case u'隻': return u'只';
    case u'張': return u'张';
    case u'條': return u'条';
    case u'處': return u'处';
    case u'戶': return u'户';
    case u'畝': return u'亩';
    case u'噸': return u'吨';
    case u'歐': return u'欧';
    case u'韓': return u'韩';
    case u'幣': return u'币';
    case u'盧': return u'卢';
    case u'鎊': return u'镑';
    case u'銖': return u'铢';
    case u'％': return u'%';
    case u'幾': return u'几';
    case u'餘': return u'余';
    default: return c;
    }
}

} // namespace cs::extract::unitwords
