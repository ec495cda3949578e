#include "sensorstab.h"

#include "agentlist.h"
#include "classroomgrid.h"
#include "codeview.h"
#include "endpointpicker.h"
#include "plotcontrols.h"
#include "sensorscharts.h"
#include "sensorstext.h"
#include "statusline.h"
#include "timeserieschart.h"

#include <netlab/agentroster.h>
#include <netlab/chartviewport.h>
#include <netlab/devicecode.h>

#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSaveFile>
#include <QSettings>
#include <QSignalBlocker>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;

namespace netlab {

namespace {

constexpr std::array<qint64, 4> kWindowsMs
    = {5LL * 60 * 1000, 3600LL * 1000, 24LL * 3600 * 1000, 7LL * 24 * 3600 * 1000};
constexpr qint64 kMinSpanMs = 10'000;
constexpr qint64 kMaxSpanMs = 30LL * 24 * 3600 * 1000;
constexpr int kTickMs = 1000; // the live window moves and open gaps grow without readings

const std::array<QColor, AgentRoster::kMaxAgents> kPalette
    = {QColor(0x1f, 0x6f, 0xd0), QColor(0xd0, 0x43, 0x2b), QColor(0x2a, 0x9d, 0x3f),
        QColor(0x8e, 0x44, 0xad), QColor(0xe0, 0x8a, 0x00), QColor(0x16, 0xa0, 0xa0),
        QColor(0x7f, 0x55, 0x39), QColor(0xc2, 0x18, 0x5b)};

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

    m_agentList = new AgentList(this);

    m_connectButton = new QPushButton(this);
    m_connectButton->setObjectName(u"connectButton"_s);
    m_connectButton->setToolTip(tr("Connect to the selected agent or disconnect (Ctrl+K)"));
    m_removeButton = new QPushButton(tr("&Remove"), this);
    m_removeButton->setObjectName(u"removeAgentButton"_s);
    m_removeButton->setAccessibleName(tr("Remove the selected agent"));
    m_removeButton->setToolTip(tr("Stop following the selected agent (Delete in the list)"));

    m_led = new QCheckBox(tr("&LED on"), this);
    m_led->setObjectName(u"ledCheck"_s);
    m_led->setToolTip(tr("Switch the selected agent's LED (needs the token; Ctrl+Return)"));
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

    m_range = new ChartViewport(this);
    m_range->setSpanLimits(kMinSpanMs, kMaxSpanMs);
    m_controls = new PlotControls(m_range, {kWindowsMs.cbegin(), kWindowsMs.cend()},
        {tr("5 minutes"), tr("1 hour"), tr("24 hours"), tr("7 days")}, this);
    m_controls->addWidget(m_led);
    m_temperatureView = new TimeSeriesChart(m_range, this);
    m_temperatureView->setTitle(tr("Temperature"));
    m_temperatureView->setUnit(u"°C"_s);
    m_temperatureView->setObjectName(u"temperatureChart"_s);
    m_temperatureView->setAccessibleName(tr("Temperature chart"));
    m_humidityView = new TimeSeriesChart(m_range, this);
    m_humidityView->setTitle(tr("Humidity"));
    m_humidityView->setUnit(u"%"_s);
    m_humidityView->setObjectName(u"humidityChart"_s);
    m_humidityView->setAccessibleName(tr("Humidity chart"));
    for (TimeSeriesChart *chart : {m_temperatureView, m_humidityView})
        chart->setMinimumHeight(160);

    auto *top = new QHBoxLayout;
    top->addWidget(m_endpoint, 2);
    top->addWidget(tokenLabel);
    top->addWidget(m_token, 1);
    top->addWidget(m_addButton);
    m_codeView = new CodeView(this);
    top->addWidget(m_codeView->toggleButton());
    auto *agentButtons = new QVBoxLayout;
    agentButtons->addWidget(m_connectButton);
    agentButtons->addWidget(m_removeButton);
    agentButtons->addStretch();
    auto *agentsRow = new QHBoxLayout;
    agentsRow->addWidget(m_agentList, 1);
    agentsRow->addLayout(agentButtons);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(agentsRow);
    layout->addWidget(m_agentLabel);
    layout->addWidget(m_controls);
    layout->addWidget(m_statsLabel);
    layout->addWidget(m_temperatureView, 1);
    layout->addWidget(m_humidityView, 1);
    layout->addWidget(m_codeView, 1);
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
        const QString name = agentDisplayName(m_agents->client(index));
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
    connect(m_controls, &PlotControls::windowChanged, this, [this] {
        m_dirty = true;
        refreshCharts();
        emit codeChanged();
    });
    connect(m_endpoint, &EndpointPicker::endpointChanged, this, &LabTab::codeChanged);
    connect(m_token, &QLineEdit::textChanged, this, &LabTab::codeChanged);
    connect(m_led, &QCheckBox::toggled, this, &LabTab::codeChanged);
    connect(m_controls, &PlotControls::pausedChanged, this, [this](bool paused) {
        if (!paused)
            scheduleRefresh();
    });
    connect(m_controls, &PlotControls::rangeMessage, m_status, &StatusLine::showInfo);
    connect(m_controls, &PlotControls::exportCsvRequested, this, &SensorsTab::exportCsv);
    connect(m_controls, &PlotControls::saveImageRequested, this, &SensorsTab::saveImage);
    connect(m_range, &ChartViewport::rangeChanged, this, [this] {
        for (AgentView &view : m_views)
            view.dirty = true;
    });
    connect(m_range, &ChartViewport::userMoved, this, &SensorsTab::scheduleRefresh);
    connect(m_range, &ChartViewport::liveChanged, this, &SensorsTab::scheduleRefresh);
    // toggled, not clicked: a screen reader's toggle action sends too; the tab's own updates
    // go through showLed(), which sends nothing.
    connect(m_led, &QCheckBox::toggled, this, [this](bool on) {
        AgentClient *client = selectedClient();
        if (!client)
            return;
        client->setLed(on);
        m_status->showInfo(on ? tr("Switching the LED on…") : tr("Switching the LED off…"));
    });

