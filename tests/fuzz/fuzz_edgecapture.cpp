// libFuzzer target: the `*.edges` capture format (EdgeCapture) and what decode-edges does with
// a file, on arbitrary bytes. Checks: parse never crashes; what parses writes back to text
// that parses to the same edges; the frames hold only edges of the capture, in time order;
// DhtDecoder gives each frame a reading or a failure, and a reading is always plausible.
#include <devices/edgecapture.h>

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray text(reinterpret_cast<const char *>(data), qsizetype(size));
    QString error;
    const std::optional<netlab::EdgeCapture> capture = netlab::EdgeCapture::parse(text, &error);
    if (!capture) {
        if (!error.startsWith(QLatin1String("line ")) && !error.contains(QLatin1String("MiB")))
            std::abort(); // every refusal names its line
        return 0;
    }
    const std::optional<netlab::EdgeCapture> again
        = netlab::EdgeCapture::parse(capture->toText(), &error);
    if (!again || again->edges.size() != capture->edges.size()
        || again->initialLevel != capture->initialLevel || again->model != capture->model)
        std::abort();
    for (qsizetype i = 0; i < again->edges.size(); ++i) {
        if (again->edges.at(i).timestampNs != capture->edges.at(i).timestampNs
            || again->edges.at(i).rising != capture->edges.at(i).rising)
            std::abort();
    }
    const auto frames = capture->hostFrames(2'000'000, 10'000'000);
    for (const netlab::EdgeCapture::Frame &frame : frames) {
        qint64 previous = frame.releaseNs;
        if (frame.releaseNs < frame.startPulseNs)
            std::abort();
        for (const netlab::DhtDecoder::Edge &edge : frame.edges) {
            if (edge.timestampNs < previous || edge.timestampNs - frame.releaseNs > 10'000'000)
                std::abort();
            previous = edge.timestampNs;
        }
        for (const netlab::DhtModel model : {netlab::DhtModel::Dht11, netlab::DhtModel::Dht22}) {
            const netlab::SensorResult result = netlab::DhtDecoder::decode(frame.edges, model);
            if (result.ok() ? !result.reading.isPlausible(model) : result.message.isEmpty())
                std::abort();
        }
    }
    return 0;
}
