// netlab http METHOD URL: one HTTP request, the response's status line, headers and body on
// standard output (like curl -i). With --raw, the request is the bytes of standard input, sent
// exactly; the answer is parsed with the same parser. Over netlab::HttpClient, the core of the
// workbench's HTTP client tab.
#include "command.h"
#include "commandline.h"

#include <netlab/httpclient.h>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QTextStream>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace netlab::cli {

namespace {

constexpr const char *kName = "http";
constexpr qint64 kMaxRawRequest = 16 * 1024 * 1024;

QString tr(const char *text)
{
    return QCoreApplication::translate("netlab::cli", text);
}

QString helpText()
{
    return tr("Usage: netlab http [OPTIONS] METHOD URL\n"
              "Send one HTTP request and print the response's status line, headers and body,\n"
              "like curl -i. Redirects are followed and each hop is reported on stderr.\n"
              "\n"
              "Options:\n"
              "  -H, --header 'K: V'    add a request header (repeatable)\n"
              "  -d, --data BODY        send BODY (as given, UTF-8); Content-Type is\n"
              "                         application/x-www-form-urlencoded unless -H sets one\n"
              "  --raw                  send standard input as the request, byte for byte, to\n"
              "                         URL's host and port (TLS for https://); METHOD is only\n"
              "                         a reminder then. The exact response bytes are parsed.\n"
              "  --timing               print name lookup, connect, TLS, first byte and total\n"
              "                         times on stderr\n"
              "  --max-bytes N          refuse a response larger than N bytes (default 16 MiB)\n"
              "  --timeout MS           give up after MS milliseconds (default 30000)\n"
              "  --insecure             accept a certificate that does not verify\n"
              "  -h, --help             show this help\n"
              "\n"
              "Exit status: 0 when a response arrived (whatever its status code), 1 when none\n"
              "did (refused, timeout, malformed or too large), 2 for bad arguments.\n"
              "\n"
              "Examples:\n"
              "  netlab http GET 'http://127.0.0.1:8080/?name=Zo%C3%A9'\n"
              "  netlab http POST http://127.0.0.1:8750/api -H 'Content-Type: application/json' "
              "-d '{\"on\": true}'\n"
              "  printf 'GET / HTTP/1.0\\r\\nHost: example.org\\r\\n\\r\\n' | netlab http GET "
              "http://example.org/ --raw\n");
}

QString formatMs(double ms)
{
    return ms < 0 ? u"-"_s : QString::number(ms, 'f', 2) + u" ms"_s;
}

} // namespace

