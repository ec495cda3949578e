// Fuzzes the chat's framing and JSON codec (ChatProtocol) and the presence datagram parser
// (ChatDiscovery::parseDatagram). The first byte picks the mode and the chunk size; the rest
// is the byte stream, fed whole and in chunks, checking that both give the same frames and
// that the line buffer stays bounded.
#include "fuzzcheck.h"

#include <netlab/chatdiscovery.h>
#include <netlab/chatprotocol.h>

#include <cstdio>
#include <cstdlib>

using namespace netlab;

namespace {

bool sameFrames(const QList<ChatFrame> &a, const QList<ChatFrame> &b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (a.at(i).kind != b.at(i).kind || a.at(i).text != b.at(i).text || a.at(i).id != b.at(i).id
            || a.at(i).nickname != b.at(i).nickname)
            return false;
    }
    return true;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1 || size > 1 << 18)
        return 0;
    const auto mode = (data[0] & 1) ? ChatProtocol::Mode::Plain : ChatProtocol::Mode::Netlab;
    const qsizetype chunk = 1 + (data[0] >> 1);
    const QByteArrayView input(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));

    ChatProtocol whole(mode);
    const QList<ChatFrame> all = whole.feed(input);
    FUZZ_CHECK(whole.pendingBytes() <= ChatProtocol::kMaxLineBytes);

    ChatProtocol pieces(mode);
    QList<ChatFrame> split;
    for (qsizetype offset = 0; offset < input.size(); offset += chunk) {
        split += pieces.feed(input.sliced(offset, std::min(chunk, input.size() - offset)));
        FUZZ_CHECK(pieces.pendingBytes() <= ChatProtocol::kMaxLineBytes);
    }
    FUZZ_CHECK(sameFrames(all, split));
    FUZZ_CHECK(whole.pendingBytes() == pieces.pendingBytes());

    for (const ChatFrame &frame : all) {
        if (mode == ChatProtocol::Mode::Plain)
            FUZZ_CHECK(frame.kind == ChatFrame::Kind::PlainLine
                || frame.kind == ChatFrame::Kind::Overlong);
        if (frame.kind == ChatFrame::Kind::Invalid || frame.kind == ChatFrame::Kind::Overlong)
            FUZZ_CHECK(!frame.warning.isEmpty());
        FUZZ_CHECK(frame.nickname.size() <= ChatProtocol::kMaxNicknameLength);
        FUZZ_CHECK(frame.id.size() <= ChatProtocol::kMaxIdLength);
        // What we send is what we read back.
        const QByteArray encoded = frame.kind == ChatFrame::Kind::Message
            ? ChatProtocol::encodeMessage(frame.id, frame.text, frame.time, frame.nickname)
            : QByteArray();
        if (!encoded.isEmpty() && encoded.size() <= ChatProtocol::kMaxLineBytes) {
            const QList<ChatFrame> again = ChatProtocol(ChatProtocol::Mode::Netlab).feed(encoded);
            FUZZ_CHECK(again.size() == 1 && again.at(0).kind == ChatFrame::Kind::Message);
            FUZZ_CHECK(again.at(0).text == frame.text && again.at(0).id == frame.id);
        }
    }
    const QList<ChatFrame> rest = whole.flushPartial();
    FUZZ_CHECK(mode == ChatProtocol::Mode::Plain || rest.isEmpty());
    FUZZ_CHECK(mode == ChatProtocol::Mode::Netlab || whole.pendingBytes() == 0);

    const QString nickname = ChatProtocol::cleanNickname(QString::fromUtf8(input));
    FUZZ_CHECK(nickname.size() <= ChatProtocol::kMaxNicknameLength);
    FUZZ_CHECK(ChatProtocol::cleanNickname(nickname) == nickname);

    DiscoveredPeer peer;
    if (ChatDiscovery::parseDatagram(input.toByteArray(), &peer)) {
        FUZZ_CHECK(input.size() <= ChatDiscovery::kMaxDatagram);
        FUZZ_CHECK(!peer.instanceId.isEmpty());
        FUZZ_CHECK(peer.nickname.size() <= ChatProtocol::kMaxNicknameLength);
    }
    return 0;
}
