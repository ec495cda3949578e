#pragma once

#include <netlab/textcodec.h>
#include <netlab/trafficlog.h>

#include <QAbstractTableModel>
#include <QPointer>

class QTimer;

namespace netlab {

// Table model over a TrafficLog: time, direction, peer, payload. The log may change
// 100k times a second; the model only tells its views every kPublishIntervalMs (at most
// ~30 times a second), coalescing all appends and drops since the last time into one
// removal at the top and one insertion at the bottom.
// Payloads render as escaped text through the codec, or as hex; decode problems show as a
// warning icon, a colour and a tooltip ("2 invalid UTF-8 sequences replaced"). The
// tooltip holds a hex dump of the payload (first kMaxTooltipBytes bytes).
class TrafficLogModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { TimeColumn, DirectionColumn, PeerColumn, PayloadColumn, ColumnCount };
    static constexpr int kPublishIntervalMs = 33;
    static constexpr int kMaxCellBytes = 2048; // longer payloads are cut in the cell
    static constexpr int kMaxTooltipBytes = 1024;

    explicit TrafficLogModel(TrafficLog *log, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    bool hexMode() const { return m_hexMode; }
    void setHexMode(bool hex);
    TextCodec codec() const { return m_codec; }
    void setCodec(const TextCodec &codec);

    TrafficLog *log() const { return m_log; }
    // Publishes pending changes now instead of at the next tick.
    void publishNow();

    // Text of the payload cell for an entry (what the view shows), and its invalid count.
    QString payloadText(qsizetype logIndex, int *invalid = nullptr) const;

signals:
    // After each publish that found new drops; total since the log was last cleared.
    void droppedCountChanged(quint64 dropped);
    // After rows were appended by a publish (the view scrolls to the bottom on this).
    void rowsPublished();

private:
    void onEntriesAdded(qsizetype first, qsizetype count);
    void onEntriesDropped(qsizetype count);
    void onCleared();
    void scheduleUpdate();
    qsizetype logIndex(int row) const; // -1 when the entry is gone

    QPointer<TrafficLog> m_log;
    QTimer *m_timer = nullptr;
    TextCodec m_codec;
    bool m_hexMode = false;
    int m_rows = 0; // rows the views know about
    qsizetype m_pendingDropped = 0; // dropped from the log since the last publish
    quint64 m_publishedDropped = 0;
};

} // namespace netlab
