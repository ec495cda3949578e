#pragma once

#include <QGroupBox>

class QCheckBox;
class QLabel;
class QPushButton;
class QSettings;
class QTableView;

namespace netlab {

class StatusLine;
class UdpCapture;
class UdpListener;
class UdpMessageModel;

// The UDP tab's received messages: a bounded table of what the ports received (one column per
// decoded field, repainted at most ~30 times a second, following the newest rows unless the
// user scrolled up), with pause, clear, raw hex and CSV export, and the capture's counters.
class UdpMessagesPanel : public QGroupBox
{
    Q_OBJECT

public:
    UdpMessagesPanel(
        UdpListener *listener, UdpCapture *capture, StatusLine *status, QWidget *parent = nullptr);
    // The scroll bar still signals while QWidget's destructor hides the children: by then
    // this panel is no longer a UdpMessagesPanel, so its slots must be gone first.
    ~UdpMessagesPanel() override;

    UdpMessageModel *model() const { return m_model; }
    void togglePause();
    void clear();
    void saveCsv(); // asks for a file name
    bool exportCsv(const QString &path);

    void saveSettings(QSettings &settings) const;
    void restoreSettings(const QSettings &settings);

signals:
    void statusMessage(const QString &message);

private:
    void showCaptureCounters();
    void showPaused(bool paused);

    UdpCapture *m_capture = nullptr;
    StatusLine *m_status = nullptr;
    QPushButton *m_pauseButton = nullptr;
    QPushButton *m_clearButton = nullptr;
    QCheckBox *m_rawCheck = nullptr;
    QPushButton *m_exportButton = nullptr;
    QLabel *m_captureLabel = nullptr;
    QTableView *m_table = nullptr;
    UdpMessageModel *m_model = nullptr;
    bool m_columnsFitted = false;
    bool m_followNewest = true; // the table scrolls to each new batch
    QString m_lastCsvDirectory;
};

} // namespace netlab
