#include "sensornodedecoder.h"

#include <QCoreApplication>

#include <algorithm>
#include <cstring>

using namespace Qt::StringLiterals;

namespace netlab {

namespace {

QString hexBytes(QByteArrayView bytes)
{
    return QString::fromLatin1(bytes.toByteArray().toHex(' '));
}

bool isIntegerCode(char code)
{
    return std::strchr("bBhHiIlLqQnN", code) != nullptr && code != 0;
}

} // namespace

SensorNodeDecoder::SensorNodeDecoder()
{
    setConfig(SensorNodeDecoderConfig());
}

bool SensorNodeDecoder::setConfig(const SensorNodeDecoderConfig &config, QString *error)
{
    const auto refuse = [&](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    if (config.packetSize < 1 || config.packetSize > kMaxPacketSize)
        return refuse(tr("The packet length must be 1 to %1 bytes, not %2.")
                          .arg(kMaxPacketSize)
                          .arg(config.packetSize));
    if (config.magic.size() > std::min(kMaxMagicSize, config.packetSize))
        return refuse(tr("The magic (%1 bytes) is longer than a packet or than %2 bytes.")
                          .arg(config.magic.size())
                          .arg(kMaxMagicSize));
    const StructFormat format = StructFormat::parse(config.format, config.fieldNames);
    if (!format.isValid())
        return refuse(tr("Packet format: %1").arg(format.errorString()));
    if (format.size() < 1 || format.size() > config.packetSize)
        return refuse(tr("The format '%1' describes %2 bytes; a packet is %3 bytes.")
                          .arg(config.format)
                          .arg(format.size())
                          .arg(config.packetSize));
    const QList<StructField> fields = format.fields();
    if (config.sequenceField >= 0) {
        if (config.sequenceField >= fields.size())
            return refuse(tr("The sequence field %1 does not exist: the format has %2 values.")
                              .arg(config.sequenceField)
                              .arg(fields.size()));
        if (!isIntegerCode(fields.at(config.sequenceField).code))
            return refuse(tr("The sequence field '%1' is not an integer.")
                              .arg(fields.at(config.sequenceField).name));
    }
    if (config.maxSequenceGap < 1)
        return refuse(tr("The largest sequence gap must be at least 1."));

    m_config = config;
    m_format = format;
    m_padMask = QByteArray(format.size(), '\1');
    for (const StructField &field : fields)
        std::fill_n(m_padMask.begin() + field.offset, field.size, '\0');
    reset();
    return true;
}

void SensorNodeDecoder::reset()
{
    m_buffer.clear();
    m_hunting = false;
    m_haveSequence = false;
    m_lastSequence = 0;
    m_haveCandidate = false;
    m_candidateSequence = 0;
    m_packets = 0;
    m_bad = 0;
    m_resyncs = 0;
    m_skipped = 0;
    m_missed = 0;
}

SensorNodeDecoder::Check SensorNodeDecoder::check(const char *packet, QString *reason)
{
    const QByteArray &magic = m_config.magic;
    if (!magic.isEmpty() && std::memcmp(packet, magic.constData(), size_t(magic.size())) != 0) {
        *reason = tr("bad packet: it starts with %1 instead of the magic %2")
                      .arg(hexBytes(QByteArrayView(packet, magic.size())), hexBytes(magic));
        return Check::BadMagic;
    }
    if (m_config.checkPadding) {
        for (qsizetype i = 0; i < m_padMask.size(); ++i) {
            if (m_padMask.at(i) && packet[i] != 0) {
                *reason = tr("bad packet: pad byte %1 is 0x%2, not 0 (a byte was lost or "
                             "added on the way)")
                              .arg(i)
                              .arg(quint8(packet[i]), 2, 16, QLatin1Char('0'));
                return Check::BadPadding;
            }
        }
    }
    m_format.decode(QByteArrayView(packet, m_format.size()), m_values);
    if (m_config.sequenceField < 0)
        return Check::Ok;
    const StructValue &value = m_values.at(m_config.sequenceField);
    const quint64 sequence = value.type == StructValue::Type::Int ? quint64(value.i) : value.u;
    if (!m_haveSequence)
        return Check::Ok;
    if (sequence > m_lastSequence && sequence - m_lastSequence <= quint64(m_config.maxSequenceGap))
        return Check::Ok;
    if (m_haveCandidate && sequence == m_candidateSequence + 1)
        return Check::Ok; // two packets agree: the node restarted its count
    *reason = tr("bad packet: sequence %1 after %2").arg(sequence).arg(m_lastSequence);
    m_haveCandidate = true;
    m_candidateSequence = sequence;
    return Check::BadSequence;
}

void SensorNodeDecoder::feed(
    QByteArrayView data, QList<SensorNodePacket> &packets, QList<Issue> &issues, qint64 nowMs)
{
    m_buffer.append(data.data(), data.size());
    const char *d = m_buffer.constData();
    const qsizetype n = m_buffer.size();
    const qsizetype packetSize = m_config.packetSize;
    const QByteArray &magic = m_config.magic;
    const qsizetype magicSize = magic.size();
    qsizetype pos = 0;

    const auto accept = [&] {
        SensorNodePacket packet;
        packet.receivedMs = nowMs;
        packet.values = m_values;
        if (m_config.sequenceField >= 0) {
            const StructValue &value = m_values.at(m_config.sequenceField);
            packet.sequence = value.type == StructValue::Type::Int ? quint64(value.i) : value.u;
            if (m_haveSequence && packet.sequence > m_lastSequence + 1
                && !(m_haveCandidate && packet.sequence == m_candidateSequence + 1))
                m_missed += packet.sequence - m_lastSequence - 1;
            m_haveSequence = true;
            m_lastSequence = packet.sequence;
        } else {
            packet.sequence = m_packets;
        }
        m_haveCandidate = false;
        ++m_packets;
        packets.append(std::move(packet));
        pos += packetSize;
    };
    const auto reject = [&](Problem problem, const QString &reason) {
        ++m_bad;
        issues.append({problem, reason});
        m_hunting = true;
        pos += 1;
        m_skipped += 1;
    };

    for (;;) {
        if (!m_hunting) {
            const qsizetype available = n - pos;
            if (available < packetSize) {
                // A wrong start shows before the whole packet is in.
                const qsizetype k = std::min(available, magicSize);
                if (k > 0 && std::memcmp(d + pos, magic.constData(), size_t(k)) != 0) {
                    reject(Problem::BadMagic,
                        tr("bad packet: it starts with %1 instead of the magic %2")
                            .arg(hexBytes(QByteArrayView(d + pos, k)), hexBytes(magic)));
                    continue;
                }
                break;
            }
            QString reason;
            switch (check(d + pos, &reason)) {
            case Check::Ok:
                accept();
                break;
            case Check::BadMagic:
                reject(Problem::BadMagic, reason);
                break;
            case Check::BadPadding:
                reject(Problem::BadPadding, reason);
                break;
            case Check::BadSequence:
                reject(Problem::BadSequence, reason);
                break;
            }
            continue;
        }

        // Hunting: the next occurrence of the magic is the next candidate packet.
        qsizetype found = pos;
        if (magicSize > 0) {
            found = QByteArrayView(d, n).indexOf(QByteArrayView(magic), pos);
            if (found < 0) {
                // Keep a tail that may be the beginning of the magic.
                const qsizetype keep = std::max(pos, n - (magicSize - 1));
                m_skipped += quint64(keep - pos);
                pos = keep;
                break;
            }
        }
        m_skipped += quint64(found - pos);
        pos = found;
        if (n - pos < packetSize)
            break;
        QString reason;
        if (check(d + pos, &reason) == Check::Ok) {
            m_hunting = false;
            ++m_resyncs;
            accept();
        } else {
            pos += 1;
            m_skipped += 1;
        }
    }
    m_buffer.remove(0, pos);
}

} // namespace netlab
