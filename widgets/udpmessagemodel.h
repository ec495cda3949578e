#pragma once

#include <QAbstractTableModel>

class QTimer;

namespace netlab {

class UdpCapture;

// The datagrams a UdpCapture holds as a table: time, port, one column per decoded field (the
// union over the ports' decoders: struct field names first, then "Text" and "Hex", so a
// struct port's values are in view at the default size even with a text port beside it),
// sender, size, and the raw bytes in hex. Tells views about new rows in batches at most ~30 times a
// second however fast datagrams arrive: a flood costs the GUI thread one removal and one insert
// per refresh, not one per datagram (a reset only on a clear or new columns).
class UdpMessageModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    static constexpr int kRefreshMs = 33;
    enum LeadingColumn { TimeColumn, PortColumn, LeadingColumnCount };

    explicit UdpMessageModel(UdpCapture *capture, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    int senderColumn() const { return LeadingColumnCount + int(m_columns.size()); }
    int sizeColumn() const { return senderColumn() + 1; }
    int rawColumn() const { return columnCount() - 1; }
    // Brings the rows up to date now (the timer does it otherwise).
    void sync();
    // How many times the views were told about changes (resets, inserts, removals): at most
    // one refresh per kRefreshMs.
    qint64 publications() const { return m_publications; }

signals:
    void rowsSynced(); // after each refresh that changed something

private:
    void schedule();

    UdpCapture *m_capture = nullptr;
    QTimer *m_timer = nullptr;
    int m_rows = 0; // what the views know
    int m_droppedSinceSync = 0; // rows removed from the front since the last sync
    bool m_reset = false;
    QStringList m_columns;
    qint64 m_publications = 0;
};

} // namespace netlab
