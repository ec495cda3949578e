// netlab tcp-client HOST PORT: standard input to the socket, the socket to standard output,
// like nc. Over netlab::TcpClientSession, the core of the workbench's TCP client tab.
#include "command.h"
#include "commandline.h"
#include "stdinreader.h"

#include <netlab/hexcodec.h>
#include <netlab/tcpclientsession.h>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QScopeGuard>

using namespace Qt::StringLiterals;

namespace netlab::cli {

namespace {

constexpr const char *kName = "tcp-client";
constexpr qsizetype kMaxHexLine = 1024 * 1024;

QString tr(const char *text)
{
    return QCoreApplication::translate("netlab::cli", text);
}

QString helpText()
{
    return tr("Usage: netlab tcp-client [OPTIONS] HOST PORT\n"
              "Connect to HOST (a name, an IPv4 or an IPv6 address) on PORT, send standard\n"
              "input to the socket and write what arrives to standard output, like nc.\n"
              "When standard input ends, the sending side is closed (the peer sees the end\n"
              "of the stream) and what the peer still sends is printed until it closes.\n"
              "\n"
              "Options:\n"
              "  --hex                  print received bytes as hex, one line per chunk; read\n"
              "                         standard input as lines of hex (\"48 65 6c\", \"48656c\",\n"
              "                         \"0x48,0x65\"); a line that is not hex is reported and\n"
              "                         skipped\n"
              "  --line-ending MODE     how each line of text input ends on the wire:\n"
              "                         lf (default, input unchanged), crlf, cr, or none\n"
              "  --timeout MS           give up connecting after MS milliseconds (default 10000)\n"
              "  -h, --help             show this help\n"
              "\n"
              "Exit status: 0 when the connection ends normally (the peer closes it),\n"
              "1 when connecting fails or the connection breaks, 2 for bad arguments.\n"
              "\n"
              "Examples:\n"
              "  echo Hello | netlab tcp-client 127.0.0.1 50000\n"
              "  netlab tcp-client --line-ending crlf example.org 80\n"
              "  echo '01 02 ff' | netlab tcp-client --hex ::1 52000\n");
}

// Turns text input into what goes on the wire: each "\n" (or "\r\n") becomes `ending`.
class LineEndingConverter
{
public:
    explicit LineEndingConverter(QByteArray ending)
        : m_ending(std::move(ending))
    { }

    QByteArray convert(const QByteArray &input)
    {
        QByteArray out;
        out.reserve(input.size() + input.size() / 8);
        for (const char c : input) {
            if (m_pendingCr) {
                m_pendingCr = false;
                if (c == '\n') {
                    out += m_ending;
                    continue;
                }
                out += '\r';
            }
            if (c == '\r')
                m_pendingCr = true;
            else if (c == '\n')
                out += m_ending;
            else
                out += c;
        }
        return out;
    }

    QByteArray finish()
    {
        const bool cr = m_pendingCr;
        m_pendingCr = false;
        return cr ? QByteArray(1, '\r') : QByteArray();
    }

private:
    QByteArray m_ending;
    bool m_pendingCr = false;
};

} // namespace

int runTcpClient(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption hexOption(u"hex"_s);
    const QCommandLineOption lineEndingOption(u"line-ending"_s, QString(), u"MODE"_s);
    const QCommandLineOption timeoutOption(u"timeout"_s, QString(), u"MS"_s);
    parser.addOptions({hexOption, lineEndingOption, timeoutOption});
    parser.addPositionalArgument(u"host"_s, QString());
    parser.addPositionalArgument(u"port"_s, QString());
    if (const auto exit = parseOrExit(parser, kName, arguments, helpText()))
        return *exit;

    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2)
        return usageError(kName,
            positional.size() < 2 ? tr("needs HOST and PORT")
                                  : tr("unexpected argument '%1'").arg(positional.at(2)));
    QString error;
    const QString host = positional.at(0);
    if (host.trimmed().isEmpty())
        return usageError(kName, tr("the host is empty"));
    const auto port = parsePort(positional.at(1), false, &error);
    if (!port)
        return usageError(kName, error);
    const bool hex = parser.isSet(hexOption);
    QByteArray ending = "\n";
    if (parser.isSet(lineEndingOption)) {
        const auto parsed = parseLineEnding(parser.value(lineEndingOption), &error);
        if (!parsed)
            return usageError(kName, error);
        ending = *parsed;
        if (hex)
            return usageError(kName, tr("--line-ending does not apply to --hex input"));
    }
    int timeout = TcpClientSession::kDefaultConnectTimeoutMs;
    if (parser.isSet(timeoutOption)) {
        const auto value
            = parseInt(parser.value(timeoutOption), u"--timeout"_s, 1, 24 * 3600 * 1000, &error);
        if (!value)
            return usageError(kName, error);
        timeout = *value;
    }

