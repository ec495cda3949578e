// The tools tab, driven as a user would (offscreen): look up localhost and an address, read
// this machine's interfaces (loopback with 127.0.0.1) and copy a broadcast address, search the
// well-known ports, check a local port held by the test and a free one, and run the TCP
// connect check against a listening and a closed loopback port.
#include <netlab/namelookup.h>
#include <netlab/tcpconnectcheck.h>
#include <widgets/endpointpicker.h>
#include <widgets/statusline.h>
#include <widgets/toolstab.h>

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QUdpSocket>

using namespace Qt::StringLiterals;
using netlab::ToolsTab;

class tst_ToolsTab : public QObject
{
    Q_OBJECT

private slots:
    void lookupLocalhostShowsLoopback();
    void lookupLiteralAndBadInput_data();
    void lookupLiteralAndBadInput();
    void recordLookupEndsWithinTimeout();
    void interfacesListLoopback();
    void copyBroadcastAddress();
    void searchWellKnownPorts();
    void localPortBusyAndFree();
    void connectCheckListeningAndClosed();
    void rebuiltTabShowsCoreState();
    void settingsRoundTrip();
    void accessibleNames();

private:
    struct Fixture
    {
        netlab::NameLookup lookup;
        netlab::TcpConnectCheck check;
        ToolsTab tab {&lookup, &check};

        Fixture()
        {
            lookup.setTimeout(3000);
            tab.resize(1000, 600);
            tab.show();
        }

        template<typename T>
        T *child(const QString &name)
        {
            T *widget = tab.findChild<T *>(name);
            if (!widget)
                qFatal("no child %s", qPrintable(name));
            return widget;
        }
        QStringList column(const QString &table, int column)
        {
            auto *view = child<QTableWidget>(table);
            QStringList texts;
            for (int row = 0; row < view->rowCount(); ++row)
                texts.append(view->item(row, column) ? view->item(row, column)->text() : QString());
            return texts;
        }
        void lookUp(const QString &name, int typeIndex = 0)
        {
            child<QComboBox>(u"lookupTypeCombo"_s)->setCurrentIndex(typeIndex);
            auto *edit = child<QLineEdit>(u"lookupNameEdit"_s);
            edit->clear();
            QTest::keyClicks(edit, name);
            QTest::mouseClick(child<QPushButton>(u"lookupButton"_s), Qt::LeftButton);
        }
    };
};

void tst_ToolsTab::lookupLocalhostShowsLoopback()
{
    Fixture f;
    f.tab.show();
    QSignalSpy finished(&f.lookup, &netlab::NameLookup::lookupFinished);
    f.lookUp(u"localhost"_s);
    QVERIFY(finished.wait(5000));
    auto *status = f.child<netlab::StatusLine>(u"lookupStatus"_s);
    QVERIFY2(!status->isError(), qPrintable(status->text()));
    QVERIFY2(
        status->text().startsWith(u"localhost: addresses found"_s), qPrintable(status->text()));
    QVERIFY(f.column(u"lookupTable"_s, 3).contains(u"127.0.0.1"_s));
    QVERIFY(f.column(u"lookupTable"_s, 1).contains(u"SOCK_STREAM"_s));
    QVERIFY(f.column(u"lookupTable"_s, 2).contains(u"TCP (6)"_s));
    // No port by default, as in the guide: getaddrinfo('localhost', None) gives port 0.
    QCOMPARE(f.column(u"lookupTable"_s, 4).first(), u"0"_s);
    QCOMPARE(f.child<QPushButton>(u"lookupButton"_s)->text(), u"Look &up"_s);
}

void tst_ToolsTab::lookupLiteralAndBadInput_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("address"); // empty: an error is expected
    QTest::addColumn<QString>("errorPart");
    QTest::addRow("ipv4") << u"127.0.0.1"_s << u"127.0.0.1"_s << QString();
    QTest::addRow("ipv6") << u"::1"_s << u"::1"_s << QString();
    QTest::addRow("empty") << QString() << QString() << u"Enter a host name"_s;
    QTest::addRow("254 chars") << u"a."_s.repeated(126) + u"bc"_s << QString()
                               << u"254 characters long"_s;
    QTest::addRow("bad char") << u"bad!name"_s << QString() << u"'!' (position 4)"_s;
    QTest::addRow("cannot exist") << u"no-such-host.invalid"_s << QString()
                                  << u"no-such-host.invalid"_s;
}

