// rapor brief: fit each sheet (one printed page) to its fixed height. While
// a sheet's content is taller than the sheet, the last item of its least
// important list goes (groups by data-trim, highest first; never below
// data-min items; data-step items at a time, a whole row of tiles), and the
// group's note says that something was left for the full report. Text is
// only moved, never parsed: the notes' words come from data-fmt.
(function () {
  "use strict";
  var slack = 6; // px kept free for rounding between screen and print layout
  function over(sheet, content) {
    return content.getBoundingClientRect().height > sheet.getBoundingClientRect().height - slack;
  }
  function lastItem(box, deep) {
    var el = box.lastElementChild;
    if (deep && el && (el.tagName === "OL" || el.tagName === "UL") && el.children.length > 1) {
      return el.lastElementChild;
    }
    return el;
  }
  function note(g) {
    var box = g.querySelector("[data-items]"), more = g.querySelector(".more");
    if (!box || !more) {
      return;
    }
    var fmt = more.getAttribute("data-fmt") || "", left = 0;
    if (g.hasAttribute("data-total")) {
      left = Number(g.getAttribute("data-total")) - box.children.length;
    } else if (g.hasAttribute("data-trimmed")) {
      left = 1;
    }
    if (left > 0) {
      more.textContent = fmt.replace("%d", String(left));
      more.hidden = false;
    }
  }
  var sheets = document.querySelectorAll(".sheet");
  Array.prototype.forEach.call(sheets, function (sheet) {
    var content = sheet.querySelector(".content");
    var groups = Array.prototype.slice.call(sheet.querySelectorAll("[data-trim]"));
    groups.sort(function (a, b) {
      return Number(b.getAttribute("data-trim")) - Number(a.getAttribute("data-trim"));
    });
    groups.forEach(note);
    var i = 0;
    while (i < groups.length && over(sheet, content)) {
      var g = groups[i], box = g.querySelector("[data-items]");
      var min = Number(g.getAttribute("data-min") || 0), step = Number(g.getAttribute("data-step") || 1);
      if (!box || box.children.length <= min) {
        i++;
        continue;
      }
      var k = step > 1 ? (box.children.length - 1) % step + 1 : 1;
      while (k-- > 0 && box.lastElementChild) {
        lastItem(box, g.hasAttribute("data-deep")).remove();
      }
      g.setAttribute("data-trimmed", "");
      note(g);
    }
    if (over(sheet, content)) {
      sheet.setAttribute("data-clipped", "");
    }
  });
  document.documentElement.setAttribute("data-fitted", "");
})();
