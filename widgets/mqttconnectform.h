#pragma once

#include <netlab/mqttclient.h>

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QSettings;
class QSpinBox;

namespace netlab {

// The MQTT tab's connect options: broker, client id, session, keep-alive, credentials, TLS,
// last will, protocol version. Reads and writes MqttConnectOptions; remembers them (not the
// password) in the settings.
class MqttConnectForm : public QWidget
{
    Q_OBJECT
public:
    explicit MqttConnectForm(QWidget *parent = nullptr);

    MqttConnectOptions options() const;
    void setOptions(const MqttConnectOptions &options);
    void setBroker(const QString &host, quint16 port);
    void saveSettings(QSettings &settings) const;
    void restoreSettings(const QSettings &settings);

signals:
    // A field that "Show as code" shows changed (broker, client id, credentials, TLS).
    void optionsChanged();

private:
    QLineEdit *m_host = nullptr;
    QSpinBox *m_port = nullptr;
    QLineEdit *m_clientId = nullptr;
    QCheckBox *m_cleanSession = nullptr;
    QSpinBox *m_keepAlive = nullptr;
    QComboBox *m_protocol = nullptr;
    QLineEdit *m_username = nullptr;
    QLineEdit *m_password = nullptr;
    QCheckBox *m_tls = nullptr;
    QLineEdit *m_caFile = nullptr;
    QLineEdit *m_willTopic = nullptr;
    QLineEdit *m_willPayload = nullptr;
    QComboBox *m_willQos = nullptr;
    QCheckBox *m_willRetain = nullptr;
};

} // namespace netlab
