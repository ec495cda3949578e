#include "sensornodesession.h"

#include "seriallink.h"

#include <netlab/csvwriter.h>
#include <netlab/escapedtext.h>

#include <QFile>
#include <QSaveFile>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace netlab {

SensorNodeSession::SensorNodeSession(SerialLink *link, QObject *parent)
    : QObject(parent)
    , m_link(link)
    , m_silenceTimer(new QTimer(this))
{
    m_silenceTimer->setSingleShot(true);
    connect(m_silenceTimer, &QTimer::timeout, this, &SensorNodeSession::handleSilence);
    connect(m_link, &SerialLink::dataReceived, this, &SensorNodeSession::handleData);
    connect(m_link, &SerialLink::closed, this, &SensorNodeSession::handleLinkClosed);
    setSettings(m_settings);
}

bool SensorNodeSession::setSettings(const SensorNodeSettings &settings, QString *error)
{
    const auto refuse = [&](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    if (m_state == State::Running)
        return refuse(tr("Stop the session before changing its settings."));
    if (settings.packetCount < 0 || settings.packetCount > kMaxPacketCount)
        return refuse(tr("The packet count must be 0 (until stopped) to %1, not %2.")
                          .arg(kMaxPacketCount)
                          .arg(settings.packetCount));
    if (settings.timeoutMs < kMinTimeoutMs || settings.timeoutMs > kMaxTimeoutMs)
        return refuse(tr("The timeout must be %1 ms to %2 ms, not %3 ms.")
                          .arg(kMinTimeoutMs)
                          .arg(kMaxTimeoutMs)
                          .arg(settings.timeoutMs));
    SensorNodeDecoder decoder;
    if (!decoder.setConfig(settings.decoder, error))
        return false;
    m_settings = settings;
    m_decoder.setConfig(settings.decoder);
    return true;
}

bool SensorNodeSession::start()
{
    if (m_state == State::Running) {
        m_lastMessage = tr("A session is already running.");
        emit errorOccurred(m_lastMessage);
        return false;
    }
    if (!m_link->isOpen()) {
        m_lastMessage = tr("Open the serial port first, then start the session.");
        emit errorOccurred(m_lastMessage);
        return false;
    }
    clear();
    m_decoder.reset();
    m_elapsedAtEndMs = -1;
    m_clock.start();
    setState(State::Running);
    emit started();
    if (!m_settings.startCommand.isEmpty() && !m_link->send(m_settings.startCommand)) {
        end(false, tr("The start command could not be sent: %1").arg(m_link->lastError()), false);
        return false;
    }
    m_silenceTimer->start(m_settings.timeoutMs);
    return true;
}

void SensorNodeSession::stop()
{
    if (m_state != State::Running)
        return;
    end(true,
        tr("Stopped after %n packet(s).", nullptr, int(std::min<quint64>(m_received, INT_MAX))),
        true);
}

SensorNodeCounters SensorNodeSession::counters() const
{
    SensorNodeCounters c;
    c.received = m_received;
    c.acknowledged = m_acknowledged;
    c.bad = m_decoder.badPackets();
    c.resyncs = m_decoder.resyncs();
    c.missed = m_decoder.missedPackets();
    c.skippedBytes = m_decoder.skippedBytes();
    c.timeouts = m_timeouts;
    const qint64 elapsed = m_elapsedAtEndMs >= 0 ? m_elapsedAtEndMs
        : m_clock.isValid()                      ? m_clock.elapsed()
                                                 : 0;
    if (elapsed > 0)
        c.packetsPerSecond = double(m_received) * 1000.0 / double(elapsed);
    return c;
}

void SensorNodeSession::clear()
{
    if (m_state == State::Running)
        return;
    m_packets.clear();
    m_droppedPackets = 0;
    m_acknowledged = 0;
    m_received = 0;
    m_decoder.reset();
    m_elapsedAtEndMs = -1;
    m_clock.invalidate();
    emit packetsCleared();
    emit countersChanged();
}

void SensorNodeSession::handleData(const QByteArray &data)
{
    if (m_state != State::Running)
        return;
    m_silenceTimer->start(m_settings.timeoutMs);
    m_batch.clear();
    m_issues.clear();
    m_decoder.feed(data, m_batch, m_issues);
    for (const SensorNodeDecoder::Issue &issue : std::as_const(m_issues))
        emit badPacket(issue.message);

    const quint64 wanted = quint64(m_settings.packetCount);
    qsizetype take = m_batch.size();
    if (wanted > 0)
        take = qsizetype(std::min<quint64>(quint64(take), wanted - m_received));
    qsizetype dropped = 0;
    for (qsizetype i = 0; i < take; ++i) {
        if (!m_settings.ackCommand.isEmpty() && m_link->isOpen()
            && m_link->send(m_settings.ackCommand))
            ++m_acknowledged;
        m_packets.push_back(std::move(m_batch[i]));
        if (qsizetype(m_packets.size()) > kMaxStoredPackets) {
            m_packets.pop_front();
            ++dropped;
        }
    }
    m_received += quint64(take);
    if (dropped > 0) {
        m_droppedPackets += quint64(dropped);
        emit packetsDropped(dropped);
    }
    if (take > 0)
        emit packetsDecoded(qsizetype(m_packets.size()) - take, take);
    emit countersChanged();
    if (wanted > 0 && m_received >= wanted)
        end(true, tr("All %1 packets received.").arg(wanted), true);
}

void SensorNodeSession::handleSilence()
{
    if (m_state != State::Running)
        return;
    ++m_timeouts;
    end(false,
        tr("The node sent nothing for %1 s: session ended after %2 of %3 packets. Is it "
           "switched on and does it answer %4?")
            .arg(double(m_settings.timeoutMs) / 1000.0, 0, 'f', 1)
            .arg(m_received)
            .arg(m_settings.packetCount > 0 ? QString::number(m_settings.packetCount)
                                            : tr("unlimited"))
            .arg(toEscapedText(m_settings.startCommand)),
        true);
}

void SensorNodeSession::handleLinkClosed(const QString &reason)
{
    if (m_state != State::Running)
        return;
    end(false,
        tr("The port closed during the session (%1); the %2 packets received are kept.")
            .arg(reason)
            .arg(m_received),
        false);
}

void SensorNodeSession::end(bool ok, const QString &message, bool sendStop)
{
    m_silenceTimer->stop();
    m_elapsedAtEndMs = m_clock.isValid() ? m_clock.elapsed() : 0;
    if (sendStop && !m_settings.stopCommand.isEmpty() && m_link->isOpen())
        m_link->send(m_settings.stopCommand);
    m_lastMessage = message;
    setState(State::Idle);
    emit countersChanged();
    if (!ok)
        emit errorOccurred(message);
    emit finished(ok, message);
}

void SensorNodeSession::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}

