// SensorNodeDecoder: the sensor-node packet framing, fed byte strings as a serial port
// would deliver them — whole, in pieces, merged, corrupted, with a byte lost, in garbage.
#include <devices/sensornodedecoder.h>

#include <QTest>

#include <cstring>

using namespace Qt::StringLiterals;
using netlab::SensorNodeDecoder;
using netlab::SensorNodePacket;

namespace {

// A packet as Python writes it: struct.pack('<4sII6f28x', b'DATA', seq, ms, dx..yaw).
QByteArray packet(quint32 sequence, quint32 ms = 0)
{
    QByteArray bytes(64, '\0');
    std::memcpy(bytes.data(), "DATA", 4);
    std::memcpy(bytes.data() + 4, &sequence, 4);
    std::memcpy(bytes.data() + 8, &ms, 4);
    const float values[6] = {0.5f, -0.25f, 1.0f, 10.0f, -5.0f, 90.0f};
    std::memcpy(bytes.data() + 12, values, sizeof values);
    return bytes;
}

QByteArray packets(quint32 first, int count)
{
    QByteArray bytes;
    for (int i = 0; i < count; ++i)
        bytes += packet(first + quint32(i), 10 * quint32(i));
    return bytes;
}

struct Result
{
    QList<SensorNodePacket> packets;
    QList<SensorNodeDecoder::Issue> issues;
};

Result feedInChunks(SensorNodeDecoder &decoder, const QByteArray &stream, int chunk)
{
    Result r;
    for (qsizetype at = 0; at < stream.size(); at += chunk)
        decoder.feed(
            QByteArrayView(stream).sliced(at, std::min<qsizetype>(chunk, stream.size() - at)),
            r.packets, r.issues, 1);
    return r;
}

QList<quint64> sequences(const QList<SensorNodePacket> &list)
{
    QList<quint64> out;
    for (const SensorNodePacket &p : list)
        out.append(p.sequence);
    return out;
}

QList<quint64> range(quint64 first, quint64 last, QList<quint64> except = {})
{
    QList<quint64> out;
    for (quint64 s = first; s <= last; ++s) {
        if (!except.contains(s))
            out.append(s);
    }
    return out;
}

} // namespace

class tst_SensorNodeDecoder : public QObject
{
    Q_OBJECT

private slots:
    void decodesValues();
    void chunking_data();
    void chunking();
    void faults_data();
    void faults();
    void garbageFloodIsBounded();
    void restartedNodeIsFollowed();
    void badConfigurationIsRefused_data();
    void badConfigurationIsRefused();
    void customLayout();
};

void tst_SensorNodeDecoder::decodesValues()
{
    SensorNodeDecoder decoder;
    Result r = feedInChunks(decoder, packet(7, 1234), 64);
    QCOMPARE(r.packets.size(), 1);
    QVERIFY(r.issues.isEmpty());
    const SensorNodePacket &p = r.packets.first();
    QCOMPARE(p.sequence, 7u);
    QCOMPARE(p.values.size(), 9);
    QCOMPARE(p.values.at(0).bytes, "DATA"_ba);
    QCOMPARE(p.values.at(2).u, 1234u);
    QCOMPARE(p.values.at(3).f, 0.5);
    QCOMPARE(p.values.at(8).f, 90.0);
    QCOMPARE(decoder.bufferedBytes(), 0);
}

void tst_SensorNodeDecoder::chunking_data()
{
    QTest::addColumn<int>("chunk");
    for (int chunk : {1, 3, 7, 63, 64, 65, 100, 128, 1000, 64 * 200})
        QTest::addRow("%d-byte reads", chunk) << chunk;
}

// Split and merged reads: packets arriving in pieces and several at once decode the same.
void tst_SensorNodeDecoder::chunking()
{
    QFETCH(int, chunk);
    SensorNodeDecoder decoder;
    Result r = feedInChunks(decoder, packets(0, 200), chunk);
    QCOMPARE(sequences(r.packets), range(0, 199));
    QVERIFY(r.issues.isEmpty());
    QCOMPARE(decoder.badPackets(), 0u);
    QCOMPARE(decoder.resyncs(), 0u);
    QVERIFY(decoder.bufferedBytes() < 64);
}

