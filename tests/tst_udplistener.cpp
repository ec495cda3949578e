// netlab::UdpListener on real loopback sockets: several ports at once, batches, counters,
// rates, odd datagram sizes, Python-packed drone frames, text, and bind errors.
#include <netlab/udplistener.h>

#include <QSignalSpy>
#include <QTest>
#include <QTimer>
#include <QUdpSocket>

using namespace Qt::StringLiterals;
using netlab::DecodedDatagram;
using netlab::StructFormat;
using netlab::UdpDecoder;
using netlab::UdpListener;
using netlab::UdpPortConfig;

namespace {

const QHostAddress kLoopback(QHostAddress::LocalHost);

UdpPortConfig loopbackConfig(UdpDecoder decoder = UdpDecoder::Text)
{
    UdpPortConfig config;
    config.bindAddress = kLoopback;
    config.decoder = decoder;
    if (decoder == UdpDecoder::Struct)
        config.structFormat = StructFormat::droneFrame();
    return config;
}

// Everything the listener handed out, per port, in arrival order.
struct Collector
{
    QHash<quint16, QList<DecodedDatagram>> received;
    int batches = 0;
    void attach(UdpListener &listener, QObject *context)
    {
        QObject::connect(&listener, &UdpListener::datagramsDecoded, context,
            [this](quint16 port, const QList<DecodedDatagram> &batch) {
                received[port] += batch;
                ++batches;
            });
    }
};

// struct.pack('<diiiiffff', 1700000000.5, -12, 7, 359, 87, 1013.25, 0.1, -9.81, 0.0)
const QByteArray kPythonDroneFrame = QByteArray::fromHex(
    "00002040fc54d941f4ffffff07000000670100005700000000507d44cdcccc3dc3f51cc100000000");

} // namespace

class tst_UdpListener : public QObject
{
    Q_OBJECT

private slots:
    void twoPortsNoLoss();
    void rates();
    void oddSizes_data();
    void oddSizes();
    void pythonDroneFrame();
    void helloWorldText();
    void strictUtf8Counted();
    void hexDecoder();
    void portInUse();
    void addressNotLocal();
    void multicastJoinFailure();
    void removeAndChangeDecoder();
    void receiveBufferReported();
    void ipv6Burst();
    void broadcastReception();
};

void tst_UdpListener::twoPortsNoLoss()
{
    UdpListener listener;
    Collector collector;
    collector.attach(listener, this);
    const quint16 textPort = listener.addPort(loopbackConfig(UdpDecoder::Text));
    const quint16 dronePort = listener.addPort(loopbackConfig(UdpDecoder::Struct));
    QVERIFY(textPort != 0);
    QVERIFY(dronePort != 0);
    QVERIFY(textPort != dronePort);
    QCOMPARE(listener.ports().size(), 2);

    // 3000 text lines and 1500 frames interleaved, 100 per event-loop turn (moderate rate).
    constexpr int kText = 3000;
    constexpr int kFrames = 1500;
    const StructFormat drone = StructFormat::droneFrame();
    QUdpSocket sender;
    int sentText = 0;
    int sentFrames = 0;
    QTimer pacer;
    pacer.setInterval(1);
    connect(&pacer, &QTimer::timeout, this, [&] {
        for (int k = 0; k < 100 && sentText < kText; ++k, ++sentText)
            sender.writeDatagram("sensor " + QByteArray::number(sentText), kLoopback, textPort);
        for (int k = 0; k < 50 && sentFrames < kFrames; ++k, ++sentFrames) {
            QByteArray frame;
            drone.encode(
                {netlab::StructValue::fromDouble(1700000000.0 + sentFrames),
                    netlab::StructValue::fromInt(sentFrames), netlab::StructValue::fromInt(0),
                    netlab::StructValue::fromInt(0), netlab::StructValue::fromInt(99),
                    netlab::StructValue::fromDouble(1013.0), netlab::StructValue::fromDouble(0),
                    netlab::StructValue::fromDouble(0), netlab::StructValue::fromDouble(0)},
                frame);
            sender.writeDatagram(frame, kLoopback, dronePort);
        }
        if (sentText == kText && sentFrames == kFrames)
            pacer.stop();
    });
    pacer.start();

    QTRY_COMPARE_WITH_TIMEOUT(collector.received.value(textPort).size(), kText, 20000);
    QTRY_COMPARE_WITH_TIMEOUT(collector.received.value(dronePort).size(), kFrames, 20000);
    QCOMPARE(listener.stats(textPort).messages, kText);
    QCOMPARE(listener.stats(dronePort).messages, kFrames);
    QCOMPARE(listener.stats(textPort).badFrames, 0);
    QCOMPARE(listener.stats(dronePort).badFrames, 0);
    QCOMPARE(listener.stats(dronePort).bytes, kFrames * 40);
    // Nothing lost, nothing reordered, each on its own port.
    const QList<DecodedDatagram> &lines = collector.received[textPort];
    for (int k = 0; k < kText; ++k) {
        QCOMPARE(lines.at(k).text, u"sensor "_s + QString::number(k));
        QCOMPARE(lines.at(k).sender, kLoopback);
        QCOMPARE(lines.at(k).senderPort, sender.localPort());
    }
    const QList<DecodedDatagram> &frames = collector.received[dronePort];
    for (int k = 0; k < kFrames; ++k) {
        QVERIFY(frames.at(k).ok);
        QCOMPARE(frames.at(k).values.at(1).i, k);
    }
    // Batched: far fewer signals than datagrams.
    QVERIFY2(
        collector.batches < (kText + kFrames) / 10, qPrintable(QString::number(collector.batches)));
}

