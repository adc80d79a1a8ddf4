/**
 * <academy-chart>: one ECharts chart, configured from the server with a JSON option (the Java side
 * is org.continuityacademy.base.ui.Chart). A click on a bar, slice or point fires "chart-click" with
 * the item's name, so every chart can drill down. The chart is an image to assistive technology,
 * described by its aria-label; every chart in the app also has a table alternative beside it.
 */
import * as echarts from 'echarts/core';
import { BarChart, LineChart, PieChart } from 'echarts/charts';
import { AriaComponent, GridComponent, LegendComponent, MarkLineComponent, TooltipComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';

echarts.use([BarChart, LineChart, PieChart, GridComponent, TooltipComponent, LegendComponent, AriaComponent,
  MarkLineComponent, SVGRenderer]);

class AcademyChart extends HTMLElement {
  private chart?: echarts.ECharts;
  private resizeObserver?: ResizeObserver;
  private optionText = '';
  private categories: string[] = [];

  static get observedAttributes() {
    return [];
  }

  /** The ECharts option as JSON text; the server sets it whenever the figures change. */
  set optionJson(value: string) {
    this.optionText = value ?? '';
    this.render();
  }

  get optionJson(): string {
    return this.optionText;
  }

  connectedCallback() {
    if (!this.hasAttribute('role')) {
      this.setAttribute('role', 'img');
    }
    this.chart = echarts.init(this, undefined, { renderer: 'svg' });
    this.chart.on('click', (params: any) => {
      // a bar, slice or point; or a category's label on the axis (easier to hit than a short bar)
      const onAxis = params.componentType === 'xAxis' || params.componentType === 'yAxis';
      const index = onAxis ? this.categories.indexOf(params.value) : (params.dataIndex ?? -1);
      this.dispatchEvent(new CustomEvent('chart-click', {
        detail: { name: onAxis ? params.value : (params.name ?? ''), series: params.seriesName ?? '', index },
      }));
    });
    this.resizeObserver = new ResizeObserver(() => this.chart?.resize());
    this.resizeObserver.observe(this);
    this.render();
  }

  disconnectedCallback() {
    this.resizeObserver?.disconnect();
    this.chart?.dispose();
    this.chart = undefined;
  }

  private render() {
    if (!this.chart || !this.optionText) {
      return;
    }
    const option = JSON.parse(this.optionText);
    this.categories = (option.yAxis?.type === 'category' ? option.yAxis.data : option.xAxis?.data) ?? [];
    const style = getComputedStyle(this);
    const text = style.getPropertyValue('--lumo-body-text-color').trim() || '#1a1a1a';
    const secondary = style.getPropertyValue('--lumo-secondary-text-color').trim() || '#555';
    option.textStyle = { fontFamily: style.fontFamily, color: text };
    option.animation = !window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    option.aria = { enabled: false };
    for (const axis of [option.xAxis, option.yAxis].flat()) {
      if (axis) {
        axis.axisLabel = { color: secondary, ...(axis.axisLabel ?? {}) };
      }
    }
    this.chart.setOption(option, true);
  }
}

customElements.define('academy-chart', AcademyChart);
