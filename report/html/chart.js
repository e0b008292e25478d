/* rapor chart helper: draws every chart of the page from its JSON options.
 * Formatting code lives only here; the options are plain data. */
(function () {
  "use strict";
  var doc = document;
  var lang = doc.documentElement.lang === "en" ? "en" : "id";
  var THS = lang === "en" ? "," : ".";
  var DEC = lang === "en" ? "." : ",";

  function num(v, d) {
    if (typeof v !== "number" || !isFinite(v)) { return "\u2014"; }
    var f = Math.abs(v).toFixed(d).split(".");
    var s = f[0].replace(/\B(?=(\d{3})+(?!\d))/g, THS);
    if (f.length > 1) { s += DEC + f[1]; }
    if (v < 0 && /[1-9]/.test(s)) { s = "-" + s; }
    return s;
  }
  var FMT = {
    count: function (v) { return num(v, 0); },
    ratio: function (v) { return num(v * 100, 1) + "%"; },
    pct100: function (v) { return num(v, 0) + "%"; },
    dec1: function (v) { return num(v, 1); },
    pp: function (v) {
      var s = num(v * 100, 2);
      return (v > 0 && /[1-9]/.test(s) ? "+" : "") + s + " pp";
    }
  };
  function last(v) { return Array.isArray(v) ? v[v.length - 1] : v; }

  function prepare(opt, kind, width, suffix) {
    var f = FMT[kind] || FMT.dec1;
    var fv = function (v) { return f(last(v)); };
    opt.tooltip = opt.tooltip || {};
    // Tooltips carry the unit words too ("1,3 jam"); axes keep the number.
    opt.tooltip.valueFormatter = function (v) {
      var s = fv(v);
      return suffix && s !== "\u2014" ? s + suffix : s;
    };
    var narrow = width < 520;
    ["xAxis", "yAxis"].forEach(function (k) {
      var axes = opt[k];
      if (!axes) { return; }
      (Array.isArray(axes) ? axes : [axes]).forEach(function (a) {
        a.axisLabel = a.axisLabel || {};
        // Labels that would touch are dropped, never drawn over each other.
        a.axisLabel.hideOverlap = true;
        if (a.type === "value" || (!a.type && k === "yAxis")) {
          a.axisLabel.formatter = fv;
          if (narrow && k === "xAxis") {
            // Three ticks, and room on the right for the last label's tail.
            a.splitNumber = 3;
            (Array.isArray(opt.grid) ? opt.grid : [opt.grid || {}]).forEach(function (g) { g.right = 28; });
          }
        } else if (narrow && k === "xAxis" && a.data && a.data.length <= 12) {
          // A few long category names: all shown, slanted, inside the chart.
          a.axisLabel.interval = 0;
          a.axisLabel.rotate = 30;
        }
      });
    });
    if (opt.visualMap) {
      (Array.isArray(opt.visualMap) ? opt.visualMap : [opt.visualMap]).forEach(function (m) {
        m.formatter = fv;
      });
    }
    (opt.series || []).forEach(function (s) {
      if (s.type === "pie") {
        s.label = s.label || {};
        s.label.formatter = function (p) { return num(p.percent, 1) + "%"; };
      }
    });
    if (opt.radar && narrow) {
      // Long stage names ("Mengikutsertakan") need room on a phone.
      opt.radar.radius = "34%";
      opt.radar.axisName = opt.radar.axisName || {};
      opt.radar.axisName.fontSize = 11;
    }
    return opt;
  }

  var charts = [];
  function drawAll() {
    var ec = window.echarts;
    if (!ec) { return; }
    var nodes = doc.querySelectorAll("script.chart-opt");
    for (var i = 0; i < nodes.length; i++) {
      var el = doc.getElementById(nodes[i].getAttribute("data-for"));
      if (!el) { continue; }
      try {
        var opt = prepare(JSON.parse(nodes[i].textContent), el.getAttribute("data-fmt"), el.clientWidth,
          el.getAttribute("data-suffix") || "");
        var c = ec.init(el, null, { renderer: "svg", locale: lang === "id" ? "ID" : "EN" });
        c.setOption(opt);
        charts.push(c);
        var fig = el.parentNode;
        var d = fig && fig.querySelector("details.data");
        if (d) { d.open = false; }
      } catch (e) {
        setTimeout(function () { throw e; }, 0);
      }
    }
  }
  function resizeAll(w) {
    charts.forEach(function (c) { c.resize(w ? { width: w } : undefined); });
  }
  drawAll();
  window.addEventListener("resize", function () { resizeAll(); });
  window.addEventListener("beforeprint", function () { resizeAll(680); });
  window.addEventListener("afterprint", function () { resizeAll(); });
}());
