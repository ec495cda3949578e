#include <devices/pinmap.h>

#include <QTest>

#include <algorithm>
#include <numeric>

using namespace Qt::StringLiterals;

class tst_PinMap : public QObject
{
    Q_OBJECT

private slots:
    void courseDefaults();
    void headerIsComplete();
    void parsePin_data();
    void parsePin();
};

void tst_PinMap::courseDefaults()
{
    // The course's DHT11 on GPIO 4 sits on physical pin 7, its LED on GPIO 13 on pin 33.
    QCOMPARE(netlab::PinMap::physicalForBcm(4), std::optional<int>(7));
    QCOMPARE(netlab::PinMap::physicalForBcm(13), std::optional<int>(33));
    QCOMPARE(netlab::PinMap::describe(13), u"GPIO13 (physical pin 33)"_s);
}

void tst_PinMap::headerIsComplete()
{
    const QList<netlab::HeaderPin> &pins = netlab::PinMap::header();
    QCOMPARE(pins.size(), 40);
    QList<int> bcms;
    for (const netlab::HeaderPin &pin : pins) {
        if (pin.bcm >= 0)
            bcms.append(pin.bcm);
    }
    std::sort(bcms.begin(), bcms.end());
    QList<int> expected(28);
    std::iota(expected.begin(), expected.end(), 0);
    QCOMPARE(bcms, expected); // GPIO0..GPIO27, each exactly once
    QVERIFY(netlab::PinMap::diagram().contains(u"GPIO4  7 |  8 UART"_s)
        || netlab::PinMap::diagram().contains(u"   GPIO4  7 |  8 GPIO14"_s));
}

void tst_PinMap::parsePin_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("bcm"); // -1: refused
    QTest::addColumn<QString>("reason");

    QTest::addRow("bare number is BCM") << u"4"_s << 4 << QString();
    QTest::addRow("GPIO prefix") << u"GPIO13"_s << 13 << QString();
    QTest::addRow("lower case with space") << u"gpio 17"_s << 17 << QString();
    QTest::addRow("BCM prefix") << u"BCM27"_s << 27 << QString();
    QTest::addRow("physical pin") << u"pin7"_s << 4 << QString();
    QTest::addRow("P33") << u"P33"_s << 13 << QString();
    QTest::addRow("physical: form") << u"physical:40"_s << 21 << QString();
    QTest::addRow("ground pin") << u"pin6"_s << -1 << u"power or ground"_s;
    QTest::addRow("pin out of range") << u"pin41"_s << -1 << u"pins 1 to 40"_s;
    QTest::addRow("BCM out of range") << u"GPIO28"_s << -1 << u"not on the 40-pin header"_s;
    QTest::addRow("garbage") << u"led"_s << -1 << u"is not a pin"_s;
    QTest::addRow("empty") << QString() << -1 << u"is not a pin"_s;
}

void tst_PinMap::parsePin()
{
    QFETCH(QString, text);
    QFETCH(int, bcm);
    QFETCH(QString, reason);
    QString error;
    const std::optional<int> parsed = netlab::PinMap::parsePin(text, &error);
    if (bcm < 0) {
        QVERIFY(!parsed);
        QVERIFY2(error.contains(reason), qPrintable(error));
    } else {
        QCOMPARE(parsed, std::optional<int>(bcm));
        QVERIFY(error.isEmpty());
    }
}

QTEST_APPLESS_MAIN(tst_PinMap)
#include "tst_pinmap.moc"
