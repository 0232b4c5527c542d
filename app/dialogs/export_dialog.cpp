// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/export_dialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QSpinBox>

namespace cs {

ExportDialog::ExportDialog(Lang lang, QWidget *parent)
    : QDialog(parent), m_preset(new QComboBox(this)), m_width(new QSpinBox(this)), m_height(new QSpinBox(this)),
      m_scale(new QDoubleSpinBox(this)), m_dpi(new QLabel(this)), m_lang(new QComboBox(this)),
      m_title(new QCheckBox(tr("Title"), this)), m_source(new QCheckBox(tr("Source line"), this))
{
    setWindowTitle(tr("Export chart"));
    const QStringList presetNames = {tr("Screen, 800 × 500"), tr("Social media, 1200 × 628"),
                                     tr("Journal, single column (85 mm, 300 dpi)"),
                                     tr("Journal, double column (180 mm, 300 dpi)")};
    for (int i = 0; i < exportPresets().size(); ++i)
        m_preset->addItem(presetNames.value(i), i);
    m_preset->addItem(tr("Custom size"), -1);
    for (QSpinBox *s : {m_width, m_height}) {
        s->setRange(100, 8000);
        s->setSuffix(tr(" px"));
    }
    m_scale->setRange(0.25, 10);
    m_scale->setSingleStep(0.5);
    m_scale->setDecimals(3);
    m_lang->addItem(QStringLiteral("中文"), int(Lang::Zh));
    m_lang->addItem(QStringLiteral("English"), int(Lang::En));
    m_lang->setCurrentIndex(lang == Lang::Zh ? 0 : 1);
    m_title->setChecked(true);
    m_source->setChecked(true);

    auto *size = new QHBoxLayout;
    size->addWidget(m_width);
    size->addWidget(new QLabel(QStringLiteral("×"), this));
    size->addWidget(m_height);
    auto *scale = new QHBoxLayout;
    scale->addWidget(m_scale);
    scale->addWidget(m_dpi);
    auto *include = new QHBoxLayout;
    include->addWidget(m_title);
    include->addWidget(m_source);
    auto *form = new QFormLayout;
    form->addRow(tr("Size preset:"), m_preset);
    form->addRow(tr("Size (logical pixels):"), size);
    form->addRow(tr("Scale:"), scale);
    form->addRow(tr("Language:"), m_lang);
    form->addRow(tr("Include:"), include);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("The format comes from the file name: .png, .pdf or .svg."), this));
    layout->addWidget(buttons);

    connect(m_preset, &QComboBox::currentIndexChanged, this, &ExportDialog::presetChosen);
    connect(m_scale, &QDoubleSpinBox::valueChanged, this, &ExportDialog::updateDpi);
    presetChosen(0);
}

void ExportDialog::presetChosen(int index)
{
    const int preset = m_preset->itemData(index).toInt();
    const bool custom = preset < 0;
    m_width->setEnabled(custom);
    m_height->setEnabled(custom);
    if (!custom) {
        const ExportPreset &p = exportPresets().at(preset);
        m_width->setValue(p.size.width());
        m_height->setValue(p.size.height());
        m_scale->setValue(p.scale);
    }
    updateDpi();
}

void ExportDialog::updateDpi()
{
    m_dpi->setText(tr("= %1 dpi in PNG, %2 × %3 pixels")
                       .arg(qRound(96 * m_scale->value()))
                       .arg(qRound(m_width->value() * m_scale->value()))
                       .arg(qRound(m_height->value() * m_scale->value())));
}

ExportOptions ExportDialog::options() const
{
    ExportOptions o;
    o.size = QSize(m_width->value(), m_height->value());
    o.scale = m_scale->value();
    o.lang = Lang(m_lang->currentData().toInt());
    o.includeTitle = m_title->isChecked();
    o.includeSource = m_source->isChecked();
    return o;
}

void ExportDialog::setOptions(const ExportOptions &o)
{
    m_preset->setCurrentIndex(m_preset->count() - 1);
    m_width->setValue(o.size.width());
    m_height->setValue(o.size.height());
    m_scale->setValue(o.scale);
    m_lang->setCurrentIndex(o.lang == Lang::Zh ? 0 : 1);
    m_title->setChecked(o.includeTitle);
    m_source->setChecked(o.includeSource);
}

} // namespace cs