    TcpClientSession session;
    session.setConnectTimeout(timeout);
    StdinReader stdinReader;
    // Like nc: stdin is read only as fast as the peer takes it (kMaxUnsent in flight).
    constexpr qint64 kMaxUnsent = 1024 * 1024;
    stdinReader.setFlowControl(kMaxUnsent);
    qint64 unsentFromStdin = 0; // delivered by the reader, not yet written to the OS
    const auto passOnCredit = [&] {
        const qint64 buffered = qint64(session.bytesQueued() - session.bytesSent());
        if (unsentFromStdin > 0 && buffered < kMaxUnsent / 2) {
            stdinReader.consumed(unsentFromStdin);
            unsentFromStdin = 0;
        }
    };
    QObject::connect(&session, &TcpClientSession::countersChanged, &session, passOnCredit);
    LineEndingConverter converter(ending);
    const bool passThrough = ending == "\n";
    QByteArray hexLine;
    qint64 hexLineNumber = 0;
    int exitCode = ExitOk;
    bool failed = false;

    const auto sendHexLines = [&](bool final) {
        for (;;) {
            qsizetype end = hexLine.indexOf('\n');
            if (end < 0) {
                if (!final || hexLine.isEmpty())
                    return;
                end = hexLine.size();
            }
            const QByteArray line = hexLine.left(end);
            hexLine.remove(0, std::min(end + 1, hexLine.size()));
            ++hexLineNumber;
            const HexParseResult parsed = parseHex(QString::fromLatin1(line));
            if (!parsed.ok)
                warn(kName,
                    tr("input line %1 not sent: %2").arg(hexLineNumber).arg(parsed.errorString));
            else if (!parsed.bytes.isEmpty())
                session.send(parsed.bytes);
        }
    };

    QObject::connect(&session, &TcpClientSession::connected, &session, [&] {
        warn(kName,
            tr("connected to %1 port %2 from local port %3")
                .arg(session.peerAddress().toString())
                .arg(session.peerPort())
                .arg(session.localPort()));
        stdinReader.start();
    });
    QObject::connect(
        &session, &TcpClientSession::dataReceived, &session, [&](const QByteArray &data) {
            if (hex)
                writeOut(toHex(data).toLatin1() + '\n');
            else
                writeOut(data);
        });
    QObject::connect(
        &session, &TcpClientSession::errorOccurred, &session, [&](const QString &message) {
            failed = true;
            warn(kName, message);
        });
    QObject::connect(&session, &TcpClientSession::disconnected, &session, [&] {
        exitCode = failed ? ExitFailure : ExitOk;
        QCoreApplication::exit(exitCode);
    });
    QObject::connect(&stdinReader, &StdinReader::dataRead, &session, [&](const QByteArray &data) {
        unsentFromStdin += data.size();
        const auto credit = qScopeGuard(passOnCredit);
        if (hex) {
            if (hexLine.size() + data.size() > kMaxHexLine && !data.contains('\n')) {
                warn(kName, tr("input line longer than %1 characters not sent").arg(kMaxHexLine));
                hexLine.clear();
                return;
            }
            hexLine += data;
            sendHexLines(false);
        } else {
            session.send(passThrough ? data : converter.convert(data));
        }
    });
    QObject::connect(&stdinReader, &StdinReader::errorOccurred, &session,
        [&](const QString &message) { warn(kName, message); });
    QObject::connect(&stdinReader, &StdinReader::endOfInput, &session, [&] {
        if (hex)
            sendHexLines(true);
        else if (!passThrough)
            session.send(converter.finish());
        session.finishSending();
    });

    session.connectToHost(host, *port);
    if (session.state() == TcpClientSession::State::Idle)
        return ExitFailure; // refused before it started; the reason is already on stderr
    QCoreApplication::exec();
    return exitCode;
}

} // namespace netlab::cli
