// The TCP server tab, driven as a user would (offscreen): Start, clients connect from real
// sockets, the listening socket and the connected ones are listed apart, replies go to one
// client or to all, a client can be disconnected.
#include <netlab/machineinfo.h>
#include <netlab/tcpserver.h>
#include <netlab/trafficlog.h>
#include <netlab/trafficrecorder.h>
#include <widgets/sendpanel.h>
#include <widgets/statusline.h>
#include <widgets/tcpservertab.h>

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QTreeWidget>

#include <memory>

using namespace Qt::StringLiterals;

class tst_TcpServerTab : public QObject
{
    Q_OBJECT

private slots:
    void listenerAndClientsAreDistinct();
    void echoAndReplyToOneOrAll();
    void disconnectClient();
    void portInUseIsExplained();
    void typedBindAddress();
    void hintNamesTheBoundAddress();

private:
    struct Fixture
    {
        netlab::TcpServer server;
        netlab::TrafficLog log;
        netlab::TrafficRecorder recorder {&server, &log};
        netlab::TcpServerTab tab {&server, &log};

        template<typename T>
        T *child(const QString &name)
        {
            T *widget = tab.findChild<T *>(name);
            if (!widget)
                qFatal("no child %s", qPrintable(name));
            return widget;
        }

        // Bind 127.0.0.1 on any free port and click Start.
        bool start()
        {
            auto *bind = child<QComboBox>(u"bindCombo"_s);
            bind->setCurrentIndex(bind->findData(u"127.0.0.1"_s));
            child<QSpinBox>(u"serverPortSpin"_s)->setValue(0);
            QTest::mouseClick(child<QPushButton>(u"startButton"_s), Qt::LeftButton);
            return server.isListening();
        }

        std::unique_ptr<QTcpSocket> connectClient()
        {
            auto socket = std::make_unique<QTcpSocket>();
            socket->connectToHost(QHostAddress::LocalHost, server.serverPort());
            return socket;
        }
    };
};

void tst_TcpServerTab::listenerAndClientsAreDistinct()
{
    Fixture f;
    f.tab.show();
    QVERIFY(f.start());
    // Port 0 asked for any free port; the box now shows the one the system chose.
    QCOMPARE(f.child<QSpinBox>(u"serverPortSpin"_s)->value(), int(f.server.serverPort()));
    QCOMPARE(f.child<QPushButton>(u"startButton"_s)->text().remove(u'&'), u"Stop"_s);

    auto *tree = f.child<QTreeWidget>(u"socketsTree"_s);
    QTreeWidgetItem *listener = tree->topLevelItem(0);
    QCOMPARE(listener->text(0),
        u"Listening socket 127.0.0.1:%1 · backlog 128"_s.arg(f.server.serverPort()));

    auto a = f.connectClient();
    auto b = f.connectClient();
    QTRY_COMPARE(listener->childCount(), 2);
    QCOMPARE(tree->topLevelItemCount(), 1);
    QVERIFY(listener->child(0)->text(0).startsWith(u"Connected socket #1 127.0.0.1:"_s));
    QVERIFY(listener->child(1)->text(0).startsWith(u"Connected socket #2 127.0.0.1:"_s));

    b->disconnectFromHost();
    QTRY_COMPARE(listener->childCount(), 1);
    QTest::mouseClick(f.child<QPushButton>(u"startButton"_s), Qt::LeftButton);
    QVERIFY(!f.server.isListening());
    QCOMPARE(listener->childCount(), 0);
    QCOMPARE(listener->text(0), u"Listening socket: not listening"_s);
}

void tst_TcpServerTab::echoAndReplyToOneOrAll()
{
    Fixture f;
    f.tab.show();
    auto *reply = f.child<QComboBox>(u"autoReplyCombo"_s);
    reply->setCurrentIndex(reply->findData(u"echo"_s));
    QVERIFY(f.start());
    auto a = f.connectClient();
    auto b = f.connectClient();
    QTRY_COMPARE(f.server.clientCount(), 2);

    // The classic exercise: send "Hello", read the echo.
    a->write("Hello\n");
    QByteArray echo;
    QTRY_COMPARE(echo += a->readAll(), "Hello\n"_ba);
    auto *tree = f.child<QTreeWidget>(u"socketsTree"_s);
    QTreeWidgetItem *first = tree->topLevelItem(0)->child(0);
    QTRY_COMPARE(first->text(2), u"6"_s); // bytes in
    QTRY_COMPARE(first->text(3), u"6"_s); // bytes out

    // Reply to the selected client only.
    first->setSelected(true);
    f.child<QLineEdit>(u"sendTextEdit"_s)->setText(u"just you"_s);
    QTest::mouseClick(f.child<QPushButton>(u"sendButton"_s), Qt::LeftButton);
    QByteArray toA;
    QTRY_COMPARE(toA += a->readAll(), "just you\n"_ba);
    // Manual replies count in "Bytes out" like echoes do.
    QTRY_COMPARE(first->text(3), u"15"_s);

    // Selecting a client filters the log to it, and the tab says so with a way back.
    auto *filterBar = f.child<QWidget>(u"peerFilterBar"_s);
    QVERIFY(filterBar->isVisible());
    QVERIFY(f.child<QLabel>(u"peerFilterLabel"_s)->text().contains(u"client #1"_s));
    auto *logTable = f.child<QTableView>(u"trafficTable"_s);
    b->write("from b\n");
    QTRY_VERIFY(f.log.count() > 0 && f.log.at(f.log.count() - 1).peer.startsWith(u"#2 "_s));
    for (int row = 0; row < logTable->model()->rowCount(); ++row)
        QVERIFY(!logTable->model()->index(row, 2).data().toString().startsWith(u"#2 "_s));
    QTest::mouseClick(f.child<QPushButton>(u"showAllPeersButton"_s), Qt::LeftButton);
    QVERIFY(!filterBar->isVisible());
    QVERIFY(tree->selectedItems().isEmpty());
    QTRY_COMPARE(logTable->model()->rowCount(), int(f.log.count()));
    first->setSelected(true);

    // Then to all.
    auto *target = f.child<QComboBox>(u"targetCombo"_s);
    target->setCurrentIndex(target->findData(u"all"_s));
    f.child<QLineEdit>(u"sendTextEdit"_s)->setText(u"everyone"_s);
    f.tab.send();
    QByteArray toB;
    QTRY_COMPARE(toB += b->readAll(), "from b\neveryone\n"_ba); // b got its echo, then all
    toA.clear();
    QTRY_COMPARE(toA += a->readAll(), "everyone\n"_ba);
    QTRY_COMPARE(first->text(3), u"24"_s);
    QTRY_COMPARE(tree->topLevelItem(0)->child(1)->text(3), u"16"_s);
}

