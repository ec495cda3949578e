// UdpSender on loopback: N datagrams at R per second all arrive, paced (not flat out), with
// progress signals; a host name is resolved; stop ends a long job at once; a broadcast
// address is refused unless allowed; bad jobs are refused with a reason.
#include <netlab/udpsender.h>

#include <QSignalSpy>
#include <QTest>
#include <QUdpSocket>

using namespace Qt::StringLiterals;
using netlab::UdpSender;
using netlab::UdpSendJob;

namespace {

const QHostAddress kLoopback(QHostAddress::LocalHost);

// Counts the datagrams equal to `expected` that reach a loopback socket.
struct Receiver
{
    QUdpSocket socket;
    int matching = 0;
    int other = 0;

    bool bind(const QByteArray &expected)
    {
        if (!socket.bind(kLoopback, 0))
            return false;
        QObject::connect(&socket, &QUdpSocket::readyRead, &socket, [this, expected] {
            while (socket.hasPendingDatagrams()) {
                QByteArray data(int(socket.pendingDatagramSize()), '\0');
                data.resize(int(socket.readDatagram(data.data(), data.size())));
                if (data == expected)
                    ++matching;
                else
                    ++other;
            }
        });
        return true;
    }
};

} // namespace

class tst_UdpSender : public QObject
{
    Q_OBJECT

private slots:
    void countAtRate();
    void flatOut();
    void hostName();
    void stopEndsTheJob();
    void broadcastNeedsPermission();
    void refusesBadJobs_data();
    void refusesBadJobs();
};

void tst_UdpSender::countAtRate()
{
    Receiver receiver;
    QVERIFY(receiver.bind("tick"));
    UdpSender sender;
    QSignalSpy progress(&sender, &UdpSender::progress);
    QSignalSpy sent(&sender, &UdpSender::datagramSent);
    QSignalSpy finished(&sender, &UdpSender::finished);
    QSignalSpy running(&sender, &UdpSender::runningChanged);
    UdpSendJob job;
    job.host = u"127.0.0.1"_s;
    job.port = receiver.socket.localPort();
    job.payload = "tick";
    job.count = 40;
    job.rate = 200;
    QVERIFY(sender.start(job));
    QVERIFY(sender.isRunning());
    QVERIFY(finished.wait(10000));
    QTRY_COMPARE_WITH_TIMEOUT(receiver.matching, 40, 5000);
    QCOMPARE(receiver.other, 0);
    QCOMPARE(sent.size(), 40);
    QCOMPARE(sender.sent(), 40);
    QCOMPARE(sender.bytesSent(), 160);
    QCOMPARE(sender.failures(), 0);
    QVERIFY(!sender.wasStopped());
    // Progress along the way (at most every 50 ms over ~0.2 s) and 40/40 at the end.
    QVERIFY(progress.size() >= 2);
    QCOMPARE(progress.last().at(0).toLongLong(), 40);
    QCOMPARE(progress.last().at(1).toLongLong(), 40);
    QCOMPARE(running.size(), 2);
    QVERIFY(!sender.isRunning());
    // Paced: the 40th is due at 39/200 s, so not flat out; and not absurdly slow.
    QVERIFY2(sender.elapsedSeconds() >= 0.18, qPrintable(QString::number(sender.elapsedSeconds())));
    QVERIFY(sender.elapsedSeconds() < 5.0);
    QVERIFY(sender.achievedRate() > 100 && sender.achievedRate() < 220);
}

void tst_UdpSender::flatOut()
{
    Receiver receiver;
    QVERIFY(receiver.bind("x"));
    UdpSender sender;
    QSignalSpy finished(&sender, &UdpSender::finished);
    UdpSendJob job;
    job.host = u"127.0.0.1"_s;
    job.port = receiver.socket.localPort();
    job.payload = "x";
    job.count = 2500; // more than one burst: the sender returns to the event loop between
    QVERIFY(sender.start(job));
    QVERIFY(finished.wait(10000));
    QCOMPARE(sender.sent(), 2500);
    QCOMPARE(sender.failures(), 0);
    // Flat out, a receiver in the same thread with the default buffer may miss some (UDP
    // has no flow control); what matters here is that every one left and arrives intact.
    QTRY_VERIFY_WITH_TIMEOUT(receiver.matching >= 100, 5000);
    QCOMPARE(receiver.other, 0);
}

void tst_UdpSender::hostName()
{
    Receiver receiver;
    QVERIFY(receiver.bind("hello"));
    UdpSender sender;
    QSignalSpy finished(&sender, &UdpSender::finished);
    UdpSendJob job;
    job.host = u"localhost"_s;
    job.port = receiver.socket.localPort();
    job.payload = "hello";
    QVERIFY(sender.start(job));
    QVERIFY(finished.wait(10000));
    QTRY_COMPARE(receiver.matching, 1);
    QVERIFY(sender.address().isLoopback());
}

