#include "classroomgrid.h"

#include <netlab/mqttclassroom.h>
#include <netlab/mqttclient.h>
#include <netlab/sensorhistory.h>

#include <QChart>
#include <QChartView>
#include <QDateTimeAxis>
#include <QDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QPainter>
#include <QPainterPath>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QSpinBox>
#include <QTimer>
#include <QVBoxLayout>
#include <QValueAxis>

using namespace Qt::StringLiterals;

namespace netlab {

ClassroomTile::ClassroomTile(const MqttClassroom *classroom, const QString &id, QWidget *parent)
    : QWidget(parent)
    , m_classroom(classroom)
    , m_id(id)
{
    setObjectName(u"classroomTile-"_s + id);
    setAccessibleName(tr("Agent %1").arg(id));
    setFocusPolicy(Qt::StrongFocus);
    setCursor(Qt::PointingHandCursor);
    setMinimumSize(150, 64);
    setToolTip(tr("Click to open %1's chart").arg(id));
}

void ClassroomTile::paintEvent(QPaintEvent *)
{
    const MqttClassroom::Agent *agent = m_classroom->agent(m_id);
    if (!agent)
        return;
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF frame = QRectF(rect()).adjusted(1, 1, -1, -1);
    painter.setPen(hasFocus() ? palette().highlight().color() : palette().mid().color());
    painter.setBrush(palette().base());
    painter.drawRoundedRect(frame, 4, 4);
    const QColor state = agent->online ? QColor(0x2e, 0x9d, 0x4a) : QColor(0xb0, 0x30, 0x30);
    painter.setPen(Qt::NoPen);
    painter.setBrush(state);
    painter.drawEllipse(QPointF(10, 11), 4, 4);
    painter.setPen(palette().text().color());
    const QString reading = agent->recent.isEmpty()
        ? tr("no reading")
        : tr("%1 °C  %2 %")
              .arg(agent->recent.constLast().temperatureC, 0, 'f', 1)
              .arg(agent->recent.constLast().humidityPct, 0, 'f', 0);
    painter.drawText(QRectF(18, 2, width() - 20, 18), Qt::AlignVCenter,
        u"%1  %2"_s.arg(m_id, agent->online ? tr("online") : tr("offline")));
    painter.drawText(QRectF(6, 20, width() - 12, 16), Qt::AlignVCenter, reading);

    // Sparkline of the recent temperatures, scaled to their own range.
    const auto &recent = agent->recent;
    if (recent.size() < 2)
        return;
    double low = recent.constFirst().temperatureC, high = low;
    for (const auto &r : recent) {
        low = qMin(low, r.temperatureC);
        high = qMax(high, r.temperatureC);
    }
    if (high - low < 0.5) {
        const double mid = (high + low) / 2;
        low = mid - 0.25;
        high = mid + 0.25;
    }
    const QRectF plot(6, 38, width() - 12, height() - 44);
    QPainterPath path;
    for (qsizetype i = 0; i < recent.size(); ++i) {
        const double x
            = plot.left() + plot.width() * double(i) / double(MqttClassroom::kRecentReadings - 1);
        const double y
            = plot.bottom() - plot.height() * (recent.at(i).temperatureC - low) / (high - low);
        if (i == 0)
            path.moveTo(x, y);
        else
            path.lineTo(x, y);
    }
    painter.setPen(
        QPen(agent->online ? palette().highlight().color() : palette().mid().color(), 1.2));
    painter.setBrush(Qt::NoBrush);
    painter.drawPath(path);
}

void ClassroomTile::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton)
        emit activated(m_id);
}

void ClassroomTile::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter
        || event->key() == Qt::Key_Space)
        emit activated(m_id);
    else
        QWidget::keyPressEvent(event);
}

