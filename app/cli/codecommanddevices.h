#pragma once

// The device tabs of `netlab code`: `serial` (the sensor-node session with pyserial, with the
// options of `netlab serial-node`) and `sensors` (a Pi agent's readings with requests). Kept
// apart from codecommand.cpp, which adds these options to its parser and hands the two tabs
// over here.

#include "serialoptions.h"

#include <netlab/pythoncode.h>

#include <QCommandLineOption>
#include <QCoreApplication>
#include <QList>
#include <QStringList>

#include <optional>

QT_BEGIN_NAMESPACE
class QCommandLineParser;
QT_END_NAMESPACE

namespace netlab::cli {

class DeviceCodeOptions
{
    Q_DECLARE_TR_FUNCTIONS(netlab::cli::DeviceCodeOptions)

public:
    // `taken`: the options the parser has already; one of the same name is shared (isSet()
    // and value() go by name), not added twice.
    explicit DeviceCodeOptions(const QList<QCommandLineOption> &taken);

    QList<QCommandLineOption> options() const; // to add to the parser
    // Whether `tab` takes the option called `name` (for options that others share).
    static bool takes(const QString &tab, const QString &name);
    // The first of this file's options set on the command line that `tab` does not take.
    QString misplaced(const QCommandLineParser &parser, const QString &tab) const;

    std::optional<GeneratedCode> generate(const QString &tab, const QCommandLineParser &parser,
        const QStringList &arguments, QString *error) const;

private:
    std::optional<GeneratedCode> serial(
        const QCommandLineParser &parser, const QStringList &arguments, QString *error) const;
    std::optional<GeneratedCode> sensors(
        const QCommandLineParser &parser, const QStringList &arguments, QString *error) const;

    SerialLineOptions m_line;
    SensorNodeOptions m_protocol;
    QCommandLineOption m_token {QStringLiteral("token"), QString(), QStringLiteral("T")};
    QCommandLineOption m_led {QStringLiteral("led"), QString(), QStringLiteral("on|off")};
    QCommandLineOption m_window {QStringLiteral("window"), QString(), QStringLiteral("W")};
    QList<QCommandLineOption> m_added; // not taken before
};

} // namespace netlab::cli
