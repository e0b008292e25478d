package rollup_test

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/rapor-id/rapor/internal/testenv"
	"github.com/rapor-id/rapor/report"
	rhtml "github.com/rapor-id/rapor/report/html"
	"github.com/rapor-id/rapor/report/html/htmltest"
	"github.com/rapor-id/rapor/report/project"
	"github.com/rapor-id/rapor/report/rollup"
)

// exampleDir is the bundled roll-up example.
var exampleDir = filepath.Join("..", "..", "data", "example-rollup")

func noEnv(string) string { return "" }

// exampleRollup is the example roll-up built into out.
type exampleRollup struct {
	out  string
	ru   *report.Rollup
	runs []*rollup.Run
}

// built is the example roll-up, built once for the tests that only read it.
var built testenv.Shared[exampleRollup]

func buildExample(t *testing.T) (string, *report.Rollup, []*rollup.Run) {
	t.Helper()
	b := built.Get(t, func(dir string) (exampleRollup, error) {
		ru, runs, err := build(exampleDir, dir)
		return exampleRollup{dir, ru, runs}, err
	})
	return b.out, b.ru, b.runs
}

func TestMain(m *testing.M) {
	os.Exit(testenv.Run(m))
}

// build loads, builds and writes the roll-up in dir into out.
func build(dir, out string) (*report.Rollup, []*rollup.Run, error) {
	p := rollup.Load(dir, rollup.Options{Env: noEnv, Version: "test"})
	if p.Failed(false) {
		return nil, nil, fmt.Errorf("%s: %s", p.Problems[0].Where(), p.Problems[0].Key)
	}
	return buildWrite(p, out)
}

// buildWrite builds the accounts of p into a staged set of out and writes
// the roll-up, as `rapor build` does.
func buildWrite(p *rollup.Plan, out string) (*report.Rollup, []*rollup.Run, error) {
	set, err := project.Stage(out)
	if err != nil {
		return nil, nil, err
	}
	ru, runs, err := p.Build(set, out)
	if err != nil {
		set.Abort()
		return nil, runs, err
	}
	_, err = rollup.Write(context.Background(), set, ru, rollup.WriteOptions{Lang: p.Lang})
	return ru, runs, err
}

// ownJSON is the part of an account's indicators.json the roll-up copies.
type ownJSON struct {
	Indicators []struct {
		ID       string   `json:"id"`
		Value    *float64 `json:"value"`
		Previous *float64 `json:"previous"`
		Change   *float64 `json:"change"`
		N        int      `json:"n"`
		Reason   string   `json:"reason"`
	} `json:"indicators"`
	StageScores map[string]*float64 `json:"stage_scores"`
	Breakdowns  struct {
		SeriesTotals []struct {
			Metric   string   `json:"metric"`
			Value    *float64 `json:"value"`
			Previous *float64 `json:"previous"`
		} `json:"series_totals"`
	} `json:"breakdowns"`
}

type rollupJSON struct {
	Schema   string `json:"schema"`
	Accounts []struct {
		Account     string                        `json:"account"`
		Status      string                        `json:"status"`
		Error       string                        `json:"error"`
		Report      string                        `json:"report"`
		Indicators  map[string]report.RollupValue `json:"indicators"`
		StageScores map[string]*float64           `json:"stage_scores"`
	} `json:"accounts"`
	Totals   report.Totals       `json:"totals"`
	Rankings map[string][]string `json:"rankings"`
	Unranked map[string][]string `json:"unranked"`
}

func readJSON(t *testing.T, path string, v any) {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(b, v); err != nil {
		t.Fatalf("%s: %v", path, err)
	}
}

func sameNum(a, b *float64) bool {
	return (a == nil) == (b == nil) && (a == nil || *a == *b)
}

// TestValuesEqualOwnIndicators: every number of every account in the
// roll-up's indicators.json equals the one in that account's own
// indicators.json (value, previous, change, n; views = its views series
// total; the stage scores), and the totals are the sums of them.
func TestValuesEqualOwnIndicators(t *testing.T) {
	t.Parallel()
	out, _, _ := buildExample(t)
	var ru rollupJSON
	readJSON(t, filepath.Join(out, "indicators.json"), &ru)
	if ru.Schema != rollup.Schema {
		t.Fatalf("schema %q", ru.Schema)
	}
	if len(ru.Accounts) != 4 {
		t.Fatalf("%d accounts, want 4", len(ru.Accounts))
	}
	var posts, interactions, comments, views float64
	checked := 0
	for _, a := range ru.Accounts {
		if a.Status != report.AccountOK {
			t.Fatalf("%s: %s", a.Account, a.Error)
		}
		var own ownJSON
		readJSON(t, filepath.Join(out, "accounts", a.Account, "indicators.json"), &own)
		if a.Report != "accounts/"+a.Account+"/report.html" {
			t.Errorf("%s: report link %q", a.Account, a.Report)
		}
		for _, ind := range own.Indicators {
			got, ok := a.Indicators[ind.ID]
			if !ok {
				continue
			}
			checked++
			if !sameNum(got.Value, ind.Value) || !sameNum(got.Previous, ind.Previous) || !sameNum(got.Change, ind.Change) ||
				got.N != ind.N || got.Reason != ind.Reason {
				t.Errorf("%s %s: roll-up %+v, own %+v", a.Account, ind.ID, got, ind)
			}
			switch ind.ID {
			case "share.posts":
				posts += *ind.Value
			case "engage.interactions":
				interactions += *ind.Value
			case "manage.comments":
				comments += *ind.Value
			}
		}
		for _, id := range rollup.Headline {
			if _, ok := a.Indicators[id]; !ok {
				t.Errorf("%s: headline %s missing", a.Account, id)
			}
		}
		var sum, prev *float64
		for _, st := range own.Breakdowns.SeriesTotals {
			if st.Metric == "views" {
				sum, prev = st.Value, st.Previous
			}
		}
		if v := a.Indicators[rollup.ViewsID]; sum == nil || !sameNum(v.Value, sum) || !sameNum(v.Previous, prev) {
			t.Errorf("%s: views %+v, own series total %v (previous %v)", a.Account, v, sum, prev)
		} else {
			views += *sum
		}
		for _, s := range []string{"share", "optimize", "manage", "engage", "overall"} {
			if !sameNum(a.StageScores[s], own.StageScores[s]) {
				t.Errorf("%s: stage score %s %v, own %v", a.Account, s, a.StageScores[s], own.StageScores[s])
			}
		}
	}
	if checked < 4*10 {
		t.Errorf("only %d values checked", checked)
	}
	want := report.Totals{Posts: posts, Views: views, Interactions: interactions, Comments: comments,
		PostsN: 4, ViewsN: 4, InteractionsN: 4, CommentsN: 4}
	if ru.Totals != want {
		t.Errorf("totals %+v, want %+v", ru.Totals, want)
	}
}

