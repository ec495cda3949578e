#pragma once

// Options shared by `netlab serial`, `serial-node` and `serial-sim`: the line settings of a
// serial port and the sensor-node protocol, parsed with one-line reasons.

#include <devices/sensornodesession.h>
#include <devices/seriallink.h>

#include <QCommandLineOption>
#include <QCoreApplication>
#include <QList>

#include <optional>

QT_BEGIN_NAMESPACE
class QCommandLineParser;
QT_END_NAMESPACE

namespace netlab::cli {

struct SerialLineOptions
{
    QCommandLineOption baud {QStringLiteral("baud"), QString(), QStringLiteral("B")};
    QCommandLineOption dataBits {QStringLiteral("data-bits"), QString(), QStringLiteral("N")};
    QCommandLineOption parity {QStringLiteral("parity"), QString(), QStringLiteral("P")};
    QCommandLineOption stopBits {QStringLiteral("stop-bits"), QString(), QStringLiteral("S")};
    QCommandLineOption flow {QStringLiteral("flow"), QString(), QStringLiteral("F")};

    void addTo(QCommandLineParser &parser) const;
    // The port's settings; std::nullopt with *error on a bad value.
    std::optional<SerialSettings> parse(
        const QCommandLineParser &parser, const QString &port, QString *error) const;
    static QString help(); // the options' lines for --help

    Q_DECLARE_TR_FUNCTIONS(netlab::cli::SerialLineOptions)
};

struct SensorNodeOptions
{
    QCommandLineOption count {QStringLiteral("count"), QString(), QStringLiteral("N")};
    QCommandLineOption timeout {QStringLiteral("timeout"), QString(), QStringLiteral("MS")};
    QCommandLineOption start {QStringLiteral("start"), QString(), QStringLiteral("BYTES")};
    QCommandLineOption stop {QStringLiteral("stop"), QString(), QStringLiteral("BYTES")};
    QCommandLineOption ack {QStringLiteral("ack"), QString(), QStringLiteral("BYTES")};
    QCommandLineOption magic {QStringLiteral("magic"), QString(), QStringLiteral("BYTES")};
    QCommandLineOption size {QStringLiteral("size"), QString(), QStringLiteral("N")};
    QCommandLineOption format {QStringLiteral("format"), QString(), QStringLiteral("FMT")};
    QCommandLineOption names {QStringLiteral("names"), QString(), QStringLiteral("A,B,…")};
    QCommandLineOption sequenceField {QStringLiteral("seq-field"), QString(), QStringLiteral("I")};

    void addTo(QCommandLineParser &parser) const;
    std::optional<SensorNodeSettings> parse(const QCommandLineParser &parser, QString *error) const;
    static QString help();

    Q_DECLARE_TR_FUNCTIONS(netlab::cli::SensorNodeOptions)
};

} // namespace netlab::cli
