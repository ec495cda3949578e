#include "codecommanddevices.h"

#include "commandline.h"

#include <devices/sensornodecode.h>
#include <netlab/devicecode.h>

#include <QCommandLineParser>
#include <QUrl>

#include <array>

using namespace Qt::StringLiterals;

namespace netlab::cli {

namespace {

// The Sensors tab's time windows.
struct Window
{
    const char *name;
    qint64 ms;
};
constexpr std::array<Window, 4> kWindows = {{{"5m", 5LL * 60 * 1000}, {"1h", 3600LL * 1000},
    {"24h", 24LL * 3600 * 1000}, {"7d", 7LL * 24 * 3600 * 1000}}};

const QStringList &serialNames()
{
    static const QStringList names {u"baud"_s, u"data-bits"_s, u"parity"_s, u"stop-bits"_s,
        u"flow"_s, u"count"_s, u"timeout"_s, u"start"_s, u"stop"_s, u"ack"_s, u"magic"_s, u"size"_s,
        u"format"_s, u"names"_s, u"seq-field"_s};
    return names;
}

const QStringList &sensorsNames()
{
    static const QStringList names {u"token"_s, u"led"_s, u"window"_s};
    return names;
}

} // namespace

DeviceCodeOptions::DeviceCodeOptions(const QList<QCommandLineOption> &taken)
{
    QStringList takenNames;
    for (const QCommandLineOption &option : taken)
        takenNames += option.names();
    const QList<QCommandLineOption> mine {m_line.baud, m_line.dataBits, m_line.parity,
        m_line.stopBits, m_line.flow, m_protocol.count, m_protocol.timeout, m_protocol.start,
        m_protocol.stop, m_protocol.ack, m_protocol.magic, m_protocol.size, m_protocol.format,
        m_protocol.names, m_protocol.sequenceField, m_token, m_led, m_window};
    for (const QCommandLineOption &option : mine) {
        if (!takenNames.contains(option.names().constFirst()))
            m_added += option;
    }
}

QList<QCommandLineOption> DeviceCodeOptions::options() const
{
    return m_added;
}

bool DeviceCodeOptions::takes(const QString &tab, const QString &name)
{
    return (tab == u"serial" && serialNames().contains(name))
        || (tab == u"sensors" && sensorsNames().contains(name));
}

QString DeviceCodeOptions::misplaced(const QCommandLineParser &parser, const QString &tab) const
{
    for (const QCommandLineOption &option : m_added) {
        const QString name = option.names().constFirst();
        if (parser.isSet(option) && !takes(tab, name))
            return name;
    }
    return QString();
}

std::optional<GeneratedCode> DeviceCodeOptions::generate(const QString &tab,
    const QCommandLineParser &parser, const QStringList &arguments, QString *error) const
{
    if (tab == u"serial")
        return serial(parser, arguments, error);
    return sensors(parser, arguments, error);
}

std::optional<GeneratedCode> DeviceCodeOptions::serial(
    const QCommandLineParser &parser, const QStringList &arguments, QString *error) const
{
    if (arguments.size() != 1 || arguments.constFirst().trimmed().isEmpty()) {
        *error = tr("needs the serial PORT (COM3, /dev/rfcomm0, /dev/ttyUSB0)");
        return std::nullopt;
    }
    const auto line = m_line.parse(parser, arguments.constFirst().trimmed(), error);
    if (!line)
        return std::nullopt;
    const auto protocol = m_protocol.parse(parser, error);
    if (!protocol)
        return std::nullopt;
    return DeviceCode::serialNode(serialNodeCode(*line, *protocol));
}

std::optional<GeneratedCode> DeviceCodeOptions::sensors(
    const QCommandLineParser &parser, const QStringList &arguments, QString *error) const
{
    SensorsCode settings;
    if (arguments.size() > 1) {
        *error = tr("unexpected argument '%1'").arg(arguments.at(1));
        return std::nullopt;
    }
    if (!arguments.isEmpty()) {
        // HOST, HOST:PORT, [IPv6]:PORT or the agent's URL.
        const QString text = arguments.constFirst().trimmed();
        const QUrl url = QUrl::fromUserInput(text.contains(u"://"_s) ? text : u"http://"_s + text,
            QString(), QUrl::DefaultResolution);
        const bool bareIpv6
            = !text.contains(u"://"_s) && text.count(u':') > 1 && !text.startsWith(u'[');
        if (bareIpv6) {
            settings.host = text;
        } else if (!url.isValid() || url.host().isEmpty() || url.scheme() != u"http") {
            *error = tr("'%1' is not HOST[:PORT] or http://HOST:PORT/").arg(text);
            return std::nullopt;
        } else {
            settings.host = url.host();
            const int port = url.port(SensorsCode().port);
            if (port <= 0 || port > 65535) {
                *error = tr("'%1' is not HOST[:PORT] or http://HOST:PORT/").arg(text);
                return std::nullopt;
            }
            settings.port = quint16(port);
        }
    }
    if (parser.isSet(m_window)) {
        const QString name = parser.value(m_window);
        const auto found = std::find_if(kWindows.cbegin(), kWindows.cend(),
            [&name](const Window &window) { return name == QLatin1String(window.name); });
        if (found == kWindows.cend()) {
            *error = tr("--window is 5m, 1h, 24h or 7d, not '%1'").arg(name);
            return std::nullopt;
        }
        settings.windowMs = found->ms;
    }
    settings.token = parser.value(m_token).trimmed().toUtf8();
    if (parser.isSet(m_led)) {
        const QString led = parser.value(m_led).toLower();
        if (settings.token.isEmpty()) {
            *error = tr("--led needs --token: the agent switches its LED only for its token");
            return std::nullopt;
        }
        if (led != u"on" && led != u"off") {
            *error = tr("--led is on or off, not '%1'").arg(parser.value(m_led));
            return std::nullopt;
        }
        settings.ledOn = led == u"on";
    }
    return DeviceCode::sensors(settings);
}

} // namespace netlab::cli
