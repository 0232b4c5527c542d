// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "render/chart_export.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QSpinBox;

namespace cs {

// File → Export…: size preset or custom size, scale (and the DPI it gives), language, and
// whether to include the title and the source line. The format comes from the file name.
class ExportDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ExportDialog(Lang lang, QWidget *parent = nullptr);
    ExportOptions options() const;
    void setOptions(const ExportOptions &o);

private:
    void presetChosen(int index);
    void updateDpi();

    QComboBox *m_preset;
    QSpinBox *m_width;
    QSpinBox *m_height;
    QDoubleSpinBox *m_scale;
    QLabel *m_dpi;
    QComboBox *m_lang;
    QCheckBox *m_title;
    QCheckBox *m_source;
};

} // namespace cs
