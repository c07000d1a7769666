// A Chromium trace of interactions, summed by kind of main-thread work: what a keystroke costs in
// script, style, layout and paint. Used by run.mjs for the keystroke at 1,000 rules.

const STYLE = new Set(['UpdateLayoutTree', 'RecalculateStyles', 'ParseAuthorStyleSheet']);
const LAYOUT = new Set(['Layout', 'UpdateLayout']);
const PAINT = new Set(['PrePaint', 'Paint', 'PaintImage', 'Layerize', 'Commit', 'UpdateLayer', 'CompositeLayers', 'RasterTask']);

/**
 * Runs `act` `count` times while tracing, then returns the mean per interaction, in ms, of the
 * renderer main thread's busy time and its parts. Script is the busy time that is not style,
 * layout or paint (event handlers, React, the app's own code, garbage collection).
 */
export async function traceBreakdown(browser, page, act, count) {
  await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'] });
  for (let i = 0; i < count; i++) await act(i);
  const buffer = await browser.stopTracing();
  const { traceEvents } = JSON.parse(buffer.toString('utf8'));
  const main = traceEvents.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  const onMain = traceEvents.filter((e) => main && e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && e.dur);
  const sum = (names) => onMain.filter((e) => names.has(e.name)).reduce((total, e) => total + e.dur, 0) / 1000;
  const busy = onMain.filter((e) => e.name === 'RunTask').reduce((total, e) => total + e.dur, 0) / 1000;
  const style = sum(STYLE);
  const layout = sum(LAYOUT);
  const paint = sum(PAINT);
  const per = (ms) => ms / count;
  return {
    busy: per(busy),
    script: per(Math.max(0, busy - style - layout - paint)),
    style: per(style),
    layout: per(layout),
    paint: per(paint),
  };
}