void tst_UdpListener::rates()
{
    UdpListener listener;
    const quint16 fast = listener.addPort(loopbackConfig());
    const quint16 slow = listener.addPort(loopbackConfig());
    QVERIFY(fast && slow);
    QSignalSpy rateSpy(&listener, &UdpListener::rateChanged);

    // One 10 ms timer drives both: each tick sends 5 datagrams to `fast` and 1 to `slow`, so
    // however late the timer runs under load, fast receives 5 times the rate of slow.
    constexpr int kTicks = 60;
    QUdpSocket sender;
    int ticks = 0;
    QTimer pacer;
    pacer.setTimerType(Qt::PreciseTimer);
    connect(&pacer, &QTimer::timeout, this, [&] {
        for (int k = 0; k < 5; ++k)
            sender.writeDatagram("f", kLoopback, fast);
        sender.writeDatagram("s", kLoopback, slow);
        if (++ticks == kTicks)
            pacer.stop();
    });
    pacer.start(10);
    QTRY_COMPARE_WITH_TIMEOUT(listener.stats(fast).messages, 5 * kTicks, 15000);
    QTRY_COMPARE_WITH_TIMEOUT(listener.stats(slow).messages, kTicks, 15000);

    const double fastAverage = listener.stats(fast).averageRate;
    const double slowAverage = listener.stats(slow).averageRate;
    // A timer runs late, never early: at most ~100/s and ~500/s (plus the burst's edge).
    QVERIFY2(slowAverage > 10 && slowAverage <= 110, qPrintable(QString::number(slowAverage)));
    QVERIFY2(fastAverage > 50 && fastAverage <= 560, qPrintable(QString::number(fastAverage)));
    const double ratio = fastAverage / slowAverage;
    QVERIFY2(ratio > 4.0 && ratio < 6.5, qPrintable(QString::number(ratio)));

    // The one-second tick reports each port's current rate and keeps a history.
    QTRY_VERIFY_WITH_TIMEOUT(listener.stats(fast).rateHistory.size() >= 1, 5000);
    QVERIFY(!rateSpy.isEmpty());
    double bestFast = 0;
    for (const double r : listener.stats(fast).rateHistory)
        bestFast = qMax(bestFast, r);
    QVERIFY2(bestFast > 30, qPrintable(QString::number(bestFast)));
}

