#pragma once

#include <devices/dhtdecoder.h>

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QStringList>

#include <optional>

namespace netlab {

// A recording of a DHT data line, every level change with its time: what `netlab-agent
// record-edges` writes and `netlab-agent decode-edges` reads, and the format of the real
// logic-analyzer captures under tests/data/dht.
//
// Wire format (`*.edges`, ASCII text, LF or CRLF line ends, at most kMaxBytes):
//   # <free text>                                  comment (source, pin, tool …), kept
//   # samplerate_hz <n> samples <n> initial_level <0|1> [model <dht11|dht22>]
//                                                  the parameters line: the first comment
//                                                  before the edges whose words are these
//                                                  key/value pairs (any subset, any order);
//                                                  initial_level defaults to 1. Written first.
//   <ns> <level>                                   one edge: time since the capture started,
//                                                  in ns (decimal, >= 0, never decreasing),
//                                                  then the level after the edge (0 or 1)
// Blank lines are ignored; anything else is an error naming its line. At most kMaxEdges edges.
//
//   # source: sigrok-dumps am230x/dht11_1mhz.sr (public domain), SDA probe bit 5
//   # samplerate_hz 1000000 samples 5000000 initial_level 1
//   1892253000 0          <- the host pulls the line low (start pulse)
//   1912276000 1          <- and releases it: a Pi starts watching edges here
//   1912320000 0          <- the sensor's answer: 80 µs low, 80 µs high, 40 bits
//
// A level equal to the previous one is kept (a lost edge in a recording from the kernel).
class EdgeCapture
{
    Q_DECLARE_TR_FUNCTIONS(netlab::EdgeCapture)

public:
    static constexpr qsizetype kMaxBytes = 16 * 1024 * 1024;
    static constexpr qsizetype kMaxEdges = 1'000'000;
    // A falling edge after the line was idle high this long starts a host start pulse: inside
    // an answer the sensor never holds the line high longer than ~80 µs.
    static constexpr qint64 kIdleHighNs = 1'000'000;

    // What a Pi sees after one start pulse: the edges after the host released the line, until
    // none came for quietNs or windowNs passed (GpiodDhtBackend's edge watch).
    struct Frame
    {
        qint64 startPulseNs = 0; // when the host pulled the line low
        qint64 releaseNs = 0; // when it released it
        QList<DhtDecoder::Edge> edges;
    };

    QStringList comments; // without the leading "# "
    qint64 sampleRateHz = 0; // 0: not stated
    qint64 samples = 0; // 0: not stated
    bool initialLevel = true;
    std::optional<DhtModel> model;
    QList<DhtDecoder::Edge> edges; // rising = level 1 after the edge

    // nullopt + *error "line 7: …" for text that is not this format.
    static std::optional<EdgeCapture> parse(const QByteArray &text, QString *error);
    static std::optional<EdgeCapture> load(const QString &path, QString *error);
    QByteArray toText() const;
    bool save(const QString &path, QString *error) const;

    // Splits the capture at the host's start pulses (a falling edge after the line idled
    // high for kIdleHighNs, or the capture's start when it begins low) and keeps, for each,
    // the edges a Pi watching from the release would record.
    QList<Frame> hostFrames(qint64 quietNs, qint64 windowNs) const;
};

} // namespace netlab
