#pragma once

// "Show as code" for the socket labs: the TCP client, TCP server and UDP settings of a tab
// turned into the Python 3 program (standard library only) a student would write, plus a
// shell one-liner where nc does the same. Comments and printed labels are translated.

#include "pythoncode.h"
#include "structformat.h"
#include "tcpserver.h"
#include "textcodec.h"
#include "udplistener.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QList>

namespace netlab {

struct TcpClientCode
{
    QString host = QStringLiteral("127.0.0.1");
    quint16 port = 50000;
    QString message = QStringLiteral("Hello");
    QByteArray lineEnding = "\n"; // appended to the message; empty: none
    TextCodec codec;
    bool raw = false; // send `bytes` as they are (the tab's hex mode) instead of the message
    QByteArray bytes;
};

struct TcpServerCode
{
    QHostAddress bindAddress = QHostAddress(QHostAddress::Any); // Any: IPv4 and IPv6
    quint16 port = 50000; // 0: any free port (the program prints the one it got)
    TcpServer::AutoReply reply = TcpServer::AutoReply::Echo;
    TcpServer::ReplyUnit unit = TcpServer::ReplyUnit::Chunk;
    QByteArray ackText = "ACK\n";
};

// The UDP tab's ports: each with its decoder (text with codec, hex, or struct format with
// names). The bind address of the first port is used for all.
struct UdpListenerCode
{
    QList<UdpPortConfig> ports;
};

struct UdpSenderCode
{
    enum class Payload { Text, Bytes, Struct };
    QString host = QStringLiteral("127.0.0.1");
    quint16 port = 50005;
    Payload payload = Payload::Text;
    QString text = QStringLiteral("Hello, World!"); // Text
    TextCodec codec; // Text
    QByteArray bytes; // Bytes
    StructFormat format; // Struct
    QList<StructValue> values; // Struct: one per field
    qint64 count = 1;
    double rate = 0; // datagrams per second; 0: as fast as possible
    bool broadcast = false;
};

// The mini chat: join HOST:PORT, or host on PORT and wait for one classmate. Both sides may
// type at any time. Plain mode: UTF-8 lines, as with nc. Netlab mode: one JSON object per
// line, as the workbench speaks it (ChatProtocol): hello with the nickname first, then msg
// (each acknowledged by the receiver), and bye at the end; typing notices are shown.
struct ChatCode
{
    bool host = false; // true: listen on PORT (bindAddress) for one classmate
    QString peerHost = QStringLiteral("127.0.0.1"); // join: whom to connect to
    QHostAddress bindAddress = QHostAddress(QHostAddress::Any); // host: where to listen
    quint16 port = 55000;
    // Plain: non-empty puts "nickname: " before each line. Netlab: the hello's nickname
    // (empty: the user's login name).
    QString nickname;
    bool netlab = false; // the netlab mode (JSON lines) instead of plain text
};

class SocketCode
{
    Q_DECLARE_TR_FUNCTIONS(netlab::SocketCode)

public:
    static GeneratedCode tcpClient(const TcpClientCode &settings);
    static GeneratedCode tcpServer(const TcpServerCode &settings);
    static GeneratedCode udpListener(const UdpListenerCode &settings);
    static GeneratedCode udpSender(const UdpSenderCode &settings);
    static GeneratedCode chat(const ChatCode &settings);

    // The host and family arguments of socket.create_server() / socket() for an address:
    // {"\"0.0.0.0\"", "socket.AF_INET"}; Any gives "::" with IPv6 (dual stack where allowed).
    struct PythonBind
    {
        QString host;
        QString family;
        bool dualStack = false;
    };
    static PythonBind pythonBind(const QHostAddress &address);
    // "with socket.create_server(...) as server:" and the line that prints its port (the one
    // picked when PORT is 0), for the server programs.
    static QString listeningServer(const PythonBind &bind);

private:
    static GeneratedCode netlabChat(const ChatCode &settings);
    static QString chatEndpoint(const ChatCode &settings); // HOST = ..., PORT = ...
    static QString chatConnection(const ChatCode &settings); // connect or accept, chat(sock)
};

} // namespace netlab