void tst_UdpListener::oddSizes_data()
{
    QTest::addColumn<int>("decoder");
    QTest::addColumn<int>("size");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("error");

    for (const int size : {0, 1, 39, 41, 65507})
        QTest::addRow("struct %d", size) << int(UdpDecoder::Struct) << size << false
                                         << QStringLiteral("%1 bytes, format needs 40").arg(size);
    QTest::addRow("struct 40") << int(UdpDecoder::Struct) << 40 << true << QString();
    for (const int size : {0, 1, 39, 41, 65507})
        QTest::addRow("text %d", size) << int(UdpDecoder::Text) << size << true << QString();
}

void tst_UdpListener::oddSizes()
{
    QFETCH(int, decoder);
    QFETCH(int, size);
    QFETCH(bool, ok);
    QFETCH(QString, error);

    UdpListener listener;
    Collector collector;
    collector.attach(listener, this);
    const quint16 port = listener.addPort(loopbackConfig(UdpDecoder(decoder)));
    QVERIFY(port);
    QUdpSocket sender;
    const QByteArray payload(size, 'a');
    QCOMPARE(sender.writeDatagram(payload, kLoopback, port), qint64(size));
    QTRY_COMPARE(collector.received.value(port).size(), 1);
    const DecodedDatagram &datagram = collector.received[port].first();
    QCOMPARE(datagram.raw.size(), size);
    QCOMPARE(datagram.ok, ok);
    QCOMPARE(datagram.error, error);
    QCOMPARE(datagram.senderPort, sender.localPort());
    const auto stats = listener.stats(port);
    QCOMPARE(stats.messages, 1);
    QCOMPARE(stats.bytes, size);
    QCOMPARE(stats.badFrames, ok ? 0 : 1);
    if (!ok) {
        QCOMPARE(stats.lastError, error);
        QCOMPARE(stats.badReasons.value(error), 1);
    }
    if (UdpDecoder(decoder) == UdpDecoder::Text)
        QCOMPARE(datagram.text, QString(size, u'a'));
}

void tst_UdpListener::pythonDroneFrame()
{
    UdpListener listener;
    Collector collector;
    collector.attach(listener, this);
    const quint16 port = listener.addPort(loopbackConfig(UdpDecoder::Struct));
    QVERIFY(port);
    QUdpSocket sender;
    sender.writeDatagram(kPythonDroneFrame, kLoopback, port);
    QTRY_COMPARE(collector.received.value(port).size(), 1);
    const DecodedDatagram &frame = collector.received[port].first();
    QVERIFY2(frame.ok, qPrintable(frame.error));
    const QStringList names = listener.config(port).structFormat.names();
    QCOMPARE(names.first(), u"date"_s);
    QStringList shown;
    for (const auto &value : frame.values)
        shown.append(value.toString());
    // What Python's struct.unpack gives for the same bytes.
    QCOMPARE(shown,
        (QStringList {u"1700000000.5"_s, u"-12"_s, u"7"_s, u"359"_s, u"87"_s, u"1013.25"_s,
            u"0.10000000149011612"_s, u"-9.8100004196167"_s, u"0.0"_s}));
    const StructFormat format = listener.config(port).structFormat;
    QVERIFY(format.displayValue(0, frame.values.at(0)).endsWith(u":20.500"_s));
}

void tst_UdpListener::helloWorldText()
{
    UdpListener listener;
    Collector collector;
    collector.attach(listener, this);
    const quint16 port = listener.addPort(loopbackConfig(UdpDecoder::Text));
    QVERIFY(port);
    QUdpSocket sender;
    sender.writeDatagram(QByteArray("Hello, World!"), kLoopback, port);
    QTRY_COMPARE(collector.received.value(port).size(), 1);
    QCOMPARE(collector.received[port].first().text, u"Hello, World!"_s);
    QCOMPARE(collector.received[port].first().sender, kLoopback);
}

