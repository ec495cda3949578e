// Reading-to-chart latency on loopback: from the moment the real netlab-agent stamps a reading
// to the moment the Sensors tab has painted it, compared in the same run with what `curl -N`
// on the same SSE stream sees (the transport alone). Both sides read the same clock: the agent
// runs on this machine. Bounded: stops after N readings or 120 s.
//
//   build/bin/bench_sensorslatency [readings]      (default 100, one every 100 ms)
#include <netlab/agentclient.h>
#include <netlab/agentroster.h>
#include <netlab/sensorhistory.h>
#include <widgets/sensorstab.h>

#include <QApplication>
#include <QChartView>
#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>

namespace {

struct Summary
{
    double median = 0, p95 = 0, max = 0;
    int count = 0;
};

Summary summarise(QList<qint64> values)
{
    Summary s;
    if (values.isEmpty())
        return s;
    std::sort(values.begin(), values.end());
    s.count = int(values.size());
    s.median = double(values[values.size() / 2]);
    s.p95 = double(values[qMin(values.size() - 1, values.size() * 95 / 100)]);
    s.max = double(values.last());
    return s;
}

// Paint events of a chart's viewport: the latency is taken once painting has finished.
class PaintWatch : public QObject
{
public:
    std::function<void()> painted;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && painted)
            QTimer::singleShot(0, this, painted); // runs after this paint event is done
        return QObject::eventFilter(watched, event);
    }
};

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const int wanted = argc > 1 ? qMax(10, atoi(argv[1])) : 100;

    QTemporaryDir dataDir;
    QProcess agent;
    agent.setProcessChannelMode(QProcess::SeparateChannels);
    agent.start(QStringLiteral(NETLAB_BIN_DIR "/netlab-agent"),
        {QStringLiteral("--simulate"), QStringLiteral("--bind"), QStringLiteral("127.0.0.1"),
            QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--data-dir"),
            dataDir.path(), QStringLiteral("--sim-min-interval-ms"), QStringLiteral("100"),
            QStringLiteral("--interval"), QStringLiteral("0.1")});
    quint16 port = 0;
    QByteArray banner;
    static const QRegularExpression listening(
        QStringLiteral("listening on http://127\\.0\\.0\\.1:(\\d+)/"));
    QElapsedTimer startup;
    startup.start();
    while (!port && startup.elapsed() < 10'000 && agent.waitForReadyRead(1000)) {
        banner += agent.readAllStandardOutput();
        const auto match = listening.match(QString::fromUtf8(banner));
        if (match.hasMatch())
            port = quint16(match.captured(1).toUInt());
    }
    if (!port) {
        std::fprintf(stderr, "netlab-agent did not start: %s\n", banner.constData());
        return 1;
    }
    const QString base = QStringLiteral("http://127.0.0.1:%1/").arg(port);

    // The transport alone: curl following the same stream.
    QList<qint64> curlLatency;
    QProcess curl;
    QByteArray curlBuffer;
    QObject::connect(&curl, &QProcess::readyReadStandardOutput, [&] {
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        curlBuffer += curl.readAllStandardOutput();
        qsizetype end;
        while ((end = curlBuffer.indexOf('\n')) >= 0) {
            const QByteArray line = curlBuffer.left(end).trimmed();
            curlBuffer.remove(0, end + 1);
            if (!line.startsWith("data:"))
                continue;
            const QJsonObject object = QJsonDocument::fromJson(line.mid(5)).object();
            if (object.contains(QLatin1String("temperature_c")))
                curlLatency.append(now - object.value(QLatin1String("t")).toInteger());
        }
    });
    curl.start(QStringLiteral("curl"),
        {QStringLiteral("-sN"), QStringLiteral("--max-time"), QStringLiteral("150"),
            base + QStringLiteral("api/v1/readings/stream")});

    // The workbench: the Sensors tab following the agent, shown, offscreen.
    netlab::AgentRoster agents;
    netlab::SensorsTab tab(&agents);
    tab.resize(1280, 800);
    tab.show();
    const int index = agents.add(QUrl(base));
    netlab::SensorHistory *history = agents.history(index);
    auto *view = tab.findChild<QChartView *>(QStringLiteral("temperatureChart"));
    QList<qint64> chartLatency;
    qint64 charted = -1; // newest reading on the charts, waiting for its paint
    qint64 painted = -1;
    bool live = false; // history fetched: from here every reading is new
    QObject::connect(
        agents.client(index), &netlab::AgentClient::historyLoaded, [&] { live = true; });
    QObject::connect(&tab, &netlab::SensorsTab::chartsRefreshed, [&] {
        if (live && history->size() > 0)
            charted = history->lastTimestamp();
    });
    PaintWatch watch;
    watch.painted = [&] {
        if (charted > painted) {
            chartLatency.append(QDateTime::currentMSecsSinceEpoch() - charted);
            painted = charted;
        }
        if (chartLatency.size() >= wanted)
            app.quit();
    };
    view->viewport()->installEventFilter(&watch);
    agents.client(index)->connectToAgent();
    QTimer::singleShot(120'000, &app, &QApplication::quit);
    app.exec();

    curl.kill();
    curl.waitForFinished(5000);
    agent.terminate();
    if (!agent.waitForFinished(10'000))
        agent.kill();

    const Summary c = summarise(curlLatency);
    const Summary w = summarise(chartLatency);
    std::printf("reading stamped by the agent -> seen (ms), loopback, one reading every 100 ms\n");
    std::printf("%-34s %6s %8s %8s %8s\n", "", "count", "median", "p95", "max");
    std::printf("%-34s %6d %8.0f %8.0f %8.0f\n", "curl -N on the SSE stream", c.count, c.median,
        c.p95, c.max);
    std::printf("%-34s %6d %8.0f %8.0f %8.0f\n", "Sensors tab, painted on the chart", w.count,
        w.median, w.p95, w.max);
    std::printf("chart minus transport: median %+.0f ms; goal: under 50 ms to the chart\n",
        w.median - c.median);
    return w.count > 0 ? 0 : 1;
}
