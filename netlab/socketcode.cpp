#include "socketcode.h"

using namespace Qt::StringLiterals;

namespace netlab {

namespace {

// StructValue::toString() prints values as Python does; only inf and nan need float("...").
QString structValueLiteral(const StructValue &value)
{
    if (value.type == StructValue::Type::Float && !qIsFinite(value.f))
        return u"float(\""_s + value.toString() + u"\")"_s;
    return value.toString();
}

} // namespace

QString SocketCode::listeningServer(const PythonBind &bind)
{
    return u"with socket.create_server(\n    (HOST, PORT), family="_s + bind.family
        + (bind.dualStack ? u", dualstack_ipv6=socket.has_dualstack_ipv6()"_s : QString())
        + u"\n) as server:\n    print("_s + pythonString(SocketCode::tr("Listening on port"))
        + u", server.getsockname()[1])\n"_s;
}

SocketCode::PythonBind SocketCode::pythonBind(const QHostAddress &address)
{
    if (address == QHostAddress(QHostAddress::Any))
        return {u"\"::\""_s, u"socket.AF_INET6"_s, true};
    if (address == QHostAddress(QHostAddress::AnyIPv4))
        return {u"\"0.0.0.0\""_s, u"socket.AF_INET"_s};
    const bool v6 = address.protocol() == QAbstractSocket::IPv6Protocol;
    return {pythonString(address.toString()), v6 ? u"socket.AF_INET6"_s : u"socket.AF_INET"_s};
}

GeneratedCode SocketCode::tcpClient(const TcpClientCode &settings)
{
    const QString encoding = pythonEncoding(settings.codec.encoding());
    const bool lines = !settings.raw && !settings.lineEnding.isEmpty();
    QString py
        = pythonHeader(tr("TCP client: connects to HOST on PORT, sends one message and prints "
                          "the reply."));
    py += u"import socket\n\n"_s;
    py += pythonAssign(u"HOST"_s, pythonString(settings.host));
    py += pythonAssign(u"PORT"_s, QString::number(settings.port));
    if (settings.raw) {
        py += pythonAssign(u"DATA"_s, pythonBytes(settings.bytes));
    } else {
        py += pythonAssign(u"MESSAGE"_s, pythonString(settings.message));
        if (lines)
            py += pythonAssign(
                u"LINE_ENDING"_s, pythonString(QString::fromLatin1(settings.lineEnding)));
        py += pythonAssign(u"ENCODING"_s, pythonString(encoding));
        py += pythonAssign(u"ERRORS"_s, pythonString(pythonErrors(settings.codec.errorMode())),
            tr("bytes that ENCODING cannot represent: strict, replace or ignore"));
    }
    py += u'\n';
    py += pythonComment(tr("create_connection() resolves the name and tries each address "
                           "(IPv4 or IPv6) in turn."));
    py += u"with socket.create_connection((HOST, PORT), timeout=10) as sock:\n"_s;
    if (settings.raw)
        py += u"    data = DATA\n"_s;
    else
        py += u"    data = "_s + (lines ? u"(MESSAGE + LINE_ENDING)"_s : u"MESSAGE"_s)
            + u".encode(ENCODING, ERRORS)\n"_s;
    py += pythonComment(tr("sendall() loops until every byte is sent: send() may send only part "
                           "of them."),
        u"    "_s);
    py += u"    sock.sendall(data)\n"_s;
    py += pythonPrint(u"    "_s, tr("Sent:"), u"data"_s);
    if (lines) {
        py += pythonComment(tr("recv() returns what has arrived so far, maybe only part of the "
                               "reply: read until the end of the line (its last character: "
                               "many servers end their lines with \\n alone)."),
            u"    "_s);
        py += u"    reply = b\"\"\n"_s;
        py += u"    while not reply.endswith(LINE_ENDING[-1:].encode(ENCODING)):\n"_s;
        py += u"        chunk = sock.recv(1024)\n"_s;
        py += u"        if not chunk:  # "_s + tr("the server closed the connection") + u'\n';
        py += u"            break\n"_s;
        py += u"        reply += chunk\n"_s;
    } else {
        py += pythonComment(
            tr("recv() returns what has arrived so far, at most 1024 bytes."), u"    "_s);
        py += u"    reply = sock.recv(1024)\n"_s;
    }
    py += u"    print("_s + pythonString(tr("Received:"))
        + (settings.raw ? u", reply)\n"_s : u", reply.decode(ENCODING, ERRORS))\n"_s);

    const QByteArray wire = settings.raw
        ? settings.bytes
        : settings.codec.encode(settings.message).bytes + settings.lineEnding;
    const QString oneLiner = u"printf "_s + shellPrintf(wire) + u" | nc -q 1 "_s
        + shellWord(settings.host) + u' ' + QString::number(settings.port);
    return {py, oneLiner};
}

GeneratedCode SocketCode::tcpServer(const TcpServerCode &settings)
{
    const PythonBind bind = pythonBind(settings.bindAddress);
    const bool ack = settings.reply == TcpServer::AutoReply::Acknowledge;
    const bool answers = settings.reply != TcpServer::AutoReply::None;
    const bool lines = settings.unit == TcpServer::ReplyUnit::Line && answers;
    const QString answer = ack ? u"conn.sendall(ACK)"_s
                               : (lines ? u"conn.sendall(line)"_s : u"conn.sendall(data)"_s);
    QString what = tr("TCP server: accepts many clients at once and prints what each one sends.");
    if (ack)
        what = tr("TCP server: accepts many clients at once, prints what each one sends and "
                  "acknowledges it.");
    else if (answers)
        what = tr("TCP server: accepts many clients at once, prints what each one sends and "
                  "echoes it.");
    QString py = pythonHeader(what);
    py += u"import socket\nimport threading\n\n"_s;
    py += pythonAssign(u"HOST"_s, bind.host);
    py += pythonAssign(u"PORT"_s, QString::number(settings.port),
        settings.port == 0 ? tr("0: any free port") : QString());
    if (ack)
        py += pythonAssign(u"ACK"_s, pythonBytes(settings.ackText));
    py += u"\n\ndef handle(conn, address):\n"_s;
    py += pythonComment(tr("Runs in its own thread for each client: a slow client does not keep "
                           "the others waiting."),
        u"    "_s);
    py += pythonPrint(u"    "_s, tr("Connected:"), u"address"_s);
    py += u"    with conn:\n"_s;
    if (lines) {
        py += pythonComment(tr("makefile() buffers the stream and hands out one complete line "
                               "at a time, its end of line included."),
            u"        "_s);
        py += u"        for line in conn.makefile(\"rb\"):\n"_s;
        py += u"            print(address, line)\n"_s;
        py += u"            "_s + answer + u'\n';
    } else {
        py += u"        while True:\n"_s;
        py += pythonComment(tr("recv() returns what has arrived so far: a chunk, not a message."),
            u"            "_s);
        py += u"            data = conn.recv(1024)\n"_s;
        py += u"            if not data:  # "_s + tr("empty: the client closed the connection")
            + u'\n';
        py += u"                break\n"_s;
        py += u"            print(address, data)\n"_s;
        if (answers)
            py += u"            "_s + answer + u'\n';
    }
    py += pythonPrint(u"    "_s, tr("Disconnected:"), u"address"_s) + u"\n\n"_s;
    py += pythonComment(tr("The listening socket only accepts; each accept() returns a new, "
                           "connected socket for one client."));
    py += listeningServer(bind);
    py += u"    while True:\n"_s;
    py += u"        conn, address = server.accept()\n"_s;
    py += u"        threading.Thread(target=handle, args=(conn, address), daemon=True).start()\n"_s;

    QString oneLiner;
    const QString port = QString::number(settings.port);
    if (settings.reply == TcpServer::AutoReply::None)
        oneLiner = u"nc -l -k "_s + port;
    else if (settings.reply == TcpServer::AutoReply::Echo)
        oneLiner = u"socat TCP-LISTEN:"_s + port + u",reuseaddr,fork EXEC:cat"_s;
    return {py, oneLiner};
}

GeneratedCode SocketCode::udpListener(const UdpListenerCode &settings)
{
    const QHostAddress address = settings.ports.isEmpty() ? QHostAddress(QHostAddress::AnyIPv4)
                                                          : settings.ports.constFirst().bindAddress;
    PythonBind bind = pythonBind(address);
    if (bind.dualStack) // UDP sockets have no create_server(): listen on IPv4 for the lab
        bind = pythonBind(QHostAddress(QHostAddress::AnyIPv4));
    bool anyStruct = false;
    QString table;
    for (const UdpPortConfig &port : settings.ports) {
        QString decoder;
        switch (port.decoder) {
        case UdpDecoder::Struct: {
            anyStruct = true;
            QStringList names;
            for (const QString &name : port.structFormat.names())
                names += pythonString(name);
            decoder = u"struct.Struct("_s + pythonString(port.structFormat.formatString())
                + u"),\n     ("_s + names.join(u", "_s) + (names.size() == 1 ? u",)"_s : u")"_s);
            break;
        }
        case UdpDecoder::Hex:
            decoder = u"\"hex\", None"_s;
            break;
        case UdpDecoder::Text:
            decoder = pythonString(pythonEncoding(port.textCodec.encoding())) + u", "_s
                + pythonString(pythonErrors(port.textCodec.errorMode()));
            break;
        }
        table += u"    ("_s + QString::number(port.port) + u", "_s + decoder + u"),\n"_s;
    }

    QString py
        = pythonHeader(tr("UDP listener: waits on every port at once with selectors (select) "
                          "and prints each datagram, decoded."));
    py += u"import selectors\nimport socket\n"_s + (anyStruct ? u"import struct\n"_s : QString());
    py += u'\n' + pythonAssign(u"HOST"_s, bind.host);
    py += pythonComment(tr("One row per port: (port, decoder, details). A decoder is a text "
                           "encoding with its error mode, \"hex\", or a struct.Struct with one "
                           "name per field (a format as in Python's struct module)."));
    py += u"PORTS = [\n"_s + table + u"]\n\n"_s;
    py += u"selector = selectors.DefaultSelector()\n"_s;
    py += u"for port, decoder, details in PORTS:\n"_s;
    py += u"    sock = socket.socket("_s + bind.family + u", socket.SOCK_DGRAM)\n"_s;
    py += u"    sock.bind((HOST, port))\n"_s;
    py += u"    selector.register(sock, selectors.EVENT_READ, (decoder, details))\n"_s;
    py += pythonPrint(u"    "_s, tr("Listening on UDP port"), u"sock.getsockname()[1]"_s) + u"\n"_s;
    py += pythonComment(tr("select() sleeps until at least one socket has a datagram: no port "
                           "waits for another."));
    py += u"while True:\n"_s;
    py += u"    for key, _events in selector.select():\n"_s;
    py += u"        sock = key.fileobj\n"_s;
    py += u"        decoder, details = key.data\n"_s;
    py += pythonComment(
        tr("One recvfrom() returns one whole datagram and who sent it."), u"        "_s);
    py += u"        data, sender = sock.recvfrom(65535)\n"_s;
    py += u"        port = sock.getsockname()[1]\n"_s;
    py += u"        if decoder == \"hex\":\n"_s;
    py += u"            print(port, sender, data.hex(\" \"))\n"_s;
    if (anyStruct) {
        py += u"        elif isinstance(decoder, struct.Struct):\n"_s;
        py += u"            if len(data) != decoder.size:\n"_s;
        py += u"                print(port, sender, "_s + pythonString(tr("bad frame, bytes:"))
            + u", len(data), "_s + pythonString(tr("expected:")) + u", decoder.size)\n"_s;
        py += u"                continue\n"_s;
        py += u"            values = dict(zip(details, decoder.unpack(data)))\n"_s;
        py += u"            print(port, sender, values)\n"_s;
    }
    py += u"        else:\n"_s;
    py += u"            print(port, sender, data.decode(decoder, details))\n"_s;

    QString oneLiner;
    if (settings.ports.size() == 1 && settings.ports.constFirst().decoder == UdpDecoder::Text)
        oneLiner = u"nc -u -l -k "_s + QString::number(settings.ports.constFirst().port);
    return {py, oneLiner};
}

GeneratedCode SocketCode::udpSender(const UdpSenderCode &settings)
{
    using Payload = UdpSenderCode::Payload;
    const bool repeat = settings.count != 1;
    const bool paced = repeat && settings.rate > 0;
    QString py = pythonHeader(tr("UDP sender: sends datagrams to HOST on PORT."));
    py += u"import socket\n"_s;
    if (settings.payload == Payload::Struct)
        py += u"import struct\n"_s;
    if (paced)
        py += u"import time\n"_s;
    py += u'\n' + pythonAssign(u"HOST"_s, pythonString(settings.host));
    py += pythonAssign(u"PORT"_s, QString::number(settings.port));
    QByteArray wire;
    switch (settings.payload) {
    case Payload::Text:
        wire = settings.codec.encode(settings.text).bytes;
        py += pythonAssign(u"MESSAGE"_s,
            pythonString(settings.text) + u".encode("_s
                + pythonString(pythonEncoding(settings.codec.encoding())) + u", "_s
                + pythonString(pythonErrors(settings.codec.errorMode())) + u')');
        break;
    case Payload::Bytes:
        wire = settings.bytes;
        py += pythonAssign(u"MESSAGE"_s, pythonBytes(settings.bytes));
        break;
    case Payload::Struct: {
        QStringList values;
        for (const StructValue &value : settings.values)
            values += structValueLiteral(value);
        py += pythonAssign(u"FORMAT"_s, pythonString(settings.format.formatString()));
        if (!settings.format.names().isEmpty())
            py += pythonComment(settings.format.names().join(u", "_s));
        py += pythonAssign(
            u"VALUES"_s, u'(' + values.join(u", "_s) + (values.size() == 1 ? u",)"_s : u")"_s));
        py += pythonComment(tr("pack() lays the values out as bytes exactly as the format says."));
        py += pythonAssign(u"MESSAGE"_s, u"struct.pack(FORMAT, *VALUES)"_s);
        break;
    }
    }
    if (repeat)
        py += pythonAssign(u"COUNT"_s, QString::number(settings.count));
    if (paced)
        py += pythonAssign(u"INTERVAL"_s, QString::number(1.0 / settings.rate, 'g', 6),
            tr("seconds between datagrams"));
    py += u"\nwith socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as sock:\n"_s;
    if (settings.broadcast) {
        py += pythonComment(tr("Sending to a broadcast address needs permission."), u"    "_s);
        py += u"    sock.setsockopt(socket.SOL_SOCKET, socket.SO_BROADCAST, 1)\n"_s;
    }
    QString indent = u"    "_s;
    if (repeat) {
        py += u"    for _ in range(COUNT):\n"_s;
        indent += u"    "_s;
    }
    py += pythonComment(
        tr("No connection: each sendto() sends one datagram, which may be lost."), indent);
    py += indent + u"sock.sendto(MESSAGE, (HOST, PORT))\n"_s;
    if (paced)
        py += indent + u"time.sleep(INTERVAL)\n"_s;
    py += pythonPrint(u"    "_s, tr("Sent:"), u"MESSAGE"_s);

    QString oneLiner;
    if (settings.payload != Payload::Struct && !repeat)
        oneLiner = u"printf "_s + shellPrintf(wire) + u" | nc -u -w 1 "_s
            + (settings.broadcast ? u"-b "_s : QString()) + shellWord(settings.host) + u' '
            + QString::number(settings.port);
    return {py, oneLiner};
}

GeneratedCode SocketCode::chat(const ChatCode &settings)
{
    if (settings.netlab)
        return netlabChat(settings);
    QString py
        = pythonHeader(tr("Mini chat: %1, then both sides can type at any time. Lines are UTF-8 "
                          "text, as with nc.")
                           .arg(settings.host ? tr("waits for one classmate on PORT")
                                              : tr("joins the chat at HOST on PORT")));
    py += u"import socket\nimport sys\nimport threading\n\n"_s;
    py += chatEndpoint(settings);
    py += pythonAssign(u"PREFIX"_s,
        pythonString(settings.nickname.isEmpty() ? QString() : settings.nickname + u": "_s),
        tr("put before each line you send"));
    py += u"\n\ndef receive(sock):\n"_s;
    py += pythonComment(tr("Runs in a thread: prints each line from the other side as soon as "
                           "it arrives, while the main thread waits for what you type."),
        u"    "_s);
    py += u"    with sock.makefile(\"r\", encoding=\"utf-8\", errors=\"replace\") as lines:\n"_s;
    py += u"        for line in lines:\n"_s;
    py += u"            print(line, end=\"\")\n"_s;
    py += pythonPrint(u"    "_s, tr("The other side left.")) + u"\n\n"_s;
    py += u"def chat(sock):\n"_s;
    py += u"    receiver = threading.Thread(target=receive, args=(sock,), daemon=True)\n"_s;
    py += u"    receiver.start()\n"_s;
    py += pythonComment(
        tr("Each line typed (until Ctrl+D) goes out at once, ended by \\n."), u"    "_s);
    py += u"    for line in sys.stdin:\n"_s;
    py += u"        sock.sendall((PREFIX + line.rstrip(\"\\r\\n\") + \"\\n\").encode(\"utf-8\"))\n"_s;
    py += pythonComment(tr("Done typing: say so (the other side sees the end of the stream) "
                           "and read what is still coming."),
        u"    "_s);
    py += u"    sock.shutdown(socket.SHUT_WR)\n"_s;
    py += u"    receiver.join()\n\n\n"_s;
    py += chatConnection(settings);
    const QString port = QString::number(settings.port);
    const QString oneLiner = settings.host ? u"nc -l "_s + port
                                           : u"nc "_s + shellWord(settings.peerHost) + u' ' + port;
    return {py, oneLiner};
}

// Where the chat program connects or listens, and the "def chat(sock)" it runs there.
QString SocketCode::chatEndpoint(const ChatCode &settings)
{
    QString py;
    if (settings.host) {
        const PythonBind bind = pythonBind(settings.bindAddress);
        py += pythonAssign(u"HOST"_s, bind.host);
        py += pythonAssign(u"PORT"_s, QString::number(settings.port),
            settings.port == 0 ? tr("0: any free port") : QString());
    } else {
        py += pythonAssign(u"HOST"_s, pythonString(settings.peerHost));
        py += pythonAssign(u"PORT"_s, QString::number(settings.port));
    }
    return py;
}

QString SocketCode::chatConnection(const ChatCode &settings)
{
    QString py;
    if (settings.host) {
        py += listeningServer(pythonBind(settings.bindAddress));
        py += u"    conn, address = server.accept()\n"_s;
        py += pythonPrint(u"    "_s, tr("Connected:"), u"address"_s);
        py += u"    with conn:\n"_s;
        py += u"        chat(conn)\n"_s;
    } else {
        py += u"with socket.create_connection((HOST, PORT)) as sock:\n"_s;
        py += u"    chat(sock)\n"_s;
    }
    return py;
}

GeneratedCode SocketCode::netlabChat(const ChatCode &settings)
{
    QString py
        = pythonHeader(tr("Mini chat in netlab mode: %1, then both sides can type at any time. "
                          "Each line on the wire is one JSON object (hello, msg, ack, typing, "
                          "bye), as NetLab Workbench speaks it.")
                           .arg(settings.host ? tr("waits for one classmate on PORT")
                                              : tr("joins the chat at HOST on PORT")));
    py += u"import datetime\n"_s;
    if (settings.nickname.isEmpty())
        py += u"import getpass\n"_s;
    py += u"import json\nimport socket\nimport sys\nimport threading\nimport uuid\n\n"_s;
    py += chatEndpoint(settings);
    py += pythonAssign(u"NICK"_s,
        settings.nickname.isEmpty() ? u"getpass.getuser()"_s : pythonString(settings.nickname),
        tr("the name the others see"));
    py += u"\nsend_lock = threading.Lock()\n\n\n"_s;
    py += u"def send(sock, **message):\n"_s;
    py += pythonComment(tr("One JSON object per line, in UTF-8, ended by \\n. Both threads "
                           "send (messages, acknowledgements): one at a time."),
        u"    "_s);
    py += u"    line = json.dumps(message, ensure_ascii=False) + \"\\n\"\n"_s;
    py += u"    with send_lock:\n"_s;
    py += u"        sock.sendall(line.encode(\"utf-8\"))\n\n\n"_s;
    py += u"def receive(sock):\n"_s;
    py += pythonComment(tr("Runs in a thread: prints each message from the other side as soon "
                           "as it arrives, while the main thread waits for what you type."),
        u"    "_s);
    py += u"    peer = \"?\"\n"_s;
    py += u"    with sock.makefile(\"r\", encoding=\"utf-8\", errors=\"replace\") as lines:\n"_s;
    py += u"        for line in lines:\n"_s;
    py += u"            try:\n"_s;
    py += u"                message = json.loads(line)\n"_s;
    py += u"                kind = message[\"type\"]\n"_s;
    py += u"            except (ValueError, KeyError, TypeError):\n"_s;
    py += pythonComment(tr("Not a JSON object (a plain-text peer): show the line as it is."),
        u"                "_s);
    py += u"                print(line, end=\"\")\n"_s;
    py += u"                continue\n"_s;
    py += u"            if kind == \"hello\":\n"_s;
    py += u"                peer = message.get(\"nick\") or peer\n"_s;
    py += u"                print(\"*\", peer, "_s + pythonString(tr("is in the chat"))
        + u", message.get(\"version\", \"\"))\n"_s;
    py += u"            elif kind == \"msg\":\n"_s;
    py += pythonComment(
        tr("\"from\" is set when a host relays someone else's message."), u"                "_s);
    py += u"                print(f\"{message.get('from') or peer}: {message.get('text', '')}\")\n"_s;
    py += pythonComment(tr("The acknowledgement tells the sender's workbench that the message "
                           "was shown."),
        u"                "_s);
    py += u"                send(sock, type=\"ack\", id=message.get(\"id\", \"\"))\n"_s;
    py += u"            elif kind == \"typing\":\n"_s;
    py += u"                print(\"*\", message.get(\"from\") or peer, "_s
        + pythonString(tr("is typing…")) + u")\n"_s;
    py += u"            elif kind in (\"joined\", \"left\"):\n"_s;
    py += u"                print(\"*\", message.get(\"nick\"), kind)\n"_s;
    py += u"            elif kind == \"bye\":\n"_s;
    py += u"                print(\"*\", peer, "_s + pythonString(tr("left the chat"))
        + u", message.get(\"reason\", \"\"))\n"_s;
    py += u"                break\n"_s;
    py += pythonPrint(u"    "_s, tr("The other side left.")) + u"\n\n"_s;
    py += u"def chat(sock):\n"_s;
    py += u"    receiver = threading.Thread(target=receive, args=(sock,), daemon=True)\n"_s;
    py += u"    receiver.start()\n"_s;
    py += pythonComment(tr("Say hello first: it tells the other side our nickname, and that we "
                           "speak JSON lines."),
        u"    "_s);
    py += u"    send(sock, type=\"hello\", nick=NICK, version=\"python \" + sys.version.split()[0])\n"_s;
    py += pythonComment(tr("Each line typed (until Ctrl+D) goes out at once as a msg with its "
                           "own id. A terminal hands over a line only at Enter, so this program "
                           "sends no typing notices."),
        u"    "_s);
    py += u"    try:\n"_s;
    py += u"        for line in sys.stdin:\n"_s;
    py += u"            text = line.rstrip(\"\\r\\n\")\n"_s;
    py += u"            if text:\n"_s;
    py += u"                now = datetime.datetime.now(datetime.timezone.utc)\n"_s;
    py += u"                send(sock, type=\"msg\", id=uuid.uuid4().hex, text=text,\n"_s;
    py += u"                     time=now.isoformat(timespec=\"milliseconds\"))\n"_s;
    py += pythonComment(tr("Done typing: say bye, end the stream, and read what is still "
                           "coming."),
        u"        "_s);
    py += u"        send(sock, type=\"bye\", reason=\"\")\n"_s;
    py += u"        sock.shutdown(socket.SHUT_WR)\n"_s;
    py += u"    except OSError:\n"_s;
    py += u"        pass  # "_s + tr("the other side has already closed the connection") + u'\n';
    py += u"    receiver.join()\n\n\n"_s;
    py += chatConnection(settings);
    return {py, QString()};
}

} // namespace netlab
