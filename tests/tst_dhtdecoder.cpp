#include <devices/dhtdecoder.h>

#include <QTest>

#include <cmath>

using netlab::DhtDecoder;
using netlab::DhtModel;
using netlab::SensorFailure;

Q_DECLARE_METATYPE(DhtDecoder::Edge)
Q_DECLARE_METATYPE(QList<DhtDecoder::Edge>)

namespace {

struct Train
{
    // Faults to put into the synthetic answer.
    int dropLeadingEdges = 0; // preamble edges lost while the line switched to input
    int jitterNs = 0; // ± added to every edge, alternating
    int dropBit = -1; // the rising+falling edges of this bit are lost (0..39)
    int dropSingleEdge = -1; // index of one edge to lose
    bool finalRelease = true; // the sensor's rising edge after the last bit
};

// The answer to a start signal, edge by edge, as the kernel would time-stamp it:
// falling (sensor pulls low 80 µs), rising (high 80 µs), then per bit falling, 50 µs low,
// rising, 27 or 70 µs high; after bit 40 a falling edge, 50 µs low, a rising edge.
QList<DhtDecoder::Edge> train(const std::array<std::uint8_t, 5> &bytes, const Train &faults = {})
{
    QList<DhtDecoder::Edge> edges;
    qint64 t = 1'000'000'000; // any monotonic origin
    const auto edge = [&](bool rising) {
        const qint64 jitter = faults.jitterNs * ((edges.size() % 2) ? 1 : -1);
        edges.append({t + jitter, rising});
    };
    edge(false); // sensor response: low
    t += 80'000;
    edge(true); // high
    t += 80'000;
    for (int bit = 0; bit < 40; ++bit) {
        const bool one = bytes[std::size_t(bit / 8)] & (0x80 >> (bit % 8));
        const qsizetype before = edges.size();
        edge(false);
        t += 50'000;
        edge(true);
        t += one ? 70'000 : 27'000;
        if (bit == faults.dropBit) // the bit's falling edge and its rising edge vanish
            edges.remove(before, 2);
    }
    edge(false);
    t += 50'000;
    if (faults.finalRelease)
        edge(true);
    if (faults.dropSingleEdge >= 0 && faults.dropSingleEdge < edges.size())
        edges.removeAt(faults.dropSingleEdge);
    edges.remove(0, qMin<qsizetype>(faults.dropLeadingEdges, edges.size()));
    return edges;
}

} // namespace

class tst_DhtDecoder : public QObject
{
    Q_OBJECT

private slots:
    void decode_data();
    void decode();
    void decodeBytes_data();
    void decodeBytes();
    void encodeRoundTrip();
};