void tst_UdpListener::strictUtf8Counted()
{
    UdpListener listener;
    Collector collector;
    collector.attach(listener, this);
    UdpPortConfig config = loopbackConfig(UdpDecoder::Text);
    config.textCodec
        = netlab::TextCodec(netlab::TextEncoding::Utf8, netlab::DecodeErrorMode::Strict);
    const quint16 port = listener.addPort(config);
    QVERIFY(port);
    QUdpSocket sender;
    sender.writeDatagram(QByteArray("ok \xc3\xa9"), kLoopback, port);
    sender.writeDatagram(QByteArray("bad \xff here"), kLoopback, port);
    QTRY_COMPARE(collector.received.value(port).size(), 2);
    QVERIFY(collector.received[port].at(0).ok);
    QCOMPARE(collector.received[port].at(0).text, u"ok \u00e9"_s);
    QVERIFY(!collector.received[port].at(1).ok);
    QVERIFY2(collector.received[port].at(1).error.contains(u"0xff"_s),
        qPrintable(collector.received[port].at(1).error));
    QCOMPARE(listener.stats(port).badFrames, 1);
}

void tst_UdpListener::hexDecoder()
{
    UdpListener listener;
    Collector collector;
    collector.attach(listener, this);
    const quint16 port = listener.addPort(loopbackConfig(UdpDecoder::Hex));
    QUdpSocket sender;
    sender.writeDatagram(QByteArray("\x00\x01\xfe", 3), kLoopback, port);
    QTRY_COMPARE(collector.received.value(port).size(), 1);
    QCOMPARE(collector.received[port].first().text, u"00 01 fe"_s);
}

void tst_UdpListener::portInUse()
{
    QUdpSocket other;
    QVERIFY(other.bind(kLoopback, 0));
    UdpListener listener;
    QSignalSpy errors(&listener, &UdpListener::errorOccurred);
    UdpPortConfig config = loopbackConfig();
    config.port = other.localPort();
    QCOMPARE(listener.addPort(config), quint16(0));
    QCOMPARE(errors.size(), 1);
    const QString message = errors.first().first().toString();
    QVERIFY2(message.contains(QString::number(config.port)), qPrintable(message));
    QVERIFY2(message.contains(u"address already in use"_s), qPrintable(message));
    QCOMPARE(listener.errorString(), message);
    QVERIFY(listener.ports().isEmpty());

    // The same port twice in one listener is refused too.
    const quint16 port = listener.addPort(loopbackConfig());
    QVERIFY(port);
    config.port = port;
    QCOMPARE(listener.addPort(config), quint16(0));
    QVERIFY(listener.errorString().contains(u"already listening on port"_s));
}

void tst_UdpListener::addressNotLocal()
{
    UdpListener listener;
    UdpPortConfig config = loopbackConfig();
    config.bindAddress = QHostAddress(u"192.0.2.123"_s); // TEST-NET-1, never local
    QCOMPARE(listener.addPort(config), quint16(0));
    QVERIFY2(listener.errorString().contains(u"not an address of this machine"_s),
        qPrintable(listener.errorString()));
}

void tst_UdpListener::multicastJoinFailure()
{
    UdpListener listener;
    UdpPortConfig config;
    config.bindAddress = QHostAddress(QHostAddress::AnyIPv4);
    config.multicastGroup = QHostAddress(u"127.0.0.1"_s); // not a group
    QCOMPARE(listener.addPort(config), quint16(0));
    QVERIFY2(listener.errorString().contains(u"cannot join multicast group 127.0.0.1"_s),
        qPrintable(listener.errorString()));
    QVERIFY(listener.errorString().contains(u"not a multicast address"_s));
    QVERIFY(listener.ports().isEmpty());
}

void tst_UdpListener::removeAndChangeDecoder()
{
    UdpListener listener;
    Collector collector;
    collector.attach(listener, this);
    QSignalSpy removed(&listener, &UdpListener::portRemoved);
    const quint16 keep = listener.addPort(loopbackConfig(UdpDecoder::Text));
    const quint16 drop = listener.addPort(loopbackConfig(UdpDecoder::Text));
    QUdpSocket sender;
    sender.writeDatagram(kPythonDroneFrame, kLoopback, keep);
    QTRY_COMPARE(collector.received.value(keep).size(), 1);

    // Switch the running port to the drone decoder: the next frame decodes as a frame.
    QVERIFY(listener.setDecoder(keep, UdpDecoder::Struct, {}, StructFormat::droneFrame()));
    sender.writeDatagram(kPythonDroneFrame, kLoopback, keep);
    QTRY_COMPARE(collector.received.value(keep).size(), 2);
    QCOMPARE(collector.received[keep].at(1).values.size(), 9);
    QCOMPARE(listener.stats(keep).messages, 2);
    QVERIFY(!listener.setDecoder(keep, UdpDecoder::Struct, {}, StructFormat::parse(u"<k"_s)));

    QVERIFY(listener.removePort(drop));
    QCOMPARE(removed.size(), 1);
    QCOMPARE(listener.ports(), QList<quint16> {keep});
    QVERIFY(!listener.removePort(drop));
    QVERIFY(!listener.hasPort(drop));
    // The freed port can be bound again by someone else.
    QUdpSocket again;
    QVERIFY(again.bind(kLoopback, drop));
}

