#include <netlab/inputcheck.h>
#include <netlab/namelookup.h>

#include <QDnsLookup>
#include <QElapsedTimer>
#include <QHostInfo>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace netlab {

namespace {

QString stripBrackets(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.size() >= 2 && trimmed.startsWith(u'[') && trimmed.endsWith(u']'))
        return trimmed.mid(1, trimmed.size() - 2);
    return trimmed;
}

qint64 nowNs()
{
    static const QElapsedTimer clock = [] {
        QElapsedTimer timer;
        timer.start();
        return timer;
    }();
    return clock.nsecsElapsed();
}

QString seconds(int milliseconds)
{
    return QString::number(milliseconds / 1000.0, 'g', 3);
}

} // namespace

QString AddressInfo::familyName() const
{
    return address.protocol() == QAbstractSocket::IPv6Protocol ? u"AF_INET6"_s : u"AF_INET"_s;
}

QString AddressInfo::socketTypeName() const
{
    switch (socketType) {
    case SocketType::Stream:
        return u"SOCK_STREAM"_s;
    case SocketType::Datagram:
        return u"SOCK_DGRAM"_s;
    case SocketType::Raw:
        break;
    }
    return u"SOCK_RAW"_s;
}

int AddressInfo::protocolNumber() const
{
    switch (socketType) {
    case SocketType::Stream:
        return 6;
    case SocketType::Datagram:
        return 17;
    case SocketType::Raw:
        break;
    }
    return 0;
}

QString AddressInfo::protocolName() const
{
    switch (socketType) {
    case SocketType::Stream:
        return u"TCP"_s;
    case SocketType::Datagram:
        return u"UDP"_s;
    case SocketType::Raw:
        break;
    }
    return u"IP"_s;
}

NameLookup::NameLookup(QObject *parent)
    : QObject(parent)
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &NameLookup::timedOut);
}

NameLookup::~NameLookup()
{
    abort();
}

void NameLookup::setTimeout(int milliseconds)
{
    m_timeoutMs = qBound(100, milliseconds, kMaxTimeoutMs);
}

QString NameLookup::recordTypeName(RecordType type)
{
    switch (type) {
    case RecordType::A:
        return u"A"_s;
    case RecordType::AAAA:
        return u"AAAA"_s;
    case RecordType::CNAME:
        return u"CNAME"_s;
    case RecordType::MX:
        return u"MX"_s;
    case RecordType::NS:
        return u"NS"_s;
    case RecordType::TXT:
        return u"TXT"_s;
    case RecordType::SRV:
        return u"SRV"_s;
    case RecordType::PTR:
        break;
    }
    return u"PTR"_s;
}

QList<NameLookup::RecordType> NameLookup::recordTypes()
{
    return {RecordType::A, RecordType::AAAA, RecordType::CNAME, RecordType::MX, RecordType::NS,
        RecordType::TXT, RecordType::SRV, RecordType::PTR};
}

std::optional<NameLookup::RecordType> NameLookup::parseRecordType(const QString &text)
{
    const QString wanted = text.trimmed().toUpper();
    for (RecordType type : recordTypes()) {
        if (recordTypeName(type) == wanted)
            return type;
    }
    return std::nullopt;
}

QString NameLookup::reverseLookupName(const QHostAddress &address)
{
    if (address.protocol() == QAbstractSocket::IPv4Protocol) {
        const quint32 ip = address.toIPv4Address();
        return u"%1.%2.%3.%4.in-addr.arpa"_s.arg(ip & 0xff)
            .arg((ip >> 8) & 0xff)
            .arg((ip >> 16) & 0xff)
            .arg(ip >> 24);
    }
    if (address.protocol() == QAbstractSocket::IPv6Protocol) {
        const Q_IPV6ADDR ip = address.toIPv6Address();
        QString name;
        for (int i = 15; i >= 0; --i) {
            name += QString::number(ip[i] & 0x0f, 16) + u'.';
            name += QString::number(ip[i] >> 4, 16) + u'.';
        }
        return name + u"ip6.arpa"_s;
    }
    return {};
}

QList<AddressInfo> NameLookup::rowsFor(const QList<QHostAddress> &addresses, quint16 port)
{
    QList<AddressInfo> rows;
    for (const QHostAddress &address : addresses) {
        for (auto type : {AddressInfo::SocketType::Stream, AddressInfo::SocketType::Datagram,
                 AddressInfo::SocketType::Raw}) {
            if (rows.size() >= kMaxRows)
                return rows;
            rows.append(AddressInfo {address, port, type});
        }
    }
    return rows;
}

void NameLookup::begin(const QString &name)
{
    abort();
    ++m_generation;
    m_busy = true;
    m_name = name;
    m_reverseName.clear();
    m_addresses.clear();
    m_records.clear();
    m_lastError.clear();
    m_elapsedMs = 0;
    m_startedNs = nowNs();
    m_timer->start(m_timeoutMs);
    emit lookupStarted(name);
}

