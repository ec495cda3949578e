// netlab code TAB: prints the Python 3 program (or with --one-liner the shell command) that
// does what a tab does with the given settings, the same text as the tab's "Show as code"
// view. Over netlab::SocketCode.
#include "codecommanddevices.h"
#include "codecommandmqtt.h"
#include "command.h"
#include "commandline.h"
#include "portspec.h"

#include <netlab/hexcodec.h>
#include <netlab/socketcode.h>
#include <netlab/webcode.h>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>

#include <functional>
#include <map>

using namespace Qt::StringLiterals;

namespace netlab::cli {

namespace {

constexpr const char *kName = "code";

QString tr(const char *text)
{
    return QCoreApplication::translate("netlab::cli", text);
}

QString helpText()
{
    return tr(
        "Usage: netlab code TAB [OPTIONS] [ARGUMENTS]\n"
        "Print the Python 3 program a student would write to do what the tab does\n"
        "with these settings (the standard library, plus pyserial, requests or\n"
        "paho-mqtt where the course uses them), or with --one-liner the equivalent\n"
        "shell command. Comments follow the language of the user.\n"
        "\n"
        "Tabs and their arguments and options:\n"
        "  http METHOD URL          -H 'K: V' (repeatable), -d BODY, as netlab http\n"
        "  chat                     --host with --port P (default 55000) and --bind ADDR,\n"
        "                           or --join HOST[:PORT]; --nick N (the mini chat in\n"
        "                           plain mode: UTF-8 lines, both sides type at any time);\n"
        "                           --json: the netlab mode instead (one JSON object per\n"
        "                           line, as the workbench and netlab chat speak)\n"
        "  tcp-client HOST PORT     --message TEXT (default Hello), --line-ending MODE\n"
        "                           (lf, crlf, cr, none; default lf), --encoding ENC,\n"
        "                           --errors MODE\n"
        "  tcp-server               --bind ADDR, --port P (default 50000), --echo or\n"
        "                           --ack TEXT (escapes \\n \\r \\t \\0 \\\\ \\xHH), --per-line\n"
        "  udp-listen PORT[:FORMAT[:NAMES]]...\n"
        "                           as netlab udp-listen; --bind ADDR (default any4),\n"
        "                           --encoding ENC, --errors MODE\n"
        "  udp-send HOST PORT       --text T (default \"Hello, World!\") or --hex H or\n"
        "                           --format F --values V1,V2,... (a struct, as netlab\n"
        "                           udp-send packs it), --count N, --rate R, --broadcast,\n"
        "                           --encoding ENC\n"
        "  http-server              --bind ADDR, --port P (default 8080); --folder DIR\n"
        "                           (serve its files, as python3 -m http.server) or the\n"
        "                           answer to every request: --status LINE (default\n"
        "                           200 OK), -H 'K: V' (repeatable), -d BODY\n"
        "  serial PORT              the sensor-node session with pyserial; the options of\n"
        "                           netlab serial-node (--baud, --count, --ack, --format...)\n"
        "  sensors [HOST[:PORT]]    a Pi agent with requests (default 127.0.0.1:8750);\n"
        "                           --window 5m, 1h, 24h or 7d, --token T, --led on|off\n"
        "  mqtt [HOST]              --port P (default 1883), -t FILTER (subscribe;\n"
        "                           repeatable) with -q N, --publish TOPIC with\n"
        "                           --message TEXT (default 22.5) or --hex H,\n"
        "                           --pub-qos N, -r (retain); -i ID, -u USER,\n"
        "                           -P PASSWORD, --tls, --cafile FILE (paho-mqtt;\n"
        "                           --one-liner: mosquitto_pub with --publish,\n"
        "                           else mosquitto_sub -v)\n"
        "\n"
        "Options:\n"
        "  --one-liner            print the one-line shell command instead (exit\n"
        "                         status 1 when none does the same)\n"
        "  -h, --help             show this help\n"
        "\n"
        "Examples:\n"
        "  netlab code tcp-client 127.0.0.1 50000 --message 'on' > client.py\n"
        "  netlab code tcp-server --port 50000 --ack 'ACK\\n' --per-line\n"
        "  netlab code udp-listen 52001 52002:drone\n"
        "  netlab code chat --join 192.168.1.20 --nick alice\n"
        "  netlab code http GET 'http://127.0.0.1:8750/api/v1/readings?limit=10'\n"
        "  netlab code udp-send 127.0.0.1 50005 --text 'Hello, World!' --one-liner\n"
        "  netlab code udp-send 127.0.0.1 52002 --format '<hf' --values -3,21.5\n"
        "  netlab code http-server --port 8000 --folder ~/site --one-liner\n"
        "  netlab code chat --host --nick Ana --json\n");
}

struct Options
{
    QCommandLineOption message {u"message"_s, QString(), u"TEXT"_s};
    QCommandLineOption lineEnding {u"line-ending"_s, QString(), u"MODE"_s};
    QCommandLineOption encoding {u"encoding"_s, QString(), u"ENC"_s};
    QCommandLineOption errors {u"errors"_s, QString(), u"MODE"_s};
    QCommandLineOption bind {u"bind"_s, QString(), u"ADDR"_s};
    QCommandLineOption port {u"port"_s, QString(), u"P"_s};
    QCommandLineOption echo {u"echo"_s};
    QCommandLineOption ack {u"ack"_s, QString(), u"TEXT"_s};
    QCommandLineOption perLine {u"per-line"_s};
    QCommandLineOption text {u"text"_s, QString(), u"T"_s};
    QCommandLineOption hex {u"hex"_s, QString(), u"H"_s};
    QCommandLineOption count {u"count"_s, QString(), u"N"_s};
    QCommandLineOption rate {u"rate"_s, QString(), u"R"_s};
    QCommandLineOption broadcast {u"broadcast"_s};
    QCommandLineOption host {u"host"_s};
    QCommandLineOption join {u"join"_s, QString(), u"HOST[:PORT]"_s};
    QCommandLineOption nick {u"nick"_s, QString(), u"N"_s};
    QCommandLineOption header {QStringList {u"H"_s, u"header"_s}, QString(), u"K: V"_s};
    QCommandLineOption data {QStringList {u"d"_s, u"data"_s}, QString(), u"BODY"_s};
    QCommandLineOption oneLiner {u"one-liner"_s};
    QCommandLineOption format {u"format"_s, QString(), u"F"_s};
    QCommandLineOption values {u"values"_s, QString(), u"V1,V2,..."_s};
    QCommandLineOption folder {u"folder"_s, QString(), u"DIR"_s};
    QCommandLineOption status {u"status"_s, QString(), u"LINE"_s};
    QCommandLineOption json {u"json"_s};
    // mqtt (read by name in codecommandmqtt.cpp)
    QCommandLineOption mqttTopic {QStringList {u"t"_s, u"topic"_s}, QString(), u"FILTER"_s};
    QCommandLineOption mqttQos {QStringList {u"q"_s, u"qos"_s}, QString(), u"N"_s};
    QCommandLineOption mqttId {QStringList {u"i"_s, u"id"_s}, QString(), u"ID"_s};
    QCommandLineOption mqttUsername {QStringList {u"u"_s, u"username"_s}, QString(), u"U"_s};
    QCommandLineOption mqttPassword {QStringList {u"P"_s, u"pw"_s}, QString(), u"PASSWORD"_s};
    QCommandLineOption mqttTls {u"tls"_s};
    QCommandLineOption mqttCaFile {u"cafile"_s, QString(), u"FILE"_s};
    QCommandLineOption mqttPublish {u"publish"_s, QString(), u"TOPIC"_s};
    QCommandLineOption mqttPublishQos {u"pub-qos"_s, QString(), u"N"_s};
    QCommandLineOption mqttRetain {QStringList {u"r"_s, u"retain"_s}};

