package docx

import (
	"bytes"
	"encoding/base64"
	"image"
	_ "image/jpeg" // DecodeConfig of JPEG logos
	_ "image/png"  // DecodeConfig of PNG logos
	"strings"

	"github.com/rapor-id/rapor/report/docx/wml"
)

// logoHeightCm is the height of the cover logo; its width follows the
// picture's aspect ratio, at most maxLogoWidthCm.
const (
	logoHeightCm   = 2.2
	maxLogoWidthCm = 5.0
)

// logo decodes a PNG or JPEG data URI into a picture; other formats (SVG,
// GIF, WebP) have no picture in Word without a converter, so they give nil
// and the cover shows no logo.
func logo(uri string) *wml.Image {
	var jpeg bool
	switch {
	case strings.HasPrefix(uri, "data:image/png;base64,"):
	case strings.HasPrefix(uri, "data:image/jpeg;base64,"):
		jpeg = true
	default:
		return nil
	}
	data, err := base64.StdEncoding.DecodeString(uri[strings.IndexByte(uri, ',')+1:])
	if err != nil {
		return nil
	}
	cfg, format, err := image.DecodeConfig(bytes.NewReader(data))
	if err != nil || cfg.Width <= 0 || cfg.Height <= 0 || (format == "jpeg") != jpeg {
		return nil
	}
	h := logoHeightCm
	w := h * float64(cfg.Width) / float64(cfg.Height)
	if w > maxLogoWidthCm {
		w, h = maxLogoWidthCm, maxLogoWidthCm*float64(cfg.Height)/float64(cfg.Width)
	}
	return &wml.Image{Data: data, JPEG: jpeg, WidthCm: w, HeightCm: h}
}
