#include "sensorstab.h"

#include "classroomgrid.h"

#include "endpointpicker.h"
#include "statusline.h"

#include <netlab/agentroster.h>

#include <QBrush>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QFileDialog>
#include <QGraphicsRectItem>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonObject>
#include <QKeyEvent>
#include <QLabel>
#include <QLegend>
#include <QLegendMarker>
#include <QLineEdit>
#include <QLineSeries>
#include <QLocale>
#include <QPainter>
#include <QPixmap>
#include <QPushButton>
#include <QSaveFile>
#include <QSettings>
#include <QSignalBlocker>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QValueAxis>
#include <QWheelEvent>

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace netlab {

namespace {

constexpr std::array<qint64, 4> kWindowsMs
    = {5LL * 60 * 1000, 3600LL * 1000, 24LL * 3600 * 1000, 7LL * 24 * 3600 * 1000};
constexpr qint64 kMinSpanMs = 10'000;
constexpr qint64 kMaxSpanMs = 30LL * 24 * 3600 * 1000;
constexpr int kTickMs = 1000; // the live window moves and open gaps grow without readings

enum Column { AgentColumn, StateColumn, SensorColumn, LastColumn, NowColumn, FailuresColumn };

const std::array<QColor, AgentRoster::kMaxAgents> kPalette
    = {QColor(0x1f, 0x6f, 0xd0), QColor(0xd0, 0x43, 0x2b), QColor(0x2a, 0x9d, 0x3f),
        QColor(0x8e, 0x44, 0xad), QColor(0xe0, 0x8a, 0x00), QColor(0x16, 0xa0, 0xa0),
        QColor(0x7f, 0x55, 0x39), QColor(0xc2, 0x18, 0x5b)};

QChartView *makeChart(const QString &title, QDateTimeAxis **timeAxis, QValueAxis **valueAxis,
    const QString &unit, QWidget *parent)
{
    auto *chart = new QChart;
    chart->setTitle(title);
    chart->legend()->hide();
    chart->legend()->setAlignment(Qt::AlignTop);
    chart->setMargins(QMargins(4, 4, 4, 4));
    *timeAxis = new QDateTimeAxis(chart);
    (*timeAxis)->setFormat(u"HH:mm:ss"_s);
    (*timeAxis)->setTickCount(6);
    *valueAxis = new QValueAxis(chart);
    (*valueAxis)
        ->setLabelFormat(u"%.1f"_s); // printf-style, Latin-1 only: the unit goes in the title
    (*valueAxis)->setTitleText(unit);
    chart->addAxis(*timeAxis, Qt::AlignBottom);
    chart->addAxis(*valueAxis, Qt::AlignLeft);
    auto *view = new QChartView(chart, parent);
    view->setRenderHint(QPainter::Antialiasing);
    view->setRubberBand(QChartView::HorizontalRubberBand); // drag to zoom, right-click to zoom out
    view->setMinimumHeight(160);
    view->setFocusPolicy(Qt::StrongFocus);
    return view;
}

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

QPixmap swatch(const QColor &color)
{
    QPixmap pixmap(12, 12);
    pixmap.fill(color);
    return pixmap;
}

} // namespace

SensorsTab::SensorsTab(AgentRoster *agents, QWidget *parent)
    : LabTab(parent)
    , m_agents(agents)
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

    m_addButton = new QPushButton(tr("&Add agent"), this);
    m_addButton->setObjectName(u"addAgentButton"_s);
    m_addButton->setToolTip(tr("Follow the agent at this address too (up to %n agent(s))", nullptr,
        AgentRoster::kMaxAgents));

    m_agentList = new QTreeWidget(this);
    m_agentList->setObjectName(u"agentList"_s);
    m_agentList->setAccessibleName(tr("Agents"));
    m_agentList->setRootIsDecorated(false);
    m_agentList->setUniformRowHeights(true);
    m_agentList->setHeaderLabels({tr("Agent"), tr("State"), tr("Sensor"), tr("Last reading"),
        tr("Now"), tr("Sensor failures")});
    m_agentList->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_agentList->header()->setStretchLastSection(true);

    m_connectButton = new QPushButton(this);
    m_connectButton->setObjectName(u"connectButton"_s);
    m_connectButton->setToolTip(tr("Connect to the selected agent or disconnect (Ctrl+K)"));
    m_removeButton = new QPushButton(tr("&Remove"), this);
    m_removeButton->setObjectName(u"removeAgentButton"_s);
    m_removeButton->setAccessibleName(tr("Remove the selected agent"));
    m_removeButton->setToolTip(tr("Stop following the selected agent (Delete in the list)"));

    m_window = new QComboBox(this);
    m_window->setObjectName(u"windowCombo"_s);
    m_window->addItems({tr("5 minutes"), tr("1 hour"), tr("24 hours"), tr("7 days")});
    auto *windowLabel = new QLabel(tr("&Window:"), this);
    windowLabel->setBuddy(m_window);

    m_pause = new QCheckBox(tr("&Pause"), this);
    m_pause->setObjectName(u"pauseCheck"_s);
    m_pause->setToolTip(tr("Freeze the charts (readings keep arriving)"));
    m_liveButton = new QPushButton(tr("Follow &live"), this);
    m_liveButton->setObjectName(u"followLiveButton"_s);
    m_liveButton->setToolTip(tr("Back to the moving window after zooming (End). Zoom: drag or "
                                "wheel over a chart, or + and -; move with the arrow keys."));
    m_led = new QCheckBox(tr("&LED on"), this);
    m_led->setObjectName(u"ledCheck"_s);
    m_led->setToolTip(tr("Switch the selected agent's LED (needs the token; Ctrl+Return)"));
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
    m_statsLabel->setWordWrap(true);
    m_status = new StatusLine(this);
    m_status->setObjectName(u"statusLine"_s);

    m_temperatureView
        = makeChart(tr("Temperature"), &m_temperatureTime, &m_temperatureAxis, u"°C"_s, this);
    m_temperatureView->setObjectName(u"temperatureChart"_s);
    m_temperatureView->setAccessibleName(tr("Temperature chart"));
    m_humidityView = makeChart(tr("Humidity"), &m_humidityTime, &m_humidityAxis, u"%"_s, this);
    m_humidityView->setObjectName(u"humidityChart"_s);
    m_humidityView->setAccessibleName(tr("Humidity chart"));

    auto *top = new QHBoxLayout;
    top->addWidget(m_endpoint, 2);
    top->addWidget(tokenLabel);
    top->addWidget(m_token, 1);
    top->addWidget(m_addButton);
    auto *agentButtons = new QVBoxLayout;
    agentButtons->addWidget(m_connectButton);
    agentButtons->addWidget(m_removeButton);
    agentButtons->addStretch();
    auto *agentsRow = new QHBoxLayout;
    agentsRow->addWidget(m_agentList, 1);
    agentsRow->addLayout(agentButtons);
    auto *controls = new QHBoxLayout;
    controls->addWidget(windowLabel);
    controls->addWidget(m_window);
    controls->addWidget(m_pause);
    controls->addWidget(m_liveButton);
    controls->addSpacing(12);
    controls->addWidget(m_led);
    controls->addStretch();
    controls->addWidget(m_exportButton);
    controls->addWidget(m_pngButton);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(agentsRow);
    layout->addWidget(m_agentLabel);
    layout->addLayout(controls);
    layout->addWidget(m_statsLabel);
    layout->addWidget(m_temperatureView, 1);
    layout->addWidget(m_humidityView, 1);
    layout->addWidget(m_status);

    m_refreshTimer = new QTimer(this);
    m_refreshTimer->setSingleShot(true);
    connect(m_refreshTimer, &QTimer::timeout, this, &SensorsTab::refreshCharts);
    auto *tick = new QTimer(this);
    tick->setInterval(kTickMs);
    connect(tick, &QTimer::timeout, this, &SensorsTab::scheduleRefresh);
    tick->start();
    m_sinceRefresh.start();

    connect(m_addButton, &QPushButton::clicked, this, [this] { addAgentFromInputs(); });
    connect(m_connectButton, &QPushButton::clicked, this, &SensorsTab::toggleConnection);
    connect(m_removeButton, &QPushButton::clicked, this, [this] {
        const int index = selectedAgent();
        if (index < 0)
            return;
        const QString name = agentName(m_agents->client(index));
        m_agents->remove(index);
        m_status->showInfo(tr("%1 removed; its readings are forgotten here (the agent keeps "
                              "them)")
                               .arg(name));
    });
    connect(m_agentList, &QTreeWidget::currentItemChanged, this, &SensorsTab::showSelection);
    // textChanged, not textEdited: text set through accessibility (a screen reader, UI
    // automation) counts as typed; the tab's own setText is blocked in showSelection().
    connect(m_token, &QLineEdit::textChanged, this, [this](const QString &token) {
        m_tokenTyped = true;
        if (AgentClient *client = selectedClient())
            client->setToken(token.trimmed().toUtf8());
    });
    connect(m_window, &QComboBox::currentIndexChanged, this, [this] {
        m_live = true; // a window choice is a live view
        m_dirty = true;
        refreshCharts();
    });
    connect(m_pause, &QCheckBox::toggled, this, [this](bool paused) {
        if (!paused)
            scheduleRefresh();
    });
    connect(m_liveButton, &QPushButton::clicked, this, &SensorsTab::followLive);
    // toggled, not clicked: a screen reader's toggle action sends too; the tab's own updates
    // go through showLed(), which sends nothing.
    connect(m_led, &QCheckBox::toggled, this, [this](bool on) {
        AgentClient *client = selectedClient();
        if (!client)
            return;
        client->setLed(on);
        m_status->showInfo(on ? tr("Switching the LED on…") : tr("Switching the LED off…"));
    });
    connect(m_exportButton, &QPushButton::clicked, this, &SensorsTab::exportCsv);
    connect(m_pngButton, &QPushButton::clicked, this, &SensorsTab::savePng);

    m_agentList->installEventFilter(this); // Delete removes the selected agent
    for (QChartView *view : {m_temperatureView, m_humidityView}) {
        view->installEventFilter(this);
        view->viewport()->installEventFilter(this);
        connect(view->chart(), &QChart::plotAreaChanged, this, &SensorsTab::placeBands);
    }
    for (QDateTimeAxis *axis : {m_temperatureTime, m_humidityTime}) {
        connect(axis, &QDateTimeAxis::rangeChanged, this,
            [this](const QDateTime &from, const QDateTime &to) {
                if (!m_applyingRange)
                    userChangedRange(from.toMSecsSinceEpoch(), to.toMSecsSinceEpoch());
            });
    }

    connect(m_agents, &AgentRoster::agentAdded, this, &SensorsTab::addAgentView);
    connect(m_agents, &AgentRoster::agentRemoving, this, &SensorsTab::removeAgentView);
    for (int i = 0; i < m_agents->count(); ++i)
        addAgentView(i);
    fitAgentList();
    selectFirstAgent();
    updateButtons();
    showAgentLabel();
    refreshCharts();
}

