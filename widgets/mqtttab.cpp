#include "mqtttab.h"

#include "codeview.h"
#include "fieldplotpanel.h"
#include "mqttconnectform.h"
#include "mqttpayloadview.h"
#include "mqttpublishpanel.h"
#include "statusline.h"

#include <netlab/localbroker.h>
#include <netlab/mqttcode.h>
#include <netlab/mqttjsonplots.h>
#include <netlab/mqttmessagelog.h>
#include <netlab/mqtttopictree.h>

#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace netlab {

namespace {

// Scrolls up and down on a short screen, never sideways: it asks for the form's whole width
// plus its vertical scroll bar, so a splitter never cuts the fields' right edges off.
class VerticalScrollArea : public QScrollArea
{
public:
    using QScrollArea::QScrollArea;

    QSize minimumSizeHint() const override
    {
        return {neededWidth(), QScrollArea::minimumSizeHint().height()};
    }
    QSize sizeHint() const override { return {neededWidth(), QScrollArea::sizeHint().height()}; }

protected:
    // The form's hints change after construction (styles, fonts, texts): tell the splitter.
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == widget() && event->type() == QEvent::LayoutRequest)
            updateGeometry();
        return QScrollArea::eventFilter(watched, event);
    }

private:
    int neededWidth() const
    {
        // The preferred width: some rows' size policies do not let the form shrink to its
        // minimum size hint, and the scroll area then cuts them instead.
        const int content = widget() ? widget()->sizeHint().width() : 0;
        return content + verticalScrollBar()->sizeHint().width() + 2 * frameWidth();
    }
};

} // namespace

