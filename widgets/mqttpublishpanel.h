#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QSettings;
class QSpinBox;
class QTimer;

namespace netlab {

class MqttClient;

// The MQTT tab's publish panel: topic, payload as text, JSON (checked before it is sent) or
// hex, QoS, retain; once, or N times at R per second with a progress bar and Cancel.
class MqttPublishPanel : public QWidget
{
    Q_OBJECT
public:
    explicit MqttPublishPanel(MqttClient *client, QWidget *parent = nullptr);

    // The payload bytes for the current format; false + *error when they do not parse.
    bool payload(QByteArray *bytes, QString *error) const;
    QString topic() const;
    int qos() const;
    bool retain() const;
    void publish(); // starts the run (once or N times)
    void cancel();
    bool isRunning() const;
    void saveSettings(QSettings &settings) const;
    void restoreSettings(const QSettings &settings);

signals:
    void errorOccurred(const QString &message);
    void info(const QString &message);
    // Each message published from here, for the log.
    void messagePublished(const QString &topic, const QByteArray &payload, int qos, bool retain);
    // The topic, payload, format, QoS or retain flag changed.
    void contentChanged();

private:
    void publishNext();

    MqttClient *m_client;
    QLineEdit *m_topic = nullptr;
    QComboBox *m_format = nullptr;
    QPlainTextEdit *m_payload = nullptr;
    QComboBox *m_qos = nullptr;
    QCheckBox *m_retain = nullptr;
    QSpinBox *m_count = nullptr;
    QDoubleSpinBox *m_rate = nullptr;
    QPushButton *m_publish = nullptr;
    QPushButton *m_cancel = nullptr;
    QProgressBar *m_progress = nullptr;
    QTimer *m_timer = nullptr;
    QByteArray m_runPayload;
    int m_remaining = 0;
    int m_sent = 0;
};

} // namespace netlab
