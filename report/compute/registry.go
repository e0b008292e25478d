package compute

import (
	"sort"

	"github.com/rapor-id/rapor/report/format"
)

// kind says how an indicator's previous value is found.
type kind int

const (
	dated    kind = iota // the same formula on the comparison period
	snapshot             // rests on a snapshot input alone: previous is null
	change               // a comparison itself: previous is null
)

// indicator is a computable indicator of SPEC §4.
type indicator struct {
	unit string // default unit (the framework's unit wins for display)
	kind kind
	fn   func(*calc) val
}

// indicators are the 33 indicators of SPEC §4 and the 13 of §9 by id. It is set once in init
// (the functions refer back to it through calc.get) and never changed.
var indicators map[string]indicator

func init() {
	indicators = map[string]indicator{
		"share.posts":            {format.UnitCount, dated, sharePosts},
		"share.posts_per_week":   {format.UnitPerWeek, dated, sharePostsPerWeek},
		"share.stories_per_day":  {format.UnitPerDay, dated, shareStoriesPerDay},
		"share.active_days":      {format.UnitRatio, dated, shareActiveDays},
		"share.longest_gap_days": {format.UnitDays, dated, shareLongestGap},
		"share.reel_share":       {format.UnitRatio, dated, shareReelShare},
		"share.channels":         {format.UnitCount, snapshot, shareChannels},
		"share.median_reach":     {format.UnitCount, dated, shareMedianReach},
		"share.median_views":     {format.UnitCount, dated, shareMedianViews},

		"optimize.reach_change":      {format.UnitRatio, change, optimizeReachChange},
		"optimize.er_change":         {format.UnitPP, change, optimizeERChange},
		"optimize.save_share_rate":   {format.UnitRatio, dated, optimizeSaveShareRate},
		"optimize.best_format":       {format.UnitRatio, dated, optimizeBestFormat},
		"optimize.best_slot":         {format.UnitRatio, dated, optimizeBestSlot},
		"optimize.conversation_rate": {format.UnitCount, dated, optimizeConversationRate},

		"manage.comments":              {format.UnitCount, dated, manageComments},
		"manage.response_rate":         {format.UnitRatio, dated, manageResponseRate},
		"manage.median_response_hours": {format.UnitHours, dated, manageMedianResponse},
		"manage.p90_response_hours":    {format.UnitHours, dated, manageP90Response},
		"manage.replied_within_24h":    {format.UnitRatio, dated, manageWithin24h},
		"manage.replied_within_1h":     {format.UnitRatio, dated, manageWithin1h},
		"manage.cases":                 {format.UnitCount, dated, manageCases},
		"manage.cases_resolved":        {format.UnitRatio, dated, manageCasesResolved},
		"manage.median_clarify_hours":  {format.UnitHours, dated, manageMedianClarify},

		"engage.interactions":     {format.UnitCount, dated, engageInteractions},
		"engage.er_reach":         {format.UnitRatio, dated, engageERReach},
		"engage.er_followers":     {format.UnitRatio, dated, engageERFollowers},
		"engage.followers_end":    {format.UnitCount, dated, engageFollowersEnd},
		"engage.follower_growth":  {format.UnitRatio, dated, engageFollowerGrowth},
		"engage.daily_reach_mean": {format.UnitCount, dated, engageDailyReachMean},
		"engage.weekly_constancy": {format.UnitRatio, dated, engageWeeklyConstancy},
		"engage.home_audience":    {format.UnitRatio, snapshot, engageHomeAudience},
		"engage.collaborations":   {format.UnitCount, dated, engageCollaborations},

		// The second wave (SPEC §9).
		"share.follows_per_1k_reach":           {format.UnitPer1k, dated, shareFollowsPer1kReach},
		"engage.followers_gained":              {format.UnitCount, dated, engageFollowersGained},
		"engage.followers_net":                 {format.UnitCount, dated, engageFollowersNet},
		"engage.followers_lost":                {format.UnitCount, dated, engageFollowersLost},
		"optimize.amplification_rate":          {format.UnitRatio, dated, optimizeAmplificationRate},
		"optimize.applause_rate":               {format.UnitRatio, dated, optimizeApplauseRate},
		"engage.er_views":                      {format.UnitRatio, dated, engageERViews},
		"engage.er_reach_mean":                 {format.UnitRatio, dated, engageERReachMean},
		"engage.mention_er_lift":               {format.UnitRatio, dated, engageMentionERLift},
		"manage.spike_days":                    {format.UnitCount, dated, manageSpikeDays},
		"manage.replied_within_sla":            {format.UnitRatio, dated, manageWithinSLA},
		"manage.median_response_working_hours": {format.UnitHours, dated, manageMedianWorkingResponse},
		"manage.question_response_rate":        {format.UnitRatio, dated, manageQuestionResponseRate},
	}
}

// IDs returns the ids of every indicator compute knows, sorted.
func IDs() []string {
	out := make([]string, 0, len(indicators))
	for id := range indicators {
		out = append(out, id)
	}
	sort.Strings(out)
	return out
}

// Known reports whether compute can compute indicator id.
func Known(id string) bool { _, ok := indicators[id]; return ok }
