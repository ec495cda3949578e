#pragma once

#include <netlab/pythoncode.h>
#include <netlab/structformat.h>
#include <netlab/udplistener.h>

#include <QGroupBox>

#include <optional>

class QComboBox;
class QHBoxLayout;
class QLineEdit;
class QPushButton;
class QSettings;
class QSpinBox;
class QStackedWidget;
class QTableView;

namespace netlab {

class BindAddressCombo;
class CodecPicker;
class StatusLine;
class UdpPortStatsModel;

// The UDP tab's "Listening ports": the form of a new port (port, bind address, decoder — text
// with a codec, a Python struct frame with names and presets, or hex —, optional multicast
// group and interface), Add / Remove / the demo ports, and the table of the ports with their
// counters, rates, rate history and the fastest / slowest mark (UdpPortStatsModel). code() is
// the Python program that listens like this: on the ports listened to, or the form's port
// while there is none; codeChanged() when that program changes.
class UdpListenerPanel : public QGroupBox
{
    Q_OBJECT

public:
    UdpListenerPanel(UdpListener *listener, StatusLine *status, QWidget *parent = nullptr);

    // The port of the form, or 0 with the reason in the status line.
    quint16 addPort();
    void removeSelectedPorts();
    // Text on textPort, drone frames on dronePort (those not listened to yet).
    void listenToDemoPorts(quint16 textPort, quint16 dronePort);

    UdpPortStatsModel *statsModel() const { return m_statsModel; }
    QTableView *statsTable() const { return m_statsTable; }
    QPushButton *demoPortsButton() const { return m_demoPortsButton; }
    // Where the tab puts more buttons of the panel (the code view's toggle).
    void addButton(QWidget *button);

    GeneratedCode code() const;

    void saveSettings(QSettings &settings) const;
    void restoreSettings(const QSettings &settings);

signals:
    void demoPortsRequested();
    void statusMessage(const QString &message);
    void codeChanged();

private:
    std::optional<UdpPortConfig> formConfig(QString *error) const;
    std::optional<StructFormat> listenFormat(QString *error) const;
    void showError(const QString &message);

    UdpListener *m_listener = nullptr;
    StatusLine *m_status = nullptr;
    QSpinBox *m_portSpin = nullptr;
    BindAddressCombo *m_bindCombo = nullptr;
    QComboBox *m_decoderCombo = nullptr;
    QStackedWidget *m_decoderStack = nullptr;
    CodecPicker *m_codecPicker = nullptr;
    QComboBox *m_presetCombo = nullptr;
    QLineEdit *m_formatEdit = nullptr;
    QLineEdit *m_namesEdit = nullptr;
    QLineEdit *m_groupEdit = nullptr;
    QComboBox *m_interfaceCombo = nullptr;
    QPushButton *m_addButton = nullptr;
    QPushButton *m_removeButton = nullptr;
    QPushButton *m_demoPortsButton = nullptr;
    QHBoxLayout *m_buttons = nullptr;
    UdpPortStatsModel *m_statsModel = nullptr;
    QTableView *m_statsTable = nullptr;
};

} // namespace netlab
