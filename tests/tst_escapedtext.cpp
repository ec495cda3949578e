#include <netlab/escapedtext.h>

#include <QTest>

using namespace Qt::StringLiterals;

class tst_EscapedText : public QObject
{
    Q_OBJECT

private slots:
    void parse_data();
    void parse();
    void roundTrip_data();
    void roundTrip();
};

void tst_EscapedText::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QByteArray>("bytes"); // expected; empty with a reason = refused
    QTest::addColumn<QString>("reason");

    QTest::addRow("plain") << u"ACK"_s << "ACK"_ba << QString();
    QTest::addRow("newline") << u"ACK\\n"_s << "ACK\n"_ba << QString();
    QTest::addRow("crlf") << u"OK\\r\\n"_s << "OK\r\n"_ba << QString();
    QTest::addRow("hex bytes") << u"\\x02DATA\\x03"_s
                               << "\x02"
                                  "DATA\x03"_ba
                               << QString();
    QTest::addRow("nul and tab") << u"a\\0b\\tc"_s << QByteArray("a\0b\tc", 5) << QString();
    QTest::addRow("backslash") << u"C:\\\\tmp"_s << "C:\\tmp"_ba << QString();
    QTest::addRow("utf-8") << u"reçu ✓"_s << "re\xc3\xa7u \xe2\x9c\x93"_ba << QString();
    QTest::addRow("lone backslash") << u"abc\\"_s << QByteArray() << u"lone backslash"_s;
    QTest::addRow("short hex") << u"\\x4"_s << QByteArray() << u"two hex digits"_s;
    QTest::addRow("bad hex") << u"\\xzz"_s << QByteArray() << u"two hex digits"_s;
    QTest::addRow("unknown escape") << u"\\q"_s << QByteArray() << u"unknown escape \\q"_s;
}

void tst_EscapedText::parse()
{
    QFETCH(QString, text);
    QFETCH(QByteArray, bytes);
    QFETCH(QString, reason);
    QString error;
    const std::optional<QByteArray> parsed = netlab::parseEscapedText(text, &error);
    if (reason.isEmpty()) {
        QVERIFY2(parsed, qPrintable(error));
        QCOMPARE(*parsed, bytes);
    } else {
        QVERIFY(!parsed);
        QVERIFY2(error.contains(reason), qPrintable(error));
    }
}

void tst_EscapedText::roundTrip_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("escaped");
    QTest::addRow("ack") << "ACK\n"_ba << u"ACK\\n"_s;
    QTest::addRow("binary") << QByteArray("\x00\xff\r\t\\", 5) << u"\\x00\\xff\\r\\t\\\\"_s;
}

void tst_EscapedText::roundTrip()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, escaped);
    QCOMPARE(netlab::toEscapedText(bytes), escaped);
    QCOMPARE(netlab::parseEscapedText(escaped), std::optional(bytes));
}

QTEST_APPLESS_MAIN(tst_EscapedText)
#include "tst_escapedtext.moc"
