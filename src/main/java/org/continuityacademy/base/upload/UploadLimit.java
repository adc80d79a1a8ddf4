package org.continuityacademy.base.upload;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import org.continuityacademy.base.i18n.Messages;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * The largest file anyone may upload ({@code UPLOAD_MAX_SIZE}, 50 MB unless set). The browser is told it, but the
 * server decides: {@link OversizedRequestFilter} refuses a larger request before its body is read, and
 * {@link #limit(InputStream)} stops a stream that turns out larger than it said.
 */
@Component
public class UploadLimit {

    /** Room for a multipart request's boundaries and headers around the file itself. */
    static final long ENVELOPE = 64 * 1024;

    private final DataSize max;
    private final Messages messages;

    UploadLimit(@Value("${academy.uploads.max-size:50MB}") DataSize max, Messages messages) {
        this.max = max;
        this.messages = messages;
    }

    /** The most bytes a file may have. */
    public long maxBytes() {
        return max.toBytes();
    }

    /** The most bytes a request carrying one file may have. */
    public long maxRequestBytes() {
        return max.toBytes() + ENVELOPE;
    }

    /** The limit as people read it: "50 MB". */
    public String text(Locale locale) {
        long bytes = max.toBytes();
        var formats = messages.formats(locale);
        return bytes % (1024 * 1024) == 0 ? messages.get(locale, "limits.size.mb", formats.number(bytes / (1024 * 1024)))
                : messages.get(locale, "limits.size.kb", formats.number(Math.max(1, bytes / 1024)));
    }

    /** "The file is too large: at most 50 MB." */
    public String refusal(Locale locale) {
        return messages.get(locale, "limits.upload.too-large", text(locale));
    }

    /** {@code input}, failing with {@link TooLarge} as soon as it goes past the limit. */
    public InputStream limit(InputStream input) {
        return new Limited(input, maxBytes());
    }

    /** A file that went past the limit; nothing of it is kept. */
    public static final class TooLarge extends IOException {

        TooLarge(long limit) {
            super("The file is larger than " + limit + " bytes");
        }
    }

    private static final class Limited extends FilterInputStream {

        private final long limit;
        private long count;

        Limited(InputStream in, long limit) {
            super(in);
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b != -1) {
                counted(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                counted(n);
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            counted(skipped);
            return skipped;
        }

        private void counted(long n) throws TooLarge {
            count += n;
            if (count > limit) {
                throw new TooLarge(limit);
            }
        }
    }
}