void tst_UdpListener::receiveBufferReported()
{
    UdpListener listener;
    const quint16 port = listener.addPort(loopbackConfig());
    QVERIFY(port);
    // Whatever the OS granted is reported, and it is at least the usual default.
    QVERIFY2(listener.stats(port).receiveBufferBytes >= 200 * 1024,
        qPrintable(QString::number(listener.stats(port).receiveBufferBytes)));
}

void tst_UdpListener::ipv6Burst()
{
    UdpListener listener;
    Collector collector;
    collector.attach(listener, this);
    UdpPortConfig config = loopbackConfig(UdpDecoder::Hex);
    config.bindAddress = QHostAddress(QHostAddress::LocalHostIPv6);
    const quint16 port = listener.addPort(config);
    if (!port)
        QSKIP("no IPv6 loopback here");
    QUdpSocket sender;
    QVERIFY(sender.bind(QHostAddress(QHostAddress::LocalHostIPv6), 0));
    // A burst, so most of it is read in batches after the first datagram.
    for (int k = 0; k < 200; ++k)
        sender.writeDatagram(
            QByteArray(1, char(k)), QHostAddress(QHostAddress::LocalHostIPv6), port);
    QTRY_COMPARE(collector.received.value(port).size(), 200);
    for (int k = 0; k < 200; ++k) {
        const DecodedDatagram &d = collector.received[port].at(k);
        QCOMPARE(d.raw, QByteArray(1, char(k)));
        QCOMPARE(d.sender, QHostAddress(QHostAddress::LocalHostIPv6));
        QCOMPARE(d.senderPort, sender.localPort());
    }
}

void tst_UdpListener::broadcastReception()
{
    // The loopback network's broadcast address stays on this machine (127.255.255.255).
    const QHostAddress broadcast(u"127.255.255.255"_s);
    UdpListener listener;
    Collector collector;
    collector.attach(listener, this);
    UdpPortConfig any = loopbackConfig();
    any.bindAddress = QHostAddress(QHostAddress::AnyIPv4);
    const quint16 anyPort = listener.addPort(any);
    QVERIFY(anyPort);
    // Binding to a broadcast address: allowed on Linux (only broadcasts arrive there); other
    // systems refuse it, and then the message must say why and what to do instead.
    UdpPortConfig onBroadcast = loopbackConfig();
    onBroadcast.bindAddress = broadcast;
    const quint16 broadcastPort = listener.addPort(onBroadcast);
    if (!broadcastPort)
        QVERIFY2(listener.errorString().contains(u"bind to any (0.0.0.0)"_s),
            qPrintable(listener.errorString()));

    QUdpSocket sender;
    QVERIFY(sender.writeDatagram(QByteArray("to all"), broadcast, anyPort) == 6);
    QTRY_COMPARE(collector.received.value(anyPort).size(), 1);
    QCOMPARE(collector.received[anyPort].first().text, u"to all"_s);
    if (broadcastPort) {
        sender.writeDatagram(QByteArray("to all again"), broadcast, broadcastPort);
        QTRY_COMPARE(collector.received.value(broadcastPort).size(), 1);
        QCOMPARE(collector.received[broadcastPort].first().text, u"to all again"_s);
    }
}

QTEST_GUILESS_MAIN(tst_UdpListener)
#include "tst_udplistener.moc"