double NameLookup::elapsedSince() const
{
    return double(nowNs() - m_startedNs) / 1e6;
}

void NameLookup::fail(const QString &message)
{
    m_timer->stop();
    m_busy = false;
    m_lastError = message;
    emit errorOccurred(message);
    emit lookupFinished(false);
}

bool NameLookup::lookupAddresses(const QString &name, quint16 port)
{
    const QString host = stripBrackets(name);
    const QString problem = hostNameError(host);
    if (!problem.isEmpty()) {
        abort();
        m_name = host;
        m_lastError = problem;
        emit errorOccurred(problem);
        return false;
    }
    begin(host);
    m_lastWasRecords = false;
    m_port = port;
    const int generation = m_generation;
    const int id = QHostInfo::lookupHost(host, this,
        [this, generation](const QHostInfo &info) { finishAddresses(generation, info); });
    if (m_busy && generation == m_generation)
        m_hostLookupId = id;
    return true;
}

void NameLookup::finishAddresses(int generation, const QHostInfo &info)
{
    if (generation != m_generation || !m_busy || m_lastWasRecords)
        return;
    m_hostLookupId = -1;
    m_elapsedMs = elapsedSince();
    if (info.error() != QHostInfo::NoError) {
        const QString reason = info.errorString();
        if (info.error() == QHostInfo::HostNotFound)
            fail(tr("No such host: %1 — no address is registered for this name (check the "
                    "spelling).")
                     .arg(m_name));
        else if (reason.contains(u"Temporary failure"_s, Qt::CaseInsensitive)
            || reason.contains(u"try again"_s, Qt::CaseInsensitive))
            fail(tr("No DNS server answered for %1 (%2) — check the network connection and the "
                    "DNS settings.")
                     .arg(m_name, reason));
        else
            fail(tr("Lookup of %1 failed: %2").arg(m_name, reason));
        return;
    }
    const QList<QHostAddress> found = info.addresses();
    if (found.isEmpty()) {
        fail(tr("%1 exists but has no IPv4 or IPv6 address.").arg(m_name));
        return;
    }
    const QHostAddress literal(m_name);
    if (!literal.isNull() && info.hostName() != m_name && QHostAddress(info.hostName()).isNull())
        m_reverseName = info.hostName();
    m_timer->stop();
    m_busy = false;
    m_addresses = rowsFor(found, m_port);
    emit addressesFound(m_addresses);
    emit lookupFinished(true);
}

bool NameLookup::lookupRecords(const QString &name, RecordType type)
{
    const QString host = stripBrackets(name);
    QString problem = hostNameError(host);
    const QHostAddress literal(host);
    if (problem.isEmpty() && !literal.isNull() && type != RecordType::PTR)
        problem = tr("%1 is an address, not a name: choose PTR to find the name registered for "
                     "it.")
                      .arg(host);
    if (!problem.isEmpty()) {
        abort();
        m_name = host;
        m_lastError = problem;
        emit errorOccurred(problem);
        return false;
    }
    begin(host);
    m_lastWasRecords = true;
    m_recordType = type;
    const QString query = literal.isNull() ? host : reverseLookupName(literal);

    QDnsLookup::Type dnsType = QDnsLookup::A;
    switch (type) {
    case RecordType::A:
        dnsType = QDnsLookup::A;
        break;
    case RecordType::AAAA:
        dnsType = QDnsLookup::AAAA;
        break;
    case RecordType::CNAME:
        dnsType = QDnsLookup::CNAME;
        break;
    case RecordType::MX:
        dnsType = QDnsLookup::MX;
        break;
    case RecordType::NS:
        dnsType = QDnsLookup::NS;
        break;
    case RecordType::TXT:
        dnsType = QDnsLookup::TXT;
        break;
    case RecordType::SRV:
        dnsType = QDnsLookup::SRV;
        break;
    case RecordType::PTR:
        dnsType = QDnsLookup::PTR;
        break;
    }
    m_dns = new QDnsLookup(dnsType, query, this);
    if (!m_nameserver.isNull())
        m_dns->setNameserver(m_nameserver);
    connect(m_dns, &QDnsLookup::finished, this, &NameLookup::finishRecords);
    m_dns->lookup();
    return true;
}