void tst_DhtDecoder::decode_data()
{
    QTest::addColumn<QList<DhtDecoder::Edge>>("edges");
    QTest::addColumn<int>("model");
    QTest::addColumn<int>("failure");
    QTest::addColumn<double>("temperature");
    QTest::addColumn<double>("humidity");

    const auto dht11 = [](double t, double h) { return DhtDecoder::encode(t, h, DhtModel::Dht11); };
    const int ok = int(SensorFailure::None);
    const int d11 = int(DhtModel::Dht11);
    const int d22 = int(DhtModel::Dht22);

    QTest::addRow("clean 23.0 C 41 pct") << train(dht11(23, 41)) << d11 << ok << 23.0 << 41.0;
    QTest::addRow("jitter 6 us") << train(dht11(23, 41), {0, 6'000}) << d11 << ok << 23.0 << 41.0;
    QTest::addRow("jitter 10 us") << train(dht11(27.3, 55), {0, 10'000}) << d11 << ok << 27.3
                                  << 55.0;
    QTest::addRow("preamble falling edge lost")
        << train(dht11(23, 41), {1}) << d11 << ok << 23.0 << 41.0;
    QTest::addRow("whole preamble lost") << train(dht11(23, 41), {2}) << d11 << ok << 23.0 << 41.0;
    QTest::addRow("preamble and first low lost")
        << train(dht11(23, 41), {3}) << d11 << ok << 23.0 << 41.0;
    QTest::addRow("no final release edge")
        << train(dht11(23, 41), {0, 0, -1, -1, false}) << d11 << ok << 23.0 << 41.0;
    QTest::addRow("tenths") << train(dht11(24.7, 38.2)) << d11 << ok << 24.7 << 38.2;
    QTest::addRow("negative temperature") << train(dht11(-5.4, 80)) << d11 << ok << -5.4 << 80.0;
    QTest::addRow("DHT22 21.5 C 63.2 pct")
        << train(DhtDecoder::encode(21.5, 63.2, DhtModel::Dht22)) << d22 << ok << 21.5 << 63.2;
    QTest::addRow("DHT22 negative -12.3 C")
        << train(DhtDecoder::encode(-12.3, 99.9, DhtModel::Dht22)) << d22 << ok << -12.3 << 99.9;

    auto badChecksum = dht11(23, 41);
    badChecksum[4] ^= 0x01;
    QTest::addRow("bad checksum") << train(badChecksum) << d11 << int(SensorFailure::Checksum)
                                  << 0.0 << 0.0;
    QTest::addRow("one bit lost (edges merged)")
        << train(dht11(23, 41), {0, 0, 17}) << d11 << int(SensorFailure::Timeout) << 0.0 << 0.0;
    QTest::addRow("last bit lost")
        << train(dht11(23, 41), {0, 0, 39}) << d11 << int(SensorFailure::Timeout) << 0.0 << 0.0;
    QTest::addRow("one edge lost mid-frame")
        << train(dht11(23, 41), {0, 0, -1, 41}) << d11 << int(SensorFailure::Timeout) << 0.0 << 0.0;
    QTest::addRow("no answer") << QList<DhtDecoder::Edge>() << d11 << int(SensorFailure::Timeout)
                               << 0.0 << 0.0;
    QTest::addRow("DHT22 frame read as DHT11")
        << train(DhtDecoder::encode(21.5, 63.2, DhtModel::Dht22)) << d11
        << int(SensorFailure::Implausible) << 0.0 << 0.0;
    // 0x7f humidity with a right checksum: passes the checksum, not the plausibility range.
    QTest::addRow("humidity 127 pct")
        << train({127, 0, 23, 0, 150}) << d11 << int(SensorFailure::Implausible) << 0.0 << 0.0;
    QTest::addRow("jitter beyond tolerance")
        << train(dht11(23, 41), {0, 40'000}) << d11 << int(SensorFailure::Timeout) << 0.0 << 0.0;
}

void tst_DhtDecoder::decode()
{
    QFETCH(QList<DhtDecoder::Edge>, edges);
    QFETCH(int, model);
    QFETCH(int, failure);
    QFETCH(double, temperature);
    QFETCH(double, humidity);

    const netlab::SensorResult result = DhtDecoder::decode(edges, DhtModel(model), 1234);
    QCOMPARE(int(result.failure), failure);
    if (failure == int(SensorFailure::None)) {
        QVERIFY(result.message.isEmpty());
        QCOMPARE(result.reading.timestampMs, 1234);
        QVERIFY2(std::fabs(result.reading.temperatureC - temperature) < 1e-9,
            qPrintable(QString::number(result.reading.temperatureC)));
        QVERIFY2(std::fabs(result.reading.humidityPct - humidity) < 1e-9,
            qPrintable(QString::number(result.reading.humidityPct)));
    } else {
        QVERIFY(!result.message.isEmpty()); // a reason a user can read
    }
}

void tst_DhtDecoder::decodeBytes_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("model");
    QTest::addColumn<int>("failure");
    QTest::addColumn<double>("temperature");
    QTest::addColumn<double>("humidity");

    const auto row = [](const char *name, std::array<std::uint8_t, 5> b, DhtModel model,
                         SensorFailure failure, double t, double h) {
        QTest::addRow("%s", name) << QByteArray(reinterpret_cast<const char *>(b.data()), 5)
                                  << int(model) << int(failure) << t << h;
    };
    row("DHT11 integer", {41, 0, 23, 0, 64}, DhtModel::Dht11, SensorFailure::None, 23, 41);
    row("DHT11 tenths", {41, 5, 23, 7, 76}, DhtModel::Dht11, SensorFailure::None, 23.7, 41.5);
    row("DHT11 negative bit", {60, 0, 2, 0x83, 0xc1}, DhtModel::Dht11, SensorFailure::None, -2.3,
        60);
    row("DHT11 zero", {0, 0, 0, 0, 0}, DhtModel::Dht11, SensorFailure::None, 0, 0);
    row("checksum off by one", {41, 0, 23, 0, 65}, DhtModel::Dht11, SensorFailure::Checksum, 0, 0);
    row("all ones", {255, 255, 255, 255, 252}, DhtModel::Dht11, SensorFailure::Implausible, 0, 0);
    row("DHT11 too hot", {41, 0, 61, 0, 102}, DhtModel::Dht11, SensorFailure::Implausible, 0, 0);
    // DHT22: 0x0292 = 658 → 65.8 %, 0x010d = 269 → 26.9 °C, checksum 0x02+0x92+0x01+0x0d = 0xa2.
    row("DHT22 datasheet example", {0x02, 0x92, 0x01, 0x0d, 0xa2}, DhtModel::Dht22,
        SensorFailure::None, 26.9, 65.8);
    // 0x8065 → -10.1 °C.
    row("DHT22 negative", {0x02, 0x92, 0x80, 0x65, 0x79}, DhtModel::Dht22, SensorFailure::None,
        -10.1, 65.8);
    row("DHT22 humidity 100.1 %", {0x03, 0xe9, 0x00, 0xc8, 0xb4}, DhtModel::Dht22,
        SensorFailure::Implausible, 0, 0);
}

void tst_DhtDecoder::decodeBytes()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, model);
    QFETCH(int, failure);
    QFETCH(double, temperature);
    QFETCH(double, humidity);

    std::array<std::uint8_t, 5> b {};
    for (int i = 0; i < 5; ++i)
        b[std::size_t(i)] = std::uint8_t(bytes[i]);
    const netlab::SensorResult result = DhtDecoder::decodeBytes(b, DhtModel(model));
    QCOMPARE(int(result.failure), failure);
    if (result.ok()) {
        QVERIFY(std::fabs(result.reading.temperatureC - temperature) < 1e-9);
        QVERIFY(std::fabs(result.reading.humidityPct - humidity) < 1e-9);
    }
}

void tst_DhtDecoder::encodeRoundTrip()
{
    // Every DHT11 value of the range survives encode → pulse train → decode.
    for (int t10 = -200; t10 <= 600; t10 += 37) {
        for (int h = 0; h <= 100; h += 9) {
            const double t = t10 / 10.0;
            const auto result = DhtDecoder::decode(
                train(DhtDecoder::encode(t, h, DhtModel::Dht11)), DhtModel::Dht11);
            QVERIFY2(result.ok(), qPrintable(result.message));
            QVERIFY(std::fabs(result.reading.temperatureC - t) < 1e-9);
            QCOMPARE(result.reading.humidityPct, double(h));
        }
    }
}

QTEST_APPLESS_MAIN(tst_DhtDecoder)
#include "tst_dhtdecoder.moc"