SensorsTab::~SensorsTab()
{
    // QWidget's destructor hides and deletes the children after this one has run: nothing of
    // theirs may reach this tab's slots or filter by then.
    m_agentList->removeEventFilter(this);
    m_agentList->disconnect(this);
    for (QChartView *view : {m_temperatureView, m_humidityView}) {
        view->removeEventFilter(this);
        view->viewport()->removeEventFilter(this);
        view->chart()->disconnect(this);
    }
    m_temperatureTime->disconnect(this);
    m_humidityTime->disconnect(this);
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
    QStringList urls;
    for (const QUrl &url : m_agents->rememberedUrls())
        urls.append(url.toString());
    settings.setValue(u"agents"_s, urls);
    if (m_classroom)
        m_classroom->saveSettings(settings);
}

void SensorsTab::restoreSettings(const QSettings &settings)
{
    if (m_classroom)
        m_classroom->restoreSettings(settings);
    if (m_agents->count() == 0)
        m_endpoint->restoreSettings(settings);
    m_window->setCurrentIndex(qBound(0, settings.value(u"window"_s, 0).toInt(), 3));
    // The agents followed last time, connected again (already followed ones stay as they are).
    const QStringList urls = settings.value(u"agents"_s).toStringList();
    for (const QString &text : urls) {
        const QUrl url(text, QUrl::StrictMode);
        if (!url.isValid() || url.scheme() != u"http" || url.host().isEmpty()
            || m_agents->indexOf(url) >= 0)
            continue;
        const int index = m_agents->add(url);
        if (index >= 0)
            m_agents->client(index)->connectToAgent();
    }
    if (selectedAgent() < 0)
        selectFirstAgent();
}

