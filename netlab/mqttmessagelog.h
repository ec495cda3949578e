#pragma once

// The MQTT messages received (and published) in arrival order, bounded: beyond maxEntries()
// the oldest rows are dropped and counted. A table model (time, direction, topic, QoS,
// retained, size, payload preview) testable without a window; setTopicFilter() keeps only
// the rows whose topic matches an MQTT filter (+ and #) or contains the text.

#include <netlab/mqttclient.h>

#include <QAbstractTableModel>

#include <deque>

namespace netlab {

class MqttMessageLog : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        TimeColumn,
        DirectionColumn,
        TopicColumn,
        QosColumn,
        RetainedColumn,
        SizeColumn,
        PayloadColumn,
        ColumnCount
    };
    static constexpr int PayloadRole = Qt::UserRole + 1; // raw bytes
    static constexpr int kDefaultMaxEntries = 5000;

    struct Entry
    {
        MqttMessage message;
        bool outgoing = false;
    };

    explicit MqttMessageLog(QObject *parent = nullptr);

    void append(const QList<netlab::MqttMessage> &messages, bool outgoing = false);
    void clear();
    void setMaxEntries(int maxEntries);
    int maxEntries() const { return m_maxEntries; }
    quint64 droppedCount() const { return m_dropped; }
    // Empty: all. A filter with + or #, or a topic: MQTT matching; otherwise a substring.
    void setTopicFilter(const QString &filter);
    QString topicFilter() const { return m_filter; }
    // Shown rows.
    const Entry &entryAt(int row) const { return *m_shown[size_t(row)]; }
    int totalCount() const { return int(m_entries.size()); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    bool accepts(const Entry &entry) const;
    void trim();

    std::deque<Entry> m_entries;
    std::deque<const Entry *> m_shown; // into m_entries (deque: stable addresses)
    int m_maxEntries = kDefaultMaxEntries;
    quint64 m_dropped = 0;
    QString m_filter;
};

} // namespace netlab
