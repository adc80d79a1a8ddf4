package org.continuityacademy.catalogue;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The images of module versions, stored beside the version so they are served even after the files change. */
@Component
class ContentAssets {

    private final JdbcTemplate jdbc;

    ContentAssets(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void store(long versionId, Map<String, byte[]> assets) {
        assets.forEach((name, data) -> jdbc.update(
                "insert into training_module_asset (version_id, name, media_type, data) values (?, ?, ?, ?)",
                versionId, name, mediaType(name), data));
    }

    Map<String, byte[]> all(long versionId) {
        var assets = new TreeMap<String, byte[]>();
        jdbc.query("select name, data from training_module_asset where version_id = ?",
                rs -> {
                    assets.put(rs.getString(1), rs.getBytes(2));
                }, versionId);
        return assets;
    }

    Optional<Asset> find(long versionId, String name) {
        return jdbc.query("select media_type, data from training_module_asset where version_id = ? and name = ?",
                (rs, row) -> new Asset(rs.getString(1), rs.getBytes(2)), versionId, name).stream().findFirst();
    }

    static String mediaType(String name) {
        String extension = name.substring(name.lastIndexOf('.') + 1).toLowerCase(java.util.Locale.ROOT);
        return ModuleParser.IMAGE_TYPES.getOrDefault(extension, "application/octet-stream");
    }

    /** An image of a module version. */
    record Asset(String mediaType, byte[] data) {
    }
}