qint64 SensorsTab::windowMs() const
{
    return kWindowsMs[std::size_t(qBound(0, m_window->currentIndex(), 3))];
}

int SensorsTab::selectedAgent() const
{
    QTreeWidgetItem *item = m_agentList->currentItem();
    return item ? m_agentList->indexOfTopLevelItem(item) : -1;
}

void SensorsTab::selectFirstAgent()
{
    // The built-in agent is selected only by a click on its row: until then the form stays
    // ready for a new agent (port 8750, no token) instead of showing its random port and
    // its token, which a student would otherwise reuse for their Pi.
    for (int i = 0; i < m_agents->count(); ++i) {
        if (!m_agents->isEmbedded(i)) {
            selectAgent(i);
            return;
        }
    }
}

void SensorsTab::selectAgent(int index)
{
    if (QTreeWidgetItem *item = m_agentList->topLevelItem(index))
        m_agentList->setCurrentItem(item);
}

AgentClient *SensorsTab::selectedClient() const
{
    return m_agents->client(selectedAgent());
}

SensorHistory *SensorsTab::selectedHistory() const
{
    return m_agents->history(selectedAgent());
}

qsizetype SensorsTab::temperaturePointCount() const
{
    qsizetype count = 0;
    for (const AgentView &view : m_views) {
        for (const QLineSeries *series : view.temperature)
            count += series->count();
    }
    return count;
}

qsizetype SensorsTab::humidityPointCount() const
{
    qsizetype count = 0;
    for (const AgentView &view : m_views) {
        for (const QLineSeries *series : view.humidity)
            count += series->count();
    }
    return count;
}

int SensorsTab::segmentCount(int agent) const
{
    return agent >= 0 && agent < m_views.size() ? m_views[agent].segments : 0;
}

int SensorsTab::gapBandCount(int agent) const
{
    if (agent < 0 || agent >= m_views.size())
        return 0;
    int visible = 0;
    for (const Band &band : m_views[agent].bands)
        visible += band.temperature->isVisible() ? 1 : 0;
    return visible;
}

QString SensorsTab::agentName(const AgentClient *client) const
{
    if (!client)
        return QString();
    const QUrl url = client->baseUrl();
    const QString host = url.host().contains(u':') ? u"[%1]"_s.arg(url.host()) : url.host();
    const QString address = u"%1:%2"_s.arg(host).arg(url.port(kDefaultPort));
    const QString name = client->info().value(u"host").toString();
    return name.isEmpty() || name == url.host() ? address : tr("%1 (%2)").arg(name, address);
}

QString SensorsTab::stateText(const AgentClient *client) const
{
    switch (client->state()) {
    case AgentClient::State::Disconnected:
        return tr("not connected");
    case AgentClient::State::Connecting:
        return tr("connecting");
    case AgentClient::State::Online:
        return tr("online");
    case AgentClient::State::Reconnecting:
        return tr("offline, reconnecting");
    }
    return QString();
}

void SensorsTab::addAgentView(int index)
{
    AgentView view;
    view.client = m_agents->client(index);
    view.history = m_agents->history(index);
    for (const QColor &color : kPalette) {
        const bool used = std::any_of(m_views.cbegin(), m_views.cend(),
            [&color](const AgentView &other) { return other.color == color; });
        if (!used) {
            view.color = color;
            break;
        }
    }
    m_views.insert(index, view);
    fitAgentList();
    bindClient(m_views[index]);
    auto *item = new QTreeWidgetItem;
    item->setIcon(AgentColumn, swatch(view.color));
    m_agentList->insertTopLevelItem(index, item);
    showAgentRow(index);
    const bool several = m_views.size() > 1;
    m_temperatureView->chart()->legend()->setVisible(several);
    m_humidityView->chart()->legend()->setVisible(several);
    if (selectedAgent() < 0 && !m_agents->isEmbedded(index))
        selectAgent(index);
    m_views[index].dirty = true;
    scheduleRefresh();
}

