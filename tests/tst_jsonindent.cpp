// indentJson: a server's JSON laid out for reading, with its keys, numbers and strings exactly
// as sent (the HTTP client's "Pretty" view).
#include <netlab/jsonindent.h>

#include <QTest>

using namespace Qt::StringLiterals;

class tst_JsonIndent : public QObject
{
    Q_OBJECT

private slots:
    void layout_data();
    void layout();
    void invalidGivesNothing();
};

void tst_JsonIndent::layout_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QByteArray>("expected");
    // QJsonDocument would sort these keys (a before z) and print 1.50 as 1.5.
    QTest::addRow("order and spelling kept")
        << R"({"z":1.50,"a":[1,2e3,true,null]})"_ba
        << "{\n    \"z\": 1.50,\n    \"a\": [\n        1,\n        2e3,\n        true,\n"
           "        null\n    ]\n}"_ba;
    QTest::addRow("strings untouched") << R"({"s":"a, b: {c} [d] \"q\" \\"})"_ba
                                       << "{\n    \"s\": \"a, b: {c} [d] \\\"q\\\" \\\\\"\n}"_ba;
    QTest::addRow("empty containers") << R"({"o":{},"l":[ ]})"_ba
                                      << "{\n    \"o\": {},\n    \"l\": []\n}"_ba;
    QTest::addRow("already indented") << "{\n  \"k\" : \"v\"\n}\n"_ba
                                      << "{\n    \"k\": \"v\"\n}"_ba;
    QTest::addRow("utf-8") << R"(["é€"])"_ba
                           << "[\n    \"é€\"\n]"_ba;
}

void tst_JsonIndent::layout()
{
    QFETCH(QByteArray, json);
    QFETCH(QByteArray, expected);
    QCOMPARE(netlab::indentJson(json), expected);
}

void tst_JsonIndent::invalidGivesNothing()
{
    QVERIFY(netlab::indentJson("{\"a\":").isEmpty());
    QVERIFY(netlab::indentJson("hello").isEmpty());
    QVERIFY(netlab::indentJson("").isEmpty());
}

QTEST_APPLESS_MAIN(tst_JsonIndent)
#include "tst_jsonindent.moc"
