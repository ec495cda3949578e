#include "commandline.h"

#include <netlab/escapedtext.h>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace netlab::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("netlab::cli", text);
}

void writeTo(FILE *stream, const QByteArray &data)
{
    std::fwrite(data.constData(), 1, size_t(data.size()), stream);
    std::fflush(stream);
}

} // namespace

std::optional<int> parseOrExit(QCommandLineParser &parser, const char *command,
    const QStringList &arguments, const QString &helpText)
{
    const QCommandLineOption help(QStringList {u"h"_s, u"help"_s});
    parser.addOption(help);
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    if (!parser.parse(QStringList {QString::fromLatin1(command)} + arguments)) {
        if (arguments.contains(u"--help") || arguments.contains(u"-h")) {
            writeOut(helpText.toUtf8());
            return ExitOk;
        }
        return usageError(command, parser.errorText());
    }
    if (parser.isSet(help)) {
        writeOut(helpText.toUtf8());
        return ExitOk;
    }
    return std::nullopt;
}

int usageError(const char *command, const QString &reason)
{
    const QString name = QString::fromLatin1(command);
    writeTo(
        stderr, tr("netlab %1: %2 (see netlab %1 --help)\n").arg(name, reason.trimmed()).toUtf8());
    return ExitUsage;
}

int runtimeError(const char *command, const QString &reason)
{
    warn(command, reason);
    return ExitFailure;
}

void warn(const char *command, const QString &message)
{
    writeTo(stderr,
        QStringLiteral("netlab %1: %2\n")
            .arg(QString::fromLatin1(command), message.trimmed())
            .toUtf8());
}

std::optional<quint16> parsePort(const QString &text, bool allowZero, QString *error)
{
    bool ok = false;
    const uint port = text.trimmed().toUInt(&ok, 10);
    if (!ok || port > 65535 || (port == 0 && !allowZero)) {
        *error = allowZero
            ? tr("a port is a number from 0 (any free port) to 65535, not '%1'").arg(text)
            : tr("a port is a number from 1 to 65535, not '%1'").arg(text);
        return std::nullopt;
    }
    return quint16(port);
}

std::optional<int> parseInt(
    const QString &text, const QString &what, int minimum, int maximum, QString *error)
{
    bool ok = false;
    const qlonglong value = text.trimmed().toLongLong(&ok, 10);
    if (!ok || value < minimum || value > maximum) {
        *error = tr("%1 must be a number from %2 to %3, not '%4'")
                     .arg(what)
                     .arg(minimum)
                     .arg(maximum)
                     .arg(text);
        return std::nullopt;
    }
    return int(value);
}

std::optional<QHostAddress> parseBindAddress(const QString &text, QString *error)
{
    const QString word = text.trimmed().toLower();
    if (word == u"any" || word == u"*")
        return QHostAddress(QHostAddress::Any);
    if (word == u"any4")
        return QHostAddress(QHostAddress::AnyIPv4);
    if (word == u"any6")
        return QHostAddress(QHostAddress::AnyIPv6);
    if (word == u"localhost")
        return QHostAddress(QHostAddress::LocalHost);
    if (word == u"localhost6")
        return QHostAddress(QHostAddress::LocalHostIPv6);
    QString literal = text.trimmed();
    if (literal.startsWith(u'[') && literal.endsWith(u']'))
        literal = literal.mid(1, literal.size() - 2);
    QHostAddress address;
    if (!address.setAddress(literal)) {
        *error
            = tr("'%1' is not an IP address (or any, any4, any6, localhost, localhost6)").arg(text);
        return std::nullopt;
    }
    return address;
}

std::optional<ListenEndpoint> parseListenEndpoint(const QCommandLineParser &parser,
    const QCommandLineOption &bindOption, const QCommandLineOption &portOption, quint16 defaultPort,
    QString *error)
{
    ListenEndpoint endpoint {QHostAddress(QHostAddress::Any), defaultPort};
    if (parser.isSet(bindOption)) {
        const auto address = parseBindAddress(parser.value(bindOption), error);
        if (!address)
            return std::nullopt;
        endpoint.address = *address;
    }
    if (parser.isSet(portOption)) {
        const auto port = parsePort(parser.value(portOption), true, error);
        if (!port)
            return std::nullopt;
        endpoint.port = *port;
    }
    return endpoint;
}

std::optional<QByteArray> parseEscapes(const QString &text, QString *error)
{
    // The same grammar as the tabs' acknowledgement fields: one parser for both.
    QString reason;
    std::optional<QByteArray> bytes = parseEscapedText(text, &reason);
    if (!bytes)
        *error = tr("'%1': %2").arg(text, reason);
    return bytes;
}

std::optional<QByteArray> parseLineEnding(const QString &text, QString *error)
{
    const QString mode = text.toLower();
    if (mode == u"lf")
        return QByteArray("\n");
    if (mode == u"crlf")
        return QByteArray("\r\n");
    if (mode == u"cr")
        return QByteArray("\r");
    if (mode == u"none")
        return QByteArray();
    *error = tr("--line-ending is one of none, lf, crlf, cr; not '%1'").arg(text);
    return std::nullopt;
}

QString escapeBytes(const QByteArray &data, qsizetype maxBytes)
{
    static const char kHex[] = "0123456789abcdef";
    const qsizetype shown = std::min(data.size(), maxBytes);
    QByteArray out;
    out.reserve(shown + 16);
    for (qsizetype i = 0; i < shown; ++i) {
        const auto c = uchar(data.at(i));
        switch (c) {
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        case '\\':
            out += "\\\\";
            break;
        default:
            if (c >= 0x20 && c < 0x7f) {
                out += char(c);
            } else {
                out += "\\x";
                out += kHex[c >> 4];
                out += kHex[c & 0xf];
            }
        }
    }
    QString text = QString::fromLatin1(out);
    if (shown < data.size())
        text += tr("… (%1 more bytes)").arg(data.size() - shown);
    return text;
}

void writeOut(const QByteArray &data)
{
    writeTo(stdout, data);
}

void printLine(const QString &line)
{
    writeOut(line.toUtf8() + '\n');
}

void printJsonEvent(const QString &event, QJsonObject fields)
{
    fields.insert(u"event"_s, event);
    fields.insert(u"time"_s, QDateTime::currentDateTime().toString(Qt::ISODateWithMs));
    writeOut(QJsonDocument(fields).toJson(QJsonDocument::Compact) + '\n');
}

} // namespace netlab::cli
