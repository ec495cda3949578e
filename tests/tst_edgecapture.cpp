#include <devices/edgecapture.h>
#include <devices/edgerecorder.h>
#include <devices/gpioddhtbackend.h>
#include <devices/memorygpioline.h>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <chrono>

using namespace Qt::StringLiterals;
using netlab::DhtDecoder;
using netlab::DhtModel;
using netlab::EdgeCapture;
using netlab::SensorFailure;
using netlab::SensorResult;

namespace {

const QString kDataDir = QStringLiteral(NETLAB_SOURCE_DIR "/tests/data/dht");
constexpr qint64 kQuietNs = qint64(netlab::GpiodDhtBackend::kQuietUs) * 1000;
constexpr qint64 kWindowNs = qint64(netlab::GpiodDhtBackend::kWindowUs) * 1000;

QJsonObject expectations()
{
    QFile file(kDataDir + u"/expected.json"_s);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

EdgeCapture loadCapture(const QString &name)
{
    QString error;
    const std::optional<EdgeCapture> capture
        = EdgeCapture::load(kDataDir + u'/' + name + u".edges"_s, &error);
    if (!capture)
        qWarning("%s", qPrintable(error));
    return capture.value_or(EdgeCapture {});
}

// The frame of the capture that holds a reading's 40 data bits.
qsizetype frameHolding(const QList<EdgeCapture::Frame> &frames, qint64 dataStartNs)
{
    for (qsizetype i = 0; i < frames.size(); ++i) {
        if (frames.at(i).releaseNs <= dataStartNs
            && dataStartNs <= frames.at(i).releaseNs + kWindowNs)
            return i;
    }
    return -1;
}

// Indices of bit `bit`'s rising and falling edge (the high pulse that carries it) in a frame's
// edges: the bits are the last 40 high pulses before the sensor's closing low.
std::pair<qsizetype, qsizetype> bitEdges(const QList<DhtDecoder::Edge> &edges, int bit)
{
    qsizetype closingFall = edges.size() - 1;
    while (closingFall >= 0 && edges.at(closingFall).rising)
        --closingFall;
    const qsizetype fall = closingFall - 2 * (39 - bit);
    return {fall - 1, fall};
}

// A sensor on a simulated line: each time the line is switched to an input, it answers with the
// given bytes, time-stamped with CLOCK_MONOTONIC like the kernel's edge events.
class AnsweringLine : public netlab::MemoryGpioLine
{
public:
    AnsweringLine(std::array<std::uint8_t, 5> bytes)
        : MemoryGpioLine(4)
        , m_bytes(bytes)
    { }

    bool watchEdges(QString *error) override
    {
        const qint64 now = std::chrono::duration_cast<std::chrono::nanoseconds>(
            std::chrono::steady_clock::now().time_since_epoch())
                               .count();
        QList<Edge> edges;
        qint64 t = now + 30'000; // the sensor answers 20..40 µs after the release
        const auto edge = [&](bool rising, qint64 after) {
            edges.append({t, rising});
            t += after;
        };
        edge(false, 80'000);
        edge(true, 80'000);
        for (int bit = 0; bit < 40; ++bit) {
            const bool one = m_bytes[std::size_t(bit / 8)] & (0x80 >> (bit % 8));
            edge(false, 50'000);
            edge(true, one ? 70'000 : 27'000);
        }
        edge(false, 50'000);
        edge(true, 0);
        queueEdges(edges);
        return MemoryGpioLine::watchEdges(error);
    }

private:
    std::array<std::uint8_t, 5> m_bytes;
};

} // namespace

class tst_EdgeCapture : public QObject
{
    Q_OBJECT

private slots:
    void parsesAndWritesTheFormat();
    void badInput_data();
    void badInput();
    void everyCaptureParses();
    void realCaptures_data();
    void realCaptures();
    void mutatedCaptures_data();
    void mutatedCaptures();
    void recordsAnsweringLine();
};

void tst_EdgeCapture::parsesAndWritesTheFormat()
{
    const QByteArray text = "# source: a test\r\n"
                            "# samplerate_hz 1000000 samples 200 initial_level 1\n"
                            "\n"
                            "100 0\n"
                            "20100 1\r\n"
                            "20100 1\n" // a repeated level (a lost edge) is data, not an error
                            "  20150   0 \n"
                            "# a comment among the edges\n";
    QString error;
    const std::optional<EdgeCapture> capture = EdgeCapture::parse(text, &error);
    QVERIFY2(capture, qPrintable(error));
    QCOMPARE(capture->comments, QStringList({u"source: a test"_s, u"a comment among the edges"_s}));
    QCOMPARE(capture->sampleRateHz, 1'000'000);
    QCOMPARE(capture->samples, 200);
    QVERIFY(capture->initialLevel);
    QVERIFY(!capture->model);
    QCOMPARE(capture->edges.size(), 4);
    QCOMPARE(capture->edges.at(1).timestampNs, 20100);
    QVERIFY(capture->edges.at(1).rising);
    QCOMPARE(capture->edges.at(3).timestampNs, 20150);
    QVERIFY(!capture->edges.at(3).rising);

    // Written and read again: the same capture.
    EdgeCapture withModel = *capture;
    withModel.model = DhtModel::Dht22;
    withModel.initialLevel = false;
    const QByteArray written = withModel.toText();
    QVERIFY(written.contains("# samplerate_hz 1000000 samples 200 initial_level 0 model dht22\n"));
    QVERIFY(written.contains("\n20150 0\n"));
    const std::optional<EdgeCapture> again = EdgeCapture::parse(written, &error);
    QVERIFY2(again, qPrintable(error));
    QCOMPARE(again->model, std::optional<DhtModel>(DhtModel::Dht22));
    QVERIFY(!again->initialLevel);
    QCOMPARE(again->edges.size(), capture->edges.size());
    for (qsizetype i = 0; i < again->edges.size(); ++i) {
        QCOMPARE(again->edges.at(i).timestampNs, capture->edges.at(i).timestampNs);
        QCOMPARE(again->edges.at(i).rising, capture->edges.at(i).rising);
    }
    QCOMPARE(again->toText(), written);

    // Saved through a file.
    QTemporaryDir dir;
    QVERIFY(withModel.save(dir.filePath(u"x.edges"_s), &error));
    QCOMPARE(EdgeCapture::load(dir.filePath(u"x.edges"_s), &error)->toText(), written);
    QVERIFY(!EdgeCapture::load(dir.filePath(u"missing.edges"_s), &error));
    QVERIFY2(error.contains(u"missing.edges"_s), qPrintable(error));
}

void tst_EdgeCapture::badInput_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("expected");
    QTest::addRow("a word") << QByteArray("# x\n100 0\nhello\n") << u"line 3: expected"_s;
    QTest::addRow("level 2") << QByteArray("100 2\n") << u"line 1: expected"_s;
    QTest::addRow("negative time") << QByteArray("\n-5 1\n") << u"line 2: expected"_s;
    QTest::addRow("three fields") << QByteArray("1 0 1\n") << u"line 1:"_s;
    QTest::addRow("one field") << QByteArray("1\n") << u"line 1:"_s;
    QTest::addRow("overflow") << QByteArray("99999999999999999999999 1\n") << u"line 1:"_s;
    QTest::addRow("backwards") << QByteArray("500 0\n400 1\n")
                               << u"line 2: time 400 ns is before the previous edge's (500 ns)"_s;
    QTest::addRow("binary") << QByteArray("12 0\n\x01\x02\xff\n", 9) << u"line 2:"_s;
}

void tst_EdgeCapture::badInput()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, expected);
    QString error;
    QVERIFY(!EdgeCapture::parse(text, &error));
    QVERIFY2(error.startsWith(expected), qPrintable(error));
}

void tst_EdgeCapture::everyCaptureParses()
{
    const QJsonObject expected = expectations();
    QCOMPARE(expected.size(), 17);
    for (auto it = expected.begin(); it != expected.end(); ++it) {
        QString error;
        const std::optional<EdgeCapture> capture
            = EdgeCapture::load(kDataDir + u'/' + it.key() + u".edges"_s, &error);
        QVERIFY2(capture, qPrintable(error));
        QVERIFY(capture->edges.size() > 10);
        QCOMPARE(capture->sampleRateHz, it->toObject().value(u"samplerate_hz").toInteger());
        // Every frame with a reading starts at a start pulse the splitter found.
        const QList<EdgeCapture::Frame> frames = capture->hostFrames(kQuietNs, kWindowNs);
        for (const QJsonValue &reading : it->toObject().value(u"readings").toArray())
            QVERIFY(frameHolding(frames, reading[u"data_start_ns"].toInteger()) >= 0);
    }
}

void tst_EdgeCapture::realCaptures_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("dropped");
    const QJsonObject expected = expectations();
    for (auto it = expected.begin(); it != expected.end(); ++it) {
        for (int dropped = 0; dropped <= 2; ++dropped)
            QTest::addRow("%s, %d edge(s) lost", qPrintable(it.key()), dropped)
                << it.key() << dropped;
    }
}

// DhtDecoder on what a Pi sees: the edges after the host released the line, the first one or
// two possibly lost. Every reading sigrok found comes out, with its values, in order; any other
// frame gives a failure or a complete, checksum-valid, plausible reading.
void tst_EdgeCapture::realCaptures()
{
    QFETCH(QString, name);
    QFETCH(int, dropped);
    const QJsonObject expected = expectations().value(name).toObject();
    const DhtModel model
        = expected.value(u"model").toString() == u"dht11" ? DhtModel::Dht11 : DhtModel::Dht22;
    const QList<EdgeCapture::Frame> frames = loadCapture(name).hostFrames(kQuietNs, kWindowNs);
    QVERIFY(!frames.isEmpty());

    QList<SensorResult> results;
    for (const EdgeCapture::Frame &frame : frames) {
        QList<DhtDecoder::Edge> edges = frame.edges;
        edges.remove(0, qMin<qsizetype>(dropped, edges.size()));
        results.append(DhtDecoder::decode(edges, model));
    }
    const QJsonArray readings = expected.value(u"readings").toArray();
    QList<qsizetype> matched;
    for (const QJsonValue &reading : readings) {
        const qsizetype index = frameHolding(frames, reading[u"data_start_ns"].toInteger());
        QVERIFY(index >= 0);
        QVERIFY2(matched.isEmpty() || index > matched.constLast(), "readings out of order");
        matched.append(index);
        const SensorResult &result = results.at(index);
        QVERIFY2(result.ok(), qPrintable(u"frame %1: %2"_s.arg(index).arg(result.message)));
        QCOMPARE(result.reading.humidityPct, reading[u"humidity_pct"].toDouble());
        QCOMPARE(result.reading.temperatureC, reading[u"temperature_c"].toDouble());
        QVERIFY(reading[u"checksum_ok"].toBool());
    }
    for (qsizetype i = 0; i < results.size(); ++i) {
        if (matched.contains(i) || !results.at(i).ok())
            continue;
        // An extra reading (a frame sigrok skipped for its start pulse): complete and
        // checksum-valid by construction of an ok result; close to the capture's others.
        QVERIFY(results.at(i).reading.isPlausible(model));
        if (!readings.isEmpty()) {
            QVERIFY(qAbs(results.at(i).reading.temperatureC
                        - readings.first()[u"temperature_c"].toDouble())
                < 3.0);
            QVERIFY(qAbs(results.at(i).reading.humidityPct
                        - readings.first()[u"humidity_pct"].toDouble())
                < 10.0);
        }
    }
}

void tst_EdgeCapture::mutatedCaptures_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("mutation"); // "flip" or "drop"
    QTest::addColumn<int>("bit");
    const QJsonObject expected = expectations();
    for (auto it = expected.begin(); it != expected.end(); ++it) {
        if (it->toObject().value(u"readings").toArray().isEmpty())
            continue;
        for (const int bit : {0, 7, 15, 22, 31, 38, 39}) {
            QTest::addRow("%s, bit %d flipped", qPrintable(it.key()), bit)
                << it.key() << u"flip"_s << bit;
            QTest::addRow("%s, bit %d's edges lost", qPrintable(it.key()), bit)
                << it.key() << u"drop"_s << bit;
        }
    }
}

