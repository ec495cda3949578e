#include <netlab/hexcodec.h>
#include <netlab/textcodec.h>

#include <QtTest>

using namespace Qt::StringLiterals;

class tst_HexCodec : public QObject
{
    Q_OBJECT

private slots:
    void parseValid_data();
    void parseValid();
    void parseInvalid_data();
    void parseInvalid();
    void refusesHugeInput();
    void toHexForms();
    void roundTripAllBytes();
    void hexDumpLayout();
    void escapedTextUsesCodec();
};

void tst_HexCodec::parseValid_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QByteArray>("bytes");

    QTest::addRow("empty") << QString() << QByteArray();
    QTest::addRow("only separators") << u" \t\n, "_s << QByteArray();
    QTest::addRow("spaced") << u"48 65 6c"_s << QByteArray("Hel");
    QTest::addRow("packed upper") << u"48656C"_s << QByteArray("Hel");
    QTest::addRow("0x comma") << u"0x48,0x65"_s << QByteArray("He");
    QTest::addRow("0X upper") << u"0X48, 0X65"_s << QByteArray("He");
    QTest::addRow("0x packed groups") << u"0x480x65"_s << QByteArray("He");
    QTest::addRow("backslash x") << u"\\x48\\x65"_s << QByteArray("He");
    QTest::addRow("0x multi-byte group") << u"0x4865"_s << QByteArray("He");
    QTest::addRow("newlines tabs") << u"48\t65\r\n6c\n6c 6f\n"_s << QByteArray("Hello");
    QTest::addRow("mac") << u"de:ad:be:ef"_s << QByteArray("\xde\xad\xbe\xef");
    QTest::addRow("dashes") << u"00-ff-10"_s << QByteArray("\x00\xff\x10", 3);
    QTest::addRow("leading trailing space") << u"  0a  "_s << QByteArray("\n");
}

void tst_HexCodec::parseValid()
{
    QFETCH(QString, text);
    const netlab::HexParseResult result = netlab::parseHex(text);
    QVERIFY2(result.ok, qPrintable(result.errorString));
    QTEST(result.bytes, "bytes");
    QCOMPARE(result.errorPosition, -1);
    QVERIFY(result.errorString.isEmpty());
}

void tst_HexCodec::parseInvalid_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qsizetype>("position");
    QTest::addColumn<QString>("message");

    QTest::addRow("g") << u"48 6g"_s << qsizetype(4) << u"'g' at position 5 is not a hex digit"_s;
    QTest::addRow("odd packed") << u"486"_s << qsizetype(2)
                                << u"odd number of hex digits (a byte needs two): the digit at "
                                   u"position 3 has no partner"_s;
    QTest::addRow("odd group") << u"48 6 6c"_s << qsizetype(3)
                               << u"odd number of hex digits (a byte needs two): the digit at "
                                  u"position 4 has no partner"_s;
    QTest::addRow("0x alone") << u"0x"_s << qsizetype(0)
                              << u"'0x' at position 1 is not followed by hex digits"_s;
    QTest::addRow("0x then space")
        << u"0x 41"_s << qsizetype(0) << u"'0x' at position 1 is not followed by hex digits"_s;
    QTest::addRow("0x then z") << u"0xz1"_s << qsizetype(2)
                               << u"'z' at position 3 is not a hex digit"_s;
    QTest::addRow("lone backslash")
        << u"41\\n"_s << qsizetype(2) << u"'\\' at position 3 must start an escape like \\x41"_s;
    QTest::addRow("control char") << u"41\u000142"_s << qsizetype(2)
                                  << u"U+0001 at position 3 is not a hex digit"_s;
    QTest::addRow("non-ascii") << u"41 \u00e9"_s << qsizetype(3)
                               << u"'\u00e9' at position 4 is not a hex digit"_s;
    QTest::addRow("text") << u"hello"_s << qsizetype(0)
                          << u"'h' at position 1 is not a hex digit"_s;
}

void tst_HexCodec::parseInvalid()
{
    QFETCH(QString, text);
    const netlab::HexParseResult result = netlab::parseHex(text);
    QVERIFY(!result.ok);
    QTEST(result.errorPosition, "position");
    QTEST(result.errorString, "message");
}

void tst_HexCodec::refusesHugeInput()
{
    const QString huge(netlab::kMaxHexTextLength + 2, u'a');
    QElapsedTimer timer;
    timer.start();
    const netlab::HexParseResult result = netlab::parseHex(huge);
    QVERIFY(!result.ok);
    QVERIFY(result.bytes.isEmpty());
    QVERIFY2(result.errorString.contains(u"too long"_s), qPrintable(result.errorString));
    QVERIFY2(result.errorString.contains(u"64 MiB"_s), qPrintable(result.errorString));
    QVERIFY(timer.elapsed() < 1000); // refused up front, not parsed
}

void tst_HexCodec::toHexForms()
{
    QCOMPARE(netlab::toHex(QByteArray("\x00\x7f\xff", 3)), u"00 7f ff"_s);
    QCOMPARE(netlab::toHex(QByteArray("\x00\x7f\xff", 3), QChar()), u"007fff"_s);
    QCOMPARE(netlab::toHex(QByteArray("AB"), u':'), u"41:42"_s);
    QCOMPARE(netlab::toHex(QByteArray()), QString());
}

void tst_HexCodec::roundTripAllBytes()
{
    QByteArray all;
    for (int i = 0; i < 256; ++i)
        all.append(char(i));
    for (const QChar sep : {QChar(u' '), QChar(), QChar(u','), QChar(u'\n')}) {
        const netlab::HexParseResult back = netlab::parseHex(netlab::toHex(all, sep));
        QVERIFY(back.ok);
        QCOMPARE(back.bytes, all);
    }
}

void tst_HexCodec::hexDumpLayout()
{
    const QString dump = netlab::hexDump(QByteArray("Hello, world!\n\x00\x01"
                                                    "ABC",
        19));
    const QStringList lines = dump.split(u'\n');
    QCOMPARE(lines.size(), 3); // two lines and the final empty piece after '\n'
    QCOMPARE(lines[0],
        u"00000000  48 65 6c 6c 6f 2c 20 77  6f 72 6c 64 21 0a 00 01  Hello, world!..."_s);
    QCOMPARE(lines[1], u"00000010  41 42 43                                          ABC"_s);
    QCOMPARE(netlab::hexDump(QByteArray()), QString());
    QCOMPARE(netlab::hexDump(QByteArray("AB"), 1), u"00000000  41  A\n00000001  42  B\n"_s);
}

void tst_HexCodec::escapedTextUsesCodec()
{
    int invalid = -1;
    const netlab::TextCodec replace(netlab::TextEncoding::Utf8, netlab::DecodeErrorMode::Replace);
    QCOMPARE(netlab::escapedText(QByteArray("on\r\n\xff"), replace, &invalid), u"on\\r\\n\ufffd"_s);
    QCOMPARE(invalid, 1);
    const netlab::TextCodec latin(netlab::TextEncoding::Latin1, netlab::DecodeErrorMode::Strict);
    QCOMPARE(netlab::escapedText(QByteArray("\xff"), latin, &invalid), u"\u00ff"_s);
    QCOMPARE(invalid, 0);
}

QTEST_APPLESS_MAIN(tst_HexCodec)
#include "tst_hexcodec.moc"
