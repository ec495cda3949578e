// The TCP client tab, driven as a user would (offscreen): type an endpoint, click Connect,
// type text, press Send — against a real loopback server in the test.
#include <netlab/tcpclientsession.h>
#include <netlab/trafficlog.h>
#include <netlab/trafficrecorder.h>
#include <widgets/endpointpicker.h>
#include <widgets/hexinput.h>
#include <widgets/sendpanel.h>
#include <widgets/statusline.h>
#include <widgets/tcpclienttab.h>

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace Qt::StringLiterals;

class tst_TcpClientTab : public QObject
{
    Q_OBJECT

private slots:
    void connectSendReceive();
    void hexModeSendsRawBytes();
    void refusedConnectionIsExplained();
    void sendWhileDisconnectedIsRefused();

private:
    struct Fixture
    {
        netlab::TcpClientSession session;
        netlab::TrafficLog log;
        netlab::TrafficRecorder recorder {&session, &log};
        netlab::TcpClientTab tab {&session, &log};

        template<typename T>
        T *child(const QString &name)
        {
            T *widget = tab.findChild<T *>(name);
            if (!widget)
                qFatal("no child %s", qPrintable(name));
            return widget;
        }
    };

    static bool logHas(const netlab::TrafficLog &log, netlab::TrafficDirection direction,
        const QByteArray &payload)
    {
        for (qsizetype i = 0; i < log.count(); ++i) {
            if (log.at(i).direction == direction && log.at(i).payload == payload)
                return true;
        }
        return false;
    }
};

void tst_TcpClientTab::connectSendReceive()
{
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    Fixture f;
    f.tab.show();
    f.child<netlab::EndpointPicker>(u"endpoint"_s)->setHost(u"127.0.0.1"_s);
    f.child<netlab::EndpointPicker>(u"endpoint"_s)->setPort(server.serverPort());
    auto *connectButton = f.child<QPushButton>(u"connectButton"_s);
    QCOMPARE(connectButton->text().remove(u'&'), u"Connect"_s);
    QTest::mouseClick(connectButton, Qt::LeftButton);

    QVERIFY(server.waitForNewConnection(5000));
    QTcpSocket *peer = server.nextPendingConnection();
    QTRY_COMPARE(f.session.state(), netlab::TcpClientSession::State::Connected);
    QCOMPARE(connectButton->text().remove(u'&'), u"Disconnect"_s);
    QTRY_VERIFY(
        f.child<netlab::StatusLine>(u"statusLine"_s)
            ->text()
            .contains(u"Connected to 127.0.0.1:%1 from local port %2"_s.arg(server.serverPort())
                          .arg(f.session.localPort())));

    // Type "Hello", choose CR LF, press Send: the server reads exactly those bytes.
    auto *text = f.child<QLineEdit>(u"sendTextEdit"_s);
    text->setText(u"Hello, é"_s);
    auto *ending = f.child<QComboBox>(u"lineEndingCombo"_s);
    ending->setCurrentIndex(ending->findData(u"crlf"_s));
    QTest::mouseClick(f.child<QPushButton>(u"sendButton"_s), Qt::LeftButton);
    QByteArray received;
    QTRY_VERIFY((received += peer->readAll()).size() >= 11);
    QCOMPARE(received, "Hello, \xc3\xa9\r\n"_ba);

    // The reply shows in the log and in the counters.
    peer->write("ACK\n");
    QTRY_VERIFY(logHas(f.log, netlab::TrafficDirection::Incoming, "ACK\n"_ba));
    QVERIFY(logHas(f.log, netlab::TrafficDirection::Outgoing, "Hello, \xc3\xa9\r\n"_ba));
    QTRY_COMPARE(
        f.child<QLabel>(u"countersLabel"_s)->text(), u"Received: 4 bytes · Sent: 11 bytes"_s);

    // The server closes: the tab says so and offers Connect again.
    peer->close();
    QTRY_COMPARE(f.session.state(), netlab::TcpClientSession::State::Idle);
    QCOMPARE(connectButton->text().remove(u'&'), u"Connect"_s);
    QVERIFY2(f.child<netlab::StatusLine>(u"statusLine"_s)->text().contains(u"closed by peer"_s),
        qPrintable(f.child<netlab::StatusLine>(u"statusLine"_s)->text()));
}

