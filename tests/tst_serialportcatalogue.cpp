// SerialPortCatalogue: the list of ports the serial tab shows, with extra (pty) ports and
// change notifications only when the list really changes.
#include <devices/serialportcatalogue.h>

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using netlab::SerialPortCatalogue;
using netlab::SerialPortDetails;

class tst_SerialPortCatalogue : public QObject
{
    Q_OBJECT

private slots:
    void pollsAtALowRate();
    void extraPortsAreListed();
    void refreshWithoutChangeIsQuiet();
    void vidPid_data();
    void vidPid();
};

void tst_SerialPortCatalogue::pollsAtALowRate()
{
    SerialPortCatalogue catalogue;
    QCOMPARE(catalogue.pollInterval(), SerialPortCatalogue::kDefaultPollIntervalMs);
    QVERIFY(catalogue.pollInterval() >= 1000);
    catalogue.setPollInterval(0);
    QCOMPARE(catalogue.pollInterval(), 0);
    catalogue.setPollInterval(500);
    QCOMPARE(catalogue.pollInterval(), 500);
}

void tst_SerialPortCatalogue::extraPortsAreListed()
{
    SerialPortCatalogue catalogue;
    catalogue.setPollInterval(0);
    const qsizetype system = catalogue.ports().size();
    QSignalSpy changed(&catalogue, &SerialPortCatalogue::portsChanged);
    catalogue.addExtraPort(u"/dev/pts/77"_s, u"Simulated sensor node"_s);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(catalogue.ports().size(), system + 1);
    const SerialPortDetails details = catalogue.details(u"/dev/pts/77"_s);
    QCOMPARE(details.description, u"Simulated sensor node"_s);
    QVERIFY(details.simulated);
    QVERIFY(details.vidPid().isEmpty());
    catalogue.addExtraPort(u"/dev/pts/77"_s, u"Simulated sensor node"_s); // same again
    QCOMPARE(catalogue.ports().size(), system + 1);
    catalogue.removeExtraPort(u"/dev/pts/77"_s);
    QCOMPARE(catalogue.ports().size(), system);
    QCOMPARE(changed.size(), 2);
    QVERIFY(catalogue.details(u"/dev/pts/77"_s).portName.isEmpty());
    catalogue.removeExtraPort(u"/dev/pts/77"_s); // not there: nothing happens
    QCOMPARE(changed.size(), 2);
}

void tst_SerialPortCatalogue::refreshWithoutChangeIsQuiet()
{
    SerialPortCatalogue catalogue;
    catalogue.setPollInterval(0);
    QSignalSpy changed(&catalogue, &SerialPortCatalogue::portsChanged);
    catalogue.refresh();
    catalogue.refresh();
    QCOMPARE(changed.size(), 0);
}

void tst_SerialPortCatalogue::vidPid_data()
{
    QTest::addColumn<quint16>("vendor");
    QTest::addColumn<quint16>("product");
    QTest::addColumn<QString>("text");
    QTest::addRow("FTDI") << quint16(0x0403) << quint16(0x6001) << u"0403:6001"_s;
    QTest::addRow("CH340") << quint16(0x1a86) << quint16(0x7523) << u"1a86:7523"_s;
    QTest::addRow("zeros") << quint16(0) << quint16(1) << u"0000:0001"_s;
}

void tst_SerialPortCatalogue::vidPid()
{
    QFETCH(quint16, vendor);
    QFETCH(quint16, product);
    QFETCH(QString, text);
    SerialPortDetails details;
    details.vendorId = vendor;
    details.productId = product;
    QVERIFY(details.vidPid().isEmpty()); // no ids from the system
    details.hasIds = true;
    QCOMPARE(details.vidPid(), text);
}

QTEST_GUILESS_MAIN(tst_SerialPortCatalogue)
#include "tst_serialportcatalogue.moc"
