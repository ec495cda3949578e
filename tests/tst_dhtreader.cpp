#include <devices/dhtdecoder.h>
#include <devices/dhtreader.h>
#include <devices/gpioddhtbackend.h>
#include <devices/gpiodline.h>
#include <devices/memorygpioline.h>
#include <devices/simulateddhtbackend.h>

#include <QElapsedTimer>
#include <QMutex>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using netlab::DhtModel;
using netlab::DhtReader;
using netlab::SensorFailure;
using netlab::SensorReading;
using netlab::SensorResult;

namespace {

// Hands out scripted results (then good readings) and records when each read happened.
class ScriptedBackend : public netlab::DhtBackend
{
public:
    ScriptedBackend(QList<SensorResult> script, int minimumIntervalMs)
        : m_script(std::move(script))
        , m_minimumIntervalMs(minimumIntervalMs)
    {
        m_clock.start();
    }

    QString key() const override { return u"scripted"_s; }
    QString description() const override { return u"scripted test sensor"_s; }
    DhtModel model() const override { return DhtModel::Dht11; }
    int minimumIntervalMs() const override { return m_minimumIntervalMs; }
    SensorResult read() override
    {
        QMutexLocker lock(&m_mutex);
        m_readTimesNs.append(m_clock.nsecsElapsed());
        if (!m_script.isEmpty())
            return m_script.takeFirst();
        return SensorResult::success({1000 + m_readTimesNs.size(), 21.0, 40.0});
    }
    QList<qint64> readTimesNs() const
    {
        QMutexLocker lock(&m_mutex);
        return m_readTimesNs;
    }

private:
    mutable QMutex m_mutex;
    QList<SensorResult> m_script;
    int m_minimumIntervalMs;
    QElapsedTimer m_clock;
    QList<qint64> m_readTimesNs;
};

// A fake GPIO line: records what the backend did with it and answers with a pulse train.
class FakeDhtLine : public netlab::MemoryGpioLine
{
public:
    FakeDhtLine(QStringList *log)
        : MemoryGpioLine(4)
        , m_log(log)
    { }
    bool setOutput(bool high, QString *error) override
    {
        m_log->append(high ? u"high"_s : u"low"_s);
        return MemoryGpioLine::setOutput(high, error);
    }
    bool watchEdges(QString *error) override
    {
        m_log->append(u"watch"_s);
        return MemoryGpioLine::watchEdges(error);
    }
    void release() override
    {
        m_log->append(u"release"_s);
        MemoryGpioLine::release();
    }

private:
    QStringList *m_log;
};

QList<netlab::GpioLine::Edge> pulseTrain(const std::array<std::uint8_t, 5> &bytes)
{
    QList<netlab::GpioLine::Edge> edges;
    qint64 t = 5'000'000;
    const auto edge = [&](bool rising, qint64 after) {
        edges.append({t, rising});
        t += after;
    };
    edge(false, 80'000);
    edge(true, 80'000);
    for (int bit = 0; bit < 40; ++bit) {
        edge(false, 50'000);
        edge(true, (bytes[std::size_t(bit / 8)] & (0x80 >> (bit % 8))) ? 70'000 : 27'000);
    }
    edge(false, 50'000);
    edge(true, 0);
    return edges;
}

} // namespace

class tst_DhtReader : public QObject
{
    Q_OBJECT

private slots:
    void neverFasterThanTheSensorAllows();
    void failuresAreCountedAndNeverPublished();
    void readOnceGivesUpAfterRetries();
    void simulatedSensorIsSeededAndPlausible();
    void simulatedFailureRate();
    void gpiodBackendOnAFakeLine();
    void locateChip_data();
    void locateChip();
    void destroyWhileRunning();
};

void tst_DhtReader::neverFasterThanTheSensorAllows()
{
    auto backend = std::make_unique<ScriptedBackend>(QList<SensorResult>(), 60);
    ScriptedBackend *script = backend.get();
    DhtReader reader(std::move(backend));
    reader.setIntervalMs(5); // asks for more than the sensor allows
    QCOMPARE(reader.intervalMs(), 60);
    QSignalSpy readings(&reader, &DhtReader::readingAvailable);
    reader.start();
    QTRY_VERIFY_WITH_TIMEOUT(readings.size() >= 5, 5000);
    reader.stop();
    const QList<qint64> times = script->readTimesNs();
    for (qsizetype i = 1; i < times.size(); ++i) {
        const qint64 gapMs = (times[i] - times[i - 1]) / 1'000'000;
        QVERIFY2(gapMs >= 59, qPrintable(u"reads %1 ms apart"_s.arg(gapMs)));
    }
    // A real DHT11 backend refuses anything below 1 s, a DHT22 one below 2 s.
    QCOMPARE(netlab::dhtMinimumIntervalMs(DhtModel::Dht11), 1000);
    QCOMPARE(netlab::dhtMinimumIntervalMs(DhtModel::Dht22), 2000);
    netlab::SimulatedDhtBackend::Options options;
    options.model = DhtModel::Dht22;
    DhtReader dht22(std::make_unique<netlab::SimulatedDhtBackend>(options));
    dht22.setIntervalMs(500);
    QCOMPARE(dht22.intervalMs(), 2000);
}

void tst_DhtReader::failuresAreCountedAndNeverPublished()
{
    const QList<SensorResult> script = {
        SensorResult::failed(SensorFailure::Checksum, u"checksum mismatch"_s),
        SensorResult::success({1, 23.0, 150.0}), // passed a checksum, impossible humidity
        SensorResult::failed(SensorFailure::Timeout, u"no answer"_s),
        SensorResult::success({2, 23.0, 41.0}),
    };
    auto backend = std::make_unique<ScriptedBackend>(script, 20);
    ScriptedBackend *scripted = backend.get();
    DhtReader reader(std::move(backend));
    reader.setIntervalMs(60'000); // the retries, not the interval, bring the good reading
    QSignalSpy readings(&reader, &DhtReader::readingAvailable);
    QSignalSpy failures(&reader, &DhtReader::readFailed);
    reader.start();
    QTRY_COMPARE_WITH_TIMEOUT(readings.size(), 1, 5000);
    QCOMPARE(failures.size(), 3);
    QCOMPARE(readings.first().first().value<SensorReading>(), SensorReading({2, 23.0, 41.0}));
    QCOMPARE(reader.failureCount(SensorFailure::Checksum), 1u);
    QCOMPARE(reader.failureCount(SensorFailure::Implausible), 1u);
    QCOMPARE(reader.failureCount(SensorFailure::Timeout), 1u);
    QCOMPARE(reader.failureCount(SensorFailure::Io), 0u);
    QCOMPARE(reader.totalFailures(), 3u);
    QCOMPARE(reader.consecutiveFailures(), 0);
    QCOMPARE(reader.readingCount(), 1u);
    QCOMPARE(reader.lastReading()->humidityPct, 41.0);
    QCOMPARE(scripted->readTimesNs().size(), 4);
}

void tst_DhtReader::readOnceGivesUpAfterRetries()
{
    QList<SensorResult> script;
    for (int i = 0; i < 10; ++i)
        script.append(SensorResult::failed(SensorFailure::Io, u"EIO"_s));
    auto backend = std::make_unique<ScriptedBackend>(script, 10);
    ScriptedBackend *scripted = backend.get();
    DhtReader reader(std::move(backend));
    reader.setMaxRetries(2);
    QSignalSpy finished(&reader, &DhtReader::readOnceFinished);
    QSignalSpy readings(&reader, &DhtReader::readingAvailable);
    reader.readOnce();
    QVERIFY(finished.wait(5000));
    QCOMPARE(finished.first().first().toBool(), false);
    QCOMPARE(scripted->readTimesNs().size(), 3); // the first read and two retries
    QCOMPARE(reader.failureCount(SensorFailure::Io), 3u);
    QCOMPARE(reader.consecutiveFailures(), 3);
    QVERIFY(readings.isEmpty()); // nothing published in place of the failures

    // With a sensor that answers, readOnce ends with the reading.
    DhtReader good(std::make_unique<ScriptedBackend>(QList<SensorResult>(), 10));
    QSignalSpy goodFinished(&good, &DhtReader::readOnceFinished);
    QSignalSpy goodReadings(&good, &DhtReader::readingAvailable);
    good.readOnce();
    QVERIFY(goodFinished.wait(5000));
    QCOMPARE(goodFinished.first().first().toBool(), true);
    QCOMPARE(goodReadings.size(), 1);
}

void tst_DhtReader::simulatedSensorIsSeededAndPlausible()
{
    netlab::SimulatedDhtBackend::Options options;
    options.seed = 42;
    netlab::SimulatedDhtBackend a(options);
    netlab::SimulatedDhtBackend b(options);
    qint64 now = 1'700'000'000'000;
    a.setClock([&now] { return now; });
    b.setClock([&now] { return now; });
    double previousT = 0;
    for (int i = 0; i < 500; ++i, now += 2000) {
        const SensorResult ra = a.read();
        const SensorResult rb = b.read();
        QVERIFY(ra.ok());
        QCOMPARE(ra.reading, rb.reading); // same seed, same series
        QVERIFY(ra.reading.isPlausible(DhtModel::Dht11));
        QVERIFY(ra.reading.temperatureC > 15 && ra.reading.temperatureC < 30);
        QVERIFY(ra.reading.humidityPct > 25 && ra.reading.humidityPct < 65);
        if (i > 0) // slow drift: 2 s apart, never a jump
            QVERIFY(std::abs(ra.reading.temperatureC - previousT) < 0.5);
        previousT = ra.reading.temperatureC;
        // The sensor's resolution: one decimal.
        QCOMPARE(std::round(ra.reading.temperatureC * 10) / 10, ra.reading.temperatureC);
    }
    options.seed = 43;
    netlab::SimulatedDhtBackend c(options);
    c.setClock([&now] { return now; });
    QVERIFY(!(c.read().reading == a.read().reading) || !(c.read().reading == a.read().reading));
}

void tst_DhtReader::simulatedFailureRate()
{
    netlab::SimulatedDhtBackend::Options options;
    options.seed = 7;
    options.failureRate = 0.3;
    netlab::SimulatedDhtBackend backend(options);
    int failures = 0;
    for (int i = 0; i < 1000; ++i) {
        const SensorResult result = backend.read();
        if (!result.ok()) {
            ++failures;
            QVERIFY(result.failure == SensorFailure::Timeout
                || result.failure == SensorFailure::Checksum);
        }
    }
    QVERIFY2(failures > 240 && failures < 360, qPrintable(QString::number(failures)));
}

void tst_DhtReader::gpiodBackendOnAFakeLine()
{
    QStringList log;
    auto line = std::make_unique<FakeDhtLine>(&log);
    FakeDhtLine *fake = line.get();
    netlab::GpiodDhtBackend backend(std::move(line), DhtModel::Dht11);
    fake->queueEdges(pulseTrain(netlab::DhtDecoder::encode(22.4, 47, DhtModel::Dht11)));
    const SensorResult result = backend.read();
    QVERIFY2(result.ok(), qPrintable(result.message));
    QCOMPARE(result.reading.temperatureC, 22.4);
    QCOMPARE(result.reading.humidityPct, 47.0);
    // The start signal first (drive low), then listen, then give the line back.
    QCOMPARE(log, QStringList({u"low"_s, u"watch"_s, u"release"_s}));

    // No answer at all: a timeout, not a value.
    const SensorResult silent = backend.read();
    QCOMPARE(silent.failure, SensorFailure::Timeout);
}

void tst_DhtReader::locateChip_data()
{
    using Chips = QList<netlab::GpiodLine::ChipInfo>;
    QTest::addColumn<Chips>("chips");
    QTest::addColumn<int>("bcm");
    QTest::addColumn<QString>("chipPath");
    QTest::addColumn<int>("offset");

    QStringList names54;
    for (int i = 0; i < 54; ++i)
        names54.append(u"GPIO%1"_s.arg(i));
    QTest::addRow("Pi 4") << Chips {{u"/dev/gpiochip0"_s, u"pinctrl-bcm2711"_s, names54},
        {u"/dev/gpiochip1"_s, u"raspberrypi-exp-gpio"_s, {}}}
                          << 4 << u"/dev/gpiochip0"_s << 4;
    QTest::addRow("Pi 5, old kernel: rp1 is gpiochip4")
        << Chips {{u"/dev/gpiochip0"_s, u"gpio-brcmstb@107d508500"_s, {}},
               {u"/dev/gpiochip1"_s, u"gpio-brcmstb@107d508500"_s, {}},
               {u"/dev/gpiochip4"_s, u"pinctrl-rp1"_s, names54}}
        << 13 << u"/dev/gpiochip4"_s << 13;
    QTest::addRow("Pi 5, new kernel: rp1 is gpiochip0")
        << Chips {{u"/dev/gpiochip0"_s, u"pinctrl-rp1"_s, names54},
               {u"/dev/gpiochip10"_s, u"gpio-brcmstb@107d508500"_s, {}}}
        << 4 << u"/dev/gpiochip0"_s << 4;
    QTest::addRow("unknown label, line named GPIO4")
        << Chips {{u"/dev/gpiochip2"_s, u"some-board"_s, {u"A"_s, u"B"_s, u"GPIO4"_s}}} << 4
        << u"/dev/gpiochip2"_s << 2;
    QTest::addRow("no such line") << Chips {{u"/dev/gpiochip0"_s, u"some-board"_s, {u"A"_s}}} << 4
                                  << QString() << -1;
    QTest::addRow("no chips") << Chips() << 4 << QString() << -1;
    QTest::addRow("pin beyond the chip")
        << Chips {{u"/dev/gpiochip0"_s, u"pinctrl-bcm2835"_s, names54}} << 60 << QString() << -1;
}

void tst_DhtReader::locateChip()
{
    QFETCH(QList<netlab::GpiodLine::ChipInfo>, chips);
    QFETCH(int, bcm);
    QFETCH(QString, chipPath);
    QFETCH(int, offset);
    const auto location = netlab::GpiodLine::locate(chips, bcm);
    if (chipPath.isEmpty()) {
        QVERIFY(!location);
        return;
    }
    QVERIFY(location);
    QCOMPARE(location->chipPath, chipPath);
    QCOMPARE(location->offset, offset);
}

void tst_DhtReader::destroyWhileRunning()
{
    // The worker thread is stopped and joined by the destructor, mid-schedule or not.
    for (int i = 0; i < 20; ++i) {
        auto reader = std::make_unique<DhtReader>(
            std::make_unique<ScriptedBackend>(QList<SensorResult>(), 1));
        reader->start();
        if (i % 2)
            QTest::qWait(0);
        reader.reset();
    }
}

QTEST_GUILESS_MAIN(tst_DhtReader)
#include "tst_dhtreader.moc"
