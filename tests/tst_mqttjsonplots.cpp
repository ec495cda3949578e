// MqttJsonPlots: which numbers of an MQTT payload become plot fields, by which path, and the
// bounds on topics and fields.
#include <netlab/frameplots.h>
#include <netlab/mqttjsonplots.h>

#include <QSignalSpy>
#include <QTest>

#include <cmath>

using namespace Qt::StringLiterals;
using namespace netlab;

namespace {

MqttMessage message(const QString &topic, const QByteArray &payload, qint64 t)
{
    return MqttMessage {topic, payload, 0, false, t};
}

QStringList paths(const QList<MqttJsonPlots::Leaf> &leaves)
{
    QStringList list;
    for (const auto &leaf : leaves)
        list.append(leaf.path + u'=' + QString::number(leaf.value));
    return list;
}

} // namespace

class tst_MqttJsonPlots : public QObject
{
    Q_OBJECT

private slots:
    void leaves_data();
    void leaves();
    void messagesBecomeRows();
    void newPathsExtendTheFields();
    void boundedTopicsAndFields();
    void clearForgetsTheSources();
};

void tst_MqttJsonPlots::leaves_data()
{
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<bool>("booleans");
    QTest::addColumn<QStringList>("expected");

    QTest::addRow("nested objects")
        << QByteArray(R"({"t": 21.5, "h": {"rel": 40, "abs": 9}})") << false
        << QStringList {u"h.abs=9"_s, u"h.rel=40"_s, u"t=21.5"_s};
    QTest::addRow("arrays") << QByteArray(R"({"accel": [0.5, -9.8, {"z": 1}], "m": [[1, 2]]})")
                            << false
                            << QStringList {u"accel[0]=0.5"_s, u"accel[1]=-9.8"_s,
                                   u"accel[2].z=1"_s, u"m[0][0]=1"_s, u"m[0][1]=2"_s};
    QTest::addRow("top-level array")
        << QByteArray("[3, 4]") << false << QStringList {u"[0]=3"_s, u"[1]=4"_s};
    QTest::addRow("strings and null ignored")
        << QByteArray(R"({"name": "probe", "s": "21.5", "n": null, "v": 2})") << false
        << QStringList {u"v=2"_s};
    QTest::addRow("booleans off") << QByteArray(R"({"on": true, "v": 1})") << false
                                  << QStringList {u"v=1"_s};
    QTest::addRow("booleans on") << QByteArray(R"({"on": true, "off": false})") << true
                                 << QStringList {u"off=0"_s, u"on=1"_s};
    QTest::addRow("a number as text")
        << QByteArray(" 22.5\n") << false << QStringList {u"value=22.5"_s};
    QTest::addRow("negative exponent")
        << QByteArray("-1.5e-3") << false << QStringList {u"value=-0.0015"_s};
    QTest::addRow("not JSON numbers") << QByteArray("nan") << false << QStringList {};
    QTest::addRow("hex is not a number") << QByteArray("0x10") << false << QStringList {};
    QTest::addRow("plain text") << QByteArray("hello world") << false << QStringList {};
    QTest::addRow("invalid JSON") << QByteArray(R"({"t": 21.5,)") << false << QStringList {};
    QTest::addRow("two numbers") << QByteArray("1 2") << false << QStringList {};
    QTest::addRow("empty") << QByteArray() << false << QStringList {};
    QTest::addRow("binary") << QByteArray("\x00\xff\x10", 3) << false << QStringList {};
}

void tst_MqttJsonPlots::leaves()
{
    QFETCH(QByteArray, payload);
    QFETCH(bool, booleans);
    QFETCH(QStringList, expected);
    QCOMPARE(paths(MqttJsonPlots::numericLeaves(payload, booleans)), expected);
}

void tst_MqttJsonPlots::messagesBecomeRows()
{
    FramePlots plots;
    MqttJsonPlots json(&plots);
    QSignalSpy limits(&json, &MqttJsonPlots::limitReached);
    json.append({message(u"lab/env"_s, R"({"t": 21.5, "h": {"rel": 40}})", 1000),
        message(u"lab/env"_s, "not json at all", 1500),
        message(u"lab/env"_s, R"({"t": 22, "h": {"rel": 41}})", 2000),
        message(u"lab/text"_s, "hello", 2000)});
    QCOMPARE(plots.sources(), QStringList {MqttJsonPlots::sourceKey(u"lab/env"_s)});
    QCOMPARE(MqttJsonPlots::sourceKey(u"lab/env"_s), u"mqtt/lab/env"_s);
    const PlotBuffer *buffer = plots.buffer(u"mqtt/lab/env"_s);
    QVERIFY(buffer);
    QCOMPARE(buffer->names(), (QStringList {u"h.rel"_s, u"t"_s}));
    QCOMPARE(buffer->size(), 2);
    QCOMPARE(buffer->timeAt(0), 1000);
    QCOMPARE(buffer->valueAt(0, 0), 40.0);
    QCOMPARE(buffer->valueAt(1, 0), 21.5);
    QCOMPARE(buffer->timeAt(1), 2000);
    QCOMPARE(buffer->valueAt(1, 1), 22.0);
    QCOMPARE(limits.count(), 0);
}