    using Member = QCommandLineOption Options::*;
    static QList<Member> members()
    {
        return {&Options::message, &Options::lineEnding, &Options::encoding, &Options::errors,
            &Options::bind, &Options::port, &Options::echo, &Options::ack, &Options::perLine,
            &Options::text, &Options::hex, &Options::count, &Options::rate, &Options::broadcast,
            &Options::host, &Options::join, &Options::nick, &Options::header, &Options::data,
            &Options::oneLiner, &Options::format, &Options::values, &Options::folder,
            &Options::status, &Options::json, &Options::mqttTopic, &Options::mqttQos,
            &Options::mqttId, &Options::mqttUsername, &Options::mqttPassword, &Options::mqttTls,
            &Options::mqttCaFile, &Options::mqttPublish, &Options::mqttPublishQos,
            &Options::mqttRetain};
    }
    QList<QCommandLineOption> all() const
    {
        QList<QCommandLineOption> list;
        for (const Member member : members())
            list += this->*member;
        return list;
    }
};

// What one tab's generator needs: its arguments already checked, or a usage error.
struct Request
{
    const QCommandLineParser &parser;
    const Options &options;
    QStringList arguments; // the positional arguments after TAB
    QString error; // set on failure
};

std::optional<TextCodec> codecFrom(Request &request)
{
    TextEncoding encoding = TextEncoding::Utf8;
    DecodeErrorMode mode = DecodeErrorMode::Replace;
    const QString name = request.parser.value(request.options.encoding);
    const QString key = request.parser.value(request.options.errors);
    if (request.parser.isSet(request.options.encoding)
        && !TextCodec::encodingFromName(name, &encoding)) {
        request.error = tr("--encoding: '%1' is not utf-8, ascii or latin-1").arg(name);
        return std::nullopt;
    }
    if (request.parser.isSet(request.options.errors) && !TextCodec::modeFromKey(key, &mode)) {
        request.error = tr("--errors: '%1' is not strict, replace or ignore").arg(key);
        return std::nullopt;
    }
    return TextCodec(encoding, mode);
}

// HOST PORT, the first two arguments of the client tabs.
bool hostAndPort(Request &request, QString *host, quint16 *port)
{
    if (request.arguments.size() != 2) {
        request.error = tr("needs HOST and PORT");
        return false;
    }
    *host = request.arguments.at(0).trimmed();
    if (host->isEmpty()) {
        request.error = tr("the host is empty");
        return false;
    }
    const auto parsed = parsePort(request.arguments.at(1), false, &request.error);
    if (parsed)
        *port = *parsed;
    return parsed.has_value();
}

std::optional<GeneratedCode> tcpClient(Request &request)
{
    TcpClientCode settings;
    const auto codec = codecFrom(request);
    if (!codec || !hostAndPort(request, &settings.host, &settings.port))
        return std::nullopt;
    settings.codec = *codec;
    if (request.parser.isSet(request.options.message))
        settings.message = request.parser.value(request.options.message);
    if (request.parser.isSet(request.options.lineEnding)) {
        const auto ending
            = parseLineEnding(request.parser.value(request.options.lineEnding), &request.error);
        if (!ending)
            return std::nullopt;
        settings.lineEnding = *ending;
    }
    return SocketCode::tcpClient(settings);
}

std::optional<GeneratedCode> tcpServer(Request &request)
{
    if (!request.arguments.isEmpty()) {
        request.error = tr("unexpected argument '%1'").arg(request.arguments.constFirst());
        return std::nullopt;
    }
    const Options &o = request.options;
    const auto endpoint
        = parseListenEndpoint(request.parser, o.bind, o.port, 50000, &request.error);
    if (!endpoint)
        return std::nullopt;
    TcpServerCode settings;
    settings.bindAddress = endpoint->address;
    settings.port = endpoint->port;
    settings.reply = TcpServer::AutoReply::None;
    if (request.parser.isSet(o.echo) && request.parser.isSet(o.ack)) {
        request.error = tr("--echo and --ack exclude each other");
        return std::nullopt;
    }
    if (request.parser.isSet(o.echo))
        settings.reply = TcpServer::AutoReply::Echo;
    if (request.parser.isSet(o.ack)) {
        const auto ack = parseEscapes(request.parser.value(o.ack), &request.error);
        if (!ack)
            return std::nullopt;
        settings.reply = TcpServer::AutoReply::Acknowledge;
        settings.ackText = *ack;
    }
    if (request.parser.isSet(o.perLine)) {
        if (settings.reply == TcpServer::AutoReply::None) {
            request.error = tr("--per-line needs --echo or --ack");
            return std::nullopt;
        }
        settings.unit = TcpServer::ReplyUnit::Line;
    }
    return SocketCode::tcpServer(settings);
}

std::optional<GeneratedCode> udpListen(Request &request)
{
    if (request.arguments.isEmpty()) {
        request.error = tr("give at least one PORT");
        return std::nullopt;
    }
    const auto codec = codecFrom(request);
    if (!codec)
        return std::nullopt;
    QHostAddress address(QHostAddress::AnyIPv4);
    if (request.parser.isSet(request.options.bind)) {
        const auto parsed
            = parseBindAddress(request.parser.value(request.options.bind), &request.error);
        if (!parsed)
            return std::nullopt;
        address = *parsed;
    }
    UdpListenerCode settings;
    for (const QString &text : std::as_const(request.arguments)) {
        const auto spec = parsePortSpec(text, &request.error);
        if (!spec)
            return std::nullopt;
        UdpPortConfig port;
        port.port = spec->port;
        port.bindAddress = address;
        port.decoder = spec->decoder;
        port.structFormat = spec->format;
        port.textCodec = *codec;
        settings.ports += port;
    }
    return SocketCode::udpListener(settings);
}

// --format F --values V1,V2,...: F a Python struct format or a preset (drone, sensor-node),
// the values as netlab udp-send takes them ('now' is the current time for a float field).
bool structPayload(Request &request, UdpSenderCode *settings)
{
    const QString text = request.parser.value(request.options.format);
    StructFormat format;
    bool preset = false;
    for (const StructFormatPreset &candidate : StructFormat::presets()) {
        if (text == candidate.id) {
            format = StructFormat::fromPreset(candidate);
            preset = true;
        }
    }
    if (!preset)
        format = StructFormat::parse(text);
    if (!format.isValid()) {
        request.error = tr("--format: %1").arg(format.errorString());
        return false;
    }
    QStringList values;
    for (const QString &list : request.parser.values(request.options.values))
        values += list.split(u',');
    const QList<StructField> fields = format.fields();
    const QString now = QString::number(QDateTime::currentMSecsSinceEpoch() / 1000.0, 'f', 3);
    for (qsizetype k = 0; k < values.size() && k < fields.size(); ++k) {
        const char code = fields.at(k).code;
        if (values.at(k).trimmed() == u"now" && (code == 'd' || code == 'f' || code == 'e'))
            values[k] = now;
    }
    QByteArray packed;
    if (!format.valuesFromStrings(values, settings->values, &request.error)
        || !format.encode(settings->values, packed, &request.error))
        return false;
    settings->payload = UdpSenderCode::Payload::Struct;
    settings->format = format;
    return true;
}

std::optional<GeneratedCode> udpSend(Request &request)
{
    UdpSenderCode settings;
    const Options &o = request.options;
    const auto codec = codecFrom(request);
    if (!codec || !hostAndPort(request, &settings.host, &settings.port))
        return std::nullopt;
    settings.codec = *codec;
    if (int(request.parser.isSet(o.text)) + int(request.parser.isSet(o.hex))
            + int(request.parser.isSet(o.format))
        > 1) {
        request.error = tr("give one of --text, --hex or --format");
        return std::nullopt;
    }
    if (request.parser.isSet(o.values) != request.parser.isSet(o.format)) {
        request.error = tr("--format and --values go together");
        return std::nullopt;
    }
    if (request.parser.isSet(o.format) && !structPayload(request, &settings))
        return std::nullopt;
    if (request.parser.isSet(o.text))
        settings.text = request.parser.value(o.text);
    if (request.parser.isSet(o.hex)) {
        const HexParseResult parsed = parseHex(request.parser.value(o.hex));
        if (!parsed.ok) {
            request.error = tr("--hex: %1").arg(parsed.errorString);
            return std::nullopt;
        }
        settings.payload = UdpSenderCode::Payload::Bytes;
        settings.bytes = parsed.bytes;
    }
    if (request.parser.isSet(o.count)) {
        const auto count
            = parseInt(request.parser.value(o.count), u"--count"_s, 1, 1000000000, &request.error);
        if (!count)
            return std::nullopt;
        settings.count = *count;
    }
    if (request.parser.isSet(o.rate)) {
        bool ok = false;
        settings.rate = request.parser.value(o.rate).toDouble(&ok);
        if (!ok || !(settings.rate > 0) || settings.rate > 1e6) {
            request.error = tr("--rate: '%1' is not a number of datagrams per second")
                                .arg(request.parser.value(o.rate));
            return std::nullopt;
        }
    }
    settings.broadcast = request.parser.isSet(o.broadcast);
    return SocketCode::udpSender(settings);
}

// --join HOST[:PORT], IPv6 as [::1]:55000 (a bare IPv6 address has no port).
bool parseJoin(const QString &text, ChatCode *settings, QString *error)
{
    QString host = text.trimmed();
    QString port;
    if (host.startsWith(u'[') && host.contains(u"]"_s)) {
        const qsizetype close = host.indexOf(u']');
        port = host.mid(close + 1);
        host = host.mid(1, close - 1);
        if (!port.isEmpty() && !port.startsWith(u':')) {
            *error = tr("--join: '%1' is not HOST[:PORT]").arg(text);
            return false;
        }
        port = port.mid(1);
    } else if (host.count(u':') == 1) {
        port = host.section(u':', 1);
        host = host.section(u':', 0, 0);
    }
    if (host.isEmpty()) {
        *error = tr("the host is empty");
        return false;
    }
    settings->peerHost = host;
    if (port.isEmpty())
        return true;
    const auto parsed = parsePort(port, false, error);
    if (parsed)
        settings->port = *parsed;
    return parsed.has_value();
}

std::optional<GeneratedCode> chat(Request &request)
{
    const Options &o = request.options;
    if (!request.arguments.isEmpty()) {
        request.error = tr("unexpected argument '%1'").arg(request.arguments.constFirst());
        return std::nullopt;
    }
    ChatCode settings;
    settings.nickname = request.parser.value(o.nick).trimmed();
    settings.netlab = request.parser.isSet(o.json);
    settings.host = request.parser.isSet(o.host);
    if (settings.host == request.parser.isSet(o.join)) {
        request.error = tr("give --host or --join HOST[:PORT]");
        return std::nullopt;
    }
    if (!settings.host) {
        if (request.parser.isSet(o.port) || request.parser.isSet(o.bind)) {
            request.error = tr("--port and --bind go with --host; join as HOST:PORT");
            return std::nullopt;
        }
        if (!parseJoin(request.parser.value(o.join), &settings, &request.error))
            return std::nullopt;
        return SocketCode::chat(settings);
    }
    const auto endpoint
        = parseListenEndpoint(request.parser, o.bind, o.port, 55000, &request.error);
    if (!endpoint)
        return std::nullopt;
    settings.bindAddress = endpoint->address;
    settings.port = endpoint->port;
    return SocketCode::chat(settings);
}

std::optional<GeneratedCode> http(Request &request)
{
    if (request.arguments.size() != 2) {
        request.error = tr("needs METHOD and URL");
        return std::nullopt;
    }
    HttpClientCode settings;
    settings.method = request.arguments.at(0).toUpper();
    settings.url = request.arguments.at(1);
    for (const QString &header : request.parser.values(request.options.header)) {
        const qsizetype colon = header.indexOf(u':');
        if (colon <= 0) {
            request.error = tr("-H: '%1' is not 'Name: value'").arg(header);
            return std::nullopt;
        }
        settings.headers.append({header.left(colon).trimmed(), header.mid(colon + 1).trimmed()});
    }
    settings.body = request.parser.value(request.options.data).toUtf8();
    return WebCode::httpClient(settings);
}

std::optional<GeneratedCode> httpServer(Request &request)
{
    const Options &o = request.options;
    if (!request.arguments.isEmpty()) {
        request.error = tr("unexpected argument '%1'").arg(request.arguments.constFirst());
        return std::nullopt;
    }
    const auto endpoint = parseListenEndpoint(request.parser, o.bind, o.port, 8080, &request.error);
    if (!endpoint)
        return std::nullopt;
    const bool canned = request.parser.isSet(o.status) || request.parser.isSet(o.header)
        || request.parser.isSet(o.data);
    if (request.parser.isSet(o.folder)) {
        if (canned) {
            request.error = tr("--folder serves files: --status, -H and -d do not go with it");
            return std::nullopt;
        }
        HttpFolderCode settings;
        settings.bindAddress = endpoint->address;
        settings.port = endpoint->port;
        settings.folder = request.parser.value(o.folder);
        if (settings.folder.isEmpty()) {
            request.error = tr("--folder: the folder is empty");
            return std::nullopt;
        }
        return WebCode::httpFolder(settings);
    }
    HttpServerCode settings;
    settings.bindAddress = endpoint->address;
    settings.port = endpoint->port;
    if (request.parser.isSet(o.status))
        settings.statusLine = request.parser.value(o.status).trimmed();
    if (request.parser.isSet(o.header)) {
        settings.headers.clear();
        for (const QString &header : request.parser.values(o.header)) {
            if (header.indexOf(u':') <= 0) {
                request.error = tr("-H: '%1' is not 'Name: value'").arg(header);
                return std::nullopt;
            }
            settings.headers += header.trimmed();
        }
    }
    if (request.parser.isSet(o.data))
        settings.body = request.parser.value(o.data).toUtf8();
    return WebCode::httpServer(settings);
}

using Generator = std::function<std::optional<GeneratedCode>(Request &)>;

// Each tab with the options that apply to it (--one-liner applies to all).
struct Tab
{
    Generator generate;
    QList<Options::Member> options;
};

} // namespace

int runCode(const QStringList &arguments)
{
    const Options options;
    QCommandLineParser parser;
    parser.addOptions(options.all());
    const DeviceCodeOptions devices(options.all());
    parser.addOptions(devices.options());
    parser.addPositionalArgument(u"tab"_s, QString());
    if (const auto exit = parseOrExit(parser, kName, arguments, helpText()))
        return *exit;

    const std::map<QString, Tab> tabs {
        {u"http"_s, {http, {&Options::header, &Options::data}}},
        {u"chat"_s,
            {chat,
                {&Options::host, &Options::join, &Options::nick, &Options::port, &Options::bind,
                    &Options::json}}},
        {u"tcp-client"_s,
            {tcpClient,
                {&Options::message, &Options::lineEnding, &Options::encoding, &Options::errors}}},
        {u"tcp-server"_s,
            {tcpServer,
                {&Options::bind, &Options::port, &Options::echo, &Options::ack,
                    &Options::perLine}}},
        {u"udp-listen"_s, {udpListen, {&Options::bind, &Options::encoding, &Options::errors}}},
        {u"udp-send"_s,
            {udpSend,
                {&Options::text, &Options::hex, &Options::count, &Options::rate,
                    &Options::broadcast, &Options::encoding, &Options::errors, &Options::format,
                    &Options::values}}},
        {u"http-server"_s,
            {httpServer,
                {&Options::bind, &Options::port, &Options::folder, &Options::status,
                    &Options::header, &Options::data}}},
        {u"serial"_s,
            {[&devices](Request &r) {
                 return devices.generate(u"serial"_s, r.parser, r.arguments, &r.error);
             },
                {}}},
        {u"sensors"_s,
            {[&devices](Request &r) {
                 return devices.generate(u"sensors"_s, r.parser, r.arguments, &r.error);
             },
                {}}},
        {u"mqtt"_s,
            {[](Request &r) { return mqttCode(r.parser, r.arguments, &r.error); },
                {&Options::port, &Options::message, &Options::hex, &Options::mqttTopic,
                    &Options::mqttQos, &Options::mqttId, &Options::mqttUsername,
                    &Options::mqttPassword, &Options::mqttTls, &Options::mqttCaFile,
                    &Options::mqttPublish, &Options::mqttPublishQos, &Options::mqttRetain}}},
    };
    QStringList positional = parser.positionalArguments();
    if (positional.isEmpty())
        return usageError(kName,
            tr("needs a TAB: chat, http, http-server, mqtt, sensors, serial, tcp-client, "
               "tcp-server, udp-listen or udp-send"));
    const QString tabName = positional.takeFirst();
    const auto tab = tabs.find(tabName);
    if (tab == tabs.end())
        return usageError(kName,
            tr("'%1' is not a tab: chat, http, http-server, mqtt, sensors, serial, "
               "tcp-client, tcp-server, udp-listen or udp-send")
                .arg(tabName));
    for (const Options::Member member : Options::members()) {
        const QList<Options::Member> &allowed = tab->second.options;
        const bool applies = member == &Options::oneLiner || allowed.contains(member)
            || DeviceCodeOptions::takes(tabName, (options.*member).names().constFirst());
        if (!applies && parser.isSet(options.*member))
            return usageError(kName,
                tr("--%1 does not apply to %2")
                    .arg((options.*member).names().constFirst(), tabName));
    }
    if (const QString misplaced = devices.misplaced(parser, tabName); !misplaced.isEmpty())
        return usageError(kName, tr("--%1 does not apply to %2").arg(misplaced, tabName));

    Request request {parser, options, positional, QString()};
    const std::optional<GeneratedCode> code = tab->second.generate(request);
    if (!code)
        return usageError(kName, request.error);
    if (!parser.isSet(options.oneLiner)) {
        writeOut(code->python.toUtf8());
        return ExitOk;
    }
    if (code->oneLiner.isEmpty())
        return runtimeError(kName,
            tr("no one-line shell command does what %1 does with these "
               "settings; leave out --one-liner for the Python program")
                .arg(tabName));
    printLine(code->oneLiner);
    return ExitOk;
}

} // namespace netlab::cli
