package org.continuityacademy.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.shared.Registration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import tools.jackson.databind.json.JsonMapper;

/**
 * A chart drawn in the browser by ECharts ({@code frontend/components/academy-chart.ts}), wrapped
 * once for the whole app: horizontal percentage bars, a donut and a line over time. A click on an item
 * reports the item's key, so every chart drills down. To assistive technology the chart is an image named by its
 * title (aria-label) and described by a one-line summary in words ({@link #summary()}, linked by aria-describedby), which
 * views show under the chart for everyone; views also put a table with the same figures beside it.
 */
@Tag("academy-chart")
@NpmPackage(value = "echarts", version = "6.1.0")
@JsModule("./components/academy-chart.ts")
public class Chart extends Component implements HasSize {

    /** Colours that read on Lumo's light background, paired with text in every view (never colour alone). */
    public static final String GOOD = "#2e7d32";
    public static final String WARNING = "#b26a00";
    public static final String BAD = "#c62828";
    public static final String PRIMARY = "#1b7f8c";

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final AtomicLong NEXT_ID = new AtomicLong();

    /** One bar, slice or point: {@code key} comes back on a click, {@code label} is what people read. */
    public record Item(String key, String label, double value, String colour) {
    }

    private List<Item> items = List.of();
    /** Bars are drawn bottom-up, so a clicked bar's index counts from the last item. */
    private boolean bottomUp;

    private final Paragraph summary = new Paragraph();

    /** A chart named {@code title} (its accessible name); its summary follows with {@link #setSummary}. */
    public Chart(String title) {
        getElement().setAttribute("aria-label", title);
        summary.setId("academy-chart-summary-" + NEXT_ID.incrementAndGet());
        summary.addClassNames("text-s", "text-secondary", "mt-xs", "mb-0");
        getElement().setAttribute("aria-describedby", summary.getId().orElseThrow());
        setWidthFull();
        setHeight("16rem");
        getElement().getStyle().set("display", "block");
    }

    /** Horizontal bars of a percentage (0–100), one per item, in the order given (top first). */
    public void showPercentBars(List<Item> bars) {
        this.items = List.copyOf(bars);
        this.bottomUp = true;
        List<Item> bottomUp = new ArrayList<>(bars).reversed();
        Map<String, Object> option = new LinkedHashMap<>();
        option.put("grid", Map.of("left", 8, "right", 48, "top", 8, "bottom", 8, "containLabel", true));
        option.put("tooltip", Map.of("trigger", "item", "formatter", "{b}: {c}%"));
        option.put("xAxis", Map.of("type", "value", "min", 0, "max", 100, "axisLabel", Map.of("formatter", "{value}%")));
        option.put("yAxis", Map.of("type", "category", "data", bottomUp.stream().map(Item::label).toList(), "triggerEvent", true,
                "axisLabel", Map.of("width", 180, "overflow", "truncate")));
        option.put("series", List.of(Map.of("type", "bar", "barMaxWidth", 22, "cursor", "pointer",
                "label", Map.of("show", true, "position", "right", "formatter", "{c}%"),
                "data", bottomUp.stream().map(i -> Map.of("value", round(i.value()), "itemStyle", Map.of("color", i.colour()))).toList())));
        setHeight(Math.max(8, 2 + bars.size() * 2.2) + "rem");
        setOption(option);
    }

    /** A donut of counts, one slice per item, with a legend. */
    public void showDonut(List<Item> all) {
        // an empty slice has nothing to draw and its label would sit on its neighbour's
        List<Item> slices = all.stream().filter(i -> i.value() > 0).toList();
        this.items = slices;
        this.bottomUp = false;
        Map<String, Object> option = new LinkedHashMap<>();
        option.put("tooltip", Map.of("trigger", "item", "formatter", "{b}: {c} ({d}%)"));
        option.put("legend", Map.of("bottom", 0));
        option.put("series", List.of(Map.of("type", "pie", "radius", List.of("45%", "70%"), "cursor", "pointer",
                "label", Map.of("formatter", "{b}: {c}"),
                "data", slices.stream().map(i -> Map.of("name", i.label(), "value", i.value(),
                        "itemStyle", Map.of("color", i.colour()))).toList())));
        setHeight("16rem");
        setOption(option);
    }

    /** A line of percentages (0–100) over the items' labels (days), left to right. */
    public void showPercentLine(List<Item> points) {
        this.items = List.copyOf(points);
        this.bottomUp = false;
        Map<String, Object> option = new LinkedHashMap<>();
        option.put("grid", Map.of("left", 8, "right", 24, "top", 16, "bottom", 8, "containLabel", true));
        option.put("tooltip", Map.of("trigger", "axis"));
        option.put("xAxis", Map.of("type", "category", "boundaryGap", false, "data", points.stream().map(Item::label).toList()));
        option.put("yAxis", Map.of("type", "value", "min", 0, "max", 100, "axisLabel", Map.of("formatter", "{value}%")));
        option.put("series", List.of(Map.of("type", "line", "name", "Coverage", "showSymbol", points.size() <= 31,
                "areaStyle", Map.of("opacity", 0.12), "itemStyle", Map.of("color", PRIMARY), "lineStyle", Map.of("color", PRIMARY),
                "data", points.stream().map(i -> round(i.value())).toList())));
        setHeight("16rem");
        setOption(option);
    }

    /**
     * The chart in one line of words ("Coverage rose from 61% to 74% over 90 days"): the chart's accessible description.
     * Put it beside the chart (under it) so that everyone reads it; a screen reader reads it with the chart.
     */
    public Paragraph summary() {
        return summary;
    }

    public void setSummary(String text) {
        summary.setText(text);
    }

    public String summaryText() {
        return summary.getText();
    }

    /** Called with the key of the bar, slice or point clicked. */
    public Registration addItemClickListener(Consumer<String> listener) {
        return getElement().addEventListener("chart-click", event -> {
            int index = (int) event.getEventData().get("event.detail.index").asInt();
            if (index >= 0 && index < items.size()) {
                listener.accept(items.get(bottomUp ? items.size() - 1 - index : index).key());
            }
        }).addEventData("event.detail.index");
    }

    /** The option sent to the browser, as JSON (for tests and for the curious). */
    public String optionJson() {
        return getElement().getProperty("optionJson", "");
    }

    private void setOption(Map<String, Object> option) {
        getElement().setProperty("optionJson", JSON.writeValueAsString(option));
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
