#include <agent/agentrequest.h>
#include <agent/agenttoken.h>

#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using netlab::AgentRequest;
using netlab::AgentToken;

class tst_AgentRequest : public QObject
{
    Q_OBJECT

private slots:
    void readingsQuery_data();
    void readingsQuery();
    void ledBody_data();
    void ledBody();
    void bearer_data();
    void bearer();
    void readingJson();
    void tokenFile();
    void tokenCompare();
};

void tst_AgentRequest::readingsQuery_data()
{
    QTest::addColumn<QByteArray>("query");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<qint64>("since");
    QTest::addColumn<int>("limit");
    QTest::addRow("empty") << QByteArray() << true << qint64(-1) << AgentRequest::kDefaultLimit;
    QTest::addRow("both") << QByteArray("since=1700000000000&limit=50") << true
                          << qint64(1700000000000) << 50;
    QTest::addRow("limit max") << QByteArray("limit=10000") << true << qint64(-1) << 10000;
    QTest::addRow("huge limit") << QByteArray("limit=99999999999999999999") << false << qint64(0)
                                << 0;
    QTest::addRow("limit 0") << QByteArray("limit=0") << false << qint64(0) << 0;
    QTest::addRow("negative since") << QByteArray("since=-5") << false << qint64(0) << 0;
    QTest::addRow("since not a number") << QByteArray("since=yesterday") << false << qint64(0) << 0;
    QTest::addRow("since ISO date") << QByteArray("since=2024-01-01") << false << qint64(0) << 0;
    QTest::addRow("unknown parameter") << QByteArray("from=1") << false << qint64(0) << 0;
    QTest::addRow("encoded digits")
        << QByteArray("since=%31%32") << true << qint64(12) << AgentRequest::kDefaultLimit;
    QTest::addRow("since_seq and since")
        << QByteArray("since_seq=4&since=5") << false << qint64(0) << 0;
    QTest::addRow("negative since_seq") << QByteArray("since_seq=-1") << false << qint64(0) << 0;
    QTest::addRow("since_seq") << QByteArray("since_seq=42&limit=7") << true << qint64(-1) << 7;
    QTest::addRow("too long") << QByteArray("since=" + QByteArray(2000, '1')) << false << qint64(0)
                              << 0;
}

void tst_AgentRequest::readingsQuery()
{
    QFETCH(QByteArray, query);
    QFETCH(bool, ok);
    QFETCH(qint64, since);
    QFETCH(int, limit);
    QString error;
    const auto parsed = AgentRequest::parseReadingsQuery(query, &error);
    QCOMPARE(parsed.has_value(), ok);
    if (ok) {
        QCOMPARE(parsed->since, since);
        QCOMPARE(parsed->limit, limit);
    } else {
        QVERIFY(!error.isEmpty());
    }
}

void tst_AgentRequest::ledBody_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("expected"); // 1 on, 0 off, -1 refused
    QTest::addRow("on") << QByteArray(R"({"on": true})") << 1;
    QTest::addRow("off") << QByteArray(R"({"on":false})") << 0;
    QTest::addRow("extra keys") << QByteArray(R"({"on": true, "colour": "red"})") << 1;
    QTest::addRow("garbage") << QByteArray("on please") << -1;
    QTest::addRow("truncated") << QByteArray(R"({"on": tr)") << -1;
    QTest::addRow("empty") << QByteArray() << -1;
    QTest::addRow("array") << QByteArray("[true]") << -1;
    QTest::addRow("string") << QByteArray(R"({"on": "true"})") << -1;
    QTest::addRow("number") << QByteArray(R"({"on": 1})") << -1;
    QTest::addRow("missing") << QByteArray(R"({"off": true})") << -1;
    QTest::addRow("too long") << QByteArray(R"({"on": true, "x": ")" + QByteArray(4000, 'a')
        + "\"}") << -1;
}

void tst_AgentRequest::ledBody()
{
    QFETCH(QByteArray, body);
    QFETCH(int, expected);
    QString error;
    const std::optional<bool> on = AgentRequest::parseLedBody(body, &error);
    if (expected < 0) {
        QVERIFY(!on);
        QVERIFY(!error.isEmpty());
    } else {
        QVERIFY2(on, qPrintable(error));
        QCOMPARE(*on, expected == 1);
    }
}

void tst_AgentRequest::bearer_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<QByteArray>("token");
    QTest::addRow("plain") << QByteArray("Bearer abc123") << QByteArray("abc123");
    QTest::addRow("lower case scheme") << QByteArray("bearer abc123") << QByteArray("abc123");
    QTest::addRow("spaces") << QByteArray("  Bearer   abc123  ") << QByteArray("abc123");
    QTest::addRow("missing") << QByteArray() << QByteArray();
    QTest::addRow("basic") << QByteArray("Basic dXNlcjpwYXNz") << QByteArray();
    QTest::addRow("empty token") << QByteArray("Bearer ") << QByteArray();
}

void tst_AgentRequest::bearer()
{
    QFETCH(QByteArray, header);
    QFETCH(QByteArray, token);
    const auto got = AgentRequest::bearerToken(header);
    QCOMPARE(got.value_or(QByteArray()), token);
}

void tst_AgentRequest::readingJson()
{
    // DESIGN.md's reading, with one decimal as the sensor reports it.
    QCOMPARE(AgentRequest::readingBytes({1700000000000, 23.0, 41.04}),
        QByteArray(R"({"humidity_pct":41,"t":1700000000000,"temperature_c":23})"));
    QCOMPARE(AgentRequest::readingBytes({1, -4.25, 87.35}),
        QByteArray(R"({"humidity_pct":87.4,"t":1,"temperature_c":-4.3})"));
}

void tst_AgentRequest::tokenFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"token"_s);
    bool created = false;
    QString error;
    const QByteArray token = AgentToken::loadOrCreate(path, &created, &error);
    QVERIFY2(!token.isEmpty(), qPrintable(error));
    QVERIFY(created);
    QCOMPARE(token.size(), 64);
    // Readable and writable by the owner only.
    const QFile::Permissions others = QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup
        | QFile::ReadOther | QFile::WriteOther | QFile::ExeOther;
    QCOMPARE(QFileInfo(path).permissions() & others, QFile::Permissions());
    QVERIFY(QFileInfo(path).permissions() & QFile::ReadOwner);
    const QByteArray again = AgentToken::loadOrCreate(path, &created, &error);
    QVERIFY(!created);
    QCOMPARE(again, token);
    QVERIFY(AgentToken::generate() != AgentToken::generate());

    const QByteArray none
        = AgentToken::loadOrCreate(dir.filePath(u"no/dir/token"_s), &created, &error);
    QVERIFY(none.isEmpty());
    QVERIFY(error.contains(u"no/dir/token"_s));
}

void tst_AgentRequest::tokenCompare()
{
    QVERIFY(AgentToken::equals("abcdef", "abcdef"));
    QVERIFY(!AgentToken::equals("abcdef", "abcdeg"));
    QVERIFY(!AgentToken::equals("abcdef", "abcde"));
    QVERIFY(!AgentToken::equals("", "a"));
    QVERIFY(AgentToken::equals("", ""));
}

QTEST_APPLESS_MAIN(tst_AgentRequest)
#include "tst_agentrequest.moc"
