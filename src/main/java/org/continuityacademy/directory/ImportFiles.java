package org.continuityacademy.directory;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The uploaded files waiting to be applied, kept in the database (so that any node, and a restarted one, can
 * apply them) in pieces of 1 MiB: written from a stream and read back as one, never whole in memory.
 */
@Component
class ImportFiles {

    static final int PIECE = 1 << 20;

    private final JdbcClient jdbc;

    ImportFiles(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores the file of an import, in the caller's transaction. */
    void write(long importId, InputStream content) {
        try {
            int seq = 0;
            byte[] piece;
            while ((piece = content.readNBytes(PIECE)).length > 0) {
                jdbc.sql("insert into employee_import_chunk (import_id, seq, data) values (?, ?, ?)")
                        .params(importId, seq++, piece).update();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    boolean has(long importId) {
        return jdbc.sql("select count(*) from employee_import_chunk where import_id = ?").param(importId).query(Long.class).single() > 0;
    }

    /** The file as a stream that reads one piece at a time, in the caller's transaction. */
    InputStream read(long importId) {
        List<Integer> pieces = jdbc.sql("select seq from employee_import_chunk where import_id = ? order by seq")
                .param(importId).query(Integer.class).list();
        return new InputStream() {
            private int next;
            private InputStream current = InputStream.nullInputStream();

            @Override
            public int read() throws IOException {
                byte[] one = new byte[1];
                return read(one, 0, 1) == -1 ? -1 : one[0] & 0xFF;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                while (true) {
                    int n = current.read(buffer, offset, length);
                    if (n != -1 || next >= pieces.size()) {
                        return n;
                    }
                    byte[] data = jdbc.sql("select data from employee_import_chunk where import_id = ? and seq = ?")
                            .params(importId, pieces.get(next++)).query(byte[].class).single();
                    current = new ByteArrayInputStream(data);
                }
            }
        };
    }

    void delete(long importId) {
        jdbc.sql("delete from employee_import_chunk where import_id = ?").param(importId).update();
    }
}
