#include "udpformfields.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkInterface>

using namespace Qt::StringLiterals;

namespace netlab::udpform {

QString customPreset()
{
    return u"custom"_s;
}

void fillPresets(QComboBox *combo)
{
    for (const StructFormatPreset &preset : StructFormat::presets())
        combo->addItem(preset.title, preset.id);
    combo->addItem(QCoreApplication::translate("netlab::UdpTab", "Custom format"), customPreset());
}

void applyPreset(QComboBox *presets, QLineEdit *format, QLineEdit *names)
{
    const QString id = presets->currentData().toString();
    for (const StructFormatPreset &preset : StructFormat::presets()) {
        if (preset.id == id) {
            format->setText(preset.format);
            if (names)
                names->setText(preset.names.join(u','));
        }
    }
    format->setReadOnly(id != customPreset());
    if (names)
        names->setReadOnly(id != customPreset());
}

std::optional<StructFormat> chosenPreset(const QComboBox *presets)
{
    const QString id = presets->currentData().toString();
    for (const StructFormatPreset &preset : StructFormat::presets()) {
        if (preset.id == id)
            return StructFormat::fromPreset(preset);
    }
    return std::nullopt;
}

QLabel *buddyLabel(const QString &text, QWidget *buddy, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setBuddy(buddy);
    return label;
}

void fillMulticastInterfaces(QComboBox *combo)
{
    combo->addItem(QCoreApplication::translate("netlab::UdpTab", "default interface"), QString());
    const QList<QNetworkInterface> interfaces = QNetworkInterface::allInterfaces();
    for (const QNetworkInterface &interface : interfaces) {
        if (interface.flags() & QNetworkInterface::CanMulticast)
            combo->addItem(interface.humanReadableName(), interface.name());
    }
}

} // namespace netlab::udpform