ClassroomGrid::ClassroomGrid(MqttClient *client, MqttClassroom *classroom, QWidget *parent)
    : QWidget(parent)
    , m_client(client)
    , m_classroom(classroom)
    , m_repaint(new QTimer(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *row = new QHBoxLayout;
    auto *label = new QLabel(tr("Classroom &broker (MQTT):"), this);
    m_host = new QLineEdit(u"localhost"_s, this);
    m_host->setObjectName(u"classroomHost"_s);
    m_host->setAccessibleName(tr("Classroom broker host"));
    label->setBuddy(m_host);
    m_port = new QSpinBox(this);
    m_port->setObjectName(u"classroomPort"_s);
    m_port->setAccessibleName(tr("Classroom broker port"));
    m_port->setRange(1, 65535);
    m_port->setValue(1883);
    m_connect = new QPushButton(tr("Connect"), this);
    m_connect->setObjectName(u"classroomConnect"_s);
    m_connect->setAccessibleName(tr("Connect to the classroom broker"));
    m_summary = new QLabel(this);
    m_summary->setObjectName(u"classroomSummary"_s);
    row->addWidget(label);
    row->addWidget(m_host, 1);
    row->addWidget(m_port);
    row->addWidget(m_connect);
    row->addWidget(m_summary, 2);
    layout->addLayout(row);

    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(u"classroomScroll"_s);
    scroll->setWidgetResizable(true);
    auto *tiles = new QWidget(scroll);
    m_grid = new QGridLayout(tiles);
    m_grid->setSpacing(4);
    m_grid->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    scroll->setWidget(tiles);
    scroll->setMinimumHeight(60);
    layout->addWidget(scroll, 1);

    m_repaint->setInterval(kRepaintMs);
    m_repaint->setSingleShot(true);
    connect(m_repaint, &QTimer::timeout, this, &ClassroomGrid::repaintDirty);
    connect(m_connect, &QPushButton::clicked, this, &ClassroomGrid::toggleConnection);
    connect(m_client, &MqttClient::stateChanged, this, &ClassroomGrid::showState);
    connect(m_client, &MqttClient::errorOccurred, m_summary, &QLabel::setText);
    connect(m_classroom, &MqttClassroom::agentAdded, this, &ClassroomGrid::addTile);
    connect(m_classroom, &MqttClassroom::agentsChanged, this, [this](const QStringList &ids) {
        for (const QString &id : ids) {
            if (!m_dirty.contains(id))
                m_dirty.append(id);
        }
        if (!m_repaint->isActive())
            m_repaint->start();
    });
    connect(m_classroom, &MqttClassroom::readingsAdded, this,
        [this](const QString &id, const QList<AgentClient::Reading> &readings) {
            SensorHistory *&history = m_histories[id];
            if (!history)
                history = new SensorHistory(this);
            history->append(readings);
        });
    for (const QString &id : m_classroom->agentIds())
        addTile(id);
    showState();
}

void ClassroomGrid::addTile(const QString &id)
{
    if (m_tiles.contains(id))
        return;
    auto *tile = new ClassroomTile(m_classroom, id, m_grid->parentWidget());
    const int index = int(m_tiles.size());
    m_grid->addWidget(tile, index / kColumns, index % kColumns);
    m_tiles.insert(id, tile);
    connect(tile, &ClassroomTile::activated, this, &ClassroomGrid::openChart);
    if (const auto *agent = m_classroom->agent(id); agent && !agent->recent.isEmpty()) {
        SensorHistory *&history = m_histories[id];
        if (!history) {
            history = new SensorHistory(this);
            history->append(agent->recent);
        }
    }
}

void ClassroomGrid::repaintDirty()
{
    for (const QString &id : std::as_const(m_dirty)) {
        if (ClassroomTile *tile = m_tiles.value(id))
            tile->update();
    }
    m_dirty.clear();
    int online = 0;
    for (const QString &id : m_classroom->agentIds())
        online += m_classroom->agent(id)->online ? 1 : 0;
    if (m_client->state() == MqttClient::State::Connected)
        m_summary->setText(
            tr("%n agent(s), %1 online", nullptr, m_classroom->agentCount()).arg(online));
    emit tilesRepainted();
}

void ClassroomGrid::toggleConnection()
{
    if (m_client->state() != MqttClient::State::Disconnected) {
        m_client->disconnectFromBroker();
        return;
    }
    MqttConnectOptions options = m_client->options();
    options.host = m_host->text().trimmed();
    options.port = quint16(m_port->value());
    m_client->setOptions(options);
    m_client->connectToBroker();
}

void ClassroomGrid::showState()
{
    const bool idle = m_client->state() == MqttClient::State::Disconnected;
    m_connect->setText(idle ? tr("Connect") : tr("Disconnect"));
    m_connect->setAccessibleName(
        idle ? tr("Connect to the classroom broker") : tr("Disconnect from the classroom broker"));
    m_host->setEnabled(idle);
    m_port->setEnabled(idle);
    if (m_client->state() != MqttClient::State::Connected || m_classroom->agentCount() == 0)
        m_summary->setText(m_client->stateText());
}

void ClassroomGrid::openChart(const QString &id)
{
    SensorHistory *history = m_histories.value(id);
    auto *dialog = new QDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(u"classroomChart-"_s + id);
    dialog->setWindowTitle(tr("%1: temperature and humidity").arg(id));
    auto *chart = new QChart;
    auto *temperature = new QLineSeries(chart);
    temperature->setName(tr("Temperature (°C)"));
    auto *humidity = new QLineSeries(chart);
    humidity->setName(tr("Humidity (%)"));
    chart->addSeries(temperature);
    chart->addSeries(humidity);
    auto *time = new QDateTimeAxis(chart);
    time->setFormat(u"HH:mm:ss"_s);
    auto *celsius = new QValueAxis(chart);
    auto *percent = new QValueAxis(chart);
    chart->addAxis(time, Qt::AlignBottom);
    chart->addAxis(celsius, Qt::AlignLeft);
    chart->addAxis(percent, Qt::AlignRight);
    temperature->attachAxis(time);
    temperature->attachAxis(celsius);
    humidity->attachAxis(time);
    humidity->attachAxis(percent);
    auto *view = new QChartView(chart, dialog);
    view->setAccessibleName(tr("Chart of %1").arg(id));
    view->setRenderHint(QPainter::Antialiasing);
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(view);
    // Redrawn from the history, decimated to the width, twice a second.
    const auto refresh = [history, temperature, humidity, time, celsius, percent, view] {
        if (!history || history->size() == 0)
            return;
        const qint64 to = history->lastTimestamp();
        const qint64 from = qMax(history->firstTimestamp(), to - 30 * 60 * 1000);
        const SensorHistory::Series series = history->decimate(from, to, qMax(100, view->width()));
        QList<QPointF> t, h;
        for (const auto &segment : series.segments) {
            t += segment.temperature;
            h += segment.humidity;
        }
        temperature->replace(t);
        humidity->replace(h);
        time->setRange(QDateTime::fromMSecsSinceEpoch(from),
            QDateTime::fromMSecsSinceEpoch(qMax(to, from + 1000)));
        celsius->setRange(series.stats.minT - 1, series.stats.maxT + 1);
        percent->setRange(series.stats.minH - 2, series.stats.maxH + 2);
    };
    auto *timer = new QTimer(dialog);
    connect(timer, &QTimer::timeout, dialog, refresh);
    timer->start(500);
    refresh();
    dialog->resize(640, 360);
    dialog->show();
}

void ClassroomGrid::saveSettings(QSettings &settings) const
{
    settings.setValue(u"classroomHost"_s, m_host->text());
    settings.setValue(u"classroomPort"_s, m_port->value());
}

void ClassroomGrid::restoreSettings(const QSettings &settings)
{
    m_host->setText(settings.value(u"classroomHost"_s, m_host->text()).toString());
    m_port->setValue(qBound(1, settings.value(u"classroomPort"_s, 1883).toInt(), 65535));
}

} // namespace netlab