    connect(m_agentList, &AgentList::removeRequested, this, [this] {
        if (m_removeButton->isEnabled())
            m_removeButton->click();
    });

    connect(m_agents, &AgentRoster::agentAdded, this, &SensorsTab::addAgentView);
    connect(m_agents, &AgentRoster::agentRemoving, this, &SensorsTab::removeAgentView);
    for (int i = 0; i < m_agents->count(); ++i)
        addAgentView(i);
    selectFirstAgent();
    updateButtons();
    showAgentLabel();
    refreshCharts();
}

SensorsTab::~SensorsTab()
{
    // QWidget's destructor hides and deletes the children after this one has run: nothing of
    // theirs may reach this tab's slots by then.
    m_agentList->disconnect(this);
    m_range->disconnect(this);
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
    settings.setValue(u"window"_s, m_controls->windowIndex());
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
    m_controls->setWindowIndex(settings.value(u"window"_s, 0).toInt());
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
    return m_controls->windowMs();
}

int SensorsTab::selectedAgent() const
{
    return m_agentList->currentIndex();
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
    m_agentList->setCurrentIndex(index);
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
    return m_temperatureView->pointCount();
}

qsizetype SensorsTab::humidityPointCount() const
{
    return m_humidityView->pointCount();
}

int SensorsTab::segmentCount(int agent) const
{
    return m_temperatureView->segmentCount(agent);
}

int SensorsTab::gapBandCount(int agent) const
{
    return m_temperatureView->visibleBandCount(agent);
}

qint64 SensorsTab::viewFromMs() const
{
    return m_range->fromMs();
}

qint64 SensorsTab::viewToMs() const
{
    return m_range->toMs();
}

bool SensorsTab::isFollowingLive() const
{
    return m_range->isLive();
}

void SensorsTab::followLive()
{
    m_range->followLive();
}

void SensorsTab::zoomTime(double factor, qint64 centreMs)
{
    m_range->zoom(factor, centreMs);
}

void SensorsTab::panTime(double fraction)
{
    m_range->pan(fraction);
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
    for (TimeSeriesChart *chart : {m_temperatureView, m_humidityView})
        chart->addLine(agentDisplayName(view.client), view.color, index);
    bindClient(m_views[index]);
    m_agentList->insertAgent(index, view.color);
    showAgentRow(index);
    for (TimeSeriesChart *chart : {m_temperatureView, m_humidityView})
        chart->setLegendShown(m_views.size() > 1);
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
    m_temperatureView->removeLine(index);
    m_humidityView->removeLine(index);
    m_agentList->removeAgent(index);
    for (TimeSeriesChart *chart : {m_temperatureView, m_humidityView})
        chart->setLegendShown(m_views.size() > 1);
    showSelection();
    scheduleRefresh();
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
                    .arg(agentDisplayName(client)));
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
                m_status->showError(tr("Sensor failure on %1 (%2): %3")
                                        .arg(agentDisplayName(client), kind, message));
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
        m_status->showInfo(tr("Connecting to %1…").arg(agentDisplayName(client)));
        client->connectToAgent();
    } else if (existing >= 0) {
        m_status->showInfo(tr("%1 is followed already").arg(agentDisplayName(client)));
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
        m_status->showInfo(tr("Disconnected from %1").arg(agentDisplayName(client)));
        return;
    }
    m_status->showInfo(tr("Connecting to %1…").arg(agentDisplayName(client)));
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
    {
        const QSignalBlocker shown(m_led);
        m_led->setChecked(on);
    }
    emit codeChanged();
}

