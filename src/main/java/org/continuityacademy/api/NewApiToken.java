package org.continuityacademy.api;

/** A token just created: the only moment its plain text exists outside the client that will use it. */
public record NewApiToken(ApiTokenRow row, String token) {

    @Override
    public String toString() {
        return "NewApiToken[" + row.prefix() + "…]";
    }
}