MqttTab::MqttTab(MqttClient *client, MqttTopicTree *topics, MqttMessageLog *log,
    LocalBroker *broker, MqttJsonPlots *plots, QWidget *parent)
    : LabTab(parent)
    , m_client(client)
    , m_topics(topics)
    , m_log(log)
    , m_broker(broker)
    , m_plots(plots)
{
    // Left: the broker, the connection, the subscriptions, the local broker's log.
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    m_form = new MqttConnectForm(left);
    m_form->setObjectName(u"mqttConnectForm"_s);
    leftLayout->addWidget(m_form);
    m_connectButton = new QPushButton(tr("&Connect"), left);
    m_connectButton->setObjectName(u"mqttConnectButton"_s);
    m_connectButton->setAccessibleName(tr("Connect"));
    m_connectButton->setToolTip(tr("Connect or disconnect (Ctrl+K)"));
    m_brokerButton = new QPushButton(tr("Start a &local broker"), left);
    m_brokerButton->setObjectName(u"mqttLocalBrokerButton"_s);
    m_brokerButton->setAccessibleName(tr("Start a local broker"));
    m_brokerButton->setToolTip(
        tr("Run mosquitto on a free loopback port, for a lab without a broker"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_connectButton);
    buttons->addWidget(m_brokerButton);
    leftLayout->addLayout(buttons);
    m_status = new StatusLine(left);
    m_status->setObjectName(u"mqttStatus"_s);
    leftLayout->addWidget(m_status);

    auto *subscriptions = new QGroupBox(tr("Subscriptions"), left);
    auto *subLayout = new QVBoxLayout(subscriptions);
    auto *subRow = new QHBoxLayout;
    m_filter = new QLineEdit(u"#"_s, subscriptions);
    m_filter->setObjectName(u"mqttFilter"_s);
    m_filter->setAccessibleName(tr("Topic filter to subscribe to"));
    m_filter->setPlaceholderText(tr("netlab/+/dht, lab/#"));
    m_filterQos = new QComboBox(subscriptions);
    m_filterQos->setObjectName(u"mqttFilterQos"_s);
    m_filterQos->setAccessibleName(tr("Subscription QoS"));
    m_filterQos->addItems({u"QoS 0"_s, u"QoS 1"_s, u"QoS 2"_s});
    m_subscribeButton = new QPushButton(tr("&Subscribe"), subscriptions);
    m_subscribeButton->setObjectName(u"mqttSubscribeButton"_s);
    m_subscribeButton->setAccessibleName(tr("Subscribe"));
    subRow->addWidget(m_filter, 1);
    subRow->addWidget(m_filterQos);
    subRow->addWidget(m_subscribeButton);
    subLayout->addLayout(subRow);
    m_subscriptions = new QListWidget(subscriptions);
    m_subscriptions->setObjectName(u"mqttSubscriptions"_s);
    m_subscriptions->setAccessibleName(tr("Subscriptions"));
    m_subscriptions->setSelectionMode(QAbstractItemView::ExtendedSelection);
    subLayout->addWidget(m_subscriptions);
    m_unsubscribeButton = new QPushButton(tr("&Unsubscribe"), subscriptions);
    m_unsubscribeButton->setObjectName(u"mqttUnsubscribeButton"_s);
    m_unsubscribeButton->setAccessibleName(tr("Unsubscribe"));
    subLayout->addWidget(m_unsubscribeButton);
    leftLayout->addWidget(subscriptions);

    m_brokerLog = new QPlainTextEdit(left);
    m_brokerLog->setObjectName(u"mqttBrokerLog"_s);
    m_brokerLog->setAccessibleName(tr("Local broker log"));
    m_brokerLog->setReadOnly(true);
    m_brokerLog->setMaximumBlockCount(2000);
    m_brokerLog->setPlaceholderText(tr("The local broker's log"));
    leftLayout->addWidget(m_brokerLog, 1);
    auto *leftScroll = new VerticalScrollArea(this);
    leftScroll->setObjectName(u"mqttConnectionScroll"_s);
    leftScroll->setWidget(left);
    leftScroll->setWidgetResizable(true);
    // QScrollArea sizes the form for a viewport without the vertical bar and then shows the
    // bar over it (cutting the right edges): keep the vertical bar, never a horizontal one.
    leftScroll->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    leftScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    // Right: the topic tree, the log, the payload, the publish panel.
    m_tree = new QTreeView(this);
    m_tree->setObjectName(u"mqttTopicTree"_s);
    m_tree->setAccessibleName(tr("Topic tree"));
    m_tree->setModel(m_topics);
    m_tree->setUniformRowHeights(true);

    auto *logPane = new QWidget(this);
    auto *logLayout = new QVBoxLayout(logPane);
    logLayout->setContentsMargins(4, 4, 4, 4); // a page of the log tabs
    auto *filterRow = new QHBoxLayout;
    m_logFilter = new QLineEdit(logPane);
    m_logFilter->setObjectName(u"mqttLogFilter"_s);
    m_logFilter->setPlaceholderText(tr("a topic filter (+, #) or text"));
    auto *filterLabel = new QLabel(tr("&Show topics:"), logPane);
    filterLabel->setBuddy(m_logFilter);
    m_logFilter->setAccessibleName(tr("Show topics"));
    m_counts = new QLabel(logPane);
    m_counts->setObjectName(u"mqttCounts"_s);
    filterRow->addWidget(filterLabel);
    filterRow->addWidget(m_logFilter, 1);
    filterRow->addWidget(m_counts);
    logLayout->addLayout(filterRow);
    m_logView = new QTableView(logPane);
    m_logView->setObjectName(u"mqttLog"_s);
    m_logView->setAccessibleName(tr("Message log"));
    m_logView->setModel(m_log);
    m_logView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_logView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_logView->verticalHeader()->hide();
    m_logView->horizontalHeader()->setStretchLastSection(true);
    m_logView->verticalHeader()->setDefaultSectionSize(m_logView->fontMetrics().height() + 4);
    logLayout->addWidget(m_logView);
    fitColumns();

    // Beside the log, the numbers of the JSON payloads plotted live.
    m_logTabs = new QTabWidget(this);
    m_logTabs->setObjectName(u"mqttLogTabs"_s);
    m_logTabs->setAccessibleName(tr("Received messages and live plot"));
    m_logTabs->addTab(logPane, tr("Received messages"));
    m_logTabs->addTab(buildPlotPage(), tr("Live plot"));

    m_payload = new MqttPayloadView(this);
    m_payload->setObjectName(u"mqttPayloadView"_s);
    m_publish = new MqttPublishPanel(m_client, this);
    m_publish->setObjectName(u"mqttPublishPanel"_s);

    auto *right = new QSplitter(Qt::Vertical, this);
    right->addWidget(m_tree);
    right->addWidget(m_logTabs);
    // The payload and the publish panel share a pane, so the tab fits a 720-pixel window.
    m_bottom = new QTabWidget(this);
    m_bottom->setObjectName(u"mqttBottomTabs"_s);
    m_bottom->setAccessibleName(tr("Payload and publish"));
    m_bottom->addTab(m_publish, tr("Publish"));
    m_bottom->addTab(m_payload, tr("Payload"));
    right->addWidget(m_bottom);
    // "Show as code": the program follows the settings; the one-liner is mosquitto_pub while
    // the Publish page shows, mosquitto_sub -v otherwise.
    m_codeView = new CodeView(this);
    m_codeView->setObjectName(u"mqttCodeView"_s);
    m_bottom->setCornerWidget(m_codeView->toggleButton());
    right->addWidget(m_codeView);
    // The log / plot gets the most height; the publish pane keeps about what it needs.
    right->setStretchFactor(1, 1);
    right->setSizes({120, 300, 220, 220});
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(leftScroll);
    split->addWidget(right);
    split->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(split);

    connect(m_connectButton, &QPushButton::clicked, this, &MqttTab::toggleConnection);
    connect(m_brokerButton, &QPushButton::clicked, this, &MqttTab::toggleLocalBroker);
    connect(m_subscribeButton, &QPushButton::clicked, this, &MqttTab::subscribe);
    connect(m_filter, &QLineEdit::returnPressed, this, &MqttTab::subscribe);
    connect(m_unsubscribeButton, &QPushButton::clicked, this, &MqttTab::unsubscribeSelected);
    connect(m_logFilter, &QLineEdit::textChanged, m_log, &MqttMessageLog::setTopicFilter);
    connect(m_client, &MqttClient::stateChanged, this, &MqttTab::showState);
    connect(m_client, &MqttClient::errorOccurred, m_status, &StatusLine::showError);
    connect(m_client, &MqttClient::subscribed, this,
        [this](const QStringList &filters, const QList<int> &granted) {
            for (qsizetype i = 0; i < filters.size(); ++i) {
                if (granted.value(i, 128) > 2)
                    m_status->showError(
                        tr("the broker refused the subscription to %1").arg(filters.at(i)));
            }
        });
    connect(m_log, &QAbstractItemModel::rowsInserted, this, [this] {
        m_counts->setText(tr("%1 messages, %2 topics")
                              .arg(m_topics->totalMessages())
                              .arg(m_topics->topicCount()));
    });
    connect(m_logView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this](const QModelIndex &current) {
            if (!current.isValid())
                return;
            const auto &entry = m_log->entryAt(current.row());
            m_payload->setPayload(entry.message.topic, entry.message.payload);
        });
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this](const QModelIndex &current) {
            const QString topic
                = current.siblingAtColumn(0).data(MqttTopicTree::FullTopicRole).toString();
            if (!topic.isEmpty())
                m_payload->setPayload(topic, m_topics->lastPayload(topic));
        });
    connect(m_publish, &MqttPublishPanel::errorOccurred, m_status, &StatusLine::showError);
    connect(m_publish, &MqttPublishPanel::info, m_status, &StatusLine::showInfo);
    connect(m_publish, &MqttPublishPanel::messagePublished, this,
        [this](const QString &topic, const QByteArray &payload, int qos, bool retain) {
            m_log->append(
                {MqttMessage {topic, payload, qos, retain, QDateTime::currentMSecsSinceEpoch()}},
                true);
        });
    connect(m_broker, &LocalBroker::logLine, m_brokerLog, &QPlainTextEdit::appendPlainText);
    connect(m_broker, &LocalBroker::errorOccurred, m_status, &StatusLine::showError);
    connect(m_broker, &LocalBroker::started, this, [this](quint16 port) {
        m_form->setBroker(u"127.0.0.1"_s, port);
        m_status->showInfo(tr("a local broker runs on 127.0.0.1:%1: press Connect").arg(port));
        showLocalBrokerState();
    });
    connect(m_broker, &LocalBroker::stopped, this, &MqttTab::showLocalBrokerState);
    connect(m_plots, &MqttJsonPlots::limitReached, m_status, &StatusLine::showInfo);
    connect(m_form, &MqttConnectForm::optionsChanged, this, &LabTab::codeChanged);
    connect(m_publish, &MqttPublishPanel::contentChanged, this, &LabTab::codeChanged);
    connect(m_bottom, &QTabWidget::currentChanged, this, &LabTab::codeChanged);

    showState(m_client->state());
    showLocalBrokerState();
    refreshSubscriptions();
}