int runHttp(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption headerOption({u"H"_s, u"header"_s}, QString(), u"K: V"_s);
    const QCommandLineOption dataOption({u"d"_s, u"data"_s}, QString(), u"BODY"_s);
    const QCommandLineOption rawOption(u"raw"_s);
    const QCommandLineOption timingOption(u"timing"_s);
    const QCommandLineOption maxBytesOption(u"max-bytes"_s, QString(), u"N"_s);
    const QCommandLineOption timeoutOption(u"timeout"_s, QString(), u"MS"_s);
    const QCommandLineOption insecureOption(u"insecure"_s);
    parser.addOptions({headerOption, dataOption, rawOption, timingOption, maxBytesOption,
        timeoutOption, insecureOption});
    if (const auto exit = parseOrExit(parser, kName, arguments, helpText()))
        return *exit;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2)
        return usageError(kName,
            positional.size() < 2 ? tr("needs METHOD and URL")
                                  : tr("unexpected argument '%1'").arg(positional.at(2)));

    QString error;
    HttpClient client;
    if (parser.isSet(maxBytesOption)) {
        const auto parsed = parseInt(
            parser.value(maxBytesOption), u"--max-bytes"_s, 1, 1024 * 1024 * 1024, &error);
        if (!parsed)
            return usageError(kName, error);
        client.setMaxResponseBytes(*parsed);
    }
    if (parser.isSet(timeoutOption)) {
        const auto parsed
            = parseInt(parser.value(timeoutOption), u"--timeout"_s, 1, 3'600'000, &error);
        if (!parsed)
            return usageError(kName, error);
        client.setTimeoutMs(*parsed);
    }
    client.setIgnoreSslErrors(parser.isSet(insecureOption));

    HttpClientRequest request;
    request.method = positional.at(0);
    request.url = positional.at(1);
    if (request.method.trimmed().isEmpty() || request.method.contains(u' '))
        return usageError(
            kName, tr("'%1' is not a method such as GET or POST").arg(request.method));
    const QStringList headers = parser.values(headerOption);
    for (const QString &header : headers) {
        const qsizetype colon = header.indexOf(u':');
        if (colon <= 0)
            return usageError(kName, tr("header '%1': write it as 'Name: value'").arg(header));
        request.headers.append({header.left(colon).trimmed(), header.mid(colon + 1).trimmed()});
    }
    if (parser.isSet(dataOption)) {
        request.bodyKind = HttpClientRequest::BodyKind::Raw;
        request.bodyText = parser.value(dataOption);
        bool hasType = false;
        for (const auto &header : std::as_const(request.headers))
            hasType |= header.first.compare(u"Content-Type", Qt::CaseInsensitive) == 0;
        if (!hasType)
            request.headers.append({u"Content-Type"_s, u"application/x-www-form-urlencoded"_s});
    }
    const QUrl url = request.effectiveUrl(&error);
    if (!url.isValid())
        return usageError(kName, error);

    QObject::connect(
        &client, &HttpClient::finished, &client, [&client, &parser, &timingOption](bool ok) {
            const HttpClient::Result &result = client.lastResult();
            QTextStream err(stderr);
            for (const HttpClient::Redirect &hop : result.redirects)
                err << tr("redirected: %1 %2 -> %3")
                           .arg(hop.statusCode)
                           .arg(hop.url.toString(), hop.location.toString())
                    << '\n';
            if (result.statusCode != 0) {
                QByteArray head = result.httpVersion + ' ' + QByteArray::number(result.statusCode)
                    + ' ' + result.reasonPhrase + "\r\n";
                for (const auto &[name, value] : result.headers)
                    head += name + ": " + value + "\r\n";
                head += "\r\n";
                writeOut(head);
                writeOut(result.body);
            }
            if (parser.isSet(timingOption)) {
                err << tr("timing: lookup %1, connect %2, TLS %3, first byte %4, total %5")
                           .arg(formatMs(result.timing.lookupMs), formatMs(result.timing.connectMs),
                               formatMs(result.timing.tlsMs), formatMs(result.timing.firstByteMs),
                               formatMs(result.timing.totalMs))
                    << '\n';
                for (const QString &certificate : result.certificateChain)
                    err << tr("certificate: %1").arg(certificate) << '\n';
            }
            err.flush();
            if (!ok)
                warn(kName, result.errorString);
            QCoreApplication::exit(ok ? ExitOk : ExitFailure);
        });

    QString refusal;
    const auto refused = QObject::connect(&client, &HttpClient::errorOccurred, &client,
        [&refusal](const QString &message) { refusal = message; });
    bool started = false;
    if (parser.isSet(rawOption)) {
        QFile in;
        if (!in.open(stdin, QIODevice::ReadOnly | QIODevice::Unbuffered))
            return runtimeError(kName, tr("cannot read standard input: %1").arg(in.errorString()));
        QByteArray bytes;
        for (;;) {
            const QByteArray chunk = in.read(64 * 1024);
            if (chunk.isEmpty())
                break; // end of input (or a read error, reported below)
            bytes += chunk;
            if (bytes.size() > kMaxRawRequest)
                return runtimeError(kName,
                    tr("the request on standard input is larger than %1 bytes")
                        .arg(kMaxRawRequest));
        }
        if (in.error() != QFileDevice::NoError)
            return runtimeError(kName, tr("cannot read standard input: %1").arg(in.errorString()));
        if (bytes.isEmpty())
            return usageError(kName, tr("--raw: standard input is empty; pipe the request in"));
        started = client.sendRaw(url, bytes);
    } else {
        started = client.send(request);
    }
    QObject::disconnect(refused);
    if (!started)
        return runtimeError(kName, refusal);
    return QCoreApplication::exec();
}

} // namespace netlab::cli