void SensorsTab::removeAgentView(int index)
{
    if (index < 0 || index >= m_views.size())
        return;
    AgentView view = m_views.takeAt(index);
    view.client->disconnect(this);
    view.history->disconnect(this);
    for (QLineSeries *series : std::as_const(view.temperature)) {
        m_temperatureView->chart()->removeSeries(series);
        delete series;
    }
    for (QLineSeries *series : std::as_const(view.humidity)) {
        m_humidityView->chart()->removeSeries(series);
        delete series;
    }
    for (const Band &band : std::as_const(view.bands)) {
        delete band.temperature;
        delete band.humidity;
    }
    delete m_agentList->takeTopLevelItem(index);
    fitAgentList();
    const bool several = m_views.size() > 1;
    m_temperatureView->chart()->legend()->setVisible(several);
    m_humidityView->chart()->legend()->setVisible(several);
    showSelection();
    scheduleRefresh();
}

void SensorsTab::fitAgentList()
{
    // Room for every agent (two rows at least) and the header, no more.
    const int rows = qMax(2, int(m_views.size()));
    const int row = qMax(m_agentList->sizeHintForRow(0), fontMetrics().height() + 4);
    m_agentList->setFixedHeight(m_agentList->header()->sizeHint().height() + rows * row
        + 2 * m_agentList->frameWidth() + 2);
}

void SensorsTab::bindClient(AgentView &view)
{
    AgentClient *client = view.client;
    SensorHistory *history = view.history;
    const auto isSelected = [this, client] { return selectedClient() == client; };
    const auto rowChanged = [this, client] {
        const int index = m_agents->indexOf(client);
        showAgentRow(index);
        if (index == selectedAgent()) {
            showAgentLabel();
            updateButtons();
        }
    };
    connect(client, &AgentClient::stateChanged, this, rowChanged);
    connect(client, &AgentClient::infoReceived, this, [this, client, rowChanged] {
        rowChanged();
        if (selectedClient() == client)
            showLed(client->info().value(u"led").toObject().value(u"on").toBool());
    });
    connect(client, &AgentClient::historyLoaded, this, [this, client, isSelected](int count) {
        if (isSelected())
            m_status->showInfo(
                tr("%1: %n stored reading(s) fetched; following the live stream", nullptr, count)
                    .arg(agentName(client)));
    });
    connect(client, &AgentClient::errorOccurred, this, [this, client](const QString &message) {
        const QString text
            = tr("%1 — retrying in %2 s")
                  .arg(message)
                  .arg(QLocale().toString(client->reconnectDelayMs() / 2000.0, 'f', 0));
        m_status->showError(text);
        emit statusMessage(text);
        const int index = m_agents->indexOf(client);
        if (QTreeWidgetItem *item = m_agentList->topLevelItem(index))
            item->setToolTip(StateColumn, message);
    });
    connect(client, &AgentClient::ledChanged, this, [this, isSelected](bool on) {
        if (!isSelected())
            return;
        showLed(on);
        m_status->showInfo(on ? tr("LED on") : tr("LED off"));
    });
    connect(client, &AgentClient::ledRequestFailed, this,
        [this, isSelected](int status, const QString &message) {
            if (!isSelected())
                return;
            showLed(!m_led->isChecked());
            if (status == 401) {
                m_status->showError(tr("The agent refused the LED: %1. Paste the token that "
                                       "`sudo netlab-agent token` shows on the Pi into Token.")
                                        .arg(message));
                m_token->setFocus();
            } else {
                m_status->showError(tr("The LED was not switched: %1").arg(message));
            }
        });
    connect(history, &SensorHistory::changed, this, [this, client] {
        const int index = m_agents->indexOf(client);
        if (index >= 0 && index < m_views.size())
            m_views[index].dirty = true;
        scheduleRefresh();
    });
    connect(history, &SensorHistory::failureRecorded, this,
        [this, client, rowChanged](const QString &kind, const QString &message) {
            if (selectedClient() == client)
                m_status->showError(
                    tr("Sensor failure on %1 (%2): %3").arg(agentName(client), kind, message));
            rowChanged();
        });
}

void SensorsTab::addAgentFromInputs()
{
    if (!m_endpoint->isValid()) {
        m_status->showError(m_endpoint->errorString());
        m_endpoint->setFocus();
        return;
    }
    QUrl url;
    url.setScheme(u"http"_s);
    url.setHost(m_endpoint->host());
    url.setPort(m_endpoint->port());
    url.setPath(u"/"_s);
    const int existing = m_agents->indexOf(url);
    // A new agent gets only a token typed for it, never the one the form showed for the
    // agent selected before (the built-in agent's, say).
    const QByteArray token
        = existing >= 0 || m_tokenTyped ? m_token->text().trimmed().toUtf8() : QByteArray();
    const int index = m_agents->add(url, token);
    if (index < 0) {
        m_status->showError(tr("The tab follows %n agent(s) at most; remove one first.", nullptr,
            AgentRoster::kMaxAgents));
        return;
    }
    m_endpoint->rememberCurrent();
    selectAgent(index);
    AgentClient *client = m_agents->client(index);
    if (client->state() == AgentClient::State::Disconnected) {
        m_status->showInfo(tr("Connecting to %1…").arg(agentName(client)));
        client->connectToAgent();
    } else if (existing >= 0) {
        m_status->showInfo(tr("%1 is followed already").arg(agentName(client)));
    }
}

