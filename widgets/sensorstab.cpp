#include "sensorstab.h"

#include "endpointpicker.h"
#include "statusline.h"

#include <netlab/sensorhistory.h>

#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QPushButton>
#include <QSaveFile>
#include <QSettings>
#include <QTimer>
#include <QVBoxLayout>
#include <QValueAxis>

#include <array>

using namespace Qt::StringLiterals;

namespace netlab {

namespace {

constexpr std::array<qint64, 4> kWindowsMs
    = {5LL * 60 * 1000, 3600LL * 1000, 24LL * 3600 * 1000, 7LL * 24 * 3600 * 1000};

QChartView *makeChart(const QString &title, const QColor &color, QLineSeries **series,
    QDateTimeAxis **timeAxis, QValueAxis **valueAxis, const QString &unit, QWidget *parent)
{
    auto *chart = new QChart;
    chart->setTitle(title);
    chart->legend()->hide();
    chart->setMargins(QMargins(4, 4, 4, 4));
    *series = new QLineSeries(chart);
    QPen pen(color);
    pen.setWidthF(1.5);
    (*series)->setPen(pen);
    (*series)->setUseOpenGL(false);
    chart->addSeries(*series);
    *timeAxis = new QDateTimeAxis(chart);
    (*timeAxis)->setFormat(u"HH:mm:ss"_s);
    (*timeAxis)->setTickCount(6);
    *valueAxis = new QValueAxis(chart);
    (*valueAxis)
        ->setLabelFormat(u"%.1f"_s); // printf-style, Latin-1 only: the unit goes in the title
    (*valueAxis)->setTitleText(unit);
    chart->addAxis(*timeAxis, Qt::AlignBottom);
    chart->addAxis(*valueAxis, Qt::AlignLeft);
    (*series)->attachAxis(*timeAxis);
    (*series)->attachAxis(*valueAxis);
    auto *view = new QChartView(chart, parent);
    view->setRenderHint(QPainter::Antialiasing);
    view->setRubberBand(QChartView::HorizontalRubberBand); // drag to zoom, right-click to zoom out
    view->setMinimumHeight(160);
    return view;
}

} // namespace

SensorsTab::SensorsTab(AgentClient *client, SensorHistory *history, QWidget *parent)
    : LabTab(parent)
    , m_client(client)
    , m_history(history)
{
    m_endpoint = new EndpointPicker(this);
    m_endpoint->setObjectName(u"endpoint"_s);
    m_endpoint->setHost(u"127.0.0.1"_s);
    m_endpoint->setPort(kDefaultPort);

    m_token = new QLineEdit(this);
    m_token->setObjectName(u"tokenEdit"_s);
    m_token->setEchoMode(QLineEdit::Password);
    m_token->setMaxLength(256);
    m_token->setPlaceholderText(tr("only for the LED"));
    auto *tokenLabel = new QLabel(tr("&Token:"), this);
    tokenLabel->setBuddy(m_token);

    m_connectButton = new QPushButton(this);
    m_connectButton->setObjectName(u"connectButton"_s);
    m_connectButton->setToolTip(tr("Connect to the agent or disconnect (Ctrl+K)"));

    m_window = new QComboBox(this);
    m_window->setObjectName(u"windowCombo"_s);
    m_window->addItems({tr("5 minutes"), tr("1 hour"), tr("24 hours"), tr("7 days")});
    auto *windowLabel = new QLabel(tr("&Window:"), this);
    windowLabel->setBuddy(m_window);

    m_pause = new QCheckBox(tr("&Pause"), this);
    m_pause->setObjectName(u"pauseCheck"_s);
    m_pause->setToolTip(tr("Freeze the charts (readings keep arriving)"));
    m_led = new QCheckBox(tr("&LED on"), this);
    m_led->setObjectName(u"ledCheck"_s);
    m_led->setToolTip(tr("Switch the agent's LED (needs the token; Ctrl+Return)"));
    m_exportButton = new QPushButton(tr("Export &CSV…"), this);
    m_exportButton->setObjectName(u"exportCsvButton"_s);
    m_exportButton->setAccessibleName(tr("Export the window as CSV"));
    m_pngButton = new QPushButton(tr("Save chart as P&NG…"), this);
    m_pngButton->setObjectName(u"savePngButton"_s);
    m_pngButton->setAccessibleName(tr("Save the charts as a PNG image"));

    m_agentLabel = new QLabel(this);
    m_agentLabel->setObjectName(u"agentLabel"_s);
    m_agentLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_agentLabel->setWordWrap(true);
    m_statsLabel = new QLabel(this);
    m_statsLabel->setObjectName(u"statsLabel"_s);
    m_statsLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status = new StatusLine(this);
    m_status->setObjectName(u"statusLine"_s);

    m_temperatureView = makeChart(tr("Temperature"), QColor(0xd0, 0x43, 0x2b), &m_temperatureSeries,
        &m_temperatureTime, &m_temperatureAxis, u"°C"_s, this);
    m_temperatureView->setObjectName(u"temperatureChart"_s);
    m_temperatureView->setAccessibleName(tr("Temperature chart"));
    m_humidityView = makeChart(tr("Humidity"), QColor(0x1f, 0x6f, 0xd0), &m_humiditySeries,
        &m_humidityTime, &m_humidityAxis, u"%"_s, this);
    m_humidityView->setObjectName(u"humidityChart"_s);
    m_humidityView->setAccessibleName(tr("Humidity chart"));

    auto *top = new QHBoxLayout;
    top->addWidget(m_endpoint, 2);
    top->addWidget(tokenLabel);
    top->addWidget(m_token, 1);
    top->addWidget(m_connectButton);
    auto *controls = new QHBoxLayout;
    controls->addWidget(windowLabel);
    controls->addWidget(m_window);
    controls->addWidget(m_pause);
    controls->addSpacing(12);
    controls->addWidget(m_led);
    controls->addStretch();
    controls->addWidget(m_exportButton);
    controls->addWidget(m_pngButton);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_agentLabel);
    layout->addLayout(controls);
    layout->addWidget(m_statsLabel);
    layout->addWidget(m_temperatureView, 1);
    layout->addWidget(m_humidityView, 1);
    layout->addWidget(m_status);