// A frame with one bit flipped (checksum) or one bit's two edges lost (missing bits) gives a
// failure, never a value; the capture's other frames still decode.
void tst_EdgeCapture::mutatedCaptures()
{
    QFETCH(QString, name);
    QFETCH(QString, mutation);
    QFETCH(int, bit);
    const QJsonObject expected = expectations().value(name).toObject();
    const DhtModel model
        = expected.value(u"model").toString() == u"dht11" ? DhtModel::Dht11 : DhtModel::Dht22;
    const QList<EdgeCapture::Frame> frames = loadCapture(name).hostFrames(kQuietNs, kWindowNs);
    const QJsonArray readings = expected.value(u"readings").toArray();
    for (const QJsonValue &reading : readings) {
        const qsizetype index = frameHolding(frames, reading[u"data_start_ns"].toInteger());
        QVERIFY(index >= 0);
        QList<DhtDecoder::Edge> edges = frames.at(index).edges;
        QVERIFY(DhtDecoder::decode(edges, model).ok());
        const auto [rise, fall] = bitEdges(edges, bit);
        QVERIFY(rise >= 1 && edges.at(rise).rising && !edges.at(fall).rising);
        if (mutation == u"flip") {
            // A 0 (~27 µs high) becomes a 1 (70 µs) and a 1 a 0; the low after it absorbs the
            // difference, so every edge stays in order.
            const qint64 high = edges.at(fall).timestampNs - edges.at(rise).timestampNs;
            edges[fall].timestampNs = edges.at(rise).timestampNs
                + (high >= DhtDecoder::kOneThresholdNs ? 27'000 : 70'000);
        } else {
            edges.remove(rise - 1, 2); // the bit's falling edge (its low's start) and rising edge
        }
        for (int dropped = 0; dropped <= 2; ++dropped) {
            const SensorResult result = DhtDecoder::decode(edges.mid(dropped), model);
            QVERIFY2(!result.ok(),
                qPrintable(u"frame %1 gave a value: %2"_s.arg(index).arg(result.reading.toText())));
            if (mutation == u"flip")
                QCOMPARE(result.failure, SensorFailure::Checksum);
        }
    }
}