void SensorsTab::toggleConnection()
{
    AgentClient *client = selectedClient();
    QUrl typed;
    typed.setScheme(u"http"_s);
    typed.setHost(m_endpoint->host());
    typed.setPort(m_endpoint->port());
    // Another address typed: that one is meant.
    if (!client || (m_endpoint->isValid() && m_agents->indexOf(typed) != selectedAgent())) {
        addAgentFromInputs();
        return;
    }
    if (client->state() != AgentClient::State::Disconnected) {
        client->disconnectFromAgent();
        m_status->showInfo(tr("Disconnected from %1").arg(agentName(client)));
        return;
    }
    m_status->showInfo(tr("Connecting to %1…").arg(agentName(client)));
    client->connectToAgent();
}

void SensorsTab::send()
{
    if (m_led->isEnabled())
        m_led->click();
}

void SensorsTab::clearLog()
{
    if (SensorHistory *history = selectedHistory())
        history->clear();
}

void SensorsTab::saveLog()
{
    exportCsv();
}

void SensorsTab::showLed(bool on)
{
    const QSignalBlocker shown(m_led);
    m_led->setChecked(on);
}

void SensorsTab::showSelection()
{
    AgentClient *client = selectedClient();
    {
        const QSignalBlocker shown(m_token); // the agent's own token, not one typed for it
        m_token->setText(client ? QString::fromUtf8(client->token()) : QString());
    }
    m_tokenTyped = false;
    if (client) {
        m_endpoint->setHost(client->baseUrl().host());
        m_endpoint->setPort(quint16(client->baseUrl().port(kDefaultPort)));
        showLed(client->info().value(u"led").toObject().value(u"on").toBool());
    }
    updateButtons();
    showAgentLabel();
    m_dirty = true;
    scheduleRefresh(); // the statistics are the selected agent's
}

void SensorsTab::updateButtons()
{
    AgentClient *client = selectedClient();
    const bool disconnected = !client || client->state() == AgentClient::State::Disconnected;
    m_connectButton->setText(disconnected ? tr("&Connect") : tr("Dis&connect"));
    m_connectButton->setEnabled(client != nullptr);
    m_removeButton->setEnabled(client != nullptr);
    const QJsonObject led = client ? client->info().value(u"led").toObject() : QJsonObject();
    m_led->setEnabled(client && client->state() == AgentClient::State::Online
        && led.value(u"available").toBool(true));
    m_led->setToolTip(led.contains(u"problem")
            ? tr("This agent has no LED: %1").arg(led.value(u"problem").toString())
            : tr("Switch the selected agent's LED (needs the token; Ctrl+Return)"));
    m_exportButton->setEnabled(client != nullptr);
}

void SensorsTab::showAgentRow(int index)
{
    QTreeWidgetItem *item = m_agentList->topLevelItem(index);
    AgentClient *client = m_agents->client(index);
    SensorHistory *history = m_agents->history(index);
    if (!item || !client)
        return;
    QString name = agentName(client);
    if (m_agents->isEmbedded(index))
        name = tr("%1 — built in").arg(name);
    item->setText(AgentColumn, name);
    item->setText(StateColumn, stateText(client));
    const QJsonObject sensor = client->info().value(u"sensor").toObject();
    item->setText(SensorColumn, sensorText(sensor));
    if (history->size() > 0) {
        const AgentClient::Reading &last = history->at(history->size() - 1);
        item->setText(
            LastColumn, QDateTime::fromMSecsSinceEpoch(last.t).toString(u"yyyy-MM-dd HH:mm:ss"_s));
        item->setText(NowColumn,
            tr("%1 °C, %2 %")
                .arg(QLocale().toString(last.temperatureC, 'f', 1))
                .arg(QLocale().toString(last.humidityPct, 'f', 1)));
    } else {
        item->setText(LastColumn, tr("none yet"));
        item->setText(NowColumn, QString());
    }
    item->setText(FailuresColumn, QLocale().toString(history->failureCount()));
    item->setToolTip(FailuresColumn, history->lastFailure());
}

void SensorsTab::showAgentLabel()
{
    AgentClient *client = selectedClient();
    SensorHistory *history = selectedHistory();
    if (!client) {
        m_agentLabel->setText(tr("No agent: type the address of a Pi running netlab-agent "
                                 "(port %1) and choose Add agent.")
                                  .arg(kDefaultPort));
        return;
    }
    QString text = tr("Agent %1: %2").arg(agentName(client), stateText(client));
    const QJsonObject info = client->info();
    if (!info.isEmpty())
        text += tr(" · %1").arg(sensorText(info.value(u"sensor").toObject()));
    if (history->size() > 0)
        text += tr(" · last reading %1")
                    .arg(QDateTime::fromMSecsSinceEpoch(history->lastTimestamp())
                             .toString(u"HH:mm:ss"_s));
    text += tr(" · sensor failures: %1").arg(history->failureCount());
    if (client->badEventCount() > 0)
        text += tr(
            " · %n malformed message(s) from the agent ignored", nullptr, client->badEventCount());
    m_agentLabel->setText(text);
}