void NameLookup::finishRecords()
{
    if (!m_dns || !m_busy)
        return;
    m_elapsedMs = elapsedSince();
    QDnsLookup *dns = m_dns;
    const QString typeName = recordTypeName(m_recordType);
    const QString server
        = m_nameserver.isNull() ? tr("the system's DNS server") : m_nameserver.toString();
    QString problem;
    switch (dns->error()) {
    case QDnsLookup::NoError:
        break;
    case QDnsLookup::NotFoundError:
        problem = m_recordType == RecordType::PTR && !QHostAddress(m_name).isNull()
            ? tr("No name is registered for the address %1 (the DNS has no PTR record for %2).")
                  .arg(m_name, dns->name())
            : tr("No such host: %1 does not exist in the DNS.").arg(m_name);
        break;
    case QDnsLookup::ResolverError:
        problem = tr("No DNS server could be asked (%1) — check the network connection and the "
                     "DNS settings.")
                      .arg(dns->errorString());
        break;
    case QDnsLookup::InvalidReplyError:
    default: // errors of later Qt versions: TimeoutError (Qt 6.8, Debian 13) and any to come
        problem = tr("No usable answer from %1 for %2 (%3) — the DNS server may be unreachable: "
                     "check the network connection.")
                      .arg(server, m_name, dns->errorString());
        break;
    case QDnsLookup::ServerFailureError:
        problem = tr("%1 failed to answer for %2 (server failure) — try again later or ask "
                     "another DNS server.")
                      .arg(server, m_name);
        break;
    case QDnsLookup::ServerRefusedError:
        problem = tr("%1 refused to answer for %2.").arg(server, m_name);
        break;
    case QDnsLookup::InvalidRequestError:
        problem = tr("The question for %1 is not valid: %2").arg(m_name, dns->errorString());
        break;
    case QDnsLookup::OperationCancelledError:
        return;
    }
    if (!problem.isEmpty()) {
        stopDns();
        fail(problem);
        return;
    }

    QList<DnsRecord> records;
    auto add
        = [&records](const QString &name, const QString &type, quint32 ttl, const QString &value) {
              if (records.size() < kMaxRows)
                  records.append(DnsRecord {name, type, ttl, value});
          };
    const auto cnames = dns->canonicalNameRecords();
    for (const QDnsDomainNameRecord &record : cnames)
        add(record.name(), u"CNAME"_s, record.timeToLive(), record.value());
    const auto hosts = dns->hostAddressRecords();
    for (const QDnsHostAddressRecord &record : hosts) {
        const bool v6 = record.value().protocol() == QAbstractSocket::IPv6Protocol;
        add(record.name(), v6 ? u"AAAA"_s : u"A"_s, record.timeToLive(), record.value().toString());
    }
    const auto mails = dns->mailExchangeRecords();
    for (const QDnsMailExchangeRecord &record : mails)
        add(record.name(), u"MX"_s, record.timeToLive(),
            u"%1 %2"_s.arg(record.preference()).arg(record.exchange()));
    const auto servers = dns->nameServerRecords();
    for (const QDnsDomainNameRecord &record : servers)
        add(record.name(), u"NS"_s, record.timeToLive(), record.value());
    const auto texts = dns->textRecords();
    for (const QDnsTextRecord &record : texts) {
        QStringList parts;
        const auto values = record.values();
        for (const QByteArray &value : values)
            parts.append(u'"' + QString::fromUtf8(value) + u'"');
        add(record.name(), u"TXT"_s, record.timeToLive(), parts.join(u' '));
    }
    const auto services = dns->serviceRecords();
    for (const QDnsServiceRecord &record : services)
        add(record.name(), u"SRV"_s, record.timeToLive(),
            u"%1 %2 %3 %4"_s.arg(record.priority())
                .arg(record.weight())
                .arg(record.port())
                .arg(record.target()));
    const auto pointers = dns->pointerRecords();
    for (const QDnsDomainNameRecord &record : pointers)
        add(record.name(), u"PTR"_s, record.timeToLive(), record.value());
    stopDns();

    if (records.isEmpty()) {
        fail(tr("%1 exists but has no %2 record.").arg(m_name, typeName));
        return;
    }
    m_timer->stop();
    m_busy = false;
    m_records = records;
    emit recordsFound(m_records);
    emit lookupFinished(true);
}

void NameLookup::timedOut()
{
    if (!m_busy)
        return;
    m_elapsedMs = elapsedSince();
    if (m_lastWasRecords) {
        stopDns();
        const QString server = m_nameserver.isNull()
            ? tr("the DNS server")
            : tr("the DNS server %1").arg(m_nameserver.toString());
        fail(tr("No answer from %1 for %2 within %3 s — the server does not answer: check the "
                "network connection or try another DNS server.")
                 .arg(server, m_name, seconds(m_timeoutMs)));
    } else {
        if (m_hostLookupId >= 0)
            QHostInfo::abortHostLookup(m_hostLookupId);
        m_hostLookupId = -1;
        ++m_generation;
        fail(tr("No answer for %1 within %2 s — no DNS server answers: check the network "
                "connection and the DNS settings.")
                 .arg(m_name, seconds(m_timeoutMs)));
    }
}

void NameLookup::stopDns()
{
    if (!m_dns)
        return;
    QDnsLookup *dns = m_dns;
    m_dns = nullptr;
    dns->disconnect(this);
    if (dns->isFinished())
        dns->deleteLater();
    else {
        dns->abort();
        dns->deleteLater();
    }
}

void NameLookup::abort()
{
    if (!m_busy)
        return;
    ++m_generation;
    m_timer->stop();
    if (m_hostLookupId >= 0)
        QHostInfo::abortHostLookup(m_hostLookupId);
    m_hostLookupId = -1;
    stopDns();
    m_busy = false;
}

} // namespace netlab
