#include "sensorstext.h"

#include "sensorstab.h"

#include <QDateTime>
#include <QJsonObject>
#include <QLocale>
#include <QTreeWidgetItem>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace netlab {

// "DHT11 via gpiod", "DHT22 via iio", "DHT11 (simulated)".
QString sensorText(const QJsonObject &sensor)
{
    if (sensor.isEmpty())
        return QString();
    const QString model = sensor.value(u"model").toString().toUpper();
    if (sensor.value(u"simulated").toBool())
        return SensorsTab::tr("%1 (simulated)").arg(model);
    return SensorsTab::tr("%1 via %2").arg(model, sensor.value(u"backend").toString());
}

QString agentDisplayName(const AgentClient *client)
{
    if (!client)
        return QString();
    const QUrl url = client->baseUrl();
    const QString host = url.host().contains(u':') ? u"[%1]"_s.arg(url.host()) : url.host();
    const QString address = u"%1:%2"_s.arg(host).arg(url.port(SensorsTab::kDefaultPort));
    const QString name = client->info().value(u"host").toString();
    return name.isEmpty() || name == url.host() ? address
                                                : SensorsTab::tr("%1 (%2)").arg(name, address);
}

QString agentStateText(const AgentClient *client)
{
    switch (client->state()) {
    case AgentClient::State::Disconnected:
        return SensorsTab::tr("not connected");
    case AgentClient::State::Connecting:
        return SensorsTab::tr("connecting");
    case AgentClient::State::Online:
        return SensorsTab::tr("online");
    case AgentClient::State::Reconnecting:
        return SensorsTab::tr("offline, reconnecting");
    }
    return QString();
}

QString agentSummary(const AgentClient *client, const SensorHistory *history)
{
    QString text
        = SensorsTab::tr("Agent %1: %2").arg(agentDisplayName(client), agentStateText(client));
    const QJsonObject info = client->info();
    if (!info.isEmpty())
        text += SensorsTab::tr(" · %1").arg(sensorText(info.value(u"sensor").toObject()));
    if (history->size() > 0)
        text += SensorsTab::tr(" · last reading %1")
                    .arg(QDateTime::fromMSecsSinceEpoch(history->lastTimestamp())
                             .toString(u"HH:mm:ss"_s));
    text += SensorsTab::tr(" · sensor failures: %1").arg(history->failureCount());
    if (client->badEventCount() > 0)
        text += SensorsTab::tr(
            " · %n malformed message(s) from the agent ignored", nullptr, client->badEventCount());
    return text;
}

QString statsText(const SensorHistory::Stats &stats)
{
    return SensorsTab::tr(
        "Now %1 °C, %2 %   ·   window: %3 readings, temperature %4…%5 °C (mean %6), "
        "humidity %7…%8 % (mean %9)")
        .arg(QLocale().toString(stats.last.temperatureC, 'f', 1))
        .arg(QLocale().toString(stats.last.humidityPct, 'f', 1))
        .arg(stats.count)
        .arg(QLocale().toString(stats.minT, 'f', 1))
        .arg(QLocale().toString(stats.maxT, 'f', 1))
        .arg(QLocale().toString(stats.meanT, 'f', 1))
        .arg(QLocale().toString(stats.minH, 'f', 1))
        .arg(QLocale().toString(stats.maxH, 'f', 1))
        .arg(QLocale().toString(stats.meanH, 'f', 1));
}

QString durationText(qint64 ms)
{
    const qint64 s = ms / 1000;
    if (s < 120)
        return SensorsTab::tr("%n s", nullptr, int(s));
    if (s < 2 * 3600)
        return SensorsTab::tr("%1 min %2 s").arg(s / 60).arg(s % 60);
    if (s < 2 * 86400)
        return SensorsTab::tr("%1 h %2 min").arg(s / 3600).arg((s % 3600) / 60);
    return SensorsTab::tr("%1 d %2 h").arg(s / 86400).arg((s % 86400) / 3600);
}

// What a gap band's tool tip says. open: no reading since gap.fromMs, up to now.
QString gapText(const QString &name, const SensorHistory::Gap &gap, bool open)
{
    const auto time
        = [](qint64 t) { return QDateTime::fromMSecsSinceEpoch(t).toString(u"dd.MM HH:mm:ss"_s); };
    const QString duration = durationText(gap.durationMs());
    if (open)
        return gap.sensorFailed
            ? SensorsTab::tr("%1: the sensor has been failing since %2 (%3) — the agent reports "
                             "failed reads and stores no value")
                  .arg(name, time(gap.fromMs), duration)
            : SensorsTab::tr("%1: no reading since %2 (%3) — the agent is offline or unreachable")
                  .arg(name, time(gap.fromMs), duration);
    return gap.sensorFailed
        ? SensorsTab::tr("%1: the sensor failed from %2 to %3 (%4) — no value was stored")
              .arg(name, time(gap.fromMs), time(gap.toMs), duration)
        : SensorsTab::tr("%1: no readings from %2 to %3 (%4) — the agent was offline or "
                         "unreachable")
              .arg(name, time(gap.fromMs), time(gap.toMs), duration);
}

void fillAgentRow(
    QTreeWidgetItem *item, const AgentClient *client, const SensorHistory *history, bool embedded)
{
    QString name = agentDisplayName(client);
    if (embedded)
        name = SensorsTab::tr("%1 — built in").arg(name);
    item->setText(AgentColumn, name);
    item->setText(StateColumn, agentStateText(client));
    const QJsonObject sensor = client->info().value(u"sensor").toObject();
    item->setText(SensorColumn, sensorText(sensor));
    if (history->size() > 0) {
        const AgentClient::Reading &last = history->at(history->size() - 1);
        item->setText(
            LastColumn, QDateTime::fromMSecsSinceEpoch(last.t).toString(u"yyyy-MM-dd HH:mm:ss"_s));
        item->setText(NowColumn,
            SensorsTab::tr("%1 °C, %2 %")
                .arg(QLocale().toString(last.temperatureC, 'f', 1))
                .arg(QLocale().toString(last.humidityPct, 'f', 1)));
    } else {
        item->setText(LastColumn, SensorsTab::tr("none yet"));
        item->setText(NowColumn, QString());
    }
    item->setText(FailuresColumn, QLocale().toString(history->failureCount()));
    item->setToolTip(FailuresColumn, history->lastFailure());
}

} // namespace netlab
