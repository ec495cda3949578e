#pragma once

// Small pieces the UDP tab's listener and sender forms share: the struct-frame presets (the
// course's frames plus "Custom format"), a label that names its input, and the interfaces a
// multicast group can be joined or sent on.

#include <netlab/structformat.h>

#include <QString>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QWidget;

namespace netlab::udpform {

// The data of the "Custom format" entry of a preset combo.
QString customPreset();
// The course's frames, then "Custom format".
void fillPresets(QComboBox *combo);
// Shows the chosen preset's format (and names, when given); both are read-only unless the
// choice is "Custom format".
void applyPreset(QComboBox *presets, QLineEdit *format, QLineEdit *names);
// The preset chosen in the combo; nothing for "Custom format".
std::optional<StructFormat> chosenPreset(const QComboBox *presets);
// A label that moves the focus to `buddy` on its mnemonic (and names it for screen readers).
QLabel *buddyLabel(const QString &text, QWidget *buddy, QWidget *parent);
// "default interface", then each interface that can do multicast (data: its name).
void fillMulticastInterfaces(QComboBox *combo);

} // namespace netlab::udpform
