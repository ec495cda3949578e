#pragma once

// Framing of the serial sensor node's DATA packets. Wire grammar (defaults in brackets):
//
//   stream  = *( packet / garbage )
//   packet  = magic body                     ; exactly packetSize bytes [64]
//   magic   = the magic bytes                ; ["DATA"], the packet's first bytes
//   body    = the rest of the struct format  ; [<4sII6f28x: magic, seq u32, time_ms u32,
//                                            ;  dx dy dz roll pitch yaw f32, 28 pad bytes]
//
// A packet is accepted when it starts with the magic, its pad bytes are zero (Python's
// struct.pack writes zeros) and its sequence number follows the previous one (a forward
// gap of at most maxSequenceGap counts the packets in between as missed). Anything else
// is a bad packet: it is counted, reported, and the decoder resynchronises on the next
// occurrence of the magic instead of decoding garbage. Two consecutive packets whose
// sequence numbers follow each other re-establish the sequence (a node that restarted).
//
// Plain C++: feed(bytes) -> packets + problems; no event loop, so it is fuzzed and tested
// byte by byte. Memory is bounded: at most one packet plus the magic is ever buffered.

#include <netlab/structformat.h>

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace netlab {

struct SensorNodePacket
{
    quint64 sequence = 0; // the sequence field, or the packet's index without one
    qint64 receivedMs = 0; // local time of arrival, ms since the epoch
    QList<StructValue> values;
};

struct SensorNodeDecoderConfig
{
    int packetSize = 64;
    QByteArray magic = QByteArrayLiteral("DATA");
    QString format = QStringLiteral("<4sII6f28x");
    QStringList fieldNames = {QStringLiteral("magic"), QStringLiteral("seq"),
        QStringLiteral("time_ms"), QStringLiteral("dx"), QStringLiteral("dy"), QStringLiteral("dz"),
        QStringLiteral("roll"), QStringLiteral("pitch"), QStringLiteral("yaw")};
    int sequenceField = 1; // index of the sequence value in the format, -1: none
    bool checkPadding = true;
    int maxSequenceGap = 16;
};

class SensorNodeDecoder
{
    Q_DECLARE_TR_FUNCTIONS(netlab::SensorNodeDecoder)

public:
    static constexpr int kMaxPacketSize = 65536;
    static constexpr int kMaxMagicSize = 64;

    enum class Problem { BadMagic, BadPadding, BadSequence };

    struct Issue
    {
        Problem problem = Problem::BadMagic;
        QString message; // "bad packet: magic 41 54 41 00 instead of DATA"
    };

    SensorNodeDecoder();

    // false + *error (in plain words) when the configuration cannot work: packet size out
    // of range, format unparsable or longer than a packet, magic longer than a packet or
    // not matching a bytes field... The previous configuration then stays.
    bool setConfig(const SensorNodeDecoderConfig &config, QString *error = nullptr);
    const SensorNodeDecoderConfig &config() const { return m_config; }
    const StructFormat &format() const { return m_format; }

    void reset(); // forgets buffered bytes, the sequence and the counters

    // Appends every complete valid packet to `packets` and every bad one to `issues`.
    // `nowMs` stamps the packets (tests pass a fixed time).
    void feed(QByteArrayView data, QList<SensorNodePacket> &packets, QList<Issue> &issues,
        qint64 nowMs = QDateTime::currentMSecsSinceEpoch());

    quint64 packetCount() const { return m_packets; }
    quint64 badPackets() const { return m_bad; }
    quint64 resyncs() const { return m_resyncs; }
    quint64 skippedBytes() const { return m_skipped; }
    quint64 missedPackets() const { return m_missed; } // sequence gaps
    qsizetype bufferedBytes() const { return m_buffer.size(); }
    bool isSynchronised() const { return !m_hunting; }

private:
    enum class Check { Ok, BadMagic, BadPadding, BadSequence };

    Check check(const char *packet, QString *reason);

    SensorNodeDecoderConfig m_config;
    StructFormat m_format;
    QByteArray m_padMask; // 1 where the format has pad bytes
    QByteArray m_buffer;
    QList<StructValue> m_values;
    bool m_hunting = false;
    bool m_haveSequence = false;
    quint64 m_lastSequence = 0;
    bool m_haveCandidate = false;
    quint64 m_candidateSequence = 0;
    quint64 m_packets = 0;
    quint64 m_bad = 0;
    quint64 m_resyncs = 0;
    quint64 m_skipped = 0;
    quint64 m_missed = 0;
};

} // namespace netlab