void tst_SensorNodeDecoder::faults_data()
{
    QTest::addColumn<QByteArray>("stream");
    QTest::addColumn<QList<quint64>>("expected");
    QTest::addColumn<quint64>("bad");
    QTest::addColumn<quint64>("resyncs");

    QByteArray s = packets(0, 10);
    s[5 * 64 + 1] = 'X'; // magic of packet 5
    QTest::addRow("corrupted magic") << s << range(0, 9, {5}) << 1ull << 1ull;

    s = packets(0, 10);
    s[5 * 64 + 4] = char(0xa5); // sequence of packet 5
    s[5 * 64 + 7] = char(0xa5);
    QTest::addRow("corrupted sequence") << s << range(0, 9, {5}) << 1ull << 1ull;

    s = packets(0, 10);
    s[5 * 64 + 50] = 1; // a pad byte
    QTest::addRow("corrupted pad byte") << s << range(0, 9, {5}) << 1ull << 1ull;

    s = packets(0, 10);
    s.remove(5 * 64 + 20, 1); // a byte of dz lost: packet 5 ends with packet 6's 'D'
    QTest::addRow("dropped byte in the data") << s << range(0, 9, {5}) << 1ull << 1ull;

    s = packets(0, 10);
    s.remove(5 * 64 + 2, 1); // a byte of the magic lost
    QTest::addRow("dropped byte in the magic") << s << range(0, 9, {5}) << 1ull << 1ull;

    s = packets(0, 10);
    s.insert(5 * 64, "\x01\x02garbage\xff"_ba);
    QTest::addRow("garbage between packets") << s << range(0, 9) << 1ull << 1ull;

    s = "\x13\x37 noise at the start"_ba + packets(0, 10);
    QTest::addRow("garbage first") << s << range(0, 9) << 1ull << 1ull;

    s = packets(0, 10);
    s.remove(3 * 64, 64); // a whole packet lost: a sequence gap, not an error
    QTest::addRow("lost packet") << s << range(0, 9, {3}) << 0ull << 0ull;

    s = packets(0, 5) + packet(3) + packets(5, 5);
    QTest::addRow("repeated sequence") << s << range(0, 9) << 1ull << 1ull;

    s = packets(0, 10);
    s[2 * 64 + 1] = 'X';
    s[7 * 64 + 30] = char(0xee);
    s[7 * 64 + 60] = char(0xee);
    QTest::addRow("two faults") << s << range(0, 9, {2, 7}) << 2ull << 2ull;
}

void tst_SensorNodeDecoder::faults()
{
    QFETCH(QByteArray, stream);
    QFETCH(QList<quint64>, expected);
    QFETCH(quint64, bad);
    QFETCH(quint64, resyncs);
    for (int chunk : {1, 5, 64, 4096}) {
        SensorNodeDecoder decoder;
        Result r = feedInChunks(decoder, stream, chunk);
        QCOMPARE(sequences(r.packets), expected);
        QCOMPARE(decoder.badPackets(), bad);
        QCOMPARE(decoder.resyncs(), resyncs);
        QCOMPARE(quint64(r.issues.size()), bad);
        for (const SensorNodeDecoder::Issue &issue : std::as_const(r.issues))
            QVERIFY2(issue.message.startsWith(u"bad packet"_s), qPrintable(issue.message));
    }
}

void tst_SensorNodeDecoder::garbageFloodIsBounded()
{
    SensorNodeDecoder decoder;
    Result r;
    QByteArray junk(4096, '\0');
    for (int i = 0; i < junk.size(); ++i)
        junk[i] = char((i * 131 + 7) % 251); // no "DATA" in it
    junk.replace("DATA", "data");
    for (int i = 0; i < 256; ++i) { // 1 MiB of garbage
        decoder.feed(junk, r.packets, r.issues, 1);
        QVERIFY(decoder.bufferedBytes() < 64);
    }
    QCOMPARE(r.packets.size(), 0);
    QCOMPARE(decoder.badPackets(), 1u);
    QVERIFY(decoder.skippedBytes() >= 1024u * 1024u - 64u);
    decoder.feed(packets(0, 3), r.packets, r.issues, 1);
    QCOMPARE(sequences(r.packets), range(0, 2));
    QCOMPARE(decoder.resyncs(), 1u);
}

