// netlab-agent record-edges / decode-edges, run as the real process.
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "childprocess.h"

using namespace Qt::StringLiterals;

namespace {

const QString kDataDir = QStringLiteral(NETLAB_SOURCE_DIR "/tests/data/dht");

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run runAgent(const QStringList &arguments)
{
    Run result;
    QProcess process;
    QSignalSpy finished(&process, &QProcess::finished);
    // Through the emulator when the tests run under qemu-user (cross builds).
    netlab::test::startProgram(process, QStringLiteral(NETLAB_BIN_DIR "/netlab-agent"), arguments);
    if (!finished.wait(60'000)) {
        process.kill();
        finished.wait(5000);
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

QJsonObject expectations()
{
    QFile file(kDataDir + u"/expected.json"_s);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

} // namespace

class tst_AgentEdges : public QObject
{
    Q_OBJECT

private slots:
    void helpListsTheCommands();
    void decodesEveryCapture_data();
    void decodesEveryCapture();
    void decodesAsText();
    void badFiles_data();
    void badFiles();
    void usageErrors();
    void recordWithoutGpio();
};

void tst_AgentEdges::helpListsTheCommands()
{
    const Run help = runAgent({u"--help"_s});
    QCOMPARE(help.exitCode, 0);
    QVERIFY2(help.out.contains("record-edges"), help.out.constData());
    QVERIFY2(help.out.contains("decode-edges"), help.out.constData());
    const Run decodeHelp = runAgent({u"decode-edges"_s, u"--help"_s});
    QCOMPARE(decodeHelp.exitCode, 0);
    QVERIFY2(decodeHelp.out.contains("--json"), decodeHelp.out.constData());
    const Run recordHelp = runAgent({u"record-edges"_s, u"--help"_s});
    QCOMPARE(recordHelp.exitCode, 0);
    QVERIFY2(recordHelp.out.contains("--count"), recordHelp.out.constData());
}

void tst_AgentEdges::decodesEveryCapture_data()
{
    QTest::addColumn<QString>("name");
    const QJsonObject expected = expectations();
    QCOMPARE(expected.size(), 17);
    for (auto it = expected.begin(); it != expected.end(); ++it)
        QTest::addRow("%s", qPrintable(it.key())) << it.key();
}

// Every reading sigrok found, with its values, in order, from `decode-edges --json`; any other
// frame is a failure or a valid reading.
void tst_AgentEdges::decodesEveryCapture()
{
    QFETCH(QString, name);
    const QJsonObject expected = expectations().value(name).toObject();
    const QString model = expected.value(u"model").toString();
    const Run run = runAgent({u"decode-edges"_s, kDataDir + u'/' + name + u".edges"_s, u"--model"_s,
        model, u"--json"_s});
    QVERIFY2(run.err.isEmpty(), run.err.constData());

    QList<QJsonObject> frames;
    for (const QByteArray &line : run.out.split('\n')) {
        if (line.isEmpty())
            continue;
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(line, &error);
        QVERIFY2(document.isObject(), line.constData());
        frames.append(document.object());
    }
    QVERIFY(!frames.isEmpty());

    const QJsonArray readings = expected.value(u"readings").toArray();
    qsizetype next = 0;
    int readingsOut = 0;
    for (const QJsonObject &frame : std::as_const(frames)) {
        QVERIFY(frame.contains(u"checksum_ok"));
        if (!frame.contains(u"humidity_pct")) {
            QVERIFY2(!frame.value(u"failure").toString().isEmpty(),
                QJsonDocument(frame).toJson().constData());
            QVERIFY(!frame.value(u"error").toString().isEmpty());
            QVERIFY(!frame.contains(u"temperature_c"));
            continue;
        }
        ++readingsOut;
        QVERIFY(frame.value(u"checksum_ok").toBool());
        const qint64 release = frame.value(u"release_ns").toInteger();
        if (next < readings.size()) {
            const qint64 dataStart = readings[next][u"data_start_ns"].toInteger();
            if (release <= dataStart && dataStart <= release + 10'000'000) {
                QCOMPARE(frame.value(u"humidity_pct").toDouble(),
                    readings[next][u"humidity_pct"].toDouble());
                QCOMPARE(frame.value(u"temperature_c").toDouble(),
                    readings[next][u"temperature_c"].toDouble());
                ++next;
            }
        }
    }
    QCOMPARE(next, readings.size()); // all found, in order
    QCOMPARE(run.exitCode, readingsOut > 0 ? 0 : 1);
}

void tst_AgentEdges::decodesAsText()
{
    const Run run = runAgent(
        {u"decode-edges"_s, kDataDir + u"/am2302_1mhz_3samples.edges"_s, u"--model"_s, u"dht22"_s});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains("Temp: 24.8C Humidity: 47.6%"), run.out.constData());
    QVERIFY2(run.out.contains("Temp: 24.8C Humidity: 46.8%"), run.out.constData());
    QVERIFY2(run.out.contains("3 readings"), run.out.constData());

    // The same capture read as a DHT11 is refused frame by frame, with the reason.
    const Run wrong = runAgent(
        {u"decode-edges"_s, kDataDir + u"/am2302_1mhz_3samples.edges"_s, u"--model"_s, u"dht11"_s});
    QCOMPARE(wrong.exitCode, 1);
    QVERIFY2(wrong.out.contains("failed (implausible)"), wrong.out.constData());
    QVERIFY2(!wrong.out.contains("Temp:"), wrong.out.constData());
}

void tst_AgentEdges::badFiles_data()
{
    QTest::addColumn<QByteArray>("contents");
    QTest::addColumn<QString>("expected");
    QTest::addRow("garbage") << QByteArray("# fine\n100 0\n200 1\nnot an edge\n")
                             << u"line 4: expected \"<time in ns> <level 0 or 1>\""_s;
    QTest::addRow("binary") << QByteArray("\x7f"
                                          "ELF\x02\x01\x01\0\0\0",
        10) << u"line 1:"_s;
    QTest::addRow("backwards") << QByteArray("100 0\n50 1\n") << u"line 2: time 50 ns"_s;
}

void tst_AgentEdges::badFiles()
{
    QFETCH(QByteArray, contents);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"bad.edges"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(contents);
    file.close();
    const Run run = runAgent({u"decode-edges"_s, path});
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.out.isEmpty());
    const QString err = QString::fromUtf8(run.err);
    QVERIFY2(err.contains(path), run.err.constData());
    QVERIFY2(err.contains(expected), run.err.constData());

    const Run missing = runAgent({u"decode-edges"_s, dir.filePath(u"nothing.edges"_s)});
    QCOMPARE(missing.exitCode, 1);
    QVERIFY2(missing.err.contains("nothing.edges"), missing.err.constData());
}

void tst_AgentEdges::usageErrors()
{
    const Run noFile = runAgent({u"decode-edges"_s});
    QCOMPARE(noFile.exitCode, 2);
    QVERIFY2(noFile.err.contains("capture file"), noFile.err.constData());
    const Run badModel = runAgent(
        {u"decode-edges"_s, kDataDir + u"/dht11_1mhz.edges"_s, u"--model"_s, u"dht99"_s});
    QCOMPARE(badModel.exitCode, 2);
    QVERIFY2(badModel.err.contains("dht99"), badModel.err.constData());
    const Run badCount = runAgent({u"record-edges"_s, u"--count"_s, u"0"_s, u"x.edges"_s});
    QCOMPARE(badCount.exitCode, 2);
    QVERIFY2(badCount.err.contains("count"), badCount.err.constData());
}

// On a machine without the Pi's GPIO chip, record-edges says why and where it must run, and
// writes nothing.
void tst_AgentEdges::recordWithoutGpio()
{
    if (!QDir(u"/dev"_s).entryList({u"gpiochip*"_s}, QDir::System).isEmpty())
        QSKIP("this machine has GPIO chips: record-edges would drive a real line");
    QTemporaryDir dir;
    const QString path = dir.filePath(u"capture.edges"_s);
    const Run run
        = runAgent({u"record-edges"_s, u"--count"_s, u"2"_s, u"--dht-pin"_s, u"17"_s, path});
    QCOMPARE(run.exitCode, 1);
    const QString err = QString::fromUtf8(run.err);
    QVERIFY2(
        err.startsWith(u"netlab-agent record-edges: cannot use GPIO17: "_s), run.err.constData());
    QVERIFY2(err.contains(u"run it on the Raspberry Pi"_s), run.err.constData());
    QVERIFY(!QFile::exists(path));
}

QTEST_GUILESS_MAIN(tst_AgentEdges)
#include "tst_agentedges.moc"
