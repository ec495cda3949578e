#pragma once

// Name lookups for the "names and addresses" exercises:
//  - addresses: what getaddrinfo(name, port) gives a Python script, one row per
//    (family, socket type, protocol, address, port), IPv4 and IPv6, via QHostInfo;
//    for an address literal, the reverse name as well (gethostbyaddr);
//  - DNS records: A, AAAA, CNAME, MX, NS, TXT, SRV, PTR via QDnsLookup (PTR of an address
//    is asked under in-addr.arpa / ip6.arpa, like `dig -x`).
// Every lookup is bounded by a timeout, so a DNS server that does not answer ends in a clear
// error, never a hang. The last result is kept, so a view built later shows it.

#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QString>

#include <optional>

class QDnsLookup;
class QHostInfo;
class QTimer;

namespace netlab {

// One getaddrinfo() row.
struct AddressInfo
{
    enum class SocketType { Stream, Datagram, Raw };

    QHostAddress address;
    quint16 port = 0;
    SocketType socketType = SocketType::Stream;

    QString familyName() const; // "AF_INET" / "AF_INET6"
    QString socketTypeName() const; // "SOCK_STREAM" / "SOCK_DGRAM" / "SOCK_RAW"
    int protocolNumber() const; // 6 (TCP), 17 (UDP), 0
    QString protocolName() const; // "TCP" / "UDP" / "IP"
};

// One DNS resource record, its data as `dig` shows it ("10 mail.example.org." for an MX).
struct DnsRecord
{
    QString name;
    QString type; // "A", "MX", …
    quint32 ttl = 0;
    QString value;
};

class NameLookup : public QObject
{
    Q_OBJECT

public:
    enum class RecordType { A, AAAA, CNAME, MX, NS, TXT, SRV, PTR };
    Q_ENUM(RecordType)

    static constexpr int kDefaultTimeoutMs = 5000;
    static constexpr int kMaxTimeoutMs = 60000;
    static constexpr int kMaxRows = 1000; // a name with more addresses is cut there

    explicit NameLookup(QObject *parent = nullptr);
    ~NameLookup() override;

    // Lookups give up after this many milliseconds (clamped to 100 .. kMaxTimeoutMs).
    void setTimeout(int milliseconds);
    int timeout() const { return m_timeoutMs; }
    // The DNS server for record lookups; a null address means the system's.
    void setNameserver(const QHostAddress &server) { m_nameserver = server; }
    QHostAddress nameserver() const { return m_nameserver; }

    // Starts a lookup (cancelling one under way). False (and errorOccurred) for bad input.
    bool lookupAddresses(const QString &name, quint16 port);
    bool lookupRecords(const QString &name, RecordType type);
    void abort();

    bool isBusy() const { return m_busy; }
    // The last lookup: its name, its results, its error (empty when it worked), its time.
    QString name() const { return m_name; }
    bool lastWasRecords() const { return m_lastWasRecords; }
    RecordType lastRecordType() const { return m_recordType; }
    QString reverseName() const { return m_reverseName; } // name found for an address literal
    QList<AddressInfo> addresses() const { return m_addresses; }
    QList<DnsRecord> records() const { return m_records; }
    QString lastError() const { return m_lastError; }
    double elapsedMs() const { return m_elapsedMs; }

    static QString recordTypeName(RecordType type);
    static std::optional<RecordType> parseRecordType(const QString &text); // any case
    static QList<RecordType> recordTypes();
    // "1.0.0.127.in-addr.arpa" for 127.0.0.1, the nibble form under ip6.arpa for IPv6.
    static QString reverseLookupName(const QHostAddress &address);
    // getaddrinfo's rows for these addresses: SOCK_STREAM/TCP, SOCK_DGRAM/UDP, SOCK_RAW per
    // address, in the resolver's order.
    static QList<AddressInfo> rowsFor(const QList<QHostAddress> &addresses, quint16 port);

signals:
    void lookupStarted(const QString &name);
    void addressesFound(const QList<netlab::AddressInfo> &rows);
    void recordsFound(const QList<netlab::DnsRecord> &records);
    void errorOccurred(const QString &message);
    void lookupFinished(bool ok); // after addressesFound/recordsFound or errorOccurred

private:
    void begin(const QString &name);
    void fail(const QString &message);
    void finishAddresses(int generation, const QHostInfo &info);
    void finishRecords();
    void timedOut();
    void stopDns();
    double elapsedSince() const;

    int m_timeoutMs = kDefaultTimeoutMs;
    QHostAddress m_nameserver;
    QTimer *m_timer = nullptr;
    QDnsLookup *m_dns = nullptr;
    int m_hostLookupId = -1;
    int m_generation = 0;
    qint64 m_startedNs = 0;
    bool m_busy = false;

    QString m_name;
    bool m_lastWasRecords = false;
    RecordType m_recordType = RecordType::A;
    quint16 m_port = 0;
    QString m_reverseName;
    QList<AddressInfo> m_addresses;
    QList<DnsRecord> m_records;
    QString m_lastError;
    double m_elapsedMs = 0;
};

} // namespace netlab
