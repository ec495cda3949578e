// Fuzzes TextCodec and TextStreamDecoder: every encoding x error mode, plus streaming with
// split points taken from the input, checking the invariants that tie the modes together.
#include "fuzzcheck.h"

#include <netlab/textcodec.h>

#include <cstdio>
#include <cstdlib>

using namespace netlab;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > 1 << 16)
        return 0;
    const QByteArrayView input(reinterpret_cast<const char *>(data), qsizetype(size));

    for (auto encoding : {TextEncoding::Ascii, TextEncoding::Utf8, TextEncoding::Latin1}) {
        const DecodeResult strict = TextCodec(encoding, DecodeErrorMode::Strict).decode(input);
        const DecodeResult replace = TextCodec(encoding, DecodeErrorMode::Replace).decode(input);
        const DecodeResult ignore = TextCodec(encoding, DecodeErrorMode::Ignore).decode(input);

        // Replace = Ignore plus one U+FFFD per invalid sequence, never fewer characters.
        FUZZ_CHECK(replace.ok && ignore.ok);
        FUZZ_CHECK(replace.invalidSequences == ignore.invalidSequences);
        FUZZ_CHECK(replace.text.size() == ignore.text.size() + replace.invalidSequences);
        FUZZ_CHECK(replace.text.size() <= input.size());
        FUZZ_CHECK(strict.ok == (replace.invalidSequences == 0));
        FUZZ_CHECK(strict.firstErrorOffset == replace.firstErrorOffset);
        FUZZ_CHECK(strict.errorString == replace.errorString);
        if (encoding == TextEncoding::Latin1)
            FUZZ_CHECK(strict.ok && strict.text.size() == input.size());

        if (strict.ok) {
            // Valid input re-encodes to exactly the same bytes.
            const EncodeResult back
                = TextCodec(encoding, DecodeErrorMode::Strict).encode(strict.text);
            FUZZ_CHECK(back.ok);
            FUZZ_CHECK(QByteArrayView(back.bytes) == input);
            FUZZ_CHECK(strict.errorString.isEmpty());
        } else {
            // Strict stops at the first error: its text is the decode of what precedes it.
            FUZZ_CHECK(strict.firstErrorOffset >= 0 && strict.firstErrorOffset < input.size());
            const DecodeResult prefix = TextCodec(encoding, DecodeErrorMode::Strict)
                                            .decode(input.first(strict.firstErrorOffset));
            FUZZ_CHECK(prefix.ok && prefix.text == strict.text);
            FUZZ_CHECK(ignore.text.startsWith(strict.text));
            FUZZ_CHECK(!strict.errorString.isEmpty());
        }

        // Whatever was decoded is valid Unicode: UTF-8 strict encoding always succeeds.
        FUZZ_CHECK(TextCodec(TextEncoding::Utf8, DecodeErrorMode::Strict).encode(replace.text).ok);

        // Streaming with split points derived from the input gives the same result.
        for (auto mode : {DecodeErrorMode::Replace, DecodeErrorMode::Ignore}) {
            const DecodeResult &whole = mode == DecodeErrorMode::Replace ? replace : ignore;
            TextStreamDecoder decoder(TextCodec(encoding, mode));
            QString text;
            int invalid = 0;
            qsizetype pos = 0;
            size_t k = 0;
            while (pos < input.size()) {
                const qsizetype step = qMin<qsizetype>(input.size() - pos, 1 + data[k % size] % 7);
                ++k;
                const DecodeResult part = decoder.feed(input.sliced(pos, step));
                FUZZ_CHECK(decoder.pendingBytes() <= 3);
                text += part.text;
                invalid += part.invalidSequences;
                pos += step;
            }
            const DecodeResult last = decoder.finish();
            text += last.text;
            invalid += last.invalidSequences;
            FUZZ_CHECK(text == whole.text);
            FUZZ_CHECK(invalid == whole.invalidSequences);
        }

        // The escaped one-line form never contains a raw control character or line break.
        for (auto mode :
            {DecodeErrorMode::Strict, DecodeErrorMode::Replace, DecodeErrorMode::Ignore}) {
            int invalid = -1;
            const QString escaped = TextCodec(encoding, mode).decodeEscaped(input, &invalid);
            FUZZ_CHECK(invalid == replace.invalidSequences);
            for (const QChar c : escaped)
                FUZZ_CHECK(c.unicode() >= 0x20 && c.unicode() != 0x7F && c != QChar::LineSeparator
                    && c != QChar::ParagraphSeparator);
        }
    }

    // Encoding arbitrary UTF-16 (lone surrogates included) never crashes and is consistent.
    const QString units(reinterpret_cast<const QChar *>(data), qsizetype(size / 2));
    for (auto encoding : {TextEncoding::Ascii, TextEncoding::Utf8, TextEncoding::Latin1}) {
        const EncodeResult strict = TextCodec(encoding, DecodeErrorMode::Strict).encode(units);
        const EncodeResult replace = TextCodec(encoding, DecodeErrorMode::Replace).encode(units);
        const EncodeResult ignore = TextCodec(encoding, DecodeErrorMode::Ignore).encode(units);
        FUZZ_CHECK(replace.unencodable == ignore.unencodable);
        FUZZ_CHECK(replace.bytes.size() == ignore.bytes.size() + replace.unencodable);
        FUZZ_CHECK(strict.ok == (replace.unencodable == 0));
        FUZZ_CHECK(replace.bytes.startsWith(strict.bytes));
    }
    return 0;
}
