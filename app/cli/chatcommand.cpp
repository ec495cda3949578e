// netlab chat: the LAN mini chat without a display. Over netlab::ChatSession and
// netlab::ChatDiscovery, the core of the workbench's chat tab.
#include "command.h"
#include "commandline.h"
#include "quitonsignal.h"
#include "stdinreader.h"

#include <netlab/chatdiscovery.h>
#include <netlab/chatprotocol.h>
#include <netlab/chatsession.h>
#include <netlab/escapedtext.h>
#include <netlab/socketerror.h>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTimer>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace netlab::cli {

namespace {

constexpr const char *kName = "chat";
constexpr int kMaxQueuedLines = 1000;

QString tr(const char *text)
{
    return QCoreApplication::translate("netlab::cli", text);
}

QString helpText()
{
    return tr("Usage: netlab chat (--host [--port P] | --join HOST[:PORT]) [OPTIONS]\n"
              "       netlab chat --discover [--timeout MS]\n"
              "The LAN mini chat of NetLab Workbench: each line of standard input is sent as a\n"
              "message; what the others write is printed as \"nickname: text\". Notices\n"
              "(joined, left, warnings) go to standard error. Lines typed before anybody is\n"
              "there to read them are kept and sent as soon as someone is. At the end of\n"
              "standard input, or at Ctrl+C, the chat is left (a host closes it).\n"
              "\n"
              "A hosted chat accepts several peers (workbench, netlab chat, nc, the course's\n"
              "Python script) and relays every message to all of them.\n"
              "\n"
              "Options:\n"
              "  --host                 host a chat (listen)\n"
              "  --port P               the port to host on (default 55000; 0: any free port)\n"
              "  --bind ADDR            the address to host on: any (default), any4, any6,\n"
              "                         localhost, localhost6 or an address\n"
              "  --join HOST[:PORT]     join the chat at HOST (port 55000 unless given;\n"
              "                         IPv6 as [::1]:55000)\n"
              "  --nick N               your nickname (default: your login name)\n"
              "  --plain                plain UTF-8 lines only, no JSON: for joining `nc -l` or\n"
              "                         the course's Python chat server\n"
              "  --no-announce          host without announcing the chat on the LAN\n"
              "  --discover             list the classmates whose workbench or netlab chat\n"
              "                         announces itself on the LAN, as they appear\n"
              "  --discovery-port P     the UDP port of presence datagrams (default 55001)\n"
              "  --timeout MS           with --discover: stop after MS milliseconds\n"
              "  -h, --help             show this help\n"
              "\n"
              "Exit status: 0 after leaving normally, 1 when the connection fails or is lost\n"
              "(or --discover found nobody), 2 for bad arguments.\n"
              "\n"
              "Examples:\n"
              "  netlab chat --host --nick Ana\n"
              "  netlab chat --join 192.168.1.20 --nick Bea\n"
              "  netlab chat --join 127.0.0.1:55000 --plain\n"
              "  netlab chat --discover --timeout 5000\n");
}

// "host", "host:port", "[v6]:port", "v6" -> host and port; false with a reason.
bool splitHostPort(const QString &text, QString *host, quint16 *port, QString *error)
{
    QString rest = text.trimmed();
    *port = ChatSession::kDefaultPort;
    QString portText;
    if (rest.startsWith(u'[')) {
        const qsizetype close = rest.indexOf(u']');
        if (close < 0) {
            *error = tr("'%1': a '[' without its ']'").arg(text);
            return false;
        }
        *host = rest.mid(1, close - 1);
        const QString after = rest.mid(close + 1);
        if (!after.isEmpty()) {
            if (!after.startsWith(u':')) {
                *error = tr("'%1': expected :PORT after ']'").arg(text);
                return false;
            }
            portText = after.mid(1);
        }
    } else if (rest.count(u':') == 1) {
        *host = rest.section(u':', 0, 0);
        portText = rest.section(u':', 1);
    } else {
        *host = rest; // a name, an IPv4 address or a bare IPv6 address
    }
    if (host->isEmpty()) {
        *error = tr("'%1': the host is empty").arg(text);
        return false;
    }
    if (!portText.isNull()) {
        const auto parsed = parsePort(portText, false, error);
        if (!parsed)
            return false;
        *port = *parsed;
    }
    return true;
}

QString indentLines(const QString &text)
{
    QString out = text;
    out.replace(u'\n', u"\n    "_s);
    return out;
}

int discover(quint16 discoveryPort, int timeoutMs)
{
    ChatDiscovery discovery;
    QObject::connect(&discovery, &ChatDiscovery::errorOccurred, &discovery,
        [](const QString &message) { warn(kName, message); });
    if (!discovery.start(discoveryPort))
        return ExitFailure;
    warn(kName, tr("looking for classmates on UDP port %1…").arg(discovery.port()));
    QSet<QString> shown;
    QObject::connect(&discovery, &ChatDiscovery::peersChanged, &discovery, [&] {
        for (const DiscoveredPeer &peer : discovery.peers()) {
            const QString key = peer.address.toString() + u' ' + peer.instanceId
                + (peer.hosting ? u" h"_s : u" -"_s) + QString::number(peer.chatPort);
            if (shown.contains(key))
                continue;
            shown.insert(key);
            printLine(peer.hosting
                    ? tr("%1 hosts a chat at %2 (join: netlab chat --join %2)")
                          .arg(toVisibleText(peer.nickname),
                              formatEndpoint(peer.address, peer.chatPort))
                    : tr("%1 is at %2, not hosting")
                          .arg(toVisibleText(peer.nickname), peer.address.toString()));
        }
    });
    if (timeoutMs > 0)
        QTimer::singleShot(timeoutMs, &discovery, [] { QCoreApplication::exit(0); });
    QCoreApplication::exec();
    return shown.isEmpty() ? ExitFailure : ExitOk;
}

} // namespace

