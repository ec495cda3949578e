// Fuzzes parseHex / toHex / hexDump: parsing never crashes, a refusal always points into
// the text, and hex text round-trips.
#include "fuzzcheck.h"

#include <netlab/hexcodec.h>
#include <netlab/textcodec.h>

#include <cstdio>
#include <cstdlib>

using namespace netlab;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > 1 << 16)
        return 0;
    const QByteArrayView raw(reinterpret_cast<const char *>(data), qsizetype(size));

    // Arbitrary text (as Latin-1 so every byte is one character, and as UTF-16 units).
    const QString latin = QString::fromLatin1(raw);
    const QString units(reinterpret_cast<const QChar *>(data), qsizetype(size / 2));
    for (const QString &text : {latin, units}) {
        const HexParseResult parsed = parseHex(text);
        if (parsed.ok) {
            FUZZ_CHECK(parsed.errorPosition == -1 && parsed.errorString.isEmpty());
            FUZZ_CHECK(parsed.bytes.size() <= text.size() / 2);
            for (const QChar sep : {QChar(u' '), QChar(), QChar(u',')}) {
                const HexParseResult again = parseHex(toHex(parsed.bytes, sep));
                FUZZ_CHECK(again.ok && again.bytes == parsed.bytes);
            }
        } else {
            FUZZ_CHECK(parsed.bytes.isEmpty());
            FUZZ_CHECK(parsed.errorPosition >= 0 && parsed.errorPosition < text.size());
            FUZZ_CHECK(!parsed.errorString.isEmpty());
        }
    }

    // Any bytes survive toHex -> parseHex, and hexDump has one line per 16 bytes.
    const HexParseResult back = parseHex(toHex(raw));
    FUZZ_CHECK(back.ok && QByteArrayView(back.bytes) == raw);
    const QString dump = hexDump(raw, 1 + (size ? data[0] % 32 : 0));
    FUZZ_CHECK(dump.isEmpty() == raw.isEmpty());
    FUZZ_CHECK(dump.count(u'\n')
        == (raw.size() + (1 + (size ? data[0] % 32 : 0)) - 1) / (1 + (size ? data[0] % 32 : 0)));
    int invalid = 0;
    escapedText(raw, TextCodec(), &invalid);
    return 0;
}
