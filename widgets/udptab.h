#pragma once

#include "labtab.h"

#include <netlab/structformat.h>
#include <netlab/udplistener.h>

#include <optional>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QStackedWidget;
class QTableView;
class QTableWidget;
class QTabWidget;
class QTimer;

namespace netlab {

class BindAddressCombo;
class CodecPicker;
class DemoStreams;
class EndpointPicker;
class FieldPlotPanel;
class FramePlots;
class SendPanel;
class StatusLine;
class UdpCapture;
class UdpMessageModel;
class UdpSender;

// The UDP lab. Listener: add and remove ports while running (bind address, decoder — text
// with a codec, a Python struct frame with names and presets, or hex —, optional multicast
// group), per-port counters and rates with a rate history and the fastest / slowest port
// marked, and a bounded table of the received messages (one column per decoded field,
// repainted at most ~30 times a second) with pause, clear and CSV export. Sender: unicast,
// broadcast or multicast, payload as text / hex or a struct frame, N at R per second with a
// progress bar. Demo streams: the course's sensor lines and drone frames in one click.
// Binds to core objects that MainWindow owns.
class UdpTab : public LabTab
{
    Q_OBJECT

public:
    static constexpr int kStatsRefreshMs = 500;

    // plots: the struct ports' samples for the live plot (FramePlots::followUdp(listener)).
    UdpTab(UdpListener *listener, UdpCapture *capture, UdpSender *sender, DemoStreams *demo,
        FramePlots *plots, QWidget *parent = nullptr);

    // The scroll bar still signals while QWidget's destructor hides the children: by then
    // this tab is no longer a UdpTab, so its slots must be gone first.
    ~UdpTab() override;

    QString title() const override;
    QString key() const override;
    void saveSettings(QSettings &settings) const override;
    void restoreSettings(const QSettings &settings) override;
    void toggleConnection() override; // start / stop the demo streams
    void send() override;
    void clearLog() override;
    void saveLog() override;

    // The port of the form, or 0 with the reason in the status line.
    quint16 addPort();
    void removeSelectedPorts();
    // Text on the demo text port, drone frames on the demo drone port.
    void listenToDemoPorts();
    void toggleDemo();
    void stopSend();
    void togglePause();
    bool exportCsv(const QString &path);
    UdpMessageModel *messageModel() const { return m_messageModel; }
    FieldPlotPanel *plotPanel() const { return m_plotPanel; }

private:
    QWidget *createListenerPanel();
    QWidget *createMessagesPanel();
    QWidget *createSenderPanel();
    QWidget *createDemoPanel();
    void fillTargets();
    void applyPreset(QComboBox *presets, QLineEdit *format, QLineEdit *names);
    std::optional<QHostAddress> bindAddress(QString *error) const;
    std::optional<StructFormat> listenFormat(QString *error) const;
    std::optional<QByteArray> sendPayload(QString *error) const;
    quint16 listen(const UdpPortConfig &config);
    void rebuildStats();
    void refreshStats();
    void showSenderState();
    void showDemoState();
    void showCaptureCounters();
    void showError(const QString &message);

    UdpListener *m_listener = nullptr;
    UdpCapture *m_capture = nullptr;
    UdpSender *m_sender = nullptr;
    DemoStreams *m_demo = nullptr;
    FramePlots *m_plots = nullptr;
    FieldPlotPanel *m_plotPanel = nullptr;
    QTabWidget *m_lowerTabs = nullptr; // received messages | live plot

    // Listener
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
    QTableWidget *m_statsTable = nullptr;
    QTimer *m_statsTimer = nullptr;

    // Messages
    QPushButton *m_pauseButton = nullptr;
    QPushButton *m_clearButton = nullptr;
    QCheckBox *m_rawCheck = nullptr;
    QPushButton *m_exportButton = nullptr;
    QLabel *m_captureLabel = nullptr;
    QTableView *m_messagesTable = nullptr;
    UdpMessageModel *m_messageModel = nullptr;
    bool m_columnsFitted = false;
    bool m_followNewest = true; // the messages table scrolls to each new batch

    // Sender
    EndpointPicker *m_target = nullptr;
    QCheckBox *m_broadcastCheck = nullptr;
    QSpinBox *m_ttlSpin = nullptr;
    QComboBox *m_sendInterfaceCombo = nullptr;
    QComboBox *m_payloadKindCombo = nullptr;
    QStackedWidget *m_payloadStack = nullptr;
    SendPanel *m_sendPanel = nullptr;
    QComboBox *m_sendPresetCombo = nullptr;
    QLineEdit *m_sendFormatEdit = nullptr;
    QLineEdit *m_valuesEdit = nullptr;
    QSpinBox *m_countSpin = nullptr;
    QDoubleSpinBox *m_rateSpin = nullptr;
    QPushButton *m_sendButton = nullptr;
    QPushButton *m_stopButton = nullptr;
    QProgressBar *m_sendProgress = nullptr;

    // Demo streams
    QComboBox *m_demoTargetCombo = nullptr;
    QSpinBox *m_demoTextPortSpin = nullptr;
    QSpinBox *m_demoDronePortSpin = nullptr;
    QPushButton *m_demoButton = nullptr;
    QLabel *m_demoLabel = nullptr;

    StatusLine *m_status = nullptr;
    QString m_lastCsvDirectory;
};

} // namespace netlab