QString MqttTab::title() const
{
    return tr("MQTT");
}

QString MqttTab::key() const
{
    return u"mqtt"_s;
}

void MqttTab::showState(MqttClient::State state)
{
    const bool idle = state == MqttClient::State::Disconnected;
    m_connectButton->setText(idle ? tr("&Connect") : tr("&Disconnect"));
    m_connectButton->setAccessibleName(idle ? tr("Connect") : tr("Disconnect"));
    m_form->setEnabled(idle);
    if (state == MqttClient::State::Connected)
        m_status->showInfo(m_client->stateText());
    emit statusMessage(m_client->stateText());
}

void MqttTab::toggleConnection()
{
    if (m_client->state() != MqttClient::State::Disconnected) {
        m_client->disconnectFromBroker();
        m_status->showInfo(tr("disconnected"));
        return;
    }
    m_client->setOptions(m_form->options());
    if (m_client->connectToBroker())
        m_status->showInfo(m_client->stateText());
}

void MqttTab::send()
{
    m_publish->publish();
}

void MqttTab::subscribe()
{
    // Several at once: "a/#, b/+/c" or space separated.
    const QStringList filters
        = m_filter->text().split(QRegularExpression(u"[,\\s]+"_s), Qt::SkipEmptyParts);
    if (filters.isEmpty()) {
        m_status->showError(tr("type a topic filter to subscribe to"));
        return;
    }
    if (m_client->subscribe(filters, m_filterQos->currentIndex()))
        refreshSubscriptions();
}

