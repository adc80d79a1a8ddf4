package org.continuityacademy.benchmark;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.continuityacademy.LoginForm;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One browser tab's conversation with the app, spoken over plain HTTP the way Vaadin's client does it: the
 * Spring Security login form, the UI's {@code ?v-r=init} request, then UIDL messages ({@code ?v-r=uidl}) carrying
 * the events and property changes a browser would send (navigation, a radio or check box group's new value, a
 * click). It keeps only what a tab must send back (session cookie, the UI's id and security key, the message
 * counters), so that many of them cost the benchmark's own heap next to nothing; the component tree of each
 * response is read for the nodes needed next and then dropped.
 * <p>
 * Built from the messages Chromium exchanges with this app (Vaadin 25.2): each method says which. Every call
 * returns the server's answer; a status other than 200 or Vaadin's "session expired" / error meta throws.
 */
public final class VaadinHttpSession {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http;
    private final URI base;
    private String cookie = "";
    private int uiId = -1;
    private String securityKey = "";
    private int syncId;
    private int clientId;

    public VaadinHttpSession(HttpClient http, URI base) {
        this.http = http;
        this.base = base;
    }

    /** The shared client: one connection pool for all tabs, no cookie store (each tab keeps its own cookie). */
    public static HttpClient client() {
        return HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).version(HttpClient.Version.HTTP_1_1).build();
    }

    /** GET /login for the form's CSRF token, then POST it as the login form does; expects the redirect home. */
    public void login(String username, String password) throws IOException, InterruptedException {
        var page = send(HttpRequest.newBuilder(base.resolve("/login")).GET());
        String form = LoginForm.body(page.body(), username, password);
        var answer = send(HttpRequest.newBuilder(base.resolve("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)));
        String location = answer.headers().firstValue("Location").orElse("");
        if (answer.statusCode() != 302 || location.contains("error") || location.contains("login")) {
            throw new IllegalStateException("Login of " + username + " failed: " + answer.statusCode() + " to " + location);
        }
    }

    /** The page's HTML (the browser's first request for an address). */
    public void loadPage(String route) throws IOException, InterruptedException {
        var page = send(HttpRequest.newBuilder(base.resolve("/" + route)).GET());
        if (page.statusCode() != 200) {
            throw new IllegalStateException("GET /" + route + " answered " + page.statusCode());
        }
    }

    /** {@code ?v-r=init}: a new UI for this tab (what the bootstrap script asks once the page has loaded). */
    public Uidl init(String route) throws IOException, InterruptedException {
        var answer = send(HttpRequest.newBuilder(base.resolve("/?v-r=init&location=" + encode(route) + "&query=")).GET());
        JsonNode config = read(answer).path("appConfig");
        JsonNode uidl = config.path("uidl");
        uiId = config.path("v-uiId").asInt();
        securityKey = uidl.path("Vaadin-Security-Key").asString();
        syncId = uidl.path("syncId").asInt();
        clientId = uidl.path("clientId").asInt();
        return new Uidl(uidl);
    }

    /** The {@code ui-navigate} event on the UI's body (node 1): the client-side router asking for a view. */
    public Uidl navigate(String route) throws IOException, InterruptedException {
        ObjectNode data = JSON.createObjectNode().put("route", "/" + route).put("query", "").put("appShellTitle", "").put("trigger", "");
        data.putObject("historyState").put("idx", 0);
        return rpc(event(1, "ui-navigate", data));
    }

    /** A field's new value: the property sync and the {@code value-changed} event a radio or check box group sends. */
    public Uidl setValue(int node, Object value) throws IOException, InterruptedException {
        ObjectNode sync = JSON.createObjectNode().put("type", "mSync").put("node", node).put("feature", 1).put("property", "value");
        sync.set("value", JSON.valueToTree(value));
        return rpc(sync, event(node, "value-changed", JSON.createObjectNode()));
    }

    /** A click on a button. */
    public Uidl click(int node) throws IOException, InterruptedException {
        return rpc(event(node, "click", JSON.createObjectNode().put("event.button", 0).put("event.detail", 1)));
    }

    private Uidl rpc(ObjectNode... calls) throws IOException, InterruptedException {
        ObjectNode message = JSON.createObjectNode().put("csrfToken", securityKey);
        ArrayNode rpc = message.putArray("rpc");
        for (ObjectNode call : calls) {
            rpc.add(call);
        }
        message.put("syncId", syncId).put("clientId", clientId);
        var answer = send(HttpRequest.newBuilder(base.resolve("/?v-r=uidl&v-uiId=" + uiId))
                .header("Content-Type", "application/json; charset=UTF-8").POST(HttpRequest.BodyPublishers.ofString(message.toString())));
        JsonNode uidl = read(answer);
        JsonNode meta = uidl.path("meta");
        if (meta.path("sessionExpired").asBoolean(false) || meta.has("appError")) {
            throw new IllegalStateException("The server refused the message: " + meta);
        }
        syncId = uidl.path("syncId").asInt(syncId);
        clientId = uidl.path("clientId").asInt(clientId);
        return new Uidl(uidl);
    }

    private static ObjectNode event(int node, String name, ObjectNode data) {
        ObjectNode event = JSON.createObjectNode().put("type", "event").put("node", node).put("event", name);
        event.set("data", data);
        return event;
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        if (!cookie.isEmpty()) {
            request.header("Cookie", cookie);
        }
        var response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        for (String set : response.headers().allValues("Set-Cookie")) {
            if (set.startsWith("JSESSIONID=")) {
                cookie = set.substring(0, set.indexOf(';') < 0 ? set.length() : set.indexOf(';'));
            }
        }
        return response;
    }

    private static JsonNode read(HttpResponse<String> answer) {
        if (answer.statusCode() != 200) {
            throw new IllegalStateException(answer.request().method() + " " + answer.uri() + " answered " + answer.statusCode());
        }
        String body = answer.body();
        return JSON.readTree(body.startsWith("for(;;);") ? body.substring(8) : body);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** The changes of one answer, read as far as the benchmark needs: components, their properties, children and texts. */
    public static final class Uidl {
        private final Map<Integer, Map<String, JsonNode>> properties = new HashMap<>();
        private final Map<Integer, String> javaClass = new LinkedHashMap<>();
        private final Map<Integer, List<Integer>> children = new HashMap<>();
        private final Map<Integer, String> texts = new HashMap<>();
        final int bytes;

        Uidl(JsonNode uidl) {
            bytes = uidl.toString().length();
            for (JsonNode change : uidl.path("changes")) {
                int node = change.path("node").asInt();
                int feature = change.path("feat").asInt(-1);
                switch (change.path("type").asString()) {
                    case "put" -> {
                        String key = change.path("key").asString();
                        if (feature == 0 && key.equals("jc")) {
                            javaClass.put(node, change.path("value").asString());
                        } else if (feature == 1) {
                            properties.computeIfAbsent(node, n -> new HashMap<>()).put(key, change.path("value"));
                        } else if (feature == 7 && key.equals("text")) {
                            texts.put(node, change.path("value").asString());
                        }
                    }
                    case "splice" -> {
                        if (feature == 2) {
                            for (JsonNode added : change.path("addNodes")) {
                                children.computeIfAbsent(node, n -> new ArrayList<>()).add(added.asInt());
                            }
                        }
                    }
                    default -> {
                    }
                }
            }
        }

        /** The nodes of components of a class (simple name, e.g. {@code RadioButtonGroup}) in this answer, in order. */
        public List<Integer> components(String simpleName) {
            return javaClass.entrySet().stream().filter(e -> e.getValue().endsWith("." + simpleName)).map(Map.Entry::getKey).toList();
        }

        /** The value the first option of a radio or check box group stands for. */
        public String firstOptionValue(int group) {
            return children.getOrDefault(group, List.of()).stream()
                    .map(child -> properties.getOrDefault(child, Map.of()).get("value"))
                    .filter(value -> value != null && !value.isNull()).map(JsonNode::asString).findFirst()
                    .orElseThrow(() -> new IllegalStateException("Group " + group + " has no options"));
        }

        /** The button whose text is {@code text}, or -1. */
        public int button(String text) {
            return components("Button").stream()
                    .filter(button -> children.getOrDefault(button, List.of()).stream().anyMatch(c -> text.equals(texts.get(c))))
                    .findFirst().orElse(-1);
        }

        /** Every text node and text property of this answer, one a line (what a test looks for in a page). */
        public String allText() {
            var all = new StringBuilder();
            texts.values().forEach(t -> all.append(t).append('\n'));
            properties.values().forEach(p -> p.values().stream().filter(JsonNode::isString)
                    .forEach(value -> all.append(value.asString()).append('\n')));
            return all.toString();
        }

        /** Whether a text node, or a text property (a notification's text, say), of this answer contains {@code text}. */
        public boolean containsText(String text) {
            return texts.values().stream().anyMatch(t -> t.contains(text))
                    || properties.values().stream().flatMap(p -> p.values().stream())
                            .anyMatch(value -> value.isString() && value.asString().contains(text));
        }
    }
}
