package htmltest

import (
	"context"
	"fmt"
	"os"
	"time"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"

	"github.com/rapor-id/rapor/report/browser"
)

// Printable widths in CSS pixels (96 per inch) of the paper sizes the
// report prints on, less the 12 mm left and right margins of its @page
// rule: what a chart may be wide at most.
const (
	A4TextWidth     = (210.0 - 24) / 25.4 * 96 // ≈ 703 px
	LetterTextWidth = (215.9 - 24) / 25.4 * 96 // ≈ 725 px
)

// Layout is what the browser measured on a page laid out at one width.
type Layout struct {
	Width       int          // viewport width in CSS pixels
	Print       bool         // print media was emulated (and beforeprint sent)
	ColumnWidth float64      // content width of <main>: the text column
	Charts      []ChartWidth // one per drawn chart, in page order
	// Clipped lists the SVG text elements (chart labels) whose box lies
	// partly outside their chart's SVG, as "chart id: text".
	Clipped []string
	// Wide lists (the first ten) elements of <main> reaching past the
	// viewport's right edge: in print, what makes the browser shrink pages.
	Wide []string
	// ScrollingTables are the ids of the report's tables (data tables of
	// charts aside) that scroll sideways inside their box.
	ScrollingTables []string
	ScrollWidth     int // document.documentElement.scrollWidth
	ClientWidth     int // document.documentElement.clientWidth
}

// ChartWidth is the width of one chart's SVG and of its container.
type ChartWidth struct {
	ID        string  `json:"id"`
	SVG       float64 `json:"svg"`       // bounding width of the <svg>
	Container float64 `json:"container"` // width of the div.chart
}

const layoutJS = `(() => {
  const main = document.querySelector('main');
  const cs = getComputedStyle(main);
  const column = main.clientWidth - parseFloat(cs.paddingLeft) - parseFloat(cs.paddingRight);
  const charts = [], clipped = [];
  document.querySelectorAll('div.chart').forEach(d => {
    const svg = d.querySelector('svg');
    if (!svg) { return; }
    const box = svg.getBoundingClientRect();
    charts.push({id: d.id, svg: box.width, container: d.getBoundingClientRect().width});
    svg.querySelectorAll('text').forEach(t => {
      const r = t.getBoundingClientRect();
      if (r.width === 0 || t.textContent.trim() === '') { return; }
      if (r.left < box.left - 0.5 || r.right > box.right + 0.5 || r.top < box.top - 0.5 || r.bottom > box.bottom + 0.5) {
        clipped.push(d.id + ': ' + t.textContent);
      }
    });
  });
  const vw = document.documentElement.clientWidth;
  const wide = [...document.querySelectorAll('main *')].filter(e => e.getBoundingClientRect().right > vw + 0.5)
    .slice(0, 10).map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + ': ' + (e.textContent || '').trim().slice(0, 60));
  const scrolling = [...document.querySelectorAll('div.table-wrap[data-reflow]')]
    .filter(w => w.scrollWidth > w.clientWidth + 1).map(w => w.id);
  return {column, charts, clipped, wide, scrolling,
    sw: document.documentElement.scrollWidth, cw: document.documentElement.clientWidth};
})()`

type layoutState struct {
	Column  float64      `json:"column"`
	Charts  []ChartWidth `json:"charts"`
	Clipped []string     `json:"clipped"`
	Wide    []string     `json:"wide"`
	Scroll  []string     `json:"scrolling"`
	SW      int          `json:"sw"`
	CW      int          `json:"cw"`
}

// MeasureLayout opens the report at path in headless Chromium with a
// viewport width px wide, lets the charts draw, and measures them. With
// print it then emulates print media and sends beforeprint, as a browser
// does when it prints, before measuring.
func MeasureLayout(ctx context.Context, path string, width int, print bool) (Layout, error) {
	l := Layout{Width: width, Print: print}
	url, err := browser.FileURL(path)
	if err != nil {
		return l, err
	}
	ctx, cancel := context.WithTimeout(ctx, 90*time.Second)
	defer cancel()
	b, err := browser.Find(os.Getenv)
	if err != nil {
		return l, err
	}
	tab, stop, err := browser.Start(ctx, b, width, 844)
	if err != nil {
		return l, err
	}
	defer stop()
	if err := browser.Open(tab, url, 400*time.Millisecond); err != nil {
		return l, err
	}
	if print {
		if _, err := chromedp.Call(tab, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{Media: "print"}); err != nil {
			return l, fmt.Errorf("emulate print: %w", err)
		}
		before := chromedp.Evaluate[chromedp.Void](`window.dispatchEvent(new Event('beforeprint'))`)
		if err := chromedp.Do(tab, before, chromedp.Sleep(200*time.Millisecond)); err != nil {
			return l, fmt.Errorf("send beforeprint: %w", err)
		}
	}
	st, err := chromedp.Run(tab, chromedp.Evaluate[layoutState](layoutJS))
	if err != nil {
		return l, fmt.Errorf("measure %s: %w", url, err)
	}
	l.ColumnWidth, l.Charts, l.Clipped, l.Wide = st.Column, st.Charts, st.Clipped, st.Wide
	l.ScrollWidth, l.ClientWidth, l.ScrollingTables = st.SW, st.CW, st.Scroll
	return l, nil
}

// TooWide lists the charts whose SVG is wider than limit or than their
// container, as "id: svg width > limit".
func (l Layout) TooWide(limit float64) []string {
	var out []string
	for _, c := range l.Charts {
		if c.SVG > limit+0.5 {
			out = append(out, fmt.Sprintf("%s: svg %.0f px > %.0f px", c.ID, c.SVG, limit))
		} else if c.SVG > c.Container+0.5 {
			out = append(out, fmt.Sprintf("%s: svg %.0f px > its box %.0f px", c.ID, c.SVG, c.Container))
		}
	}
	return out
}
