package docx

import (
	"bytes"
	"encoding/base64"
	"image"
	"image/color"
	"image/png"
	"strings"
	"testing"
)

// pngURI is a 40×20 PNG as a data URI.
func pngURI(t testing.TB) string {
	img := image.NewRGBA(image.Rect(0, 0, 40, 20))
	for x := 0; x < 40; x++ {
		img.Set(x, 10, color.RGBA{0x1D, 0x4E, 0x89, 0xFF})
	}
	var b bytes.Buffer
	if err := png.Encode(&b, img); err != nil {
		t.Fatal(err)
	}
	return "data:image/png;base64," + base64.StdEncoding.EncodeToString(b.Bytes())
}

func TestLogo(t *testing.T) {
	p := logo(pngURI(t))
	if p == nil || p.JPEG || p.HeightCm != logoHeightCm || p.WidthCm != 2*logoHeightCm {
		t.Fatalf("PNG logo: %+v", p)
	}
	for _, bad := range []string{"", "data:image/svg+xml;base64,PHN2Zy8+", "data:image/png;base64,!!!", "data:image/jpeg;base64," + strings.TrimPrefix(pngURI(t), "data:image/png;base64,")} {
		if logo(bad) != nil {
			t.Errorf("%.40q gave a picture", bad)
		}
	}
}

func TestCoverLogo(t *testing.T) {
	d := fixture("id")
	d.Cover.Logo = pngURI(t)
	var b bytes.Buffer
	if err := WriteReport(&b, d, Options{}); err != nil {
		t.Fatal(err)
	}
	p := unzip(t, b.Bytes())
	if p["word/media/image1.png"] == "" || !strings.Contains(p["[Content_Types].xml"], `Extension="png"`) ||
		!strings.Contains(p["word/document.xml"], `<a:blip r:embed="rId`) {
		t.Error("the cover logo is not embedded as a picture")
	}
}
