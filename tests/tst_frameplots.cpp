#include <netlab/frameplots.h>
#include <netlab/udplistener.h>

#include <QSignalSpy>
#include <QTest>
#include <QUdpSocket>

using namespace Qt::StringLiterals;
using namespace netlab;

namespace {

const QHostAddress kLoopback(QHostAddress::LocalHost);

// struct.pack('<diiiiffff', 1700000000.5, -12, 7, 359, 87, 1013.25, 0.1, -9.81, 0.0)
const QByteArray kDroneFrame = QByteArray::fromHex(
    "00002040fc54d941f4ffffff07000000670100005700000000507d44cdcccc3dc3f51cc100000000");

UdpPortConfig config(UdpDecoder decoder)
{
    UdpPortConfig config;
    config.bindAddress = kLoopback;
    config.decoder = decoder;
    config.structFormat = StructFormat::droneFrame();
    return config;
}

} // namespace

class tst_FramePlots : public QObject
{
    Q_OBJECT

private slots:
    void structPortsRecordedByThemselves();
    void newFormatStartsAgain();
    void boundedMemory();
};

void tst_FramePlots::structPortsRecordedByThemselves()
{
    UdpListener listener;
    FramePlots plots;
    plots.followUdp(&listener);
    const quint16 text = listener.addPort(config(UdpDecoder::Text));
    const quint16 drone = listener.addPort(config(UdpDecoder::Struct));
    QVERIFY(text && drone);
    // Only the struct port has fields to plot.
    QCOMPARE(plots.sources(), QStringList {FramePlots::udpKey(drone)});
    QVERIFY(plots.label(FramePlots::udpKey(drone)).contains(u"<diiiiffff"_s));
    QCOMPARE(plots.defaultFields(FramePlots::udpKey(drone)),
        (QStringList {u"pitch"_s, u"roll"_s, u"yaw"_s}));

    QSignalSpy added(&plots, &FramePlots::samplesAdded);
    QUdpSocket sender;
    for (int i = 0; i < 10; ++i)
        sender.writeDatagram(kDroneFrame, kLoopback, drone);
    sender.writeDatagram(kDroneFrame.left(39), kLoopback, drone); // bad: counted, not plotted
    sender.writeDatagram("not a frame", kLoopback, text);
    const PlotBuffer *buffer = plots.buffer(FramePlots::udpKey(drone));
    QTRY_COMPARE_WITH_TIMEOUT(buffer->size(), 10, 10'000);
    QTRY_COMPARE(listener.stats(drone).badFrames, 1);
    QCOMPARE(buffer->size(), 10);
    QVERIFY(!added.isEmpty());
    QCOMPARE(buffer->names(), StructFormat::droneFrame().names());
    QCOMPARE(buffer->valueAt(1, 0), -12.0); // pitch
    QCOMPARE(buffer->valueAt(3, 9), 359.0); // yaw
    QCOMPARE(buffer->valueAt(5, 9), 1013.25); // barometer
    QVERIFY(qAbs(buffer->timeAt(9) - QDateTime::currentMSecsSinceEpoch()) < 60'000);

    listener.removePort(drone);
    QVERIFY(plots.sources().isEmpty());
}

void tst_FramePlots::newFormatStartsAgain()
{
    UdpListener listener;
    FramePlots plots;
    plots.followUdp(&listener);
    const quint16 port = listener.addPort(config(UdpDecoder::Struct));
    QUdpSocket sender;
    sender.writeDatagram(kDroneFrame, kLoopback, port);
    QTRY_COMPARE(plots.buffer(FramePlots::udpKey(port))->size(), 1);

    // The same port with another format: new fields, the old samples gone.
    QVERIFY(listener.setDecoder(
        port, UdpDecoder::Struct, TextCodec(), StructFormat::parse(u"<10i"_s, QStringList())));
    sender.writeDatagram(QByteArray(40, '\1'), kLoopback, port);
    QTRY_COMPARE(plots.buffer(FramePlots::udpKey(port))->seriesCount(), 10);
    QTRY_COMPARE(plots.buffer(FramePlots::udpKey(port))->size(), 1);
    QCOMPARE(plots.buffer(FramePlots::udpKey(port))->valueAt(0, 0), 16843009.0);
    // A text decoder: nothing to plot.
    QVERIFY(listener.setDecoder(port, UdpDecoder::Text));
    sender.writeDatagram("hello", kLoopback, port);
    QTRY_VERIFY(plots.sources().isEmpty());
}

void tst_FramePlots::boundedMemory()
{
    // The drone's nine fields stay under the per-source budget, whatever the rate.
    const qsizetype rows = FramePlots::capacityFor(9);
    QVERIFY(rows > 100'000);
    FramePlots plots;
    plots.setSource(u"x"_s, u"x"_s, StructFormat::droneFrame());
    QList<StructValue> values(9, StructValue::fromDouble(1.5));
    for (qsizetype i = 0; i < rows + 1000; ++i)
        plots.append(u"x"_s, i, values);
    QVERIFY(plots.buffer(u"x"_s)->size() <= rows);
    QVERIFY(plots.buffer(u"x"_s)->memoryBytes() <= FramePlots::kMaxBytesPerSource * 11 / 10);
}

QTEST_GUILESS_MAIN(tst_FramePlots)
#include "tst_frameplots.moc"