void tst_SensorNodeDecoder::restartedNodeIsFollowed()
{
    SensorNodeDecoder decoder;
    Result r = feedInChunks(decoder, packets(100, 5) + packets(0, 5), 64);
    // 0 after 104 is one bad packet; 1 confirms the restart.
    QCOMPARE(sequences(r.packets), QList<quint64>({100, 101, 102, 103, 104, 1, 2, 3, 4}));
    QCOMPARE(decoder.badPackets(), 1u);
}

void tst_SensorNodeDecoder::badConfigurationIsRefused_data()
{
    QTest::addColumn<int>("packetSize");
    QTest::addColumn<QByteArray>("magic");
    QTest::addColumn<QString>("format");
    QTest::addColumn<int>("sequenceField");
    QTest::addColumn<QString>("reason");
    QTest::addRow("zero size") << 0 << "DATA"_ba << u"<4sII6f28x"_s << 1 << u"packet length"_s;
    QTest::addRow("format longer") << 32 << "DATA"_ba << u"<4sII6f28x"_s << 1 << u"64 bytes"_s;
    QTest::addRow("bad format") << 64 << "DATA"_ba << u"<4sZ"_s << 1 << u"format"_s;
    QTest::addRow("magic longer") << 3 << "DATA"_ba << u"<3s"_s << -1 << u"magic"_s;
    QTest::addRow("no such field") << 64 << "DATA"_ba << u"<4sII6f28x"_s << 12 << u"sequence"_s;
    QTest::addRow("float sequence") << 64 << "DATA"_ba << u"<4sII6f28x"_s << 3 << u"integer"_s;
}

void tst_SensorNodeDecoder::badConfigurationIsRefused()
{
    QFETCH(int, packetSize);
    QFETCH(QByteArray, magic);
    QFETCH(QString, format);
    QFETCH(int, sequenceField);
    QFETCH(QString, reason);
    SensorNodeDecoder decoder;
    netlab::SensorNodeDecoderConfig config;
    config.packetSize = packetSize;
    config.magic = magic;
    config.format = format;
    config.fieldNames.clear();
    config.sequenceField = sequenceField;
    QString error;
    QVERIFY(!decoder.setConfig(config, &error));
    QVERIFY2(error.contains(reason), qPrintable(error));
    QCOMPARE(decoder.config().packetSize, 64); // the previous configuration stays
}

void tst_SensorNodeDecoder::customLayout()
{
    // A 16-byte packet: magic 0xAA 0x55, a big-endian sequence, one float, 6 trailing bytes
    // outside the format.
    netlab::SensorNodeDecoderConfig config;
    config.packetSize = 16;
    config.magic = "\xaa\x55"_ba;
    config.format = u">2sHf"_s;
    config.fieldNames = {u"sync"_s, u"n"_s, u"value"_s};
    config.sequenceField = 1;
    SensorNodeDecoder decoder;
    QString error;
    QVERIFY2(decoder.setConfig(config, &error), qPrintable(error));
    QByteArray stream;
    for (quint16 n = 1; n <= 4; ++n) {
        QByteArray p(16, '\x7f');
        p[0] = char(0xaa);
        p[1] = char(0x55);
        p[2] = char(n >> 8);
        p[3] = char(n & 0xff);
        p[4] = 0x3f; // 1.0f big-endian: 3f 80 00 00
        p[5] = char(0x80);
        p[6] = 0;
        p[7] = 0;
        stream += p;
    }
    Result r = feedInChunks(decoder, stream, 5);
    QCOMPARE(sequences(r.packets), QList<quint64>({1, 2, 3, 4}));
    QCOMPARE(r.packets.at(2).values.at(2).f, 1.0);
}

QTEST_APPLESS_MAIN(tst_SensorNodeDecoder)
#include "tst_sensornodedecoder.moc"
