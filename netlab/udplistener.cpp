/*
 * UDP reception for the UDP lab.
 *
 *   datagram := 0 … 65507 bytes (IPv4), one message; no framing inside a datagram
 *   decoders : Text   — the whole datagram through TextCodec (ASCII / UTF-8 / Latin-1,
 *                       strict / replace / ignore); strict + invalid bytes = a bad frame
 *              Struct — exactly StructFormat::size() bytes, else a bad frame
 *                       ("38 bytes, format needs 40")
 *              Hex    — "48 65 6c 6c 6f", never bad
 *
 * Every readyRead drains up to kMaxDrainPerWakeup datagrams (the socket notifier fires again
 * for the rest), decodes them at once and queues them per port; a 33 ms timer hands each
 * port's queue out as one datagramsDecoded() batch, bounded at kMaxBatch (the excess is
 * counted in notShown, never silently lost). A one-second timer computes the rates.
 */
#include <netlab/udplistener.h>

#include <netlab/socketerror.h>

#include <QCoreApplication>
#include <QDateTime>
#include <QUdpSocket>

#include <utility>

#include <cstring>

#ifdef Q_OS_LINUX
#include <netinet/in.h>
#include <sys/socket.h>
#endif

namespace netlab {

namespace {

bool looksLikeBroadcast(const QHostAddress &address)
{
    if (address == QHostAddress(QHostAddress::Broadcast))
        return true;
    if (address.protocol() != QAbstractSocket::IPv4Protocol)
        return false;
    for (const QNetworkInterface &interface : QNetworkInterface::allInterfaces()) {
        for (const QNetworkAddressEntry &entry : interface.addressEntries()) {
            if (entry.broadcast() == address)
                return true;
        }
    }
    return (address.toIPv4Address() & 0xff) == 0xff;
}

} // namespace

struct UdpListener::Port
{
    UdpPortConfig config;
    QUdpSocket *socket = nullptr;
    UdpPortStats stats;
    QList<DecodedDatagram> pending;
    qint64 firstArrivalNs = -1;
    qint64 lastArrivalNs = -1;
    qint64 messagesAtLastTick = 0;
};

UdpListener::UdpListener(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<netlab::DecodedDatagram>();
    qRegisterMetaType<QList<netlab::DecodedDatagram>>();
    m_clock.start();
    m_wallBaseMs = QDateTime::currentMSecsSinceEpoch();
    m_buffer.resize(kMaxDatagram);
    m_batchTimer.setInterval(kBatchIntervalMs);
    m_batchTimer.setSingleShot(true);
    connect(&m_batchTimer, &QTimer::timeout, this, &UdpListener::flush);
    m_rateTimer.setInterval(1000);
    connect(&m_rateTimer, &QTimer::timeout, this, &UdpListener::tickRates);
}

UdpListener::~UdpListener()
{
    for (auto &entry : m_ports)
        delete entry.second->socket;
}

void UdpListener::fail(const QString &message)
{
    m_errorString = message;
    emit errorOccurred(message);
}

QString UdpListener::decoderName(UdpDecoder decoder)
{
    switch (decoder) {
    case UdpDecoder::Text:
        return tr("text");
    case UdpDecoder::Struct:
        return tr("struct frame");
    case UdpDecoder::Hex:
        break;
    }
    return tr("hex");
}

quint16 UdpListener::addPort(const UdpPortConfig &config)
{
    if (config.port != 0 && hasPort(config.port)) {
        fail(tr("already listening on port %1").arg(config.port));
        return 0;
    }
    if (config.decoder == UdpDecoder::Struct && !config.structFormat.isValid()) {
        fail(tr("port %1: the frame format is not usable: %2")
                 .arg(config.port)
                 .arg(config.structFormat.errorString()));
        return 0;
    }

    auto *socket = new QUdpSocket;
    QAbstractSocket::BindMode mode = QAbstractSocket::DontShareAddress;
    if (config.shareAddress || !config.multicastGroup.isNull())
        mode = QAbstractSocket::ShareAddress | QAbstractSocket::ReuseAddressHint;
    if (!socket->bind(config.bindAddress, config.port, mode)) {
        QString message = describeListenError(
            socket->error(), socket->errorString(), config.bindAddress, config.port);
        if (socket->error() == QAbstractSocket::SocketAddressNotAvailableError
            && looksLikeBroadcast(config.bindAddress))
            message += tr(" — this system does not let a socket bind to a broadcast address; "
                          "bind to any (0.0.0.0) to receive broadcasts");
        delete socket;
        fail(message);
        return 0;
    }
    const quint16 port = socket->localPort();
    if (hasPort(port)) { // port 0 cannot collide, but a second address on a port can
        delete socket;
        fail(tr("already listening on port %1").arg(port));
        return 0;
    }

    if (!config.multicastGroup.isNull()) {
        const bool joined = config.multicastInterface.isValid()
            ? socket->joinMulticastGroup(config.multicastGroup, config.multicastInterface)
            : socket->joinMulticastGroup(config.multicastGroup);
        if (!joined) {
            const QString where = config.multicastInterface.isValid()
                ? config.multicastInterface.humanReadableName()
                : tr("the default interface");
            QString message = tr("port %1: cannot join multicast group %2 on %3")
                                  .arg(port)
                                  .arg(config.multicastGroup.toString(), where);
            const QString reason = socket->errorString();
            if (!reason.isEmpty() && reason != u"Unknown error")
                message += tr(" (%1)").arg(reason);
            if (!config.multicastGroup.isMulticast())
                message += tr(" — %1 is not a multicast address (224.0.0.0 to 239.255.255.255 "
                              "or ff00::/8)")
                               .arg(config.multicastGroup.toString());
            delete socket;
            fail(message);
            return 0;
        }
    }

    // A large receive buffer rides out bursts while the event loop is busy elsewhere.
    // On Linux, SO_RCVBUFFORCE passes net.core.rmem_max when the process may; else the OS
    // caps SO_RCVBUF and we report what it granted.
    bool forced = false;
#ifdef Q_OS_LINUX
    {
        const int wanted = kReceiveBufferBytes;
        forced = ::setsockopt(int(socket->socketDescriptor()), SOL_SOCKET, SO_RCVBUFFORCE, &wanted,
                     sizeof wanted)
            == 0;
    }
#endif
    if (!forced)
        socket->setSocketOption(
            QAbstractSocket::ReceiveBufferSizeSocketOption, kReceiveBufferBytes);

    auto entry = std::make_unique<Port>();
    entry->config = config;
    entry->config.port = port;
    entry->socket = socket;
    entry->stats.port = port;
    int granted = socket->socketOption(QAbstractSocket::ReceiveBufferSizeSocketOption).toInt();
#ifdef Q_OS_LINUX
    granted /= 2; // Linux reports twice the size asked for (the rest is its bookkeeping)
#endif
    entry->stats.receiveBufferBytes = granted;
    Port *raw = entry.get();
    m_ports[port] = std::move(entry);

    connect(socket, &QUdpSocket::readyRead, this, [this, raw] { readPending(raw); });
    connect(socket, &QAbstractSocket::errorOccurred, this,
        [this, raw](QAbstractSocket::SocketError error) {
            if (error == QAbstractSocket::TemporaryError)
                return;
            fail(tr("port %1: %2").arg(raw->stats.port).arg(raw->socket->errorString()));
        });
    if (!m_rateTimer.isActive())
        m_rateTimer.start();
    emit portAdded(port);
    // Datagrams may already be waiting (a sender that started first).
    readPending(raw);
    return port;
}

bool UdpListener::removePort(quint16 port)
{
    const auto it = m_ports.find(port);
    if (it == m_ports.end())
        return false;
    Port &entry = *it->second;
    readPending(&entry);
    if (!entry.pending.isEmpty()) {
        const QList<DecodedDatagram> batch = std::exchange(entry.pending, {});
        emit datagramsDecoded(port, batch);
    }
    const auto again = m_ports.find(port); // a slot may have removed it meanwhile
    if (again == m_ports.end())
        return true;
    again->second->socket->disconnect(this);
    again->second->socket->close();
    again->second->socket->deleteLater();
    m_ports.erase(again);
    if (m_ports.empty())
        m_rateTimer.stop();
    emit portRemoved(port);
    return true;
}

void UdpListener::removeAllPorts()
{
    const QList<quint16> all = ports();
    for (const quint16 port : all)
        removePort(port);
}

bool UdpListener::setDecoder(
    quint16 port, UdpDecoder decoder, const TextCodec &codec, const StructFormat &format)
{
    const auto it = m_ports.find(port);
    if (it == m_ports.end()) {
        fail(tr("not listening on port %1").arg(port));
        return false;
    }
    if (decoder == UdpDecoder::Struct && !format.isValid()) {
        fail(tr("port %1: the frame format is not usable: %2").arg(port).arg(format.errorString()));
        return false;
    }
    flush();
    it->second->config.decoder = decoder;
    it->second->config.textCodec = codec;
    it->second->config.structFormat = format;
    return true;
}

QList<quint16> UdpListener::ports() const
{
    QList<quint16> list;
    for (const auto &entry : m_ports)
        list.append(entry.first);
    return list;
}

bool UdpListener::hasPort(quint16 port) const
{
    return m_ports.find(port) != m_ports.end();
}

UdpPortConfig UdpListener::config(quint16 port) const
{
    const auto it = m_ports.find(port);
    return it == m_ports.end() ? UdpPortConfig() : it->second->config;
}

UdpPortStats UdpListener::stats(quint16 port) const
{
    const auto it = m_ports.find(port);
    return it == m_ports.end() ? UdpPortStats() : it->second->stats;
}

QList<UdpPortStats> UdpListener::allStats() const
{
    QList<UdpPortStats> list;
    for (const auto &entry : m_ports)
        list.append(entry.second->stats);
    return list;
}

void UdpListener::resetStats(quint16 port)
{
    const auto it = m_ports.find(port);
    if (it == m_ports.end())
        return;
    Port &entry = *it->second;
    const int buffer = entry.stats.receiveBufferBytes;
    entry.stats = UdpPortStats();
    entry.stats.port = port;
    entry.stats.receiveBufferBytes = buffer;
    entry.firstArrivalNs = entry.lastArrivalNs = -1;
    entry.messagesAtLastTick = 0;
}

void UdpListener::accept(Port &port, const char *data, qint64 size, const QHostAddress &sender,
    quint16 senderPort, qint64 nowNs)
{
    UdpPortStats &stats = port.stats;
    ++stats.messages;
    stats.bytes += size;
    if (port.firstArrivalNs < 0)
        port.firstArrivalNs = nowNs;
    port.lastArrivalNs = nowNs;

    DecodedDatagram datagram;
    datagram.receivedMs = m_wallBaseMs + nowNs / 1000000;
    datagram.sender = sender;
    datagram.senderPort = senderPort;
    datagram.raw = QByteArray(data, size);
    decode(port, datagram, QByteArrayView(data, size));
    if (!datagram.ok) {
        ++stats.badFrames;
        stats.lastError = datagram.error;
        const auto reason = stats.badReasons.find(datagram.error);
        if (reason != stats.badReasons.end())
            ++reason.value();
        else if (stats.badReasons.size() < kMaxBadReasons)
            stats.badReasons.insert(datagram.error, 1);
        else
            ++stats.badReasons[tr("other reasons")];
    }
    if (port.pending.size() < kMaxBatch)
        port.pending.append(std::move(datagram));
    else
        ++stats.notShown;
}

void UdpListener::readPending(Port *port)
{
    QUdpSocket *socket = port->socket;
    int drained = 0;
    // The first datagram goes through QUdpSocket: that re-arms its read notifier.
    if (socket->hasPendingDatagrams()) {
        QHostAddress sender;
        quint16 senderPort = 0;
        const qint64 size
            = socket->readDatagram(m_buffer.data(), kMaxDatagram, &sender, &senderPort);
        if (size >= 0) {
            ++drained;
            accept(*port, m_buffer.constData(), size, sender, senderPort, m_clock.nsecsElapsed());
        }
    }
#ifdef Q_OS_LINUX
    // The rest in batches of kRecvBatch per system call (recvmmsg), without blocking.
    if (drained > 0) {
        if (m_batchBuffers.isEmpty())
            m_batchBuffers.resize(qsizetype(kRecvBatch) * kMaxDatagram);
        mmsghdr messages[kRecvBatch];
        iovec vectors[kRecvBatch];
        sockaddr_storage addresses[kRecvBatch];
        const int fd = int(socket->socketDescriptor());
        QHostAddress lastSender;
        sockaddr_storage lastRaw = {};
        while (drained < kMaxDrainPerWakeup) {
            std::memset(messages, 0, sizeof messages);
            for (int k = 0; k < kRecvBatch; ++k) {
                vectors[k].iov_base = m_batchBuffers.data() + qsizetype(k) * kMaxDatagram;
                vectors[k].iov_len = kMaxDatagram;
                messages[k].msg_hdr.msg_iov = &vectors[k];
                messages[k].msg_hdr.msg_iovlen = 1;
                messages[k].msg_hdr.msg_name = &addresses[k];
                messages[k].msg_hdr.msg_namelen = sizeof addresses[k];
            }
            const int got = ::recvmmsg(fd, messages, kRecvBatch, MSG_DONTWAIT, nullptr);
            if (got <= 0)
                break; // EAGAIN: drained (errors surface on the next QUdpSocket read)
            const qint64 nowNs = m_clock.nsecsElapsed();
            for (int k = 0; k < got; ++k) {
                const sockaddr_storage &from = addresses[k];
                const socklen_t length = messages[k].msg_hdr.msg_namelen;
                // Senders repeat: convert the address only when it changes.
                if (lastSender.isNull() || std::memcmp(&from, &lastRaw, length) != 0) {
                    lastSender = QHostAddress(reinterpret_cast<const sockaddr *>(&from));
                    std::memcpy(&lastRaw, &from, length);
                }
                quint16 senderPort = 0;
                if (from.ss_family == AF_INET)
                    senderPort = ntohs(reinterpret_cast<const sockaddr_in &>(from).sin_port);
                else if (from.ss_family == AF_INET6)
                    senderPort = ntohs(reinterpret_cast<const sockaddr_in6 &>(from).sin6_port);
                accept(*port, static_cast<const char *>(vectors[k].iov_base),
                    qint64(messages[k].msg_len), lastSender, senderPort, nowNs);
            }
            drained += got;
            if (got < kRecvBatch)
                break;
        }
    }
#else
    while (drained < kMaxDrainPerWakeup && socket->hasPendingDatagrams()) {
        QHostAddress sender;
        quint16 senderPort = 0;
        const qint64 size
            = socket->readDatagram(m_buffer.data(), kMaxDatagram, &sender, &senderPort);
        if (size < 0)
            break;
        ++drained;
        accept(*port, m_buffer.constData(), size, sender, senderPort, m_clock.nsecsElapsed());
    }
#endif
    if (port->firstArrivalNs >= 0 && port->lastArrivalNs > port->firstArrivalNs)
        port->stats.averageRate
            = (port->stats.messages - 1) / ((port->lastArrivalNs - port->firstArrivalNs) / 1e9);
    if (drained > 0 && !m_batchTimer.isActive())
        m_batchTimer.start();
}

void UdpListener::decode(Port &port, DecodedDatagram &datagram, QByteArrayView data)
{
    switch (port.config.decoder) {
    case UdpDecoder::Text: {
        const DecodeResult result = port.config.textCodec.decode(data);
        datagram.text = result.text;
        datagram.ok = result.ok;
        if (!result.ok)
            datagram.error = result.errorString;
        break;
    }
    case UdpDecoder::Struct:
        datagram.ok = port.config.structFormat.decode(data, datagram.values, &datagram.error);
        break;
    case UdpDecoder::Hex:
        datagram.text = QString::fromLatin1(data.toByteArray().toHex(' '));
        break;
    }
}

void UdpListener::flush()
{
    m_batchTimer.stop();
    const QList<quint16> all = ports();
    for (const quint16 port : all) {
        const auto it = m_ports.find(port);
        if (it == m_ports.end() || it->second->pending.isEmpty())
            continue;
        const QList<DecodedDatagram> batch = std::exchange(it->second->pending, {});
        emit datagramsDecoded(port, batch);
    }
}

void UdpListener::tickRates()
{
    const QList<quint16> all = ports();
    for (const quint16 port : all) {
        const auto it = m_ports.find(port);
        if (it == m_ports.end())
            continue;
        Port &entry = *it->second;
        const double rate = double(entry.stats.messages - entry.messagesAtLastTick);
        entry.messagesAtLastTick = entry.stats.messages;
        entry.stats.currentRate = rate;
        entry.stats.rateHistory.append(rate);
        if (entry.stats.rateHistory.size() > kRateHistorySeconds)
            entry.stats.rateHistory.removeFirst();
        emit rateChanged(port, rate);
    }
}

} // namespace netlab