int runChat(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption hostOption(u"host"_s);
    const QCommandLineOption portOption(u"port"_s, QString(), u"P"_s);
    const QCommandLineOption bindOption(u"bind"_s, QString(), u"ADDR"_s);
    const QCommandLineOption joinOption(u"join"_s, QString(), u"HOST"_s);
    const QCommandLineOption nickOption(u"nick"_s, QString(), u"N"_s);
    const QCommandLineOption plainOption(u"plain"_s);
    const QCommandLineOption noAnnounceOption(u"no-announce"_s);
    const QCommandLineOption discoverOption(u"discover"_s);
    const QCommandLineOption discoveryPortOption(u"discovery-port"_s, QString(), u"P"_s);
    const QCommandLineOption timeoutOption(u"timeout"_s, QString(), u"MS"_s);
    parser.addOptions({hostOption, portOption, bindOption, joinOption, nickOption, plainOption,
        noAnnounceOption, discoverOption, discoveryPortOption, timeoutOption});
    if (const auto exit = parseOrExit(parser, kName, arguments, helpText()))
        return *exit;
    if (!parser.positionalArguments().isEmpty())
        return usageError(
            kName, tr("unexpected argument '%1'").arg(parser.positionalArguments().constFirst()));

    QString error;
    quint16 discoveryPort = ChatDiscovery::kDefaultPort;
    if (parser.isSet(discoveryPortOption)) {
        const auto parsed = parsePort(parser.value(discoveryPortOption), false, &error);
        if (!parsed)
            return usageError(kName, error);
        discoveryPort = *parsed;
    }
    const int modes = int(parser.isSet(hostOption)) + int(parser.isSet(joinOption))
        + int(parser.isSet(discoverOption));
    if (modes != 1)
        return usageError(kName, tr("give exactly one of --host, --join HOST[:PORT], --discover"));
    if (parser.isSet(discoverOption)) {
        int timeout = 0;
        if (parser.isSet(timeoutOption)) {
            const auto parsed = parseInt(
                parser.value(timeoutOption), u"--timeout"_s, 1, 24 * 3600 * 1000, &error);
            if (!parsed)
                return usageError(kName, error);
            timeout = *parsed;
        }
        return discover(discoveryPort, timeout);
    }
    if (parser.isSet(timeoutOption))
        return usageError(kName, tr("--timeout goes with --discover"));
    const bool hosting = parser.isSet(hostOption);
    if (!hosting && (parser.isSet(portOption) || parser.isSet(bindOption)))
        return usageError(
            kName, tr("--port and --bind go with --host; join with --join HOST:PORT"));

    quint16 port = ChatSession::kDefaultPort;
    QHostAddress bindAddress = QHostAddress::Any;
    QString joinHost;
    if (hosting) {
        if (parser.isSet(portOption)) {
            const auto parsed = parsePort(parser.value(portOption), true, &error);
            if (!parsed)
                return usageError(kName, error);
            port = *parsed;
        }
        if (parser.isSet(bindOption)) {
            const auto parsed = parseBindAddress(parser.value(bindOption), &error);
            if (!parsed)
                return usageError(kName, error);
            bindAddress = *parsed;
        }
    } else if (!splitHostPort(parser.value(joinOption), &joinHost, &port, &error)) {
        return usageError(kName, error);
    }
    if (parser.isSet(nickOption) && ChatProtocol::cleanNickname(parser.value(nickOption)).isEmpty())
        return usageError(kName, tr("the nickname is empty"));

    ChatSession session;
    session.setNickname(parser.value(nickOption));
    session.setPlainMode(parser.isSet(plainOption));
    ChatDiscovery discovery;
    StdinReader stdinReader;
    QStringList queued; // typed before anybody could read it
    QByteArray pendingInput;
    bool inputEnded = false;
    int exitCode = ExitOk;

    const auto canSend = [&] {
        return (session.state() == ChatSession::State::Joined
                   || session.state() == ChatSession::State::Hosting)
            && session.peerCount() > 0;
    };
    const auto sendQueued = [&] {
        while (!queued.isEmpty() && canSend()) {
            if (session.sendMessage(queued.constFirst()).isEmpty())
                break;
            queued.removeFirst();
        }
        // At the end of the input, leave once everything typed is out (not still held back
        // while the host's language is found out).
        const bool allOut = queued.isEmpty() && !session.hasHeldBackMessages();
        if (inputEnded && (allOut || session.state() == ChatSession::State::Idle)) {
            session.leave();
            QCoreApplication::exit(exitCode);
        }
    };

    QObject::connect(&session, &ChatSession::entryAdded, &session, [&](const ChatEntry &entry) {
        switch (entry.kind) {
        // What peers send reaches this terminal only as visible text: no escape sequence, no
        // carriage return overwriting a line (the session keeps the original).
        case ChatEntry::Kind::Incoming:
            printLine(toVisibleText(entry.nickname) + u": "_s
                + indentLines(toVisibleText(entry.text, LineBreaks::Keep)));
            if (!entry.warning.isEmpty())
                warn(kName,
                    tr("(the line above from %1: %2)")
                        .arg(toVisibleText(entry.nickname), toVisibleText(entry.warning)));
            break;
        case ChatEntry::Kind::System:
        case ChatEntry::Kind::Warning:
            warn(kName, toVisibleText(entry.text));
            break;
        case ChatEntry::Kind::Own:
            break;
        }
    });
    QObject::connect(&session, &ChatSession::peersChanged, &session, [&] {
        if (!queued.isEmpty() || inputEnded)
            QTimer::singleShot(0, &session, sendQueued);
    });
    QObject::connect(&session, &ChatSession::stateChanged, &session, [&](ChatSession::State state) {
        if (state == ChatSession::State::Joined || state == ChatSession::State::Hosting)
            stdinReader.start();
    });
    QObject::connect(&stdinReader, &StdinReader::dataRead, &session, [&](const QByteArray &data) {
        pendingInput += data;
        qsizetype newline;
        while ((newline = pendingInput.indexOf('\n')) >= 0) {
            QByteArray line = pendingInput.left(newline);
            pendingInput.remove(0, newline + 1);
            if (line.endsWith('\r'))
                line.chop(1);
            const QString text = QString::fromUtf8(line);
            if (text.trimmed().isEmpty())
                continue;
            if (text.size() > ChatProtocol::kMaxMessageLength) {
                warn(kName,
                    tr("input line of %1 characters not sent (at most %2)")
                        .arg(text.size())
                        .arg(ChatProtocol::kMaxMessageLength));
                continue;
            }
            if (queued.size() >= kMaxQueuedLines) {
                warn(kName,
                    tr("nobody to send to and %1 lines waiting: line dropped")
                        .arg(kMaxQueuedLines));
                continue;
            }
            queued.append(text);
        }
        if (pendingInput.size() > ChatProtocol::kMaxLineBytes) {
            warn(kName,
                tr("input line longer than %1 bytes not sent").arg(ChatProtocol::kMaxLineBytes));
            pendingInput.clear();
        }
        if (!queued.isEmpty() && !canSend() && session.state() == ChatSession::State::Hosting)
            warn(kName, tr("nobody has joined yet: your message waits"));
        sendQueued();
    });
    QObject::connect(&stdinReader, &StdinReader::errorOccurred, &session,
        [&](const QString &message) { warn(kName, message); });
    QObject::connect(&stdinReader, &StdinReader::endOfInput, &session, [&] {
        const QString last = QString::fromUtf8(pendingInput).trimmed();
        if (!last.isEmpty())
            queued.append(last);
        pendingInput.clear();
        inputEnded = true;
        sendQueued();
    });

    if (hosting) {
        QObject::connect(&session, &ChatSession::errorOccurred, &session,
            [](const QString &message) { warn(kName, message); });
        if (!session.host(bindAddress, port))
            return ExitFailure;
        if (!parser.isSet(noAnnounceOption)) {
            QObject::connect(&discovery, &ChatDiscovery::errorOccurred, &discovery,
                [](const QString &message) { warn(kName, message); });
            discovery.setAnnouncement(session.nickname(), session.serverPort(), true);
            discovery.setAnnouncing(true);
            if (discovery.start(discoveryPort))
                warn(kName,
                    tr("announcing this chat on the LAN (UDP port %1)").arg(discovery.port()));
        }
    } else {
        // Failing to join, or losing the chat, ends the command (the reason is on stderr).
        QObject::connect(
            &session, &ChatSession::stateChanged, &session, [&](ChatSession::State state) {
                if (state == ChatSession::State::Idle && !inputEnded) {
                    exitCode = ExitFailure;
                    QCoreApplication::exit(ExitFailure);
                }
            });
        session.join(joinHost, port);
    }
    // Ctrl+C leaves the chat properly: the others see "left", not a lost connection.
    quitOnInterrupt(&session);
    const int code = QCoreApplication::exec();
    return code != ExitOk ? code : exitCode;
}

} // namespace netlab::cli
