#include "udpsender.h"

#include <netlab/socketerror.h>

#include <QHostInfo>
#include <QVariant>

#include <cmath>

namespace netlab {

UdpSender::UdpSender(QObject *parent)
    : QObject(parent)
{
    m_pacer.setTimerType(Qt::PreciseTimer);
    m_pacer.setSingleShot(true);
    connect(&m_pacer, &QTimer::timeout, this, &UdpSender::pump);
}

UdpSender::~UdpSender()
{
    if (m_lookupId >= 0)
        QHostInfo::abortHostLookup(m_lookupId);
}

bool UdpSender::isBroadcastAddress(const QHostAddress &address)
{
    if (address == QHostAddress(QHostAddress::Broadcast))
        return true;
    const QList<QNetworkInterface> interfaces = QNetworkInterface::allInterfaces();
    for (const QNetworkInterface &interface : interfaces) {
        const QList<QNetworkAddressEntry> entries = interface.addressEntries();
        for (const QNetworkAddressEntry &entry : entries) {
            if (!entry.broadcast().isNull() && entry.broadcast() == address)
                return true;
        }
    }
    return false;
}

QList<UdpSender::BroadcastChoice> UdpSender::broadcastAddresses()
{
    QList<BroadcastChoice> choices = {{QHostAddress(QHostAddress::Broadcast), QString()}};
    const QList<QNetworkInterface> interfaces = QNetworkInterface::allInterfaces();
    for (const QNetworkInterface &interface : interfaces) {
        if (!(interface.flags() & QNetworkInterface::IsUp)
            || !(interface.flags() & QNetworkInterface::CanBroadcast))
            continue;
        const QList<QNetworkAddressEntry> entries = interface.addressEntries();
        for (const QNetworkAddressEntry &entry : entries) {
            const QHostAddress broadcast = entry.broadcast();
            if (broadcast.isNull() || broadcast.protocol() != QAbstractSocket::IPv4Protocol)
                continue;
            bool known = false;
            for (const BroadcastChoice &choice : std::as_const(choices))
                known = known || choice.address == broadcast;
            if (!known)
                choices.append({broadcast, interface.humanReadableName()});
        }
    }
    return choices;
}

bool UdpSender::start(const UdpSendJob &job)
{
    if (m_running) {
        fail(tr("a send is already running: stop it first"));
        return false;
    }
    if (job.port == 0) {
        fail(tr("choose a port between 1 and 65535"));
        return false;
    }
    if (job.payload.size() > kMaxPayload) {
        fail(tr("the payload is %1 bytes; a UDP datagram holds at most %2")
                 .arg(job.payload.size())
                 .arg(kMaxPayload));
        return false;
    }
    if (job.count < 1 || job.count > kMaxCount) {
        fail(tr("the count must be between 1 and %1").arg(kMaxCount));
        return false;
    }
    if (!(job.rate >= 0) || job.rate > kMaxRate) {
        fail(tr("the rate must be a positive number of datagrams per second, or 0 for as fast "
                "as possible"));
        return false;
    }
    if (job.multicastTtl < 0 || job.multicastTtl > 255) {
        fail(tr("the multicast TTL must be between 0 and 255"));
        return false;
    }
    const QString host = job.host.trimmed();
    if (host.isEmpty()) {
        fail(tr("give a host or an address to send to"));
        return false;
    }
    QHostAddress address;
    const bool literal = address.setAddress(host);
    if (literal && !job.allowBroadcast && isBroadcastAddress(address)) {
        fail(tr("%1 is a broadcast address: allow broadcast to send to every host on the "
                "network")
                 .arg(address.toString()));
        return false;
    }
    m_job = job;
    m_job.host = host;
    m_sent = 0;
    m_bytes = 0;
    m_failures = 0;
    m_lastSentNs = 0;
    m_stopped = false;
    m_errorString.clear();
    m_running = true;
    m_clock.start();
    emit runningChanged(true);
    if (literal) {
        begin(address);
        return true;
    }
    m_lookupId = QHostInfo::lookupHost(host, this, [this](const QHostInfo &info) {
        m_lookupId = -1;
        if (!m_running)
            return;
        if (info.error() != QHostInfo::NoError || info.addresses().isEmpty()) {
            fail(tr("host not found: %1 (%2)").arg(m_job.host, info.errorString()));
            end();
            return;
        }
        QHostAddress found = info.addresses().constFirst();
        for (const QHostAddress &candidate : info.addresses()) {
            if (candidate.protocol() == QAbstractSocket::IPv4Protocol) {
                found = candidate;
                break;
            }
        }
        if (!m_job.allowBroadcast && isBroadcastAddress(found)) {
            fail(tr("%1 is a broadcast address: allow broadcast to send to every host on the "
                    "network")
                     .arg(found.toString()));
            end();
            return;
        }
        begin(found);
    });
    return true;
}

void UdpSender::begin(const QHostAddress &address)
{
    m_address = address;
    m_socket.abort();
    if (address.isMulticast()) {
        const bool v6 = address.protocol() == QAbstractSocket::IPv6Protocol;
        // Bound first, so the TTL and the interface apply to this socket.
        if (!m_socket.bind(QHostAddress(v6 ? QHostAddress::AnyIPv6 : QHostAddress::AnyIPv4), 0)) {
            fail(describeSocketError(
                m_socket.error(), m_socket.errorString(), formatEndpoint(address, m_job.port)));
            end();
            return;
        }
        m_socket.setSocketOption(QAbstractSocket::MulticastTtlOption, QVariant(m_job.multicastTtl));
        if (m_job.multicastInterface.isValid())
            m_socket.setMulticastInterface(m_job.multicastInterface);
    }
    m_clock.start();
    m_progressClock.start();
    m_pacer.start(0);
}

void UdpSender::pump()
{
    if (!m_running)
        return;
    const qint64 count = m_job.count;
    qint64 due = count;
    if (m_job.rate > 0)
        due = qMin<qint64>(
            count, qint64(std::floor(m_clock.nsecsElapsed() / 1e9 * m_job.rate + 1e-9)) + 1);
    int burst = 0;
    bool queueFull = false;
    const QString where = formatEndpoint(m_address, m_job.port);
    while (m_running && m_sent < due && burst < kMaxBurst) {
        const qint64 written = m_socket.writeDatagram(m_job.payload, m_address, m_job.port);
        if (written < 0) {
            if (m_socket.error() == QAbstractSocket::TemporaryError) {
                queueFull = true; // ENOBUFS: the kernel's queue is full, retry shortly
                break;
            }
            ++m_failures;
            ++m_sent; // counted as attempted; the next one goes on
            fail(describeSocketError(m_socket.error(), m_socket.errorString(), where));
            if (m_failures >= kMaxFailures || count == 1
                || m_socket.error() == QAbstractSocket::DatagramTooLargeError) {
                end();
                return;
            }
            continue;
        }
        ++m_sent;
        ++burst;
        m_bytes += written;
        m_lastSentNs = m_clock.nsecsElapsed();
        emit datagramSent(m_sent, written);
    }
    if (!m_running)
        return;
    if (m_sent >= count) {
        end();
        return;
    }
    if (m_progressClock.elapsed() >= kProgressIntervalMs) {
        m_progressClock.restart();
        emit progress(m_sent, count);
    }
    int delayMs = queueFull ? 1 : 0;
    if (m_job.rate > 0 && m_sent >= due) {
        const double nextAt = m_sent / m_job.rate;
        delayMs = qMax(delayMs, int(std::ceil((nextAt - m_clock.nsecsElapsed() / 1e9) * 1000.0)));
    }
    m_pacer.start(qMax(0, delayMs));
}

void UdpSender::stop()
{
    if (!m_running)
        return;
    m_stopped = true;
    if (m_lookupId >= 0) {
        QHostInfo::abortHostLookup(m_lookupId);
        m_lookupId = -1;
    }
    end();
}

void UdpSender::end()
{
    if (!m_running)
        return;
    m_pacer.stop();
    m_running = false;
    emit progress(m_sent, m_job.count);
    emit runningChanged(false);
    emit finished();
}

double UdpSender::elapsedSeconds() const
{
    return m_lastSentNs / 1e9;
}

double UdpSender::achievedRate() const
{
    const qint64 ok = m_sent - m_failures;
    const double seconds = elapsedSeconds();
    return ok > 1 && seconds > 0 ? (ok - 1) / seconds : 0.0;
}

void UdpSender::fail(const QString &message)
{
    m_errorString = message;
    emit errorOccurred(message);
}

} // namespace netlab
