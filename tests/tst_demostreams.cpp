// netlab::DemoStreams sending to a netlab::UdpListener on loopback (free ports, not 52001/2).
#include <netlab/demostreams.h>
#include <netlab/udplistener.h>

#include <QDateTime>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>
#include <QUdpSocket>

using namespace Qt::StringLiterals;
using netlab::DecodedDatagram;
using netlab::DemoStreams;
using netlab::StructFormat;
using netlab::UdpDecoder;
using netlab::UdpListener;
using netlab::UdpPortConfig;

class tst_DemoStreams : public QObject
{
    Q_OBJECT

private slots:
    void streamsToListener();
    void generatorsLookReal();
    void refusesNothingToSend();
};

void tst_DemoStreams::streamsToListener()
{
    UdpListener listener;
    QHash<quint16, QList<DecodedDatagram>> received;
    connect(&listener, &UdpListener::datagramsDecoded, this,
        [&](quint16 port, const QList<DecodedDatagram> &batch) { received[port] += batch; });
    UdpPortConfig text;
    text.bindAddress = QHostAddress(QHostAddress::LocalHost);
    UdpPortConfig drone = text;
    drone.decoder = UdpDecoder::Struct;
    drone.structFormat = StructFormat::droneFrame();
    const quint16 textPort = listener.addPort(text);
    const quint16 dronePort = listener.addPort(drone);
    QVERIFY(textPort && dronePort);

    DemoStreams streams;
    QSignalSpy running(&streams, &DemoStreams::runningChanged);
    streams.setTextPort(textPort);
    streams.setDronePort(dronePort);
    streams.setTextRate(20);
    streams.setDroneRate(100);
    QVERIFY(streams.start());
    QCOMPARE(running.size(), 1);
    QTRY_VERIFY_WITH_TIMEOUT(received.value(dronePort).size() >= 40, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(received.value(textPort).size() >= 5, 10000);
    streams.stop();
    QVERIFY(!streams.isRunning());
    QCOMPARE(running.size(), 2);

    // Everything sent arrives (loopback, moderate rates) and nothing more after stop().
    QTRY_COMPARE(listener.stats(textPort).messages, streams.linesSent());
    QTRY_COMPARE(listener.stats(dronePort).messages, streams.framesSent());
    QCOMPARE(streams.sendErrors(), 0);
    // A stopped stream stays quiet: a marker sent now is the only datagram after the frames.
    const qint64 frames = streams.framesSent();
    QUdpSocket marker;
    marker.writeDatagram(QByteArray(40, '\0'), QHostAddress(QHostAddress::LocalHost), dronePort);
    QTRY_COMPARE(listener.stats(dronePort).messages, frames + 1);
    QCOMPARE(streams.framesSent(), frames);
    received[dronePort].removeLast();
    // The drone stream is the faster one, as in the lab.
    QVERIFY(streams.framesSent() > 2 * streams.linesSent());

    const QRegularExpression line(
        u"^seq=\\d+ temperature=\\d+\\.\\d\\d humidity=\\d+\\.\\d pressure=\\d+\\.\\d\\d "
        u"light=\\d+$"_s);
    for (const DecodedDatagram &d : received[textPort]) {
        QVERIFY2(line.match(d.text).hasMatch(), qPrintable(d.text));
        QVERIFY(d.raw.size() < 100);
    }
    const double now = QDateTime::currentMSecsSinceEpoch() / 1000.0;
    QSet<qint64> yaws;
    for (const DecodedDatagram &d : received[dronePort]) {
        QVERIFY2(d.ok, qPrintable(d.error));
        QVERIFY(qAbs(d.values.at(0).f - now) < 30); // date: now
        QVERIFY(qAbs(d.values.at(1).i) <= 20); // pitch
        QVERIFY(d.values.at(3).i >= 0 && d.values.at(3).i < 360); // yaw
        QVERIFY(d.values.at(4).i > 0 && d.values.at(4).i <= 100); // battery
        QVERIFY(qAbs(d.values.at(5).f - 1013.25) < 2); // barometer
        QVERIFY(qAbs(d.values.at(8).f + 9.81) < 0.2); // agz: gravity
        yaws.insert(d.values.at(3).i);
    }
    QVERIFY2(yaws.size() > 5, "the values change from frame to frame");
}

void tst_DemoStreams::generatorsLookReal()
{
    DemoStreams a;
    DemoStreams b;
    a.setSeed(7);
    b.setSeed(7);
    for (int k = 0; k < 50; ++k) {
        QCOMPARE(a.nextSensorLine(), b.nextSensorLine());
        QCOMPARE(a.nextDroneFrame(1700000000.0 + k), b.nextDroneFrame(1700000000.0 + k));
    }
    const QByteArray frame = a.nextDroneFrame(1700000000.5);
    QCOMPARE(frame.size(), 40);
    QCOMPARE(frame.left(8).toHex(), QByteArray("00002040fc54d941")); // <d 1700000000.5
    QVERIFY(a.nextSensorLine().startsWith("seq=51 temperature="));
}

void tst_DemoStreams::refusesNothingToSend()
{
    DemoStreams streams;
    QSignalSpy errors(&streams, &DemoStreams::errorOccurred);
    streams.setTextPort(0);
    QVERIFY(!streams.start());
    QVERIFY(errors.last().first().toString().contains(u"port 0"_s));
    streams.setTextPort(40000);
    streams.setTextRate(0);
    streams.setDroneRate(0);
    QVERIFY(!streams.start());
    QVERIFY(errors.last().first().toString().contains(u"nothing to send"_s));
    streams.setDestination(QHostAddress());
    QVERIFY(!streams.start());
    QVERIFY(!streams.isRunning());
}

QTEST_GUILESS_MAIN(tst_DemoStreams)
#include "tst_demostreams.moc"
