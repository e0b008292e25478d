package ingest

// Headers that mark another platform's export given as Instagram.
var (
	facebookHeaders = []string{"page id", "page name", "id halaman", "nama halaman", "is crosspost", "reactions, comments and shares"}
	// TikTok Studio: the content file (Video title, Video link, Post time,
	// Total likes…), the overview (Date, Video Views, Profile Views…) and
	// the followers file (Date, Followers, Difference in followers…).
	tiktokHeaders = []string{"video link", "tautan video", "video title", "judul video", "total likes", "video views",
		"tayangan video", "profile views", "tayangan profil", "difference in followers from previous day"}
)

// foreignExport refuses a Facebook or TikTok export given as Instagram
// (true when refused). A header that maps a post type, or a source with
// columns:, is taken as Instagram for TikTok's headers.
func foreignExport(c *fileCtx, header Record, norm []string, hasType bool) bool {
	switch {
	case hasAny(norm, facebookHeaders...):
		c.errorf(header.Line, 1, "ingest.facebook_export")
		return true
	case hasAny(norm, tiktokHeaders...) && !hasType && len(c.src.Columns) == 0:
		c.errorf(header.Line, 1, "ingest.tiktok_export")
		return true
	}
	return false
}
