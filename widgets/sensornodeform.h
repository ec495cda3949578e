#pragma once

#include <devices/sensornodesession.h>

#include <QGroupBox>

#include <optional>

class QLineEdit;
class QSettings;
class QSpinBox;

namespace netlab {

// The serial lab's sensor-node protocol as a form: the start, stop and acknowledgement
// commands and the magic (bytes typed with Python's escapes), packet length and count, the
// struct format with its field names, the sequence field and the timeout, with a Defaults
// button. Reads and shows SensorNodeSettings; the serial tab hands them to the session, the
// simulated node and its "Show as code".
class SensorNodeForm : public QGroupBox
{
    Q_OBJECT

public:
    explicit SensorNodeForm(QWidget *parent = nullptr);

    // What the form says; std::nullopt with *error naming the field when a command does not
    // parse. The format itself is checked by the session.
    std::optional<SensorNodeSettings> settings(QString *error) const;
    void setSettings(const SensorNodeSettings &settings);

    void saveSettings(QSettings &settings) const;
    void restoreSettings(const QSettings &settings);

signals:
    void changed(); // any field edited (by the user or by setSettings)

private:
    QLineEdit *m_startEdit = nullptr;
    QLineEdit *m_stopEdit = nullptr;
    QLineEdit *m_ackEdit = nullptr;
    QLineEdit *m_magicEdit = nullptr;
    QSpinBox *m_packetSizeSpin = nullptr;
    QSpinBox *m_packetCountSpin = nullptr;
    QLineEdit *m_formatEdit = nullptr;
    QLineEdit *m_namesEdit = nullptr;
    QSpinBox *m_sequenceSpin = nullptr;
    QSpinBox *m_timeoutSpin = nullptr;
};

} // namespace netlab