void tst_TcpClientTab::hexModeSendsRawBytes()
{
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    Fixture f;
    f.tab.show();
    f.child<netlab::EndpointPicker>(u"endpoint"_s)->setHost(u"127.0.0.1"_s);
    f.child<netlab::EndpointPicker>(u"endpoint"_s)->setPort(server.serverPort());
    f.tab.toggleConnection(); // Ctrl+K
    QVERIFY(server.waitForNewConnection(5000));
    QTcpSocket *peer = server.nextPendingConnection();
    QTRY_COMPARE(f.session.state(), netlab::TcpClientSession::State::Connected);

    auto *mode = f.child<QComboBox>(u"sendModeCombo"_s);
    mode->setCurrentIndex(mode->findData(int(netlab::SendPanel::Mode::Hex)));
    auto *hex = f.child<netlab::HexInput>(u"sendHexInput"_s);
    hex->setText(u"00 ff 0d 0a"_s);
    f.tab.send(); // Ctrl+Return
    QByteArray received;
    QTRY_VERIFY((received += peer->readAll()).size() >= 4);
    QCOMPARE(received, QByteArray("\x00\xff\r\n", 4));

    // Invalid hex is refused with the reason, and nothing goes out.
    hex->setText(u"12 3g"_s);
    f.tab.send();
    QVERIFY(f.child<netlab::StatusLine>(u"statusLine"_s)->text().contains(u"'g'"_s));
    QCOMPARE(f.session.bytesSent(), quint64(4));
}

void tst_TcpClientTab::refusedConnectionIsExplained()
{
    // A port that was just free: nothing listens there.
    quint16 port = 0;
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        port = probe.serverPort();
    }
    Fixture f;
    f.child<netlab::EndpointPicker>(u"endpoint"_s)->setHost(u"127.0.0.1"_s);
    f.child<netlab::EndpointPicker>(u"endpoint"_s)->setPort(port);
    QSignalSpy errors(&f.session, &netlab::TcpClientSession::errorOccurred);
    QTest::mouseClick(f.child<QPushButton>(u"connectButton"_s), Qt::LeftButton);
    QVERIFY(errors.wait(5000));
    auto *status = f.child<netlab::StatusLine>(u"statusLine"_s);
    QVERIFY2(status->isError(), qPrintable(status->text()));
    QVERIFY2(
        status->text().contains(u"refused"_s, Qt::CaseInsensitive), qPrintable(status->text()));
    QCOMPARE(f.session.state(), netlab::TcpClientSession::State::Idle);
    bool logged = false;
    for (qsizetype i = 0; i < f.log.count(); ++i) {
        logged |= f.log.at(i).direction == netlab::TrafficDirection::Error
            && f.log.at(i).note.text().contains(u"refused"_s, Qt::CaseInsensitive);
        // The peer column names the port the user asked for, not the unconnected socket's 0.
        QCOMPARE(f.log.at(i).peer, u"127.0.0.1:%1"_s.arg(port));
    }
    QVERIFY(logged);
}

void tst_TcpClientTab::sendWhileDisconnectedIsRefused()
{
    Fixture f;
    f.child<QLineEdit>(u"sendTextEdit"_s)->setText(u"Hello"_s);
    QVERIFY(!f.child<QPushButton>(u"sendButton"_s)->isEnabled());
    f.tab.send();
    QCOMPARE(f.session.bytesSent(), quint64(0));
    QCOMPARE(f.log.count(), 0);
}

QTEST_MAIN(tst_TcpClientTab)
#include "tst_tcpclienttab.moc"
