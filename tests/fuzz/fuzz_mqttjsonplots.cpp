// Fuzzes the MQTT live plots' JSON reader (MqttJsonPlots): the input is split into messages on
// a few topics; each payload's numeric leaves must respect the leaf bound, have distinct
// non-empty paths and finite values, and feeding them all must keep the plotted topics and
// fields within their bounds.
#include "fuzzcheck.h"

#include <netlab/frameplots.h>
#include <netlab/mqttjsonplots.h>

#include <QSet>

#include <cmath>
#include <cstdio>
#include <cstdlib>

using namespace netlab;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1 || size > 1 << 18)
        return 0;
    // First byte: booleans on/off and the leaf bound; the rest, messages separated by 0xff,
    // each on topic "t<n>" where n is its first byte (so that many topics can appear).
    const bool booleans = data[0] & 1;
    const int maxLeaves = 1 + (data[0] >> 1) % 40;
    const QByteArray input(reinterpret_cast<const char *>(data) + 1, qsizetype(size) - 1);
    QList<MqttMessage> messages;
    qint64 t = 1'000;
    for (const QByteArray &part : input.split('\xff')) {
        const QList<MqttJsonPlots::Leaf> leaves
            = MqttJsonPlots::numericLeaves(part, booleans, maxLeaves);
        FUZZ_CHECK(leaves.size() <= maxLeaves);
        QSet<QString> paths;
        for (const MqttJsonPlots::Leaf &leaf : leaves) {
            FUZZ_CHECK(!leaf.path.isEmpty());
            FUZZ_CHECK(std::isfinite(leaf.value));
            paths.insert(leaf.path);
        }
        FUZZ_CHECK(paths.size() == leaves.size());
        MqttMessage message;
        message.topic = QStringLiteral("t%1").arg(part.isEmpty() ? 0 : quint8(part.front()));
        message.payload = part.mid(1);
        message.receivedMs = t++;
        messages.append(message);
    }
    FramePlots plots;
    MqttJsonPlots json(&plots);
    json.setPlotsBooleans(booleans);
    json.append(messages);
    json.append(messages); // the same again: known topics and paths
    qsizetype topics = 0;
    for (const QString &key : plots.sources()) {
        if (!key.startsWith(MqttJsonPlots::sourcePrefix()))
            continue;
        ++topics;
        const QString topic = key.mid(MqttJsonPlots::sourcePrefix().size());
        FUZZ_CHECK(json.fields(topic).size() <= MqttJsonPlots::kMaxFields);
    }
    FUZZ_CHECK(topics <= MqttJsonPlots::kMaxTopics);
    json.clear();
    for (const QString &key : plots.sources())
        FUZZ_CHECK(!key.startsWith(MqttJsonPlots::sourcePrefix()));
    return 0;
}