void tst_UdpSender::stopEndsTheJob()
{
    Receiver receiver;
    QVERIFY(receiver.bind("tock"));
    UdpSender sender;
    QSignalSpy finished(&sender, &UdpSender::finished);
    QSignalSpy sent(&sender, &UdpSender::datagramSent);
    UdpSendJob job;
    job.host = u"127.0.0.1"_s;
    job.port = receiver.socket.localPort();
    job.payload = "tock";
    job.count = 1000000;
    job.rate = 500; // would take half an hour
    QVERIFY(sender.start(job));
    QTRY_VERIFY_WITH_TIMEOUT(receiver.matching >= 5, 5000);
    sender.stop();
    QCOMPARE(finished.size(), 1);
    QVERIFY(!sender.isRunning());
    QVERIFY(sender.wasStopped());
    const qint64 sentAtStop = sender.sent();
    QVERIFY(sentAtStop >= 5 && sentAtStop < 1000000);
    // Nothing more goes out after Stop (at 500/s, 100 ms would have sent about 50).
    sent.clear();
    QVERIFY(!sent.wait(100));
    QCOMPARE(sender.sent(), sentAtStop);
    QCOMPARE(receiver.matching, int(sentAtStop));
    // And the sender can start again.
    job.count = 3;
    job.rate = 0;
    QVERIFY(sender.start(job));
    QVERIFY(finished.wait(5000));
    QTRY_COMPARE(receiver.matching, int(sentAtStop) + 3);
}

void tst_UdpSender::broadcastNeedsPermission()
{
    QVERIFY(UdpSender::isBroadcastAddress(QHostAddress(u"255.255.255.255"_s)));
    QVERIFY(!UdpSender::isBroadcastAddress(kLoopback));
    const QList<UdpSender::BroadcastChoice> choices = UdpSender::broadcastAddresses();
    QVERIFY(!choices.isEmpty());
    QCOMPARE(choices.first().address, QHostAddress(QHostAddress::Broadcast));
    for (const UdpSender::BroadcastChoice &choice : choices)
        QVERIFY(UdpSender::isBroadcastAddress(choice.address));

    UdpSender sender;
    QSignalSpy errors(&sender, &UdpSender::errorOccurred);
    UdpSendJob job;
    job.host = u"255.255.255.255"_s;
    job.port = 52001;
    job.payload = "x";
    QVERIFY(!sender.start(job));
    QVERIFY(!sender.isRunning());
    QCOMPARE(errors.size(), 1);
    QVERIFY2(
        sender.errorString().contains(u"broadcast address"_s), qPrintable(sender.errorString()));
    QCOMPARE(sender.sent(), 0);
}

void tst_UdpSender::refusesBadJobs_data()
{
    QTest::addColumn<quint16>("port");
    QTest::addColumn<int>("payloadSize");
    QTest::addColumn<qint64>("count");
    QTest::addColumn<double>("rate");
    QTest::addColumn<QString>("host");
    QTest::addColumn<QString>("reason");
    QTest::addRow("port 0") << quint16(0) << 1 << qint64(1) << 0.0 << u"127.0.0.1"_s << u"port"_s;
    QTest::addRow("65508 bytes") << quint16(9) << 65508 << qint64(1) << 0.0 << u"127.0.0.1"_s
                                 << u"at most 65507"_s;
    QTest::addRow("count 0") << quint16(9) << 1 << qint64(0) << 0.0 << u"127.0.0.1"_s << u"count"_s;
    QTest::addRow("negative rate")
        << quint16(9) << 1 << qint64(1) << -1.0 << u"127.0.0.1"_s << u"rate"_s;
    QTest::addRow("no host") << quint16(9) << 1 << qint64(1) << 0.0 << u"  "_s << u"host"_s;
}

void tst_UdpSender::refusesBadJobs()
{
    QFETCH(quint16, port);
    QFETCH(int, payloadSize);
    QFETCH(qint64, count);
    QFETCH(double, rate);
    QFETCH(QString, host);
    QFETCH(QString, reason);
    UdpSender sender;
    QSignalSpy errors(&sender, &UdpSender::errorOccurred);
    UdpSendJob job;
    job.host = host;
    job.port = port;
    job.payload = QByteArray(payloadSize, 'a');
    job.count = count;
    job.rate = rate;
    QVERIFY(!sender.start(job));
    QCOMPARE(errors.size(), 1);
    QVERIFY2(sender.errorString().contains(reason), qPrintable(sender.errorString()));
    QVERIFY(!sender.isRunning());
}

QTEST_GUILESS_MAIN(tst_UdpSender)
#include "tst_udpsender.moc"