// TestRankingsOrder: each ranking is ordered by the indicator's direction.
func TestRankingsOrder(t *testing.T) {
	t.Parallel()
	_, ru, _ := buildExample(t)
	for _, rk := range ru.Rankings {
		var dir string
		for _, ind := range ru.Indicators {
			if ind.ID == rk.ID {
				dir = ind.Direction
			}
		}
		if len(rk.Ranked)+len(rk.Unranked) != len(ru.Accounts) {
			t.Errorf("%s: %d ranked + %d unranked, %d accounts", rk.ID, len(rk.Ranked), len(rk.Unranked), len(ru.Accounts))
		}
		for i := 1; i < len(rk.Ranked); i++ {
			a, b := value(ru, rk.Ranked[i-1], rk.ID), value(ru, rk.Ranked[i], rk.ID)
			if dir == "higher" && a < b || dir == "lower" && a > b {
				t.Errorf("%s: %s (%v) before %s (%v)", rk.ID, rk.Ranked[i-1], a, rk.Ranked[i], b)
			}
		}
	}
}

func value(ru *report.Rollup, name, id string) float64 {
	a := ru.Account(name)
	if id == rollup.OverallID {
		return *a.StageScores.Overall
	}
	return *a.Get(id).Value
}

// TestCollaborations: the example account's collab rows and mentions of
// the agencies, and theirs of each other, are found.
func TestCollaborations(t *testing.T) {
	t.Parallel()
	_, ru, _ := buildExample(t)
	pairs := map[string]report.Collaboration{}
	for _, c := range ru.Collaborations {
		pairs[c.From+">"+c.To] = c
	}
	c, ok := pairs["kab.sukamaju>dinkes.sukamaju"]
	if !ok || c.Collabs == 0 || c.Mentions == 0 {
		t.Errorf("kab.sukamaju>dinkes.sukamaju = %+v (%v); want collab rows and mentions", c, ok)
	}
	if len(ru.Collaborations) < 4 {
		t.Errorf("only %d collaborations: %+v", len(ru.Collaborations), ru.Collaborations)
	}
}

// TestDeterministic: building twice gives byte-identical roll-up outputs.
func TestDeterministic(t *testing.T) {
	t.Parallel()
	testenv.Short(t, "builds the roll-up a second time")
	out, _, _ := buildExample(t)
	again := t.TempDir()
	if _, _, err := build(exampleDir, again); err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"indicators.json", "report.html", "report.xlsx", "report.docx"} {
		a, _ := os.ReadFile(filepath.Join(out, name))
		b, _ := os.ReadFile(filepath.Join(again, name))
		if len(a) == 0 || !bytes.Equal(a, b) {
			t.Errorf("%s differs between two builds (%d and %d bytes)", name, len(a), len(b))
		}
	}
}

// TestHTMLInBrowser opens the roll-up report in headless Chromium: every
// chart drawn with an SVG, no console error, no request, no horizontal
// scrolling on a phone.
func TestHTMLInBrowser(t *testing.T) {
	htmltest.RequireBrowser(t)
	if !rhtml.HasECharts() {
		if os.Getenv("CI") == "true" {
			t.Fatal("CI=true and ECharts is not embedded: run `make assets`")
		}
		t.Skip("ECharts not embedded (run `make assets`)")
	}
	out, ru, _ := buildExample(t)
	want := rhtml.ChartIDs(rollup.Document(ru, ru.Meta.Language))
	wantIDs := []string{"rollup_heatmap", "rollup_scatter"}
	for _, id := range wantIDs {
		if !strings.Contains(strings.Join(want, " "), id) {
			t.Fatalf("chart %s missing from %v", id, want)
		}
	}
	if len(want) < 2+len(rollup.Headline) {
		t.Fatalf("charts %v: want the heat map, the scatter and a ranking per headline indicator", want)
	}
	for _, width := range []int{390, 1280} {
		f, err := htmltest.CheckInBrowser(context.Background(), filepath.Join(out, "report.html"), want, width)
		if err != nil {
			t.Fatal(err)
		}
		for _, p := range f.Problems() {
			t.Errorf("%d px: %s", width, p)
		}
		if !strings.Contains(f.Text, ru.Meta.Title) {
			t.Errorf("title not visible")
		}
	}
}
