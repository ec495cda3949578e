// netlab lookup: a name's addresses as getaddrinfo() rows, or its DNS records (A … PTR).
#include "command.h"
#include "commandline.h"

#include <netlab/inputcheck.h>
#include <netlab/namelookup.h>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace netlab::cli {

namespace {

constexpr const char *kName = "lookup";

QString tr(const char *text)
{
    return QCoreApplication::translate("netlab::cli", text);
}

QString helpText()
{
    return tr("Usage: netlab lookup NAME [--port P] [--type TYPE] [--server ADDR] [OPTIONS]\n"
              "Look NAME (a host name or an address) up the way a program does: its IPv4 and\n"
              "IPv6 addresses as getaddrinfo() gives them, one row per family, socket type,\n"
              "protocol, address and port (Python: socket.getaddrinfo(NAME, P)). For an\n"
              "address, also the name registered for it. With --type, ask the DNS for records\n"
              "instead, like nslookup -type=TYPE or dig.\n"
              "\n"
              "Options:\n"
              "  --port P            the port in each row, 1-65535 (default: none)\n"
              "  --type TYPE         DNS records: A, AAAA, CNAME, MX, NS, TXT, SRV or PTR\n"
              "                      (PTR of an address is a reverse lookup, like dig -x)\n"
              "  --server ADDR       the DNS server to ask for --type (default: the system's)\n"
              "  --timeout MS        give up after MS milliseconds (default 5000)\n"
              "  --json              one JSON object per line: rows, then done or error\n"
              "  -h, --help          show this help\n"
              "\n"
              "Exit status: 0 found, 1 the lookup failed (the reason on stderr), 2 bad arguments.\n"
              "\n"
              "Examples:\n"
              "  netlab lookup localhost --port 80\n"
              "  netlab lookup example.org --type MX\n"
              "  netlab lookup 192.0.2.1 --type PTR\n");
}

QString padded(const QString &text, int width)
{
    return text.leftJustified(width);
}

} // namespace

int runLookup(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption portOption(u"port"_s, QString(), u"P"_s);
    const QCommandLineOption typeOption(u"type"_s, QString(), u"TYPE"_s);
    const QCommandLineOption serverOption(u"server"_s, QString(), u"ADDR"_s);
    const QCommandLineOption timeoutOption(u"timeout"_s, QString(), u"MS"_s);
    const QCommandLineOption jsonOption(u"json"_s);
    parser.addOptions({portOption, typeOption, serverOption, timeoutOption, jsonOption});
    parser.addPositionalArgument(u"name"_s, QString());
    if (const auto exit = parseOrExit(parser, kName, arguments, helpText()))
        return *exit;

    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        return usageError(kName,
            positional.isEmpty() ? tr("needs a NAME to look up")
                                 : tr("unexpected argument '%1'").arg(positional.at(1)));
    const QString name = positional.first();
    if (const QString problem = hostNameError(name); !problem.isEmpty())
        return usageError(kName, problem);

    QString error;
    quint16 port = 0;
    if (parser.isSet(portOption)) {
        const auto value = parsePortNumber(parser.value(portOption), &error);
        if (!value)
            return usageError(kName, error);
        port = *value;
    }
    std::optional<NameLookup::RecordType> type;
    if (parser.isSet(typeOption)) {
        type = NameLookup::parseRecordType(parser.value(typeOption));
        if (!type)
            return usageError(kName,
                tr("--type is one of A, AAAA, CNAME, MX, NS, TXT, SRV, PTR; not '%1'")
                    .arg(parser.value(typeOption).left(20)));
        if (parser.isSet(portOption))
            return usageError(kName, tr("--port applies to address lookups, not to --type"));
    }
    QHostAddress server;
    if (parser.isSet(serverOption)) {
        if (!type)
            return usageError(kName, tr("--server applies to DNS record lookups (--type)"));
        if (!server.setAddress(parser.value(serverOption)))
            return usageError(kName,
                tr("--server needs an IP address, not '%1'")
                    .arg(parser.value(serverOption).left(64)));
    }
    int timeout = NameLookup::kDefaultTimeoutMs;
    if (parser.isSet(timeoutOption)) {
        const auto value = parseInt(
            parser.value(timeoutOption), u"--timeout"_s, 100, NameLookup::kMaxTimeoutMs, &error);
        if (!value)
            return usageError(kName, error);
        timeout = *value;
    }
    const bool json = parser.isSet(jsonOption);

    NameLookup lookup;
    lookup.setTimeout(timeout);
    lookup.setNameserver(server);
    int exitCode = ExitOk;

    QObject::connect(
        &lookup, &NameLookup::addressesFound, &lookup, [&](const QList<AddressInfo> &rows) {
            if (!json)
                printLine(padded(u"family"_s, 10) + padded(u"type"_s, 13)
                    + padded(u"protocol"_s, 10) + padded(u"address"_s, 40) + u"port"_s);
            for (const AddressInfo &row : rows) {
                if (json) {
                    printJsonEvent(u"address"_s,
                        {{u"family"_s, row.familyName()}, {u"type"_s, row.socketTypeName()},
                            {u"protocol"_s, row.protocolNumber()},
                            {u"protocolName"_s, row.protocolName()},
                            {u"address"_s, row.address.toString()}, {u"port"_s, row.port}});
                } else {
                    printLine(padded(row.familyName(), 10) + padded(row.socketTypeName(), 13)
                        + padded(u"%1 (%2)"_s.arg(row.protocolName()).arg(row.protocolNumber()), 10)
                        + padded(row.address.toString(), 40) + QString::number(row.port));
                }
            }
        });
    QObject::connect(
        &lookup, &NameLookup::recordsFound, &lookup, [&](const QList<DnsRecord> &records) {
            for (const DnsRecord &record : records) {
                if (json)
                    printJsonEvent(u"record"_s,
                        {{u"name"_s, record.name}, {u"type"_s, record.type},
                            {u"ttl"_s, qint64(record.ttl)}, {u"value"_s, record.value}});
                else
                    printLine(u"%1\t%2\t%3\t%4"_s.arg(record.name)
                                  .arg(record.ttl)
                                  .arg(record.type, record.value));
            }
        });
    QObject::connect(&lookup, &NameLookup::errorOccurred, &lookup, [&](const QString &message) {
        exitCode = ExitFailure;
        if (json)
            printJsonEvent(u"error"_s, {{u"name"_s, name}, {u"message"_s, message}});
        else
            warn(kName, message);
    });
    QObject::connect(&lookup, &NameLookup::lookupFinished, &lookup, [&](bool ok) {
        if (ok && json) {
            QJsonObject done {{u"name"_s, lookup.name()}, {u"ms"_s, lookup.elapsedMs()}};
            if (!lookup.reverseName().isEmpty())
                done.insert(u"reverseName"_s, lookup.reverseName());
            printJsonEvent(u"done"_s, done);
        } else if (ok) {
            QString summary = tr("%1: looked up in %2 ms")
                                  .arg(lookup.name(), QString::number(lookup.elapsedMs(), 'f', 1));
            if (!lookup.reverseName().isEmpty())
                summary += tr("; its name: %1").arg(lookup.reverseName());
            warn(kName, summary);
        }
        QCoreApplication::exit(exitCode);
    });

    const bool started
        = type ? lookup.lookupRecords(name, *type) : lookup.lookupAddresses(name, port);
    if (!started)
        return ExitUsage; // the reason is already printed
    return QCoreApplication::exec();
}

} // namespace netlab::cli
