#include <netlab/csvwriter.h>

#include <QBuffer>
#include <QTest>

using namespace Qt::StringLiterals;
using netlab::CsvWriter;

class tst_CsvWriter : public QObject
{
    Q_OBJECT

private slots:
    void field_data();
    void field();
    void rowsThroughADevice();
    void deviceFailure();
};

void tst_CsvWriter::field_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QByteArray>("written");
    // Numbers the app formats stay numbers, negative ones included.
    QTest::addRow("negative temperature") << u"-3.5"_s << "-3.5"_ba;
    QTest::addRow("negative int") << u"-12"_s << "-12"_ba;
    QTest::addRow("plus sign") << u"+7"_s << "+7"_ba;
    QTest::addRow("exponent") << u"-1.5e-3"_s << "-1.5e-3"_ba;
    QTest::addRow("fraction only") << u".5"_s << ".5"_ba;
    QTest::addRow("plain text") << u"DATA"_s << "DATA"_ba;
    QTest::addRow("empty") << QString() << QByteArray();
    QTest::addRow("utf-8") << u"température ✓"_s << "temp\xc3\xa9rature \xe2\x9c\x93"_ba;
    // RFC 4180 quoting.
    QTest::addRow("comma") << u"a,b"_s << "\"a,b\""_ba;
    QTest::addRow("quote") << u"say \"hi\""_s << "\"say \"\"hi\"\"\""_ba;
    QTest::addRow("newline") << u"two\nlines"_s << "\"two\nlines\""_ba;
    // Formula injection (OWASP): a leading quote makes it text, and the field is quoted.
    QTest::addRow("equals") << u"=1+2"_s << "\"'=1+2\""_ba;
    QTest::addRow("hyperlink") << u"=HYPERLINK(\"http://x.invalid\",\"a\")"_s
                               << "\"'=HYPERLINK(\"\"http://x.invalid\"\",\"\"a\"\")\""_ba;
    QTest::addRow("dde") << u"-2+3+cmd|' /C calc'!A0"_s << "\"'-2+3+cmd|' /C calc'!A0\""_ba;
    QTest::addRow("plus formula") << u"+SUM(A1:A9)"_s << "\"'+SUM(A1:A9)\""_ba;
    QTest::addRow("at") << u"@SUM(1)"_s << "\"'@SUM(1)\""_ba;
    QTest::addRow("tab") << u"\t=1"_s << "\"'\t=1\""_ba;
    QTest::addRow("carriage return") << u"\r=1"_s << "\"'\r=1\""_ba;
    QTest::addRow("full-width equals") << u"＝1+2"_s
                                       << "\"'\xef\xbc\x9d"
                                          "1+2\""_ba;
    QTest::addRow("lone minus") << u"-"_s << "\"'-\""_ba;
    QTest::addRow("minus then text") << u"-3.5 °C"_s
                                     << "\"'-3.5 \xc2\xb0"
                                        "C\""_ba;
    QTest::addRow("equals inside is fine") << u"a=1"_s << "a=1"_ba;
}

void tst_CsvWriter::field()
{
    QFETCH(QString, value);
    QFETCH(QByteArray, written);
    QCOMPARE(CsvWriter::field(value), written);
}

void tst_CsvWriter::rowsThroughADevice()
{
    QBuffer buffer;
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    CsvWriter writer(&buffer);
    QVERIFY(writer.writeRow({u"t"_s, u"value"_s, u"note"_s}));
    QVERIFY(writer.writeRow({u"1000"_s, u"-3.5"_s, u"=cmd"_s}));
    QVERIFY(writer.flush());
    QCOMPARE(buffer.data(), "t,value,note\r\n1000,-3.5,\"'=cmd\"\r\n"_ba);

    QBuffer lf;
    QVERIFY(lf.open(QIODevice::WriteOnly));
    CsvWriter lfWriter(&lf, "\n");
    // Many rows: written in chunks, nothing lost.
    for (int i = 0; i < 20'000; ++i)
        QVERIFY(lfWriter.writeRow({QString::number(i), u"@x"_s}));
    QVERIFY(lfWriter.flush());
    const QList<QByteArray> lines = lf.data().split('\n');
    QCOMPARE(lines.size(), 20'001);
    QCOMPARE(lines.at(19'999), "19999,\"'@x\""_ba);
}

void tst_CsvWriter::deviceFailure()
{
    QBuffer readOnly;
    QVERIFY(readOnly.open(QIODevice::ReadOnly));
    CsvWriter writer(&readOnly);
    QVERIFY(writer.writeRow({u"a"_s}));
    QVERIFY(!writer.flush());
    QVERIFY(!writer.errorString().isEmpty());
}

QTEST_APPLESS_MAIN(tst_CsvWriter)
#include "tst_csvwriter.moc"
