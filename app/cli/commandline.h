#pragma once

// Shared helpers for `netlab` subcommands: exit codes, argument parsing with one-line
// reasons, stdout/stderr output, JSON event lines.

#include <QByteArray>
#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QHostAddress>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

QT_BEGIN_NAMESPACE
QT_END_NAMESPACE

namespace netlab::cli {

enum ExitCode : int { ExitOk = 0, ExitFailure = 1, ExitUsage = 2 };

// Parses `arguments` (the words after the subcommand) with `parser`, which must not define
// --help itself. Returns std::nullopt when the command should go on; otherwise the exit code:
// ExitOk after printing `helpText` for -h/--help, ExitUsage after a one-line reason.
std::optional<int> parseOrExit(QCommandLineParser &parser, const char *command,
    const QStringList &arguments, const QString &helpText);

// "netlab COMMAND: reason (see netlab COMMAND --help)" on stderr; returns ExitUsage.
int usageError(const char *command, const QString &reason);
// "netlab COMMAND: reason" on stderr; returns ExitFailure.
int runtimeError(const char *command, const QString &reason);
// "netlab COMMAND: message" on stderr, without changing the exit code.
void warn(const char *command, const QString &message);

// A TCP/UDP port. allowZero: 0 means "pick a free one". On failure `error` says why.
std::optional<quint16> parsePort(const QString &text, bool allowZero, QString *error);
// An integer in [minimum, maximum]; `what` names it in the message ("--backlog").
std::optional<int> parseInt(
    const QString &text, const QString &what, int minimum, int maximum, QString *error);
// "any" (IPv4 and IPv6), "any4", "any6", "localhost", "localhost6" or an address literal.
std::optional<QHostAddress> parseBindAddress(const QString &text, QString *error);
// --bind (default: any, IPv4 and IPv6) and --port (0 allowed: any free port) of a server.
struct ListenEndpoint
{
    QHostAddress address;
    quint16 port = 0;
};
std::optional<ListenEndpoint> parseListenEndpoint(const QCommandLineParser &parser,
    const QCommandLineOption &bindOption, const QCommandLineOption &portOption, quint16 defaultPort,
    QString *error);
// Text with C escapes \n \r \t \0 \\ \xHH turned into bytes.
std::optional<QByteArray> parseEscapes(const QString &text, QString *error);
// --line-ending: none, lf, crlf or cr (any case) as the bytes appended to each line.
std::optional<QByteArray> parseLineEnding(const QString &text, QString *error);

// Printable one-line form of bytes: ASCII kept, \n \r \t \\ and \xHH escaped; at most
// maxBytes bytes shown, then "… (N more bytes)".
QString escapeBytes(const QByteArray &data, qsizetype maxBytes = 4096);

// Writes to stdout and flushes (so pipes and tests see it at once).
void writeOut(const QByteArray &data);
void printLine(const QString &line);
// One compact JSON object per line: {"event": event, "time": ISO-8601 ms, ...fields}.
void printJsonEvent(const QString &event, QJsonObject fields);

} // namespace netlab::cli
