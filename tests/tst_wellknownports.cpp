// The well-known ports table: the course's list is there and search finds by number, name
// and words of the description.
#include <netlab/wellknownports.h>

#include <QTest>

using namespace Qt::StringLiterals;

class tst_WellKnownPorts : public QObject
{
    Q_OBJECT

private slots:
    void courseListIsThere_data();
    void courseListIsThere();
    void sortedByPort();
    void search_data();
    void search();
};

void tst_WellKnownPorts::courseListIsThere_data()
{
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("service");
    for (const auto &[port, service] :
        std::initializer_list<std::pair<int, const char *>> {{20, "FTP-DATA"}, {21, "FTP"},
            {22, "SSH"}, {23, "Telnet"}, {25, "SMTP"}, {53, "DNS"}, {80, "HTTP"}, {110, "POP3"},
            {123, "NTP"}, {143, "IMAP"}, {161, "SNMP"}, {443, "HTTPS"}, {1883, "MQTT"},
            {8883, "MQTTS"}, {1234, "LED server"}, {50000, "Echo server"}, {52001, "Sensor text"},
            {52002, "Drone frames"}, {55000, "Chat"}, {8750, "NetLab agent"}})
        QTest::addRow("%d", port) << port << QString::fromLatin1(service);
}

void tst_WellKnownPorts::courseListIsThere()
{
    QFETCH(int, port);
    QFETCH(QString, service);
    const QList<netlab::WellKnownPort> entries = netlab::WellKnownPorts::forPort(quint16(port));
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.first().service, service);
    QVERIFY(!entries.first().description.isEmpty());
    QCOMPARE(entries.first().courseLab, port == 1234 || (port >= 8750 && port != 8883));
}

void tst_WellKnownPorts::sortedByPort()
{
    const QList<netlab::WellKnownPort> entries = netlab::WellKnownPorts::all();
    QVERIFY(entries.size() >= 30);
    for (qsizetype i = 1; i < entries.size(); ++i)
        QVERIFY(entries.at(i - 1).port <= entries.at(i).port);
}

void tst_WellKnownPorts::search_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QList<int>>("ports");
    QTest::addRow("ssh") << u"ssh"_s << QList<int> {22};
    QTest::addRow("SSH upper") << u"SSH"_s << QList<int> {22};
    QTest::addRow("mqtt") << u"mqtt"_s << QList<int> {1883, 8883};
    QTest::addRow("number 52") << u"52"_s << QList<int> {52001, 52002};
    QTest::addRow("exact 443") << u"443"_s << QList<int> {443};
    QTest::addRow("description words") << u"drone"_s << QList<int> {52002};
    QTest::addRow("course") << u"course:"_s
                            << QList<int> {1234, 8750, 50000, 50005, 52001, 52002, 55000};
    QTest::addRow("nothing") << u"gopher"_s << QList<int> {};
}

void tst_WellKnownPorts::search()
{
    QFETCH(QString, text);
    QFETCH(QList<int>, ports);
    QList<int> found;
    for (const netlab::WellKnownPort &entry : netlab::WellKnownPorts::search(text))
        found.append(entry.port);
    QCOMPARE(found, ports);
}

QTEST_APPLESS_MAIN(tst_WellKnownPorts)
#include "tst_wellknownports.moc"