void tst_MqttJsonPlots::newPathsExtendTheFields()
{
    FramePlots plots;
    MqttJsonPlots json(&plots);
    json.append({message(u"s"_s, R"({"a": 1})", 1000), message(u"s"_s, R"({"a": 2})", 2000)});
    json.append(
        {message(u"s"_s, R"({"a": 3, "b": 30})", 3000), message(u"s"_s, R"({"b": 40})", 4000)});
    QCOMPARE(json.fields(u"s"_s), (QStringList {u"a"_s, u"b"_s}));
    const PlotBuffer *buffer = plots.buffer(u"mqtt/s"_s);
    QCOMPARE(buffer->names(), (QStringList {u"a"_s, u"b"_s}));
    // The rows before b appeared are still there, without a value for b.
    QCOMPARE(buffer->size(), 4);
    QCOMPARE(buffer->valueAt(0, 0), 1.0);
    QCOMPARE(buffer->valueAt(0, 1), 2.0);
    QVERIFY(std::isnan(buffer->valueAt(1, 0)));
    QCOMPARE(buffer->valueAt(0, 2), 3.0);
    QCOMPARE(buffer->valueAt(1, 2), 30.0);
    QVERIFY(std::isnan(buffer->valueAt(0, 3))); // a missing in the last message
    QCOMPARE(buffer->valueAt(1, 3), 40.0);
    QCOMPARE(buffer->timeAt(3), 4000);
}

void tst_MqttJsonPlots::boundedTopicsAndFields()
{
    FramePlots plots;
    MqttJsonPlots json(&plots);
    QSignalSpy limits(&json, &MqttJsonPlots::limitReached);

    // 40 numbers in one object: the first kMaxFields (alphabetical) are plotted.
    QByteArray wide = "{";
    for (int i = 0; i < 40; ++i)
        wide += (i ? ", " : "") + u"\"f%1\": %2"_s.arg(i, 2, 10, QChar(u'0')).arg(i).toUtf8();
    wide += "}";
    json.append({message(u"wide"_s, wide, 1000), message(u"wide"_s, wide, 2000)});
    QCOMPARE(json.fields(u"wide"_s).size(), MqttJsonPlots::kMaxFields);
    QCOMPARE(json.fields(u"wide"_s).last(), u"f31"_s);
    QCOMPARE(plots.buffer(u"mqtt/wide"_s)->size(), 2);
    QCOMPARE(limits.count(), 1); // said once, not per message
    QVERIFY(limits.at(0).at(0).toString().contains(u"wide"_s));

    // Topics: kMaxTopics in all, the later ones are not plotted.
    for (int i = 1; i < MqttJsonPlots::kMaxTopics + 5; ++i)
        json.append({message(u"t/%1"_s.arg(i), "1", 1000)});
    QCOMPARE(plots.sources().size(), MqttJsonPlots::kMaxTopics);
    QVERIFY(!plots.sources().contains(u"mqtt/t/%1"_s.arg(MqttJsonPlots::kMaxTopics)));
    QVERIFY(plots.sources().contains(u"mqtt/t/%1"_s.arg(MqttJsonPlots::kMaxTopics - 1)));
    QCOMPARE(limits.count(), 2);

    // A known topic still takes new rows at the bound.
    json.append({message(u"t/1"_s, "2", 3000)});
    QCOMPARE(plots.buffer(u"mqtt/t/1"_s)->size(), 2);

    // Payloads past the size bound are not parsed.
    QByteArray huge
        = "{\"a\": 1, \"pad\": \"" + QByteArray(MqttJsonPlots::kMaxPayloadBytes, 'x') + "\"}";
    QVERIFY(MqttJsonPlots::numericLeaves(huge).isEmpty());
    // Nesting deeper than kMaxDepth is not followed.
    QByteArray deep = QByteArray(MqttJsonPlots::kMaxDepth + 4, '[') + "1"
        + QByteArray(MqttJsonPlots::kMaxDepth + 4, ']');
    QVERIFY(MqttJsonPlots::numericLeaves(deep).isEmpty());
    QByteArray shallow = QByteArray(MqttJsonPlots::kMaxDepth, '[') + "1"
        + QByteArray(MqttJsonPlots::kMaxDepth, ']');
    QCOMPARE(MqttJsonPlots::numericLeaves(shallow).size(), 1);
}

void tst_MqttJsonPlots::clearForgetsTheSources()
{
    FramePlots plots;
    MqttJsonPlots json(&plots);
    json.append({message(u"a"_s, "1", 1000), message(u"b"_s, "2", 1000)});
    QCOMPARE(plots.sources().size(), 2);
    json.clear();
    QVERIFY(plots.sources().isEmpty());
    QVERIFY(json.fields(u"a"_s).isEmpty());
    json.append({message(u"a"_s, R"({"x": 5})", 2000)});
    QCOMPARE(plots.buffer(u"mqtt/a"_s)->names(), QStringList {u"x"_s});
}

QTEST_GUILESS_MAIN(tst_MqttJsonPlots)
#include "tst_mqttjsonplots.moc"
