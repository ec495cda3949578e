#pragma once

#include <QAbstractTableModel>

class QTimer;

namespace netlab {

class SensorNodeSession;

// The decoded packets of a SensorNodeSession as a table: the time of arrival, then one
// column per field of the packet format. Reads the session's bounded store directly and
// tells views about new rows at most ~30 times a second, however fast packets arrive.
class SensorNodePacketModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    static constexpr int kRefreshMs = 33;

    explicit SensorNodePacketModel(SensorNodeSession *session, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Brings the rows up to date now (the timer does it otherwise).
    void sync();

signals:
    void rowsSynced(); // after each batch of new rows

private:
    void schedule();

    SensorNodeSession *m_session = nullptr;
    QTimer *m_timer = nullptr;
    int m_rows = 0; // what the views know
    bool m_reset = false; // rows were dropped or cleared since the last sync
    QStringList m_headers;
};

} // namespace netlab