GeneratedCode SensorsTab::code() const
{
    SensorsCode settings;
    settings.host = m_endpoint->host();
    settings.port = m_endpoint->port();
    settings.windowMs = windowMs();
    settings.token = m_token->text().trimmed().toUtf8();
    settings.ledOn = m_led->isChecked();
    return DeviceCode::sensors(settings);
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
    emit codeChanged(); // the form shows the selected agent
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
    m_controls->setExportEnabled(client != nullptr);
}

void SensorsTab::showAgentRow(int index)
{
    m_agentList->showAgent(
        index, m_agents->client(index), m_agents->history(index), m_agents->isEmbedded(index));
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
    m_agentLabel->setText(agentSummary(client, history));
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
    m_statsLabel->setText(statsText(stats));
}

void SensorsTab::scheduleRefresh()
{
    m_dirty = true;
    if (m_controls->isPaused() || m_refreshTimer->isActive())
        return;
    // At most one refresh per kRefreshMs, but no waiting when the last one is older: a new
    // reading reaches the chart at once.
    m_refreshTimer->start(int(qMax<qint64>(0, kRefreshMs - m_sinceRefresh.elapsed())));
}

void SensorsTab::feedAgent(int index, int columns)
{
    AgentView &view = m_views[index];
    const SensorHistory::Series series
        = view.history->decimate(m_range->fromMs(), m_range->toMs(), columns);
    QList<QList<QPointF>> temperature, humidity;
    for (const SensorHistory::Segment &segment : series.segments) {
        temperature.append(segment.temperature);
        humidity.append(segment.humidity);
    }
    m_temperatureView->setSegments(index, temperature);
    m_humidityView->setSegments(index, humidity);
    const QString name = agentDisplayName(view.client);
    for (TimeSeriesChart *chart : {m_temperatureView, m_humidityView})
        chart->setLineName(index, name);
    view.gaps = series.gaps;
    view.stats = series.stats;
    view.dirty = false;
}

void SensorsTab::showBands(int index)
{
    AgentView &view = m_views[index];
    const GapBands gaps = gapBands(*view.history, view.gaps, agentDisplayName(view.client),
        m_range->fromMs(), m_range->toMs(), QDateTime::currentMSecsSinceEpoch());
    view.failedInView = gaps.failedInView;
    view.offlineInView = gaps.offlineInView;
    m_temperatureView->setBands(index, gaps.bands);
    m_humidityView->setBands(index, gaps.bands);
}

void SensorsTab::refreshCharts()
{
    if (!m_dirty)
        return;
    m_dirty = false;
    m_sinceRefresh.restart();
    const int columns = m_temperatureView->columns();
    if (m_range->isLive()) {
        qint64 latest = QDateTime::currentMSecsSinceEpoch();
        for (const AgentView &view : std::as_const(m_views))
            latest = qMax(latest, view.history->lastTimestamp());
        m_range->follow(latest, columns); // a move marks every agent dirty
    }
    for (int i = 0; i < m_views.size(); ++i) {
        if (m_views[i].dirty)
            feedAgent(i, columns);
        showBands(i);
    }
    const int selected = selectedAgent();
    showStats(selected >= 0 && selected < m_views.size() ? m_views[selected].stats
                                                         : SensorHistory::Stats());

    // Both value axes cover every agent's readings in view.
    QList<SensorHistory::Stats> stats;
    for (const AgentView &view : std::as_const(m_views))
        stats.append(view.stats);
    fitValueAxes(m_temperatureView, m_humidityView, stats);
    if (selected >= 0 && selected < m_views.size() && m_views[selected].stats.count > 0) {
        const AgentView &view = m_views[selected];
        if (view.failedInView + view.offlineInView > 0)
            m_statsLabel->setText(m_statsLabel->text() + u"   ·   "_s
                + tr("gaps in view: %1 with the sensor failing (hatched), %2 with no word from "
                     "the agent (shaded)")
                      .arg(view.failedInView)
                      .arg(view.offlineInView));
    }
    for (int i = 0; i < m_views.size(); ++i)
        showAgentRow(i);
    showAgentLabel();
    emit chartsRefreshed();
}

void SensorsTab::saveImage()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save charts"), u"sensors.png"_s, tr("PNG images (*.png);;SVG drawings (*.svg)"));
    if (path.isEmpty())
        return;
    if (!TimeSeriesChart::saveImage({m_temperatureView, m_humidityView}, path))
        m_status->showError(tr("%1: the image could not be written").arg(path));
    else
        m_status->showInfo(tr("Charts saved to %1").arg(path));
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
    if (!file.open(QIODevice::WriteOnly)
        || file.write(history->toCsv(m_range->fromMs(), m_range->toMs())) < 0 || !file.commit()) {
        m_status->showError(tr("%1: %2").arg(path, file.errorString()));
        return;
    }
    m_status->showInfo(tr("Readings saved to %1").arg(path));
}

void SensorsTab::addClassroom(ClassroomGrid *grid)
{
    m_classroom = grid;
    auto *box = static_cast<QVBoxLayout *>(layout());
    box->insertWidget(box->indexOf(m_status), grid, 1);
}

} // namespace netlab