void tst_ToolsTab::lookupLiteralAndBadInput()
{
    QFETCH(QString, name);
    QFETCH(QString, address);
    QFETCH(QString, errorPart);
    Fixture f;
    auto *status = f.child<netlab::StatusLine>(u"lookupStatus"_s);
    QSignalSpy finished(&f.lookup, &netlab::NameLookup::lookupFinished);
    QSignalSpy errors(&f.lookup, &netlab::NameLookup::errorOccurred);
    f.lookUp(name);
    if (!address.isEmpty()) {
        QVERIFY(finished.wait(5000));
        QVERIFY2(!status->isError(), qPrintable(status->text()));
        QVERIFY(f.column(u"lookupTable"_s, 3).contains(address));
        return;
    }
    QTRY_COMPARE_WITH_TIMEOUT(errors.size(), 1, 5000);
    QVERIFY(status->isError());
    QVERIFY2(status->text().contains(errorPart), qPrintable(status->text()));
    QCOMPARE(f.child<QTableWidget>(u"lookupTable"_s)->rowCount(), 0);
    QCOMPARE(f.child<QPushButton>(u"lookupButton"_s)->text(), u"Look &up"_s);
}

void tst_ToolsTab::recordLookupEndsWithinTimeout()
{
    // MX of a name that cannot exist: with or without a DNS server the answer is an error in
    // words, within the lookup's timeout; a bad DNS server address is refused before asking.
    Fixture f;
    auto *status = f.child<netlab::StatusLine>(u"lookupStatus"_s);
    auto *server = f.child<QLineEdit>(u"dnsServerEdit"_s);
    QVERIFY(!server->isEnabled()); // only for records
    const int mx = f.child<QComboBox>(u"lookupTypeCombo"_s)->findText(u"MX records"_s);
    QVERIFY(mx > 0);
    f.child<QComboBox>(u"lookupTypeCombo"_s)->setCurrentIndex(mx);
    QVERIFY(server->isEnabled());
    QVERIFY(!f.child<QSpinBox>(u"lookupPortSpin"_s)->isEnabled());
    QTest::keyClicks(server, u"not-an-ip"_s);
    f.lookUp(u"example.invalid"_s, mx);
    QVERIFY(status->isError());
    QVERIFY2(status->text().contains(u"not a DNS server address"_s), qPrintable(status->text()));
    QVERIFY(!f.lookup.isBusy());

    server->clear();
    QSignalSpy finished(&f.lookup, &netlab::NameLookup::lookupFinished);
    f.lookUp(u"example.invalid"_s, mx);
    QVERIFY(finished.wait(5000));
    QVERIFY(status->isError());
    QVERIFY2(status->text().contains(u"example.invalid"_s), qPrintable(status->text()));
    QVERIFY(
        f.child<QLabel>(u"lookupHint"_s)->text().contains(u"nslookup -type=MX example.invalid"_s));
}

void tst_ToolsTab::interfacesListLoopback()
{
    Fixture f;
    const QStringList names = f.column(u"interfacesTable"_s, 0);
    const QStringList addresses = f.column(u"interfacesTable"_s, 4);
    const int row = int(addresses.indexOf(u"127.0.0.1"_s));
    QVERIFY2(row >= 0, qPrintable(addresses.join(u", "_s)));
    QVERIFY2(names.at(row).startsWith(u"lo"_s), qPrintable(names.at(row)));
    QVERIFY(f.column(u"interfacesTable"_s, 1).at(row).contains(u"loopback"_s));
    QCOMPARE(f.column(u"interfacesTable"_s, 5).at(row), u"255.0.0.0 (/8)"_s);
    QVERIFY(!f.child<QLabel>(u"hostNameLabel"_s)->text().isEmpty());
    QVERIFY(!f.child<QLabel>(u"userNameLabel"_s)->text().isEmpty());
    QTest::mouseClick(f.child<QPushButton>(u"refreshInterfacesButton"_s), Qt::LeftButton);
    QVERIFY(f.column(u"interfacesTable"_s, 4).contains(u"127.0.0.1"_s));
    QVERIFY(
        f.child<netlab::StatusLine>(u"machineStatus"_s)->text().startsWith(u"Interfaces found"_s));
}

void tst_ToolsTab::copyBroadcastAddress()
{
    Fixture f;
    const QList<QToolButton *> buttons
        = f.tab.findChildren<QToolButton *>(u"copyBroadcastButton"_s);
    if (buttons.isEmpty())
        QSKIP("no interface here can broadcast (only loopback)");
    QToolButton *button = buttons.first();
    const QString address = button->property("address").toString();
    QVERIFY(f.column(u"interfacesTable"_s, 6).contains(address));
    QVERIFY(!QHostAddress(address).isNull());
    QVERIFY(button->accessibleName().contains(address));
    f.tab.setCurrentSection(ToolsTab::MachineSection);
    f.tab.show();
    QVERIFY(QTest::qWaitForWindowExposed(&f.tab));
    QTest::mouseClick(button, Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text(), address);
    QVERIFY(f.child<netlab::StatusLine>(u"machineStatus"_s)->text().contains(address));
}