// record-edges' work on the in-memory line: start pulses through GpiodDhtBackend, the answers
// saved in the text format, and the saved file decodes to the sensor's values again.
void tst_EdgeCapture::recordsAnsweringLine()
{
    const auto bytes = DhtDecoder::encode(-3.5, 61.2, DhtModel::Dht22);
    netlab::GpiodDhtBackend backend(std::make_unique<AnsweringLine>(bytes), DhtModel::Dht22);
    netlab::EdgeRecorder recorder(backend);
    recorder.setIntervalMs(20); // the simulated answer is time-stamped ahead of the call
    QList<int> progress;
    QString error;
    const std::optional<EdgeCapture> capture = recorder.record(
        3,
        [&](int index, qsizetype edges, const SensorResult &result) {
            progress.append(index);
            QCOMPARE(edges, 84);
            QVERIFY(result.ok());
        },
        &error);
    QVERIFY2(capture, qPrintable(error));
    QCOMPARE(progress, QList<int>({1, 2, 3}));
    QCOMPARE(capture->edges.size(), 3 * (2 + 84));
    QCOMPARE(capture->edges.first().timestampNs, 0); // times count from the first start pulse
    QVERIFY(!capture->comments.filter(u"record-edges"_s).isEmpty());

    QTemporaryDir dir;
    const QString path = dir.filePath(u"capture.edges"_s);
    QVERIFY2(capture->save(path, &error), qPrintable(error));
    const std::optional<EdgeCapture> loaded = EdgeCapture::load(path, &error);
    QVERIFY2(loaded, qPrintable(error));
    QCOMPARE(loaded->model, std::optional<DhtModel>(DhtModel::Dht22));
    const QList<EdgeCapture::Frame> frames = loaded->hostFrames(kQuietNs, kWindowNs);
    QCOMPARE(frames.size(), 3);
    for (const EdgeCapture::Frame &frame : frames) {
        QCOMPARE(frame.edges.size(), 84);
        // The start pulse lasted the DHT22's 1.1 ms (at least).
        QVERIFY(frame.releaseNs - frame.startPulseNs >= 1'100'000);
        const SensorResult result = DhtDecoder::decode(frame.edges, DhtModel::Dht22);
        QVERIFY2(result.ok(), qPrintable(result.message));
        QCOMPARE(result.reading.temperatureC, -3.5);
        QCOMPARE(result.reading.humidityPct, 61.2);
    }
}

QTEST_APPLESS_MAIN(tst_EdgeCapture)
#include "tst_edgecapture.moc"
