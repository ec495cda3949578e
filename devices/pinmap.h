#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace netlab {

// The Raspberry Pi's 40-pin header (every model since the B+): physical pin numbers
// (1..40, odd pins on the inner row) against the BCM GPIO numbers that libgpiod and the
// kernel use. The course writes "GPIO 4" for the DHT11 and "GPIO 13" for the LED: BCM
// numbers, on physical pins 7 and 33.
struct HeaderPin
{
    int physical = 0;
    int bcm = -1; // -1 for power and ground pins
    QString name; // "GPIO4", "3V3", "5V", "GND"
    QString function; // the usual alternate function, e.g. "I2C1 SDA"; may be empty
};

class PinMap
{
    Q_DECLARE_TR_FUNCTIONS(netlab::PinMap)

public:
    static const QList<HeaderPin> &header();
    static std::optional<int> bcmForPhysical(int physical);
    static std::optional<int> physicalForBcm(int bcm);

    // Accepts "4", "GPIO4", "gpio 4", "BCM4" (BCM numbers) and "pin7", "P7", "physical 7"
    // (physical numbers). Returns the BCM number, or nothing with a reason in *error.
    static std::optional<int> parsePin(const QString &text, QString *error = nullptr);

    // "GPIO13 (physical pin 33)"
    static QString describe(int bcm);

    // The header as two columns of text, for --help and the Sensors tab.
    static QString diagram();
};

} // namespace netlab
