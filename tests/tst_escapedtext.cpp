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
    void visible_data();
    void visible();
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

void tst_EscapedText::visible_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("keepLineBreaks");
    QTest::addColumn<QString>("expected");
    QTest::addRow("window title (OSC)") << u"\x1b]0;pwned\x07hi"_s << true << u"^[]0;pwned^Ghi"_s;
    QTest::addRow("clear screen (CSI)") << u"\x1b[2J\x1b[H"_s << true << u"^[[2J^[[H"_s;
    QTest::addRow("fake host line") << u"\rHost: fake"_s << true << u"^MHost: fake"_s;
    QTest::addRow("backspaces") << u"yes\b\b\bno"_s << true << u"yes^H^H^Hno"_s;
    QTest::addRow("nul and del") << QString(u"a\0b\x7f"_s) << true << u"a^@b^?"_s;
    QTest::addRow("C1 CSI and NEL") << u"\u009b2J\u0085"_s << true << u"M-^[2JM-^E"_s;
    QTest::addRow("bidi override") << u"abc\u202Egpj.exe"_s << true << u"abc<U+202E>gpj.exe"_s;
    QTest::addRow("bidi isolates")
        << u"\u2066x\u2069\u202A"_s << true << u"<U+2066>x<U+2069><U+202A>"_s;
    QTest::addRow("letters and emoji stay")
        << u"Héloïse → Ελένη 日本 🎉 ☃"_s << true << u"Héloïse → Ελένη 日本 🎉 ☃"_s;
    QTest::addRow("kept line breaks")
        << u"two\nlines\tand a tab"_s << true << u"two\nlines\tand a tab"_s;
    QTest::addRow("shown line breaks")
        << u"two\nlines\tand a tab"_s << false << u"two^Jlines^Iand a tab"_s;
    QTest::addRow("crlf shown even when kept") << u"a\r\nb"_s << true << u"a^M\nb"_s;
}

void tst_EscapedText::visible()
{
    QFETCH(QString, text);
    QFETCH(bool, keepLineBreaks);
    QFETCH(QString, expected);
    QCOMPARE(netlab::toVisibleText(
                 text, keepLineBreaks ? netlab::LineBreaks::Keep : netlab::LineBreaks::Show),
        expected);
}

QTEST_APPLESS_MAIN(tst_EscapedText)
#include "tst_escapedtext.moc"