void SensorsTab::showStats(const SensorHistory::Stats &stats)
{
    if (!selectedClient()) {
        m_statsLabel->clear();
        return;
    }
    if (stats.count == 0) {
        m_statsLabel->setText(tr("No readings in this window yet"));
        return;
    }
    m_statsLabel->setText(
        tr("Now %1 °C, %2 %   ·   window: %3 readings, temperature %4…%5 °C (mean %6), "
           "humidity %7…%8 % (mean %9)")
            .arg(QLocale().toString(stats.last.temperatureC, 'f', 1))
            .arg(QLocale().toString(stats.last.humidityPct, 'f', 1))
            .arg(stats.count)
            .arg(QLocale().toString(stats.minT, 'f', 1))
            .arg(QLocale().toString(stats.maxT, 'f', 1))
            .arg(QLocale().toString(stats.meanT, 'f', 1))
            .arg(QLocale().toString(stats.minH, 'f', 1))
            .arg(QLocale().toString(stats.maxH, 'f', 1))
            .arg(QLocale().toString(stats.meanH, 'f', 1)));
}

void SensorsTab::scheduleRefresh()
{
    m_dirty = true;
    if (m_pause->isChecked() || m_refreshTimer->isActive())
        return;
    // At most one refresh per kRefreshMs, but no waiting when the last one is older: a new
    // reading reaches the chart at once.
    m_refreshTimer->start(int(qMax<qint64>(0, kRefreshMs - m_sinceRefresh.elapsed())));
}

void SensorsTab::followLive()
{
    m_live = true;
    m_status->showInfo(tr("Following the live readings"));
    scheduleRefresh();
}

void SensorsTab::zoomTime(double factor, qint64 centreMs)
{
    const qint64 span
        = qBound(kMinSpanMs, qint64(double(m_viewTo - m_viewFrom) * factor), kMaxSpanMs);
    const double before = m_viewTo > m_viewFrom
        ? double(centreMs - m_viewFrom) / double(m_viewTo - m_viewFrom)
        : 0.5;
    const qint64 from = centreMs - qint64(double(span) * qBound(0.0, before, 1.0));
    userChangedRange(from, from + span);
}

void SensorsTab::panTime(double fraction)
{
    const qint64 shift = qint64(double(m_viewTo - m_viewFrom) * fraction);
    userChangedRange(m_viewFrom + shift, m_viewTo + shift);
}

void SensorsTab::userChangedRange(qint64 from, qint64 to)
{
    if (to - from < kMinSpanMs) {
        const qint64 centre = from + (to - from) / 2;
        from = centre - kMinSpanMs / 2;
        to = from + kMinSpanMs;
    }
    m_live = false;
    m_viewFrom = from;
    m_viewTo = to;
    applyRange(from, to);
    for (AgentView &view : m_views)
        view.dirty = true;
    m_status->showInfo(tr("Zoomed to %1 – %2: the charts hold still; Follow live (End) goes back "
                          "to the moving window")
                           .arg(QDateTime::fromMSecsSinceEpoch(from).toString(u"dd.MM HH:mm:ss"_s),
                               QDateTime::fromMSecsSinceEpoch(to).toString(u"dd.MM HH:mm:ss"_s)));
    scheduleRefresh();
}

void SensorsTab::applyRange(qint64 from, qint64 to)
{
    const qint64 span = to - from;
    const QString format = span > 2LL * 24 * 3600 * 1000 ? u"dd.MM HH:mm"_s
        : span > 2LL * 3600 * 1000                       ? u"HH:mm"_s
                                                         : u"HH:mm:ss"_s;
    m_applyingRange = true;
    for (QDateTimeAxis *axis : {m_temperatureTime, m_humidityTime}) {
        axis->setRange(QDateTime::fromMSecsSinceEpoch(from), QDateTime::fromMSecsSinceEpoch(to));
        if (axis->format() != format)
            axis->setFormat(format);
    }
    m_applyingRange = false;
}

QLineSeries *SensorsTab::addSeries(
    QChart *chart, const QColor &color, const QString &name, bool legend)
{
    auto *series = new QLineSeries;
    // A one-pixel pen takes Qt's fast path for lines; thicker ones are stroked as polygons.
    QPen pen(color);
    pen.setWidth(1);
    series->setPen(pen);
    series->setName(name);
    chart->addSeries(series);
    series->attachAxis(chart == m_temperatureView->chart()
            ? static_cast<QAbstractAxis *>(m_temperatureTime)
            : m_humidityTime);
    series->attachAxis(chart == m_temperatureView->chart()
            ? static_cast<QAbstractAxis *>(m_temperatureAxis)
            : m_humidityAxis);
    const QList<QLegendMarker *> markers = chart->legend()->markers(series);
    for (QLegendMarker *marker : markers)
        marker->setVisible(legend);
    return series;
}

QGraphicsRectItem *SensorsTab::addBand(QChart *chart, const QColor &color)
{
    auto *band = new QGraphicsRectItem(chart);
    band->setData(0, color);
    band->setPen(Qt::NoPen);
    band->setZValue(1000); // over the plot area; the line is absent there anyway
    band->setAcceptedMouseButtons(Qt::NoButton); // the rubber band sees the drag
    band->setVisible(false);
    return band;
}

void SensorsTab::ensureBands(AgentView &view, int count)
{
    while (view.bands.size() < count) {
        Band band;
        band.temperature = addBand(m_temperatureView->chart(), view.color);
        band.humidity = addBand(m_humidityView->chart(), view.color);
        view.bands.append(band);
    }
}

