#pragma once

// The topics an MQTT client has seen, as a tree split at '/': each topic's last payload,
// message count, rate (messages per second over the last tick) and whether the last message
// was retained. A plain QAbstractItemModel, fed by MqttClient::messagesReceived batches and
// testable without a window. Rows are only ever added (clear() empties it); tick() (every
// second from the owner's timer, or from a test with its own elapsed time) updates the rates.

#include <netlab/mqttclient.h>

#include <QAbstractItemModel>
#include <QHash>

#include <memory>
#include <vector>

namespace netlab {

class MqttTopicTree : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column { TopicColumn, ValueColumn, CountColumn, RateColumn, RetainedColumn, ColumnCount };
    // Data role of the topic column: the full topic of the row ("" for a pure branch).
    static constexpr int FullTopicRole = Qt::UserRole + 1;
    // The last payload, raw bytes.
    static constexpr int PayloadRole = Qt::UserRole + 2;
    static constexpr int kMaxTopics = 20'000; // more distinct topics are counted, not shown

    explicit MqttTopicTree(QObject *parent = nullptr);
    ~MqttTopicTree() override;

    void ingest(const QList<netlab::MqttMessage> &messages);
    void tick(qint64 elapsedMs);
    void clear();

    int topicCount() const { return m_topicCount; }
    quint64 droppedTopics() const { return m_droppedTopics; }
    quint64 totalMessages() const { return m_total; }
    // The row of a full topic, or an invalid index.
    QModelIndex indexOfTopic(const QString &topic) const;
    // Last payload, count, retained flag of a topic (count 0: never seen).
    QByteArray lastPayload(const QString &topic) const;
    quint64 messageCount(const QString &topic) const;
    bool isRetained(const QString &topic) const;
    double rate(const QString &topic) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    struct Node
    {
        Node *parent = nullptr;
        int row = 0;
        QString name;
        QString topic; // set once a message arrived on exactly this topic
        std::vector<std::unique_ptr<Node>> children;
        QHash<QString, Node *> byName;
        QByteArray payload;
        quint64 count = 0;
        quint64 countAtTick = 0;
        double rate = 0;
        bool retained = false;
    };
    Node *nodeFor(const QModelIndex &index) const;
    QModelIndex indexFor(const Node *node, int column) const;
    Node *findOrCreate(const QString &topic);
    const Node *find(const QString &topic) const;

    std::unique_ptr<Node> m_root;
    QHash<QString, Node *> m_byTopic;
    int m_topicCount = 0;
    quint64 m_droppedTopics = 0;
    quint64 m_total = 0;
};

} // namespace netlab
