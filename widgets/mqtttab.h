#pragma once

#include "labtab.h"

#include <netlab/mqttclient.h>

class QCheckBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QComboBox;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class QTableView;
class QTreeView;

namespace netlab {

class CodeView;
class FieldPlotPanel;
class LocalBroker;
class MqttConnectForm;
class MqttJsonPlots;
class MqttMessageLog;
class MqttPayloadView;
class MqttPublishPanel;
class MqttTopicTree;
class StatusLine;

// The MQTT lab: connect to a broker (or start a local Mosquitto), subscribe with wildcards,
// watch the topic tree and the message log, look at a payload as text, hex, JSON or a struct,
// publish once or N times at R/s, plot the numbers of JSON payloads live, and show it all as
// the Python program (paho-mqtt) or mosquitto_pub / mosquitto_sub command a student would
// write. Binds to the MqttClient, topic tree, message log, JSON plots and local broker that
// WorkbenchCore owns.
class MqttTab : public LabTab
{
    Q_OBJECT
public:
    MqttTab(MqttClient *client, MqttTopicTree *topics, MqttMessageLog *log, LocalBroker *broker,
        MqttJsonPlots *plots, QWidget *parent = nullptr);

    QString title() const override;
    QString key() const override;
    void saveSettings(QSettings &settings) const override;
    void restoreSettings(const QSettings &settings) override;
    void toggleConnection() override;
    void send() override;
    void clearLog() override;
    void saveLog() override;
    GeneratedCode code() const override;

private:
    void showState(MqttClient::State state);
    void subscribe();
    void unsubscribeSelected();
    void refreshSubscriptions();
    void toggleLocalBroker();
    void showLocalBrokerState();
    QWidget *buildPlotPage();
    void fitColumns();

    MqttClient *m_client;
    MqttTopicTree *m_topics;
    MqttMessageLog *m_log;
    LocalBroker *m_broker;
    MqttJsonPlots *m_plots;
    MqttConnectForm *m_form = nullptr;
    QPushButton *m_connectButton = nullptr;
    QPushButton *m_brokerButton = nullptr;
    StatusLine *m_status = nullptr;
    QLineEdit *m_filter = nullptr;
    QComboBox *m_filterQos = nullptr;
    QPushButton *m_subscribeButton = nullptr;
    QListWidget *m_subscriptions = nullptr;
    QPushButton *m_unsubscribeButton = nullptr;
    QTreeView *m_tree = nullptr;
    QLineEdit *m_logFilter = nullptr;
    QTableView *m_logView = nullptr;
    QLabel *m_counts = nullptr;
    MqttPayloadView *m_payload = nullptr;
    MqttPublishPanel *m_publish = nullptr;
    QPlainTextEdit *m_brokerLog = nullptr;
    QTabWidget *m_logTabs = nullptr;
    FieldPlotPanel *m_plotPanel = nullptr;
    QCheckBox *m_plotBooleans = nullptr;
    QTabWidget *m_bottom = nullptr;
    CodeView *m_codeView = nullptr;
};

} // namespace netlab