void SensorsTab::feedAgent(AgentView &view, qint64 from, qint64 to, int columns)
{
    const SensorHistory::Series series = view.history->decimate(from, to, columns);
    const QString name = agentName(view.client);
    while (view.temperature.size() < series.segments.size()) {
        const bool first = view.temperature.isEmpty();
        view.temperature.append(addSeries(m_temperatureView->chart(), view.color, name, first));
        view.humidity.append(addSeries(m_humidityView->chart(), view.color, name, first));
    }
    for (qsizetype k = 0; k < view.temperature.size(); ++k) {
        if (k < series.segments.size()) {
            view.temperature[k]->replace(series.segments[k].temperature);
            view.humidity[k]->replace(series.segments[k].humidity);
        } else if (view.temperature[k]->count() > 0) {
            view.temperature[k]->clear();
            view.humidity[k]->clear();
        }
    }
    if (!view.temperature.isEmpty() && view.temperature.first()->name() != name) {
        for (QLineSeries *s : std::as_const(view.temperature))
            s->setName(name);
        for (QLineSeries *s : std::as_const(view.humidity))
            s->setName(name);
    }
    view.segments = series.pointCount() > 0 ? int(series.segments.size()) : 0;
    ensureBands(view, int(series.gaps.size()));
    for (qsizetype k = 0; k < view.bands.size(); ++k) {
        if (k < series.gaps.size())
            view.bands[k].gap = series.gaps[k];
    }
    view.bandsUsed = int(series.gaps.size());
    view.dirty = false;
    view.stats = series.stats;
}

void SensorsTab::refreshCharts()
{
    if (!m_dirty)
        return;
    m_dirty = false;
    m_sinceRefresh.restart();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const QRectF plot = m_temperatureView->chart()->plotArea();
    const int columns
        = qMax(100, plot.width() > 10 ? int(plot.width()) : m_temperatureView->width());
    if (m_live) {
        qint64 latest = now;
        for (const AgentView &view : std::as_const(m_views))
            latest = qMax(latest, view.history->lastTimestamp());
        // The right edge moves a whole column at a time, so between columns a new reading
        // changes one series, not the axes (which would lay every series out again).
        const qint64 column = qMax<qint64>(1, windowMs() / columns);
        const qint64 to = (latest / column + 1) * column;
        if (to != m_viewTo || to - windowMs() != m_viewFrom) {
            m_viewTo = to;
            m_viewFrom = to - windowMs();
            for (AgentView &view : m_views)
                view.dirty = true;
        }
    }
    applyRange(m_viewFrom, m_viewTo);

    for (AgentView &view : m_views) {
        if (view.dirty)
            feedAgent(view, m_viewFrom, m_viewTo, columns);
    }
    const int selected = selectedAgent();
    showStats(selected >= 0 && selected < m_views.size() ? m_views[selected].stats
                                                         : SensorHistory::Stats());

    // Both value axes cover every agent's readings in view.
    double minT = std::numeric_limits<double>::max(), maxT = std::numeric_limits<double>::lowest();
    double minH = minT, maxH = maxT;
    for (const AgentView &view : std::as_const(m_views)) {
        if (view.stats.count == 0)
            continue;
        minT = qMin(minT, view.stats.minT);
        maxT = qMax(maxT, view.stats.maxT);
        minH = qMin(minH, view.stats.minH);
        maxH = qMax(maxH, view.stats.maxH);
    }
    if (minT <= maxT) {
        const double lowT = std::floor(minT - 1), highT = std::ceil(maxT + 1);
        if (m_temperatureAxis->min() != lowT || m_temperatureAxis->max() != highT)
            m_temperatureAxis->setRange(lowT, highT);
        const double lowH = qMax(0.0, std::floor(minH - 2));
        const double highH = qMin(100.0, std::ceil(maxH + 2));
        if (m_humidityAxis->min() != lowH || m_humidityAxis->max() != highH)
            m_humidityAxis->setRange(lowH, highH);
    }
    placeBands();
    if (selected >= 0 && selected < m_views.size() && m_views[selected].stats.count > 0) {
        int failed = 0, offline = 0;
        const AgentView &view = m_views[selected];
        for (int k = 0; k < view.bands.size(); ++k) {
            if (view.bands[k].temperature->isVisible())
                ++(view.bands[k].gap.sensorFailed ? failed : offline);
        }
        if (failed + offline > 0)
            m_statsLabel->setText(m_statsLabel->text() + u"   ·   "_s
                + tr("gaps in view: %1 with the sensor failing (hatched), %2 with no word from "
                     "the agent (shaded)")
                      .arg(failed)
                      .arg(offline));
    }
    for (int i = 0; i < m_views.size(); ++i)
        showAgentRow(i);
    showAgentLabel();
    emit chartsRefreshed();
}