QByteArray SensorNodeSession::csvHeader() const
{
    return CsvWriter::row(QStringList {u"received_ms"_s} + format().names());
}

QStringList SensorNodeSession::csvFields(const SensorNodePacket &packet) const
{
    QStringList fields {QString::number(packet.receivedMs)};
    for (const StructValue &value : packet.values)
        fields += value.type == StructValue::Type::Bytes ? toEscapedText(value.bytes)
                                                         : value.toString();
    return fields;
}

QByteArray SensorNodeSession::csvRow(const SensorNodePacket &packet) const
{
    return CsvWriter::row(csvFields(packet));
}

bool SensorNodeSession::writeCsv(QIODevice &device, QString *error) const
{
    CsvWriter writer(&device, "\n");
    bool ok = writer.writeRow(QStringList {u"received_ms"_s} + format().names());
    for (const SensorNodePacket &packet : m_packets) {
        if (!ok)
            break;
        ok = writer.writeRow(csvFields(packet));
    }
    if (ok && writer.flush())
        return true;
    if (error)
        *error = writer.errorString();
    return false;
}

bool SensorNodeSession::saveCsv(const QString &path, QString *error) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = tr("%1: %2").arg(path, file.errorString());
        return false;
    }
    QString reason;
    if (!writeCsv(file, &reason) || !file.commit()) {
        if (error)
            *error = tr("%1: %2").arg(path, reason.isEmpty() ? file.errorString() : reason);
        return false;
    }
    return true;
}

} // namespace netlab
