#pragma once

// The UDP listener's ports as a table a user reads: one row per port, in the listener's order
// (by port number), with the bind address (and multicast group), the decoder, the counters
// (messages, bytes, bad frames with their reasons), the rate of the last second, the average
// rate, the rate history, and a mark on the fastest and the slowest port while two or more
// receive at different rates.
//
// Fed by a UdpListener: a port added or removed shows at once, the counters at most every
// kRefreshMs after datagrams or a rate tick. setRows() feeds it without a listener (a test,
// a replay). Rows keep their identity across updates (a port's row is updated in place, a new
// one inserted where it belongs), so a selection in a view survives the refreshes.

#include <netlab/udplistener.h>

#include <QAbstractTableModel>
#include <QList>
#include <QPointer>
#include <QTimer>

namespace netlab {

class UdpPortStatsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        PortColumn,
        AddressColumn,
        DecoderColumn,
        MessagesColumn,
        BytesColumn,
        BadColumn,
        RateColumn,
        AverageColumn,
        HistoryColumn,
        MarkColumn,
        ColumnCount
    };
    enum Role {
        PortRole = Qt::UserRole + 1, // quint16, in every column of a row
        ValueRole, // the number behind a counter or rate cell (qint64 or double)
        HistoryRole, // QList<double>: messages per second, oldest first (History column)
        ProblemRole, // bool: the cell reports a problem (bad frames); views show it in red
    };
    enum class Mark { None, Fastest, Slowest };

    static constexpr int kRefreshMs = 250;

    struct Row
    {
        UdpPortConfig config;
        UdpPortStats stats;
    };

    // listener: followed through its signals; nullptr: the rows come from setRows().
    explicit UdpPortStatsModel(UdpListener *listener = nullptr, QObject *parent = nullptr);

    // Replaces the rows (one per port; config.port is the key).
    void setRows(const QList<Row> &rows);
    // Reads the listener now instead of at the next refresh.
    void refresh();

    quint16 portAt(int row) const;
    int rowOfPort(quint16 port) const; // -1: not listed
    UdpPortStats stats(int row) const;
    Mark mark(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // "12.5" below 10 per second, "37" above: what the Rate columns show.
    static QString rateText(double rate);

private:
    void scheduleRefresh();
    void updateMarks();
    QString displayText(const Row &row, int column, int index) const;

    QPointer<UdpListener> m_listener;
    QList<Row> m_rows;
    QList<Mark> m_marks; // one per row
    QTimer m_refreshTimer;
};

} // namespace netlab
