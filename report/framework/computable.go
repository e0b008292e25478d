package framework

// Computable lists the ids of the 46 indicators rapor computes, the 33 of
// SPEC §4 and then the 13 of §9, in the spec's order (the order of the embedded framework). A framework file may list a
// subset of them in any order, but no other id. Treat it as read-only.
var Computable = []string{
	"share.posts",
	"share.posts_per_week",
	"share.stories_per_day",
	"share.active_days",
	"share.longest_gap_days",
	"share.reel_share",
	"share.channels",
	"share.median_reach",
	"share.median_views",
	"optimize.reach_change",
	"optimize.er_change",
	"optimize.save_share_rate",
	"optimize.best_format",
	"optimize.best_slot",
	"optimize.conversation_rate",
	"manage.comments",
	"manage.response_rate",
	"manage.median_response_hours",
	"manage.p90_response_hours",
	"manage.replied_within_24h",
	"manage.replied_within_1h",
	"manage.cases",
	"manage.cases_resolved",
	"manage.median_clarify_hours",
	"engage.interactions",
	"engage.er_reach",
	"engage.er_followers",
	"engage.followers_end",
	"engage.follower_growth",
	"engage.daily_reach_mean",
	"engage.weekly_constancy",
	"engage.home_audience",
	"engage.collaborations",
	// The second wave (SPEC §9), in its table's order.
	"share.follows_per_1k_reach",
	"engage.followers_gained",
	"engage.followers_net",
	"engage.followers_lost",
	"optimize.amplification_rate",
	"optimize.applause_rate",
	"engage.er_views",
	"engage.er_reach_mean",
	"engage.mention_er_lift",
	"manage.spike_days",
	"manage.replied_within_sla",
	"manage.median_response_working_hours",
	"manage.question_response_rate",
}

// StageIDs are the stage ids a framework may use (the stage scores are
// computed for these four), in Luttrell's order.
var StageIDs = []string{"share", "optimize", "manage", "engage"}

// Units are the indicator units, which decide how values are displayed.
var Units = []string{"count", "per_week", "per_day", "ratio", "days", "hours", "pp", "per_1k"}

// Directions are the indicator directions: which way is better.
var Directions = []string{"higher", "lower", "none"}

func isComputable(id string) bool { return contains(Computable, id) }

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
