// libFuzzer target: arbitrary bytes into HttpResponseParser as a server's answer. The first
// input byte picks the size of the pieces the rest is fed in (and whether it answers a HEAD
// request); the outcome must not depend on how the bytes were split, and the parser must
// account for every byte it was given.
#include <netlab/httpresponseparser.h>

#include <QByteArrayView>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

namespace {

using netlab::HttpResponseParser;

struct Outcome
{
    HttpResponseParser::State state;
    int statusCode;
    QByteArray body;
    qsizetype headerCount;
    qint64 consumed;
};

Outcome parse(QByteArrayView input, qsizetype piece, bool head, bool close)
{
    HttpResponseParser parser(4096);
    parser.setHeadRequest(head);
    for (qsizetype i = 0; i < input.size(); i += piece)
        parser.feed(input.sliced(i, qMin(piece, input.size() - i)));
    if (close)
        parser.finish();
    const auto &message = parser.message();
    return {parser.state(),
        parser.state() == HttpResponseParser::State::Complete ? message.statusCode : 0,
        parser.state() == HttpResponseParser::State::Complete ? message.body : QByteArray(),
        parser.state() == HttpResponseParser::State::Complete ? message.headers.size() : 0,
        parser.bytesParsed() + parser.extraBytes()};
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    const qsizetype piece = (data[0] & 0x3f) + 1;
    const bool head = data[0] & 0x40;
    const bool close = data[0] & 0x80;
    const QByteArrayView input(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));

    const Outcome whole = parse(input, qMax<qsizetype>(1, input.size()), head, close);
    const Outcome pieces = parse(input, piece, head, close);
    if (whole.state != pieces.state || whole.statusCode != pieces.statusCode
        || whole.body != pieces.body || whole.headerCount != pieces.headerCount)
        std::abort();
    // Complete: every byte is either parsed or counted as extra.
    if (whole.state == HttpResponseParser::State::Complete && whole.consumed != input.size())
        std::abort();
    return 0;
}