void tst_TcpServerTab::hintNamesTheBoundAddress()
{
    // A server bound to one loopback address is not reachable at 127.0.0.1: the hint must
    // name the address that listens.
    Fixture f;
    auto *bind = f.child<QComboBox>(u"bindCombo"_s);
    bind->setEditText(u"127.123.234.1"_s);
    f.child<QSpinBox>(u"serverPortSpin"_s)->setValue(0);
    QTest::mouseClick(f.child<QPushButton>(u"startButton"_s), Qt::LeftButton);
    QVERIFY(f.server.isListening());
    const QString hint = f.child<netlab::StatusLine>(u"statusLine"_s)->text();
    QVERIFY2(hint.contains(u"nc 127.123.234.1 %1"_s.arg(f.server.serverPort())), qPrintable(hint));
    QVERIFY2(!hint.contains(u"127.0.0.1"_s), qPrintable(hint));
    QTest::mouseClick(f.child<QPushButton>(u"startButton"_s), Qt::LeftButton);

    // 0.0.0.0: loopback from this machine, and this machine's own addresses for others.
    bind->setCurrentIndex(bind->findData(u"0.0.0.0"_s));
    QTest::mouseClick(f.child<QPushButton>(u"startButton"_s), Qt::LeftButton);
    QVERIFY(f.server.isListening());
    const QString anyHint = f.child<netlab::StatusLine>(u"statusLine"_s)->text();
    QVERIFY2(
        anyHint.contains(u"nc 127.0.0.1 %1"_s.arg(f.server.serverPort())), qPrintable(anyHint));
    for (const QHostAddress &address : netlab::MachineInfo::addressesToReach(QHostAddress::AnyIPv4))
        QVERIFY2(anyHint.contains(address.toString()), qPrintable(anyHint));
}

void tst_TcpServerTab::disconnectClient()
{
    Fixture f;
    QVERIFY(f.start());
    auto a = f.connectClient();
    QSignalSpy closed(a.get(), &QTcpSocket::disconnected);
    auto *tree = f.child<QTreeWidget>(u"socketsTree"_s);
    QTRY_COMPARE(tree->topLevelItem(0)->childCount(), 1);
    auto *button = f.child<QPushButton>(u"disconnectClientButton"_s);
    QVERIFY(!button->isEnabled());
    tree->topLevelItem(0)->child(0)->setSelected(true);
    QVERIFY(button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
    QVERIFY(closed.wait(5000));
    QTRY_COMPARE(tree->topLevelItem(0)->childCount(), 0);
}

void tst_TcpServerTab::portInUseIsExplained()
{
    QTcpServer occupant;
    QVERIFY(occupant.listen(QHostAddress::LocalHost, 0));
    Fixture f;
    auto *bind = f.child<QComboBox>(u"bindCombo"_s);
    bind->setCurrentIndex(bind->findData(u"127.0.0.1"_s));
    f.child<QSpinBox>(u"serverPortSpin"_s)->setValue(occupant.serverPort());
    QTest::mouseClick(f.child<QPushButton>(u"startButton"_s), Qt::LeftButton);
    QVERIFY(!f.server.isListening());
    auto *status = f.child<netlab::StatusLine>(u"statusLine"_s);
    QVERIFY(status->isError());
    QVERIFY2(status->text().contains(u"already in use"_s), qPrintable(status->text()));
    QVERIFY(status->text().contains(QString::number(occupant.serverPort())));
}

void tst_TcpServerTab::typedBindAddress()
{
    Fixture f;
    auto *bind = f.child<QComboBox>(u"bindCombo"_s);
    QString error;
    bind->setEditText(u"127.123.234.1"_s);
    QCOMPARE(f.tab.bindAddress(&error), std::optional(QHostAddress(u"127.123.234.1"_s)));
    bind->setEditText(u"300.1.1.1"_s);
    QVERIFY(!f.tab.bindAddress(&error));
    QVERIFY(error.contains(u"not an IP address"_s));
    // Typing it and pressing Start shows the reason instead of listening somewhere else.
    QTest::mouseClick(f.child<QPushButton>(u"startButton"_s), Qt::LeftButton);
    QVERIFY(!f.server.isListening());
    QVERIFY(f.child<netlab::StatusLine>(u"statusLine"_s)->text().contains(u"300.1.1.1"_s));
}

QTEST_MAIN(tst_TcpServerTab)
#include "tst_tcpservertab.moc"
