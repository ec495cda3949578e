// What a user types as a host name or a port: every refusal comes with its reason.
#include <netlab/inputcheck.h>

#include <QTest>

using namespace Qt::StringLiterals;

class tst_InputCheck : public QObject
{
    Q_OBJECT

private slots:
    void hostNames_data();
    void hostNames();
    void ports_data();
    void ports();
    void portText_data();
    void portText();
};

void tst_InputCheck::hostNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("errorPart"); // empty: accepted

    QTest::addRow("localhost") << u"localhost"_s << QString();
    QTest::addRow("fqdn") << u"www.example.org"_s << QString();
    QTest::addRow("trailing dot") << u"example.org."_s << QString();
    QTest::addRow("underscore") << u"_sip._tcp.example.org"_s << QString();
    QTest::addRow("ipv4") << u"127.0.0.1"_s << QString();
    QTest::addRow("ipv6") << u"::1"_s << QString();
    QTest::addRow("ipv6 brackets") << u"[fe80::1]"_s << QString();
    QTest::addRow("international") << u"bücher.example"_s << QString();
    QTest::addRow("253 chars") << (u"a"_s.repeated(63) + u"."_s).repeated(3) + u"b"_s.repeated(61)
                               << QString();
    QTest::addRow("spaces around") << u"  localhost  "_s << QString();

    QTest::addRow("empty") << QString() << u"Enter a host name"_s;
    QTest::addRow("blank") << u"   "_s << u"Enter a host name"_s;
    QTest::addRow("254 chars") << (u"a"_s.repeated(63) + u"."_s).repeated(3) + u"b"_s.repeated(62)
                               << u"254 characters long"_s;
    QTest::addRow("10000 chars") << u"x"_s.repeated(10000) << u"at most 253"_s;
    QTest::addRow("space inside") << u"my host"_s << u"a space (position 3)"_s;
    QTest::addRow("slash") << u"http://example.org"_s << u"':' (position 5)"_s;
    QTest::addRow("at sign") << u"user@example.org"_s << u"'@'"_s;
    QTest::addRow("control") << u"a\u0001b"_s << u"control character U+0001"_s;
    QTest::addRow("double dot") << u"a..b"_s << u"empty part between dots"_s;
    QTest::addRow("leading dot") << u".example.org"_s << u"empty part between dots"_s;
    QTest::addRow("label 64") << u"a"_s.repeated(64) + u".org"_s << u"64 characters long"_s;
    QTest::addRow("emoji") << u"a😀.org"_s << u"cannot be in a host name"_s;
}

void tst_InputCheck::hostNames()
{
    QFETCH(QString, name);
    QFETCH(QString, errorPart);
    const QString error = netlab::hostNameError(name);
    if (errorPart.isEmpty())
        QVERIFY2(error.isEmpty(), qPrintable(error));
    else
        QVERIFY2(error.contains(errorPart), qPrintable(error));
}

void tst_InputCheck::ports_data()
{
    QTest::addColumn<qint64>("port");
    QTest::addColumn<QString>("errorPart");
    QTest::addRow("1") << qint64(1) << QString();
    QTest::addRow("80") << qint64(80) << QString();
    QTest::addRow("65535") << qint64(65535) << QString();
    QTest::addRow("0") << qint64(0) << u"Port 0 is not a real port"_s;
    QTest::addRow("70000") << qint64(70000) << u"Port 70000 is out of range"_s;
    QTest::addRow("65536") << qint64(65536) << u"1 to 65535"_s;
    QTest::addRow("-1") << qint64(-1) << u"out of range"_s;
}

void tst_InputCheck::ports()
{
    QFETCH(qint64, port);
    QFETCH(QString, errorPart);
    const QString error = netlab::portError(port);
    if (errorPart.isEmpty())
        QVERIFY2(error.isEmpty(), qPrintable(error));
    else
        QVERIFY2(error.contains(errorPart), qPrintable(error));
}

void tst_InputCheck::portText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("port"); // -1: refused
    QTest::addColumn<QString>("errorPart");
    QTest::addRow("80") << u"80"_s << 80 << QString();
    QTest::addRow("spaces") << u" 443 "_s << 443 << QString();
    QTest::addRow("empty") << QString() << -1 << u"Enter a port number"_s;
    QTest::addRow("word") << u"http"_s << -1 << u"'http' is not a port number"_s;
    QTest::addRow("0") << u"0"_s << -1 << u"Port 0"_s;
    QTest::addRow("70000") << u"70000"_s << -1 << u"Port 70000 is out of range"_s;
    QTest::addRow("huge") << u"99999999999999999999999"_s << -1 << u"not a port number"_s;
}

void tst_InputCheck::portText()
{
    QFETCH(QString, text);
    QFETCH(int, port);
    QFETCH(QString, errorPart);
    QString error;
    const std::optional<quint16> parsed = netlab::parsePortNumber(text, &error);
    if (port < 0) {
        QVERIFY(!parsed);
        QVERIFY2(error.contains(errorPart), qPrintable(error));
    } else {
        QVERIFY2(parsed, qPrintable(error));
        QCOMPARE(*parsed, quint16(port));
    }
}

QTEST_APPLESS_MAIN(tst_InputCheck)
#include "tst_inputcheck.moc"
