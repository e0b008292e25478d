package xlsx

import (
	"fmt"
	"strings"

	"github.com/rapor-id/rapor/report"
	"github.com/rapor-id/rapor/report/doc"
	"github.com/xuri/excelize/v2"
)

// Columns of the posts sheet (1-based) that the live formulas refer to.
const (
	pcPublished    = 2
	pcType         = 3
	pcViews        = 6
	pcReach        = 7
	pcLikes        = 8
	pcComments     = 9
	pcShares       = 10
	pcSaves        = 11
	pcInteractions = 12
	pcER           = 13
	pcERBase       = 16 // 1 when the post has reach > 0 and interaction data
)

// postsFirstRow is the first data row of the posts sheet.
const postsFirstRow = 3

// postRef returns the absolute reference to column col of every data row
// of the posts sheet, e.g. 'Unggahan'!$G$3:$G$42.
func (b *book) postRef(col int) string {
	return ref(b.names["posts"], col, postsFirstRow, postsFirstRow+len(b.w.Posts)-1)
}

// liveFormula returns the formula that recomputes res from the rows of the
// posts sheet, or "" when res is not a ratio or count of those rows (or has
// no value). The formula uses only cell references, our own sheet names and
// type labels, and numbers: never user text.
func (b *book) liveFormula(res *doc.IndicatorRow) string {
	if res.Value.Raw == nil || len(b.w.Posts) == 0 {
		return ""
	}
	p := b.postRef
	base := p(pcERBase)
	onBase := func(col int) string { return fmt.Sprintf("SUMIFS(%s,%s,1)", p(col), base) }
	weeks := fmt.Sprintf("(%d/7)", b.w.Days)
	switch res.ID {
	case "share.posts":
		return fmt.Sprintf("COUNT(%s)", p(pcPublished))
	case "share.posts_per_week":
		if b.w.Days <= 0 {
			return ""
		}
		return fmt.Sprintf("COUNT(%s)/%s", p(pcPublished), weeks)
	case "share.reel_share":
		return fmt.Sprintf("COUNTIFS(%s,%s)/COUNT(%s)", p(pcType), quote(b.d.Terms.Type(string(report.Reel))), p(pcPublished))
	case "share.median_views":
		return fmt.Sprintf("MEDIAN(%s)", p(pcViews))
	case "engage.interactions":
		return fmt.Sprintf("SUM(%s)", p(pcInteractions))
	case "engage.er_reach":
		return onBase(pcInteractions) + "/" + onBase(pcReach)
	case "optimize.save_share_rate":
		return "(" + onBase(pcSaves) + "+" + onBase(pcShares) + ")/" + onBase(pcReach)
	case "optimize.amplification_rate":
		return onBase(pcShares) + "/" + onBase(pcReach)
	case "optimize.applause_rate":
		return onBase(pcLikes) + "/" + onBase(pcReach)
	case "engage.er_reach_mean":
		return fmt.Sprintf("AVERAGEIFS(%s,%s,1)", p(pcER), base)
	case "engage.er_views":
		return fmt.Sprintf(`SUMIFS(%[1]s,%[2]s,">0")/SUMIFS(%[2]s,%[2]s,">0",%[1]s,">=0")`, p(pcInteractions), p(pcViews))
	case "optimize.conversation_rate":
		return fmt.Sprintf(`SUMIFS(%s,%[2]s,">=0")/COUNT(%[2]s)`, p(pcComments), p(pcInteractions))
	case "engage.er_followers":
		if row := b.indicatorRowOf("engage.followers_end"); row > 0 {
			return fmt.Sprintf("(SUM(%[1]s)/COUNT(%[1]s))/%s", p(pcInteractions), cellRef(b.names["indicators"], indValueCol, row))
		}
	case "optimize.best_format":
		t := quote(res.Value.Label)
		return fmt.Sprintf("SUMIFS(%s,%s,1,%s,%s)/SUMIFS(%s,%[2]s,1,%[3]s,%[4]s)",
			p(pcInteractions), base, p(pcType), t, p(pcReach))
	}
	return ""
}

// indValueCol is the value column of the indicators sheet.
const indValueCol = 5

// indicatorRowOf returns the row of indicator id on the indicators sheet, 0
// when absent.
func (b *book) indicatorRowOf(id string) int {
	for i := range b.w.Indicators {
		if b.w.Indicators[i].ID == id {
			return 3 + i
		}
	}
	return 0
}

// quote returns s as a formula string literal.
func quote(s string) string { return `"` + strings.ReplaceAll(s, `"`, `""`) + `"` }

// postFormulas returns the live per-post formulas on posts-sheet row: the
// interactions (sum of the four metrics), the ER base flag, and the per-post
// ER. An empty string means the cell keeps its plain value.
func postFormulas(row int) (interactions, base, er string) {
	c := func(col int) string {
		n, _ := excelize.ColumnNumberToName(col)
		return fmt.Sprintf("%s%d", n, row)
	}
	interactions = fmt.Sprintf("IF(COUNT(%s:%s)>0,SUM(%[1]s:%[2]s),\"\")", c(pcLikes), c(pcSaves))
	base = fmt.Sprintf("IF(AND(ISNUMBER(%s),N(%s)>0),1,0)", c(pcInteractions), c(pcReach))
	er = fmt.Sprintf("IF(%s=1,%s/%s,\"\")", c(pcERBase), c(pcInteractions), c(pcReach))
	return
}
