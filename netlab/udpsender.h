#pragma once

// Sends one UDP datagram, or N of them at R per second, to a unicast host, a broadcast
// address (255.255.255.255 or a subnet's, only when allowed) or a multicast group (TTL and
// outgoing interface chosen). Paced from the event loop: each turn sends what is due by now
// (datagram k is due at k / R seconds; without a rate everything is due), at most kMaxBurst,
// then waits for the next one. Bounded (count, burst, failures) and stoppable at any time.

#include <QByteArray>
#include <QElapsedTimer>
#include <QHostAddress>
#include <QList>
#include <QNetworkInterface>
#include <QObject>
#include <QTimer>
#include <QUdpSocket>

namespace netlab {

struct UdpSendJob
{
    // An address, or a host name resolved before sending.
    QString host;
    quint16 port = 0;
    QByteArray payload;
    qint64 count = 1;
    double rate = 0; // datagrams per second; 0: as fast as possible
    bool allowBroadcast = false; // refuse a broadcast address unless set
    int multicastTtl = 1; // multicast only: 1 keeps it on this network
    QNetworkInterface multicastInterface; // multicast only; invalid: the OS default
};

class UdpSender : public QObject
{
    Q_OBJECT

public:
    static constexpr qint64 kMaxPayload = 65507; // IPv4 UDP payload limit
    static constexpr qint64 kMaxCount = 1000000000;
    static constexpr double kMaxRate = 1e8;
    static constexpr int kMaxBurst = 1000; // datagrams per event-loop turn
    static constexpr int kMaxFailures = 10; // then the job stops
    static constexpr int kProgressIntervalMs = 50; // progress() at most 20 times a second

    explicit UdpSender(QObject *parent = nullptr);
    ~UdpSender() override;

    // Checks the job and starts it; false with errorOccurred() and errorString() when the job
    // cannot start (no payload, too big, port 0, a broadcast address without allowBroadcast,
    // already running). A host name is resolved first (asynchronously); a failed lookup ends
    // the job with errorOccurred() and finished().
    bool start(const UdpSendJob &job);
    // Ends the job now; finished() follows.
    void stop();

    bool isRunning() const { return m_running; }
    UdpSendJob job() const { return m_job; }
    QHostAddress address() const { return m_address; } // resolved target
    qint64 sent() const { return m_sent; } // attempted, failures included
    qint64 bytesSent() const { return m_bytes; }
    int failures() const { return m_failures; }
    bool wasStopped() const { return m_stopped; }
    double elapsedSeconds() const;
    // Datagrams per second between the first and the last one sent.
    double achievedRate() const;
    QString errorString() const { return m_errorString; }

    // 255.255.255.255 or the broadcast address of one of this machine's IPv4 networks.
    static bool isBroadcastAddress(const QHostAddress &address);
    // 255.255.255.255 first, then each up interface's subnet broadcast address (no
    // duplicates), with the interface's name.
    struct BroadcastChoice
    {
        QHostAddress address;
        QString interfaceName; // empty for 255.255.255.255
    };
    static QList<BroadcastChoice> broadcastAddresses();

signals:
    void runningChanged(bool running);
    // Every datagram (direct, for a CLI that prints each one): its number, 1-based, and size.
    void datagramSent(qint64 sequence, qint64 bytes);
    // At most every kProgressIntervalMs and once at the end.
    void progress(qint64 sent, qint64 count);
    // The job ended: all sent, stopped, or failed (then errorOccurred() came first).
    void finished();
    void errorOccurred(const QString &message);

private:
    void begin(const QHostAddress &address);
    void pump();
    void end();
    void fail(const QString &message);

    UdpSendJob m_job;
    QHostAddress m_address;
    QUdpSocket m_socket;
    QTimer m_pacer;
    QElapsedTimer m_clock;
    QElapsedTimer m_progressClock;
    qint64 m_sent = 0;
    qint64 m_bytes = 0;
    int m_failures = 0;
    qint64 m_lastSentNs = 0;
    bool m_running = false;
    bool m_stopped = false;
    int m_lookupId = -1;
    QString m_errorString;
};

} // namespace netlab
