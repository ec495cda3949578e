// libFuzzer target: the sensor-node packet framing (SensorNodeDecoder) on arbitrary bytes.
// Input: [layout byte] [chunk byte] [stream bytes]. The layout byte picks one of a few
// configurations (the lab's 64-byte packet, a short packet with a 1-byte magic, no magic,
// no sequence field); the stream is fed whole and again in chunks of (chunk byte % 67) + 1
// bytes. Checks: the buffer stays bounded, every packet has the format's value count, and
// the outcome (packets, bad count, resyncs, skipped bytes) does not depend on how the bytes
// were split into reads.
#include <devices/sensornodedecoder.h>

#include <cstdint>
#include <cstdlib>

namespace {

netlab::SensorNodeDecoderConfig config(uint8_t layout)
{
    netlab::SensorNodeDecoderConfig c; // the lab's packet
    switch (layout % 4) {
    case 1:
        c.packetSize = 8;
        c.magic = QByteArrayLiteral("\xaa");
        c.format = QStringLiteral("<cBhxxx");
        c.fieldNames = {};
        c.sequenceField = 1;
        c.maxSequenceGap = 3;
        break;
    case 2:
        c.packetSize = 6;
        c.magic.clear();
        c.format = QStringLiteral(">Hf");
        c.fieldNames = {};
        c.sequenceField = 0;
        break;
    case 3:
        c.sequenceField = -1;
        break;
    default:
        break;
    }
    return c;
}

struct Outcome
{
    QList<quint64> sequences;
    quint64 bad = 0;
    quint64 resyncs = 0;
    quint64 skipped = 0;
    bool operator==(const Outcome &o) const
    {
        return sequences == o.sequences && bad == o.bad && resyncs == o.resyncs
            && skipped == o.skipped;
    }
};

Outcome run(const netlab::SensorNodeDecoderConfig &c, QByteArrayView stream, qsizetype chunk)
{
    netlab::SensorNodeDecoder decoder;
    if (!decoder.setConfig(c))
        std::abort();
    Outcome outcome;
    QList<netlab::SensorNodePacket> packets;
    QList<netlab::SensorNodeDecoder::Issue> issues;
    for (qsizetype at = 0; at < stream.size(); at += chunk) {
        packets.clear();
        issues.clear();
        decoder.feed(stream.sliced(at, std::min(chunk, stream.size() - at)), packets, issues, 0);
        if (decoder.bufferedBytes() > c.packetSize + c.magic.size())
            std::abort();
        for (const netlab::SensorNodePacket &p : packets) {
            if (p.values.size() != decoder.format().valueCount())
                std::abort();
            outcome.sequences.append(p.sequence);
        }
        for (const auto &issue : issues) {
            if (issue.message.isEmpty())
                std::abort();
        }
    }
    outcome.bad = decoder.badPackets();
    outcome.resyncs = decoder.resyncs();
    outcome.skipped = decoder.skippedBytes();
    if (outcome.resyncs > outcome.bad + 1
        || quint64(outcome.sequences.size()) != decoder.packetCount())
        std::abort();
    return outcome;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 2)
        return 0;
    const netlab::SensorNodeDecoderConfig c = config(data[0]);
    const qsizetype chunk = qsizetype(data[1] % 67) + 1;
    const QByteArrayView stream(reinterpret_cast<const char *>(data) + 2, qsizetype(size - 2));
    const Outcome whole = run(c, stream, qMax<qsizetype>(stream.size(), 1));
    const Outcome pieces = run(c, stream, chunk);
    if (!(whole == pieces))
        std::abort();
    return 0;
}
