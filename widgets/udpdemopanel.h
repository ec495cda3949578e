#pragma once

#include <QGroupBox>

class QComboBox;
class QLabel;
class QPushButton;
class QSettings;
class QSpinBox;

namespace netlab {

class DemoStreams;
class StatusLine;

// The UDP tab's demo streams: the course's sensor lines and drone frames to 127.0.0.1 or a
// broadcast address, on two ports, started and stopped in one click, with what was sent.
class UdpDemoPanel : public QGroupBox
{
    Q_OBJECT

public:
    UdpDemoPanel(DemoStreams *demo, StatusLine *status, QWidget *parent = nullptr);

    void toggle(); // start / stop the demo streams
    quint16 textPort() const;
    quint16 dronePort() const;

    void saveSettings(QSettings &settings) const;
    void restoreSettings(const QSettings &settings);

signals:
    void started();
    void statusMessage(const QString &message);

private:
    void showState();

    DemoStreams *m_demo = nullptr;
    StatusLine *m_status = nullptr;
    QComboBox *m_targetCombo = nullptr;
    QSpinBox *m_textPortSpin = nullptr;
    QSpinBox *m_dronePortSpin = nullptr;
    QPushButton *m_button = nullptr;
    QLabel *m_label = nullptr;
};

} // namespace netlab
