#pragma once

#include <devices/gpioline.h>

#include <QCoreApplication>
#include <QStringList>

#include <memory>
#include <optional>

namespace netlab {

// A GPIO line through libgpiod, the kernel's character-device interface (/dev/gpiochipN).
// Built against libgpiod v1.6 (Debian 12, Pi OS bookworm) or v2, chosen by CMake from
// pkg-config's version; without libgpiod open() fails with a reason.
//
// The chip is found by its label (pinctrl-bcm2835 / -bcm2711 on the Pi 1..4, pinctrl-rp1 on
// the Pi 5, whose chip number changed between kernels) where the line offset is the BCM
// number, or else by a line named "GPIO<bcm>" on any chip — never by a fixed gpiochip0.
class GpiodLine : public GpioLine
{
    Q_DECLARE_TR_FUNCTIONS(netlab::GpiodLine)

public:
    struct ChipInfo
    {
        QString path; // "/dev/gpiochip0"
        QString label; // "pinctrl-bcm2711"
        QStringList lineNames; // index = offset
    };
    struct Location
    {
        QString chipPath;
        QString chipLabel;
        int offset = -1;
    };

    ~GpiodLine() override;

    // Opens the line for BCM GPIO bcm; the line is requested on first use. nullptr + *error.
    static std::unique_ptr<GpiodLine> open(int bcm, const QString &consumer, QString *error);
    // The chips this machine has (empty without libgpiod or without chips); *error when one
    // could not be opened (typically permission denied: the user is not in group gpio).
    static QList<ChipInfo> chips(QString *error = nullptr);
    // Pure choice, testable without hardware: a Raspberry Pi chip by label first, then a line
    // named GPIO<bcm>.
    static std::optional<Location> locate(const QList<ChipInfo> &chips, int bcm);
    // locate() over this machine's chips(); nullopt + *error saying why.
    static std::optional<Location> find(int bcm, QString *error);
    static bool isAvailable(); // built with libgpiod
    static QString libraryVersion(); // "1.6.3", or empty

    QString description() const override;
    bool setOutput(bool high, QString *error) override;
    bool outputLevel() const override { return m_level; }
    bool watchEdges(QString *error) override;
    bool readEdges(int quietUs, int totalUs, QList<Edge> *edges, QString *error) override;
    void release() override;

private:
    struct Private;
    GpiodLine(int bcm, const Location &location, const QString &consumer);

    std::unique_ptr<Private> d;
    int m_bcm = -1;
    Location m_location;
    QString m_consumer;
    bool m_level = false;
};

} // namespace netlab
