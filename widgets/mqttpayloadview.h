#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSettings;
class QStackedWidget;
class QTreeWidget;
class QTreeWidgetItem;
class QJsonValue;

namespace netlab {

class CodecPicker;

// One MQTT payload shown as text (through the codec picker), as a hex dump, as a JSON tree,
// or decoded by a Python struct format (binary payloads).
class MqttPayloadView : public QWidget
{
    Q_OBJECT
public:
    enum class Mode { Text, Hex, Json, Struct };
    explicit MqttPayloadView(QWidget *parent = nullptr);

    void setPayload(const QString &topic, const QByteArray &payload);
    void setMode(Mode mode);
    Mode mode() const;
    void saveSettings(QSettings &settings) const;
    void restoreSettings(const QSettings &settings);

private:
    void render();
    static void addJson(QTreeWidgetItem *parent, const QString &key, const QJsonValue &value);

    QString m_topic;
    QByteArray m_payload;
    QComboBox *m_mode = nullptr;
    QLabel *m_caption = nullptr;
    QStackedWidget *m_pages = nullptr;
    CodecPicker *m_codec = nullptr;
    QPlainTextEdit *m_text = nullptr;
    QPlainTextEdit *m_hex = nullptr;
    QTreeWidget *m_json = nullptr;
    QLineEdit *m_format = nullptr;
    QPlainTextEdit *m_decoded = nullptr;
};

} // namespace netlab
