#pragma once

// Listens on several UDP ports at once, each with its own bind address, optional multicast
// group and decoder (text, Python struct frame, hex); drains every pending datagram per
// wake-up, decodes it, and hands the results out in batches at most ~30 times a second.

#include <netlab/structformat.h>
#include <netlab/textcodec.h>

#include <QElapsedTimer>
#include <QHostAddress>
#include <QList>
#include <QMap>
#include <QNetworkInterface>
#include <QObject>
#include <QTimer>

#include <map>
#include <memory>

QT_BEGIN_NAMESPACE
class QUdpSocket;
QT_END_NAMESPACE

namespace netlab {

enum class UdpDecoder { Text, Struct, Hex };

struct UdpPortConfig
{
    quint16 port = 0; // 0: the OS picks one (read it back from addPort())
    QHostAddress bindAddress = QHostAddress(QHostAddress::AnyIPv4);
    QHostAddress multicastGroup; // null: no group
    QNetworkInterface multicastInterface; // invalid: the OS default
    bool shareAddress = false; // SO_REUSEADDR: let another program listen on the same port
    UdpDecoder decoder = UdpDecoder::Text;
    TextCodec textCodec; // decoder Text
    StructFormat structFormat; // decoder Struct
};

struct DecodedDatagram
{
    qint64 receivedMs = 0; // wall clock, ms since the epoch
    QHostAddress sender;
    quint16 senderPort = 0;
    QByteArray raw; // the datagram as received
    bool ok = true; // false: a bad frame (error says why)
    QString error;
    QString text; // Text: the decoded text; Hex: "48 65 6c"
    QList<StructValue> values; // Struct: one per field
};

struct UdpPortStats
{
    quint16 port = 0;
    qint64 messages = 0;
    qint64 bytes = 0;
    qint64 badFrames = 0;
    qint64 notShown = 0; // counted and decoded, but dropped from a batch that was full
    QMap<QString, qint64> badReasons; // at most kMaxBadReasons distinct texts
    QString lastError;
    double currentRate = 0; // messages in the last full second
    double averageRate = 0; // (messages - 1) / (last - first arrival)
    QList<double> rateHistory; // one value per second, oldest first, bounded
    int receiveBufferBytes = 0; // what the OS granted, comparable to kReceiveBufferBytes
};

class UdpListener : public QObject
{
    Q_OBJECT

public:
    static constexpr int kReceiveBufferBytes = 8 * 1024 * 1024;
    static constexpr int kBatchIntervalMs = 33;
    static constexpr int kRateHistorySeconds = 120;
    static constexpr int kMaxBatch = 50000; // per port and batch interval
    static constexpr int kMaxDrainPerWakeup = 2048; // then back to the event loop
    static constexpr int kMaxBadReasons = 16;
    static constexpr int kMaxDatagram = 65536;
    static constexpr int kRecvBatch = 32; // datagrams per recvmmsg() call (Linux)

    explicit UdpListener(QObject *parent = nullptr);
    ~UdpListener() override;

    // Binds and starts listening; returns the bound port, or 0 with errorOccurred() and
    // errorString() saying why in plain words ("port 52002 on 0.0.0.0: address already in
    // use — another program is listening there").
    quint16 addPort(const UdpPortConfig &config);
    bool removePort(quint16 port);
    void removeAllPorts();
    // Changes the decoder of a running port (same socket, counters kept).
    bool setDecoder(quint16 port, UdpDecoder decoder, const TextCodec &codec = TextCodec(),
        const StructFormat &format = StructFormat());

    QList<quint16> ports() const;
    bool hasPort(quint16 port) const;
    UdpPortConfig config(quint16 port) const;
    UdpPortStats stats(quint16 port) const;
    QList<UdpPortStats> allStats() const;
    void resetStats(quint16 port);
    QString errorString() const { return m_errorString; }

    // Hands out what is pending now instead of at the next batch tick.
    void flush();

    static QString decoderName(UdpDecoder decoder);

signals:
    void portAdded(quint16 port);
    void portRemoved(quint16 port);
    void datagramsDecoded(quint16 port, const QList<netlab::DecodedDatagram> &batch);
    // Once a second per port.
    void rateChanged(quint16 port, double messagesPerSecond);
    void errorOccurred(const QString &message);

private:
    struct Port;

    void readPending(Port *port);
    void accept(Port &port, const char *data, qint64 size, const QHostAddress &sender,
        quint16 senderPort, qint64 nowNs);
    void decode(Port &port, DecodedDatagram &datagram, QByteArrayView data);
    void tickRates();
    void fail(const QString &message);

    std::map<quint16, std::unique_ptr<Port>> m_ports;
    QTimer m_batchTimer;
    QTimer m_rateTimer;
    QElapsedTimer m_clock;
    qint64 m_wallBaseMs = 0;
    QByteArray m_buffer;
    QByteArray m_batchBuffers; // kRecvBatch * kMaxDatagram, allocated on first use (Linux)
    QString m_errorString;
};

} // namespace netlab

Q_DECLARE_METATYPE(netlab::DecodedDatagram)
