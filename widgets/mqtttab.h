#pragma once

#include "labtab.h"

#include <netlab/mqttclient.h>

class QLabel;
class QLineEdit;
class QListWidget;
class QComboBox;
class QPlainTextEdit;
class QPushButton;
class QTableView;
class QTreeView;

namespace netlab {

class LocalBroker;
class MqttConnectForm;
class MqttMessageLog;
class MqttPayloadView;
class MqttPublishPanel;
class MqttTopicTree;
class StatusLine;

// The MQTT lab: connect to a broker (or start a local Mosquitto), subscribe with wildcards,
// watch the topic tree and the message log, look at a payload as text, hex, JSON or a struct,
// and publish once or N times at R/s. Binds to the MqttClient, topic tree, message log and
// local broker that WorkbenchCore owns.
class MqttTab : public LabTab
{
    Q_OBJECT
public:
    MqttTab(MqttClient *client, MqttTopicTree *topics, MqttMessageLog *log, LocalBroker *broker,
        QWidget *parent = nullptr);

    QString title() const override;
    QString key() const override;
    void saveSettings(QSettings &settings) const override;
    void restoreSettings(const QSettings &settings) override;
    void toggleConnection() override;
    void send() override;
    void clearLog() override;
    void saveLog() override;

private:
    void showState(MqttClient::State state);
    void subscribe();
    void unsubscribeSelected();
    void refreshSubscriptions();
    void toggleLocalBroker();
    void showLocalBrokerState();

    MqttClient *m_client;
    MqttTopicTree *m_topics;
    MqttMessageLog *m_log;
    LocalBroker *m_broker;
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
};

} // namespace netlab
