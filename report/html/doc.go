// Package html renders a computed *report.Report into one self-contained
// report.html (SPEC §7): cover, executive summary, one chapter per stage,
// triangulation matrix, methodology and appendices, in Bahasa Indonesia or
// English.
//
// The page is this package's own html/template. Charts are Apache ECharts
// options built with go-echarts and JSON-encoded (HTML-escaped) into
// <script type="application/json"> blocks; one static helper script draws them
// with the SVG renderer and sets the localised number formatters. No
// go-echarts page template and no `__f__` function string is ever used. The
// ECharts library itself is embedded from echarts (filled by
// `make assets`); a binary built without it still renders the report, with the
// data tables in place of the charts. The page loads nothing from the network.
//
// Narrative Markdown goes through goldmark with raw HTML omitted and dangerous
// URLs filtered; heading ids get an "n-" prefix so they never collide with the
// fixed chart ids ("chart_<name>").
package html
