#pragma once

#include "labtab.h"

class QTabWidget;

namespace netlab {

class CodeView;
class DemoStreams;
class FieldPlotPanel;
class FramePlots;
class StatusLine;
class UdpCapture;
class UdpDemoPanel;
class UdpListener;
class UdpListenerPanel;
class UdpMessageModel;
class UdpMessagesPanel;
class UdpSender;
class UdpSenderPanel;

// The UDP lab, one panel per part:
// - listener (UdpListenerPanel): add and remove ports while running, each with its bind
//   address, decoder and optional multicast group; per-port counters and rates with a rate
//   history and the fastest / slowest port marked;
// - received messages (UdpMessagesPanel) and their live plot (FieldPlotPanel), sharing the
//   lower pane;
// - sender (UdpSenderPanel): unicast, broadcast or multicast, text / hex or a struct frame,
//   N at R per second;
// - demo streams (UdpDemoPanel): the course's sensor lines and drone frames in one click.
// The listener and the sender each have a "Show as code" view; code() is the listener's
// program. Binds to core objects that MainWindow owns.
class UdpTab : public LabTab
{
    Q_OBJECT

public:
    // plots: the struct ports' samples for the live plot (FramePlots::followUdp(listener)).
    UdpTab(UdpListener *listener, UdpCapture *capture, UdpSender *sender, DemoStreams *demo,
        FramePlots *plots, QWidget *parent = nullptr);

    QString title() const override;
    QString key() const override;
    void saveSettings(QSettings &settings) const override;
    void restoreSettings(const QSettings &settings) override;
    void toggleConnection() override; // start / stop the demo streams
    void send() override;
    void clearLog() override;
    void saveLog() override;
    GeneratedCode code() const override; // the listener's program
    GeneratedCode senderCode() const;

    // The port of the form, or 0 with the reason in the status line.
    quint16 addPort();
    void removeSelectedPorts();
    // Text on the demo text port, drone frames on the demo drone port.
    void listenToDemoPorts();
    void toggleDemo();
    void stopSend();
    void togglePause();
    bool exportCsv(const QString &path);
    UdpMessageModel *messageModel() const;
    FieldPlotPanel *plotPanel() const { return m_plotPanel; }
    CodeView *listenerCodeView() const { return m_listenerCode; }
    CodeView *senderCodeView() const { return m_senderCode; }

private:
    void showError(const QString &message);

    UdpListener *m_listener = nullptr;
    StatusLine *m_status = nullptr;
    UdpListenerPanel *m_listenerPanel = nullptr;
    UdpMessagesPanel *m_messagesPanel = nullptr;
    UdpSenderPanel *m_senderPanel = nullptr;
    UdpDemoPanel *m_demoPanel = nullptr;
    FieldPlotPanel *m_plotPanel = nullptr;
    QTabWidget *m_lowerTabs = nullptr; // received messages | live plot
    CodeView *m_listenerCode = nullptr;
    CodeView *m_senderCode = nullptr;
};

} // namespace netlab
