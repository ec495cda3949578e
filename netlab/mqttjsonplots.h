#pragma once

// Live plots of MQTT JSON payloads: every message on a subscribed topic whose payload is a
// JSON object or array (or a bare number) feeds the FramePlots source "mqtt/<topic>", one
// field per numeric leaf named by its path:
//
//     {"t": 21.5, "h": {"rel": 40}, "accel": [0.1, 9.8]}
//       -> t = 21.5, h.rel = 40, accel[0] = 0.1, accel[1] = 9.8
//     22.5 (a bare number) -> value = 22.5
//
// Strings, nulls and (unless asked) booleans are not plotted; a payload that is not JSON is
// skipped without a word. A path that appears later adds a field (the samples so far keep
// theirs, the new field has none for them); a message without a known path leaves a gap in
// that field. Bounded: kMaxFields fields per topic, kMaxTopics topics, payloads up to
// kMaxPayloadBytes; what goes past a bound is not plotted, and limitReached() says so once.

#include <netlab/mqttclient.h>

#include <QHash>
#include <QObject>
#include <QSet>

namespace netlab {

class FramePlots;

class MqttJsonPlots : public QObject
{
    Q_OBJECT

public:
    static constexpr int kMaxFields = 32; // per topic
    static constexpr int kMaxTopics = 16;
    static constexpr qsizetype kMaxPayloadBytes = 64 * 1024;
    static constexpr int kMaxDepth = 16; // deeper leaves are not plotted

    struct Leaf
    {
        QString path;
        double value = 0;
    };

    explicit MqttJsonPlots(FramePlots *plots, QObject *parent = nullptr);

    FramePlots *framePlots() const { return m_plots; }
    static QString sourceKey(const QString &topic); // "mqtt/<topic>"
    static QString sourcePrefix(); // "mqtt/"

    // The numeric leaves of a payload, objects' keys in alphabetical order and arrays' items
    // in order, at most `maxLeaves`. Empty when the payload is not JSON or has no number.
    static QList<Leaf> numericLeaves(
        const QByteArray &payload, bool booleans = false, int maxLeaves = kMaxFields);

    bool plotsBooleans() const { return m_booleans; }
    void setPlotsBooleans(bool booleans); // true: true = 1, false = 0

    // Each message's leaves become a row of its topic's source at its arrival time.
    void append(const QList<MqttMessage> &messages);
    // Forgets every MQTT source (the log was cleared).
    void clear();
    QStringList fields(const QString &topic) const; // the topic's field paths, in order

signals:
    // Once per bound: a topic or a field was not plotted ("more than 16 topics...").
    void limitReached(const QString &message);

private:
    bool ensureFields(const QString &topic, const QList<Leaf> &leaves);

    FramePlots *m_plots;
    bool m_booleans = false;
    QHash<QString, QStringList> m_fields; // topic -> paths, in the order they came
    QStringList m_topics; // in the order they came
    bool m_warnedTopics = false;
    QSet<QString> m_warnedFields; // topics already told about
};

} // namespace netlab