void SensorsTab::placeBands()
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const qint64 span = m_viewTo - m_viewFrom;
    if (span <= 0)
        return;
    const auto duration = [](qint64 ms) {
        const qint64 s = ms / 1000;
        if (s < 120)
            return tr("%n s", nullptr, int(s));
        if (s < 2 * 3600)
            return tr("%1 min %2 s").arg(s / 60).arg(s % 60);
        if (s < 2 * 86400)
            return tr("%1 h %2 min").arg(s / 3600).arg((s % 3600) / 60);
        return tr("%1 d %2 h").arg(s / 86400).arg((s % 86400) / 3600);
    };
    const auto timeText
        = [](qint64 t) { return QDateTime::fromMSecsSinceEpoch(t).toString(u"dd.MM HH:mm:ss"_s); };
    for (AgentView &view : m_views) {
        // The gap up to now, when the agent has been silent for longer than its threshold.
        const qint64 last = view.history->lastTimestamp();
        const bool silent = view.history->size() > 0 && now - last > view.history->gapThresholdMs();
        const int wanted = view.bandsUsed + (silent ? 1 : 0);
        ensureBands(view, wanted);
        if (silent) {
            Band &open = view.bands[view.bandsUsed];
            open.gap = {last, now, view.history->failuresSinceLastReading() > 0};
            open.open = true;
        }
        const QString name = agentName(view.client);
        for (qsizetype k = 0; k < view.bands.size(); ++k) {
            Band &band = view.bands[k];
            if (k >= wanted) {
                band.temperature->setVisible(false);
                band.humidity->setVisible(false);
                continue;
            }
            if (k < view.bandsUsed)
                band.open = false;
            const SensorHistory::Gap &gap = band.gap;
            QString tip;
            if (band.open)
                tip = gap.sensorFailed
                    ? tr("%1: the sensor has been failing since %2 (%3) — the agent reports "
                         "failed reads and stores no value")
                          .arg(name, timeText(gap.fromMs), duration(gap.durationMs()))
                    : tr("%1: no reading since %2 (%3) — the agent is offline or unreachable")
                          .arg(name, timeText(gap.fromMs), duration(gap.durationMs()));
            else
                tip = gap.sensorFailed
                    ? tr("%1: the sensor failed from %2 to %3 (%4) — no value was stored")
                          .arg(name, timeText(gap.fromMs), timeText(gap.toMs),
                              duration(gap.durationMs()))
                    : tr("%1: no readings from %2 to %3 (%4) — the agent was offline or "
                         "unreachable")
                          .arg(name, timeText(gap.fromMs), timeText(gap.toMs),
                              duration(gap.durationMs()));
            for (QGraphicsRectItem *item : {band.temperature, band.humidity}) {
                // Offline: a light wash in the agent's colour; sensor failing: hatched.
                QColor fill = item->data(0).value<QColor>();
                fill.setAlpha(gap.sensorFailed ? 110 : 38);
                item->setBrush(
                    QBrush(fill, gap.sensorFailed ? Qt::BDiagPattern : Qt::SolidPattern));
                auto *chart = static_cast<QChart *>(item->parentItem());
                const QRectF area = chart->plotArea();
                const double x1 = area.left()
                    + double(qMax(gap.fromMs, m_viewFrom) - m_viewFrom) / double(span)
                        * area.width();
                const double x2 = area.left()
                    + double(qMin(gap.toMs, m_viewTo) - m_viewFrom) / double(span) * area.width();
                item->setRect(
                    QRectF(QPointF(x1, area.top()), QPointF(qMax(x2, x1 + 1), area.bottom())));
                item->setVisible(x2 > area.left() && x1 < area.right());
                item->setToolTip(tip);
            }
        }
    }
}

bool SensorsTab::eventFilter(QObject *watched, QEvent *event)
{
    const bool viewport
        = watched == m_temperatureView->viewport() || watched == m_humidityView->viewport();
    if (viewport && event->type() == QEvent::Wheel) {
        auto *wheel = static_cast<QWheelEvent *>(event);
        if (wheel->angleDelta().y() == 0)
            return false;
        auto *view = watched == m_temperatureView->viewport() ? m_temperatureView : m_humidityView;
        const QRectF area = view->chart()->plotArea();
        const double at = area.width() > 0
            ? qBound(0.0, (wheel->position().x() - area.left()) / area.width(), 1.0)
            : 0.5;
        const qint64 centre = m_viewFrom + qint64(at * double(m_viewTo - m_viewFrom));
        zoomTime(wheel->angleDelta().y() > 0 ? 0.8 : 1.25, centre);
        return true;
    }
    if (watched == m_agentList && event->type() == QEvent::KeyPress
        && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Delete
        && m_removeButton->isEnabled()) {
        m_removeButton->click();
        return true;
    }
    const bool chart = watched == m_temperatureView || watched == m_humidityView;
    if (chart && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const qint64 centre = m_viewFrom + (m_viewTo - m_viewFrom) / 2;
        switch (key->key()) {
        case Qt::Key_Plus:
        case Qt::Key_Equal:
            zoomTime(0.5, centre);
            return true;
        case Qt::Key_Minus:
            zoomTime(2.0, centre);
            return true;
        case Qt::Key_Left:
            panTime(-0.1);
            return true;
        case Qt::Key_Right:
            panTime(0.1);
            return true;
        case Qt::Key_End:
            followLive();
            return true;
        default:
            break;
        }
    }
    return LabTab::eventFilter(watched, event);
}

void SensorsTab::exportCsv()
{
    SensorHistory *history = selectedHistory();
    if (!history)
        return;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export readings"), u"readings.csv"_s, tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(history->toCsv(m_viewFrom, m_viewTo)) < 0
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

void SensorsTab::addClassroom(ClassroomGrid *grid)
{
    m_classroom = grid;
    auto *box = static_cast<QVBoxLayout *>(layout());
    box->insertWidget(box->indexOf(m_status), grid, 1);
}

} // namespace netlab