void MqttTab::unsubscribeSelected()
{
    QStringList filters;
    for (const QListWidgetItem *item : m_subscriptions->selectedItems())
        filters.append(item->data(Qt::UserRole).toString());
    if (filters.isEmpty()) {
        m_status->showError(tr("select the subscriptions to end"));
        return;
    }
    m_client->unsubscribe(filters);
    refreshSubscriptions();
}

void MqttTab::refreshSubscriptions()
{
    m_subscriptions->clear();
    for (const QString &filter : m_client->subscriptions()) {
        auto *item = new QListWidgetItem(filter, m_subscriptions);
        item->setData(Qt::UserRole, filter);
    }
    emit codeChanged();
}

void MqttTab::toggleLocalBroker()
{
    if (m_broker->isRunning()) {
        m_broker->stop();
        return;
    }
    m_brokerLog->clear();
    m_broker->start();
    showLocalBrokerState();
}

void MqttTab::showLocalBrokerState()
{
    const bool running = m_broker->isRunning();
    m_brokerButton->setText(running ? tr("Stop the &local broker") : tr("Start a &local broker"));
    m_brokerButton->setAccessibleName(
        running ? tr("Stop the local broker") : tr("Start a local broker"));
}

void MqttTab::clearLog()
{
    m_log->clear();
    m_topics->clear();
    m_counts->clear();
    m_plots->clear();
}

void MqttTab::saveLog()
{
    const QString path
        = QFileDialog::getSaveFileName(this, tr("Save the MQTT log"), u"mqtt-log.txt"_s);
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Text)) {
        m_status->showError(tr("cannot write %1: %2").arg(path, file.errorString()));
        return;
    }
    for (int row = 0; row < m_log->rowCount(); ++row) {
        const auto &entry = m_log->entryAt(row);
        QByteArray line = QDateTime::fromMSecsSinceEpoch(entry.message.receivedMs)
                              .toString(Qt::ISODateWithMs)
                              .toUtf8();
        line += entry.outgoing ? " > " : " < ";
        line += entry.message.topic.toUtf8() + ' ' + entry.message.payload + '\n';
        file.write(line);
    }
    m_status->showInfo(tr("saved %1 messages to %2").arg(m_log->rowCount()).arg(path));
}

void MqttTab::saveSettings(QSettings &settings) const
{
    m_form->saveSettings(settings);
    settings.setValue(u"subscriptions"_s, m_client->subscriptions());
    settings.setValue(u"subscribeFilter"_s, m_filter->text());
    settings.setValue(u"subscribeQos"_s, m_filterQos->currentIndex());
    settings.setValue(u"logFilter"_s, m_logFilter->text());
    m_payload->saveSettings(settings);
    m_publish->saveSettings(settings);
    settings.setValue(u"plotBooleans"_s, m_plotBooleans->isChecked());
    settings.setValue(u"logPage"_s, m_logTabs->currentIndex());
    settings.setValue(u"codeOneLiner"_s, m_codeView->showsOneLiner());
    m_plotPanel->saveSettings(settings);
}

void MqttTab::restoreSettings(const QSettings &settings)
{
    m_form->restoreSettings(settings);
    m_filter->setText(settings.value(u"subscribeFilter"_s, m_filter->text()).toString());
    m_filterQos->setCurrentIndex(qBound(0, settings.value(u"subscribeQos"_s, 0).toInt(), 2));
    m_logFilter->setText(settings.value(u"logFilter"_s).toString());
    // The client keeps its subscriptions across a tab rebuild; a fresh start takes the saved ones.
    if (m_client->subscriptions().isEmpty()) {
        const QStringList saved = settings.value(u"subscriptions"_s).toStringList();
        if (!saved.isEmpty())
            m_client->subscribe(saved, m_filterQos->currentIndex());
    }
    refreshSubscriptions();
    m_payload->restoreSettings(settings);
    m_publish->restoreSettings(settings);
    m_plotBooleans->setChecked(settings.value(u"plotBooleans"_s, false).toBool());
    m_logTabs->setCurrentIndex(qBound(0, settings.value(u"logPage"_s, 0).toInt(), 1));
    m_codeView->setShowsOneLiner(settings.value(u"codeOneLiner"_s, false).toBool());
    m_plotPanel->restoreSettings(settings);
}

