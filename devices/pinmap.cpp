#include "pinmap.h"

#include <QCoreApplication>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace netlab {

namespace {

QList<HeaderPin> makeHeader()
{
    struct Row
    {
        int physical;
        int bcm;
        const char *function;
    };
    // Power and ground pins carry bcm -1 and their rail's name as function.
    static const Row rows[] = {
        {1, -1, "3V3"},
        {2, -1, "5V"},
        {3, 2, "I2C1 SDA"},
        {4, -1, "5V"},
        {5, 3, "I2C1 SCL"},
        {6, -1, "GND"},
        {7, 4, "GPCLK0"},
        {8, 14, "UART TXD"},
        {9, -1, "GND"},
        {10, 15, "UART RXD"},
        {11, 17, ""},
        {12, 18, "PCM CLK / PWM0"},
        {13, 27, ""},
        {14, -1, "GND"},
        {15, 22, ""},
        {16, 23, ""},
        {17, -1, "3V3"},
        {18, 24, ""},
        {19, 10, "SPI0 MOSI"},
        {20, -1, "GND"},
        {21, 9, "SPI0 MISO"},
        {22, 25, ""},
        {23, 11, "SPI0 SCLK"},
        {24, 8, "SPI0 CE0"},
        {25, -1, "GND"},
        {26, 7, "SPI0 CE1"},
        {27, 0, "ID EEPROM SDA"},
        {28, 1, "ID EEPROM SCL"},
        {29, 5, ""},
        {30, -1, "GND"},
        {31, 6, ""},
        {32, 12, "PWM0"},
        {33, 13, "PWM1"},
        {34, -1, "GND"},
        {35, 19, "PCM FS / SPI1 MISO"},
        {36, 16, ""},
        {37, 26, ""},
        {38, 20, "PCM DIN / SPI1 MOSI"},
        {39, -1, "GND"},
        {40, 21, "PCM DOUT / SPI1 SCLK"},
    };
    QList<HeaderPin> pins;
    for (const Row &row : rows) {
        HeaderPin pin;
        pin.physical = row.physical;
        pin.bcm = row.bcm;
        if (row.bcm >= 0) {
            pin.name = u"GPIO%1"_s.arg(row.bcm);
            pin.function = QString::fromLatin1(row.function);
        } else {
            pin.name = QString::fromLatin1(row.function);
        }
        pins.append(pin);
    }
    return pins;
}

} // namespace

const QList<HeaderPin> &PinMap::header()
{
    static const QList<HeaderPin> pins = makeHeader();
    return pins;
}

std::optional<int> PinMap::bcmForPhysical(int physical)
{
    for (const HeaderPin &pin : header()) {
        if (pin.physical == physical && pin.bcm >= 0)
            return pin.bcm;
    }
    return std::nullopt;
}

std::optional<int> PinMap::physicalForBcm(int bcm)
{
    for (const HeaderPin &pin : header()) {
        if (pin.bcm == bcm)
            return pin.physical;
    }
    return std::nullopt;
}

std::optional<int> PinMap::parsePin(const QString &text, QString *error)
{
    static const QRegularExpression pattern(
        u"^\\s*(?:(gpio|bcm)|(pin|p|physical))?\\s*:?\\s*(\\d{1,3})\\s*$"_s,
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch()) {
        if (error)
            *error = tr("'%1' is not a pin: write a BCM number such as GPIO4, or a physical "
                        "pin such as pin7")
                         .arg(text);
        return std::nullopt;
    }
    const int number = match.captured(3).toInt();
    if (!match.captured(2).isEmpty()) {
        const std::optional<int> bcm = bcmForPhysical(number);
        if (!bcm && error) {
            if (number < 1 || number > 40)
                *error
                    = tr("physical pin %1 does not exist: the header has pins 1 to 40").arg(number);
            else
                *error = tr("physical pin %1 is a power or ground pin, not a GPIO").arg(number);
        }
        return bcm;
    }
    if (!physicalForBcm(number)) {
        if (error)
            *error = tr("GPIO%1 is not on the 40-pin header (BCM numbers 0 to 27)").arg(number);
        return std::nullopt;
    }
    return number;
}

QString PinMap::describe(int bcm)
{
    const std::optional<int> physical = physicalForBcm(bcm);
    if (!physical)
        return tr("GPIO%1 (not on the header)").arg(bcm);
    return tr("GPIO%1 (physical pin %2)").arg(bcm).arg(*physical);
}

QString PinMap::diagram()
{
    QString text;
    const QList<HeaderPin> &pins = header();
    for (qsizetype i = 0; i + 1 < pins.size(); i += 2) {
        const HeaderPin &left = pins.at(i);
        const HeaderPin &right = pins.at(i + 1);
        text += u"%1 %2 | %3 %4\n"_s.arg(left.name, 8)
                    .arg(left.physical, 2)
                    .arg(right.physical, 2)
                    .arg(right.name, -8);
    }
    return text;
}

} // namespace netlab