void tst_ToolsTab::searchWellKnownPorts()
{
    Fixture f;
    const int all = f.child<QTableWidget>(u"portsTable"_s)->rowCount();
    QVERIFY(all >= 30);
    QTest::keyClicks(f.child<QLineEdit>(u"portSearchEdit"_s), u"ssh"_s);
    QCOMPARE(f.column(u"portsTable"_s, 0), QStringList {u"22"_s});
    QCOMPARE(f.column(u"portsTable"_s, 2), QStringList {u"SSH"_s});
    f.child<QLineEdit>(u"portSearchEdit"_s)->setText(u"mqtt"_s);
    QCOMPARE(f.column(u"portsTable"_s, 0), (QStringList {u"1883"_s, u"8883"_s}));
    f.child<QLineEdit>(u"portSearchEdit"_s)->clear();
    QCOMPARE(f.child<QTableWidget>(u"portsTable"_s)->rowCount(), all);
}

void tst_ToolsTab::localPortBusyAndFree()
{
    Fixture f;
    auto *spin = f.child<QSpinBox>(u"freePortSpin"_s);
    auto *transport = f.child<QComboBox>(u"freeTransportCombo"_s);
    auto *status = f.child<netlab::StatusLine>(u"freeStatus"_s);
    auto *check = f.child<QPushButton>(u"freeCheckButton"_s);

    QTcpServer held;
    QVERIFY(held.listen(QHostAddress::LocalHost, 0));
    spin->setValue(held.serverPort());
    transport->setCurrentIndex(0); // TCP
    QTest::mouseClick(check, Qt::LeftButton);
    QVERIFY(status->isError());
    QVERIFY2(status->text().contains(u"TCP port %1 is in use"_s.arg(held.serverPort())),
        qPrintable(status->text()));

    QUdpSocket udp;
    QVERIFY(udp.bind(QHostAddress::LocalHost, 0));
    spin->setValue(udp.localPort());
    transport->setCurrentIndex(1); // UDP
    QTest::mouseClick(check, Qt::LeftButton);
    QVERIFY(status->isError());
    QVERIFY2(status->text().contains(u"UDP port %1 is in use"_s.arg(udp.localPort())),
        qPrintable(status->text()));
    const quint16 released = udp.localPort();
    udp.close();
    QTest::mouseClick(check, Qt::LeftButton);
    QVERIFY2(!status->isError(), qPrintable(status->text()));
    QVERIFY2(status->text().contains(u"UDP port %1 is free"_s.arg(released)),
        qPrintable(status->text()));
}

void tst_ToolsTab::connectCheckListeningAndClosed()
{
    Fixture f;
    auto *endpoint = f.child<netlab::EndpointPicker>(u"connectEndpoint"_s);
    auto *button = f.child<QPushButton>(u"connectCheckButton"_s);
    auto *status = f.child<netlab::StatusLine>(u"connectStatus"_s);
    QSignalSpy finished(&f.check, &netlab::TcpConnectCheck::checkFinished);

    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    endpoint->setHost(u"127.0.0.1"_s);
    endpoint->setPort(server.serverPort());
    QTest::mouseClick(button, Qt::LeftButton);
    QVERIFY(finished.wait(5000));
    QVERIFY2(!status->isError(), qPrintable(status->text()));
    QVERIFY2(status->text().contains(u"Connected to 127.0.0.1:%1 in "_s.arg(server.serverPort())),
        qPrintable(status->text()));
    QVERIFY(status->text().contains(u" ms"_s));
    QCOMPARE(button->text(), u"Co&nnect"_s);

    const quint16 closed = server.serverPort();
    server.close();
    QTest::mouseClick(button, Qt::LeftButton);
    QVERIFY(finished.wait(5000));
    QVERIFY(status->isError());
    QVERIFY2(status->text().contains(u"refused"_s), qPrintable(status->text()));
    QVERIFY(status->text().contains(u"127.0.0.1:%1"_s.arg(closed)));

    endpoint->setHost(u"bad host"_s);
    QTest::mouseClick(button, Qt::LeftButton);
    QVERIFY(status->isError());
    QVERIFY(!f.check.isRunning());
}

