// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/chart_style.h"

#include <QFontDatabase>

namespace cs {

ChartStyle ChartStyle::light()
{
    ChartStyle s;
    s.background = Qt::white;
    s.foreground = QColor(0x20, 0x20, 0x20);
    s.muted = QColor(0x5a, 0x5a, 0x5a);
    s.grid = QColor(0xdd, 0xdd, 0xdd);
    return s;
}

ChartStyle ChartStyle::fromPalette(const QPalette &palette)
{
    ChartStyle s;
    s.background = palette.color(QPalette::Base);
    s.foreground = palette.color(QPalette::Text);
    const bool dark = s.background.lightness() < 128;
    s.muted = dark ? s.foreground.darker(130) : s.foreground.lighter(250);
    if (!dark && s.muted.lightness() > 110)
        s.muted = QColor(0x5a, 0x5a, 0x5a);
    s.grid = dark ? s.background.lighter(170) : QColor(0xdd, 0xdd, 0xdd);
    return s;
}

QString chartFontFamily()
{
    static const QString family = [] {
        const QString sc = QStringLiteral("Noto Sans CJK SC");
        return QFontDatabase::families().contains(sc) ? sc : QStringLiteral("Sans Serif");
    }();
    return family;
}

QStringList chartFontFamilies()
{
    static const QStringList families = [] {
        QStringList out;
        if (QFontDatabase::families().contains(QStringLiteral("Open Sans")))
            out << QStringLiteral("Open Sans"); // Debian fonts-open-sans: small, and the design Noto Sans grew from
        out << chartFontFamily();
        return out;
    }();
    return families;
}

QFont chartFont(qreal pixelSize, bool bold)
{
    QFont f;
    f.setFamilies(chartFontFamilies());
    f.setPixelSize(qRound(pixelSize));
    f.setBold(bold);
    f.setStyleHint(QFont::SansSerif);
    return f;
}

const QList<QColor> &okabeIto()
{
    static const QList<QColor> colours = {QColor(0x00, 0x72, 0xB2), QColor(0xE6, 0x9F, 0x00), QColor(0x00, 0x9E, 0x73),
                                          QColor(0xCC, 0x79, 0xA7), QColor(0x56, 0xB4, 0xE9), QColor(0xD5, 0x5E, 0x00),
                                          QColor(0x00, 0x00, 0x00), QColor(0xF0, 0xE4, 0x42)};
    return colours;
}

QColor seriesColor(int index) { return okabeIto().at(index % okabeIto().size()); }
QColor emphasisColor() { return QColor(0xD5, 0x5E, 0x00); }

} // namespace cs
