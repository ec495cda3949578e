#pragma once

#include <netlab/pythoncode.h>

#include <QGroupBox>

#include <optional>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QHBoxLayout;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSettings;
class QSpinBox;
class QStackedWidget;

namespace netlab {

class EndpointPicker;
class SendPanel;
class StatusLine;
class UdpSender;
struct UdpSenderCode;

// The UDP tab's sender: unicast, broadcast (with its check box) or multicast (TTL, interface),
// the payload as text / hex or a struct frame from a format and values ("now" = the current
// time), N datagrams at R per second with a progress bar and Stop. code() is the Python
// program that sends the same; codeChanged() when that program changes.
class UdpSenderPanel : public QGroupBox
{
    Q_OBJECT

public:
    UdpSenderPanel(UdpSender *sender, StatusLine *status, QWidget *parent = nullptr);

    void send();
    void stop();
    // Where the tab puts more buttons of the panel (the code view's toggle).
    void addButton(QWidget *button);

    GeneratedCode code() const;

    void saveSettings(QSettings &settings) const;
    void restoreSettings(const QSettings &settings);

signals:
    void statusMessage(const QString &message);
    void codeChanged();

private:
    void fillTargets();
    std::optional<QByteArray> payload(QString *error) const;
    // The struct frame's values as typed; "now" in a float field is the current time.
    bool structValues(UdpSenderCode &settings, QString *error) const;
    void showState();
    void showFinished();
    void showError(const QString &message);

    UdpSender *m_sender = nullptr;
    StatusLine *m_status = nullptr;
    EndpointPicker *m_target = nullptr;
    QCheckBox *m_broadcastCheck = nullptr;
    QSpinBox *m_ttlSpin = nullptr;
    QComboBox *m_interfaceCombo = nullptr;
    QComboBox *m_payloadKindCombo = nullptr;
    QStackedWidget *m_payloadStack = nullptr;
    SendPanel *m_sendPanel = nullptr;
    QComboBox *m_presetCombo = nullptr;
    QLineEdit *m_formatEdit = nullptr;
    QLineEdit *m_valuesEdit = nullptr;
    QSpinBox *m_countSpin = nullptr;
    QDoubleSpinBox *m_rateSpin = nullptr;
    QPushButton *m_sendButton = nullptr;
    QPushButton *m_stopButton = nullptr;
    QProgressBar *m_progress = nullptr;
    QHBoxLayout *m_extraButtons = nullptr;
};

} // namespace netlab