    m_refreshTimer = new QTimer(this);
    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(kRefreshMs);
    connect(m_refreshTimer, &QTimer::timeout, this, &SensorsTab::refreshCharts);

    connect(m_connectButton, &QPushButton::clicked, this, &SensorsTab::toggleConnection);
    connect(m_token, &QLineEdit::textChanged, this,
        [this](const QString &token) { m_client->setToken(token.trimmed().toUtf8()); });
    connect(m_window, &QComboBox::currentIndexChanged, this, [this] {
        m_dirty = true;
        refreshCharts();
    });
    connect(m_pause, &QCheckBox::toggled, this, [this](bool paused) {
        if (!paused)
            scheduleRefresh();
    });
    connect(m_led, &QCheckBox::clicked, this, [this](bool on) {
        m_client->setLed(on);
        m_status->showInfo(on ? tr("Switching the LED on…") : tr("Switching the LED off…"));
    });
    connect(m_exportButton, &QPushButton::clicked, this, &SensorsTab::exportCsv);
    connect(m_pngButton, &QPushButton::clicked, this, &SensorsTab::savePng);

    connect(m_client, &AgentClient::stateChanged, this, &SensorsTab::showState);
    connect(m_client, &AgentClient::infoReceived, this, &SensorsTab::showAgent);
    connect(m_client, &AgentClient::historyLoaded, this, [this](int count) {
        m_status->showInfo(
            tr("%n stored reading(s) fetched; following the live stream", nullptr, count));
    });
    connect(m_client, &AgentClient::errorOccurred, this, [this](const QString &message) {
        m_status->showError(tr("%1 — retrying in %2 s")
                                .arg(message)
                                .arg(m_client->reconnectDelayMs() / 2000.0, 0, 'f', 0));
        emit statusMessage(message);
    });
    connect(m_client, &AgentClient::ledChanged, this, [this](bool on) {
        m_led->setChecked(on);
        m_status->showInfo(on ? tr("LED on") : tr("LED off"));
    });
    connect(
        m_client, &AgentClient::ledRequestFailed, this, [this](int status, const QString &message) {
            m_led->setChecked(!m_led->isChecked());
            if (status == 401) {
                m_status->showError(tr("The agent refused the LED: %1. Paste the token the agent "
                                       "printed at its first start into Token.")
                                        .arg(message));
                m_token->setFocus();
            } else {
                m_status->showError(tr("The LED was not switched: %1").arg(message));
            }
        });
    connect(m_history, &SensorHistory::changed, this, &SensorsTab::scheduleRefresh);
    connect(m_history, &SensorHistory::failureRecorded, this,
        [this](const QString &kind, const QString &message) {
            m_status->showError(tr("Sensor failure (%1): %2").arg(kind, message));
            showAgent();
        });