void tst_ToolsTab::rebuiltTabShowsCoreState()
{
    netlab::NameLookup lookup;
    netlab::TcpConnectCheck check;
    QSignalSpy finished(&lookup, &netlab::NameLookup::lookupFinished);
    QVERIFY(lookup.lookupAddresses(u"127.0.0.1"_s, 1234));
    QVERIFY(finished.wait(5000));
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    QSignalSpy checked(&check, &netlab::TcpConnectCheck::checkFinished);
    QVERIFY(check.start(u"127.0.0.1"_s, server.serverPort()));
    QVERIFY(checked.wait(5000));

    ToolsTab tab(&lookup, &check); // built after both finished, like after a language switch
    auto *table = tab.findChild<QTableWidget *>(u"lookupTable"_s);
    QCOMPARE(table->rowCount(), 3);
    QCOMPARE(table->item(0, 3)->text(), u"127.0.0.1"_s);
    QCOMPARE(table->item(0, 4)->text(), u"1234"_s);
    QVERIFY(
        tab.findChild<netlab::StatusLine *>(u"connectStatus"_s)->text().startsWith(u"Connected"_s));
}

void tst_ToolsTab::settingsRoundTrip()
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(u"s.ini"_s), QSettings::IniFormat);
    {
        Fixture f;
        f.child<QLineEdit>(u"lookupNameEdit"_s)->setText(u"example.org"_s);
        f.child<QSpinBox>(u"lookupPortSpin"_s)->setValue(443);
        f.child<QComboBox>(u"lookupTypeCombo"_s)->setCurrentIndex(4);
        f.child<QSpinBox>(u"freePortSpin"_s)->setValue(52001);
        f.child<QComboBox>(u"freeTransportCombo"_s)->setCurrentIndex(1);
        f.child<QLineEdit>(u"portSearchEdit"_s)->setText(u"udp"_s);
        f.tab.setCurrentSection(ToolsTab::PortsSection);
        f.tab.saveSettings(settings);
    }
    settings.setValue(u"lookupPort"_s, 70000); // hand-edited nonsense is ignored
    Fixture g;
    g.tab.restoreSettings(settings);
    QCOMPARE(g.child<QLineEdit>(u"lookupNameEdit"_s)->text(), u"example.org"_s);
    // Nonsense falls back to the default, which is "none", as the guide says.
    QCOMPARE(g.child<QSpinBox>(u"lookupPortSpin"_s)->value(), 0);
    QCOMPARE(g.child<QSpinBox>(u"lookupPortSpin"_s)->text(), u"none"_s);
    QCOMPARE(g.child<QComboBox>(u"lookupTypeCombo"_s)->currentIndex(), 4);
    QCOMPARE(g.child<QSpinBox>(u"freePortSpin"_s)->value(), 52001);
    QCOMPARE(g.child<QComboBox>(u"freeTransportCombo"_s)->currentIndex(), 1);
    QCOMPARE(g.child<QLineEdit>(u"portSearchEdit"_s)->text(), u"udp"_s);
    QCOMPARE(g.child<QTabWidget>(u"toolsSections"_s)->currentIndex(), int(ToolsTab::PortsSection));
}

void tst_ToolsTab::accessibleNames()
{
    Fixture f;
    const QList<QWidget *> widgets = f.tab.findChildren<QWidget *>();
    for (QWidget *widget : widgets) {
        const bool interactive = qobject_cast<QAbstractButton *>(widget)
            || qobject_cast<QLineEdit *>(widget) || qobject_cast<QComboBox *>(widget)
            || qobject_cast<QAbstractSpinBox *>(widget) || qobject_cast<QTableWidget *>(widget);
        if (!interactive || widget->objectName().startsWith(u"qt_"_s) || !widget->parentWidget()
            || qobject_cast<QComboBox *>(widget->parentWidget())
            || qobject_cast<QAbstractSpinBox *>(widget->parentWidget())
            || qobject_cast<QLineEdit *>(widget->parentWidget()))
            continue;
        if (widget->inherits("QTabBar") || widget->inherits("QHeaderView")
            || widget->inherits("QTableCornerButton"))
            continue;
        QVERIFY2(!widget->objectName().isEmpty(), widget->metaObject()->className());
        bool named = !widget->accessibleName().isEmpty();
        if (!named) {
            for (QLabel *label : f.tab.findChildren<QLabel *>())
                named = named || label->buddy() == widget;
        }
        if (!named && qobject_cast<QAbstractButton *>(widget))
            named = !qobject_cast<QAbstractButton *>(widget)->text().isEmpty();
        QVERIFY2(named, qPrintable(widget->objectName()));
    }
}

QTEST_MAIN(tst_ToolsTab)
#include "tst_toolstab.moc"
