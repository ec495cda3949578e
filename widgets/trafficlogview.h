#pragma once

#include <netlab/textcodec.h>

#include <QWidget>

class QCheckBox;
class QLabel;
class QPushButton;
class QRadioButton;
class QSettings;
class QSortFilterProxyModel;
class QTableView;

namespace netlab {

class CodecPicker;
class TrafficLog;
class TrafficLogModel;

// A tab's traffic log: a toolbar (Text / Hex, codec, auto-scroll, Clear, Save…), the table
// and a notice when the bounded log dropped older lines. Repaints at most ~30 times a
// second however fast entries arrive (see TrafficLogModel).
class TrafficLogView : public QWidget
{
    Q_OBJECT
public:
    explicit TrafficLogView(TrafficLog *log, QWidget *parent = nullptr);

    TrafficLog *log() const { return m_log; }
    TrafficLogModel *model() const { return m_model; } // the unfiltered model
    QTableView *tableView() const { return m_table; }

    bool hexMode() const;
    void setHexMode(bool hex);
    TextCodec codec() const;
    void setCodec(const TextCodec &codec);
    bool autoScroll() const;
    void setAutoScroll(bool on);

    // Shows only entries whose peer starts with `prefix` (e.g. one client's "#3 "); an
    // empty prefix shows everything. Saving always writes the whole log. While a filter is
    // set, a bar above the table says so (naming `description`, e.g. "client #3") with a
    // "Show all" button, which emits peerFilterClearRequested().
    void setPeerFilter(const QString &prefix, const QString &description = QString());
    QString peerFilter() const { return m_peerFilter; }

    // Writes the log in the current mode; false + *error in plain words.
    bool saveToFile(const QString &path, QString *error = nullptr) const;

    // Keys "hex", "encoding", "errors", "autoScroll" in the settings' current group.
    void saveSettings(QSettings &settings) const;
    void restoreSettings(const QSettings &settings);

public slots:
    // Asks for a file name, saves, and reports a failure in a message box.
    void saveWithDialog();
    void clear();

signals:
    void saved(const QString &path);
    void peerFilterClearRequested();

private:
    void updateDroppedNotice(quint64 dropped);
    void scrollIfFollowing();

    TrafficLog *m_log = nullptr;
    TrafficLogModel *m_model = nullptr;
    QSortFilterProxyModel *m_filter = nullptr; // in the view only while a filter is set
    QString m_peerFilter;
    QRadioButton *m_textButton = nullptr;
    QRadioButton *m_hexButton = nullptr;
    CodecPicker *m_codecPicker = nullptr;
    QCheckBox *m_autoScroll = nullptr;
    QPushButton *m_clearButton = nullptr;
    QPushButton *m_saveButton = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_droppedLabel = nullptr;
    QWidget *m_filterBar = nullptr;
    QLabel *m_filterLabel = nullptr;
};

} // namespace netlab
