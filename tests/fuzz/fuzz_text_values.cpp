// SPDX-License-Identifier: GPL-3.0-or-later
// Bytes as UTF-8 text → numbers, periods, header units and unit names as files write them, and
// canonical period text. Each line of the input is also parsed on its own.
#include "fuzz_common.h"
#include "model/period.h"
#include "import/text_values.h"
#include "model/unit.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <cmath>
#include <cstddef>
#include <cstdint>

using namespace cs;

namespace {

// A valid period's invariants: its canonical text parses back to it, its dates are in order, its
// ends make it again as a span.
void checkPeriod(const Period &p)
{
    if (!p.isValid())
        return;
    const QString text = p.toString();
    QString error;
    const Period back = Period::parse(text, &error);
    FUZZ_CHECK(back.isValid(), "a period's canonical text parses");
    FUZZ_CHECK(back == p, "a period's canonical text parses to the same period");
    FUZZ_CHECK(back.toString() == text, "canonical text is a fixed point");
    FUZZ_CHECK(p.startDate().isValid() && p.endDate().isValid(), "a valid period has dates");
    FUZZ_CHECK(p.startDate() <= p.endDate(), "a period starts before it ends");
    FUZZ_CHECK(p.firstIndex() <= p.lastIndex(), "a span's ends are in order");
    FUZZ_CHECK(Period::span(p.first(), p.last()) == p, "a period is the span of its ends");
    FUZZ_CHECK(periodKindFromId(periodKindId(p.kind())) == p.kind(), "period kind ids round-trip");
    (void)p.label(Lang::Zh);
    (void)p.label(Lang::En);
    FUZZ_CHECK(!(p < p) && p <= p, "the order is irreflexive");
}

void checkText(const QString &text)
{
    const NumberText n = parseNumberText(text);
    if (n.status == NumberText::Status::Value)
        FUZZ_CHECK(!std::isnan(n.value), "a parsed value is a number");

    QString error;
    const Period fromFile = parsePeriodText(text, &error);
    FUZZ_CHECK(fromFile.isValid() || !error.isEmpty(), "an unparsed period says why");
    checkPeriod(fromFile);
    const Period canonical = Period::parse(text, &error);
    checkPeriod(canonical);
    if (canonical.isValid())
        FUZZ_CHECK(parsePeriodText(text) == canonical, "parsePeriodText reads everything Period::parse reads");

    const HeaderName header = splitHeaderUnit(text);
    (void)header;
    if (const Unit *u = units::fromText(text)) {
        FUZZ_CHECK(u->isValid(), "a unit found by text has an id");
        FUZZ_CHECK(units::find(u->id) == u, "a unit is found again by its id");
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size > 4096)
        return 0; // short texts: headers and cells
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    checkText(text);
    const QStringList lines = text.split(QLatin1Char('\n'));
    if (lines.size() > 1) {
        QList<Period> periods;
        for (const QString &line : lines) {
            checkText(line);
            const Period p = parsePeriodText(line);
            if (p.isValid())
                periods.append(p);
        }
        // Orders are consistent, and a column of first-of-period dates coarsens to valid periods.
        for (const Period &a : periods) {
            for (const Period &b : periods) {
                FUZZ_CHECK(!(a < b && b < a), "the order is asymmetric");
                FUZZ_CHECK((a == b) == (!(a < b) && !(b < a)), "periods that do not order are equal");
            }
        }
        QList<Period> coarsened = periods;
        if (coarsenFirstOfPeriodDates(coarsened)) {
            FUZZ_CHECK(coarsened.size() == periods.size(), "coarsening keeps the count");
            for (const Period &p : coarsened)
                checkPeriod(p);
        }
    }
    return 0;
}