    m_token->setText(QString::fromUtf8(m_client->token()));
    if (m_client->baseUrl().isValid() && !m_client->baseUrl().host().isEmpty()) {
        m_endpoint->setHost(m_client->baseUrl().host());
        m_endpoint->setPort(quint16(m_client->baseUrl().port(kDefaultPort)));
    }
    showState(m_client->state());
    showAgent();
    refreshCharts();
}

QString SensorsTab::title() const
{
    return tr("Sensors");
}

QString SensorsTab::key() const
{
    return u"sensors"_s;
}

void SensorsTab::saveSettings(QSettings &settings) const
{
    m_endpoint->saveSettings(settings);
    settings.setValue(u"window"_s, m_window->currentIndex());
}

void SensorsTab::restoreSettings(const QSettings &settings)
{
    if (m_client->state() == AgentClient::State::Disconnected)
        m_endpoint->restoreSettings(settings);
    m_window->setCurrentIndex(qBound(0, settings.value(u"window"_s, 0).toInt(), 3));
}

qint64 SensorsTab::windowMs() const
{
    return kWindowsMs[std::size_t(qBound(0, m_window->currentIndex(), 3))];
}

qsizetype SensorsTab::temperaturePointCount() const
{
    return m_temperatureSeries->count();
}

qsizetype SensorsTab::humidityPointCount() const
{
    return m_humiditySeries->count();
}

void SensorsTab::toggleConnection()
{
    if (m_client->state() != AgentClient::State::Disconnected) {
        m_client->disconnectFromAgent();
        m_status->showInfo(tr("Disconnected"));
        return;
    }
    if (!m_endpoint->isValid()) {
        m_status->showError(m_endpoint->errorString());
        return;
    }
    QUrl url;
    url.setScheme(u"http"_s);
    url.setHost(m_endpoint->host());
    url.setPort(m_endpoint->port());
    url.setPath(u"/"_s);
    if (url != m_client->baseUrl())
        m_history->clear(); // another agent: its readings only
    m_client->setBaseUrl(url);
    m_client->setToken(m_token->text().trimmed().toUtf8());
    m_endpoint->rememberCurrent();
    m_status->showInfo(tr("Connecting to %1…").arg(url.toDisplayString()));
    m_client->connectToAgent();
}

void SensorsTab::send()
{
    m_led->click();
}

void SensorsTab::clearLog()
{
    m_history->clear();
}

void SensorsTab::saveLog()
{
    exportCsv();
}

void SensorsTab::showState(AgentClient::State state)
{
    m_connectButton->setText(
        state == AgentClient::State::Disconnected ? tr("&Connect") : tr("Dis&connect"));
    m_endpoint->setEnabled(state == AgentClient::State::Disconnected);
    m_led->setEnabled(state == AgentClient::State::Online);
    showAgent();
}

void SensorsTab::showAgent()
{
    QString state;
    switch (m_client->state()) {
    case AgentClient::State::Disconnected:
        state = tr("not connected");
        break;
    case AgentClient::State::Connecting:
        state = tr("connecting");
        break;
    case AgentClient::State::Online:
        state = tr("online");
        break;
    case AgentClient::State::Reconnecting:
        state = tr("offline, reconnecting");
        break;
    }
    QString text = tr("Agent: %1").arg(state);
    const QJsonObject info = m_client->info();
    if (!info.isEmpty()) {
        const QJsonObject sensor = info.value(u"sensor").toObject();
        text
            += tr(" · %1 · %2 via %3%4")
                   .arg(info.value(u"host").toString(), sensor.value(u"model").toString().toUpper(),
                       sensor.value(u"backend").toString(),
                       sensor.value(u"simulated").toBool() ? tr(" (simulated)") : QString());
    }
    if (m_history->size() > 0)
        text += tr(" · last reading %1")
                    .arg(QDateTime::fromMSecsSinceEpoch(m_history->lastTimestamp())
                             .toString(u"HH:mm:ss"_s));
    text += tr(" · sensor failures: %1").arg(m_history->failureCount());
    m_agentLabel->setText(text);
}