QWidget *MqttTab::buildPlotPage()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    m_plotBooleans = new QCheckBox(tr("Plot true and false as &1 and 0"), page);
    m_plotBooleans->setObjectName(u"mqttPlotBooleans"_s);
    m_plotBooleans->setAccessibleName(tr("Plot true and false as 1 and 0"));
    m_plotBooleans->setToolTip(tr("Numbers in JSON payloads are plotted by their path "
                                  "(sensors.temp, accel[0]); booleans too when this is on"));
    m_plotBooleans->setChecked(m_plots->plotsBooleans());
    connect(m_plotBooleans, &QCheckBox::toggled, m_plots, &MqttJsonPlots::setPlotsBooleans);
    layout->addWidget(m_plotBooleans);
    m_plotPanel
        = new FieldPlotPanel(m_plots->framePlots(), MqttJsonPlots::sourcePrefix(), m_status, page);
    m_plotPanel->setObjectName(u"mqttPlot"_s);
    layout->addWidget(m_plotPanel, 1);
    return page;
}

// Narrow columns as wide as their header or a typical value, the topic a fair share and the
// value / payload the rest: no horizontal scroll bar at the window's size (long texts elide).
void MqttTab::fitColumns()
{
    const auto fit = [](QHeaderView *header, const QAbstractItemModel *model, int column,
                         const QString &sample) {
        const QFontMetrics metrics(header->font());
        const QString title = model->headerData(column, Qt::Horizontal).toString();
        const int width = qMax(metrics.horizontalAdvance(title), metrics.horizontalAdvance(sample));
        header->resizeSection(column, width + 3 * metrics.averageCharWidth());
    };
    QHeaderView *logHeader = m_logView->horizontalHeader();
    fit(logHeader, m_log, MqttMessageLog::TimeColumn, u"00:00:00.000"_s);
    fit(logHeader, m_log, MqttMessageLog::DirectionColumn, u"\u2190"_s);
    fit(logHeader, m_log, MqttMessageLog::QosColumn, u"2"_s);
    fit(logHeader, m_log, MqttMessageLog::RetainedColumn, MqttMessageLog::tr("retained"));
    fit(logHeader, m_log, MqttMessageLog::SizeColumn, MqttMessageLog::tr("%1 B").arg(99999));
    fit(logHeader, m_log, MqttMessageLog::TopicColumn, u"netlab/agent-01/dht"_s);
    logHeader->setSectionResizeMode(MqttMessageLog::PayloadColumn, QHeaderView::Stretch);
    m_logView->setTextElideMode(Qt::ElideRight);

    QHeaderView *treeHeader = m_tree->header();
    treeHeader->setStretchLastSection(false);
    fit(treeHeader, m_topics, MqttTopicTree::TopicColumn, u"netlab/agent-01/dht"_s);
    fit(treeHeader, m_topics, MqttTopicTree::CountColumn, u"999999"_s);
    fit(treeHeader, m_topics, MqttTopicTree::RateColumn, u"999.9/s"_s);
    fit(treeHeader, m_topics, MqttTopicTree::RetainedColumn, MqttMessageLog::tr("retained"));
    treeHeader->setSectionResizeMode(MqttTopicTree::ValueColumn, QHeaderView::Stretch);
}

GeneratedCode MqttTab::code() const
{
    const MqttConnectOptions options = m_form->options();
    MqttClientCode settings;
    settings.host = options.host;
    settings.port = options.port;
    settings.clientId = options.clientId;
    settings.username = options.username;
    settings.password = options.username.isEmpty() ? QString() : options.password;
    settings.tls = options.tls;
    settings.caFile = options.caFile;
    settings.subscriptions = m_client->subscriptionsWithQos();
    QString error;
    settings.topic = m_publish->topic();
    settings.publish
        = MqttClient::isValidTopic(settings.topic) && m_publish->payload(&settings.payload, &error);
    settings.qos = m_publish->qos();
    settings.retain = m_publish->retain();
    settings.action = m_bottom->currentWidget() == m_publish ? MqttClientCode::Action::Publish
                                                             : MqttClientCode::Action::Subscribe;
    return MqttCode::client(settings);
}

} // namespace netlab