void SensorsTab::scheduleRefresh()
{
    m_dirty = true;
    if (!m_pause->isChecked() && !m_refreshTimer->isActive())
        m_refreshTimer->start();
}

void SensorsTab::refreshCharts()
{
    if (!m_dirty)
        return;
    m_dirty = false;
    const qint64 to = m_history->size() > 0
        ? qMax(m_history->lastTimestamp(), QDateTime::currentMSecsSinceEpoch())
        : QDateTime::currentMSecsSinceEpoch();
    const qint64 from = to - windowMs();
    const int columns = qMax(100, m_temperatureView->width());
    const SensorHistory::Series series = m_history->decimate(from, to, columns);
    m_temperatureSeries->replace(series.temperature);
    m_humiditySeries->replace(series.humidity);
    const QDateTime fromTime = QDateTime::fromMSecsSinceEpoch(from);
    const QDateTime toTime = QDateTime::fromMSecsSinceEpoch(to);
    const QString format = windowMs() > 24LL * 3600 * 1000 ? u"dd.MM HH:mm"_s : u"HH:mm:ss"_s;
    for (QDateTimeAxis *axis : {m_temperatureTime, m_humidityTime}) {
        axis->setRange(fromTime, toTime);
        axis->setFormat(format);
    }
    const SensorHistory::Stats &stats = series.stats;
    if (stats.count > 0) {
        m_temperatureAxis->setRange(stats.minT - 1, stats.maxT + 1);
        m_humidityAxis->setRange(qMax(0.0, stats.minH - 2), qMin(100.0, stats.maxH + 2));
        m_statsLabel->setText(
            tr("Now %1 °C, %2 %   ·   window: %3 readings, temperature %4…%5 °C (mean %6), "
               "humidity %7…%8 % (mean %9)")
                .arg(stats.last.temperatureC, 0, 'f', 1)
                .arg(stats.last.humidityPct, 0, 'f', 1)
                .arg(stats.count)
                .arg(stats.minT, 0, 'f', 1)
                .arg(stats.maxT, 0, 'f', 1)
                .arg(stats.meanT, 0, 'f', 1)
                .arg(stats.minH, 0, 'f', 1)
                .arg(stats.maxH, 0, 'f', 1)
                .arg(stats.meanH, 0, 'f', 1));
    } else {
        m_statsLabel->setText(tr("No readings in this window yet"));
    }
    showAgent();
}

void SensorsTab::exportCsv()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export readings"), u"readings.csv"_s, tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    const qint64 to = QDateTime::currentMSecsSinceEpoch();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)
        || file.write(m_history->toCsv(to - windowMs(), qMax(to, m_history->lastTimestamp()))) < 0
        || !file.commit()) {
        m_status->showError(tr("%1: %2").arg(path, file.errorString()));
        return;
    }
    m_status->showInfo(tr("Readings saved to %1").arg(path));
}

void SensorsTab::savePng()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save charts"), u"sensors.png"_s, tr("PNG images (*.png)"));
    if (path.isEmpty())
        return;
    const QPixmap top = m_temperatureView->grab();
    const QPixmap bottom = m_humidityView->grab();
    QPixmap image(qMax(top.width(), bottom.width()), top.height() + bottom.height());
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.drawPixmap(0, 0, top);
    painter.drawPixmap(0, top.height(), bottom);
    painter.end();
    if (!image.save(path, "PNG"))
        m_status->showError(tr("%1: the image could not be written").arg(path));
    else
        m_status->showInfo(tr("Charts saved to %1").arg(path));
}

} // namespace netlab
